"""Deep vein thrombosis of a named lower-extremity vein (I82.4- acute, I82.5- chronic, 5th character the vein).

"DVT" / "deep vein thrombosis" match I82.409 and the side gives I82.40x (unspecified deep veins). The tabular
subdivides I82.4-/I82.5- by vein: 1 femoral, 2 iliac, 3 popliteal, 4 tibial, 5 peroneal, 6 calf muscular
(gastrocnemius, soleal), Y unspecified proximal, Z unspecified distal; the 6th character is the side (1 right,
2 left, 3 bilateral, 9 unspecified). A coder codes the vein the documentation names (I.B specificity; Index:
Thrombosis, vein, deep, lower extremity, by vein). Each named vein is a code; the unspecified-vein code goes.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import Any

from suggest.cand import Cand
from suggest.textnorm import line_bounds

_VEINS = (("1", re.compile(r"\b(?:common |superficial |deep )?femoral\b", re.I)),
          ("2", re.compile(r"\b(?:common |external |internal )?iliac\b", re.I)),
          ("3", re.compile(r"\bpopliteal\b", re.I)),
          ("4", re.compile(r"\b(?:anterior |posterior )?tibial\b", re.I)),
          ("5", re.compile(r"\bperoneal\b", re.I)),
          ("6", re.compile(r"\b(?:gastrocnemius|soleal|calf muscular)\b", re.I)))
_NEG = re.compile(r"\b(?:no|without|patent|compressible|negative|normal)\b", re.I)
_SIDE = (("3", re.compile(r"\bbilateral\b", re.I)), ("1", re.compile(r"\bright\b|\bR\b")),
         ("2", re.compile(r"\bleft\b|\bL\b")))


def dvt_veins(cands: list[Cand], text: str, lookup: Callable[[str], Any]) -> list[Cand]:
    """I82.40x / I82.50x -> the vein named on the DVT's line (clause before any 'no', 'patent', 'compressible')."""
    out = list(cands)
    for c in cands:
        if c.assertion != "present" or not re.fullmatch(r"I82\.[45]0[1239]", c.code):
            continue
        made: list[str] = []
        for a, b in c.spans:
            start, end = line_bounds(text, a, b)
            line = text[start:end]
            clauses = re.split(r"[;.]\s|,\s*(?=(?:no|without)\b)", line)
            veins: list[tuple[str, int]] = []
            for clause in clauses:
                if _NEG.search(clause) and not re.search(r"\b(?:dvt|thromb\w*|clot)\b", clause, re.I):
                    continue
                for digit, rx in _VEINS:
                    m = rx.search(clause)
                    if m and not _NEG.search(clause[:m.start()][-25:]):
                        veins.append((digit, start + line.find(clause) + m.start()))
            if not veins:
                continue
            side = c.code[-1]
            if side == "9":
                side = next((d for d, rx in _SIDE if rx.search(line)), "9")
            for digit, _at in veins:
                code = f"{c.code[:5]}{digit}{side}"
                info = lookup(code)
                if info is None or not info.billable or code in made:
                    continue
                made.append(code)
                if len(made) == 1:
                    old = c.code
                    c.code, c.description = code, info.title
                    c.add_rule("I.B-dvt-vein", f"{old}: the vein named on the line -> {code}")
                else:
                    n = Cand("ICD-10-CM", code, info.title, True, list(c.spans), c.section, "present", c.source,
                             c.ntok, c.unit_index, c.item_number, c.first_offset + 1, sections=set(c.sections))
                    n.add_rule("I.B-dvt-vein", "each named vein is coded")
                    out.append(n)
            if made:
                break
    specific = [c for c in out if re.fullmatch(r"I82\.[45][1-6YZ]\d", c.code)]
    if specific:  # the same thrombosis written once without its vein ("provoked DVT after travel")
        out = [c for c in out if not (re.fullmatch(r"I82\.[45]0\d", c.code)
                                      and any(s.code[:5] == c.code[:5] for s in specific))]
    return out
