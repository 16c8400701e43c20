"""From a matched code to the billable code the text supports (I.B specificity, laterality, 7th character).

A matched category is walked down to a leaf: the side documented in the sentence picks the
laterality child, otherwise the "unspecified" child is taken and the missing detail is named so
the coder can query the physician. Injury codes get placeholder X and the 7th character for the
episode of care read from the encounter wording.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Any

from suggest.textnorm import skip_ahead

# "suture removal 5 days", "suture removal in 7-10 days": planned for later, this is still the initial encounter
_SUBSEQ = re.compile(r"\b(subsequent|follow[- ]?up|routine healing|healing well|cast check|recheck|re-check|"
                     r"post[- ]?op|suture removal(?![ \t]*(?:in[ \t]+)?\d)|here for removal)\b", re.I)
# said of the injury in its own sentence, these beat a "follow-up" heading (I.C.19.a: 7th character A while the
# patient receives active treatment, e.g. evaluation and a decision for surgery)
_ACTIVE = re.compile(r"\b(current injury|active treatment|initial encounter)\b", re.I)
_SEQUELA = re.compile(r"\b(sequela|sequelae|late effect|residual)\b", re.I)
# from the note's opening lines only the named sequela counts: "residual" there is usually another condition's
# ("hx of CVA with residual weakness" beside today's fall injuries; I.C.19.a: S only for the injury's late effect)
_NONDISPLACED = re.compile(r"\bnon-?displaced\b", re.I)
_SEQUELA_NAMED = re.compile(r"\b(sequela|sequelae|late effects?)\b", re.I)
_INITIAL = re.compile(r"\b(initial|acute|today|yesterday|injured|presents?|emergency|\bed\b|er visit|"
                      r"this morning|last night|fell|tripped|twisted)\b", re.I)
# terse notes write the side as a capital R or L on its own ("R wrist sprain", "AOM L", "L TM bulging"); not a
# volume ("2 L"), a spinal level (L5), "R/O" or "L&D"
_LETTER = r"(?<![\w/.&-])(?<!\d )(?-i:{})(?![\w/.&-])"
_SIDES = tuple((side, skip_ahead(rx)) for side, rx in (  # skip_ahead: three times faster
    ("bilateral", re.compile(r"\b(bilateral(ly)?|both)\b|" + _LETTER.format(r"R\s*(?:and|&|\+)\s*L"), re.I)),
    ("right", re.compile(r"\b(right|rt)\b|" + _LETTER.format("R"), re.I)),
    ("left", re.compile(r"\b(left|lt)\b|" + _LETTER.format("L"), re.I))))
_AXES = (("intractability", re.compile(r"\bnot intractable\b", re.I)),
         ("status migrainosus/epilepticus", re.compile(r"\bwithout status (?:migrainosus|epilepticus)\b", re.I)),
         ("laterality", re.compile(r"\b(right|left|bilateral)\b", re.I)),
         ("stage", re.compile(r"\bstage\b", re.I)),
         ("type", re.compile(r"\btype\b", re.I)),
         ("acuity (acute/chronic)", re.compile(r"\b(acute|chronic)\b", re.I)),
         ("episode (initial/recurrent)", re.compile(r"\b(single episode|recurrent)\b", re.I)),
         ("severity", re.compile(r"\b(mild|moderate|severe)\b", re.I)))


@dataclass
class Resolved:
    code: str
    description: str
    billable: bool
    missing: list[str] = field(default_factory=list)
    flags: list[str] = field(default_factory=list)
    rules: list[str] = field(default_factory=list)


def episode_character(context: str, head: str = "") -> tuple[str, bool]:
    """The injury 7th character from encounter wording -> (char, was_documented). ``context`` is the injury's own
    sentence, ``head`` the note's opening (title, chief complaint)."""
    if _SEQUELA.search(context) or _SEQUELA_NAMED.search(head):
        return "S", True
    context = f"{context} {head}"
    if _SUBSEQ.search(context):
        return "D", True
    if _INITIAL.search(context):
        return "A", True
    return "A", False


# ophthalmology writes the eye as OD (right), OS (left), OU (both), in capitals (I.C.7, I.B.13 laterality); read only
# for eye codes, where OD is not an overdose nor "once daily"
_EYE_CODES = ("H0", "H1", "H2", "H3", "H4", "H5")
_OD, _OS, _OU = (re.compile(rf"(?<![\w/]){w}(?![\w/])") for w in ("OD", "OS", "OU"))


