"""Office/outpatient E/M level: by total time, else by medical decision making; prolonged and preventive.

Time: ``visit.total_minutes`` or a "spent 35 minutes"/"total time 45 minutes" sentence, met or exceeded
(new 15/30/45/60, established 10/20/30/40). MDM: problems, data and risk are each graded
1 straightforward .. 4 high from the coded diagnoses and plan wording; the level is the one met by
two of the three (the middle grade). When both are documented the higher level is reported, as CPT
allows either. New vs established from ``visit.new_patient`` (default established, flagged).
"""

from __future__ import annotations

import math
import re
from datetime import date
from typing import Any

from suggest.cand import Cand
from suggest.ruledata import EMTable

_TIME = [
    re.compile(r"\b(?:total(?:\s+\w+){0,4}?\s+time|spent|spending|time spent)\b[^.\n]{0,80}?\b(\d{1,3})\s*"
               r"(?:-\s*)?min(?:ute)?s?\b", re.I),
    re.compile(r"\b(\d{1,3})\s*(?:-\s*)?min(?:ute)?s?\b[^.\n]{0,60}?\b(?:spent|in total|total time|"
               r"on the date of (?:the )?(?:service|encounter))", re.I),
]
_PREVENTIVE = re.compile(r"\b(annual (?:physical|exam|examination|wellness|check[- ]?up)|wellness (?:visit|exam)|"
                         r"preventive (?:visit|exam|medicine|care visit)|well[- ](?:child|woman|baby|adult)|"
                         r"routine (?:physical|health maintenance|check[- ]?up|annual)|complete physical|"
                         r"health maintenance (?:visit|exam))\b", re.I)
_EXACERBATION = re.compile(r"\b(worsen\w*|exacerbat\w*|uncontrolled|poorly controlled|not at goal|progress\w*|"
                           r"flare|worse|suboptimal\w*|not controlled|side effects?)\b", re.I)
_HIGH_PROBLEM = re.compile(r"\b(threat to life|life[- ]threatening|severe exacerbation|acute mi|sepsis|"
                           r"suicidal|acute stroke|unstable)\b", re.I)
_DATA_ITEM = re.compile(r"\b(cbc|bmp|cmp|a1c|hba1c|lipid panel|lipids|tsh|urinalysis|ua|psa|x-?ray|ct|mri|"
                        r"ultrasound|echo(?:cardiogram)?|ecg|ekg|culture|inr|bnp|troponin|vitamin d|b12|ferritin|"
                        r"creatinine|egfr|microalbumin|metabolic panel|blood count|liver function|lfts?|"
                        r"pulmonary function|spirometry|stress test|holter|colonoscopy|mammogram|dexa|"
                        r"hepatitis panel|cultures?)\b", re.I)
_EXTERNAL = re.compile(r"\b(reviewed (?:outside|external|prior|old) (?:records|notes)|records from|"
                       r"outside records|external notes)\b", re.I)
_HISTORIAN = re.compile(r"\b(independent historian|history (?:obtained|provided|given) by (?:the )?"
                        r"(?:mother|father|parent|wife|husband|daughter|son|caregiver|family))\b", re.I)
_INTERPRET = re.compile(r"\b(independent(?:ly)? interpret\w*|my (?:own )?(?:interpretation|read)|"
                        r"personally (?:reviewed|interpreted) (?:the )?(?:images|films|tracing|ecg|ekg))\b", re.I)
_DISCUSS = re.compile(r"\b(discussed (?:with|the case with) (?:dr|the radiologist|cardiology|nephrology|"
                      r"the \w+ (?:physician|specialist))|spoke with dr)\b", re.I)
_HIGH_RISK = re.compile(r"\b(admit\w*|hospitaliz\w*|admission|emergency surgery|emergent surgery|dnr|"
                        r"do not resuscitate|intensive monitoring for toxicity|transfer to (?:the )?(?:ed|er|"
                        r"emergency))\b", re.I)
