"""Follow-up examination after completed treatment (I.C.21.c.8, Z09).

"Ear recheck ... finished amoxicillin ... Assessment: Left otitis media, resolved after treatment": the visit is a
follow-up after completed treatment of a condition that no longer exists. Z09 (encounter for follow-up examination
after completed treatment for conditions other than malignant neoplasm) is the reason for the visit, with the
history code of the condition (Z86-/Z87-, where one exists); the condition itself is not coded, also where the
history of present illness names it as it was before treatment.

Only when the assessment documents the condition as resolved, the note documents the treatment as completed,
the visit is a recheck/follow-up, and the assessment addresses no other current condition.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import Any

from suggest.assertions import longest_prefix
from suggest.cand import Cand
from suggest.scope import ASSESSMENT

_FOLLOW_UP = re.compile(r"\b(?:re-?check|follow[- ]?up|f/u|post[- ]?treatment (?:visit|check)|test of cure)\b", re.I)
_COMPLETED = re.compile(r"\b(?:finished|completed|after (?:treatment|(?:a |the )?(?:course|antibiotics?|therapy))|"
                        r"treated (?:with|for)|s/p (?:treatment|antibiotics?))\b", re.I)
_RESOLVED = frozenset({"resolved", "has resolved", "now resolved"})


def follow_up_after_treatment(coded: list[Cand], seen: list[Cand], text: str, setting: str,
                              lookup: Callable[[str], Any], hist_map: dict[str, str]) -> list[Cand]:
    if setting != "outpatient" or any(c.code == "Z09" for c in coded):
        return coded
    if not _FOLLOW_UP.search(text, 0, 400) or not _COMPLETED.search(text):
        return coded
    resolved = [c for c in seen + coded
                if c.assertion == "historical" and c.sections & ASSESSMENT and _RESOLVED & set(c.cues or [])
                and not c.code.startswith(("Z", "C", "D0"))]
    if not resolved:
        return coded
    gone = {c.code for c in resolved}
    others = [c for c in coded if c.code not in gone and not c.code.startswith("Z") and c.assertion == "present"
              and c.sections & ASSESSMENT]
    if others:
        return coded  # the visit also addresses a current condition: that is its reason
    out = [c for c in coded if c.code not in gone]  # the history of present illness names it as it was
    first = resolved[0]
    info = lookup("Z09")
    if info is None:
        return coded
    z09 = Cand("ICD-10-CM", "Z09", info.title, info.billable, list(first.spans), first.section, "present", "rule",
               first.ntok, first.unit_index, first.item_number, first.first_offset, sections=set(first.sections),
               matched_code=first.code)
    z09.add_rule("I.C.21.c.8-follow-up", f"follow-up after completed treatment of {first.code}, documented as "
                 "resolved; Z09 with the history code")
    out.insert(0, z09)
    have = {c.code for c in out}
    for c in resolved:
        z = longest_prefix(c.code, hist_map)
        zi = lookup(z) if z else None
        if z and zi is not None and z not in have:
            h = Cand("ICD-10-CM", z, zi.title, zi.billable, list(c.spans), c.section, "present", "rule", c.ntok,
                     c.unit_index, c.item_number, c.first_offset, sections=set(c.sections), matched_code=c.code)
            h.add_rule("I.C.21.c.4-personal-history", f"history of {c.description} -> {z}")
            out.append(h)
            have.add(z)
    return out
