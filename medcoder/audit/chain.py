"""Append and verify the audit chain: ``hash = sha256(prev_hash + canonical JSON of the rest)``.

Payloads hold identifiers, codes, versions and reasons - never note text (PHI).
"""

from __future__ import annotations

import hashlib
import hmac
import json
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

from sqlalchemy import insert, select, text
from sqlalchemy.orm import Session

from medcoder.storage.models import AuditEvent, utcnow

GENESIS_HASH = "0" * 64
_PG_AUDIT_LOCK = 7_263_001  # advisory lock id serialising appends on PostgreSQL


@dataclass(frozen=True)
class Actor:
    """Who did it: a username and role, or the system itself (CLI, batch, demo)."""

    name: str
    role: str

    @classmethod
    def system(cls, name: str = "system") -> Actor:
        return cls(name=name, role="system")


def canonical_json(value: Any) -> str:
    """Sorted keys, no spaces, UTF-8: the same value always gives the same bytes."""
    return json.dumps(value, sort_keys=True, separators=(",", ":"), ensure_ascii=False, default=str)


def _iso(at: datetime) -> str:
    at = at.replace(tzinfo=UTC) if at.tzinfo is None else at.astimezone(UTC)
    return at.strftime("%Y-%m-%dT%H:%M:%S.%fZ")


def event_hash(prev_hash: str, *, seq: int, at: datetime, actor: str, role: str, action: str,
               encounter_id: str | None, payload: str) -> str:
    """The hash of one event given its predecessor's hash (``payload`` is already canonical JSON)."""
    body = canonical_json(
        {"seq": seq, "at": _iso(at), "actor": actor, "role": role, "action": action,
         "encounter_id": encounter_id, "payload": json.loads(payload)}
    )
    return hashlib.sha256((prev_hash + body).encode("utf-8")).hexdigest()


def _lock_chain(session: Session) -> None:
    """Serialise appends so two writers never fork the chain (SQLite already runs BEGIN IMMEDIATE)."""
    if session.get_bind().dialect.name == "postgresql":
        session.execute(text("SELECT pg_advisory_xact_lock(:k)"), {"k": _PG_AUDIT_LOCK})


# Two statements in one round trip (simple-query protocol): the lock, then the head read. Each statement of a
# multi-statement query takes its own snapshot under READ COMMITTED, so the head is read after the lock is held.
_PG_LOCK_AND_HEAD = (f"SELECT pg_advisory_xact_lock({_PG_AUDIT_LOCK}); "
                     "SELECT seq, hash FROM audit_events ORDER BY seq DESC LIMIT 1")


def _locked_head(session: Session) -> tuple[int, str] | None:
    """Take the chain lock and read the head event (seq, hash): one indexed look-up (primary key, descending)."""
    connection = session.connection()
    if connection.dialect.name == "postgresql" and connection.dialect.driver == "psycopg":
        if session.autoflush:  # as session.execute would: pending changes reach the database before the lock
            session.flush()
        cursor = connection.connection.dbapi_connection.cursor()
        try:
            cursor.execute(_PG_LOCK_AND_HEAD, prepare=False)
            cursor.nextset()
            row = cursor.fetchone()
        finally:
            cursor.close()
        return (row[0], row[1]) if row else None
    _lock_chain(session)
    head = session.execute(
        select(AuditEvent.seq, AuditEvent.hash).order_by(AuditEvent.seq.desc()).limit(1)
    ).first()
    return (head[0], head[1]) if head else None


def append_event(session: Session, *, actor: Actor, action: str, encounter_id: str | None = None,
                 payload: dict[str, Any] | None = None) -> AuditEvent:
    """Add one event to the chain inside the caller's transaction (committed with the change it records)."""
    head = _locked_head(session)
    seq, prev = (head[0] + 1, head[1]) if head else (1, GENESIS_HASH)
    at = utcnow()
    body = canonical_json(payload or {})
    event = AuditEvent(
        seq=seq, at=at, actor=actor.name, role=actor.role, action=action, encounter_id=encounter_id,
        payload=body, prev_hash=prev,
        hash=event_hash(prev, seq=seq, at=at, actor=actor.name, role=actor.role, action=action,
                        encounter_id=encounter_id, payload=body),
    )
    session.add(event)
    session.flush()
    return event



