"""Web logins: throttled password checks, server-side sessions with idle expiry, CSRF tokens.

Why server-side sessions: logout, the 15-minute idle log-off (HIPAA automatic log-off) and disabling a user
must take effect at once, which a signed cookie alone cannot do. The cookie carries a random token; the
database stores only its SHA-256, so a leaked database does not leak live sessions.
"""

from __future__ import annotations

import hashlib
import hmac
import secrets
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta

from sqlalchemy import delete, func, select
from sqlalchemy.orm import Session

from medcoder.audit import Actor, append_event
from medcoder.errors import AuthenticationError, CsrfError, TooManyAttemptsError
from medcoder.services import users
from medcoder.settings import get_settings
from medcoder.storage.models import LoginAttempt, User, WebSession, utcnow

# last_seen_at is refreshed at most this often, so every page view is not also a session write.
TOUCH_INTERVAL = timedelta(seconds=30)


@dataclass(frozen=True)
class LoginResult:
    """The new session: ``token`` goes into the cookie (never stored), ``csrf_token`` into pages."""

    user: User
    token: str
    csrf_token: str


@dataclass(frozen=True)
class AuthContext:
    user: User
    web_session: WebSession

    @property
    def actor(self) -> Actor:
        return Actor(name=self.user.username, role=self.user.role)


def _digest(token: str) -> str:
    return hashlib.sha256(token.encode("utf-8")).hexdigest()


def _aware(at: datetime) -> datetime:
    return at.replace(tzinfo=UTC) if at.tzinfo is None else at


def recent_failures(session: Session, username: str, *, now: datetime | None = None) -> int:
    """Failed logins for ``username`` inside the lockout window."""
    settings = get_settings()
    since = (now or utcnow()) - timedelta(seconds=settings.login_lockout_seconds)
    return session.scalar(select(func.count()).select_from(LoginAttempt).where(
        LoginAttempt.username == username, LoginAttempt.success.is_(False), LoginAttempt.at >= since)) or 0


def login(session: Session, *, username: str, password: str, previous_token: str | None = None,
          client: str = "") -> LoginResult:
    """Check the password and open a new session (a new id every time: no session fixation).

    After ``login_max_failures`` failures within ``login_lockout_seconds`` the username is locked
    for the rest of the window, even for the right password. The failure itself is committed by the
    caller before the error propagates (see ``review_ui`` login route), so throttling survives rollback.
    """
    settings = get_settings()
    username = username.strip()[:64]
    system = Actor.system("auth")
    if recent_failures(session, username) >= settings.login_max_failures:
        append_event(session, actor=system, action="auth.login_throttled", payload={"user": username,
                                                                                     "client": client})
        raise TooManyAttemptsError("too many failed logins; try again later",
                                   retry_after=settings.login_lockout_seconds)
    user = users.authenticate(session, username, password)
    if user is None:
        session.add(LoginAttempt(username=username, success=False))
        append_event(session, actor=system, action="auth.login_failed", payload={"user": username,
                                                                                  "client": client})
        raise AuthenticationError("wrong username or password")
    if previous_token:
        _revoke(session, previous_token)
    session.execute(delete(LoginAttempt).where(LoginAttempt.username == username))
    token, csrf = secrets.token_urlsafe(32), secrets.token_urlsafe(32)
    web_session = WebSession(id=_digest(token), user_id=user.id, csrf_token=csrf)
    session.add(web_session)
    session.flush()
    append_event(session, actor=Actor(user.username, user.role), action="auth.login",
                 payload={"session": web_session.id[:12], "client": client})
    return LoginResult(user=user, token=token, csrf_token=csrf)


def resolve(session: Session, token: str | None, *, now: datetime | None = None) -> AuthContext:
    """The live session for a cookie token; expired, revoked or unknown tokens raise AuthenticationError."""
    if not token:
        raise AuthenticationError("please log in")
    # one round trip for the session and its user (this runs on every request)
    found = session.execute(select(WebSession, User).join(User, User.id == WebSession.user_id)
                            .where(WebSession.id == _digest(token))).first()
    if found is None or found[0].revoked:
        raise AuthenticationError("please log in")
    web_session, user = found
    now = now or utcnow()
    idle = timedelta(minutes=get_settings().session_idle_minutes)
    if now - _aware(web_session.last_seen_at) > idle:
        web_session.revoked = True
        append_event(session, actor=Actor.system("auth"), action="auth.session_expired",
                     payload={"session": web_session.id[:12], "user_id": web_session.user_id})
        raise AuthenticationError("your session expired after inactivity; please log in again", expired=True)
    if not user.active:
        raise AuthenticationError("please log in")
    if now - _aware(web_session.last_seen_at) > TOUCH_INTERVAL:
        web_session.last_seen_at = now
    return AuthContext(user=user, web_session=web_session)


def _revoke(session: Session, token: str) -> WebSession | None:
    web_session = session.get(WebSession, _digest(token))
    if web_session is not None:
        web_session.revoked = True
    return web_session


def logout(session: Session, *, token: str | None) -> None:
    """End the session at once; logging out twice is harmless."""
    if not token:
        return
    web_session = _revoke(session, token)
    if web_session is not None:
        user = session.get(User, web_session.user_id)
        actor = Actor(user.username, user.role) if user else Actor.system("auth")
        append_event(session, actor=actor, action="auth.logout", payload={"session": web_session.id[:12]})


def check_csrf(context: AuthContext, supplied: str | None) -> None:
    """Constant-time comparison of the request's token with the session's."""
    if not supplied or not hmac.compare_digest(supplied, context.web_session.csrf_token):
        raise CsrfError("missing or invalid CSRF token; reload the page and try again")
