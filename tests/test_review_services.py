"""Decision services: each kind, stale versions, finalize rules, reopen, undo."""

from __future__ import annotations

import pytest
from sqlalchemy import func, select

from medcoder.audit import Actor
from medcoder.errors import (
    InvalidStateError,
    NotFoundError,
    PermissionDeniedError,
    StaleVersionError,
    UnknownCodeError,
    ValidationError,
)
from medcoder.services import finalize, review
from medcoder.services.finalize import listed_codes
from medcoder.storage.models import AuditEvent, Decision, Encounter, Suggestion
from tests import factories
from tests.codes_stub import StubCodes, cheap_hashing

CODES = StubCodes()
CODER = Actor("coder1", "coder")
TEXT = "Assessment: essential hypertension. Type 2 diabetes. Office visit. Denies cough."


@pytest.fixture
def enc(session, monkeypatch) -> str:
    cheap_hashing(monkeypatch)
    factories.user(session, "coder1", "coder")
    factories.user(session, "coder2", "coder")
    factories.user(session, "admin1", "admin")
    factories.user(session, "auditor1", "auditor")
    codes = [factories.suggestion("I10"),
             factories.suggestion("E11.9", evidence=[{"start": 36, "end": 51, "text": "Type 2 diabetes"}]),
             factories.suggestion("99213", system="CPT", evidence=[]),
             factories.suggestion("R05.9", assertion="negated",
                                  evidence=[{"start": 67, "end": 79, "text": "Denies cough"}])]
    encounter_id = factories.encounter_with_suggestions(session, codes=codes, text=TEXT)
    session.commit()
    return encounter_id


def _version(session, encounter_id: str) -> int:
    session.expire_all()
    return session.get(Encounter, encounter_id).version


def _sid(session, encounter_id: str, code: str) -> int:
    return session.scalar(select(Suggestion.id).where(Suggestion.encounter_id == encounter_id,
                                                      Suggestion.code == code))


def _decide_all(session, enc: str) -> None:
    for code in ("I10", "E11.9", "99213"):
        review.accept(session=session, encounter_id=enc, expected_version=_version(session, enc), actor=CODER,
                      suggestion_id=_sid(session, enc, code))


def test_accept_adds_code_claims_encounter_and_audits(session, enc):
    review.accept(session=session, encounter_id=enc, expected_version=_version(session, enc), actor=CODER,
                  suggestion_id=_sid(session, enc, "I10"))
    session.commit()
    encounter = session.get(Encounter, enc)
    assert encounter.state == "in_review" and encounter.assignee.username == "coder1"
    assert [(r.code, r.origin, r.evidence[0]["text"]) for r in listed_codes(session, enc)] == [
        ("I10", "accepted", "essential hypertension")]
    event = session.scalar(select(AuditEvent).order_by(AuditEvent.seq.desc()).limit(1))
    assert event.action == "decision.accept" and "I10" in event.payload and "hypertension" not in event.payload


def test_reject_records_reason(session, enc):
    review.reject(session=session, encounter_id=enc, expected_version=_version(session, enc), actor=CODER,
                  suggestion_id=_sid(session, enc, "E11.9"), reason="wrong_specificity")
    decision = session.scalar(select(Decision))
    assert (decision.action, decision.reason) == ("reject", "wrong_specificity")
    assert session.get(Suggestion, _sid(session, enc, "E11.9")).status == "rejected"


@pytest.mark.parametrize(("reason", "text"), [("bogus", ""), ("other", ""), ("not_relevant", "x" * 501)])
def test_reject_bad_reason_changes_nothing(session, enc, reason, text):
    before = _version(session, enc)
    with pytest.raises(ValidationError):
        review.reject(session=session, encounter_id=enc, expected_version=_version(session, enc), actor=CODER,
                      suggestion_id=_sid(session, enc, "E11.9"), reason=reason, reason_text=text)
    session.rollback()
    assert _version(session, enc) == before and session.scalar(select(func.count()).select_from(Decision)) == 0


def test_correct_suggestion_keeps_evidence_and_sets_modifiers(session, enc):
    review.correct(session=session, encounter_id=enc, expected_version=_version(session, enc), actor=CODER,
                   codes=CODES, suggestion_id=_sid(session, enc, "99213"), code="99214", modifiers=["25"], units=1)
    review.correct(session=session, encounter_id=enc, expected_version=_version(session, enc), actor=CODER,
                   codes=CODES, suggestion_id=_sid(session, enc, "E11.9"), code="e1122")
    rows = {r.code: r for r in listed_codes(session, enc)}
    assert rows["99214"].modifiers == ["25"] and rows["99214"].origin == "corrected"
    assert rows["E11.22"].evidence[0]["text"] == "Type 2 diabetes"


def test_correct_unknown_code_refused(session, enc):
    with pytest.raises(UnknownCodeError):
        review.correct(session=session, encounter_id=enc, expected_version=_version(session, enc), actor=CODER,
                       codes=CODES, suggestion_id=_sid(session, enc, "I10"), code="Z99.999")


def test_add_with_evidence_validates_offsets(session, enc):
    review.add(session=session, encounter_id=enc, expected_version=_version(session, enc), actor=CODER,
               codes=CODES, system="ICD-10-CM", code="J45.909", start=53, end=65)
    added = [r for r in listed_codes(session, enc) if r.origin == "added"][0]
    assert added.evidence == [{"start": 53, "end": 65, "text": TEXT[53:65]}]
    with pytest.raises(ValidationError):
        review.add(session=session, encounter_id=enc, expected_version=_version(session, enc), actor=CODER,
                   codes=CODES, system="ICD-10-CM", code="R05.9", start=70, end=5000)


