"""Admin pages: users and roles (create, disable/enable, reset password, change role), with JSON twins."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Form, Request
from fastapi.responses import RedirectResponse, Response
from pydantic import BaseModel, Field

from medcoder.errors import MedcoderError
from medcoder.services import users
from review_ui.deps import ActorDep, CsrfDep, SessionDep, require_role
from review_ui.templating import page_context, templates

router = APIRouter(tags=["admin"], dependencies=[require_role("admin")])
Name = Annotated[str, Form(max_length=64)]
Secret = Annotated[str, Form(max_length=256)]


class UserIn(BaseModel):
    username: str = Field(max_length=64)
    password: str = Field(max_length=256)
    role: str = Field(max_length=16)
    full_name: str = Field("", max_length=128)


def _user_json(user) -> dict:  # noqa: ANN001
    return {"username": user.username, "full_name": user.full_name, "role": user.role, "active": user.active}


@router.get("/admin/users", include_in_schema=False)
def users_page(request: Request, session: SessionDep, message: str = "") -> Response:
    return templates.TemplateResponse(request, "admin_users.html", page_context(
        request, users=users.list_users(session), message=message[:200]))


def _refused(request: Request, session: SessionDep, error: MedcoderError, form: dict | None = None) -> Response:
    """The users page again with the error and the admin's typed values, instead of a dead-end error page."""
    session.rollback()
    return templates.TemplateResponse(request, "admin_users.html", page_context(
        request, users=users.list_users(session), error=error.message, form=form or {}), status_code=error.status)


@router.post("/admin/users", include_in_schema=False, dependencies=[CsrfDep])
def create_form(request: Request, session: SessionDep, actor: ActorDep, username: Name, password: Secret,
                role: Annotated[str, Form(max_length=16)], full_name: Annotated[str, Form(max_length=128)] = ""
                ) -> Response:
    try:
        users.create_user(session, username=username, password=password, role=role, actor=actor,
                          full_name=full_name)
    except MedcoderError as error:
        return _refused(request, session, error, {"username": username, "full_name": full_name, "role": role})
    return RedirectResponse("/admin/users?message=User+created", status_code=303)


@router.post("/admin/users/{username}/update", include_in_schema=False, dependencies=[CsrfDep])
def update_form(request: Request, username: str, session: SessionDep, actor: ActorDep,
                action: Annotated[str, Form(pattern="^(disable|enable|role|password)$")],
                role: Annotated[str, Form(max_length=16)] = "", password: Secret = "") -> Response:
    try:
        if action in ("disable", "enable"):
            users.set_active(session, username=username, active=action == "enable", actor=actor)
        elif action == "role":
            users.set_role(session, username=username, role=role, actor=actor)
        else:
            users.reset_password(session, username=username, password=password, actor=actor)
    except MedcoderError as error:
        return _refused(request, session, error)
    return RedirectResponse("/admin/users?message=Saved", status_code=303)


@router.get("/api/admin/users", tags=["api"])
def users_api(session: SessionDep) -> list[dict]:
    """All users with role and whether they may log in."""
    return [_user_json(user) for user in users.list_users(session)]


@router.post("/api/admin/users", tags=["api"], dependencies=[CsrfDep], status_code=201)
def create_api(body: UserIn, session: SessionDep, actor: ActorDep) -> dict:
    """Create a user (password: 12+ characters, not the username)."""
    return _user_json(users.create_user(session, username=body.username, password=body.password, role=body.role,
                                        actor=actor, full_name=body.full_name))


class UserUpdateIn(BaseModel):
    action: str = Field(pattern="^(disable|enable|role|password)$")
    role: str = Field("", max_length=16)
    password: str = Field("", max_length=256)


@router.post("/api/admin/users/{username}", tags=["api"], dependencies=[CsrfDep])
def update_api(username: str, body: UserUpdateIn, session: SessionDep, actor: ActorDep) -> dict:
    """Disable or enable a user (ends their sessions), change the role, or reset the password."""
    if body.action in ("disable", "enable"):
        user = users.set_active(session, username=username, active=body.action == "enable", actor=actor)
    elif body.action == "role":
        user = users.set_role(session, username=username, role=body.role, actor=actor)
    else:
        user = users.reset_password(session, username=username, password=body.password, actor=actor)
    return _user_json(user)
