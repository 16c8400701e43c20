"""Auditor sampling: population filters, sample sizes checked against scipy, seeded and stratified draws."""

from __future__ import annotations

import csv
import io
import math

import pytest
from scipy.stats import norm

from medcoder.audit import verify_chain
from medcoder.audit.stats import attribute_sample_size, proportional_allocation
from medcoder.errors import ValidationError
from medcoder.services import sampling
from medcoder.services.sampling import FrameRow, PopulationFilter, SizeSpec
from medcoder.storage.models import AuditEvent, AuditSampleItem
from tests.audit_factories import coded_encounter
from tests.audit_factories import fast_user as user
from tests.factories import SYSTEM


def _reference_size(confidence: float, precision: float, rate: float, population: int | None) -> int:
    n0 = norm.ppf(1 - (1 - confidence) / 2) ** 2 * rate * (1 - rate) / precision**2
    return math.ceil(n0 if population is None else n0 / (1 + (n0 - 1) / population))


def test_attribute_sample_size_issue_example_is_143() -> None:
    assert attribute_sample_size(confidence=0.90, precision=0.03, expected_error=0.05) == 143
    assert attribute_sample_size(confidence=0.90, precision=0.03, expected_error=0.05, population=1_000_000) == 143


@pytest.mark.parametrize(("confidence", "precision", "rate", "population"), [
    (0.90, 0.03, 0.05, None), (0.95, 0.05, 0.10, None), (0.95, 0.02, 0.05, 500), (0.90, 0.03, 0.05, 300),
    (0.99, 0.04, 0.20, 2000), (0.80, 0.10, 0.30, 40),
])
def test_attribute_sample_size_matches_scipy(confidence, precision, rate, population) -> None:
    expected = _reference_size(confidence, precision, rate, population)
    got = attribute_sample_size(confidence=confidence, precision=precision, expected_error=rate,
                                population=population)
    assert got == (min(expected, population) if population else expected)


def test_attribute_sample_size_finite_population_shrinks() -> None:
    assert attribute_sample_size(confidence=0.90, precision=0.03, expected_error=0.05, population=300) < 143
    assert attribute_sample_size(confidence=0.90, precision=0.03, expected_error=0.05, population=10) == 10


def test_size_spec_fixed_and_percent() -> None:
    assert SizeSpec(kind="fixed", count=30).size(20) == 20
    assert SizeSpec(kind="percent", percent=10).size(95) == 10
    with pytest.raises(ValidationError):
        SizeSpec(kind="percent", percent=0).size(10)


def test_proportional_allocation_every_stratum_gets_one() -> None:
    alloc = proportional_allocation({"a": 100, "b": 3, "c": 1}, 10)
    assert sum(alloc.values()) == 10 and all(v >= 1 for v in alloc.values())
    assert alloc["a"] > alloc["b"] >= alloc["c"]
    assert proportional_allocation({"a": 5, "b": 5, "c": 5}, 2) == {"a": 1, "b": 1, "c": 1}


def _frame(n: int, coders: int = 3) -> list[FrameRow]:
    return [FrameRow(f"enc-{i:04d}", f"coder{i % coders}", None, "2026-03-02", "outpatient", None, None,
                     (i % 10) / 10, "finalized") for i in range(n)]


def test_draw_reproducible_from_seed() -> None:
    frame = _frame(200)
    first = sampling.draw(frame, method="simple", size=20, seed=42)
    again = sampling.draw(list(frame), method="simple", size=20, seed=42)
    other = sampling.draw(frame, method="simple", size=20, seed=43)
    ids = [row.encounter_id for row, _ in first.selected]
    assert ids == [row.encounter_id for row, _ in again.selected]
    assert ids != [row.encounter_id for row, _ in other.selected]
    assert len(set(ids)) == 20