def append_events(session: Session, events: list[tuple[Actor, str, str | None, dict[str, Any]]]) -> None:
    """Append many events at once (batch writer): one head read and one multi-row insert, same chain rules."""
    if not events:
        return
    _lock_chain(session)
    head = session.execute(
        select(AuditEvent.seq, AuditEvent.hash).order_by(AuditEvent.seq.desc()).limit(1)
    ).first()
    seq, prev = (head[0], head[1]) if head else (0, GENESIS_HASH)
    rows = []
    for actor, action, encounter_id, payload in events:
        seq, at, body = seq + 1, utcnow(), canonical_json(payload)
        digest = event_hash(prev, seq=seq, at=at, actor=actor.name, role=actor.role, action=action,
                            encounter_id=encounter_id, payload=body)
        rows.append({"seq": seq, "at": at, "actor": actor.name, "role": actor.role, "action": action,
                     "encounter_id": encounter_id, "payload": body, "prev_hash": prev, "hash": digest})
        prev = digest
    session.execute(insert(AuditEvent.__table__), rows)  # Core: the ORM bulk-insert path cost ~1/3 of a batch writer

@dataclass(frozen=True)
class VerifyResult:
    ok: bool
    events: int
    head_seq: int
    head_hash: str
    broken_seq: int | None = None
    reason: str = ""


def verify_chain(session: Session, checkpoint: dict[str, Any] | None = None,
                 hmac_key: str | None = None) -> VerifyResult:
    """Recompute every hash in order; report the first event that does not match.

    With a ``checkpoint`` (from :func:`make_checkpoint`) also prove that the event at its sequence
    number still carries its hash, so nothing up to it was removed or rewritten.
    """
    if checkpoint is not None:
        reason = _checkpoint_problem(checkpoint, hmac_key)
        if reason:
            return VerifyResult(False, 0, 0, GENESIS_HASH, checkpoint.get("seq"), reason)
    prev, expected_seq, count = GENESIS_HASH, 1, 0
    rows = session.execute(select(AuditEvent).order_by(AuditEvent.seq).execution_options(yield_per=1000))
    for event in rows.scalars():
        count += 1
        if event.seq != expected_seq:
            return VerifyResult(False, count, expected_seq - 1, prev, expected_seq,
                                f"event {expected_seq} is missing (next present is {event.seq})")
        if event.prev_hash != prev:
            return VerifyResult(False, count, event.seq - 1, prev, event.seq,
                                f"event {event.seq} does not link to event {event.seq - 1}")
        recomputed = event_hash(prev, seq=event.seq, at=event.at, actor=event.actor, role=event.role,
                                action=event.action, encounter_id=event.encounter_id, payload=event.payload)
        if recomputed != event.hash:
            return VerifyResult(False, count, event.seq - 1, prev, event.seq,
                                f"event {event.seq} ({event.action}) was altered: its hash does not match")
        if checkpoint is not None and event.seq == checkpoint["seq"] and event.hash != checkpoint["hash"]:
            return VerifyResult(False, count, event.seq, event.hash, event.seq,
                                f"event {event.seq} differs from the checkpoint")
        prev, expected_seq = event.hash, expected_seq + 1
    head_seq = expected_seq - 1
    if checkpoint is not None and head_seq < checkpoint["seq"]:
        return VerifyResult(False, count, head_seq, prev, head_seq + 1,
                            f"events after {head_seq} up to checkpoint {checkpoint['seq']} were removed")
    return VerifyResult(True, count, head_seq, prev)


def _signature(seq: int, hash_: str, key: str) -> str:
    return hmac.new(key.encode(), f"{seq}:{hash_}".encode(), hashlib.sha256).hexdigest()


def make_checkpoint(session: Session, hmac_key: str | None = None) -> dict[str, Any]:
    """Head sequence and hash (HMAC-signed when a key is given), to be stored outside the database."""
    head = session.execute(
        select(AuditEvent.seq, AuditEvent.hash).order_by(AuditEvent.seq.desc()).limit(1)
    ).first()
    seq, hash_ = (head[0], head[1]) if head else (0, GENESIS_HASH)
    checkpoint: dict[str, Any] = {"seq": seq, "hash": hash_, "at": _iso(utcnow())}
    if hmac_key:
        checkpoint["hmac"] = _signature(seq, hash_, hmac_key)
    return checkpoint


def _checkpoint_problem(checkpoint: dict[str, Any], hmac_key: str | None) -> str:
    if not isinstance(checkpoint.get("seq"), int) or not isinstance(checkpoint.get("hash"), str):
        return "checkpoint must have an integer 'seq' and a string 'hash'"
    if "hmac" in checkpoint:
        if not hmac_key:
            return "checkpoint is signed: set MEDCODER_AUDIT_HMAC_KEY to verify it"
        if not hmac.compare_digest(checkpoint["hmac"], _signature(checkpoint["seq"], checkpoint["hash"], hmac_key)):
            return "checkpoint signature does not match (wrong key or altered checkpoint)"
    return ""
