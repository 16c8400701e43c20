"""PHI canary: run the whole flow over notes holding a unique string and prove where it may and may not appear.

The canary sits in note TEXT. It may appear only in the note store: ``notes.text`` and the evidence excerpts
that DESIGN.md stores beside codes (``suggestions.evidence``, ``encounter_codes.evidence``). It must never
appear in log output (every logger at DEBUG), stdout/stderr, CLI output, HTTP error bodies, exception text,
audit payloads, quarantine rows, the failed-notes file, or any export. A second canary is the patient's
family name: exports must carry it (the claim needs it), nothing else outside the note store may.

Flow: batch (real engine) with bad lines, a changed-text duplicate and an engine failure; ingest CLI with a
conflict; web review via the JSON API (accept, reject, stale version, unknown code, bad CSRF, finalize);
export as 837P, CSV and FHIR; audit verify.
"""

from __future__ import annotations

import json
import logging
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import inspect, select, text
from sqlalchemy.orm import Session
from typer.testing import CliRunner

from medcoder.cli.main import app as cli
from medcoder.storage.db import get_engine
from tests import factories, security_figures
from tests.codes_stub import cheap_hashing
from tests.web_helpers import TEXT, api_login, make_app

MODULE = "PHI canary"
CANARY = "ZQXCANARY7731"  # in note text
NAME = "Qzcanaryname"  # patient family name: allowed in exports
NOTE_STORE = {("notes", "text"), ("suggestions", "evidence"), ("encounter_codes", "evidence")}
runner = CliRunner()


@pytest.fixture(scope="module", autouse=True)
def _figures(request: pytest.FixtureRequest) -> Iterator[None]:
    yield from security_figures.module_report(request, MODULE)


def _note(note_id: str, **extra: Any) -> dict[str, Any]:
    note = factories.note(note_id).model_dump(exclude_none=True)
    note["patient"]["family"] = NAME
    note["text"] = (f"HPI: {CANARY} reports headache.\r\nAssessment: essential hypertension. "
                    f"Type 2 diabetes.\r\nPlan: follow up. Nickname {CANARY}.")
    note.update(extra)
    return note


def _write_batch(path: Path) -> None:
    lines = [json.dumps(_note(f"b-{i}")) for i in range(4)]
    lines += [
        '{"id": "bad-json", "text": "' + CANARY + ' unterminated',  # invalid JSON with the canary inside
        json.dumps({"id": "bad-date", "text": CANARY, "date_of_service": f"2026-13-{CANARY}"}),
        json.dumps({"id": "bad-setting", "text": CANARY, "setting": CANARY}),
        json.dumps({"id": "empty", "text": "   "}),
        json.dumps({"id": "b-0", "text": f"changed text {CANARY}"}),  # same id, different text
        json.dumps([CANARY]),
        json.dumps({"id": CANARY[:3], "text": CANARY, "visit": {"total_minutes": CANARY}}),
    ]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")


def _cli(args: list[str], out: list[str]) -> Any:
    result = runner.invoke(cli, args)
    out.append(result.output)
    if result.exception is not None and not isinstance(result.exception, SystemExit):
        out.append(f"{type(result.exception).__name__}: {result.exception}")
    return result


def _accept_all_and_finalize(client: Any, headers: dict[str, str], enc_id: str) -> None:
    state = client.get(f"/api/encounters/{enc_id}").json()
    version = state["encounter"]["version"]
    for group in state["suggestions"].values():
        for suggestion in group:
            ok = client.post(f"/api/encounters/{enc_id}/suggestions/{suggestion['id']}/accept",
                             json={"version": version}, headers=headers)
            assert ok.status_code == 200, ok.text
            version += 1
    done = client.post(f"/api/encounters/{enc_id}/finalize", json={"version": version}, headers=headers)
    assert done.status_code == 200, done.text


def _around(text: str) -> str:
    """The 120 characters before the first canary and the canary itself, for a readable failure."""
    at = text.find(CANARY) if CANARY in text else text.find(NAME)
    return text[max(0, at - 120):at + 20].replace("\n", " | ")


