"""Reverse one recorded decision from the snapshot its ``data`` holds (used by review.undo)."""

from __future__ import annotations

from typing import Any

from sqlalchemy.orm import Session

from medcoder.errors import InvalidStateError
from medcoder.storage.models import Decision, EncounterCode, Suggestion


def _restore_code(session: Session, encounter_id: str, snapshot: dict[str, Any] | None) -> None:
    """Re-create a deleted code under its old id, so older decisions that name it still find it."""
    if snapshot:
        session.add(EncounterCode(encounter_id=encounter_id, **snapshot))


def _delete_code(session: Session, code_id: int | None) -> None:
    row = session.get(EncounterCode, code_id) if code_id else None
    if row is not None:
        session.delete(row)


def _set_status(session: Session, suggestion_id: int | None, status: str | None) -> None:
    suggestion = session.get(Suggestion, suggestion_id) if suggestion_id else None
    if suggestion is not None and status:
        suggestion.status = status


def reverse(session: Session, decision: Decision) -> None:
    """Put the code list and suggestion statuses back as they were before ``decision``."""
    data = decision.data or {}
    action = decision.action
    if action in ("accept", "reject") or (action == "correct" and data.get("mode") == "new"):
        _delete_code(session, decision.encounter_code_id)
        session.flush()
        _set_status(session, decision.suggestion_id, data.get("status_before", "pending"))
        _restore_code(session, decision.encounter_id, data.get("removed_code"))
    elif action == "correct":
        row = session.get(EncounterCode, decision.encounter_code_id)
        before = data.get("before") or {}
        if row is not None:
            for key in ("system", "code", "description", "origin", "modifiers", "units"):
                setattr(row, key, before.get(key, getattr(row, key)))
        _set_status(session, decision.suggestion_id, data.get("status_before"))
    elif action == "add":
        _delete_code(session, decision.encounter_code_id)
    elif action == "remove":
        _restore_code(session, decision.encounter_id, data.get("before"))
        _set_status(session, decision.suggestion_id, data.get("status_before"))
    elif action == "reorder":
        for position, code_id in enumerate(data.get("order_before") or [], start=1):
            row = session.get(EncounterCode, code_id)
            if row is not None:
                row.sequence = position
    else:
        raise InvalidStateError(f"decision {decision.id} ({action}) cannot be undone")
    session.flush()
