"""``medcoder audit``: verify the hash chain, checkpoints, read the log, draw samples, print reports."""

from __future__ import annotations

import json
import sys
from pathlib import Path

import typer
from rich.table import Table

from medcoder.audit import log as audit_log
from medcoder.audit import make_checkpoint, verify_chain
from medcoder.audit.stats import attribute_sample_size
from medcoder.cli.common import cli_actor, console, err_console, handle_errors
from medcoder.errors import AuditChainError, NotFoundError, ValidationError
from medcoder.services import sampling
from medcoder.settings import get_settings
from medcoder.storage.db import session_scope
from medcoder.storage.migrate import require_current_schema

app = typer.Typer(help="Tamper-evident audit log, auditor samples and accuracy reports.", no_args_is_help=True)
sample_app = typer.Typer(help="Draw and list auditor samples.", no_args_is_help=True)
app.add_typer(sample_app, name="sample")


def _read_checkpoint(path: Path) -> dict:
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        raise NotFoundError(f"checkpoint file {path} does not exist") from None
    except json.JSONDecodeError as exc:
        raise ValidationError(f"checkpoint file {path} is not JSON (line {exc.lineno})") from None
    if not isinstance(data, dict):
        raise ValidationError(f"checkpoint file {path} must hold a JSON object")
    return data


@app.command("verify")
@handle_errors
def verify(
    checkpoint: Path = typer.Option(None, "--checkpoint", "-c", help="A file written by `medcoder audit checkpoint`."),
) -> None:
    """Recompute every event's hash; exit 4 naming the first broken event."""
    require_current_schema()
    saved = _read_checkpoint(checkpoint) if checkpoint else None
    with session_scope() as session:
        result = verify_chain(session, saved, hmac_key=get_settings().audit_hmac_key)
    if not result.ok:
        raise AuditChainError(f"audit chain broken at event {result.broken_seq}: {result.reason}",
                              seq=result.broken_seq)
    extra = f"; checkpoint at event {saved['seq']} confirmed" if saved else ""
    console.print(f"audit chain ok: {result.events} events, head {result.head_seq} {result.head_hash[:16]}…{extra}")


@app.command("checkpoint")
@handle_errors
def checkpoint(
    output: Path = typer.Option(None, "--output", "-o", help="Write the checkpoint JSON here instead of stdout."),
) -> None:
    """Print the head sequence number and hash (HMAC-signed when MEDCODER_AUDIT_HMAC_KEY is set)."""
    require_current_schema()
    with session_scope() as session:
        data = make_checkpoint(session, hmac_key=get_settings().audit_hmac_key)
    text = json.dumps(data, indent=2, sort_keys=True)
    if output:
        output.write_text(text + "\n", encoding="utf-8")
        err_console.print(f"checkpoint at event {data['seq']} written to {output}"
                          + ("" if "hmac" in data else " (unsigned: set MEDCODER_AUDIT_HMAC_KEY to sign it)"))
    else:
        typer.echo(text)


@app.command("log")
@handle_errors
def log(
    encounter: str = typer.Option(None, "--encounter", "-e", help="Only this encounter's events."),
    user: str = typer.Option(None, "--user", "-u", help="Only events by this actor (username, or cli:NAME)."),
    action: str = typer.Option(None, "--action", "-a", help="Exact action or dotted prefix, e.g. 'audit'."),
    since: str = typer.Option(None, help="From this ISO date or date-time (UTC)."),
    until: str = typer.Option(None, help="Up to this ISO date (whole day) or date-time (UTC)."),
    as_csv: bool = typer.Option(False, "--csv", help="Write every matching event as CSV to stdout."),
    limit: int = typer.Option(200, help="Table only: show the newest N matching events."),
) -> None:
    """Filter events by encounter, user, action and time; as a table or CSV."""
    require_current_schema()
    flt = audit_log.EventFilter(encounter_id=encounter, actor=user, action=action,
                                since=audit_log.parse_when(since), until=audit_log.parse_when(until, end_of_day=True))
    with session_scope() as session:
        if as_csv:
            audit_log.write_csv(audit_log.iter_events(session, flt), sys.stdout)
            return
        events = list(reversed(audit_log.query_events(session, flt, limit=limit, newest_first=True)))
        table = Table("seq", "at (UTC)", "actor", "role", "action", "encounter", "payload")
        for event in events:
            table.add_row(str(event.seq), audit_log.iso(event.at)[:19], event.actor, event.role, event.action,
                          event.encounter_id or "", audit_log.summary(json.loads(event.payload), 60))
    console.print(table)
    console.print(f"{len(events)} event(s)" + (f" (newest {limit}; use --csv for all)" if len(events) == limit else ""))


