"""Routine prenatal visits: Z34.- by first vs other pregnancy and trimester (ICD-10-CM I.C.15.b.1).

"PRENATAL VISIT ... G2P1001 at 28w3d ... IUP at 28w3d, uncomplicated" is supervision of a normal pregnancy: Z34.83
(other than first pregnancy, third trimester), then Z3A.28 (companions.gestation_weeks). Z34 is only for a
pregnancy with no complication: it is never coded with another chapter 15 code (I.C.15.b.1), so any O code in the
note's coded diagnoses stops it. Trimesters are counted from the first day of the last menstrual period, as the
chapter 15 notes define them (companions.trimester, shared with the pregnancy UTI rule): first < 14 weeks 0 days,
second 14 weeks 0 days to < 28 weeks 0 days, third 28 weeks 0 days until delivery.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import Any

from suggest.cand import Cand
from suggest.companions import trimester

# the visit named a routine/prenatal/OB visit in its opening lines, or the assessment's "IUP ..., uncomplicated"
_PRENATAL_VISIT = re.compile(r"\b(?:(?:routine\s+)?(?:prenatal|antenatal)\s+(?:visit|care|follow[- ]?up|check|"
                             r"appointment)|(?:routine\s+)?OB\s+(?:visit|follow[- ]?up|check)|return OB)\b", re.I)
_NORMAL_IUP = re.compile(r"\b(?:IUP|intrauterine pregnancy|pregnancy)\b[^.\n]{0,40}?\b(?:uncomplicated|normal|"
                         r"progressing (?:well|normally)|low[- ]risk)\b", re.I)
_FIRST = re.compile(r"\b(?:G1\s*P0|G1(?![\d])|primigravida|primigravid|first pregnancy|nulliparous)\b", re.I)
_OTHER = re.compile(r"\bG(?:[2-9]|1\d)\s*P\d|\bmultigravida|\bmultiparous|\bprior (?:SVD|vaginal delivery|"
                    r"C-?section|cesarean|delivery)", re.I)


def routine_prenatal(cands: list[Cand], text: str, lookup: Callable[[str], Any]) -> list[Cand]:
    """Z34.0-/Z34.8-/Z34.9- with its trimester for a routine prenatal visit with no chapter 15 condition coded."""
    if any(c.code.startswith("O") for c in cands):
        return cands
    have = next((c for c in cands if c.code.startswith("Z34")), None)
    visit = _PRENATAL_VISIT.search(text, 0, 400)
    normal = _NORMAL_IUP.search(text) if visit or have is not None else None
    if have is None and not (visit and normal):
        return cands
    kind = "0" if _FIRST.search(text) else ("8" if _OTHER.search(text) else "9")
    code = f"Z34.{kind}{trimester(text)}"
    info = lookup(code)
    if info is None or not info.billable:
        return cands
    if have is not None:
        if have.code != code:
            have.code, have.description = code, info.title
            have.add_rule("I.C.15.b.1-routine-prenatal", f"first or other pregnancy and trimester -> {code}")
        return cands
    spans = [(m.start(), m.end()) for m in (visit, normal) if m is not None]
    c = Cand("ICD-10-CM", code, info.title, True, spans, "assessment", "present", "rule", 2,
             first_offset=min(a for a, _ in spans), sections={"assessment"})
    c.add_rule("I.C.15.b.1-routine-prenatal", f"routine prenatal visit, no complication documented -> {code}")
    return cands + [c]
