"""CPT and E/M modifier rules behind the dev-em8 batch (issue #3): office tests and services read from the ordinary
wording of a day's visits (CPT 83036, 87804, 99406, 20550) and the audio-only modifier 93."""

from __future__ import annotations

import pytest

from tests.suggest_support import suggester


@pytest.fixture(scope="module")
def s(codeset_cache):
    return suggester(codeset_cache)


def cpt(s, text: str, **visit) -> dict[str, dict]:
    note = {"id": "x", "text": text, "setting": "outpatient",
            "visit": {"new_patient": False, "place_of_service": "11", **visit}}
    return {x.code: x.to_dict() for x in s.suggest(note) if x.system != "ICD-10-CM"}


def test_poc_a1c_on_its_own_paragraph_before_the_plan_heading_is_83036(s):
    # CPT 83036 (R19: a test performed in the office is coded): the paragraph ends at the blank line, so the
    # heading "Assessment & Plan" below it does not make the result a planned test
    text = ("T2DM follow-up. Home sugars 150-200.\n\nPOC A1c today: 8.4%\n\nAssessment & Plan\n"
            "1) Type 2 diabetes mellitus with hyperglycemia - A1c 8.4, above goal. Increase glipizide to 10 mg "
            "daily.\n")
    assert "83036" in cpt(s, text)


def test_rapid_influenza_a_b_in_office_is_87804_twice(s):
    # CPT 87804 per analyte: influenza A and B reported separately are two units
    text = ("Fever and cough since yesterday.\nRapid influenza A/B (in office): Influenza A POSITIVE, B negative.\n\n"
            "Assessment: Influenza A with cough.\nPlan: oseltamivir 75 mg BID x 5 days.\n")
    assert cpt(s, text)["87804"].get("units") == 2


def test_plantar_fascia_injected_is_20550_with_its_side(s):
    # CPT 20550: injection of a single tendon sheath or ligament/aponeurosis (plantar fascia); RT/LT from the note
    text = ("Return visit for the planned injection.\n\nProcedure: consent obtained. Left plantar fascia injected "
            "at the medial heel with methylprednisolone acetate 40 mg and 1 mL 1% lidocaine. Tolerated well.\n\n"
            "A: Plantar fasciitis, left.\n")
    got = cpt(s, text)
    assert got["20550"].get("modifiers") == ["LT"] and "J1030" in got


def test_counseled_minutes_on_quitting_smoking_is_99406_with_25_on_the_em(s):
    # CPT 99406: smoking and tobacco use cessation counseling 3-10 minutes; the E/M beside it takes modifier 25
    text = ("COPD follow-up. Still smokes a pack a day.\n\nA/P:\n1. COPD with acute exacerbation - prednisone 40 mg "
            "x 5 days, doxycycline 100 mg BID.\n2. Nicotine dependence, cigarettes - counseled 8 minutes today on "
            "quitting, nicotine patch prescribed.\n")
    got = cpt(s, text)
    assert "99406" in got and "25" in (got["99214"].get("modifiers") or [])


def test_counseled_on_quitting_alcohol_is_not_tobacco_counseling(s):
    text = ("Alcohol use disorder follow-up.\n\nA/P: Alcohol use disorder, mild - counseled 8 minutes on quitting "
            "alcohol; naltrexone 50 mg daily started.\n")
    assert "99406" not in cpt(s, text)


def test_audio_only_visit_naming_the_last_office_visit_keeps_modifier_93(s):
    # Decisions (audio-only telehealth): the office E/M with modifier 93; "last office visit" is another visit,
    # not a statement that this one was in person
    text = ("TELEPHONE ENCOUNTER (audio only - patient at home, unable to connect to video)\n"
            "Last office visit 4/2026.\n\nGout flare of the left first MTP since last night.\n\n"
            "Assessment/Plan: Acute gout, left foot - prednisone 30 mg daily x 5 days.\n\n"
            "I spent 22 minutes on the telephone with the patient in medical discussion.\n")
    assert cpt(s, text, total_minutes=22)["99213"].get("modifiers") == ["93"]


def test_concern_with_a_normal_exam_and_reassurance_is_not_an_undiagnosed_problem(s):
    # AMA MDM: an undiagnosed new problem with uncertain prognosis is one with a differential that carries risk; a
    # parent's concern the exam answers ("concern for scoliosis - normal exam, reassured") is not
    text = ("Mom worried that one shoulder looks higher. Adams forward bend: no rib hump, shoulders level. Comedones "
            "on the forehead.\n\nA/P:\n- Acne vulgaris, mild - start adapalene 0.1% gel nightly.\n"
            "- Parental concern for scoliosis - normal exam, reassured.\n")
    assert "99213" in cpt(s, text)  # one minor/stable problem with a prescription, not an uncertain-prognosis one


def _icd(s, text: str) -> list[str]:
    note = {"id": "x", "text": text, "setting": "outpatient", "visit": {"new_patient": False, "place_of_service": "11"}}
    return [x.code for x in s.suggest(note) if x.system == "ICD-10-CM"]


def test_depo_provera_injection_visit_is_surveillance_of_injectable_contraceptive(s):
    # Index: Encounter, contraceptive management, surveillance, injectable Z30.42 (I.C.21.c.11); 96372 + J1050
    text = ("Nurse visit - Depo-Provera\n\nHere for scheduled injection, last dose 12 weeks ago.\n\n"
            "Medroxyprogesterone acetate 150 mg/mL IM given in the right deltoid. Tolerated well.\n")
    assert "Z30.42" in _icd(s, text)


def test_depo_provera_on_the_medication_list_of_a_uti_visit_is_not_z30_42(s):
    text = ("Dysuria for 2 days.\nMeds: Depo-Provera every 3 months.\n\nAssessment: Acute cystitis without "
            "hematuria.\nPlan: nitrofurantoin 100 mg BID x 5 days.\n")
    assert "Z30.42" not in _icd(s, text)
