"""CPT/HCPCS procedures coded only when performed, with administration codes, units and modifiers."""

from __future__ import annotations

import pytest

from tests.suggest_support import by_code, codes, suggester


@pytest.fixture(scope="module")
def s(codeset_cache):
    return suggester(codeset_cache)


def run(s, text: str, **kw):
    visit = kw.pop("visit", {"new_patient": False, "place_of_service": "11", "total_minutes": 22})
    return s.suggest({"id": "p", "text": text, "visit": visit, **kw})


def cpt(out) -> list[str]:
    return codes(out, None)[len(codes(out)):]


def test_procedures_cpt_vaccine_is_not_a_therapeutic_injection(s):
    out = run(s, "Assessment: Laceration of left hand.\nTdap 0.5 mL IM administered, right deltoid.")
    assert {"90715", "90471"} <= set(cpt(out)) and "96372" not in cpt(out)


def test_procedures_cpt_trivalent_flu_vaccine(s):
    out = run(s, "Assessment: Health maintenance.\nInfluenza vaccine (trivalent, preservative-free, 0.5 mL IM) given "
                 "in left deltoid today.")
    assert "90656" in cpt(out) and "90686" not in cpt(out)


def test_procedures_cpt_injected_drug_brings_96372_with_units(s):
    out = run(s, "A/P:\n1. Vitamin B12 deficiency - cyanocobalamin 1000 mcg IM given today in R deltoid.")
    assert by_code(out, "J3420").extra["units"] == 1 and "96372" in cpt(out)


def test_procedures_cpt_hormonal_antineoplastic_on_a_wrapped_line(s):
    out = run(s, "A/P:\n1. Prostate cancer, biochemically recurrent - restart ADT: leuprolide acetate 7.5 mg\n"
                 "   IM given today (1-month depot).")
    assert by_code(out, "J9217").extra["units"] == 1
    assert "96402" in cpt(out) and "96372" not in cpt(out)


def test_procedures_cpt_drug_listed_or_planned_is_not_coded(s):
    out = run(s, "Meds: denosumab, calcium 600 mg BID.\nAssessment: Osteoporosis.\nPlan: denosumab due next "
                 "visit; will give then.")
    assert not {"J0897", "96372"} & set(cpt(out))


def test_procedures_cpt_dose_is_the_one_next_to_the_drug(s):
    out = run(s, "Procedure: Right carpal tunnel injection. 25G needle; methylprednisolone acetate 40 mg with 1 mL "
                 "1% lidocaine injected into the carpal canal. Tolerated well.\nDx: Carpal tunnel syndrome, right.")
    assert by_code(out, "J1030").extra["units"] == 1
    assert by_code(out, "20526").extra["modifiers"] == ["RT"]


@pytest.mark.parametrize("sentence", [
    "ECG from PCP office reviewed: no peaked T waves.",
    "A1c, CMP and urine microalbumin sent to lab.",
    "Will obtain fingerstick hemoglobin at next visit.",
])
def test_procedures_cpt_tests_done_elsewhere_or_planned_are_not_coded(s, sentence):
    out = run(s, "Assessment: Type 2 diabetes.\n" + sentence)
    assert not {"93000", "83036", "85018"} & set(cpt(out))


@pytest.mark.parametrize(("sentence", "code"), [
    ("POC HbA1c performed in clinic today: 9.6%.", "83036"),
    ("Office fingerstick hemoglobin today: 10.0 g/dL.", "85018"),
    ("Fingerstick INR done in clinic today (CoaguChek): 3.6.", "85610"),
    ("Fingerstick glucose (clinic glucometer): 286 mg/dL, non-fasting.", "82962"),
])
def test_procedures_cpt_office_tests_performed_are_coded(s, sentence, code):
    assert code in cpt(run(s, "Assessment: Follow-up.\n" + sentence))


def test_procedures_cpt_negated_repair_is_not_coded(s):
    out = run(s, "Wound care: irrigation with 500 mL saline, wounds left open (bite wounds, not sutured).\n"
                 "Dx: Open bite of left forearm, initial encounter.", visit={"place_of_service": "23"})
    assert not {"12001", "12011"} & set(cpt(out))


