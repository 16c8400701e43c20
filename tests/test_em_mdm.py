"""E/M level by documented time or by the AMA MDM table, ED levels, wellness visits and E/M bundling."""

from __future__ import annotations

import pytest

from suggest.cand import Cand
from suggest.em import documented_minutes
from suggest.mdm import grade
from tests.suggest_support import by_code, codes, suggester


@pytest.fixture(scope="module")
def s(codeset_cache):
    return suggester(codeset_cache)


def cpt(s, text: str, **kw) -> list:
    note = {"id": "m", "text": text, "visit": kw.pop("visit", {"new_patient": False, "place_of_service": "11"}),
            **kw}
    return [x for x in s.suggest(note) if x.system in ("CPT", "HCPCS")]


def em_of(out: list):
    hit = [x for x in out if x.code.startswith(("992", "993", "G043"))]
    return hit[0] if hit else None


def dx(*codes_: str) -> list[Cand]:
    return [Cand("ICD-10-CM", c, "", True, [(0, 1)], "assessment", "present") for c in codes_]


@pytest.mark.parametrize(("sentence", "minutes"), [
    ("Time: 42 minutes total on the day of the visit, including CGM data review.", 42),
    ("14 min spent today.", 14),
    ("Total time on date of encounter: 52 minutes.", 52),
    ("I personally spent 62 minutes on the date of service.", 62),
    ("Face-to-face and non-face-to-face time today totaled 35 minutes.", 35),
    ("Visit duration 33 min.", 33),
    ("I personally spent 1 hour on the date of service.", 60),
    ("Total time was 1.5 hours including records review.", 90),
    ("Total: 32 min (including documentation).", 32),
    ("Total minutes: 32.", 32),
    ("Encounter time - 32 min", 32),
    ("I devoted 34 minutes to this patient's care today.", 34),
])
def test_em_mdm_time_statement_read_with_its_span(sentence, minutes):
    text = "Assessment: follow-up.\n" + sentence
    n, span = documented_minutes({}, text)
    assert n == minutes and span is not None
    assert str(minutes) in text[span[0]:span[1]] or text[span[0]:span[1]].endswith(("hour", "hours"))


def test_em_mdm_service_minutes_are_not_visit_time():
    text = ("Psychotherapy: 25 minutes of CBT-focused psychotherapy.\n"
            "Tobacco cessation counseling: 6 minutes spent discussing quit date.\nWalking 30 min 4 days/week.\n"
            "She spent an hour walking before the visit. Pain for 1 hour.")
    assert documented_minutes({}, text) == (None, None)


def test_em_mdm_time_decides_and_flags_a_higher_mdm(s):
    text = ("CC: reflux.\nAssessment/Plan:\n1. GERD without esophagitis, suboptimally controlled - increase "
            "omeprazole to 40 mg daily.\n2. Hypertension, stable on lisinopril 10 mg.\n"
            "Total time 27 minutes including review of prior endoscopy reports.")
    e = em_of(cpt(s, text, visit={"new_patient": False, "total_minutes": 27}))
    assert e.code == "99213" and "EM-time" in e.rule_ids and "em-mdm-higher" in e.flags
    assert e.evidence[0].text == "Total time 27 minutes"


def test_em_mdm_chronic_illness_not_at_goal_with_drug_change_is_moderate(s):
    text = ("Nephrology progress note.\nA/P:\n1. Hypertensive CKD, stage 4 - eGFR stable. BP not at goal; add "
            "hydralazine 25 mg TID.\n2. Metabolic acidosis - continue sodium bicarbonate.\nRTC 3 months.")
    e = em_of(cpt(s, text))
    assert e.code == "99214" and "EM-mdm" in e.rule_ids
    assert "problems moderate" in e.rationale and "prescription drug management" in e.rationale
    assert e.extra["em"]["mdm"]["level"] == "moderate"


def test_em_mdm_acute_uncomplicated_illness_with_prescription_is_low(s):
    text = ("Sick visit.\nSore throat x 2 days, rapid strep positive.\nAssessment: Streptococcal pharyngitis.\n"
            "Plan: amoxicillin 500 mg BID x 10 days, fluids.")
    assert em_of(cpt(s, text)).code == "99213"


def test_em_mdm_settled_diagnosis_is_not_an_undiagnosed_problem(s):
    text = ("Acute visit.\nA: Acute bronchitis. Pneumonia unlikely clinically, but possible - CXR ordered.\n"
            "P: Supportive care, benzonatate 100 mg TID PRN.")
    assert em_of(cpt(s, text)).code == "99213"


def test_em_mdm_severe_exacerbation_with_hospitalization_decision_is_high(s):
    text = ("Office visit.\nAssessment:\n1. Chronic diastolic heart failure - volume overloaded, worsening "
            "orthopnea; start carvedilol 6.25 mg BID, increase furosemide.\n"
            "Risk: hospitalization considered but deferred because she is stable on room air.")
    e = em_of(cpt(s, text))
    assert e.code == "99215" and "risk high" in e.rationale


