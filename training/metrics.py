"""The scorer's figures, defined exactly as ``../shared/eval/score.py`` defines them.

The project may not depend on ``../shared`` at run time, so the definitions are copied here (same names,
same rounding); ``tests/test_training_metrics.py`` checks that both agree on a sample when ``../shared``
exists. Figures: micro precision/recall/F1 per system (CPT and HCPCS pooled as ``procedure``), ICD-10-CM
3-character category F1, MAP of each note's suggestions ranked by score (CodiEsp-D), and evidence F1 (a
code counts only where one of its evidence spans overlaps a gold span of that code, CodiEsp-X style).
"""

from __future__ import annotations

import json
from collections import defaultdict
from collections.abc import Iterable
from pathlib import Path
from typing import Any

Codes = dict[str, list[dict[str, Any]]]


def norm_code(code: str) -> str:
    """Codes compare after upper-casing and removing dots and spaces."""
    return code.replace(".", "").replace(" ", "").upper()


def norm_system(system: str) -> str:
    """``CPT``/``HCPCS`` pool as ``procedure``; ICD-10 spellings become ``ICD-10-CM``."""
    s = system.upper().replace("_", "-").replace(" ", "")
    if s in {"CPT", "HCPCS", "CPT4", "CPT-4", "HCPCS-II", "PROCEDURE"}:
        return "procedure"
    if s in {"ICD-10-CM", "ICD10CM", "ICD-10", "ICD10", "DIAGNOSIS"}:
        return "ICD-10-CM"
    return s


def normalize_record(rec: dict[str, Any]) -> list[dict[str, Any]]:
    """One suggestion-format line -> the scorer's code dicts (system, code, score, evidence)."""
    out = []
    for c in rec.get("codes", []):
        out.append({
            "system": norm_system(c.get("system", "ICD-10-CM")),
            "code": norm_code(str(c["code"])),
            "score": float(c.get("score", 1.0)),
            "evidence": [(int(e["start"]), int(e["end"])) for e in c.get("evidence", [])],
            "rationale": c.get("rationale") or "",
        })
    return out


def read_jsonl(path: Path | str) -> list[dict[str, Any]]:
    """Records of a JSON Lines file (blank lines skipped); errors name the line, never its content."""
    records = []
    with open(path, encoding="utf-8") as f:
        for n, line in enumerate(f, 1):
            if not line.strip():
                continue
            try:
                rec = json.loads(line)
            except json.JSONDecodeError as exc:
                raise ValueError(f"{path}:{n}: not JSON ({exc.msg})") from None
            if "id" not in rec:
                raise ValueError(f"{path}:{n}: no 'id'")
            records.append(rec)
    return records


def load_codes(records: Iterable[dict[str, Any]]) -> Codes:
    """Note id -> normalized codes, the shape :func:`score` takes."""
    return {str(r["id"]): normalize_record(r) for r in records}


def prf(tp: int, fp: int, fn: int) -> dict[str, float]:
    p = tp / (tp + fp) if tp + fp else 0.0
    r = tp / (tp + fn) if tp + fn else 0.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    return {"precision": round(p, 4), "recall": round(r, 4), "f1": round(f, 4), "tp": tp, "fp": fp, "fn": fn}


def overlaps(a: list[tuple[int, int]], b: list[tuple[int, int]]) -> bool:
    return any(s1 < e2 and s2 < e1 for s1, e1 in a for s2, e2 in b)


def average_precision(ranked: list, gold: set) -> float:
    if not gold:
        return 0.0
    hits, total = 0, 0.0
    for i, code in enumerate(ranked, 1):
        if code in gold:
            hits += 1
            total += hits / i
    return total / len(gold)


def best_by_code(codes: list[dict[str, Any]]) -> dict[tuple[str, str], dict[str, Any]]:
    """Each (system, code) once, keeping its highest-scored suggestion (as the scorer does)."""
    best: dict[tuple[str, str], dict[str, Any]] = {}
    for c in codes:
        k = (c["system"], c["code"])
        if k not in best or c["score"] > best[k]["score"]:
            best[k] = c
    return best


def score(gold: Codes, pred: Codes, system: str | None = None) -> dict[str, Any]:
    """The figures of score.py: per system and ``all``; notes missing from ``pred`` have no suggestions."""
    out: dict[str, Any] = {}
    systems = sorted({c["system"] for codes in gold.values() for c in codes})
    if system:
        systems = [norm_system(system)]
    for sysname in systems + ["all"]:
        counts: dict[str, int] = defaultdict(int)
        aps = []
        for nid, gcodes in gold.items():
            g = [c for c in gcodes if sysname == "all" or c["system"] == sysname]
            p = [c for c in pred.get(nid, []) if sysname == "all" or c["system"] == sysname]
            gset = {(c["system"], c["code"]) for c in g}
            pbest = best_by_code(p)
            pset = set(pbest)
            counts["tp"] += len(gset & pset)
            counts["fp"] += len(pset - gset)
            counts["fn"] += len(gset - pset)
            gcat = {(s, c[:3]) for s, c in gset if s == "ICD-10-CM"}
            pcat = {(s, c[:3]) for s, c in pset if s == "ICD-10-CM"}
            counts["ctp"] += len(gcat & pcat)
            counts["cfp"] += len(pcat - gcat)
            counts["cfn"] += len(gcat - pcat)
            gev: dict[tuple[str, str], list] = defaultdict(list)
            for c in g:
                gev[(c["system"], c["code"])].extend(c["evidence"])
            hits = sum(1 for k, c in pbest.items() if k in gev and gev[k] and overlaps(c["evidence"], gev[k]))
            counts["etp"] += hits
            counts["efp"] += len(pbest) - hits
            counts["efn"] += sum(1 for spans in gev.values() if spans) - hits
            if gset:
                ranked = [k for k, _ in sorted(pbest.items(), key=lambda kv: -kv[1]["score"])]
                aps.append(average_precision(ranked, gset))
        out[sysname] = {
            "code": prf(counts["tp"], counts["fp"], counts["fn"]),
            "map": round(sum(aps) / len(aps), 4) if aps else 0.0,
            "evidence": prf(counts["etp"], counts["efp"], counts["efn"]),
        }
        if sysname in ("ICD-10-CM", "all"):
            out[sysname]["category"] = prf(counts["ctp"], counts["cfp"], counts["cfn"])
    out["notes"] = {"gold": len(gold), "predicted": len(set(pred) & set(gold)), "extra": len(set(pred) - set(gold))}
    return out


def summary_line(name: str, r: dict[str, Any]) -> str:
    """One line per system in score.py's printed layout."""
    c, e = r["code"], r["evidence"]
    line = (f"{name:10s} code P={c['precision']:.3f} R={c['recall']:.3f} F1={c['f1']:.3f}  MAP={r['map']:.3f}"
            f"  evidence F1={e['f1']:.3f}")
    if "category" in r:
        line += f"  category F1={r['category']['f1']:.3f}"
    return line
