"""SQLAlchemy 2 tables. Schema changes happen only through Alembic migrations (medcoder/storage/migrations)."""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any

from sqlalchemy import (
    JSON,
    Boolean,
    DateTime,
    Float,
    ForeignKey,
    Index,
    Integer,
    String,
    Text,
    UniqueConstraint,
)
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column, relationship


def utcnow() -> datetime:
    """Timestamps are always timezone-aware UTC."""
    return datetime.now(UTC)


class Base(DeclarativeBase):
    type_annotation_map = {dict[str, Any]: JSON, list[Any]: JSON}


ROLES = ("coder", "auditor", "admin")
ENCOUNTER_STATES = ("new", "suggested", "in_review", "finalized", "exported", "reopened")


class User(Base):
    __tablename__ = "users"

    id: Mapped[int] = mapped_column(primary_key=True)
    username: Mapped[str] = mapped_column(String(64), unique=True)
    full_name: Mapped[str] = mapped_column(String(128), default="")
    password_hash: Mapped[str] = mapped_column(String(255))
    role: Mapped[str] = mapped_column(String(16))
    active: Mapped[bool] = mapped_column(Boolean, default=True)
    created_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=utcnow)
    password_changed_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=utcnow)


class WebSession(Base):
    """Server-side login sessions so logout, idle expiry and disabling a user take effect at once."""

    __tablename__ = "web_sessions"

    id: Mapped[str] = mapped_column(String(64), primary_key=True)  # sha256 of the cookie token
    user_id: Mapped[int] = mapped_column(ForeignKey("users.id"))
    csrf_token: Mapped[str] = mapped_column(String(64))
    created_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=utcnow)
    last_seen_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=utcnow)
    revoked: Mapped[bool] = mapped_column(Boolean, default=False)


class LoginAttempt(Base):
    """Failed logins per username, for throttling (successful ones go to the audit log)."""

    __tablename__ = "login_attempts"

    id: Mapped[int] = mapped_column(primary_key=True)
    username: Mapped[str] = mapped_column(String(64), index=True)
    at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=utcnow)
    success: Mapped[bool] = mapped_column(Boolean, default=False)


class Note(Base):
    __tablename__ = "notes"

    id: Mapped[str] = mapped_column(String(128), primary_key=True)
    text: Mapped[str] = mapped_column(Text)
    content_hash: Mapped[str] = mapped_column(String(64))
    meta: Mapped[dict[str, Any]] = mapped_column(JSON, default=dict)
    source: Mapped[str] = mapped_column(String(255), default="")
    ingested_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=utcnow)


class Encounter(Base):
    __tablename__ = "encounters"
    __table_args__ = (
        Index("ix_encounters_worklist", "state", "assignee_id", "priority", "date_of_service"),
    )

    id: Mapped[str] = mapped_column(String(128), primary_key=True)
    note_id: Mapped[str] = mapped_column(ForeignKey("notes.id"), unique=True)
    state: Mapped[str] = mapped_column(String(16), default="new", index=True)
    version: Mapped[int] = mapped_column(Integer, default=1)
    assignee_id: Mapped[int | None] = mapped_column(ForeignKey("users.id"), nullable=True)
    setting: Mapped[str] = mapped_column(String(16), default="outpatient")
    date_of_service: Mapped[str | None] = mapped_column(String(10), nullable=True, index=True)
    specialty: Mapped[str | None] = mapped_column(String(64), nullable=True)
    payer: Mapped[str | None] = mapped_column(String(128), nullable=True)
    priority: Mapped[float] = mapped_column(Float, default=0.0)
    suggestion_count: Mapped[int] = mapped_column(Integer, default=0)
    min_confidence: Mapped[float | None] = mapped_column(Float, nullable=True)
    model_version: Mapped[str | None] = mapped_column(String(64), nullable=True)
    codeset_version: Mapped[str | None] = mapped_column(String(128), nullable=True)
    created_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=utcnow)
    updated_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=utcnow)
    finalized_at: Mapped[datetime | None] = mapped_column(DateTime(timezone=True), nullable=True)
    finalized_by_id: Mapped[int | None] = mapped_column(ForeignKey("users.id"), nullable=True)

    note: Mapped[Note] = relationship(lazy="joined")
    assignee: Mapped[User | None] = relationship(foreign_keys=[assignee_id])
    finalized_by: Mapped[User | None] = relationship(foreign_keys=[finalized_by_id])

    __mapper_args__ = {"version_id_col": version}


