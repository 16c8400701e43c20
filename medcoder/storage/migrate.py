"""Alembic, driven from code: ``medcoder db upgrade`` and the start-up schema check."""

from __future__ import annotations

from pathlib import Path

from alembic import command
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory

from medcoder.errors import SchemaNotMigratedError
from medcoder.settings import get_settings
from medcoder.storage.db import get_engine

MIGRATIONS_DIR = Path(__file__).resolve().parent / "migrations"


def alembic_config(url: str | None = None) -> Config:
    """An Alembic config pointing at the packaged migrations and at ``url`` (default from settings)."""
    cfg = Config()
    cfg.set_main_option("script_location", str(MIGRATIONS_DIR))
    cfg.set_main_option("sqlalchemy.url", (url or get_settings().database_url).replace("%", "%%"))
    return cfg


def upgrade(url: str | None = None, revision: str = "head") -> None:
    """Apply migrations up to ``revision``."""
    command.upgrade(alembic_config(url), revision)


def head_revision() -> str:
    return ScriptDirectory.from_config(alembic_config()).get_current_head() or ""


def current_revision(url: str | None = None) -> str | None:
    with get_engine(url).connect() as conn:
        return MigrationContext.configure(conn).get_current_revision()


def require_current_schema(url: str | None = None) -> None:
    """Refuse to run on an un-migrated (or older) database, naming the command that fixes it."""
    current = current_revision(url)
    if current != head_revision():
        raise SchemaNotMigratedError(
            f"database schema is at revision {current or 'none'}, medcoder needs {head_revision()}: "
            "run `medcoder db upgrade` first",
        )
