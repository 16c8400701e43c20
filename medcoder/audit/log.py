"""Read the audit log: filter events by encounter, user, action and time; write them as CSV.

Reading never changes the chain; callers that show events to a person decide whether that view is
itself worth an event (the encounter history page logs one, the CLI does not).
"""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta
from typing import Any

from sqlalchemy import Select, or_, select
from sqlalchemy.orm import Session

from medcoder.errors import ValidationError
from medcoder.storage.models import AuditEvent

CSV_COLUMNS = ("seq", "at", "actor", "role", "action", "encounter_id", "payload", "prev_hash", "hash")


@dataclass(frozen=True)
class EventFilter:
    """``action`` matches exactly or as a dotted prefix ("audit" matches "audit.sample_create")."""

    encounter_id: str | None = None
    actor: str | None = None
    action: str | None = None
    since: datetime | None = None
    until: datetime | None = None


def parse_when(value: str | None, *, end_of_day: bool = False) -> datetime | None:
    """An ISO date or date-time as UTC; a bare date with ``end_of_day`` means up to the end of that day."""
    if value is None or not value.strip():
        return None
    text = value.strip().replace("Z", "+00:00")
    try:
        if len(text) == 10:
            day = date.fromisoformat(text)
            start = datetime.combine(day, time.min, tzinfo=UTC)
            return start + timedelta(days=1) - timedelta(microseconds=1) if end_of_day else start
        parsed = datetime.fromisoformat(text)
    except ValueError:
        raise ValidationError(f"not an ISO date or date-time: {value!r}", field="time") from None
    return parsed.replace(tzinfo=UTC) if parsed.tzinfo is None else parsed.astimezone(UTC)


def _statement(flt: EventFilter) -> Select[tuple[AuditEvent]]:
    stmt = select(AuditEvent)
    if flt.encounter_id:
        stmt = stmt.where(AuditEvent.encounter_id == flt.encounter_id)
    if flt.actor:
        stmt = stmt.where(AuditEvent.actor == flt.actor)
    if flt.action:
        action = flt.action.rstrip(".*")
        stmt = stmt.where(or_(AuditEvent.action == action, AuditEvent.action.startswith(action + ".")))
    if flt.since:
        stmt = stmt.where(AuditEvent.at >= flt.since)
    if flt.until:
        stmt = stmt.where(AuditEvent.at <= flt.until)
    return stmt


def query_events(session: Session, flt: EventFilter, *, limit: int | None = None,
                 newest_first: bool = False) -> list[AuditEvent]:
    """Matching events in sequence order (or newest first), at most ``limit``."""
    stmt = _statement(flt).order_by(AuditEvent.seq.desc() if newest_first else AuditEvent.seq)
    if limit:
        stmt = stmt.limit(limit)
    return list(session.scalars(stmt))


def iter_events(session: Session, flt: EventFilter) -> Iterator[AuditEvent]:
    """Stream matching events in sequence order (for CSV of a large log)."""
    yield from session.scalars(_statement(flt).order_by(AuditEvent.seq).execution_options(yield_per=1000))


def encounter_history(session: Session, encounter_id: str) -> list[AuditEvent]:
    """Every event recorded for one encounter, oldest first: its full audit trail."""
    return query_events(session, EventFilter(encounter_id=encounter_id))


def iso(at: datetime) -> str:
    at = at.replace(tzinfo=UTC) if at.tzinfo is None else at.astimezone(UTC)
    return at.strftime("%Y-%m-%dT%H:%M:%S.%fZ")


def event_dict(event: AuditEvent) -> dict[str, Any]:
    """One event as plain data (payload decoded) for JSON APIs and templates."""
    return {"seq": event.seq, "at": iso(event.at), "actor": event.actor, "role": event.role,
            "action": event.action, "encounter_id": event.encounter_id, "payload": json.loads(event.payload),
            "prev_hash": event.prev_hash, "hash": event.hash}


def summary(payload: dict[str, Any], width: int = 80) -> str:
    """A one-line ``key=value`` rendering of a payload for tables."""
    text = " ".join(f"{k}={v if not isinstance(v, dict | list) else json.dumps(v, sort_keys=True)}"
                    for k, v in sorted(payload.items()))
    return text if len(text) <= width else text[: width - 1] + "…"


def write_csv(events: Iterable[AuditEvent], out: io.TextIOBase | Any) -> int:
    """Write events as CSV (payload as stored canonical JSON, so hashes can be re-checked); returns the row count."""
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(CSV_COLUMNS)
    count = 0
    for event in events:
        writer.writerow([event.seq, iso(event.at), event.actor, event.role, event.action, event.encounter_id or "",
                         event.payload, event.prev_hash, event.hash])
        count += 1
    return count
