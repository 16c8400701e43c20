"""E/M level from notes written in other authors' styles (issue #3, dev-em4): time on another date or spent on a
separately billed procedure, staff-only visits (99211, 99281), MDM in the physician's own words."""

from __future__ import annotations

import pytest

from suggest.cand import Cand
from suggest.em import documented_minutes
from suggest.mdm import grade
from tests.suggest_support import suggester


@pytest.fixture(scope="module")
def s(codeset_cache):
    return suggester(codeset_cache)


def em(s, text: str, pos: str = "11", new: bool = False) -> str | None:
    note = {"id": "x", "text": text, "visit": {"new_patient": new, "place_of_service": pos}}
    hit = [x.code for x in s.suggest(note) if x.code.startswith(("992", "993"))]
    return hit[0] if hit else None


def at(text: str, **named: str) -> list[Cand]:
    return [Cand("ICD-10-CM", code.replace("_", "."), "", True, [(text.index(w), text.index(w) + len(w))],
                 "assessment", "present") for code, w in named.items()]


@pytest.mark.parametrize(("sentence", "minutes"), [
    # CPT: the time of a separately reported service is not E/M time
    ("I spent 40 minutes total today; 15 minutes of that was the knee injection, which is billed separately.", 25),
    ("I spent 35 minutes, including the 10-minute laceration repair.", 25),
    ("I spent 35 minutes, not including the 10 minutes for the laceration repair.", 35),
    ("I spent 30 minutes discussing the procedure and its risks.", 30),  # counseling counts
    ("I spent 45 minutes, of which 20 were spent performing the joint injection.", 25),
    ("Total time 50 min; of this, 15 minutes was the I&D, billed separately.", 35),
    # CPT: only the time on the date of the encounter counts
    ("Total time 45 minutes over two days: 25 minutes at today's visit, and 20 minutes the next day on forms.", 25),
    ("I spent 45 minutes with him today and another 20 minutes yesterday going through outside records.", 45),
    ("Face-to-face 20 minutes, plus 10 minutes documenting after clinic the same day.", 30),
    ("Time-based billing: 25 minutes including chart review.", 25),
])
def test_em_time_counts_only_the_date_and_not_separately_billed_services(sentence, minutes):
    assert documented_minutes({}, "Assessment: follow-up.\n" + sentence)[0] == minutes


def test_em_nurse_visit_is_99211_and_ed_nursing_service_is_99281(s):
    office = ("Nurse visit - blood pressure check\n\nHere for BP recheck 2 weeks after starting amlodipine for "
              "hypertension. BP 128/78.\nReviewed with Dr. Lee: continue current dose.\n- A. Kim, RN")
    assert em(s, office) == "99211"
    ed = ("ED visit\n\nReturns for removal of stitches placed 8 days ago for a shin laceration. Wound healed.\n"
          "Suture removal by ED nurse, 4 sutures out. Discharged.")
    assert em(s, ed, pos="23") == "99281"
    # a physician's own straightforward ED visit stays 99282
    doc = ("Emergency department note\n\nStung by a bee on the hand 1 hour ago, local swelling, no wheeze.\n\n"
           "Impression: Bee sting, local reaction only.\nPlan: ice, diphenhydramine OTC.")
    assert em(s, doc, pos="23") in ("99282", "99283")


def test_em_otc_named_drug_and_self_limited_wording_are_straightforward():
    text = ("Assessment: Poison ivy dermatitis, mild, will run its course.\n"
            "Plan: OTC hydrocortisone 1% cream twice daily, calamine lotion.")
    m = grade(text, at(text, L23_7="Poison ivy dermatitis"), [], [])
    assert (m.problems, m.risk, m.level) == (1, 2, 1)
    rx = "Assessment: Rash.\nPlan: stop OTC hydrocortisone, start clobetasol 0.05% cream twice daily."
    assert grade(rx, at(rx, R21="Rash"), [], []).risk == 3  # a prescription started after the OTC product


