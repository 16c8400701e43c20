"""Issue #3 engine errors, each from a short realistic note fragment (ICD-10-CM Index / guidelines)."""

from __future__ import annotations

import pytest

from suggest.cand import Cand
from suggest.scope import addressed_only
from tests.suggest_support import codes, note, suggester


@pytest.fixture(scope="module")
def s(codeset_cache):
    return suggester(codeset_cache)



@pytest.mark.parametrize("term", ["Missed miscarriage", "Missed abortion"])
def test_missed_abortion_is_o02_1_not_spontaneous_abortion(s, term):
    # Index: Abortion, missed O02.1 (fetal death without expulsion); O03.9 is a complete spontaneous abortion
    out = codes(s.suggest(note(f"ASSESSMENT/PLAN:\n1. {term} at 9 weeks. Discussed misoprostol versus D&C.\n")))
    assert "O02.1" in out
    assert "O03.9" not in out


@pytest.mark.parametrize("text", [
    "1. Hypothyroidism due to Hashimoto's thyroiditis. Continue levothyroxine 75 mcg daily.",
    "1. Hashimoto's thyroiditis with hypothyroidism, TSH at goal on levothyroxine.",
])
def test_hypothyroidism_of_hashimoto_is_e06_3_alone(s, text):
    # Index: Thyroiditis, Hashimoto's E06.3; the hypothyroidism is its manifestation, not E03.9 unspecified
    out = codes(s.suggest(note(f"ASSESSMENT/PLAN:\n{text}\n")))
    assert "E06.3" in out
    assert "E03.9" not in out


def test_hypothyroidism_without_hashimoto_still_e03_9(s):
    out = codes(s.suggest(note("ASSESSMENT/PLAN:\n1. Hypothyroidism. Continue levothyroxine 50 mcg daily.\n")))
    assert "E03.9" in out


def test_blood_type_on_a_lab_line_is_not_coded(s):
    # I.C.21.c.3: the blood type status is reported only when it affects care; a lab line at a blood pressure visit
    out = codes(s.suggest(note("HPI: 45 yo M here for follow-up.\nLABS: Blood type: A positive. ABO/Rh: O neg. "
                               "Na 139.\nASSESSMENT/PLAN:\n1. Essential hypertension. Continue lisinopril.\n")))
    assert "I10" in out
    assert not [c for c in out if c.startswith("Z67")]


def test_rh_negative_blood_type_kept_in_pregnancy():
    rh = Cand("ICD-10-CM", "Z67.41", "Type O blood, Rh negative", True, [(0, 10)], "results", "present",
              sections={"results"})
    preg = Cand("ICD-10-CM", "Z34.81", "Supervision of other normal pregnancy, first trimester", True, [(20, 40)],
                "assessment", "present", sections={"assessment"})
    kept, _ = addressed_only([rh, preg], {"results", "assessment"})
    assert [c.code for c in kept] == ["Z67.41", "Z34.81"]
    htn = Cand("ICD-10-CM", "I10", "Essential hypertension", True, [(20, 30)], "assessment", "present",
               sections={"assessment"})
    kept, dropped = addressed_only([rh, htn], {"results", "assessment"})
    assert [c.code for c in kept] == ["I10"] and [c.code for c in dropped] == ["Z67.41"]
    rh_pos = Cand("ICD-10-CM", "Z67.40", "Type O blood, Rh positive", True, [(0, 10)], "results", "present",
                  sections={"results"})
    kept, _ = addressed_only([rh_pos, preg], {"results", "assessment"})
    assert [c.code for c in kept] == ["Z34.81"]


@pytest.mark.parametrize(("text", "cancer"), [
    ("Triple negative breast cancer of the left breast. Continue chemotherapy per oncology.", "C50.912"),
    ("Triple-negative breast cancer, right. Cycle 3 of chemotherapy today.", "C50.911"),
    ("Breast cancer, triple negative. On chemotherapy.", "C50.919"),
])
def test_triple_negative_breast_cancer_keeps_the_cancer_and_the_receptor_status(s, text, cancer):
    # only a combined status is documented: Z17.421 (hormone receptor negative with HER2 negative; FY2026
    # inclusion term "Triple negative breast cancer"), with the cancer (Z17 code first C50.-)
    out = codes(s.suggest(note(f"ASSESSMENT/PLAN:\n1. {text}\n")))
    assert cancer in out and "Z17.421" in out
    assert out.index(cancer) < out.index("Z17.421")  # a status code is never first-listed (I.C.21.c.3)
    assert "Z17.1" not in out


def test_receptor_negative_words_do_not_negate_the_cancer(s):
    out = codes(s.suggest(note("ASSESSMENT/PLAN:\n1. Left breast cancer, ER/PR negative, HER2 negative. "
                               "On chemotherapy.\n")))
    assert "C50.912" in out


def test_stone_on_one_side_and_obstructing_stone_with_hydronephrosis_on_the_other(s):
    # N13.2 combines the left stone with its hydronephrosis; the right kidney stone is unrelated and stays
    # (I.A.12.a Excludes1 exception)
    out = codes(s.suggest(note("ASSESSMENT/PLAN:\n1. Kidney stone, right kidney, nonobstructing.\n"
                               "2. Left hydronephrosis due to obstructing left ureteral stone.\n")))
    assert "N13.2" in out and "N20.0" in out
    assert not [c for c in out if c.startswith("N13.3")]


def test_same_side_stone_and_hydronephrosis_stay_one_combination_code(s):
    out = codes(s.suggest(note("ASSESSMENT/PLAN:\n1. Left kidney stone.\n"
                               "2. Left hydronephrosis due to obstructing left ureteral stone.\n")))
    assert "N13.2" in out
    assert not [c for c in out if c.startswith(("N20", "N13.3"))]


def test_rh_negative_blood_type_at_a_prenatal_visit_is_coded(s):
    # "O negative" / "Rh negative" is the blood type, not a negated finding; in pregnancy it affects care (RhoGAM)
    out = codes(s.suggest(note("HPI: 30 yo G2P1 at 12 weeks gestation for prenatal visit.\nLABS: ABO/Rh: O negative. "
                               "Antibody screen negative.\nASSESSMENT/PLAN:\n1. Supervision of normal pregnancy, "
                               "second pregnancy, first trimester.\n2. Blood type O negative, Rh negative. RhoGAM at "
                               "28 weeks.\n")))
    assert "Z67.41" in out and [c for c in out if c.startswith("Z34")]
