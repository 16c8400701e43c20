"""Hospital and ED notes (issue #3, dev-r10): rules found on discharge summaries and ED notes, from short notes."""

from __future__ import annotations

import pytest

from tests.suggest_support import codes, note, suggester


@pytest.fixture(scope="module")
def s(codeset_cache):
    return suggester(codeset_cache)


def ed(text: str) -> dict:
    return {"id": "t", "text": text, "setting": "outpatient", "specialty": "emergency medicine",
            "visit": {"place_of_service": "23"}}


def test_suture_or_staple_removal_planned_for_later_is_not_this_encounters_reason(s):
    got = codes(s.suggest(ed("CC: fall, cut on forehead\nHPI: tripped at home today, struck forehead.\nExam: 2 cm "
                             "laceration.\nDiagnoses:\n1. Laceration of forehead\n\nDispo: home, suture removal "
                             "5 days.")))
    assert "S01.81XA" in got and not any(c.startswith("Z48") for c in got)
    got = codes(s.suggest(note("Hip fracture repaired. Ortho f/u 2 weeks for staple removal.", "inpatient")))
    assert not any(c.startswith("Z48") for c in got)
    got = codes(s.suggest(note("Here for suture removal, laceration repaired 10 days ago. Healed. Sutures removed.")))
    assert "Z48.02" in got


def test_drug_stopped_or_held_at_discharge_is_not_long_term_therapy(s):
    text = ("DISCHARGE SUMMARY\nPrincipal: type 2 diabetes with hyperglycemia.\nHPI: on metformin and glipizide, "
            "sugars 400s.\nCourse: insulin glargine started.\n\nDischarge medications:\ninsulin glargine 20 units "
            "nightly (new)\nmetformin - HOLD\nglipizide - STOP\n")
    got = codes(s.suggest(note(text, "inpatient")))
    assert "Z79.4" in got and "Z79.84" not in got
    resumed = text.replace("metformin - HOLD\nglipizide - STOP\n", "metformin - held on admission, resumed\n")
    assert "Z79.84" in codes(s.suggest(note(resumed, "inpatient")))


def test_anticoagulant_drip_for_the_acute_event_is_not_long_term(s):
    got = codes(s.suggest(ed("Assessment: new onset atrial fibrillation with RVR requiring IV rate control on a "
                             "titrated drip and anticoagulation. Heparin drip started.")))
    assert "I48.91" in got and "Z79.01" not in got
    assert "Z79.01" in codes(s.suggest(ed("Assessment: atrial fibrillation, on apixaban 5 mg BID long term.")))


def test_a_condition_the_patient_had_in_a_past_year_is_history(s):
    text = ("DISCHARGE SUMMARY\nPrincipal diagnosis: acute on chronic diastolic heart failure.\nCourse: diuresed "
            "with IV furosemide. She had shingles in 2020. He had cataract surgery in 2019.\n")
    got = codes(s.suggest(note(text, "inpatient")))
    assert "I50.33" in got and "B02.9" not in got and not any(c.startswith("H26") for c in got)


def test_a_condition_never_evaluated_is_not_known_osteoporosis(s):
    text = ("DISCHARGE SUMMARY\nPrincipal diagnosis: closed displaced intertrochanteric fracture, right femur, after "
            "a trip over a rug.\nCourse: nailed. Osteoporosis has never been evaluated; a DEXA is recommended.\n")
    got = codes(s.suggest(note(text, "inpatient")))
    assert "S72.141A" in got and not any(c.startswith(("M80", "M81")) for c in got)


def test_a_diagnosis_not_suspected_is_denied_not_uncertain_at_discharge(s):
    text = ("DISCHARGE SUMMARY\nDx at discharge: alcohol withdrawal, alcohol use disorder, severe.\nCourse: CIWA "
            "lorazepam. Wernicke encephalopathy was not suspected clinically but thiamine was given.\n")
    got = codes(s.suggest(note(text, "inpatient")))
    assert not any(c.startswith("E51") for c in got)


def test_confusion_is_part_of_a_coded_metabolic_encephalopathy(s):
    text = ("DISCHARGE SUMMARY\nFinal diagnoses:\n1. Acute metabolic encephalopathy due to hyponatremia\n"
            "Summary: three days of confusion; sodium 116, corrected slowly, mentation back to baseline.\n")
    got = codes(s.suggest(note(text, "inpatient")))
    assert "G93.41" in got and "R41.0" not in got


def test_influenza_named_again_beside_its_pneumonia_is_the_pneumonia_code(s):
    text = ("DISCHARGE SUMMARY\nDx: 1) Influenza A pneumonia\n\nadmitted with fever, myalgias, cough; rapid PCR "
            "influenza A positive.\n")
    got = codes(s.suggest(note(text, "inpatient")))
    assert "J10.00" in got and "J10.1" not in got


def test_pancreatitis_with_its_cause_hedged_cause_only_inpatient(s):
    text = "DISCHARGE SUMMARY\nPrincipal - Acute pancreatitis, likely gallstone etiology\nAlcohol was excluded.\n"
    assert "K85.10" in codes(s.suggest(note(text, "inpatient")))
    assert "K85.90" in codes(s.suggest(ed("Assessment: acute pancreatitis, likely gallstone etiology.")))
    assert "K85.20" in codes(s.suggest(ed("Assessment: acute pancreatitis due to alcohol. No gallstones on US.")))


