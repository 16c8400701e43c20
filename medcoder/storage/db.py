"""Engines and sessions. SQLite gets WAL, foreign keys and serialised write transactions."""

from __future__ import annotations

import weakref
from collections.abc import Iterator
from contextlib import contextmanager
from functools import lru_cache

from sqlalchemy import Engine, create_engine, event
from sqlalchemy.orm import Session, sessionmaker

from medcoder.settings import get_settings


def _configure_sqlite(engine: Engine) -> None:
    """WAL + foreign keys; every transaction starts with BEGIN IMMEDIATE.

    Why IMMEDIATE: a deferred SQLite transaction that read first and writes later fails with
    "database is locked" when another writer committed in between. Taking the write lock up front
    serialises writers (the audit chain needs that anyway) and lets busy_timeout do the waiting.
    """

    @event.listens_for(engine, "connect")
    def _on_connect(dbapi_connection, _record) -> None:  # noqa: ANN001
        dbapi_connection.isolation_level = None  # we issue BEGIN ourselves
        cursor = dbapi_connection.cursor()
        cursor.execute("PRAGMA foreign_keys=ON")
        cursor.execute("PRAGMA busy_timeout=30000")
        if engine.url.database not in (None, "", ":memory:"):
            cursor.execute("PRAGMA journal_mode=WAL")
            cursor.execute("PRAGMA synchronous=NORMAL")
        cursor.close()

    @event.listens_for(engine, "begin")
    def _on_begin(conn) -> None:  # noqa: ANN001
        conn.exec_driver_sql("BEGIN IMMEDIATE")


def make_engine(url: str) -> Engine:
    """Create an engine for ``url`` with medcoder's connection settings.

    ``hide_parameters``: bound values (note text, patient names) never appear in SQLAlchemy's log lines or
    in the text of its exceptions (IntegrityError, OperationalError), which end up in logs and tracebacks.
    """
    if url.startswith("sqlite"):
        engine = create_engine(url, connect_args={"check_same_thread": False, "timeout": 30}, hide_parameters=True)
        _configure_sqlite(engine)
        return engine
    # pool_size 20: a web worker serving 20 coders keeps a connection per request in flight instead of opening
    # and closing "overflow" connections in bursts; 20 + 20 overflow covers the 40 threads that run requests.
    return create_engine(url, pool_pre_ping=True, pool_size=20, max_overflow=20, hide_parameters=True)


@lru_cache(maxsize=8)
def get_engine(url: str | None = None) -> Engine:
    """The cached engine for ``url`` (default: settings.database_url)."""
    return make_engine(url or get_settings().database_url)


_FACTORIES: weakref.WeakKeyDictionary[Engine, sessionmaker[Session]] = weakref.WeakKeyDictionary()


def session_factory(url: str | None = None) -> sessionmaker[Session]:
    """The session maker for ``url``'s engine (one per engine: it is built on every request otherwise)."""
    engine = get_engine(url)
    factory = _FACTORIES.get(engine)
    if factory is None:
        factory = _FACTORIES[engine] = sessionmaker(bind=engine, expire_on_commit=False)
    return factory


@contextmanager
def session_scope(url: str | None = None, *, hold_connection: bool = False) -> Iterator[Session]:
    """One transaction: commit on success, roll back on any error.

    ``hold_connection``: check one pooled connection out for the whole scope, so a caller that commits midway
    and reads again (a web request: decision, commit, fresh view) does not return the connection to the pool
    and check it out again (with its liveness ping) in between. Each transaction still begins and ends as usual.
    """
    connection = get_engine(url).connect() if hold_connection else None
    session = session_factory(url)(bind=connection) if connection is not None else session_factory(url)()
    try:
        yield session
        session.commit()
    except BaseException:
        session.rollback()
        raise
    finally:
        session.close()
        if connection is not None:
            connection.close()
