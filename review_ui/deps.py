"""Request dependencies: one database session per request, the logged-in user, role checks, CSRF, HTMX.

Routes never open sessions or read settings themselves (STYLE.md "For medcoder" 2).
"""

from __future__ import annotations

import contextlib
import threading
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Annotated, Any

from fastapi import Depends, Path, Request
from fastapi.concurrency import run_in_threadpool
from sqlalchemy.orm import Session

from medcoder.audit import Actor
from medcoder.errors import AuthenticationError, PermissionDeniedError
from medcoder.services import auth
from medcoder.settings import get_settings
from medcoder.storage.db import session_factory, session_scope
from medcoder.storage.models import User

SESSION_COOKIE = "medcoder_session"
CSRF_HEADER = "X-CSRF-Token"
CSRF_FIELD = "csrf_token"
SAFE_METHODS = frozenset({"GET", "HEAD", "OPTIONS"})


_SQLITE_WRITER = threading.Lock()


def get_db() -> Iterator[Session]:
    """One transaction per request: committed when the route returns, rolled back on any error.

    The dependency has ``scope="function"``: the commit happens before the response is sent, so a client
    never sees a version or a session cookie that a following request cannot read yet. On SQLite, where
    every transaction takes the write lock (BEGIN IMMEDIATE), requests queue on an in-process lock instead
    of SQLite's polling busy-wait, which keeps waits short and fair under concurrent coders.
    """
    factory = session_factory()
    lock = _SQLITE_WRITER if factory.kw["bind"].dialect.name == "sqlite" else contextlib.nullcontext()
    with lock, session_scope(hold_connection=True) as session:
        yield session


SessionDep = Annotated[Session, Depends(get_db, scope="function")]


@dataclass(frozen=True)
class Viewer:
    username: str
    role: str
    csrf_token: str


def get_auth(request: Request, session: SessionDep) -> auth.AuthContext:
    """The caller's live session; raises AuthenticationError (-> login page or 401 JSON)."""
    try:
        context = auth.resolve(session, request.cookies.get(SESSION_COOKIE))
    except AuthenticationError:
        session.commit()  # keep the expiry (session revoked + audit event) although the request fails
        raise
    request.state.auth = context
    session.info.setdefault("medcoder_users", {})[context.user.username] = context.user  # saves a look-up
    # Plain values for templates, still usable after the request's session closed (error pages).
    request.state.viewer = Viewer(context.user.username, context.user.role, context.web_session.csrf_token)
    return context


AuthDep = Annotated[auth.AuthContext, Depends(get_auth)]


# The small dependencies below are ``async def`` on purpose: FastAPI runs a plain ``def`` dependency in the
# thread pool, and each such hop costs a thread hand-off (and a GIL hand-off under load) for one attribute read.

async def get_current_user(context: AuthDep) -> User:
    return context.user


CurrentUser = Annotated[User, Depends(get_current_user)]


async def get_actor(context: AuthDep) -> Actor:
    """The audit actor for the logged-in user."""
    return context.actor


ActorDep = Annotated[Actor, Depends(get_actor)]


def require_role(*roles: str) -> Any:
    """A dependency that lets only these roles through (server-side; the UI hiding a button is not a check)."""

    async def check(user: CurrentUser) -> User:
        if user.role not in roles:
            raise PermissionDeniedError(f"this page needs the {' or '.join(roles)} role")
        return user

    return Depends(check)


async def verify_csrf(request: Request, context: AuthDep) -> None:
    """State-changing requests must carry the session's CSRF token (header for HTMX/JSON, field for forms)."""
    if request.method in SAFE_METHODS:
        return
    supplied = request.headers.get(CSRF_HEADER)
    if not supplied and request.headers.get("content-type", "").startswith(
            ("application/x-www-form-urlencoded", "multipart/form-data")):
        form = await request.form()
        value = form.get(CSRF_FIELD)
        supplied = value if isinstance(value, str) else None
    auth.check_csrf(context, supplied)


CsrfDep = Depends(verify_csrf)


def is_htmx(request: Request) -> bool:
    """True for requests made by htmx (they get a block of the page, not the whole page)."""
    return request.headers.get("HX-Request") == "true"


async def _is_htmx_dep(request: Request) -> bool:
    return is_htmx(request)


IsHtmx = Annotated[bool, Depends(_is_htmx_dep)]


def wants_json(request: Request) -> bool:
    return request.url.path.startswith("/api/")


def cookie_secure(request: Request) -> bool:
    """Secure cookies whenever the request came over HTTPS (directly or via a trusted proxy)."""
    return request.url.scheme == "https"


async def settings_dep() -> Any:
    return get_settings()


async def get_codes() -> Any:
    """The code sets used for search and validation (loaded once per process); tests override this.

    The first call builds the object in the thread pool (it may read the index from disk); later calls return
    the cached object without leaving the event loop.
    """
    from medcoder.engine import codesets

    if codesets.cache_info().currsize:
        return codesets()
    return await run_in_threadpool(codesets)


CodesDep = Annotated[Any, Depends(get_codes)]


# A database row id in a URL: bounded so an absurd number is a 422, not a driver overflow (500).
RowId = Annotated[int, Path(ge=1, le=2_147_483_647)]
