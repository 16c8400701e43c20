"""`medcoder demo --no-serve`: sample notes, suggestions, demo logins; a second run duplicates nothing."""

from __future__ import annotations

import json

import pytest
from sqlalchemy import func, select
from typer.testing import CliRunner

from medcoder.cli.main import app
from medcoder.services.demo import DEMO_PASSWORD, demo_notes_path
from medcoder.services.users import authenticate
from medcoder.storage.db import session_scope
from medcoder.storage.models import AuditEvent, Encounter, Suggestion, User


def _counts() -> tuple[int, int, int, int]:
    with session_scope() as session:
        return tuple(session.scalar(select(func.count()).select_from(model))
                     for model in (Encounter, Suggestion, User, AuditEvent))


@pytest.mark.slow
def test_demo_prepares_database_and_is_idempotent(db_url) -> None:
    runner = CliRunner()
    first = runner.invoke(app, ["demo", "--no-serve"])
    assert first.exit_code == 0, first.output
    assert "http://127.0.0.1:8000/" in first.output and DEMO_PASSWORD in first.output
    notes = [json.loads(line) for line in demo_notes_path().read_text(encoding="utf-8").splitlines() if line.strip()]
    encounters, suggestions, users, events = _counts()
    assert encounters == len(notes) >= 30
    assert suggestions > encounters  # most notes get several codes
    assert users == 4
    with session_scope() as session:
        assert authenticate(session, "coder", DEMO_PASSWORD) is not None
        states = dict(session.execute(select(Encounter.state, func.count()).group_by(Encounter.state)).all())
    assert states.get("new", 0) == 0
    second = runner.invoke(app, ["demo", "--no-serve"])
    assert second.exit_code == 0, second.output
    assert _counts() == (encounters, suggestions, users, events)
