"""CPT/HCPCS procedures: only when performed, with administration codes, units and modifiers."""

from __future__ import annotations

import pytest

from tests.suggest_support import by_code, codes, suggester


@pytest.fixture(scope="module")
def s(codeset_cache):
    return suggester(codeset_cache)


def run(s, text: str):
    return s.suggest({"id": "p", "text": text, "visit": {"new_patient": False, "total_minutes": 20}})


def test_procedure_vaccine_with_administration_code(s):
    out = run(s, "Assessment: Encounter for immunization.\nProcedures: Influenza vaccine 0.5 mL IM administered "
                 "in the left deltoid. Tdap given in the right deltoid.")
    cpt = codes(out, "CPT")
    assert {"90686", "90715", "90471", "90472"} <= set(cpt)
    assert "PROC-admin" in by_code(out, "90471").rule_ids


def test_procedure_planned_or_ordered_is_not_coded(s):
    out = run(s, "Assessment: Chest pain, atypical.\nPlan: Will obtain ECG and chest x-ray 2 views next week. "
                 "Flu vaccine offered, patient declined.")
    assert not {"93000", "71046", "90686"} & set(codes(out, "CPT"))


def test_procedure_ecg_performed_in_office(s):
    out = run(s, "Assessment: Palpitations.\nResults: ECG performed today shows normal sinus rhythm.")
    assert "93000" in codes(out, "CPT")
    ev = by_code(out, "93000").evidence[0]
    assert ev.text == "ECG"


def test_procedure_drug_units_from_dose(s):
    out = run(s, "Assessment: Gonorrhea exposure.\nProcedures: Ceftriaxone 500 mg IM given in the right gluteus.")
    j = by_code(out, "J0696")
    assert j.extra["units"] == 2 and "UNITS-dose" in j.rule_ids
    assert "96372" in codes(out, "CPT")


def test_procedure_bilateral_cerumen_removal_modifier_50(s):
    out = run(s, "Assessment: Bilateral impacted cerumen.\nProcedures: Cerumen removed with curette from both ears.")
    p = by_code(out, "69210")
    assert p.extra["modifiers"] == ["50"]
    assert "H61.23" in codes(out)


def test_procedure_one_ear_cerumen_removal_gets_its_side(s):
    out = run(s, "Assessment: Impacted cerumen, left ear.\nProcedure: impacted cerumen removed from the left ear "
                 "with a curette.")
    assert by_code(out, "69210").extra["modifiers"] == ["LT"]


def test_procedure_wart_cryotherapy_with_latin_plural(s):
    out = run(s, "Assessment: Common warts, left fingers.\nProcedure: cryotherapy with liquid nitrogen to 3 verrucae "
                 "on the left fingers. Tolerated well.")
    assert "17110" in codes(out, "CPT")


def test_procedure_evidence_is_the_sentence_that_documents_it_was_done(s):
    text = ("Assessment: B12 deficiency.\nPlan: Vitamin B12 1000 mcg injection given IM in the left deltoid by "
            "the nurse today. Recheck level in 3 months.\n")
    inj = by_code(run(s, text), "96372")
    sentence = "Vitamin B12 1000 mcg injection given IM in the left deltoid by the nurse today."
    assert sentence in [ev.text for ev in inj.evidence]
    assert all(ev.text == text[ev.start:ev.end] for ev in inj.evidence)
