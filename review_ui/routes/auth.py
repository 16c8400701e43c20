"""Login and logout pages plus their JSON twins.

The login form has no session yet, so it is protected by a double-submit token: a random value in a
SameSite=Strict cookie that must match the form field.
"""

from __future__ import annotations

import hmac
import secrets
from typing import Annotated

from fastapi import APIRouter, Form, Request
from fastapi.responses import RedirectResponse, Response
from pydantic import BaseModel, Field

from medcoder.errors import CsrfError, MedcoderError
from medcoder.services import auth
from medcoder.settings import get_settings
from review_ui.deps import SESSION_COOKIE, AuthDep, CsrfDep, SessionDep, cookie_secure
from review_ui.templating import templates

router = APIRouter(tags=["auth"])
LOGIN_CSRF_COOKIE = "medcoder_login_csrf"


class LoginIn(BaseModel):
    username: str = Field(max_length=64)
    password: str = Field(max_length=256)


class LoginOut(BaseModel):
    username: str
    role: str
    csrf_token: str = Field(description="Send as the X-CSRF-Token header on every POST")


def _safe_next(target: str) -> str:
    """Only same-site paths (no scheme, no //host) so login cannot redirect elsewhere."""
    return target if target.startswith("/") and not target.startswith("//") and "\\" not in target else "/worklist"


def _set_session_cookie(request: Request, response: Response, token: str) -> None:
    response.set_cookie(SESSION_COOKIE, token, httponly=True, samesite="strict", secure=cookie_secure(request),
                        path="/")


def _client(request: Request) -> str:
    return request.client.host if request.client else ""


@router.get("/", include_in_schema=False)
def home() -> RedirectResponse:
    return RedirectResponse("/worklist", status_code=303)


@router.get("/login", include_in_schema=False)
def login_page(request: Request, next: str = "/worklist", expired: int = 0, error: str = "") -> Response:
    token = secrets.token_urlsafe(24)
    response = templates.TemplateResponse(request, "login.html", {
        "login_csrf": token, "next": _safe_next(next), "expired": bool(expired), "error": error[:200],
        "idle_minutes": get_settings().session_idle_minutes, "user": None, "csrf_token": None})
    response.set_cookie(LOGIN_CSRF_COOKIE, token, httponly=True, samesite="strict", secure=cookie_secure(request),
                        path="/login")
    return response


@router.post("/login", include_in_schema=False)
def login_submit(request: Request, session: SessionDep, username: Annotated[str, Form(max_length=64)],
                 password: Annotated[str, Form(max_length=256)], csrf_token: Annotated[str, Form()] = "",
                 next: Annotated[str, Form()] = "/worklist") -> Response:
    cookie = request.cookies.get(LOGIN_CSRF_COOKIE, "")
    if not cookie or not hmac.compare_digest(cookie, csrf_token):
        raise CsrfError("the login form expired; reload the page and try again")
    try:
        result = auth.login(session, username=username, password=password,
                            previous_token=request.cookies.get(SESSION_COOKIE), client=_client(request))
    except MedcoderError as error:
        session.commit()  # keep the failed attempt and its audit event: throttling must survive the error
        response = login_page(request, next=next, error=error.message)
        response.status_code = error.status
        return response
    response = RedirectResponse(_safe_next(next), status_code=303)
    _set_session_cookie(request, response, result.token)
    response.delete_cookie(LOGIN_CSRF_COOKIE, path="/login")
    return response


@router.post("/logout", include_in_schema=False, dependencies=[CsrfDep])
def logout_submit(request: Request, session: SessionDep, context: AuthDep) -> Response:
    auth.logout(session, token=request.cookies.get(SESSION_COOKIE))
    response = RedirectResponse("/login", status_code=303)
    response.delete_cookie(SESSION_COOKIE, path="/")
    return response


@router.post("/api/login", response_model=LoginOut, responses={401: {}, 429: {}})
def api_login(request: Request, session: SessionDep, body: LoginIn, response: Response) -> LoginOut:
    """Log in with JSON; the session cookie is set and the CSRF token returned for later POSTs."""
    try:
        result = auth.login(session, username=body.username, password=body.password,
                            previous_token=request.cookies.get(SESSION_COOKIE), client=_client(request))
    except MedcoderError:
        session.commit()
        raise
    _set_session_cookie(request, response, result.token)
    return LoginOut(username=result.user.username, role=result.user.role, csrf_token=result.csrf_token)


@router.post("/api/logout", status_code=204, dependencies=[CsrfDep])
def api_logout(request: Request, session: SessionDep, context: AuthDep) -> Response:
    """End the session."""
    auth.logout(session, token=request.cookies.get(SESSION_COOKIE))
    response = Response(status_code=204)
    response.delete_cookie(SESSION_COOKIE, path="/")
    return response


@router.get("/api/me", response_model=LoginOut)
def api_me(context: AuthDep) -> LoginOut:
    """Who is logged in, and the CSRF token for this session."""
    return LoginOut(username=context.user.username, role=context.user.role,
                    csrf_token=context.web_session.csrf_token)
