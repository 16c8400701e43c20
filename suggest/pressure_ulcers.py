"""Pressure ulcers (L89) coded to the site, side and stage written beside them (ICD-10-CM I.C.12.a; Index: Ulcer,
pressure, by site; by stage).

"Pressure injuries: R heel stage 2; sacrum unstageable (eschar)" is two codes, L89.612 and L89.150, not one
L89.90: every ulcer named in the item is coded with its own site and stage. The stage's last character is 0
unstageable, 1-4 the stage, 6 deep tissue pressure injury, 9 unspecified (unspecified site: L89.90-L89.96).
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import Any

from suggest.cand import Cand
from suggest.textnorm import line_bounds, side_words

_SITES = (("15", re.compile(r"\bsacr(?:al|um)\b|\bcoccy\w*", re.I), False),
          ("6", re.compile(r"\bheels?\b", re.I), True),
          ("2", re.compile(r"\bhips?\b|\btrochant\w*", re.I), True),
          ("3", re.compile(r"\bbuttocks?\b|\bglute\w*", re.I), True),
          ("5", re.compile(r"\bankles?\b|\bmalleol\w*", re.I), True),
          ("0", re.compile(r"\belbows?\b", re.I), True))
_STAGE = re.compile(r"\bstage\s*(?P<n>[1-4]|IV|III|II|I)\b|\b(?P<un>unstageable)\b|"
                    r"\b(?P<dti>deep tissue (?:pressure )?injury|DTPI|DTI)\b", re.I)
_ROMAN = {"I": "1", "II": "2", "III": "3", "IV": "4"}
_SIDE = re.compile(rf"\b(?P<side>{side_words('bilateral', 'both')})\b", re.I)
_SEGMENT = re.compile(r";|,(?!\s*\d)|\band\b|\n")
_ITEM_END = re.compile(r"\n\s*\n|\n\s*(?:\d+[.)]|[-*#\u2022])\s")
_PRESSURE = re.compile(r"pressure|decubit|bed\s*sore", re.I)
_OTHER_STAGE = re.compile(r"\b(?:CKD|kidney|renal|cancer|carcinoma|lymphoma|hypertension|COPD|GOLD|sarcoidosis)\b",
                          re.I)


def _stage_digit(seg: str, sited: bool) -> str:
    m = _STAGE.search(seg)
    if not m:
        return "9" if sited else "0"
    if m.group("un"):
        return "0" if sited else "5"
    if m.group("dti"):
        return "6"
    n = m.group("n").upper()
    return _ROMAN.get(n, n)


def _codes_in(seg: str, shared: str | None = None) -> list[str]:
    """The codes of the ulcer a segment names; ``shared`` is the stage the whole item gives every site that has
    none of its own ("Stage 3 pressure ulcers of the right hip and sacrum")."""
    for site, rx, sided in _SITES:
        if not rx.search(seg):
            continue
        stage = _stage_digit(seg, True)
        if stage == "9" and shared:
            stage = shared
        if not sided:
            return [f"L89.{site}{stage}"]
        m = _SIDE.search(seg)
        side = (m.group("side") or "").lower()[:1] if m else ""
        sides = ["1", "2"] if side in ("b",) else ["1" if side == "r" else "2" if side == "l" else "0"]
        return [f"L89.{site}{s}{stage}" for s in sides]
    return []


def pressure_ulcer_sites(cands: list[Cand], text: str, lookup: Callable[[str], Any]) -> list[Cand]:
    """An L89 code without site or stage -> one code per ulcer its item names, with site, side and stage."""
    out: list[Cand] = []
    made: dict[str, Cand] = {}
    for c in cands:
        if not c.code.startswith("L89"):
            out.append(c)
            continue
        found: list[str] = []
        for s, e in c.spans:
            lo = max(line_bounds(text, s)[0], s - 80)
            m = _ITEM_END.search(text, e, min(len(text), e + 200))
            hi = m.start() if m else min(len(text), e + 200)
            # one ulcer per segment naming a site; a segment naming only a stage ("right heel, stage 2") belongs
            # to the ulcer before it
            ulcers: list[str] = []
            for seg in _SEGMENT.split(text[lo:hi]):
                if any(rx.search(seg) for _site, rx, _sided in _SITES):
                    ulcers.append(seg)
                elif ulcers and _STAGE.search(seg) and not _STAGE.search(ulcers[-1]) and not _OTHER_STAGE.search(seg):
                    ulcers[-1] += " " + seg
            stages = {_stage_digit(x.group(0), True) for seg in ulcers for x in _STAGE.finditer(seg)}
            shared = stages.pop() if len(stages) == 1 else None
            for seg in ulcers:
                found += _codes_in(seg, shared)
            if not found and _STAGE.search(text, lo, hi):  # a stage with no site: L89.9-
                found.append(f"L89.9{_stage_digit(text[lo:hi], False)}")
        found = [f for f in dict.fromkeys(found) if (info := lookup(f)) is not None and info.billable]
        if not found or not _PRESSURE.search(text[c.spans[0][0]:c.spans[0][1]]):
            out.append(c)
            continue
        for code in found:
            if code in made:
                made[code].absorb(c)
                continue
            info = lookup(code)
            n = Cand("ICD-10-CM", code, info.title, True, list(c.spans), c.section, c.assertion, c.source, c.ntok,
                     c.unit_index, c.item_number, c.first_offset, sections=set(c.sections))
            n.add_rule("I.C.12.a-pressure-ulcer", "site, side and stage documented beside the pressure ulcer")
            made[code] = n
            out.append(n)
    return [c for c in out if not (c.code.startswith("L89.9") and any(k != c.code for k in made))]