@pytest.mark.parametrize(("exam", "length", "code"), [
    ("2.3 cm linear laceration right forehead", "2.3", "12011"),
    ("2.0 cm linear laceration, left thenar eminence", "2.0", "12001"),
    ("4.0 cm laceration of the left forearm", "4.0", "12002"),
])
def test_procedures_cpt_repair_by_site_and_length(s, exam, length, code):
    text = (f"Exam: {exam}.\nProcedure - simple laceration repair: irrigated, closed with simple interrupted "
            f"sutures. Total repaired length {length} cm. Tolerated well.")
    assert code in cpt(run(s, text))


def test_procedures_cpt_lesion_destruction_units_and_59(s):
    out = run(s, "Procedures:\n1) Cryotherapy with liquid nitrogen, 2 freeze-thaw cycles, to 4 actinic keratoses "
                 "(scalp x3, forehead x1).\n2) Cryotherapy with LN2 to the single common wart, left index finger.\n"
                 "Assessment/Plan\n- Actinic keratoses x4, treated as above.\n- Verruca vulgaris, treated.")
    assert by_code(out, "17003").extra["units"] == 3 and "17000" in cpt(out)
    assert by_code(out, "17110").extra["modifiers"] == ["59"]


def test_procedures_cpt_scored_instruments_counted_brief_screen_not(s):
    out = run(s, "PHQ-9 today: 12 (was 17). GAD-7: 13. Both administered and scored in clinic.\nAssessment: MDD.")
    assert by_code(out, "96127").extra["units"] == 2
    assert "96127" not in cpt(run(s, "Mood good, PHQ-2 negative.\nAssessment: Hyperlipidemia."))


@pytest.mark.parametrize(("minutes", "code"), [(25, "90833"), (40, "90836"), (55, "90838")])
def test_procedures_cpt_psychotherapy_add_on_by_minutes(s, minutes, code):
    out = run(s, f"Psychotherapy: {minutes} minutes of CBT-focused psychotherapy.\nAssessment: MDD, recurrent.\n"
                 "Plan: Increase sertraline to 200 mg daily.")
    assert code in cpt(out)


@pytest.mark.parametrize(("minutes", "code"), [(6, "99406"), (15, "99407")])
def test_procedures_cpt_tobacco_counseling_by_minutes_with_25(s, minutes, code):
    out = run(s, "A: Acute bronchitis.\nP: benzonatate 100 mg TID PRN.\n"
                 f"Tobacco cessation counseling: {minutes} minutes spent discussing quit date.")
    assert code in cpt(out)
    em = [x for x in out if x.code.startswith("992")][0]
    assert em.extra["modifiers"] == ["25"]


def test_procedures_cpt_nebulizer_with_unit_dose_drug_and_25(s):
    out = run(s, "In clinic: DuoNeb (ipratropium 0.5 mg / albuterol 2.5 mg) nebulizer treatment x1 given with "
                 "improved air movement.\nAssessment & Plan: COPD with acute exacerbation - prednisone 40 mg x 5 days.")
    assert {"94640", "J7620"} <= set(cpt(out)) and "96372" not in cpt(out) and "J7613" not in cpt(out)
    assert [x for x in out if x.code.startswith("992")][0].extra["modifiers"] == ["25"]


def test_procedures_cpt_ed_ecg_is_interpretation_only_and_labs_are_facility(s):
    out = run(s, "EMERGENCY DEPARTMENT RECORD\nECG interpreted by me (tracing obtained by ED staff): sinus rhythm.\n"
                 "Urine hCG negative (ED lab). POC glucose 92.\nDiagnosis: Syncope.",
              visit={"new_patient": False, "place_of_service": "23"})
    assert "93010" in cpt(out) and not {"93000", "81025", "82962"} & set(cpt(out))


