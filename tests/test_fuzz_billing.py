"""Property-based tests for the 837P, CSV and FHIR writers with hostile names, addresses and payer names.

Any value holding an X12 delimiter (~ * : ^), a line break, a control character or anything else is either
written intact into a file that its independent reader accepts (pyx12 for 837P, the csv module, the FHIR
library), or the claim is rejected with a NoClaimsToExportError that names the field, never the value, and
no file is written. Nothing else may happen: no other exception, no corrupt or half-written file.
"""

from __future__ import annotations

import csv
import json
from collections.abc import Iterator
from dataclasses import replace
from datetime import UTC, datetime
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from medcoder.billing.claim import Address, ClaimInput, ControlNumbers, Payer
from medcoder.billing.errors import NoClaimsToExportError
from medcoder.billing.export import export_claims
from medcoder.billing.site import SiteConfig
from medcoder.billing.synthetic import DIAGNOSES, synthetic_claim
from tests import security_figures

pytest.importorskip("pyx12.x12n_document")
from tests.test_billing_x12 import validate_x12  # noqa: E402

MODULE = "fuzz: claim writers"
FUZZ = settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture,
                                                                       HealthCheck.too_slow])
CREATED = datetime(2026, 3, 10, 9, 30, tzinfo=UTC)
SITE = SiteConfig.demo()
FIELDS = ("patient.family", "patient.given", "patient.address.line", "patient.address.city", "payer.name",
          "subscriber.member_id", "provider.family")
NOT_IN_CSV = {"patient.address.line", "patient.address.city", "provider.family"}  # the CSV has no such columns
NOT_IN_FHIR: set[str] = set()

hostile = st.one_of(
    st.lists(st.sampled_from(["~", "*", ":", "^", "\r", "\n", "\x1c", "\x1d", "\x1e", "\x00", "\t", "'", "-", "=",
                              "@", "+", "O'Neil", "García", "Nguyễn", "李", "Zoë", "SMITH", "Doe", "\u200b",
                              "\u202e", "\U0001f600", " ", "&", "<", ">", "\"", "\\", ",", ";", "|", "!"]),
             min_size=1, max_size=6).map("".join),
    st.text(alphabet=st.characters(exclude_categories=["Cs"]), min_size=1, max_size=20),
    st.text(alphabet="ABCDEFGHIJKLMNOPQRSTUVWXYZ ~*:^'-", min_size=1, max_size=20),
)


class FakeCodeSets:
    def is_billable(self, code: str) -> bool:
        return code in DIAGNOSES


@pytest.fixture(scope="module", autouse=True)
def _figures(request: pytest.FixtureRequest) -> Iterator[None]:
    yield from security_figures.module_report(request, MODULE)


def _with_value(claim: ClaimInput, field: str, value: str) -> ClaimInput:
    patient = claim.patient
    if field == "patient.family":
        patient = replace(patient, family=value)
    elif field == "patient.given":
        patient = replace(patient, given=value)
    elif field == "patient.address.line":
        patient = replace(patient, address=replace(patient.address or Address(), line=value))
    elif field == "patient.address.city":
        patient = replace(patient, address=replace(patient.address or Address(), city=value))
    elif field == "payer.name":
        return replace(claim, payer=Payer(claim.payer.id, value))
    elif field == "subscriber.member_id":
        sub = replace(claim.subscriber, member_id=value)
        return replace(claim, subscriber=sub, patient=sub if claim.relationship == "self" else claim.patient)
    elif field == "provider.family":
        return replace(claim, provider=replace(claim.provider, family=value))
    sub = patient if claim.relationship == "self" else claim.subscriber
    return replace(claim, patient=patient, subscriber=sub)


def _export(fmt: str, claims: list[ClaimInput], out: Path):  # noqa: ANN202
    return export_claims(claims, fmt=fmt, out_path=out, site=SITE, control=ControlNumbers(7, 7), created=CREATED,
                         codesets=FakeCodeSets())


