"""Review pages and decisions over HTTP: role matrix, CSRF, stale versions, bad input, JSON twins."""

from __future__ import annotations

import re

import pytest
from sqlalchemy import func, select

from medcoder.storage.models import AuditEvent, Decision, Encounter, Suggestion
from tests.codes_stub import cheap_hashing
from tests.web_helpers import api_login, login, make_app, seed


@pytest.fixture
def app(session, monkeypatch):
    cheap_hashing(monkeypatch)
    seed(session)
    return make_app()


def _read(session, query):
    """Read, then end the transaction: SQLite's BEGIN IMMEDIATE would otherwise block the app's writes."""
    try:
        return session.scalar(query)
    finally:
        session.rollback()


def _sid(session, code: str) -> int:
    return _read(session, select(Suggestion.id).where(Suggestion.code == code))


def _version(session) -> int:
    return _read(session, select(Encounter.version).where(Encounter.id == "enc-1"))


def _decisions(session) -> int:
    return _read(session, select(func.count()).select_from(Decision))


def _accept(client, token, session, code, version=None):
    return client.post(f"/encounters/enc-1/suggestions/{_sid(session, code)}/accept",
                       data={"version": version or _version(session), "csrf_token": token},
                       headers={"HX-Request": "true"})


def test_review_page_highlights_evidence_and_records_view(app, session):
    client, _ = login(app, "coder1")
    html = client.get("/encounters/enc-1").text
    assert re.search(r'<mark class="ev" data-keys="s\d+"[^>]*title="Supports: I10">essential hypertension</mark>', html)
    assert 'class="ev negated"' in html and "Seen but not coded (1)" in html
    assert html.index(">I10<") < html.index(">99213<")  # diagnoses before procedures
    assert _read(session, select(func.count()).select_from(AuditEvent).where(AuditEvent.action == "note.view")) == 1


def test_review_accept_via_htmx_renders_review_block(app, session):
    client, token = login(app, "coder1")
    response = _accept(client, token, session, "I10")
    assert response.status_code == 200 and "<html" not in response.text and "Accepted." in response.text
    assert "✓ accepted" in response.text and _decisions(session) == 1


def test_review_accept_plain_form_redirects(app, session):
    client, token = login(app, "coder1")
    response = client.post(f"/encounters/enc-1/suggestions/{_sid(session, 'I10')}/accept",
                           data={"version": _version(session), "csrf_token": token}, follow_redirects=False)
    assert response.status_code == 303 and response.headers["location"] == "/encounters/enc-1"


def test_review_accept_without_csrf_forbidden_and_unchanged(app, session):
    client, _ = login(app, "coder1")
    response = client.post(f"/encounters/enc-1/suggestions/{_sid(session, 'I10')}/accept",
                           data={"version": _version(session)})
    assert response.status_code == 403 and _decisions(session) == 0


def test_review_accept_stale_version(app, session):
    client, token = login(app, "coder1")
    old = _version(session)
    _accept(client, token, session, "I10", old)
    response = _accept(client, token, session, "E11.9", old)
    assert response.status_code == 409 and "changed since you loaded it" in response.text
    assert f'id="enc-version">{old + 1}<' in response.text  # the fresh state comes back
    assert _decisions(session) == 1


def test_review_accept_forbidden_for_auditor_and_other_coder(app, session):
    owner, token = login(app, "coder1")
    _accept(owner, token, session, "I10")
    for name in ("auditor1", "coder2"):
        client, other_token = login(app, name)
        assert _accept(client, other_token, session, "E11.9").status_code == 403
    assert _decisions(session) == 1


def test_review_page_read_only_for_auditor(app, session):
    client, _ = login(app, "auditor1")
    html = client.get("/encounters/enc-1").text
    assert "Read-only" in html and "data-action=\"accept\"" not in html


def test_review_not_found(app):
    client, token = login(app, "coder1")
    assert client.get("/encounters/nope").status_code == 404
    assert client.get("/api/encounters/nope").json()["error"] == "not_found"
    assert client.post("/encounters/enc-1/suggestions/999999/accept",
                       data={"version": 2, "csrf_token": token}).status_code == 404