def eye_side(context: str) -> str | None:
    """The eye named by OD/OS/OU in ``context``: both OD and OS (or OU) -> bilateral."""
    right, left = bool(_OD.search(context)), bool(_OS.search(context))
    if _OU.search(context) or (right and left):
        return "bilateral"
    return "right" if right else "left" if left else None


# otology writes the ear as AD (right, auris dextra), AS (left), AU (both), in capitals; read only for ear codes
# (chapter 8, H60-H95), where AS is not aortic stenosis nor AD Alzheimer disease
_EAR_CODES = ("H6", "H7", "H8", "H9")
_AD, _AS, _AU = (re.compile(rf"(?<![\w/]){w}(?![\w/])") for w in ("AD", "AS", "AU"))


def ear_side(context: str) -> str | None:
    """The ear named by AD/AS/AU in ``context``: both AD and AS (or AU) -> bilateral."""
    right, left = bool(_AD.search(context)), bool(_AS.search(context))
    if _AU.search(context) or (right and left):
        return "bilateral"
    return "right" if right else "left" if left else None


def _side(code: str, near: str, context: str) -> str | None:
    """The documented side, the mention's own clause first; OD/OS/OU count for eye codes, AD/AS/AU for ear codes."""
    if code.startswith(_EYE_CODES):
        return documented_side(near) or eye_side(near) or documented_side(context) or eye_side(context)
    if code.startswith(_EAR_CODES):
        return documented_side(near) or ear_side(near) or documented_side(context) or ear_side(context)
    return documented_side(near) or documented_side(context)


@lru_cache(maxsize=4096)
def documented_side(context: str) -> str | None:
    """The side named in ``context`` (memoised: every match in one sentence asks about the same text)."""
    for side, rx in _SIDES:
        if rx.search(context):
            return side
    return None


# Tabular G40/G43: "pharmacoresistant, treatment resistant, refractory (medically) and poorly controlled" are
# equivalent to intractable; "not intractable" and "without status ..." are the defaults
_INTRACTABLE = re.compile(r"(?<!not )(?<!non-)(?<!non)\b(?:intractable|pharmaco-?resistant|pharmacologically "
                          r"resistant|treatment[- ]resistant|refractory|poorly controlled)\b", re.I)
_BINARY_AXES = ("intractability", "status migrainosus/epilepticus")
_INTRACTABILITY_TITLE = re.compile(r"\bintractable\b|\bstatus (?:migrainosus|epilepticus)\b", re.I)
_STATUS = re.compile(r"(?<!without )(?<!no )\bstatus (?:migrainosus|epilepticus)\b", re.I)


_AXIS_WORDS = re.compile(r",?\s*(?:not\s+)?intractable|,?\s*with(?:out)?\s+status\s+(?:migrainosus|epilepticus)", re.I)


def _axis_root(cs: Any, code: str, info: Any) -> tuple[str, Any]:
    """The highest ancestor whose children differ only in intractability / status (G43.709 -> G43.7), so a leaf
    matched on its other words is walked down again reading those two axes from the sentence."""
    while info.parent:
        parent = cs.lookup(info.parent)
        kids = [cs.lookup(k) for k in cs.children(info.parent)]
        if parent is None or len({_AXIS_WORDS.sub("", k.title) for k in kids if k is not None}) != 1:
            break
        code, info = info.parent, parent
    return code, info


def _decided_by_context(titles: dict[str, str], context: str) -> str | None:
    """The child the sentence decides on the intractability and status axes (G43, G40), else None."""
    hits = list(titles)
    if any("not intractable" in t.lower() for t in titles.values()):
        want = bool(_INTRACTABLE.search(context))
        hits = [c for c in hits if bool(re.search(r"(?<!not )\bintractable\b", titles[c], re.I)) == want]
    if any(re.search(r"\bwithout status\b", t, re.I) for t in titles.values()):
        want = bool(_STATUS.search(context))
        hits = [c for c in hits if bool(re.search(r"\bwith status\b", titles[c], re.I)) == want]
    return hits[0] if len(hits) == 1 else None


