"""``medcoder ingest``: store notes from a JSON Lines file as encounters in state ``new``."""

from __future__ import annotations

from pathlib import Path

import typer

from medcoder.cli.common import cli_actor, console, err_console, handle_errors
from medcoder.notes import BadLine, read_jsonl
from medcoder.services.ingest import ingest_notes
from medcoder.settings import get_settings
from medcoder.storage.db import session_scope
from medcoder.storage.migrate import require_current_schema


@handle_errors
def ingest(
    file: Path = typer.Argument(..., exists=True, dir_okay=False, help="Notes in JSON Lines (.jsonl or .jsonl.gz)"),
    replace: bool = typer.Option(False, "--replace", help="Replace stored notes whose text changed."),
) -> None:
    """Store notes as encounters (idempotent: the same note twice is one encounter).

    Bad lines (not JSON, no id, empty or non-UTF-8 text, text over 1 MB) are reported by line number
    and skipped; nothing already stored is lost. Exit code 2 when any line was bad or conflicting.
    """
    require_current_schema()
    notes, bad = [], []
    for _line_no, item in read_jsonl(file, get_settings().max_note_bytes):
        (bad if isinstance(item, BadLine) else notes).append(item)
    with session_scope() as session:
        report = ingest_notes(session, notes, actor=cli_actor(), replace=replace, source=file.name)
    for line in bad:
        err_console.print(f"line {line.line_no}: skipped ({line.reason}) {line.detail}"
                          + (f" [id {line.note_id}]" if line.note_id else ""))
    for note_id in report.conflicts:
        err_console.print(f"note {note_id}: skipped (changed text under an existing id; use --replace)")
    counts = report.as_dict()
    console.print(f"new {counts['new']}, unchanged {counts['unchanged']}, replaced {counts['replaced']}, "
                  f"conflicts {counts['conflicts']}, bad lines {len(bad)}")
    if bad or report.conflicts:
        raise typer.Exit(2)
