"""Auditor web pages and their JSON twins: roles, CSRF, blind review, comparison, reports, history."""

from __future__ import annotations

import csv
import io
import re

import pytest
from argon2 import PasswordHasher

from medcoder.services import users
from tests.audit_factories import coded_encounter
from tests.factories import PASSWORD, SYSTEM
from tests.web_helpers import api_login, login, make_app

NOTE = "Assessment: essential hypertension. Type 2 diabetes on insulin."


@pytest.fixture
def web(session, monkeypatch):  # noqa: ANN001, ANN201
    """Users alice/bob (coders), audrey (auditor); alice finalized enc-1 with a code the engine never suggested."""
    monkeypatch.setattr(users, "_hasher", PasswordHasher(time_cost=1, memory_cost=1024, parallelism=1))
    made = {name: users.create_user(session, username=name, password=PASSWORD, role=role, actor=SYSTEM)
            for name, role in (("alice", "coder"), ("bob", "coder"), ("audrey", "auditor"))}
    coded_encounter(session, "enc-1", coder=made["alice"], final=["I10", "E11.9", "Z79.4"],
                    suggested=[("I10", 0.92), ("E11.9", 0.8)], text=NOTE)
    coded_encounter(session, "enc-2", coder=made["bob"], final=["I10"], text=NOTE)
    session.commit()
    return make_app()


def _sample(client, token: str) -> int:  # noqa: ANN001
    response = client.post("/api/audit/samples", headers={"X-CSRF-Token": token}, json={
        "name": "web", "method": "simple", "seed": 4, "filter": {"coder": "alice"}, "size": {"kind": "fixed",
                                                                                           "count": 1}})
    assert response.status_code == 201, response.text
    return response.json()["id"]


def test_audit_pages_forbidden_for_coder(web) -> None:
    client, _ = login(web, "alice")
    assert client.get("/audit").status_code == 403
    assert client.get("/audit/reports").status_code == 403
    api, _ = api_login(web, "alice")
    assert api.get("/api/audit/samples").status_code == 403
    assert api.get("/api/audit/encounters/enc-1/history").status_code == 403


def test_audit_post_without_csrf_refused(web) -> None:
    client, _ = login(web, "audrey")
    response = client.post("/audit/samples", data={"name": "x", "kind": "fixed", "count": "1"})
    assert response.status_code == 403
    api, _ = api_login(web, "audrey")
    assert api.post("/api/audit/samples", json={"name": "x"}).status_code == 403


def test_sample_form_calculator_and_frame(web) -> None:
    client, token = login(web, "audrey")
    page = client.get("/audit")
    assert page.status_code == 200 and "Population <strong>2</strong>" in page.text
    assert "style=" not in page.text and not re.search(r"<script(?![^>]*\bsrc=)", page.text)
    block = client.get("/audit/calculator", params={"kind": "fixed", "count": "5"}, headers={"HX-Request": "true"})
    assert block.text.strip().startswith('<p id="calc"') and "<strong>2</strong>" in block.text
    sized = client.get("/api/audit/size", params={"confidence": "90", "precision": "3", "expected_error": "5"}).json()
    assert (sized["population"], sized["size"]) == (2, 2)  # finite-population correction caps it
    created = client.post("/audit/samples", data={"csrf_token": token, "name": "Q1", "method": "stratified-coder",
                                                   "kind": "percent", "percent": "100", "seed": "8"},
                          follow_redirects=False)
    assert created.status_code == 303 and created.headers["location"] == "/audit/samples/1"
    page = client.get("/audit/samples/1")
    assert "enc-1" in page.text and "enc-2" in page.text and "0 of 2" in page.text
    frame = client.get("/audit/samples/1/frame.csv")
    assert frame.headers["content-type"].startswith("text/csv")
    rows = list(csv.DictReader(io.StringIO(frame.text)))
    assert {r["stratum"] for r in rows} == {"alice", "bob"} and all(r["selected"] == "yes" for r in rows)


