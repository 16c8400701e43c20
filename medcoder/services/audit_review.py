"""Blind re-review of sampled encounters: the auditor codes from the note and the engine's suggestions
without seeing the coder's final codes, then the comparison (findings) is stored and shown.

Why the auditor's submission is final: once the coder's codes are visible, changing one's own codes
would no longer be blind. Later remarks go in as comments, which are appended, not rewritten.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from medcoder.audit import Actor, append_event
from medcoder.audit.compare import compare_codes
from medcoder.errors import InvalidStateError, NotFoundError, PermissionDeniedError, ValidationError
from medcoder.storage.models import (
    AuditReview,
    AuditSample,
    AuditSampleItem,
    Encounter,
    EncounterCode,
    Suggestion,
    User,
    utcnow,
)

SYSTEMS = ("ICD-10-CM", "CPT", "HCPCS")
AUDIT_ROLES = ("auditor", "admin")
MAX_COMMENTS = 2000
_CODE_RE = re.compile(r"^[A-Z0-9][A-Z0-9.]{1,9}$")


@dataclass
class BlindView:
    """What the auditor may see before submitting: the note and the suggestions, never the coder's codes."""

    item: AuditSampleItem
    sample: AuditSample
    encounter: Encounter
    note_text: str
    suggestions: list[dict[str, Any]]
    review: AuditReview | None = None

    @property
    def submitted(self) -> bool:
        return self.review is not None and self.review.completed_at is not None


@dataclass
class Comparison:
    item: AuditSampleItem
    encounter: Encounter
    review: AuditReview
    coder: str
    findings: dict[str, Any] = field(default_factory=dict)


def _require_auditor(user: User) -> None:
    if user.role not in AUDIT_ROLES:
        raise PermissionDeniedError("only auditors and admins re-review encounters", user=user.username)


def get_item(session: Session, sample_item_id: int) -> AuditSampleItem:
    item = session.get(AuditSampleItem, sample_item_id)
    if item is None:
        raise NotFoundError(f"no sample item {sample_item_id}", sample_item_id=sample_item_id)
    return item


def review_for(session: Session, sample_item_id: int) -> AuditReview | None:
    return session.scalar(select(AuditReview).where(AuditReview.sample_item_id == sample_item_id))


def _engine_suggestions(session: Session, encounter_id: str) -> list[Suggestion]:
    """The suggestions the coder worked from: every generation's non-superseded rows, in display order."""
    return list(session.scalars(
        select(Suggestion).where(Suggestion.encounter_id == encounter_id, Suggestion.status != "superseded")
        .order_by(Suggestion.generation.desc(), Suggestion.sequence, Suggestion.id)))


def coder_codes(session: Session, encounter_id: str) -> list[tuple[str, str]]:
    rows = session.scalars(select(EncounterCode).where(EncounterCode.encounter_id == encounter_id)
                           .order_by(EncounterCode.sequence, EncounterCode.id))
    diagnoses, procedures = [], []
    for row in rows:
        (diagnoses if row.system == "ICD-10-CM" else procedures).append((row.system, row.code))
    return diagnoses + procedures


def open_blind_review(session: Session, *, sample_item_id: int, auditor: User, actor: Actor) -> BlindView:
    """The blind page's data; records the note access (``note.view``, context audit)."""
    _require_auditor(auditor)
    item = get_item(session, sample_item_id)
    encounter = session.get(Encounter, item.encounter_id)
    if encounter is None:
        raise NotFoundError(f"no encounter {item.encounter_id!r}")
    if encounter.finalized_by_id == auditor.id:
        raise PermissionDeniedError("an auditor cannot re-review an encounter they coded themselves",
                                    encounter_id=encounter.id)
    suggestions = [{"id": s.id, "system": s.system, "code": s.code, "description": s.description,
                    "score": s.score, "evidence": s.evidence, "rationale": s.rationale, "flags": s.flags}
                   for s in _engine_suggestions(session, encounter.id)]  # no status: it would reveal the coder
    append_event(session, actor=actor, action="note.view", encounter_id=encounter.id,
                 payload={"context": "audit_review", "sample_item_id": item.id})
    return BlindView(item=item, sample=session.get(AuditSample, item.sample_id), encounter=encounter,
                     note_text=encounter.note.text, suggestions=suggestions,
                     review=review_for(session, item.id))


