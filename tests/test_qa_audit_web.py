"""QA regressions for the blind re-review: codes must exist, and a refused submission keeps the auditor's work."""

from __future__ import annotations

from tests.test_audit_web import _sample, web  # noqa: F401  (fixture)
from tests.web_helpers import login


def _item(client, token: str) -> int:  # noqa: ANN001
    return client.get(f"/api/audit/samples/{_sample(client, token)}").json()["items"][0]["id"]


def test_blind_review_form_refuses_unknown_code_and_keeps_ticks_and_lines(web) -> None:  # noqa: F811
    client, token = login(web, "audrey")
    item_id = _item(client, token)
    first = client.get(f"/api/audit/items/{item_id}").json()["suggestions"][0]["id"]
    response = client.post(f"/audit/items/{item_id}", data={
        "csrf_token": token, "pick": [str(first)], "lines": "Q99.999 | essential hypertension",
        "comments": "check the HTN"})
    assert response.status_code == 422 and "Q99.999" in response.text and "not in the loaded" in response.text
    assert f'value="{first}" checked' in response.text  # the tick survives
    assert "Q99.999 | essential hypertension</textarea>" in response.text
    assert "check the HTN</textarea>" in response.text
    assert client.get(f"/api/audit/items/{item_id}/comparison").status_code == 409  # nothing was stored


def test_blind_review_api_refuses_unknown_code(web) -> None:  # noqa: F811
    client, token = login(web, "audrey")
    item_id = _item(client, token)
    response = client.post(f"/api/audit/items/{item_id}/review", headers={"X-CSRF-Token": token}, json={
        "codes": [{"system": "ICD-10-CM", "code": "Q99.999", "evidence": [{"text": "essential hypertension"}]}]})
    assert response.status_code == 422 and response.json()["error"] == "unknown_code"
