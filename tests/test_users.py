"""Users: Argon2 hashes, password rules, disable revokes access."""

from __future__ import annotations

import pytest

from medcoder.errors import ValidationError
from medcoder.services import users
from tests.factories import PASSWORD, SYSTEM, user


def test_create_user_stores_argon2_hash(session) -> None:
    created = user(session)
    assert created.password_hash.startswith("$argon2id$") and PASSWORD not in created.password_hash


def test_authenticate_right_and_wrong_password(session) -> None:
    user(session)
    assert users.authenticate(session, "coder1", PASSWORD) is not None
    assert users.authenticate(session, "coder1", "Wrong-password-1") is None
    assert users.authenticate(session, "nobody", PASSWORD) is None


def test_disabled_user_cannot_authenticate(session) -> None:
    user(session)
    users.set_active(session, username="coder1", active=False, actor=SYSTEM)
    assert users.authenticate(session, "coder1", PASSWORD) is None


@pytest.mark.parametrize("password", ["short", "123456789012345", "my-coder1-password"])
def test_password_rules_reject_weak(session, password: str) -> None:
    with pytest.raises(ValidationError):
        users.create_user(session, username="coder1", password=password, role="coder", actor=SYSTEM)


def test_create_user_rejects_unknown_role(session) -> None:
    with pytest.raises(ValidationError, match="role"):
        users.create_user(session, username="x", password=PASSWORD, role="superuser", actor=SYSTEM)
