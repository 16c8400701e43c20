"""CSV export: one row per service line, each row carrying the claim's diagnoses (dx1..dx12).

For practice-management systems that import spreadsheets. Multi-valued cells (modifiers, pointers) are
space-separated. Cells that a spreadsheet would run as a formula (starting with = + - @) cannot occur:
every free-text column passed the checks, and codes, amounts and dates never start with those characters.
"""

from __future__ import annotations

import csv
from collections.abc import Iterable, Iterator
from typing import TextIO

from medcoder.billing.checks import MAX_DIAGNOSES
from medcoder.billing.claim import ClaimInput, ExportReport
from medcoder.billing.x12_837p import amount

FIELDS = [
    "encounter_id", "claim_id", "frequency_code", "original_claim_id", "date_of_service", "place_of_service",
    "patient_family", "patient_given", "patient_birth_date", "patient_sex", "relationship",
    "subscriber_family", "subscriber_given", "member_id", "payer_id", "payer_name", "rendering_npi",
    "claim_total", "line_number", "system", "code", "modifiers", "units", "charge", "diagnosis_pointers",
    *[f"dx{i}" for i in range(1, MAX_DIAGNOSES + 1)],
]
FORMULA_START = ("=", "+", "-", "@")


def claim_rows(claim: ClaimInput) -> Iterator[dict[str, str]]:
    """The CSV rows (all strings) for one claim."""
    dx = {f"dx{i}": (claim.diagnoses[i - 1] if i <= len(claim.diagnoses) else "") for i in range(1, 13)}
    base = {
        "encounter_id": claim.encounter_id,
        "claim_id": claim.claim_id,
        "frequency_code": claim.frequency_code,
        "original_claim_id": claim.original_claim_id,
        "date_of_service": claim.date_of_service,
        "place_of_service": claim.place_of_service,
        "patient_family": claim.patient.family,
        "patient_given": claim.patient.given,
        "patient_birth_date": claim.patient.birth_date,
        "patient_sex": claim.patient.sex,
        "relationship": claim.relationship,
        "subscriber_family": claim.subscriber.family,
        "subscriber_given": claim.subscriber.given,
        "member_id": claim.subscriber.member_id,
        "payer_id": claim.payer.id,
        "payer_name": claim.payer.name,
        "rendering_npi": claim.provider.npi,
        "claim_total": amount(claim.total_charge),
    }
    for n, line in enumerate(claim.lines, start=1):
        row = {
            **base,
            "line_number": str(n),
            "system": line.system,
            "code": line.code,
            "modifiers": " ".join(line.modifiers),
            "units": str(line.units),
            "charge": amount(line.charge),
            "diagnosis_pointers": " ".join(str(p) for p in claim.pointers(line)),
            **dx,
        }
        for key, value in row.items():
            if value.startswith(FORMULA_START):
                # Defence in depth against spreadsheet formula injection; a leading quote shows as text.
                row[key] = "'" + value
        yield row


def write_csv(claims: Iterable[ClaimInput], fh: TextIO, *, report: ExportReport | None = None) -> ExportReport:
    """Stream claims to an open text file (open it with newline="")."""
    report = report if report is not None else ExportReport()
    writer = csv.DictWriter(fh, fieldnames=FIELDS, lineterminator="\r\n")
    writer.writeheader()
    for claim in claims:
        writer.writerows(claim_rows(claim))
        report.add(claim)
    return report
