"""Section headings and their variants, mapped to canonical names with original offsets."""

from __future__ import annotations

import pytest

from nlp import analyze


@pytest.mark.parametrize(
    ("heading", "name"),
    [
        ("CHIEF COMPLAINT", "chief_complaint"),
        ("CC:", "chief_complaint"),
        ("Reason for visit:", "chief_complaint"),
        ("HPI:", "hpi"),
        ("History of Present Illness:", "hpi"),
        ("PAST MEDICAL HISTORY", "past_medical_history"),
        ("PMH:", "past_medical_history"),
        ("PL:", "past_medical_history"),
        ("Other hx:", "past_medical_history"),
        ("Past Surgical History:", "past_surgical_history"),
        ("PSH:", "past_surgical_history"),
        ("Family History:", "family_history"),
        ("FH:", "family_history"),
        ("Social History:", "social_history"),
        ("SH:", "social_history"),
        ("Current Meds:", "medications"),
        ("MEDICATIONS", "medications"),
        ("Allergies:", "allergies"),
        ("Review of Systems:", "review_of_systems"),
        ("ROS:", "review_of_systems"),
        ("PHYSICAL EXAM", "physical_exam"),
        ("PE:", "physical_exam"),
        ("Examination:", "physical_exam"),
        ("Vitals:", "vitals"),
        ("RESULTS", "results"),
        ("Labs:", "results"),
        ("Imaging:", "results"),
        ("Data Reviewed:", "results"),
        ("Assessment:", "assessment"),
        ("Plan:", "plan"),
        ("ASSESSMENT AND PLAN", "assessment_plan"),
        ("Assessment/Plan:", "assessment_plan"),
        ("A&P:", "assessment_plan"),
        ("Impression and Plan:", "assessment_plan"),
        ("IMPRESSION:", "assessment_plan"),
        ("Imp:", "assessment_plan"),
        ("Procedures:", "procedures"),
        ("Procedure Note:", "procedures"),
        ("Diagnoses:", "diagnoses"),
        ("Diagnosis:", "diagnoses"),
        ("Discharge Diagnoses:", "discharge_diagnoses"),
        ("Final Diagnosis:", "discharge_diagnoses"),
        ("Principal Diagnosis:", "principal_diagnosis"),
        ("Hospital Course:", "hospital_course"),
        ("Discharge Instructions:", "instructions"),
        ("## Assessment", "assessment"),
    ],
)
def test_sections_heading_variants(heading: str, name: str) -> None:
    text = f"Seen today.\n{heading}\nHypertension, stable.\n"
    doc = analyze(text)
    assert [s.name for s in doc.sections] == [name]
    section = doc.sections[0]
    assert text[section.start : section.start + len(heading.strip("#: "))] == heading.strip("#: ")
    assert section.end == len(text)


def test_sections_inline_heading_with_body_on_same_line() -> None:
    text = "Dx: COPD with acute exacerbation\nHPI: 67 yo with cough."
    doc = analyze(text)
    assert [(s.name, s.title) for s in doc.sections] == [("diagnoses", "Dx"), ("hpi", "HPI")]
    assert doc.section_at(text.index("COPD")).name == "diagnoses"
    assert doc.section_at(text.index("cough")).name == "hpi"


@pytest.mark.parametrize(
    "line",
    [
        "History of asthma since childhood.",
        "- PE: on apixaban since March",
        "pe: lowercase abbreviation is prose",
        "Plan to recheck labs in 3 months.",
        "The assessment was discussed with the patient.",
    ],
)
def test_sections_prose_is_not_a_heading(line: str) -> None:
    assert analyze(f"HPI:\n{line}\n").sections[-1].name == "hpi"
    assert len(analyze(f"HPI:\n{line}\n").sections) == 1


def test_sections_cover_text_until_next_heading_and_section_at() -> None:
    text = "Intro line.\nHPI: chest pain.\nPLAN\nAspirin daily.\n"
    doc = analyze(text)
    hpi, plan = doc.sections
    assert hpi.end == plan.start == text.index("PLAN")
    assert doc.section_at(0) is None
    assert doc.section_at(text.index("Aspirin")) == plan
    assert doc.units[0].section == "unknown"


def test_sections_rule_file_loads_with_medspacy() -> None:
    from importlib import resources

    from medspacy.section_detection import SectionRule

    with resources.as_file(resources.files("nlp").joinpath("data", "section_patterns.json")) as path:
        rules = SectionRule.from_json(str(path))
    categories = {r.category for r in rules}
    assert {"hpi", "assessment_plan", "discharge_diagnoses", "review_of_systems"} <= categories


def test_sections_rule_rejects_unknown_keys() -> None:
    from nlp.sections import SectionRule

    with pytest.raises(ValueError, match="unknown keys"):
        SectionRule.from_dict({"literal": "HPI", "category": "hpi", "colour": "red"})


