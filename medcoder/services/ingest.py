"""Store notes as encounters in state ``new``: idempotent by note id + content hash."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field

from sqlalchemy import delete, select, update
from sqlalchemy.orm import Session

from medcoder.audit import Actor, append_event
from medcoder.errors import DuplicateNoteError, InvalidStateError
from medcoder.notes import NoteIn, content_hash
from medcoder.storage.models import Encounter, EncounterCode, Note, Suggestion, utcnow


@dataclass
class IngestReport:
    new: list[str] = field(default_factory=list)
    unchanged: list[str] = field(default_factory=list)
    replaced: list[str] = field(default_factory=list)
    conflicts: list[str] = field(default_factory=list)

    def as_dict(self) -> dict[str, int]:
        return {k: len(v) for k, v in self.__dict__.items()}


def encounter_fields(note: NoteIn) -> dict:
    """Encounter columns copied from note metadata (worklist filters and ordering)."""
    return {
        "setting": note.setting,
        "date_of_service": note.date_of_service,
        "specialty": note.specialty,
        "payer": note.payer.name if note.payer else None,
        "priority": note.priority or 0.0,
    }


def ingest_note(session: Session, note: NoteIn, *, actor: Actor, replace: bool = False, source: str = "") -> str:
    """Store one note; returns "new", "unchanged" or "replaced".

    A different text under an existing id raises :class:`DuplicateNoteError` unless ``replace``;
    a finalized or exported encounter is never replaced (reopen it first).
    """
    digest = content_hash(note.text)
    existing = session.get(Note, note.id)
    if existing is not None:
        if existing.content_hash == digest:
            return "unchanged"
        if not replace:
            raise DuplicateNoteError(
                f"note {note.id!r} is already stored with different text; use --replace to replace it",
                note_id=note.id,
            )
        encounter = session.get(Encounter, note.id)
        if encounter is not None and encounter.state in ("finalized", "exported"):
            raise InvalidStateError(f"encounter {note.id!r} is {encounter.state}; reopen it before replacing its note")
        existing.text, existing.content_hash, existing.meta = note.text, digest, note.metadata()
        if encounter is not None:
            session.execute(delete(EncounterCode).where(EncounterCode.encounter_id == note.id))
            session.execute(update(Suggestion).where(Suggestion.encounter_id == note.id).values(status="superseded"))
            for key, value in encounter_fields(note).items():
                setattr(encounter, key, value)
            encounter.state, encounter.updated_at = "new", utcnow()
            encounter.suggestion_count, encounter.min_confidence = 0, None
        append_event(session, actor=actor, action="note.replace", encounter_id=note.id,
                     payload={"content_hash": digest, "source": source})
        return "replaced"
    session.add(Note(id=note.id, text=note.text, content_hash=digest, meta=note.metadata(), source=source))
    session.flush()
    session.add(Encounter(id=note.id, note_id=note.id, state="new", **encounter_fields(note)))
    session.flush()
    append_event(session, actor=actor, action="note.ingest", encounter_id=note.id,
                 payload={"content_hash": digest, "source": source})
    return "new"


def ingest_notes(session: Session, notes: Iterable[NoteIn], *, actor: Actor, replace: bool = False,
                 source: str = "") -> IngestReport:
    """Ingest many notes; a conflicting note is reported and skipped, the rest are stored."""
    report = IngestReport()
    for note in notes:
        try:
            with session.begin_nested():
                outcome = ingest_note(session, note, actor=actor, replace=replace, source=source)
        except (DuplicateNoteError, InvalidStateError):
            report.conflicts.append(note.id)
            continue
        getattr(report, outcome).append(note.id)
    return report


def stored_hash(session: Session, note_id: str) -> str | None:
    return session.scalar(select(Note.content_hash).where(Note.id == note_id))
