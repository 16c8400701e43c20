"""EHR export formats (issue #3, dev-x1): the engine reads real-world note layouts the same as tidy prose."""

from __future__ import annotations

import pytest

from tests.suggest_support import codes, suggester


@pytest.fixture(scope="module")
def s(codeset_cache):
    return suggester(codeset_cache)


def note(text: str) -> dict:
    return {"id": "t", "text": text, "setting": "outpatient"}


def test_non_breaking_hyphen_in_instrument_names(s):
    # word-processor typography: "PHQ\u20119" (U+2011 non-breaking hyphen) is the PHQ-9, a scored instrument (96127),
    # and "GAD\u20117" is a questionnaire, not generalized anxiety disorder; evidence quotes the note as written
    text = "Assessment:\n1. Depression, mild. PHQ\u20119 today 8, GAD\u20117 today 5, both administered and scored.\n"
    out = s.suggest(note(text))
    assert "96127" in codes(out, None)
    assert "F41.1" not in codes(out)
    for sug in out:
        for ev in sug.evidence:
            assert ev.text == text[ev.start:ev.end]


def test_curly_quotes_bullets_and_crlf_keep_exact_offsets(s):
    text = ("Impression:\r\n\u2022  Patient\u2019s \u201cwheezy\u201d COPD exacerbation \u2013 prednisone 40 mg "
            "x5 days.\r\n\u2022  Essential hypertension \u2013 controlled, continue amlodipine.\r\n")
    out = s.suggest(note(text))
    assert {"J44.1", "I10"} <= set(codes(out))
    for sug in out:
        for ev in sug.evidence:
            assert ev.text == text[ev.start:ev.end]


def test_copd_spelled_out_with_acute_exacerbation_is_j44_1(s):
    # Tabular J44.1 "Chronic obstructive pulmonary disease with (acute) exacerbation": the spelled-out wording
    out = codes(s.suggest(note("Impression:\n- Chronic obstructive pulmonary disease with acute exacerbation - "
                               "prednisone burst, azithromycin.\n")))
    assert "J44.1" in out
    assert "J44.9" not in out


def test_copied_forward_assessment_is_an_earlier_visit(s):
    # EHR copy-forward: "Assessment (copied from <date>):" lists what an earlier visit assessed; only what today's
    # note addresses is coded (IV.J); the back pain of the copied list has resolved
    text = ("Interval history: headaches down to 2 days a month. Back pain resolved after PT.\n"
            "Assessment (copied from 3/2/2026):\n1. Migraine with aura - start topiramate.\n2. Low back pain - PT.\n\n"
            "Assessment today:\nMigraine with aura, not intractable, without status migrainosus - improved, "
            "continue topiramate 50 mg bid.\n")
    out = codes(s.suggest(note(text)))
    assert "G43.109" in out
    assert "M54.50" not in out


def test_assessment_without_copy_marker_still_coded(s):
    out = codes(s.suggest(note("Assessment (today's visit):\n1. Low back pain - start PT, ibuprofen prn.\n")))
    assert "M54.50" in out


def test_typed_visit_diagnosis_yields_to_the_narrative(s):
    # I.A.19 / IV: coded from the provider's documentation; the EHR pick-list entry "J02.0" is contradicted by the
    # negative rapid strep and the documented viral pharyngitis (Index: Pharyngitis (viral) J02.9)
    text = ("Rapid strep antigen (in office): NEGATIVE.\nImpression: acute viral pharyngitis; strep negative. "
            "Supportive care.\n\nVisit Diagnoses:\n  J02.0  Streptococcal pharyngitis    [primary]\n")
    out = codes(s.suggest(note(text)))
    assert "J02.9" in out
    assert "J02.0" not in out


def test_typed_diagnosis_the_narrative_never_mentions_stays(s):
    out = codes(s.suggest(note("Assessment: BP reviewed, meds refilled.\nVisit Diagnoses:\n"
                               "I10   Essential (primary) hypertension\n")))
    assert "I10" in out


