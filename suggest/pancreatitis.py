"""Acute pancreatitis by its documented cause (K85.-; Index: Pancreatitis, acute, biliary / gallstone K85.1-,
alcohol induced K85.2-, drug induced K85.3-).

"Acute pancreatitis, likely gallstone etiology", "acute pancreatitis secondary to gallstones", "pancreatitis due to
alcohol": the cause named in the pancreatitis's own clause picks the category; the 5th/6th characters (necrosis,
infection) carry over from K85.9-. A hedged cause ("likely", "probable", "possible") is coded as established only in
an inpatient record (II.H); outpatient and ED notes keep the unspecified K85.9- (IV.H). A cause in another
sentence ("alcohol was excluded as a cause") is not read.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import Any

from suggest.cand import Cand
from suggest.textnorm import sentence_bounds

_CAUSES = (("K85.1", re.compile(r"\b(?:gall ?stones?|biliary|cholelithiasis|choledocholithiasis)\b", re.I)),
           ("K85.2", re.compile(r"\b(?:alcohol\w*|etoh)\b", re.I)),
           ("K85.3", re.compile(r"\bdrug[- ]induced\b", re.I)))
_LINK = re.compile(r"\b(?:etiology|related|induced|secondary to|due to|from|caused by|2/2|cause)\b", re.I)
_HEDGE = re.compile(r"\b(?:likely|probabl[ey]|possibl[ey]|suspected|presumed|presumably|questionable|versus|vs)\b|\?",
                    re.I)
_NEGATED = re.compile(r"\b(?:no|not|non|without|excluded|ruled out|denies)\b", re.I)
_CLAUSE_END = re.compile(r"[.;\n]")


def _clause(text: str, a: int, b: int) -> str:
    """From the pancreatitis mention to the end of its clause (the cause follows it, or precedes on the line)."""
    lo = sentence_bounds(text, a, stops=("\n", ".", ";"))[0]
    m = _CLAUSE_END.search(text, b)
    return text[lo : m.start() if m else len(text)]


def pancreatitis_cause(cands: list[Cand], text: str, setting: str, lookup: Callable[[str], Any]) -> list[Cand]:
    for c in cands:
        if not c.code.startswith("K85.9") or c.assertion != "present":
            continue
        for a, b in c.spans:
            clause = _clause(text, a, b)
            hit = next(((k, m) for k, rx in _CAUSES if (m := rx.search(clause))), None)
            if hit is None:
                continue
            cat, m = hit
            if not (_LINK.search(clause) or re.search(r"\b(?:gallstone|biliary|alcoholic)\s+pancreatitis", clause,
                                                      re.I)):
                continue
            before = clause[max(0, m.start() - 25) : m.start()]
            if _NEGATED.search(before):
                continue
            if _HEDGE.search(clause) and setting != "inpatient":
                continue  # IV.H: an uncertain cause is not coded in outpatient/ED notes
            info = lookup(cat + c.code[5:])
            if info is None or not info.billable:
                continue
            old = c.code
            c.code, c.description = info.code, info.title
            c.add_rule("I.B.specificity", f"pancreatitis with its documented cause -> {info.code} (not {old})")
            break
    return cands
