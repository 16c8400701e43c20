"""Attach engine suggestions to stored encounters (state ``new`` -> ``suggested``)."""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from sqlalchemy import func, select, update
from sqlalchemy.orm import Session

from medcoder.audit import Actor, append_event
from medcoder.errors import InvalidStateError, NotFoundError
from medcoder.storage.models import Encounter, Suggestion, utcnow

_SUGGESTION_FIELDS = ("system", "code", "description", "billable", "score", "evidence", "section", "assertion",
                      "rationale", "rule_ids", "flags", "sequence", "extra")


def suggestion_values(code: dict[str, Any], index: int) -> dict[str, Any]:
    """The stored columns of one engine suggestion (unknown keys ignored; sequence defaults to its rank)."""
    values = {key: code[key] for key in _SUGGESTION_FIELDS if key in code and code[key] is not None}
    values.setdefault("sequence", index + 1)
    return values


def store_suggestions(session: Session, *, encounter_id: str, codes: Iterable[dict[str, Any]], model_version: str,
                      codeset_version: str, actor: Actor) -> Encounter:
    """Replace the encounter's pending suggestions with a new generation from the engine.

    Finalized/exported encounters keep their decisions: re-suggesting them is refused.
    """
    encounter = session.get(Encounter, encounter_id)
    if encounter is None:
        raise NotFoundError(f"no encounter {encounter_id!r}")
    if encounter.state in ("finalized", "exported"):
        raise InvalidStateError(f"encounter {encounter_id!r} is {encounter.state}; its codes are final")
    generation = (session.scalar(
        select(func.max(Suggestion.generation)).where(Suggestion.encounter_id == encounter_id)) or 0) + 1
    session.execute(update(Suggestion).where(Suggestion.encounter_id == encounter_id,
                                             Suggestion.status == "pending").values(status="superseded"))
    rows = [Suggestion(encounter_id=encounter_id, model_version=model_version, codeset_version=codeset_version,
                       generation=generation, **suggestion_values(code, index)) for index, code in enumerate(codes)]
    session.add_all(rows)
    encounter.suggestion_count = len(rows)
    encounter.min_confidence = min((row.score for row in rows), default=None)
    encounter.model_version, encounter.codeset_version = model_version, codeset_version
    if encounter.state == "new":
        encounter.state = "suggested"
    encounter.updated_at = utcnow()
    session.flush()
    append_event(session, actor=actor, action="suggestions.generate", encounter_id=encounter_id, payload={
        "generation": generation, "model_version": model_version, "codeset_version": codeset_version,
        "codes": [f"{row.system}:{row.code}" for row in rows],
    })
    return encounter


def current_suggestions(session: Session, encounter_id: str) -> list[Suggestion]:
    """The latest generation's suggestions (pending or decided), in display order."""
    latest = session.scalar(select(func.max(Suggestion.generation)).where(Suggestion.encounter_id == encounter_id))
    if latest is None:
        return []
    return list(session.scalars(
        select(Suggestion).where(Suggestion.encounter_id == encounter_id, Suggestion.generation == latest)
        .order_by(Suggestion.sequence, Suggestion.id)
    ))


def note_payload(encounter: Encounter) -> dict[str, Any]:
    """The DESIGN.md note dict the engine reads, rebuilt from the stored note."""
    return {"id": encounter.note.id, "text": encounter.note.text, **(encounter.note.meta or {})}


def suggest_new_encounters(session: Session, *, engine: Any, model_version: str, codeset_version: str,
                           actor: Actor) -> int:
    """Run the engine over every encounter still in state ``new``; returns how many were suggested."""
    count = 0
    for encounter in list(session.scalars(select(Encounter).where(Encounter.state == "new").order_by(Encounter.id))):
        result = engine.suggest_json(note_payload(encounter))
        store_suggestions(session, encounter_id=encounter.id, codes=result["codes"], model_version=model_version,
                          codeset_version=codeset_version, actor=actor)
        count += 1
    return count