def test_em_mdm_grade_two_of_three():
    text = "Assessment:\n1. Hypertension - stable.\n2. Hyperlipidemia - stable.\nPlan: diet and exercise."
    m = grade(text, dx("I10", "E78.5"), [], [])
    assert (m.problems, m.data, m.risk, m.level) == (3, 1, 1, 1)  # one moderate element is not enough
    m = grade(text.replace("diet and exercise", "continue lisinopril 10 mg, atorvastatin 40 mg"), dx("I10", "E78.5"),
              [], [])
    assert (m.problems, m.risk, m.level) == (3, 3, 3)


def test_em_mdm_separately_billed_test_is_not_data():
    text = "Assessment:\n1. Palpitations.\nECG performed today, interpreted by me: sinus rhythm.\nCBC and TSH ordered."
    assert grade(text, dx("R00.2"), [], [(text.index("ECG"), text.index("ECG") + 3)]).data == 2  # 2 tests only


def test_em_mdm_ed_visit_levels_by_mdm(s):
    text = ("EMERGENCY DEPARTMENT PHYSICIAN NOTE\nCC: chest pain\nED course: ECG interpreted by me (tracing obtained "
            "by ED staff): sinus rhythm. POC glucose 92. "
            "Troponin x2 negative. CXR: no acute process.\nMDM: Differential includes ACS, GERD, PE. "
            "ACS ruled out with serial troponins.\nDiagnosis: Chest pain, unspecified.\n"
            "Disposition: Discharged home. Start famotidine 20 mg BID.")
    out = cpt(s, text, visit={"new_patient": False, "place_of_service": "23"})
    e = em_of(out)
    assert e.code == "99284" and "EM-ed" in e.rule_ids
    assert "93010" in codes(out, "CPT") and "93000" not in codes(out, "CPT")


def test_em_mdm_ed_laceration_keeps_ed_level_with_modifier_25(s):
    text = ("ED NOTE\nCC: fall, forehead cut.\nExam: 2.3 cm linear laceration right forehead, clean edges.\n"
            "Procedure: Laceration repair, simple. Irrigated, closed with five 6-0 nylon sutures. Length 2.3 cm.\n"
            "MDM: Low risk minor head injury with simple facial laceration.\n"
            "Dx: Laceration of forehead without foreign body, initial encounter.\nDispo: Home. Sutures out in 5 days.")
    out = cpt(s, text, visit={"new_patient": False, "place_of_service": "23"})
    assert em_of(out).code == "99283" and em_of(out).extra["modifiers"] == ["25"]
    assert "12011" in codes(out, "CPT")


def test_em_mdm_annual_wellness_visit_with_separate_problem(s):
    text = ("MEDICARE ANNUAL WELLNESS VISIT (subsequent) + problem visit\nAWV components: health risk assessment "
            "reviewed; cognitive screen normal.\nSeparately addressed problems:\nHTN - home readings 150/90 on "
            "lisinopril 20 mg. -> HTN above goal: add amlodipine 5 mg daily, BMP in 2 weeks.\n"
            "Hypothyroidism - stable on levothyroxine 88 mcg.\nAssessment:\n1. Encounter for Medicare annual "
            "wellness visit.\n2. Essential hypertension, uncontrolled.\n3. Hypothyroidism, stable.")
    out = cpt(s, text, payer={"name": "Medicare Part B"})
    assert [x.code for x in out][:2] == ["G0439", "99214"]
    assert by_code(out, "99214").extra["modifiers"] == ["25"] and not by_code(out, "G0439").extra.get("modifiers")


def test_em_mdm_procedure_only_visit_has_no_em(s):
    text = ("ORTHOPAEDIC CLINIC NOTE\nKnown primary osteoarthritis of the right knee, worsening pain.\n"
            "Assessment: Primary OA right knee, symptomatic.\nProcedure: After consent, 40 mg triamcinolone "
            "acetonide with 4 mL 1% lidocaine was injected into the\nright knee joint without ultrasound guidance. "
            "Tolerated well.\nPlan: Ice, quad strengthening HEP. F/u 3 months.")
    out = cpt(s, text)
    assert em_of(out) is None
    assert by_code(out, "20610").extra["modifiers"] == ["RT"] and by_code(out, "J3301").extra["units"] == 4
    assert "96372" not in codes(out, "CPT")  # the drug went into the joint


def test_em_mdm_separate_problem_beside_procedure_keeps_em_with_25(s):
    text = ("Ortho f/u.\nProc: L knee intra-articular injection, no US guidance: methylprednisolone\nacetate 40 mg "
            "+ 3 mL 1% lidocaine.\nDx:\n- Primary OA, left knee - injected today.\n- Lumbago with sciatica, left "
            "side - acute, new problem. Start meloxicam 15 mg daily x 2 weeks, PT referral.")
    out = cpt(s, text)
    assert em_of(out).extra["modifiers"] == ["25"]
    assert by_code(out, "20610").extra["modifiers"] == ["LT"] and by_code(out, "J1030").extra["units"] == 1


def test_em_mdm_psychiatric_evaluation_replaces_em(s):
    text = ("PSYCHIATRIC DIAGNOSTIC EVALUATION WITH MEDICAL SERVICES\nHPI: lifelong inattention.\n"
            "Diagnosis: ADHD, combined presentation.\nPlan: Start methylphenidate ER 18 mg qAM.")
    out = cpt(s, text, visit={"new_patient": True})
    assert codes(out, "CPT") == ["90792"]


