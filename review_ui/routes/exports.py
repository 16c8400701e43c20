"""Admin claim exports: make an 837P/CSV/FHIR file from finalized encounters and download it; JSON twins."""

from __future__ import annotations

from datetime import date
from typing import Annotated

from fastapi import APIRouter, Form, Request
from fastapi.responses import FileResponse, RedirectResponse, Response
from pydantic import BaseModel, Field

from medcoder.audit import append_event
from medcoder.billing import files
from medcoder.billing import service as billing
from medcoder.billing.registry import get_exporter
from medcoder.engine import codesets
from medcoder.errors import MedcoderError
from medcoder.settings import get_settings
from review_ui.deps import ActorDep, CsrfDep, SessionDep, require_role
from review_ui.templating import page_context, templates

router = APIRouter(tags=["exports"], dependencies=[require_role("admin")])
FORMATS = "^(837p|csv|fhir)$"


class ExportIn(BaseModel):
    format: str = Field(pattern=FORMATS)
    since: date | None = None
    encounter_ids: list[str] = Field(default_factory=list, max_length=10_000)


def _run(session, actor, fmt: str, since: date | None, encounter_ids: list[str]) -> dict:  # noqa: ANN001
    path = files.new_export_path(get_settings().export_dir, fmt)
    result = billing.export_encounters(session=session, fmt=fmt, out_path=path, actor=actor, since=since,
                                       encounter_ids=encounter_ids or None, codesets=codesets())
    export = files.export_for_file(session, path, result.sha256)
    return {"export_id": export.id, "format": fmt, "claims": len(result.claims), "file_hash": result.sha256,
            "left_out": result.failures, "messages": result.messages,
            "download": f"/api/exports/{export.id}/download"}


def _download(session, actor, export_id: int) -> FileResponse:  # noqa: ANN001
    export, path = files.export_file(session, get_settings().export_dir, export_id)
    append_event(session, actor=actor, action="export.download", payload={"export_id": export.id,
                                                                         "file_hash": export.file_hash})
    session.commit()
    return FileResponse(path, media_type=get_exporter(export.format).media_type, filename=export.file_name)


@router.get("/admin/exports", include_in_schema=False)
def exports_page(request: Request, session: SessionDep, message: str = "") -> Response:
    return templates.TemplateResponse(request, "admin_exports.html", page_context(
        request, exports=files.list_exports(session), message=message[:200]))


@router.post("/admin/exports", include_in_schema=False, dependencies=[CsrfDep])
def export_form(request: Request, session: SessionDep, actor: ActorDep,
                fmt: Annotated[str, Form(alias="format", pattern=FORMATS)],
                since: Annotated[str, Form(max_length=10)] = "",
                encounters: Annotated[str, Form(max_length=100_000)] = "") -> Response:
    try:
        since_date = date.fromisoformat(since) if since else None
    except ValueError:
        since_date = None
    ids = [part for part in encounters.replace(",", " ").split() if part]
    try:
        outcome = _run(session, actor, fmt, since_date, ids)
    except MedcoderError as error:
        session.rollback()
        return templates.TemplateResponse(request, "admin_exports.html", page_context(
            request, exports=files.list_exports(session), error=error.message), status_code=error.status)
    left_out = sum(1 for _ in outcome["left_out"])
    text = f"Export {outcome['export_id']}: {outcome['claims']} claims" + (f", {left_out} left out" if left_out else "")
    return RedirectResponse(f"/admin/exports?message={text}", status_code=303)


@router.get("/admin/exports/{export_id}/download", include_in_schema=False)
def download_page(export_id: int, session: SessionDep, actor: ActorDep) -> Response:
    return _download(session, actor, export_id)


@router.get("/api/exports", tags=["api"])
def exports_api(session: SessionDep) -> list[dict]:
    """Stored exports, newest first."""
    return files.list_exports(session)


@router.post("/api/exports", tags=["api"], dependencies=[CsrfDep], status_code=201)
def export_api(body: ExportIn, session: SessionDep, actor: ActorDep) -> dict:
    """Export finalized encounters (all, since a date, or the listed ids); failing encounters are left out."""
    return _run(session, actor, body.format, body.since, body.encounter_ids)


@router.get("/api/exports/{export_id}/download", tags=["api"])
def download_api(export_id: int, session: SessionDep, actor: ActorDep) -> Response:
    """The export file (it carries patient data: admins only, and every download is audited)."""
    return _download(session, actor, export_id)
