"""Coder decisions on one encounter: accept, reject, correct, add, remove, reorder, undo.

Every function takes ``*, session, encounter_id, expected_version, actor``, checks the version first
(a stale one raises StaleVersionError carrying the fresh version and state), bumps the encounter version,
records a ``Decision`` with enough ``data`` to undo it, and appends the audit event in the same transaction.
Finalize and reopen live in :mod:`medcoder.services.finalize`.

Who may decide: the assigned coder or an admin. An unassigned encounter is claimed by the first coder
who decides on it (the version check makes that claim race-free).
"""

from __future__ import annotations

from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from medcoder.audit import Actor, append_event
from medcoder.errors import InvalidStateError, NotFoundError, ValidationError
from medcoder.services import codes as codelib
from medcoder.services.encounters import EDITABLE_STATES, load_for_change, user_for
from medcoder.storage.models import Decision, Encounter, EncounterCode, Note, Suggestion

REJECT_REASONS = {
    "not_documented": "Not documented in the note",
    "negated_ruled_out": "Negated or ruled out",
    "wrong_specificity": "Wrong specificity",
    "wrong_code": "Wrong code",
    "not_relevant": "Not relevant to this encounter",
    "other": "Other (explain)",
}
MAX_REASON_TEXT = 500
MAX_MODIFIERS = 4
MAX_UNITS = 999


def _group(system: str) -> tuple[str, ...]:
    return ("ICD-10-CM",) if system == "ICD-10-CM" else ("CPT", "HCPCS")


def _next_sequence(session: Session, encounter_id: str, system: str) -> int:
    current = session.scalar(select(func.max(EncounterCode.sequence)).where(
        EncounterCode.encounter_id == encounter_id, EncounterCode.system.in_(_group(system))))
    return (current or 0) + 1


def _snapshot(code: EncounterCode) -> dict[str, Any]:
    return {key: getattr(code, key) for key in ("id", "system", "code", "description", "sequence", "origin",
                                                "suggestion_id", "evidence", "modifiers", "units",
                                                "codeset_version")}


def _suggestion(session: Session, encounter: Encounter, suggestion_id: int) -> Suggestion:
    suggestion = session.get(Suggestion, suggestion_id)
    if suggestion is None or suggestion.encounter_id != encounter.id or suggestion.status == "superseded":
        raise NotFoundError(f"no current suggestion {suggestion_id} on encounter {encounter.id!r}")
    return suggestion


def _code_for(session: Session, suggestion: Suggestion) -> EncounterCode | None:
    return session.scalar(select(EncounterCode).where(EncounterCode.suggestion_id == suggestion.id))


def _encounter_codes(session: Session, encounter_id: str) -> list[EncounterCode]:
    return list(session.scalars(select(EncounterCode).where(EncounterCode.encounter_id == encounter_id)))


def _clear(session: Session, suggestion: Suggestion, rows: list[EncounterCode] | None = None) -> dict[str, Any]:
    """Undo an earlier verdict on this suggestion (a coder may change their mind); returns what to restore.

    ``rows``: the encounter's listed codes when the caller already loaded them (the removed one is taken out).
    """
    before: dict[str, Any] = {"status_before": suggestion.status, "removed_code": None}
    if rows is None:
        existing = _code_for(session, suggestion)
    else:
        existing = next((row for row in rows if row.suggestion_id == suggestion.id), None)
        if existing is not None:
            rows.remove(existing)
    if existing is not None:
        before["removed_code"] = _snapshot(existing)
        session.delete(existing)
    suggestion.status = "pending"
    return before


def _sequence_after(rows: list[EncounterCode], system: str) -> int:
    """Like :func:`_next_sequence`, from codes already loaded (one query less per decision)."""
    group = _group(system)
    return max((row.sequence for row in rows if row.system in group), default=0) + 1


def _modifiers(values: list[str] | None) -> list[str]:
    cleaned = [value.strip().upper() for value in (values or []) if value and value.strip()]
    if len(cleaned) > MAX_MODIFIERS or any(len(m) != 2 or not m.isalnum() for m in cleaned):
        raise ValidationError(f"modifiers are up to {MAX_MODIFIERS} two-character codes such as 25 or LT",
                              field="modifiers")
    return cleaned


def _units(value: int | None) -> int:
    if value is None:
        return 1
    if not 1 <= int(value) <= MAX_UNITS:
        raise ValidationError(f"units must be between 1 and {MAX_UNITS}", field="units")
    return int(value)