def test_stale_version_refused_with_fresh_state_and_no_change(session, enc):
    old = _version(session, enc)
    review.accept(session=session, encounter_id=enc, expected_version=old, actor=CODER,
                  suggestion_id=_sid(session, enc, "I10"))
    session.commit()
    with pytest.raises(StaleVersionError) as caught:
        review.reject(session=session, encounter_id=enc, expected_version=old, actor=CODER,
                      suggestion_id=_sid(session, enc, "E11.9"), reason="not_documented")
    session.rollback()
    assert caught.value.details["current_version"] == old + 1 and caught.value.details["state"] == "in_review"
    assert session.get(Suggestion, _sid(session, enc, "E11.9")).status == "pending"


def test_other_coder_and_auditor_cannot_decide(session, enc):
    review.accept(session=session, encounter_id=enc, expected_version=_version(session, enc), actor=CODER,
                  suggestion_id=_sid(session, enc, "I10"))
    for actor in (Actor("coder2", "coder"), Actor("auditor1", "auditor")):
        with pytest.raises(PermissionDeniedError):
            review.accept(session=session, encounter_id=enc, expected_version=_version(session, enc), actor=actor,
                          suggestion_id=_sid(session, enc, "E11.9"))


def test_remove_and_reorder(session, enc):
    _decide_all(session, enc)
    dx = [r for r in listed_codes(session, enc) if r.system == "ICD-10-CM"]
    review.reorder(session=session, encounter_id=enc, expected_version=_version(session, enc), actor=CODER,
                   order=[dx[1].id, dx[0].id])
    assert [r.code for r in listed_codes(session, enc)][:2] == ["E11.9", "I10"]
    with pytest.raises(ValidationError):
        review.reorder(session=session, encounter_id=enc, expected_version=_version(session, enc), actor=CODER,
                       order=[dx[1].id])
    review.remove(session=session, encounter_id=enc, expected_version=_version(session, enc), actor=CODER,
                  encounter_code_id=dx[0].id)
    assert session.get(Suggestion, _sid(session, enc, "I10")).status == "pending"


def test_undo_walks_back_decisions(session, enc):
    _decide_all(session, enc)
    rows = listed_codes(session, enc)
    review.remove(session=session, encounter_id=enc, expected_version=_version(session, enc), actor=CODER,
                  encounter_code_id=rows[0].id)
    review.undo(session=session, encounter_id=enc, expected_version=_version(session, enc), actor=CODER)
    assert [r.code for r in listed_codes(session, enc)] == ["I10", "E11.9", "99213"]
    review.undo(session=session, encounter_id=enc, expected_version=_version(session, enc), actor=CODER)
    assert [r.code for r in listed_codes(session, enc)] == ["I10", "E11.9"]
    assert session.get(Suggestion, _sid(session, enc, "99213")).status == "pending"


def test_finalize_requires_decisions_then_is_read_only(session, enc):
    with pytest.raises(ValidationError, match="still need a decision"):
        finalize.finalize(session=session, encounter_id=enc, expected_version=_version(session, enc), actor=CODER,
                          codes=CODES)
    _decide_all(session, enc)
    finalize.finalize(session=session, encounter_id=enc, expected_version=_version(session, enc), actor=CODER,
                      codes=CODES)
    session.commit()
    assert session.get(Encounter, enc).state == "finalized"
    with pytest.raises(InvalidStateError):
        finalize.finalize(session=session, encounter_id=enc, expected_version=_version(session, enc), actor=CODER,
                          codes=CODES)
    with pytest.raises(InvalidStateError):
        review.undo(session=session, encounter_id=enc, expected_version=_version(session, enc), actor=CODER)


def test_finalize_needs_a_diagnosis(session, enc):
    for code in ("I10", "E11.9"):
        review.reject(session=session, encounter_id=enc, expected_version=_version(session, enc), actor=CODER,
                      suggestion_id=_sid(session, enc, code), reason="not_documented")
    review.accept(session=session, encounter_id=enc, expected_version=_version(session, enc), actor=CODER,
                  suggestion_id=_sid(session, enc, "99213"))
    with pytest.raises(ValidationError, match="at least one diagnosis"):
        finalize.finalize(session=session, encounter_id=enc, expected_version=_version(session, enc), actor=CODER,
                          codes=CODES)


def test_reopen_by_owner_or_admin_only(session, enc):
    _decide_all(session, enc)
    finalize.finalize(session=session, encounter_id=enc, expected_version=_version(session, enc), actor=CODER,
                      codes=CODES)
    with pytest.raises(PermissionDeniedError):
        finalize.reopen(session=session, encounter_id=enc, expected_version=_version(session, enc),
                        actor=Actor("coder2", "coder"))
    finalize.reopen(session=session, encounter_id=enc, expected_version=_version(session, enc), actor=CODER,
                    reason="payer query")
    assert session.get(Encounter, enc).state == "reopened"
    review.undo(session=session, encounter_id=enc, expected_version=_version(session, enc), actor=CODER)
    assert session.get(Encounter, enc).state == "in_review"


def test_unknown_encounter_not_found(session, enc):
    with pytest.raises(NotFoundError):
        review.undo(session=session, encounter_id="nope", expected_version=1, actor=CODER)


def test_finalize_forbidden_for_auditor_before_rules(session, enc):
    with pytest.raises(PermissionDeniedError):
        finalize.finalize(session=session, encounter_id=enc, expected_version=_version(session, enc),
                          actor=Actor("auditor1", "auditor"), codes=CODES)