def test_em_mdm_routine_prenatal_visit_is_in_the_global_package(s):
    text = ("Routine prenatal visit, 28 weeks.\nAssessment: Supervision of normal pregnancy, 28 weeks.\n"
            "Tdap 0.5 mL IM given in left deltoid.")
    out = cpt(s, text)
    assert em_of(out) is None and {"90715", "90471"} <= set(codes(out, "CPT"))


def test_em_mdm_new_patient_by_time(s):
    text = "NEW PATIENT VISIT\nAssessment: Hypertension.\nTotal time today 48 minutes."
    assert em_of(cpt(s, text, visit={"new_patient": True})).code == "99204"


def test_em_mdm_ed_recognised_from_the_note_title(s):
    text = ("ED NOTE\nCC: dog bite left forearm.\nX-ray left forearm (radiology): no fracture.\n"
            "Dx: Open bite of left forearm, initial encounter.\nPlan: amoxicillin-clavulanate 875 mg BID x 5 days.")
    e = em_of(cpt(s, text, visit={"new_patient": False}))
    assert e.code == "99283" and e.extra["em"]["setting"] == "ed"


# --- rules generalised from hand-levelled real-format notes (aci-bench) ---

def test_em_mdm_brand_or_unlisted_drug_with_a_dose_is_prescription_management():
    text = "Assessment and Plan:\nHypertension, uncontrolled.\nMedical Treatment: Increase Norvasc to 10 mg daily."
    m = grade(text, dx("I10"), [], [])
    assert m.risk == 3 and "norvasc" in m.why[2]
    other = "Assessment and Plan:\nHypertension.\nPlan: Prescription for Zebrafenil 4 mg once a day provided."
    assert grade(other, dx("I10"), [], []).risk == 3  # a drug the word list does not know, named with its dose
    otc = "Assessment:\nAnkle sprain.\nPlan: Tylenol 500 mg as needed, limit salt intake to 2300 mg daily."
    assert grade(otc, dx("S93.401A"), [], []).risk == 2


def test_em_mdm_words_ending_like_drugs_are_not_drugs():
    text = "Assessment:\nHyperlipidemia - cholesterol 247 reviewed, alkaline phosphatase normal, at baseline."
    assert grade(text, dx("E78.5"), [], []).risk == 1


def test_em_mdm_decision_for_surgery_is_moderate_risk_and_makes_the_injury_complicated(s):
    text = ("CC: right foot pain.\nX-ray of the right foot obtained today shows a Lisfranc fracture.\n"
            "Assessment: Lisfranc fracture, right foot.\nPlan: I have recommended that we proceed with a right "
            "foot ORIF. We reviewed the risks and benefits of the surgery.")
    e = em_of(cpt(s, text))
    assert e.code == "99214"
    assert "acute complicated injury" in e.rationale and "decision regarding elective surgery" in e.rationale
    maybe = text.replace("I have recommended that we proceed with a right foot ORIF.",
                         "If her pain does not improve with the boot, I will recommend surgical intervention.")
    assert "surgery" not in em_of(cpt(s, maybe)).rationale.split("risk")[1]


def test_em_mdm_tests_only_talked_about_are_not_data():
    text = ("Assessment:\nLow back strain.\nPlan: If he does not improve we can consider an MRI; "
            "he may need an x-ray later.")
    assert grade(text, dx("S39.012A"), [], []).data == 1
    later = "Assessment:\nBreast lump.\nPlan: ultrasound ordered; biopsy if indicated."
    assert "1 test/document" in grade(later, dx("N63.10"), [], []).why[1]
    ordered = "Assessment:\nLow back strain.\nPlan: MRI of the lumbar spine ordered; x-ray reviewed."
    assert grade(ordered, dx("S39.012A"), [], []).data == 2


def test_em_mdm_generic_labs_count_once_and_not_beside_named_tests():
    alone = "Results\nLabs: within normal limits.\nX-ray of the lumbar spine unremarkable.\nAssessment: strain."
    assert "2 test/document" in grade(alone, dx("S39.012A"), [], []).why[1]
    named = "Results\nLabs (outside): creatinine 0.8, TSH 2.1.\nAssessment: strain."
    assert "2 test/document" in grade(named, dx("S39.012A"), [], []).why[1]


def test_em_mdm_an_attributed_cause_is_not_an_undiagnosed_problem():
    text = "Assessment:\nHypertension with ankle edema, likely caused by the amlodipine."
    assert grade(text, dx("I10"), [], []).problems == 2
    work_up = "Assessment:\nFatigue, likely hypothyroidism versus anemia; TSH and CBC ordered."
    assert grade(work_up, dx("R53.83"), [], []).problems == 3


def test_em_mdm_office_follow_up_after_an_ed_visit_is_an_office_visit(s):
    text = ("CHIEF COMPLAINT\nEmergency room follow-up.\nHPI: seen in the emergency department on Saturday for "
            "chest pain.\nAssessment and Plan:\nHypertension, uncontrolled - start carvedilol 12.5 mg BID.")
    assert em_of(cpt(s, text, visit={"new_patient": False})).code.startswith("9921")
    assert em_of(cpt(s, text, visit={"new_patient": False, "place_of_service": "23"})).code.startswith("9928")
    ed = "ED NOTE\nCC: chest pain.\nAssessment: chest pain, unspecified. Discharged home."
    assert em_of(cpt(s, ed, visit={"new_patient": False})).code.startswith("9928")


