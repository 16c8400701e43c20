"""``medcoder audit``: verify names the tampered event and exits non-zero; checkpoints; log; samples."""

from __future__ import annotations

import csv
import io
import json

import pytest
from sqlalchemy import text
from sqlalchemy.exc import DBAPIError, IntegrityError
from typer.testing import CliRunner

from medcoder.audit import Actor, append_event
from medcoder.cli.main import app
from medcoder.settings import get_settings
from tests.audit_factories import coded_encounter, fast_user

runner = CliRunner()
ACTOR = Actor(name="coder1", role="coder")


def _append(session, n: int) -> None:
    for i in range(n):
        append_event(session, actor=ACTOR, action="decision.accept", encounter_id=f"enc-{i % 2}",
                     payload={"code": "I10", "i": i})
    session.commit()


def _drop_triggers(session) -> None:
    if session.get_bind().dialect.name == "postgresql":
        session.execute(text("ALTER TABLE audit_events DISABLE TRIGGER USER"))
    else:
        session.execute(text("DROP TRIGGER audit_events_no_update"))
        session.execute(text("DROP TRIGGER audit_events_no_delete"))


def test_verify_ok_exit_zero(session) -> None:
    _append(session, 3)
    result = runner.invoke(app, ["audit", "verify"])
    assert result.exit_code == 0, result.output
    assert "ok: 3 events" in result.output


def test_verify_altered_row_fails_naming_event(session) -> None:
    _append(session, 5)
    _drop_triggers(session)
    session.execute(text("UPDATE audit_events SET actor = 'mallory' WHERE seq = 4"))
    session.commit()
    result = runner.invoke(app, ["audit", "verify"])
    assert result.exit_code == 4
    assert "event 4" in result.output and "altered" in result.output


def test_verify_deleted_row_fails_naming_event(session) -> None:
    _append(session, 5)
    _drop_triggers(session)
    session.execute(text("DELETE FROM audit_events WHERE seq = 2"))
    session.commit()
    result = runner.invoke(app, ["audit", "verify"])
    assert result.exit_code == 4 and "event 2" in result.output


def test_verify_rewritten_chain_caught_by_checkpoint(session, tmp_path, monkeypatch) -> None:
    """A forger who rewrites an event and re-hashes everything after it passes a bare verify, not a checkpoint."""
    monkeypatch.setenv("MEDCODER_AUDIT_HMAC_KEY", "k" * 32)
    get_settings.cache_clear()
    _append(session, 3)
    path = tmp_path / "cp.json"
    assert runner.invoke(app, ["audit", "checkpoint", "-o", str(path)]).exit_code == 0
    assert "hmac" in json.loads(path.read_text())
    _drop_triggers(session)
    session.execute(text("DELETE FROM audit_events WHERE seq >= 2"))
    session.commit()
    forged = Actor(name="mallory", role="coder")
    append_event(session, actor=forged, action="decision.accept", encounter_id="enc-1", payload={"code": "I11.9"})
    append_event(session, actor=forged, action="decision.accept", encounter_id="enc-1", payload={"code": "I11.9"})
    session.commit()
    assert runner.invoke(app, ["audit", "verify"]).exit_code == 0
    result = runner.invoke(app, ["audit", "verify", "--checkpoint", str(path)])
    assert result.exit_code == 4 and "event 3" in result.output and "checkpoint" in result.output


def test_verify_checkpoint_with_wrong_key_fails(session, tmp_path, monkeypatch) -> None:
    monkeypatch.setenv("MEDCODER_AUDIT_HMAC_KEY", "k" * 32)
    get_settings.cache_clear()
    _append(session, 1)
    path = tmp_path / "cp.json"
    runner.invoke(app, ["audit", "checkpoint", "-o", str(path)])
    monkeypatch.setenv("MEDCODER_AUDIT_HMAC_KEY", "other-key" * 4)
    get_settings.cache_clear()
    result = runner.invoke(app, ["audit", "verify", "-c", str(path)])
    assert result.exit_code == 4 and "signature" in result.output


def test_update_blocked_by_trigger_and_chain_still_verifies(session) -> None:
    _append(session, 2)
    with pytest.raises((DBAPIError, IntegrityError), match="append-only"):
        session.execute(text("UPDATE audit_events SET payload = '{}' WHERE seq = 1"))
    session.rollback()
    assert runner.invoke(app, ["audit", "verify"]).exit_code == 0


def test_log_filters_and_csv(session) -> None:
    _append(session, 4)
    append_event(session, actor=Actor("audrey", "auditor"), action="audit.sample_create", payload={"sample_id": 1})
    session.commit()
    result = runner.invoke(app, ["audit", "log", "--encounter", "enc-1", "--csv"])
    assert result.exit_code == 0, result.output
    rows = list(csv.DictReader(io.StringIO(result.output)))
    assert [r["seq"] for r in rows] == ["2", "4"] and rows[0]["action"] == "decision.accept"
    rows = list(csv.DictReader(io.StringIO(runner.invoke(app, ["audit", "log", "-a", "audit", "--csv"]).output)))
    assert [r["actor"] for r in rows] == ["audrey"]
    table = runner.invoke(app, ["audit", "log", "--user", "audrey", "--since", "2000-01-01"])
    assert table.exit_code == 0 and "audrey" in table.output and "1 event(s)" in table.output
    assert "0 event" in runner.invoke(app, ["audit", "log", "--until", "2000-01-01"]).output
    assert runner.invoke(app, ["audit", "log", "--since", "yesterday"]).exit_code != 0


def test_sample_size_command() -> None:
    result = runner.invoke(app, ["audit", "sample", "size"])
    assert result.output.strip() == "143"


def test_sample_create_list_and_frame(session, tmp_path) -> None:
    coder = fast_user(session, "alice")
    fast_user(session, "audrey", role="auditor")
    for i in range(12):
        coded_encounter(session, f"e-{i:02d}", coder=coder, final=["I10"])
    session.commit()
    args = ["audit", "sample", "create", "Q1", "--auditor", "audrey", "--count", "5", "--seed", "11"]
    result = runner.invoke(app, args)
    assert result.exit_code == 0, result.output
    assert "5 of 12" in result.output and "seed 11" in result.output
    assert "Q1" in runner.invoke(app, ["audit", "sample", "list"]).output
    out = tmp_path / "frame.csv"
    assert runner.invoke(app, ["audit", "sample", "frame", "1", "-o", str(out)]).exit_code == 0
    rows = list(csv.DictReader(out.open()))
    assert len(rows) == 12 and sum(r["selected"] == "yes" for r in rows) == 5
    refused = runner.invoke(app, ["audit", "sample", "create", "x", "--auditor", "alice", "--count", "2"])
    assert refused.exit_code != 0 and "not an auditor" in refused.output


def test_report_command_csv_and_engine(session) -> None:
    from tests.test_audit_reports import _full_flow

    _full_flow(session)
    rows = list(csv.DictReader(io.StringIO(runner.invoke(app, ["audit", "report", "--csv"]).output)))
    assert rows[-1]["coder"] == "(all coders)" and rows[-1]["records_correct"] == "2"
    result = runner.invoke(app, ["audit", "report", "--engine"])
    assert result.exit_code == 0 and "precision 85.7%" in result.output
    table = runner.invoke(app, ["audit", "report"], env={"COLUMNS": "80"})
    assert table.exit_code == 0
    # Readable in an 80-column terminal: no line wider, and no header cut to "re…".
    assert max(len(line) for line in table.output.splitlines()) <= 80
    assert "…" not in table.output and "specificity" in table.output
