"""COVID-19 with its manifestation: U07.1 first, then the manifestation code (I.C.1.g.1.a).

"COVID-19 pneumonia" is one mention the term index reads as J12.82 (pneumonia due to coronavirus disease 2019), whose
tabular note says "code first COVID-19 (U07.1)"; the guideline codes U07.1 followed by J12.82. The longer match
hides the shorter "COVID-19" inside it, so the U07.1 is added here from the same words.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from suggest.cand import Cand

_MANIFESTATIONS = ("J12.82",)


def covid_first(cands: list[Cand], lookup: Callable[[str], Any]) -> list[Cand]:
    """Add U07.1 before a coded COVID-19 manifestation when no U07.1 is coded."""
    info = lookup("U07.1")
    shown = next((c for c in cands if c.code.startswith(_MANIFESTATIONS) and c.assertion == "present"), None)
    if info is None or shown is None or any(c.code == "U07.1" for c in cands):
        return cands
    u = Cand("ICD-10-CM", "U07.1", info.title, True, list(shown.spans), shown.section, "present", "rule", 1,
             shown.unit_index, shown.item_number, shown.first_offset - 1, sections=set(shown.sections))
    u.add_rule("I.A.13-code-first", f"{shown.code} says code first COVID-19 (I.C.1.g.1.a): U07.1 then {shown.code}")
    return cands + [u]
