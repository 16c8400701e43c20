"""Conditions and histories the note itself says play no part in this stay or encounter.

Section III.A reports a history or status on an inpatient record only "if the historical condition or family
history has an impact on current care or influences treatment" (the corpus Decision for inpatient histories), and
III.B / IV.J code other conditions only when they are evaluated or treated. When the physician writes that a listed
item needs nothing now ("History of colon cancer - in surveillance, nothing to do inpatient", "no action this
stay", "Migraine - history only", "# Osteopenia - outpatient", "defer further OA plan to PCP"), the coder follows
that statement.
"""

from __future__ import annotations

import re

from suggest.cand import Cand
from suggest.textnorm import line_bounds, skip_ahead

_STAY = r"(?:this|the current|during (?:the|this)) (?:stay|admission|hospitali[sz]ation|encounter|visit)"
_NO_IMPACT = skip_ahead(re.compile(
    r"\b(?:(?:history|hx) only"
    r"|nothing to do (?:inpatient|(?:for it )?" + _STAY + r")"
    r"|not an? (?:active )?(?:issue|problem) " + _STAY +
    r"|no (?:action|intervention)s? (?:(?:needed|required|taken) )?" + _STAY +
    r"|no (?:further )?(?:work-?up|evaluation|action)\b[^.;]{0,60}?\b(?:needed|required|indicated)\b"
    r"[^.;]{0,12}?\b" + _STAY + r")\b", re.I))
# "# Osteopenia - outpatient.": a problem-list item deferred to after discharge as its whole plan
_DEFERRED = re.compile(r"[ \t]*[-\u2013:][ \t]*(?:outpatient|defer(?:red)? to (?:outpatient|PCP|primary care)|"
                       r"per PCP as (?:an )?outpatient)(?: (?:follow-?up|management|work-?up))?[ \t]*\.?[ \t]*$", re.I)
# "defer further OA plan to PCP", "deferring the thyroid work-up to her primary care physician": the condition named
# inside the deferral is left to another physician (III.B / IV.J: not evaluated or treated here)
_DEFER_TO = re.compile(r"\bdefer(?:s|red|ring)?[ \t]+(?:(?:further|all|the|any|her|his)[ \t]+)?(?:[\w-]+[ \t]+){1,3}?"
                       r"(?:(?:plan|management|work-?up|care|treatment|evaluation)[ \t]+)?to[ \t]+"
                       r"(?:the[ \t]+|her[ \t]+|his[ \t]+|their[ \t]+)?(?:PCP|primary care|outpatient)\b", re.I)
_LIST_LINE = re.compile(r"[ \t]*(?:[-*#\u2022]|\d{1,2}[.)])[ \t]*")
# history and status codes: one statement that the history needs nothing now is enough
_HISTORY = ("Z85", "Z86", "Z87", "Z90", "Z92", "Z98")
_CANCER = ("C", "D0", "Z85")


def _statement(text: str, a: int, b: int) -> tuple[int, int]:
    """The line of a list item, else the prose sentence holding ``text[a:b]``."""
    lo, hi = line_bounds(text, a, b)
    if _LIST_LINE.match(text, lo):
        return lo, hi
    lo = max(text.rfind(". ", 0, a), text.rfind("\n\n", 0, a)) + 2
    ends = [i for i in (text.find(". ", b), text.find("\n\n", b)) if i >= 0]
    return max(lo, 0), min(ends) if ends else len(text)


def _says_no_impact(text: str, a: int, b: int, stated: bool = True) -> bool:
    """``stated``: False when _NO_IMPACT matches nowhere in the note, so nowhere in a statement either."""
    lo, hi = _statement(text, a, b)
    if stated and _NO_IMPACT.search(text, lo, hi):
        return True
    if any(m.start() < a and b <= m.end() for m in _DEFER_TO.finditer(text, lo, hi)):
        return True
    line_lo, line_hi = line_bounds(text, a, b)
    return bool(_LIST_LINE.match(text, line_lo) and _DEFERRED.match(text, b, line_hi))


def stated_no_impact(cands: list[Cand], text: str,
                     lists: list[tuple[int, int]] = ()) -> tuple[list[Cand], list[Cand]]:
    """-> (kept, dropped): a condition whose every mention says it needs nothing now, a history/status code with
    one such statement, and the past radiation (Z92.3) of a cancer history dropped here (Decision (4): Z92.3 goes
    with the cancer it treated). Mentions inside ``lists`` (past-history and medication sections: where a condition
    is listed, not dealt with) neither add nor remove support."""
    kept, dropped = [], []
    # one scan of the note instead of one per mention: a statement (the note's own characters, ending before a
    # non-word character) can only match where the whole note does; CodiEsp statements are often the whole note
    stated = _NO_IMPACT.search(text) is not None
    for c in cands:
        spans = [(a, b) for a, b in c.spans if not any(lo <= a < hi for lo, hi in lists)]
        hits = [_says_no_impact(text, a, b, stated) for a, b in spans] if c.system == "ICD-10-CM" else []
        if hits and (all(hits) or (c.code.startswith(_HISTORY) and c.code != "Z87.891" and any(hits))):
            c.add_rule("IV.J-addressed", "the note says this needs nothing in this stay or encounter (III.A/III.B)")
            dropped.append(c)
        else:
            kept.append(c)
    if any(c.code.startswith(_CANCER) for c in dropped) and not any(c.code.startswith(_CANCER) for c in kept):
        for c in [c for c in kept if c.code == "Z92.3"]:
            c.add_rule("IV.J-addressed", "past radiation of a cancer history left out; goes with it")
            kept.remove(c)
            dropped.append(c)
    return kept, dropped
