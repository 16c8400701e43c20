"""Accuracy reports from completed re-reviews, and the engine's quality in production; as data and CSV.

Coder accuracy takes the auditor's codes as correct (definitions in :mod:`medcoder.audit.compare`).
Code-level intervals treat code positions as independent, which understates the width when one
record holds many errors; the record-level interval is the one to quote for a pass/fail threshold.
"""

from __future__ import annotations

import csv
import io
from collections import Counter, defaultdict
from collections.abc import Iterable
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from medcoder.audit.compare import ERROR_TYPES, code_accuracy_counts, kappa_pairs
from medcoder.audit.stats import cohens_kappa, wilson_interval
from medcoder.services.sampling import get_sample
from medcoder.storage.models import (
    AuditReview,
    AuditSampleItem,
    Decision,
    Encounter,
    EncounterCode,
    Suggestion,
    User,
)

CODED_STATES = ("finalized", "exported")


def _keys(rows: Iterable[dict[str, Any]]) -> list[tuple[str, str]]:
    return [(r["system"], r["code"]) for r in rows]


def _ratio(num: int, den: int) -> float | None:
    return round(num / den, 6) if den else None


def _accuracy_row(name: str, reviews: list[AuditReview]) -> dict[str, Any]:
    records = len(reviews)
    correct = sum(1 for r in reviews if r.findings.get("record_correct"))
    agree = total = 0
    errors: Counter[str] = Counter()
    pairs: list[tuple[bool, bool]] = []
    for review in reviews:
        a, t = code_accuracy_counts(review.findings)
        agree, total = agree + a, total + t
        errors.update({k: review.findings["counts"].get(k, 0) for k in ERROR_TYPES})
        pairs += kappa_pairs(_keys(review.findings.get("engine_codes", [])), _keys(review.findings["coder_codes"]),
                             _keys(review.codes))
    kappa = cohens_kappa(pairs)
    return {
        "coder": name, "records": records, "records_correct": correct, "record_accuracy": _ratio(correct, records),
        "record_ci90": wilson_interval(correct, records, 0.90).as_list(),
        "record_ci95": wilson_interval(correct, records, 0.95).as_list(),
        "codes": total, "codes_agree": agree, "code_accuracy": _ratio(agree, total),
        "code_ci90": wilson_interval(agree, total, 0.90).as_list(),
        "code_ci95": wilson_interval(agree, total, 0.95).as_list(),
        "errors": {k: errors.get(k, 0) for k in ERROR_TYPES},
        "kappa": None if kappa is None else round(kappa, 6), "kappa_items": len(pairs),
    }


def accuracy_report(session: Session, *, sample_id: int | None = None) -> dict[str, Any]:
    """Per coder and overall record- and code-level accuracy with 90%/95% Wilson intervals and kappa."""
    stmt = (select(AuditReview, AuditSampleItem, User.username)
            .join(AuditSampleItem, AuditSampleItem.id == AuditReview.sample_item_id)
            .outerjoin(User, User.id == AuditSampleItem.coder_id)
            .where(AuditReview.completed_at.is_not(None)))
    if sample_id is not None:
        get_sample(session, sample_id)  # an unknown sample is an error, not an empty report
        stmt = stmt.where(AuditSampleItem.sample_id == sample_id)
    by_coder: dict[str, list[AuditReview]] = defaultdict(list)
    everything: list[AuditReview] = []
    for review, _item, username in session.execute(stmt.order_by(AuditReview.id)).all():
        by_coder[username or "(unknown)"].append(review)
        everything.append(review)
    return {"sample_id": sample_id, "overall": _accuracy_row("(all coders)", everything),
            "coders": [_accuracy_row(name, by_coder[name]) for name in sorted(by_coder)]}


def band_of(score: float) -> str:
    """Tenth of the score range, e.g. 0.93 -> "0.9-1.0" (a score of exactly 1.0 joins the top band)."""
    index = min(int(max(score, 0.0) * 10 + 1e-9), 9)
    return f"{index / 10:.1f}-{(index + 1) / 10:.1f}"


