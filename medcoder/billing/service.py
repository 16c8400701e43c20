"""Export service: finalized encounters in the database -> claim file, Export/Claim rows, audit events.

One call, one transaction (the caller commits): control numbers are reserved, the file is written
atomically, the Export and Claim rows are stored, every exported encounter moves to `exported` with an
audit event, and the export itself is audited. If nothing passes its checks, `NoClaimsToExportError`
is raised, no file is written and nothing is stored (the caller rolls back).

Decisions:
- `since` selects encounters *finalized* on or after that date (what "new since the last run" means).
- A previously exported encounter that was reopened and finalized again exports as a replacement claim
  (frequency 7) whose REF*F8 is our first claim id for it (we do not receive the payer's ICN).
- Claim ids are `MC` + a persisted counter: unique, short enough for CLM01 (38) and for payers that keep 20.
- Charges: units x the fee schedule stored in the database; else the file named by
  `MEDCODER_FEE_SCHEDULE`; else the shipped demo schedule, and the result says so (keeps
  `medcoder demo` -> `medcoder export` working).
- Site values: `MEDCODER_SITE_CONFIG` (JSON or TOML) when set, else the demo site.
- Place of service (CLM05-1; FHIR `item.locationCodeableConcept`; CSV `place_of_service`): the note metadata's
  `visit.place_of_service`, except for a telehealth visit. When a final line carries modifier 95 or 93 and came
  from an engine suggestion that decided the patient's location (`extra.place_of_service`, 10 = patient's home,
  02 = elsewhere, see `suggest.em.telehealth_modifiers`), that place of service goes on the claim instead of the
  scheduled one (usually 11), as CMS has required for telehealth since 2024. Metadata that already says 02 or 10
  is kept. A coder who removes the modifier gets the metadata's place of service back.
"""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, date, datetime, time
from decimal import Decimal
from pathlib import Path
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from medcoder.audit import Actor, append_event
from medcoder.billing.checks import CodeSets, default_codesets
from medcoder.billing.claim import ClaimInput, ControlNumbers, ServiceLine
from medcoder.billing.errors import NoClaimsToExportError
from medcoder.billing.export import ExportResult, export_claims
from medcoder.billing.fees import FeeSchedule, demo_fee_schedule, import_fee_schedule
from medcoder.billing.registry import get_exporter
from medcoder.billing.site import SiteConfig
from medcoder.settings import get_settings
from medcoder.storage.models import (
    Claim,
    ControlNumber,
    Encounter,
    EncounterCode,
    Export,
    FeeScheduleEntry,
    Suggestion,
    User,
)

DIAGNOSIS_SYSTEM = "ICD-10-CM"
PROCEDURE_SYSTEMS = ("CPT", "HCPCS")
TELEHEALTH_MODIFIERS = frozenset(("95", "93"))  # synchronous audio-video / audio-only telemedicine
TELEHEALTH_POS = ("02", "10")  # telehealth with the patient elsewhere / in the patient's home
X12_MAX_CONTROL = 999_999_999


def next_counter(session: Session, name: str) -> int:
    """Increment and return a persisted counter (row-locked on PostgreSQL; SQLite serialises writers)."""
    stmt = select(ControlNumber).where(ControlNumber.name == name).with_for_update()
    row = session.execute(stmt).scalar_one_or_none()
    if row is None:
        row = ControlNumber(name=name, value=0)
        session.add(row)
    row.value = row.value % X12_MAX_CONTROL + 1
    session.flush()
    return row.value


def stored_fee_schedule(session: Session) -> FeeSchedule | None:
    """The imported fee schedule, or None when the table is empty."""
    rows = session.execute(select(FeeScheduleEntry.code, FeeScheduleEntry.modifier, FeeScheduleEntry.charge)).all()
    if not rows:
        return None
    return FeeSchedule({(c, m or ""): Decimal(str(v)).quantize(Decimal("0.01")) for c, m, v in rows})


