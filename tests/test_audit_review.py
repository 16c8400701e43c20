"""Blind re-review: the auditor never sees the coder's codes before submitting; findings code-over-code."""

from __future__ import annotations

import pytest

from medcoder.audit import Actor, verify_chain
from medcoder.audit.compare import compare_codes
from medcoder.errors import InvalidStateError, PermissionDeniedError, ValidationError
from medcoder.services import audit_review, sampling
from medcoder.services.sampling import PopulationFilter, SizeSpec
from medcoder.storage.models import AuditEvent
from tests.audit_factories import coded_encounter, fast_user

DX, PX = "ICD-10-CM", "CPT"
TEXT = "Assessment: essential hypertension."  # the factories' default note text


def test_compare_codes_all_finding_types() -> None:
    coder = [(DX, "E11.9"), (DX, "I10"), (DX, "Z79.4"), (PX, "99213")]
    auditor = [(DX, "I10"), (DX, "E11.22"), (DX, "N18.3"), (PX, "99214")]
    f = compare_codes(coder, auditor)
    assert f["matched"] == [{"system": DX, "code": "I10"}]
    assert f["wrong_specificity"] == [{"system": DX, "coder": "E11.9", "auditor": "E11.22"},
                                      {"system": PX, "coder": "99213", "auditor": "99214"}]
    assert f["missed"] == [{"system": DX, "code": "N18.3"}] and f["extra"] == [{"system": DX, "code": "Z79.4"}]
    assert f["sequencing_error"] is True and f["record_correct"] is False
    assert f["counts"] == {"matched": 1, "missed": 1, "extra": 1, "wrong_specificity": 2, "sequencing": 1}


def test_compare_codes_missing_principal_is_not_sequencing() -> None:
    f = compare_codes([(DX, "I10")], [(DX, "J18.9"), (DX, "I10")])
    assert f["sequencing_error"] is False and f["counts"]["missed"] == 1


def test_compare_codes_identical_lists_record_correct() -> None:
    f = compare_codes([(DX, "I10"), (PX, "99213")], [(DX, "I10"), (PX, "99213")])
    assert f["record_correct"] is True and f["counts"]["matched"] == 2


def _setup(session):
    coder = fast_user(session, "alice")
    auditor = fast_user(session, "audrey", role="auditor")
    coded_encounter(session, "enc-1", coder=coder, final=["I10", "99213"],
                    suggested=[("I10", 0.9), ("99213", 0.7), ("E78.5", 0.4)], rejected={"E78.5": "not_documented"})
    sample = sampling.create_sample(session, name="s", flt=PopulationFilter(), method="simple",
                                    size_spec=SizeSpec(kind="fixed", count=1), created_by=auditor,
                                    actor=Actor("audrey", "auditor"), seed=1)
    item = sampling.sample_items(session, sample.id)[0]
    return coder, auditor, item


def test_blind_view_hides_coder_codes_and_verdicts(session) -> None:
    _, auditor, item = _setup(session)
    view = audit_review.open_blind_review(session, sample_item_id=item.id, auditor=auditor,
                                          actor=Actor("audrey", "auditor"))
    assert view.note_text == TEXT and not view.submitted
    assert {s["code"] for s in view.suggestions} == {"I10", "99213", "E78.5"}
    assert all("status" not in s for s in view.suggestions)
    assert not hasattr(view, "coder_codes")
    with pytest.raises(InvalidStateError, match="hidden"):
        audit_review.comparison(session, sample_item_id=item.id, viewer=auditor)
    event = session.query(AuditEvent).filter_by(action="note.view").one()
    assert event.actor == "audrey" and "audit_review" in event.payload