def test_problem_list_code_keeps_its_detail(s):
    # a problem-list line "Title (code) - Noted" is not a pick-list line: its specificity stays (J30.1, not J30.9)
    out = codes(s.suggest(note("Problem List: Allergic rhinitis due to pollen (J30.1) - Noted 2022\n"
                               "A/P: Allergic rhinitis - continue cetirizine.\n")))
    assert "J30.1" in out
    assert "J30.9" not in out


@pytest.mark.parametrize("phrase", ["w/o missed doses", "without missed doses"])
def test_no_missed_doses_is_not_underdosing(s, phrase):
    # I.C.19.e.5.c: underdosing needs a drug taken less than prescribed; "w/o" is EHR shorthand for "without"
    out = codes(s.suggest(note(f"S: taking lisinopril 20 daily {phrase}.\nA: Essential hypertension - controlled.\n"
                               "P: refill lisinopril.\n")))
    assert "I10" in out
    assert not [c for c in out if c.startswith(("T46", "Z91.1"))]


def test_missed_doses_is_still_underdosing(s):
    out = codes(s.suggest(note("S: missed lisinopril doses for 2 weeks, ran out.\nA: Essential hypertension - "
                               "uncontrolled from underdosing.\nP: refill lisinopril.\n")))
    assert "T46.4X6A" in out


@pytest.mark.parametrize("text", [
    "Impression:\n- Essential hyperten-\n  sion - controlled on amlodipine.\n",
    "Impression:\r\n\u2022  Essential  hyperten-\r\n   sion  \u2013  controlled  on  amlodipine.\r\n",
])
def test_word_hyphenated_at_the_line_end(s, text):
    # OCR / word-processor hyphenation: "hyperten-" + "sion" on the next line is one word (I10)
    out = s.suggest(note(text))
    assert "I10" in codes(out)
    for sug in out:
        for ev in sug.evidence:
            assert ev.text == text[ev.start:ev.end]


def test_compound_hyphen_at_line_end_stays_two_words(s):
    out = codes(s.suggest(note("Assessment: Asthma, on budesonide-\nformoterol, well controlled.\n")))
    assert "J45.909" in out


def test_windows_line_endings_wrap_like_unix(s):
    # a condition wrapped onto the next line of a CR LF export is matched as in the LF note
    text = "Impression:\r\n- Chronic obstructive\r\n  pulmonary disease with acute exacerbation - prednisone.\r\n"
    assert "J44.1" in codes(s.suggest(note(text)))


def test_typed_current_cancer_yields_to_narrative_history(s):
    # I.C.2.d / I.C.21.c.4: the narrative says the BCC was excised with no recurrence (Z85.828); the typed C44.311
    # pick-list entry is not what the documentation supports
    text = ("S: Hx BCC of the left cheek excised 2021, no recurrence.\nA: Actinic keratoses x4.\n"
            "   Hx BCC - no recurrence on full skin exam.\n\nEncounter Diagnoses\nL57.0     Actinic keratosis\n"
            "C44.311   Basal cell carcinoma of skin of nose\n")
    out = codes(s.suggest(note(text)))
    assert {"L57.0", "Z85.828"} <= set(out)
    assert "C44.311" not in out


def test_typed_code_detail_the_narrative_writes_is_kept(s):
    # the narrative names the site ("of the nose") the typed C44.311 carries: the typed detail is not overruled
    text = ("A: Basal cell carcinoma of the nose, biopsy proven, Mohs referral.\nEncounter Diagnoses\n"
            "C44.311   Basal cell carcinoma of skin of nose\n")
    out = codes(s.suggest(note(text)))
    assert "C44.311" in out


def test_capillary_refill_is_not_a_prescription_refill(s):
    # AMA MDM risk: prescription drug management needs a drug; "cap refill < 2 s" is an exam finding
    text = ("ED PROVIDER NOTE\nHPI: 34M with a knife cut to the right palm.\nExam: 2.0 cm laceration of the right "
            "palm, tendons intact, sensation intact, cap refill < 2 s.\nProcedure: simple closure, 2.0 cm.\n"
            "MDM/Dx: Laceration of right hand without foreign body.\n")
    out = s.suggest({"id": "t", "text": text, "setting": "outpatient", "visit": {"place_of_service": "23"}})
    em = [x for x in out if x.code.startswith("992")]
    assert em and all("prescription" not in (x.rationale or "") for x in em)
