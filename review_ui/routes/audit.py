"""Auditor pages: samples (calculator, list, frame CSV), blind re-review, comparison, reports, encounter history.

Every page parses, calls one service, renders; the JSON twins live in :mod:`review_ui.routes.audit_api`
and are included here so ``ROUTERS`` needs one entry.
"""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Depends, Form, Query, Request
from fastapi.responses import RedirectResponse, Response

from medcoder.audit import log as audit_log
from medcoder.audit.compare import parse_code_lines
from medcoder.errors import NotFoundError, UnknownCodeError, ValidationError
from medcoder.services import audit_reports, audit_review, sampling
from medcoder.storage.models import User
from review_ui.deps import ActorDep, CodesDep, CsrfDep, CurrentUser, IsHtmx, RowId, SessionDep, require_role
from review_ui.routes.audit_api import size_spec
from review_ui.templating import page_context, templates

Auditor = Annotated[User, require_role("auditor", "admin")]
router = APIRouter(tags=["audit"], include_in_schema=False)
Short = Annotated[str, Form(max_length=128)]
DateForm = Annotated[str, Form(pattern=r"^(\d{4}-\d{2}-\d{2})?$")]
DateQ = Annotated[str | None, Query(pattern=r"^(\d{4}-\d{2}-\d{2})?$")]
TextQ = Annotated[str | None, Query(max_length=128)]


def population_filter(date_from: DateQ = None, date_to: DateQ = None, coder: TextQ = None, setting: TextQ = None,
                      specialty: TextQ = None, payer: TextQ = None, system: TextQ = None,
                      code: TextQ = None) -> sampling.PopulationFilter:
    """The population filter from query or form fields; empty means any."""
    values = {"date_from": date_from, "date_to": date_to, "coder": coder, "setting": setting,
              "specialty": specialty, "payer": payer, "system": system, "code": code}
    return sampling.PopulationFilter(**{k: (v or None) for k, v in values.items()})


Filter = Annotated[sampling.PopulationFilter, Depends(population_filter)]
Size = Annotated[sampling.SizeSpec, Depends(size_spec)]


def _calculator(session, flt: sampling.PopulationFilter, spec: sampling.SizeSpec) -> dict:  # noqa: ANN001
    population = len(sampling.population(session, flt))
    try:
        return {"population": population, "size": spec.size(population), "error": None}
    except (ValueError, ValidationError) as exc:
        return {"population": population, "size": None, "error": getattr(exc, "message", str(exc))}


@router.get("/audit")
def audit_home(request: Request, session: SessionDep, auditor: Auditor, flt: Filter, spec: Size,
               message: Annotated[str, Query(max_length=200)] = "") -> Response:
    return templates.TemplateResponse(request, "audit/index.html", page_context(
        request, samples=sampling.list_samples(session), calc=_calculator(session, flt, spec), flt=flt, spec=spec,
        methods=sampling.METHODS, message=message))


@router.get("/audit/calculator")
def calculator(request: Request, session: SessionDep, auditor: Auditor, flt: Filter, spec: Size,
               htmx: IsHtmx) -> Response:
    """The sample-size calculator block, refreshed by htmx as the form changes."""
    return templates.TemplateResponse(request, "audit/index.html", page_context(
        request, samples=[], calc=_calculator(session, flt, spec), flt=flt, spec=spec, methods=sampling.METHODS),
        block_name="calc" if htmx else None)


@router.post("/audit/samples", dependencies=[CsrfDep])
async def create_sample_form(request: Request, session: SessionDep, actor: ActorDep, auditor: Auditor,
                             name: Short, method: Annotated[str, Form(max_length=32)] = "simple",
                             seed: Annotated[str, Form(pattern=r"^\d{0,10}$")] = "") -> Response:
    form = await request.form()
    fields = {k: str(form.get(k) or "")[:128] or None for k in sampling.PopulationFilter.__dataclass_fields__}
    flt = population_filter(**fields)
    spec = size_spec(**{k: (str(form.get(k)) if form.get(k) not in (None, "") else None)
                        for k in ("kind", "confidence", "precision", "expected_error", "count", "percent")})
    sample = sampling.create_sample(session, name=name, flt=flt, size_spec=spec, method=method, created_by=auditor,
                                    actor=actor, seed=int(seed) if seed else None)
    return RedirectResponse(f"/audit/samples/{sample.id}", status_code=303)


@router.get("/audit/samples/{sample_id}")
def sample_page(request: Request, sample_id: RowId, session: SessionDep, auditor: Auditor) -> Response:
    sample = sampling.get_sample(session, sample_id)
    items = audit_review.sample_progress(session, sample_id)
    return templates.TemplateResponse(request, "audit/sample.html", page_context(
        request, sample=sample, items=items, done=sum(i.done for i in items)))


@router.get("/audit/samples/{sample_id}/frame.csv")
def sample_frame(sample_id: RowId, session: SessionDep, actor: ActorDep, auditor: Auditor) -> Response:
    text = sampling.frame_csv(session, sample_id=sample_id, actor=actor)
    return Response(text, media_type="text/csv; charset=utf-8",
                    headers={"Content-Disposition": f'attachment; filename="sample-{sample_id}-frame.csv"'})