@pytest.mark.parametrize(("payer", "modifier"), [("Aetna", "33"), ("Medicare Part B", "PT")])
def test_procedures_cpt_screening_colonoscopy_with_snare(s, payer, modifier):
    text = ("COLONOSCOPY PROCEDURE REPORT\nIndication: Screening colonoscopy, increased risk.\nFindings:\n"
            "- 8 mm sessile polyp in the sigmoid colon - removed with cold snare, retrieved.\n"
            "Impression: Colon polyp removed by snare.")
    out = run(s, text, visit={"new_patient": False, "place_of_service": "22"}, payer={"name": payer})
    assert cpt(out) == ["45385"] and by_code(out, "45385").extra["modifiers"] == [modifier]


def test_procedures_cpt_rapid_flu_a_and_b_two_units(s):
    out = run(s, "Rapid influenza A/B antigen (CLIA-waived, in clinic): influenza A positive, B negative.\n"
                 "Dx: Influenza A.")
    assert by_code(out, "87804").extra["units"] == 2


def test_procedures_cpt_evidence_spans_are_exact(s):
    text = ("Procedure: After consent, 40 mg triamcinolone acetonide was injected into the right knee joint.\n"
            "Tdap 0.5 mL IM administered.\nTotal time spent today 24 minutes.")
    for x in run(s, text):
        assert x.evidence, x.code
        for ev in x.evidence:
            assert text[ev.start:ev.end] == ev.text


def test_procedures_cpt_pediatric_vaccines_with_counseling_90460_90461(s):
    out = run(s, "WELL CHILD CHECK - 4 YEARS\nImmunizations: DTaP-IPV and MMR given IM/SC today after counseling "
                 "with mother on risks and benefits.\nAssessment: Routine child health exam without abnormal findings.",
              patient={"birth_date": "2021-05-01"}, date_of_service="2026-03-01")
    assert {"90696", "90707"} <= set(cpt(out)) and not {"90471", "90472"} & set(cpt(out))
    assert by_code(out, "90460").extra["units"] == 2
    assert by_code(out, "90461").extra["units"] == 5  # DTaP-IPV 3 more components, MMR 2 more


def test_procedures_cpt_bilateral_joint_injection_modifier_50(s):
    out = run(s, "Assessment: Primary osteoarthritis of both knees.\nProcedure: Bilateral knee injections performed: "
                 "40 mg triamcinolone injected into each knee joint. Tolerated well.")
    assert by_code(out, "20610").extra["modifiers"] == ["50"]


def test_procedures_cpt_injection_sentence_masked_but_other_drug_counts(s):
    out = run(s, "CC: back pain\nAssessment: Acute low back pain, muscular.\nPlan: Toradol 60 mg IM given in clinic "
                 "today. Cyclobenzaprine 5 mg TID PRN. PT referral.", visit={"new_patient": False})
    em = [x for x in out if x.code.startswith("992")][0]
    assert em.code == "99213" and em.extra["modifiers"] == ["25"] and "cyclobenzaprine" in em.rationale
    assert by_code(out, "J1885").extra["units"] == 4 and "96372" in cpt(out)


def test_procedures_cpt_one_problem_treated_by_procedure_has_no_em(s):
    out = run(s, "CC: boil on thigh.\nProcedure: Incision and drainage of abscess, right thigh. Purulent material "
                 "expressed, packed.\nAssessment: Cutaneous abscess of right thigh.\nPlan: Bactrim DS 1 tab BID x 7 "
                 "days. Warm compresses.", visit={"new_patient": False})
    assert cpt(out) == ["10060"]


def test_procedures_cpt_judged_per_clause(s):
    out = run(s, "Assessment: Pharyngitis.\nRapid strep positive; throat culture sent out.\n"
                 "Flu vaccine offered and declined; Tdap 0.5 mL IM given today.")
    assert {"87880", "90715"} <= set(cpt(out)) and "90686" not in cpt(out)


@pytest.mark.parametrize("sentence", ["Tdap up to date (given 2023).", "Tdap given 03/14/2022 at the pharmacy."])
def test_procedures_cpt_past_services_are_not_coded(s, sentence):
    assert "90715" not in cpt(run(s, "Assessment: Laceration of left hand.\n" + sentence))


