"""Login, throttling, sessions (fixation, idle expiry, logout), CSRF and security headers."""

from __future__ import annotations

from datetime import timedelta

import pytest
from sqlalchemy import select

from medcoder.settings import get_settings
from medcoder.storage.models import AuditEvent, WebSession, utcnow
from tests import factories
from tests.codes_stub import cheap_hashing
from tests.web_helpers import _CSRF, login, make_app, seed


@pytest.fixture
def app(session, monkeypatch):
    cheap_hashing(monkeypatch)
    seed(session)
    return make_app()


def _actions(session) -> list[str]:
    session.expire_all()
    actions = list(session.scalars(select(AuditEvent.action).order_by(AuditEvent.seq)))
    session.rollback()
    return actions


def _form_login(client, username: str, password: str):
    token = _CSRF.search(client.get("/login").text).group(1)
    return client.post("/login", data={"username": username, "password": password, "csrf_token": token},
                       follow_redirects=False)


def test_login_sets_strict_httponly_cookie_and_audits(app, session):
    from fastapi.testclient import TestClient

    client = TestClient(app)
    response = _form_login(client, "coder1", factories.PASSWORD)
    assert response.status_code == 303
    cookie = response.headers["set-cookie"].lower()
    assert "httponly" in cookie and "samesite=strict" in cookie and "secure" not in cookie
    assert "auth.login" in _actions(session)


def test_login_cookie_secure_over_https(app):
    from fastapi.testclient import TestClient

    client = TestClient(app, base_url="https://testserver")
    assert "secure" in _form_login(client, "coder1", factories.PASSWORD).headers["set-cookie"].lower()


def test_login_wrong_password_audited_and_refused(app, session):
    from fastapi.testclient import TestClient

    response = _form_login(TestClient(app), "coder1", "wrong-password-123")
    assert response.status_code == 401 and "wrong username or password" in response.text
    assert "auth.login_failed" in _actions(session)


def test_login_throttled_after_repeated_failures(app, session, monkeypatch):
    from fastapi.testclient import TestClient

    monkeypatch.setenv("MEDCODER_LOGIN_MAX_FAILURES", "3")
    get_settings.cache_clear()
    client = TestClient(app)
    for _ in range(3):
        assert _form_login(client, "coder1", "wrong-password-123").status_code == 401
    response = _form_login(client, "coder1", factories.PASSWORD)
    assert response.status_code == 429 and "too many failed logins" in response.text
    api = client.post("/api/login", json={"username": "coder1", "password": factories.PASSWORD})
    assert api.status_code == 429 and api.json()["error"] == "too_many_attempts"


def test_login_form_without_csrf_refused(app):
    from fastapi.testclient import TestClient

    client = TestClient(app)
    client.get("/login")
    response = client.post("/login", data={"username": "coder1", "password": factories.PASSWORD})
    assert response.status_code == 403


def test_login_new_session_id_each_time(app, session):
    client, _ = login(app, "coder1")
    first = client.cookies.get("medcoder_session")
    _form_login(client, "coder1", factories.PASSWORD)
    second = client.cookies.get("medcoder_session")
    assert first != second
    client.cookies.set("medcoder_session", first)
    assert client.get("/api/me").status_code == 401


def test_session_idle_expiry(app, session):
    client, _ = login(app, "coder1")
    session.expire_all()
    for web_session in session.scalars(select(WebSession)):
        web_session.last_seen_at = utcnow() - timedelta(minutes=16)
    session.commit()
    page = client.get("/worklist", follow_redirects=False)
    assert page.status_code == 303 and "expired=1" in page.headers["location"]
    assert client.get("/api/me").status_code == 401
    assert "15 minutes" in client.get(page.headers["location"]).text
    assert "auth.session_expired" in _actions(session)


def test_logout_ends_session(app):
    client, token = login(app, "coder1")
    assert client.post("/logout", data={"csrf_token": token}, follow_redirects=False).status_code == 303
    assert client.get("/api/me").status_code == 401


def test_logout_without_csrf_refused(app):
    client, _ = login(app, "coder1")
    assert client.post("/logout", data={}).status_code == 403
    assert client.get("/api/me").status_code == 200


def test_security_headers_on_pages(app):
    client, _ = login(app, "coder1")
    headers = client.get("/worklist").headers
    assert "script-src 'self'" in headers["content-security-policy"]
    assert "unsafe-inline" not in headers["content-security-policy"]
    assert headers["x-content-type-options"] == "nosniff" and headers["x-frame-options"] == "DENY"
    assert headers["referrer-policy"] == "no-referrer"


def test_pages_have_no_inline_script(app):
    client, _ = login(app, "coder1")
    for path in ("/worklist", "/encounters/enc-1", "/login"):
        html = client.get(path).text
        assert "<script>" not in html and "onclick=" not in html and "<script src=\"http" not in html


def test_disabled_user_session_ends(app, session):
    from medcoder.services import users

    client, _ = login(app, "coder1")
    users.set_active(session, username="coder1", active=False, actor=factories.SYSTEM)
    session.commit()
    assert client.get("/api/me").status_code == 401


def test_htmx_request_after_logout_redirects_to_login(app):
    client, token = login(app, "coder1")
    client.post("/logout", data={"csrf_token": token})
    response = client.post("/encounters/enc-1/undo", data={"version": 2, "csrf_token": token},
                           headers={"HX-Request": "true"})
    assert response.status_code == 401 and response.headers["HX-Redirect"].startswith("/login?next=")
