"""Worklist filters/sort/pagination, next-encounter assignment and admin reassignment."""

from __future__ import annotations

import threading

import pytest
from sqlalchemy import select

from medcoder.audit import Actor
from medcoder.errors import PermissionDeniedError
from medcoder.services import worklist
from medcoder.storage.db import session_factory
from medcoder.storage.models import Encounter
from tests import factories
from tests.codes_stub import cheap_hashing
from tests.web_helpers import login, make_app


@pytest.fixture
def many(session, monkeypatch):
    cheap_hashing(monkeypatch)
    for name, role in (("coder1", "coder"), ("coder2", "coder"), ("auditor1", "auditor"), ("admin1", "admin")):
        factories.user(session, name, role)
    for i in range(12):
        factories.encounter_with_suggestions(session, f"enc-{i:02d}", date_of_service=f"2026-03-{i + 1:02d}",
                                             specialty="cardiology" if i % 2 else "family medicine")
    session.commit()
    return session


def test_worklist_filters_sorts_and_paginates(many):
    page = worklist.list_worklist(many, filters=worklist.WorklistFilter(specialty="cardiology"), sort="date",
                                  descending=True, page=2, page_size=4)
    assert page.total == 6 and page.pages == 2 and [r.id for r in page.rows] == ["enc-03", "enc-01"]


def test_worklist_page_past_the_end_shows_last_page(many):
    page = worklist.list_worklist(many, page=99, page_size=5)
    assert (page.page, page.pages, len(page.rows)) == (3, 3, 2)


def test_next_encounter_oldest_first_and_never_shared(many):
    first = worklist.next_encounter(many, actor=Actor("coder1", "coder"))
    second = worklist.next_encounter(many, actor=Actor("coder2", "coder"))
    assert (first.id, second.id) == ("enc-00", "enc-01")
    assert worklist.next_encounter(many, actor=Actor("coder1", "coder")).id == "enc-00"  # no hoarding


def test_next_encounter_concurrent_claims_are_distinct(many, db_url):
    many.commit()
    results: list[str] = []
    names = [f"c{i}" for i in range(6)]
    for name in names:
        factories.user(many, name, "coder")
    many.commit()

    def take(name: str) -> None:
        with session_factory(db_url)() as s:
            encounter = worklist.next_encounter(s, actor=Actor(name, "coder"))
            s.commit()
            results.append(encounter.id)

    threads = [threading.Thread(target=take, args=(name,)) for name in names]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert len(results) == 6 and len(set(results)) == 6


def test_next_encounter_forbidden_for_auditor(many):
    with pytest.raises(PermissionDeniedError):
        worklist.next_encounter(many, actor=Actor("auditor1", "auditor"))


def test_web_worklist_page_and_json(many):
    app = make_app()
    client, token = login(app, "coder1")
    html = client.get("/worklist?specialty=cardiology&date_from=&max_confidence=").text
    assert "6 encounters" in html and "enc-01" in html and "enc-00" not in html
    fragment = client.get("/worklist?sort=id&desc=true", headers={"HX-Request": "true"}).text
    assert "<html" not in fragment and fragment.index("enc-11") < fragment.index("enc-10")
    data = client.get("/api/worklist?page_size=5&page=3").json()
    assert data["total"] == 12 and len(data["rows"]) == 2
    assert client.get("/api/worklist?sort=bogus").status_code == 422


def test_web_next_and_reassign_role_matrix(many):
    app = make_app()
    coder, token = login(app, "coder1")
    response = coder.post("/next", data={"csrf_token": token}, follow_redirects=False)
    assert response.headers["location"] == "/encounters/enc-00"
    auditor, auditor_token = login(app, "auditor1")
    assert auditor.post("/api/next", headers={"X-CSRF-Token": auditor_token}).status_code == 403
    version = many.scalar(select(Encounter.version).where(Encounter.id == "enc-00"))
    many.rollback()  # end the read transaction (SQLite BEGIN IMMEDIATE would block the app)
    body = {"version": version, "assignee": "coder2"}
    assert coder.post("/api/encounters/enc-00/assign", json=body, headers={"X-CSRF-Token": token}).status_code == 403
    admin, admin_token = login(app, "admin1")
    moved = admin.post("/api/encounters/enc-00/assign", json=body, headers={"X-CSRF-Token": admin_token})
    assert moved.status_code == 200 and moved.json()["assignee"] == "coder2"
    stale = admin.post("/api/encounters/enc-00/assign", json=body, headers={"X-CSRF-Token": admin_token})
    assert stale.status_code == 409
