"""Issue #3, hospital and ED notes of batch dev-r14: engine false positives reproduced from short notes, each with
the guideline it follows."""

from __future__ import annotations

import pytest

from tests.suggest_support import codes, suggester


@pytest.fixture(scope="module")
def s(codeset_cache):
    return suggester(codeset_cache)


def note(text: str, setting: str = "inpatient", pos: str = "21") -> dict:
    return {"id": "h", "text": text, "setting": setting, "visit": {"new_patient": False, "place_of_service": pos}}


def test_pmh_line_inside_the_history_block_is_not_addressed(s):
    # IV.J: "Other PMH: ..." written inside the chief-complaint/HPI block is a past-history list, not the problems
    # the ED visit dealt with
    out = codes(s.suggest(note(
        "ED Record\nChief complaint: fall\nFound on the floor with a scalp wound. On apixaban for paroxysmal atrial "
        "fibrillation.\nOther PMH: hypothyroidism, osteoarthritis of both knees, cataract surgery 2021.\n"
        "Exam: 2 cm occipital scalp laceration.\nFinal impression: scalp laceration, occipital.\n",
        "outpatient", "23")))
    assert "S01.01XA" in out
    assert not {"E03.9", "M17.0", "H26.9"} & set(out)


def test_pmh_cue_in_the_hpi_paragraph_is_a_history_list(s):
    # IV.J: "PMH eczema." among the history lines of an ED note; the assessment treats otitis media only
    out = codes(s.suggest(note(
        "PEDS ED\nCC: ear pain\nHx from mom: 3 yo with left ear pulling since last night. PMH eczema. No meds.\n"
        "PE: L TM bulging, purulent effusion.\nA/P: L acute suppurative otitis media. Amoxicillin.\n",
        "outpatient", "23")))
    assert "H66.002" in out
    assert "L30.9" not in out


def test_impression_at_discharge_heading_scopes_an_observation_note(s):
    # IV.J: the observation note's "Impression at discharge:" is its assessment; the PMH line is not
    out = codes(s.suggest(note(
        "OBSERVATION DISCHARGE NOTE\nReason for observation: syncope\n54F fainted in line after skipping lunch. "
        "PMH: hypertension (lisinopril), GERD, migraines, s/p cholecystectomy.\nObservation course:\nTelemetry "
        "without arrhythmia.\nImpression at discharge:\n- Syncope, most likely vasovagal.\n- Hypertension - reduce "
        "lisinopril to 10 mg.\n", "outpatient", "22")))
    assert {"R55", "I10"} <= set(out)
    assert not {"K21.9", "G43.909", "G43.009", "Z90.49"} & set(out)


def test_history_with_nothing_to_do_inpatient_is_not_coded(s):
    # III.A (corpus Decision (3)): an inpatient history is reported only when it has an impact on the stay; the
    # physician says this one has none
    out = codes(s.suggest(note(
        "HOSPITAL MEDICINE ADMISSION H&P\nHPI: 70M with COPD exacerbation.\nAssessment/Plan:\n1. Acute exacerbation "
        "of COPD - prednisone, nebs.\n2. History of colon cancer - in surveillance, nothing to do inpatient.\n")))
    assert "J44.1" in out
    assert not [c for c in out if c.startswith("Z85")]


def test_cancer_history_needing_no_workup_this_admission_drops_its_radiation_too(s):
    # III.A and Decision (4): past radiation goes with the cancer history it treated
    out = codes(s.suggest(note(
        "DISCHARGE SUMMARY\nPrincipal diagnosis: Sepsis due to E. coli, source acute left pyelonephritis\n"
        "Secondary diagnoses:\n  - Hypothyroidism\n  - History of left breast cancer (lumpectomy and radiation "
        "2012, no recurrence)\n\nHospital course: ceftriaxone, then ciprofloxacin. Levothyroxine continued. No "
        "further workup of her breast cancer history was needed this admission.\n")))
    assert "A41.51" in out
    assert not {"Z85.3", "Z92.3"} & set(out)


def test_condition_listed_as_history_only_is_not_coded(s):
    # III.B: "Migraine - history only" among the discharge diagnoses was neither evaluated nor treated
    out = codes(s.suggest(note(
        "Discharge Summary\nDischarge diagnoses:\n1. Iron deficiency anemia due to chronic blood loss\n"
        "2. Menorrhagia with regular cycles\n3. Migraine - history only\n\nCourse: transfused 2 units, IV iron.\n")))
    assert "D50.0" in out
    assert not [c for c in out if c.startswith("G43")]