@pytest.mark.parametrize("method", ["stratified-coder", "stratified-confidence"])
def test_draw_stratified_covers_every_stratum(method) -> None:
    frame = _frame(60, coders=4) + [FrameRow("enc-rare", "rare-coder", None, None, "outpatient", None, None,
                                             None, "finalized")]
    drawn = sampling.draw(frame, method=method, size=8, seed=7)
    strata = {sampling.stratum_of(row, method) for row in frame}
    assert {stratum for _, stratum in drawn.selected} == strata
    assert drawn.size >= 8 and all(v["sample"] >= 1 for v in drawn.strata.values())


def _population(session) -> tuple:
    alice, bob = user(session, "alice"), user(session, "bob")
    for i in range(6):
        coded_encounter(session, f"a-{i}", coder=alice, final=["I10"], specialty="cardiology",
                        date_of_service=f"2026-03-0{i + 1}")
    for i in range(3):
        coded_encounter(session, f"b-{i}", coder=bob, final=["E11.22", "99213"], state="exported",
                        date_of_service="2026-02-10", payer={"id": "1", "name": "Acme"})
    coded_encounter(session, "open-1", coder=bob, final=["I10"], state="in_review")
    return alice, bob


def test_population_filters(session) -> None:
    _population(session)
    assert len(sampling.population(session, PopulationFilter())) == 9
    assert len(sampling.population(session, PopulationFilter(coder="bob"))) == 3
    assert len(sampling.population(session, PopulationFilter(specialty="cardiology"))) == 6
    assert len(sampling.population(session, PopulationFilter(payer="Acme"))) == 3
    assert len(sampling.population(session, PopulationFilter(system="CPT"))) == 3
    assert len(sampling.population(session, PopulationFilter(code="E11"))) == 3
    assert len(sampling.population(session, PopulationFilter(date_from="2026-03-02", date_to="2026-03-04"))) == 3


def test_create_sample_stores_items_and_logs_event(session) -> None:
    alice, _ = _population(session)
    auditor = user(session, "audrey", role="auditor")
    sample = sampling.create_sample(session, name="Q1", flt=PopulationFilter(), method="stratified-coder",
                                    size_spec=SizeSpec(kind="fixed", count=4), created_by=auditor, actor=SYSTEM,
                                    seed=99)
    session.commit()
    items = session.query(AuditSampleItem).filter_by(sample_id=sample.id).all()
    assert len(items) == 4 and {i.stratum for i in items} == {"alice", "bob"}
    assert all(i.coder_id is not None for i in items)
    event = session.query(AuditEvent).filter_by(action="audit.sample_create").one()
    assert '"seed":99' in event.payload and verify_chain(session).ok
    again = sampling.draw(sampling.population(session, PopulationFilter()), method="stratified-coder", size=4, seed=99)
    assert sorted(r.encounter_id for r, _ in again.selected) == sorted(i.encounter_id for i in items)


def test_frame_csv_lists_population_with_selection(session) -> None:
    _population(session)
    auditor = user(session, "audrey", role="auditor")
    sample = sampling.create_sample(session, name="Q1", flt=PopulationFilter(), method="simple",
                                    size_spec=SizeSpec(kind="percent", percent=30), created_by=auditor,
                                    actor=SYSTEM, seed=5)
    rows = list(csv.DictReader(io.StringIO(sampling.frame_csv(session, sample_id=sample.id, actor=SYSTEM))))
    assert [r["frame_no"] for r in rows] == [str(i) for i in range(1, 10)]
    assert sum(r["selected"] == "yes" for r in rows) == 3
    assert "open-1" not in {r["encounter_id"] for r in rows}


def test_create_sample_empty_population_refused(session) -> None:
    auditor = user(session, "audrey", role="auditor")
    with pytest.raises(ValidationError, match="no finalized"):
        sampling.create_sample(session, name="x", flt=PopulationFilter(coder="nobody"), method="simple",
                               size_spec=SizeSpec(), created_by=auditor, actor=SYSTEM)
