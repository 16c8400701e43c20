"""A substance use disorder written "in remission" right after its name (Tabular F10-F19; I.C.5.b.1).

"Cannabis use disorder in sustained remission", "alcohol use disorder, severe - in early remission": the matcher
reads the disorder's name (F1x.20 dependence, uncomplicated) and stops before the remission. The tabular codes the
remission in the 5th character (F1x.11 abuse, F1x.21 dependence, F1x.91 use, "in remission"); the provider's
"in (early/sustained/full/partial) remission" decides it (I.C.5.b.1: the remission codes follow the provider's
documentation).
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import Any

from suggest.cand import Cand

_UNCOMPLICATED = re.compile(r"F1[0-9]\.[129]0")
_IN_REMISSION = re.compile(r"[ \t]*(?:[,(-][ \t]*)?(?:(?:mild|moderate|severe)[ \t]*(?:[,)-][ \t]*)*)?"
                           r"(?:currently[ \t]+|now[ \t]+)?in[ \t]+(?:early[ \t]+|sustained[ \t]+|full[ \t]+|"
                           r"partial[ \t]+|complete[ \t]+)?remission\b", re.I)


def substance_remission(cands: list[Cand], text: str, lookup: Callable[[str], Any]) -> list[Cand]:
    """F1x.x0 whose every mention is followed by "in ... remission" -> F1x.x1, merged with that code if coded."""
    out: list[Cand] = []
    for c in cands:
        if not (_UNCOMPLICATED.fullmatch(c.code) and c.assertion == "present" and c.spans
                and all(_IN_REMISSION.match(text, b) for _a, b in c.spans
                        if not _IN_REMISSION.search(text, _a, b))):
            out.append(c)
            continue
        code = c.code[:-1] + "1"
        info = lookup(code)
        if info is None or not info.billable:
            out.append(c)
            continue
        c.add_rule("I.B.specificity", f"{c.code}: documented in remission -> {code}")
        have = next((o for o in cands if o is not c and o.code == code), None)
        if have is not None:
            have.absorb(c)
            continue
        c.code, c.description = code, info.title
        out.append(c)
    return out