@router.get("/audit/items/{item_id}")
def item_page(request: Request, item_id: RowId, session: SessionDep, actor: ActorDep, auditor: Auditor,
              error: Annotated[str, Query(max_length=300)] = "") -> Response:
    """Blind re-review until submitted, then the comparison."""
    review = audit_review.review_for(session, item_id)
    if review is not None and review.completed_at is not None:
        comp = audit_review.comparison(session, sample_item_id=item_id, viewer=auditor)
        return templates.TemplateResponse(request, "audit/comparison.html", page_context(request, comp=comp))
    view = audit_review.open_blind_review(session, sample_item_id=item_id, auditor=auditor, actor=actor)
    return templates.TemplateResponse(request, "audit/review.html", page_context(request, view=view, error=error))


@router.post("/audit/items/{item_id}", dependencies=[CsrfDep])
async def submit_form(request: Request, item_id: RowId, session: SessionDep, actor: ActorDep, auditor: Auditor,
                      codes: CodesDep, lines: Annotated[str, Form(max_length=20_000)] = "",
                      comments: Annotated[str, Form(max_length=2000)] = "") -> Response:
    form = await request.form()
    picked = {int(v) for v in form.getlist("pick") if str(v).isdigit() and len(str(v)) < 10}
    try:
        audit_review.submit_review(session, sample_item_id=item_id, auditor=auditor, actor=actor,
                                   codes=parse_code_lines(lines), comments=comments, picked=sorted(picked),
                                   code_set=codes)
    except (ValidationError, UnknownCodeError) as exc:
        # The form again with the message (it names codes, never note text) and the auditor's ticks and lines,
        # so a typo does not cost the whole re-review.
        session.rollback()
        view = audit_review.open_blind_review(session, sample_item_id=item_id, auditor=auditor, actor=actor)
        return templates.TemplateResponse(request, "audit/review.html", page_context(
            request, view=view, error=exc.message, picked=picked, lines=lines, comments=comments), status_code=422)
    return RedirectResponse(f"/audit/items/{item_id}", status_code=303)


@router.post("/audit/items/{item_id}/comment", dependencies=[CsrfDep])
def comment_form(item_id: RowId, session: SessionDep, actor: ActorDep, auditor: Auditor,
                 text: Annotated[str, Form(max_length=2000)]) -> Response:
    audit_review.add_comment(session, sample_item_id=item_id, auditor=auditor, actor=actor, text=text)
    return RedirectResponse(f"/audit/items/{item_id}", status_code=303)


@router.get("/audit/reports")
def reports_page(request: Request, session: SessionDep, auditor: Auditor,
                 sample: Annotated[int | None, Query(ge=1)] = None) -> Response:
    return templates.TemplateResponse(request, "audit/reports.html", page_context(
        request, accuracy=audit_reports.accuracy_report(session, sample_id=sample),
        engine=audit_reports.engine_report(session), samples=sampling.list_samples(session), sample_id=sample))


@router.get("/audit/reports/{kind}.csv")
def report_csv(kind: str, session: SessionDep, auditor: Auditor,
               sample: Annotated[int | None, Query(ge=1)] = None) -> Response:
    if kind == "engine":
        text = audit_reports.engine_csv(audit_reports.engine_report(session))
    elif kind == "accuracy":
        text = audit_reports.accuracy_csv(audit_reports.accuracy_report(session, sample_id=sample))
    else:
        raise NotFoundError(f"no report {kind!r}: use accuracy or engine")
    return Response(text, media_type="text/csv; charset=utf-8",
                    headers={"Content-Disposition": f'attachment; filename="{kind}-report.csv"'})


@router.get("/audit/log")
def log_page(request: Request, session: SessionDep, auditor: Auditor, encounter: TextQ = None, user: TextQ = None,
             action: TextQ = None, since: TextQ = None, until: TextQ = None) -> Response:
    flt = audit_log.EventFilter(encounter_id=encounter or None, actor=user or None, action=action or None,
                                since=audit_log.parse_when(since), until=audit_log.parse_when(until, end_of_day=True))
    events = audit_log.query_events(session, flt, limit=500, newest_first=True)
    return templates.TemplateResponse(request, "audit/log.html", page_context(
        request, events=[audit_log.event_dict(e) for e in events], title="Audit log",
        query={"encounter": encounter or "", "user": user or "", "action": action or "", "since": since or "",
               "until": until or ""}))


@router.get("/audit/encounters/{encounter_id}/history")
def history_page(request: Request, encounter_id: str, session: SessionDep, auditor: Auditor) -> Response:
    """The encounter's full audit trail, oldest first."""
    events = audit_log.encounter_history(session, encounter_id)
    return templates.TemplateResponse(request, "audit/log.html", page_context(
        request, events=[audit_log.event_dict(e) for e in events], title=f"History of {encounter_id}",
        encounter_id=encounter_id, query=None))


@router.get("/audit/findings/{encounter_id}")
def findings_page(request: Request, encounter_id: str, session: SessionDep, user: CurrentUser) -> Response:
    """Audit findings on one encounter, for its coder (and auditors/admins)."""
    comps = audit_review.findings_for_encounter(session, encounter_id=encounter_id, viewer=user)
    return templates.TemplateResponse(request, "audit/findings.html", page_context(
        request, comps=comps, encounter_id=encounter_id))


@router.get("/my/findings")
def my_findings_page(request: Request, session: SessionDep, user: CurrentUser) -> Response:
    """Every audit finding on encounters the logged-in coder finalized."""
    comps = audit_review.findings_for_coder(session, coder=user)
    return templates.TemplateResponse(request, "audit/findings.html", page_context(
        request, comps=comps, encounter_id=None))
