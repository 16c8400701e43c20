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
