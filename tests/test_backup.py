"""db backup / restore: round trip, audit chain verified after restore, refusal to overwrite newer data."""

from __future__ import annotations

import shutil

import pytest
from sqlalchemy import func, select

from medcoder.audit import Actor, append_event
from medcoder.storage.backup import BackupError, backup, restore
from medcoder.storage.db import session_scope
from medcoder.storage.models import AuditEvent, Encounter
from tests.conftest import PG_URL
from tests.factories import SYSTEM, note


@pytest.fixture(autouse=True)
def _pg_tools() -> None:
    if PG_URL and not shutil.which("pg_dump"):
        pytest.skip("pg_dump is not installed")


def _add(n: int, prefix: str) -> None:
    from medcoder.services.ingest import ingest_note

    with session_scope() as session:
        for i in range(n):
            ingest_note(session, note(f"{prefix}{i}"), actor=SYSTEM)


def test_backup_restore_round_trip(db_url, tmp_path) -> None:
    _add(3, "a")
    info = backup(db_url, tmp_path / "b.dump")
    assert info.audit_head_seq == 3
    restore(db_url, tmp_path / "b.dump", force=True)
    with session_scope() as session:
        assert session.scalar(select(func.count()).select_from(Encounter)) == 3


def test_restore_refuses_newer_database_without_force(db_url, tmp_path) -> None:
    _add(2, "a")
    backup(db_url, tmp_path / "b.dump")
    _add(2, "b")  # newer work after the backup
    with pytest.raises(BackupError, match="newer"):
        restore(db_url, tmp_path / "b.dump")
    with session_scope() as session:  # nothing was touched
        assert session.scalar(select(func.count()).select_from(Encounter)) == 4
    restore(db_url, tmp_path / "b.dump", force=True)
    with session_scope() as session:
        assert session.scalar(select(func.count()).select_from(Encounter)) == 2
        assert session.scalar(select(func.max(AuditEvent.seq))) == 2
        append_event(session, actor=Actor.system(), action="check")  # the chain continues after restore


def test_restore_rejects_file_without_metadata(db_url, tmp_path) -> None:
    bogus = tmp_path / "x.dump"
    bogus.write_bytes(b"not a backup")
    with pytest.raises(BackupError, match="not a medcoder backup"):
        restore(db_url, bogus)
