"""Build a :class:`~training.dataset.Dataset` from the medcoder database (finished encounters only)."""

from __future__ import annotations

from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from medcoder.storage.models import (
    AuditReview,
    AuditSampleItem,
    Decision,
    Encounter,
    EncounterCode,
    Suggestion,
)
from training.dataset import Dataset, Label, _key, _spans

FINISHED = ("finalized", "exported")


def _suggestion_dict(s: Suggestion) -> dict[str, Any]:
    return {"system": s.system, "code": s.code, "description": s.description, "billable": s.billable,
            "score": s.score, "evidence": s.evidence or [], "section": s.section, "assertion": s.assertion,
            "rationale": s.rationale, "rule_ids": s.rule_ids or [], "flags": s.flags or [],
            "sequence": s.sequence, "extra": s.extra or {}}


def _note_dict(enc: Encounter) -> dict[str, Any]:
    meta = dict(enc.note.meta or {})
    note = {k: v for k, v in meta.items() if k in ("setting", "specialty", "date_of_service", "visit")}
    note.update({"id": enc.id, "text": enc.note.text, "setting": enc.setting or note.get("setting", "outpatient")})
    if enc.specialty:
        note["specialty"] = enc.specialty
    if enc.date_of_service:
        note["date_of_service"] = enc.date_of_service
    return note


def from_database(session: Session, *, since: str | None = None) -> Dataset:
    """Labels from stored decisions; the latest completed auditor re-review overrides the coder.

    ``since`` (ISO date) keeps encounters finalized on or after it. Undone decisions are ignored: the
    final code list already reflects undo.
    """
    q = select(Encounter).where(Encounter.state.in_(FINISHED)).order_by(Encounter.id)
    notes: dict[str, dict[str, Any]] = {}
    labels: list[Label] = []
    for enc in session.scalars(q):
        at = enc.finalized_at.isoformat() if enc.finalized_at else (enc.date_of_service or "")
        if since and at[:10] < since:
            continue
        notes[enc.id] = _note_dict(enc)
        labels.extend(_encounter_labels(session, enc, at))
    return Dataset(notes, labels)


def _encounter_labels(session: Session, enc: Encounter, at: str) -> list[Label]:
    # in the engine's order (ids are assigned as it emitted them): the rank is a model feature
    sugg = list(session.scalars(select(Suggestion).where(Suggestion.encounter_id == enc.id).order_by(Suggestion.id)))
    if sugg:
        latest = max(s.generation for s in sugg)
        sugg = [s for s in sugg if s.generation == latest]
    final = list(session.scalars(select(EncounterCode).where(EncounterCode.encounter_id == enc.id)
                                 .order_by(EncounterCode.sequence)))
    decisions = list(session.scalars(select(Decision).where(Decision.encounter_id == enc.id,
                                                             Decision.undone.is_(False))
                                     .order_by(Decision.id)))
    review = session.scalars(
        select(AuditReview).join(AuditSampleItem, AuditReview.sample_item_id == AuditSampleItem.id)
        .where(AuditSampleItem.encounter_id == enc.id, AuditReview.completed_at.is_not(None))
        .order_by(AuditReview.completed_at.desc())).first()

    coder = {_key(c.system, c.code): c for c in final}
    auditor = {_key(c["system"], c["code"]): c for c in review.codes} if review else None
    truth = auditor if auditor is not None else coder
    reject_reason = {d.suggestion_id: d.reason for d in decisions if d.action == "reject"}
    replaced = {(d.system, norm): d.code_before for d in decisions if d.action == "correct" and d.code_after
                for norm in [_key(d.system or "", d.code_after)[1]]}
    corrected_from = {_key(d.system or "", d.code_before) for d in decisions if d.action == "correct" and d.code_before}

    out: list[Label] = []
    seen: set[tuple[str, str]] = set()
    for s in sugg:
        k = _key(s.system, s.code)
        if k in seen:
            continue
        seen.add(k)
        sd, ev = _suggestion_dict(s), _spans(s.evidence)
        if k in truth:
            kind = "accepted" if k in coder else "auditor_restored"
            out.append(Label(enc.id, s.system, s.code, 1, kind, None, ev, sd, at))
        elif k in coder:
            out.append(Label(enc.id, s.system, s.code, 0, "auditor_removed", None, ev, sd, at))
        elif k in corrected_from:
            out.append(Label(enc.id, s.system, s.code, 0, "corrected_from", "wrong_specificity", ev, sd, at))
        else:
            out.append(Label(enc.id, s.system, s.code, 0, "rejected", reject_reason.get(s.id) or "not_documented",
                             ev, sd, at))
    for k, c in truth.items():
        if k in seen:
            continue
        system, code = (c.system, c.code) if isinstance(c, EncounterCode) else (c["system"], c["code"])
        evidence = c.evidence if isinstance(c, EncounterCode) else c.get("evidence")
        if auditor is not None and k not in coder:
            kind = "auditor_added"
        elif isinstance(c, EncounterCode) and c.origin == "corrected" or (system, k[1]) in replaced:
            kind = "corrected_to"
        else:
            kind = "added"
        out.append(Label(enc.id, system, code, 1, kind, None, _spans(evidence), None, at,
                         replaced=replaced.get((system, k[1]))))
    return out
