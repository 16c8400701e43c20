"""Long-term drug therapy (Z79.-) is the drug the patient stays on, read at the end of the encounter.

I.C.21.c.3: Z79 codes report *current* long-term use. Two wordings name a drug that is not that:

- Inpatient, a drug whose last mention (the discharge reconciliation) stops or holds it ("metformin - HOLD",
  "glipizide - STOP") is not current at discharge, though the history of present illness says the patient was
  "on metformin and glipizide" (Section III: the record is coded as of discharge). A drug held during the stay and
  resumed ("held ... Resume metformin at d/c", "transitioned back to metformin"), listed again among the
  discharge medications, held only for the stay ("held during stay") or by parameters ("hold for HR < 55")
  stays.
- Any setting: an anticoagulant or antiplatelet given as a drip, infusion or IV bolus for the acute event
  ("heparin drip started", "IV rate control on a titrated drip and anticoagulation") treats that event; it is not
  long-term therapy.
"""

from __future__ import annotations

import re

from suggest.cand import Cand
from suggest.textnorm import line_bounds

# "do not stop without talking to cardiology" keeps the drug: an instruction not to stop is not a stop
_STOP = re.compile(r"\b(?<!not )(?<!n't )(?<!never )(?:stop|stopped|discontinued?|d/c'?d|held|hold|holding)\b"
                   r"(?!\s+(?:for|if|parameters?)\b)", re.I)
_RESUMED = re.compile(r"\b(?:resumed?|restart(?:ed)?|continued?|transitioned back|back (?:on|to))\b", re.I)
# a hold scoped to the stay ("held during stay", "hold oral agents inpatient") is not a discharge status
_DURING_STAY = re.compile(r"\b(?:during (?:the )?(?:stay|admission|hospitali[sz]ation)|inpatient|in[- ]house|"
                          r"in hospital|while (?:inpatient|admitted|in (?:the )?hospital))\b", re.I)
_ACUTE = re.compile(r"\b(?:drip|gtt|infusion|IV|intravenous(?:ly)?|bolus)\b", re.I)
_ANTITHROMBOTIC = ("Z79.01", "Z79.02")


def _unit(units: list[tuple[int, int]], pos: int) -> tuple[int, int]:
    return next(((a, b) for a, b in units if a <= pos < b), (pos, pos))


def _stopped_names(text: str, names: set[str], units: list[tuple[int, int]]) -> set[str]:
    """Drug names whose last mention (the discharge status) stops or holds them without resuming."""
    out = set()
    for name in names:
        hits = list(re.finditer(rf"\b{re.escape(name)}\b", text, re.I))
        if not hits:
            continue
        last = hits[-1]
        ua, ub = _unit(units, last.start())
        la, lb = line_bounds(text, last.start(), last.end())
        seg = text[max(ua, la) : min(ub, lb) if ua < ub else lb]
        if _STOP.search(seg) and not _RESUMED.search(seg) and not _DURING_STAY.search(seg):
            out.add(name)
    return out


def current_drugs_only(coded: list[Cand], text: str, units: list[tuple[int, int]], setting: str) -> list[Cand]:
    """Drop Z79 evidence that names a drug stopped at discharge (inpatient) or an acute IV antithrombotic."""
    z79 = [c for c in coded if c.code.startswith("Z79")]
    if not z79:
        return coded
    drop = set()
    for c in z79:
        names = {text[a:b].lower() for a, b in c.spans}
        stopped = _stopped_names(text, names, units) if setting == "inpatient" else set()
        keep = []
        for a, b in c.spans:
            if text[a:b].lower() in stopped:
                continue
            ua, ub = _unit(units, a)
            if c.code in _ANTITHROMBOTIC and ua < ub and _ACUTE.search(text, ua, ub):
                continue
            keep.append((a, b))
        if not keep:
            drop.add(id(c))
        elif len(keep) < len(c.spans):
            c.spans = keep
            c.first_offset = keep[0][0]
    return [c for c in coded if id(c) not in drop]
