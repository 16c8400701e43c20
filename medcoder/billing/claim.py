"""Typed claim inputs: everything an exporter needs, and nothing from the note text.

The export formats (837P, CSV, FHIR) are pure functions of a `ClaimInput` plus the site's fixed values
(`SiteConfig`). Storage builds these objects; tests and the benchmark build them directly.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal
from typing import Any

RELATIONSHIPS = ("self", "spouse", "child", "other")


@dataclass(frozen=True)
class Address:
    line: str = ""
    city: str = ""
    state: str = ""
    zip: str = ""
    line2: str = ""

    @classmethod
    def from_dict(cls, data: dict[str, Any] | None) -> Address | None:
        """Note metadata address dict (DESIGN.md) -> Address; None when absent."""
        if not data:
            return None
        return cls(
            line=str(data.get("line", "") or ""),
            city=str(data.get("city", "") or ""),
            state=str(data.get("state", "") or ""),
            zip=str(data.get("zip", "") or ""),
            line2=str(data.get("line2", "") or ""),
        )


@dataclass(frozen=True)
class Person:
    """A patient or subscriber. `birth_date` stays a string until checks parse it (clear errors beat crashes)."""

    family: str = ""
    given: str = ""
    birth_date: str = ""
    sex: str = ""
    address: Address | None = None
    member_id: str = ""
    id: str = ""

    @classmethod
    def from_dict(cls, data: dict[str, Any] | None) -> Person:
        data = data or {}
        return cls(
            family=str(data.get("family", "") or ""),
            given=str(data.get("given", "") or ""),
            birth_date=str(data.get("birth_date", "") or ""),
            sex=str(data.get("sex", "") or ""),
            address=Address.from_dict(data.get("address")),
            member_id=str(data.get("member_id", "") or ""),
            id=str(data.get("id", "") or ""),
        )


@dataclass(frozen=True)
class Payer:
    id: str = ""
    name: str = ""


@dataclass(frozen=True)
class Provider:
    """The rendering provider from the note metadata (the billing provider is a site setting)."""

    npi: str = ""
    family: str = ""
    given: str = ""
    tax_id: str = ""


@dataclass(frozen=True)
class ServiceLine:
    """One CPT/HCPCS line. `diagnosis_codes` are the ICD-10-CM codes the coder linked (empty = first-listed)."""

    code: str
    charge: Decimal
    system: str = "CPT"
    modifiers: tuple[str, ...] = ()
    units: int = 1
    diagnosis_codes: tuple[str, ...] = ()


@dataclass(frozen=True)
class ClaimInput:
    """One professional claim for one finalized encounter.

    `frequency_code` is "1" (original) or "7" (replacement of `original_claim_id`, after a reopen).
    `relationship` is the patient's relationship to the subscriber ("self" means no 2000C loop).
    """

    encounter_id: str
    claim_id: str
    date_of_service: str
    place_of_service: str
    patient: Person
    subscriber: Person
    payer: Payer
    provider: Provider
    diagnoses: tuple[str, ...]
    lines: tuple[ServiceLine, ...]
    relationship: str = "self"
    frequency_code: str = "1"
    original_claim_id: str = ""
    declared_total: Decimal | None = None

    @property
    def total_charge(self) -> Decimal:
        """Sum of the line charges; the CLM total is always derived, never typed in twice."""
        return sum((line.charge for line in self.lines), Decimal("0"))

    @property
    def patient_is_subscriber(self) -> bool:
        return self.relationship == "self"

    def pointers(self, line: ServiceLine) -> tuple[int, ...]:
        """1-based diagnosis pointers for a line: the linked codes, else the first-listed diagnosis.

        Linked codes that are not on the claim are skipped here; checks report them before export.
        """
        if not line.diagnosis_codes:
            return (1,) if self.diagnoses else ()
        index = {code: i + 1 for i, code in enumerate(self.diagnoses)}
        return tuple(index[c] for c in line.diagnosis_codes if c in index)

    @classmethod
    def from_note_metadata(
        cls,
        *,
        encounter_id: str,
        claim_id: str,
        metadata: dict[str, Any],
        diagnoses: list[str] | tuple[str, ...],
        lines: list[ServiceLine] | tuple[ServiceLine, ...],
        frequency_code: str = "1",
        original_claim_id: str = "",
    ) -> ClaimInput:
        """Build from the note metadata dict of DESIGN.md; a missing subscriber means the patient is insured."""
        patient = Person.from_dict(metadata.get("patient"))
        sub_data = metadata.get("subscriber") or {}
        relationship = str(sub_data.get("relationship", "self") or "self")
        if relationship == "self":
            # The patient is the insured; a member id given only on the subscriber still counts.
            subscriber = patient
            if not patient.member_id and sub_data.get("member_id"):
                subscriber = patient = Person(**{**patient.__dict__, "member_id": str(sub_data["member_id"])})
        else:
            # A dependent's subscriber usually shares the household address when none is given.
            pat_addr = (metadata.get("patient") or {}).get("address")
            subscriber = Person.from_dict({**sub_data, "address": sub_data.get("address") or pat_addr})
        payer = metadata.get("payer") or {}
        prov = metadata.get("provider") or {}
        visit = metadata.get("visit") or {}
        return cls(
            encounter_id=encounter_id,
            claim_id=claim_id,
            date_of_service=str(metadata.get("date_of_service", "") or ""),
            place_of_service=str(visit.get("place_of_service", "") or "11"),
            patient=patient,
            subscriber=subscriber,
            payer=Payer(id=str(payer.get("id", "") or ""), name=str(payer.get("name", "") or "")),
            provider=Provider(
                npi=str(prov.get("npi", "") or ""),
                family=str(prov.get("family", "") or ""),
                given=str(prov.get("given", "") or ""),
                tax_id=str(prov.get("tax_id", "") or ""),
            ),
            diagnoses=tuple(diagnoses),
            lines=tuple(lines),
            relationship=relationship,
            frequency_code=frequency_code,
            original_claim_id=original_claim_id,
        )


def parse_date(value: str) -> date | None:
    """ISO date or None (checks turn None into a named error)."""
    try:
        return date.fromisoformat(value)
    except (TypeError, ValueError):
        return None


@dataclass(frozen=True)
class ControlNumbers:
    """X12 control numbers chosen (and persisted) by the caller so they are unique across exports."""

    interchange: int
    group: int
    transaction_start: int = 1

    def to_dict(self) -> dict[str, int]:
        return {"interchange": self.interchange, "group": self.group, "transaction_start": self.transaction_start}


@dataclass(frozen=True)
class ExportedClaim:
    """The facts about a written claim that storage keeps (no demographics)."""

    encounter_id: str
    claim_id: str
    frequency_code: str
    original_claim_id: str
    total_charge: Decimal


@dataclass
class ExportReport:
    """What a writer did: the claims written, in file order, and the X12 transactions used."""

    claims: list[ExportedClaim] = field(default_factory=list)
    transactions: int = 0

    def add(self, claim: ClaimInput) -> None:
        self.claims.append(ExportedClaim(claim.encounter_id, claim.claim_id, claim.frequency_code,
                                         claim.original_claim_id, claim.total_charge))

    @property
    def exported(self) -> list[str]:
        return [c.encounter_id for c in self.claims]
