"""Office/outpatient and ED E/M level: by total time, else by medical decision making; prolonged and preventive.

Time: ``visit.total_minutes`` or a "spent 35 minutes"/"Total time: 42 min" sentence, met or exceeded
(new 15/30/45/60, established 10/20/30/40). When time is documented it decides the level (annotation
guide R14); a higher MDM level is shown in the rationale and flagged ``em-mdm-higher`` so the coder can
choose, as CPT allows either. MDM (suggest/mdm.py) otherwise, and always for ED visits (place of
service 23 or an emergency department note, 99282-99285). New vs established from ``visit.new_patient``;
without it (flagged) the note decides: "new patient", "establishing care", or a consultation with no sign of
an earlier visit is new, else established. Preventive visits by age; Medicare annual wellness visits G0438/G0439
with a separate problem-oriented E/M (modifier 25) when the note says problems were separately addressed.
No E/M when the visit is a minor procedure with no separate problem managed (the decision for the
procedure is in its global package), a routine prenatal visit, or a psychiatric diagnostic evaluation.
A visit furnished by clinical staff (a nurse visit, signed by a nurse/MA, no physician seeing the patient) is 99211
for an established patient; in the ED a straightforward nursing service or aftercare-only visit is 99281. Time on
another date or spent on a separately billed procedure is not counted (CPT 2021 time rules).
Telehealth (``telehealth_modifiers``): an office E/M furnished by real-time audio-video keeps its code (time or
MDM) and takes modifier 95 with place of service 10 (patient in the home) or 02 (patient elsewhere); audio-only
takes the same office code with modifier 93 (CMS 2025-2026 Medicare conventions, decision in its docstring).
"""

from __future__ import annotations

import math
import re
from datetime import date
from functools import lru_cache
from typing import Any

from suggest import mdm as mdm_mod
from suggest.cand import Cand
from suggest.ruledata import EMTable
from suggest.tcm import transitional_care
from suggest.textnorm import line_bounds, sentence_bounds

_MIN = r"(\d{1,3})\s*(?:-\s*)?min(?:ute)?s?\b"
_TIME = [
    re.compile(r"\b(?:total(?:\s+\w+){0,5}?\s+time|spent|spending|time spent|devoted|dedicated)\b[^.\n]{0,80}?\b"
               + _MIN, re.I),
    re.compile(r"\b" + _MIN + r"[^.\n]{0,60}?\b(?:spent|in total|total time|total\b|"
               r"on the date of (?:the )?(?:service|encounter))", re.I),
    re.compile(r"\b(?:total |encounter |visit )?time(?:[- ]based(?: billing| coding)?)?\s*(?:today|on date of "
               r"(?:service|encounter))?\s*[:\u2013-]\s*" + _MIN, re.I),
    # "Minutes spent: 30", "Visit length: 20 min", "This visit took 45 minutes", "40 minute visit, >50% counseling"
    re.compile(r"\b(?:minutes spent|visit length|visit duration|length of (?:the )?visit)\s*[:\u2013-]?\s*(\d{1,3})\b",
               re.I),
    re.compile(r"\b(?:visit|encounter|appointment) took\s+(?:a total of\s+|about\s+)?" + _MIN, re.I),
    re.compile(r"\b(\d{1,3})[- ]min(?:ute)? (?:visit|encounter)\b(?=[^.\n]{0,40}(?:counsel|coordinat|spent|>\s*50|"
               r"more than half|over half))", re.I),
    # "Face-to-face 20 minutes, plus 10 minutes documenting"; "25 minutes at today's visit"
    re.compile(r"\bface[- ]to[- ]face(?: time)?\s*(?:[:\u2013-]\s*|was\s+|of\s+)?" + _MIN, re.I),
    re.compile(r"\b" + _MIN + r"\s+(?:at|during|in|for) (?:today's|this) (?:visit|encounter|appointment)\b", re.I),
    re.compile(r"\btotal\s*[:\u2013-]\s*" + _MIN, re.I),
    re.compile(r"\btotal minutes\s*[:\u2013-]?\s*(\d{1,3})\b", re.I),
    re.compile(r"\b(?:time|visit|encounter)\b[^.\n]{0,40}?\b(?:totall?ed|totall?ing|duration|lasted)\b[^.\n]{0,12}?\b"
               + _MIN, re.I),
]
# "I spent 1 hour", "total time 1.5 hours", "one hour and 10 minutes"
_HOURS = re.compile(r"\b(?:spent|total(?:\s+\w+){0,5}?\s+time)\b[^.\n]{0,60}?\b(\d(?:\.\d)?|one|an)\s*(?:hours?|hrs?)\b"
                    r"(?:\s*(?:and\s*)?(\d{1,2})\s*min(?:ute)?s?\b)?", re.I)
# more time on the same date added in the same sentence (face-to-face plus documentation / record review)
_MORE_MINUTES = re.compile(r"[^.\n\d]{0,40}?\b(?:and|plus|\+|with)\s+(?:an(?:other)?\s+|additional\s+|"
                           r"an additional\s+)?(\d{1,3})\s*(?:-\s*)?min(?:ute)?s?\b", re.I)
# minutes on another date ("20 minutes yesterday reviewing records", "45 minutes over two days"): CPT counts only the
# time on the date of the encounter; the cue follows the minutes in the same clause (no comma, "and" or number between)
_OTHER_DAY = re.compile(r"(?:(?![,;]|\band\b|\d)[^.\n]){0,50}?\b(?:yesterday|tomorrow|the (?:next|following|previous|"
                        r"prior|preceding) day|the day (?:before|after)|over (?:two|2|three|3|several|multiple) days|"
                        r"(?:on )?(?:another|a separate|a different) (?:day|date))\b", re.I)
# minutes of the total spent on a separately reported service ("15 minutes of that was the knee injection, which is
# billed separately"): CPT excludes the time of separately reported services from the E/M's total time
_PROC_WORDS = (r"(?:procedures?|injections?|aspirations?|arthrocentesis|repairs?|biops(?:y|ies)|excisions?|"
               r"removals?|drainage|i&d|ecg|ekg|spirometry|nebuli[sz]er|laceration repair|psychotherapy)")