def test_blind_review_then_comparison(web) -> None:
    client, token = login(web, "audrey")
    sample_id = _sample(client, token)
    item_id = client.get(f"/api/audit/samples/{sample_id}").json()["items"][0]["id"]
    blind = client.get(f"/audit/items/{item_id}")
    assert blind.status_code == 200 and "essential hypertension" in blind.text
    assert "Z79.4" not in blind.text  # the coder's added code is not shown before submission
    assert client.get(f"/api/audit/items/{item_id}/comparison").status_code == 409
    suggestion_ids = [s["id"] for s in client.get(f"/api/audit/items/{item_id}").json()["suggestions"]]
    bad = client.post(f"/audit/items/{item_id}", data={"csrf_token": token, "lines": "E11.9 | pneumonia"},
                      follow_redirects=True)
    assert "was not found in the note" in bad.text
    done = client.post(f"/audit/items/{item_id}", data={
        "csrf_token": token, "pick": [str(suggestion_ids[0])], "lines": "E11.65 | Type 2 diabetes",
        "comments": "hyperglycemia documented?"}, follow_redirects=True)
    assert done.status_code == 200 and "Z79.4" in done.text and "E11.9 &rarr; E11.65" in done.text
    assert "not correct" in done.text
    comp = client.get(f"/api/audit/items/{item_id}/comparison").json()
    assert comp["findings"]["extra"] == [{"system": "ICD-10-CM", "code": "Z79.4"}]
    again = client.post(f"/api/audit/items/{item_id}/review", headers={"X-CSRF-Token": token},
                        json={"codes": [{"system": "ICD-10-CM", "code": "I10", "evidence": ["essential"]}]})
    assert again.status_code == 409
    commented = client.post(f"/audit/items/{item_id}/comment", data={"csrf_token": token, "text": "ok"},
                            follow_redirects=True)
    assert "audrey] ok" in commented.text


def test_reports_history_and_coder_findings(web) -> None:
    client, token = login(web, "audrey")
    sample_id = _sample(client, token)
    item_id = client.get(f"/api/audit/samples/{sample_id}").json()["items"][0]["id"]
    response = client.post(f"/api/audit/items/{item_id}/review", headers={"X-CSRF-Token": token}, json={
        "codes": [{"system": "ICD-10-CM", "code": "I10", "evidence": [{"text": "essential hypertension"}]},
                  {"system": "ICD-10-CM", "code": "E11.9", "evidence": [{"text": "Type 2 diabetes"}]},
                  {"system": "ICD-10-CM", "code": "Z79.4", "evidence": [{"text": "on insulin"}]}]})
    assert response.status_code == 201 and response.json()["record_correct"] is True
    reports = client.get("/audit/reports")
    assert reports.status_code == 200 and reports.text.count("<svg") == 3 and "100.0%" in reports.text
    assert "style=" not in reports.text
    accuracy = client.get("/api/audit/reports/accuracy", params={"sample": sample_id}).json()
    assert accuracy["overall"]["records_correct"] == 1
    assert client.get("/audit/reports/accuracy.csv").text.startswith("coder,records")
    assert "engine" in client.get("/audit/reports/engine.csv").headers["content-disposition"]
    history = client.get("/audit/encounters/enc-1/history")
    assert "audit.review_submit" in history.text and "note.ingest" in history.text
    trail = client.get("/api/audit/encounters/enc-1/history").json()
    assert [e["seq"] for e in trail] == sorted(e["seq"] for e in trail)
    assert client.get("/api/audit/log", params={"action": "audit"}).json()[0]["action"] == "audit.review_submit"
    assert client.get("/api/audit/verify").json()["ok"] is True
    coder, _ = login(web, "alice")
    mine = coder.get("/audit/findings/enc-1")
    assert mine.status_code == 200 and "Record: correct" in mine.text
    assert "enc-1" in coder.get("/my/findings").text
    other, _ = login(web, "bob")
    assert other.get("/audit/findings/enc-1").status_code == 403


def test_unknown_sample_and_item_not_found(web) -> None:
    client, _ = login(web, "audrey")
    assert client.get("/audit/samples/99").status_code == 404
    assert client.get("/api/audit/items/99").status_code == 404
