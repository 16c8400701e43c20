"""QA regression: after the session ends mid-action, logging in again returns to the page, not the POST action."""

from __future__ import annotations

from fastapi.testclient import TestClient

from tests.web_helpers import make_app


def test_expired_htmx_action_returns_to_the_page_after_login() -> None:
    client = TestClient(make_app(), base_url="http://testserver")
    response = client.post("/encounters/enc-1/suggestions/7/accept", data={"version": "1"},
                           headers={"HX-Request": "true", "HX-Current-URL": "http://testserver/encounters/enc-1"})
    assert response.status_code == 401
    assert response.headers["HX-Redirect"].startswith("/login?next=/encounters/enc-1")
    assert "accept" not in response.headers["HX-Redirect"]


def test_plain_form_post_without_session_returns_to_worklist_and_get_keeps_its_path() -> None:
    client = TestClient(make_app(), base_url="http://testserver")
    post = client.post("/encounters/enc-1/finalize", data={"version": "1"}, follow_redirects=False)
    assert post.headers["location"].startswith("/login?next=/worklist")
    page = client.get("/encounters/enc-1", follow_redirects=False)
    assert page.headers["location"].startswith("/login?next=/encounters/enc-1")
