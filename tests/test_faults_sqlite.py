"""SQLite faults: a read-only database file and a full disk give one clear error and no partial writes.

Disk full is simulated with ``PRAGMA max_page_count`` (no tiny filesystem needed); read-only with the
``mode=ro`` URI (the tests run as root, for whom file permissions do not stop writes). After each fault
the data is checked: every stored note has its encounter, suggestions and audit events (whole chunks or
nothing), the audit chain verifies, and a rerun once the fault is gone finishes the work without duplicates.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import event, func, select
from sqlalchemy.engine import make_url
from typer.testing import CliRunner

from medcoder.audit import verify_chain
from medcoder.batch.runner import BatchOptions, run_batch
from medcoder.cli.main import app as cli
from medcoder.errors import DatabaseUnavailableError, database_unavailable
from medcoder.storage.db import get_engine, session_scope
from medcoder.storage.models import AuditEvent, Encounter, Note, Suggestion
from tests import security_figures

pytestmark = pytest.mark.skipif(
    make_url(__import__("os").environ.get("MEDCODER_TEST_DATABASE_URL") or "sqlite://").get_backend_name()
    != "sqlite", reason="SQLite fault tests")
MODULE = "faults: SQLite"
FAKE = "tests.fake_engine:make"
runner = CliRunner()


@pytest.fixture(scope="module", autouse=True)
def _figures(request: pytest.FixtureRequest) -> Iterator[None]:
    yield from security_figures.module_report(request, MODULE)


def _notes(path: Path, n: int, prefix: str = "n") -> Path:
    lines = [json.dumps({"id": f"{prefix}{i:04d}", "text": f"Assessment: essential hypertension, visit {i}. "
                         + "History of present illness. " * 60}) for i in range(n)]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def _consistent(url: str) -> dict[str, int]:
    """Counts, after proving no partial rows: each note has its encounter, its suggestions and both events."""
    with session_scope(url) as s:
        notes = s.scalar(select(func.count()).select_from(Note))
        encounters = s.scalar(select(func.count()).select_from(Encounter))
        suggestions = s.scalar(select(func.count()).select_from(Suggestion))
        expected = s.scalar(select(func.coalesce(func.sum(Encounter.suggestion_count), 0)))
        ingests = s.scalar(select(func.count()).select_from(AuditEvent).where(AuditEvent.action == "note.ingest"))
        generated = s.scalar(select(func.count()).select_from(AuditEvent)
                             .where(AuditEvent.action == "suggestions.generate"))
        assert notes == encounters == ingests == generated, (notes, encounters, ingests, generated)
        assert suggestions == expected, (suggestions, expected)
        result = verify_chain(s)
        assert result.ok, result.reason
        return {"notes": notes, "events": result.events}


def _limit_pages(url: str, spare_pages: int) -> None:
    """From now on every new connection may grow the file by ``spare_pages`` pages only."""
    with get_engine(url).connect() as conn:
        pages = conn.exec_driver_sql("PRAGMA page_count").scalar()
        conn.rollback()
    for engine in {get_engine(url), get_engine(), get_engine(None)}:  # lru_cache keys differ; cap them all

        @event.listens_for(engine, "connect")
        def _cap(dbapi_connection, _record) -> None:  # noqa: ANN001
            dbapi_connection.execute(f"PRAGMA max_page_count={pages + spare_pages}")

        engine.dispose()


def test_disk_full_during_batch_rolls_back_the_chunk_and_rerun_completes(db_url: str, tmp_path: Path) -> None:
    source = _notes(tmp_path / "notes.jsonl", 120)
    _limit_pages(db_url, 25)
    with pytest.raises(Exception) as caught:  # noqa: PT011 - the driver error, mapped below
        run_batch(source, BatchOptions(engine=FAKE, chunk_size=10))
    error = database_unavailable(caught.value)
    assert "disk is full" in error.message and error.status == 503
    partial = _consistent(db_url)
    assert 0 < partial["notes"] < 120 and partial["notes"] % 10 == 0  # whole chunks only
    for engine in {get_engine(db_url), get_engine(), get_engine(None)}:
        engine.dispose()
    get_engine.cache_clear()  # lift the cap: fresh engines without the listener
    summary = run_batch(source, BatchOptions(engine=FAKE, chunk_size=10))
    assert summary.new == 120 - partial["notes"] and summary.already_done == partial["notes"]
    final = _consistent(db_url)
    assert final["notes"] == 120  # nothing lost, nothing duplicated
    security_figures.add(MODULE, "faults survived")
    security_figures.add(MODULE, "data lost", 0)


def test_disk_full_cli_prints_one_clear_line(db_url: str, tmp_path: Path) -> None:
    source = _notes(tmp_path / "notes.jsonl", 80)
    _limit_pages(db_url, 10)
    result = runner.invoke(cli, ["batch", str(source), "--quiet", "--chunk-size", "10"])
    assert result.exit_code == DatabaseUnavailableError.exit_code, result.output
    assert "database unavailable: the database disk is full" in result.output
    assert "Traceback" not in result.output
    _consistent(db_url)
    security_figures.add(MODULE, "faults survived")


def test_read_only_database_refuses_writes_clearly(db_url: str, tmp_path: Path,
                                                   monkeypatch: pytest.MonkeyPatch) -> None:
    run_batch(_notes(tmp_path / "first.jsonl", 5), BatchOptions(engine=FAKE))
    before = _consistent(db_url)
    path = make_url(db_url).database
    get_engine(db_url).dispose()
    monkeypatch.setenv("MEDCODER_DATABASE_URL", f"sqlite:///file:{path}?mode=ro&uri=true")
    from medcoder.settings import get_settings

    get_settings.cache_clear()
    get_engine.cache_clear()
    for args in (["ingest", str(_notes(tmp_path / "more.jsonl", 3, "m"))],
                 ["batch", str(tmp_path / "more.jsonl"), "--quiet"]):
        result = runner.invoke(cli, args)
        assert result.exit_code == DatabaseUnavailableError.exit_code, result.output
        assert "database unavailable: the database is read-only" in result.output
        security_figures.add(MODULE, "faults survived")
    listing = runner.invoke(cli, ["audit", "verify"])  # reading still works
    assert listing.exit_code == 0, listing.output
    get_engine.cache_clear()
    assert _consistent(db_url) == before  # not one row written
    security_figures.add(MODULE, "data lost", 0)
