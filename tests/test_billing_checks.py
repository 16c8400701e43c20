"""Pre-export checks: each problem is reported with the encounter and field; good claims still export."""

from __future__ import annotations

from dataclasses import replace
from decimal import Decimal

import pytest

from medcoder.billing.checks import ClaimChecker, claim_errors
from medcoder.billing.claim import ClaimInput, ServiceLine
from medcoder.billing.npi import is_valid_npi
from medcoder.billing.synthetic import DIAGNOSES, synthetic_claim


class FakeCodeSets:
    """Billable = the synthetic diagnoses; categories like E11 are not billable."""

    def is_billable(self, code: str) -> bool:
        return code in DIAGNOSES or code in {"A00.0", "B00.1", "C00.0", "D00.00", "E08.9"}


CS = FakeCodeSets()


def errors_for(claim: ClaimInput, **kwargs) -> list[str]:  # noqa: ANN003
    return claim_errors(claim, codesets=CS, **kwargs)


@pytest.fixture
def claim() -> ClaimInput:
    return synthetic_claim(0, seed=4)


def test_checks_synthetic_claims_pass() -> None:
    for i in range(40):
        assert errors_for(synthetic_claim(i, seed=4)) == [], i


def test_checks_non_billable_diagnosis(claim: ClaimInput) -> None:
    bad = replace(claim, diagnoses=("E11", *claim.diagnoses[1:]))
    assert any("diagnoses[1] E11 is not a billable" in e for e in errors_for(bad))


def test_checks_invalid_npi(claim: ClaimInput) -> None:
    assert is_valid_npi("1234567893") and not is_valid_npi("1234567890") and not is_valid_npi("123456789")
    bad = replace(claim, provider=replace(claim.provider, npi="1234567890"))
    assert any(e.startswith("provider.npi is not a valid NPI") for e in errors_for(bad))


def test_checks_missing_demographics(claim: ClaimInput) -> None:
    patient = replace(claim.patient, birth_date="", sex="X", address=None, member_id="")
    errs = errors_for(replace(claim, patient=patient, subscriber=patient))
    for field in ("patient.birth_date", "patient.sex", "patient.address", "patient.member_id"):
        assert any(e.startswith(field) for e in errs), field


def test_checks_more_than_twelve_diagnoses(claim: ClaimInput) -> None:
    bad = replace(claim, diagnoses=DIAGNOSES[:13])
    assert any("13 codes, a claim holds at most 12" in e for e in errors_for(bad))


def test_checks_pointer_problems(claim: ClaimInput) -> None:
    dx = DIAGNOSES[:6]
    line = ServiceLine(code="99213", charge=Decimal("120"), diagnosis_codes=("Z23",))
    five = ServiceLine(code="99213", charge=Decimal("120"), diagnosis_codes=dx[:5])
    errs = errors_for(replace(claim, diagnoses=dx, lines=(line, five)))
    assert any(e.startswith("line 1 (99213): linked diagnosis Z23 is not on the claim") for e in errs)
    assert any(e.startswith("line 2 (99213): at most 4 diagnosis pointers") for e in errs)


def test_checks_unlinked_line_points_to_first_diagnosis(claim: ClaimInput) -> None:
    line = ServiceLine(code="99213", charge=Decimal("120"))
    assert claim.pointers(line) == (1,)


def test_checks_charge_and_total(claim: ClaimInput) -> None:
    zero = replace(claim, lines=(ServiceLine(code="99213", charge=Decimal("0")),))
    assert any("charge must be greater than 0" in e for e in errors_for(zero))
    wrong_total = replace(claim, declared_total=claim.total_charge + 1)
    assert any("does not equal the sum of lines" in e for e in errors_for(wrong_total))
    assert errors_for(replace(claim, declared_total=claim.total_charge)) == []


def test_checks_already_exported_needs_replacement(claim: ClaimInput) -> None:
    errs = errors_for(claim, already_exported=frozenset({claim.encounter_id}))
    assert any("already exported" in e for e in errs)
    replacement = replace(claim, frequency_code="7", original_claim_id="MC-OLD-1")
    assert errors_for(replacement, already_exported=frozenset({claim.encounter_id})) == []
    assert any(e.startswith("original_claim_id is missing") for e in errors_for(replace(claim, frequency_code="7")))


def test_checks_self_subscriber_must_be_patient(claim: ClaimInput) -> None:
    other = replace(claim.patient, given="Someone")
    assert any("subscriber differs from patient" in e for e in errors_for(replace(claim, subscriber=other)))


def test_checks_delimiters_and_lengths(claim: ClaimInput) -> None:
    bad = replace(claim, payer=replace(claim.payer, name="Plan~A"), claim_id="X" * 39)
    errs = errors_for(bad)
    assert any(e.startswith("payer.name contains an X12 delimiter") for e in errs)
    assert any(e.startswith("claim_id longer than 38") for e in errs)


def test_checks_modifiers_units_codes(claim: ClaimInput) -> None:
    line = ServiceLine(code="9921", charge=Decimal("1"), modifiers=("25", "59", "RT", "LT", "XS"), units=0)
    errs = errors_for(replace(claim, lines=(line,)))
    assert any("not a CPT/HCPCS code" in e for e in errs)
    assert any("at most 4 modifiers" in e for e in errs)
    assert any("units must be a whole number" in e for e in errs)


def test_checker_leaves_out_failing_encounter_and_reports_it() -> None:
    good = [synthetic_claim(i, seed=4) for i in range(3)]
    bad = replace(good[1], diagnoses=("E11",))
    checker = ClaimChecker(codesets=CS)
    passed = list(checker.valid([good[0], bad, good[2]]))
    assert [c.encounter_id for c in passed] == [good[0].encounter_id, good[2].encounter_id]
    assert list(checker.failures) == [bad.encounter_id]
    assert checker.messages()[0].startswith(f"encounter {bad.encounter_id}: diagnoses[1] E11")


def test_checker_refuses_same_encounter_twice() -> None:
    claim = synthetic_claim(0, seed=4)
    checker = ClaimChecker(codesets=CS)
    assert len(list(checker.valid([claim, claim]))) == 1
    assert any("appears twice" in m for m in checker.messages())


@pytest.mark.slow  # builds the code-set cache on a fresh machine
def test_checks_with_project_codesets_when_available(claim: ClaimInput) -> None:
    pytest.importorskip("suggest.codesets")
    from medcoder.engine import codesets

    cs = codesets()
    lines = tuple(replace(line, diagnosis_codes=()) for line in claim.lines)
    assert claim_errors(replace(claim, diagnoses=("E11.9", "I10"), lines=lines), codesets=cs) == []
    errs = claim_errors(replace(claim, diagnoses=("E11", "I10"), lines=lines), codesets=cs)
    assert any("diagnoses[1] E11 is not a billable" in e for e in errs)