_PROC_MINUTES = re.compile(
    r"\b(\d{1,3})[- ]?min(?:ute)?s?\s+(?:of (?:that|this|which|it|these|the (?:total|time|visit))(?: time)?|"
    r"(?:was|were) (?:for|spent (?:on|doing|performing|for)))\b[^.\n]{0,80}?\b(?:" + _PROC_WORDS + r"|"
    r"(?:billed|reported|coded) separately|separately (?:billed|reported|coded))|"
    r"\bincluding (?:the |a )?(\d{1,3})[- ]?min(?:ute)?s?\s+(?:for |of )?(?:the |a )?(?:\w+ ){0,3}" + _PROC_WORDS + r"|"
    r"\bof (?:that|which|this|these)(?: time)?,?\s+(\d{1,3})(?:[- ]?min(?:ute)?s?)?\s+(?:was|were)\s+(?:spent\s+)?"
    r"(?:on|doing|performing|for|in)?\b[^.\n]{0,60}?\b(?:" + _PROC_WORDS + r"|(?:billed|reported|coded) separately|"
    r"separately (?:billed|reported|coded))",
    re.I)
_NOT_VISIT_TIME = re.compile(r"psychotherap|counsel+ing:|cbt|walk|exercise|wearing off|before|after|every|q\d|"
                             r"per (?:day|week)|days?/week", re.I)
_PREVENTIVE = re.compile(r"\b((?:routine )?(?:child|adolescent|adult|infant) (?:health|well)[- ](?:exam|visit|check)|"
                         r"well visit|annual (?:physical|exam|examination|check[- ]?up)|"
                         r"(?:annual )?wellness (?:visit|exam)|"
                         r"preventive (?:visit|exam|medicine|care visit)|well[- ](?:child|woman|baby|adult|"
                         r"adolescent)(?: (?:visit|check|exam))?|routine (?:physical|health maintenance|check[- ]?up|"
                         r"annual)|complete physical|health maintenance (?:visit|exam)|"
                         r"(?:annual|yearly|routine) (?:gyn(?:ecologic(?:al)?)?|gynecology|pelvic) (?:exam|visit)|"
                         r"yearly (?:physical|exam|check[- ]?up)|(?:annual|routine) well[- ]?(?:exam|check))", re.I)
_AWV = re.compile(r"\b(?:annual|medicare) wellness visit\b|\bAWV\b", re.I)
_AWV_INITIAL = re.compile(r"\b(initial|first)\b", re.I)
_SEPARATE = re.compile(r"\b(separately (?:addressed|identifiable)|addressed separately|"
                       r"problem[- ](?:oriented|focused|visit)|"
                       r"in addition to the (?:preventive|wellness|physical))", re.I)
_ED = re.compile(r"\b((?i:emergency department|emergency room)|ED (?i:note|visit|course|physician|record|provider)|"
                 r"ER (?i:visit|note))\b")  # "ED"/"ER" upper case only: "ed" ends many words
# the ED named as where the patient was before this (office) visit
_ED_ELSEWHERE = re.compile(r"\b(?:follow[- ]?up|f/u|seen|was|were|went|visit|visited|from|after|presented|sent|"
                           r"notified|discharged|recent|recently|prior|previous|last|since)\b", re.I)
_ED_FOLLOW_UP = re.compile(r"\s*(?:visit\s*)?(?:follow[- ]?up|f/u)\b", re.I)
# a preventive visit mentioned as the past or a next visit ("as part of a routine physical", "due for her annual exam")
_PREVENTIVE_ELSEWHERE = re.compile(r"\b(?:part of|during|at (?:his|her|their|the|a|an) (?:last|recent|prior|previous)|"
                                   r"last|previous|prior|recent|since|after|from|due for|return|next|schedul\w*|"
                                   r"until|before)\b", re.I)
_NEW_TEXT = re.compile(r"\b(?:new patient|establish(?:es|ing)? care|"
                       r"new to (?:this|our|the) (?:clinic|practice|office))\b", re.I)
# a consultation for a patient the practice has not seen is billed as a new-patient office visit (CMS: no office
# consultation codes; new when no professional service in the past 3 years), unless the note says it has
_CONSULT_NEW = re.compile(r"\b(?:(?:surgical|surgery) consult(?:ation)?|new (?:patient )?consult(?:ation)?|"
                          r"referred (?:to (?:me|us|our \w+) )?(?:by [^\n]{0,40}? )?for (?:an? )?(?:\w+ )?"
                          r"consult(?:ation)?|consultation (?:requested by|at the request of)|seen in consultation)\b",
                          re.I)
_PRIOR = re.compile(r"\b(?:established patient|(?:here|seen|presents|returns?) (?:today )?for (?:a |her |his )?"
                    r"follow[- ]?up|follow[- ]?up (?:visit|of|for)|returns? (?:today|to (?:the )?clinic|for)|"
                    r"last (?:seen|visit|office visit)|previously seen|seen (?:by me|by us|here|in (?:this|our) "
                    r"(?:clinic|office)) (?:previously|before|in|on|last)|known to (?:me|us|our|this)|"
                    r"since (?:her|his|their|the|my) last visit)\b", re.I)


def new_from_text(text: str) -> bool:
    """With no visit metadata: the note itself says new patient / establishing care, or is a consultation with no
    sign of an earlier visit."""
    if _NEW_TEXT.search(text, 0, 1200):
        return True
    return bool(_CONSULT_NEW.search(text, 0, 1200)) and not _PRIOR.search(text, 0, 1500)


# a prescription started, stopped or changed during a preventive visit is a significant, separately identifiable problem
# contraception started in a well-woman visit is preventive counseling, not a separate problem
_CONTRACEPTION = re.compile(r"\b(?:ocps?|oral contraceptives?|contracepti\w+|birth control|depo|nexplanon|iud)\b", re.I)
_CHANGE = re.compile(r"\b(?:start\w*|initiat\w*|begin|increas\w*|decreas\w*|reduc\w*|switch\w*|chang\w*|"
                     r"add(?:ed|ing)?|discontinu\w*|stop\w*|titrat\w*|taper\w*|adjust\w*|prescrib\w*|"
                     r"for \d+ (?:days|weeks)|(?:x|times) \d+ (?:days|weeks))\b", re.I)  # a course is a new drug
_PRENATAL = re.compile(r"\b(routine (?:prenatal|antepartum|ob) visit|prenatal visit|ob visit|antepartum visit|"
                       r"prenatal care visit)\b", re.I)
