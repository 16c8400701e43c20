"""Checks a claim must pass before export. Each failure names the encounter and the field, never note text.

A failing encounter is left out of the file and reported; the others export (`ClaimChecker.valid`).
Free-text values containing an X12 delimiter (~ * : ^) or a line break are rejected here rather than
"escaped": X12 has no escape mechanism, and silently altering a name or member id on a claim is worse
than asking the coder to fix it.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable, Iterator
from decimal import Decimal
from typing import Protocol

from medcoder.billing.claim import RELATIONSHIPS, Address, ClaimInput, Person, parse_date
from medcoder.billing.fees import CODE_RE, MODIFIER_RE
from medcoder.billing.npi import is_valid_npi

MAX_DIAGNOSES = 12
MAX_POINTERS = 4
MAX_MODIFIERS = 4
MAX_LINES = 50  # 837P loop 2400 repeats at most 50 times per claim
DELIMITERS = set("~*:^\r\n")
ICD10CM_RE = re.compile(r"^[A-Z]\d[0-9A-Z](\.[0-9A-Z]{1,4})?$")
# X12 basic + extended character set without our delimiters (~ * : ^): what pyx12 accepts in AN elements.
# Accented letters and other Unicode are not in it; 837P refuses them rather than transliterating a name.
X12_TEXT = re.compile(r"^[A-Za-z0-9 !\"&'()+,\-./;?=%@\[\]_{}\\|<>#$]*$")
INVISIBLE = frozenset(("Cc", "Cf", "Cs", "Co", "Cn", "Zl", "Zp"))


class CodeSets(Protocol):
    """The part of `suggest.codesets` the checks use."""

    def is_billable(self, code: str) -> bool: ...


def default_codesets() -> CodeSets:
    """The configured code sets (`medcoder.engine.codesets`), imported lazily so the writers stay light."""
    from medcoder.engine import codesets

    return codesets()


def _text(errors: list[str], field: str, value: str, *, max_len: int, required: bool = True, min_len: int = 1) -> None:
    if not value:
        if required:
            errors.append(f"{field} is missing")
        return
    if DELIMITERS & set(value):
        errors.append(f"{field} contains an X12 delimiter (~ * : ^) or line break")
    elif any(unicodedata.category(ch) in INVISIBLE for ch in value):
        errors.append(f"{field} contains a control or invisible character")
    if value != value.strip():
        errors.append(f"{field} has leading or trailing spaces")
    if len(value) > max_len:
        errors.append(f"{field} longer than {max_len} characters")
    if len(value) < min_len:
        errors.append(f"{field} shorter than {min_len} characters")


def _address(errors: list[str], field: str, addr: Address | None) -> None:
    if addr is None:
        errors.append(f"{field}.address is missing")
        return
    _text(errors, f"{field}.address.line", addr.line, max_len=55)
    _text(errors, f"{field}.address.line2", addr.line2, max_len=55, required=False)
    _text(errors, f"{field}.address.city", addr.city, max_len=30, min_len=2)  # X12 N401 is 2-30
    if not (len(addr.state) == 2 and addr.state.isalpha()):
        errors.append(f"{field}.address.state must be a 2-letter code")
    if not (len(addr.zip) in (5, 9) and addr.zip.isdigit()):
        errors.append(f"{field}.address.zip must be 5 or 9 digits")


def _person(errors: list[str], field: str, person: Person, *, demographics: bool, member_id: bool) -> None:
    _text(errors, f"{field}.family", person.family, max_len=60)
    _text(errors, f"{field}.given", person.given, max_len=35)
    if member_id:
        _text(errors, f"{field}.member_id", person.member_id, max_len=80, min_len=2)  # X12 NM109 is 2-80
    if demographics:
        if parse_date(person.birth_date) is None:
            errors.append(f"{field}.birth_date is missing or not YYYY-MM-DD")
        if person.sex not in ("M", "F", "U"):
            errors.append(f"{field}.sex must be M, F or U")
        _address(errors, field, person.address)


def claim_errors(claim: ClaimInput, *, codesets: CodeSets, already_exported: frozenset[str] = frozenset()) -> list[str]:
    """All problems with one claim, as short messages naming the field (empty list = exportable)."""
    e: list[str] = []
    _text(e, "claim_id", claim.claim_id, max_len=38)
    if claim.frequency_code not in ("1", "7"):
        e.append("frequency_code must be 1 (original) or 7 (replacement)")
    if claim.frequency_code == "7":
        _text(e, "original_claim_id", claim.original_claim_id, max_len=50)
    elif claim.encounter_id in already_exported:
        e.append("encounter already exported; reopen and finalize it to send a replacement (frequency 7)")
    if parse_date(claim.date_of_service) is None:
        e.append("date_of_service is missing or not YYYY-MM-DD")
    if not (len(claim.place_of_service) == 2 and claim.place_of_service.isdigit()):
        e.append("visit.place_of_service must be a 2-digit code")
    if claim.relationship not in RELATIONSHIPS:
        e.append(f"subscriber.relationship must be one of {', '.join(RELATIONSHIPS)}")
    _person(e, "patient", claim.patient, demographics=True, member_id=claim.patient_is_subscriber)
    if claim.patient_is_subscriber and claim.subscriber != claim.patient:
        e.append("subscriber differs from patient but subscriber.relationship is self")
    if not claim.patient_is_subscriber:
        _person(e, "subscriber", claim.subscriber, demographics=False, member_id=True)
        sub = claim.subscriber
        if sub.birth_date and parse_date(sub.birth_date) is None:
            e.append("subscriber.birth_date is not YYYY-MM-DD")
        if sub.sex and sub.sex not in ("M", "F", "U"):
            e.append("subscriber.sex must be M, F or U")
        if sub.address is not None:
            _address(e, "subscriber", sub.address)
    _text(e, "payer.id", claim.payer.id, max_len=80)
    _text(e, "payer.name", claim.payer.name, max_len=60)
    prov = claim.provider
    if prov.npi:
        if not is_valid_npi(prov.npi):
            e.append("provider.npi is not a valid NPI (10 digits, Luhn check with prefix 80840)")
        _text(e, "provider.family", prov.family, max_len=60)
        _text(e, "provider.given", prov.given, max_len=35, required=False)
    _diagnoses(e, claim, codesets)
    _lines(e, claim)
    if claim.declared_total is not None and claim.declared_total != claim.total_charge:
        e.append(f"total charge {claim.declared_total} does not equal the sum of lines {claim.total_charge}")
    return e


def _diagnoses(e: list[str], claim: ClaimInput, codesets: CodeSets) -> None:
    dx = claim.diagnoses
    if not dx:
        e.append("diagnoses: at least one ICD-10-CM code is required")
    if len(dx) > MAX_DIAGNOSES:
        e.append(f"diagnoses: {len(dx)} codes, a claim holds at most {MAX_DIAGNOSES}; choose which to report")
    if len(set(dx)) != len(dx):
        e.append("diagnoses: duplicate code")
    for i, code in enumerate(dx, start=1):
        if not ICD10CM_RE.match(code):
            e.append(f"diagnoses[{i}] {code!r} is not an ICD-10-CM code")
        elif not codesets.is_billable(code):
            e.append(f"diagnoses[{i}] {code} is not a billable ICD-10-CM code (use a more specific code)")


def _lines(e: list[str], claim: ClaimInput) -> None:
    if not claim.lines:
        e.append("service lines: at least one CPT/HCPCS code is required")
    if len(claim.lines) > MAX_LINES:
        e.append(f"service lines: {len(claim.lines)} lines, a claim holds at most {MAX_LINES}")
    dx = set(claim.diagnoses)
    for n, line in enumerate(claim.lines, start=1):
        f = f"line {n} ({line.code})"
        if line.system not in ("CPT", "HCPCS"):
            e.append(f"{f}: system must be CPT or HCPCS")
        if not CODE_RE.match(line.code):
            e.append(f"{f}: not a CPT/HCPCS code")
        if len(line.modifiers) > MAX_MODIFIERS:
            e.append(f"{f}: at most {MAX_MODIFIERS} modifiers")
        e.extend(f"{f}: modifier {m!r} must be 2 letters/digits" for m in line.modifiers if not MODIFIER_RE.match(m))
        if not isinstance(line.units, int) or not 1 <= line.units <= 9999:
            e.append(f"{f}: units must be a whole number 1-9999")
        if not isinstance(line.charge, Decimal) or not line.charge.is_finite() or line.charge <= 0:
            e.append(f"{f}: charge must be greater than 0 (missing from the fee schedule?)")
        elif line.charge.as_tuple().exponent < -2:  # type: ignore[operator]
            e.append(f"{f}: charge has more than 2 decimals")
        if len(line.diagnosis_codes) > MAX_POINTERS:
            e.append(f"{f}: at most {MAX_POINTERS} diagnosis pointers")
        missing = [c for c in line.diagnosis_codes if c not in dx]
        if missing:
            e.append(f"{f}: linked diagnosis {', '.join(missing)} is not on the claim")
        pointers = claim.pointers(line)
        if any(not 1 <= p <= MAX_DIAGNOSES for p in pointers):
            e.append(f"{f}: diagnosis pointer out of range 1-{MAX_DIAGNOSES}")


class ClaimChecker:
    """Streams the exportable claims and collects failures {encounter_id: [messages]} as it goes."""

    def __init__(self, *, codesets: CodeSets | None = None, already_exported: Iterable[str] = (),
                 x12_charset: bool = False) -> None:
        self.codesets = codesets if codesets is not None else default_codesets()
        self.x12_charset = x12_charset
        self.already_exported = frozenset(already_exported)
        self.failures: dict[str, list[str]] = {}
        self._seen: set[str] = set()

    def check(self, claim: ClaimInput) -> list[str]:
        """Problems with one claim; also refuses the same encounter or claim id twice in one export."""
        errors = claim_errors(claim, codesets=self.codesets, already_exported=self.already_exported)
        if self.x12_charset:
            errors += x12_charset_errors(claim)
        for key, label in ((("enc", claim.encounter_id), "encounter"), (("clm", claim.claim_id), "claim_id")):
            if key in self._seen:
                errors.append(f"{label} appears twice in this export")
        if not errors:
            self._seen.update({("enc", claim.encounter_id), ("clm", claim.claim_id)})  # type: ignore[arg-type]
        return errors

    def valid(self, claims: Iterable[ClaimInput]) -> Iterator[ClaimInput]:
        """Yield claims that pass; record the others in `failures`."""
        for claim in claims:
            errors = self.check(claim)
            if errors:
                self.failures.setdefault(claim.encounter_id, []).extend(errors)
            else:
                yield claim

    def messages(self) -> list[str]:
        """Failures as one line each: `encounter <id>: <field> ...`."""
        return [f"encounter {enc}: {msg}" for enc, msgs in self.failures.items() for msg in msgs]


def _free_text(claim: ClaimInput) -> Iterator[tuple[str, str]]:
    people = [("patient", claim.patient)] + ([] if claim.patient_is_subscriber else [("subscriber", claim.subscriber)])
    for label, person in people:
        yield from ((f"{label}.{k}", getattr(person, k)) for k in ("family", "given", "member_id"))
        if person.address is not None:
            yield from ((f"{label}.address.{k}", getattr(person.address, k)) for k in ("line", "line2", "city"))
    yield from (("payer.id", claim.payer.id), ("payer.name", claim.payer.name),
                ("provider.family", claim.provider.family), ("provider.given", claim.provider.given))


def x12_charset_errors(claim: ClaimInput) -> list[str]:
    """837P only: free text outside the X12 character set (e.g. an accented name) would fail the payer's check."""
    return [f"{field} has characters outside the X12 character set (A-Z, digits, basic punctuation)"
            for field, value in _free_text(claim) if value and not X12_TEXT.match(value)]
