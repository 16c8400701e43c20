"""FHIR Claim export (FHIR R4B, validated by `fhir.resources.R4B`).

R4B because that is what US payer APIs (Da Vinci, CARIN) are built on and `fhir.resources` 8 ships it as
`fhir.resources.R4B`; R4 and R4B Claim are the same shape. Each Claim carries its Patient, Coverage,
payer, billing and rendering provider as contained resources so one claim stands alone. The output is a
`collection` Bundle written entry by entry (streamed: one validated Claim in memory at a time).
"""

from __future__ import annotations

import json
import uuid
from collections.abc import Iterable
from datetime import UTC, datetime
from decimal import Decimal
from typing import Any, TextIO

from fhir.resources.R4B.claim import Claim

from medcoder.billing.claim import Address, ClaimInput, ExportReport, Person
from medcoder.billing.site import SiteConfig

NPI_SYSTEM = "http://hl7.org/fhir/sid/us-npi"
TAX_SYSTEM = "urn:oid:2.16.840.1.113883.4.4"
ICD10CM_SYSTEM = "http://hl7.org/fhir/sid/icd-10-cm"
CPT_SYSTEM = "http://www.ama-assn.org/go/cpt"
HCPCS_SYSTEM = "urn:oid:2.16.840.1.113883.6.285"
POS_SYSTEM = "https://www.cms.gov/Medicare/Coding/place-of-service-codes/Place_of_Service_Code_Set"
CLAIM_ID_SYSTEM = "urn:medcoder:claim-id"
TERMINOLOGY = "http://terminology.hl7.org/CodeSystem/"
NAMESPACE = uuid.UUID("6f1d3c2e-7a5b-4e39-9a1c-0b6a2d9e4f10")  # fixed so fullUrls are stable across runs


def _money(value: Decimal) -> dict[str, Any]:
    return {"value": float(value), "currency": "USD"}


def _coding(system: str, code: str) -> dict[str, Any]:
    return {"coding": [{"system": system, "code": code}]}


def _address(addr: Address | None) -> list[dict[str, Any]]:
    if addr is None:
        return []
    lines = [x for x in (addr.line, addr.line2) if x]
    return [{"line": lines, "city": addr.city, "state": addr.state, "postalCode": addr.zip}]


def _human(person: Person) -> dict[str, Any]:
    out: dict[str, Any] = {"name": [{"family": person.family, "given": [person.given] if person.given else []}]}
    if person.birth_date:
        out["birthDate"] = person.birth_date
    if person.sex:
        out["gender"] = {"M": "male", "F": "female", "U": "unknown"}.get(person.sex, "unknown")
    if person.address:
        out["address"] = _address(person.address)
    return out