def _record(session: Session, encounter: Encounter, user_id: int, actor: Actor, action: str, *,
            suggestion: Suggestion | None = None, code: EncounterCode | None = None, system: str | None = None,
            before: str | None = None, after: str | None = None, reason: str | None = None,
            reason_text: str | None = None, data: dict[str, Any] | None = None) -> Decision:
    decision = Decision(encounter_id=encounter.id, suggestion_id=suggestion.id if suggestion else None,
                        encounter_code_id=code.id if code else None, action=action, system=system,
                        code_before=before, code_after=after, reason=reason, reason_text=reason_text,
                        data=data or {}, user_id=user_id, model_version=encounter.model_version,
                        codeset_version=encounter.codeset_version)
    session.add(decision)
    session.flush()
    append_event(session, actor=actor, action=f"decision.{action}", encounter_id=encounter.id, payload={
        "decision_id": decision.id, "suggestion_id": decision.suggestion_id, "encounter_code_id":
        decision.encounter_code_id, "system": system, "before": before, "after": after, "reason": reason,
        "reason_text": reason_text, "model_version": encounter.model_version,
        "codeset_version": encounter.codeset_version, "version": encounter.version,
        **{k: v for k, v in (data or {}).items() if k in ("order_before", "order_after", "evidence_offsets",
                                                           "modifiers", "units", "undone_decision_id")}})
    return decision


def _suggested_line(suggestion: Suggestion) -> dict[str, Any]:
    """The engine's modifiers and units for an accepted CPT/HCPCS suggestion (25, 95/93, RT/LT, J-code units):
    the claim line carries what was suggested unless the coder changes it. Invalid values are dropped."""
    extra = suggestion.extra or {}
    if suggestion.system not in ("CPT", "HCPCS"):
        return {}
    try:
        modifiers = _modifiers([str(m) for m in extra.get("modifiers") or []])
    except ValidationError:
        modifiers = []
    try:
        units = _units(extra.get("units") if isinstance(extra.get("units"), int) else None)
    except ValidationError:
        units = 1
    return {"modifiers": modifiers, "units": units}


def accept(*, session: Session, encounter_id: str, expected_version: int, actor: Actor,
           suggestion_id: int) -> Encounter:
    """Put the suggested code on the encounter's code list, with the engine's evidence."""
    encounter = load_for_change(session, encounter_id, expected_version, actor)
    suggestion = _suggestion(session, encounter, suggestion_id)
    rows = _encounter_codes(session, encounter.id)
    data = _clear(session, suggestion, rows)
    code = EncounterCode(encounter_id=encounter.id, system=suggestion.system, code=suggestion.code,
                         description=suggestion.description, origin="accepted", suggestion_id=suggestion.id,
                         evidence=list(suggestion.evidence or []), codeset_version=suggestion.codeset_version,
                         sequence=_sequence_after(rows, suggestion.system), **_suggested_line(suggestion))
    session.add(code)
    suggestion.status = "accepted"
    session.flush()
    _record(session, encounter, user_for(session, actor).id, actor, "accept", suggestion=suggestion, code=code,
            system=suggestion.system, after=suggestion.code, data=data)
    return encounter


def reject(*, session: Session, encounter_id: str, expected_version: int, actor: Actor, suggestion_id: int,
           reason: str, reason_text: str = "") -> Encounter:
    """Turn a suggestion down with one of :data:`REJECT_REASONS` ("other" needs a short explanation)."""
    if reason not in REJECT_REASONS:
        raise ValidationError(f"reason must be one of {', '.join(REJECT_REASONS)}", field="reason")
    reason_text = (reason_text or "").strip()
    if len(reason_text) > MAX_REASON_TEXT:
        raise ValidationError(f"the explanation is limited to {MAX_REASON_TEXT} characters", field="reason_text")
    if reason == "other" and not reason_text:
        raise ValidationError("explain the reason when choosing 'other'", field="reason_text")
    encounter = load_for_change(session, encounter_id, expected_version, actor)
    suggestion = _suggestion(session, encounter, suggestion_id)
    data = _clear(session, suggestion)
    suggestion.status = "rejected"
    _record(session, encounter, user_for(session, actor).id, actor, "reject", suggestion=suggestion,
            system=suggestion.system, before=suggestion.code, reason=reason, reason_text=reason_text or None,
            data=data)
    return encounter


