"""Ingest: notes become encounters in state new, idempotently; bad lines are reported, not fatal."""

from __future__ import annotations

import json

import pytest
from sqlalchemy import func, select

from medcoder.errors import DuplicateNoteError
from medcoder.notes import BadLine, read_jsonl
from medcoder.services.ingest import ingest_note, ingest_notes
from medcoder.storage.models import AuditEvent, Encounter
from tests.factories import SYSTEM, note


def test_ingest_note_creates_encounter_in_state_new(session) -> None:
    assert ingest_note(session, note("a"), actor=SYSTEM) == "new"
    session.commit()
    encounter = session.get(Encounter, "a")
    assert encounter.state == "new" and encounter.version == 1 and encounter.payer == "Example Health Plan"


def test_ingest_same_note_twice_is_one_encounter(session) -> None:
    report = ingest_notes(session, [note("a"), note("a")], actor=SYSTEM)
    session.commit()
    assert report.new == ["a"] and report.unchanged == ["a"]
    assert session.scalar(select(func.count()).select_from(Encounter)) == 1


def test_ingest_changed_text_is_conflict_naming_id(session) -> None:
    ingest_note(session, note("a"), actor=SYSTEM)
    with pytest.raises(DuplicateNoteError, match="'a'") as info:
        ingest_note(session, note("a", text="Assessment: asthma."), actor=SYSTEM)
    assert "asthma" not in str(info.value)  # no note text in errors


def test_ingest_replace_updates_text(session) -> None:
    ingest_note(session, note("a"), actor=SYSTEM)
    assert ingest_note(session, note("a", text="Assessment: asthma."), actor=SYSTEM, replace=True) == "replaced"
    session.commit()
    assert session.get(Encounter, "a").note.text == "Assessment: asthma."


def test_ingest_audit_payload_has_no_note_text(session) -> None:
    ingest_note(session, note("a", text="Assessment: CANARY-12345 hypertension."), actor=SYSTEM)
    session.commit()
    payloads = session.scalars(select(AuditEvent.payload)).all()
    assert payloads and all("CANARY-12345" not in p for p in payloads)


def test_read_jsonl_reports_bad_lines_by_number(tmp_path) -> None:
    path = tmp_path / "notes.jsonl"
    good = json.dumps({"id": "ok", "text": "Assessment: asthma."}).encode()
    lines = [good, b"{not json", json.dumps({"text": "no id"}).encode(), json.dumps({"id": "e", "text": "  "}).encode(),
             b'{"id": "bin", "text": "\xff\xfe"}', json.dumps({"id": "big", "text": "x" * 1_000_001}).encode(),
             b"[1, 2]"]
    path.write_bytes(b"\n".join(lines) + b"\n")
    results = dict(read_jsonl(path))
    assert not isinstance(results[1], BadLine)
    reasons = {n: r.reason for n, r in results.items() if isinstance(r, BadLine)}
    assert reasons == {2: "invalid_json", 3: "missing_id", 4: "empty_text", 5: "not_utf8", 6: "too_large",
                       7: "not_an_object"}
    assert all("xxxx" not in r.detail for r in results.values() if isinstance(r, BadLine))


def test_read_jsonl_accepts_bom_and_crlf(tmp_path) -> None:
    path = tmp_path / "notes.jsonl"
    path.write_bytes(b"\xef\xbb\xbf" + json.dumps({"id": "a", "text": "HPI: cough.\r\nA: URI"}).encode() + b"\r\n")
    (_, item), = list(read_jsonl(path))
    assert not isinstance(item, BadLine) and item.text == "HPI: cough.\r\nA: URI"


def test_parse_note_refuses_nul_characters_on_every_database() -> None:
    from medcoder.notes import parse_note

    bad = parse_note(json.dumps({"id": "n", "text": "Assessment: asthma.\u0000"}), 3)
    assert isinstance(bad, BadLine) and bad.reason == "nul_character" and "asthma" not in bad.detail
    meta = parse_note(json.dumps({"id": "n", "text": "ok", "patient": {"family": "Do\u0000e"}}), 4)
    assert isinstance(meta, BadLine) and meta.reason == "nul_character"