def engine_report(session: Session, *, date_from: str | None = None, date_to: str | None = None,
                  top: int = 15) -> dict[str, Any]:
    """Precision/recall of suggestions against coders' final codes, acceptance by code and by confidence band
    (calibration), and the most rejected codes with their reasons, over finalized/exported encounters."""
    enc = select(Encounter.id).where(Encounter.state.in_(CODED_STATES))
    if date_from:
        enc = enc.where(Encounter.date_of_service >= date_from)
    if date_to:
        enc = enc.where(Encounter.date_of_service <= date_to)
    ids = set(session.scalars(enc))
    suggested: dict[str, set[tuple[str, str]]] = defaultdict(set)
    finals: dict[str, set[tuple[str, str]]] = defaultdict(set)
    decided: list[Suggestion] = []
    for s in session.scalars(select(Suggestion).where(Suggestion.encounter_id.in_(enc),
                                                      Suggestion.status != "superseded")):
        suggested[s.encounter_id].add((s.system, s.code))
        if s.status in ("accepted", "rejected", "corrected"):
            decided.append(s)
    for row in session.execute(select(EncounterCode.encounter_id, EncounterCode.system, EncounterCode.code)
                               .where(EncounterCode.encounter_id.in_(enc))):
        finals[row[0]].add((row[1], row[2]))
    hits = sum(len(suggested[e] & finals[e]) for e in ids)
    n_suggested = sum(len(suggested[e]) for e in ids)
    n_final = sum(len(finals[e]) for e in ids)
    by_code: dict[tuple[str, str], Counter[str]] = defaultdict(Counter)
    bands: dict[str, dict[str, float]] = {}
    for s in decided:
        by_code[(s.system, s.code)][s.status] += 1
        band = bands.setdefault(band_of(s.score), {"n": 0, "accepted": 0, "score_sum": 0.0})
        band["n"] += 1
        band["accepted"] += s.status == "accepted"
        band["score_sum"] += s.score
    reasons = _reject_reasons(session, [s.id for s in decided if s.status == "rejected"])
    codes = sorted(by_code.items(), key=lambda kv: (-sum(kv[1].values()), kv[0]))
    return {
        "encounters": len(ids), "suggested": n_suggested, "final": n_final, "matched": hits,
        "precision": _ratio(hits, n_suggested), "recall": _ratio(hits, n_final),
        "decided": len(decided), "acceptance_rate": _ratio(sum(s.status == "accepted" for s in decided), len(decided)),
        "by_code": [{"system": k[0], "code": k[1], "decided": sum(c.values()), "accepted": c["accepted"],
                     "rejected": c["rejected"], "corrected": c["corrected"],
                     "acceptance_rate": _ratio(c["accepted"], sum(c.values()))} for k, c in codes[:top]],
        "by_band": [{"band": name, "n": int(b["n"]), "accepted": int(b["accepted"]),
                     "mean_score": round(b["score_sum"] / b["n"], 6),
                     "acceptance_rate": _ratio(int(b["accepted"]), int(b["n"])),
                     "ci95": wilson_interval(int(b["accepted"]), int(b["n"]), 0.95).as_list()}
                    for name, b in sorted(bands.items())],
        "top_rejected": sorted(
            ({"system": k[0], "code": k[1], "rejected": c["rejected"], "reasons": dict(reasons.get(k, Counter()))}
             for k, c in by_code.items() if c["rejected"]),
            key=lambda r: (-r["rejected"], r["system"], r["code"]))[:top],
    }


def _reject_reasons(session: Session, suggestion_ids: list[int]) -> dict[tuple[str, str], Counter[str]]:
    """Reason counts per code from the coders' (not undone) reject decisions."""
    result: dict[tuple[str, str], Counter[str]] = defaultdict(Counter)
    for start in range(0, len(suggestion_ids), 500):
        chunk = suggestion_ids[start:start + 500]
        rows = session.execute(select(Suggestion.system, Suggestion.code, Decision.reason)
                               .join(Decision, Decision.suggestion_id == Suggestion.id)
                               .where(Decision.suggestion_id.in_(chunk), Decision.action == "reject",
                                      Decision.undone.is_(False)))
        for system, code, reason in rows:
            result[(system, code)][reason or "unspecified"] += 1
    return result


ACCURACY_COLUMNS = ("coder", "records", "records_correct", "record_accuracy", "record_ci90_low", "record_ci90_high",
                    "record_ci95_low", "record_ci95_high", "codes", "codes_agree", "code_accuracy", "code_ci90_low",
                    "code_ci90_high", "code_ci95_low", "code_ci95_high", *ERROR_TYPES, "kappa")


def accuracy_csv(report: dict[str, Any]) -> str:
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(ACCURACY_COLUMNS)
    for row in [*report["coders"], report["overall"]]:
        writer.writerow([row["coder"], row["records"], row["records_correct"], row["record_accuracy"],
                         *row["record_ci90"], *row["record_ci95"], row["codes"], row["codes_agree"],
                         row["code_accuracy"], *row["code_ci90"], *row["code_ci95"],
                         *(row["errors"][k] for k in ERROR_TYPES), row["kappa"]])
    return out.getvalue()


def engine_csv(report: dict[str, Any]) -> str:
    """One CSV with a ``section`` column: summary, code, band, rejected."""
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(("section", "key", "n", "accepted", "rate", "mean_score", "detail"))
    writer.writerow(("summary", "precision", report["suggested"], report["matched"], report["precision"], "", ""))
    writer.writerow(("summary", "recall", report["final"], report["matched"], report["recall"], "", ""))
    for row in report["by_code"]:
        writer.writerow(("code", f"{row['system']}:{row['code']}", row["decided"], row["accepted"],
                         row["acceptance_rate"], "", f"rejected={row['rejected']} corrected={row['corrected']}"))
    for row in report["by_band"]:
        writer.writerow(("band", row["band"], row["n"], row["accepted"], row["acceptance_rate"], row["mean_score"], ""))
    for row in report["top_rejected"]:
        writer.writerow(("rejected", f"{row['system']}:{row['code']}", row["rejected"], "", "", "",
                         " ".join(f"{k}={v}" for k, v in sorted(row["reasons"].items()))))
    return out.getvalue()
