"""Auditor sampling: the population of coded encounters, the sample size, a seeded draw, the frame as CSV.

The draw is a pure function of (population frame, method, size, seed): the frame is sorted by
encounter id and stored with the sample, so anyone can redraw it and get the same encounters.
"""

from __future__ import annotations

import csv
import io
import math
import random
import secrets
from dataclasses import asdict, dataclass, field
from typing import Any

from sqlalchemy import or_, select
from sqlalchemy.orm import Session

from medcoder.audit import Actor, append_event
from medcoder.audit.stats import attribute_sample_size, proportional_allocation
from medcoder.errors import NotFoundError, ValidationError
from medcoder.storage.models import AuditSample, AuditSampleItem, Encounter, EncounterCode, User

CODED_STATES = ("finalized", "exported")
METHODS = ("simple", "stratified-coder", "stratified-confidence")
#: Confidence bands by the encounter's lowest suggestion score (``encounters.min_confidence``).
CONFIDENCE_BANDS = ((0.5, "low (<0.50)"), (0.8, "medium (0.50-0.79)"), (1.01, "high (>=0.80)"))
MAX_SEED = 2**31 - 1


@dataclass(frozen=True)
class PopulationFilter:
    """Which coded encounters are eligible; ``None`` means no restriction. ``code`` also matches child codes."""

    date_from: str | None = None
    date_to: str | None = None
    coder: str | None = None
    setting: str | None = None
    specialty: str | None = None
    payer: str | None = None
    system: str | None = None
    code: str | None = None

    def as_dict(self) -> dict[str, Any]:
        return {k: v for k, v in asdict(self).items() if v not in (None, "")}


@dataclass(frozen=True)
class SizeSpec:
    """How many to draw: ``attribute`` (confidence/precision/expected error), ``fixed`` or ``percent``."""

    kind: str = "attribute"
    confidence: float = 0.90
    precision: float = 0.03
    expected_error: float = 0.05
    count: int | None = None
    percent: float | None = None

    def size(self, population: int) -> int:
        """The sample size for a population of ``population`` encounters (never more than it)."""
        if self.kind == "attribute":
            return attribute_sample_size(confidence=self.confidence, precision=self.precision,
                                         expected_error=self.expected_error, population=population)
        if self.kind == "fixed":
            if not self.count or self.count < 1:
                raise ValidationError("a fixed sample needs a count of at least 1", field="count")
            return min(self.count, population)
        if self.kind == "percent":
            if self.percent is None or not 0 < self.percent <= 100:
                raise ValidationError("percent must be between 0 and 100", field="percent")
            return min(population, max(1, math.ceil(population * self.percent / 100 - 1e-9))) if population else 0
        raise ValidationError(f"unknown sample size kind {self.kind!r}: use attribute, fixed or percent", field="kind")


@dataclass(frozen=True)
class FrameRow:
    """One encounter of the population, with the stratum it would be drawn from."""

    encounter_id: str
    coder: str
    coder_id: int | None
    date_of_service: str | None
    setting: str
    specialty: str | None
    payer: str | None
    min_confidence: float | None
    state: str


@dataclass
class DrawnSample:
    method: str
    seed: int
    size: int
    selected: list[tuple[FrameRow, str]] = field(default_factory=list)
    strata: dict[str, dict[str, int]] = field(default_factory=dict)


def confidence_band(score: float | None) -> str:
    if score is None:
        return "no suggestions"
    for upper, name in CONFIDENCE_BANDS:
        if score < upper:
            return name
    return CONFIDENCE_BANDS[-1][1]


def population(session: Session, flt: PopulationFilter) -> list[FrameRow]:
    """Finalized or exported encounters matching the filter, sorted by encounter id (the frame order)."""
    stmt = (select(Encounter, User.username).outerjoin(User, User.id == Encounter.finalized_by_id)
            .where(Encounter.state.in_(CODED_STATES)))
    if flt.date_from:
        stmt = stmt.where(Encounter.date_of_service >= flt.date_from)
    if flt.date_to:
        stmt = stmt.where(Encounter.date_of_service <= flt.date_to)
    if flt.coder:
        stmt = stmt.where(User.username == flt.coder)
    for column, value in ((Encounter.setting, flt.setting), (Encounter.specialty, flt.specialty),
                          (Encounter.payer, flt.payer)):
        if value:
            stmt = stmt.where(column == value)
    if flt.system or flt.code:
        codes = select(EncounterCode.encounter_id)
        if flt.system:
            codes = codes.where(EncounterCode.system == flt.system)
        if flt.code:
            wanted = flt.code.strip().upper()
            codes = codes.where(or_(EncounterCode.code == wanted, EncounterCode.code.startswith(wanted)))
        stmt = stmt.where(Encounter.id.in_(codes))
    rows = session.execute(stmt.order_by(Encounter.id)).all()
    return [FrameRow(e.id, username or "(unknown)", e.finalized_by_id, e.date_of_service, e.setting, e.specialty,
                     e.payer, e.min_confidence, e.state) for e, username in rows]


def stratum_of(row: FrameRow, method: str) -> str:
    if method == "stratified-coder":
        return row.coder
    if method == "stratified-confidence":
        return confidence_band(row.min_confidence)
    return "all"


