"""Specialty clinic and consult wordings behind dev-r16's first-run false positives (issue #3): a test target, a
screening lab, a doubted diagnosis, venous reflux, a single dose, and the site, combination and remission codes the
documentation supports (I.B specificity, I.C.4.a, I.C.9, I.C.13, I.C.21.c.3, IV.H)."""

from __future__ import annotations

import pytest

from tests.suggest_support import codes, note, suggester


@pytest.fixture(scope="module")
def s(codeset_cache):
    return suggester(codeset_cache)


def test_doubted_diagnosis_is_not_coded(s) -> None:
    """'I doubt structural heart disease' is thought unlikely, as 'unlikely' (IV.H; II.H does not code it either)."""
    text = "Impression: frequent premature ventricular contractions. I doubt structural heart disease; echo ordered.\n"
    assert codes(s.suggest(note(text))) == ["I49.3"]
    assert codes(s.suggest(note("Assessment: Cough. Pneumonia is doubtful.\n"))) == ["R05.9"]


def test_premature_ventricular_contractions_are_i49_3(s) -> None:
    """Index: Contraction, premature, ventricular I49.3 (not I49.49 other premature depolarization)."""
    assert codes(s.suggest(note("Assessment: Frequent premature ventricular complexes on Holter.\n"))) == ["I49.3"]


def test_venous_reflux_is_not_gerd(s) -> None:
    text = ("Duplex: deep venous reflux, no DVT. Reflux in the left GSV.\n"
            "Assessment: Chronic venous insufficiency of the left leg.\n")
    assert "K21.9" not in codes(s.suggest(note(text)))
    assert "K21.9" in codes(s.suggest(note("Assessment: Reflux - controlled on omeprazole.\n")))


def test_screening_labs_and_pending_biopsy_are_not_diagnoses(s) -> None:
    """'TB and hepatitis B screening drawn' names two tests; 'biopsies taken for H. pylori (result pending)' names
    the organism a test looks for (I.C.1.a: B96.81 only for the documented cause; IV.H)."""
    got = codes(s.suggest(note("Plan: start vedolizumab. TB and hepatitis B\nscreening drawn today.\n")))
    assert "A15.9" not in got
    text = ("Impression: Duodenal ulcer with hemorrhage. Gastric biopsies taken for\nH. pylori (result pending).\n"
            "Plan: follow H. pylori\nbiopsy; treat if positive.\n")
    got = codes(s.suggest(note(text, setting="inpatient")))
    assert "K26.4" in got and "B96.81" not in got
    got = codes(s.suggest(note("Assessment: Gastric ulcer, H. pylori biopsy positive. Start quadruple therapy.\n")))
    assert "B96.81" in got


def test_single_dose_is_not_long_term_drug(s) -> None:
    """'aspirin 325 mg now' is a dose given for the acute event, not long-term use (I.C.21.c.3; Decisions (5))."""
    got = codes(s.suggest(note("Impression: acute ischemic stroke.\nRecommendations: aspirin 325 mg now.\n",
                               setting="inpatient")))
    assert "Z79.82" not in got
    got = codes(s.suggest(note("Assessment: CAD, stable. Continue aspirin 81 mg once daily.\n")))
    assert "Z79.82" in got


def test_stroke_of_a_distal_branch_keeps_artery_and_side(s) -> None:
    """Index: Infarct, cerebral, due to occlusion, middle cerebral artery, left I63.512 (I.C.9)."""
    text = ("Impression:\n1. Acute ischemic stroke, left MCA territory, due to occlusion of a distal left MCA branch "
            "(M2).\n")
    assert codes(s.suggest(note(text, setting="inpatient")))[0] == "I63.512"


def test_type_2_diabetes_in_remission(s) -> None:
    """E11.A (FY2024): type 2 diabetes without complications in remission, not E11.9."""
    got = codes(s.suggest(note("Assessment:\n1. Type 2 diabetes mellitus in remission off medication.\n")))
    assert got == ["E11.A"]


def test_diabetic_neuropathy_unspecified_beside_another_complication(s) -> None:
    """Index: Diabetes, with, neuropathy E11.40 (polyneuropathy / peripheral neuropathy E11.42); a code for each
    complication of the same category (I.C.4.a), and osteomyelitis with diabetes is E11.69 + M86.- by site."""
    text = ("Assessment:\n1. Acute osteomyelitis of the left first metatarsal.\n"
            "2. Type 2 DM with neuropathy, on insulin.\n")
    got = codes(s.suggest(note(text, setting="inpatient")))
    assert {"E11.69", "M86.172", "E11.40", "Z79.4"} <= set(got) and "E11.42" not in got
    got = codes(s.suggest(note("A: T2DM with peripheral neuropathy.\n")))
    assert got == ["E11.42"]


def test_past_osteomyelitis_is_no_diabetic_complication(s) -> None:
    text = "S/p amputation of the right fourth toe in 2021 for osteomyelitis.\nAssessment: T2DM, A1c 7.0.\n"
    assert "E11.69" not in codes(s.suggest(note(text)))


