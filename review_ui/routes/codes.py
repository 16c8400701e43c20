"""Code search for the type-ahead (HTML options for HTMX, JSON for the API)."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Query, Request
from fastapi.responses import Response

from medcoder.services.codes import SYSTEMS
from review_ui.deps import CodesDep, CurrentUser
from review_ui.templating import templates

router = APIRouter(tags=["codes"])
Q = Annotated[str, Query(max_length=100)]
System = Annotated[str | None, Query(max_length=16)]


def _search(codes, q: str, system: str | None, limit: int) -> list[dict]:  # noqa: ANN001
    q = q.strip()
    if len(q) < 2:
        return []
    systems = [system] if system in SYSTEMS else list(SYSTEMS)
    return [{"system": h.system, "code": h.code, "title": h.title, "billable": h.billable}
            for h in codes.search(q, systems, limit)]


@router.get("/codes/search", include_in_schema=False)
def search_options(request: Request, user: CurrentUser, codes: CodesDep, q: Q = "", system: System = None,
                   code: Q = "") -> Response:
    hits = _search(codes, q or code, system, 15)
    return templates.TemplateResponse(request, "_code_options.html", {"hits": hits})


@router.get("/api/codes/search", tags=["api"])
def search_api(user: CurrentUser, codes: CodesDep, q: Q, system: System = None,
               limit: Annotated[int, Query(ge=1, le=50)] = 20) -> list[dict]:
    """ICD-10-CM, CPT and HCPCS codes by code prefix or words."""
    return _search(codes, q, system, limit)