def test_em_hospitalization_weighed_above_the_impression_is_high_risk():
    text = ("Troponin x2 negative. Discussed with cardiology by phone.\n"
            "Considered admission for observation but patient prefers home.\n\n"
            "Impression: Chest pain, atypical features.\nPlan: stress test ordered.")
    assert grade(text, at(text, R07_89="Chest pain"), [], []).risk == 4
    past = ("He was admitted to the hospital in 2019; admission was recommended again last month.\n\n"
            "Impression: Chest pain, atypical features.\nPlan: stress test ordered.")
    assert grade(past, at(past, R07_89="Chest pain"), [], []).risk < 4


def test_em_clinicians_own_problem_wording_is_graded():
    inj = ("Assessment: Acute complicated injury - dog bite right hand over the MCP joint.\n"
           "Plan: irrigated. Amoxicillin-clavulanate 875 mg BID.")
    assert grade(inj, at(inj, S61_451A="dog bite right hand"), [], []).problems == 3
    nod = "Impression: Solitary left thyroid nodule, malignancy not ruled out.\nPlan: FNA next week."
    assert grade(nod, at(nod, E04_1="thyroid nodule"), [], []).problems == 3
    settled = "Impression: Solitary left thyroid nodule, malignancy ruled out by prior FNA.\nPlan: recheck in a year."
    assert grade(settled, at(settled, E04_1="thyroid nodule"), [], []).problems < 3


def test_em_admission_only_weighed_for_an_acute_illness_keeps_its_problem_grade():
    # AMA: a decision regarding hospitalization is high risk; the problem is high only when admission is recommended
    # or arranged, or a chronic illness is severely exacerbated ("may require escalation in level of care")
    home = ("Assessment: Cellulitis right lower leg.\nPlan: Considered direct admission for IV antibiotics, but "
            "patient prefers home. Doxycycline 100 mg BID x 10 days.")
    m = grade(home, at(home, L03_115="Cellulitis right lower leg"), [], [])
    assert m.problems < 4 and m.risk == 4
    sent = ("Assessment: Cellulitis right lower leg.\nPlan: direct admission for IV antibiotics was recommended; "
            "she declines. Doxycycline 100 mg BID x 10 days.")
    assert grade(sent, at(sent, L03_115="Cellulitis right lower leg"), [], []).problems == 4
    copd = ("Assessment: COPD, worse this week with more wheezing.\nPlan: considered admission, treated at home. "
            "Prednisone 40 mg daily x 5 days.")
    assert grade(copd, at(copd, J44_1="COPD"), ["J44"], []).problems == 4


def test_em_symptom_beside_its_diagnosis_is_not_a_second_problem():
    # AMA: symptoms may cluster around a specific diagnosis; each symptom is not necessarily a unique problem
    text = "Impression: Bee sting, local reaction only.\nPlan: ice, diphenhydramine OTC as needed for itch."
    m = grade(text, at(text, T63_441A="Bee sting", L29_9="itch"), [], [])
    assert (m.problems, m.level) == (1, 1)
    two = "Impression: Acute cystitis. Acute sinusitis.\nPlan: fluids."
    assert grade(two, at(two, N30_00="Acute cystitis", J01_90="Acute sinusitis"), [], []).problems == 2


def test_em_oral_cephalosporin_with_weight_based_dose_is_prescription_management():
    text = "Impression: Urinary tract infection.\nPlan: Cefdinir 14 mg/kg/day for 10 days. Follow culture."
    assert grade(text, at(text, N39_0="Urinary tract infection"), [], []).risk == 3


def test_em_staff_only_needs_the_title_line_or_a_nurse_signature_and_no_physician(s):
    mention = ("Follow-up visit\n\nBP was 150/95 at her nurse visit last week. On amlodipine 5 mg.\n\n"
               "Assessment: Essential hypertension, above goal.\nPlan: increase amlodipine to 10 mg daily.")
    assert em(s, mention) == "99214"
    seen = ("Nurse visit - BP check\n\nBP 150/95 twice. Patient seen by Dr. Lee, who increased amlodipine to 10 mg "
            "for hypertension above goal.\n- A. Kim, RN")
    assert em(s, seen) != "99211"
    ed = ("ED visit\n\nTwisted ankle. Ankle sprain, ace wrap applied by ED nurse.\n\nImpression: Right ankle sprain.\n"
          "Plan: ice, ibuprofen OTC.")
    assert em(s, ed, pos="23") != "99281"


