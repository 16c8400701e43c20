"""API robustness: schemathesis generates requests from the app's own OpenAPI schema (in-process ASGI).

Every operation is called with bounded examples as a logged-in admin with a valid CSRF token, on a database
holding users and an encounter. Whatever the input: no 5xx response, and every error is a structured JSON
message ``{"error": <stable code>, "message": ...}``.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import Any

import pytest
from hypothesis import HealthCheck, settings

from tests import security_figures
from tests.codes_stub import cheap_hashing
from tests.web_helpers import api_login, make_app, seed

schemathesis = pytest.importorskip("schemathesis")

MODULE = "API fuzzing (schemathesis)"
APP = make_app()
schema = schemathesis.openapi.from_asgi("/api/openapi.json", APP)
# Logging out would end the admin session the rest of the run uses; login itself is fuzzed anonymously below.
schema = schema.exclude(path_regex=r"^/api/logout$")
STARLETTE_STATUSES = {400, 404, 405, 413, 415}
DECLARED = {path: {m.upper() for m in ops} for path, ops in schema.raw_schema["paths"].items()}


@pytest.fixture(scope="module", autouse=True)
def _figures(request: pytest.FixtureRequest) -> Iterator[None]:
    yield from security_figures.module_report(request, MODULE)


@pytest.fixture
def admin(session: Any, monkeypatch: pytest.MonkeyPatch) -> dict[str, Any]:
    cheap_hashing(monkeypatch)
    seed(session)
    session.rollback()
    client, token = api_login(APP, "admin1")
    return {"cookies": dict(client.cookies), "headers": {"X-CSRF-Token": token}}


def _check(response: Any, label: str) -> None:
    security_figures.add(MODULE, "requests fuzzed")
    assert response.status_code < 500, (label, response.status_code, response.text[:300])
    if response.status_code >= 400:
        security_figures.add(MODULE, "error responses checked")
        body = response.json()
        if set(body) == {"detail"} and response.status_code in STARLETTE_STATUSES:
            # Starlette's own HTTPException (unparseable body, unknown path/method): reported, see the xfail below
            security_figures.add(MODULE, "unstructured framework errors (reported)")
            return
        assert isinstance(body, dict) and isinstance(body.get("message"), str), (label, body)
        assert re.fullmatch(r"[a-z_]+", str(body.get("error", ""))), (label, body)


@schema.parametrize()
@settings(max_examples=10, deadline=None, suppress_health_check=list(HealthCheck))
def test_api_no_server_errors_and_structured_errors(case: Any, admin: dict[str, Any]) -> None:
    response = case.call(headers=admin["headers"], cookies=admin["cookies"])
    if case.method.upper() not in DECLARED.get(case.path, set()):
        # A method the path does not have (schemathesis tries TRACE, PUT ...): FastAPI's own 405; see the
        # xfail test below for its body. Still never a server error.
        security_figures.add(MODULE, "requests fuzzed")
        assert response.status_code == 405, (case.method, case.path, response.status_code)
        return
    _check(response, f"{case.method} {case.path}")


def test_api_unknown_path_and_method_errors_are_structured(admin: dict[str, Any]) -> None:
    from fastapi.testclient import TestClient

    client = TestClient(APP, cookies=admin["cookies"])
    for response in (client.get("/api/no-such-thing"), client.request("TRACE", "/api/login"),
                     client.post("/api/login", content=b"{not json", headers={"content-type": "application/json"})):
        body = response.json()
        assert response.status_code in (400, 404, 405, 422) and body.get("error") and body.get("message"), body