_NEGATOR = r"\b(?:no|not|without|denies|negative for)\s+(?:\w+\s+){0,2}?"
_TITLE_FILLER = frozenset({"or", "and", "of", "the", "with", "without", "other", "unspecified", "mention"})


def _denied_child(titles: dict[str, str], context: str) -> str | None:
    """Of a with/without pair, the "without X" child when the sentence denies X ("Graves' disease, no thyroid
    storm" -> E05.00 without thyrotoxic crisis or storm): the choice is documented, not a default (I.B)."""
    if len(titles) != 2:
        return None
    for c, t in titles.items():
        m = re.search(r"\bwithout (.+)$", t, re.I)
        if not m:
            continue
        words = [w for w in re.findall(r"[a-z]+", m.group(1).lower()) if w not in _TITLE_FILLER and len(w) > 3]
        if words and re.search(_NEGATOR + r"(?:" + "|".join(map(re.escape, words)) + r")\b", context, re.I):
            return c
    return None


def _pick_child(cs: Any, children: list[str], side: str | None, context: str = "") -> tuple[str, str | None]:
    """Choose a child code; returns (child, missing axis or None when the text decided)."""
    titles = {c: (cs.lookup(c).title if cs.lookup(c) else "") for c in children}
    axis = None
    for name, rx in _AXES:
        n = sum(1 for t in titles.values() if rx.search(t))
        if (0 < n < len(titles)) if name in _BINARY_AXES else n >= 2:  # "not intractable" vs "intractable"
            axis = name
            break
    if axis == "laterality" and side:
        for c, t in titles.items():
            if re.search(rf"\b{side}\b", t, re.I):
                return c, None
    if axis in _BINARY_AXES:
        decided = _decided_by_context(titles, context)
        if decided is not None:
            return decided, None
    if context and (denied := _denied_child(titles, context)) is not None:
        return denied, None
    def default_rank(c: str) -> float:
        t = titles[c].lower()
        r = 0.0
        r += 2 if "unspecified" in t else 0
        r += 2 if ("uncomplicated" in t or "without" in t) else 0
        r += 1 if c.endswith("9") else (0.5 if c.endswith("0") else 0)
        r -= 3 if re.search(r"\b(right|left)\b", t) else 0
        r -= 2 if (" with " in t and "without" not in t) else 0
        r -= 1 if t.startswith("other") else 0
        return r

    return max(children, key=default_rank), axis or "detail"


def _unspecified_axis(cs: Any, info: Any) -> str | None:
    """For an "unspecified" billable code, the detail its siblings distinguish (None when none is named).

    Depends only on the code set, so it is memoised in ``cs.axis_memo`` when the code-set view has one."""
    memo = getattr(cs, "axis_memo", None)
    if memo is None:
        return _axis_of(cs, info)
    key = (info.code, info.title, info.parent)
    if key not in memo:
        memo[key] = _axis_of(cs, info)
    return memo[key]


def _axis_of(cs: Any, info: Any) -> str | None:
    if "unspecified" not in info.title.lower() or not info.parent:
        return None
    sibs = [cs.lookup(c) for c in cs.children(info.parent) if c != info.code]
    titles = [t.title for t in sibs if t is not None]
    for name, rx in _AXES:
        if sum(1 for t in titles if rx.search(t)) >= 1 and not rx.search(info.title.replace("unspecified", "")):
            return name
    return None


def _sided_sibling(cs: Any, info: Any, side: str) -> Any:
    """The sibling of an unspecified-side code that names the documented side (H66.90 -> H66.93). Where the
    siblings also name dominance (hemiplegia G81.9-, I69.x5-), the default side: right dominant, left
    non-dominant (I.C.6.a; a documented handedness is read later by the stroke rules)."""
    sibs = [sib for c in cs.children(info.parent)
            if (sib := cs.lookup(c)) is not None and sib.billable and re.search(rf"\b{side}\b", sib.title, re.I)]
    if len(sibs) > 1 and any("dominant" in sib.title for sib in sibs):
        nondominant = side == "left"
        pick = [sib for sib in sibs if ("nondominant" in sib.title or "non-dominant" in sib.title) == nondominant]
        if pick:
            return pick[0]
    return sibs[0] if sibs else None