def test_em_mdm_preventive_visit_named_only_in_the_history_is_not_one(s):
    text = ("CHIEF COMPLAINT\nHepatitis C.\nHPI: He was sent for a hepatitis C antibody test as part of a routine "
            "physical and it was positive.\nAssessment: Chronic hepatitis C.\nPlan: HCV RNA and genotype ordered.")
    out = cpt(s, text, date_of_service="2026-03-02", patient={"birth_date": "1966-01-01"})
    assert not any(x.code.startswith("993") for x in out) and em_of(out).code.startswith("9921")


def test_em_mdm_prescription_change_in_a_preventive_visit_adds_a_problem_em_with_25(s):
    base = ("CHIEF COMPLAINT\nAnnual exam.\nHPI: 50-year-old for her annual exam.\nASSESSMENT AND PLAN\n"
            "Congestive heart failure with leg swelling. {}\nHealthcare maintenance: mammogram ordered.")
    kw = {"date_of_service": "2026-03-02", "patient": {"birth_date": "1976-01-01"}}
    out = cpt(s, base.format("Increase lisinopril to 40 mg daily and start furosemide 20 mg daily."), **kw)
    assert [x.code for x in out][:1] == ["99396"]
    problem = [x for x in out if x.code.startswith("9921")]
    assert problem and problem[0].extra["modifiers"] == ["25"]
    same = cpt(s, base.format("Continue lisinopril 10 mg daily."), **kw)
    assert [x.code for x in same if x.code.startswith("992")] == []


def test_em_mdm_new_patient_read_from_the_note_when_metadata_is_silent(s):
    text = ("HPI: 42-year-old man who presents for a new patient visit for constipation.\n"
            "Assessment: Constipation.\nPlan: daily fiber supplement.")
    assert em_of(cpt(s, text, visit={})).code.startswith("9920")
    assert em_of(cpt(s, text, visit={"new_patient": False})).code.startswith("9921")


def test_em_mdm_admission_recommended_and_declined_is_a_hospitalization_decision(s):
    text = ("HF clinic.\nA/P: Acute on chronic systolic heart failure, decompensated.\nDirect admission for IV "
            "diuresis was recommended; after discussion she declines admission. Lasix increased to 80 mg BID.")
    e = em_of(cpt(s, text))
    assert e.code == "99215" and "risk high" in e.rationale


def test_em_mdm_surgery_booked_or_decided_on_is_a_surgery_decision():
    for plan in ("we decided on arthroscopic partial medial meniscectomy", "surgery booked for next month"):
        text = f"Assessment: Complex tear of the medial meniscus, right knee.\nPlan: {plan}."
        m = grade(text, dx("S83.231A"), [], [])
        assert (m.problems, m.risk) == (3, 3), plan


def test_em_mdm_tinea_corporis_is_a_self_limited_problem(s):
    text = "Brief visit.\nA: Tinea corporis, left forearm.\nP: OTC clotrimazole 1% cream twice daily for 2 weeks."
    assert em_of(cpt(s, text)).code == "99212"


def test_em_mdm_data_categories_from_varied_wording():
    base = "Assessment:\nRight lower lobe opacity, pneumonia versus atelectasis.\n"
    interp = grade(base + "I independently reviewed the chest x-ray images: RLL consolidation.", dx("R91.8"), [], [])
    assert "independent interpretation" in interp.why[1]
    talk = grade(base + "Discussed the case with Dr. Ames, the patient's pulmonologist.", dx("R91.8"), [], [])
    assert "discussion with external physician" in talk.why[1]
    family = grade(base + "Discussed with the patient and her husband.", dx("R91.8"), [], [])
    assert "discussion" not in family.why[1]


def test_em_mdm_treatment_limited_by_social_determinants_is_moderate_risk():
    text = "Assessment:\nAcne vulgaris.\nPlan: she cannot afford the prescribed gel; benzoyl peroxide wash instead."
    assert grade(text, dx("L70.0"), [], []).risk == 3


def test_em_mdm_hospice_decision_is_high_risk():
    text = "Assessment:\nMetastatic pancreatic cancer, progressing.\nPlan: transition to hospice care; family agrees."
    assert grade(text, dx("C25.9"), [], []).risk == 4


def test_em_mdm_prediabetes_counts_as_a_chronic_illness():
    text = "Assessment:\n1. Hypertension, stable.\n2. Prediabetes, stable.\nPlan: diet and exercise."
    assert grade(text, dx("I10", "R73.03"), [], []).problems == 3


def test_em_mdm_contraception_started_at_a_well_woman_visit_is_not_a_separate_problem(s):
    text = ("WELL WOMAN EXAM\n28 y/o established patient for her annual exam.\nAssessment and plan:\n"
            "1. Routine gynecologic exam.\n2. Contraception counseling - start oral contraceptive "
            "norgestimate-ethinyl estradiol 0.25 mg daily.")
    out = cpt(s, text, date_of_service="2026-03-02", patient={"birth_date": "1998-01-01"})
    assert [x.code for x in out if x.code.startswith("99")] == ["99395"]


