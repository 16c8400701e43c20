"""Sepsis coded to the organism its own line names, and severe sepsis from an organ dysfunction documented as
due to it (ICD-10-CM I.C.1.d).

- "Sepsis 2/2 E. coli UTI": the systemic infection code names the organism (A41.51), not A41.9 (I.C.1.d.1.a:
  code the underlying systemic infection; Index: Sepsis, by organism).
- "Acute metabolic encephalopathy 2/2 sepsis": an acute organ dysfunction associated with the sepsis makes it
  severe sepsis, R65.20 after the infection code (I.C.1.d.1.a.ii, I.C.1.d.4); without the documented link the
  coder queries, so nothing is added. Septic shock (R65.21) is matched from its own words.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import Any

from suggest import organisms
from suggest.cand import Cand
from suggest.textnorm import line_bounds

_ORGANISM_SEPSIS = (
    (organisms.E_COLI, "A41.51"),
    (organisms.PSEUDOMONAS, "A41.52"),
    (organisms.MRSA, "A41.02"),
    (organisms.MSSA, "A41.01"),
    (re.compile(r"\b(?:Strep(?:tococcus)?\.? pneumoniae|S\. pneumoniae|pneumococ\w*)\b", re.I), "A40.3"),
    (re.compile(r"\b(?:group A strep\w*|GAS|Streptococcus pyogenes)\b"), "A40.0"),
    (re.compile(r"\b(?:group B strep\w*|GBS|Streptococcus agalactiae)\b"), "A40.1"),
    (organisms.ENTEROCOCCUS, "A41.81"),
)
_NOT_CAUSE = re.compile(r"\b(?:no|not|negative|neg|without|rule out|r/o|ruled out|colonized|colonization|nares|"
                        r"screen\w*|hx of|history of|prior)\b", re.I)
_ORGAN_DYSFUNCTION = ("G93.4", "N17", "J96.0", "J96.2", "D65", "K72.0", "R40.2")
_DUE_TO_SEPSIS = re.compile(r"\b(?:2/2|due to|secondary to|from|caused by|in the setting of|r/t|related to)\s+"
                            r"(?:the\s+)?(?:severe\s+)?sepsis\b|\bseptic (?:encephalopathy|AKI|acute kidney)|"
                            r"\bsepsis[- ](?:associated|induced|related)\b", re.I)
_ITEM_END = re.compile(r"\n\s*\n|\n\s*(?:\d+[.)]|[-*#\u2022])\s")


def _item(text: str, start: int) -> str:
    lo = line_bounds(text, start)[0]
    m = _ITEM_END.search(text, start, min(len(text), start + 200))
    return text[lo:m.start() if m else min(len(text), start + 200)]


def sepsis(cands: list[Cand], text: str, lookup: Callable[[str], Any]) -> list[Cand]:
    """A41.9 -> the organism's sepsis code from its own line; R65.20 for an organ dysfunction due to sepsis."""
    seps = [c for c in cands if c.code == "A41.9" and c.assertion == "present"]
    for c in seps:
        for s, _e in c.spans:
            line = _item(text, s)
            for rx, code in _ORGANISM_SEPSIS:
                m = rx.search(line)
                if m and not _NOT_CAUSE.search(line[max(0, m.start() - 25):m.start()]):
                    info = lookup(code)
                    if info is not None and info.billable:
                        c.code, c.description = code, info.title
                        c.add_rule("I.C.1.d-sepsis", "the organism named on the sepsis line")
                    break
            if c.code != "A41.9":
                break
    infection = [c for c in cands if c.code.startswith(("A40", "A41")) and c.assertion == "present"]
    if not infection or any(c.code.startswith("R65.2") for c in cands):
        return cands
    organ = next((c for c in cands if c.code.startswith(_ORGAN_DYSFUNCTION) and c.assertion == "present"
                  and any(_DUE_TO_SEPSIS.search(_item(text, s)) for s, _e in c.spans)), None)
    info = lookup("R65.20")
    if organ is None or info is None:
        return cands
    r = Cand("ICD-10-CM", "R65.20", info.title, True, list(organ.spans), infection[0].section, "present", "rule", 2,
             infection[0].unit_index, infection[0].item_number, infection[0].first_offset,
             sections=set(infection[0].sections))
    r.add_rule("I.C.1.d-sepsis", f"acute organ dysfunction ({organ.code}) documented as due to sepsis: severe sepsis, "
               "after the systemic infection")
    r.extra["companion_of"] = infection[0].code
    return cands + [r]
