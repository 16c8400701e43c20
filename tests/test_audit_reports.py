"""Accuracy reports: Wilson intervals and kappa against statsmodels; a full coder -> sample -> blind review flow."""

from __future__ import annotations

import csv
import io

import numpy as np
import pytest
from statsmodels.stats.inter_rater import cohens_kappa as sm_kappa
from statsmodels.stats.proportion import proportion_confint

from medcoder.audit import Actor
from medcoder.audit.stats import cohens_kappa, kappa_from_table, wilson_interval
from medcoder.services import audit_reports, audit_review, sampling
from medcoder.services.audit_reports import band_of
from medcoder.services.sampling import PopulationFilter, SizeSpec
from tests.audit_factories import coded_encounter, fast_user

DX, PX = "ICD-10-CM", "CPT"


@pytest.mark.parametrize(("k", "n"), [(0, 10), (10, 10), (7, 9), (143, 150), (1, 1), (37, 120)])
@pytest.mark.parametrize("confidence", [0.90, 0.95])
def test_wilson_interval_matches_statsmodels(k, n, confidence) -> None:
    low, high = proportion_confint(k, n, alpha=1 - confidence, method="wilson")
    got = wilson_interval(k, n, confidence)
    assert got.low == pytest.approx(low, abs=1e-9) and got.high == pytest.approx(high, abs=1e-9)


@pytest.mark.parametrize("table", [[[20, 5], [10, 15]], [[1, 3], [2, 5]], [[40, 1], [2, 3]], [[0, 4], [6, 0]]])
def test_kappa_matches_statsmodels(table) -> None:
    assert kappa_from_table(table) == pytest.approx(sm_kappa(np.array(table)).kappa, abs=1e-12)
    pairs = [(bool(i), bool(j)) for i in (0, 1) for j in (0, 1) for _ in range(table[i][j])]
    assert cohens_kappa(pairs) == pytest.approx(sm_kappa(np.array(table)).kappa, abs=1e-12)


def test_kappa_undefined_without_items() -> None:
    assert cohens_kappa([]) is None


def test_band_of_edges() -> None:
    assert band_of(0.9) == "0.9-1.0" and band_of(1.0) == "0.9-1.0" and band_of(0.35) == "0.3-0.4"
    assert band_of(0.0) == "0.0-0.1"


AUDITOR_CODES = {
    "a1": [(DX, "I10")],
    "a2": [(DX, "E11.22"), (DX, "I10")],
    "a3": [(DX, "J18.9")],
    "b1": [(DX, "I10"), (PX, "99214")],
    "b2": [(DX, "N39.0"), (DX, "R31.9")],
}


def _full_flow(session):
    alice, bob = fast_user(session, "alice"), fast_user(session, "bob")
    auditor = fast_user(session, "audrey", role="auditor")
    coded_encounter(session, "a1", coder=alice, final=["I10"], suggested=[("I10", 0.9), ("E78.5", 0.35)],
                    rejected={"E78.5": "not_documented"})
    coded_encounter(session, "a2", coder=alice, final=["E11.9", "I10"])
    coded_encounter(session, "a3", coder=alice, final=["J18.9"], state="exported")
    coded_encounter(session, "b1", coder=bob, final=["I10", "99213"], suggested=[("I10", 0.9)])
    coded_encounter(session, "b2", coder=bob, final=["N39.0"])
    actor = Actor("audrey", "auditor")
    sample = sampling.create_sample(session, name="all", flt=PopulationFilter(), method="stratified-coder",
                                    size_spec=SizeSpec(kind="percent", percent=100), created_by=auditor,
                                    actor=actor, seed=3)
    for item in sampling.sample_items(session, sample.id):
        view = audit_review.open_blind_review(session, sample_item_id=item.id, auditor=auditor, actor=actor)
        codes = [{"system": s, "code": c, "evidence": [{"start": 0, "end": 10}]}
                 for s, c in AUDITOR_CODES[view.encounter.id]]
        audit_review.submit_review(session, sample_item_id=item.id, auditor=auditor, actor=actor, codes=codes)
    session.commit()
    return sample


def test_full_flow_accuracy_report(session) -> None:
    sample = _full_flow(session)
    report = audit_reports.accuracy_report(session, sample_id=sample.id)
    by = {row["coder"]: row for row in report["coders"]}
    assert (by["alice"]["records"], by["alice"]["records_correct"]) == (3, 2)
    assert (by["alice"]["codes"], by["alice"]["codes_agree"]) == (4, 3)
    assert (by["bob"]["records"], by["bob"]["records_correct"]) == (2, 0)
    assert (by["bob"]["codes"], by["bob"]["codes_agree"]) == (4, 2)
    overall = report["overall"]
    assert (overall["records_correct"], overall["records"], overall["codes_agree"], overall["codes"]) == (2, 5, 5, 8)
    assert overall["errors"] == {"missed": 1, "extra": 0, "wrong_specificity": 2, "sequencing": 0}
    assert overall["record_ci95"] == pytest.approx(proportion_confint(2, 5, alpha=0.05, method="wilson"), abs=1e-6)
    assert overall["code_ci90"] == pytest.approx(proportion_confint(5, 8, alpha=0.10, method="wilson"), abs=1e-6)
    # candidates: suggestions + both lists; rows coder no/yes, columns auditor no/yes (E78.5 is the only no/no)
    expected_kappa = sm_kappa(np.array([[1, 3], [2, 5]])).kappa
    assert overall["kappa"] == pytest.approx(expected_kappa, abs=1e-6)
    rows = list(csv.DictReader(io.StringIO(audit_reports.accuracy_csv(report))))
    assert [r["coder"] for r in rows] == ["alice", "bob", "(all coders)"] and rows[1]["records_correct"] == "0"