def test_em_mdm_progression_and_undiagnosed_problem_wordings():
    mig = "Impression: Migraine without aura, increasing frequency.\nPlan: begin topiramate 25 mg nightly."
    assert grade(mig, dx("G43.009"), [], []).problems == 3
    fever = ("History from his father: fevers for 5 days.\nAssessment: Fever for 5 days without a source; Kawasaki "
             "disease and UTI to be excluded.\nPlan: CBC, CRP and urinalysis with culture sent out.")
    m = grade(fever, dx("R50.9"), [], [])
    assert (m.problems, m.data) == (3, 3) and "independent historian" in m.why[1]


def test_em_mdm_discussion_with_a_named_physician_by_phone():
    text = "Assessment: lung mass.\nPlan: I discussed the case by phone with Dr. Ruiz, pulmonology."
    assert "discussion with external physician" in grade(text, dx("R91.8"), [], []).why[1]


def test_em_mdm_future_or_prevented_exacerbation_is_not_one():
    for plan in ("Prescription for clobetasol 0.05% solution to be used for flare ups.",
                 "Add Symbicort 2 puffs twice a day to help prevent exacerbation.",
                 "Follow up in 3 months or sooner if her symptoms worsen."):
        text = f"Assessment and Plan:\n1. Scalp psoriasis, stable.\nPlan: {plan}"
        assert grade(text, dx("L40.9"), [], []).problems == 2, plan


def test_em_mdm_uncertainty_words_that_are_not_a_differential():
    for plan in ("Viral URI, likely to resolve in a week; fluids.", "Discussed possible side effects of the inhaler.",
                 "Return as soon as possible if short of breath."):
        text = f"Assessment:\n{plan}"
        assert grade(text, dx("J06.9"), [], []).problems < 3, plan


def test_em_mdm_tests_from_years_ago_are_history_not_data():
    text = ("HPI: colonoscopy 3 years ago normal; mammogram up to date.\nAssessment:\nHypertension.\n"
            "Plan: BMP today.")
    assert "1 test/document" in grade(text, dx("I10"), [], []).why[1]


def test_em_mdm_pneumonia_is_an_acute_illness_with_systemic_symptoms():
    text = "Assessment:\nCommunity-acquired pneumonia, right lower lobe.\nPlan: levofloxacin 750 mg daily x 5 days."
    m = grade(text, dx("J18.9"), [], [])
    assert m.problems == 3 and m.level == 3
    minor = "Assessment:\nAcute viral pharyngitis with fever.\nPlan: ibuprofen, fluids."
    assert grade(minor, dx("J02.9"), [], []).problems == 2


def test_em_mdm_admission_arranged_is_high_and_a_conditional_ed_instruction_is_not(s):
    text = ("Nephrology clinic.\nAssessment:\n1. Acute kidney injury.\n2. Hyperkalemia.\nPlan: stop spironolactone. "
            "He needs hospital admission for telemetry - direct admission arranged.")
    assert em_of(cpt(s, text)).code == "99215"
    maybe = ("Assessment:\nAcute bronchitis.\nPlan: benzonatate 100 mg TID. Go to the emergency room if short of "
             "breath.")
    assert "risk high" not in em_of(cpt(s, maybe)).rationale


def test_em_mdm_dose_change_of_an_abbreviated_or_unlisted_drug_is_prescription_management(s):
    text = "S: BP check.\nA: HTN, uncontrolled.\nP: HCTZ up to 25 mg daily; BMP in 1-2 weeks."
    assert em_of(cpt(s, text)).code == "99214"
    other = "A: HTN, uncontrolled.\nP: Zebrafenil increased to 20 mg daily."
    assert grade(other, dx("I10"), [], []).risk == 3


def test_em_mdm_injection_only_nurse_visit_has_no_em(s):
    text = ("Nurse visit - monthly B12 injection\n64F with pernicious anemia, here for her monthly injection.\n"
            "Cyanocobalamin 1000 mcg IM given in the right deltoid by RN per standing order.")
    out = cpt(s, text)
    assert em_of(out) is None and {"J3420", "96372"} <= set(codes(out, None))


def test_em_mdm_ed_admission_for_surgery_is_high_and_ed_drugs_are_the_facilitys(s):
    text = ("EMERGENCY DEPARTMENT NOTE\nCC: abdominal pain.\nED course: CT abdomen: dilated appendix. IV fluids, "
            "ondansetron 4 mg IV and IV morphine 4 mg given. Case discussed with Dr. Lang, general surgery.\n"
            "Diagnosis: Acute appendicitis.\nDisposition: admitted to general surgery for laparoscopic appendectomy.")
    out = cpt(s, text, visit={"new_patient": False, "place_of_service": "23"})
    assert em_of(out).code == "99285" and not [x for x in out if x.code.startswith(("J", "963"))]


def test_em_mdm_bipolar_current_depressive_episode_is_an_exacerbation(s):
    text = ("Psychiatric follow-up.\nAssessment: Bipolar I disorder, current episode depressed, moderate.\n"
            "Plan: add lamotrigine 25 mg daily.")
    assert em_of(cpt(s, text)).code == "99214"


