"""Transitional care management (CPT 99495/99496) in place of the office E/M of the visit that completes it.

CPT: TCM after a discharge from an inpatient/observation stay or a SNF needs (1) an interactive contact with the
patient or caregiver (telephone, electronic or direct) within 2 business days of discharge, (2) medical decision
making of at least moderate complexity over the service period and (3) a face-to-face visit within 14 calendar days
(99495, moderate MDM) or within 7 days (99496, high MDM); the face-to-face visit is part of TCM, not a separate E/M,
and prolonged-service codes do not go with it. The note must call itself a transitional care (TCM) visit in its
opening lines: a hospital follow-up alone may be a plain office visit. When the contact or the 14-day window is not
documented, or the MDM is below moderate, the office E/M stays and is flagged ``verify-tcm`` for the coder.
"""

from __future__ import annotations

import re
from datetime import date

from suggest.cand import Cand

_TITLE = re.compile(r"\b(?:transitional care(?: management)?|tcm)\b(?!\s+(?:call|not|was not|declined))", re.I)
_CONTACT = re.compile(r"\b(?:interactive contact|(?:tele)?phone (?:call|contact|outreach)|(?:called|contacted|"
                      r"spoke (?:with|to))\b[^.\n]{0,40}\b(?:patient|pt|caregiver|daughter|son|wife|husband|family))"
                      r"[^.\n]{0,80}?(?:\b(?:within|in|\(?)\s*(?:1|2|one|two) business days?|\b(?:day (?:1|2|one|two)|"
                      r"\d{1,2}/\d{1,2}(?:/\d{2,4})?|next day|day after discharge))", re.I)
_DISCHARGE_DATE = re.compile(r"\bdischarg(?:e|ed)(?: date)?\s*(?:on\s*)?[:\-]?\s*(\d{1,2})/(\d{1,2})/(\d{4})", re.I)
_DAY_AFTER = re.compile(r"\b(?:day|post[- ]discharge day)\s+(\d{1,2})\s+(?:after|post|since|from)\s+(?:hospital )?"
                        r"discharge|\b(\d{1,2})\s+days?\s+(?:after|since|post|from)\s+(?:hospital )?discharge\b", re.I)
_OFFICE = re.compile(r"^99(?:20[2-5]|21[2-5])$")
_CODES = {"99495": "Transitional care management, moderate MDM, face-to-face visit within 14 days of discharge",
          "99496": "Transitional care management, high MDM, face-to-face visit within 7 days of discharge"}


def _days_after_discharge(note: dict, text: str) -> int | None:
    m = _DAY_AFTER.search(text)
    if m:
        return int(m.group(1) or m.group(2))
    d = _DISCHARGE_DATE.search(text)
    dos = str(note.get("date_of_service") or "")
    if d and re.fullmatch(r"\d{4}-\d{2}-\d{2}", dos):
        try:
            return (date.fromisoformat(dos) - date(int(d.group(3)), int(d.group(1)), int(d.group(2)))).days
        except ValueError:
            return None
    return None


def transitional_care(note: dict, text: str, ems: list[Cand]) -> list[Cand]:
    """99495/99496 for a visit titled transitional care management that meets the CPT requirements, else ``ems``."""
    title = _TITLE.search(text, 0, 300)
    if title is None or not ems or not _OFFICE.match(ems[0].code):
        return ems
    em = ems[0]
    level = ((em.extra.get("em") or {}).get("mdm") or {}).get("level")
    days = _days_after_discharge(note, text)
    contact = _CONTACT.search(text)
    if level not in ("moderate", "high") or contact is None or days is None or not 0 <= days <= 14:
        em.add_flag("verify-tcm")
        em.notes.append("titled transitional care: interactive contact within 2 business days, face-to-face within "
                        "14 days and at least moderate MDM not all documented, so the office E/M stays")
        return ems
    code = "99496" if level == "high" and days <= 7 else "99495"
    c = Cand("CPT", code, _CODES[code], True, [(title.start(), title.end()), (contact.start(), contact.end())]
             + [s for s in em.spans if s], None, "present", "rule", 2)
    c.add_rule("EM-tcm", f"transitional care: contact within 2 business days, face-to-face on day {days} after "
                         f"discharge, {level} MDM -> {code}")
    c.extra["em"] = {**(em.extra.get("em") or {}), "method": "tcm", "days_after_discharge": days}
    c.extra["modifiers"] = list(em.extra.get("modifiers", []))
    return [c]