@pytest.mark.parametrize(("sentence", "code", "units"), [
    ("Depo-Medrol 80 mg injected into the right knee joint today.", "J1040", 1),
    ("Ondansetron 4 mg IM given in clinic today.", "J2405", 4),
    ("Testosterone cypionate 200 mg IM given today, left gluteus.", "J1071", 200),
])
def test_procedures_cpt_more_office_drugs_with_units(s, sentence, code, units):
    out = run(s, "Assessment: Follow-up.\n" + sentence)
    assert by_code(out, code).extra["units"] == units


@pytest.mark.parametrize(("title", "finding", "code"), [
    ("COLONOSCOPY PROCEDURE REPORT", "Cecum reached. Random biopsies obtained with cold forceps.", "45380"),
    ("COLONOSCOPY PROCEDURE REPORT", "Cecum reached. Normal mucosa throughout.", "45378"),
    ("EGD PROCEDURE REPORT", "Scope advanced to the second portion of the duodenum. Duodenal biopsies obtained.",
     "43239"),
])
def test_procedures_cpt_endoscopy_report_codes_the_scope_only(s, title, finding, code):
    text = f"{title}\nIndication: diarrhea.\nFindings: {finding}\nImpression: see findings."
    out = run(s, text, visit={"new_patient": False, "place_of_service": "22"}, payer={"name": "Aetna"})
    assert cpt(out) == [code]


def test_vaccine_titer_is_a_blood_test_not_the_vaccine(s):
    out = s.suggest({"id": "t", "text": "Assessment: Preventative health.\n- MMR titer performed today.",
                     "visit": {"new_patient": False}})
    assert "90707" not in [x.code for x in out]


def test_trigger_finger_injection_is_a_tendon_sheath_injection(s):
    text = ("Assessment: Stenosing tenosynovitis, right index finger.\nProcedure: Right index trigger finger "
            "injection performed after consent with 1 mL betamethasone and lidocaine.")
    codes = [x.code for x in s.suggest({"id": "t", "text": text, "visit": {"new_patient": False}})]
    assert "20550" in codes and "20600" not in codes


def test_services_documented_as_not_done_or_done_elsewhere_are_not_coded(s):
    text = ("Assessment: Major depressive disorder, recurrent, moderate. PHQ-9 not repeated today.\n"
            "Flu vaccine already given at pharmacy this season.\nUrine hCG negative at her PCP last week.")
    got = codes(s.suggest({"id": "t", "text": text, "visit": {"new_patient": False}}), None)
    assert not {"96127", "90686", "90656", "90471", "81025"} & set(got)


def test_point_of_care_a1c_is_not_also_a_hemoglobin(s):
    text = ("Assessment: Type 2 diabetes mellitus without complications.\n"
            "Point-of-care hemoglobin A1c done in the office today: 6.6%.")
    got = codes(s.suggest({"id": "t", "text": text, "visit": {"new_patient": False}}), "CPT")
    assert "83036" in got and "85018" not in got


@pytest.mark.parametrize("sentence", ["In clinic: albuterol 2.5 mg by nebulizer administered x1.",
                                      "Nebulized albuterol 2.5 mg given in clinic.",
                                      "Albuterol 2.5 mg via nebulizer given x1."])
def test_nebulized_albuterol_codes_the_treatment_and_the_drug(s, sentence):
    out = s.suggest({"id": "t", "text": "Assessment: asthma with acute exacerbation.\n" + sentence,
                     "visit": {"new_patient": False}})
    assert "94640" in codes(out, "CPT") and by_code(out, "J7613").extra["units"] == 3


def test_b12_injection_and_tobacco_counseling_in_plain_wording(s):
    text = ("Assessment: B12 deficiency; tobacco use.\nVitamin B12 1000 mcg IM given in the left deltoid.\n"
            "Counseled on smoking cessation for 8 minutes.\nStart oral B12 1000 mcg daily after the series.")
    out = s.suggest({"id": "t", "text": text, "visit": {"new_patient": False}})
    assert by_code(out, "J3420").extra["units"] == 1 and {"96372", "99406"} <= set(codes(out, "CPT"))


