"""Issue #3 engine errors fixed by general guideline rules (allergy status, unspecified siblings across
categories, receptor status, TNBC, old myocardial infarction), each from a short note."""

from __future__ import annotations

import pytest

from tests.suggest_support import codes, suggester


@pytest.fixture(scope="module")
def s(codeset_cache):
    return suggester(codeset_cache)


def icd(s, text: str, **visit) -> list[str]:
    return codes(s.suggest({"id": "n", "text": text, "visit": {"new_patient": False, **visit}}))


def test_unspecified_rheumatoid_arthritis_subsumed_by_the_specific_code(s):
    # I.B: "Rheumatoid arthritis" (M06.9) is the same condition M05.79 codes more specifically, across categories
    text = ("55F with seropositive rheumatoid arthritis of multiple sites on methotrexate 15 mg weekly.\n"
            "Assessment: Rheumatoid arthritis with rheumatoid factor of multiple sites, stable on methotrexate.\n"
            "Plan: continue methotrexate; CBC and CMP for toxicity monitoring.\n")
    out = s.suggest({"id": "n", "text": text, "visit": {"new_patient": False}})
    assert "M05.79" in codes(out) and "M06.9" not in codes(out)
    em = next(x for x in out if x.system == "CPT")
    assert em.extra["em"]["mdm"]["problems"] <= 3  # one chronic illness, not two problems