_PROCEDURE_NOTE = re.compile(r"\b(procedure (?:report|note|visit)|operative (?:report|note)|op note)\b", re.I)
_PSYCH_EVAL = re.compile(r"\bpsychiatric diagnostic evaluation\b", re.I)
_SHOT_VISIT = re.compile(r"\b(?:nurse visit|nurse-only visit|injection visit|injection only|shot visit|"
                         r"here for (?:her|his|their|a|the) (?:\w+ ){0,2}(?:injection|shot|dose|vaccine))\b", re.I)
# a visit furnished by clinical staff: titled a nurse visit, or signed by a nurse/medical assistant, with no sign that
# the physician saw the patient (CPT 99211 / 99281: may not require the presence of a physician or other QHP)
_NURSE_TITLE = re.compile(r"\b(?:nurse|nursing|rn|lpn|ma)(?:[- ]only)? visit\b", re.I)
# the signature is a name alone ("- J. Ortega, RN"), not "Scribed by Anna Lee, MA" or "Roomed by ..., CMA"
_NURSE_SIGNED = re.compile(r"^[ \t]*[-\u2013\u2014]*[ \t]*[A-Z][A-Za-z.'-]*(?:[ \t]+[A-Z][A-Za-z.'-]*){0,3},\s*"
                           r"(?:RN|LPN|LVN|CMA|MA)\s*\Z", re.M)
_NURSE_DID = re.compile(r"\b(?:by|per) (?:the )?(?:ed |er |triage |clinic |office )?(?:nurse|nursing(?: staff)?|"
                        r"rn|lpn)\b", re.I)
_PROVIDER_SIGNED = re.compile(r",\s*(?:MD|DO|NP|PA-C|FNP-?C?|APRN|DNP|PA)\b")  # a physician/QHP signs the note
_PROVIDER_SAW = re.compile(r"\b(?:seen and examined|i (?:saw|examined|evaluated)|(?:seen|examined|evaluated) by "
                           r"(?:dr|the (?:physician|provider|doctor)|np|pa)\b|"
                           r"physician (?:saw|examined|evaluated))\b", re.I)
_SEPARATE_PROBLEM = re.compile(r"\b(separate problem|new problem|separately|unrelated|also (?:seen|evaluated) for)\b",
                               re.I)
# a visit scheduled for a surveillance exam is separately identifiable from a biopsy decided during it
_SURVEILLANCE_VISIT = re.compile(r"\b(skin cancer surveillance|here for (?:a |an |her |his )?(?:\d+[- ]month )?"
                                 r"(?:full|total)[- ](?:skin|body) (?:skin )?exam)", re.I)
_LEVEL_NAMES = mdm_mod.LEVEL_NAMES
_NO_25 = ("993", "G043")


def documented_minutes(note: dict, text: str) -> tuple[int | None, tuple[int, int] | None]:
    """Total minutes (metadata first, else the largest visit-time statement) and the statement's span."""
    best = _stated_minutes(text)
    tm = (note.get("visit") or {}).get("total_minutes")
    if isinstance(tm, int | float) and not isinstance(tm, bool) and tm > 0:
        if best and best[0] == int(tm):
            return int(tm), best[1]
        return int(tm), _minutes_statement(text, int(tm))
    return (best[0], best[1]) if best else (None, None)


# every match of these time patterns holds "<digits> min" / "<digits>-min" (a note without one skips them) and every
# _HOURS match "hour(s)"/"hr(s)"
_MIN_HINT = re.compile(r"\d\s*(?:-\s*)?min", re.I)
_NEEDS_MIN = tuple(_MIN in rx.pattern or "[- ]min" in rx.pattern for rx in _TIME)
_HOURS_HINT = re.compile(r"h(?:our|r)s?\b", re.I)


@lru_cache(maxsize=16)
def _stated_minutes(text: str) -> tuple[int, tuple[int, int]] | None:
    """The largest visit-time statement and its span (memoised: the E/M level and the psychiatric evaluation
    both ask for the same note)."""
    best: tuple[int, tuple[int, int]] | None = None
    has_min = bool(_MIN_HINT.search(text))
    for rx, needs_min in zip(_TIME, _NEEDS_MIN, strict=True):
        if needs_min and not has_min:
            continue
        for m in rx.finditer(text):
            line_start = line_bounds(text, m.start())[0]
            if _NOT_VISIT_TIME.search(text, line_start, m.end()):
                continue
            if _other_day(text, m.end()) or _other_day_before(text, m.start()) or _OTHER_SERVICE_TIME.search(
                    text[max(m.start() - 30, line_start, text.rfind(". ", 0, m.start()) + 1):m.start()] + m.group(0)):
                continue
            n = int(m.group(1))
            end = m.end()
            while more := _MORE_MINUTES.match(text, end):  # "35 minutes face-to-face and 10 minutes documenting"
                if _other_day(text, more.end()):  # "and 20 minutes yesterday reviewing records"
                    break
                n, end = n + int(more.group(1)), more.end()
            n -= _procedure_minutes(text, m.start())
            if 0 < n < 600 and (best is None or n > best[0]):
                best = (n, (m.start(), end))
    for m in _HOURS.finditer(text) if _HOURS_HINT.search(text) else ():
        line_start = line_bounds(text, m.start())[0]
        if _NOT_VISIT_TIME.search(text, line_start, min(len(text), m.end() + 20)):
            continue
        h = 1.0 if m.group(1).lower() in ("one", "an") else float(m.group(1))
        n = round(h * 60) + int(m.group(2) or 0)
        if 0 < n < 600 and (best is None or n > best[0]):
            best = (n, (m.start(), m.end()))
    return best


def _minutes_statement(text: str, minutes: int) -> tuple[int, int] | None:
    """Where the note states the metadata's visit minutes in words the time patterns do not take as total time
    ("Visit time 22 minutes"): the coder's evidence for a time-based level is that statement, not a heading."""
    rx = re.compile(rf"\b(?:[\w-]+\s+){{0,3}}?(?:time|total)\b[^.\n\d]{{0,30}}\b{minutes}\s*min(?:ute)?s?\b"
                    rf"|\b{minutes}\s*min(?:ute)?s?\b[^.\n\d]{{0,30}}\b(?:time|total)\b", re.I)
    m = rx.search(text)
    return (m.start(), m.end()) if m else None


def _other_day(text: str, at: int) -> bool:
    """The minutes ending at ``at`` were spent on another date ("20 minutes yesterday"), not today's time spent on
    something dated ("30 minutes today reviewing records from the prior day")."""
    m = _OTHER_DAY.match(text, at)
    return bool(m) and not re.search(r"\btoday\b|\bdate of (?:the )?(?:service|encounter|visit)\b|\bthis visit\b|"
                                     r"\b(?:from|of|since|for) (?:the )?(?:\w+ )?(?:day|date|yesterday)\b",
                                     text[at:m.end()], re.I)