def test_submit_review_stores_findings_and_logs_without_text(session) -> None:
    _, auditor, item = _setup(session)
    actor = Actor("audrey", "auditor")
    review = audit_review.submit_review(session, sample_item_id=item.id, auditor=auditor, actor=actor, codes=[
        {"system": DX, "code": "i10", "evidence": [{"text": "essential hypertension"}]},
        {"system": PX, "code": "99214", "evidence": [{"start": 0, "end": 10}]},
    ], comments="E/M level under-supported")
    assert review.codes[0]["code"] == "I10" and review.codes[0]["evidence"][0]["start"] == 12
    assert review.codes[1]["evidence"][0]["text"] == TEXT[0:10]
    assert review.findings["counts"]["wrong_specificity"] == 1 and review.record_correct is False
    comp = audit_review.comparison(session, sample_item_id=item.id, viewer=auditor)
    assert comp.coder == "alice" and comp.findings["coder_codes"][0] == {"system": DX, "code": "I10"}
    event = session.query(AuditEvent).filter_by(action="audit.review_submit").one()
    assert "hypertension" not in event.payload and "under-supported" not in event.payload
    session.commit()
    assert verify_chain(session).ok


def test_submit_review_is_final_comments_append(session) -> None:
    _, auditor, item = _setup(session)
    actor = Actor("audrey", "auditor")
    codes = [{"system": DX, "code": "I10", "evidence": ["essential hypertension"]}]
    audit_review.submit_review(session, sample_item_id=item.id, auditor=auditor, actor=actor, codes=codes)
    with pytest.raises(InvalidStateError, match="already reviewed"):
        audit_review.submit_review(session, sample_item_id=item.id, auditor=auditor, actor=actor, codes=codes)
    review = audit_review.add_comment(session, sample_item_id=item.id, auditor=auditor, actor=actor, text="see CPT")
    assert review.comments.endswith("audrey] see CPT")


@pytest.mark.parametrize(("codes", "message"), [
    ([{"system": DX, "code": "I10", "evidence": []}], "evidence"),
    ([{"system": DX, "code": "I10", "evidence": ["pneumonia"]}], "not found"),
    ([{"system": DX, "code": "I10", "evidence": [{"start": 5, "end": 500}]}], "outside"),
    ([{"system": "SNOMED", "code": "I10", "evidence": ["essential"]}], "system"),
    ([{"system": DX, "code": "I 10!", "evidence": ["essential"]}], "well-formed"),
    ([], "at least one code"),
])
def test_submit_review_validation(session, codes, message) -> None:
    _, auditor, item = _setup(session)
    with pytest.raises(ValidationError, match=message):
        audit_review.submit_review(session, sample_item_id=item.id, auditor=auditor,
                                   actor=Actor("audrey", "auditor"), codes=codes)


def test_coder_sees_own_findings_other_coder_refused(session) -> None:
    coder, auditor, item = _setup(session)
    audit_review.submit_review(session, sample_item_id=item.id, auditor=auditor, actor=Actor("audrey", "auditor"),
                               codes=[{"system": DX, "code": "I10", "evidence": ["essential hypertension"]}])
    mine = audit_review.findings_for_encounter(session, encounter_id="enc-1", viewer=coder)
    assert len(mine) == 1 and mine[0].findings["extra"] == [{"system": PX, "code": "99213"}]
    assert len(audit_review.findings_for_coder(session, coder=coder)) == 1
    other = fast_user(session, "bob")
    with pytest.raises(PermissionDeniedError):
        audit_review.findings_for_encounter(session, encounter_id="enc-1", viewer=other)


def test_blind_review_refused_for_coders_and_own_encounters(session) -> None:
    coder, _, item = _setup(session)
    with pytest.raises(PermissionDeniedError):
        audit_review.open_blind_review(session, sample_item_id=item.id, auditor=coder, actor=Actor("alice", "coder"))
    coder.role = "admin"  # an admin who coded the encounter still may not audit it
    with pytest.raises(PermissionDeniedError, match="coded themselves"):
        audit_review.open_blind_review(session, sample_item_id=item.id, auditor=coder, actor=Actor("alice", "admin"))
