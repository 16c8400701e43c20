"""Cerebral infarction: the artery and mechanism of an acute stroke, its NIHSS score, and the sequelae of an old
one (ICD-10-CM I.C.9.d, I.C.18.j; Index: Infarct, cerebral; Sequelae, infarction, cerebral).

- "Acute ischemic stroke ... embolism of the left middle cerebral artery" is I63.412, not I63.9: the Index
  names the mechanism (thrombosis .3-, embolism .4-, occlusion/stenosis .5-), the artery and the side.
- "NIHSS 8 on arrival" beside an acute infarct is R29.708 (I.C.18.j: the NIHSS score is coded with I63; the
  first documented score).
- "Hx of CVA with residual left hemiparesis" is a sequela, I69.354, not Z86.73 (personal history of cerebral
  infarction *without* residual deficits, I.C.9.d.3); the deficit is named in the I69.3- code, the side's
  dominance by default right = dominant, left = non-dominant unless handedness is written (I.C.9.d.1).
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import Any

from suggest.cand import Cand
from suggest.textnorm import line_bounds, side_words

_ARTERY = (("1", r"middle cerebral|MCA"), ("2", r"anterior cerebral|ACA"), ("3", r"posterior cerebral|PCA"),
           ("4", r"cerebellar"))
_MECH = (("3", r"thromb\w*"), ("4", r"embol\w*"), ("5", r"occlusion|occluded|stenosis"))
_SIDE = f"(?P<side>{side_words()})"
# "occlusion of a distal left MCA branch (M2)": a branch qualifier may stand before the side
_OF = re.compile(r"\b(?P<mech>thromb\w*|embol\w*|occlusion|stenosis)\s+(?:of|in)\s+(?:the\s+|an?\s+)?"
                 r"(?:(?:distal|proximal|small|superior|inferior|cortical)\s+)?" + _SIDE
                 + r"\s+(?P<art>middle cerebral|anterior cerebral|posterior cerebral|MCA|ACA|PCA|cerebellar)\b", re.I)
_PRE = re.compile(_SIDE + r"\s+(?P<art>MCA|ACA|PCA|middle cerebral artery|anterior cerebral artery|"
                  r"posterior cerebral artery)\s+(?P<mech>thromb\w*|embol\w*|occlusion|stenosis)\b", re.I)
_EMBOLIC = re.compile(r"\b(?:cardio)?embol(?:ic|ism|us|i)\b", re.I)
_NIHSS = re.compile(r"\bNIHSS(?:\s+score)?(?:\s+(?:of|was|is|on arrival|at admission))?\s*[:=]?\s*(\d{1,2})\b")
_ITEM_END = re.compile(r"\n\s*\n|\n\s*(?:\d+[.)]|[-*#\u2022])\s")


def _item(text: str, start: int, width: int = 240) -> tuple[int, int]:
    """The list item or paragraph a mention sits in (from the mention to the next item)."""
    m = _ITEM_END.search(text, start, min(len(text), start + width))
    return start, m.start() if m else min(len(text), start + width)


def _new(code: str, info: Any, spans: list[tuple[int, int]], rule: str, note: str, like: Cand) -> Cand:
    c = Cand("ICD-10-CM", code, info.title, True, spans, like.section, "present", "rule", 1, like.unit_index,
             like.item_number, like.first_offset, sections=set(like.sections))
    c.add_rule(rule, note)
    return c


# "Acute ischemic stroke, left MCA territory, cardioembolic", "cardioembolic stroke of the left MCA": the side and
# artery written apart from the mechanism, which the item states elsewhere (embolic -> .4-, thrombotic -> .3-)
_ART_SIDE = re.compile(_SIDE + r"\s+(?P<art>MCA|ACA|PCA|middle cerebral|anterior cerebral|posterior cerebral)\b", re.I)
_THROMBOTIC = re.compile(r"\bthrombo(?:tic|sis)\b", re.I)


def _site_code(text: str, lo: int, hi: int) -> str | None:
    window = text[lo:hi]
    m = _OF.search(window) or _PRE.search(window)
    if not m:
        window = text[text.rfind("\n", 0, lo) + 1 : hi]  # "Cardioembolic stroke of the right MCA": its whole line
        m = _ART_SIDE.search(window)
        mech = "4" if _EMBOLIC.search(window) else "3" if _THROMBOTIC.search(window) else None
        if m is None or mech is None:
            return None  # an artery without a stated mechanism has no Index default: I63.9 stays for the coder
        art = next(d for d, rx in _ARTERY if re.match(rx, m.group("art"), re.I))
        return f"I63.{mech}{art}{'1' if m.group('side').lower().startswith('r') else '2'}"
    mech = next(d for d, rx in _MECH if re.fullmatch(rx, m.group("mech"), re.I))
    if mech == "5" and _EMBOLIC.search(window):
        mech = "4"  # "occlusion of a left M2 branch, (presumed) cardioembolic": the Index's "due to embolism"
    art = next(d for d, rx in _ARTERY if re.match(rx, m.group("art"), re.I))
    side = "1" if m.group("side").lower().startswith("r") else "2"
    return f"I63.{mech}{art}{side}"


def acute_infarct(cands: list[Cand], text: str, lookup: Callable[[str], Any]) -> list[Cand]:
    """I63.9 -> the artery/mechanism/side code the diagnosis names; the NIHSS score with an acute infarct."""
    infarcts = [c for c in cands if c.code.startswith("I63") and c.assertion == "present"]
    if not infarcts:
        return cands
    for c in infarcts:
        if c.code not in ("I63.9", "I63.50"):
            continue
        for s, _e in c.spans:
            code = _site_code(text, *_item(text, s))
            info = lookup(code) if code else None
            if info is not None and info.billable:
                c.code, c.description = code, info.title
                c.add_rule("I.C.9-infarct-site", "the documented artery, mechanism and side")
                break
    if not any(c.code.startswith("R29.7") for c in cands):
        m = _NIHSS.search(text)
        info = lookup(f"R29.7{int(m.group(1)):02d}") if m and int(m.group(1)) <= 42 else None
        if info is not None:
            cands = cands + [_new(info.code, info, [(m.start(), m.end())], "I.C.18.j-nihss",
                                  "NIHSS score coded with the acute cerebral infarction (first documented)",
                                  infarcts[0])]
            # a companion of the infarct: listed after the diagnoses of its group, never first
            cands[-1].first_offset, cands[-1].item_number = len(text) + 1, None
    return cands


_RESIDUAL = re.compile(r"\b(?:residual|persistent|chronic|baseline)\b|\bdeficits?\b|\bw/\s*residual", re.I)
_NO_RESIDUAL = re.compile(r"\b(?:without|w/o|no)\s+(?:any\s+)?(?:residual|deficits?|sequelae)", re.I)
_HEMI = re.compile(rf"(?:\b(?P<s1>{side_words()})(?:[- ]sided)?\s+)?(?:hemipar\w*|hemipleg\w*|"
                   r"(?<=sided )weakness)(?:\s+(?:of|on)\s+(?:the\s+)?(?P<s2>left|right)\b)?", re.I)
_HANDED = re.compile(r"\b(left|right)[- ]hand(?:ed)?\b", re.I)
_DEFICITS = (("I69.320", re.compile(r"\baphasia\b", re.I)), ("I69.322", re.compile(r"\bdysarthria\b", re.I)),
             ("I69.391", re.compile(r"\bdysphagia\b", re.I)),
             ("I69.392", re.compile(r"\bfacial (?:droop|weakness)\b", re.I)),
             ("I69.393", re.compile(r"\bataxia\b", re.I)))
_STROKE_HISTORY = ("Z86.73",)
_COVERED = {"I69.35": ("G81",), "I69.320": ("R47.01",), "I69.322": ("R47.1",), "I69.391": ("R13.1",),
            "I69.392": ("R29.810",), "I69.393": ("R27.0",)}


def hemi_code(window: str, prefix: str) -> str:
    """The hemiplegia code of ``prefix`` (I69.35 or G81.9) for the side and dominance written in ``window``."""
    m = _HEMI.search(window)
    side = (m.group("s1") or m.group("s2") or "") if m else ""
    side = side.lower()[:1]
    if side not in ("l", "r"):
        return f"{prefix}{'9' if prefix == 'I69.35' else '0'}"
    h = _HANDED.search(window)
    dominant = (h.group(1).lower()[:1] == side) if h else side == "r"
    digit = {("r", True): "1", ("l", True): "2", ("r", False): "3", ("l", False): "4"}[(side, dominant)]
    return prefix + digit


def stroke_sequela(cands: list[Cand], text: str, lookup: Callable[[str], Any]) -> list[Cand]:
    """Z86.73 whose own item names residual deficits -> the I69.3- sequela codes (I.C.9.d)."""
    out: list[Cand] = []
    added: list[Cand] = []
    for c in cands:
        if c.code not in _STROKE_HISTORY or c.assertion != "present":
            out.append(c)
            continue
        codes: list[str] = []
        for s, _e in c.spans:
            lo, hi = _item(text, s, 160)
            window = text[lo:hi]
            if _NO_RESIDUAL.search(window) or not _RESIDUAL.search(window):
                continue
            if _HEMI.search(window) and re.search(r"hemipar|hemipleg|sided weakness", window, re.I):
                codes.append(hemi_code(window, "I69.35"))
            codes += [code for code, rx in _DEFICITS if rx.search(window)]
            if not codes and re.search(r"\bresidual (?:deficits?|effects?)\b", window, re.I):
                codes.append("I69.30")
            if codes:
                break
        infos = [(code, lookup(code)) for code in dict.fromkeys(codes)]
        infos = [(code, info) for code, info in infos if info is not None and info.billable]
        if not infos:
            out.append(c)
            continue
        for code, info in infos:
            n = _new(code, info, list(c.spans), "I.C.9.d-sequela",
                     "old cerebral infarction with a residual deficit: sequela code, not Z86.73", c)
            n.source = "synonym"
            added.append(n)
    if not added:
        return cands
    covered = tuple(p for n in added for k, ps in _COVERED.items() if n.code.startswith(k) for p in ps)
    out = [c for c in out if not (covered and c.code.startswith(covered))]
    return out + added


def hemiplegia_side(cands: list[Cand], text: str, lookup: Callable[[str], Any]) -> list[Cand]:
    """G81.9- from its own item: side and dominance (I.C.6.a: unless handedness is written, a right side is
    dominant and a left side non-dominant)."""
    for c in cands:
        if not c.code.startswith("G81.9"):
            continue
        s = c.spans[0][0]
        lo = max(line_bounds(text, s)[0], s - 40)
        code = hemi_code(text[lo:_item(text, s, 160)[1]], "G81.9")
        info = lookup(code)
        if code != c.code and info is not None and info.billable:
            c.code, c.description = code, info.title
            c.add_rule("I.C.6.a-dominance", "side from the note; dominance by handedness or the default")
    return cands


def strokes(cands: list[Cand], text: str, lookup: Callable[[str], Any]) -> list[Cand]:
    """Every stroke rule of this module, in order."""
    cands = acute_infarct(cands, text, lookup)
    cands = hemiplegia_side(cands, text, lookup)
    return stroke_sequela(cands, text, lookup)
