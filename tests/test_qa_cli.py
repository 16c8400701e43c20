"""QA regressions for the CLI: bad paths and dates give one clear line (no traceback), unknown samples are errors."""

from __future__ import annotations

from typer.testing import CliRunner

from medcoder.cli.main import app

runner = CliRunner()


def test_export_to_missing_folder_is_a_clear_usage_error(db_url, tmp_path) -> None:
    result = runner.invoke(app, ["export", "--format", "837p", "-o", str(tmp_path / "no" / "such" / "x.837")])
    assert result.exit_code == 2 and "folder does not exist" in result.output
    assert "Traceback" not in result.output and result.exception is None or isinstance(result.exception, SystemExit)


def test_export_to_a_directory_is_refused(db_url, tmp_path) -> None:
    result = runner.invoke(app, ["export", "--format", "csv", "-o", str(tmp_path)])
    assert result.exit_code == 2 and "is a folder" in result.output


def test_export_bad_since_date_is_a_usage_error(db_url, tmp_path) -> None:
    result = runner.invoke(app, ["export", "--format", "csv", "-o", str(tmp_path / "x.csv"), "--since", "2026-99-01"])
    assert result.exit_code == 2 and "is not a date" in result.output
    assert not isinstance(result.exception, ValueError)


def test_os_error_in_a_command_prints_one_line(db_url, tmp_path) -> None:
    # a missing output folder used to end in a rich traceback
    target = tmp_path / "missing" / "head.json"
    result = runner.invoke(app, ["audit", "checkpoint", "-o", str(target)])
    assert result.exit_code == 1 and "error (file)" in result.output and "No such file" in result.output
    assert isinstance(result.exception, SystemExit)


def test_audit_report_unknown_sample_is_not_found(db_url) -> None:
    result = runner.invoke(app, ["audit", "report", "--sample", "99"])
    assert result.exit_code == 1 and "no audit sample 99" in result.output


def test_export_unknown_encounter_says_no_such_encounter(db_url, tmp_path) -> None:
    result = runner.invoke(app, ["export", "--format", "csv", "-o", str(tmp_path / "x.csv"), "-e", "nope"])
    assert result.exit_code == 1 and "encounter nope: no such encounter" in result.output
    assert "state is not found" not in result.output


def test_fees_import_non_utf8_file_is_one_error_line(db_url, tmp_path) -> None:
    bad = tmp_path / "fees.csv"
    bad.write_bytes(b"code,modifier,charge\n99213,,1\xff20\n")
    result = runner.invoke(app, ["fees", "import", str(bad)])
    assert result.exit_code == 1 and "error (encoding)" in result.output
    assert isinstance(result.exception, SystemExit)


def test_code_import_errors_are_one_line_not_a_traceback() -> None:
    import csv

    import pytest
    import typer

    from medcoder.cli.codes import _import_errors

    for exc in (ValueError("no importable code-set files found"), csv.Error("Could not determine delimiter")):
        def broken(exc: Exception = exc) -> None:
            raise exc

        with pytest.raises(typer.Exit) as stopped:
            _import_errors(broken)()
        assert stopped.value.exit_code == 1
