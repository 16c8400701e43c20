"""An assessment item's own clause after its dash decides whether the item is a diagnosis (issue #3, dev-r9).

'<condition> - no features today' finds the condition absent (not coded: I.A.19, Section IV.H); '<condition>
- ..., not screening today' is a screening consideration for a risk, not a diagnosis (I.C.21.c.5); but
'<condition> - no symptoms / no signs or symptoms, continue <drug>' is a documented chronic condition without
current symptoms, still present and coded when addressed (Section IV.J).
"""

from __future__ import annotations

import pytest

from tests.suggest_support import codes, note, suggester


@pytest.fixture(scope="module")
def s(codeset_cache):
    return suggester(codeset_cache)


def test_no_features_today_negates_the_item(s) -> None:
    text = ("Assessment:\n1. Gestational diabetes, diet-controlled, third trimester.\n"
            "2. Preeclampsia - no features today: normotensive, no proteinuria.\n")
    got = codes(s.suggest(note(text)))
    assert not any(c.startswith("O14") for c in got)
    assert "O24.410" in got


def test_not_screening_today_is_not_a_diagnosis(s) -> None:
    text = ("A/P:\n1. Seropositive rheumatoid arthritis, multiple sites - continue methotrexate.\n"
            "2. Interstitial lung disease - no symptoms or crackles, not screening today.\n")
    got = codes(s.suggest(note(text)))
    assert "J84.10" not in got
    assert "M05.79" in got


def test_chronic_condition_without_symptoms_is_still_coded(s) -> None:
    text = ("Assessment:\n1. Hypothyroidism - no signs or symptoms, TSH 2.1, continue levothyroxine.\n"
            "2. Interstitial lung disease - no symptoms today, stable PFTs, continue nintedanib.\n"
            "3. Gestational hypertension - no features of preeclampsia today.\n"
            "4. Type 2 diabetes - well controlled, not screening for retinopathy today.\n")
    got = codes(s.suggest(note(text)))
    assert {"E03.9", "J84.10", "E11.9"} <= set(got)
    assert not any(c.startswith("O14") for c in got)
