"""Drive a batch run: read the source, skip what is done, farm work out, write results in transactions.

Resumable by construction: each chunk is committed in one transaction after its suggestions exist, and a
note is skipped when its id, content hash and the model and code-set versions are already stored. Killing
the run at any point loses at most the chunks in flight, which the next run redoes.
"""

from __future__ import annotations

import json
import time
from collections import Counter, deque
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass, field
from itertools import islice
from multiprocessing import get_context
from pathlib import Path
from typing import Any

from sqlalchemy import select

from medcoder.audit import Actor
from medcoder.batch.sources import CsvColumns, SourceItem, iter_source
from medcoder.batch.worker import DEFAULT_ENGINE, engine_for, process_chunk, versions_for, warm_up
from medcoder.batch.writer import Failure, quarantine, write_chunk
from medcoder.notes import BadLine, NoteIn, content_hash
from medcoder.storage.db import session_scope
from medcoder.storage.models import Encounter, Note


@dataclass
class BatchOptions:
    workers: int = 1
    dask: str | None = None  # None, "local" or a scheduler address such as tcp://scheduler:8786
    chunk_size: int = 64
    reprocess: bool = False
    replace: bool = False
    priority_field: str | None = None
    failed_path: Path | None = None
    engine: str = DEFAULT_ENGINE
    columns: CsvColumns | None = None
    max_note_bytes: int = 1_000_000
    processes: bool = False  # a worker process even for workers=1 (benchmarks: the same path as several workers)


@dataclass
class BatchSummary:
    read: int = 0
    new: int = 0
    already_done: int = 0
    reprocessed: int = 0
    failed: int = 0
    codes_suggested: int = 0
    seconds: float = 0.0
    writer_seconds: float = 0.0
    failures_by_reason: dict[str, int] = field(default_factory=dict)
    differences: list[dict[str, Any]] = field(default_factory=list)
    model_version: str = ""
    codeset_version: str = ""

    @property
    def notes_per_second(self) -> float:
        return self.read / self.seconds if self.seconds else 0.0

    def as_dict(self) -> dict[str, Any]:
        data = dict(self.__dict__)
        data["notes_per_second"] = round(self.notes_per_second, 1)
        data["seconds"], data["writer_seconds"] = round(self.seconds, 3), round(self.writer_seconds, 3)
        return data


ProgressCallback = Callable[[BatchSummary], None]


def _chunks(items: Iterator[SourceItem], size: int) -> Iterator[list[SourceItem]]:
    while chunk := list(islice(items, size)):
        yield chunk


def _stored_state(ids: Iterable[str]) -> dict[str, tuple[str, str | None, str | None, str]]:
    with session_scope() as session:
        rows = session.execute(
            select(Encounter.id, Note.content_hash, Encounter.model_version, Encounter.codeset_version,
                   Encounter.state).join(Note, Note.id == Encounter.note_id).where(Encounter.id.in_(list(ids))))
        return {row[0]: (row[1], row[2], row[3], row[4]) for row in rows}


class _Executor:
    """Inline, local process pool or Dask: ``submit(notes) -> future with .result()``."""

    def __init__(self, options: BatchOptions) -> None:
        self.options, self.pool, self.client, self.cluster = options, None, None, None
        if options.dask:
            from distributed import Client, LocalCluster

            if options.dask == "local":
                self.cluster = LocalCluster(n_workers=max(1, options.workers), threads_per_worker=1,
                                            processes=True, dashboard_address=None)
                self.client = Client(self.cluster)
            else:
                self.client = Client(options.dask)
            self.client.run(warm_up, options.engine)
        elif options.workers > 1 or options.processes:
            self.pool = ProcessPoolExecutor(max_workers=options.workers, mp_context=get_context("spawn"),
                                            initializer=warm_up, initargs=(options.engine,))
            # wait until the workers have loaded the engine, so start-up is not mistaken for throughput
            for future in [self.pool.submit(warm_up, options.engine) for _ in range(options.workers * 2)]:
                future.result()
        else:
            engine_for(options.engine)

    @property
    def slots(self) -> int:
        return max(1, self.options.workers) * 2 if (self.pool or self.client) else 1

    def versions(self) -> tuple[str, str]:
        """(model version, code-set version) of the engine, asked of a worker when there are workers: the
        driver never loads the engine itself, so its memory stays small and flat."""
        if self.client is not None:
            return tuple(self.client.submit(versions_for, self.options.engine, pure=False).result())
        if self.pool is not None:
            return tuple(self.pool.submit(versions_for, self.options.engine).result())
        return versions_for(self.options.engine)

    def submit(self, notes: list[dict[str, Any]]) -> Any:
        """Farm one chunk out; with several workers it goes as a few smaller tasks (see ``_task_size``)."""
        if self.client is None and self.pool is None:
            return _Done(process_chunk(notes, self.options.engine))
        size = _task_size(self.options)
        parts = [notes[i : i + size] for i in range(0, len(notes), size)]
        if self.client is not None:
            futures = [self.client.submit(process_chunk, part, self.options.engine, pure=False) for part in parts]
        else:
            futures = [self.pool.submit(process_chunk, part, self.options.engine) for part in parts]
        return _Gather(futures)

    def close(self, cancel: bool = False) -> None:
        if self.pool is not None:
            self.pool.shutdown(wait=not cancel, cancel_futures=cancel)
        if self.client is not None:
            self.client.close()
        if self.cluster is not None:
            self.cluster.close()