def _evidence(spans: Any, text: str, code: str) -> list[dict[str, Any]]:
    """Spans as ``{start, end}`` offsets or a ``{text}`` quote found in the note; ``text`` equals the note slice."""
    result = []
    for span in spans or []:
        if isinstance(span, str):
            span = {"text": span}
        start, end = span.get("start"), span.get("end")
        if start is None or end is None:
            quote = (span.get("text") or "").strip()
            start = text.find(quote) if quote else -1
            if start < 0:
                raise ValidationError(f"evidence for {code} was not found in the note", field="evidence", code=code)
            end = start + len(quote)
        if not (isinstance(start, int) and isinstance(end, int) and 0 <= start < end <= len(text)):
            raise ValidationError(f"evidence offsets for {code} are outside the note", field="evidence", code=code)
        result.append({"start": start, "end": end, "text": text[start:end]})
    if not result:
        raise ValidationError(f"code {code} needs at least one evidence span", field="evidence", code=code)
    return result


def normalize_codes(codes: list[dict[str, Any]], note_text: str, code_set: Any = None) -> list[dict[str, Any]]:
    """Validate the auditor's codes: known system, well-formed (and known to ``code_set`` when given), evidence."""
    seen, result = set(), []
    for entry in codes:
        system = (entry.get("system") or "").strip()
        if system not in SYSTEMS:
            raise ValidationError(f"system must be one of {', '.join(SYSTEMS)}", field="system")
        code = (entry.get("code") or "").strip().upper()
        if system == "ICD-10-CM" and "." not in code and len(code) > 3:
            code = f"{code[:3]}.{code[3:]}"
        if not _CODE_RE.match(code):
            raise ValidationError(f"{code or '(empty)'} is not a well-formed {system} code", field="code")
        if code_set is not None:
            from medcoder.services.codes import require

            require(code_set, system, code)
        if (system, code) in seen:
            continue
        seen.add((system, code))
        result.append({"system": system, "code": code, "evidence": _evidence(entry.get("evidence"), note_text, code)})
    if not result:
        raise ValidationError("record at least one code", field="codes")
    return result


def submit_review(session: Session, *, sample_item_id: int, auditor: User, actor: Actor,
                  codes: list[dict[str, Any]], comments: str = "", code_set: Any = None,
                  picked: list[int] | tuple[int, ...] = ()) -> AuditReview:
    """Store the auditor's codes and the findings against the coder's final codes (``audit.review_submit``).

    ``picked`` are ids of engine suggestions the auditor agrees with; they count as codes with the
    suggestion's own evidence, listed before ``codes``.
    """
    _require_auditor(auditor)
    item = get_item(session, sample_item_id)
    encounter = session.get(Encounter, item.encounter_id)
    if encounter.finalized_by_id == auditor.id:
        raise PermissionDeniedError("an auditor cannot re-review an encounter they coded themselves",
                                    encounter_id=encounter.id)
    existing = review_for(session, item.id)
    if existing is not None and existing.completed_at is not None:
        raise InvalidStateError(f"sample item {item.id} was already reviewed; add a comment instead",
                                sample_item_id=item.id)
    if len(comments or "") > MAX_COMMENTS:
        raise ValidationError(f"comments are limited to {MAX_COMMENTS} characters", field="comments")
    chosen = [{"system": s.system, "code": s.code, "evidence": s.evidence}
              for s in _engine_suggestions(session, encounter.id) if s.id in set(picked)]
    clean = normalize_codes(chosen + list(codes), encounter.note.text, code_set)
    coder = coder_codes(session, encounter.id)
    auditor_keys = [(c["system"], c["code"]) for c in clean]
    ordered = [k for k in auditor_keys if k[0] == "ICD-10-CM"] + [k for k in auditor_keys if k[0] != "ICD-10-CM"]
    findings = compare_codes(coder, ordered)
    findings["coder_codes"] = [{"system": s, "code": c} for s, c in coder]
    findings["engine_codes"] = [{"system": s.system, "code": s.code, "score": s.score}
                                for s in _engine_suggestions(session, encounter.id)]
    review = existing or AuditReview(sample_item_id=item.id, auditor_id=auditor.id)
    review.auditor_id, review.codes, review.findings = auditor.id, clean, findings
    review.record_correct, review.comments, review.completed_at = findings["record_correct"], comments or "", utcnow()
    session.add(review)
    session.flush()
    append_event(session, actor=actor, action="audit.review_submit", encounter_id=encounter.id, payload={
        "sample_id": item.sample_id, "sample_item_id": item.id, "review_id": review.id,
        "auditor_codes": [f"{s}:{c}" for s, c in auditor_keys], "coder_codes": [f"{s}:{c}" for s, c in coder],
        "counts": findings["counts"], "record_correct": findings["record_correct"],
    })
    return review


