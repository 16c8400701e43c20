"""Assertion of findings (negated, uncertain, historical, family, hypothetical) on realistic note fragments."""

from __future__ import annotations

import pytest

from nlp import Assertion, analyze


def assert_of(text: str, *phrases: str) -> list[Assertion]:
    """Assertions of the first occurrence of each phrase (after any earlier phrase)."""
    targets, pos = [], 0
    for phrase in phrases:
        start = text.index(phrase, pos)
        targets.append((start, start + len(phrase), "finding"))
        pos = start + 1
    doc = analyze(text, targets)
    for mention, (start, end, _) in zip(doc.mentions, targets, strict=True):
        assert mention.text == text[start:end]
    return [m.assertion for m in doc.mentions]


N, P, U, H, F, Y = (
    Assertion.NEGATED,
    Assertion.PRESENT,
    Assertion.UNCERTAIN,
    Assertion.HISTORICAL,
    Assertion.FAMILY,
    Assertion.HYPOTHETICAL,
)


@pytest.mark.parametrize(
    ("text", "phrases", "expected"),
    [
        ("The patient denies chest pain or dyspnea.", ["chest pain", "dyspnea"], [N, N]),
        ("Negative for fever, chills and night sweats.", ["fever", "chills", "night sweats"], [N, N, N]),
        ("Chest x-ray is negative for pneumonia.", ["pneumonia"], [N]),
        ("Strep test was negative.", ["Strep test"], [N]),
        ("No evidence of deep vein thrombosis on duplex.", ["deep vein thrombosis"], [N]),
        ("Abdominal pain without nausea or vomiting.", ["Abdominal pain", "nausea", "vomiting"], [P, N, N]),
        ("Lungs clear, free of wheezes.", ["wheezes"], [N]),
        ("Myocardial infarction was ruled out with serial troponins.", ["Myocardial infarction"], [N]),
        ("No known drug allergies.", ["drug allergies"], [N]),
    ],
)
def test_context_negation_cues(text: str, phrases: list[str], expected: list[Assertion]) -> None:
    assert assert_of(text, *phrases) == expected


def test_context_ros_colon_negatives() -> None:
    text = "REVIEW OF SYSTEMS\nFever: none\nChills: denies\nCough: no\nHeadache: yes\nRash: negative.\n"
    assert assert_of(text, "Fever", "Chills", "Cough", "Headache", "Rash") == [N, N, N, P, N]


def test_context_ros_negative_except_keeps_exception_present() -> None:
    text = "ROS: Negative except for cough and sore throat.\nHPI: Cough for 3 days."
    assert assert_of(text, "cough", "sore throat", "Cough") == [P, P, P]


@pytest.mark.parametrize(
    ("text", "phrases", "expected"),
    [
        ("Denies fever but reports productive cough.", ["fever", "productive cough"], [N, P]),
        ("No fever; cough is present.", ["fever", "cough"], [N, P]),
        ("No chest pain, however she has exertional dyspnea.", ["chest pain", "exertional dyspnea"], [N, P]),
        ("No fever. Cough for 3 days.", ["fever", "Cough"], [N, P]),
        ("- No chest pain\n- Dyspnea on exertion\n", ["chest pain", "Dyspnea"], [N, P]),
    ],
)
def test_context_scope_stops_at_boundaries(text: str, phrases: list[str], expected: list[Assertion]) -> None:
    assert assert_of(text, *phrases) == expected


@pytest.mark.parametrize(
    ("text", "phrase"),
    [
        ("Probable community acquired pneumonia.", "pneumonia"),
        ("Suspected acute appendicitis, surgery consulted.", "acute appendicitis"),
        ("Likely viral upper respiratory infection.", "upper respiratory infection"),
        ("Possible urinary tract infection, urine culture sent.", "urinary tract infection"),
        ("Chest pain, rule out pulmonary embolism.", "pulmonary embolism"),
        ("Fever, r/o sepsis.", "sepsis"),
        ("CT findings concerning for malignancy.", "malignancy"),
        ("Questionable hairline fracture of the fifth metatarsal.", "hairline fracture"),
        ("Cannot exclude pulmonary embolism.", "pulmonary embolism"),
        ("Differential includes gastritis and peptic ulcer disease.", "peptic ulcer disease"),
    ],
)
def test_context_uncertainty_cues(text: str, phrase: str) -> None:
    assert assert_of(text, phrase) == [U]


