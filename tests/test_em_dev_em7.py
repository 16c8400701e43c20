"""E/M and CPT rules behind the dev-em7 batch (issue #3): psychiatric intakes (CPT 90791/90792), risk from a weighed
observation admission and from a procedure decided with identified risk factors (AMA 2021 MDM table)."""

from __future__ import annotations

import pytest

from suggest.cand import Cand
from suggest.mdm import grade
from tests.suggest_support import suggester


@pytest.fixture(scope="module")
def s(codeset_cache):
    return suggester(codeset_cache)


def cpt(s, text: str, new: bool = True, specialty: str = "psychiatry", minutes: int | None = None) -> list[str]:
    visit = {"new_patient": new, "place_of_service": "11"}
    if minutes:
        visit["total_minutes"] = minutes
    note = {"id": "x", "text": text, "specialty": specialty, "setting": "outpatient", "visit": visit}
    return [x.code for x in s.suggest(note) if x.system != "ICD-10-CM"]


def at(text: str, **named: str) -> list[Cand]:
    return [Cand("ICD-10-CM", code.replace("_", "."), "", True, [(text.index(w), text.index(w) + len(w))],
                 "assessment", "present") for code, w in named.items()]


_INTAKE = ("Psychiatry - initial assessment\n\n29F referred for 2 years of worry, muscle tension and poor sleep. "
           "No substance use.\nMental status: anxious affect, no SI.\n\nDiagnosis: Generalized anxiety disorder.\n"
           "Plan: start escitalopram 5 mg daily; follow-up in 4 weeks.\n")


def test_psychiatric_intake_by_a_prescriber_is_90792_without_an_em(s):
    # CPT 90792: diagnostic evaluation with medical services (a prescription); never with an E/M the same day
    codes = cpt(s, _INTAKE)
    assert "90792" in codes and not [c for c in codes if c.startswith("992")]


def test_psychologist_intake_is_90791(s):
    # a psychologist furnishes no medical services and cannot report an office E/M
    text = ("Behavioral health - diagnostic interview\n\n44M with low mood since his divorce.\n\n"
            "Diagnostic impression: Adjustment disorder with depressed mood.\nRecommendations: weekly CBT.\n"
            "- M. Okafor, PhD, licensed psychologist")
    codes = cpt(s, text)
    assert "90791" in codes and not [c for c in codes if c.startswith("992")]


def test_psychiatric_intake_with_total_time_keeps_the_new_patient_em(s):
    # total time on the date is the E/M's measure: the prescriber chose 99205 (corpus dev-r2-13)
    codes = cpt(s, _INTAKE + "Total time on the date of the encounter: 64 minutes.", minutes=64)
    assert "99205" in codes and "90792" not in codes


def test_psychiatric_follow_up_is_not_an_intake(s):
    codes = cpt(s, _INTAKE.replace("initial assessment", "medication management follow-up"), new=False)
    assert "90792" not in codes and "90791" not in codes


def test_weighed_observation_admission_is_high_risk_not_a_high_problem():
    # AMA: a decision regarding hospitalization, including the decision not to admit, is high risk; weighing it
    # does not make the problem a threat to life
    text = ("ED note\nSyncope in church, workup negative.\n\nMDM: syncope without a clear cause. Observation "
            "admission vs\n        discharge discussed with the patient; shared decision to discharge home.\n"
            "Impression: Syncope and collapse.")
    m = grade(text, at(text, R55="Syncope and collapse"), [], [])
    assert m.risk == 4 and m.problems < 4


def test_catheterization_with_identified_risk_factors_is_high_risk():
    # AMA: elective major surgery / invasive procedure with identified patient or procedure risk factors is high;
    # without them it is moderate
    base = ("Assessment: Coronary artery disease with exertional angina, worsening.\nPlan: left heart "
            "catheterization with possible PCI, scheduled next week")
    risky = base + "; high procedural risk given CKD stage 3b - IV pre-hydration."
    assert grade(risky, at(risky, I25_119="Coronary artery disease"), [], []).risk == 4
    plain = base + "."
    assert grade(plain, at(plain, I25_119="Coronary artery disease"), [], []).risk == 3


def em_codes_of(s, text: str) -> list[str]:
    note = {"id": "x", "text": text, "visit": {"new_patient": False, "place_of_service": "11"}}
    return [x.code + ("-" + "-".join(x.extra.get("modifiers", [])) if x.extra.get("modifiers") else "")
            for x in s.suggest(note) if x.code.startswith("992")]


