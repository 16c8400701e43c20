"""``medcoder db backup`` / ``db restore`` for SQLite (online backup API) and PostgreSQL (pg_dump/pg_restore).

Each backup has a ``FILE.meta.json`` beside it recording the dialect, schema revision and audit-chain head,
so a restore can refuse to overwrite a database that holds newer audit events (unless forced) and can prove
the restored chain verifies.
"""

from __future__ import annotations

import json
import shutil
import sqlite3
import subprocess
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.engine import make_url

from medcoder.audit import verify_chain
from medcoder.errors import MedcoderError, ValidationError
from medcoder.storage.db import get_engine, session_scope
from medcoder.storage.migrate import current_revision
from medcoder.storage.models import AuditEvent, utcnow


class BackupError(MedcoderError):
    code = "backup_error"
    exit_code = 5


@dataclass(frozen=True)
class BackupInfo:
    dialect: str
    revision: str | None
    audit_head_seq: int
    audit_head_hash: str
    created_at: str

    @classmethod
    def read(cls, backup: Path) -> BackupInfo:
        meta = _meta_path(backup)
        if not meta.exists():
            raise BackupError(f"{meta.name} is missing: not a medcoder backup")
        return cls(**json.loads(meta.read_text(encoding="utf-8")))


def _meta_path(backup: Path) -> Path:
    return backup.with_name(backup.name + ".meta.json")


def _audit_head(url: str) -> tuple[int, str]:
    with session_scope(url) as session:
        row = session.execute(select(AuditEvent.seq, AuditEvent.hash).order_by(AuditEvent.seq.desc()).limit(1)).first()
    return (row[0], row[1]) if row else (0, "")


def _pg_args(url: str) -> tuple[list[str], dict[str, str]]:
    parsed = make_url(url)
    args = ["-h", parsed.host or "127.0.0.1", "-p", str(parsed.port or 5432), "-U", parsed.username or "postgres"]
    env = {"PGPASSWORD": parsed.password} if parsed.password else {}
    return args, env


def _run(cmd: list[str], env: dict[str, str]) -> None:
    import os

    tool = shutil.which(cmd[0])
    if tool is None:
        raise BackupError(f"{cmd[0]} is not installed; install the PostgreSQL client tools")
    done = subprocess.run([tool, *cmd[1:]], env={**os.environ, **env}, capture_output=True, text=True)
    if done.returncode != 0:
        raise BackupError(f"{cmd[0]} failed: {done.stderr.strip()[:300]}")


def backup(url: str, target: Path) -> BackupInfo:
    """Write a consistent copy of the database to ``target`` and its metadata beside it."""
    parsed = make_url(url)
    seq, digest = _audit_head(url)
    target.parent.mkdir(parents=True, exist_ok=True)
    if parsed.get_backend_name() == "sqlite":
        source = sqlite3.connect(parsed.database)
        dest = sqlite3.connect(target)
        try:
            source.backup(dest)
        finally:
            dest.close()
            source.close()
    elif parsed.get_backend_name() == "postgresql":
        args, env = _pg_args(url)
        _run(["pg_dump", *args, "-Fc", "-f", str(target), parsed.database], env)
    else:
        raise ValidationError(f"backup is not supported for {parsed.get_backend_name()}")
    info = BackupInfo(parsed.get_backend_name(), current_revision(url), seq, digest, utcnow().isoformat())
    _meta_path(target).write_text(json.dumps(info.__dict__, indent=2), encoding="utf-8")
    return info


def restore(url: str, source: Path, *, force: bool = False) -> BackupInfo:
    """Replace the database with ``source``; refuses when the database holds newer audit events unless ``force``."""
    info = BackupInfo.read(source)
    parsed = make_url(url)
    if info.dialect != parsed.get_backend_name():
        raise BackupError(f"backup is from {info.dialect}, the database is {parsed.get_backend_name()}")
    try:
        current_seq, _ = _audit_head(url)
    except Exception:  # noqa: BLE001 - an empty or missing database is fine to restore into
        current_seq = 0
    if current_seq > info.audit_head_seq and not force:
        raise BackupError(f"the database has {current_seq} audit events, the backup only {info.audit_head_seq}: "
                          "it is newer than the backup; use --force to overwrite it")
    get_engine(url).dispose()
    if info.dialect == "sqlite":
        # the backup API writes through SQLite itself, so the WAL and other connections stay consistent
        src = sqlite3.connect(source)
        dest = sqlite3.connect(parsed.database, timeout=30)
        try:
            src.backup(dest)
        finally:
            dest.close()
            src.close()
    else:
        args, env = _pg_args(url)
        _run(["pg_restore", *args, "--clean", "--if-exists", "--no-owner", "-d", parsed.database, str(source)], env)
    get_engine(url).dispose()
    with session_scope(url) as session:
        result = verify_chain(session)
    if not result.ok:
        raise BackupError(f"restored database fails audit verification: {result.reason}")
    return info