def draw(frame: list[FrameRow], *, method: str, size: int, seed: int) -> DrawnSample:
    """Select ``size`` rows from ``frame`` with ``random.Random(seed)``; stratified methods allocate proportionally."""
    if method not in METHODS:
        raise ValidationError(f"unknown sampling method {method!r}: use {', '.join(METHODS)}", field="method")
    rng = random.Random(seed)
    groups: dict[str, list[FrameRow]] = {}
    for row in frame:
        groups.setdefault(stratum_of(row, method), []).append(row)
    allocation = proportional_allocation({k: len(v) for k, v in groups.items()}, size)
    result = DrawnSample(method=method, seed=seed, size=0)
    for name in sorted(groups):
        picked = rng.sample(groups[name], allocation[name])
        picked.sort(key=lambda r: r.encounter_id)
        result.selected.extend((row, name) for row in picked)
        result.strata[name] = {"population": len(groups[name]), "sample": allocation[name]}
    result.size = len(result.selected)
    return result


def create_sample(session: Session, *, name: str, flt: PopulationFilter, size_spec: SizeSpec, method: str,
                  created_by: User, actor: Actor, seed: int | None = None) -> AuditSample:
    """Draw and store a sample with its frame and parameters, and log ``audit.sample_create``."""
    if seed is None:
        seed = secrets.randbelow(MAX_SEED)
    if not 0 <= seed <= MAX_SEED:
        raise ValidationError(f"seed must be between 0 and {MAX_SEED}", field="seed")
    frame = population(session, flt)
    if not frame:
        raise ValidationError("no finalized or exported encounters match the filter", field="population")
    drawn = draw(frame, method=method, size=size_spec.size(len(frame)), seed=seed)
    sample = AuditSample(
        name=name.strip()[:128] or f"sample {seed}", created_by_id=created_by.id, seed=seed, method=method,
        population_size=len(frame),
        parameters={"filter": flt.as_dict(), "size": asdict(size_spec), "strata": drawn.strata,
                    "frame": [row.encounter_id for row in frame]},
    )
    session.add(sample)
    session.flush()
    for row, stratum in drawn.selected:
        session.add(AuditSampleItem(sample_id=sample.id, encounter_id=row.encounter_id, stratum=stratum[:64],
                                    coder_id=row.coder_id))
    session.flush()
    append_event(session, actor=actor, action="audit.sample_create", payload={
        "sample_id": sample.id, "method": method, "seed": seed, "population": len(frame), "size": drawn.size,
        "filter": flt.as_dict(), "strata": drawn.strata,
    })
    return sample


def get_sample(session: Session, sample_id: int) -> AuditSample:
    sample = session.get(AuditSample, sample_id)
    if sample is None:
        raise NotFoundError(f"no audit sample {sample_id}", sample_id=sample_id)
    return sample


def list_samples(session: Session) -> list[AuditSample]:
    return list(session.scalars(select(AuditSample).order_by(AuditSample.id.desc())))


def sample_items(session: Session, sample_id: int) -> list[AuditSampleItem]:
    return list(session.scalars(select(AuditSampleItem).where(AuditSampleItem.sample_id == sample_id)
                                .order_by(AuditSampleItem.stratum, AuditSampleItem.encounter_id)))


FRAME_COLUMNS = ("frame_no", "encounter_id", "selected", "stratum", "coder", "date_of_service", "setting",
                 "specialty", "payer", "min_confidence", "state")


def frame_csv(session: Session, *, sample_id: int, actor: Actor) -> str:
    """The sample frame (every population encounter, numbered, with ``selected`` yes/no) as CSV.

    Encounters that left the coded states since the draw keep their row with ``state`` as it is now.
    Logged as ``audit.frame_export`` because it lists encounters and coders.
    """
    sample = get_sample(session, sample_id)
    chosen = {item.encounter_id: item.stratum for item in sample_items(session, sample_id)}
    ids = list(sample.parameters.get("frame", []))
    rows: dict[str, tuple[Encounter, str | None]] = {}
    for start in range(0, len(ids), 900):  # stay under SQLite's bound-parameter limit
        rows.update({e.id: (e, u) for e, u in session.execute(
            select(Encounter, User.username).outerjoin(User, User.id == Encounter.finalized_by_id)
            .where(Encounter.id.in_(ids[start:start + 900]))).all()})
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(FRAME_COLUMNS)
    for number, encounter_id in enumerate(ids, start=1):
        enc, username = rows.get(encounter_id, (None, None))
        row = FrameRow(encounter_id, username or "(unknown)", None, enc.date_of_service if enc else None,
                       enc.setting if enc else "", enc.specialty if enc else None, enc.payer if enc else None,
                       enc.min_confidence if enc else None, enc.state if enc else "missing")
        writer.writerow([number, encounter_id, "yes" if encounter_id in chosen else "no",
                         chosen.get(encounter_id, stratum_of(row, sample.method)), row.coder,
                         row.date_of_service or "", row.setting, row.specialty or "", row.payer or "",
                         "" if row.min_confidence is None else f"{row.min_confidence:.3f}", row.state])
    append_event(session, actor=actor, action="audit.frame_export",
                 payload={"sample_id": sample_id, "rows": len(ids)})
    return out.getvalue()
