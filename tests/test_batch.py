"""Batch runs: streaming sources, quarantine, idempotence, resume after kill -9, reprocess, Dask parity."""

from __future__ import annotations

import gzip
import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
from sqlalchemy import func, select

from medcoder.batch.runner import BatchOptions, run_batch
from medcoder.storage.db import session_scope
from medcoder.storage.models import AuditEvent, Encounter, EncounterCode, QuarantinedNote, Suggestion
from tests.conftest import REPO

FAKE = "tests.fake_engine:make"


def _notes(n: int, start: int = 0) -> list[dict]:
    return [{"id": f"n{i:05d}", "text": f"Assessment: essential hypertension, visit {i}.",
             "date_of_service": f"2026-01-{1 + i % 28:02d}"} for i in range(start, start + n)]


def _write_jsonl(path: Path, rows: list, raw_lines: list[bytes] = ()) -> Path:
    with path.open("wb") as handle:
        for row in rows:
            handle.write(json.dumps(row).encode() + b"\n")
        for raw in raw_lines:
            handle.write(raw + b"\n")
    return path


def _counts() -> tuple[int, int]:
    with session_scope() as session:
        return (session.scalar(select(func.count()).select_from(Encounter)),
                session.scalar(select(func.count()).select_from(Suggestion)))


def test_batch_stores_good_notes_and_quarantines_bad(db_url, tmp_path) -> None:
    bad = [b"{oops", json.dumps({"id": "empty", "text": " "}).encode(), b'{"id": "bin", "text": "\xff"}',
           json.dumps({"id": "boom", "text": "EXPLODE hypertension"}).encode(), json.dumps({"text": "x"}).encode()]
    source = _write_jsonl(tmp_path / "in.jsonl", _notes(10), bad)
    failed = tmp_path / "failed.jsonl"
    summary = run_batch(source, BatchOptions(engine=FAKE, failed_path=failed, chunk_size=4))
    assert (summary.read, summary.new, summary.failed) == (15, 10, 5)
    assert summary.failures_by_reason == {"invalid_json": 1, "empty_text": 1, "not_utf8": 1, "engine_error": 1,
                                          "missing_id": 1}
    assert _counts() == (10, 10)
    with session_scope() as session:
        assert session.scalar(select(func.count()).select_from(QuarantinedNote)) == 5
        assert {e.state for e in session.scalars(select(Encounter))} == {"suggested"}
    lines = [json.loads(line) for line in failed.read_text().splitlines()]
    assert {line["reason"] for line in lines} >= {"invalid_json", "engine_error"}
    assert "EXPLODE" not in failed.read_text()  # reasons only, never note text


def test_batch_rerun_does_no_work(db_url, tmp_path) -> None:
    source = _write_jsonl(tmp_path / "in.jsonl", _notes(20))
    run_batch(source, BatchOptions(engine=FAKE))
    with session_scope() as session:
        events = session.scalar(select(func.count()).select_from(AuditEvent))
    again = run_batch(source, BatchOptions(engine=FAKE))
    assert (again.new, again.already_done, again.failed) == (0, 20, 0)
    with session_scope() as session:
        assert session.scalar(select(func.count()).select_from(AuditEvent)) == events
    assert _counts() == (20, 20)


def test_batch_reads_csv_gzip_and_directory(db_url, tmp_path) -> None:
    csv_path = tmp_path / "notes.csv.gz"
    with gzip.open(csv_path, "wt", encoding="utf-8", newline="") as handle:
        handle.write('note_id,body,setting\nc1,"Line one\nAssessment: hypertension",outpatient\nc2,,outpatient\n')
    from medcoder.batch.sources import CsvColumns

    summary = run_batch(csv_path, BatchOptions(engine=FAKE, columns=CsvColumns(id="note_id", text="body")))
    assert (summary.new, summary.failed) == (1, 1)
    folder = tmp_path / "dir"
    folder.mkdir()
    (folder / "d1.txt").write_text("Assessment: hypertension", encoding="utf-8")
    (folder / "d1.json").write_text(json.dumps({"setting": "inpatient", "date_of_service": "2026-02-01"}))
    (folder / "d2.txt").write_bytes(b"\xff\xfe bad bytes")
    summary = run_batch(folder, BatchOptions(engine=FAKE))
    assert (summary.new, summary.failed, summary.failures_by_reason) == (1, 1, {"not_utf8": 1})
    with session_scope() as session:
        assert session.get(Encounter, "d1").setting == "inpatient"


def test_batch_priority_field_sets_worklist_priority(db_url, tmp_path) -> None:
    rows = [{"id": "low", "text": "hypertension", "urgency": 1}, {"id": "high", "text": "hypertension", "urgency": 9}]
    run_batch(_write_jsonl(tmp_path / "p.jsonl", rows), BatchOptions(engine=FAKE, priority_field="urgency"))
    with session_scope() as session:
        assert session.get(Encounter, "high").priority == 9.0 and session.get(Encounter, "low").priority == 1.0


def test_batch_reprocess_keeps_finalized_and_reports_differences(db_url, tmp_path, monkeypatch) -> None:
    source = _write_jsonl(tmp_path / "in.jsonl", _notes(3))
    run_batch(source, BatchOptions(engine=FAKE))
    with session_scope() as session:  # a coder finalized n00000 with I10
        encounter = session.get(Encounter, "n00000")
        encounter.state = "finalized"
        session.add(EncounterCode(encounter_id="n00000", system="ICD-10-CM", code="I10", origin="accepted"))
    monkeypatch.setenv("FAKE_ENGINE_VERSION", "v2")
    plain = run_batch(source, BatchOptions(engine=FAKE))
    assert plain.already_done == 3  # without --reprocess, a new version does not redo old notes
    summary = run_batch(source, BatchOptions(engine=FAKE, reprocess=True))
    assert summary.reprocessed == 2 and [d["id"] for d in summary.differences] == ["n00000"]
    assert summary.differences[0]["would_add"] == ["ICD-10-CM:R51.9"]
    with session_scope() as session:
        assert session.get(Encounter, "n00000").model_version == "fake.v1"
        assert session.get(Encounter, "n00001").model_version == "fake.v2"


