"""``medcoder suggest``: notes in, suggestions out (JSON Lines, no database)."""

from __future__ import annotations

import json
from pathlib import Path

import typer

from medcoder.cli.common import console, err_console, handle_errors
from medcoder.engine import suggester
from medcoder.notes import BadLine, read_jsonl
from medcoder.settings import get_settings


@handle_errors
def suggest(
    notes: Path = typer.Argument(..., exists=True, dir_okay=False, help="Notes in JSON Lines"),
    output: Path = typer.Option(..., "-o", "--output", help="Where to write suggestions (JSON Lines)"),
    all_mentions: bool = typer.Option(
        False, "--all-mentions",
        help="Emit every mentioned condition (negated/historical too, ranked lower), for abstracting benchmarks."),
) -> None:
    """Suggest ICD-10-CM and CPT/HCPCS codes for each note, in the DESIGN.md suggestion format."""
    engine = suggester()
    done = failed = 0
    with output.open("w", encoding="utf-8") as out:
        for line_no, item in read_jsonl(notes, get_settings().max_note_bytes):
            if isinstance(item, BadLine):
                err_console.print(f"line {line_no}: skipped ({item.reason}) {item.detail}")
                failed += 1
                continue
            try:
                result = engine.suggest_json(item.model_dump(exclude_none=True), all_mentions=all_mentions)
            except Exception as exc:  # noqa: BLE001 - one bad note must not stop the run
                err_console.print(f"line {line_no}: note {item.id} failed ({type(exc).__name__})")
                failed += 1
                continue
            out.write(json.dumps(result, ensure_ascii=False) + "\n")
            done += 1
    console.print(f"{done} notes suggested -> {output}" + (f", {failed} skipped" if failed else ""))
    if failed:
        raise typer.Exit(2)