def test_em_mdm_lab_outside_the_target_range_means_not_at_goal():
    text = ("TSH 8.9 (reference 0.4-4.5).\nAssessment: Hypothyroidism, under-replaced.\n"
            "Plan: increase levothyroxine from 75 to 88 mcg daily.")
    assert grade(text, dx("E03.9"), [], []).level == 3
    inr = "Assessment: Atrial fibrillation on warfarin, INR subtherapeutic at 1.6.\nPlan: warfarin 5 mg daily."
    assert grade(inr, dx("I48.91"), [], []).problems == 3


@pytest.mark.parametrize("plan", ["Start Paxlovid.", "Given samples of Trelegy.", "Renewed her inhaler."])
def test_em_mdm_unlisted_brand_started_or_renewed_is_prescription_management(plan):
    assert grade("Assessment:\nAsthma.\nPlan: " + plan, dx("J45.909"), [], []).risk == 3
    assert grade("Assessment:\nAsthma.\nPlan: Start Physical therapy.", dx("J45.909"), [], []).risk == 2


def test_em_mdm_continue_current_medications_counts_when_a_prescription_drug_is_listed():
    plan = "Assessment:\nHypertension, stable.\nPlan: continue current medications."
    assert grade(plan, dx("I10"), [], []).risk == 1
    assert grade("Medications: lisinopril 10 mg daily.\n" + plan, dx("I10"), [], []).risk == 3


@pytest.mark.parametrize("line", ["Hypertension - BP remains high at 156/94.", "Diabetes - A1c 9.1.",
                                  "Asthma - still waking at night twice a week.", "CKD 3b - eGFR declining.",
                                  "Depression - PHQ-9 up from 8 to 16.", "GERD - symptoms persist on omeprazole."])
def test_em_mdm_chronic_illness_not_at_goal_wordings(line):
    assert grade("Assessment:\n" + line, dx("I10"), [], []).problems == 3


@pytest.mark.parametrize("line", ["Hypertension - stable.", "Asthma - mild persistent, well controlled.",
                                  "Diabetes - A1c 7.1, at goal.", "Hypertension - BP not elevated today."])
def test_em_mdm_stable_chronic_illness_wordings(line):
    assert grade("Assessment:\n" + line, dx("I10"), [], []).problems == 2


def test_em_mdm_cue_on_an_acute_problem_line_is_not_a_chronic_exacerbation(s):
    text = ("Assessment:\n1. Acute bronchitis - cough persists x 3 weeks. Benzonatate 100 mg TID.\n"
            "2. Essential hypertension - stable, continue lisinopril 10 mg.")
    assert em_of(cpt(s, text)).code == "99213"


@pytest.mark.parametrize("line", ["Fatigue - etiology unclear; CBC, TSH ordered.",
                                  "Abdominal pain - concern for cholelithiasis; RUQ US ordered.",
                                  "Chest pain - cannot exclude angina; stress test.", "Syncope - cause unknown.",
                                  "Anemia - new, source not yet identified."])
def test_em_mdm_undiagnosed_problem_wordings(line):
    assert grade("Assessment:\n" + line, dx("R53.83"), [], []).problems == 3
    assert grade("Assessment:\nAnkle sprain - no concern for fracture.", dx("S93.401A"), [], []).problems == 2


def test_em_mdm_data_items_counted_once_and_external_notes_in_plain_wording():
    assert "1 test/document" in grade("Assessment:\nDysuria.\nPlan: urine culture sent.", dx("R30.0"), [], []).why[1]
    notes = "Assessment:\nFatigue.\nPlan: reviewed the discharge summary from the hospital; B12 and folate ordered."
    assert "3 test/document" in grade(notes, dx("R53.83"), [], []).why[1]


def test_em_mdm_likely_cause_of_a_named_diagnosis_is_not_an_undiagnosed_problem(s):
    text = ("Assessment: Acute sinusitis - bacterial likely given the double worsening.\n"
            "Plan: amoxicillin-clavulanate 875 mg twice daily for 7 days.")
    assert em_of(cpt(s, text)).code == "99213"
    symptom = "Assessment: Chest wall pain, likely costochondritis.\nPlan: ibuprofen 400 mg TID."
    assert "undiagnosed" in em_of(cpt(s, symptom)).rationale


def test_em_mdm_documented_level_within_one_of_the_elements_is_used():
    text = "Assessment:\nHypertension, stable.\nPlan: continue lisinopril 10 mg.\nMDM: moderate complexity."
    m = grade(text, dx("I10"), [], [])
    assert m.level == 3 and "documented MDM moderate" in m.why[-1]
    far = "Assessment:\nInsect bite.\nPlan: reassurance.\nMedical decision making of high complexity."
    assert grade(far, dx("W57.XXXA"), [], []).level == 1  # three levels apart: the elements win
    heading = ("Assessment:\n1. Hypertension, stable.\n2. Hyperlipidemia, stable.\nPlan: continue lisinopril 10 mg.\n"
               "MDM: High risk features absent.")  # a heading followed by prose, not a stated level
    assert grade(heading, dx("I10", "E78.5"), [], []).level == 3


def test_em_mdm_end_stage_after_failed_conservative_treatment_is_progression(s):
    text = ("Standing x-rays from his PCP reviewed.\nAssessment: Primary osteoarthritis of the right knee, end stage, "
            "failed conservative treatment.\nPlan: we decided to proceed with right total knee arthroplasty.")
    e = em_of(cpt(s, text, visit={"new_patient": True, "place_of_service": "11"}))
    assert e.code == "99204" and "problems moderate" in e.rationale