class Suggestion(Base):
    """What the engine proposed; never edited except ``status`` (the coder's verdict on it)."""

    __tablename__ = "suggestions"

    id: Mapped[int] = mapped_column(primary_key=True)
    encounter_id: Mapped[str] = mapped_column(ForeignKey("encounters.id"), index=True)
    system: Mapped[str] = mapped_column(String(16))
    code: Mapped[str] = mapped_column(String(16))
    description: Mapped[str] = mapped_column(Text, default="")
    billable: Mapped[bool] = mapped_column(Boolean, default=True)
    score: Mapped[float] = mapped_column(Float, default=0.0)
    evidence: Mapped[list[Any]] = mapped_column(JSON, default=list)
    section: Mapped[str | None] = mapped_column(String(64), nullable=True)
    assertion: Mapped[str] = mapped_column(String(16), default="present")
    rationale: Mapped[str] = mapped_column(Text, default="")
    rule_ids: Mapped[list[Any]] = mapped_column(JSON, default=list)
    flags: Mapped[list[Any]] = mapped_column(JSON, default=list)
    sequence: Mapped[int] = mapped_column(Integer, default=0)
    extra: Mapped[dict[str, Any]] = mapped_column(JSON, default=dict)
    model_version: Mapped[str] = mapped_column(String(64))
    codeset_version: Mapped[str] = mapped_column(String(128))
    generation: Mapped[int] = mapped_column(Integer, default=1)
    status: Mapped[str] = mapped_column(String(16), default="pending")  # pending|accepted|rejected|corrected
    created_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=utcnow)


class EncounterCode(Base):
    """The coder's working (then final) code list for an encounter, in claim order."""

    __tablename__ = "encounter_codes"

    id: Mapped[int] = mapped_column(primary_key=True)
    encounter_id: Mapped[str] = mapped_column(ForeignKey("encounters.id"), index=True)
    system: Mapped[str] = mapped_column(String(16))
    code: Mapped[str] = mapped_column(String(16))
    description: Mapped[str] = mapped_column(Text, default="")
    sequence: Mapped[int] = mapped_column(Integer, default=0)
    origin: Mapped[str] = mapped_column(String(16))  # accepted|corrected|added
    suggestion_id: Mapped[int | None] = mapped_column(ForeignKey("suggestions.id"), nullable=True)
    evidence: Mapped[list[Any]] = mapped_column(JSON, default=list)
    modifiers: Mapped[list[Any]] = mapped_column(JSON, default=list)
    units: Mapped[int] = mapped_column(Integer, default=1)
    diagnosis_pointers: Mapped[list[Any]] = mapped_column(JSON, default=list)
    codeset_version: Mapped[str] = mapped_column(String(128), default="")


class Decision(Base):
    """One coder action on an encounter (accept, reject, correct, add, remove, reorder, undo)."""

    __tablename__ = "decisions"

    id: Mapped[int] = mapped_column(primary_key=True)
    encounter_id: Mapped[str] = mapped_column(ForeignKey("encounters.id"), index=True)
    suggestion_id: Mapped[int | None] = mapped_column(ForeignKey("suggestions.id"), nullable=True)
    encounter_code_id: Mapped[int | None] = mapped_column(Integer, nullable=True)
    action: Mapped[str] = mapped_column(String(16))
    system: Mapped[str | None] = mapped_column(String(16), nullable=True)
    code_before: Mapped[str | None] = mapped_column(String(16), nullable=True)
    code_after: Mapped[str | None] = mapped_column(String(16), nullable=True)
    reason: Mapped[str | None] = mapped_column(String(32), nullable=True)
    reason_text: Mapped[str | None] = mapped_column(String(500), nullable=True)
    data: Mapped[dict[str, Any]] = mapped_column(JSON, default=dict)
    user_id: Mapped[int] = mapped_column(ForeignKey("users.id"))
    at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=utcnow)
    undone: Mapped[bool] = mapped_column(Boolean, default=False)
    model_version: Mapped[str | None] = mapped_column(String(64), nullable=True)
    codeset_version: Mapped[str | None] = mapped_column(String(128), nullable=True)


class AuditEvent(Base):
    """Append-only, hash-chained. UPDATE and DELETE are refused by database triggers (see migrations)."""

    __tablename__ = "audit_events"

    seq: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=False)
    at: Mapped[datetime] = mapped_column(DateTime(timezone=True))
    actor: Mapped[str] = mapped_column(String(64))
    role: Mapped[str] = mapped_column(String(16))
    action: Mapped[str] = mapped_column(String(48), index=True)
    encounter_id: Mapped[str | None] = mapped_column(String(128), nullable=True, index=True)
    payload: Mapped[str] = mapped_column(Text)  # canonical JSON, stored verbatim so the hash recomputes
    prev_hash: Mapped[str] = mapped_column(String(64))
    hash: Mapped[str] = mapped_column(String(64), unique=True)