def test_prescription_for_the_problem_a_minor_procedure_treats_is_not_a_separate_em(s):
    # CPT/NCCI: the decision for a minor procedure and the care of the problem it treats are in its global package
    text = ("PODIATRY\nCC: ingrown nail L big toe; thick toenails.\n\nProcedure: Partial nail avulsion of the lateral "
            "border of the L hallux nail performed. Then mechanical debridement of 4 mycotic toenails.\n\n"
            "A: 1. Ingrowing nail, L great toe. 2. Onychomycosis of toenails.\n"
            "P: soaks bid; topical efinaconazole rx; RTC 2 wk.")
    assert em_codes_of(s, text) == []


def test_problem_the_procedure_does_not_treat_is_a_separate_em_with_25(s):
    # a healing ankle sprain managed beside a knee injection is significant and separately identifiable
    text = ("ORTHOPAEDIC CLINIC\n\nRight ankle sprain follow-up, and a repeat injection of the left knee.\n\n"
            "Procedure: left knee injection. Triamcinolone 40 mg with 4 mL 1% lidocaine injected without "
            "complication.\n\nA/P:\n1. Sprain of anterior talofibular ligament, right ankle, healing - wean the brace, "
            "home ankle rehab exercises.\n2. Primary osteoarthritis, left knee - injected today.")
    assert [c for c in em_codes_of(s, text) if c.endswith("-25")]


def test_ed_minor_procedure_alone_has_no_em_but_a_head_strike_workup_does(s):
    # CPT/NCCI: the ED E/M beside a minor procedure needs evaluation beyond the problem the procedure treats
    abscess = ("ED Note - fast track\n\n38F with a painful lump in the right armpit for 4 days.\nExam: 3 cm fluctuant "
               "abscess right axilla.\nProcedure note - incision and drainage: 1% lidocaine, single 1.5 cm incision, "
               "purulent material expressed, packed. Simple I&D.\nImpression: Abscess of right axilla, I&D performed.\n"
               "Plan: warm compresses, packing removal in 48 h.")
    note = {"id": "x", "text": abscess, "visit": {"new_patient": False, "place_of_service": "23"}}
    assert not [x for x in s.suggest(note) if x.code.startswith("992")]
    fall = ("ED NOTE\n\n79F tripped and struck her forehead on a table. No LOC. NEXUS negative, no other injuries on "
            "secondary survey.\nExam: 2.3 cm laceration of the forehead.\nProcedure: Laceration repair, simple, "
            "five 6-0 nylon sutures. Length 2.3 cm.\nDx: Laceration of forehead without foreign body.\n"
            "Dispo: home, head injury precautions.")
    note = {"id": "x", "text": fall, "visit": {"new_patient": False, "place_of_service": "23"}}
    em = [x for x in s.suggest(note) if x.code.startswith("992")]
    assert em and em[0].extra.get("modifiers") == ["25"]


def test_joint_procedure_side_from_its_sentence_or_from_the_problem_it_treats(s):
    # HCPCS RT/LT: the side the procedure is performed on, from the procedure sentence, else from its problem's code
    knee = ("Knee injection visit\n\nProcedure: After consent, right knee prepped with chlorhexidine; lateral "
            "suprapatellar approach, 1% lidocaine 4 mL with triamcinolone acetonide 40 mg injected into the knee "
            "joint, no ultrasound.\n\nA/P: Primary osteoarthritis, right knee - injected as above.")
    note = {"id": "x", "text": knee, "visit": {"new_patient": False, "place_of_service": "11"}}
    assert [x.extra.get("modifiers") for x in s.suggest(note) if x.code == "20610"] == [["RT"]]
    splint = ("Emergency Department note\n\n84F fell onto her outstretched hand, wrist deformity.\nLeft wrist XR - my "
              "read: extra-articular distal radius fracture, Colles type.\n\nAssessment:\n1. Closed Colles fracture, "
              "left radius.\nProcedure: volar short arm splint applied by me, neurovascularly intact after.\n"
              "Plan: orthopedics follow-up in 3-5 days.")
    note = {"id": "x", "text": splint, "visit": {"new_patient": False, "place_of_service": "23"}}
    assert [x.extra.get("modifiers") for x in s.suggest(note) if x.code == "29125"] == [["LT"]]


@pytest.mark.parametrize(("assessment", "z"), [
    # I.C.21.c.13: a condition the preventive exam found makes it "with abnormal findings"
    ("1. Adult wellness exam - lipid panel.\n2. Essential hypertension, new diagnosis - start lisinopril 10 mg daily.",
     "Z00.01"),
    ("1. Routine adult health exam with abnormal findings.\n2. Essential hypertension - start lisinopril 10 mg daily.",
     "Z00.01"),
    # a known chronic condition carried on the list is not a finding of this exam
    ("1. Adult wellness exam - lipid panel.\n2. Hypothyroidism - stable, continue levothyroxine 50 mcg.", "Z00.00"),
])
def test_preventive_exam_with_abnormal_findings(s, assessment, z):
    text = f"Annual physical\n\n45M for his yearly exam. Feels well.\n\nAssessment:\n{assessment}"
    note = {"id": "x", "text": text, "visit": {"new_patient": False, "place_of_service": "11"},
            "patient": {"birth_date": "1981-01-01"}, "date_of_service": "2026-07-10"}
    assert z in [x.code for x in s.suggest(note)]