def test_review_bad_input_clear_messages_and_no_change(app, session):
    client, token = login(app, "coder1")
    v, sid = _version(session), _sid(session, "I10")
    unknown = client.post(f"/encounters/enc-1/suggestions/{sid}/correct",
                          data={"version": v, "csrf_token": token, "code": "Z99.999"}, headers={"HX-Request": "true"})
    assert unknown.status_code == 422 and "not in the loaded ICD-10-CM code set" in unknown.text
    malformed = client.post(f"/encounters/enc-1/suggestions/{sid}/accept", data={"version": "abc", "csrf_token": token})
    assert malformed.status_code == 422 and "version" in malformed.text
    huge = client.post(f"/encounters/enc-1/suggestions/{sid}/reject",
                       data={"version": v, "csrf_token": token, "reason": "other", "reason_text": "x" * 100_000})
    assert huge.status_code == 422
    long = client.post(f"/encounters/enc-1/suggestions/{sid}/reject",
                       data={"version": v, "csrf_token": token, "reason": "other", "reason_text": "x" * 600})
    assert long.status_code == 422 and "500 characters" in long.text
    assert _decisions(session) == 0 and _version(session) == v


def test_review_full_flow_then_second_finalize_refused(app, session):
    client, token = login(app, "coder1")
    for code in ("I10", "E11.9", "99213"):
        assert _accept(client, token, session, code).status_code == 200
    added = client.post("/encounters/enc-1/codes", data={"version": _version(session), "csrf_token": token,
                                                         "system": "ICD-10-CM", "code": "j45909", "start": 53,
                                                         "end": 65}, headers={"HX-Request": "true"})
    assert added.status_code == 200 and "J45.909" in added.text
    done = client.post("/encounters/enc-1/finalize", data={"version": _version(session), "csrf_token": token},
                       headers={"HX-Request": "true"})
    assert done.status_code == 200 and "Read-only" in done.text
    again = client.post("/encounters/enc-1/finalize", data={"version": _version(session), "csrf_token": token},
                        headers={"HX-Request": "true"})
    assert again.status_code == 409 and "already finalized" in again.text


def test_api_flow_and_structured_errors(app, session):
    client, token = api_login(app, "coder1")
    headers = {"X-CSRF-Token": token}
    state = client.get("/api/encounters/enc-1").json()
    version = state["encounter"]["version"]
    sid = state["suggestions"]["diagnoses"][0]["id"]
    assert client.post(f"/api/encounters/enc-1/suggestions/{sid}/accept", json={"version": version}).status_code == 403
    ok = client.post(f"/api/encounters/enc-1/suggestions/{sid}/accept", json={"version": version}, headers=headers)
    assert ok.status_code == 200 and ok.json()["codes"]["diagnoses"][0]["code"] == "I10"
    stale = client.post(f"/api/encounters/enc-1/suggestions/{sid}/accept", json={"version": version},
                        headers=headers)
    assert stale.status_code == 409 and stale.json()["error"] == "stale_version"
    assert stale.json()["encounter"]["encounter"]["version"] == version + 1
    bad = client.post("/api/encounters/enc-1/codes", json={"version": version + 1, "code": "XX"}, headers=headers)
    assert bad.status_code == 422 and bad.json()["error"] == "unknown_code"
    assert client.get("/api/openapi.json").status_code == 200


def test_admin_pages_role_matrix(app):
    coder, _ = login(app, "coder1")
    assert coder.get("/admin/users").status_code == 403
    assert coder.get("/api/admin/users").json()["error"] == "forbidden"
    admin, token = login(app, "admin1")
    assert "coder2" in admin.get("/admin/users").text
    created = admin.post("/admin/users", data={"username": "newcoder", "password": "Another-pass-99",
                                               "role": "coder", "csrf_token": token}, follow_redirects=False)
    assert created.status_code == 303
    assert any(u["username"] == "newcoder" for u in admin.get("/api/admin/users").json())
    disabled = admin.post("/api/admin/users/coder1", json={"action": "disable"}, headers={"X-CSRF-Token": token})
    assert disabled.status_code == 200 and disabled.json()["active"] is False
    assert coder.get("/api/me").status_code == 401  # the disabled coder's session ended at once