def test_context_versus_alternatives_are_both_uncertain() -> None:
    text = "Assessment: community acquired pneumonia versus acute bronchitis. CHF vs COPD exacerbation."
    assert assert_of(text, "pneumonia", "acute bronchitis", "CHF", "COPD exacerbation") == [U, U, U, U]


def test_context_rule_out_does_not_leak_to_confirmed_finding() -> None:
    text = "Rule out sepsis. Pneumonia confirmed on chest x-ray. Rule out MI; diagnosed with GERD."
    assert assert_of(text, "sepsis", "Pneumonia", "MI", "GERD") == [U, P, U, P]


@pytest.mark.parametrize(
    ("text", "phrase", "expected"),
    [
        ("History of deep vein thrombosis in 2015.", "deep vein thrombosis", H),
        ("h/o stroke without residual deficits.", "stroke", H),
        ("s/p appendectomy as a child.", "appendectomy", H),
        ("Left lower lobe pneumonia, resolved.", "pneumonia", H),
        ("Prior myocardial infarction.", "myocardial infarction", H),
        ("Breast cancer, in remission on tamoxifen.", "Breast cancer", P),
        ("Hodgkin lymphoma in remission since 2019.", "Hodgkin lymphoma", P),
    ],
)
def test_context_historical(text: str, phrase: str, expected: Assertion) -> None:
    assert assert_of(text, phrase) == [expected]


@pytest.mark.parametrize(
    ("text", "phrases", "expected"),
    [
        ("Mother had breast cancer at age 50.", ["breast cancer"], [F]),
        ("Family history of colon cancer.", ["colon cancer"], [F]),
        ("Colon cancer in her father.", ["Colon cancer"], [F]),
        ("His father has diabetes and he has hypertension.", ["diabetes", "hypertension"], [F, P]),
        ("FAMILY HISTORY\nDiabetes, coronary artery disease.\n", ["Diabetes", "coronary artery disease"], [F, F]),
        ("FH: no family history of sudden cardiac death.", ["sudden cardiac death"], [N]),
    ],
)
def test_context_family(text: str, phrases: list[str], expected: list[Assertion]) -> None:
    assert assert_of(text, *phrases) == expected


@pytest.mark.parametrize(
    ("text", "phrase"),
    [
        ("Return if chest pain recurs.", "chest pain"),
        ("Call if fever develops.", "fever"),
        ("Should she develop shortness of breath, go to the ED.", "shortness of breath"),
        ("Discussed warning signs of stroke.", "stroke"),
    ],
)
def test_context_hypothetical(text: str, phrase: str) -> None:
    assert assert_of(text, phrase) == [Y]


def test_context_pmh_section_is_present_with_is_pmh() -> None:
    text = "PAST MEDICAL HISTORY\nHTN, DM2, hyperlipidemia.\n\nPAST SURGICAL HISTORY\nCholecystectomy 2010.\n"
    doc = analyze(text, [(21, 24, "a"), (26, 29, "b"), (text.index("Chole"), text.index("Chole") + 15, "c")])
    htn, dm2, chole = doc.mentions
    assert (htn.assertion, htn.is_pmh, htn.section) == (P, True, "past_medical_history")
    assert (dm2.assertion, dm2.is_pmh) == (P, True)
    assert (chole.assertion, chole.section) == (H, "past_surgical_history")


def test_context_inline_pmh_statement_sets_is_pmh() -> None:
    text = "She has a past medical history significant for congestive heart failure and depression."
    start = text.index("congestive")
    doc = analyze(text, [(start, start + 24, "dx")])
    assert doc.mentions[0].assertion == P and doc.mentions[0].is_pmh


def test_context_cues_name_the_trigger_text() -> None:
    text = "Patient denies chest pain."
    doc = analyze(text, [(15, 25, "symptom")])
    assert doc.mentions[0].cues == ["denies"]


def test_context_rule_file_loads_with_medspacy() -> None:
    from importlib import resources

    from medspacy.context import ConTextRule

    with resources.as_file(resources.files("nlp").joinpath("data", "context_rules.json")) as path:
        rules = ConTextRule.from_json(str(path))
    assert len(rules) > 300