def test_batch_resumes_after_kill_without_loss_or_duplicates(db_url, tmp_path) -> None:
    source = _write_jsonl(tmp_path / "in.jsonl", _notes(120))
    env = {**os.environ, "MEDCODER_DATABASE_URL": db_url, "FAKE_ENGINE_DELAY": "0.01", "PYTHONPATH": str(REPO)}
    cmd = [sys.executable, "-m", "medcoder", "batch", str(source), "--workers", "1", "--chunk-size", "10",
           "--engine", FAKE, "--quiet"]
    proc = subprocess.Popen(cmd, env=env, cwd=REPO, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    deadline = time.time() + 60
    while time.time() < deadline and _counts()[0] < 30:
        time.sleep(0.05)
    proc.send_signal(signal.SIGKILL)
    proc.wait()
    stored = _counts()[0]
    assert 0 < stored < 120, "the kill should land part-way through"
    done = subprocess.run(cmd, env={**env, "FAKE_ENGINE_DELAY": "0"}, cwd=REPO, capture_output=True, timeout=120)
    assert done.returncode == 0, done.stderr.decode()[-2000:]
    assert _counts() == (120, 120)
    with session_scope() as session:
        per_encounter = session.execute(select(Suggestion.encounter_id, func.count()).group_by(Suggestion.encounter_id))
        assert all(count == 1 for _, count in per_encounter)
        from medcoder.audit import verify_chain

        assert verify_chain(session).ok


@pytest.mark.slow
def test_batch_dask_local_cluster_matches_local_path(db_url, tmp_path) -> None:
    pytest.importorskip("distributed")
    notes = _notes(40)
    source = _write_jsonl(tmp_path / "in.jsonl", notes)
    summary = run_batch(source, BatchOptions(engine=FAKE, dask="local", workers=2, chunk_size=8))
    assert (summary.new, summary.failed) == (40, 0)
    with session_scope() as session:
        rows = session.scalars(select(Suggestion))
        dask_rows = sorted((s.encounter_id, s.code, json.dumps(s.evidence)) for s in rows)
    expected = []
    from tests.fake_engine import FakeEngine

    for note in notes:
        for code in FakeEngine().suggest_json(note)["codes"]:
            expected.append((note["id"], code["code"], json.dumps(code["evidence"])))
    assert dask_rows == sorted(expected)


def test_batch_process_pool_two_workers(db_url, tmp_path) -> None:
    source = _write_jsonl(tmp_path / "in.jsonl", _notes(30))
    summary = run_batch(source, BatchOptions(engine=FAKE, workers=2, chunk_size=5))
    assert (summary.new, summary.failed) == (30, 0) and _counts() == (30, 30)


def test_batch_chunk_split_across_workers_keeps_each_note_with_its_own_suggestions(db_url, tmp_path) -> None:
    # a 40-note chunk goes to the two workers as several smaller tasks; each result must land on its own note
    notes = [{"id": f"s{i:03d}", "text": "x " * i + "hypertension follow-up"} for i in range(41)]
    source = _write_jsonl(tmp_path / "in.jsonl", notes)
    summary = run_batch(source, BatchOptions(engine=FAKE, workers=2, chunk_size=40))
    assert (summary.new, summary.failed, summary.codes_suggested) == (41, 0, 41)
    with session_scope() as session:
        stored = {s.encounter_id: s.evidence[0]["start"] for s in session.scalars(select(Suggestion))}
    assert stored == {note["id"]: note["text"].index("hypertension") for note in notes}


def test_batch_new_and_reprocessed_notes_store_the_same_suggestion_columns(db_url, tmp_path, monkeypatch) -> None:
    # new notes go in through the writer's bulk path, re-suggested ones through the ORM path: a coder must see
    # the same suggestions (text, evidence, flags, score, ...) whichever way a note was stored
    text = "Assessment: essential hypertension, stable."
    run_batch(_write_jsonl(tmp_path / "old.jsonl", [{"id": "old", "text": text}]), BatchOptions(engine=FAKE))
    monkeypatch.setenv("FAKE_ENGINE_VERSION", "v2")
    source = _write_jsonl(tmp_path / "all.jsonl", [{"id": "old", "text": text}, {"id": "new", "text": text}])
    summary = run_batch(source, BatchOptions(engine=FAKE, reprocess=True))
    assert (summary.new, summary.reprocessed, summary.codes_suggested) == (1, 1, 4)
    columns = ("system", "code", "description", "billable", "score", "evidence", "section", "assertion",
               "rationale", "rule_ids", "flags", "sequence", "extra", "model_version", "codeset_version", "status")
    with session_scope() as session:
        def stored(encounter_id: str) -> list[tuple]:
            rows = session.scalars(select(Suggestion).where(Suggestion.encounter_id == encounter_id,
                                                            Suggestion.status == "pending")
                                   .order_by(Suggestion.sequence))
            return [tuple((type(v).__name__, v) for v in (getattr(row, c) for c in columns)) for row in rows]

        assert len(stored("new")) == 2 and stored("new") == stored("old")
        assert [e.min_confidence for e in (session.get(Encounter, "new"), session.get(Encounter, "old"))] == [0.5, 0.5]