def test_procedures_cpt_counseling_about_something_else_keeps_90471(s):
    text = ("WELL CHILD CHECK - 6 YEARS\nCounseled on diet, screen time and bike helmets at length today.\n"
            "Growth and development normal; vision and hearing screens passed; school going well; reading well.\n"
            "Influenza vaccine (quadrivalent, preservative free) 0.5 mL IM given.\n"
            "Assessment: Routine child health exam without abnormal findings.")
    out = run(s, text, patient={"birth_date": "2020-01-15"}, date_of_service="2026-03-01")
    assert "90471" in cpt(out) and "90460" not in cpt(out)


def test_a_test_that_is_reviewed_was_not_performed_here(s):
    reviewed = "Assessment: CAD after STEMI.\nElectrocardiogram is reviewed and revealed normal sinus rhythm."
    done = "Assessment: CAD after STEMI.\nECG obtained in clinic today and reviewed: normal sinus rhythm."
    assert "93000" not in codes(s.suggest({"id": "t", "text": reviewed, "visit": {"new_patient": False}}), "CPT")
    assert "93000" in codes(s.suggest({"id": "t", "text": done, "visit": {"new_patient": False}}), "CPT")


def test_a_home_pregnancy_test_is_not_an_office_test(s):
    text = "Assessment: Abnormal uterine bleeding.\nNegative urine pregnancy test at home. Feels tired."
    assert "81025" not in codes(s.suggest({"id": "t", "text": text, "visit": {"new_patient": False}}), "CPT")


def test_declined_method_and_outside_imaging_are_not_performed(s):
    text = ("Assessment:\n1. Actinic keratoses, multiple - 5-fluorouracil cream prescribed; he declined cryotherapy "
            "today.\nX-ray left wrist, 3 views, obtained at the imaging center next door and reviewed: fracture.")
    got = codes(s.suggest({"id": "t", "text": text, "visit": {"new_patient": False}}), "CPT")
    assert "17000" not in got and "73110" not in got
    done = "Assessment: Actinic keratoses x3 on the scalp, treated with cryotherapy (liquid nitrogen) today."
    assert "17000" in codes(s.suggest({"id": "t", "text": done, "visit": {"new_patient": False}}), "CPT")


def test_vaccines_in_the_records_are_history_not_given_today(s):
    text = ("WELL ADOLESCENT VISIT - 15 years\nRecords show Tdap and MenACWY at 11; HPV not started.\n"
            "HPV 9-valent dose 1 given IM today after counseling on benefits and risks.\n"
            "Assessment: Well adolescent exam without abnormal findings.")
    got = codes(run(s, text, patient={"birth_date": "2011-01-01"}, date_of_service="2026-07-30"), None)
    assert "90651" in got and not {"90715", "90734"} & set(got)


def test_actinic_keratoses_counted_in_words(s):
    text = ("Assessment: Actinic keratoses.\nThe four actinic keratoses were treated with liquid nitrogen "
            "cryotherapy after verbal consent.")
    out = s.suggest({"id": "t", "text": text, "visit": {"new_patient": False}})
    assert by_code(out, "17003").extra["units"] == 3


def test_procedures_cpt_instrument_reported_with_its_score_is_scored_today(s):
    out = run(s, "41M with GAD on escitalopram; GAD-7 down from 14 to 11.\nAssessment: Generalized anxiety disorder.")
    assert "96127" in cpt(out)
    out = run(s, "ADHD: teacher Vanderbilt scores still elevated for inattention.\nAssessment: ADHD, combined type.")
    assert by_code(out, "96127").extra.get("units") in (None, 1)  # one form from one informant
    out = run(s, "Parent and teacher Vanderbilt scores reviewed and scored.\nAssessment: ADHD, combined type.")
    assert by_code(out, "96127").extra["units"] == 2
    assert "96127" not in cpt(run(s, "GAD-7 will be repeated at the next visit.\nAssessment: GAD."))


# issue #3 (dev-p1): office procedures read from other authors' layouts

def test_procedures_cpt_excision_by_excised_diameter_site_and_behaviour(s):
    out = run(s, "Procedure: Excision of benign lesion, left upper back. Elliptical excision performed, excised "
                 "diameter 1.8 cm. Defect closed in layers. Final repair length 3.5 cm.\nAssessment: epidermal cyst.")
    assert {"11402", "12032"} <= set(cpt(out))
    out = run(s, "PROCEDURE - excision, malignant lesion, R nasal sidewall. The BCC was excised with 2 mm margins; "
                 "excised diameter 0.9 cm. Simple closure.\nA/P: Basal cell carcinoma of skin of nose - excised.")
    assert "11641" in cpt(out) and not any(x.startswith("120") for x in cpt(out))


