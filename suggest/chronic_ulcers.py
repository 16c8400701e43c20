"""Non-pressure chronic ulcers of the lower limb (L97) coded to the site, side and depth written beside them
(ICD-10-CM Index: Ulcer, lower limb; I.B.14: the depth of a non-pressure ulcer may come from any clinician's
documentation; I.C.4.a: a diabetic foot ulcer is E1x.621 with the L97 code, another diabetic skin ulcer E1x.622).

"Diabetic foot ulcer, left heel, with fat layer exposed" is L97.422 (heel and midfoot, left, fat layer exposed),
not L97.529 read from "foot ulcer, left": the most specific site the ulcer's own line names wins, and the depth
words give the last character (1 skin breakdown, 2 fat layer exposed, 3 muscle necrosis, 4 bone necrosis,
5 muscle involvement, 6 bone involvement, 9 unspecified). A negated depth ("no bone exposed") is not a depth.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import Any

from suggest.cand import Cand
from suggest.textnorm import line_bounds, side_words

# most specific first: the heel beats the foot that contains it
_SITES = (("4", re.compile(r"\bheels?\b|\bmidfoot\b|\bcalcane\w*", re.I)),
          ("3", re.compile(r"\bankles?\b|\bmalleol\w*", re.I)),
          ("2", re.compile(r"\bcalf\b|\bcalves\b", re.I)),
          ("1", re.compile(r"\bthighs?\b", re.I)),
          ("5", re.compile(r"\btoes?\b|\bhallux\b|\bforefoot\b|\bmetatarsal\w*|\bMTP\w*|\bfoot\b|\bfeet\b", re.I)),
          ("8", re.compile(r"\bshins?\b|\blower legs?\b|\blegs?\b|\bpretibial\b", re.I)))
_SIDE = re.compile(rf"\b(?P<side>{side_words()})\b", re.I)
_NOT_BEFORE = re.compile(r"\b(?:no|not|without|non)\b[\w\s,/-]{0,20}$", re.I)
_DEPTH = (("1", re.compile(r"\b(?:limited to (?:the )?breakdown of (?:the )?skin|partial[- ]thickness)\b", re.I)),
          ("2", re.compile(r"\bfat(?: layer)? exposed\b|"
                           r"\bsubcutaneous (?:fat|tissue)(?: layer)? (?:exposed|involved)\b|"
                           r"\bexposed (?:subcutaneous )?fat\b", re.I)),
          ("3", re.compile(r"\b(?:necrosis of muscle|muscle necrosis)\b", re.I)),
          ("4", re.compile(r"\b(?:necrosis of bone|bone necrosis)\b", re.I)),
          ("5", re.compile(r"\bmuscle (?:exposed|involvement|involved)\b|\bexposed muscle\b", re.I)),
          ("6", re.compile(r"\bbone (?:exposed|involvement|involved)\b|\bexposed bone\b", re.I)))
# a sentence wrapped onto the next line goes on ("ulcer of the left ankle with\nfat layer exposed"), not past a
# blank line, a list item or a heading
_WRAP_END = re.compile(r"[.;:]\s*$")
_NEW_ITEM = re.compile(r"[ \t]*(?:$|[-*#\u2022]|\d+[.)]|[A-Z][A-Za-z /]{0,30}:)")


def _own_lines(text: str, s: int, e: int) -> tuple[int, int]:
    lo, hi = line_bounds(text, s, e)
    if hi < len(text) and not _WRAP_END.search(text, lo, hi) and not _NEW_ITEM.match(text, hi + 1):
        hi = line_bounds(text, hi + 1, hi + 1)[1]
    return lo, hi


def _asserted(rx: re.Pattern, seg: str) -> re.Match | None:
    return next((m for m in rx.finditer(seg) if not _NOT_BEFORE.search(seg, 0, m.start())), None)


def _reading(seg: str) -> tuple[str, str, str]:
    site = next((code for code, rx in _SITES if _asserted(rx, seg)), "9")
    m = _SIDE.search(seg)
    side = {"r": "1", "l": "2"}.get((m.group("side") if m else "x")[0].lower(), "9")
    depth = next((code for code, rx in _DEPTH if _asserted(rx, seg)), "9")
    return site, side, depth


def chronic_ulcer_sites(cands: list[Cand], text: str, lookup: Callable[[str], Any]) -> list[Cand]:
    """An L97 code read from "foot ulcer, left" -> the site, side and depth its own lines name."""
    out: list[Cand] = []
    for c in cands:
        if not c.code.startswith("L97."):
            out.append(c)
            continue
        cur = c.code[4:]  # e.g. "529": site, side, depth
        options = []
        for s, e in c.spans:
            site, side, depth = _reading(text[slice(*_own_lines(text, s, e))])
            options.append((site if site != "9" else cur[0]) + (side if side != "9" else cur[1])
                           + (depth if depth != "9" else cur[2]))
        best = min(options, key=lambda x: x.count("9"), default=cur)
        if best.count("9") > cur.count("9"):
            best = cur
        code = "L97." + best
        info = lookup(code)
        if best != cur and info is not None and info.billable:
            c.code, c.description = code, info.title
            c.flags = [f for f in c.flags if f != "needs-specificity"]
            c.notes = [n for n in c.notes if not n.startswith("missing detail")]
            c.add_rule("I.B.14-ulcer-depth", f"site, side and depth of the ulcer from its own line -> {code}")
        out.append(c)
    out = _drop_depth_words(out, text)
    merged: dict[str, Cand] = {}
    result = []
    for c in out:  # two readings that now agree are one code
        if c.code.startswith("L97.") and c.code in merged:
            merged[c.code].absorb(c)
            continue
        merged.setdefault(c.code, c)
        result.append(c)
    return result


def _drop_depth_words(cands: list[Cand], text: str) -> list[Cand]:
    """'with bone involvement (necrosis of bone on histology)' read as the ulcer's depth (L97.xx4) is not also
    osteonecrosis (M87.-): the words are the ulcer's depth, coded in its L97 code (I.B.14)."""
    ulcer_lines = [_own_lines(text, s, e) for c in cands if c.code.startswith("L97.") and c.code[-1] == "4"
                   for s, e in c.spans]
    if not ulcer_lines:
        return cands
    return [c for c in cands if not (c.code.startswith("M87") and c.spans and all(
        any(lo <= s and e <= hi for lo, hi in ulcer_lines) and _DEPTH[3][1].fullmatch(text[s:e])
        for s, e in c.spans))]