def test_routine_adult_health_exam_is_the_preventive_encounter_code(s):
    text = ("New patient physical\n\n35F new to our practice. No complaints.\nExam normal.\n\n"
            "Assessment: Routine adult health exam, normal.\nPlan: lipid panel. Return in 1 year.")
    note = {"id": "x", "text": text, "visit": {"new_patient": True, "place_of_service": "11"}}
    assert "Z00.00" in [x.code for x in s.suggest(note)]


@pytest.mark.parametrize(("sentence", "minutes"), [
    # CPT 2021: only time on the date of the encounter counts, wherever the other date is written in the clause
    ("Yesterday I spent 20 minutes going through her records from Boston.", None),
    ("Yesterday I spent 20 minutes going through her records.\nToday: 15 minutes total for the visit.", 15),
    ("On 7/14 I spent 30 minutes reviewing outside records; today's visit took 20 minutes.", 20),
    ("Seen in the ED yesterday, I spent 30 minutes today on his care.", 30),
    # the time of a separately reported or other service is not the E/M's total time
    ("Procedure time: 15 minutes.", None),
    ("Total critical care time 45 minutes.", None),
    ("Procedure time 10 min. Total time 40 minutes.", 40),
    # 'more than half counselling' without minutes is no time statement (2021 rules: total time, not counselling)
    ("More than half of the visit was spent counselling on the diagnosis.", None),
])
def test_em_time_on_another_date_or_for_another_service_is_not_visit_time(sentence, minutes):
    from suggest.em import documented_minutes
    assert documented_minutes({}, "Assessment: follow-up.\n" + sentence)[0] == minutes


def test_decision_not_to_hospitalize_is_high_risk_and_a_scheduled_arthroplasty_is_surgery():
    # AMA MDM table: "decision regarding hospitalization" includes the decision not to admit; elective major surgery
    # is moderate risk, high with identified risk factors
    text = "Assessment: Acute bronchitis.\nPlan: supportive care. Decision not to hospitalize; close follow-up."
    m = grade(text, at(text, J20_9="Acute bronchitis"), [], [])
    assert m.risk == 4 and m.problems == 2
    knee = "Assessment: Osteoarthritis of right knee.\nPlan: total knee arthroplasty scheduled for next month."
    assert grade(knee, at(knee, M17_11="Osteoarthritis of right knee"), [], []).risk == 3
    risky = knee.replace("next month.", "next month; high surgical risk given severe COPD.")
    assert grade(risky, at(risky, M17_11="Osteoarthritis of right knee"), [], []).risk == 4


def test_non_prescriber_psychotherapy_is_the_standalone_code_without_an_em(s):
    # CPT: 90833/90836/90838 are add-ons to an E/M; a social worker's or psychologist's session is 90832/90834/90837
    text = ("Psychotherapy progress note\n\nSession focused on the exposure hierarchy.\nDiagnosis: Panic disorder.\n"
            "Psychotherapy 53 minutes, individual.\n- J. Roe, LCSW")
    assert cpt(s, text, new=False) == ["90837"]
    md = text.replace("- J. Roe, LCSW", "Assessment: panic disorder - continue sertraline 50 mg.\n- A. Smith, MD")
    assert "90838" in cpt(s, md, new=False)


def test_each_scored_instrument_is_a_96127_unit(s):
    # CPT 96127 is reported per standardized instrument: PHQ-9 and the PTSD checklist (PCL-5) are two units
    text = (_INTAKE.replace("Diagnosis: Generalized anxiety disorder.", "PHQ-9 (14) and PCL-5 (58) administered and "
            "scored today.\n\nDiagnosis: Generalized anxiety disorder."))
    note = {"id": "x", "text": text, "specialty": "psychiatry",
            "visit": {"new_patient": True, "place_of_service": "11"}}
    assert [x.extra.get("units") for x in s.suggest(note) if x.code == "96127"] == [2]


def test_complication_called_new_with_a_drug_started_is_not_a_stable_chronic_illness():
    # AMA: a chronic illness not at its treatment goal (here a new complication, treated today) is not stable
    text = ("Assessment:\n1. Type 2 diabetes mellitus with diabetic polyneuropathy - new. Start gabapentin 100 mg at "
            "bedtime, titrate. Continue metformin.\n2. Toe pain after walking, resolved.")
    assert grade(text, at(text, E11_42="Type 2 diabetes mellitus"), [], []).problems == 3