def test_problem_deferred_to_outpatient_is_not_coded(s):
    # III.B: "# Osteopenia - outpatient." is left for after discharge; nothing is done in the stay
    out = codes(s.suggest(note(
        "H&P\nPMH: GERD, osteopenia.\nAssessment and plan:\n# Partial small bowel obstruction due to adhesions - "
        "NPO, NG tube.\n# GERD - IV pantoprazole while NPO.\n# Osteopenia - outpatient.\n")))
    assert {"K56.51", "K21.9"} <= set(out)
    assert "M85.80" not in out


def test_expected_steroid_hyperglycemia_is_not_yet_hyperglycemia(s):
    # I.A / III: an effect the plan anticipates ("expect steroid hyperglycemia") is not a documented condition
    out = codes(s.suggest(note(
        "H&P\nAssessment/Plan:\n1. Acute exacerbation of COPD - prednisone 40 mg daily.\n2. T2DM on insulin - "
        "expect steroid hyperglycemia; glargine 30 units plus correction scale.\n")))
    assert "E11.9" in out
    assert "E11.65" not in out


def test_condition_a_monitor_will_look_for_is_not_coded(s):
    # IV.H: "30-day event monitor to look for paroxysmal AF" is a workup target, not a diagnosis
    out = codes(s.suggest(note(
        "Observation Note\nAssessment/Plan\n1. Transient ischemic attack. 30-day event monitor to look for "
        "paroxysmal AF.\n", "outpatient", "22")))
    assert "G45.9" in out
    assert not [c for c in out if c.startswith("I48")]


def test_diagnosis_not_excluded_in_a_consult_is_not_coded(s):
    # II.H codes an uncertain diagnosis as established only at discharge; "not excluded ... TEE recommended" in a
    # consult is a workup in progress
    out = codes(s.suggest(note(
        "INFECTIOUS DISEASES CONSULT NOTE\nImpression:\n1. Prosthetic joint infection of the right knee.\n"
        "2. MSSA bacteremia; endocarditis not excluded by TTE alone - TEE recommended.\n")))
    assert "R78.81" in out
    assert not [c for c in out if c.startswith(("I33", "I38"))]


def test_hyperemesis_with_dehydration_and_hypokalemia_is_o21_1(s):
    # Index: Hyperemesis gravidarum, with metabolic disturbance O21.1 (dehydration, electrolyte imbalance are its
    # inclusion terms, so E86.0/E87.6 are not coded beside it); I.C.15.b weeks of gestation
    out = codes(s.suggest(note(
        "ED NOTE\nHPI: 29 yo G2P1 at 9 weeks with vomiting for 5 days.\nImpression: Hyperemesis gravidarum with "
        "dehydration, ketosis and hypokalemia, 9 weeks gestation.\nPlan: ondansetron.\n", "outpatient", "23")))
    assert out[:2] == ["O21.1", "Z3A.09"]
    assert not {"E86.0", "E87.6", "O21.0"} & set(out)


def test_norovirus_gastroenteritis_is_a08_11(s):
    # Index: Gastroenteritis, viral, Norwalk agent / Infection, norovirus A08.11, not A09
    out = codes(s.suggest(note(
        "DISCHARGE SUMMARY\nDischarge diagnoses:\n1. Acute kidney injury, prerenal, from dehydration\n"
        "2. Norovirus gastroenteritis (stool PCR positive)\n\nCourse: IV fluids.\n")))
    assert "A08.11" in out
    assert "A09" not in out


def test_fibroid_type_from_the_stays_ultrasound_replaces_the_unspecified_list_entry(s):
    # I.B / III.B: the discharge list says "uterine fibroids"; the stay's ultrasound documents them as intramural
    out = codes(s.suggest(note(
        "Discharge Summary\nDischarge diagnoses:\n1. Iron deficiency anemia due to chronic blood loss from heavy "
        "menstrual bleeding\n2. Menorrhagia with regular cycles, uterine fibroids\n\n46F with heavy periods. "
        "Pelvic ultrasound: enlarged uterus with 3 intramural fibroids, largest 4.1 cm.\n")))
    assert "D25.1" in out
    assert "D25.9" not in out


def test_covid_pneumonia_codes_u07_1_first(s):
    # I.C.1.g.1.a: U07.1 followed by J12.82
    out = codes(s.suggest(note(
        "DISCHARGE SUMMARY\nDischarge diagnoses:\n- COVID-19 pneumonia with acute hypoxic respiratory failure\n"
        "\nCourse: dexamethasone and remdesivir, weaned to room air.\n")))
    assert out.index("U07.1") < out.index("J12.82")


