"""``medcoder codes``: search and show codes; import licensed or official code files."""

from __future__ import annotations

import csv
import functools
from collections.abc import Callable
from pathlib import Path
from typing import Any

import typer
from rich.table import Table

from medcoder.cli.common import console, err_console, handle_errors
from medcoder.engine import codesets
from medcoder.errors import NotFoundError

app = typer.Typer(help="Code sets: ICD-10-CM, CPT (curated or licensed), HCPCS Level II.", no_args_is_help=True)


@app.command("search")
@handle_errors
def search(
    text: list[str] = typer.Argument(..., help="Words in any order, or a code prefix such as E11.6"),
    system: list[str] = typer.Option(None, "--system", "-s", help="ICD-10-CM, CPT or HCPCS (repeatable)."),
    limit: int = typer.Option(20, min=1, max=200),
    billable_only: bool = typer.Option(False, "--billable-only", help="Hide headers and categories."),
) -> None:
    """Search codes by words or code prefix; billable codes are marked."""
    hits = codesets().search(" ".join(text), systems=system or None, limit=limit, billable_only=billable_only)
    table = Table("system", "code", "billable", "title")
    for hit in hits:
        table.add_row(hit.system, hit.code, "yes" if hit.billable else "no", hit.title)
    console.print(table if hits else "no matching codes")


@app.command("show")
@handle_errors
def show(code: str, system: str = typer.Option(None, "--system", "-s")) -> None:
    """Show one code: title, billable flag, hierarchy and its tabular notes."""
    cs = codesets()
    info = cs.lookup(code, system)
    if info is None:
        raise NotFoundError(f"unknown code {code!r}")
    console.print(f"[bold]{info.system} {info.code}[/]  {info.title}")
    console.print(f"billable: {'yes' if info.billable else 'no (choose a more specific code)'}")
    if info.system == "ICD-10-CM":
        ancestors = cs.ancestors(info.code)
        if ancestors:
            console.print("hierarchy: " + " > ".join(reversed(ancestors)))
        children = cs.children(info.code)
        if children:
            console.print("children: " + ", ".join(children[:30]) + (" ..." if len(children) > 30 else ""))
    for kind, values in cs.notes(info.code).items():
        if values:
            console.print(f"[bold]{kind.replace('_', ' ')}[/]:")
            for value in values:
                console.print(f"  - {value}")
    for key, value in (info.extra or {}).items():
        console.print(f"{key}: {value}")


def _import_errors(func: Callable[..., Any]) -> Callable[..., Any]:
    """A code-set file the importer cannot read is one 'error (import)' line (file names and reasons only)."""

    @functools.wraps(func)
    def wrapper(*args: Any, **kwargs: Any) -> Any:
        try:
            return func(*args, **kwargs)
        except UnicodeDecodeError as exc:
            err_console.print(f"[bold red]error[/] (import): not UTF-8 text (byte {exc.start})")
        except (ValueError, csv.Error, KeyError) as exc:
            err_console.print(f"[bold red]error[/] (import): {exc}", highlight=False)
        raise typer.Exit(1)

    return wrapper


@app.command("import-cms")
@handle_errors
@_import_errors
def import_cms(path: Path = typer.Argument(..., exists=True, help="CMS release folder or zip")) -> None:
    """Import official CMS ICD-10-CM files: tabular, order file, indexes, neoplasm and drug tables."""
    summary = codesets().import_cms(path)
    console.print(summary)


@app.command("import-cpt")
@handle_errors
@_import_errors
def import_cpt(path: Path = typer.Argument(..., exists=True, help="Licensed CPT CSV: code,description")) -> None:
    """Load a licensed full CPT descriptor file (replaces the curated descriptions)."""
    console.print(codesets().import_cpt(path))


@app.command("import-hcpcs")
@handle_errors
@_import_errors
def import_hcpcs(path: Path = typer.Argument(..., exists=True, help="HCPCS CSV: code,description[,billable]")) -> None:
    """Load a full HCPCS Level II file."""
    console.print(codesets().import_hcpcs(path))
