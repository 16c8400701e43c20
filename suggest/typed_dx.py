"""Typed EHR diagnosis lists: "Encounter Diagnoses" / "Visit Diagnoses" pick-list lines with an ICD-10-CM code.

An EHR export often ends with the codes the physician picked from a list ("J02.0  Streptococcal pharyngitis
[primary]", "Essential hypertension (I10)"). Those lines are not the documentation a code is taken from: the
coder codes from the provider's narrative (ICD-10-CM I.A.19, IV: the documentation supports the code; project
Decision in corpora/README.md). A pick-list entry is often unspecified where the narrative is specific (typed
E11.9, written "diabetes with diabetic CKD 3a") or wrong (a typed J02.0 beside a negative strep test and "viral
pharyngitis"; a typed I25.10 beside "no coronary disease on cath"; a typed C44.- for a BCC excised years ago).
So where the narrative speaks about the same condition, its own mentions decide and the typed entry goes.
"""

from __future__ import annotations

import re

from suggest.cand import Cand
from suggest.codesets import ICD10CM
from suggest.textnorm import stem

# at the start of a line the code needs its decimal part or a column gap after it ("B12 deficiency" is prose)
_LEAD = (r"[A-TV-Z][0-9][0-9AB](?:\.[0-9A-Z]{1,4}[ \t]*(?:[-:\u2013][ \t]*|[ \t])"
         r"|(?:[ \t]{2,}|\t|[ \t]+[-:\u2013][ \t]+))")
# "J02.0  Streptococcal pharyngitis", "1. I10 - Essential (primary) hypertension": a line that starts with the code
_TYPED_LINE = re.compile(r"^[ \t]*(?:[-*\u2022]|\d{1,2}[.)])?[ \t]*" + _LEAD + r"[^\n]*$", re.MULTILINE)


_STOP = frozenset({"of", "the", "and", "with", "without", "unspecified", "other", "due", "to", "in", "or", "not"})


def _words(text: str) -> set[str]:
    return {stem(w) for w in re.findall(r"[a-z]+", text.lower()) if w not in _STOP}


def typed_lines(text: str) -> list[tuple[int, int]]:
    """Spans of the lines that carry a typed ICD-10-CM code."""
    return [(m.start(), m.end()) for m in _TYPED_LINE.finditer(text)]


def typed_only(cands: list[Cand], text: str, hist_map: dict[str, str] | None = None) -> tuple[list[Cand], list[Cand]]:
    """Drop the mentions of an ICD-10-CM diagnosis on typed pick-list lines ("J02.0  Streptococcal pharyngitis")
    when the narrative names a condition of the same 3-character category in any way: as the patient's current
    condition (more specific: E11.22 over a typed E11.9; the narrative's "viral pharyngitis" J02.9 over a typed
    J02.0), negated ("no coronary disease on cath" beside a typed I25.10), uncertain, or as history (a BCC excised
    in 2021 beside a typed C44.-). Runs on the mentions before assertions merge them. A typed entry the narrative
    never mentions is the physician's own diagnosis and stays; a problem-list line ("Allergic rhinitis due to
    pollen (J30.1) - Noted 2022") is not a pick-list line and keeps its detail."""
    lines = typed_lines(text)
    if not lines:
        return cands, []

    def typed(c: Cand) -> bool:
        return bool(c.spans) and all(any(a <= s and e <= b for a, b in lines) for s, e in c.spans)

    # the words of the narrative outside the typed lines: a narrative code the engine read only as "unspecified"
    # (C44.91) does not overrule a typed code whose own detail the narrative writes ("... of the nose": C44.311)
    outside, pos = [], 0
    for a, b in lines:
        outside.append(text[pos:a])
        pos = b
    outside.append(text[pos:])
    said = _words(" ".join(outside))
    typed_titles = {c.code: c.description for c in cands if c.system == ICD10CM and typed(c)}

    def supersedes(c: Cand) -> set[str]:
        if "unspecified" not in c.description.lower():
            return {c.code[:3], (c.matched_code or c.code)[:3]}
        own = _words(c.description)
        return {c.code[:3]} - {t[:3] for t, title in typed_titles.items()
                               if t[:3] == c.code[:3] and (_words(title) - own) and (_words(title) - own) <= said}

    narrative = {k for c in cands if c.system == ICD10CM and not typed(c)
                 and c.assertion in ("present", "negated", "uncertain", "historical") for k in supersedes(c)}
    # a personal history code in the narrative ("Hx BCC - no recurrence" Z85.828) names the condition as history
    # (I.C.21.c.4 map: C44 -> Z85.828), so a typed current code of that condition (C44.311) yields to it
    history = {c.code for c in cands if c.system == ICD10CM and not typed(c) and c.code[:3] in ("Z85", "Z86", "Z87")}
    narrative |= {k[:3] for k, z in (hist_map or {}).items() if z in history and len(k) >= 3}
    kept, dropped = [], []
    for c in cands:
        if c.system == ICD10CM and typed(c) and c.code[:3] in narrative:
            c.add_rule("DOC-typed-code-list", "typed EHR code-list entry the narrative documents otherwise (more "
                       "specific, negated or history only): coded from the provider's narrative (I.A.19)")
            dropped.append(c)
        else:
            kept.append(c)
    return kept, dropped