def test_procedures_cpt_history_of_excision_is_not_coded(s):
    out = run(s, "HPI: Personal history of basal cell carcinoma of the nose excised\n2021 (Mohs), no recurrence.\n"
                 "Assessment: Hx BCC, no recurrence.")
    assert not any(x.startswith("116") for x in cpt(out))


def test_procedures_cpt_repairs_summed_by_group_intermediate_first_simple_59(s):
    out = run(s, "Procedures:\n- Forehead and chin: simple repair with 6-0 nylon (total length 3.5 cm).\n"
                 "- Right forearm: irrigated, layered closure with 4-0 Vicryl deep and 4-0 nylon superficial,\n"
                 "  length 3.0 cm.\nAssessment: lacerations, repaired.")
    assert "12032" in cpt(out) and by_code(out, "12013").extra["modifiers"] == ["59"]


def test_procedures_cpt_procedure_heading_and_list_under_a_done_heading(s):
    out = run(s, "I&D, complicated: consent, prep, lidocaine. Incised with #11 blade, pus expressed, cavity packed.\n"
                 "\nDx: Cutaneous abscess of back.")
    assert "10061" in cpt(out)
    out = run(s, "Biopsies:\n(A) L upper back nevus - shave biopsy.\n(B) L thigh nevus - shave biopsy.\n"
                 "(C) R wrist rash - 4 mm punch biopsy.\n\nAssessment: nevi; lichen planus.")
    assert "11104" in cpt(out) and by_code(out, "11103").extra["units"] == 2 and "11102" not in cpt(out)


def test_procedures_cpt_vaccines_listed_under_administered_today(s):
    out = run(s, "Immunizations: risks and benefits counseled.\nAdministered today:\n- Tdap IM R deltoid\n"
                 "- Shingrix IM L deltoid\n\nAssessment: immunization.")
    assert {"90715", "90750", "90471", "90472"} <= set(cpt(out))
    out = run(s, "Vaccines due today:\n- Tdap\n- Shingrix\n\nAssessment: she will come back for them.")
    assert not {"90715", "90750"} & set(cpt(out))


def test_procedures_cpt_destruction_counts_17004_and_17111(s):
    out = run(s, "Procedure: LN2 cryosurgery to 16 AKs of the scalp and hands.\nA: Actinic keratoses (16), treated.")
    assert "17004" in cpt(out) and not {"17000", "17003"} & set(cpt(out))
    out = run(s, "Proc: cryotherapy with liquid nitrogen to all 18 flat warts of the face and hands.\n"
                 "A: verruca plana.")
    assert "17111" in cpt(out)


def test_procedures_cpt_ultrasound_guided_bilateral_injection_and_total_dose(s):
    out = run(s, "Procedure: bilateral knee injections under ultrasound guidance, images saved. Triamcinolone "
                 "acetonide 40 mg injected into each knee (80 mg total).\nA: OA both knees.")
    assert by_code(out, "20611").extra["modifiers"] == ["50"] and by_code(out, "J3301").extra["units"] == 8
    out = run(s, "Procedure: 40 mg triamcinolone was injected into the right knee joint without ultrasound "
                 "guidance.\nA: OA right knee.")
    assert "20610" in cpt(out) and "20611" not in cpt(out)


def test_procedures_cpt_trigger_points_in_three_muscles_beside_a_bursa_injection(s):
    out = run(s, "Procedure 1 - L subacromial bursa injection: 80 mg Depo-Medrol injected.\nProcedure 2 - trigger "
                 "point injections: lidocaine into each of the 3 muscles.\nA: impingement; myofascial pain.")
    assert {"20610", "J1040"} <= set(cpt(out)) and by_code(out, "20553").extra["modifiers"] == ["59"]