def add_comment(session: Session, *, sample_item_id: int, auditor: User, actor: Actor, text: str) -> AuditReview:
    """Append a dated comment to a submitted review (``audit.review_comment``; the text stays out of the log)."""
    _require_auditor(auditor)
    review = review_for(session, sample_item_id)
    if review is None or review.completed_at is None:
        raise InvalidStateError("submit the review before commenting", sample_item_id=sample_item_id)
    text = (text or "").strip()
    if not text:
        raise ValidationError("the comment is empty", field="comments")
    line = f"[{utcnow():%Y-%m-%d %H:%M}Z {auditor.username}] {text}"
    combined = f"{review.comments}\n{line}" if review.comments else line
    if len(combined) > MAX_COMMENTS:
        raise ValidationError(f"comments are limited to {MAX_COMMENTS} characters in all", field="comments")
    review.comments = combined
    session.flush()
    item = get_item(session, sample_item_id)
    append_event(session, actor=actor, action="audit.review_comment", encounter_id=item.encounter_id,
                 payload={"sample_item_id": sample_item_id, "review_id": review.id, "length": len(text)})
    return review


def comparison(session: Session, *, sample_item_id: int, viewer: User) -> Comparison:
    """The coder's codes next to the auditor's with findings; refused until the blind review is submitted."""
    item = get_item(session, sample_item_id)
    review = review_for(session, item.id)
    encounter = session.get(Encounter, item.encounter_id)
    is_coder = viewer.id in (item.coder_id, encounter.finalized_by_id)
    if viewer.role not in AUDIT_ROLES and not is_coder:
        raise PermissionDeniedError("only auditors and the encounter's coder see findings")
    if review is None or review.completed_at is None:
        raise InvalidStateError("the coder's codes stay hidden until the blind review is submitted",
                                sample_item_id=item.id)
    coder = session.get(User, item.coder_id) if item.coder_id else None
    return Comparison(item=item, encounter=encounter, review=review, coder=coder.username if coder else "(unknown)",
                      findings=review.findings)


def findings_for_encounter(session: Session, *, encounter_id: str, viewer: User) -> list[Comparison]:
    """Completed reviews of one encounter: for its coder and for auditors/admins."""
    items = session.scalars(select(AuditSampleItem).where(AuditSampleItem.encounter_id == encounter_id)
                            .order_by(AuditSampleItem.id)).all()
    result = []
    for item in items:
        review = review_for(session, item.id)
        if review is not None and review.completed_at is not None:
            result.append(comparison(session, sample_item_id=item.id, viewer=viewer))
    return result


def findings_for_coder(session: Session, *, coder: User) -> list[Comparison]:
    """Every completed review of encounters this coder finalized (their feedback list)."""
    items = session.scalars(select(AuditSampleItem).where(AuditSampleItem.coder_id == coder.id)
                            .order_by(AuditSampleItem.id.desc())).all()
    return [comparison(session, sample_item_id=i.id, viewer=coder) for i in items
            if (r := review_for(session, i.id)) is not None and r.completed_at is not None]


@dataclass
class ItemStatus:
    item: AuditSampleItem
    coder: str
    date_of_service: str | None
    review: AuditReview | None

    @property
    def done(self) -> bool:
        return self.review is not None and self.review.completed_at is not None


def sample_progress(session: Session, sample_id: int) -> list[ItemStatus]:
    """Each item of a sample with its coder and review (if any), for the sample page."""
    rows = session.execute(
        select(AuditSampleItem, User.username, Encounter.date_of_service, AuditReview)
        .join(Encounter, Encounter.id == AuditSampleItem.encounter_id)
        .outerjoin(User, User.id == AuditSampleItem.coder_id)
        .outerjoin(AuditReview, AuditReview.sample_item_id == AuditSampleItem.id)
        .where(AuditSampleItem.sample_id == sample_id)
        .order_by(AuditSampleItem.stratum, AuditSampleItem.encounter_id)).all()
    return [ItemStatus(item, username or "(unknown)", dos, review) for item, username, dos, review in rows]