def test_em_todays_minutes_on_something_dated_earlier_still_count():
    text = "Assessment: follow-up.\nI spent 30 minutes today reviewing records from the prior day's ED visit."
    assert documented_minutes({}, text)[0] == 30


def test_em_admission_offered_elsewhere_earlier_is_not_todays_decision():
    text = ("Offered admission at urgent care yesterday for the cough but declined.\n\n"
            "Impression: Acute bronchitis.\nPlan: fluids, honey, return if worse.")
    assert grade(text, at(text, J20_9="Acute bronchitis"), [], []).risk < 4


def test_copd_severe_exacerbation_is_j44_1(s):
    note = {"id": "x", "text": "Assessment: COPD, severe exacerbation.\nPlan: prednisone 40 mg daily x 5 days.",
            "visit": {"new_patient": False, "place_of_service": "11"}}
    assert "J44.1" in [x.code for x in s.suggest(note)]


@pytest.mark.parametrize(("key", "phrase"), [
    ("interpretation", "I personally reviewed the CXR: no infiltrate"),
    ("interpretation", "x-ray personally reviewed, no fracture"),
    ("interpretation", "CT images independently visualized by me"),
    ("external", "Outside ED notes reviewed"),
    ("external", "Prior records obtained and reviewed"),
    ("discussion", "Discussed with the patient's oncologist"),
    ("discussion", "Discussed with poison control"),
    ("discussion", "Called the radiologist to discuss the CT"),
    ("historian", "Mother provides the history"),
    ("historian", "Collateral from the wife"),
    ("historian", "History per EMS"),
])
def test_em_data_elements_in_other_wordings(key, phrase):
    # AMA data categories: independent interpretation, external notes, discussion with an external physician or
    # appropriate source, independent historian
    from suggest.mdm import _words
    assert _words()[key].search(phrase)


def test_em_parenteral_controlled_substance_is_high_risk():
    # 2023 CPT ED/hospital guidelines: parenteral controlled substances are a high-risk management example
    for plan in ("morphine 4 mg IV x1, ondansetron IV", "hydromorphone 0.5 mg IVP", "IV lorazepam 2 mg given"):
        text = f"Impression: Renal colic.\nPlan: {plan}."
        assert grade(text, at(text, N23="Renal colic"), [], []).risk == 4, plan
    oral = "Impression: Renal colic.\nPlan: oxycodone 5 mg PO q6h prn, #8."
    assert grade(oral, at(oral, N23="Renal colic"), [], []).risk == 3


@pytest.mark.parametrize(("sentence", "minutes"), [
    ("Minutes spent: 30.", 30),
    ("This visit took 45 minutes.", 45),
    ("Visit length: 20 min.", 20),
    ("40 minute visit, >50% counseling.", 40),
    ("Schedule a 30 minute visit next month.", None),  # a plan, not this visit's time
])
def test_em_time_statement_other_wordings(sentence, minutes):
    assert documented_minutes({}, "Assessment: follow-up.\n" + sentence)[0] == minutes


def test_em_clinicians_ama_problem_wording_is_taken_as_written():
    text = ("Assessment: Influenza A - acute illness with systemic symptoms (fever 103, myalgias).\n"
            "Plan: oseltamivir 75 mg BID x 5 days.")
    assert grade(text, at(text, J10_1="Influenza A"), [], []).problems == 3
    plain = "Assessment: Influenza A, no systemic symptoms.\nPlan: fluids."
    assert grade(plain, at(plain, J10_1="Influenza A"), [], []).problems == 2


