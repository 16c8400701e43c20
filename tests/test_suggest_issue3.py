"""Issue #3 engine errors, each from a short realistic note fragment (ICD-10-CM Index / guidelines)."""

from __future__ import annotations

import pytest

from tests.suggest_support import codes, suggester


@pytest.fixture(scope="module")
def s(codeset_cache):
    return suggester(codeset_cache)


def note(text: str, setting: str = "outpatient") -> dict:
    return {"id": "t", "text": text, "setting": setting}


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
