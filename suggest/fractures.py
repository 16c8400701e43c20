"""Fractures in patients with osteoporosis (I.C.13.d) and the history of such fractures.

I.C.13.d.2: "A code from category M80, not a traumatic fracture code, should be used for any patient with
known osteoporosis who suffers a fracture, even if the patient had a minor fall or trauma, if that fall
or trauma would not usually break a normal, healthy bone." The M80.0- code carries the site, laterality
and 7th character of the S code it replaces, and the M81 code (osteoporosis without current fracture)
goes: M81 Excludes1 M80. A healed osteoporotic fracture in the history is Z87.310, a traumatic one Z87.81.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import Any

from suggest.cand import Cand
from suggest.textnorm import line_bounds

_HIGH_ENERGY = re.compile(r"\b(?:MVC|motor vehicle|high[- ](?:energy|speed)|fall from (?:a )?height|crush\w*|"
                          r"gunshot|assault\w*)\b", re.I)
_FRAGILITY = re.compile(r"\b(?:osteopor\w*|fragility|pathologic\w*|insufficiency)\b", re.I)
# an injury that breaks a healthy bone (I.C.13.d.2 a contrario): a past fracture from it is traumatic (Z87.81)
_SPORT_OR_FORCE = re.compile(r"\b(?:MVC|motor vehicle|high[- ](?:energy|speed)|fall from (?:a )?height|crush\w*|"
                             r"gunshot|assault\w*|ski(?:ing)?|snowboard\w*|skat\w*|football|soccer|rugby|hockey|"
                             r"sports?|bik(?:e|ing)|bicycle|horse\w*|trampoline)\b", re.I)
# S-code prefix -> M80.0 site character ("8X" vertebra and "AX" other site take no laterality)
_SITES = (("S12", "8X"), ("S22.0", "8X"), ("S32.0", "8X"), ("S32", "B"), ("S42.0", "1"), ("S42.1", "1"),
          ("S42", "2"), ("S52", "3"), ("S62", "4"), ("S72", "5"), ("S82.5", "7"), ("S82.6", "7"), ("S82.8", "7"),
          ("S82", "6"), ("S92", "7"))


def _m80(s_code: str) -> str | None:
    site = next((v for k, v in _SITES if s_code.startswith(k)), None)
    if site is None:
        return None
    seventh = s_code[-1] if len(s_code) == 8 else "A"
    if len(site) == 2:
        return f"M80.0{site}{seventh}"
    lat = {"1": "1", "4": "1", "2": "2", "5": "2"}.get(s_code[6:7], "9")
    return f"M80.0{site}{lat}{seventh}"


# a fracture written as healed or dated ("L distal radius fx 2023 (fell from standing, healed)", "hip fracture in
# 2019"), not as not-yet-healed: a past fracture, its history code (I.C.21.c.4), never a current M80/S code
_HEALED = re.compile(r"(?<!not )(?<!un)\bhealed\b", re.I)
_DATED = re.compile(r"^[ \t]*(?:\(?(?:in|from)[ \t]+)?\(?(?:19|20)\d\d\b")
_UNHEALED = re.compile(r"\b(?:non-?union|malunion|delayed union|not (?:yet )?healed|unhealed|healing)\b", re.I)


def _past_fracture(text: str, a: int, b: int) -> bool:
    """The fracture at text[a:b] is documented as healed or dated, in its own line (to the next ';' or '. ')."""
    end = line_bounds(text, b)[1]
    stop = re.search(r";|\.\s", text[b:end])
    clause = text[b:b + stop.start()] if stop else text[b:end]
    return not _UNHEALED.search(clause) and bool(_HEALED.search(clause) or _DATED.match(clause))


def _healed_to_history(cands: list[Cand], text: str, lookup: Callable[[str], Any], osteo: bool) -> list[Cand]:
    """A present S fracture whose every mention is healed or dated -> Z87.310 (with osteoporosis or fragility
    words) or Z87.81, merged into that code when it is already coded."""
    out: list[Cand] = []
    for c in cands:
        if not (c.code.startswith("S") and c.assertion == "present" and "fracture" in c.description.lower()
                and c.spans and all(_past_fracture(text, a, b) for a, b in c.spans)):
            out.append(c)
            continue
        around = " ".join(text[max(0, a - 60): b + 60] for a, b in c.spans)
        clause = " ".join(text[slice(*line_bounds(text, a, b))] for a, b in c.spans)
        fragile = (osteo or _FRAGILITY.search(around)) and not _SPORT_OR_FORCE.search(clause)
        code = "Z87.310" if fragile else "Z87.81"
        info = lookup(code)
        if info is None:
            out.append(c)
            continue
        c.add_rule("I.C.13.d-osteoporosis-fracture", f"{c.code}: the fracture is healed/dated, a past fracture -> "
                   f"{code}")
        have = next((o for o in cands if o.code == code), None)
        if have is not None:
            have.absorb(c)
            continue
        c.code, c.description, c.matched_code = code, info.title, c.code
        out.append(c)
    return out


def osteoporotic_fractures(cands: list[Cand], text: str, lookup: Callable[[str], Any]) -> list[Cand]:
    """S fracture + known osteoporosis (M81) -> M80.0-; history of an osteoporotic fracture -> Z87.310."""
    osteo = [c for c in cands if c.code.startswith("M81") and c.assertion == "present"]
    cands = _healed_to_history(cands, text, lookup, bool(osteo))
    out = list(cands)
    for c in cands:
        if c.code in ("Z87.828", "Z87.81") and c.matched_code.startswith("S"):
            around = " ".join(text[max(0, a - 60) : b + 20] for a, b in c.spans)
            code = "Z87.310" if _FRAGILITY.search(around) else "Z87.81"
            info = lookup(code)
            if info is not None and code != c.code:
                c.code, c.description = code, info.title
                kind = "osteoporotic" if code == "Z87.310" else "traumatic"
                c.add_rule("I.C.13.d-osteoporosis-fracture", f"healed {kind} fracture in the history -> {code}")
    if not osteo or _HIGH_ENERGY.search(text):
        return out
    for c in cands:
        if not (c.code.startswith("S") and "fracture" in c.description.lower()):
            continue
        code = _m80(c.code)
        info = lookup(code) if code else None
        if info is None or not info.billable:
            continue
        new = Cand("ICD-10-CM", code, info.title, True, sorted(set(c.spans) | {s for o in osteo for s in o.spans}),
                   c.section, "present", "rule", c.ntok, c.unit_index, c.item_number, c.first_offset,
                   sections=set(c.sections).union(*(o.sections for o in osteo)), matched_code=c.code)
        new.add_rule("I.C.13.d-osteoporosis-fracture", f"fracture with known osteoporosis -> {code} instead of "
                     f"{c.code} and {osteo[0].code}")
        out = [x for x in out if x is not c and x not in osteo] + [new]
    return out
