"""export_claims over all formats: CSV round-trips, FHIR validates, failures reported, nothing half-written."""

from __future__ import annotations

import csv
import hashlib
import json
import os
from dataclasses import replace
from datetime import UTC, datetime
from pathlib import Path

import pytest
from fhir.resources.R4B.bundle import Bundle
from fhir.resources.R4B.claim import Claim
from pydantic import ValidationError

from medcoder.billing.claim import ControlNumbers
from medcoder.billing.csv_export import FIELDS, claim_rows
from medcoder.billing.errors import NoClaimsToExportError, UnknownExporterError
from medcoder.billing.export import export_claims
from medcoder.billing.fhir_claim import claim_resource
from medcoder.billing.registry import EXPORTERS, Exporter, get_exporter, register_exporter
from medcoder.billing.site import SiteConfig
from medcoder.billing.synthetic import DIAGNOSES, synthetic_claim, synthetic_claims

GOLDEN = Path(__file__).parent / "golden"
CREATED = datetime(2026, 3, 10, 9, 30, tzinfo=UTC)
SITE = SiteConfig.demo()
CONTROL = ControlNumbers(1, 1)


class FakeCodeSets:
    def is_billable(self, code: str) -> bool:
        return code in DIAGNOSES


def run(fmt: str, claims, out: Path, **kwargs):  # noqa: ANN001, ANN201
    return export_claims(claims, fmt=fmt, out_path=out, site=SITE, control=CONTROL, created=CREATED,
                         codesets=FakeCodeSets(), **kwargs)


def test_export_csv_round_trips(tmp_path: Path) -> None:
    claims = list(synthetic_claims(25, seed=3))
    result = run("csv", claims, tmp_path / "claims.csv")
    with result.path.open(newline="", encoding="utf-8") as fh:
        rows = list(csv.DictReader(fh))
    expected = [row for c in claims for row in claim_rows(c)]
    assert rows == expected
    assert list(rows[0]) == FIELDS
    assert len(rows) == sum(len(c.lines) for c in claims)
    twelve = next(c for c in claims if len(c.diagnoses) == 12)
    row = next(r for r in rows if r["encounter_id"] == twelve.encounter_id)
    assert [row[f"dx{i}"] for i in range(1, 13)] == list(twelve.diagnoses)


def test_export_fhir_bundle_validates(tmp_path: Path) -> None:
    claims = list(synthetic_claims(25, seed=3))
    result = run("fhir", claims, tmp_path / "claims.json")
    bundle = Bundle.model_validate_json(result.path.read_text())
    assert len(bundle.entry) == 25
    first = bundle.entry[0].resource
    assert [d.sequence for d in first.diagnosis] == list(range(1, len(claims[0].diagnoses) + 1))
    assert first.item[0].diagnosisSequence == list(claims[0].pointers(claims[0].lines[0]))
    replacement = next(e.resource for e in bundle.entry if e.resource.related)
    assert replacement.related[0].claim.identifier.value.startswith("MC03")


def test_export_fhir_library_rejects_broken_claim() -> None:
    resource = claim_resource(synthetic_claim(0), site=SITE, created=CREATED)
    resource["item"][0]["diagnosisSequence"] = ["first"]
    with pytest.raises(ValidationError):
        Claim.model_validate(resource)


def test_export_leaves_out_failing_encounter(tmp_path: Path) -> None:
    claims = list(synthetic_claims(5, seed=3))
    claims[2] = replace(claims[2], diagnoses=("E11",))
    result = run("837p", claims, tmp_path / "claims.837", already_exported=[claims[4].encounter_id])
    assert result.exported == [c.encounter_id for c in claims[:2]] + [claims[3].encounter_id]
    assert set(result.failures) == {claims[2].encounter_id, claims[4].encounter_id}
    assert result.path.read_text().count("CLM*") == 3
    assert result.sha256 == hashlib.sha256(result.path.read_bytes()).hexdigest()
    assert result.control == CONTROL and result.transactions == 1


@pytest.mark.parametrize("fmt", ["837p", "csv", "fhir"])
def test_export_all_invalid_writes_nothing(tmp_path: Path, fmt: str) -> None:
    bad = replace(synthetic_claim(0), diagnoses=("E11",))
    out = tmp_path / "out.file"
    with pytest.raises(NoClaimsToExportError) as info:
        run(fmt, [bad], out)
    assert f"encounter {bad.encounter_id}: diagnoses[1] E11" in str(info.value)
    assert list(tmp_path.iterdir()) == []


def test_export_registry_plugins() -> None:
    assert set(EXPORTERS) >= {"837p", "csv", "fhir"}
    assert get_exporter("837P").suffix == ".837"
    with pytest.raises(UnknownExporterError, match="837p, csv, fhir"):
        get_exporter("pdf")
    register_exporter(Exporter("ids", lambda claims, fh, **kw: kw["report"], ".txt", "text/plain"))
    try:
        assert get_exporter("ids").media_type == "text/plain"
    finally:
        EXPORTERS.pop("ids")


@pytest.mark.parametrize(("fmt", "name"), [("csv", "billing_claims.csv"), ("fhir", "billing_claims_fhir.json")])
def test_export_golden_files(tmp_path: Path, fmt: str, name: str) -> None:
    claims = [synthetic_claim(i, seed=9) for i in (0, 3, 7)]
    result = run(fmt, claims, tmp_path / name)
    golden = GOLDEN / name
    if os.environ.get("UPDATE_GOLDEN"):
        golden.write_bytes(result.path.read_bytes())
    assert result.path.read_bytes() == golden.read_bytes()
    if fmt == "fhir":
        assert json.loads(golden.read_text())["resourceType"] == "Bundle"
