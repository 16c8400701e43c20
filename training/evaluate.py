"""Evaluation beyond score.py: per-rule recall, worst notes, frequency bands, calibration, before/after.

All figures come from :mod:`training.metrics` (score.py's definitions). Frequency bands: a gold code is
*frequent* when it appears in >= 10 notes of the reference gold (``--freq-from``, default the evaluated
gold itself), *medium* at 3-9 and *rare* below 3; predicted codes are banded the same way.
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from typing import Any

from training.calibration import reliability
from training.metrics import Codes, average_precision, best_by_code, prf, score

_RULE = re.compile(r"^\s*\[?([A-Z]{1,3}\d{1,3}[a-z]?|[IV]+\.[A-Z0-9.\-a-z]+)\]?[:\s]")
BANDS = (("frequent", 10), ("medium", 3), ("rare", 0))


def band_of(n: int) -> str:
    return next(name for name, low in BANDS if n >= low)


def code_frequency(gold: Codes) -> Counter:
    """Number of notes each (system, code) appears in."""
    return Counter(k for codes in gold.values() for k in {(c["system"], c["code"]) for c in codes})


def per_rule(gold: Codes, pred: Codes) -> dict[str, dict[str, Any]]:
    """Recall of gold codes grouped by the rule id their rationale starts with (e.g. ``R08``)."""
    out: dict[str, dict[str, int]] = defaultdict(lambda: {"gold": 0, "found": 0})
    for nid, codes in gold.items():
        have = {(c["system"], c["code"]) for c in pred.get(nid, [])}
        for c in codes:
            m = _RULE.match(c.get("rationale") or "")
            if not m:
                continue
            row = out[m.group(1)]
            row["gold"] += 1
            row["found"] += int((c["system"], c["code"]) in have)
    return {k: {**v, "recall": round(v["found"] / v["gold"], 4)} for k, v in sorted(out.items())}


def worst_notes(gold: Codes, pred: Codes, n: int = 10) -> list[dict[str, Any]]:
    """Notes with the lowest F1 (then most errors): where to look first."""
    rows = []
    for nid, codes in gold.items():
        g = {(c["system"], c["code"]) for c in codes}
        p = set(best_by_code(pred.get(nid, [])))
        r = prf(len(g & p), len(p - g), len(g - p))
        rows.append({"id": nid, "f1": r["f1"], "missed": sorted(f"{s}:{c}" for s, c in g - p),
                     "extra": sorted(f"{s}:{c}" for s, c in p - g)})
    rows.sort(key=lambda r: (r["f1"], -(len(r["missed"]) + len(r["extra"]))))
    return rows[:n]


def by_band(gold: Codes, pred: Codes, reference: Codes | None = None) -> dict[str, dict[str, float]]:
    """Micro P/R/F1 per code frequency band (see module docstring)."""
    freq = code_frequency(reference if reference is not None else gold)
    counts: dict[str, Counter] = {name: Counter() for name, _ in BANDS}
    for nid in gold:
        g = {(c["system"], c["code"]) for c in gold[nid]}
        p = set(best_by_code(pred.get(nid, [])))
        for k in g | p:
            cnt = counts[band_of(freq[k])]
            cnt["tp" if k in g and k in p else "fn" if k in g else "fp"] += 1
    return {name: {**prf(c["tp"], c["fp"], c["fn"]), "gold": c["tp"] + c["fn"]} for name, c in counts.items()}


def calibration_pairs(gold: Codes, pred: Codes) -> tuple[list[float], list[int]]:
    """(score, correct?) for every predicted code: the input of the reliability diagram."""
    probs, labels = [], []
    for nid, codes in pred.items():
        if nid not in gold:
            continue
        g = {(c["system"], c["code"]) for c in gold[nid]}
        for k, c in best_by_code(codes).items():
            probs.append(min(max(c["score"], 0.0), 1.0))
            labels.append(int(k in g))
    return probs, labels


# E/M service codes: office/outpatient, hospital, ED, preventive, Medicare wellness visits
_EM = re.compile(r"^(99(20[2-5]|21[1-5]|22[1-3]|23[1-9]|28[1-5]|38[1-7]|39[1-7])|G043[89])$")


def em_match(gold: Codes, pred: Codes) -> dict[str, Any]:
    """E/M level exact match over notes whose gold has an E/M code: the predicted E/M set must equal the gold's."""
    notes = matched = 0
    for note_id, codes in gold.items():
        wanted = sorted(c["code"] for c in codes if _EM.match(c["code"]))
        if not wanted:
            continue
        notes += 1
        matched += wanted == sorted(c["code"] for c in pred.get(note_id, []) if _EM.match(c["code"]))
    return {"notes": notes, "matched": matched, "exact": matched / notes if notes else None}


def evaluate(gold: Codes, pred: Codes, *, reference: Codes | None = None, worst: int = 10) -> dict[str, Any]:
    """Everything ``medcoder evaluate`` prints for one suggestion file."""
    probs, labels = calibration_pairs(gold, pred)
    rel = reliability(probs, labels)
    return {"score": score(gold, pred), "rules": per_rule(gold, pred), "worst": worst_notes(gold, pred, worst),
            "bands": by_band(gold, pred, reference), "calibration": rel, "em": em_match(gold, pred)}


def note_ap(gold: Codes, pred: Codes) -> dict[str, float]:
    """Average precision per note (for before/after: which notes got better or worse)."""
    out = {}
    for nid, codes in gold.items():
        g = {(c["system"], c["code"]) for c in codes}
        if g:
            ranked = [k for k, _ in sorted(best_by_code(pred.get(nid, [])).items(), key=lambda kv: -kv[1]["score"])]
            out[nid] = average_precision(ranked, g)
    return out


def compare(gold: Codes, before: Codes, after: Codes) -> dict[str, Any]:
    """Before/after on the same notes: both score tables, the deltas, notes improved/worsened by AP."""
    a, b = evaluate(gold, before), evaluate(gold, after)
    deltas = {}
    for system in a["score"]:
        if system == "notes":
            continue
        ra, rb = a["score"][system], b["score"].get(system)
        if not rb:
            continue
        deltas[system] = {"f1": round(rb["code"]["f1"] - ra["code"]["f1"], 4),
                          "precision": round(rb["code"]["precision"] - ra["code"]["precision"], 4),
                          "recall": round(rb["code"]["recall"] - ra["code"]["recall"], 4),
                          "map": round(rb["map"] - ra["map"], 4)}
    ap_a, ap_b = note_ap(gold, before), note_ap(gold, after)
    better = sum(1 for n in ap_a if ap_b.get(n, 0) > ap_a[n] + 1e-9)
    worse = sum(1 for n in ap_a if ap_b.get(n, 0) < ap_a[n] - 1e-9)
    return {"before": a, "after": b, "delta": deltas, "notes_better": better, "notes_worse": worse,
            "notes_same": len(ap_a) - better - worse}
