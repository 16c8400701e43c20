"""QA regressions for the JSON API: every /api/ twin is documented on /api/docs (OpenAPI)."""

from __future__ import annotations

from tests.web_helpers import make_app


def test_openapi_lists_the_audit_json_twins() -> None:
    paths = make_app().openapi()["paths"]
    for path in ("/api/audit/verify", "/api/audit/samples", "/api/audit/reports/accuracy",
                 "/api/audit/encounters/{encounter_id}/history"):
        assert path in paths, path
    assert not [p for p in paths if not p.startswith("/api/")]  # HTML pages stay out of the schema


def test_absurd_row_id_in_url_is_422_not_500(session, monkeypatch) -> None:
    from tests.codes_stub import cheap_hashing
    from tests.web_helpers import api_login, seed

    cheap_hashing(monkeypatch)
    encounter_id = seed(session)
    auditor, _ = api_login(make_app(), "auditor1")
    huge = 2**63
    assert auditor.get(f"/api/audit/samples/{huge}").status_code == 422
    assert auditor.get(f"/api/audit/items/{huge}").status_code == 422
    coder, token = api_login(make_app(), "coder1")
    response = coder.post(f"/api/encounters/{encounter_id}/suggestions/{huge}/accept", json={"version": 1},
                          headers={"X-CSRF-Token": token})
    assert response.status_code == 422 and response.json()["error"] == "validation_error"