def test_sections_chief_complaint_ends_at_its_paragraph() -> None:
    text = "CC: abdominal pain\n\n38 yo F with burning pain. PMH: hypertension.\n\nExam: soft."
    doc = analyze(text)
    names = [(s.name, text[s.body_start : s.end].strip()) for s in doc.sections]
    assert names[0] == ("chief_complaint", "abdominal pain")
    assert names[1][0] == "hpi" and "PMH: hypertension" in names[1][1]
    one = analyze("CC: cough and fever\nfor 3 days.\n\nExam: clear.")
    first = one.sections[0]
    assert first.name == "chief_complaint" and "3 days" in one.text[first.start : first.end]


def test_sections_follow_up_opening_the_note_is_its_title() -> None:
    # "Follow-up: bones" as a note's first line names the visit (its reason); later it is follow-up instructions
    text = "Follow-up: bones\n\n68 yo F here to review DEXA. R ankle fracture 2010 skiing.\n\nPlan: continue.\n" \
           "Follow-up: 1 year."
    names = [s.name for s in analyze(text).sections]
    assert names[:2] == ["chief_complaint", "hpi"] and names[-1] == "instructions"


@pytest.mark.parametrize(("heading", "name"), [("Brief history:", "hpi"), ("S:", "hpi"), ("O:", "physical_exam")])
def test_sections_brief_history_and_soap_letters(heading: str, name: str) -> None:
    doc = analyze(f"Discharge diagnoses: COPD.\n\n{heading} mother had breast cancer.")
    assert doc.sections[-1].name == name


def test_sections_dictated_impression_sentence_starts_an_assessment() -> None:
    text = "He has hypertension and gout. Labs are normal. My impression is fatty liver. Repeat labs."
    doc = analyze(text)
    last = doc.sections[-1]
    assert last.name == "assessment" and text[last.start :].startswith("My impression is")
    headed = analyze("Assessment: gout.\nMy impression is fatty liver.")
    assert [s.name for s in headed.sections] == ["assessment"]


@pytest.mark.parametrize(("heading", "name"), [
    ("Problem list (carried forward):", "past_medical_history"),
    ("Assessment (today):", "assessment"),
    ("Medications (reviewed):", "medications"),
])
def test_sections_heading_with_a_short_qualifier_before_the_colon(heading: str, name: str) -> None:
    """A copy-forward template writes 'Problem list (carried forward):': still the problem list, so its resolved
    items are history, not the visit's problems (IV.J)."""
    doc = analyze(f"Seen today.\n{heading}\n1. UTI - resolved\n")
    assert [s.name for s in doc.sections] == [name]


def test_sections_parenthesis_in_prose_is_not_a_heading() -> None:
    doc = analyze("Seen today.\nPlan (agreed with her daughter) is to start donepezil.\n")
    assert doc.sections == []


def test_inline_headings_in_a_telegraphic_paragraph():
    from nlp.sections import Sectionizer, load_section_rules

    text = "41M c/o LBP x 5d. PE: TTP R lumbar paraspinals. A: acute lumbar strain. P: ibuprofen 600 mg TID."
    names = [s.name for s in Sectionizer(load_section_rules())(text)]
    assert names == ["physical_exam", "assessment", "plan"]
    # not inside a sentence, and not when the note has its own assessment heading at a line start
    assert [s.name for s in Sectionizer(load_section_rules())("Vitamin A: 5000 IU daily, plan: call.")] == []
    own = "Assessment:\nStrain. P: rest.\n"
    assert [s.name for s in Sectionizer(load_section_rules())(own)] == ["assessment"]


def test_diagnosis_list_ends_where_a_prose_paragraph_starts() -> None:
    text = ("Discharge diagnoses:\n1. Pneumonia\n2. Hypertension\n\nThis 70-year-old woman presented with three "
            "days of cough and fever and was treated with ceftriaxone.\n")
    doc = analyze(text)
    assert [s.name for s in doc.sections] == ["discharge_diagnoses", "unknown"]
    assert doc.sections[0].end < text.index("This 70-year-old") <= doc.sections[1].start


def test_line_matches_finds_what_finditer_finds() -> None:
    """`line_matches` (a `^` pattern tried at line starts only, for speed) returns finditer's matches, bounds too."""
    import re

    from nlp.sections import line_matches

    heading = re.compile(r"^[ \t]*(?P<h>[A-Z][a-z]+):", re.MULTILINE)
    text = "History: cough\n  Plan: rest. Exam: ok\nno: x\n\nAssessment: URI\n"
    for lo, hi in [(0, len(text)), (2, len(text)), (11, 40), (len(text), len(text))]:
        assert [m.span() for m in line_matches(heading, text, lo, hi)] == \
            [m.span() for m in heading.finditer(text, lo, hi)]
    assert [m.group("h") for m in line_matches(heading, text)] == ["History", "Plan", "Assessment"]