@sample_app.command("size")
@handle_errors
def sample_size(
    population: int = typer.Option(None, min=1, help="Population size for the finite-population correction."),
    confidence: float = typer.Option(0.90, help="Confidence level, e.g. 0.90."),
    precision: float = typer.Option(0.03, help="Desired precision, e.g. 0.03 for +/-3%."),
    expected_error: float = typer.Option(0.05, help="Expected error rate, e.g. 0.05."),
) -> None:
    """Attribute sample size (RAT-STATS style, normal approximation with finite-population correction)."""
    spec = sampling.SizeSpec(confidence=confidence, precision=precision, expected_error=expected_error)
    try:
        size = spec.size(population) if population else attribute_sample_size(
            confidence=confidence, precision=precision, expected_error=expected_error)
    except ValueError as exc:
        raise ValidationError(str(exc)) from None
    typer.echo(size)


@sample_app.command("create")
@handle_errors
def sample_create(
    name: str = typer.Argument(..., help="A label for the sample, e.g. 'Q1 2026 outpatient'."),
    auditor: str = typer.Option(..., help="Username of the auditor who owns the sample."),
    method: str = typer.Option("simple", help="simple, stratified-coder or stratified-confidence."),
    count: int = typer.Option(None, help="Draw exactly this many."),
    percent: float = typer.Option(None, help="Draw this percentage of the population."),
    confidence: float = typer.Option(0.90, help="Attribute size: confidence level."),
    precision: float = typer.Option(0.03, help="Attribute size: precision (+/-)."),
    expected_error: float = typer.Option(0.05, help="Attribute size: expected error rate."),
    seed: int = typer.Option(None, help="Random seed (recorded; the same inputs always give the same sample)."),
    date_from: str = typer.Option(None, "--from", help="Date of service from (YYYY-MM-DD)."),
    date_to: str = typer.Option(None, "--to", help="Date of service to (YYYY-MM-DD)."),
    coder: str = typer.Option(None, help="Only encounters finalized by this coder."),
    setting: str = typer.Option(None, help="outpatient or inpatient."),
    specialty: str = typer.Option(None),
    payer: str = typer.Option(None, help="Payer name."),
    system: str = typer.Option(None, help="Only encounters with a code in ICD-10-CM, CPT or HCPCS."),
    code: str = typer.Option(None, help="Only encounters with this code or a code beneath it."),
) -> None:
    """Draw a sample of finalized/exported encounters and store it."""
    from medcoder.services.users import get_user

    require_current_schema()
    kind = "fixed" if count else "percent" if percent else "attribute"
    spec = sampling.SizeSpec(kind=kind, count=count, percent=percent, confidence=confidence, precision=precision,
                             expected_error=expected_error)
    flt = sampling.PopulationFilter(date_from=date_from, date_to=date_to, coder=coder, setting=setting,
                                    specialty=specialty, payer=payer, system=system, code=code)
    with session_scope() as session:
        owner = get_user(session, auditor)
        if owner is None or owner.role not in ("auditor", "admin"):
            raise ValidationError(f"{auditor!r} is not an auditor or admin", field="auditor")
        sample = sampling.create_sample(session, name=name, flt=flt, size_spec=spec, method=method,
                                        created_by=owner, actor=cli_actor(), seed=seed)
        items = sampling.sample_items(session, sample.id)
        console.print(f"sample {sample.id} [bold]{sample.name}[/]: {len(items)} of {sample.population_size} "
                      f"encounters ({method}, seed {sample.seed})")
        for stratum, counts in sample.parameters["strata"].items():
            console.print(f"  {stratum}: {counts['sample']} of {counts['population']}")


