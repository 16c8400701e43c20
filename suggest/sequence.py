"""Excludes1 conflicts, integral symptoms and sequencing (IV.G / Section II) of the coded diagnoses."""

from __future__ import annotations

import re
from collections.abc import Callable

from suggest.cand import PRIMARY_SECTIONS, Cand
from suggest.poisoning import poisoning_first
from suggest.ruledata import RuleData
from suggest.textnorm import line_bounds

_REF = re.compile(r"\b([A-Z]\d[0-9A-Z](?:\.[0-9A-Z]{1,4})?)(?:\.?-)?(?:\s*-\s*([A-Z]\d[0-9A-Z](?:\.[0-9A-Z]{1,4})?))?")
# I.C.21.c.3 status codes (Z17 receptor status, Z67 blood type among them) never stand first
_STATUS = ("Z17", "Z67", "Z79", "Z80", "Z81", "Z82", "Z83", "Z84", "Z85", "Z86", "Z87", "Z88", "Z91", "Z92", "Z95",
           "Z96", "Z98", "Z99", "Z68", "Z72", "Z77")
_REASON = ("Z00", "Z01", "Z02", "Z03", "Z04", "Z08", "Z09", "Z11", "Z12", "Z13", "Z23", "Z30", "Z34", "Z39",
           "Z47", "Z48", "Z51")


def parse_refs(notes: list[str]) -> list[tuple[str, str | None]]:
    """Code references in Excludes1 texts: ("E10", None) prefixes and ("O10", "O16") category ranges."""
    out = []
    for n in notes:
        for m in _REF.finditer(n):
            out.append((m.group(1), m.group(2)))
    return out


def _hits(code: str, refs: list[tuple[str, str | None]]) -> bool:
    for a, b in refs:
        if b:
            if a[:3] <= code[:3] <= b[:3]:
                return True
        elif code.startswith(a):
            return True
    return False


# "#1 Cough, subacute - likely post-viral, pertussis not excluded": the assessment explains the symptom by an
# uncertain diagnosis of its own, so the symptom is coded for it (IV.H), not absorbed by the asthma of item #2
_OWN_UNCERTAIN_CAUSE = re.compile(r"\b(?:likely|probabl[ey]|possibl[ey]|suspect\w*|concern(?:ing)? for|"
                                  r"versus|vs\.?|differential|r/o|rule out|can(?:no|')t be excluded)\b", re.I)


def _own_problem(c: Cand, cause: Cand, text: str | None) -> bool:
    """The symptom is its own numbered assessment item, apart from the condition's, and that item names an uncertain
    explanation for it."""
    if text is None or c.item_number is None or cause.item_number in (None, c.item_number) or not c.spans:
        return False
    _a, b = line_bounds(text, c.spans[0][0])
    return bool(_OWN_UNCERTAIN_CAUSE.search(text, c.spans[0][1], b))


def drop_integral_symptoms(cands: list[Cand], data: RuleData,
                           text: str | None = None) -> tuple[list[Cand], list[Cand]]:
    """I.B.5: drop symptom codes whose confirmed condition is coded (not one the assessment lists as its own
    problem with an uncertain cause of its own, IV.H)."""
    kept, dropped = [], []
    present = [c for c in cands if c.assertion == "present" and "uncertain-diagnosis" not in c.flags]
    for c in cands:
        rule = next((r for r in data.integral if c.code.startswith(r.symptom)), None)
        cause = None
        if rule:
            cause = next((p.code for p in present if p.code != c.code
                          and any(p.code.startswith(x) for x in rule.conditions) and not _own_problem(c, p, text)),
                         None)
        if cause:
            c.add_rule("I.B.5-integral-symptom", f"symptom integral to coded {cause}; not coded separately")
            dropped.append(c)
        else:
            kept.append(c)
    return kept, dropped


# "Hyponatremia, likely SIADH from pneumonia": the physician's explanation of the finding, coded as established on
# an inpatient record (II.H); "due to" is left to the combination rules ("CKD due to diabetic nephropathy")
_EXPLAINED_BY = re.compile(r"[\s,:(-]*(?:(?:most\s+)?likely|probabl[ey]|presumed|suspected|c/w|consistent\s+with|"
                           r"felt\s+to\s+be)\b[^.;\n]{0,12}$", re.I)