class Export(Base):
    __tablename__ = "exports"

    id: Mapped[int] = mapped_column(primary_key=True)
    format: Mapped[str] = mapped_column(String(16))
    file_name: Mapped[str] = mapped_column(String(255))
    file_hash: Mapped[str] = mapped_column(String(64))
    encounter_ids: Mapped[list[Any]] = mapped_column(JSON, default=list)
    control_numbers: Mapped[dict[str, Any]] = mapped_column(JSON, default=dict)
    created_by_id: Mapped[int | None] = mapped_column(ForeignKey("users.id"), nullable=True)
    created_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=utcnow)


class Claim(Base):
    """One claim per (encounter, submission); a resubmission after reopen is a replacement (frequency 7)."""

    __tablename__ = "claims"
    __table_args__ = (UniqueConstraint("claim_id"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    encounter_id: Mapped[str] = mapped_column(ForeignKey("encounters.id"), index=True)
    export_id: Mapped[int] = mapped_column(ForeignKey("exports.id"))
    claim_id: Mapped[str] = mapped_column(String(38))
    frequency_code: Mapped[str] = mapped_column(String(1), default="1")
    original_claim_id: Mapped[str | None] = mapped_column(String(38), nullable=True)
    total_charge: Mapped[float] = mapped_column(Float, default=0.0)
    created_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=utcnow)


class ControlNumber(Base):
    """Persisted X12 interchange/group/transaction control counters so numbers are never reused."""

    __tablename__ = "control_numbers"

    name: Mapped[str] = mapped_column(String(16), primary_key=True)
    value: Mapped[int] = mapped_column(Integer, default=0)


class FeeScheduleEntry(Base):
    __tablename__ = "fee_schedule"
    __table_args__ = (UniqueConstraint("code", "modifier"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    code: Mapped[str] = mapped_column(String(16))
    modifier: Mapped[str] = mapped_column(String(2), default="")
    charge: Mapped[float] = mapped_column(Float)


class QuarantinedNote(Base):
    """Input that could not be processed, with the reason (never the text itself)."""

    __tablename__ = "quarantine"

    id: Mapped[int] = mapped_column(primary_key=True)
    source: Mapped[str] = mapped_column(String(255))
    line_no: Mapped[int | None] = mapped_column(Integer, nullable=True)
    note_id: Mapped[str | None] = mapped_column(String(128), nullable=True)
    reason: Mapped[str] = mapped_column(String(64))
    detail: Mapped[str] = mapped_column(String(500), default="")
    created_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=utcnow)


class AuditSample(Base):
    __tablename__ = "audit_samples"

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(128))
    created_by_id: Mapped[int] = mapped_column(ForeignKey("users.id"))
    created_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=utcnow)
    seed: Mapped[int] = mapped_column(Integer)
    method: Mapped[str] = mapped_column(String(32))  # simple|stratified-coder|stratified-confidence
    parameters: Mapped[dict[str, Any]] = mapped_column(JSON, default=dict)
    population_size: Mapped[int] = mapped_column(Integer, default=0)


class AuditSampleItem(Base):
    __tablename__ = "audit_sample_items"
    __table_args__ = (UniqueConstraint("sample_id", "encounter_id"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    sample_id: Mapped[int] = mapped_column(ForeignKey("audit_samples.id"), index=True)
    encounter_id: Mapped[str] = mapped_column(ForeignKey("encounters.id"))
    stratum: Mapped[str] = mapped_column(String(64), default="all")
    coder_id: Mapped[int | None] = mapped_column(ForeignKey("users.id"), nullable=True)


class AuditReview(Base):
    """An auditor's blind re-review of one sampled encounter and the findings against the coder's codes."""

    __tablename__ = "audit_reviews"

    id: Mapped[int] = mapped_column(primary_key=True)
    sample_item_id: Mapped[int] = mapped_column(ForeignKey("audit_sample_items.id"), unique=True)
    auditor_id: Mapped[int] = mapped_column(ForeignKey("users.id"))
    codes: Mapped[list[Any]] = mapped_column(JSON, default=list)
    findings: Mapped[dict[str, Any]] = mapped_column(JSON, default=dict)
    record_correct: Mapped[bool | None] = mapped_column(Boolean, nullable=True)
    comments: Mapped[str] = mapped_column(String(2000), default="")
    completed_at: Mapped[datetime | None] = mapped_column(DateTime(timezone=True), nullable=True)