def correct(*, session: Session, encounter_id: str, expected_version: int, actor: Actor, codes: Any,
            code: str, suggestion_id: int | None = None, encounter_code_id: int | None = None,
            modifiers: list[str] | None = None, units: int | None = None, system: str | None = None) -> Encounter:
    """Replace a suggestion's code (keeping its evidence), or change a listed code, its modifiers or units."""
    if (suggestion_id is None) == (encounter_code_id is None):
        raise ValidationError("give either a suggestion or a listed code to correct", field="suggestion_id")
    encounter = load_for_change(session, encounter_id, expected_version, actor)
    user_id = user_for(session, actor).id
    if suggestion_id is not None:
        suggestion = _suggestion(session, encounter, suggestion_id)
        ref = codelib.require(codes, system or suggestion.system, code)
        if codelib.DIAGNOSIS_SYSTEM in (ref.system, suggestion.system) and ref.system != suggestion.system:
            raise ValidationError("a diagnosis can only be corrected to another diagnosis code", field="code")
        data = _clear(session, suggestion)
        row = EncounterCode(encounter_id=encounter.id, system=ref.system, code=ref.code, description=ref.title,
                            origin="corrected", suggestion_id=suggestion.id, evidence=list(suggestion.evidence or []),
                            modifiers=_modifiers(modifiers), units=_units(units),
                            codeset_version=encounter.codeset_version or "",
                            sequence=_next_sequence(session, encounter.id, ref.system))
        session.add(row)
        suggestion.status = "corrected"
        session.flush()
        data.update(mode="new", modifiers=row.modifiers, units=row.units)
        _record(session, encounter, user_id, actor, "correct", suggestion=suggestion, code=row, system=ref.system,
                before=suggestion.code, after=ref.code, data=data)
        return encounter
    row = session.get(EncounterCode, encounter_code_id)
    if row is None or row.encounter_id != encounter.id:
        raise NotFoundError(f"no listed code {encounter_code_id} on encounter {encounter.id!r}")
    ref = codelib.require(codes, system or row.system, code or row.code)
    if (ref.system == codelib.DIAGNOSIS_SYSTEM) != (row.system == codelib.DIAGNOSIS_SYSTEM):
        raise ValidationError("a diagnosis can only be corrected to another diagnosis code", field="code")
    before = _snapshot(row)
    suggestion = session.get(Suggestion, row.suggestion_id) if row.suggestion_id else None
    data: dict[str, Any] = {"mode": "edit", "before": before,
                            "status_before": suggestion.status if suggestion else None}
    row.system, row.code, row.description = ref.system, ref.code, ref.title
    row.modifiers, row.units = _modifiers(modifiers), _units(units)
    if suggestion is not None and ref.code != suggestion.code:
        suggestion.status, row.origin = "corrected", "corrected"
    data.update(modifiers=row.modifiers, units=row.units)
    session.flush()
    _record(session, encounter, user_id, actor, "correct", suggestion=suggestion, code=row, system=row.system,
            before=before["code"], after=row.code, data=data)
    return encounter


def add(*, session: Session, encounter_id: str, expected_version: int, actor: Actor, codes: Any, system: str,
        code: str, start: int | None = None, end: int | None = None, modifiers: list[str] | None = None,
        units: int | None = None) -> Encounter:
    """Add a code the engine missed, optionally with the note text that supports it (offsets into the note)."""
    ref = codelib.require(codes, system, code)
    encounter = load_for_change(session, encounter_id, expected_version, actor)
    evidence = []
    if start is not None or end is not None:
        text = session.scalar(select(Note.text).where(Note.id == encounter.note_id)) or ""
        if start is None or end is None or not 0 <= start < end <= len(text):
            raise ValidationError(f"evidence must be a span inside the note (0..{len(text)})", field="evidence")
        evidence = [{"start": start, "end": end, "text": text[start:end]}]
    row = EncounterCode(encounter_id=encounter.id, system=ref.system, code=ref.code, description=ref.title,
                        origin="added", evidence=evidence, modifiers=_modifiers(modifiers), units=_units(units),
                        codeset_version=encounter.codeset_version or "",
                        sequence=_next_sequence(session, encounter.id, ref.system))
    session.add(row)
    session.flush()
    _record(session, encounter, user_for(session, actor).id, actor, "add", code=row, system=ref.system,
            after=ref.code, data={"evidence_offsets": [[e["start"], e["end"]] for e in evidence],
                                  "modifiers": row.modifiers, "units": row.units})
    return encounter