def _accepted_by_reader(fmt: str, text: str, values: list[tuple[str, str]]) -> None:
    """The written file parses with an independent reader and carries each accepted value unaltered."""
    if fmt == "837p":
        accepted, errors, _ack = validate_x12(text)
        assert accepted, errors[:3]
        assert all(value in text for _, value in values)
    elif fmt == "csv":
        rows = list(csv.DictReader(text.splitlines(keepends=True)))
        assert rows and all(len(row) == len(rows[0]) and None not in row for row in rows)
        cells = {cell for row in rows for cell in row.values()}
        cells |= {cell.removeprefix("'") for cell in cells}  # formula-looking cells get a leading quote
        assert all(value in cells for field, value in values if field not in NOT_IN_CSV)
    else:
        from fhir.resources.R4B.bundle import Bundle

        data = json.loads(text)
        Bundle.model_validate(data)
        assert all(json.dumps(value) in json.dumps(data) for field, value in values if field not in NOT_IN_FHIR)


values = st.tuples(st.integers(0, 40), st.sampled_from(FIELDS), hostile)


@FUZZ
@given(cases=st.lists(values, min_size=1, max_size=3), fmt=st.sampled_from(["csv", "fhir"]))
def test_csv_fhir_writers_keep_or_reject_hostile_values(tmp_path_factory: pytest.TempPathFactory,
                                                       cases: list[tuple[int, str, str]], fmt: str) -> None:
    _write_or_refuse(tmp_path_factory, cases, fmt)


@settings(FUZZ, max_examples=20)  # pyx12 loads its maps for each file (~1 s), so each example holds 4 claims
@given(cases=st.lists(values, min_size=4, max_size=4))
def test_837p_writer_rejects_or_passes_pyx12(tmp_path_factory: pytest.TempPathFactory,
                                             cases: list[tuple[int, str, str]]) -> None:
    _write_or_refuse(tmp_path_factory, cases, "837p")


def _write_or_refuse(tmp_path_factory: pytest.TempPathFactory, cases: list[tuple[int, str, str]], fmt: str) -> None:
    claims = [replace(_with_value(synthetic_claim(index, seed=5), field, value), encounter_id=f"enc-{n}",
                      claim_id=f"CLM{n}") for n, (index, field, value) in enumerate(cases)]
    out = tmp_path_factory.mktemp("export") / f"claims.{fmt}"
    security_figures.add(MODULE, "claims written or refused", len(claims))
    try:
        result = _export(fmt, claims, out)
    except NoClaimsToExportError as exc:
        assert not out.exists()
        assert list(out.parent.iterdir()) == []  # no temporary file left behind either
        assert exc.message.startswith("no exportable claims")
        failures, exported = exc.details["failures"], []
    else:
        failures, exported = result.failures, result.exported
        _accepted_by_reader(fmt, out.read_text(encoding="utf-8"),
                            [(field, value) for n, (_, field, value) in enumerate(cases) if f"enc-{n}" in exported])
        security_figures.add(MODULE, f"{fmt} files accepted by an independent reader")
    assert sorted(failures) + exported == sorted(f"enc-{n}" for n in range(len(claims))) or \
        set(failures) | set(exported) == {f"enc-{n}" for n in range(len(claims))}
    security_figures.add(MODULE, "claims refused with a field error", len(failures))
    for n, (_, field, value) in enumerate(cases):
        messages = " ".join(failures.get(f"enc-{n}", []))
        if messages:
            assert field.split(".", 1)[1] in messages  # the message names the field (patient.x for self) ...
            if len(value.strip()) >= 4:
                assert value.strip() not in messages  # ... never the value (PHI)


@pytest.mark.parametrize("fmt", ["837p", "csv", "fhir"])
@pytest.mark.parametrize("value", ["DOE~NM1*QC", "A*B", "A:B", "A^B", "LINE\nBREAK"])
def test_writers_refuse_each_x12_delimiter(tmp_path: Path, fmt: str, value: str) -> None:
    """Every format refuses delimiters (one claim file may be re-sent as 837P; the check is format-independent)."""
    claim = _with_value(synthetic_claim(1, seed=5), "patient.family", value)
    with pytest.raises(NoClaimsToExportError, match="patient.family contains an X12 delimiter"):
        _export(fmt, [claim], tmp_path / "out")
    assert not (tmp_path / "out").exists()
