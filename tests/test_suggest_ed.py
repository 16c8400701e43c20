"""Emergency department notes (issue #3, dev-ed1): rules found on ED physician notes, each from a short note."""

from __future__ import annotations

import pytest

from tests.suggest_support import codes, suggester


@pytest.fixture(scope="module")
def s(codeset_cache):
    return suggester(codeset_cache)


def ed(text: str) -> dict:
    return {"id": "t", "text": text, "setting": "outpatient", "specialty": "emergency medicine",
            "visit": {"place_of_service": "23"}}


def test_alcohol_intoxication_with_moderate_use_disorder_is_dependence_with_intoxication(s):
    # I.C.5.b / tabular F10.22-: a moderate or severe use disorder is dependence; with intoxication one code
    got = codes(s.suggest(ed("47M found asleep, smelling of alcohol. EtOH 286.\n"
                             "Impression: Alcohol intoxication, uncomplicated, with alcohol use disorder, moderate.")))
    assert "F10.220" in got and "F10.20" not in got


def test_alcohol_intoxication_with_mild_use_disorder_is_abuse_with_intoxication(s):
    got = codes(s.suggest(ed("31M fell after drinking.\n"
                             "Assessment: Acute alcohol intoxication, uncomplicated - alcohol use disorder, mild.")))
    assert "F10.120" in got and "F10.10" not in got


def test_use_disorder_without_intoxication_keeps_its_code(s):
    got = codes(s.suggest(ed("Assessment: alcohol dependence, not intoxicated today; detox resources given.")))
    assert "F10.20" in got and not any(c.startswith(("F10.22", "F10.12")) for c in got)


def test_differential_included_list_is_not_coded(s):
    # IV.H: conditions in a differential that the workup excluded are not coded in the ED; the injuries are
    got = codes(s.suggest(ed("28M restrained driver, neck pain.\n"
                             "MDM: Differential included cervical spine fracture, rib fractures, pneumothorax, "
                             "intra-abdominal injury; each excluded by CT and CXR.\nDiagnoses:\n- Neck sprain")))
    assert "S13.4XXA" in got
    assert not any(c.startswith(("S12", "J93", "S22")) for c in got)


def test_vaso_occlusive_crisis_is_sickle_cell_disease_with_crisis(s):
    # Index: Disease, sickle-cell, with crisis (vasoocclusive pain) D57.00; not D57.1 'without crisis' beside it
    got = codes(s.suggest(ed("Impression: Sickle cell disease, Hb SS, with vaso-occlusive pain crisis.")))
    assert "D57.00" in got and "D57.1" not in got


def test_hb_sc_disease_with_crisis(s):
    got = codes(s.suggest(ed("Assessment: Hb SC disease with vaso-occlusive crisis - IV fluids, analgesia.")))
    assert "D57.219" in got and not {"D57.20", "D57.00"} & set(got)


def test_dvt_of_a_named_vein_codes_the_vein(s):
    # Tabular I82.4-: 5th character the vein (3 popliteal), 6th the side; the unspecified-vein DVT goes
    got = codes(s.suggest(ed("MDM: provoked DVT after a long flight.\nAssessment: Acute DVT left popliteal vein.")))
    assert "I82.432" in got and not {"I82.402", "I82.409"} & set(got)


def test_dvt_vein_named_as_patent_is_not_the_thrombosed_vein(s):
    got = codes(s.suggest(ed("Assessment: DVT of left common femoral vein; tibial veins patent.")))
    assert "I82.412" in got and "I82.442" not in got


def test_dvt_without_a_named_vein_stays_unspecified_vein(s):
    assert "I82.401" in codes(s.suggest(ed("Assessment: right leg DVT - apixaban started.")))


def test_intentional_overdose_is_the_poisoning_code_first_without_t14_91(s):
    # I.C.19.e.5.b: poisoning (intent 2 = intentional self-harm, 7th A) first, then the manifestation;
    # the self-harm is in the T code, so the 'suicide attempt NOS' code is not added
    got = codes(s.suggest(ed("19F took about twenty acetaminophen tablets after an argument; vomited twice.\n"
                             "Impressions:\n1. Intentional acetaminophen overdose (suicide attempt), initial "
                             "encounter, with nausea and vomiting.\n2. Major depressive disorder, single episode, "
                             "moderate.")))
    assert got[:2] == ["T39.1X2A", "R11.2"] and "T14.91XA" not in got


def test_drug_taken_twice_by_mistake_is_accidental_poisoning_before_its_manifestation(s):
    got = codes(s.suggest(ed("80F, slow heart rate. Took her morning metoprolol twice by mistake.\n"
                             "Dx:\n# Sinus bradycardia due to the above\n# Hypertension")))
    assert got[:2] == ["T44.7X1A", "R00.1"]


