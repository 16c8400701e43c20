"""``medcoder batch``: turn a backlog of notes into suggested encounters, resumably."""

from __future__ import annotations

import json
import os
from pathlib import Path

import typer
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn, TimeRemainingColumn

from medcoder.batch.runner import BatchOptions, BatchSummary, run_batch
from medcoder.batch.sources import CsvColumns, count_records
from medcoder.batch.worker import DEFAULT_ENGINE
from medcoder.cli.common import console, handle_errors
from medcoder.settings import get_settings
from medcoder.storage.migrate import require_current_schema


@handle_errors
def batch(
    source: Path = typer.Argument(..., exists=True, help="JSON Lines or CSV file (.gz ok), or a directory of .txt"),
    workers: int = typer.Option(os.cpu_count() or 1, "--workers", "-w", min=1, help="Worker processes."),
    dask: str = typer.Option(None, "--dask", help="'local' for a LocalCluster, or a scheduler address tcp://host:8786"),
    chunk_size: int = typer.Option(64, min=1, max=5000, help="Notes per work unit and per transaction."),
    reprocess: bool = typer.Option(False, "--reprocess",
                                   help="Re-suggest notes processed by another model or code-set version "
                                        "(finalized encounters keep their codes; differences are reported)."),
    replace: bool = typer.Option(False, "--replace", help="Accept changed text under an existing note id."),
    priority: str = typer.Option(None, "--priority", help="Metadata field holding a worklist priority (higher first)."),
    failed: Path = typer.Option(None, "--failed", help="Append quarantined records (reason, no text) to this JSONL."),
    summary_path: Path = typer.Option(None, "--summary", help="Write the run summary as JSON here."),
    quiet: bool = typer.Option(False, "--quiet", "-q", help="No progress bar or summary line."),
    id_column: str = typer.Option("id", help="CSV: note id column."),
    text_column: str = typer.Option("text", help="CSV: note text column."),
    setting_column: str = typer.Option("setting", help="CSV: setting column."),
    date_column: str = typer.Option("date_of_service", help="CSV: date of service column."),
    specialty_column: str = typer.Option("specialty", help="CSV: specialty column."),
    engine: str = typer.Option(DEFAULT_ENGINE, hidden=True, help="Engine factory module:function (tests)."),
) -> None:
    """Suggest codes for every note in SOURCE and put them in the coders' worklist.

    Idempotent and resumable: notes already done (same id, text, model and code-set versions) are skipped,
    so an interrupted run is finished by running it again. Exit code 2 when any note was quarantined.
    """
    require_current_schema()
    columns = CsvColumns(id=id_column, text=text_column, setting=setting_column, date_of_service=date_column,
                         specialty=specialty_column, extra=(priority,) if priority else ())
    options = BatchOptions(workers=workers, dask=dask, chunk_size=chunk_size, reprocess=reprocess, replace=replace,
                           priority_field=priority, failed_path=failed, engine=engine, columns=columns,
                           max_note_bytes=get_settings().max_note_bytes)
    if quiet:
        result = run_batch(source, options)
    else:
        total = count_records(source)
        columns_ = [TextColumn("[bold]batch"), BarColumn(), MofNCompleteColumn(),
                    TextColumn("{task.fields[rate]:.1f} notes/s"), TextColumn("failed {task.fields[failed]}"),
                    TimeElapsedColumn(), TimeRemainingColumn()]
        # 2 refreshes a second: at the default 10 the bar cost ~0.06 ms of driver CPU per note at 190 notes/s
        with Progress(*columns_, console=console, transient=False, refresh_per_second=2) as progress:
            task = progress.add_task("batch", total=total, rate=0.0, failed=0)

            def on_progress(s: BatchSummary) -> None:
                progress.update(task, completed=s.new + s.already_done + s.reprocessed + s.failed,
                                rate=s.notes_per_second, failed=s.failed)

            result = run_batch(source, options, on_progress=on_progress)
        console.print(
            f"read {result.read}, new {result.new}, already done {result.already_done}, "
            f"reprocessed {result.reprocessed}, failed {result.failed}, codes suggested {result.codes_suggested}, "
            f"{result.seconds:.1f}s ({result.notes_per_second:.1f} notes/s)")
        if result.failures_by_reason:
            console.print("failures: " + ", ".join(f"{k} {v}" for k, v in sorted(result.failures_by_reason.items())))
        if result.differences:
            console.print(f"{len(result.differences)} finalized encounters would get different codes "
                          "(kept unchanged; see --summary)")
    if summary_path:
        summary_path.write_text(json.dumps(result.as_dict(), indent=2), encoding="utf-8")
    if result.failed:
        raise typer.Exit(2)
