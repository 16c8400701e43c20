"""Audit statistics with the standard library only: sample sizes, Wilson intervals, Cohen's kappa.

Kept free of scipy/statsmodels at run time; the tests check every figure against them.
"""

from __future__ import annotations

import math
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from statistics import NormalDist


def z_value(confidence: float) -> float:
    """Two-sided standard normal quantile for a confidence level (0.90 -> 1.6449)."""
    if not 0 < confidence < 1:
        raise ValueError("confidence must be between 0 and 1 (e.g. 0.90)")
    return NormalDist().inv_cdf(1 - (1 - confidence) / 2)


def attribute_sample_size(*, confidence: float, precision: float, expected_error: float,
                          population: int | None = None) -> int:
    """Attribute sample size in the RAT-STATS style, normal approximation with finite-population correction.

    ``n0 = z^2 p (1 - p) / e^2`` then ``n = n0 / (1 + (n0 - 1) / N)``, rounded up. 90% confidence,
    +/-3% precision and 5% expected error give 143 from a large population. Why the normal
    approximation: it is what auditors check by hand and matches RAT-STATS within a unit or two
    for the usual inputs; the exact hypergeometric search is not needed for planning a review.
    """
    if not 0 < precision < 1:
        raise ValueError("precision must be between 0 and 1 (e.g. 0.03 for +/-3%)")
    if not 0 <= expected_error < 1:
        raise ValueError("expected error rate must be between 0 and 1 (e.g. 0.05)")
    p = expected_error if expected_error > 0 else 0.5  # no prior: the most conservative rate
    n0 = z_value(confidence) ** 2 * p * (1 - p) / precision**2
    if population is None:
        return math.ceil(n0 - 1e-9)
    if population <= 0:
        return 0
    n = n0 / (1 + (n0 - 1) / population)
    return min(population, math.ceil(n - 1e-9))


@dataclass(frozen=True)
class Interval:
    low: float
    high: float

    def as_list(self) -> list[float]:
        return [round(self.low, 6), round(self.high, 6)]


def wilson_interval(successes: int, total: int, confidence: float = 0.95) -> Interval:
    """Wilson score interval for a proportion; sensible at 0% and 100%, unlike the Wald interval."""
    if total <= 0:
        return Interval(0.0, 1.0)
    z = z_value(confidence)
    phat = successes / total
    denom = 1 + z * z / total
    centre = (phat + z * z / (2 * total)) / denom
    half = z * math.sqrt(phat * (1 - phat) / total + z * z / (4 * total * total)) / denom
    return Interval(max(0.0, centre - half), min(1.0, centre + half))


def cohens_kappa(pairs: Iterable[tuple[bool, bool]]) -> float | None:
    """Cohen's kappa for two raters' yes/no calls on the same items; ``None`` when undefined."""
    table = [[0, 0], [0, 0]]
    for a, b in pairs:
        table[int(a)][int(b)] += 1
    return kappa_from_table(table)


def kappa_from_table(table: Sequence[Sequence[int]]) -> float | None:
    """Kappa from a square contingency table (rows rater A, columns rater B)."""
    total = sum(sum(row) for row in table)
    if total == 0:
        return None
    k = len(table)
    observed = sum(table[i][i] for i in range(k)) / total
    rows = [sum(table[i]) / total for i in range(k)]
    cols = [sum(table[i][j] for i in range(k)) / total for j in range(k)]
    expected = sum(rows[i] * cols[i] for i in range(k))
    if expected >= 1:
        return 1.0 if observed >= 1 else None
    return (observed - expected) / (1 - expected)


def proportional_allocation(sizes: dict[str, int], n: int) -> dict[str, int]:
    """Split ``n`` over strata in proportion to their sizes (largest remainder), every non-empty stratum >= 1.

    When ``n`` is smaller than the number of strata each still gets one, so the sample grows to the
    stratum count: an audit that silently skips a coder or a confidence band is worse than a bigger one.
    """
    strata = {name: size for name, size in sizes.items() if size > 0}
    total = sum(strata.values())
    if not strata or n <= 0:
        return {name: 0 for name in sizes}
    n = min(n, total)
    alloc = {name: 1 for name in strata}
    remaining = n - len(strata)
    if remaining > 0:
        spare = {name: size - 1 for name, size in strata.items()}
        spare_total = sum(spare.values())
        quotas = {name: remaining * s / spare_total for name, s in spare.items()} if spare_total else {}
        for name, quota in quotas.items():
            alloc[name] += int(quota)
        left = n - sum(alloc.values())
        order = sorted(quotas, key=lambda name: (-(quotas[name] - int(quotas[name])), name))
        for name in order:
            if left <= 0:
                break
            if alloc[name] < strata[name]:
                alloc[name] += 1
                left -= 1
    return {name: alloc.get(name, 0) for name in sizes}
