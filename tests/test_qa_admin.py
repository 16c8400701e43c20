"""QA regressions for the admin users page: errors keep the admin on the page, the last admin stays."""

from __future__ import annotations

import pytest

from medcoder.errors import ValidationError
from medcoder.services import users
from tests.codes_stub import cheap_hashing
from tests.factories import SYSTEM, user
from tests.web_helpers import login, make_app, seed


@pytest.fixture
def app(session, monkeypatch):
    cheap_hashing(monkeypatch)
    seed(session)
    return make_app()


def test_admin_add_duplicate_user_stays_on_users_page_with_typed_values(app):
    admin, token = login(app, "admin1")
    response = admin.post("/admin/users", data={"username": "coder1", "full_name": "Second Casey",
                                                 "password": "Another-pass-99", "role": "auditor",
                                                 "csrf_token": token})
    assert response.status_code == 422
    assert "already exists" in response.text and "Add a user" in response.text
    assert 'value="Second Casey"' in response.text and "<option selected>auditor</option>" in response.text
    assert "Another-pass-99" not in response.text  # never echo a password


def test_admin_short_password_reset_shows_error_on_users_page(app):
    admin, token = login(app, "admin1")
    response = admin.post("/admin/users/coder1/update", data={"action": "password", "password": "short",
                                                              "csrf_token": token})
    assert response.status_code == 422 and "at least 12 characters" in response.text
    assert "Users and roles" in response.text


def test_last_active_admin_cannot_be_disabled_or_demoted(session):
    user(session, "boss", "admin")
    with pytest.raises(ValidationError, match="last active admin"):
        users.set_active(session, username="boss", active=False, actor=SYSTEM)
    with pytest.raises(ValidationError, match="last active admin"):
        users.set_role(session, username="boss", role="coder", actor=SYSTEM)
    user(session, "boss2", "admin")
    users.set_role(session, username="boss", role="coder", actor=SYSTEM)  # another admin remains
    assert users.set_active(session, username="boss", active=False, actor=SYSTEM).active is False


def test_admin_disabling_themselves_as_last_admin_is_refused_in_web_app(app):
    admin, token = login(app, "admin1")
    response = admin.post("/admin/users/admin1/update", data={"action": "disable", "csrf_token": token})
    assert response.status_code == 422 and "last active admin" in response.text
    assert admin.get("/api/me").status_code == 200  # still logged in
