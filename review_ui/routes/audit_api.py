"""JSON twins of the auditor pages under /api/audit/ (same service calls, auditor/admin only, CSRF on POST)."""

from __future__ import annotations

from typing import Annotated, Any

from fastapi import APIRouter, Depends, Query
from pydantic import BaseModel, Field

from medcoder.audit import log as audit_log
from medcoder.audit import verify_chain
from medcoder.errors import ValidationError
from medcoder.services import audit_reports, audit_review, sampling
from medcoder.storage.models import User
from review_ui.deps import ActorDep, CodesDep, CsrfDep, CurrentUser, RowId, SessionDep, require_role, settings_dep

Auditor = Annotated[User, require_role("auditor", "admin")]
router = APIRouter(prefix="/api/audit", tags=["api", "audit"])
NumQ = Annotated[str | None, Query(max_length=12)]


def _number(name: str, value: str | None, cast: type) -> Any:
    if value in (None, ""):
        return None
    try:
        return cast(value)
    except ValueError:
        raise ValidationError(f"{name} must be a number", field=name) from None


def size_spec(kind: Annotated[str | None, Query(max_length=16)] = None, confidence: NumQ = None,
              precision: NumQ = None, expected_error: NumQ = None, count: NumQ = None,
              percent: NumQ = None) -> sampling.SizeSpec:
    """Sample-size inputs from query or form fields; percentages may be given as 3 or 0.03."""
    def fraction(name: str, value: str | None, default: float) -> float:
        number = _number(name, value, float)
        return default if number is None else number / 100 if number >= 1 else number

    return sampling.SizeSpec(kind=kind or "attribute", confidence=fraction("confidence", confidence, 0.90),
                             precision=fraction("precision", precision, 0.03),
                             expected_error=fraction("expected_error", expected_error, 0.05),
                             count=_number("count", count, int), percent=_number("percent", percent, float))


class SampleIn(BaseModel):
    name: str = Field(max_length=128)
    method: str = Field("simple", max_length=32)
    seed: int | None = Field(None, ge=0, le=sampling.MAX_SEED)
    filter: dict[str, str | None] = Field(default_factory=dict)
    size: dict[str, Any] = Field(default_factory=dict, description="kind, confidence, precision, expected_error, "
                                                                   "count, percent")


class ReviewIn(BaseModel):
    codes: list[dict[str, Any]] = Field(default_factory=list, max_length=200,
                                        description="[{system, code, evidence: [{start, end} | {text}]}]")
    picked: list[int] = Field(default_factory=list, max_length=200, description="agreed engine suggestion ids")
    comments: str = Field("", max_length=2000)


class CommentIn(BaseModel):
    text: str = Field(max_length=2000)


def _sample_json(sample: Any) -> dict[str, Any]:
    params = dict(sample.parameters)
    params.pop("frame", None)
    return {"id": sample.id, "name": sample.name, "method": sample.method, "seed": sample.seed,
            "population": sample.population_size, "created_at": audit_log.iso(sample.created_at), **params}


def _comparison_json(comp: audit_review.Comparison) -> dict[str, Any]:
    return {"sample_item_id": comp.item.id, "encounter_id": comp.encounter.id, "coder": comp.coder,
            "auditor_codes": comp.review.codes, "findings": comp.findings, "record_correct": comp.review.record_correct,
            "comments": comp.review.comments}


@router.get("/size")
def size_api(session: SessionDep, auditor: Auditor, date_from: str | None = None, date_to: str | None = None,
             coder: str | None = None, setting: str | None = None, specialty: str | None = None,
             payer: str | None = None, system: str | None = None, code: str | None = None,
             kind: Annotated[str | None, Query(max_length=16)] = None, confidence: NumQ = None,
             precision: NumQ = None, expected_error: NumQ = None, count: NumQ = None,
             percent: NumQ = None) -> dict:
    """Population size for the filter and the sample size for the chosen method."""
    flt = sampling.PopulationFilter(date_from=date_from, date_to=date_to, coder=coder, setting=setting,
                                    specialty=specialty, payer=payer, system=system, code=code)
    spec = size_spec(kind, confidence, precision, expected_error, count, percent)
    population = len(sampling.population(session, flt))
    try:
        size = spec.size(population)
    except ValueError as exc:
        raise ValidationError(str(exc)) from None
    return {"population": population, "size": size, "spec": spec.__dict__}


@router.get("/samples")
def samples_api(session: SessionDep, auditor: Auditor) -> list[dict]:
    return [_sample_json(s) for s in sampling.list_samples(session)]


@router.post("/samples", dependencies=[CsrfDep], status_code=201)
def create_sample_api(body: SampleIn, session: SessionDep, actor: ActorDep, auditor: Auditor) -> dict:
    """Draw and store a sample (the seed is recorded; omit it for a random one)."""
    flt = sampling.PopulationFilter(**{k: v for k, v in body.filter.items()
                                       if k in sampling.PopulationFilter.__dataclass_fields__})
    spec = size_spec(**{k: (None if v is None else str(v)) for k, v in body.size.items()
                        if k in ("kind", "confidence", "precision", "expected_error", "count", "percent")})
    sample = sampling.create_sample(session, name=body.name, flt=flt, size_spec=spec, method=body.method,
                                    created_by=auditor, actor=actor, seed=body.seed)
    return _sample_json(sample)


