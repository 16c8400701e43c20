"""export_encounters over the database: file + Export/Claim rows + audit events + state `exported`."""

from __future__ import annotations

from datetime import UTC, datetime
from decimal import Decimal
from pathlib import Path

import pytest
from sqlalchemy import select
from sqlalchemy.orm import Session

from medcoder.audit import Actor, verify_chain
from medcoder.billing.errors import NoClaimsToExportError
from medcoder.billing.fees import parse_fee_schedule
from medcoder.billing.service import export_encounters, replace_fee_schedule
from medcoder.services.ingest import ingest_note
from medcoder.storage.models import AuditEvent, Claim, Encounter, EncounterCode, Export
from tests.factories import SYSTEM, note
from tests.test_billing_x12 import validate_x12

ADMIN = Actor(name="admin1", role="admin")
CREATED = datetime(2026, 3, 10, 9, 30, tzinfo=UTC)


class FakeCodeSets:
    def is_billable(self, code: str) -> bool:
        return code not in {"E11", "I25"}


def finalized(session: Session, enc_id: str, dx: list[str], procs: list[tuple[str, list[str], list]],
              **meta) -> str:  # noqa: ANN003
    """An encounter in state `finalized` with the given ICD-10-CM and CPT codes (claim order)."""
    ingest_note(session, note(enc_id, **meta), actor=SYSTEM)
    seq = 0
    for code in dx:
        seq += 1
        session.add(EncounterCode(encounter_id=enc_id, system="ICD-10-CM", code=code, sequence=seq, origin="added"))
    for code, mods, pointers in procs:
        seq += 1
        session.add(EncounterCode(encounter_id=enc_id, system="CPT", code=code, sequence=seq, origin="added",
                                  modifiers=mods, units=1, diagnosis_pointers=pointers))
    enc = session.get(Encounter, enc_id)
    enc.state, enc.finalized_at = "finalized", CREATED
    session.flush()
    return enc_id


def run(session: Session, tmp_path: Path, fmt: str = "837p", name: str = "claims.837", **kwargs):  # noqa: ANN003, ANN201
    return export_encounters(session=session, fmt=fmt, out_path=tmp_path / name, actor=ADMIN,
                             codesets=FakeCodeSets(), created=CREATED, **kwargs)


def test_service_exports_finalized_encounters(session: Session, tmp_path: Path) -> None:
    finalized(session, "enc-a", ["E11.9", "I10"], [("99214", ["25"], ["I10"]), ("93000", [], [])])
    finalized(session, "enc-b", ["J06.9"], [("99213", [], [1])],
              subscriber={"relationship": "child", "family": "Doe", "given": "John", "member_id": "XYZ999"})
    ingest_note(session, note("enc-c"), actor=SYSTEM)  # not finalized: not exported
    result = run(session, tmp_path)
    session.flush()
    text = result.path.read_text()
    assert validate_x12(text)[0]
    assert result.exported == ["enc-a", "enc-b"]
    assert "SV1*HC:99214:25*175*UN*1***2~" in text and "PAT*19~" in text
    assert "fee schedule: none imported" in result.messages[0]
    assert [session.get(Encounter, e).state for e in ("enc-a", "enc-b", "enc-c")] == ["exported", "exported", "new"]
    export = session.scalars(select(Export)).one()
    assert export.file_hash == result.sha256 and export.encounter_ids == ["enc-a", "enc-b"]
    assert export.control_numbers["interchange"] == 1
    claims = session.scalars(select(Claim).order_by(Claim.id)).all()
    assert [c.frequency_code for c in claims] == ["1", "1"] and claims[0].total_charge == 220.0
    actions = session.scalars(select(AuditEvent.action).order_by(AuditEvent.seq)).all()
    assert actions[-3:] == ["encounter.export", "encounter.export", "export.create"]
    assert verify_chain(session).ok


def test_service_replacement_after_reopen(session: Session, tmp_path: Path) -> None:
    finalized(session, "enc-a", ["I10"], [("99213", [], [])])
    first = run(session, tmp_path, name="first.837")
    session.get(Encounter, "enc-a").state = "finalized"  # reopened and finalized again
    session.flush()
    second = run(session, tmp_path, name="second.837")
    original = first.claims[0].claim_id
    assert second.claims[0].frequency_code == "7" and second.claims[0].original_claim_id == original
    text = second.path.read_text()
    assert f"REF*F8*{original}~" in text and ":B:7*" in text and validate_x12(text)[0]
    assert second.control.interchange == first.control.interchange + 1


def test_service_failing_encounter_left_out_and_reported(session: Session, tmp_path: Path) -> None:
    finalized(session, "enc-a", ["I10"], [("99213", [], [])])
    finalized(session, "enc-bad", ["E11"], [("99213", [], [])])
    result = run(session, tmp_path, fmt="csv", name="claims.csv")
    assert result.exported == ["enc-a"]
    assert any(m.startswith("encounter enc-bad: diagnoses[1] E11 is not a billable") for m in result.messages)
    assert session.get(Encounter, "enc-bad").state == "finalized"


def test_service_nothing_exportable_writes_nothing(session: Session, tmp_path: Path) -> None:
    tmp_path = tmp_path / "out"
    tmp_path.mkdir()
    finalized(session, "enc-a", ["I10"], [("99213", [], [])])
    run(session, tmp_path, fmt="fhir", name="a.json")
    with pytest.raises(NoClaimsToExportError, match="encounter enc-a: state is exported"):
        run(session, tmp_path, fmt="fhir", name="b.json", encounter_ids=["enc-a"])
    with pytest.raises(NoClaimsToExportError, match="no finalized encounters"):
        run(session, tmp_path, fmt="fhir", name="c.json")
    assert sorted(p.name for p in tmp_path.iterdir()) == ["a.json"]


def test_service_uses_imported_fee_schedule(session: Session, tmp_path: Path) -> None:
    replace_fee_schedule(session, schedule=parse_fee_schedule("code,charge\n99213,99.50\n"), actor=ADMIN)
    finalized(session, "enc-a", ["I10"], [("99213", [], [])])
    result = run(session, tmp_path)
    assert result.claims[0].total_charge == Decimal("99.50")
    assert not any("demo schedule" in m for m in result.messages)