def _explained_by(a: Cand, b: Cand, text: str | None) -> bool:
    """``a`` is written with ``b`` as its cause on the same line ("Hyponatremia, likely SIADH"): E87.1 Excludes1
    "hyponatremia with SIADH (E22.2)" sends the pair to the cause's code (I.A.12.a)."""
    if text is None:
        return False
    for _a0, a1 in a.spans:
        for b0, _b1 in b.spans:
            if a1 <= b0 <= a1 + 40 and "\n" not in text[a1:b0] and _EXPLAINED_BY.match(text, a1, b0):
                return True
    return False


def resolve_excludes1(cands: list[Cand], excludes1: Callable[[str], list[str]],
                      text: str | None = None) -> tuple[list[Cand], list[Cand]]:
    """I.A.12.a: never both codes of an Excludes1 pair; keep the better-supported one and flag it."""
    notes = {c.code: excludes1(c.code) for c in cands}
    refs = {code: parse_refs(n) for code, n in notes.items()}
    order = sorted(cands, key=lambda c: -c.score)
    kept: list[Cand] = []
    dropped: list[Cand] = []
    for c in order:
        rival = next((k for k in kept if _conflict(c, k, refs)), None)
        if rival is None:
            kept.append(c)
            continue
        if (_part_of(rival.code, c.code, notes) or (rival.code[0] == "R" and c.code[0] not in "RZ")
                or _vaguer(rival, c) or _explained_by(rival, c, text)):
            # the note itself says which one (keep the whole, not the part), or a finding (chapter 18) against a
            # diagnosis it is part of ("E. coli bacteremia" R78.81 and "Sepsis" A41: I.B.4-5, the diagnosis)
            kept[kept.index(rival)] = c
            c, rival = rival, c
        rival.add_flag("excludes1-conflict")
        rival.add_rule("I.A.12.a-excludes1", f"Excludes1 with {c.code}; kept the better-supported code")
        c.add_rule("I.A.12.a-excludes1", f"Excludes1 with {rival.code}; dropped in its favour")
        dropped.append(c)
    return [c for c in cands if c in kept], dropped


_FILLER = frozenset({"unspecified", "of", "the", "and", "or", "with", "without", "other", "in", "site", "type"})


def _vaguer(a: Cand, b: Cand) -> bool:
    """``a`` is an unspecified form of the condition ``b`` names with its type or cause ("Unspecified cirrhosis of
    liver" K74.60 beside "Alcoholic cirrhosis of liver" K70.30: K74.6 Excludes1 K70.3): the Excludes1 note sends
    the specified condition to ``b``'s code, so ``b`` is coded (I.A.12.a, I.B specificity)."""
    da, db = a.description.lower(), b.description.lower()
    if "unspecified" not in da or "unspecified" in db:
        return False
    words = set(re.findall(r"[a-z]+", da)) - _FILLER
    return bool(words) and words <= set(re.findall(r"[a-z]+", db))


# Excludes1 text naming the other code as the encounter this one is part of: Z12.4 "when screening is part of general
# gynecological examination (Z01.4-)"
_PART_OF = re.compile(r"\b(?:when|if)\b[^()]*\bpart of\b", re.I)


def _part_of(a: str, b: str, notes: dict[str, list[str]]) -> bool:
    """``a``'s Excludes1 note says ``a`` is not coded when it is part of ``b`` (I.A.12.a: then ``b`` is coded)."""
    return any(_PART_OF.search(n) and _hits(b, parse_refs([n])) for n in notes.get(a, ()))


def _conflict(a: Cand, b: Cand, refs: dict[str, list]) -> bool:
    if a.code == b.code or a.code[:3] == b.code[:3]:
        return False
    combined = set(a.extra.get("combined_from", ())) | set(b.extra.get("combined_from", ()))
    if a.code in combined or b.code in combined or a.matched_code == b.code or b.matched_code == a.code:
        return False
    if a.extra.get("unrelated_to") == b.code or b.extra.get("unrelated_to") == a.code:
        return False  # I.A.12.a exception: an unrelated condition (the other side's stone) beside the combination
    if _separate_problems(a, b):
        return False  # I.A.12.a exception: snoring assessed apart from chronic respiratory failure (R06 / J96)
    return _hits(b.code, refs[a.code]) or _hits(a.code, refs[b.code])


