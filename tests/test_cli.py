"""The core CLI as a user runs it: db upgrade, user add, ingest, codes, refusal on an un-migrated database."""

from __future__ import annotations

import json

from typer.testing import CliRunner

from medcoder.cli.main import app

runner = CliRunner()


def test_cli_help_on_every_command() -> None:
    for args in (["--help"], ["demo", "--help"], ["serve", "--help"], ["ingest", "--help"], ["suggest", "--help"],
                 ["batch", "--help"], ["codes", "search", "--help"], ["codes", "show", "--help"],
                 ["user", "add", "--help"], ["db", "upgrade", "--help"]):
        result = runner.invoke(app, args)
        assert result.exit_code == 0, (args, result.output)
        assert "Usage" in result.output


def test_cli_refuses_unmigrated_database(tmp_path, monkeypatch) -> None:
    from medcoder.settings import get_settings
    from medcoder.storage.db import get_engine

    monkeypatch.setenv("MEDCODER_DATABASE_URL", f"sqlite:///{tmp_path}/empty.db")
    get_settings.cache_clear()
    get_engine.cache_clear()
    result = runner.invoke(app, ["user", "list"])
    assert result.exit_code == 3
    assert "medcoder db upgrade" in result.output
    assert runner.invoke(app, ["db", "upgrade"]).exit_code == 0
    assert runner.invoke(app, ["user", "list"]).exit_code == 0


def test_cli_user_add_and_duplicate(db_url) -> None:
    ok = runner.invoke(app, ["user", "add", "casey", "--role", "coder", "--password", "Correct-horse-42"])
    assert ok.exit_code == 0, ok.output
    again = runner.invoke(app, ["user", "add", "casey", "--role", "coder", "--password", "Correct-horse-42"])
    assert again.exit_code == 1 and "already exists" in again.output


def test_cli_ingest_reports_bad_lines_and_is_idempotent(db_url, tmp_path) -> None:
    path = tmp_path / "notes.jsonl"
    path.write_text(json.dumps({"id": "a", "text": "Assessment: asthma."}) + "\n{bad json\n", encoding="utf-8")
    first = runner.invoke(app, ["ingest", str(path)])
    assert first.exit_code == 2 and "line 2" in first.output and "new 1" in first.output
    path.write_text(json.dumps({"id": "a", "text": "Assessment: asthma."}) + "\n", encoding="utf-8")
    second = runner.invoke(app, ["ingest", str(path)])
    assert second.exit_code == 0 and "unchanged 1" in second.output


def test_cli_codes_search_finds_e1122_top3() -> None:
    result = runner.invoke(app, ["codes", "search", "type 2 diabetes with chronic kidney disease", "--limit", "3"])
    assert result.exit_code == 0, result.output
    assert "E11.22" in result.output


def test_cli_codes_show_prints_use_additional_note() -> None:
    result = runner.invoke(app, ["codes", "show", "E11.22"])
    assert result.exit_code == 0, result.output
    assert "N18.1-N18.6" in result.output and "billable: yes" in result.output


def test_cli_codes_show_unknown_code() -> None:
    result = runner.invoke(app, ["codes", "show", "Q99.999"])
    assert result.exit_code == 1 and "unknown code" in result.output
