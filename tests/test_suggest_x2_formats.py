"""Writing habits of real EHR exports (issue #3, dev-x2): template checkboxes, abbreviations, dictation."""

from __future__ import annotations

import pytest

from tests.suggest_support import codes, note, suggester

_OFFICE = {"new_patient": False, "place_of_service": "11"}


@pytest.fixture(scope="module")
def s(codeset_cache):
    return suggester(codeset_cache)


def test_unchecked_condition_boxes_are_not_history(s):
    # R01 / Section IV.J: only documented conditions are coded; an empty template box beside a condition
    # ("CHF [ ]") says the patient does NOT have it (dev-x2-24 coded I11.0 + I50.9 + I25.10 from such a line)
    out = codes(s.suggest(note("Cardiac hx:  CAD [ ]  CHF [ ]  Arrhythmia [ ]   None [x]\n"
                               "PMH: HTN on lisinopril.\nAssessment: HTN - controlled, cont lisinopril.")))
    assert "I10" in out
    assert not {"I11.0", "I50.9", "I25.10"} & set(out)


@pytest.mark.parametrize("box", ["Yes [ ]  No [x]", "Y [ ] N [x]", "[ ] Yes  [x] No"])
def test_yes_no_checkbox_answered_no_is_negated(s, box):
    # a "No" checked beside a symptom is a negative answer (dev-x2-04 diabetic neuropathy E11.42 from
    # "Neuropathy symptoms: Yes [ ] No [x]"; dev-x2-13 egg allergy from "Egg/vaccine allergy Y [ ] N [x]")
    out = codes(s.suggest(note(f"Neuropathy symptoms:  {box}\nA/P: DM2 on metformin, stable, cont.")))
    assert not any(c.startswith("E11.4") for c in out)
    assert "E11.9" in out


def test_yes_checked_or_box_before_label_still_counts(s):
    # the checked answer stays positive, and in a box-before-label line the empty box belongs to the next label;
    # bare "neuropathy" with diabetes is E11.40 (Index: Diabetes, with, neuropathy)
    assert "E11.40" in codes(s.suggest(note("Neuropathy:  Yes [x]  No [ ]\nA/P: DM2 on metformin, stable.")))
    out = codes(s.suggest(note("History:\n[x] CHF  [ ] CAD\nA/P: CHF stable on furosemide.")))
    assert "I50.9" in out and "I25.10" not in out


def test_screening_question_about_today_is_negated(s):
    # "Fever today  Y [ ] N [x]": "today" inside the label does not end the checkbox's negation
    out = codes(s.suggest(note("Screening:  Fever today  Y [ ] N [x] | Egg allergy  Y [ ] N [x]\n"
                               "Flu shot given.")))
    assert "R50.9" not in out
    assert "Z91.012" not in " ".join(out)


def test_wellness_visit_without_assessment_does_not_code_its_problem_list(s):
    # IV.J + project Decision (problem-list lines are coded only when the visit addresses them): an AWV template
    # with no assessment names its reason (Z00.00); the listed chronic problems it never addresses are not coded
    # (dev-x2-15 coded M17.0, K21.9, E03.9 and Z85.3 from "Problem list (reviewed, no changes):")
    out = codes(s.suggest(note("MEDICARE ANNUAL WELLNESS VISIT - SUBSEQUENT\n\nProblem list (reviewed, no changes):\n"
                               "  Osteoarthritis of both knees (M17.0)\n  GERD (K21.9)\n\n"
                               "Vitals: BP 126/74.\nNo acute problems addressed today.", age=74)))
    assert "Z00.00" in out
    assert not {"M17.0", "K21.9"} & set(out)


def test_nurse_visit_naming_its_condition_keeps_it(s):
    # a nurse visit that names the condition it treats outside the lists still codes it (unchanged behaviour)
    out = codes(s.suggest(note("NURSE VISIT - INJECTION\nReason: monthly B12 (pernicious anemia, standing order)\n"
                               "Medication: cyanocobalamin 1000 mcg IM, L deltoid.")))
    assert "D51.0" in out


@pytest.mark.parametrize(("text", "code"), [("DJD b/l knees - acetaminophen prn", "M17.0"),
                                            ("OA b/l knees - PT", "M17.0"),
                                            ("DJD R knee - surgery as planned", "M17.11"),
                                            ("DJD L hip - PT", "M16.12")])
def test_djd_and_bl_shorthand_keep_the_joint_and_side(s, text, code):
    # I.B.13 / R22: degenerative joint disease of a named joint is that joint's osteoarthritis (Index: Disease,
    # joint, degenerative - see Osteoarthritis); "b/l" is bilateral (dev-x2-21, 24 coded the site-less M19.90)
    out = codes(s.suggest(note(f"A/P: {text}.")))
    assert code in out
    assert "M19.90" not in out


