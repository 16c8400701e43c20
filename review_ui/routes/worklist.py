"""Worklist page, next-encounter and admin reassignment (HTML + JSON)."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Depends, Form, Query, Request
from fastapi.responses import JSONResponse, RedirectResponse, Response
from pydantic import BaseModel, Field

from medcoder.services import worklist
from medcoder.services.worklist import WorklistFilter
from review_ui.deps import ActorDep, CsrfDep, IsHtmx, SessionDep, require_role
from review_ui.serialize import worklist_json
from review_ui.templating import page_context, templates

router = APIRouter(tags=["worklist"])
Text = Annotated[str | None, Query(max_length=128)]


ConfidenceQ = Annotated[str | None, Query(max_length=8, pattern=r"^(0(\.\d+)?|1(\.0+)?)?$")]
DateQ = Annotated[str | None, Query(pattern=r"^(\d{4}-\d{2}-\d{2})?$")]


def worklist_query(state: Text = None, setting: Text = None, specialty: Text = None, payer: Text = None,
                   assignee: Text = None, date_from: DateQ = None, date_to: DateQ = None,
                   max_confidence: ConfidenceQ = None,
                   search: Text = None) -> WorklistFilter:
    """Filters from the query string; empty fields mean "any"."""
    values = {"state": state, "setting": setting, "specialty": specialty, "payer": payer, "assignee": assignee,
              "date_from": date_from, "date_to": date_to, "search": search}
    return WorklistFilter(max_confidence=float(max_confidence) if max_confidence else None,
                          **{k: (v or None) for k, v in values.items()})


Filters = Annotated[WorklistFilter, Depends(worklist_query)]
Sort = Annotated[str, Query(max_length=16)]
Page = Annotated[int, Query(ge=1, le=100_000)]
PageSize = Annotated[int, Query(ge=1, le=worklist.MAX_PAGE_SIZE)]


@router.get("/worklist", include_in_schema=False)
def worklist_page(request: Request, session: SessionDep, actor: ActorDep, filters: Filters, htmx: IsHtmx,
                  sort: Sort = "date", desc: bool = False, page: Page = 1, page_size: PageSize = 50) -> Response:
    result = worklist.list_worklist(session, filters=filters, sort=sort, descending=desc, page=page,
                                    page_size=page_size, me=actor.name)
    context = page_context(request, result=result, options=worklist.filter_options(session),
                           query=request.url.query)
    return templates.TemplateResponse(request, "worklist.html", context, block_name="table" if htmx else None)


@router.get("/api/worklist", tags=["api"])
def worklist_api(session: SessionDep, actor: ActorDep, filters: Filters, sort: Sort = "date", desc: bool = False,
                 page: Page = 1, page_size: PageSize = 50) -> dict:
    """One page of the worklist: state, date of service, setting, specialty, payer, counts, assignee."""
    return worklist_json(worklist.list_worklist(session, filters=filters, sort=sort, descending=desc, page=page,
                                                page_size=page_size, me=actor.name))


@router.post("/next", include_in_schema=False, dependencies=[CsrfDep, require_role("coder", "admin")])
def next_form(request: Request, session: SessionDep, actor: ActorDep) -> Response:
    encounter = worklist.next_encounter(session, actor=actor)
    if encounter is None:
        return RedirectResponse("/worklist?empty=1", status_code=303)
    return RedirectResponse(f"/encounters/{encounter.id}", status_code=303)


@router.post("/api/next", tags=["api"], dependencies=[CsrfDep, require_role("coder", "admin")],
             responses={204: {"description": "nothing left to code"}})
def next_api(session: SessionDep, actor: ActorDep) -> Response:
    """Assign the oldest unassigned encounter to the caller (or return the one they already hold)."""
    encounter = worklist.next_encounter(session, actor=actor)
    if encounter is None:
        return Response(status_code=204)
    return JSONResponse({"id": encounter.id, "version": encounter.version, "state": encounter.state,
                         "url": f"/encounters/{encounter.id}"})


class AssignIn(BaseModel):
    version: int = Field(ge=1)
    assignee: str | None = Field(None, max_length=64, description="username, or null to unassign")


@router.post("/encounters/{encounter_id}/assign", include_in_schema=False,
             dependencies=[CsrfDep, require_role("admin")])
def assign_form(encounter_id: str, session: SessionDep, actor: ActorDep, version: Annotated[int, Form(ge=1)],
                assignee: Annotated[str, Form(max_length=64)] = "") -> Response:
    worklist.reassign(session=session, encounter_id=encounter_id, expected_version=version, actor=actor,
                      assignee=assignee or None)
    return RedirectResponse(f"/encounters/{encounter_id}", status_code=303)


@router.post("/api/encounters/{encounter_id}/assign", tags=["api"], dependencies=[CsrfDep, require_role("admin")])
def assign_api(encounter_id: str, body: AssignIn, session: SessionDep, actor: ActorDep) -> dict:
    """Admin: reassign an encounter to another coder."""
    encounter = worklist.reassign(session=session, encounter_id=encounter_id, expected_version=body.version,
                                  actor=actor, assignee=body.assignee)
    return {"id": encounter.id, "version": encounter.version,
            "assignee": encounter.assignee.username if encounter.assignee else None}
