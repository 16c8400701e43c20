"""Live validation rules and evidence segmentation (overlapping spans)."""

from __future__ import annotations

from medcoder.services.review_view import segment_text
from medcoder.services.validation import CodeLine, Patient, patient_from_meta, validate_codes
from tests.codes_stub import StubCodes

CODES = StubCodes()


def _kinds(lines: list[CodeLine], patient: Patient | None = None) -> dict[str, str]:
    return {issue.kind: issue.severity for issue in validate_codes(lines, CODES, patient)}


def dx(code: str, seq: int = 1) -> CodeLine:
    return CodeLine("ICD-10-CM", code, seq)


def test_validate_clean_list_has_no_issues():
    assert validate_codes([dx("I10"), dx("E11.9", 2), CodeLine("CPT", "99213", 1)], CODES) == []


def test_validate_unknown_non_billable_and_missing_seventh():
    kinds = _kinds([dx("Q99.999"), dx("E11", 2), dx("S72.001", 3)])
    assert kinds == {"unknown_code": "error", "non_billable": "error", "missing_7th_character": "error"}


def test_validate_excludes1_pair_is_a_warning():
    assert _kinds([dx("E11.9"), dx("E10.9", 2)]) == {"excludes1": "warning"}


def test_validate_manifestation_first_listed():
    assert _kinds([dx("G63"), dx("E11.9", 2)]) == {"manifestation_first": "error"}
    assert _kinds([dx("E11.9"), dx("G63", 2)]) == {}


def test_validate_conditional_code_first_binds_only_when_named_code_present():
    # "Code first, if applicable, associated influenza" must not block pneumonia as the principal diagnosis.
    assert _kinds([dx("J18.9"), dx("I10", 2)]) == {}
    assert _kinds([dx("N18.30")]) == {}
    issues = validate_codes([dx("N18.30"), dx("E11.22", 2)], CODES)
    assert [(i.kind, i.severity) for i in issues] == [("manifestation_first", "error")]
    assert "list E11.22 first" in issues[0].message
    assert _kinds([dx("E11.22"), dx("N18.30", 2)]) == {}


def test_validate_duplicate_diagnosis_blocks_finalize():
    # The engine may suggest the same code from two mentions; accepting both must not reach billing.
    assert _kinds([dx("I10"), dx("E11.9", 2), dx("I10", 3)]) == {"duplicate_code": "error"}
    assert _kinds([dx("I10"), CodeLine("CPT", "99213", 1), CodeLine("CPT", "99213", 2)]) == {}


def test_validate_sex_and_age_conflicts():
    assert _kinds([dx("N40.0")], Patient(sex="F", age=70)) == {"sex_conflict": "warning"}
    assert _kinds([dx("O09.90")], Patient(sex="F", age=70)) == {"age_conflict": "warning"}
    assert _kinds([dx("O09.90")], Patient(sex="F", age=30)) == {}


def test_validate_more_than_twelve_diagnoses():
    lines = [dx("I10", i) for i in range(13)]
    assert _kinds(lines)["too_many_diagnoses"] == "warning"


def test_patient_age_at_date_of_service():
    patient = patient_from_meta({"patient": {"sex": "f", "birth_date": "1958-04-12"}}, "2026-03-02")
    assert (patient.sex, patient.age) == ("F", 67)
    assert patient_from_meta({}, None).age is None


def test_segment_text_overlapping_spans_list_every_code():
    text = "type 2 diabetes with chronic kidney disease"
    spans = [(0, 43, "s1", "E11.22", False), (21, 43, "s2", "N18.30", False)]
    segments = segment_text(text, spans)
    assert "".join(seg.text for seg in segments) == text
    assert [(seg.text, seg.labels) for seg in segments] == [
        ("type 2 diabetes with ", ("E11.22",)), ("chronic kidney disease", ("E11.22", "N18.30"))]


def test_segment_text_negated_only_when_all_covering_spans_are():
    segments = segment_text("no cough today", [(0, 8, "s1", "R05.9", True)])
    assert segments[0].negated and not segments[1].keys