def test_full_flow_engine_report(session) -> None:
    _full_flow(session)
    report = audit_reports.engine_report(session)
    assert (report["suggested"], report["final"], report["matched"]) == (7, 7, 6)
    assert report["precision"] == pytest.approx(6 / 7) and report["recall"] == pytest.approx(6 / 7)
    bands = {b["band"]: b for b in report["by_band"]}
    assert bands["0.9-1.0"]["acceptance_rate"] == 1.0 and bands["0.3-0.4"]["acceptance_rate"] == 0.0
    assert report["top_rejected"] == [{"system": DX, "code": "E78.5", "rejected": 1,
                                       "reasons": {"not_documented": 1}}]
    text = audit_reports.engine_csv(report)
    assert "rejected,ICD-10-CM:E78.5,1" in text and "band,0.9-1.0,6,6,1.0" in text


def test_accuracy_report_empty_is_well_formed(session) -> None:
    report = audit_reports.accuracy_report(session)
    assert report["overall"]["records"] == 0 and report["overall"]["record_accuracy"] is None
    assert report["coders"] == []


def test_full_flow_through_review_services(session, monkeypatch) -> None:
    """Coder decisions and finalize go through the real review services; then sample, blind review, report."""
    from medcoder.services import finalize, review
    from medcoder.storage.models import Encounter, Suggestion
    from tests import factories
    from tests.codes_stub import StubCodes, cheap_hashing

    cheap_hashing(monkeypatch)
    factories.user(session, "coder1", "coder")
    auditor = factories.user(session, "auditor1", "auditor")
    text = "Assessment: essential hypertension. Type 2 diabetes. Office visit. Denies cough."
    enc = factories.encounter_with_suggestions(session, text=text, codes=[
        factories.suggestion("I10", score=0.95),
        factories.suggestion("E11.9", score=0.55, evidence=[{"start": 36, "end": 51, "text": "Type 2 diabetes"}]),
        factories.suggestion("99213", system="CPT", score=0.85, evidence=[]),
        factories.suggestion("R05.9", score=0.25, assertion="negated",
                             evidence=[{"start": 67, "end": 79, "text": "Denies cough"}])])
    session.commit()
    coder = Actor("coder1", "coder")

    def version() -> int:
        session.expire_all()
        return session.get(Encounter, enc).version

    def sid(code: str) -> int:
        return session.query(Suggestion.id).filter_by(encounter_id=enc, code=code).scalar()

    for code in ("I10", "99213"):
        review.accept(session=session, encounter_id=enc, expected_version=version(), actor=coder,
                      suggestion_id=sid(code))
    review.reject(session=session, encounter_id=enc, expected_version=version(), actor=coder,
                  suggestion_id=sid("E11.9"), reason="not_documented")
    review.reject(session=session, encounter_id=enc, expected_version=version(), actor=coder,
                  suggestion_id=sid("R05.9"), reason="negated_ruled_out")
    finalize.finalize(session=session, encounter_id=enc, expected_version=version(), actor=coder, codes=StubCodes())
    session.commit()

    actor = Actor("auditor1", "auditor")
    sample = sampling.create_sample(session, name="flow", flt=PopulationFilter(), method="stratified-confidence",
                                    size_spec=SizeSpec(), created_by=auditor, actor=actor, seed=1)
    item = sampling.sample_items(session, sample.id)[0]
    assert item.stratum == "low (<0.50)"  # the encounter's lowest suggestion score was 0.25
    view = audit_review.open_blind_review(session, sample_item_id=item.id, auditor=auditor, actor=actor)
    picked = [s["id"] for s in view.suggestions if s["code"] in ("I10", "E11.9")]
    audit_review.submit_review(session, sample_item_id=item.id, auditor=auditor, actor=actor, picked=picked,
                               codes=[{"system": "CPT", "code": "99213", "evidence": ["Office visit"]}])
    session.commit()

    overall = audit_reports.accuracy_report(session, sample_id=sample.id)["overall"]
    assert (overall["records"], overall["records_correct"], overall["codes_agree"], overall["codes"]) == (1, 0, 2, 3)
    assert overall["errors"]["missed"] == 1
    engine = audit_reports.engine_report(session)
    assert (engine["suggested"], engine["final"], engine["matched"]) == (4, 2, 2)
    assert engine["precision"] == 0.5 and engine["recall"] == 1.0
    assert {r["code"]: r["reasons"] for r in engine["top_rejected"]} == {
        "E11.9": {"not_documented": 1}, "R05.9": {"negated_ruled_out": 1}}