def test_telegraphic_note_headings_run_on_in_the_paragraph(s):
    # IV.J: "A/P:" written after a sentence on the same line starts the assessment; an exam abbreviation before
    # it ("calf TTP" = tender to palpation) is not an addressed condition (dev-x2-17 coded M31.19)
    out = codes(s.suggest(note("55F c/o LLE swelling x 3d. PE: calf TTP, no erythema. Wells: 1 (moderate). "
                               "A/P: LLE edema, r/o DVT -> venous duplex today (ordered).")))
    assert "M31.19" not in out
    assert any(c.startswith("R60") for c in out)


def test_dictated_period_ends_a_negation(s):
    # uncorrected speech recognition writes the spoken punctuation: "no edema period ... impression ... essential
    # hypertension" - the negation ends at "period" as at a full stop (R01 scope), so I10 is coded
    text = ("lungs clear no edema period labs reviewed LDL 88 comma ALT normal period new paragraph impression "
            "number one essential hypertension well controlled continue lisinopril refilled period")
    assert "I10" in codes(s.suggest(note(text)))


def test_menstrual_period_is_not_dictated_punctuation(s):
    out = codes(s.suggest(note("Denies pelvic pain since her last period. Assessment: endometriosis, stable.")))
    assert "N80.9" in out


@pytest.mark.parametrize("line", ["DM2 - A1c 8.1, uncontrolled -> incr metformin",
                                  "DM2 - A1c 9.4, poorly controlled, incr metformin",
                                  "DM2, uncontrolled -> incr metformin"])
def test_uncontrolled_diabetes_on_an_assessment_line_is_hyperglycemia(s, line):
    # Index: Diabetes, uncontrolled (meaning hyperglycemia) -> E11.65 (project Decision); the lab value written
    # between the disease and the word must not hide it (dev-x2-04, 07 coded E11.9)
    out = codes(s.suggest(note(f"A/P:\n- {line}\n- HTN - at goal -> cont amlodipine")))
    assert "E11.65" in out and "E11.9" not in out


@pytest.mark.parametrize("line", ["DM2 - controlled, A1c 6.8, cont metformin",
                                  "DM2, HTN uncontrolled -> incr lisinopril, cont metformin",
                                  "Type 2 diabetes mellitus with diabetic polyneuropathy - painful, not controlled"])
def test_control_word_of_another_problem_is_not_hyperglycemia(s, line):
    assert "E11.65" not in codes(s.suggest(note(f"Assessment: {line}.")))


def test_injection_nurse_visit_template_is_the_administration_not_99211(s):
    # CPT 96372 + J3420 x1: the template's medication line with an IM route is the administration record; NCCI
    # bundles 99211 into the injection (dev-x2-12 gave 99211 and no injection codes)
    out = codes(s.suggest(note("NURSE VISIT - INJECTION\n\nReason: monthly B12 (pernicious anemia, standing order)\n"
                               "Medication: cyanocobalamin 1000 mcg/mL, 1 mL IM\nSite: L deltoid [x]\n"
                               "Pt tolerated well.\n- T. Brannigan, LPN", visit=_OFFICE)), system=None)
    assert {"96372", "J3420", "D51.0"} <= set(out)
    assert "99211" not in out


def test_rn_visit_titled_injection_has_no_e_m(s):
    out = codes(s.suggest(note("RN visit - Depo-Provera\n\nLast injection 12/30/2025.\n"
                               "Medroxyprogesterone acetate 150 mg/mL IM given L gluteal. Tolerated well.\n"
                               "- S. Delacroix, RN", visit=_OFFICE)), system=None)
    assert "96372" in out and "J1050" in out
    assert not [c for c in out if c.startswith("992")]


def test_nurse_visit_without_injection_stays_99211(s):
    out = codes(s.suggest(note("Nurse visit - blood pressure check\n\nBP 132/80 on amlodipine for hypertension, "
                               "reviewed with Dr. Lee: continue.\n- J. Ortega, RN", visit=_OFFICE)), system=None)
    assert "99211" in out


@pytest.mark.parametrize(("minutes", "code"), [(8, "99421"), (13, "99422"), (25, "99423")])
def test_portal_e_visit_is_an_online_digital_e_m_by_cumulative_time(s, minutes, code):
    # CPT 99421-99423: a patient-initiated portal message answered by the physician is an online digital E/M by
    # the cumulative minutes over up to 7 days, not an office visit (dev-x2-10, 11 were given 99212)
    text = ("Portal encounter - MyChart message\n\nPt msg 6/15: home BP readings 148/92, 152/88.\n"
            "Reply 6/16: above goal on lisinopril 10 mg, increase to 20 mg daily.\n"
            f"Total time reviewing/responding: {minutes} min.\n\nDx: Essential hypertension (I10), not at goal.")
    out = codes(s.suggest(note(text, visit=_OFFICE)), system=None)
    assert code in out
    assert not [c for c in out if c.startswith("992")]