def claim_resource(claim: ClaimInput, *, site: SiteConfig, created: datetime) -> dict[str, Any]:
    """The FHIR Claim for one claim, as a plain dict (validated by `build_claim`); naive times are UTC."""
    created = created if created.tzinfo else created.replace(tzinfo=UTC)
    contained: list[dict[str, Any]] = [
        {"resourceType": "Patient", "id": "patient", **_human(claim.patient)},
        {"resourceType": "Organization", "id": "payer", "name": claim.payer.name,
         "identifier": [{"system": "urn:medcoder:payer-id", "value": claim.payer.id}]},
        {"resourceType": "Organization", "id": "billing", "name": site.billing_provider_name,
         "identifier": [{"system": NPI_SYSTEM, "value": site.billing_provider_npi},
                        {"system": TAX_SYSTEM, "value": site.billing_provider_tax_id}],
         "address": _address(site.billing_provider_address)},
    ]
    coverage: dict[str, Any] = {
        "resourceType": "Coverage", "id": "coverage", "status": "active",
        "subscriberId": claim.subscriber.member_id,
        "beneficiary": {"reference": "#patient"},
        "relationship": _coding(TERMINOLOGY + "subscriber-relationship", claim.relationship),
        "payor": [{"reference": "#payer"}],
    }
    if claim.patient_is_subscriber:
        coverage["subscriber"] = {"reference": "#patient"}
    else:
        contained.append({"resourceType": "RelatedPerson", "id": "subscriber",
                          "patient": {"reference": "#patient"}, **_human(claim.subscriber)})
        coverage["subscriber"] = {"reference": "#subscriber"}
    contained.append(coverage)
    resource: dict[str, Any] = {
        "resourceType": "Claim",
        "id": str(uuid.uuid5(NAMESPACE, claim.claim_id)),
        "identifier": [{"system": CLAIM_ID_SYSTEM, "value": claim.claim_id}],
        "status": "active",
        "type": _coding(TERMINOLOGY + "claim-type", "professional"),
        "use": "claim",
        "patient": {"reference": "#patient"},
        "created": created.isoformat(),
        "provider": {"reference": "#billing"},
        "priority": _coding(TERMINOLOGY + "processpriority", "normal"),
        "insurance": [{"sequence": 1, "focal": True, "coverage": {"reference": "#coverage"}}],
        "diagnosis": [
            {"sequence": i, "diagnosisCodeableConcept": _coding(ICD10CM_SYSTEM, code),
             **({"type": [_coding(TERMINOLOGY + "ex-diagnosistype", "principal")]} if i == 1 else {})}
            for i, code in enumerate(claim.diagnoses, start=1)
        ],
        "item": [],
        "total": _money(claim.total_charge),
    }
    if claim.frequency_code == "7":
        resource["related"] = [{
            "claim": {"identifier": {"system": CLAIM_ID_SYSTEM, "value": claim.original_claim_id}},
            "relationship": _coding(TERMINOLOGY + "ex-relatedclaimrelationship", "prior"),
        }]
    if claim.provider.npi:
        contained.append({"resourceType": "Practitioner", "id": "rendering",
                          "identifier": [{"system": NPI_SYSTEM, "value": claim.provider.npi}],
                          "name": [{"family": claim.provider.family,
                                    "given": [claim.provider.given] if claim.provider.given else []}]})
        resource["careTeam"] = [{"sequence": 1, "provider": {"reference": "#rendering"},
                                 "role": _coding(TERMINOLOGY + "claimcareteamrole", "primary")}]
    for n, line in enumerate(claim.lines, start=1):
        item: dict[str, Any] = {
            "sequence": n,
            "diagnosisSequence": list(claim.pointers(line)),
            "productOrService": _coding(CPT_SYSTEM if line.system == "CPT" else HCPCS_SYSTEM, line.code),
            "servicedDate": claim.date_of_service,
            "locationCodeableConcept": _coding(POS_SYSTEM, claim.place_of_service),
            "quantity": {"value": line.units},
            "unitPrice": _money((line.charge / line.units).quantize(Decimal("0.01"))),
            "net": _money(line.charge),
        }
        if claim.provider.npi:
            item["careTeamSequence"] = [1]
        if line.modifiers:
            item["modifier"] = [_coding(CPT_SYSTEM if line.system == "CPT" else HCPCS_SYSTEM, m)
                                for m in line.modifiers]
        resource["item"].append(item)
    resource["contained"] = contained
    return resource


def build_claim(claim: ClaimInput, *, site: SiteConfig, created: datetime) -> Claim:
    """A library-validated R4B Claim (raises pydantic's ValidationError on an invalid resource)."""
    return Claim.model_validate(claim_resource(claim, site=site, created=created))


def write_fhir_bundle(
    claims: Iterable[ClaimInput],
    fh: TextIO,
    *,
    site: SiteConfig,
    created: datetime,
    report: ExportReport | None = None,
) -> ExportReport:
    """Stream a FHIR `collection` Bundle of Claims to an open text file."""
    report = report if report is not None else ExportReport()
    created = created if created.tzinfo else created.replace(tzinfo=UTC)
    header = {"resourceType": "Bundle", "type": "collection", "timestamp": created.isoformat()}
    fh.write(json.dumps(header)[:-1] + ', "entry": [\n')
    first = True
    for claim in claims:
        # Validate with the library, then write the same dict: the library's own serialiser is ~half the cost.
        data = claim_resource(claim, site=site, created=created)
        Claim.model_validate(data)
        entry = {"fullUrl": f"urn:uuid:{data['id']}", "resource": data}
        fh.write(("" if first else ",\n") + json.dumps(entry, sort_keys=True))
        first = False
        report.add(claim)
    fh.write("\n]}\n")
    return report