_RX = re.compile(r"\b(start\w*|continu\w*|increas\w*|decreas\w*|adjust\w*|titrat\w*|prescri\w*|refill\w*|"
                 r"switch\w*|chang\w*|discontinu\w*|stop\w*|taper\w*|resume\w*|initiat\w*)\b[^.\n]{0,60}?"
                 r"(\b\d+(?:\.\d+)?\s*(?:mg|mcg|units?|ml)\b|\b\w+(?:pril|sartan|olol|statin|dipine|formin|"
                 r"zide|prazole|cycline|cillin|mycin|floxacin|azole|triptan|tidine|pam|lam|oxetine|aline|"
                 r"pine|done|sone|lone|gliptin|glutide|flozin|parin|xaban|gatran|thyroxine|insulin)\b)", re.I)
_OTC = re.compile(r"\b(over the counter|otc|ibuprofen|acetaminophen|tylenol|advil|motrin|naproxen|aleve|"
                  r"saline|antihistamine|loratadine|cetirizine|rest|ice|fluids|heat)\b", re.I)
_LEVEL_NAMES = {1: "straightforward", 2: "low", 3: "moderate", 4: "high"}


def documented_minutes(note: dict, text: str) -> tuple[int | None, tuple[int, int] | None]:
    """Total minutes from metadata, else the largest "spent N minutes" in the text (with its span)."""
    visit = note.get("visit") or {}
    tm = visit.get("total_minutes")
    if isinstance(tm, int | float) and not isinstance(tm, bool) and tm > 0:
        return int(tm), None
    best: tuple[int, tuple[int, int]] | None = None
    for rx in _TIME:
        for m in rx.finditer(text):
            n = int(m.group(1))
            if 0 < n < 600 and (best is None or n > best[0]):
                best = (n, (m.start(), m.end()))
    return (best[0], best[1]) if best else (None, None)


def age_on(birth: Any, on: Any) -> int | None:
    try:
        b = date.fromisoformat(str(birth)[:10])
        d = date.fromisoformat(str(on)[:10])
    except (TypeError, ValueError):
        return None
    return d.year - b.year - ((d.month, d.day) < (b.month, b.day))


def mdm_grade(text: str, dx: list[Cand], chronic: list[str]) -> tuple[int, int, int, list[str]]:
    """(problems, data, risk) grades 1-4 with the reasons."""
    why: list[str] = []
    problems = [c for c in dx if not c.code.startswith(("Z79", "Z8", "Z9", "Z68", "Z71", "Z72", "Z77"))]
    chronic_dx = [c for c in problems if any(c.code.startswith(p) for p in chronic if p != "Z")]
    acute = len(problems) - len(chronic_dx)
    if _HIGH_PROBLEM.search(text):
        p = 4
        why.append("problems high: acute/chronic illness posing a threat to life or bodily function")
    elif chronic_dx and _EXACERBATION.search(text) or len(chronic_dx) >= 2:
        p = 3
        why.append(f"problems moderate: {len(chronic_dx)} chronic illness(es)"
                   + (" with exacerbation/progression" if _EXACERBATION.search(text) else ""))
    elif chronic_dx or acute >= 1:
        p = 2
        why.append(f"problems low: {len(chronic_dx)} stable chronic, {acute} acute uncomplicated")
    else:
        p = 1
        why.append("problems straightforward: one self-limited or minor problem")
    items = {m.group(1).lower() for m in _DATA_ITEM.finditer(text)}
    cat1 = len(items) + (1 if _EXTERNAL.search(text) else 0)
    cats = (1 if cat1 >= 3 or _HISTORIAN.search(text) else 0) + (1 if _INTERPRET.search(text) else 0) + (
        1 if _DISCUSS.search(text) else 0)
    d = 4 if cats >= 2 else 3 if cats == 1 else 2 if cat1 >= 2 or _HISTORIAN.search(text) else 1
    why.append(f"data {_LEVEL_NAMES[d]}: {cat1} unique test/document item(s), {cats} category(ies) met")
    if _HIGH_RISK.search(text):
        r = 4
        why.append("risk high: decision regarding hospitalization/escalation")
    elif _RX.search(text):
        r = 3
        why.append("risk moderate: prescription drug management")
    elif _OTC.search(text):
        r = 2
        why.append("risk low: over-the-counter drugs / minor treatment")
    else:
        r = 1
        why.append("risk minimal")
    return p, d, r, why