def test_prescription_after_an_office_injection_in_the_same_sentence_is_drug_management(s):
    # AMA: a separately reported drug administration is not MDM work, but the prescription written beside it is
    text = ("Problem visit\n24F with vaginal discharge, partner positive for gonorrhea.\n\n"
            "Assessment: mucopurulent cervicitis.\nPlan: ceftriaxone 500 mg IM given in clinic today (R gluteal), "
            "doxycycline 100 mg bid x7d; abstain 7 days.")
    note = {"id": "x", "text": text, "visit": {"new_patient": False, "place_of_service": "11"}}
    em = [x for x in s.suggest(note) if x.code.startswith("992")]
    assert em and em[0].code == "99213" and em[0].extra.get("modifiers") == ["25"]


def test_nebulizer_prescribed_for_home_is_not_an_office_treatment(s):
    # CPT 94640 and the J-code are billed only for a treatment given at the visit; "DuoNeb QID" is a prescription
    text = ("Urgent pulmonary visit\n\n68M with severe COPD, worse dyspnea.\n\nAssessment: COPD, severe exacerbation.\n"
            "Plan: Prednisone 40 mg x 5 days, doxycycline 100 mg BID x 7 days, home oxygen 2 L arranged today, "
            "DuoNeb QID. Recheck in 2 days.")
    note = {"id": "x", "text": text, "visit": {"new_patient": False, "place_of_service": "11"}}
    codes = [x.code for x in s.suggest(note) if x.system != "ICD-10-CM"]
    assert "94640" not in codes and "J7620" not in codes
    given = text.replace("DuoNeb QID.", "DuoNeb nebulizer given in clinic with improvement.")
    note = {"id": "x", "text": given, "visit": {"new_patient": False, "place_of_service": "11"}}
    assert "94640" in [x.code for x in s.suggest(note)]


def test_albuterol_by_mdi_and_spacer_in_clinic_is_an_inhalation_treatment(s):
    # CPT 94640 covers pressurized (MDI) as well as nebulized treatment for acute airway obstruction; no J7613
    text = ("Peds Acute\n8yo with asthma, wheeze for 2 days.\n\nTx in clinic: albuterol MDI 4 puffs via spacer q20 min "
            "x 3 -> RR 22, SpO2 97%.\n\nA/P\nModerate persistent asthma with acute exacerbation - prednisolone "
            "2 mg/kg/day x 5 days, albuterol q4h x 48 h then prn.")
    note = {"id": "x", "text": text, "visit": {"new_patient": False, "place_of_service": "11"}}
    codes = [x.code for x in s.suggest(note) if x.system != "ICD-10-CM"]
    assert "94640" in codes and "J7613" not in codes


def test_dtap_combination_vaccine_is_one_product_not_dtap_beside_it(s):
    # CPT: DTaP-IPV is 90696 (four components, 90460 + 3 x 90461 under 19 with counseling), not also DTaP 90700
    text = ("Well child visit, 4 years\nDevelopment normal. Vaccines: DTaP-IPV and MMRV given today after counseling "
            "mom.\nAssessment: Well child exam.")
    note = {"id": "x", "text": text, "visit": {"new_patient": False, "place_of_service": "11"},
            "date_of_service": "2026-07-10", "patient": {"birth_date": "2022-05-01"}}
    got = {x.code: x.extra.get("units") for x in s.suggest(note) if x.system != "ICD-10-CM"}
    assert "90700" not in got and {"90696", "90710"} <= set(got) and got.get("90460") == 2 and got.get("90461") == 6


@pytest.mark.parametrize(("plan", "risk"), [
    # AMA: drug therapy requiring intensive monitoring for toxicity (lab monitoring at least quarterly) is high risk
    ("continue methotrexate 15 mg weekly; CBC and LFTs every 8 weeks for methotrexate toxicity.", 4),
    ("continue lithium; lithium level in 5 days to check for toxicity.", 4),
    # monitoring less often than quarterly, or counseling about toxicity, is not intensive monitoring
    ("hydroxychloroquine 200 mg daily; annual retinal exam for toxicity screening.", 3),
    ("continue lithium 600 mg; counseled on the signs of toxicity.", 3),
])
def test_lab_monitoring_for_drug_toxicity_is_high_risk(plan, risk):
    text = f"Assessment: Chronic condition, stable.\nPlan: {plan}"
    assert grade(text, at(text, M06_9="Chronic condition"), [], []).risk == risk