def test_negated_or_past_overdose_is_not_a_poisoning(s):
    got = codes(s.suggest(ed("PMH: heroin overdose 2019.\nAssessment: no evidence of acetaminophen overdose; "
                             "APAP level undetectable. Headache.")))
    assert not any(c.startswith(("T39", "T40")) for c in got)


def test_erythema_rimming_an_abscess_is_part_of_it(s):
    got = codes(s.suggest(ed("Exam: 3 cm fluctuant abscess right axilla, 1 cm rim of erythema.\n"
                             "Impression: Abscess of right axilla, I&D performed.")))
    assert "L02.411" in got and "L53.9" not in got


def test_anaphylaxis_to_food_carries_its_hypotension_and_the_allergy_status(s):
    # I.B.4-5 (hypotension of anaphylaxis) and I.C.21.c.3 (status code not used when the code includes it)
    got = codes(s.suggest(ed("Triage BP 84/50. Known shellfish allergy.\nMDM: anaphylaxis with hypotension due "
                             "to shrimp.\nImpression: Anaphylactic reaction due to shellfish (shrimp), initial "
                             "encounter.")))
    assert got == ["T78.02XA"]


def test_neck_strain_chest_wall_contusion_and_forehead_laceration_by_site(s):
    # Index: Strain, neck S16.1 (a muscle strain; Sprain, cervical S13.4); Contusion, chest wall, front S20.21-;
    # Laceration, forehead S01.81
    got = codes(s.suggest(ed("Diagnoses:\n- Strain of neck muscles\n- Contusion of left front wall of chest\n"
                             "- Forehead laceration 2.2 cm, simple repair")))
    assert {"S16.1XXA", "S20.212A", "S01.81XA"} <= set(got) and "S13.4XXA" not in got


def test_intoxication_written_twice_is_one_code_at_the_highest_level(s):
    # I.C.5.b.2: the MDM line ('intoxication in a patient with alcohol use disorder') and the impression
    # ('Alcohol intoxication, uncomplicated, with alcohol use disorder, moderate') are one F10.220
    got = codes(s.suggest(ed("MDM: acute alcohol intoxication in a patient with alcohol use disorder; observed.\n"
                             "Impression: Alcohol intoxication, uncomplicated, with alcohol use disorder, moderate.")))
    assert [c for c in got if c.startswith("F10")] == ["F10.220"]


def test_long_term_opioid_for_sickle_cell_pain(s):
    # I.C.21.c.3 / Z79.891: the long-term opiate goes with the condition it treats, here sickle cell disease
    got = codes(s.suggest(ed("23F Hb SS, pain crisis not relieved by home oxycodone 10 mg (takes 2-3 doses daily "
                             "long term).\nImpression: Sickle cell disease, Hb SS, with vaso-occlusive pain crisis.\n"
                             "Plan: continue home oxycodone.")))
    assert got == ["D57.00", "Z79.891"]


def test_critical_care_time_replaces_the_ed_visit(s):
    # CPT 99291: 30-74 minutes of critical care, documented as time; the ED E/M is not billed beside it
    out = s.suggest(ed("71M COPD, SpO2 84%, BiPAP started, admitted to ICU.\nAssessment: Acute hypoxic "
                       "respiratory failure due to COPD with acute exacerbation.\nCritical care: 45 minutes of "
                       "critical care time, exclusive of separately billable procedures."))
    assert [c for c in codes(out, system=None) if c.startswith("99")] == ["99291"]


def test_critical_care_past_74_minutes_adds_99292_and_under_30_is_not_critical_care(s):
    out = s.suggest(ed("Septic shock, norepinephrine started, ICU admit.\nAssessment: septic shock.\n"
                       "Total critical care time 110 minutes excluding procedures."))
    cc = {c.code: c for c in out if c.code in ("99291", "99292")}
    assert set(cc) == {"99291", "99292"} and cc["99292"].extra.get("units") == 2
    short = codes(s.suggest(ed("Assessment: asthma exacerbation.\nCritical care time 20 minutes.")), system=None)
    assert "99291" not in short


def test_sickle_cell_pain_crisis_is_an_exacerbation_of_the_chronic_illness(s):
    # AMA MDM: a vaso-occlusive crisis is the chronic illness's exacerbation; weighed for admission (PCA) and
    # treated with parenteral opioids it is a severe exacerbation with high risk -> 99285
    out = s.suggest(ed("23F Hb SS, typical pain crisis 9/10 despite home oxycodone. Labs: Hb 7.8, retic 9%, CMP "
                       "nl. CXR my read: no infiltrate.\nED course: IV hydromorphone 1 mg x 3, IV fluids.\n"
                       "MDM: vaso-occlusive crisis; considered admission for PCA - pain controlled, she prefers "
                       "home.\nImpression: Sickle cell disease, Hb SS, with vaso-occlusive pain crisis."))
    assert "99285" in codes(out, system=None)