def test_em_problem_managed_by_another_professional_is_not_addressed():
    # AMA: a notation that another professional manages the problem, without additional assessment or care
    # coordination, does not make it a problem addressed
    text = ("Assessment:\n1. Type 2 diabetes, stable. Continue metformin 500 mg BID.\n"
            "2. Hypertension - managed by his cardiologist, no changes today.\n"
            "3. Hyperlipidemia - followed by cardiology.")
    cands = at(text, E11_9="Type 2 diabetes", I10="Hypertension", E78_5="Hyperlipidemia")
    assert grade(text, cands, ["E11", "I10", "E78"], []).problems == 2
    acted = ("Assessment:\n1. Type 2 diabetes, stable. Continue metformin 500 mg BID.\n"
             "2. Hypertension - followed by cardiology; I called Dr. Ames and we increased lisinopril to 20 mg.")
    cands = at(acted, E11_9="Type 2 diabetes", I10="Hypertension")
    assert grade(acted, cands, ["E11", "I10"], []).problems == 3


def test_em_continuing_a_named_drug_class_is_prescription_management():
    # AMA prescription drug management includes continuing a prescription drug; "cont PPI" names the class of the
    # omeprazole the note lists
    text = ("Doing well on omeprazole 40 mg daily.\n\nA/P: Barrett's esophagus without dysplasia - cont PPI, "
            "surveillance EGD in 2 years.")
    assert grade(text, at(text, K22_70="Barrett's esophagus"), ["K22"], []).risk == 3


def test_em_versus_in_a_conditional_plan_is_not_an_undiagnosed_problem():
    text = ("Assessment: Acute cystitis without hematuria.\nPlan: Nitrofurantoin 100 mg BID x 5 days. Given 3 UTIs "
            "this year, if it recurs again, prophylaxis vs urology referral.")
    assert grade(text, at(text, N30_00="Acute cystitis"), [], []).problems == 2
    ddx = "Assessment: Chest pain, ACS vs GERD; if troponin rises, admit.\nPlan: troponin x2."
    assert grade(ddx, at(ddx, R07_9="Chest pain"), [], []).problems >= 3


def test_em_acute_attack_of_a_chronic_illness_is_an_exacerbation():
    text = ("Medical Decision Making: typical of her prior migraines; ketorolac 30 mg IV and metoclopramide 10 mg IV.\n"
            "Clinical impression: Migraine without aura, acute attack.")
    assert grade(text, at(text, G43_009="Migraine without aura"), ["G43"], []).problems == 3


@pytest.mark.parametrize("plan", ["Paxlovid x 5 days.", "Continue letrozole 2.5 mg daily.", "Trelegy 1 puff daily."])
def test_em_brand_and_oncology_drugs_are_prescription_management(plan):
    text = f"Assessment: Illness.\nPlan: {plan}"
    assert grade(text, at(text, J06_9="Illness"), [], []).risk == 3


def test_em_a_scribe_or_rooming_line_is_not_a_nurse_signature(s):
    text = ("Follow-up\n\nAssessment: Essential hypertension, above goal.\nPlan: increase amlodipine to 10 mg daily.\n"
            "Scribed by Anna Lee, MA")
    assert em(s, text) != "99211"


def test_em_a_note_the_physician_also_signs_is_not_staff_only(s):
    text = ("Nurse visit - BP check\n\nBP 150/95 twice; hypertension above goal. Amlodipine increased to 10 mg daily.\n"
            "- A. Kim, RN\nSeen and plan by Dana Ruiz, MD")
    assert em(s, text) != "99211"


def test_em_ed_suture_removal_signed_by_the_physician_is_still_99281(s):
    ed = ("ED visit\n\n27F back 8 days after a right shin laceration repair. Wound healed.\n"
          "Suture removal, 4 sutures out; wound care reviewed. Discharged.\nDana Ruiz, MD")
    assert em(s, ed, pos="23") == "99281"


def test_em_stated_mdm_level_followed_by_its_reasons():
    from suggest.mdm import _stated_level
    assert _stated_level("MDM: moderate (2 chronic illnesses, Rx mgmt)") == 3
    assert _stated_level("MDM: high - admitted") == 4
    assert _stated_level("Medical decision making: moderate risk") is None  # a risk statement, not the level
