"""A status code for an operation done during this stay is not a status the patient came in with.

"Cholelithiasis, s/p laparoscopic cholecystectomy 8/18" in a summary of a stay from 8/15 to 8/19: the acquired
absence (Z90.49) is the result of this admission's own procedure, reported by the facility's procedure code, not a
status that affected the care (I.C.21.c.3: status codes are not assigned when the procedure is performed during the
current encounter, and a status code is not used when it duplicates what the record reports otherwise). Read only in
inpatient notes whose admission and discharge dates are written; the status line's date (month/day, the admission
year when the year is left out) falls between them, or the line says "this/same admission".
"""

from __future__ import annotations

import re
from datetime import date

from suggest.cand import Cand
from suggest.textnorm import line_bounds

_STATUS = ("Z90", "Z98", "Z95", "Z96", "Z97", "Z93", "Z94")
_DATE = r"(\d{1,2})/(\d{1,2})(?:/(\d{2,4}))?"
_ADMIT = re.compile(r"\b(?:admitted|admission|adm|admit date|date of admission)\b\W{0,4}(?:date\W{0,3})?" + _DATE,
                    re.I)
_DISCH = re.compile(r"\b(?:discharged|discharge|d/c|date of discharge)\b\W{0,4}(?:date\W{0,3})?" + _DATE, re.I)
_LINE_DATE = re.compile(r"(?<![\d/])" + _DATE + r"(?![\d/])")
# "Dates of stay: 06/08/2026 - 06/11/2026", "Dates: 2/10/2026 - 2/14/2026": the admission and discharge as a range
_RANGE = re.compile(r"\b(?:dates?(?: of (?:stay|hospitali[sz]ation|admission|service))?|hospitali[sz]ed|stay)\b"
                    r"\W{0,4}" + _DATE + r"\s*(?:-|\u2013|to|through)\s*" + _DATE, re.I)
_THIS_STAY = re.compile(r"\b(?:this|same|current) (?:admission|hospitali[sz]ation|stay)\b", re.I)


def _when(m: re.Match, year: int | None) -> date | None:
    y = m.group(3)
    yy = (int(y) + 2000 if len(y) == 2 else int(y)) if y else year
    try:
        return date(yy, int(m.group(1)), int(m.group(2))) if yy else None
    except ValueError:
        return None


def status_from_this_stay(cands: list[Cand], text: str, setting: str) -> tuple[list[Cand], list[Cand]]:
    if setting != "inpatient" or not any(c.code.startswith(_STATUS) for c in cands):
        return cands, []
    a, d = _ADMIT.search(text), _DISCH.search(text)
    start = _when(a, None) if a else None
    end = _when(d, start.year if start else None) if d else None
    if (start is None or end is None) and (r := _RANGE.search(text)):
        start = _when(_LINE_DATE.match(r.group(0), r.start(1) - r.start(0)), None)
        end = _when(_LINE_DATE.match(r.group(0), r.start(4) - r.start(0)), start.year if start else None)
    kept, dropped = [], []
    for c in cands:
        if c.code.startswith(_STATUS) and c.spans:
            lo, hi = line_bounds(text, c.spans[0][0])
            line = text[lo:hi]
            days = [_when(m, start.year) for m in _LINE_DATE.finditer(line)] if start else []
            if _THIS_STAY.search(line) or (start and end and any(x and start <= x <= end for x in days)):
                c.add_rule("I.C.21.c.3-status", "the procedure was done during this stay; not a status code")
                dropped.append(c)
                continue
        kept.append(c)
    return kept, dropped