@pytest.mark.parametrize(("text", "named", "problems"), [
    # a flagged result and a drug started for the illness: not at goal (moderate problems)
    ("HPI: outside labs: TSH < 0.01, free T4 3.2 (high).\nAssessment: Graves disease.\nPlan: start methimazole "
     "20 mg daily.", {"E05.00": "Graves disease"}, 3),
    # a dependence still in active use with a cessation drug started
    ("HPI: smokes 1 pack a day, ready to quit.\nAssessment: Nicotine dependence, cigarettes.\nPlan: start "
     "varenicline 0.5 mg daily.", {"F17.210": "Nicotine dependence"}, 3),
    # the same drug continued, or started with nothing flagged: stable
    ("HPI: free T4 3.2 (high) last year, now normal.\nAssessment: Graves disease.\nPlan: continue methimazole "
     "5 mg daily.", {"E05.00": "Graves disease"}, 2),
    ("HPI: acne for years.\nAssessment: Acne vulgaris.\nPlan: start adapalene 0.1% gel nightly.",
     {"L70.0": "Acne vulgaris"}, 2),
    # the new drug is for another problem on another line
    ("HPI: LDL 182 (high) on atorvastatin.\nAssessment:\n1. Acute sinusitis - start amoxicillin 875 mg twice daily."
     "\n2. Hyperlipidemia - continue atorvastatin 40 mg.", {"J01.90": "Acute sinusitis", "E78.5": "Hyperlipidemia"},
     2),
])
def test_em_mdm_new_prescription_with_flagged_result_is_chronic_illness_not_at_goal(text, named, problems):
    """AMA 2021: a chronic illness not at its treatment goal is not stable (chronic illness with exacerbation or
    progression): a drug started for it with a flagged result, or for a dependence still in use."""
    cands = [Cand("ICD-10-CM", code, "", True, [(text.index(w), text.index(w) + len(w))], "assessment", "present")
             for code, w in named.items()]
    m = grade(text, cands, ["E05", "F17", "L70", "E78"], [])
    assert m.problems == problems, m.why


@pytest.mark.parametrize(("text", "code", "problems"), [
    # "viral URI" spelled out is the same self-limited problem; J00 is the common cold
    ("Assessment: Acute viral upper respiratory infection.\nPlan: fluids, OTC acetaminophen.", "J06.9", 1),
    ("Assessment: Acute nasopharyngitis.\nPlan: saline drops.", "J00", 1),
    # a URI only suspected to be viral stays an acute uncomplicated illness (dev-em2-64)
    ("Assessment: Acute upper respiratory infection - I suspect viral.\nPlan: fluids, acetaminophen.", "J06.9", 2),
])
def test_em_mdm_spelled_out_viral_uri_is_self_limited(text, code, problems):
    assert grade(text, dx(code), [], []).problems == problems


def test_em_mdm_toxicity_monitoring_is_high_risk_and_drug_level_is_a_test():
    """AMA 2021: drug therapy requiring intensive monitoring for toxicity is high risk; a lithium level is a test."""
    text = ("Assessment: Bipolar I disorder, in full remission, on lithium.\nPlan: continue lithium 900 mg. Lithium "
            "level, TSH and BMP ordered today to monitor for lithium toxicity (renal and thyroid).")
    m = grade(text, dx("F31.70"), ["F31"], [])
    assert (m.problems, m.data, m.risk, m.level) == (2, 3, 4, 3), m.why
    calm = text.replace(" to monitor for lithium toxicity (renal and thyroid)", "")
    assert grade(calm, dx("F31.70"), ["F31"], []).risk == 3  # prescription drug management only


def test_em_mdm_chronic_illness_documented_worse_is_not_stable():
    text = "Assessment: Type 2 diabetes mellitus with hyperglycemia, worse.\nPlan: continue metformin 1000 mg BID."
    assert grade(text, dx("E11.65"), ["E11"], []).problems == 3
    assert grade(text.replace(", worse", ", stable"), dx("E11.65"), ["E11"], []).problems == 2
    assert grade(text.replace(", worse", ", stable") + " Return if sugars get worse.", dx("E11.65"), ["E11"],
                 []).problems == 2  # a return precaution is not a finding


def at(text: str, **named: str) -> list[Cand]:
    """Diagnosis candidates whose evidence is the given words of the text (code=words, '.' written as '_')."""
    return [Cand("ICD-10-CM", code.replace("_", "."), "", True, [(text.index(w), text.index(w) + len(w))],
                 "assessment", "present") for code, w in named.items()]


def test_em_mdm_etiology_and_manifestation_are_one_chronic_illness():
    text = ("Assessment: Acute cystitis. Alzheimer's disease, late onset, with dementia, at baseline.\n"
            "Plan: cephalexin 500 mg twice daily.")
    m = grade(text, at(text, N30_00="Acute cystitis", G30_1="Alzheimer's disease, late onset", F02_80="dementia"),
              [], [])
    assert m.problems == 2, m.why  # one stable chronic illness (G30.1 + F02.80) and an acute one: low
    two = text.replace("Alzheimer's disease, late onset, with dementia", "Hypertension. Hyperlipidemia")
    assert grade(two, at(two, N30_00="Acute cystitis", I10="Hypertension", E78_5="Hyperlipidemia"), [],
                 []).problems == 3  # two different chronic illnesses: moderate


