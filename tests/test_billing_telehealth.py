"""Telehealth end to end: the engine's 99213-95 / POS 10 suggestion, accepted and finalized, exports as an 837P
with CLM05-1 = 10 and SV101 = HC:99213:95 (pyx12-valid), and the same place of service in CSV and FHIR."""

from __future__ import annotations

import csv
import json
from datetime import UTC, datetime
from pathlib import Path

import pytest
from sqlalchemy import select

from medcoder.audit import Actor
from medcoder.billing.service import export_encounters
from medcoder.services import finalize, review
from medcoder.storage.models import Encounter, EncounterCode, Suggestion
from tests import factories
from tests.codes_stub import StubCodes, cheap_hashing
from tests.test_billing_service import FakeCodeSets
from tests.test_billing_x12 import validate_x12

CODER = Actor("coder1", "coder")
ADMIN = Actor(name="admin1", role="admin")
TEXT = "Assessment: essential hypertension. Office visit."


def _coded(session, enc_id: str, em_extra: dict, modifiers: list[str] | None = None) -> str:
    codes = [factories.suggestion("I10"),
             factories.suggestion("99213", system="CPT", evidence=[], extra=em_extra)]
    factories.encounter_with_suggestions(session, enc_id, codes=codes, text=TEXT)
    for code in ("I10", "99213"):
        sid = session.scalar(select(Suggestion.id).where(Suggestion.encounter_id == enc_id, Suggestion.code == code))
        review.accept(session=session, encounter_id=enc_id, expected_version=session.get(Encounter, enc_id).version,
                      actor=CODER, suggestion_id=sid)
    if modifiers is not None:  # the coder edits the E/M line's modifiers
        row = session.scalar(select(EncounterCode).where(EncounterCode.encounter_id == enc_id,
                                                         EncounterCode.code == "99213"))
        review.correct(session=session, encounter_id=enc_id, expected_version=session.get(Encounter, enc_id).version,
                       actor=CODER, codes=StubCodes(), encounter_code_id=row.id, code="99213",
                       modifiers=modifiers)
    finalize.finalize(session=session, encounter_id=enc_id, expected_version=session.get(Encounter, enc_id).version,
                      actor=CODER, codes=StubCodes())
    session.flush()
    return enc_id


@pytest.fixture
def coder(session, monkeypatch):
    cheap_hashing(monkeypatch)
    factories.user(session, "coder1", "coder")
    factories.user(session, "admin1", "admin")


def _export(session, tmp_path: Path, fmt: str, name: str):
    return export_encounters(session=session, fmt=fmt, out_path=tmp_path / name, actor=ADMIN,
                             codesets=FakeCodeSets(), created=datetime(2026, 3, 10, 9, 30, tzinfo=UTC))


def test_accepted_telehealth_em_exports_837p_with_pos_10_and_modifier_95(session, coder, tmp_path):
    _coded(session, "enc-tele", {"modifiers": ["95"], "place_of_service": "10"})
    text = _export(session, tmp_path, "837p", "claims.837").path.read_text()
    assert validate_x12(text)[0]
    clm = next(s for s in text.replace("\n", "").split("~") if s.startswith("CLM*"))
    assert clm.split("*")[5] == "10:B:1"  # CLM05-1 place of service 10 (patient's home)
    assert "SV1*HC:99213:95*" in text


def test_telehealth_pos_and_modifier_in_csv_and_fhir(session, coder, tmp_path):
    _coded(session, "enc-tele", {"modifiers": ["95"], "place_of_service": "02"})
    rows = list(csv.DictReader((_export(session, tmp_path, "csv", "c.csv").path).open()))
    assert rows[0]["place_of_service"] == "02" and rows[0]["modifiers"] == "95"
    session.get(Encounter, "enc-tele").state = "finalized"  # export again as FHIR (replacement)
    bundle = json.loads(_export(session, tmp_path, "fhir", "c.json").path.read_text())
    claim = next(e["resource"] for e in bundle["entry"] if e["resource"]["resourceType"] == "Claim")
    em = next(i for i in claim["item"] if i["productOrService"]["coding"][0]["code"] == "99213")
    assert em["locationCodeableConcept"]["coding"][0]["code"] == "02"
    assert [m["coding"][0]["code"] for m in em["modifier"]] == ["95"]


def test_in_person_em_keeps_the_visit_place_of_service(session, coder, tmp_path):
    _coded(session, "enc-office", {"em": {"setting": "office"}})
    text = _export(session, tmp_path, "837p", "claims.837").path.read_text()
    assert validate_x12(text)[0]
    assert next(s for s in text.replace("\n", "").split("~") if s.startswith("CLM*")).split("*")[5] == "11:B:1"
    assert "SV1*HC:99213*" in text


def test_coder_removing_the_telehealth_modifier_restores_the_metadata_place_of_service(session, coder, tmp_path):
    _coded(session, "enc-tele", {"modifiers": ["95"], "place_of_service": "10"}, modifiers=[])
    text = _export(session, tmp_path, "837p", "claims.837").path.read_text()
    assert next(s for s in text.replace("\n", "").split("~") if s.startswith("CLM*")).split("*")[5] == "11:B:1"
