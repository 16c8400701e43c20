"""Shared builders for the web tests: an app on the test database with the stub code set, logged-in clients."""

from __future__ import annotations

import re

from fastapi.testclient import TestClient

from tests import factories
from tests.codes_stub import StubCodes

TEXT = "Assessment: essential hypertension. Type 2 diabetes. Office visit. Denies cough."
_CSRF = re.compile(r'name="csrf_token" value="([^"]+)"')


def make_app():  # noqa: ANN201
    from review_ui.app import create_app
    from review_ui.deps import get_codes

    app = create_app()
    stub = StubCodes()
    app.dependency_overrides[get_codes] = lambda: stub
    return app


def seed(session) -> str:  # noqa: ANN001
    """Users coder1, coder2, auditor1, admin1 and one suggested encounter ``enc-1``."""
    for name, role in (("coder1", "coder"), ("coder2", "coder"), ("auditor1", "auditor"), ("admin1", "admin")):
        factories.user(session, name, role)
    codes = [factories.suggestion("I10"),
             factories.suggestion("E11.9", evidence=[{"start": 36, "end": 51, "text": "Type 2 diabetes"}]),
             factories.suggestion("99213", system="CPT", evidence=[]),
             factories.suggestion("R05.9", assertion="negated",
                                  evidence=[{"start": 67, "end": 79, "text": "Denies cough"}])]
    encounter_id = factories.encounter_with_suggestions(session, codes=codes, text=TEXT)
    session.commit()
    return encounter_id


def login(app, username: str) -> tuple[TestClient, str]:  # noqa: ANN001
    """A client logged in through the form; returns it with the session's CSRF token."""
    client = TestClient(app, base_url="http://testserver")
    page = client.get("/login")
    token = _CSRF.search(page.text).group(1)
    response = client.post("/login", data={"username": username, "password": factories.PASSWORD,
                                           "csrf_token": token, "next": "/worklist"})
    assert response.status_code == 200, response.text[:500]
    return client, _CSRF.search(response.text).group(1)


def api_login(app, username: str) -> tuple[TestClient, str]:  # noqa: ANN001
    client = TestClient(app, base_url="http://testserver")
    response = client.post("/api/login", json={"username": username, "password": factories.PASSWORD})
    assert response.status_code == 200, response.text
    return client, response.json()["csrf_token"]
