"""Synonyms follow the ICD-10-CM Alphabetic Index, not the nearest-sounding title."""

from __future__ import annotations

import pytest

from tests.suggest_support import codes, suggester


@pytest.fixture(scope="module")
def s(codeset_cache):
    return suggester(codeset_cache)


def test_common_cold_is_acute_nasopharyngitis(s):
    # Index: Cold (common) (head) -> J00; an upper respiratory infection NOS is J06.9. A cold must not get both.
    text = "CC: runny nose.\nAssessment: Common cold. Supportive care, fluids, OTC acetaminophen."
    got = codes(s.suggest({"id": "n", "text": text, "setting": "outpatient"}))
    assert "J00" in got and "J06.9" not in got
    text = "CC: cough.\nAssessment: Upper respiratory infection, viral. Fluids and rest."
    assert "J06.9" in codes(s.suggest({"id": "n", "text": text, "setting": "outpatient"}))