def replace_fee_schedule(session: Session, *, schedule: FeeSchedule, actor: Actor, source: str = "") -> int:
    """Store `schedule` as the site's fee schedule (replacing the old one) and audit it; returns the row count.

    This is what `medcoder fees import FILE.csv` calls after `fees.import_fee_schedule(FILE)`.
    """
    session.query(FeeScheduleEntry).delete()
    session.add_all(FeeScheduleEntry(code=c, modifier=m, charge=float(v)) for c, m, v in schedule.rows())
    session.flush()
    append_event(session, actor=actor, action="fees.import", payload={"rows": len(schedule), "source": source})
    return len(schedule)


def configured_site() -> SiteConfig:
    """The site settings file named by `MEDCODER_SITE_CONFIG`, else the demo site."""
    path = get_settings().site_config
    return SiteConfig.from_file(path) if path else SiteConfig.demo()


def configured_fees(session: Session) -> tuple[FeeSchedule, list[str]]:
    """(fee schedule, notes): database rows, else `MEDCODER_FEE_SCHEDULE`, else the demo schedule."""
    fees = stored_fee_schedule(session)
    if fees is not None:
        return fees, []
    path = get_settings().fee_schedule
    if path:
        return import_fee_schedule(path), [f"fee schedule: none imported, charges come from {Path(path).name}"]
    return demo_fee_schedule(), ["fee schedule: none imported, charges come from the demo schedule"]


def _pointer_codes(raw: list[Any], diagnoses: list[str]) -> tuple[str, ...]:
    """Stored pointers may be diagnosis codes or 1-based positions; both become codes."""
    out: list[str] = []
    for p in raw or []:
        if isinstance(p, int) or (isinstance(p, str) and p.isdigit()):
            i = int(p)
            out.append(diagnoses[i - 1] if 1 <= i <= len(diagnoses) else f"#{i}")  # "#13" fails the checks
        else:
            out.append(str(p))
    return tuple(out)


def telehealth_place_of_service(session: Session, codes: list[EncounterCode], meta_pos: str) -> str | None:
    """The telehealth place of service (02/10) the claim must carry instead of `meta_pos`, else None.

    From the first procedure line with modifier 95/93 whose engine suggestion decided the patient's location;
    None when the metadata already gives 02/10 or no telehealth line came from such a suggestion."""
    if meta_pos in TELEHEALTH_POS:
        return None
    for c in codes:
        if c.system not in PROCEDURE_SYSTEMS or not TELEHEALTH_MODIFIERS & {str(m) for m in (c.modifiers or [])}:
            continue
        suggestion = session.get(Suggestion, c.suggestion_id) if c.suggestion_id else None
        pos = str(((suggestion.extra if suggestion else None) or {}).get("place_of_service") or "")
        if pos in TELEHEALTH_POS:
            return pos
    return None


def build_claim_input(session: Session, encounter: Encounter, *, fees: FeeSchedule, claim_id: str) -> ClaimInput:
    """ClaimInput for one encounter from its note metadata and final code list."""
    codes = session.scalars(
        select(EncounterCode).where(EncounterCode.encounter_id == encounter.id).order_by(EncounterCode.sequence)
    ).all()
    diagnoses = [c.code for c in codes if c.system == DIAGNOSIS_SYSTEM]
    lines = []
    for c in codes:
        if c.system not in PROCEDURE_SYSTEMS:
            continue
        modifiers = tuple(str(m) for m in (c.modifiers or []))
        units = int(c.units or 1)
        price = fees.charge(c.code, modifiers)
        lines.append(ServiceLine(code=c.code, system=c.system, modifiers=modifiers, units=units,
                                 charge=price * units if price is not None else Decimal("0"),
                                 diagnosis_codes=_pointer_codes(c.diagnosis_pointers, diagnoses)))
    previous = session.scalars(
        select(Claim.claim_id).where(Claim.encounter_id == encounter.id).order_by(Claim.id)
    ).first()
    meta = dict(encounter.note.meta or {})
    meta.setdefault("date_of_service", encounter.date_of_service)
    visit = dict(meta.get("visit") or {})
    pos = telehealth_place_of_service(session, list(codes), str(visit.get("place_of_service") or ""))
    if pos:
        meta["visit"] = {**visit, "place_of_service": pos}
    return ClaimInput.from_note_metadata(
        encounter_id=encounter.id, claim_id=claim_id, metadata=meta, diagnoses=diagnoses, lines=lines,
        frequency_code="7" if previous else "1", original_claim_id=previous or "",
    )


