"""Users and roles: creation, password checks (Argon2id), disable, reset, role changes."""

from __future__ import annotations

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError
from sqlalchemy import select
from sqlalchemy.orm import Session

from medcoder.audit import Actor, append_event
from medcoder.errors import NotFoundError, ValidationError
from medcoder.storage.models import ROLES, User, WebSession, utcnow

_hasher = PasswordHasher()
MIN_PASSWORD_LENGTH = 12
# A constant hash to verify against when the user does not exist, so timing does not reveal usernames.
_DUMMY_HASH = _hasher.hash("medcoder-dummy-password")


def check_password_rules(password: str, username: str = "") -> None:
    """At least 12 characters, not the username, not all one character class of digits."""
    if len(password) < MIN_PASSWORD_LENGTH:
        raise ValidationError(f"password must have at least {MIN_PASSWORD_LENGTH} characters")
    if username and username.lower() in password.lower():
        raise ValidationError("password must not contain the username")
    if password.isdigit():
        raise ValidationError("password must not be only digits")


def hash_password(password: str) -> str:
    return _hasher.hash(password)


def verify_password(password_hash: str, password: str) -> bool:
    try:
        return _hasher.verify(password_hash, password)
    except (VerificationError, InvalidHashError):
        return False


def get_user(session: Session, username: str) -> User | None:
    return session.scalar(select(User).where(User.username == username))


def _require_user(session: Session, username: str) -> User:
    user = get_user(session, username)
    if user is None:
        raise NotFoundError(f"no user named {username!r}")
    return user


def create_user(session: Session, *, username: str, password: str, role: str, actor: Actor,
                full_name: str = "") -> User:
    """Add a user; usernames are unique, roles are coder/auditor/admin."""
    username = username.strip()
    if not username or len(username) > 64 or not username.replace("-", "").replace("_", "").replace(".", "").isalnum():
        raise ValidationError("username must be 1-64 letters, digits, '.', '-' or '_'")
    if role not in ROLES:
        raise ValidationError(f"role must be one of {', '.join(ROLES)}")
    if get_user(session, username) is not None:
        raise ValidationError(f"user {username!r} already exists")
    check_password_rules(password, username)
    user = User(username=username, password_hash=hash_password(password), role=role, full_name=full_name)
    session.add(user)
    session.flush()
    append_event(session, actor=actor, action="user.create", payload={"user": username, "role": role})
    return user


def authenticate(session: Session, username: str, password: str) -> User | None:
    """The active user with this password, or None (timing does not depend on whether the user exists)."""
    user = get_user(session, username)
    if user is None:
        verify_password(_DUMMY_HASH, password)
        return None
    if not verify_password(user.password_hash, password) or not user.active:
        return None
    if _hasher.check_needs_rehash(user.password_hash):
        user.password_hash = hash_password(password)
    return user


def _keep_an_admin(session: Session, user: User) -> None:
    """Refuse to disable or demote the last active admin: nobody could manage users from the web app again."""
    if user.role != "admin" or not user.active:
        return
    others = session.scalars(select(User.id).where(User.role == "admin", User.active.is_(True),
                                                   User.id != user.id)).first()
    if others is None:
        raise ValidationError(f"{user.username} is the last active admin; add or enable another admin first")


def set_active(session: Session, *, username: str, active: bool, actor: Actor) -> User:
    """Disable or re-enable a user; disabling revokes their open sessions at once."""
    user = _require_user(session, username)
    if not active:
        _keep_an_admin(session, user)
    user.active = active
    if not active:
        for web_session in session.scalars(select(WebSession).where(WebSession.user_id == user.id)):
            web_session.revoked = True
    append_event(session, actor=actor, action="user.enable" if active else "user.disable",
                 payload={"user": username})
    return user


def reset_password(session: Session, *, username: str, password: str, actor: Actor) -> User:
    """Set a new password and end the user's sessions."""
    user = _require_user(session, username)
    check_password_rules(password, username)
    user.password_hash = hash_password(password)
    user.password_changed_at = utcnow()
    for web_session in session.scalars(select(WebSession).where(WebSession.user_id == user.id)):
        web_session.revoked = True
    append_event(session, actor=actor, action="user.reset_password", payload={"user": username})
    return user


def set_role(session: Session, *, username: str, role: str, actor: Actor) -> User:
    if role not in ROLES:
        raise ValidationError(f"role must be one of {', '.join(ROLES)}")
    user = _require_user(session, username)
    if role != "admin":
        _keep_an_admin(session, user)
    before, user.role = user.role, role
    append_event(session, actor=actor, action="user.role", payload={"user": username, "before": before, "after": role})
    return user


def list_users(session: Session) -> list[User]:
    return list(session.scalars(select(User).order_by(User.username)))