def test_stress_fracture_of_a_metatarsal_is_coded_to_the_foot(s) -> None:
    """Index: Fracture, stress, metatarsal - see Fracture, stress, foot M84.37-; side from 'L' (I.B.13)."""
    text = "Assessment:\n- Stress fracture L 2nd metatarsal, healing as expected (routine healing).\n"
    assert codes(s.suggest(note(text))) == ["M84.375D"]


def test_ulcer_depth_on_the_wrapped_line(s) -> None:
    """The depth of a non-pressure ulcer read from its sentence wrapped onto the next line (I.B.14), and
    'necrosis of bone' as that depth is not also osteonecrosis (M87.-)."""
    text = ("Assessment: Chronic venous hypertension with ulcer, left lower extremity - ulcer of the left ankle with\n"
            "fat layer exposed, slowly improving. Some itching of the surrounding skin.\n")
    assert codes(s.suggest(note(text))) == ["I87.312", "L97.322"]
    text = ("Assessment:\n1. Diabetic foot ulcer, plantar left first metatarsal head, with bone involvement (necrosis "
            "of bone on\nhistology).\n2. Type 2 DM.\n")
    got = codes(s.suggest(note(text, setting="inpatient")))
    assert "L97.524" in got and not any(c.startswith("M87") for c in got)


def test_disc_herniation_with_radiculopathy_is_one_code(s) -> None:
    """M54.1 Excludes1 radiculopathy with a disc disorder (M51.1-); L5-S1 is the lumbosacral region; the leg pain
    of the radiculopathy is integral (I.B.5)."""
    text = ("Pre-procedure diagnosis: Lumbar disc herniation L5-S1 with right S1 radiculopathy.\n"
            "Indication: right buttock and posterior leg pain to the lateral foot.\n")
    assert codes(s.suggest(note(text))) == ["M51.17"]
    assert codes(s.suggest(note("Assessment: Lumbar disc herniation with radiculopathy.\n"))) == ["M51.16"]


def test_colitis_named_by_its_type_is_not_also_unspecified(s) -> None:
    text = ("Colonoscopy: continuous inflammation; biopsies chronic active colitis.\n"
            "Impression:\n1. Ulcerative pancolitis with rectal bleeding.\n")
    assert codes(s.suggest(note(text))) == ["K51.011"]


def test_condition_deferred_to_the_pcp_is_not_coded(s) -> None:
    """'defer further OA plan to PCP' on a consult: not evaluated or treated here (III.B, IV.J)."""
    text = ("Impression:\n1. Duodenal ulcer with hemorrhage.\n2. Hypertension - lisinopril on hold.\n"
            "Recommendations: stop ibuprofen; acetaminophen for the knees, defer further OA plan to PCP.\n")
    assert codes(s.suggest(note(text, setting="inpatient"))) == ["K26.4", "I10"]


def test_indication_line_names_the_condition_managed(s) -> None:
    """An 'Indication:' heading states the reason for the service (as 'Reason for visit'), so the anticoagulation
    clinic's indication is the condition managed, though the assessment speaks only of the INR (IV.G, IV.J)."""
    text = ("ANTICOAGULATION CLINIC - WARFARIN MANAGEMENT VISIT\n\nIndication: permanent atrial fibrillation. Goal INR "
            "2.0-3.0. On warfarin since 2019.\n\nPoint-of-care INR: 2.4.\n\nAssessment: INR therapeutic on the "
            "current weekly dose.\nPlan: continue 30 mg/week.\n")
    got = codes(s.suggest(note(text)))
    assert "I48.21" in got and "Z79.01" in got


def test_unna_boot_epidural_and_foot_films_are_coded_when_done(s) -> None:
    """Procedures done at the visit (R18/R19): an Unna boot (29580), a lumbar transforaminal epidural injection
    (64483; the report of a procedure carries no E/M) and foot films, 2 views (73620)."""
    text = ("WOUND CLINIC NOTE\nAssessment: Chronic venous hypertension with ulcer, left lower extremity.\n"
            "Procedure: Unna boot applied left lower leg from the toes to below the knee.\n")
    assert "29580" in codes(s.suggest(note(text)), system=None)
    text = ("PROCEDURE NOTE\nPre-procedure diagnosis: Lumbar disc herniation L5-S1 with right S1 radiculopathy.\n"
            "Procedure: Right L5-S1 transforaminal epidural steroid injection under fluoroscopic guidance.\n")
    got = codes(s.suggest(note(text)), system=None)
    assert "64483" in got and not any(c.startswith("992") for c in got)
    text = ("SPORTS MED F/U\nX-ray L foot 2 views obtained in clinic today, my read: early callus.\n"
            "Assessment: Stress fracture L 2nd metatarsal, healing as expected.\n")
    assert "73620" in codes(s.suggest(note(text)), system=None)
