"""dev-r9 (outpatient specialty notes) engine errors fixed by general rules, each from a short note."""

from __future__ import annotations

import pytest

from tests.suggest_support import codes, suggester


@pytest.fixture(scope="module")
def s(codeset_cache):
    return suggester(codeset_cache)


def icd(s, text: str, date_of_service: str = "2026-03-02") -> list[str]:
    return codes(s.suggest({"id": "n", "text": text, "date_of_service": date_of_service,
                            "visit": {"new_patient": False}}))


# I.C.7.a: the 7th character is the stage; different stages in the two eyes -> a code per eye (a.3), the same
# stage in both -> the bilateral code (a.2); OD/OS/OU are the ophthalmologist's right/left/both eyes
@pytest.mark.parametrize(("text", "want", "not_want"), [
    ("Impression:\n1. Primary open-angle glaucoma - OD moderate stage, OS mild stage. Continue latanoprost OU.\n",
     {"H40.1112", "H40.1121"}, {"H40.1110", "H40.1130", "H40.9"}),
    ("Assessment: POAG OU, severe stage. Continue timolol.\n", {"H40.1133"}, {"H40.1130"}),
    ("Assessment: Primary open-angle glaucoma of the right eye, indeterminate stage. Start latanoprost.\n",
     {"H40.1114"}, {"H40.1110"}),
])
def test_glaucoma_stage_per_eye(s, text, want, not_want):
    out = set(icd(s, text))
    assert want <= out and not (not_want & out)


def test_cataract_ou_is_bilateral(s):
    # I.B.13 laterality: OU is both eyes and H25.1- has a bilateral code
    out = icd(s, "Impression: Age-related nuclear cataracts OU - not visually significant, observe.\n")
    assert "H25.13" in out and "H25.10" not in out


def test_od_is_not_an_eye_outside_eye_codes(s):
    # 'OD' read as an eye only for chapter 7 codes: an overdose line keeps its own codes and no eye
    out = icd(s, "Assessment: Knee osteoarthritis OD. Continue naproxen.\n")
    assert not any(c.startswith("H") for c in out)


def test_diabetic_retinopathy_coded_per_eye(s):
    # Tabular E11.32-/E11.33-: severity, macular edema and eye; each eye's documented stage is its own code
    text = ("HPI: type 2 diabetes on insulin.\nImpression:\n"
            "1. Type 2 DM with mild nonproliferative diabetic retinopathy without macular edema, right eye.\n"
            "2. Type 2 DM with moderate nonproliferative diabetic retinopathy with macular edema, left eye - "
            "anti-VEGF next week.\n")
    out = set(icd(s, text))
    assert {"E11.3291", "E11.3312"} <= out and not {"E11.3311", "E11.319", "E11.9"} & out