# "Yesterday I spent 20 minutes ...", "On 7/14 I spent 30 minutes ...": the date comes first in the clause
_OTHER_DAY_BEFORE = re.compile(r"\b(?:yesterday|the (?:previous|prior|preceding) day|the day before|"
                               r"last (?:night|week)|on \d{1,2}/\d{1,2}(?:/\d{2,4})?)\b"
                               r"(?:(?![;]|\btoday\b)[^.\n]){0,60}$", re.I)
# the time of a separately reported or other service, labelled as such ("Procedure time: 15 minutes", "Sedation time
# 20 min", "critical care time"): not the E/M's total time (CPT 2021: separately reported services are excluded)
_OTHER_SERVICE_TIME = re.compile(r"\b(?:procedure|procedural|injection|sedation|repair|biopsy|surgical|operative|"
                                 r"anesthesia|tourniquet|fluoroscopy|infusion|critical care)\s+(?:total\s+)?time\b",
                                 re.I)


_TODAY = re.compile(r"\btoday\b|\bdate of (?:the )?(?:service|encounter|visit)\b|\bthis (?:visit|encounter)\b", re.I)


def _other_day_before(text: str, at: int) -> bool:
    """A date other than today opens the clause that holds the minutes at ``at``."""
    start = max(text.rfind(". ", 0, at), text.rfind("\n", 0, at), text.rfind(";", 0, at)) + 1
    end = min(x for x in (text.find(". ", at), text.find("\n", at), text.find(";", at), len(text)) if x >= 0)
    return bool(_OTHER_DAY_BEFORE.search(text, start, at)) and not _TODAY.search(text, at, end)


def _procedure_minutes(text: str, at: int) -> int:
    """Minutes of a separately reported service stated in the rest of the time statement's sentence or the next one
    ("15 minutes of that was the injection", "including the 10-minute laceration repair"): subtracted from the
    total (CPT 2021: time of separately reported services is not counted); not when the total already excludes it."""
    ends = [x.end() for x in re.finditer(r"[.!?](?=\s)|\n\s*\n", text[at:])][:2]
    window = text[at:at + (ends[-1] if ends else len(text) - at)]
    out = 0
    for m in _PROC_MINUTES.finditer(window):
        before = window[max(0, m.start() - 40):m.start() + (4 if m.group(2) else 0)]
        if re.search(r"\bnot\s+(?:incl)?$|\b(?:not including|excluding|exclusive of|does not include|apart from|"
                     r"separate from|in addition to|plus)\b", before, re.I):
            continue
        out += int(m.group(1) or m.group(2) or m.group(3))
    return out


def age_on(birth: Any, on: Any) -> int | None:
    try:
        b = date.fromisoformat(str(birth)[:10])
        d = date.fromisoformat(str(on)[:10])
    except (TypeError, ValueError):
        return None
    return d.year - b.year - ((d.month, d.day) < (b.month, b.day))


def is_ed(note: dict, text: str, table: EMTable) -> bool:
    """Place of service 23 (when the note gives one, it decides), else an ED title or "ED course" wording; an office
    visit that follows up an ED visit ("presents for emergency room follow-up", "seen in the ER") is not one."""
    pos = str((note.get("visit") or {}).get("place_of_service") or "")
    if pos:
        return pos in (table.ed_place_of_service or ["23"])
    for m in _ED.finditer(text, 0, 400):
        clause = text[sentence_bounds(text, m.start())[0]:m.start()]
        if _ED_ELSEWHERE.search(clause) or _ED_FOLLOW_UP.match(text, m.end()):
            continue
        return True
    return False


def _heading_span(text: str) -> list[tuple[int, int]]:
    """The assessment/plan (or MDM) heading: the E/M evidence when the level comes from MDM."""
    m = mdm_mod._REGION.search(text)
    if not m:
        return []
    s = m.start() + len(m.group(0)) - len(m.group(0).lstrip(" \t#>*-"))
    e = text.find("\n", s)
    e = min(e if e > 0 else len(text), s + 60)
    while e > s and text[e - 1] in " \t":
        e -= 1
    return [(s, e)]


def _preventive(note: dict, text: str, dx: list[Cand], table: EMTable, status: str) -> Cand | None:
    """A preventive visit is named in the title/chief complaint or as the first assessment item."""
    head = text[:300]
    m = next((x for x in _PREVENTIVE.finditer(head) if not _PREVENTIVE_ELSEWHERE.search(
        head[sentence_bounds(head, x.start())[0]:x.start()])), None)
    if not m:
        off, reg = mdm_mod.region(text)
        first = _PREVENTIVE.search(reg[:160])
        z = any(c.code.startswith(("Z00.0", "Z00.12", "Z01.41")) for c in dx)
        if not (first and z):
            return None
        m = _PREVENTIVE.search(text, off)
    patient = note.get("patient") or {}
    awv = _AWV.search(head)
    c = Cand("CPT", "", "", True, [(m.start(), m.end())] if m else [], None, "present", "rule", 2)
    if awv:
        code = table.awv.get("initial" if _AWV_INITIAL.search(head) else "subsequent", "G0439")
        c.system, c.spans = "HCPCS", [(awv.start(), line_bounds(text, awv.start())[1])]
        c.add_rule("EM-awv", f"Medicare annual wellness visit -> {code}")
    else:
        age = age_on(patient.get("birth_date"), note.get("date_of_service"))
        rows = table.preventive_new if status == "new" else table.preventive_established
        if age is None:
            age = 40
            c.add_flag("needs-age")
        code = next(code for limit, code in rows if age < limit)
        c.add_rule("EM-preventive", f"preventive visit, {status} patient, age {age}")
    c.spans += [(x.start(), x.end()) for x in _PREVENTIVE.finditer(head) if (x.start(), x.end()) not in c.spans]
    # the assessment's statement of the preventive exam (the Z00/Z01.41 diagnosis) documents the service too
    c.spans += [sp for d in dx if d.code.startswith(("Z00.0", "Z00.12", "Z01.41")) for sp in d.spans
                if sp not in c.spans]
    c.code, c.description = code, table.descriptions[code]
    return c