def _task_size(options: BatchOptions) -> int:
    """Notes per worker task: a chunk (one transaction) is split so that every worker has work queued and the
    run does not end with one worker finishing a whole chunk while the others idle (a 64-note chunk is about
    a second of engine time); at least 8 notes, so inter-process overhead stays small."""
    return max(8, -(-options.chunk_size // (4 * max(1, options.workers))))


class _Gather:
    """The results of one chunk's tasks, in note order."""

    def __init__(self, futures: list[Any]) -> None:
        self.futures = futures

    def result(self) -> list[dict[str, Any]]:
        return [row for future in self.futures for row in future.result()]


class _Done:
    def __init__(self, value: list[dict[str, Any]]) -> None:
        self.value = value

    def result(self) -> list[dict[str, Any]]:
        return self.value


def _with_priority(note: NoteIn, field_name: str | None) -> NoteIn:
    if not field_name:
        return note
    value = (note.model_extra or {}).get(field_name)
    try:
        note.priority = float(value) if value is not None else None
    except (TypeError, ValueError):
        note.priority = None
    return note


def run_batch(source: Path, options: BatchOptions, *, on_progress: ProgressCallback | None = None,
              actor: Actor | None = None) -> BatchSummary:
    """Process every note in ``source``; see the module docstring for the guarantees."""
    actor = actor or Actor.system("batch")
    summary = BatchSummary()
    reasons: Counter[str] = Counter()
    failed_file = options.failed_path.open("a", encoding="utf-8") if options.failed_path else None
    executor = None
    try:
        executor = _Executor(options)
        summary.model_version, summary.codeset_version = executor.versions()
    except BaseException:
        if executor is not None:
            executor.close(cancel=True)
        if failed_file:
            failed_file.close()
        raise
    source_name = source.name
    # summary.seconds is processing time: from the workers being ready to the last chunk committed
    started = time.perf_counter()
    in_flight: deque[tuple[Any, list[tuple[str, int | None, NoteIn]]]] = deque()

    def record_failures(failures: list[Failure]) -> None:
        summary.failed += len(failures)
        for failure in failures:
            reasons[failure.reason] += 1
            if failed_file:
                failed_file.write(json.dumps(failure.as_dict(source_name)) + "\n")
        if failed_file:
            failed_file.flush()

    def drain_one() -> None:
        future, items = in_flight.popleft()
        results = future.result()
        t0 = time.perf_counter()
        with session_scope() as session:
            outcome = write_chunk(session, items=items, results=results, model_version=summary.model_version,
                                  codeset_version=summary.codeset_version, actor=actor, replace=options.replace,
                                  source=source_name)
            quarantine(session, source_name, outcome.failures)
        summary.writer_seconds += time.perf_counter() - t0
        summary.new += outcome.new
        summary.reprocessed += outcome.reprocessed
        summary.already_done += outcome.already_done
        summary.codes_suggested += outcome.codes
        summary.differences.extend(outcome.differences[: max(0, 1000 - len(summary.differences))])
        record_failures(outcome.failures)
        _report(summary, started, on_progress)

    try:
        stream = iter_source(source, columns=options.columns, max_bytes=options.max_note_bytes)
        for chunk in _chunks(stream, options.chunk_size):
            summary.read += len(chunk)
            bad = [Failure(i.ref, i.line_no, i.item.note_id, i.item.reason, i.item.detail)
                   for i in chunk if isinstance(i.item, BadLine)]
            good = [(i.ref, i.line_no, _with_priority(i.item, options.priority_field))
                    for i in chunk if isinstance(i.item, NoteIn)]
            if bad:
                t0 = time.perf_counter()
                with session_scope() as session:
                    quarantine(session, source_name, bad)
                summary.writer_seconds += time.perf_counter() - t0
                record_failures(bad)
            todo = _filter_done(good, summary, options)
            if todo:
                notes = [{"id": note.id, "text": note.text, **note.metadata()} for _, _, note in todo]
                in_flight.append((executor.submit(notes), todo))
            while len(in_flight) >= executor.slots:
                drain_one()
            _report(summary, started, on_progress)
        while in_flight:
            drain_one()
        finished = time.perf_counter()
    except BaseException:
        executor.close(cancel=True)
        raise
    finally:
        if failed_file:
            failed_file.close()
    executor.close()  # worker processes take 0.5-2 s to exit: not processing time (start-up is not either)
    summary.failures_by_reason = dict(reasons)
    _report(summary, started, on_progress, finished)
    return summary


def _filter_done(good: list[tuple[str, int | None, NoteIn]], summary: BatchSummary,
                 options: BatchOptions) -> list[tuple[str, int | None, NoteIn]]:
    """Drop notes already processed with the same content and versions (and, without --reprocess, any version)."""
    if not good:
        return []
    stored = _stored_state(note.id for _, _, note in good)
    todo = []
    for entry in good:
        note = entry[2]
        state = stored.get(note.id)
        if state is not None and state[0] == content_hash(note.text) and state[3] != "new":
            same_versions = state[1] == summary.model_version and state[2] == summary.codeset_version
            if same_versions or not options.reprocess:
                summary.already_done += 1
                continue
        todo.append(entry)
    return todo


def _report(summary: BatchSummary, started: float, on_progress: ProgressCallback | None,
            finished: float | None = None) -> None:
    summary.seconds = (finished if finished is not None else time.perf_counter()) - started
    if on_progress is not None:
        on_progress(summary)
