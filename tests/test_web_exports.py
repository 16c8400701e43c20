"""Admins export claims from the web app and the JSON API, download the file, and every download is audited."""

from __future__ import annotations

from sqlalchemy import select

from medcoder.storage.db import session_scope
from medcoder.storage.models import AuditEvent, Encounter
from tests.test_billing_service import finalized
from tests.test_billing_x12 import validate_x12
from tests.web_helpers import api_login, login, make_app, seed


def _prepare(session, tmp_path, monkeypatch):  # noqa: ANN001, ANN202
    monkeypatch.setenv("MEDCODER_EXPORT_DIR", str(tmp_path / "exports"))
    from medcoder.settings import get_settings

    get_settings.cache_clear()
    seed(session)
    finalized(session, "fin-1", ["I10"], [("99213", [], [1])])
    session.commit()
    return make_app()


def test_web_export_form_then_download_837p(session, tmp_path, monkeypatch) -> None:
    app = _prepare(session, tmp_path, monkeypatch)
    client, token = login(app, "admin1")
    made = client.post("/admin/exports", data={"format": "837p", "csrf_token": token})
    assert made.status_code == 200 and "1 claims" in made.text
    link = made.text.split('href="/admin/exports/')[1].split('"')[0]
    download = client.get(f"/admin/exports/{link}")
    assert download.status_code == 200 and download.text.startswith("ISA*")
    validate_x12(download.text)
    with session_scope() as check:
        assert check.get(Encounter, "fin-1").state == "exported"
        actions = set(check.scalars(select(AuditEvent.action)))
    assert {"export.create", "export.download", "encounter.export"} <= actions


def test_api_export_json_and_second_export_leaves_nothing(session, tmp_path, monkeypatch) -> None:
    app = _prepare(session, tmp_path, monkeypatch)
    client, token = api_login(app, "admin1")
    made = client.post("/api/exports", json={"format": "csv"}, headers={"X-CSRF-Token": token})
    assert made.status_code == 201, made.text
    body = made.json()
    assert body["claims"] == 1 and body["download"].endswith("/download")
    csv_file = client.get(body["download"])
    assert csv_file.status_code == 200 and "99213" in csv_file.text
    again = client.post("/api/exports", json={"format": "csv"}, headers={"X-CSRF-Token": token})
    assert again.status_code == 422 and again.json()["error"] == "nothing_to_export"
    assert [e["id"] for e in client.get("/api/exports").json()] == [body["export_id"]]


def test_export_forbidden_for_coder(session, tmp_path, monkeypatch) -> None:
    app = _prepare(session, tmp_path, monkeypatch)
    client, token = api_login(app, "coder1")
    refused = client.post("/api/exports", json={"format": "837p"}, headers={"X-CSRF-Token": token})
    assert refused.status_code == 403
    with session_scope() as check:
        assert check.get(Encounter, "fin-1").state == "finalized"
