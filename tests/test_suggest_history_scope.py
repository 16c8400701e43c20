"""Issue #3: history and list-only items (README Decision "Personal history, status and list-only conditions").

I.C.21.c.4 makes a personal history code acceptable on any record because the history "may alter the type of
treatment"; IV.J (outpatient) and Section III.A (inpatient: history codes "if the historical condition ... has an
impact on current care or influences treatment") decide when it is reported. A history carried only in a problem
list, past history or medication list is coded when the visit deals with the same disease or a direct risk of it,
not with any problem of the same organ chapter.
"""

from __future__ import annotations

import pytest

from tests.suggest_support import codes, note, suggester


@pytest.fixture(scope="module")
def s(codeset_cache):
    return suggester(codeset_cache)


def icd(s, text: str, setting: str = "outpatient") -> list[str]:
    return codes(s.suggest(note(text, setting, date_of_service="2026-02-10")))


def test_stroke_history_and_its_antiplatelet_on_the_lists_stay_out_of_a_hypertension_visit(s):
    text = ("Problem List:\n- Essential hypertension\n- History of CVA without residual deficits 2020\n"
            "Medications: lisinopril 20 mg daily, clopidogrel 75 mg daily (stroke prevention)\n"
            "Assessment & Plan\n# Essential hypertension - well controlled, continue lisinopril.\n")
    out = icd(s, text)
    assert "I10" in out
    assert not {"Z86.73", "Z79.02"} & set(out)


def test_stroke_history_is_coded_when_the_visit_weighs_stroke_risk(s):
    text = ("PMH: history of CVA without residual deficits 2020.\nMeds: clopidogrel 75 mg daily.\n"
            "Assessment: Paroxysmal atrial fibrillation, new - CHA2DS2-VASc 5, start apixaban, stop clopidogrel.\n")
    assert "Z86.73" in icd(s, text)


def test_kidney_stone_history_is_not_relevant_to_prostate_symptoms(s):
    text = ("PMH: hyperlipidemia, hx of kidney stone 2012\n"
            "Assessment/Plan:\n1. Nocturia with weak urinary stream - likely BPH. PSA ordered.\n")
    out = icd(s, text)
    assert "R35.1" in out
    assert "Z87.442" not in out


def test_kidney_stone_history_is_relevant_to_hematuria(s):
    text = ("PMH: hx of kidney stone 2012\nAssessment/Plan:\n1. Gross hematuria - CT urogram ordered.\n")
    assert "Z87.442" in icd(s, text)


def test_gestational_diabetes_history_goes_once_diabetes_is_established(s):
    text = ("PMH: T2DM, HTN, hx of gestational DM\nMeds: metformin 1000 mg BID\n"
            "A/P:\n1. T2DM - A1c 7.0, continue metformin.\n")
    out = icd(s, text)
    assert "E11.9" in out
    assert "Z86.32" not in out


def test_gestational_diabetes_history_stays_with_prediabetes(s):
    text = "PMH: hx of gestational DM\nA/P:\n1. Prediabetes - A1c 6.1, lifestyle counseling.\n"
    assert "Z86.32" in icd(s, text)


def test_inpatient_surgical_status_without_impact_on_the_stay_is_not_coded(s):
    # Section III.A: a status listed among the discharge diagnoses but with no bearing on this stay
    text = ("DISCHARGE SUMMARY\nDischarge diagnoses:\n1. Community-acquired pneumonia, right lower lobe\n"
            "2. Status post cholecystectomy (2014)\n\nHospital course: treated with ceftriaxone and azithromycin.\n")
    out = icd(s, text, "inpatient")
    assert "J18.1" in out or "J18.9" in out
    assert "Z90.49" not in out


def test_inpatient_course_by_problem_aside_is_not_a_discharge_diagnosis(s):
    # "Hospital course by problem:" is the course, not more of the diagnosis list: an abnormal finding that
    # normalized without work-up and a remote history named there are not secondary diagnoses (III.B, III.A)
    text = ("DISCHARGE SUMMARY\nDischarge diagnoses:\n1. Acute pyelonephritis, right\n\n"
            "Hospital course by problem:\nPyelonephritis: IV ceftriaxone, then oral cefpodoxime.\n"
            "Mild transaminase elevation on admission normalized by day 3 without further workup.\n"
            "She has a remote history of migraines and uses sumatriptan a few times a year.\n")
    out = icd(s, text, "inpatient")
    assert "N10" in out
    assert not {"R74.01", "G43.009", "G43.909"} & set(out)


def test_summary_paragraph_after_the_final_diagnoses_is_not_the_list(s):
    # a localized chronic condition named as an aside in the stay's narrative, with a PRN home drug, is not a
    # secondary diagnosis (III.B: not evaluated or treated during the stay); the listed diagnoses stay
    from nlp.sections import Sectionizer, load_section_rules

    text = ("Hospitalist Discharge Summary\nFinal diagnoses:\n1. Community-acquired pneumonia, right lower lobe\n"
            "2. Major depressive disorder, recurrent, moderate\n\n"
            "Summary: Mrs. O, 81, was admitted with cough and fever; treated with ceftriaxone and azithromycin. "
            "She has osteoarthritis of both knees and uses topical diclofenac.\n"
            "Medications at discharge: cefdinir, sertraline, diclofenac gel PRN.\n")
    names = [sec.name for sec in Sectionizer(load_section_rules())(text)]
    assert names[:2] == ["discharge_diagnoses", "unknown"]
    out = icd(s, text, "inpatient")
    assert "F33.1" in out
    assert "M17.0" not in out