@pytest.mark.parametrize(("text", "data"), [
    # results of tests this clinician ordered last visit were counted then (AMA), not again today
    ("Returns to go over the labs I ordered at her visit last month. Lipid panel: LDL 142. A1c 6.0%.\n\n"
     "Assessment: Hyperlipidemia. Prediabetes.\nPlan: repeat labs at her annual physical.", 1),
    # the same results from another clinician's order are reviewed today; tests ordered today count
    ("Brings labs from her gynecologist. Lipid panel: LDL 142. A1c 6.0%.\n\n"
     "Assessment: Hyperlipidemia. Prediabetes.\nPlan: TSH ordered today.", 3),
])
def test_em_mdm_results_of_own_earlier_order_and_later_tests_are_not_counted(text, data):
    assert grade(text, dx("E78.5", "R73.03"), [], []).data == data


def test_em_mdm_newly_found_chronic_illness_started_on_a_drug_is_not_at_goal():
    """AMA: a patient not at the treatment goal is not stable; a chronic illness found today and started on a
    drug is not yet at goal."""
    text = "Assessment:\nAtrial fibrillation, newly found - start apixaban 5 mg twice daily."
    assert grade(text, at(text, I48_91="Atrial fibrillation"), [], []).problems == 3
    known = text.replace(", newly found - start", ", rate controlled - continue")
    assert grade(known, at(known, I48_91="Atrial fibrillation"), [], []).problems == 2  # one stable chronic illness


def test_em_mdm_preventive_problem_statement_after_the_problem_covers_its_item(s):
    text = ("NEW PATIENT PHYSICAL\n76M establishing care. Irregular pulse on his watch.\nExam: irregularly irregular."
            "\n\nAssessment:\n1. Routine adult health exam with abnormal findings.\n2. Atrial fibrillation, newly "
            "found - start apixaban 5 mg twice daily and metoprolol succinate 25 mg daily;\n   echocardiogram and "
            "TSH ordered. This problem was separately addressed in addition to the preventive visit.")
    out = cpt(s, text, visit={"new_patient": True, "place_of_service": "11"}, patient={"birth_date": "1950-01-01"},
              service_date="2026-06-23")
    problem = [x for x in out if x.code.startswith("992")]
    assert [x.code for x in problem] == ["99204"] and problem[0].extra.get("modifiers") == ["25"]
    assert any(x.code.startswith("993") for x in out)  # the preventive visit


@pytest.mark.parametrize("problem", [
    # a course written without a verb is a new prescription for a significant problem
    "2. Acute otitis media, left ear - amoxicillin 90 mg/kg/day divided twice daily for 10 days.",
    # 'not at goal' is not a negation of the change after the dash; 'addressed separately' closes the item
    "2. ADHD, combined type, not at goal - increase methylphenidate ER to 36 mg every morning.\n"
    "   Problem addressed separately from the well visit.",
])
def test_em_mdm_preventive_visit_with_a_significant_problem_adds_a_25_em(s, problem):
    text = ("WELL CHILD VISIT\nGrowing well. Normal complete exam.\n\nAssessment:\n1. Well child check.\n" + problem)
    out = cpt(s, text, patient={"birth_date": "2020-01-01"}, service_date="2026-05-05")
    problem_em = [x for x in out if x.code.startswith("992")]
    assert len(problem_em) == 1 and problem_em[0].extra.get("modifiers") == ["25"], [x.code for x in out]
    assert any(x.code.startswith("993") for x in out)


def test_em_mdm_discussion_reported_above_the_assessment_counts_when_it_is_today():
    text = ("66M with CKD stage 4. Potassium 5.4.\n\nDiscussed the case with Dr. Ibarra, his nephrologist, by phone "
            "today.\n\nAssessment: Chronic kidney disease, stage 4; hyperkalemia.\nPlan: start patiromer 8.4 g daily.")
    m = grade(text, at(text, N18_4="Chronic kidney disease, stage 4", E87_5="hyperkalemia"), ["N18"], [])
    assert m.data == 3 and m.risk == 3, m.why  # discussion with an external physician; a prescription drug
    old = text.replace("by phone today", "last month")
    assert grade(old, at(old, N18_4="Chronic kidney disease, stage 4", E87_5="hyperkalemia"), ["N18"],
                 []).data == 1


def test_em_mdm_test_named_in_a_diagnosis_is_not_data():
    text = ("Assessment: Rheumatoid arthritis with rheumatoid factor of multiple sites, stable.\n"
            "Plan: CBC and CMP ordered.")
    assert grade(text, at(text, M05_79="Rheumatoid arthritis"), ["M05"], []).data == 2  # CBC and CMP only


def test_em_mdm_time_parts_on_the_date_are_added():
    text = "Assessment: follow-up.\nTime: 35 minutes face-to-face and 10 minutes documenting on the date of the visit."
    n, span = documented_minutes({}, text)
    assert n == 45 and text[span[0]:span[1]].endswith("10 minutes")
    assert documented_minutes({}, "I spent 25 minutes with her, of which 15 minutes counseling.")[0] == 25
