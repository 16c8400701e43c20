"""Builders for audit tests: coded (finalized) encounters written straight through the models.

Why not the review services: the audit code only needs the end state (final codes, suggestion
verdicts, who finalized), and building it directly keeps these tests independent and fast.
"""

from __future__ import annotations

from typing import Any

from sqlalchemy.orm import Session

from medcoder.storage.models import Decision, Encounter, EncounterCode, Suggestion, User, utcnow
from tests.factories import encounter_with_suggestions, suggestion


def fast_user(session: Session, username: str = "coder1", role: str = "coder") -> User:
    """A user without an Argon2 hash (about a second each on a busy machine); cannot log in."""
    row = User(username=username, role=role, password_hash="!unusable", full_name=username.title())
    session.add(row)
    session.flush()
    return row


def coded_encounter(session: Session, encounter_id: str, *, coder: User, final: list[str],
                    suggested: list[tuple[str, float]] | None = None, rejected: dict[str, str] | None = None,
                    state: str = "finalized", **meta: Any) -> str:
    """An encounter whose coder finalized ``final`` codes ("SYSTEM:CODE" or ICD code) after the engine
    suggested ``suggested`` (code, score); suggestions in ``final`` are accepted, ones in ``rejected``
    (code -> reason) rejected."""
    suggested = suggested if suggested is not None else [(c, 0.9) for c in final]
    encounter_with_suggestions(session, encounter_id, codes=[
        suggestion(_split(code)[1], system=_split(code)[0], score=score) for code, score in suggested
    ], **meta)
    finals = [_split(code) for code in final]
    rejected = rejected or {}
    for row in session.query(Suggestion).filter_by(encounter_id=encounter_id):
        key = f"{row.system}:{row.code}"
        if (row.system, row.code) in finals:
            row.status = "accepted"
        elif key in rejected or row.code in rejected:
            row.status = "rejected"
            session.add(Decision(encounter_id=encounter_id, suggestion_id=row.id, action="reject", system=row.system,
                                 code_before=row.code, reason=rejected.get(key) or rejected.get(row.code),
                                 user_id=coder.id))
    for index, (system, code) in enumerate(finals, start=1):
        session.add(EncounterCode(encounter_id=encounter_id, system=system, code=code, sequence=index,
                                  origin="accepted"))
    encounter = session.get(Encounter, encounter_id)
    encounter.state, encounter.finalized_by_id, encounter.finalized_at = state, coder.id, utcnow()
    session.flush()
    return encounter_id


def _split(code: str) -> tuple[str, str]:
    if ":" in code:
        system, value = code.split(":", 1)
        return system, value
    return ("CPT" if code.isdigit() else "ICD-10-CM"), code