@router.get("/samples/{sample_id}")
def sample_api(sample_id: RowId, session: SessionDep, auditor: Auditor) -> dict:
    sample = sampling.get_sample(session, sample_id)
    items = [{"id": i.item.id, "encounter_id": i.item.encounter_id, "stratum": i.item.stratum, "coder": i.coder,
              "date_of_service": i.date_of_service, "reviewed": i.done,
              "record_correct": i.review.record_correct if i.done else None}
             for i in audit_review.sample_progress(session, sample_id)]
    return {**_sample_json(sample), "items": items}


@router.get("/items/{item_id}")
def item_api(item_id: RowId, session: SessionDep, actor: ActorDep, auditor: Auditor) -> dict:
    """The blind view (note and suggestions, never the coder's codes); logs the note access."""
    view = audit_review.open_blind_review(session, sample_item_id=item_id, auditor=auditor, actor=actor)
    return {"sample_item_id": view.item.id, "sample_id": view.item.sample_id, "encounter_id": view.encounter.id,
            "note_text": view.note_text, "suggestions": view.suggestions, "submitted": view.submitted}


@router.post("/items/{item_id}/review", dependencies=[CsrfDep], status_code=201)
def review_api(item_id: RowId, body: ReviewIn, session: SessionDep, actor: ActorDep, auditor: Auditor,
               codes: CodesDep) -> dict:
    """Submit the auditor's codes (final; each must exist in the loaded code set); returns the comparison."""
    audit_review.submit_review(session, sample_item_id=item_id, auditor=auditor, actor=actor, codes=body.codes,
                               comments=body.comments, picked=body.picked, code_set=codes)
    return _comparison_json(audit_review.comparison(session, sample_item_id=item_id, viewer=auditor))


@router.get("/items/{item_id}/comparison")
def comparison_api(item_id: RowId, session: SessionDep, auditor: Auditor) -> dict:
    """Coder's and auditor's codes with findings (409 until the blind review is submitted)."""
    return _comparison_json(audit_review.comparison(session, sample_item_id=item_id, viewer=auditor))


@router.post("/items/{item_id}/comment", dependencies=[CsrfDep])
def comment_api(item_id: RowId, body: CommentIn, session: SessionDep, actor: ActorDep, auditor: Auditor) -> dict:
    review = audit_review.add_comment(session, sample_item_id=item_id, auditor=auditor, actor=actor, text=body.text)
    return {"sample_item_id": item_id, "comments": review.comments}


@router.get("/reports/accuracy")
def accuracy_api(session: SessionDep, auditor: Auditor, sample: Annotated[int | None, Query(ge=1)] = None) -> dict:
    """Per coder and overall accuracy with 90%/95% Wilson intervals, error types and kappa."""
    return audit_reports.accuracy_report(session, sample_id=sample)


@router.get("/reports/engine")
def engine_api(session: SessionDep, auditor: Auditor) -> dict:
    """Engine precision/recall against final codes, acceptance by code and confidence band, top rejections."""
    return audit_reports.engine_report(session)


@router.get("/log")
def log_api(session: SessionDep, auditor: Auditor, encounter: str | None = None, user: str | None = None,
            action: str | None = None, since: str | None = None, until: str | None = None,
            limit: Annotated[int, Query(ge=1, le=5000)] = 500) -> list[dict]:
    flt = audit_log.EventFilter(encounter_id=encounter, actor=user, action=action,
                                since=audit_log.parse_when(since), until=audit_log.parse_when(until, end_of_day=True))
    return [audit_log.event_dict(e) for e in audit_log.query_events(session, flt, limit=limit, newest_first=True)]


@router.get("/encounters/{encounter_id}/history")
def history_api(encounter_id: str, session: SessionDep, auditor: Auditor) -> list[dict]:
    """The encounter's full audit trail, oldest first."""
    return [audit_log.event_dict(e) for e in audit_log.encounter_history(session, encounter_id)]


@router.get("/encounters/{encounter_id}/findings")
def findings_api(encounter_id: str, session: SessionDep, user: CurrentUser) -> list[dict]:
    """Audit findings on one encounter, for its coder and for auditors/admins."""
    return [_comparison_json(c)
            for c in audit_review.findings_for_encounter(session, encounter_id=encounter_id, viewer=user)]


@router.get("/verify")
def verify_api(session: SessionDep, auditor: Auditor, settings: Annotated[Any, Depends(settings_dep)]) -> dict:
    """Recompute the hash chain now (as `medcoder audit verify`)."""
    result = verify_chain(session, hmac_key=settings.audit_hmac_key)
    return {"ok": result.ok, "events": result.events, "head_seq": result.head_seq, "head_hash": result.head_hash,
            "broken_seq": result.broken_seq, "reason": result.reason}
