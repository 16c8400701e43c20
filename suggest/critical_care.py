"""Critical care by documented time (CPT 99291 first 30-74 minutes, 99292 each additional 30 minutes).

An ED or office physician who documents critical care time ("45 minutes of critical care time, exclusive of
separately billable procedures") reports 99291, and 99292 per further full 30 minutes past 74 (75-104 one unit,
105-134 two...). Less than 30 minutes is not critical care: the visit stays an E/M by MDM. The critical care
service replaces the ED/office E/M of the same physician for that encounter (the E/M work is part of it).
"""

from __future__ import annotations

import re

from suggest.cand import Cand

_TIME = re.compile(r"\bcritical care(?:\s+time)?\b[^.\n]{0,30}?\b(?P<a>\d{2,3})\s*(?:min(?:ute)?s?)\b|"
                   r"\b(?P<b>\d{2,3})\s*(?:min(?:ute)?s?)\s+(?:of\s+)?(?:total\s+)?critical care\b", re.I)
_NOT = re.compile(r"\b(?:no|not|without)\s+(?:\w+\s+){0,2}$", re.I)


def critical_care(text: str, em: list[Cand]) -> list[Cand]:
    """99291 (+ 99292 units) in place of the E/M when critical care time of 30 minutes or more is documented."""
    best = None
    for m in _TIME.finditer(text):
        if _NOT.search(text[max(0, m.start() - 30):m.start()]):
            continue
        minutes = int(m.group("a") or m.group("b"))
        if best is None or minutes > best[0]:
            best = (minutes, m.start(), m.end())
    if best is None or best[0] < 30:
        return em
    minutes, s, e = best
    c = Cand("CPT", "99291", "Critical care, first 30-74 minutes", True, [(s, e)], None, "present", "rule", 2)
    c.add_rule("EM-critical-care", f"{minutes} minutes of critical care documented -> 99291")
    c.extra["em"] = {"minutes": minutes, "setting": "critical-care", "method": "time"}
    out = [c]
    if minutes >= 75:
        add = Cand("CPT", "99292", "Critical care, each additional 30 minutes", True, [(s, e)], None, "present",
                   "rule", 2)
        add.extra["units"] = (minutes - 74 + 29) // 30
        add.add_rule("EM-critical-care", f"{minutes} minutes: {add.extra['units']} x 99292 past the first 74")
        out.append(add)
    return out