def test_procedures_cpt_nails_counted_and_digit_modifiers(s):
    out = run(s, "Procedure: Partial nail avulsion of the L hallux nail performed. Then mechanical debridement of 4 "
                 "mycotic toenails.\nA: ingrowing nail; onychomycosis.")
    assert by_code(out, "11730").extra["modifiers"] == ["TA"] and "11720" in cpt(out) and "11721" not in cpt(out)
    out = run(s, "Procedure: R ring finger flexor tendon sheath injection, Kenalog 10 mg injected.\n"
                 "Dx: trigger finger, right ring finger.")
    assert by_code(out, "20550").extra["modifiers"] == ["F8"]


def test_procedures_cpt_one_ear_irrigation_side_from_its_heading(s):
    out = run(s, "Right ear: cerumen softened then removed by irrigation with warm water (ear lavage) by RN.\n"
                 "Dx: impacted cerumen.")
    assert by_code(out, "69209").extra["modifiers"] == ["RT"]


def test_procedures_cpt_ecg_interpreted_here_traced_elsewhere_is_93010(s):
    out = run(s, "12-lead ECG was performed at the hospital outpatient lab (tracing only); I personally interpreted "
                 "it: sinus rhythm, no ST changes.\nA: chest pain.")
    assert "93010" in cpt(out) and "93000" not in cpt(out)


def test_procedures_cpt_combined_egd_and_colonoscopy_report(s):
    out = run(s, "ENDOSCOPY REPORT - EGD and colonoscopy\n\nEGD: scope passed to the duodenum. Gastric biopsies taken "
                 "(cold forceps).\n\nColonoscopy: cecum reached. 9 mm polyp removed with cold snare.\n"
                 "Impression: gastritis; colon polyp.")
    assert {"43239", "45385"} <= set(cpt(out))


def test_procedures_cpt_iud_and_point_of_care_result(s):
    out = run(s, "Procedure: Mirena (levonorgestrel 52 mg IUS) inserted without difficulty.\n"
                 "Dx: encounter for IUD insertion.")
    assert {"58300", "J7298"} <= set(cpt(out))
    out = run(s, "Fingerstick glucose 168.\nOffice urinalysis (automated analyzer): LE 2+, nitrite +.\n"
                 "A: acute cystitis; type 2 diabetes.")
    assert {"82962", "81003"} <= set(cpt(out)) and "81002" not in cpt(out)


def test_procedures_cpt_postop_visit_in_the_global_period(s):
    out = run(s, "Post-op check / suture removal\n10 days after excision of a nevus. Sutures removed.\n"
              "A: routine post-op visit, healing well.")
    assert "99024" in cpt(out) and not any(x.startswith("992") for x in cpt(out))


def test_procedures_cpt_matricectomy_device_insertion_and_tendon_sheath_not_joint(s):
    out = run(s, "Ingrown toenail right great toe - partial avulsion done with phenol matricectomy.\nA: ingrown nail.")
    assert by_code(out, "11750").extra["modifiers"] == ["T5"] and "11730" not in cpt(out)
    out = run(s, "Nexplanon inserted in the left arm today without complications.\nA: contraception management.")
    assert {"11981", "J7307"} <= set(cpt(out)) and "58300" not in cpt(out)
    out = run(s, "Left wrist: de Quervain injection with 10 mg Kenalog performed.\nA: de Quervain tenosynovitis.")
    assert "20550" in cpt(out) and "20605" not in cpt(out)


def test_procedures_cpt_biopsy_count_and_past_procedure_lists(s):
    out = run(s, "Procedure: Punch biopsy x2 of the back rash performed.\nA: rash.")
    assert "11104" in cpt(out) and by_code(out, "11105").extra["units"] == 1
    out = run(s, "Past procedures:\n- knee injection\n- shave biopsy of the back\n\nAssessment: seborrheic keratosis.")
    assert not {"20610", "11102"} & set(cpt(out))


def test_procedures_cpt_im_steroid_brings_96372_and_ua_dip_abbreviation(s):
    out = run(s, "Kenalog 40 mg IM given today for poison ivy.\nA: contact dermatitis due to poison ivy.")
    assert by_code(out, "J3301").extra["units"] == 4 and "96372" in cpt(out)
    out = run(s, "Triamcinolone 0.1% cream bid.\nA: eczema.")
    assert "J3301" not in cpt(out)
    out = run(s, "In office: UA dip: 2+ LE, + nitrite.\nA: UTI.")
    assert "81002" in cpt(out)