def test_portal_message_under_five_minutes_reports_no_e_m(s):
    text = ("E-VISIT (patient-initiated portal message)\n\nRefill question answered.\n"
            "Cumulative provider time: 3 minutes.\nDx: hypertension.")
    out = codes(s.suggest(note(text, visit=_OFFICE)), system=None)
    assert not [c for c in out if c.startswith(("992", "9942"))]


def test_vaccine_template_names_the_vaccine_not_the_disease(s):
    # R01/IV.J: "Vaccine requested: seasonal influenza", "VIS (inactivated influenza)" name the vaccine (Z23 + the
    # product), not influenza (dev-x2-13 coded J11.1)
    out = codes(s.suggest(note("Nurse Visit - Immunization\n\nVaccine requested: seasonal influenza\n"
                               "VIS (2025-26 inactivated influenza) given:  [x]\n"
                               "Administered: influenza vaccine IIV3, trivalent, preservative-free 0.5 mL IM.")))
    assert "Z23" in out
    assert not [c for c in out if c.startswith(("J09", "J10", "J11"))]


def test_failed_injections_in_an_indication_are_not_done_today(s):
    # R18: "Indication: DJD R knee, failed injections/PT" lists treatments tried before; no 20610 (dev-x2-24)
    out = codes(s.suggest(note("Procedure: R TKA scheduled.\nIndication: DJD R knee, failed injections/PT\n"
                               "Assessment: DJD R knee - surgery as planned.")), system=None)
    assert "20610" not in out


def test_sick_contact_is_not_family_history(s):
    # R05 / I.C.21.c.4: "after daughter had same" is exposure to a contagious illness, not the daughter's history of
    # the patient's conditions (dev-x2-18 coded Z83.79 for GERD)
    out = codes(s.suggest(note("33M w/ GERD p/w N/V/D x 2d after daughter had same.\n"
                               "A: viral gastroenteritis. GERD - stable on omeprazole.")))
    assert not [c for c in out if c.startswith(("Z80", "Z81", "Z82", "Z83", "Z84"))]
    assert "K21.9" in out


@pytest.mark.parametrize(("text", "code"), [("A/P: LLE edema, r/o DVT -> venous duplex today.", "R60.0"),
                                            ("A/P: RLE cellulitis - cephalexin.", "L03.115")])
def test_limb_abbreviations_carry_site_and_side(s, text, code):
    # I.B.13 / R22: "LLE" is the left lower extremity, so "LLE edema" is localized edema R60.0, not R60.9
    # (dev-x2-17), and "RLE cellulitis" the right lower limb's
    assert code in codes(s.suggest(note(text)))


def test_upt_is_the_urine_pregnancy_test(s):
    # R19: "UPT in clinic today: negative" is an office urine pregnancy test (81025, dev-x2-14); ordered is not
    assert "81025" in codes(s.suggest(note("UPT in clinic today: negative.\nAssessment: contraception.")),
                            system=None)
    assert "81025" not in codes(s.suggest(note("UPT ordered.\nAssessment: contraception.")), system=None)


def test_vaccine_series_in_a_prevention_plan_is_not_the_disease(s):
    # "shingles series complete" is the zoster vaccine series: no B02.9, so the AWV stays Z00.00 (dev-x2-15 had
    # Z00.01 'with abnormal findings' from it)
    out = codes(s.suggest(note("MEDICARE ANNUAL WELLNESS VISIT - SUBSEQUENT\n\nPersonalized prevention plan: "
                               "mammogram due, shingles series complete, pneumococcal up to date.\n"
                               "No acute problems addressed today.")))
    assert "B02.9" not in out and "Z00.01" not in out
    assert "Z00.00" in out


def test_rheumatology_shorthand_ra_on_mtx(s):
    # "Rheum f/u", "RF+/anti-CCP+ RA", "RA, seropositive" make RA rheumatoid arthritis; seropositive and
    # polyarticular is M05.79 (Index: with rheumatoid factor, multiple sites); "MTX" is methotrexate, Z79.631
    # (I.C.21.c.3; dev-x2-21 coded neither)
    out = codes(s.suggest(note("Rheum f/u\n\n57F RF+/anti-CCP+ RA (dx 2021) on MTX 15 mg PO weekly.\nA/P:\n"
                               "RA, seropositive, polyarticular (hands/wrists), low disease activity - cont MTX.")))
    assert {"M05.79", "Z79.631"} <= set(out)


def test_ra_on_an_oxygen_line_is_room_air(s):
    out = codes(s.suggest(note("57F, SpO2 97% on RA.\nA/P: pneumonia - amoxicillin.")))
    assert not [c for c in out if c.startswith(("M05", "M06"))]
