"""Glaucoma stage and eye (ICD-10-CM I.C.7.a): the 7th character is the stage, one code per eye when they differ.

H40.1- to H40.6- take a 7th character for the stage: 0 unspecified, 1 mild (early), 2 moderate, 3 severe
(advanced, end-stage), 4 indeterminate (Tabular H40; Index: Glaucoma, stage). Ophthalmologists write the eye as
OD (right), OS (left), OU (both) and often give each eye its own stage on one line ("POAG - OD moderate stage,
OS mild stage"). I.C.7.a.2: the same type and stage in both eyes with a bilateral code -> the bilateral code;
I.C.7.a.3: different stages in the two eyes where the subcategory has laterality -> a code for each eye;
I.C.7.a.4: no laterality in the subcategory (H40.10X-, H40.20X-) -> one code per documented stage.
The stage read here is the documentation's; a stage word negated or of another condition on the line is not
taken (the clause runs from the eye to the next eye, ';' or sentence end).
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import Any

from suggest.cand import Cand
from suggest.textnorm import line_bounds

_STAGED = re.compile(r"H40\.(?:1[0-5]|2[02]|[3-6])")
_EYE = re.compile(r"(?-i:\bO[DSU]\b)|\b(?:right eye|left eye|both eyes|bilateral(?:ly)?)\b", re.I)
_STAGE = re.compile(r"\b(?:(mild|early)|(moderate)|(severe|advanced|end[- ]stage)|(indeterminate))\b"
                    r"(?:\s+stage)?", re.I)
_STOP = re.compile(r"[;.](?:\s|$)")
_WHICH = {"od": "1", "right eye": "1", "os": "2", "left eye": "2"}


def _eye_digit(word: str) -> str:
    return _WHICH.get(word.lower(), "3")


def _stage(clause: str) -> str | None:
    m = _STAGE.search(clause)
    return None if m is None else str(next(i for i in range(1, 5) if m.group(i)))


def eye_stages(line: str) -> dict[str, str]:
    """{eye digit (1 right, 2 left, 3 both): stage digit} read from one line; {"": stage} when the line gives a
    stage and no eye."""
    eyes = list(_EYE.finditer(line))
    out: dict[str, str] = {}
    floor = 0  # text before it is already read for an earlier eye
    for i, m in enumerate(eyes):
        nxt = eyes[i + 1].start() if i + 1 < len(eyes) else len(line)
        stop = _STOP.search(line, m.end(), nxt)
        end = stop.start() if stop else nxt
        stage = _stage(line[m.end():end])
        if stage:
            floor = end
        else:  # "moderate stage OD": the stage written before the eye, in the same clause
            cut = max((s.end() for s in _STOP.finditer(line, floor, m.start())), default=floor)
            stage = _stage(line[cut:m.start()])
            floor = m.end()
        if stage:
            out.setdefault(_eye_digit(m.group(0)), stage)
    if not eyes and (stage := _stage(line)):
        out[""] = stage
    if "3" in out:
        out.setdefault("1", out["3"])
        out.setdefault("2", out.pop("3"))
    return out


def glaucoma_stages(cands: list[Cand], text: str, lookup: Callable[[str], Any]) -> list[Cand]:
    """Each coded glaucoma with a staged subcategory gets the stage (and eye) documented on its lines."""
    out: list[Cand] = []
    for c in cands:
        if c.assertion != "present" or not _STAGED.match(c.code) or len(c.code) != 8:
            out.append(c)
            continue
        stages: dict[str, str] = {}
        for a, b in sorted(c.spans):
            lo, hi = line_bounds(text, a, b)
            got = eye_stages(text[lo:hi])
            if got:
                stages = got
        made = _codes(c.code, stages, lookup)
        if not made:
            out.append(c)
            continue
        for i, (code, title) in enumerate(made):
            n = c if i == 0 else Cand(c.system, code, title, True, list(c.spans), c.section, c.assertion, c.source,
                                      c.ntok, c.unit_index, c.item_number, c.first_offset + i,
                                      matched_code=c.matched_code, sections=set(c.sections))
            if code != c.code or i:
                n.add_rule("I.C.7.a-glaucoma", f"glaucoma stage and eye documented -> {code}")
            n.code, n.description = code, title
            n.flags = [f for f in n.flags if f not in ("needs-specificity", "missing-7th-character")]
            n.notes = [x for x in n.notes if not x.startswith("missing detail")]
            out.append(n)
    return out


def _codes(code: str, stages: dict[str, str], lookup: Callable[[str], Any]) -> list[tuple[str, str]]:
    """The staged code(s) for ``code`` (H40.1110 ...) from the per-eye stages; [] when nothing is documented."""
    if not stages:
        return []
    sub, side = code[:6], code[6]
    sided = lookup(f"{sub}10") is not None or lookup(f"{sub}1{code[7]}") is not None
    if side == "X" or not sided:  # I.C.7.a.4: no laterality in the subcategory: one code per stage
        wanted = [f"{sub}X{s}" if side == "X" else f"{code[:7]}{s}" for s in dict.fromkeys(stages.values())]
    elif "" in stages:
        wanted = [f"{code[:7]}{stages['']}"]
    elif "1" in stages and "2" in stages:
        wanted = [f"{sub}3{stages['1']}"] if stages["1"] == stages["2"] else [f"{sub}1{stages['1']}",
                                                                              f"{sub}2{stages['2']}"]
    else:
        eye = "1" if "1" in stages else "2"
        wanted = [f"{sub}{eye}{stages[eye]}"]
    made = []
    for w in wanted:
        info = lookup(w)
        if info is None or not info.billable:
            return []
        made.append((w, info.title))
    return made