def _separate_problems(a: Cand, b: Cand) -> bool:
    """A symptom (chapter 18) and a diagnosis the assessment lists as separate numbered problems, each named only
    there on its own item: the physician assessed them apart, so they are unrelated (I.A.12.a exception)."""
    if (a.code[0] == "R") == (b.code[0] == "R"):
        return False
    return (a.item_number is not None and b.item_number is not None and a.item_number != b.item_number
            and "assessment" in " ".join(a.sections | b.sections))


def sequence(cands: list[Cand], setting: str, primary: list[tuple[int, int]] | None = None) -> list[Cand]:
    """First-listed = reason for the encounter (first assessment item or the chief complaint's condition);
    inpatient principal = first discharge diagnosis. Status/history Z codes go last; companions follow the
    combination code that asked for them."""

    def key(c: Cand) -> tuple:
        secs = c.sections or {c.section or "unknown"}
        if c.code.startswith(_STATUS):
            group = 5.0
        elif c.code == "Z23":
            group = 4.5  # a vaccine given during a visit for another reason follows that reason (I.C.21.c.2)
        elif c.code.startswith(_REASON):
            group = 0.0
        elif setting == "inpatient" and "principal_diagnosis" in secs:
            group = 0.5  # "Principal diagnosis:" names it outright (Section II)
        elif setting == "inpatient" and "discharge_diagnoses" in secs:
            group = 1.0
        elif secs & set(PRIMARY_SECTIONS):
            group = 2.0
        elif "chief_complaint" in secs:
            group = 3.0
        else:
            group = 4.0
        if pregnant and c.code[0] == "O" and group >= 1.0:
            group -= 0.25  # I.C.15.a.1: chapter 15 codes have sequencing priority over other chapters
        # within the assessment, the order of the assessment's own lines (not an earlier lab or history mention)
        where = c.first_offset
        if primary and 1.0 <= group < 3.0:
            where = min((a for a in [c.first_offset] + [a for a, _ in c.spans]
                         if any(lo <= a < hi for lo, hi in primary)), default=where)
            if c.extra.get("combined_from") or c.extra.get("companion_of"):
                shared = set(c.spans)  # a combination code stands where the words it was made from stand
                where = min([where] + [a for o in cands if o is not c and shared & set(o.spans)
                                       for a, _ in o.spans if any(lo <= a < hi for lo, hi in primary)])
        return (group, c.item_number if c.item_number is not None else 999, where,
                0 if c.extra.get("combined_from") else 1, c.first_offset)

    pregnant = any(c.code[0] == "O" for c in cands)
    keys = {id(c): key(c) for c in cands}
    by_code = {c.code: c for c in cands}
    for c in cands:  # a combination code sorts where its earliest part would
        parts = [by_code[p] for p in c.extra.get("combined_from", ()) if p in by_code]
        if parts:
            keys[id(c)] = min([keys[id(c)]] + [keys[id(p)][:3] + (0, keys[id(p)][4]) for p in parts])
    ordered = sorted(cands, key=lambda c: keys[id(c)])
    out: list[Cand] = []
    for c in ordered:
        if c in out:
            continue
        out.append(c)
        for comp in c.extra.get("combined_from", ()):
            follower = next((o for o in ordered if o.code == comp and o not in out), None)
            if follower is not None and not comp.startswith(("I10", "E11.9", "E10.9")):
                out.append(follower)
    # Tabular Z17: "code first malignant neoplasm of breast (C50.-) / ovary (C56.-)": the receptor status follows
    # the cancer it describes (ER, PR, HER2 in code order)
    cancer = next((c for c in out if c.code.startswith(("C50", "C56"))), None)
    if cancer is not None:
        for z in sorted((c for c in out if c.code.startswith("Z17")), key=lambda c: c.code, reverse=True):
            out.remove(z)
            out.insert(out.index(cancer) + 1, z)
    out = poisoning_first(out)  # I.C.19.e.5.b: the poisoning before its manifestations
    if out:
        out[0].add_rule("II-principal-diagnosis" if setting == "inpatient" else "IV.G-first-listed",
                        "sequenced first as the reason for the encounter")
    for i, c in enumerate(out, 1):
        c.extra["sequence"] = i
    return out
