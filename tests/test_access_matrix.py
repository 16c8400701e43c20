"""Access control, proven route by route: every route of the app x every role -> allow or deny.

``MATRIX`` is the policy, written by hand. The test enumerates the app's real routes, so a route added
without an entry here FAILS (decide its policy, then add it). "deny" means 401/403 (or, for an anonymous
browser page, a redirect to /login); "allow" means the request got past the access checks (any other
status: 200, 303, 404, 409, 422 ...). Requests carry a valid CSRF token and a plausible body, so a role
check that runs inside the service (after body validation) is reached too.

Other tests here: a coder cannot touch an encounter assigned to someone else; an auditor cannot change
codes; a disabled user's open session dies at once; session fixation; CSRF on every state-changing route;
login throttling; password rules; security headers; production refuses the demo secret key.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import Any

import pytest
from fastapi.testclient import TestClient
from sqlalchemy import select
from sqlalchemy.orm import Session

from medcoder.errors import ValidationError
from medcoder.services import users
from medcoder.storage.models import Encounter, Suggestion, User
from tests import factories, security_figures
from tests.codes_stub import cheap_hashing
from tests.web_helpers import api_login, make_app, seed

MODULE = "access control"
ROLES = ("anonymous", "coder", "auditor", "admin")
A, D = "allow", "deny"
PUBLIC = (A, A, A, A)
LOGGED_IN = (D, A, A, A)
EDITORS = (D, A, D, A)
AUDITORS = (D, D, A, A)
ADMIN = (D, D, D, A)

# (method, path) -> expected outcome for (anonymous, coder, auditor, admin)
MATRIX: dict[tuple[str, str], tuple[str, str, str, str]] = {
    ("GET", "/api/openapi.json"): PUBLIC,
    ("GET", "/api/docs"): PUBLIC,
    ("GET", "/docs/oauth2-redirect"): PUBLIC,
    ("GET", "/"): PUBLIC,
    ("GET", "/login"): PUBLIC,
    ("POST", "/login"): PUBLIC,
    ("POST", "/api/login"): PUBLIC,
    ("POST", "/logout"): LOGGED_IN,
    ("POST", "/api/logout"): LOGGED_IN,
    ("GET", "/api/me"): LOGGED_IN,
    ("GET", "/worklist"): LOGGED_IN,
    ("GET", "/api/worklist"): LOGGED_IN,
    ("POST", "/next"): EDITORS,
    ("POST", "/api/next"): EDITORS,
    ("POST", "/encounters/{encounter_id}/assign"): ADMIN,
    ("POST", "/api/encounters/{encounter_id}/assign"): ADMIN,
    ("GET", "/encounters/{encounter_id}"): LOGGED_IN,
    ("GET", "/api/encounters/{encounter_id}"): LOGGED_IN,
    ("POST", "/encounters/{encounter_id}/suggestions/{suggestion_id}/accept"): EDITORS,
    ("POST", "/encounters/{encounter_id}/suggestions/{suggestion_id}/reject"): EDITORS,
    ("POST", "/encounters/{encounter_id}/suggestions/{suggestion_id}/correct"): EDITORS,
    ("POST", "/encounters/{encounter_id}/codes"): EDITORS,
    ("POST", "/encounters/{encounter_id}/codes/{code_id}/correct"): EDITORS,
    ("POST", "/encounters/{encounter_id}/codes/{code_id}/remove"): EDITORS,
    ("POST", "/encounters/{encounter_id}/codes/{code_id}/move"): EDITORS,
    ("POST", "/encounters/{encounter_id}/undo"): EDITORS,
    ("POST", "/encounters/{encounter_id}/finalize"): EDITORS,
    ("POST", "/encounters/{encounter_id}/reopen"): ADMIN,  # or the coder who owns it; unowned here
    ("POST", "/api/encounters/{encounter_id}/suggestions/{suggestion_id}/accept"): EDITORS,
    ("POST", "/api/encounters/{encounter_id}/suggestions/{suggestion_id}/reject"): EDITORS,
    ("POST", "/api/encounters/{encounter_id}/suggestions/{suggestion_id}/correct"): EDITORS,
    ("POST", "/api/encounters/{encounter_id}/codes"): EDITORS,
    ("POST", "/api/encounters/{encounter_id}/codes/{code_id}/correct"): EDITORS,
    ("POST", "/api/encounters/{encounter_id}/codes/{code_id}/remove"): EDITORS,
    ("POST", "/api/encounters/{encounter_id}/reorder"): EDITORS,
    ("POST", "/api/encounters/{encounter_id}/undo"): EDITORS,
    ("POST", "/api/encounters/{encounter_id}/finalize"): EDITORS,
    ("POST", "/api/encounters/{encounter_id}/reopen"): ADMIN,  # or the coder who owns it; unowned here
    ("GET", "/codes/search"): LOGGED_IN,
    ("GET", "/api/codes/search"): LOGGED_IN,
    ("GET", "/admin/users"): ADMIN,
    ("POST", "/admin/users"): ADMIN,
    ("POST", "/admin/users/{username}/update"): ADMIN,
    ("GET", "/api/admin/users"): ADMIN,
    ("GET", "/admin/exports"): ADMIN,
    ("POST", "/admin/exports"): ADMIN,
    ("GET", "/admin/exports/{export_id}/download"): ADMIN,
    ("GET", "/api/exports"): ADMIN,
    ("POST", "/api/exports"): ADMIN,
    ("GET", "/api/exports/{export_id}/download"): ADMIN,
    ("POST", "/api/admin/users"): ADMIN,
    ("POST", "/api/admin/users/{username}"): ADMIN,
    ("GET", "/api/audit/size"): AUDITORS,
    ("GET", "/api/audit/samples"): AUDITORS,
    ("POST", "/api/audit/samples"): AUDITORS,
    ("GET", "/api/audit/samples/{sample_id}"): AUDITORS,
    ("GET", "/api/audit/items/{item_id}"): AUDITORS,
    ("POST", "/api/audit/items/{item_id}/review"): AUDITORS,
    ("GET", "/api/audit/items/{item_id}/comparison"): AUDITORS,
    ("POST", "/api/audit/items/{item_id}/comment"): AUDITORS,
    ("GET", "/api/audit/reports/accuracy"): AUDITORS,
    ("GET", "/api/audit/reports/engine"): AUDITORS,
    ("GET", "/api/audit/log"): AUDITORS,
    ("GET", "/api/audit/encounters/{encounter_id}/history"): AUDITORS,
    ("GET", "/api/audit/encounters/{encounter_id}/findings"): LOGGED_IN,
    ("GET", "/api/audit/verify"): AUDITORS,
    ("GET", "/audit"): AUDITORS,
    ("GET", "/audit/calculator"): AUDITORS,
    ("POST", "/audit/samples"): AUDITORS,
    ("GET", "/audit/samples/{sample_id}"): AUDITORS,
    ("GET", "/audit/samples/{sample_id}/frame.csv"): AUDITORS,
    ("GET", "/audit/items/{item_id}"): AUDITORS,
    ("POST", "/audit/items/{item_id}"): AUDITORS,
    ("POST", "/audit/items/{item_id}/comment"): AUDITORS,
    ("GET", "/audit/reports"): AUDITORS,
    ("GET", "/audit/reports/{kind}.csv"): AUDITORS,
    ("GET", "/audit/log"): AUDITORS,
    ("GET", "/audit/encounters/{encounter_id}/history"): AUDITORS,
    ("GET", "/audit/findings/{encounter_id}"): LOGGED_IN,
    ("GET", "/my/findings"): LOGGED_IN,
}
OPTIONAL = {("GET", "/docs/oauth2-redirect")}  # FastAPI adds it with the docs page; the policy holds if present
# Body fields every form/JSON route might need; unknown fields are ignored by the app.
BODY: dict[str, Any] = {"version": 1, "reason": "other", "reason_text": "matrix", "code": "I10", "system": "ICD-10-CM",
                        "order": [], "offset": 1, "assignee": "coder1", "action": "enable", "role": "coder",
                        "password": factories.PASSWORD, "full_name": "", "name": "matrix sample", "text": "ok",
                        "method": "simple", "codes": [], "picked": [], "comments": "", "lines": ""}


@pytest.fixture(scope="module", autouse=True)
def _figures(request: pytest.FixtureRequest) -> Iterator[None]:
    yield from security_figures.module_report(request, MODULE)


def app_routes(app: Any) -> set[tuple[str, str]]:
    """(method, path) of every route, including routers FastAPI mounts lazily; HEAD twins and /static skipped."""
    found: set[tuple[str, str]] = set()

    def walk(routes: Any) -> None:
        for route in routes:
            if hasattr(route, "effective_route_contexts"):
                for context in route.effective_route_contexts():
                    found.update((m, context.path) for m in (context.methods or ()) if m != "HEAD")
            elif getattr(route, "methods", None):
                found.update((m, route.path) for m in route.methods if m != "HEAD")
            elif hasattr(route, "routes") and getattr(route, "path", "") != "/static":
                walk(route.routes)

    walk(app.routes)
    return found


@pytest.fixture
def web(session: Session, monkeypatch: pytest.MonkeyPatch) -> dict[str, Any]:
    cheap_hashing(monkeypatch)
    encounter_id = seed(session)
    app = make_app()
    clients: dict[str, tuple[TestClient, str]] = {"anonymous": (TestClient(app, follow_redirects=False), "")}
    for role, username in (("coder", "coder1"), ("auditor", "auditor1"), ("admin", "admin1")):
        client, token = api_login(app, username)
        client.follow_redirects = False
        clients[role] = (client, token)
    suggestion_id = session.scalar(select(Suggestion.id).where(Suggestion.encounter_id == encounter_id).limit(1))
    session.rollback()  # SQLite: never hold the write lock (BEGIN IMMEDIATE) while the app serves requests
    return {"app": app, "clients": clients, "encounter_id": encounter_id, "suggestion_id": suggestion_id}


def _request(web: dict[str, Any], role: str, method: str, path: str, *, csrf: bool = True) -> Any:
    client, token = web["clients"][role]
    version, code_id = _reset(web["encounter_id"])
    url = path.format(encounter_id=web["encounter_id"], suggestion_id=web["suggestion_id"], code_id=code_id,
                      username="coder2", sample_id=1, item_id=1, kind="accuracy", export_id=1)
    if path.endswith("/logout"):  # logging out must not end the session the rest of the matrix uses
        client, token = (TestClient(web["app"], follow_redirects=False), "") if role == "anonymous" else \
            api_login(web["app"], {"coder": "coder1", "auditor": "auditor1", "admin": "admin1"}[role])
    body = dict(BODY, version=version)  # current: a role check must not hide behind a stale-version 409
    if path in ("/login", "/api/login"):  # a fresh browser: logging in replaces the session a client holds
        client = TestClient(web["app"], follow_redirects=False)
        page = client.get("/login")
        token = re.search(r'name="csrf_token" value="([^"]+)"', page.text).group(1)
        body.update(username="coder2", password=factories.PASSWORD)
    headers = {"X-CSRF-Token": token} if csrf and token else {}
    if method == "GET":
        return client.get(url, headers=headers)
    if path.startswith("/api/admin/users") and method == "POST" and path.endswith("users"):
        body.update(username=f"new{role}", password="Matrix-pass-12345")
    if path.startswith("/api/"):
        return client.post(url, json=body, headers=headers)
    return client.post(url, data={k: v for k, v in body.items() if not isinstance(v, list)} | {"csrf_token": token},
                       headers=headers)


def _reset(encounter_id: str) -> tuple[int, int]:
    """Put the encounter back in review, unassigned, with one listed code: (version, code id).

    Each matrix request then meets the same state, so a role check is never hidden behind a 404 (a code an
    earlier request removed) or a 409 (an encounter an earlier request finalized).
    """
    from medcoder.storage.db import session_scope
    from medcoder.storage.models import EncounterCode

    with session_scope() as s:
        encounter = s.get(Encounter, encounter_id)
        encounter.state, encounter.assignee_id = "in_review", None
        code = s.scalar(select(EncounterCode).where(EncounterCode.encounter_id == encounter_id).limit(1))
        if code is None:
            code = EncounterCode(encounter_id=encounter_id, system="ICD-10-CM", code="I10", origin="added",
                                 description="Essential (primary) hypertension", sequence=1)
            s.add(code)
            s.flush()
        return encounter.version, code.id


def _outcome(response: Any, role: str) -> str:
    if response.status_code in (401, 403):
        return D
    if role == "anonymous" and response.status_code in (302, 303, 307) and \
            response.headers.get("location", "").startswith("/login"):
        return D
    return A


def test_access_matrix_covers_every_route(web: dict[str, Any]) -> None:
    routes = app_routes(web["app"])
    missing = sorted(routes - set(MATRIX))
    assert not missing, f"routes without an access policy in MATRIX: {missing}"
    stale = sorted(set(MATRIX) - routes - OPTIONAL)
    assert not stale, f"MATRIX entries for routes that no longer exist: {stale}"


def test_access_matrix_every_route_every_role(web: dict[str, Any]) -> None:
    wrong = []
    for (method, path), expected in sorted(MATRIX.items()):
        for role, want in zip(ROLES, expected, strict=True):
            response = _request(web, role, method, path)
            security_figures.add(MODULE, "route x role checks")
            got = _outcome(response, role)
            if got != want:
                wrong.append(f"{method} {path} as {role}: expected {want}, got {response.status_code}")
    assert not wrong, "\n".join(wrong)


def test_csrf_required_on_every_state_changing_route(web: dict[str, Any]) -> None:
    """Every POST except the login forms refuses a logged-in admin without the CSRF token."""
    unprotected = []
    for method, path in sorted(MATRIX):
        if method != "POST" or path in ("/login", "/api/login"):
            continue
        client, _ = web["clients"]["admin"]
        url = path.format(encounter_id=web["encounter_id"], suggestion_id=web["suggestion_id"], code_id=1,
                          username="coder2", sample_id=1, item_id=1, kind="accuracy", export_id=1)
        response = client.post(url, json=BODY) if path.startswith("/api/") else client.post(
            url, data={k: v for k, v in BODY.items() if not isinstance(v, list)})
        security_figures.add(MODULE, "CSRF checks")
        if response.status_code != 403:
            unprotected.append(f"{path}: {response.status_code}")
    assert not unprotected, unprotected


def test_login_form_requires_its_csrf_cookie(web: dict[str, Any]) -> None:
    client = TestClient(web["app"])
    response = client.post("/login", data={"username": "coder1", "password": factories.PASSWORD,
                                           "csrf_token": "forged"}, follow_redirects=False)
    assert response.status_code in (400, 403) or "medcoder_session" not in response.cookies


def _assign(session: Session, encounter_id: str, username: str) -> None:
    session.expire_all()
    encounter = session.get(Encounter, encounter_id)
    encounter.assignee_id = session.scalar(select(User.id).where(User.username == username))
    session.commit()


def test_coder_cannot_touch_encounter_assigned_to_another(web: dict[str, Any], session: Session) -> None:
    _assign(session, web["encounter_id"], "coder2")
    client, token = web["clients"]["coder"]
    version = session.get(Encounter, web["encounter_id"]).version
    session.rollback()
    response = client.post(f"/api/encounters/{web['encounter_id']}/suggestions/{web['suggestion_id']}/accept",
                           json={"version": version}, headers={"X-CSRF-Token": token})
    assert response.status_code == 403 and "assigned to another coder" in response.json()["message"]
    admin, admin_token = web["clients"]["admin"]
    ok = admin.post(f"/api/encounters/{web['encounter_id']}/suggestions/{web['suggestion_id']}/accept",
                    json={"version": version}, headers={"X-CSRF-Token": admin_token})
    assert ok.status_code == 200, ok.text  # an admin may


def test_auditor_cannot_change_codes(web: dict[str, Any], session: Session) -> None:
    client, token = web["clients"]["auditor"]
    version = session.get(Encounter, web["encounter_id"]).version
    session.rollback()
    base = f"/api/encounters/{web['encounter_id']}"
    for path, body in ((f"/suggestions/{web['suggestion_id']}/accept", {"version": version}),
                       ("/codes", {"version": version, "code": "I10", "system": "ICD-10-CM"}),
                       ("/finalize", {"version": version})):
        response = client.post(base + path, json=body, headers={"X-CSRF-Token": token})
        assert response.status_code == 403, (path, response.text)
    session.expire_all()
    assert session.get(Encounter, web["encounter_id"]).version == version  # nothing changed
    session.rollback()


def test_disabled_user_loses_open_session_at_once(web: dict[str, Any], session: Session) -> None:
    client, _ = web["clients"]["coder"]
    assert client.get("/api/me").status_code == 200
    admin, token = web["clients"]["admin"]
    disabled = admin.post("/api/admin/users/coder1", json={"action": "disable"}, headers={"X-CSRF-Token": token})
    assert disabled.status_code == 200, disabled.text
    assert client.get("/api/me").status_code == 401
    assert client.get("/worklist").status_code == 303  # back to the login page


def test_login_issues_a_new_session_id_no_fixation(web: dict[str, Any]) -> None:
    client = TestClient(web["app"])
    client.cookies.set("medcoder_session", "attacker-chosen-value")
    response = client.post("/api/login", json={"username": "coder2", "password": factories.PASSWORD})
    assert response.status_code == 200
    token = response.cookies.get("medcoder_session")
    assert token and token != "attacker-chosen-value" and len(token) >= 32
    second = TestClient(web["app"]).post("/api/login", json={"username": "coder2", "password": factories.PASSWORD})
    assert second.cookies.get("medcoder_session") != token  # a fresh id every login
    cookie = response.headers["set-cookie"].lower()
    assert "httponly" in cookie and "samesite=strict" in cookie


def test_session_cookie_secure_over_https(web: dict[str, Any]) -> None:
    client = TestClient(web["app"], base_url="https://testserver")
    response = client.post("/api/login", json={"username": "coder2", "password": factories.PASSWORD})
    assert response.status_code == 200 and "secure" in response.headers["set-cookie"].lower()


def test_login_throttled_after_repeated_failures(web: dict[str, Any]) -> None:
    client = TestClient(web["app"])
    statuses = [client.post("/api/login", json={"username": "coder2", "password": "wrong-password-1"}).status_code
                for _ in range(6)]
    assert statuses[:5] == [401] * 5 and statuses[5] == 429
    right = client.post("/api/login", json={"username": "coder2", "password": factories.PASSWORD})
    assert right.status_code == 429  # locked for the window even with the right password
    assert right.json()["error"] == "too_many_attempts"


@pytest.mark.parametrize("password", ["short-1A", "123456789012345", "coder9-is-my-password"])
def test_password_rules_refuse_weak_passwords(session: Session, password: str) -> None:
    with pytest.raises(ValidationError):
        users.create_user(session, username="coder9", password=password, role="coder", actor=factories.SYSTEM)


def test_security_headers_on_pages_api_and_errors(web: dict[str, Any]) -> None:
    client, _ = web["clients"]["coder"]
    for url in ("/login", "/worklist", "/api/worklist", "/api/encounters/missing", "/admin/users"):
        headers = client.get(url).headers
        assert "frame-ancestors 'none'" in headers["content-security-policy"], url
        assert headers["x-content-type-options"] == "nosniff"
        assert headers["x-frame-options"] == "DENY"
        assert headers["referrer-policy"] == "no-referrer"
        assert headers["cache-control"] == "no-store"  # PHI pages never cached


def test_static_files_are_cacheable_and_api_docs_allow_swagger_styles(web: dict[str, Any]) -> None:
    client, _ = web["clients"]["anonymous"]
    static = client.get("/static/app.css")
    assert static.status_code == 200 and static.headers["x-content-type-options"] == "nosniff"
    assert "cache-control" not in static.headers  # no PHI in static files; browsers may keep them
    docs = client.get("/api/docs").headers["content-security-policy"]
    assert "style-src 'self' 'unsafe-inline'" in docs and "script-src 'self';" in docs


def test_production_refuses_the_demo_secret_key(monkeypatch: pytest.MonkeyPatch) -> None:
    from pydantic import ValidationError as SettingsError

    from medcoder.settings import Settings

    monkeypatch.setenv("MEDCODER_ENVIRONMENT", "production")
    monkeypatch.delenv("MEDCODER_SECRET_KEY", raising=False)
    with pytest.raises(SettingsError, match="MEDCODER_SECRET_KEY"):
        Settings()
    monkeypatch.setenv("MEDCODER_SECRET_KEY", "x" * 40)
    assert Settings().environment == "production"


def test_error_pages_are_structured_json_under_api(web: dict[str, Any]) -> None:
    client, _ = web["clients"]["anonymous"]
    body = client.get("/api/worklist").json()
    assert body["error"] == "unauthenticated" and body["message"]
    assert re.fullmatch(r"[a-z_]+", body["error"])
