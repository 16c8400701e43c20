"""The curated abbreviation list and context-safe expansion with original offsets."""

from __future__ import annotations

import pytest

from nlp import expand_abbreviations
from nlp.abbreviations import FLAGS, PREFIXED, load_abbreviations, parse_abbreviations
from nlp.resources import read_text

HEADER = "abbreviation\texpansion\tsafe_context\n"


def test_abbreviations_every_row_loads_with_known_context() -> None:
    rows = load_abbreviations()
    assert len(rows) >= 300
    for row in rows:
        for cond in row.conditions:
            assert cond in FLAGS or cond.startswith(PREFIXED), row.abbreviation
    data_lines = [ln for ln in read_text("abbreviations.tsv").splitlines()[1:] if ln and not ln.startswith("#")]
    assert len(data_lines) - 1 == len(rows)  # minus the header


def test_abbreviations_reject_unknown_context() -> None:
    with pytest.raises(ValueError, match="line 2: unknown safe_context"):
        parse_abbreviations(HEADER + "HTN\thypertension\tsometimes\n")


def test_abbreviations_reject_duplicates_and_bad_header() -> None:
    with pytest.raises(ValueError, match="line 3: duplicate"):
        parse_abbreviations(HEADER + "HTN\thypertension\tany\nHTN\thypertension\tcase-sensitive\n")
    with pytest.raises(ValueError, match="header"):
        parse_abbreviations("abbr\texpansion\tcontext\nHTN\thypertension\tany\n")
    with pytest.raises(ValueError, match="3 non-empty"):
        parse_abbreviations(HEADER + "HTN\thypertension\n")


def test_abbreviations_common_terms_expand_at_original_offsets() -> None:
    text = "67 yo M with HTN, HLD, DM2, CHF (HFrEF), CAD s/p CABG, CKD 3a, AFib, COPD, GERD, OSA and BPH."
    found = {e.abbreviation: e for e in expand_abbreviations(text)}
    for abbr, expansion in [
        ("HTN", "hypertension"),
        ("HLD", "hyperlipidemia"),
        ("DM2", "type 2 diabetes mellitus"),
        ("HFrEF", "heart failure with reduced ejection fraction"),
        ("CKD 3a", "chronic kidney disease stage 3a"),
        ("AFib", "atrial fibrillation"),
        ("s/p", "status post"),
        ("BPH", "benign prostatic hyperplasia"),
    ]:
        e = found[abbr]
        assert e.expansion == expansion
        assert text[e.start : e.end] == abbr


def test_abbreviations_ambiguous_ones_are_never_expanded() -> None:
    text = "Assessment: MS flare. ED visit yesterday."
    assert {e.abbreviation for e in expand_abbreviations(text)} == set()


def test_abbreviations_pe_depends_on_section() -> None:
    text = "PE: lungs clear, RRR.\nAssessment: PE on CTA, start apixaban."
    pes = [e for e in expand_abbreviations(text) if e.abbreviation == "PE"]
    assert [(e.start, e.expansion) for e in pes] == [(text.index("PE on"), "pulmonary embolism")]


def test_abbreviations_case_sensitive_and_plural() -> None:
    text = "Recurrent UTIs. Prior MI. Will mi the dose."
    found = [(e.abbreviation, e.expansion) for e in expand_abbreviations(text)]
    assert ("UTIs", "urinary tract infection") in found
    assert ("MI", "myocardial infarction") in found
    assert all(abbr != "mi" for abbr, _ in found)


def test_abbreviations_digit_context() -> None:
    text = "Labs: PT 13.2, INR 1.1. Referred to PT for gait training."
    pts = [e for e in expand_abbreviations(text) if e.abbreviation == "PT"]
    assert [(e.start, e.expansion) for e in pts] == [(text.index("PT"), "prothrombin time")]


def test_abbreviations_score_and_device_names_are_not_diseases() -> None:
    """A fibromyalgia symptom severity score ("SSS 8", "SSS: 8") is not sick sinus syndrome, and sequential
    compression devices ("SCDs") are not sickle cell disease; the bare abbreviations still expand."""
    def expanded(text: str) -> list[str]:
        return [e.expansion for e in expand_abbreviations(text)]

    assert "sick sinus syndrome" not in expanded("ACR 2016 criteria met (WPI 11, SSS 8).")
    assert "sick sinus syndrome" not in expanded("Fibromyalgia, SSS: 9.")
    assert "sick sinus syndrome" in expanded("SSS with symptomatic pauses on Holter.")
    assert "sickle cell disease" not in expanded("DVT prophylaxis: SCDs while in bed.")
    assert "sickle cell disease" in expanded("SCD (HbSS), on hydroxyurea.")
    ttp = "thrombotic thrombocytopenic purpura"
    assert ttp not in expanded("A/P: chest wall pain, TTP over the left 4th costochondral junction.")
    assert ttp not in expanded("Ankle sprain: TTP at the ATFL.")
    assert ttp in expanded("TTP in remission, ADAMTS13 activity 68%.")
    assert "myelodysplastic syndrome" not in expanded("MDS assessment completed by nursing.")
    assert "myelodysplastic syndrome" in expanded("MDS with excess blasts, on azacitidine.")