def test_procedures_cpt_shave_removal_by_site_and_size_and_outside_ecg(s):
    out = run(s, "Procedure: Shave removal of a 0.8 cm irritated seborrheic keratosis on the back performed.\n"
                 "A: irritated SK.")
    assert "11301" in cpt(out)
    out = run(s, "ECG: NSR, reviewed (done at outside hospital 3/1/2026).\nA: palpitations.")
    assert not {"93000", "93010"} & set(cpt(out))


def test_procedures_cpt_medicare_part_b_vaccine_administration_codes(s):
    out = s.suggest({"id": "m", "text": "Flu vaccine (quadrivalent, preservative free) 0.5 mL IM given L deltoid. "
                     "Prevnar 20 IM given R deltoid. Shingrix IM given.\nA: HTN, stable, continue lisinopril.",
                     "payer": {"name": "Medicare Part B", "id": "MCR01"},
                     "visit": {"new_patient": False, "place_of_service": "11"}})
    assert {"G0008", "G0009", "90471"} <= set(cpt(out)) and "90472" not in cpt(out)


def test_procedures_cpt_steroid_injected_into_a_named_joint_and_sent_urine_tests(s):
    out = run(s, "PROCEDURE: AFTER VERBAL CONSENT AND TIME-OUT, THE RIGHT KNEE WAS PREPPED WITH CHLORHEXIDINE AND\n"
                 "INJECTED VIA A SUPEROLATERAL APPROACH WITH 40 MG OF TRIAMCINOLONE ACETONIDE (KENALOG).\n"
                 "IMPRESSION: PRIMARY OSTEOARTHRITIS, RIGHT KNEE.")
    assert by_code(out, "20610").extra["modifiers"] == ["RT"] and "96372" not in cpt(out)
    assert by_code(out, "J3301").extra["units"] == 4
    out = run(s, "POC urinalysis (dipstick, non-automated, no microscopy): LE 2+. Urine hCG negative (sent).\n"
                 "A: cystitis.")
    assert "81002" in cpt(out) and not {"81003", "81025"} & set(cpt(out))


def test_procedures_cpt_gram_doses_and_oral_forms(s):
    out = run(s, "Rocephin 1 gm IM given in clinic.\nA: gonorrhea.")
    assert by_code(out, "J0696").extra["units"] == 4 and "96372" in cpt(out)
    out = run(s, "Zofran 4 mg ODT given in clinic, tolerated PO after.\nA: gastroenteritis.")
    assert not {"J2405", "96372"} & set(cpt(out))


def test_procedures_cpt_labelled_injection_line_and_tissue_adhesive_repair(s):
    out = run(s, "Injection: Depo-Medrol 40 mg + 2 mL lidocaine into R knee, sterile technique.\nA: R knee OA.")
    assert by_code(out, "20610").extra["modifiers"] == ["RT"] and by_code(out, "J1030").extra["units"] == 1
    text = "Laceration 3 cm left forearm - cleaned and closed with Dermabond.\nA: laceration left forearm."
    assert "12002" in cpt(run(s, text))
    out = s.suggest({"id": "m", "text": text, "payer": {"name": "Medicare Part B", "id": "MCR01"},
                     "visit": {"new_patient": False, "place_of_service": "11"}})
    assert "G0168" in cpt(out) and "12002" not in cpt(out)


def test_procedures_cpt_ecg_my_interpretation_and_splint_with_an_em_takes_25(s):
    out = run(s, "ECG - my interpretation: sinus bradycardia 46, PR 190, no acute ST changes.\nA: bradycardia.")
    assert "93000" in cpt(out)
    out = run(s, "A: Closed fracture of the distal radius, left.\nProcedure: volar short arm splint applied by me.")
    em = [x for x in out if x.code.startswith("992")]
    assert "29125" in cpt(out) and (not em or "25" in em[0].extra.get("modifiers", []))
