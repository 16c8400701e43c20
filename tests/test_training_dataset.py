"""Dataset builder: each decision kind gets the right label; splits never share an encounter."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from typing import Any

from sqlalchemy.orm import Session

from medcoder.storage.models import (
    AuditReview,
    AuditSample,
    AuditSampleItem,
    Decision,
    Encounter,
    EncounterCode,
    Note,
    Suggestion,
    User,
)
from training.dataset import Dataset, Label, simulate_coders, split_by_encounter, split_by_time
from training.db_dataset import from_database

TEXT = "Assessment: essential hypertension. Type 2 diabetes. No asthma. Knee pain right."


def _span(word: str, text: str = TEXT) -> list[dict[str, Any]]:
    start = text.index(word)
    return [{"start": start, "end": start + len(word), "text": word}]


def add_encounter(session: Session, enc_id: str, *, coder: User, suggested: list[tuple[str, ...]],
                  final: list[tuple[str, str, str]], state: str = "finalized", day: int = 0,
                  text: str = TEXT) -> dict[str, int]:
    """A finished encounter: ``suggested`` (code, evidence word[, assertion]), ``final`` (code, origin, word)."""
    session.add(Note(id=f"n-{enc_id}", text=text, content_hash=enc_id, meta={"specialty": "family"}))
    session.add(Encounter(id=enc_id, note_id=f"n-{enc_id}", state=state, setting="outpatient",
                          finalized_at=datetime(2026, 1, 1, tzinfo=UTC) + timedelta(days=day)))
    session.flush()
    ids = {}
    for code, word, *assertion in suggested:
        s = Suggestion(encounter_id=enc_id, system="ICD-10-CM", code=code, score=0.8, evidence=_span(word, text),
                       section="assessment", assertion=(assertion or ["present"])[0], rule_ids=["match-term"],
                       model_version="m", codeset_version="cs")
        session.add(s)
        session.flush()
        ids[code] = s.id
    for seq, (code, origin, word) in enumerate(final):
        session.add(EncounterCode(encounter_id=enc_id, system="ICD-10-CM", code=code, sequence=seq, origin=origin,
                                  suggestion_id=ids.get(code), evidence=_span(word, text)))
    session.flush()
    return ids


def test_from_database_labels_each_decision_kind(session: Session) -> None:
    coder = User(username="c1", password_hash="x", role="coder")
    auditor = User(username="a1", password_hash="x", role="auditor")
    session.add_all([coder, auditor])
    session.flush()
    ids = add_encounter(session, "e1", coder=coder,
                        suggested=[("I10", "hypertension"), ("E11.9", "diabetes"), ("J45.909", "asthma"),
                                   ("M25.569", "Knee pain")],
                        final=[("I10", "accepted", "hypertension"), ("E11.9", "accepted", "diabetes"),
                               ("M25.561", "corrected", "Knee pain"), ("Z79.4", "added", "diabetes")])
    session.add_all([
        Decision(encounter_id="e1", suggestion_id=ids["I10"], action="accept", system="ICD-10-CM",
                 code_after="I10", user_id=coder.id),
        Decision(encounter_id="e1", suggestion_id=ids["J45.909"], action="reject", system="ICD-10-CM",
                 code_before="J45.909", reason="negated_ruled_out", user_id=coder.id),
        Decision(encounter_id="e1", suggestion_id=ids["M25.569"], action="correct", system="ICD-10-CM",
                 code_before="M25.569", code_after="M25.561", user_id=coder.id),
        Decision(encounter_id="e1", action="add", system="ICD-10-CM", code_after="Z79.4", user_id=coder.id),
    ])
    add_encounter(session, "e-open", coder=coder, suggested=[("I10", "hypertension")], final=[], state="in_review")
    session.flush()
    labels = {(lab.code, lab.kind): lab for lab in from_database(session).labels}
    assert {k: v.label for k, v in labels.items()} == {
        ("I10", "accepted"): 1, ("E11.9", "accepted"): 1, ("J45.909", "rejected"): 0,
        ("M25.569", "corrected_from"): 0, ("M25.561", "corrected_to"): 1, ("Z79.4", "added"): 1}
    assert labels[("J45.909", "rejected")].reason == "negated_ruled_out"
    assert labels[("M25.561", "corrected_to")].replaced == "M25.569"
    added = labels[("Z79.4", "added")]
    assert [TEXT[s:e] for s, e in added.evidence] == ["diabetes"]
    assert labels[("I10", "accepted")].suggestion["rule_ids"] == ["match-term"]

    # The auditor's re-review overrides the coder: E11.9 removed, J45.909 restored, I25.10 added.
    sample = AuditSample(name="s", created_by_id=auditor.id, seed=1, method="simple")
    session.add(sample)
    session.flush()
    item = AuditSampleItem(sample_id=sample.id, encounter_id="e1")
    session.add(item)
    session.flush()
    session.add(AuditReview(sample_item_id=item.id, auditor_id=auditor.id, completed_at=datetime.now(UTC), codes=[
        {"system": "ICD-10-CM", "code": c, "evidence": _span(w)}
        for c, w in [("I10", "hypertension"), ("J45.909", "asthma"), ("M25.561", "Knee pain"),
                     ("Z79.4", "diabetes"), ("I25.10", "hypertension")]]))
    session.flush()
    kinds = {(lab.code, lab.kind, lab.label) for lab in from_database(session).labels}
    assert ("E11.9", "auditor_removed", 0) in kinds
    assert ("J45.909", "auditor_restored", 1) in kinds
    assert ("I25.10", "auditor_added", 1) in kinds
    assert ("I10", "accepted", 1) in kinds


def test_simulate_coders_accepts_corrects_rejects_and_adds() -> None:
    notes = {"n1": {"id": "n1", "text": TEXT}}
    gold = {"n1": {"id": "n1", "codes": [{"system": "ICD-10-CM", "code": "I10", "evidence": _span("hypertension")},
                                          {"system": "ICD-10-CM", "code": "M25.561"},
                                          {"system": "ICD-10-CM", "code": "Z79.4", "evidence": _span("diabetes")}]}}
    sugg = {"n1": {"id": "n1", "codes": [
        {"system": "ICD-10-CM", "code": "I10", "evidence": _span("hypertension")},
        {"system": "ICD-10-CM", "code": "M25.569", "evidence": _span("Knee pain")},
        {"system": "ICD-10-CM", "code": "J45.909", "evidence": _span("asthma"), "assertion": "negated"},
        {"system": "ICD-10-CM", "code": "E11.9", "evidence": _span("diabetes")}]}}
    got = {(lab.code, lab.kind, lab.label, lab.reason) for lab in simulate_coders(notes, gold, sugg).labels}
    assert got == {("I10", "accepted", 1, None), ("M25.569", "corrected_from", 0, "wrong_specificity"),
                   ("M25.561", "corrected_to", 1, None), ("J45.909", "rejected", 0, "negated_ruled_out"),
                   ("E11.9", "rejected", 0, "not_documented"), ("Z79.4", "added", 1, None)}


def _dataset(n: int) -> Dataset:
    notes = {f"n{i:03d}": {"id": f"n{i:03d}", "text": "x"} for i in range(n)}
    labels = [Label(nid, "ICD-10-CM", code, i % 2, "accepted" if i % 2 else "rejected", at=f"2026-01-{1 + j % 28:02d}")
              for j, nid in enumerate(notes) for i, code in enumerate(["I10", "E11.9", "J45.909"])]
    return Dataset(notes, labels)


def test_split_by_encounter_never_shares_a_note() -> None:
    ds = _dataset(50)
    train, test = split_by_encounter(ds, 0.3, seed=3)
    assert not set(train.notes) & set(test.notes)
    assert set(train.notes) | set(test.notes) == set(ds.notes)
    assert {lab.note_id for lab in train.labels} <= set(train.notes)
    assert {lab.note_id for lab in test.labels} <= set(test.notes)
    assert len(test.notes) == 15


def test_split_by_time_puts_newest_notes_in_test() -> None:
    ds = _dataset(28)
    train, test = split_by_time(ds, 0.25)
    assert not set(train.notes) & set(test.notes)
    newest_train = max(lab.at for lab in train.labels)
    assert all(lab.at >= newest_train for lab in test.labels)


def test_content_hash_changes_with_a_label() -> None:
    ds = _dataset(5)
    before = ds.content_hash()
    ds.labels[0].label = 1 - ds.labels[0].label
    assert ds.content_hash() != before


def test_simulated_labels_keep_the_engines_order_so_rank_features_cannot_see_the_answer() -> None:
    # the engine ranks a wrong code first; grouping labels by decision (accepted first) would turn the
    # training rank feature into the label, which no unseen note has
    notes = {"n1": {"id": "n1", "text": TEXT}}
    sugg = {"n1": {"codes": [{"system": "ICD-10-CM", "code": c, "evidence": _span(w)}
                             for c, w in (("J45.909", "asthma"), ("M25.569", "Knee pain"), ("I10", "hypertension"),
                                          ("E11.9", "diabetes"))]}}
    gold = {"n1": {"codes": [{"system": "ICD-10-CM", "code": c} for c in ("I10", "E11.9", "M25.561")]}}
    ds = simulate_coders(notes, gold, sugg)
    assert [lab.code for lab in ds.labels if lab.suggestion is not None] == ["J45.909", "M25.569", "I10", "E11.9"]
    kinds = {lab.code: lab.kind for lab in ds.labels}
    assert kinds == {"J45.909": "rejected", "M25.569": "corrected_from", "I10": "accepted", "E11.9": "accepted",
                     "M25.561": "corrected_to"}