def _prolonged(note: dict, table: EMTable, status: str, minutes: int, em: Cand) -> Cand | None:
    payer = note.get("payer") or {}
    medicare = any(x in f"{payer.get('name', '')} {payer.get('id', '')}".lower() for x in table.medicare_payers)
    pr = table.prolonged
    start = (pr["medicare_start"] if medicare else pr["cpt_start"])[status]
    if minutes < start:
        return None
    units = 1 + (minutes - start) // pr["unit_minutes"]
    code = pr["hcpcs_code"] if medicare else pr["cpt_code"]
    pc = Cand("HCPCS" if medicare else "CPT", code, table.descriptions[code], True, list(em.spans), None,
              "present", "rule", 2)
    pc.add_rule("EM-prolonged", f"{minutes} min >= {start} min -> {units} unit(s) of {code}")
    pc.extra["units"] = units
    return pc


def problem_em(note: dict, text: str, dx: list[Cand], table: EMTable, chronic: list[str],
               procs: list[Cand], ed: bool, status: str, use_time: bool = True) -> list[Cand]:
    """The problem-oriented E/M (office by time or MDM, ED by MDM) plus prolonged-service units."""
    given = ("drug", "vaccine", "vaccine-admin", "injection")  # masked by clause (mdm.mask)
    proc_spans = [s for p in procs if not p.extra.get("interpretation_only") and p.extra.get("kind") not in given
                  for s in p.spans]
    drug_spans = [s for p in procs if p.extra.get("kind") in given for s in p.spans]
    minor = any(p.extra.get("kind") == "procedure" for p in procs)
    m = mdm_mod.grade(text, dx, chronic, proc_spans, minor_procedure=minor, drug_spans=drug_spans)
    minutes, span = documented_minutes(note, text) if use_time and not ed else (None, None)
    c = Cand("CPT", "", "", True, [], None, "present", "rule", 2)
    mdm_text = f"{m.summary()}"
    if ed:
        code = table.ed_levels[m.level]
        c.add_rule("EM-ed", f"ED visit, {mdm_text} -> {code}")
        c.spans = _heading_span(text)
        if m.level == 1 and staff_only(text, dx, ed=True):
            code = table.ed_levels[0]
            c.add_rule("EM-ed-staff", f"ED visit whose service did not need a physician (nursing service or "
                                      f"aftercare only, straightforward) -> {code} (2023 CPT ED guidelines)")
    else:
        levels = table.mdm_levels[status]
        mdm_code = levels[m.level]
        time_code = None
        if minutes is not None:
            for limit, tcode in (table.new_time if status == "new" else table.established_time):
                if minutes >= limit:
                    time_code = tcode
        if time_code:
            code = time_code
            c.add_rule("EM-time", f"total time {minutes} min, {status} patient -> {time_code}")
            c.notes.append(f"{mdm_text} -> {mdm_code} (time documented, so time decides)")
            if levels.index(mdm_code) > levels.index(time_code):
                c.add_flag("em-mdm-higher")
            c.spans = [span] if span else _heading_span(text)
        else:
            code = mdm_code
            c.add_rule("EM-mdm", f"{mdm_text} (two of three) -> {mdm_code}")
            c.spans = _heading_span(text)
            if minutes is not None:
                c.notes.append(f"total time {minutes} min is below the lowest time threshold")
                c.spans += [span] if span else []  # the coder sees the time that was weighed and set aside
        if (note.get("visit") or {}).get("new_patient") is None:
            c.add_flag("verify-new-vs-established")
    if "EM-time" not in c.rules:
        c.spans += [sp for sp in m.spans if sp not in c.spans][:3]
    c.code, c.description = code, table.descriptions[code]
    c.extra["em"] = {"status": status, "minutes": minutes, "setting": "ed" if ed else "office",
                     "mdm": {"problems": m.problems, "data": m.data, "risk": m.risk,
                             "level": _LEVEL_NAMES[m.level]},
                     "method": "time" if "EM-time" in c.rules else "mdm"}
    out = [c]
    levels = table.mdm_levels[status]
    if not ed and minutes is not None and code == levels[-1]:
        pc = _prolonged(note, table, status, minutes, c)
        if pc:
            out.append(pc)
    return out


_ITEM = re.compile(r"[ \t]*(?:\d{1,2}[.)]|#|[-*\u2022])\s")


def _item_start(text: str, at: int) -> int:
    """Where the assessment item holding ``at`` starts: 'This problem was separately addressed' closing a
    numbered problem refers to that problem, so its E/M starts at the item's number, not at the sentence."""
    line = line_bounds(text, at)[0]
    while True:
        if _ITEM.match(text, line):
            return line
        prev = line_bounds(text, max(0, line - 1))[0]
        if line == 0 or not text[prev:line].strip():  # a blank line ends the item
            return at
        line = prev


def _significant_problem(text: str, procs: list[Cand]) -> int | None:
    """Where the problem part of a preventive visit's assessment starts, when a prescription drug is started,
    stopped or changed there (CPT: a problem significant enough to need the work of a problem-oriented E/M is
    reported with modifier 25; continuing medications or ordering screening tests is part of the preventive visit)."""
    masked = mdm_mod.mask(text, [s for p in procs for s in p.spans])
    off, reg = mdm_mod.region(masked)
    if not off:
        return None
    words = mdm_mod._words()
    drugs = [m.start() for m in words["prescription"].finditer(reg) if not words["otc"].fullmatch(m.group(0))]
    drugs += [m.start() for m in mdm_mod._DOSED.finditer(reg) if m.group(1).lower() in words["prescription"].words]
    for at in sorted(drugs):
        clause = mdm_mod._clause(reg, at) + reg[at:at + 80].split("\n")[0]
        if _CHANGE.search(clause) and not _CONTRACEPTION.search(clause) \
                and not mdm_mod._NEG_BEFORE.search(reg, max(0, at - 30), at):
            return off
    return None


def _untreated(procs: list[Cand], problems: list[Cand]) -> list[Cand] | None:
    """The coded problems that no minor procedure done today treats (suggest/data/mdm.json ``procedure_targets``:
    a nail avulsion treats the ingrown nail, a joint injection the joint disorder), or None when a procedure has no
    entry there."""
    table = mdm_mod.procedure_targets()
    targets: list[str] = []
    for p in procs:
        if p.extra.get("kind") not in ("procedure", "endoscopy", "postop"):
            continue
        hit = [v for k, v in table.items() if p.code.startswith(k)]
        if not hit:
            return None
        targets += [t for v in hit for t in v]
    return [c for c in problems if not c.code.startswith(tuple(targets))]


