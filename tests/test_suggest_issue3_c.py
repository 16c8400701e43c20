"""Issue #3 engine errors fixed by general guideline rules (allergy status, unspecified siblings across
categories, receptor status, TNBC, old myocardial infarction), each from a short note."""

from __future__ import annotations

import pytest

from tests.suggest_support import codes, suggester


@pytest.fixture(scope="module")
def s(codeset_cache):
    return suggester(codeset_cache)


def icd(s, text: str, date_of_service: str = "2026-03-02") -> list[str]:
    return codes(s.suggest({"id": "n", "text": text, "date_of_service": date_of_service,
                            "visit": {"new_patient": False}}))


def test_unspecified_rheumatoid_arthritis_subsumed_by_the_specific_code(s):
    # I.B: "Rheumatoid arthritis" (M06.9) is the same condition M05.79 codes more specifically, across categories
    text = ("55F with seropositive rheumatoid arthritis of multiple sites on methotrexate 15 mg weekly.\n"
            "Assessment: Rheumatoid arthritis with rheumatoid factor of multiple sites, stable on methotrexate.\n"
            "Plan: continue methotrexate; CBC and CMP for toxicity monitoring.\n")
    out = s.suggest({"id": "n", "text": text, "visit": {"new_patient": False}})
    assert "M05.79" in codes(out) and "M06.9" not in codes(out)
    em = next(x for x in out if x.system == "CPT")
    assert em.extra["em"]["mdm"]["problems"] <= 3  # one chronic illness, not two problems


def test_seropositive_ra_of_multiple_sites_is_m05_79(s):
    # Index: Arthritis, rheumatoid, seropositive / with rheumatoid factor -> M05.-
    text = ("Assessment: Rheumatoid arthritis with positive rheumatoid factor of multiple sites (hands and wrists).\n"
            "Plan: start methotrexate 15 mg weekly.\n")
    out = icd(s, text)
    assert "M05.79" in out and "M06.9" not in out


def test_penicillin_allergy_that_changed_nothing_is_not_coded(s):
    # I.C.21.c.3 / IV.J: a status code only when it affects care at this encounter
    text = ("HPI: hives for 3 days. Penicillin allergy (rash as a child).\n"
            "Assessment: Acute urticaria.\nPlan: cetirizine 10 mg daily.\n")
    assert "Z88.0" not in icd(s, text)


@pytest.mark.parametrize("plan", [
    "Plan: Azithromycin 500 mg day 1 then 250 mg days 2-5 (penicillin allergy).",
    "Plan: given her PCN allergy, azithromycin instead of amoxicillin.",
])
def test_penicillin_allergy_that_changed_the_antibiotic_is_coded(s, plan):
    text = "HPI: sore throat, fever. Allergic to penicillin.\nAssessment: Streptococcal pharyngitis.\n" + plan + "\n"
    assert "Z88.0" in icd(s, text)


def test_tnbc_abbreviation_codes_the_cancer_by_side_and_the_combined_status(s):
    # TNBC is the tabular inclusion term of Z17.421 (combined status documented as such); laterality from the note
    out = icd(s, "Assessment: TNBC of the left breast, on neoadjuvant chemotherapy.\n")
    assert out[:2] == ["C50.912", "Z17.421"]


def test_individually_documented_receptors_are_coded_one_by_one(s):
    # FY2026 Z17: one code for each receptor documented; Z17.4- only when only a combined status is documented
    out = icd(s, "Assessment: Invasive ductal carcinoma of the right breast, ER+, PR-, HER2-.\nPlan: letrozole.\n")
    assert out[:4] == ["C50.911", "Z17.0", "Z17.22", "Z17.32"]  # the status follows its cancer, ER-PR-HER2
    assert not any(c.startswith(("Z17.4", "Z17.1", "Z17.21", "Z17.31")) for c in out)


def test_combined_hormone_receptor_status_uses_the_combined_code(s):
    out = icd(s, "Assessment: Left breast cancer, HR+/HER2-, on anastrozole.\n")
    assert "Z17.411" in out and not any(c in out for c in ("Z17.0", "Z17.32"))


@pytest.mark.parametrize("pmh", ["PMH: hypertension, MI 2019.", "PMH: hypertension, h/o MI.",
                                 "PMH: CAD s/p MI with stent in 2021.", "HPI: 70M with an NSTEMI 3 years ago."])
def test_old_myocardial_infarction_is_i25_2(s, pmh):
    # I.C.9.e.4: an MI more than 4 weeks old is I25.2 (a status relevant to care), coded whenever documented
    out = icd(s, pmh + "\nAssessment: Essential hypertension, stable. Continue lisinopril 10 mg.\n")
    assert "I25.2" in out and not any(c.startswith("I21") for c in out)


def test_mi_within_four_weeks_stays_acute(s):
    # I.C.9.e.1: I21 for 4 weeks from onset
    out = icd(s, "HPI: 60F, NSTEMI 2 weeks ago, here for follow-up.\nAssessment: Recent NSTEMI, recovering. "
                 "Continue metoprolol.\n")
    assert "I21.4" in out and "I25.2" not in out