def test_context_rule_from_dict_rejects_unknown_keys() -> None:
    from nlp.context import rule_from_dict

    with pytest.raises(ValueError, match="unknown keys"):
        rule_from_dict({"literal": "no", "category": "NEGATED_EXISTENCE", "scope": 3})
    with pytest.raises(ValueError, match="direction"):
        rule_from_dict({"literal": "no", "category": "NEGATED_EXISTENCE", "direction": "SIDEWAYS"})


def test_context_rule_requires_every_word_group() -> None:
    """`metadata.requires` as a list of lists: the regex runs only when one word of each group is in the note
    (a speed gate; each word must be one the match contains, so a skipped note could not have matched)."""
    from nlp.context import ConTextEngine, rule_from_dict

    rule = rule_from_dict({"literal": "mom using", "category": "PSEUDO", "direction": "PSEUDO",
                           "pattern": r"\bmom\s+using\b", "metadata": {"requires": [["using"], ["Mom", "dad"]]}})
    assert rule.requires == (("using",), ("mom", "dad"))
    assert rule_from_dict({"literal": "x", "category": "PSEUDO", "pattern": "x",
                           "metadata": {"requires": ["been"]}}).requires == (("been",),)
    engine = ConTextEngine([rule])
    assert [(m.start, m.end) for m in engine.modifiers("Eczema, MOM USING vaseline.")] == [(8, 17)]
    assert [(m.start, m.end) for m in engine.modifiers("mom\nusing")] == [(0, 9)]
    assert engine.modifiers("Eczema, using vaseline.") == []  # no word of the second group: the regex is not run


@pytest.mark.parametrize(
    ("text", "phrase"),
    [
        ("A 13-year-old presented with a 12-day history of fever.", "fever"),
        ("He has a two-year history of left hip pain.", "left hip pain"),
        ("Long-standing history of hypertension, well controlled.", "hypertension"),
        ("Hypertension treated with lisinopril.", "Hypertension"),
    ],
)
def test_context_duration_and_treatment_are_not_historical(text: str, phrase: str) -> None:
    assert assert_of(text, phrase) == [P]


def test_context_history_of_marks_pmh_for_suggest_to_decide() -> None:
    text = "58-year-old woman with a history of obesity and hypertension."
    start = text.index("hypertension")
    mention = analyze(text, [(start, start + 12, "dx")]).mentions[0]
    assert (mention.assertion, mention.is_pmh, mention.cues) == (H, True, ["history of"])


def test_context_side_effect_talk_is_hypothetical_and_prn_is_not() -> None:
    text = "Singulair could also cause anxiety. Ibuprofen as needed for knee pain."
    assert assert_of(text, "anxiety", "knee pain") == [Y, P]


def test_context_rule_out_stops_at_plan_verbs() -> None:
    text = "Rule out MI and treat community acquired pneumonia. R/o PE, DVT."
    assert assert_of(text, "MI", "pneumonia", "PE", "DVT") == [U, P, U, U]


def test_context_denied_family_history_is_negated() -> None:
    text = "FAMILY HISTORY\nPatient denies any known family history of arthritis or other immune disease.\n"
    assert assert_of(text, "arthritis", "immune disease") == [N, N]


def test_context_likely_cause_keeps_finding_present() -> None:
    text = "I explained that his edema is likely caused by the Norvasc. Elevated BP likely due to pain."
    assert assert_of(text, "edema", "pain") == [P, P]


def test_context_potential_is_uncertain_and_risk_score_is_not_hypothetical() -> None:
    assert assert_of("Biopsy a few years ago for potential lung cancer.", "lung cancer") == [U]
    assert assert_of("Mixed hyperlipidemia - 10-year ASCVD risk 11%.", "Mixed hyperlipidemia") == [P]


def test_context_relative_as_informant_is_not_family_history() -> None:
    assert assert_of("10-year-old with ADHD, combined type, here with mom.", "ADHD") == [P]
    assert assert_of("Per mom, fever since Monday.", "fever") == [P]
    assert assert_of("Mother has asthma.", "asthma") != [P]
