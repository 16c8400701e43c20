"""One condition named twice, once with its documented detail and once plainly: the detail decides (I.B).

"Bleeding esophageal varices ... EGD: large esophageal varices" or "alcoholic cirrhosis with ascites ... alcohol-
related cirrhosis (Child-Pugh B)": the plain mention walks down the tabular to its "without" default (I85.00 without
bleeding, K70.30 without ascites), which the note contradicts. The classification codes the condition once at the
specificity documented, so the defaulted "without" sibling goes when its "with" sibling is coded, unless the note
itself says "without"/"no" at that mention.
"""

from __future__ import annotations

import re

from suggest.cand import Cand

_SAYS_WITHOUT = re.compile(r"\b(?:without|w/o|no|non-?|not)\b", re.I)


def _twin_title(title: str) -> str:
    return re.sub(r"\bwithout\b", "with", title, count=1, flags=re.I).lower()


def defaulted_without(cands: list[Cand], text: str) -> tuple[list[Cand], list[Cand]]:
    """-> (kept, dropped): a "... without X" code whose every mention is plain, beside its coded "... with X" twin
    (same parent, the same title with "with" for "without"), is folded into the twin."""
    kept, dropped = [], []
    for c in cands:
        twin = None
        if " without " in c.description.lower() and c.assertion == "present":
            want = _twin_title(c.description)
            twin = next((o for o in cands if o is not c and o.code[:-1] == c.code[:-1] and o.assertion == "present"
                         and o.description.lower() == want), None)
        if twin is not None and not any(_SAYS_WITHOUT.search(text, a, min(len(text), b + 25)) for a, b in c.spans):
            twin.absorb(c)
            c.add_rule("I.B.specificity", f"the same condition documented with its detail ({twin.code}); not coded")
            dropped.append(c)
        else:
            kept.append(c)
    return kept, dropped