def em_codes(note: dict, text: str, dx: list[Cand], table: EMTable, chronic: list[str],
             sections: set[str]) -> list[Cand]:
    """The office E/M (or preventive) code for an outpatient visit note, plus prolonged-service units."""
    visit = note.get("visit") or {}
    if not visit and not sections & {"chief_complaint", "assessment", "assessment_plan", "plan", "hpi"}:
        return []
    new = visit.get("new_patient")
    status = "new" if new is True else "established"
    out: list[Cand] = []
    patient = note.get("patient") or {}
    if _PREVENTIVE.search(text) or any(c.code.startswith(("Z00.0", "Z00.12")) for c in dx):
        m = _PREVENTIVE.search(text)
        age = age_on(patient.get("birth_date"), note.get("date_of_service"))
        rows = table.preventive_new if status == "new" else table.preventive_established
        c = Cand("CPT", "", "", True, [(m.start(), m.end())] if m else [], None, "present", "rule", 2)
        if age is None:
            age = 40
            c.add_flag("needs-age")
        code = next(code for limit, code in rows if age < limit)
        c.code, c.description = code, table.descriptions[code]
        c.add_rule("EM-preventive", f"preventive visit, {status} patient, age {age}")
        out.append(c)
        return out
    minutes, span = documented_minutes(note, text)
    p, d, r, why = mdm_grade(text, dx, chronic)
    mdm = sorted([p, d, r])[1]
    mdm_code = table.mdm_levels[status][mdm]
    time_code = None
    if minutes is not None:
        rows = table.new_time if status == "new" else table.established_time
        for limit, code in rows:
            if minutes >= limit:
                time_code = code
    codes_order = table.mdm_levels[status]
    chosen = mdm_code
    c = Cand("CPT", "", "", True, [span] if span else [], None, "present", "rule", 2)
    mdm_text = f"MDM {_LEVEL_NAMES[mdm]} (two of three: {'; '.join(why)}) -> {mdm_code}"
    if time_code and codes_order.index(time_code) >= codes_order.index(mdm_code):
        chosen = time_code
        c.add_rule("EM-time", f"total time {minutes} min, {status} patient -> {time_code}")
        c.notes.append(f"{mdm_text} (lower or equal; time used)")
    else:
        c.add_rule("EM-mdm", mdm_text)
        if minutes is not None:
            c.notes.append(f"total time {minutes} min -> {time_code or 'below the lowest threshold'}")
    if new is None:
        c.add_flag("verify-new-vs-established")
    c.code, c.description = chosen, table.descriptions[chosen]
    c.extra["em"] = {"status": status, "minutes": minutes, "mdm": {"problems": p, "data": d, "risk": r,
                     "level": _LEVEL_NAMES[mdm]}, "method": "time" if "EM-time" in c.rules else "mdm"}
    out.append(c)
    top = codes_order[-1]
    if minutes is not None and chosen == top:
        payer = note.get("payer") or {}
        medicare = any(x in f"{payer.get('name', '')} {payer.get('id', '')}".lower() for x in table.medicare_payers)
        pr = table.prolonged
        start = (pr["medicare_start"] if medicare else pr["cpt_start"])[status]
        if minutes >= start:
            units = 1 + (minutes - start) // pr["unit_minutes"]
            code = pr["hcpcs_code"] if medicare else pr["cpt_code"]
            pc = Cand("HCPCS" if medicare else "CPT", code, table.descriptions[code], True, c.spans, None,
                      "present", "rule", 2)
            pc.add_rule("EM-prolonged", f"{minutes} min >= {start} min -> {units} unit(s) of {code}")
            pc.extra["units"] = units
            out.append(pc)
    return out


def dose_units(dose_mg: float, per: float) -> int:
    return max(1, math.ceil(dose_mg / per - 1e-9))
