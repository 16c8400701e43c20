"""The held-out TEST split is reproducible from its generator and covers what issue 3 asks for."""

from __future__ import annotations

from collections import Counter

import pytest

from corpora import validate
from corpora.loaders import load_gold, load_notes
from corpora.tools import make_test_split as gen
from corpora.tools.heldout_people import npi_check_digit
from corpora.tools.heldout_spec import D, N, P, note


@pytest.fixture(scope="module")
def built() -> tuple[list[dict], list[dict]]:
    return gen.build()


def test_build_matches_files_on_disk(built: tuple[list[dict], list[dict]]) -> None:
    notes, gold = built
    assert notes == load_notes("test")
    assert gold == load_gold("test")


def test_validate_split_test_is_clean() -> None:
    assert validate.validate_split("test") == []


def test_test_split_covers_specialties_settings_and_rules(built: tuple[list[dict], list[dict]]) -> None:
    notes, _ = built
    assert len(notes) >= 75
    assert len({n["specialty"] for n in notes}) >= 12
    settings = Counter(n["setting"] for n in notes)
    assert settings["inpatient"] >= 0.2 * len(notes)
    assert {"11", "21", "23"} <= {n["visit"]["place_of_service"] for n in notes}
    assert set(validate.rule_coverage("test")) == set(validate.RULES)


def test_test_split_total_minutes_written_in_text(built: tuple[list[dict], list[dict]]) -> None:
    notes, _ = built
    timed = [n for n in notes if "total_minutes" in n["visit"]]
    assert len(timed) >= 8
    assert all(f"{n['visit']['total_minutes']} minutes" in n["text"] for n in timed)


def test_npi_check_digit_known_example() -> None:
    assert npi_check_digit("123456789") == "3"  # CMS example NPI 1234567893


def test_locate_picks_the_requested_occurrence() -> None:
    text = "HTN stable. Plan: HTN meds."
    assert gen.locate(text, ("HTN", 1), "t-1", "I10") == {"start": 18, "end": 21, "text": "HTN"}


def test_locate_missing_phrase_names_id_not_text() -> None:
    with pytest.raises(gen.SplitError) as err:
        gen.locate("secret note text", "absent phrase", "t-9", "I10")
    assert "t-9" in str(err.value) and "secret" not in str(err.value)


def _spec(rationale: str, code: str = "I10") -> object:
    words = " ".join(["word"] * 160)
    return note("family medicine|out|2026-01-05|11|est|F50|com", f"Assessment: HTN. {words}",
                D(code, "HTN", rationale), N("word", "R02", "filler"))


def test_gold_codes_reject_rationale_without_rule_id() -> None:
    with pytest.raises(gen.SplitError, match="rule id"):
        gen.gold_codes(_spec("hypertension"), "t-2")


def test_gold_codes_reject_non_billable_icd_code() -> None:
    with pytest.raises(gen.SplitError, match="billable"):
        gen.gold_codes(_spec("R20: x", code="E11"), "t-3")


def test_gold_codes_put_em_before_other_procedures() -> None:
    spec = note("orthopedics|out|2026-01-05|11|est|F50|com", "knee injected; visit",
                P("20610", "knee injected", "R18: x"), P("99213", "visit", "R15: x", mods="25"),
                D("M17.11", "knee", "R11: x"))
    assert [c["code"] for c in gen.gold_codes(spec, "t-4")] == ["M17.11", "99213", "20610"]


def test_check_note_rejects_short_text() -> None:
    spec = note("family medicine|out|2026-01-05|11|est|F50|com", "too short", D("I10", "short", "R20: x"))
    with pytest.raises(gen.SplitError, match="words"):
        gen.check_note(spec, "t-5")