def test_plain_mention_does_not_default_to_without_beside_the_documented_with(s):
    # I.B: "esophageal varices" and "alcohol-related cirrhosis" are the same conditions the note documents with
    # bleeding and with ascites; their "without" defaults (I85.10, K70.30) are not coded
    out = codes(s.suggest(note(
        "DISCHARGE SUMMARY\nPrincipal: Bleeding esophageal varices, alcoholic cirrhosis with ascites\n\n57M with "
        "alcohol-related cirrhosis, sober 11 months. EGD: large esophageal varices, 4 bands placed.\n")))
    assert {"K70.31", "I85.11"} <= set(out)
    assert not {"K70.30", "I85.10"} & set(out)


def test_home_oxygen_not_required_is_not_oxygen_dependence(s):
    # I.C.21.c.3: a dependence the note says the patient does not need is not a status
    out = codes(s.suggest(note(
        "DISCHARGE SUMMARY\nAdmit: 01/24/2026  To: home with home O2 evaluation done (not needed)\nDiagnoses:\n"
        "- COVID-19 pneumonia\n\nCourse: weaned to RA on day 5; home O2 not required.\n")))
    assert "Z99.81" not in out


def test_question_answered_no_on_its_line_is_not_coded(s):
    # I.A: "Chronic kidney disease? Creatinine 1.1, eGFR 68 - no CKD" documents the absence of CKD; hypertension
    # stays I10 (no I12.9 without CKD)
    out = codes(s.suggest(note(
        "DISCHARGE SUMMARY\nDiagnoses this admission\n- Hypertension\n- Chronic kidney disease? Creatinine 1.1, "
        "eGFR 68 - no CKD\n\nCourse: lisinopril continued.\n")))
    assert "I10" in out
    assert not {"N18.9", "I12.9"} & set(out)


def test_abscess_and_cellulitis_take_the_limb_and_side_of_their_item(s):
    # Index: Abscess, thigh L02.41-; Cellulitis, thigh L03.11- (lower limb), right side documented
    out = codes(s.suggest(note(
        "Discharge Summary\nFinal Diagnoses\nPrincipal: Abscess of the right thigh with surrounding cellulitis, "
        "MRSA\n\nCourse: incision and drainage; wound culture MRSA.\n")))
    assert {"L02.415", "L03.115", "B95.62"} <= set(out)
    assert not {"L02.91", "L03.90"} & set(out)


def test_organism_not_identified_does_not_negate_the_pneumonia(s):
    # I.A: "organism not identified" says the pneumonia has no known organism (J18.9), not that it is absent
    out = codes(s.suggest(note(
        "Discharge Summary\nDischarge diagnoses\n1. Community-acquired pneumonia, right lower lobe, organism not "
        "identified\n\nCourse: ceftriaxone and azithromycin, then cefpodoxime.\n")))
    assert out[0] == "J18.9"


def test_an_instruction_not_to_stop_the_drug_keeps_it_current(s):
    # I.C.21.c.3 / Decisions: an antiplatelet started in the stay and continued at discharge is current; "do not stop
    # without talking to cardiology" is not a stop
    out = codes(s.suggest(note(
        "DISCHARGE SUMMARY\nDISCHARGE DIAGNOSES\n1. Non-ST-elevation myocardial infarction\n\nDISCHARGE MEDICATIONS\n"
        "aspirin 81 mg PO daily - continue indefinitely\nticagrelor 90 mg PO BID - for at least 12 months, do not "
        "stop without talking to cardiology (NEW)\n")))
    assert {"I21.4", "Z79.02", "Z79.82"} <= set(out)



def test_risk_factors_is_not_a_guessed_child_of_a_residual_category(s):
    # I.A.9.a: "Personal risk factors, not elsewhere classified" (Z91) is a catch-all; the words "cardiac risk
    # factors" do not name any of its children (Z91.010 allergy to peanuts was the walk's guess)
    out = codes(s.suggest(note(
        "ED NOTE\nMDM: Chest pain in a patient with cardiac risk factors. Two negative troponins.\nDiagnoses:\n"
        "1. Chest pain, unspecified type\n", "outpatient", "23")))
    assert "R07.9" in out
    assert not [c for c in out if c.startswith("Z91")]


def test_condition_resolved_by_the_stays_treatment_written_before_resolved_is_coded(s):
    # III.B: "Mild dehydration after fasting - oral hydration, resolved" was treated in the observation stay
    out = codes(s.suggest(note(
        "OBSERVATION DISCHARGE NOTE - Clinical Decision Unit\nImpression at discharge:\n- Syncope, most likely "
        "vasovagal.\n- Mild dehydration after fasting - oral hydration, resolved.\n", "outpatient", "22")))
    assert {"R55", "E86.0"} <= set(out)
