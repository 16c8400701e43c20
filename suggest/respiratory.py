"""Respiratory failure (J96) with both hypoxia and hypercapnia, and its acuity written before the coordination.

"Acute on chronic hypoxic and hypercapnic respiratory failure" matches only "hypercapnic respiratory failure"
(J96.92, acuity lost, hypoxia lost). The classification has no combined code: both J96.x1 (with hypoxia) and
J96.x2 (with hypercapnia) are coded (Tabular J96, 5th character), with the acuity the phrase names (0 acute,
1 chronic, 2 acute and chronic / acute on chronic, 9 unspecified). The hypoxemia finding (R09.02) is then part
of the respiratory failure with hypoxia (I.B.4-5).
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import Any

from suggest.cand import Cand

_BEFORE = re.compile(r"(?:\b(?P<acuity>acute on chronic|acute and chronic|acute|chronic)\s+)?"
                     r"(?P<first>hypox\w*|hypercap\w*|hypercarb\w*)\s*(?:and|&|/|,|\+)\s*$", re.I)
_ACUITY_ONLY = re.compile(r"\b(?P<acuity>acute on chronic|acute and chronic|acute|chronic)\s+$", re.I)
_DIGIT = {"acute on chronic": "2", "acute and chronic": "2", "acute": "0", "chronic": "1"}


def respiratory_failure_types(cands: list[Cand], text: str, lookup: Callable[[str], Any]) -> list[Cand]:
    """J96.x1 + J96.x2 for a respiratory failure written 'hypoxic and hypercapnic', with the written acuity."""
    out = list(cands)
    for c in cands:
        if not c.code.startswith("J96") or c.assertion != "present" or len(c.code) != 6:
            continue
        for s, _e in c.spans:
            m = _BEFORE.search(text, max(0, s - 60), s)
            if m is None:
                continue
            acuity = _DIGIT.get((m.group("acuity") or "").lower()) or c.code[4]
            if not m.group("acuity"):
                a = _ACUITY_ONLY.search(text, max(0, m.start() - 30), m.start())
                acuity = _DIGIT.get(a.group("acuity").lower(), acuity) if a else acuity
            want = [f"J96.{acuity}1", f"J96.{acuity}2"]
            if any((i := lookup(w)) is None or not i.billable for w in want):
                break
            c.code, c.description = want[0], lookup(want[0]).title  # with hypoxia first, then with hypercapnia
            other = want[1]
            c.spans = sorted(set(c.spans) | {(m.start(), s)})
            c.add_rule("I.C.10-respiratory-failure", "hypoxic and hypercapnic: both J96 codes, the written acuity")
            if not any(o.code == other for o in out):
                n = Cand("ICD-10-CM", other, lookup(other).title, True, list(c.spans), c.section, "present",
                         c.source, c.ntok, c.unit_index, c.item_number, c.first_offset, sections=set(c.sections))
                n.add_rule("I.C.10-respiratory-failure", "hypoxic and hypercapnic: both J96 codes")
                out.append(n)
            break
    if any(c.code.startswith("J96") and c.code.endswith("1") for c in out):
        out = [c for c in out if c.code != "R09.02"]
    return out
