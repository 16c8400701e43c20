"""JSON twins of the review decisions: same services, same checks (session cookie + X-CSRF-Token header)."""

from __future__ import annotations

from fastapi import APIRouter, Request
from fastapi.responses import Response

from medcoder.services import finalize, review
from review_ui.deps import ActorDep, CodesDep, CsrfDep, RowId, SessionDep
from review_ui.routes.review import AddIn, CorrectIn, RejectIn, ReopenIn, ReorderIn, VersionIn, _act

router = APIRouter(prefix="/api/encounters/{encounter_id}", tags=["api"], dependencies=[CsrfDep],
                   responses={403: {"description": "forbidden or bad CSRF token"}, 404: {}, 409: {
                       "description": "stale_version (with the fresh encounter) or invalid_state"},
                              422: {"description": "validation_error or unknown_code"}})


@router.post("/suggestions/{suggestion_id}/accept")
def accept(request: Request, encounter_id: str, suggestion_id: RowId, body: VersionIn, session: SessionDep,
           actor: ActorDep, codes: CodesDep) -> Response:
    """Accept a suggestion: its code joins the encounter's code list with the engine's evidence."""
    return _act(request, session, actor, codes, encounter_id, lambda: review.accept(
        session=session, encounter_id=encounter_id, expected_version=body.version, actor=actor,
        suggestion_id=suggestion_id), api=True, htmx=False, done="")


@router.post("/suggestions/{suggestion_id}/reject")
def reject(request: Request, encounter_id: str, suggestion_id: RowId, body: RejectIn, session: SessionDep,
           actor: ActorDep, codes: CodesDep) -> Response:
    """Reject a suggestion with a reason code (``other`` needs ``reason_text``)."""
    return _act(request, session, actor, codes, encounter_id, lambda: review.reject(
        session=session, encounter_id=encounter_id, expected_version=body.version, actor=actor,
        suggestion_id=suggestion_id, reason=body.reason, reason_text=body.reason_text), api=True, htmx=False,
        done="")


@router.post("/suggestions/{suggestion_id}/correct")
def correct(request: Request, encounter_id: str, suggestion_id: RowId, body: CorrectIn, session: SessionDep,
            actor: ActorDep, codes: CodesDep) -> Response:
    """Replace the suggested code (keeps its evidence); CPT/HCPCS may carry modifiers and units."""
    return _act(request, session, actor, codes, encounter_id, lambda: review.correct(
        session=session, encounter_id=encounter_id, expected_version=body.version, actor=actor, codes=codes,
        suggestion_id=suggestion_id, code=body.code, system=body.system, modifiers=body.modifiers,
        units=body.units), api=True, htmx=False, done="")


@router.post("/codes")
def add(request: Request, encounter_id: str, body: AddIn, session: SessionDep, actor: ActorDep,
        codes: CodesDep) -> Response:
    """Add a code the engine missed, optionally with evidence offsets into the note text."""
    return _act(request, session, actor, codes, encounter_id, lambda: review.add(
        session=session, encounter_id=encounter_id, expected_version=body.version, actor=actor, codes=codes,
        system=body.system, code=body.code, start=body.start, end=body.end, modifiers=body.modifiers,
        units=body.units), api=True, htmx=False, done="")


@router.post("/codes/{code_id}/correct")
def correct_code(request: Request, encounter_id: str, code_id: RowId, body: CorrectIn, session: SessionDep,
                 actor: ActorDep, codes: CodesDep) -> Response:
    """Change a listed code, its modifiers or units."""
    return _act(request, session, actor, codes, encounter_id, lambda: review.correct(
        session=session, encounter_id=encounter_id, expected_version=body.version, actor=actor, codes=codes,
        encounter_code_id=code_id, code=body.code, system=body.system, modifiers=body.modifiers,
        units=body.units), api=True, htmx=False, done="")


@router.post("/codes/{code_id}/remove")
def remove(request: Request, encounter_id: str, code_id: RowId, body: VersionIn, session: SessionDep,
           actor: ActorDep, codes: CodesDep) -> Response:
    """Take a code off the list (its suggestion, if any, is pending again)."""
    return _act(request, session, actor, codes, encounter_id, lambda: review.remove(
        session=session, encounter_id=encounter_id, expected_version=body.version, actor=actor,
        encounter_code_id=code_id), api=True, htmx=False, done="")


@router.post("/reorder")
def reorder(request: Request, encounter_id: str, body: ReorderIn, session: SessionDep, actor: ActorDep,
            codes: CodesDep) -> Response:
    """Set the diagnosis claim order."""
    return _act(request, session, actor, codes, encounter_id, lambda: review.reorder(
        session=session, encounter_id=encounter_id, expected_version=body.version, actor=actor, order=body.order),
        api=True, htmx=False, done="")


@router.post("/undo")
def undo(request: Request, encounter_id: str, body: VersionIn, session: SessionDep, actor: ActorDep,
         codes: CodesDep) -> Response:
    """Reverse the last decision."""
    return _act(request, session, actor, codes, encounter_id, lambda: review.undo(
        session=session, encounter_id=encounter_id, expected_version=body.version, actor=actor), api=True,
        htmx=False, done="")


@router.post("/finalize")
def finalize_encounter(request: Request, encounter_id: str, body: VersionIn, session: SessionDep, actor: ActorDep,
                       codes: CodesDep) -> Response:
    """Finalize: every suggestion decided, at least one diagnosis, no validation error."""
    return _act(request, session, actor, codes, encounter_id, lambda: finalize.finalize(
        session=session, encounter_id=encounter_id, expected_version=body.version, actor=actor, codes=codes),
        api=True, htmx=False, done="")


@router.post("/reopen")
def reopen(request: Request, encounter_id: str, body: ReopenIn, session: SessionDep, actor: ActorDep,
           codes: CodesDep) -> Response:
    """Reopen a finalized or exported encounter (owner coder or admin)."""
    return _act(request, session, actor, codes, encounter_id, lambda: finalize.reopen(
        session=session, encounter_id=encounter_id, expected_version=body.version, actor=actor,
        reason=body.reason), api=True, htmx=False, done="")
