"""Bipolar disorder by its current episode, severity and psychotic features (Tabular F31; I.B specificity).

Psychiatrists write the episode apart from the diagnosis ("Bipolar I, current episode depressed, mild";
"bipolar I disorder - currently manic, severe, no psychosis"), which the term matcher reads only as "bipolar"
(F31.9). The tabular codes the current episode: hypomanic F31.0; manic without psychotic features F31.1- by
severity (F31.11 mild, .12 moderate, .13 severe), manic severe with psychotic features F31.2; depressed F31.31 mild,
.32 moderate, F31.4 severe without / F31.5 with psychotic features; mixed F31.61-.64. The episode is read on the
diagnosis's own line, from "current(ly)" / "current episode" / "most recent episode" wording; a remission
("in partial remission") is left to the term matcher (F31.7-).
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import Any

from suggest.cand import Cand
from suggest.textnorm import line_bounds

_EPISODE = re.compile(r"\bcurrent(?:ly)?(?:\s+episode)?\s*(?:is\s+|:\s*)?(hypomanic|hypomania|manic|mania|depressed|"
                      r"depression|depressive|mixed)\b", re.I)
_SEVERITY = re.compile(r"\b(mild|moderate|severe)\b", re.I)
_PSYCHOTIC = re.compile(r"(?<!without )(?<!no )\bwith psychotic features\b|\bpsychotic features present\b", re.I)
_REMISSION = re.compile(r"\bremission\b", re.I)
_SENTENCE = re.compile(r"[.;](?:\s|$)")
_VAGUE = ("F31.9", "F31.10", "F31.30", "F31.60", "F31.89")


def _code(kind: str, sev: str, psychotic: bool) -> str | None:
    kind = kind.lower()
    if kind.startswith("hypoman"):
        return "F31.0"
    if kind.startswith("man"):
        return "F31.2" if psychotic else {"mild": "F31.11", "moderate": "F31.12", "severe": "F31.13"}.get(sev,
                                                                                                         "F31.10")
    if kind.startswith("depress"):
        if sev == "severe":
            return "F31.5" if psychotic else "F31.4"
        return {"mild": "F31.31", "moderate": "F31.32"}.get(sev, "F31.30")
    if kind == "mixed":
        if sev == "severe":
            return "F31.64" if psychotic else "F31.63"
        return {"mild": "F31.61", "moderate": "F31.62"}.get(sev, "F31.60")
    return None


def bipolar_episode(cands: list[Cand], text: str, lookup: Callable[[str], Any]) -> list[Cand]:
    """A vague bipolar code (F31.9, or a current episode without its severity) -> the documented episode."""
    out: list[Cand] = []
    for c in cands:
        if c.code not in _VAGUE or c.assertion != "present":
            out.append(c)
            continue
        best = None
        for a, b in sorted(c.spans):
            lo, hi = line_bounds(text, a, b)
            line = text[lo:hi]
            m = _EPISODE.search(line)
            if m is None:
                continue
            start = max((x.end() for x in _SENTENCE.finditer(line, 0, m.start())), default=0)
            stop = _SENTENCE.search(line, m.end())
            sentence = line[start:stop.start() if stop else len(line)]
            if _REMISSION.search(sentence):
                continue
            sev = _SEVERITY.search(sentence, m.end() - start)
            code = _code(m.group(1), sev.group(1).lower() if sev else "", bool(_PSYCHOTIC.search(sentence)))
            info = lookup(code) if code else None
            if info is not None and info.billable:
                best = (code, info.title)
        if best is None or best[0] == c.code:
            out.append(c)
            continue
        c.add_rule("I.B.specificity", f"{c.code}: current episode documented -> {best[0]}")
        c.code, c.description = best
        c.flags = [f for f in c.flags if f != "needs-specificity"]
        if any(o is not c and o.code == c.code for o in out):
            next(o for o in out if o.code == c.code).absorb(c)
            continue
        out.append(c)
    return out