def _separate_problem(text: str, procs: list[Cand], dx: list[Cand]) -> bool:
    """A minor procedure's own decision is not an E/M: is another problem managed in the assessment?

    Yes when the note says so ("separate problem", "new problem"), when the visit was scheduled for a
    surveillance exam, or when a coded problem the procedure does not treat (CPT/NCCI: the decision for a minor
    procedure and the work on the problem it treats are in its global package) is managed in the assessment; with
    no mapping for the procedure, when two or more problems are coded and a prescription drug is managed outside
    the procedure's lines (one problem treated by the procedure plus its antibiotic is not separate). A prescription
    for a problem the procedure treats (a topical antifungal beside the nail debridement) is not a separate one."""
    masked = mdm_mod.mask(text, [s for p in procs for s in p.spans])
    off, reg = mdm_mod.region(masked)
    if _SEPARATE_PROBLEM.search(reg) or _SURVEILLANCE_VISIT.search(text[:400]):
        return True
    # a companion the combination code asks for (L97 ulcer site with E11.621) is the same problem, not a second one
    coded = [c for c in dx if not c.code.startswith("Z") and "I.A.13-code-first" not in c.rules]
    problems = {c.code[:3] for c in coded}
    words = mdm_mod._words()
    rx = [x for x in mdm_mod._present(words["prescription"], reg) if not words["otc"].fullmatch(x)]
    untreated = _untreated(procs, coded)
    if untreated is None:
        return len(problems) >= 2 and bool(rx)
    # an untreated problem written in the assessment/plan (not only in the history) is managed today
    return any(off <= a for c in untreated for a, _ in c.spans) and (bool(rx) or len(problems) >= 2)


# an ED evaluation beyond the wound or lesion: the mechanism's other injuries, a head injury, the spine cleared
_BEYOND_WOUND = re.compile(r"\b(?:head (?:injury|strike|trauma|ct)|struck (?:his |her |their |the )?(?:head|forehead)|"
                           r"hit (?:his |her |their |the )?head|concussion|loss of consciousness|secondary survey|"
                           r"other injur\w+|nexus|canadian (?:ct|c-spine)|pecarn|c-spine|ct (?:of the )?head|"
                           r"neuro(?:logic(?:al)?)? checks?)\b", re.I)


def _ed_procedure_only(text: str, procs: list[Cand], dx: list[Cand]) -> bool:
    """An ED visit whose only problems are the ones its minor procedure treats (a simple abscess drained, a cut
    repaired) with no evaluation beyond them: the decision for the procedure is in its global package, so no ED E/M
    (CPT/NCCI: an E/M on the day of a minor procedure only when significant and separately identifiable; corpus
    dev-ed1-13, dev-x1-10). A fall or head strike worked up, another complaint, or a problem the procedure does not
    treat keeps the ED E/M with modifier 25."""
    coded = [c for c in dx if not c.code.startswith("Z") and "I.A.13-code-first" not in c.rules]
    untreated = _untreated(procs, coded)
    if not coded or untreated is None or untreated:
        return False
    masked = mdm_mod.mask(text, [s for p in procs for s in p.spans])
    return not (_BEYOND_WOUND.search(masked) or _SEPARATE_PROBLEM.search(masked))


def em_codes(note: dict, text: str, dx: list[Cand], table: EMTable, chronic: list[str],
             sections: set[str], procs: list[Cand] | None = None) -> list[Cand]:
    """The E/M code(s) for an outpatient or ED visit note; modifier 25 when a procedure is also billed."""
    procs = procs or []
    visit = note.get("visit") or {}
    if not visit and not sections & {"chief_complaint", "assessment", "assessment_plan", "plan", "hpi"}:
        return []
    if _PROCEDURE_NOTE.search(text[:200]) and procs:
        return []  # the report of a procedure: its code carries the visit
    if _PSYCH_EVAL.search(text[:300]) or any(p.extra.get("kind") in ("psych-eval", "psychotherapy") for p in procs):
        return []  # a diagnostic evaluation or a non-prescriber's standalone psychotherapy (suggest/psych_eval.py)
    if _PRENATAL.search(text[:300]) or any(c.code.startswith("Z34") for c in dx):
        return []
    if _ONLINE_TITLE.search(text, 0, 200):
        return online_visit(text, table, visit.get("new_patient") is True)
    new = visit.get("new_patient")
    status = "new" if new is True or (new is None and new_from_text(text)) else "established"
    ed = is_ed(note, text, table)
    prev = None if ed else _preventive(note, text, dx, table, status)
    out: list[Cand] = []
    if prev is not None:
        out.append(prev)
        sep = _SEPARATE.search(text)
        start = _item_start(text, sep.start()) if sep else None
        if start is not None and not any(a >= start for c in dx if not c.code.startswith("Z") for a, _ in c.spans):
            # "The problem-oriented evaluation ... was separate from the AWV." written after the assessment: the
            # statement names no problem itself; the problems are the assessment's, found as when it is not said
            start = None
        if start is None:
            start = _significant_problem(text, procs)
        if start is not None:
            rest = " " * start + text[start:]  # only the separately addressed problems
            extra = problem_em(note, rest, dx, table, chronic, procs, False, status, use_time=False)
            extra[0].add_rule("MOD-25", "problem-oriented E/M separately identifiable from the preventive visit")
            extra[0].extra["modifiers"] = ["25"]
            out += extra
    else:
        minor = [p for p in procs if p.extra.get("kind") in ("procedure", "endoscopy", "postop")]
        if minor and not ed and not _separate_problem(text, procs, dx):
            return []
        if minor and ed and _ed_procedure_only(text, procs, dx):
            return []
        shots = [p for p in procs if p.extra.get("kind") in ("drug", "vaccine", "vaccine-admin")]
        if (shots and not ed and (_SHOT_VISIT.search(text, 0, 300) or _nurse_title(text))
                and not _SEPARATE_PROBLEM.search(text)):
            return []  # a nurse/injection-only visit ("RN visit - Depo-Provera"): the administration code is the
            # service; NCCI bundles 99211 into 96372/90471 on the same day
        if not ed and status == "established" and staff_only(text, dx):
            return [_nurse_visit(text, table)]
        out += problem_em(note, text, dx, table, chronic, procs, ed, status)
        if not ed:
            out = transitional_care(note, text, out)  # CPT 99495/99496 in place of the visit's office code
        if minor:
            off, reg = mdm_mod.region(text)
            line = mdm_mod._line_of(text, _SEPARATE_PROBLEM, reg, off)
            if line and line not in out[0].spans:
                out[0].spans.append(line)
    _modifier_25(out, procs)
    return out


