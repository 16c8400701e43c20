"""Calibration figures and score thresholds: expected calibration error, reliability diagram (PNG),
the keep threshold that maximises F1, and the auto-accept threshold (held-out precision >= 0.95)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import numpy as np


def reliability(probs: list[float], labels: list[int], bins: int = 10) -> dict[str, Any]:
    """Equal-width bins: count, mean predicted probability, observed rate; ECE = weighted |gap|."""
    p, y = np.asarray(probs, dtype=float), np.asarray(labels, dtype=float)
    edges = np.linspace(0.0, 1.0, bins + 1)
    idx = np.clip(np.digitize(p, edges[1:-1]), 0, bins - 1)
    rows, ece = [], 0.0
    for b in range(bins):
        mask = idx == b
        n = int(mask.sum())
        if not n:
            continue
        conf, acc = float(p[mask].mean()), float(y[mask].mean())
        ece += n / max(len(p), 1) * abs(acc - conf)
        rows.append({"low": float(edges[b]), "high": float(edges[b + 1]), "n": n, "confidence": round(conf, 4),
                     "accuracy": round(acc, 4)})
    return {"ece": round(ece, 4), "bins": rows, "n": len(p)}


def expected_calibration_error(probs: list[float], labels: list[int], bins: int = 10) -> float:
    return reliability(probs, labels, bins)["ece"]


def reliability_png(curves: dict[str, tuple[list[float], list[int]]], path: Path | str, bins: int = 10) -> Path:
    """Draw one reliability curve per named score (e.g. engine vs model) with its ECE in the legend."""
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    fig, ax = plt.subplots(figsize=(5, 5), dpi=100)
    ax.plot([0, 1], [0, 1], linestyle=":", color="grey", label="perfect")
    for name, (probs, labels) in curves.items():
        r = reliability(probs, labels, bins)
        xs = [b["confidence"] for b in r["bins"]]
        ys = [b["accuracy"] for b in r["bins"]]
        ax.plot(xs, ys, marker="o", label=f"{name} (ECE {r['ece']:.3f}, n={r['n']})")
    ax.set_xlabel("predicted probability (score)")
    ax.set_ylabel("observed share correct")
    ax.set_xlim(0, 1)
    ax.set_ylim(0, 1)
    ax.legend(loc="upper left", fontsize=8)
    ax.set_title("Reliability diagram")
    fig.tight_layout()
    path = Path(path)
    fig.savefig(path)
    plt.close(fig)
    return path


def best_f1_threshold(probs: list[float], labels: list[int], missed: int = 0) -> dict[str, float]:
    """Score cut-off that maximises F1; ``missed`` = true codes no candidate covers (always false negatives)."""
    order = np.argsort(-np.asarray(probs, dtype=float))
    p, y = np.asarray(probs, dtype=float)[order], np.asarray(labels, dtype=int)[order]
    positives = int(y.sum()) + missed
    best = {"threshold": 1.0, "f1": 0.0, "precision": 0.0, "recall": 0.0}
    tp = 0
    for i in range(len(p)):
        tp += y[i]
        if i + 1 < len(p) and p[i + 1] == p[i]:
            continue
        prec, rec = tp / (i + 1), tp / positives if positives else 0.0
        f1 = 2 * prec * rec / (prec + rec) if prec + rec else 0.0
        if f1 > best["f1"]:
            best = {"threshold": float(p[i]), "f1": round(f1, 4), "precision": round(prec, 4),
                    "recall": round(rec, 4)}
    return best


def best_f1_map_threshold(probs: list[float], labels: list[int], missed: int,
                          notes: list[tuple[list[float], list[int], int]]) -> dict[str, float]:
    """Cut-off maximising (F1 + MAP) / 2; ``notes`` = per note (scores, labels, number of true codes)."""
    grid = sorted(set(np.quantile(np.asarray(probs, dtype=float), np.linspace(0, 0.99, 100)).round(6)))
    p_all, y_all = np.asarray(probs, dtype=float), np.asarray(labels, dtype=int)
    positives = int(y_all.sum()) + missed
    best = {"threshold": 1.0, "f1": 0.0, "map": 0.0, "objective": 0.0}
    for t in grid:
        kept = p_all >= t
        tp, n = int(y_all[kept].sum()), int(kept.sum())
        prec, rec = (tp / n if n else 0.0), (tp / positives if positives else 0.0)
        f1 = 2 * prec * rec / (prec + rec) if prec + rec else 0.0
        aps = []
        for ps, ys, n_true in notes:
            if not n_true:
                continue
            ranked = sorted((p, y) for p, y in zip(ps, ys, strict=True) if p >= t)[::-1]
            hits, total = 0, 0.0
            for i, (_, y) in enumerate(ranked, 1):
                if y:
                    hits += 1
                    total += hits / i
            aps.append(total / n_true)
        m = float(np.mean(aps)) if aps else 0.0
        if (f1 + m) / 2 > best["objective"]:
            best = {"threshold": float(t), "f1": round(f1, 4), "map": round(m, 4), "objective": round((f1 + m) / 2, 4),
                    "precision": round(prec, 4), "recall": round(rec, 4)}
    return best


def auto_accept_threshold(probs: list[float], labels: list[int], target: float = 0.95,
                          min_support: int = 20) -> dict[str, Any] | None:
    """Lowest score whose suggestions at or above it reach ``target`` precision on held-out data.

    ``coverage`` is the share of all suggestions that would be auto-accepted; ``None`` when no cut-off
    with at least ``min_support`` suggestions reaches the target (then auto-accept stays unavailable).
    """
    order = np.argsort(-np.asarray(probs, dtype=float))
    p, y = np.asarray(probs, dtype=float)[order], np.asarray(labels, dtype=int)[order]
    best = None
    tp = 0
    for i in range(len(p)):
        tp += y[i]
        if i + 1 < len(p) and p[i + 1] == p[i]:
            continue
        n = i + 1
        if n >= min_support and tp / n >= target:
            best = {"threshold": float(p[i]), "precision": round(tp / n, 4), "coverage": round(n / len(p), 4),
                    "n": n}
    return best
