"""Finalize (codes become read-only and exportable) and reopen (owner coder or admin).

Finalize rules: every current suggestion the engine asserted as present is decided, at least one diagnosis
is on the list, and live validation reports no error (warnings do not block). Suggestions with another
assertion (negated, uncertain, family, historical, hypothetical) are "seen but not coded": the engine did not
propose them, so they need no verdict.
"""

from __future__ import annotations

from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from medcoder.audit import Actor, append_event
from medcoder.errors import InvalidStateError, PermissionDeniedError, ValidationError
from medcoder.services import codes as codelib
from medcoder.services.encounters import bump, check_version, get_encounter, load_for_change, user_for
from medcoder.services.suggestions import current_suggestions
from medcoder.services.validation import CodeLine, Issue, patient_from_meta, validate_codes
from medcoder.storage.models import Encounter, EncounterCode, Suggestion, utcnow


def needs_decision(suggestion: Suggestion) -> bool:
    return suggestion.assertion in ("present", "", None)


def listed_codes(session: Session, encounter_id: str) -> list[EncounterCode]:
    """The working code list: diagnoses in claim order, then procedures in claim order."""
    rows = session.scalars(select(EncounterCode).where(EncounterCode.encounter_id == encounter_id))
    return sorted(rows, key=lambda r: (r.system != codelib.DIAGNOSIS_SYSTEM, r.sequence, r.id))


def encounter_issues(session: Session, encounter: Encounter, codes: Any,
                     rows: list[EncounterCode] | None = None) -> list[Issue]:
    """Live validation of the encounter's current code list against the patient's metadata."""
    rows = listed_codes(session, encounter.id) if rows is None else rows
    lines = [CodeLine(row.system, row.code, row.sequence) for row in rows]
    return validate_codes(lines, codes, patient_from_meta(encounter.note.meta, encounter.date_of_service))


def finalize_blockers(session: Session, encounter: Encounter, codes: Any, *,
                      suggestions: list[Suggestion] | None = None, rows: list[EncounterCode] | None = None,
                      issues: list[Issue] | None = None) -> list[str]:
    """Why this encounter cannot be finalized yet (empty when it can); pass what the caller already loaded."""
    reasons = []
    suggestions = current_suggestions(session, encounter.id) if suggestions is None else suggestions
    pending = [s for s in suggestions if s.status == "pending" and needs_decision(s)]
    if pending:
        reasons.append(f"{len(pending)} suggestion(s) still need a decision: "
                       + ", ".join(s.code for s in pending[:10]))
    rows = listed_codes(session, encounter.id) if rows is None else rows
    if not any(row.system == codelib.DIAGNOSIS_SYSTEM for row in rows):
        reasons.append("accept or add at least one diagnosis")
    issues = encounter_issues(session, encounter, codes, rows) if issues is None else issues
    reasons += [issue.message for issue in issues if issue.severity == "error"]
    return reasons


def finalize(*, session: Session, encounter_id: str, expected_version: int, actor: Actor, codes: Any) -> Encounter:
    """Make the code list final; afterwards it is read-only until reopened."""
    encounter = get_encounter(session, encounter_id)
    check_version(encounter, expected_version)
    if encounter.state in ("finalized", "exported"):
        raise InvalidStateError(f"encounter {encounter_id!r} is already {encounter.state}", state=encounter.state)
    encounter = load_for_change(session, encounter_id, expected_version, actor, start_review=False, flush=False)
    with session.no_autoflush:  # one version bump for the whole finalize
        blockers = finalize_blockers(session, encounter, codes)
    if blockers:
        raise ValidationError("cannot finalize yet: " + "; ".join(blockers), blockers=blockers)
    user = user_for(session, actor)
    encounter.state, encounter.finalized_at, encounter.finalized_by_id = "finalized", utcnow(), user.id
    bump(session, encounter, expected_version)
    rows = listed_codes(session, encounter.id)
    append_event(session, actor=actor, action="encounter.finalize", encounter_id=encounter.id, payload={
        "codes": [{"system": r.system, "code": r.code, "origin": r.origin, "modifiers": r.modifiers,
                   "units": r.units} for r in rows],
        "model_version": encounter.model_version, "codeset_version": encounter.codeset_version,
        "version": encounter.version})
    return encounter


def reopen(*, session: Session, encounter_id: str, expected_version: int, actor: Actor,
           reason: str = "") -> Encounter:
    """Make a finalized or exported encounter editable again (the coder who owns it, or an admin)."""
    reason = (reason or "").strip()
    if len(reason) > 500:
        raise ValidationError("the reason is limited to 500 characters", field="reason")
    encounter = get_encounter(session, encounter_id)
    check_version(encounter, expected_version)
    user = user_for(session, actor)
    owner = user.id in (encounter.assignee_id, encounter.finalized_by_id)
    if not (user.role == "admin" or (user.role == "coder" and owner)):
        raise PermissionDeniedError("only the coder who owns this encounter or an admin can reopen it")
    if encounter.state not in ("finalized", "exported"):
        raise InvalidStateError(f"encounter {encounter_id!r} is {encounter.state}; only finalized or exported "
                                "encounters can be reopened", state=encounter.state)
    before = encounter.state
    encounter.state = "reopened"
    bump(session, encounter, expected_version)
    append_event(session, actor=actor, action="encounter.reopen", encounter_id=encounter.id,
                 payload={"before": before, "after": "reopened", "reason": reason or None,
                          "version": encounter.version})
    return encounter