@sample_app.command("list")
@handle_errors
def sample_list() -> None:
    """List stored samples."""
    require_current_schema()
    table = Table("id", "name", "method", "seed", "population", "sample", "created")
    with session_scope() as session:
        for sample in sampling.list_samples(session):
            table.add_row(str(sample.id), sample.name, sample.method, str(sample.seed), str(sample.population_size),
                          str(sum(v["sample"] for v in sample.parameters.get("strata", {}).values())),
                          f"{sample.created_at:%Y-%m-%d %H:%M}")
    console.print(table)


@sample_app.command("frame")
@handle_errors
def sample_frame(
    sample_id: int,
    output: Path = typer.Option(None, "--output", "-o", help="Write the CSV here instead of stdout."),
) -> None:
    """Export a sample's frame (whole population, numbered, selected yes/no) as CSV."""
    require_current_schema()
    with session_scope() as session:
        text = sampling.frame_csv(session, sample_id=sample_id, actor=cli_actor())
    if output:
        output.write_text(text, encoding="utf-8")
        err_console.print(f"frame of sample {sample_id} written to {output}")
    else:
        sys.stdout.write(text)


def _pct(value: float | None) -> str:
    return "-" if value is None else f"{value * 100:.1f}%"


def _ci(interval: list[float]) -> str:
    return f"{interval[0] * 100:.1f}-{interval[1] * 100:.1f}%"


@app.command("report")
@handle_errors
def report(
    sample_id: int = typer.Option(None, "--sample", "-s", help="Only this sample's reviews (default: all)."),
    engine: bool = typer.Option(False, "--engine", help="Engine quality (precision, recall, calibration) instead."),
    as_csv: bool = typer.Option(False, "--csv", help="Write CSV to stdout."),
) -> None:
    """Coder accuracy with 90%/95% Wilson intervals and kappa, or the engine's quality in production."""
    from medcoder.services import audit_reports

    require_current_schema()
    with session_scope() as session:
        data = (audit_reports.engine_report(session) if engine
                else audit_reports.accuracy_report(session, sample_id=sample_id))
    if as_csv:
        sys.stdout.write(audit_reports.engine_csv(data) if engine else audit_reports.accuracy_csv(data))
        return
    if engine:
        console.print(f"{data['encounters']} coded encounters: precision {_pct(data['precision'])}, "
                      f"recall {_pct(data['recall'])}, acceptance {_pct(data['acceptance_rate'])}")
        table = Table("confidence", "decided", "accepted", "mean score", "acceptance", "95% CI")
        for band in data["by_band"]:
            table.add_row(band["band"], str(band["n"]), str(band["accepted"]), f"{band['mean_score']:.2f}",
                          _pct(band["acceptance_rate"]), _ci(band["ci95"]))
        console.print(table)
        for row in data["top_rejected"][:10]:
            reasons = ", ".join(f"{k} {v}" for k, v in sorted(row["reasons"].items()))
            console.print(f"  rejected {row['rejected']}x {row['system']} {row['code']}: {reasons}")
        return
    # Three narrow tables rather than one 13-column one: readable in an 80-column terminal.
    rows = [*data["coders"], data["overall"]]
    records = Table("coder", "records", "accuracy", "90% CI", "95% CI", title="Record (encounter) accuracy")
    codes = Table("coder", "codes", "accuracy", "95% CI", "kappa", title="Code accuracy")
    errors = Table("coder", "missed", "extra", "specificity", "sequencing", title="Errors found by auditors")
    for row in rows:
        e = row["errors"]
        records.add_row(row["coder"], str(row["records"]), _pct(row["record_accuracy"]), _ci(row["record_ci90"]),
                        _ci(row["record_ci95"]))
        codes.add_row(row["coder"], str(row["codes"]), _pct(row["code_accuracy"]), _ci(row["code_ci95"]),
                      "-" if row["kappa"] is None else f"{row['kappa']:.3f}")
        errors.add_row(row["coder"], str(e["missed"]), str(e["extra"]), str(e["wrong_specificity"]),
                       str(e["sequencing"]))
    for table in (records, codes, errors):
        console.print(table)