def test_haemophilus_pneumonia_and_abbreviated_resp_failure(s):
    text = ("Discharge Summary\nPrincipal dx: LLL pneumonia, Haemophilus influenzae (sputum cx)\nSecondary: "
            "chronic hypoxemic resp failure on 2 L home O2\n")
    got = codes(s.suggest(note(text, "inpatient")))
    assert "J14" in got and "J96.11" in got and "J18.9" not in got and "R09.02" not in got


def test_ed_nebulizer_is_the_facilitys_service_not_the_physicians(s):
    got = codes(s.suggest(ed("Assessment: moderate persistent asthma with acute exacerbation.\nED course: "
                             "albuterol/ipratropium neb x3 and oral dexamethasone given by RN. Rx dexamethasone.")),
                None)
    assert "J45.41" in got and "94640" not in got


def test_ed_ecg_my_read_is_the_physicians_interpretation(s):
    got = codes(s.suggest(ed("CC: palpitations\nECG - my read: atrial fibrillation with RVR ~150, narrow QRS.\n"
                             "Assessment: new onset atrial fibrillation with RVR. Admit telemetry.")), None)
    assert "93010" in got


def test_office_ecg_read_by_me_beside_outside_records_is_the_global_ecg(s):
    got = codes(s.suggest(note("Reviewed outside records from orthopedics.\nECG today, my reading: atrial "
                               "fibrillation, rate 72, no acute changes.\n\nAssessment:\n1. Permanent atrial "
                               "fibrillation, rate controlled.", place_of_service="11")), None)
    assert "93000" in got and "93010" not in got


def test_ed_possibility_the_exam_does_not_support_is_not_an_undiagnosed_problem(s):
    text = ("CC: L wrist pain after fall\nXR L wrist - my read: buckle fracture of the distal radius.\nA/P: Torus "
            "fracture distal left radius. Splint applied by me. Ibuprofen OTC. Possible occult scaphoid injury "
            "considered,\n        exam not consistent.")
    assert "99283" in codes(s.suggest(ed(text)), "CPT")


def test_ed_cause_not_fully_excluded_is_an_undiagnosed_problem(s):
    text = ("CC: passed out\nEKG (my interpretation): NSR, no ischemia.\nLabs: CBC, BMP, troponin - normal.\n"
            "MDM: Syncope. Most consistent with vasovagal, but cardiac syncope not fully excluded.\n"
            "ED DIAGNOSIS: Syncope and collapse\nPLAN: discharge home, PCP in 1 week.")
    assert "99284" in codes(s.suggest(ed(text)), "CPT")


def test_ed_physicians_own_intubation_is_reported_beside_critical_care(s):
    text = ("Course: RSI with etomidate/rocuronium, I intubated with video laryngoscope, 7.5 ETT.\nImpression: "
            "septic shock due to pneumonia.\nCritical care time: 50 minutes, excluding the intubation.")
    got = codes(s.suggest(ed(text)), None)
    assert "99291" in got and "31500" in got
    assert "31500" not in codes(s.suggest(ed(text.replace("I intubated", "intubated by EMS"))), None)


def test_acute_chest_pain_is_chest_pain_not_acute_pain_due_to_trauma(s):
    got = codes(s.suggest(ed("Presenting problem: acute chest pain, undiagnosed.\nImpression: Atypical chest pain.")))
    assert got == ["R07.89"]
    assert "G89.18" in codes(s.suggest(ed("Assessment: acute postoperative pain after knee arthroplasty.")))


def test_siadh_from_an_ssri_is_the_nature_then_the_adverse_effect(s):
    text = ("DISCHARGE SUMMARY\nFinal diagnoses:\n1. SIADH secondary to sertraline, with severe hyponatremia "
            "(Na 116)\nCourse: sertraline stopped, fluid restriction.\n")
    got = codes(s.suggest(note(text, "inpatient")))
    assert got[:2] == ["E22.2", "T43.225A"] and "E87.1" not in got


def test_stroke_artery_and_mechanism_written_apart(s):
    text = ("STROKE SERVICE DISCHARGE SUMMARY\nDiagnoses:\n1. Acute ischemic stroke, left MCA territory, "
            "cardioembolic\n2. Atrial fibrillation, newly diagnosed\n")
    assert "I63.412" in codes(s.suggest(note(text, "inpatient")))
    no_mech = text.replace(", cardioembolic", "").replace("2. Atrial fibrillation, newly diagnosed\n", "")
    assert "I63.9" in codes(s.suggest(note(no_mech, "inpatient")))


def test_melena_goes_with_the_bleeding_ulcer_not_the_gastritis_beside_it(s):
    text = ("DISCHARGE SUMMARY\nReason for admission: melena.\nFinal diagnoses:\n- Bleeding duodenal bulb ulcer\n"
            "EGD: 1.2 cm ulcer with visible vessel in the duodenal bulb, clipped; mild antral gastritis, biopsied.\n")
    got = codes(s.suggest(note(text, "inpatient")))
    assert "K26.4" in got and "K29.70" in got and "K29.71" not in got


def test_an_operation_done_during_this_stay_is_not_a_status_code(s):
    text = ("Discharge Summary\nAdmitted 8/15/2026, discharged 8/19/2026.\nPrincipal - Acute pancreatitis, gallstone "
            "etiology\nSecondary - Cholelithiasis, s/p laparoscopic cholecystectomy 8/18\n")
    got = codes(s.suggest(note(text, "inpatient")))
    assert "K85.10" in got and "Z90.49" not in got
    earlier = text.replace("Cholelithiasis, s/p laparoscopic cholecystectomy 8/18", "s/p cholecystectomy 2014")
    assert "Z90.49" in codes(s.suggest(note(earlier, "inpatient")))
