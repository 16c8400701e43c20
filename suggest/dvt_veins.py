"""Deep vein thrombosis of a named lower-extremity vein (I82.4- acute, I82.5- chronic, 5th character the vein).

"DVT" / "deep vein thrombosis" match I82.409 and the side gives I82.40x (unspecified deep veins). The tabular
subdivides I82.4-/I82.5- by vein: 1 femoral, 2 iliac, 3 popliteal, 4 tibial, 5 peroneal, 6 calf muscular
(gastrocnemius, soleal), Y unspecified proximal, Z unspecified distal; the 6th character is the side (1 right,
2 left, 3 bilateral, 9 unspecified). A coder codes the vein the documentation names (I.B specificity; Index:
Thrombosis, vein, deep, lower extremity, by vein). Each named vein is a code; the unspecified-vein code goes.
"Vein thrombosis" (I82.90) written with a deep lower-extremity vein ("left femoral vein thrombosis") is that vein's
I82.4- code (Index: Thrombosis, vein, femoral I82.41-).

Acuity is the documentation's (Index: Thrombosis, vein, deep, chronic I82.5-; Embolism, vein, chronic I82.91): a
thrombosis the note calls chronic ("chronic DVT", "chronic left femoral vein thrombosis", "DVT (chronic)") is
I82.5- / I82.91, never from the anticoagulant's duration ("DVT on chronic anticoagulation" stays acute). A
"history of DVT" is Z86.718 (I.C.21.c.4), matched as its own term, with Z79.01 for the anticoagulant.
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
# words that may stand between "chronic" and the thrombosis it qualifies ("chronic left common femoral vein DVT")
_QUAL = (r"(?:bilateral|left|right|lt|rt|[LR]|lower|extremity|extremities|leg|legs|LE|LLE|RLE|BLE|deep|distal|"
         r"proximal|common|superficial|external|internal|anterior|posterior|femoral|iliac|popliteal|tibial|peroneal|"
         r"gastrocnemius|soleal|calf|muscular|veins?|venous|occlusive|non-?occlusive|partially|residual|and|/|,)")
_CHRONIC_BEFORE = re.compile(rf"\bchronic\s+(?:{_QUAL}\s*)*$", re.I)
_CHRONIC_AFTER = re.compile(r"^\s*(?:[,(:-]|\bis\b)\s*chronic\b(?!\s*[a-z])", re.I)
_ACUTE_BEFORE = re.compile(rf"\b(?:acute|subacute|new|fresh)\s+(?:{_QUAL}\s*)*$", re.I)
_VEIN_PREFIX = re.compile(rf"(?:\b{_QUAL}\s*)+$", re.I)
_VEIN_SUFFIX = re.compile(rf"\s*(?:of|in|within|involving)\s+(?:the\s+)?(?:{_QUAL}\b\s*)+", re.I)
_SIDE = (("3", re.compile(r"\bbilateral\b", re.I)), ("1", re.compile(r"\bright\b|\bR\b")),
         ("2", re.compile(r"\bleft\b|\bL\b")))


def _clause_around(text: str, a: int, b: int) -> tuple[int, int]:
    """The clause of the line around a mention: cut at ';', '. ' and a comma-led 'no/without'."""
    start, end = line_bounds(text, a, b)
    cut = max((m.end() for m in re.finditer(r"[;.]\s|,\s*(?=(?:no|without)\b)", text[start:a])), default=0)
    after = re.search(r"[;.]\s|,\s*(?=(?:no|without)\b)", text[b:end])
    return start + cut, (b + after.start()) if after else end


def _is_chronic(text: str, spans: list[tuple[int, int]]) -> bool:
    """Some mention is qualified 'chronic' and none 'acute' (the documentation's acuity, not the drug's)."""
    chronic = acute = False
    for a, b in spans:
        lo, hi = _clause_around(text, a, b)
        before, after = text[max(lo, a - 80):a], text[b:hi]
        chronic |= bool(_CHRONIC_BEFORE.search(before) or _CHRONIC_AFTER.match(after))
        acute |= bool(_ACUTE_BEFORE.search(before) or re.match(r"^\s*[,(:-]\s*(?:acute|new)\b", after, re.I))
    return chronic and not acute


def _named_vein(cands: list[Cand], text: str, lookup: Callable[[str], Any]) -> None:
    """I82.90 'vein thrombosis' with a deep lower-extremity vein in its own words ('left femoral vein thrombosis',
    'thrombosis of the right popliteal vein') -> I82.4<vein><side>."""
    for c in cands:
        if c.assertion != "present" or c.code != "I82.90":
            continue
        for a, b in c.spans:
            lo, hi = _clause_around(text, a, b)
            pre = _VEIN_PREFIX.search(text[max(lo, a - 60):a])
            post = _VEIN_SUFFIX.match(text[b:hi])
            words = (pre.group(0) if pre else "") + text[a:b] + (post.group(0) if post else "")
            digit = next((d for d, rx in _VEINS if rx.search(words)), None)
            if digit is None:
                continue
            side = next((d for d, rx in _SIDE if rx.search(text[lo:hi])), "9")
            info = lookup(f"I82.40{side}")
            if info is None or not info.billable:
                continue
            code = f"I82.40{side}"  # its vein (or veins) next, as for 'DVT'
            c.add_rule("I.B-dvt-vein", f"{c.code}: a deep vein of the leg named with the thrombosis -> {code}")
            c.code, c.description = code, info.title
            break


def _acuity(cands: list[Cand], text: str, lookup: Callable[[str], Any]) -> None:
    """I82.4- / I82.90 -> I82.5- / I82.91 when the note calls the thrombosis chronic."""
    for c in cands:
        if c.assertion != "present" or not re.fullmatch(r"I82\.(?:4..|90)", c.code) or not _is_chronic(text, c.spans):
            continue
        code = "I82.91" if c.code == "I82.90" else f"I82.5{c.code[5:]}"
        info = lookup(code)
        if info is None or not info.billable:
            continue
        c.add_rule("I.C.9-dvt-chronic", f"{c.code}: the thrombosis is documented as chronic -> {code}")
        c.code, c.description = code, info.title


def dvt_veins(cands: list[Cand], text: str, lookup: Callable[[str], Any]) -> list[Cand]:
    """I82.40x / I82.50x -> the vein named on the DVT's line (clause before any 'no', 'patent', 'compressible');
    'vein thrombosis' of a named deep leg vein -> that vein; then the documented acuity (chronic -> I82.5-)."""
    _named_vein(cands, text, lookup)
    out = _dvt_veins(cands, text, lookup)
    _acuity(out, text, lookup)
    return out


def _dvt_veins(cands: list[Cand], text: str, lookup: Callable[[str], Any]) -> list[Cand]:
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
