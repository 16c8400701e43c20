"""Reading the audit log, and concurrent writers never forking the chain (SQLite and PostgreSQL)."""

from __future__ import annotations

import io
import multiprocessing
import threading
from datetime import UTC, datetime, timedelta

from sqlalchemy import func, select

from medcoder.audit import Actor, append_event, verify_chain
from medcoder.audit import log as audit_log
from medcoder.audit.log import EventFilter
from medcoder.storage.db import make_engine, session_factory
from medcoder.storage.models import AuditEvent

CODER = Actor("coder1", "coder")


def _seed(session) -> None:
    append_event(session, actor=CODER, action="decision.accept", encounter_id="enc-1", payload={"code": "I10"})
    append_event(session, actor=CODER, action="decision.reject", encounter_id="enc-2", payload={"code": "E11.9"})
    append_event(session, actor=Actor("audrey", "auditor"), action="audit.review_submit", encounter_id="enc-1",
                 payload={"sample_item_id": 1})
    append_event(session, actor=CODER, action="decisions", encounter_id="enc-1", payload={})
    session.commit()


def test_query_events_filters_by_each_field(session) -> None:
    _seed(session)
    assert [e.seq for e in audit_log.query_events(session, EventFilter(encounter_id="enc-1"))] == [1, 3, 4]
    assert [e.seq for e in audit_log.query_events(session, EventFilter(actor="audrey"))] == [3]
    # a dotted prefix matches whole segments only: "decision" is not "decisions"
    assert [e.seq for e in audit_log.query_events(session, EventFilter(action="decision"))] == [1, 2]
    assert [e.seq for e in audit_log.query_events(session, EventFilter(action="decision.reject"))] == [2]
    now = datetime.now(UTC)
    assert len(audit_log.query_events(session, EventFilter(since=now - timedelta(hours=1)))) == 4
    assert audit_log.query_events(session, EventFilter(until=now - timedelta(hours=1))) == []
    assert [e.seq for e in audit_log.query_events(session, EventFilter(), limit=2, newest_first=True)] == [4, 3]


def test_parse_when_bare_date_until_covers_whole_day() -> None:
    end = audit_log.parse_when("2026-03-02", end_of_day=True)
    assert end is not None and end.hour == 23 and end.tzinfo is not None
    assert audit_log.parse_when("2026-03-02T10:00:00Z") == datetime(2026, 3, 2, 10, tzinfo=UTC)


def test_encounter_history_and_csv(session) -> None:
    _seed(session)
    history = audit_log.encounter_history(session, "enc-1")
    assert [e.action for e in history] == ["decision.accept", "audit.review_submit", "decisions"]
    out = io.StringIO()
    assert audit_log.write_csv(history, out) == 3
    lines = out.getvalue().splitlines()
    assert lines[0].startswith("seq,at,actor") and '""code"":""I10""' in lines[1]
    assert audit_log.event_dict(history[0])["payload"] == {"code": "I10"}


def _writer(url: str, name: str, count: int) -> None:
    """Append ``count`` events, one transaction each, from a fresh engine (thread or process)."""
    factory = session_factory(url) if name.startswith("t") else None
    if factory is None:  # a forked process must not reuse the parent's pooled connections
        from sqlalchemy.orm import sessionmaker

        factory = sessionmaker(bind=make_engine(url))
    for i in range(count):
        with factory() as session:
            append_event(session, actor=Actor(name, "coder"), action="decision.accept", encounter_id=f"{name}-{i}",
                         payload={"i": i})
            session.commit()


def _assert_linear_chain(session, expected: int) -> None:
    session.expire_all()
    assert session.scalar(select(func.count()).select_from(AuditEvent)) == expected
    result = verify_chain(session)
    assert result.ok and result.head_seq == expected, result.reason
    prevs = session.scalars(select(AuditEvent.prev_hash)).all()
    assert len(set(prevs)) == expected  # no two events share a predecessor: the chain never forked


def test_concurrent_threads_never_fork_chain(db_url, session) -> None:
    threads = [threading.Thread(target=_writer, args=(db_url, f"t{n}", 15)) for n in range(4)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(60)
    _assert_linear_chain(session, 60)


def test_concurrent_processes_never_fork_chain(db_url, session) -> None:
    ctx = multiprocessing.get_context("fork")
    procs = [ctx.Process(target=_writer, args=(db_url, f"p{n}", 10)) for n in range(3)]
    for proc in procs:
        proc.start()
    for proc in procs:
        proc.join(60)
    assert all(proc.exitcode == 0 for proc in procs)
    _assert_linear_chain(session, 30)