def _dump_tables(session: Session) -> dict[tuple[str, str], list[str]]:
    """Every column of every table as text, so nothing the flow stored escapes the check."""
    found: dict[tuple[str, str], list[str]] = {}
    inspector = inspect(session.connection())
    for table in inspector.get_table_names():
        if table == "alembic_version":
            continue
        for column in inspector.get_columns(table):
            name = column["name"]
            rows = session.execute(text(f'SELECT "{name}" FROM "{table}"')).scalars()
            values = [json.dumps(v, default=str) if not isinstance(v, str) else v for v in rows if v is not None]
            if values:
                found[(table, name)] = values
    return found


def test_phi_canary_never_leaves_the_note_store(session: Session, db_url: str, tmp_path: Path,
                                                caplog: pytest.LogCaptureFixture, capfd: pytest.CaptureFixture,
                                                monkeypatch: pytest.MonkeyPatch) -> None:
    cheap_hashing(monkeypatch)
    caplog.set_level(logging.DEBUG)
    for name in ("medcoder", "review_ui", "suggest", "nlp", "alembic", "uvicorn", "batch"):
        logging.getLogger(name).setLevel(logging.DEBUG)
    logging.getLogger("httpx").setLevel(logging.WARNING)  # the test client's own request log, not the server's
    # SQL statement logging (echo=True) is on: bound values must stay hidden. sqlalchemy.engine at DEBUG also
    # logs result ROWS (note text); SECURITY.md says never to enable that level on a database with PHI.
    logging.getLogger("sqlalchemy.engine").setLevel(logging.INFO)
    texts: list[str] = []  # everything a user, operator or log collector could see

    # 1. batch with failures on purpose (real engine, inline)
    source, failed = tmp_path / "notes.jsonl", tmp_path / "failed.jsonl"
    _write_batch(source)
    result = _cli(["batch", str(source), "--failed", str(failed), "--quiet", "--summary", str(tmp_path / "s.json")],
                  texts)
    assert result.exit_code in (0, 1, 2), result.output
    texts.append(failed.read_text(encoding="utf-8"))
    texts.append((tmp_path / "s.json").read_text(encoding="utf-8"))
    assert len(failed.read_text().splitlines()) >= 6  # the bad lines were quarantined, not lost

    # 2. ingest CLI: one new note, then the same id with changed text (conflict), and a bad file
    single = tmp_path / "one.jsonl"
    single.write_text(json.dumps(_note("c-1")) + "\n", encoding="utf-8")
    _cli(["ingest", str(single)], texts)
    single.write_text(json.dumps(_note("c-1", text=f"other {CANARY}")) + "\n", encoding="utf-8")
    _cli(["ingest", str(single)], texts)
    _cli(["suggest", str(single)], texts)

    # 3. review through the JSON API, with errors on purpose
    for username, role in (("coder1", "coder"), ("admin1", "admin")):
        factories.user(session, username, role)
    note = _note("enc-1", text=TEXT + f" Nickname {CANARY}.")
    for enc_id in ("enc-1", "enc-2", "enc-3"):  # one per export format
        factories.encounter_with_suggestions(
            session, enc_id,
            codes=[factories.suggestion("I10"),
                   factories.suggestion("E11.9", evidence=[{"start": 36, "end": 51, "text": "Type 2 diabetes"}]),
                   factories.suggestion("99213", system="CPT", evidence=[])],
            text=note["text"], patient=note["patient"])
    session.commit()
    web = make_app()
    client, token = api_login(web, "coder1")
    headers = {"X-CSRF-Token": token}
    state = client.get("/api/encounters/enc-1").json()
    version = state["encounter"]["version"]
    ids = {s["code"]: s["id"] for group in state["suggestions"].values() for s in group}
    responses = [
        client.post(f"/api/encounters/enc-1/suggestions/{ids['I10']}/accept", json={"version": version}),  # no CSRF
        client.post(f"/api/encounters/enc-1/suggestions/{ids['I10']}/accept", json={"version": version},
                    headers=headers),
        client.post(f"/api/encounters/enc-1/suggestions/{ids['I10']}/accept", json={"version": version},
                    headers=headers),  # stale
        client.post("/api/encounters/enc-1/codes", json={"version": version + 1, "code": CANARY}, headers=headers),
        client.post(f"/api/encounters/enc-1/suggestions/{ids['E11.9']}/reject",
                    json={"version": version + 1, "reason": CANARY}, headers=headers),
        client.post("/api/encounters/enc-1/codes", json={"version": "x", "code": CANARY, "start": CANARY},
                    headers=headers),
        client.get("/api/encounters/no-such-encounter"),
        client.get("/api/codes/search", params={"q": "x" * 5000}),
    ]
    version += 1
    for code in ("E11.9", "99213"):
        ok = client.post(f"/api/encounters/enc-1/suggestions/{ids[code]}/accept", json={"version": version},
                         headers=headers)
        assert ok.status_code == 200, ok.text
        version += 1
    done = client.post("/api/encounters/enc-1/finalize", json={"version": version}, headers=headers)
    assert done.status_code == 200, done.text
    responses.append(client.post("/api/encounters/enc-1/finalize", json={"version": version + 1}, headers=headers))
    for enc_id in ("enc-2", "enc-3"):
        _accept_all_and_finalize(client, headers, enc_id)
    for response in responses:
        if response.status_code >= 400:
            body = response.json()
            assert set(body) >= {"error", "message"}, body  # structured JSON error
            texts.append(response.text)
            security_figures.add(MODULE, "error responses checked")

    # 4. export in every format; a second run has nothing left to export (an error on purpose)
    exports: dict[str, str] = {}
    for fmt, enc_id in (("837p", "enc-1"), ("csv", "enc-2"), ("fhir", "enc-3")):
        for attempt in (1, 2):  # the second run has nothing left to export: an error on purpose
            out = tmp_path / f"claims{attempt}.{fmt}"
            _cli(["export", "--format", fmt, "--output", str(out), "-e", enc_id], texts)
            if out.exists():
                exports[fmt] = out.read_text(encoding="utf-8")
    verify = _cli(["audit", "verify"], texts)
    assert verify.exit_code == 0, verify.output  # the chain holds after all of the above

    # 5. gather what the run left behind and check it
    out, err = capfd.readouterr()
    texts += [out, err, caplog.text]
    texts += [f"{r.getMessage()} {r.exc_text or ''} {r.args!r}" for r in caplog.records]
    session.expire_all()
    tables = _dump_tables(session)
    security_figures.add(MODULE, "texts and columns scanned", len(texts) + len(tables))

    leaks = [_around(t) for t in texts if CANARY in t or NAME in t]
    assert not leaks, leaks
    for (table, column), values in tables.items():
        if (table, column) in NOTE_STORE or (table, column) == ("notes", "meta"):
            continue  # the note itself; notes.meta holds the patient block (name canary) by design
        bad = [v[:120] for v in values if CANARY in v or NAME in v]
        assert not bad, (table, column, bad)
    assert any(CANARY in v for v in tables[("notes", "text")])  # the canary really went through the store
    assert set(exports) == {"837p", "csv", "fhir"}, texts[-8:]
    for fmt, body in exports.items():
        assert CANARY not in body, fmt  # note text never goes into a claim
        assert NAME.upper() in body.upper(), fmt  # the patient's name must be on the claim
        security_figures.add(MODULE, "exports checked")


def test_phi_canary_audit_payloads_and_quarantine_are_clean(session: Session, tmp_path: Path) -> None:
    """Direct check of the two stores most tempting for a leak, after a batch with every kind of bad line."""
    source = tmp_path / "notes.jsonl"
    _write_batch(source)
    runner.invoke(cli, ["batch", str(source), "--quiet"])
    from medcoder.storage.models import AuditEvent, QuarantinedNote

    payloads = [json.dumps(p) for p in session.scalars(select(AuditEvent.payload))]
    details = list(session.scalars(select(QuarantinedNote.detail)))
    assert payloads and details
    assert not [p for p in payloads if CANARY in p or NAME in p]
    assert not [d for d in details if CANARY in d]
    get_engine().dispose()