def _select(session: Session, *, since: date | None, encounter_ids: list[str] | None) -> list[str]:
    stmt = select(Encounter.id).where(Encounter.state == "finalized").order_by(Encounter.id)
    if since is not None:
        stmt = stmt.where(Encounter.finalized_at >= datetime.combine(since, time.min, tzinfo=UTC))
    if encounter_ids:
        stmt = stmt.where(Encounter.id.in_(encounter_ids))
    return list(session.scalars(stmt))


def export_encounters(
    *,
    session: Session,
    fmt: str,
    out_path: str | Path,
    actor: Actor,
    since: date | None = None,
    encounter_ids: list[str] | None = None,
    site: SiteConfig | None = None,
    codesets: CodeSets | None = None,
    created: datetime | None = None,
) -> ExportResult:
    """Export finalized encounters to `out_path` as `fmt` ("837p", "csv", "fhir"); see the module docstring.

    Encounters named in `encounter_ids` that are not finalized are reported in `result.failures`.
    """
    exporter = get_exporter(fmt)
    site = site or configured_site()
    created = created or datetime.now(UTC)
    fees, notes = configured_fees(session)
    ids = _select(session, since=since, encounter_ids=encounter_ids)
    pre_failures: dict[str, list[str]] = {}
    for missing in sorted(set(encounter_ids or []) - set(ids)):
        enc = session.get(Encounter, missing)
        pre_failures[missing] = ([f"state is {enc.state}; only finalized encounters are exported"] if enc
                                 else ["no such encounter"])
    control = ControlNumbers(interchange=next_counter(session, "interchange"), group=next_counter(session, "group"))

    def claims() -> Iterator[ClaimInput]:
        for enc_id in ids:
            encounter = session.get(Encounter, enc_id)
            assert encounter is not None
            yield build_claim_input(session, encounter, fees=fees, claim_id=f"MC{next_counter(session, 'claim'):010d}")

    try:
        result = export_claims(claims(), fmt=exporter.name, out_path=out_path, site=site, control=control,
                               created=created, codesets=codesets if codesets is not None else default_codesets())
    except NoClaimsToExportError as exc:
        failures = {**pre_failures, **exc.details.get("failures", {})}  # type: ignore[dict-item]
        if not failures:
            raise NoClaimsToExportError("no finalized encounters to export", failures={}) from None
        lines = [f"encounter {e}: {m}" for e, ms in failures.items() for m in ms]
        raise NoClaimsToExportError("no exportable claims: " + "; ".join(lines[:20]), failures=failures) from None
    result.failures = {**pre_failures, **result.failures}
    result.messages = notes + [f"encounter {e}: {m}" for e, ms in pre_failures.items() for m in ms] + result.messages
    _record(session, result=result, actor=actor, created=created)
    return result


def _record(session: Session, *, result: ExportResult, actor: Actor, created: datetime) -> None:
    """Store the Export and Claim rows, move encounters to `exported`, write the audit events."""
    user_id = session.scalar(select(User.id).where(User.username == actor.name))
    control = result.control.to_dict() if result.control else {}
    export = Export(format=result.format, file_name=result.path.name, file_hash=result.sha256,
                    encounter_ids=result.exported, control_numbers={**control, "transactions": result.transactions},
                    created_by_id=user_id, created_at=created)
    session.add(export)
    session.flush()
    for item in result.claims:
        encounter = session.get(Encounter, item.encounter_id)
        assert encounter is not None
        session.add(Claim(encounter_id=item.encounter_id, export_id=export.id, claim_id=item.claim_id,
                          frequency_code=item.frequency_code, original_claim_id=item.original_claim_id or None,
                          total_charge=float(item.total_charge), created_at=created))
        encounter.state = "exported"
        encounter.updated_at = created
        append_event(session, actor=actor, action="encounter.export", encounter_id=item.encounter_id,
                     payload={"before": "finalized", "after": "exported", "export_id": export.id,
                              "claim_id": item.claim_id, "frequency_code": item.frequency_code})
    session.flush()
    append_event(session, actor=actor, action="export.create",
                 payload={"export_id": export.id, "format": result.format, "file_hash": result.sha256,
                          "encounters": result.exported, "control_numbers": control,
                          "left_out": result.failures})

