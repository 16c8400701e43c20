"""The project's annotated corpora load, validate, and catch the mistakes the validator exists for."""

from __future__ import annotations

import copy
import json
from pathlib import Path

import pytest

from corpora import validate
from corpora.loaders import iter_jsonl, load_gold, load_gold_by_id, load_notes, split_dir


@pytest.fixture(scope="module")
def dev_notes() -> list[dict]:
    return load_notes("dev")


def test_load_notes_dev_has_notes_with_text(dev_notes: list[dict]) -> None:
    assert len(dev_notes) >= 36
    assert all(n["text"] and n["id"].startswith("dev-") for n in dev_notes)


def test_load_gold_dev_matches_note_ids(dev_notes: list[dict]) -> None:
    assert [g["id"] for g in load_gold("dev")] == [n["id"] for n in dev_notes]


def test_split_dir_unknown_split_rejected() -> None:
    with pytest.raises(ValueError, match="unknown split"):
        split_dir("train")


def test_iter_jsonl_bad_line_names_line_number(tmp_path: Path) -> None:
    f = tmp_path / "x.jsonl"
    f.write_text('{"id": "a"}\n\n{broken\n', encoding="utf-8")
    with pytest.raises(ValueError, match=r"x.jsonl:3"):
        list(iter_jsonl(f))


def test_validate_split_dev_is_clean() -> None:
    assert validate.validate_split("dev") == []


def test_validate_main_exits_zero_and_reports(capsys: pytest.CaptureFixture[str]) -> None:
    """Same entry point as ``python -m corpora.validate dev``, run in-process to keep the test fast."""
    assert validate.main(["dev"]) == 0
    out = capsys.readouterr().out
    assert "0 problems" in out and f"rules covered: {len(validate.RULES)}/{len(validate.RULES)}" in out


def test_validate_main_exits_one_on_problem(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(validate, "validate_split", lambda split: [f"{split}: note x has no gold line"])
    assert validate.main(["dev"]) == 1


def test_npi_valid_known_example() -> None:
    assert validate.npi_valid("1234567893")
    assert not validate.npi_valid("1234567890")


def test_check_note_bad_npi_reported(dev_notes: list[dict]) -> None:
    note = copy.deepcopy(dev_notes[0])
    note["provider"]["npi"] = str(int(note["provider"]["npi"]) ^ 1)
    errors: list[str] = []
    validate.check_note(note, errors)
    assert any("npi" in e for e in errors)


def test_check_gold_catches_shifted_span_and_nonbillable_code(dev_notes: list[dict]) -> None:
    gold = copy.deepcopy(load_gold_by_id("dev")[dev_notes[0]["id"]])
    gold["codes"][0]["evidence"][0]["start"] += 1
    gold["codes"][1]["code"] = "E11"  # category, not billable
    errors: list[str] = []
    validate.check_gold(gold, dev_notes[0]["text"], errors)
    assert any("evidence text differs" in e for e in errors)
    assert any("not a billable" in e for e in errors)


def test_check_gold_errors_never_contain_note_text(dev_notes: list[dict]) -> None:
    gold = copy.deepcopy(load_gold_by_id("dev")[dev_notes[0]["id"]])
    gold["codes"][0]["evidence"][0]["end"] += 3
    errors: list[str] = []
    validate.check_gold(gold, dev_notes[0]["text"], errors)
    assert errors and all(gold["codes"][0]["evidence"][0]["text"] not in e for e in errors)


def test_dev_corpus_covers_settings_specialties_and_rules(dev_notes: list[dict]) -> None:
    assert {n["setting"] for n in dev_notes} == {"outpatient", "inpatient"}
    assert len({n["specialty"] for n in dev_notes}) >= 12
    assert len(validate.rule_coverage("dev")) == len(validate.RULES)


def test_generator_reproduces_committed_files(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from corpora.tools import build

    monkeypatch.setattr(build, "ROOT", tmp_path)
    build.write("dev")
    for name in ("notes.jsonl", "gold.jsonl"):
        fresh = [json.loads(x) for x in (tmp_path / "dev" / name).read_text(encoding="utf-8").splitlines()]
        committed = list(iter_jsonl(split_dir("dev").joinpath(name)))
        assert fresh == committed, f"{name} is stale: run python -m corpora.tools.build dev"


def test_span_phrase_matches_across_line_breaks() -> None:
    from corpora.tools.build import span

    text = "A/P: type 2 diabetes with\n   diabetic CKD, stable."
    ev = span(text, "diabetes with diabetic CKD", "x")
    assert text[ev["start"] : ev["end"]] == ev["text"] == "diabetes with\n   diabetic CKD"


def test_span_missing_phrase_names_note_id() -> None:
    from corpora.tools.build import span

    with pytest.raises(ValueError, match="dev-9999"):
        span("denies chest pain", "chest pressure", "dev-9999")


def test_make_npi_passes_validator_check() -> None:
    import random

    from corpora.tools.people import make_npi

    rng = random.Random(7)
    assert all(validate.npi_valid(make_npi(rng)) for _ in range(50))


def test_rule_coverage_ignores_icd_r_codes(monkeypatch: pytest.MonkeyPatch) -> None:
    gold = [{"id": "x", "codes": [{"rationale": "R03: symptom R10.13 coded instead"}], "not_coded": []}]
    monkeypatch.setattr(validate, "load_gold", lambda split: gold)
    assert set(validate.rule_coverage("dev")) == {"R03"}


def test_dev_gold_sequences_diagnoses_before_procedures() -> None:
    for g in load_gold("dev"):
        systems = [c["system"] for c in g["codes"]]
        first_proc = next((i for i, s in enumerate(systems) if s != "ICD-10-CM"), len(systems))
        assert all(s != "ICD-10-CM" for s in systems[first_proc:]), g["id"]
