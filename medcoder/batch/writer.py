"""The single writer: stores a chunk of results in one transaction (notes, suggestions, quarantine, audit)."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import JSON, Column, MetaData, Table, insert, select
from sqlalchemy.orm import Session
from sqlalchemy.types import NullType

from medcoder.audit import Actor, append_events
from medcoder.batch.worker import ASSERTION, CODE, ROW_COLUMNS, SCORE, SYSTEM, codes_from_rows
from medcoder.errors import DuplicateNoteError, InvalidStateError
from medcoder.notes import NoteIn, content_hash
from medcoder.services.ingest import encounter_fields, ingest_note
from medcoder.services.suggestions import store_suggestions
from medcoder.storage.models import Encounter, EncounterCode, Note, QuarantinedNote, Suggestion, utcnow


@dataclass(frozen=True)
class Failure:
    ref: str
    line_no: int | None
    note_id: str | None
    reason: str
    detail: str

    def as_dict(self, source: str) -> dict[str, Any]:
        return {"source": source, "ref": self.ref, "line_no": self.line_no, "id": self.note_id,
                "reason": self.reason, "detail": self.detail}


@dataclass
class ChunkOutcome:
    new: int = 0
    already_done: int = 0
    reprocessed: int = 0
    codes: int = 0
    failures: list[Failure] = field(default_factory=list)
    differences: list[dict[str, Any]] = field(default_factory=list)


def quarantine(session: Session, source: str, failures: list[Failure]) -> None:
    """Record failures once: a rerun over the same bad input adds no duplicate rows."""
    for failure in failures:
        exists = session.scalar(select(QuarantinedNote.id).where(
            QuarantinedNote.source == source, QuarantinedNote.line_no == failure.line_no,
            QuarantinedNote.note_id == failure.note_id, QuarantinedNote.reason == failure.reason).limit(1))
        if exists is None:
            session.add(QuarantinedNote(source=source, line_no=failure.line_no, note_id=failure.note_id,
                                        reason=failure.reason, detail=f"{failure.ref}: {failure.detail}"[:500]))


def _final_codes(session: Session, encounter_id: str) -> set[str]:
    rows = session.execute(select(EncounterCode.system, EncounterCode.code)
                           .where(EncounterCode.encounter_id == encounter_id))
    return {f"{system}:{code}" for system, code in rows}


def write_chunk(session: Session, *, items: list[tuple[str, int | None, NoteIn]], results: list[dict[str, Any]],
                model_version: str, codeset_version: str, actor: Actor, replace: bool,
                source: str) -> ChunkOutcome:
    """Store one chunk; the caller commits. Each note is its own savepoint, so one bad note never sinks the rest."""
    outcome = ChunkOutcome()
    by_id = {result["id"]: result for result in results}
    existing = set(session.scalars(select(Note.id).where(Note.id.in_([note.id for _, _, note in items]))))
    fresh: dict[str, tuple[NoteIn, dict[str, Any]]] = {}
    for ref, line_no, note in items:
        result = by_id.get(note.id, {"error": "engine_error", "detail": "no result"})
        if "error" in result:
            outcome.failures.append(Failure(ref, line_no, note.id, result["error"], result.get("detail", "")))
            continue
        if note.id not in existing:
            if note.id not in fresh:
                fresh[note.id] = (note, result)
                outcome.new += 1
            elif content_hash(fresh[note.id][0].text) == content_hash(note.text):
                outcome.already_done += 1
            else:
                outcome.failures.append(Failure(ref, line_no, note.id, "changed_text",
                                                "the same id appears twice with different text"))
            continue
        encounter = session.get(Encounter, note.id)
        if encounter is not None and encounter.model_version == model_version \
                and encounter.codeset_version == codeset_version and encounter.state != "new" \
                and encounter.note.content_hash == content_hash(note.text):
            outcome.already_done += 1
            continue
        rows = result["rows"]
        if encounter is not None and encounter.state in ("finalized", "exported"):
            new_codes = {f"{row[SYSTEM]}:{row[CODE]}" for row in rows if row[ASSERTION] == "present"}
            final = _final_codes(session, note.id)
            if new_codes != final:
                outcome.differences.append({"id": note.id, "would_add": sorted(new_codes - final),
                                            "would_remove": sorted(final - new_codes)})
            outcome.already_done += 1
            continue
        try:
            with session.begin_nested():
                status = ingest_note(session, note, actor=actor, replace=replace, source=source)
                store_suggestions(session, encounter_id=note.id, codes=codes_from_rows(rows),
                                  model_version=model_version, codeset_version=codeset_version, actor=actor)
        except DuplicateNoteError:
            outcome.failures.append(Failure(ref, line_no, note.id, "changed_text",
                                            "a different text is stored under this id (use --replace)"))
            continue
        except InvalidStateError as exc:
            outcome.failures.append(Failure(ref, line_no, note.id, "invalid_state", exc.message))
            continue
        if status == "new":
            outcome.new += 1
        else:
            outcome.reprocessed += 1
        outcome.codes += len(rows)
    outcome.codes += _bulk_insert_new(session, list(fresh.values()), model_version=model_version,
                                      codeset_version=codeset_version, actor=actor, source=source)
    return outcome


# ``suggestions`` for rows whose JSON columns arrive serialised by the worker: the same table, with the JSON
# columns untyped so nothing serialises them a second time (SQLite stores the text, PostgreSQL casts it to json)
_RAW_SUGGESTIONS = Table("suggestions", MetaData(), *(
    Column(c.name, NullType() if isinstance(c.type, JSON) else c.type, primary_key=c.primary_key)
    for c in Suggestion.__table__.columns))


# a suggestion row in the bulk path: the note, the run's constants, then the worker's row
_SUGGESTION_KEYS = ("encounter_id", "model_version", "generation", "codeset_version", "status", "created_at",
                    *ROW_COLUMNS)
_SQLITE_INSERT_SUGGESTIONS = (f"INSERT INTO suggestions ({', '.join(_SUGGESTION_KEYS)}) "
                              f"VALUES ({', '.join('?' * len(_SUGGESTION_KEYS))})")


def _bind(column: Column, dialect: Any, value: Any) -> Any:
    """``value`` as SQLAlchemy would bind it for ``column`` (e.g. SQLite's datetime text)."""
    if dialect.name != "sqlite":
        return value
    process = column.type.dialect_impl(dialect).bind_processor(dialect)
    return process(value) if process else value


def _bulk_insert_new(session: Session, new: list[tuple[NoteIn, dict[str, Any]]], *, model_version: str,
                     codeset_version: str, actor: Actor, source: str) -> int:
    """Insert brand-new notes with their suggestions in one multi-row statement per table (the common case).

    Same rows and audit events as ingest_note + store_suggestions, without per-row ORM work (Core inserts:
    every row of a table has the same keys, so each is one executemany), so the single writer keeps up with
    many workers.
    """
    if not new:
        return 0
    now = utcnow()
    dialect = session.get_bind().dialect
    constants = (model_version, 1, codeset_version, "pending", _bind(_RAW_SUGGESTIONS.c.created_at, dialect, now))
    notes, encounters, suggestions, events = [], [], [], []
    for note, result in new:
        digest = content_hash(note.text)
        rows = result["rows"]
        notes.append({"id": note.id, "text": note.text, "content_hash": digest, "meta": note.metadata(),
                      "source": source, "ingested_at": now})
        encounters.append({"id": note.id, "note_id": note.id, "state": "suggested", "version": 1,
                           "suggestion_count": len(rows), "created_at": now, "updated_at": now,
                           "min_confidence": min((row[SCORE] for row in rows), default=None),
                           "model_version": model_version, "codeset_version": codeset_version,
                           **encounter_fields(note)})
        suggestions.extend((note.id, *constants) + row for row in rows)
        events.append((actor, "note.ingest", note.id, {"content_hash": digest, "source": source}))
        events.append((actor, "suggestions.generate", note.id, {
            "generation": 1, "model_version": model_version, "codeset_version": codeset_version,
            "codes": [f"{row[SYSTEM]}:{row[CODE]}" for row in rows]}))
    session.execute(insert(Note.__table__), notes)
    session.execute(insert(Encounter.__table__), encounters)
    if suggestions and dialect.name == "sqlite":
        # straight to the driver: SQLAlchemy's per-row parameter handling was most of the writer's CPU
        session.connection().exec_driver_sql(_SQLITE_INSERT_SUGGESTIONS, suggestions)
    elif suggestions:
        session.execute(insert(_RAW_SUGGESTIONS),
                        [dict(zip(_SUGGESTION_KEYS, row, strict=True)) for row in suggestions])
    append_events(session, events)
    return sum(len(result["rows"]) for _, result in new)

