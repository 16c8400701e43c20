"""``medcoder export`` and ``medcoder fees``: claims out of finalized encounters, and the fee schedule."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import typer

from medcoder.billing import fees as fee_files
from medcoder.billing import service as billing
from medcoder.billing.errors import FeeScheduleError
from medcoder.cli.common import cli_actor, console, err_console, handle_errors
from medcoder.engine import codesets
from medcoder.storage.db import session_scope
from medcoder.storage.migrate import require_current_schema

fees_app = typer.Typer(help="Fee schedule used to price service lines.", no_args_is_help=True)


@handle_errors
def export(
    fmt: str = typer.Option(..., "--format", "-f", help="837p, csv or fhir"),
    output: Path = typer.Option(..., "-o", "--output", help="File to write"),
    since: str = typer.Option(None, "--since", help="Only encounters finalized on or after this date (YYYY-MM-DD)"),
    encounter: list[str] = typer.Option(None, "--encounter", "-e", help="Encounter id (repeatable)"),
) -> None:
    """Export finalized encounters as an X12 837P file, CSV or a FHIR R4B Claim bundle.

    Each encounter is checked first; one that fails is left out and reported, the others export and move to
    `exported`. A reopened encounter that was exported before goes out as a replacement claim (frequency 7).
    """
    try:
        since_date = date.fromisoformat(since) if since else None
    except ValueError:
        raise typer.BadParameter(f"{since!r} is not a date (YYYY-MM-DD)", param_hint="--since") from None
    if output.is_dir() or not output.parent.is_dir():
        raise typer.BadParameter(f"{output} is a folder or its folder does not exist", param_hint="--output")
    require_current_schema()
    with session_scope() as session:
        result = billing.export_encounters(session=session, fmt=fmt.lower(), out_path=output, actor=cli_actor(),
                                           since=since_date, encounter_ids=encounter or None, codesets=codesets())
    printed = set()
    for encounter_id, reasons in result.failures.items():
        for reason in reasons:
            err_console.print(f"encounter {encounter_id}: left out - {reason}")
            printed.add(f"encounter {encounter_id}: {reason}")
    for message in result.messages:
        if message not in printed:  # each left-out encounter is reported once
            console.print(message)
    console.print(f"{len(result.claims)} claims written to {result.path} (sha256 {result.sha256[:16]}...)")
    if result.failures:
        raise typer.Exit(2)


@fees_app.command("import")
@handle_errors
def import_fees(
    file: Path = typer.Argument(..., exists=True, dir_okay=False, help="CSV: code,modifier,charge"),
) -> None:
    """Replace the fee schedule with a CSV file (errors are reported by line number; nothing changes on error)."""
    require_current_schema()
    try:
        schedule = fee_files.import_fee_schedule(file)
    except FeeScheduleError as exc:
        for line_no, message in exc.errors:
            err_console.print(f"line {line_no}: {message}")
        raise
    with session_scope() as session:
        count = billing.replace_fee_schedule(session, schedule=schedule, actor=cli_actor(), source=file.name)
    console.print(f"fee schedule replaced: {count} entries")