def remove(*, session: Session, encounter_id: str, expected_version: int, actor: Actor,
           encounter_code_id: int) -> Encounter:
    """Take a code off the list; a code that came from a suggestion sends that suggestion back to pending."""
    encounter = load_for_change(session, encounter_id, expected_version, actor)
    row = session.get(EncounterCode, encounter_code_id)
    if row is None or row.encounter_id != encounter.id:
        raise NotFoundError(f"no listed code {encounter_code_id} on encounter {encounter.id!r}")
    suggestion = session.get(Suggestion, row.suggestion_id) if row.suggestion_id else None
    data = {"before": _snapshot(row), "status_before": suggestion.status if suggestion else None}
    if suggestion is not None:
        suggestion.status = "pending"
    session.delete(row)
    session.flush()
    _record(session, encounter, user_for(session, actor).id, actor, "remove", suggestion=suggestion, code=row,
            system=row.system, before=row.code, data=data)
    return encounter


def reorder(*, session: Session, encounter_id: str, expected_version: int, actor: Actor,
            order: list[int]) -> Encounter:
    """Set the claim order of the diagnoses (``order`` lists every listed diagnosis id once, first-listed first)."""
    encounter = load_for_change(session, encounter_id, expected_version, actor)
    rows = list(session.scalars(select(EncounterCode).where(
        EncounterCode.encounter_id == encounter.id, EncounterCode.system == codelib.DIAGNOSIS_SYSTEM)
        .order_by(EncounterCode.sequence)))
    if sorted(order) != sorted(row.id for row in rows) or len(set(order)) != len(order):
        raise ValidationError("the new order must list every diagnosis on the encounter exactly once", field="order")
    before = [row.id for row in rows]
    by_id = {row.id: row for row in rows}
    for position, row_id in enumerate(order, start=1):
        by_id[row_id].sequence = position
    session.flush()
    _record(session, encounter, user_for(session, actor).id, actor, "reorder", system=codelib.DIAGNOSIS_SYSTEM,
            before=by_id[before[0]].code if before else None, after=by_id[order[0]].code if order else None,
            data={"order_before": before, "order_after": list(order)})
    return encounter


def move_diagnosis(*, session: Session, encounter_id: str, expected_version: int, actor: Actor,
                   encounter_code_id: int, offset: int) -> Encounter:
    """Move one diagnosis up (``offset=-1``) or down (``+1``) in claim order; a reorder decision like any other."""
    ids = list(session.scalars(select(EncounterCode.id).where(
        EncounterCode.encounter_id == encounter_id, EncounterCode.system == codelib.DIAGNOSIS_SYSTEM)
        .order_by(EncounterCode.sequence, EncounterCode.id)))
    if encounter_code_id not in ids:
        raise NotFoundError(f"no listed diagnosis {encounter_code_id} on encounter {encounter_id!r}")
    index = ids.index(encounter_code_id)
    target = min(max(index + offset, 0), len(ids) - 1)
    ids.insert(target, ids.pop(index))
    return reorder(session=session, encounter_id=encounter_id, expected_version=expected_version, actor=actor,
                   order=ids)


def last_decision(session: Session, encounter_id: str) -> Decision | None:
    """The most recent decision that undo would reverse."""
    return session.scalar(select(Decision).where(
        Decision.encounter_id == encounter_id, Decision.undone.is_(False), Decision.action != "undo")
        .order_by(Decision.id.desc()).limit(1))


def undo(*, session: Session, encounter_id: str, expected_version: int, actor: Actor) -> Encounter:
    """Reverse the last decision on this encounter (repeat to walk further back)."""
    from medcoder.services.undo import reverse

    encounter = load_for_change(session, encounter_id, expected_version, actor)
    decision = last_decision(session, encounter.id)
    if decision is None:
        raise InvalidStateError(f"nothing to undo on encounter {encounter.id!r}")
    reverse(session, decision)
    decision.undone = True
    session.flush()
    _record(session, encounter, user_for(session, actor).id, actor, "undo", system=decision.system,
            before=decision.code_after, after=decision.code_before,
            data={"undone_decision_id": decision.id, "undone_action": decision.action})
    return encounter


__all__ = ["EDITABLE_STATES", "REJECT_REASONS", "accept", "add", "correct", "last_decision", "move_diagnosis",
           "reject", "remove", "reorder", "undo"]