# a patient-initiated online digital E/M (portal message answered by the physician/QHP): titled so in its first lines
_ONLINE_TITLE = re.compile(r"\b(?:e-?visit|online (?:digital )?(?:visit|e/m|evaluation)|digital e/m|"
                           r"portal (?:message )?(?:encounter|visit)|(?:mychart|portal) message encounter|"
                           r"mychart encounter)\b", re.I)
_ONLINE_TIME = re.compile(r"\b(?:total|cumulative)\b[^\n]{0,60}?\btime\b[^\n\d]{0,40}?"
                          r"(?:\([^()\n]{0,12}\)[^\n\d]{0,5})?(\d{1,3})\s*(?:min(?:ute)?s?)\b", re.I)
# CPT 99421-99423: cumulative minutes over up to 7 days, established patient; under 5 minutes nothing is reported
_ONLINE_LEVELS = ((21, "99423"), (11, "99422"), (5, "99421"))


def online_visit(text: str, table: EMTable, new_patient: bool) -> list[Cand]:
    """An online digital E/M (CPT 99421-99423, by the cumulative physician/QHP time over up to 7 days) in place of
    an office E/M: a portal message answered with clinical decision making is not a face-to-face visit. Nothing is
    reported for a new patient, an unstated time or under 5 minutes (the coder decides from the record)."""
    m = _ONLINE_TIME.search(text)
    if new_patient or m is None:
        return []
    minutes = int(m.group(1))
    code = next((c for lo, c in _ONLINE_LEVELS if minutes >= lo), None)
    if code is None or code not in table.descriptions:
        return []
    c = Cand("CPT", code, table.descriptions[code], True, [(m.start(), m.end())], None, "present", "rule", 2)
    c.add_rule("EM-online", f"patient-initiated online digital E/M, {minutes} minutes cumulative -> {code}")
    c.extra["em"] = {"status": "established", "minutes": minutes, "setting": "online", "method": "time"}
    return [c]


def staff_only(text: str, dx: list[Cand], ed: bool = False) -> bool:
    """The visit was furnished by clinical staff under the physician's supervision: titled a nurse visit or signed by a
    nurse/MA, and no statement that the physician saw the patient; in the ED also a visit whose only reasons are
    encounter (Z) codes, for aftercare only (Z48.0- suture removal/dressing change) or done by the nurse ("suture
    removal by ED nurse"), whoever signs the record (99281 is for the service, which may not need a physician); a
    nurse's task in a physician's visit for an illness is not enough."""
    if ed and dx and all(c.code.startswith("Z") for c in dx) and (  # an encounter-reason visit, no illness
            all(c.code.startswith("Z48.0") for c in dx) or _NURSE_DID.search(text)):
        return True
    if _PROVIDER_SAW.search(text) or _PROVIDER_SIGNED.search(text):
        return False
    return bool(_nurse_title(text) or _NURSE_SIGNED.search(text.rstrip()))


def _nurse_title(text: str) -> re.Match[str] | None:
    """ "Nurse visit" in the note's title (its first line), not a nurse visit mentioned later ("BP high at her nurse
    visit last week")."""
    first = len(text) - len(text.lstrip())
    return _NURSE_TITLE.search(text, first, line_bounds(text, first)[1])


def _nurse_visit(text: str, table: EMTable) -> Cand:
    """99211: an established patient's visit furnished by clinical staff (the physician supervises, not present)."""
    code = table.mdm_levels["established"][0]
    m = _nurse_title(text) or _NURSE_SIGNED.search(text.rstrip())
    c = Cand("CPT", code, table.descriptions[code], True, [(m.start(), m.end())] if m else [], None, "present",
             "rule", 2)
    c.add_rule("EM-staff", f"visit furnished by clinical staff (nurse visit), no physician work -> {code}")
    c.extra["em"] = {"status": "established", "minutes": None, "setting": "office", "method": "staff"}
    return c


def _modifier_25(ems: list[Cand], procs: list[Cand]) -> None:
    """25 on the E/M when a significant procedure is billed the same day (not for ECG/labs/imaging;
    vaccine administration needs it on a problem E/M but not on a preventive visit)."""
    sig = [p for p in procs if p.extra.get("significant")]
    for e in ems:
        if "25" in e.extra.get("modifiers", []):
            continue
        preventive = e.code.startswith(_NO_25)
        if not preventive and any(p.extra.get("kind") == "postop" for p in procs):
            e.extra["modifiers"] = ["24"]  # an unrelated problem managed during a postoperative period
            e.add_rule("MOD-24", "unrelated E/M during the postoperative (global) period")
            continue
        if not preventive and any(p.code == "Q0091" for p in procs):
            sig = sig + [p for p in procs if p.code == "Q0091"]  # a problem visit beside the screening Pap
        if any(not (preventive and p.extra.get("kind") in ("vaccine-admin", "vaccine")) for p in sig):
            if e.code.startswith("G043"):
                continue
            e.extra["modifiers"] = ["25"]
            e.add_rule("MOD-25", "significant, separately identifiable E/M on the day of a procedure")
            e.add_flag("modifier-25")


def dose_units(dose_mg: float, per: float) -> int:
    return max(1, math.ceil(dose_mg / per - 1e-9))


# telehealth: the visit's own title/opening lines say how it was furnished; a later "follow up by video" is a plan
_TELE_TITLE = re.compile(r"\b(?:video|tele[- ]?(?:health|medicine|psychiatry|visit)\w*|virtual (?:visit|care|"
                         r"follow[- ]?up))\b", re.I)
_TELE_VIDEO = re.compile(r"\b(?:video (?:visit|call|encounter)|(?:audio[- /]|audio and )video|"
                         r"synchronous (?:audio|video)|tele[- ]?(?:health|medicine|psychiatry)\w*|virtual visit|"
                         r"(?:via|by|over|on) (?:secure )?video|(?:consent\w*|agreed) to (?:a |the |this )?"
                         r"(?:video|telehealth|telemedicine|virtual))\b", re.I)
