"""Test databases: a fresh, migrated database per test, on SQLite by default or on PostgreSQL when
``MEDCODER_TEST_DATABASE_URL`` names a server (tests create and drop their own databases there).

Migrations run once into a template; each test gets a copy (a file copy on SQLite,
``CREATE DATABASE ... TEMPLATE`` on PostgreSQL), so a test never sees another's rows.
"""

from __future__ import annotations

import os
import shutil
import uuid
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import create_engine, text
from sqlalchemy.engine import make_url
from sqlalchemy.orm import Session

REPO = Path(__file__).resolve().parents[1]
SHARED = REPO.parent / "shared"
PG_URL = os.environ.get("MEDCODER_TEST_DATABASE_URL", "").strip()


def _reset_caches() -> None:
    from medcoder.settings import get_settings
    from medcoder.storage.db import get_engine

    get_engine.cache_clear()
    get_settings.cache_clear()


def _admin_engine():  # noqa: ANN202
    return create_engine(make_url(PG_URL).set(database="postgres"), isolation_level="AUTOCOMMIT")


@pytest.fixture(scope="session")
def template_db(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    """A migrated database to copy from, created once per test run."""
    from medcoder.storage.migrate import upgrade

    if PG_URL:
        name = f"medcoder_tmpl_{uuid.uuid4().hex[:10]}"
        admin = _admin_engine()
        with admin.connect() as conn:
            conn.execute(text(f'CREATE DATABASE "{name}"'))
        url = make_url(PG_URL).set(database=name).render_as_string(hide_password=False)
        upgrade(url)
        from medcoder.storage.db import get_engine

        get_engine(url).dispose()
        get_engine.cache_clear()
        yield url
        with admin.connect() as conn:
            conn.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
        admin.dispose()
    else:
        path = tmp_path_factory.mktemp("template") / "template.db"
        url = f"sqlite:///{path}"
        upgrade(url)
        from medcoder.storage.db import get_engine

        get_engine(url).dispose()
        get_engine.cache_clear()
        yield url


@pytest.fixture
def db_url(template_db: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[str]:
    """A fresh migrated database for this test; MEDCODER_DATABASE_URL points at it."""
    if PG_URL:
        name = f"medcoder_t_{uuid.uuid4().hex[:12]}"
        admin = _admin_engine()
        with admin.connect() as conn:
            conn.execute(text(f'CREATE DATABASE "{name}" TEMPLATE "{make_url(template_db).database}"'))
        url = make_url(PG_URL).set(database=name).render_as_string(hide_password=False)
    else:
        path = tmp_path / "medcoder.db"
        shutil.copyfile(make_url(template_db).database, path)
        url = f"sqlite:///{path}"
    monkeypatch.setenv("MEDCODER_DATABASE_URL", url)
    _reset_caches()
    yield url
    from medcoder.storage.db import get_engine

    get_engine(url).dispose()
    _reset_caches()
    if PG_URL:
        with admin.connect() as conn:
            conn.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
        admin.dispose()


@pytest.fixture
def session(db_url: str) -> Iterator[Session]:
    """A session on the fresh database; tests commit when they mean to."""
    from medcoder.storage.db import session_factory

    s = session_factory(db_url)()
    try:
        yield s
    finally:
        s.rollback()
        s.close()


@pytest.fixture(scope="session")
def codeset_cache(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """One code-set cache directory shared by the whole run (building it takes a few seconds)."""
    configured = os.environ.get("MEDCODER_CODESET_DIR")
    return Path(configured) if configured else REPO / ".cache" / "codesets"


@pytest.fixture(autouse=True)
def _codeset_dir(codeset_cache: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("MEDCODER_CODESET_DIR", str(codeset_cache))


def shared_path(*parts: str) -> Path:
    """A file under ../shared, skipping the test cleanly when the folder is absent."""
    path = SHARED.joinpath(*parts)
    if not path.exists():
        pytest.skip(f"../shared/{'/'.join(parts)} is not available")
    return path
