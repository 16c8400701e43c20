"""X12 837P (005010X222A1) writer: a small segment builder that streams claims into a file.

Why not a library: linuxforhealth-x12 0.57 imports `pydantic.BaseSettings` (pydantic v1 only) and is no
longer maintained; x12sdk 2.2 (its pydantic-2 continuation) models only 005010X222A2 (it rewrites X222A1
to A2, the HIPAA-adopted version is A1 and pyx12 validates A1), and its writer buffers every transaction
until the interchange closes, so 10,000 claims would sit in memory. The builder here is ~200 lines, refuses
delimiter characters inside any value (X12 has no escaping), and every file the tests produce is checked
by pyx12, an independent validator.

Layout: one ISA/GS; one ST per `max_claims` claims (the implementation guide suggests at most 5000);
per claim a 2000B subscriber HL (plus a 2000C patient HL when the patient is not the subscriber).
SV105 (line place of service) is left empty because it must only be sent when it differs from CLM05.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from datetime import datetime
from decimal import Decimal
from typing import TextIO

from medcoder.billing.claim import Address, ClaimInput, ControlNumbers, ExportReport, Person
from medcoder.billing.errors import DelimiterError, NoClaimsToExportError
from medcoder.billing.site import SiteConfig

VERSION = "005010X222A1"
ELEMENT, COMPONENT, REPETITION, SEGMENT = "*", ":", "^", "~"
FORBIDDEN = re.compile(r"[*:^~\r\n]")
PATIENT_RELATIONSHIP = {"spouse": "01", "child": "19", "other": "G8"}
MAX_CLAIMS_PER_TRANSACTION = 5000


class Composite(str):
    """An element already joined with the component separator by `comp`."""


def _clean(value: object) -> str:
    text = "" if value is None else str(value)
    if FORBIDDEN.search(text):
        # Checks reject these first; reaching here means a caller skipped them. Never corrupt the file.
        raise DelimiterError("a value contains an X12 delimiter", value_length=len(text))
    return text


def comp(*parts: object) -> Composite:
    """Composite element (e.g. HC:99213:25); trailing empty components are dropped."""
    items = [_clean(p) for p in parts]
    while items and not items[-1]:
        items.pop()
    return Composite(COMPONENT.join(items))


def seg(tag: str, *elements: object) -> str:
    """One segment without terminator; trailing empty elements are dropped as X12 requires."""
    items = [e if isinstance(e, Composite) else _clean(e) for e in elements]
    while items and not items[-1]:
        items.pop()
    return ELEMENT.join([tag, *items])


def amount(value: Decimal) -> str:
    """X12 decimal: no exponent, no trailing zeros (120.00 -> 120, 12.50 -> 12.5)."""
    text = f"{value.quantize(Decimal('0.01')):f}"
    return text.rstrip("0").rstrip(".") if "." in text else text


def _d8(iso: str) -> str:
    return iso.replace("-", "")


def _address(addr: Address | None) -> list[str]:
    if addr is None:
        return []
    return [seg("N3", addr.line, addr.line2), seg("N4", addr.city, addr.state, addr.zip)]


def _demographics(person: Person) -> list[str]:
    if not person.birth_date:
        return []
    return [seg("DMG", "D8", _d8(person.birth_date), person.sex)]


def envelope_header(site: SiteConfig, control: ControlNumbers, created: datetime) -> list[str]:
    """ISA and GS; the ISA has fixed-width elements."""
    isa = seg(
        "ISA", "00", " " * 10, "00", " " * 10,
        site.isa_sender_qualifier, site.isa_sender_id.ljust(15),
        site.isa_receiver_qualifier, site.isa_receiver_id.ljust(15),
        created.strftime("%y%m%d"), created.strftime("%H%M"),
        Composite(REPETITION), "00501", f"{control.interchange:09d}", "0", site.usage_indicator,
        Composite(COMPONENT),
    )
    gs = seg(
        "GS", "HC", site.submitter_id, site.receiver_id, created.strftime("%Y%m%d"),
        created.strftime("%H%M"), str(control.group), "X", VERSION,
    )
    return [isa, gs]


def transaction_header(site: SiteConfig, st_number: str, reference: str, created: datetime) -> list[str]:
    """ST, BHT, submitter (1000A), receiver (1000B), billing provider (2000A/2010AA)."""
    a = site.billing_provider_address
    out = [
        seg("ST", "837", st_number, VERSION),
        seg("BHT", "0019", "00", reference, created.strftime("%Y%m%d"), created.strftime("%H%M"), "CH"),
        seg("NM1", "41", "2", site.submitter_name, "", "", "", "", "46", site.submitter_id),
        seg("PER", "IC", site.submitter_contact_name, "TE", site.submitter_contact_phone),
        seg("NM1", "40", "2", site.receiver_name, "", "", "", "", "46", site.receiver_id),
        seg("HL", "1", "", "20", "1"),
    ]
    if site.billing_provider_taxonomy:
        out.append(seg("PRV", "BI", "PXC", site.billing_provider_taxonomy))
    out += [
        seg("NM1", "85", "2", site.billing_provider_name, "", "", "", "", "XX", site.billing_provider_npi),
        *_address(a),
        seg("REF", "EI", site.billing_provider_tax_id),
    ]
    return out


def claim_segments(claim: ClaimInput, site: SiteConfig, hl: int) -> list[str]:
    """2000B..2400 for one claim, starting at HL number `hl` (the caller advances by `hl_count`)."""
    dependent = not claim.patient_is_subscriber
    sub, pat = claim.subscriber, claim.patient
    out = [
        seg("HL", str(hl), "1", "22", "1" if dependent else "0"),
        seg("SBR", "P", "" if dependent else "18", "", "", "", "", "", "", site.claim_filing_indicator),
        seg("NM1", "IL", "1", sub.family, sub.given, "", "", "", "MI", sub.member_id),
        *_address(sub.address),
        *_demographics(sub),
        seg("NM1", "PR", "2", claim.payer.name, "", "", "", "", "PI", claim.payer.id),
    ]
    if dependent:
        out += [
            seg("HL", str(hl + 1), str(hl), "23", "0"),
            seg("PAT", PATIENT_RELATIONSHIP[claim.relationship]),
            seg("NM1", "QC", "1", pat.family, pat.given),
            *_address(pat.address),
            *_demographics(pat),
        ]
    out.append(
        seg("CLM", claim.claim_id, amount(claim.total_charge), "", "",
            comp(claim.place_of_service, "B", claim.frequency_code), "Y", "A", "Y", "Y")
    )
    if claim.frequency_code == "7":
        out.append(seg("REF", "F8", claim.original_claim_id))
    hi = [comp("ABK" if i == 0 else "ABF", code.replace(".", "")) for i, code in enumerate(claim.diagnoses)]
    out.append(seg("HI", *hi))
    prov = claim.provider
    if prov.npi and prov.npi != site.billing_provider_npi:
        out.append(seg("NM1", "82", "1", prov.family, prov.given, "", "", "", "XX", prov.npi))
    for n, line in enumerate(claim.lines, start=1):
        qualifier = "HC"  # HCPCS qualifier covers CPT (HCPCS Level I) and Level II codes
        out += [
            seg("LX", str(n)),
            seg("SV1", comp(qualifier, line.code, *line.modifiers), amount(line.charge), "UN", str(line.units),
                "", "", comp(*claim.pointers(line))),
            seg("DTP", "472", "D8", _d8(claim.date_of_service)),
        ]
    return out


def hl_count(claim: ClaimInput) -> int:
    return 1 if claim.patient_is_subscriber else 2


def iter_837p(
    claims: Iterable[ClaimInput],
    *,
    site: SiteConfig,
    control: ControlNumbers,
    created: datetime,
    report: ExportReport | None = None,
    max_claims: int = MAX_CLAIMS_PER_TRANSACTION,
) -> Iterator[str]:
    """Yield the segments of one interchange, pulling claims lazily (constant memory per claim).

    Raises `NoClaimsToExportError` before yielding anything when `claims` is empty.
    """
    report = report if report is not None else ExportReport()
    it = iter(claims)
    pending = next(it, None)
    if pending is None:
        raise NoClaimsToExportError("no exportable claims")
    yield from envelope_header(site, control, created)
    st_no = control.transaction_start
    transactions = 0
    while pending is not None:
        st_number = f"{st_no:04d}"
        count = 0
        for segment in transaction_header(site, st_number, f"{control.group}{st_number}", created):
            count += 1
            yield segment
        hl, in_tx = 2, 0
        while pending is not None and in_tx < max_claims:
            for segment in claim_segments(pending, site, hl):
                count += 1
                yield segment
            hl += hl_count(pending)
            report.add(pending)
            in_tx += 1
            pending = next(it, None)
        yield seg("SE", str(count + 1), st_number)
        transactions += 1
        st_no += 1
    report.transactions = transactions
    yield seg("GE", str(transactions), str(control.group))
    yield seg("IEA", "1", f"{control.interchange:09d}")


def write_837p(
    claims: Iterable[ClaimInput],
    fh: TextIO,
    *,
    site: SiteConfig,
    control: ControlNumbers,
    created: datetime,
    report: ExportReport | None = None,
    newline: bool = True,
) -> ExportReport:
    """Stream an 837P to an open text file; `newline` puts each segment on its own line (readability)."""
    report = report if report is not None else ExportReport()
    end = SEGMENT + ("\n" if newline else "")
    for segment in iter_837p(claims, site=site, control=control, created=created, report=report):
        fh.write(segment + end)
    return report