_TELE_AUDIO = re.compile(r"\b(?:audio[- ]only|(?:tele)?phone (?:visit|encounter|follow[- ]?up)|telephonic (?:visit|"
                         r"encounter)|(?:visit|encounter|conducted|performed|completed|done|seen) (?:by|via|over "
                         r"the) (?:tele)?phone|no video|video (?:was )?(?:not available|unavailable|declined|failed|"
                         r"could not))\b", re.I)
_TELE_NOT = re.compile(r"(?:\bplan\s*:|\b(?:declin\w*|refus\w*|offered|instead of|rather than|in[- ]person|next|"
                       r"future|schedul\w*|follow[- ]?up (?:by|via)|f/u (?:by|via)|return|rtc)\b)[^.\n]{0,30}$", re.I)
# "Last office visit 4/2026", "next office visit": another visit, not how this one was furnished
_TELE_IN_PERSON = re.compile(r"\b(?:in[- ]person|in (?:the )?(?:clinic|office) today|(?<!last )(?<!prior )(?<!next )"
                             r"(?<!previous )(?<!recent )office visit)\b", re.I)
_TELE_HOME = re.compile(r"\b(?:(?:patient|pt)(?: is| was)?(?: located)? (?:at|in|from) (?:his |her |their |the )?"
                        r"(?:own )?home|patient location\s*[:\-]\s*(?:his |her |their )?home|from (?:his |her |their )?"
                        r"home|at home)\b", re.I)
_TELE_AWAY = re.compile(r"\b(?:(?:patient|pt)(?: is| was)?(?: located)? (?:at|in) (?:(?:his|her|their) )?(?:work|"
                        r"office|car|school|hotel|(?:a |the )?(?:pharmacy|clinic|nursing|facility|skilled|"
                        r"assisted)\w*)|patient location\s*[:\-]\s*(?!home)\w+)", re.I)
TELEHEALTH_POS = {"home": "10", "elsewhere": "02"}
_OFFICE_EM = re.compile(r"^99(?:20[2-5]|21[1-5])$")


def _first(rx: re.Pattern[str], head: str) -> tuple[int, int] | None:
    """The first match not in a plan, an offer or a declined option ("follow up by video", "declined video")."""
    for m in rx.finditer(head):
        before = head[sentence_bounds(head, m.start())[0]:m.start()]
        if not _TELE_NOT.search(before + m.group(0)):
            return m.start(), m.end()
    return None


def telehealth_mode(note: dict, text: str) -> tuple[str, str, tuple[int, int] | None] | None:
    """("audio-video" | "audio-only", "10" | "02", evidence span) for a telehealth visit, else None.

    Metadata first: ``visit.telehealth`` ("audio-video"/"audio-only") or ``visit.place_of_service`` 02/10.
    Else the note's opening lines (first 400 characters) say the visit itself was by video, telehealth or
    telemedicine, a virtual visit, or by telephone (a bare "(video)" counts on the title line only); the same
    words in a plan ("follow up by video") or a declined offer do not count, and an in-person statement with
    no audio-video wording wins. Audio-only when the opening says telephone/audio-only/no video."""
    visit = note.get("visit") or {}
    meta_mode = str(visit.get("telehealth") or "").lower()
    meta_pos = str(visit.get("place_of_service") or "")
    head = text[:400]
    audio, video = _first(_TELE_AUDIO, head), _first(_TELE_VIDEO, head)
    first = len(text) - len(text.lstrip())
    title = _first(_TELE_TITLE, head[:line_bounds(text, first)[1]])
    if not video and _TELE_IN_PERSON.search(head):
        audio = title = None
    span = audio or video or title
    if meta_mode in ("audio-only", "audio", "telephone") or (audio and meta_mode not in ("audio-video", "video")):
        mode = "audio-only"
    elif meta_mode in ("audio-video", "video", "true") or meta_pos in TELEHEALTH_POS.values() or span:
        mode = "audio-video"
    else:
        return None
    if meta_pos in TELEHEALTH_POS.values():
        pos = meta_pos
    elif _TELE_AWAY.search(head) and not _TELE_HOME.search(head):
        pos = TELEHEALTH_POS["elsewhere"]
    else:
        pos = TELEHEALTH_POS["home"]
    return mode, pos, span


def telehealth_modifiers(note: dict, text: str, ems: list[Cand]) -> None:
    """Modifier and place of service for an office/outpatient E/M (99202-99215) furnished by telehealth.

    Decision (CMS CY2025-2026 physician fee schedule conventions, which most payers follow):
    - Real-time audio-video: the office code chosen by time or MDM as for an in-person visit, modifier 95
      (CPT: synchronous audio-video telemedicine), place of service 10 when the patient is in the home, 02
      when elsewhere (work, a facility). Medicare reads the modality from POS 02/10 and accepts 95; many
      commercial and Medicaid plans require 95, so it is always appended. Medicare did not adopt CPT 2025's
      98000-98007, so they are not suggested.
    - Audio-only (telephone): the same office code with modifier 93 and the same place of service. CPT deleted
      99441-99443 in 2025 and Medicare denies the new audio-only codes 98008-98015, while it pays any
      telehealth-list service by audio-only to a patient in the home (the practitioner able to use video, the
      patient unable or unwilling) with modifier 93. One code family keeps the E/M level rules identical;
      flag ``telehealth-audio-only`` tells the coder to switch to 98008-98015 for a payer that adopted them and
      to check that the reason for audio-only is documented (and that the patient was at home).
    The place of service travels as ``extra.place_of_service`` to the claim (CLM05-1, FHIR location, CSV);
    when the note metadata gave another place of service the E/M is flagged ``verify-place-of-service``."""
    tele = telehealth_mode(note, text)
    if tele is None:
        return
    mode, pos, span = tele
    mod = "93" if mode == "audio-only" else "95"
    meta_pos = str((note.get("visit") or {}).get("place_of_service") or "")
    for e in ems:
        if not _OFFICE_EM.match(e.code):
            continue
        mods = [m for m in e.extra.get("modifiers", []) if m not in ("93", "95")]
        e.extra["modifiers"] = mods + [mod]
        e.extra["place_of_service"] = pos
        where = "patient's home" if pos == "10" else "patient not at home"
        e.add_rule("MOD-telehealth", f"{mode} telehealth visit -> modifier {mod}, place of service {pos} ({where})")
        e.add_flag("telehealth")
        if mode == "audio-only":
            e.add_flag("telehealth-audio-only")
        if meta_pos and meta_pos != pos:
            e.add_flag("verify-place-of-service")
        if span and span not in e.spans:
            e.spans.append(span)

