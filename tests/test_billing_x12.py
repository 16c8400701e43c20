"""837P writer: every file validated by pyx12 (independent X12 validator); the validator proven to fail."""

from __future__ import annotations

import io
import json
import os
from datetime import datetime
from pathlib import Path

import pytest

from medcoder.billing.claim import ControlNumbers, ExportReport
from medcoder.billing.errors import DelimiterError, NoClaimsToExportError
from medcoder.billing.site import SiteConfig
from medcoder.billing.synthetic import synthetic_claim, synthetic_claims
from medcoder.billing.x12_837p import iter_837p, write_837p

pyx12_doc = pytest.importorskip("pyx12.x12n_document")
import pyx12.params  # noqa: E402

GOLDEN = Path(__file__).parent / "golden"
CREATED = datetime(2026, 3, 10, 9, 30)
SITE = SiteConfig.demo()


def _collect_errors(node: object, out: list[str]) -> None:
    """Walk pyx12's JSON error report (ISA/GS/ST/segment/element levels) and gather every error."""
    if isinstance(node, dict):
        for err in node.get("errors", []) or []:
            out.append(json.dumps(err, default=str))
        for value in node.values():
            if isinstance(value, list | dict):
                _collect_errors(value, out)
    elif isinstance(node, list):
        for item in node:
            _collect_errors(item, out)


def validate_x12(text: str) -> tuple[bool, list[str], str]:
    """Run pyx12 with a 999 sink and a JSON error sink: (accepted, errors, 999 text).

    Accepted means: x12n_document returned True (its err_handler counted zero errors), the JSON report
    lists no error at any level, and the 999 acknowledges the transaction set(s) with IK5*A / AK9*A.
    The pyx12 command-line exit code is not used (it is always 1).
    """
    ack, errors_json = io.StringIO(), io.StringIO()
    ok = pyx12_doc.x12n_document(pyx12.params.params(), io.StringIO(text), ack, None, None, errors_json)
    errors: list[str] = []
    raw = errors_json.getvalue()
    if raw:
        _collect_errors(json.loads(raw), errors)
    ack_text = ack.getvalue()
    accepted = bool(ok) and not errors and "IK5*R" not in ack_text and "AK9*A" in ack_text
    return accepted, errors, ack_text


def render(claims, **kwargs) -> str:  # noqa: ANN001
    buf = io.StringIO()
    write_837p(claims, buf, site=SITE, control=kwargs.pop("control", ControlNumbers(101, 201)),
               created=CREATED, **kwargs)
    return buf.getvalue()


@pytest.fixture(scope="module")
def sixty() -> str:
    return render(synthetic_claims(60, seed=1))


def test_837p_sixty_varied_claims_pass_pyx12(sixty: str) -> None:
    accepted, errors, ack = validate_x12(sixty)
    assert accepted, (errors[:5], ack)
    assert sixty.count("CLM*") == 60


def test_837p_sample_covers_hard_cases(sixty: str) -> None:
    segments = sixty.split("~\n")
    his = [s for s in segments if s.startswith("HI*")]
    assert any(s.count("ABF:") == 11 and s.startswith("HI*ABK:") for s in his)  # 12 diagnoses
    assert all(s.startswith("HI*ABK:") and "." not in s for s in his)
    assert any(s.startswith("REF*F8*") for s in segments)  # replacement claim
    assert any(":B:7*" in s for s in segments if s.startswith("CLM*"))
    assert sum(s.startswith("PAT*") for s in segments) >= 20  # patient is not the subscriber
    assert any(s.startswith("SV1*HC:20610:LT:59*") for s in segments)  # two modifiers
    assert any(len(c.split("LX*")) - 1 >= 5 for c in sixty.split("CLM*")[1:])  # multi-line claims


def test_837p_many_transactions_have_correct_counts() -> None:
    report = ExportReport()
    buf = io.StringIO()
    segments = list(iter_837p(synthetic_claims(7, seed=2), site=SITE, control=ControlNumbers(5, 6, 40),
                              created=CREATED, report=report, max_claims=3))
    buf.write("~\n".join(segments) + "~\n")
    assert report.transactions == 3 and len(report.exported) == 7
    assert [s for s in segments if s.startswith("ST*")] == [f"ST*837*{n:04d}*005010X222A1" for n in (40, 41, 42)]
    assert segments[-2:] == ["GE*3*6", "IEA*1*000000005"]
    accepted, errors, ack = validate_x12(buf.getvalue())
    assert accepted, (errors[:5], ack)


def test_837p_validator_rejects_wrong_se_count(sixty: str) -> None:
    se = next(s for s in sixty.split("~\n") if s.startswith("SE*"))
    count = int(se.split("*")[1])
    broken = sixty.replace(se, f"SE*{count + 1}*{se.split('*')[2]}")
    accepted, errors, ack = validate_x12(broken)
    assert not accepted
    assert errors or "IK5*R" in ack


def test_837p_validator_rejects_missing_payer_name(sixty: str) -> None:
    first_payer = next(s for s in sixty.split("~\n") if s.startswith("NM1*PR*"))
    broken = sixty.replace(first_payer + "~\n", "", 1)
    accepted, errors, _ = validate_x12(broken)
    assert not accepted and errors


def test_837p_dependent_gets_patient_loop() -> None:
    claim = synthetic_claim(3, seed=0)  # i % 5 == 3 -> child
    assert claim.relationship == "child"
    text = render([claim])
    assert "HL*2*1*22*1~" in text and "HL*3*2*23*0~" in text and "PAT*19~" in text
    assert "SBR*P*18*" not in text
    assert validate_x12(text)[0]


def test_837p_replacement_claim_references_original() -> None:
    claim = synthetic_claim(7, seed=0)
    assert claim.frequency_code == "7"
    text = render([claim])
    assert f"CLM*{claim.claim_id}*" in text and f"REF*F8*{claim.original_claim_id}~" in text
    assert validate_x12(text)[0]


def test_837p_rendering_provider_only_when_different() -> None:
    claim = synthetic_claim(0, seed=0)
    from dataclasses import replace

    same = replace(claim, provider=replace(claim.provider, npi=SITE.billing_provider_npi))
    assert "NM1*82*" in render([claim])
    assert "NM1*82*" not in render([same])


def test_837p_delimiter_in_value_is_refused_not_written() -> None:
    from dataclasses import replace

    claim = synthetic_claim(0, seed=0)
    patient = replace(claim.patient, family="Do*e")
    bad = replace(claim, patient=patient, subscriber=patient)
    with pytest.raises(DelimiterError):
        render([bad])


def test_837p_no_claims_raises_before_writing() -> None:
    buf = io.StringIO()
    with pytest.raises(NoClaimsToExportError):
        write_837p([], buf, site=SITE, control=ControlNumbers(1, 1), created=CREATED)
    assert buf.getvalue() == ""


def test_837p_golden_file() -> None:
    text = render([synthetic_claim(i, seed=9) for i in (0, 3, 7)], control=ControlNumbers(1, 1))
    golden = GOLDEN / "billing_837p.x12"
    if os.environ.get("UPDATE_GOLDEN"):
        golden.write_text(text)
    assert text == golden.read_text()
    assert validate_x12(text)[0]