def _with_seventh(code: str, char: str) -> str:
    raw = code.replace(".", "")
    raw = raw.ljust(6, "X") + char
    return raw[:3] + "." + raw[3:]


def resolve(cs: Any, code: str, context: str, episode_context: str = "", near: str = "") -> Resolved | None:
    """Walk ``code`` down to a billable code using the sentence ``context``; the side comes from ``near`` (the
    mention's own clause) when it names one: "right PCA territory, left homonymous hemianopia" is a left field
    defect (I.B laterality)."""
    info = cs.lookup(code)
    if info is None:
        return None
    if info.billable and "seventh_character" in (info.extra or {}):
        code = code[:-1].rstrip("X").rstrip(".")  # re-read the episode of care from this note
        info = cs.lookup(code)
        if info is None:
            return None
    if _INTRACTABILITY_TITLE.search(info.title):
        code, info = _axis_root(cs, code, info)  # a leaf matched on its other words: re-read the two axes
    if info.billable:
        out = Resolved(code, info.title, True)
        axis = _unspecified_axis(cs, info)
        side = _side(code, near, context) if axis == "laterality" else None
        sided = _sided_sibling(cs, info, side) if side else None
        if sided is not None:
            out.code, out.description = sided.code, sided.title
            out.rules.append("I.B.laterality")
            return out
        if axis:
            out.missing.append(axis)
            out.flags.append("needs-specificity")
            out.rules.append("I.B.specificity")
        return out
    missing: list[str] = []
    side = _side(code, near, context)
    cur = code
    for _ in range(6):
        kids = [k for k in cs.children(cur) if len(k.replace(".", "")) < 7]
        if not kids:
            break
        cur, miss = _pick_child(cs, kids, side, context)
        if miss:
            missing.append(miss)
        if cs.is_billable(cur):
            break
    out = Resolved(cur, "", False, missing)
    cinfo = cs.lookup(cur)
    if cinfo and not cinfo.billable and cinfo.seventh_characters and cinfo.parent \
            and re.search(r"\bunspecified\b", cinfo.title, re.I) \
            and not re.search(r"\b(?:right|left|bilateral)\b", cinfo.title, re.I):
        # "L intertrochanteric hip fx, nondisplaced" from a term of the unspecified side: the sibling of the side
        # (I.B laterality) and displacement (I.C.19.c.1: displaced unless documented nondisplaced)
        nondisp = bool(_NONDISPLACED.search(context))
        for k in cs.children(cinfo.parent) if side or nondisp else ():
            sib = cs.lookup(k)
            sided = re.search(rf"\b{side}\b", sib.title, re.I) if side and sib is not None else \
                sib is not None and not re.search(r"\b(?:right|left|bilateral)\b", sib.title, re.I)
            if sib is not None and sib.seventh_characters and sided \
                    and bool(_NONDISPLACED.search(sib.title)) == nondisp:
                if k != cur:
                    cur, cinfo = k, sib
                    out.rules.append("I.B.laterality")
                break
    if cinfo and not cinfo.billable and cinfo.seventh_characters:
        char, told = ("A", True) if _ACTIVE.search(context) else episode_character(context, episode_context)
        if char not in cinfo.seventh_characters:
            char = sorted(cinfo.seventh_characters)[0]
        cur = _with_seventh(cur, char)
        out.code = cur
        out.rules.append("I.C.19.a-7th-character")
        if not told:
            out.flags.append("missing-7th-character")
            out.missing.append("episode of care (7th character)")
    final = cs.lookup(out.code)
    if final is None or not final.billable:
        return None
    out.description = final.title
    out.billable = True
    if out.missing and any(m != "episode of care (7th character)" for m in out.missing):
        out.flags.append("needs-specificity")
        out.rules.append("I.B.specificity")
    return out


def bilateral_pair(cs: Any, code: str) -> tuple[Any, Any] | None:
    """I.B.13: with no bilateral code, "both knees" is coded as the right and the left code."""
    info = cs.lookup(code)
    if info is None or not info.parent or "bilateral" in info.title.lower():
        return None
    sibs = [cs.lookup(c) for c in cs.children(info.parent)]
    if any(x is not None and "bilateral" in x.title.lower() for x in sibs):
        return None
    right, left = _sided_sibling(cs, info, "right"), _sided_sibling(cs, info, "left")
    return (right, left) if right is not None and left is not None else None
