"""The review page and every decision on it, as HTML (forms/HTMX) and as JSON under /api/.

Each route parses its input, calls one service, and renders the fresh review (the ``review`` block of
review.html for HTMX, a redirect for plain forms, JSON for the API). A stale version is answered with
status 409, the message and the fresh state, never a silent overwrite.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Annotated, Any

from fastapi import APIRouter, Form, Request
from fastapi.responses import JSONResponse, RedirectResponse, Response
from pydantic import BaseModel, Field

from medcoder.errors import StaleVersionError
from medcoder.services import finalize, review
from medcoder.services.review_view import build_review, open_review
from review_ui.deps import ActorDep, CodesDep, CsrfDep, IsHtmx, RowId, SessionDep
from review_ui.serialize import review_json
from review_ui.templating import page_context, templates

router = APIRouter(tags=["review"])
Version = Annotated[int, Form(ge=1, description="the encounter version the decision is based on")]
Reason = Annotated[str, Form(max_length=32)]
ReasonText = Annotated[str, Form(max_length=4000)]  # over 500 reaches the service, which explains the limit
CodeField = Annotated[str, Form(max_length=32)]


class VersionIn(BaseModel):
    version: int = Field(ge=1, description="the encounter version the decision is based on")


class RejectIn(VersionIn):
    reason: str = Field(max_length=32, description=", ".join(review.REJECT_REASONS))
    reason_text: str = Field("", max_length=4000)


class CorrectIn(VersionIn):
    code: str = Field(max_length=32)
    system: str | None = None
    modifiers: list[str] = Field(default_factory=list, max_length=8)
    units: int | None = None


class AddIn(CorrectIn):
    system: str = "ICD-10-CM"
    start: int | None = Field(None, ge=0)
    end: int | None = Field(None, ge=0)


class ReorderIn(VersionIn):
    order: list[int] = Field(max_length=200, description="every listed diagnosis id, first-listed first")


class ReopenIn(VersionIn):
    reason: str = Field("", max_length=4000)


def _modifiers(raw: str) -> list[str]:
    return [part for part in raw.replace(",", " ").split() if part][:8]


def _render(request: Request, session: SessionDep, actor: ActorDep, codes: Any, encounter_id: str, *,
            api: bool, htmx: bool, message: str = "", status: int = 200, record_view: bool = False) -> Response:
    make = open_review if record_view else build_review
    view = make(session, encounter_id=encounter_id, actor=actor, codes=codes)
    session.commit()  # release the write lock (and PostgreSQL's audit-chain lock) before rendering
    if api:
        return JSONResponse(review_json(view), status_code=status)
    context = page_context(request, view=view, message=message)
    if htmx:
        return templates.TemplateResponse(request, "review.html", context, block_name="review", status_code=status)
    if status == 200 and request.method == "POST":
        return RedirectResponse(f"/encounters/{encounter_id}", status_code=303)
    return templates.TemplateResponse(request, "review.html", context, status_code=status)


def _act(request: Request, session: SessionDep, actor: ActorDep, codes: Any, encounter_id: str,
         change: Callable[[], object], *, api: bool, htmx: bool, done: str) -> Response:
    try:
        change()
        session.commit()  # the decision and its audit event are durable before the fresh view is built
    except StaleVersionError as error:
        session.rollback()
        if api:
            view = build_review(session, encounter_id=encounter_id, actor=actor, codes=codes)
            return JSONResponse({**error.to_dict(), "encounter": review_json(view, include_text=False)},
                                status_code=409)
        return _render(request, session, actor, codes, encounter_id, api=False, htmx=htmx, message=error.message,
                       status=409)
    return _render(request, session, actor, codes, encounter_id, api=api, htmx=htmx, message=done)


@router.get("/encounters/{encounter_id}", include_in_schema=False)
def review_page(request: Request, encounter_id: str, session: SessionDep, actor: ActorDep, codes: CodesDep,
                htmx: IsHtmx) -> Response:
    return _render(request, session, actor, codes, encounter_id, api=False, htmx=False, record_view=True)


@router.get("/api/encounters/{encounter_id}", tags=["api"])
def review_api(request: Request, encounter_id: str, session: SessionDep, actor: ActorDep,
               codes: CodesDep) -> Response:
    """The encounter with note text, suggestions, listed codes, validation issues (records a note.view)."""
    return _render(request, session, actor, codes, encounter_id, api=True, htmx=False, record_view=True)


# --- HTML forms / HTMX -------------------------------------------------------------------------------------

@router.post("/encounters/{encounter_id}/suggestions/{suggestion_id}/accept", include_in_schema=False,
             dependencies=[CsrfDep])
def accept_form(request: Request, encounter_id: str, suggestion_id: RowId, version: Version, session: SessionDep,
                actor: ActorDep, codes: CodesDep, htmx: IsHtmx) -> Response:
    return _act(request, session, actor, codes, encounter_id, lambda: review.accept(
        session=session, encounter_id=encounter_id, expected_version=version, actor=actor,
        suggestion_id=suggestion_id), api=False, htmx=htmx, done="Accepted.")


@router.post("/encounters/{encounter_id}/suggestions/{suggestion_id}/reject", include_in_schema=False,
             dependencies=[CsrfDep])
def reject_form(request: Request, encounter_id: str, suggestion_id: RowId, version: Version, reason: Reason,
                session: SessionDep, actor: ActorDep, codes: CodesDep, htmx: IsHtmx,
                reason_text: ReasonText = "") -> Response:
    return _act(request, session, actor, codes, encounter_id, lambda: review.reject(
        session=session, encounter_id=encounter_id, expected_version=version, actor=actor,
        suggestion_id=suggestion_id, reason=reason, reason_text=reason_text), api=False, htmx=htmx,
        done="Rejected.")


@router.post("/encounters/{encounter_id}/suggestions/{suggestion_id}/correct", include_in_schema=False,
             dependencies=[CsrfDep])
def correct_form(request: Request, encounter_id: str, suggestion_id: RowId, version: Version, code: CodeField,
                 session: SessionDep, actor: ActorDep, codes: CodesDep, htmx: IsHtmx,
                 modifiers: Annotated[str, Form(max_length=64)] = "",
                 units: Annotated[int | None, Form()] = None) -> Response:
    return _act(request, session, actor, codes, encounter_id, lambda: review.correct(
        session=session, encounter_id=encounter_id, expected_version=version, actor=actor, codes=codes,
        suggestion_id=suggestion_id, code=code, modifiers=_modifiers(modifiers), units=units),
        api=False, htmx=htmx, done=f"Changed to {code.strip().upper()}.")


@router.post("/encounters/{encounter_id}/codes", include_in_schema=False, dependencies=[CsrfDep])
def add_form(request: Request, encounter_id: str, version: Version, code: CodeField, session: SessionDep,
             actor: ActorDep, codes: CodesDep, htmx: IsHtmx, system: Annotated[str, Form(max_length=16)] = "ICD-10-CM",
             start: Annotated[int | None, Form(ge=0)] = None, end: Annotated[int | None, Form(ge=0)] = None,
             modifiers: Annotated[str, Form(max_length=64)] = "",
             units: Annotated[int | None, Form()] = None) -> Response:
    return _act(request, session, actor, codes, encounter_id, lambda: review.add(
        session=session, encounter_id=encounter_id, expected_version=version, actor=actor, codes=codes,
        system=system, code=code, start=start, end=end, modifiers=_modifiers(modifiers), units=units),
        api=False, htmx=htmx, done=f"Added {code.strip().upper()}.")


@router.post("/encounters/{encounter_id}/codes/{code_id}/correct", include_in_schema=False, dependencies=[CsrfDep])
def correct_code_form(request: Request, encounter_id: str, code_id: RowId, version: Version, code: CodeField,
                      session: SessionDep, actor: ActorDep, codes: CodesDep, htmx: IsHtmx,
                      modifiers: Annotated[str, Form(max_length=64)] = "",
                      units: Annotated[int | None, Form()] = None) -> Response:
    return _act(request, session, actor, codes, encounter_id, lambda: review.correct(
        session=session, encounter_id=encounter_id, expected_version=version, actor=actor, codes=codes,
        encounter_code_id=code_id, code=code, modifiers=_modifiers(modifiers), units=units),
        api=False, htmx=htmx, done="Code updated.")


@router.post("/encounters/{encounter_id}/codes/{code_id}/remove", include_in_schema=False, dependencies=[CsrfDep])
def remove_form(request: Request, encounter_id: str, code_id: RowId, version: Version, session: SessionDep,
                actor: ActorDep, codes: CodesDep, htmx: IsHtmx) -> Response:
    return _act(request, session, actor, codes, encounter_id, lambda: review.remove(
        session=session, encounter_id=encounter_id, expected_version=version, actor=actor,
        encounter_code_id=code_id), api=False, htmx=htmx, done="Removed.")


@router.post("/encounters/{encounter_id}/codes/{code_id}/move", include_in_schema=False, dependencies=[CsrfDep])
def move_form(request: Request, encounter_id: str, code_id: RowId, version: Version,
              offset: Annotated[int, Form(ge=-50, le=50)], session: SessionDep, actor: ActorDep, codes: CodesDep,
              htmx: IsHtmx) -> Response:
    return _act(request, session, actor, codes, encounter_id, lambda: review.move_diagnosis(
        session=session, encounter_id=encounter_id, expected_version=version, actor=actor,
        encounter_code_id=code_id, offset=offset), api=False, htmx=htmx, done="Order changed.")


@router.post("/encounters/{encounter_id}/undo", include_in_schema=False, dependencies=[CsrfDep])
def undo_form(request: Request, encounter_id: str, version: Version, session: SessionDep, actor: ActorDep,
              codes: CodesDep, htmx: IsHtmx) -> Response:
    return _act(request, session, actor, codes, encounter_id, lambda: review.undo(
        session=session, encounter_id=encounter_id, expected_version=version, actor=actor), api=False, htmx=htmx,
        done="Last decision undone.")


@router.post("/encounters/{encounter_id}/finalize", include_in_schema=False, dependencies=[CsrfDep])
def finalize_form(request: Request, encounter_id: str, version: Version, session: SessionDep, actor: ActorDep,
                  codes: CodesDep, htmx: IsHtmx) -> Response:
    return _act(request, session, actor, codes, encounter_id, lambda: finalize.finalize(
        session=session, encounter_id=encounter_id, expected_version=version, actor=actor, codes=codes),
        api=False, htmx=htmx, done="Finalized: the codes are now read-only.")


@router.post("/encounters/{encounter_id}/reopen", include_in_schema=False, dependencies=[CsrfDep])
def reopen_form(request: Request, encounter_id: str, version: Version, session: SessionDep, actor: ActorDep,
                codes: CodesDep, htmx: IsHtmx, reason: Annotated[str, Form(max_length=4000)] = "") -> Response:
    return _act(request, session, actor, codes, encounter_id, lambda: finalize.reopen(
        session=session, encounter_id=encounter_id, expected_version=version, actor=actor, reason=reason),
        api=False, htmx=htmx, done="Reopened.")
