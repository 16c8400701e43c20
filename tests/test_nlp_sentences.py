"""Units: rule-based sentences and list items that respect clinical line structure."""

from __future__ import annotations

from nlp import analyze


def unit_texts(text: str) -> list[str]:
    doc = analyze(text)
    for unit in doc.units:
        assert text[unit.start : unit.end].strip() == text[unit.start : unit.end]
    return [text[u.start : u.end] for u in doc.units]


def test_sentences_abbreviations_and_decimals_do_not_split() -> None:
    text = "Seen by Dr. Smith for chest pain vs. reflux. A1c 7.2 today, e.g. improved. Metformin b.i.d. with meals."
    assert unit_texts(text) == [
        "Seen by Dr. Smith for chest pain vs. reflux.",
        "A1c 7.2 today, e.g. improved.",
        "Metformin b.i.d. with meals.",
    ]


def test_sentences_numbered_problem_list_items_carry_numbers() -> None:
    text = (
        "ASSESSMENT AND PLAN\n"
        "1. Hypertension - stable, continue lisinopril. Recheck BMP.\n"
        "2. DM2: A1c 8.1, increase metformin.\n"
        "- COPD: stable on tiotropium\n"
        "#3 Hyperlipidemia\n"
        "4) Obesity\n"
    )
    doc = analyze(text)
    items = [(text[u.start : u.end], u.item_number) for u in doc.units[1:]]
    assert items == [
        ("Hypertension - stable, continue lisinopril.", 1),
        ("Recheck BMP.", 1),
        ("DM2: A1c 8.1, increase metformin.", 2),
        ("COPD: stable on tiotropium", None),
        ("Hyperlipidemia", 3),
        ("Obesity", 4),
    ]
    assert all(u.section == "assessment_plan" for u in doc.units)


def test_sentences_item_continuation_lines_keep_item_number() -> None:
    text = "Plan:\n1. Heart failure\nContinue furosemide.\n\nFollow up in 2 weeks.\n"
    doc = analyze(text)
    got = [(text[u.start : u.end], u.item_number) for u in doc.units]
    assert got == [("Plan:", None), ("Heart failure", 1), ("Continue furosemide.", 1), ("Follow up in 2 weeks.", None)]


def test_sentences_line_breaks_end_units_but_wrapped_prose_joins() -> None:
    text = "Fever: none\nChills: denies\nShe has had a cough for\nthree days and mild wheezing.\n"
    assert unit_texts(text) == [
        "Fever: none",
        "Chills: denies",
        "She has had a cough for\nthree days and mild wheezing.",
    ]


def test_sentences_heading_line_is_its_own_unit() -> None:
    text = "HPI: 45 yo with chest pain. Worse with exertion.\nPLAN\nStress test."
    assert unit_texts(text) == ["HPI:", "45 yo with chest pain.", "Worse with exertion.", "PLAN", "Stress test."]


def test_sentences_unit_at_finds_containing_unit() -> None:
    text = "No fever. Cough for 3 days."
    doc = analyze(text)
    assert doc.unit_at(text.index("Cough")) == doc.units[1]
    assert doc.unit_index_at(0) == 0
