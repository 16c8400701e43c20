"""Status codes read straight from the note: BMI (Z68.-) and long-term drug therapy (Z79.-).

BMI is reported only beside a weight diagnosis (I.B.14); adults (20+) by value band, children by
percentile are not attempted. Long-term drug codes come from a documented current drug (rules.json
lists the drugs); a sentence saying the drug was stopped or held does not count.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from functools import lru_cache
from typing import Any

from nlp.model import Section
from suggest.cand import Cand
from suggest.ruledata import RuleData
from suggest.textnorm import line_bounds, skip_ahead

_BMI = re.compile(r"\b(?:BMI|body mass index)\s*(?:of|is|was|=|:)?\s*(\d{2}(?:\.\d)?)\b", re.I)
# Z79.899 (other long-term drug therapy) is added for a listed drug only when the sentence naming it documents its
# monitoring ("lithium level today for toxicity monitoring", "lithium level, BMP and TSH next week"; I.C.21.c.3 with
# the category's "code also therapeutic drug level monitoring"), not for every drug on a medication list
_MONITORED = re.compile(r"\b(?:monitor(?:ing|ed)?|toxicity|levels?)\b", re.I)
# stopped, finished, only planned or a short course: not long-term (current) therapy (I.C.21.c.3)
_STOPPED = re.compile(r"\b(stopped|discontinued|held|holding|off|declined|intolerant|allerg\w*|completed|finished|"
                      r"(?:not|no longer|never)\s+(?:on|taking|taken|using)|"  # "Not on thiazides or lithium"
                      r"previously|would be considered|consider(?:ed|ing)?|candidate for|as (?:an )?outpatient|"
                      # options discussed are not a current drug (I.C.21.c.3): "We discussed zoledronic acid and ..."
                      r"discuss(?:ed|es|ing)|options?|"
                      r"(?:x|for)\s*\d+\s*(?:days|doses)|loaded|loading|chewed|"
                      r"(?:DVT|VTE) (?:prophylaxis|ppx)|"  # prophylaxis for a stay is not long-term
                      # a dose given at the visit ("Morphine 4 mg IV and ketorolac 30 mg IM given for pain")
                      r"(?:IV|IM)\b[^.;\n]{0,40}\b(?:given|administered))\b", re.I)


_COURSE = re.compile(r"[^,;\n]{0,40}?(?:\b(?:x|for)\s*\d+\s*(?:days?|d|wks?|weeks?|doses)\b|\b(?:DVT|VTE)\s+"
                     r"(?:prophylaxis|ppx)\b|\bppx\b|\bprophyla\w*)", re.I)


def bmi_code(value: float) -> str | None:
    """Adult BMI value -> Z68 code (Z68.1 under 20, Z68.20-Z68.39 per unit, Z68.41-Z68.45 bands)."""
    if value < 20:
        return "Z68.1"
    if value < 40:
        return f"Z68.{int(value)}"
    for limit, code in ((45, "Z68.41"), (50, "Z68.42"), (60, "Z68.43"), (70, "Z68.44")):
        if value < limit:
            return code
    return "Z68.45"


# a child's BMI is a percentile for age: "BMI 24.0 - 98th percentile, 112% of the 95th percentile"
_PERCENTILE = re.compile(r"(\d{1,2}(?:\.\d)?)\s*(?:st|nd|rd|th)?\s*(?:percentile|%ile|pctl?)\b", re.I)
_OF_95TH = re.compile(r"(\d{2,3})\s*%\s*of\s*(?:the\s*)?95th", re.I)


def pediatric_bmi_code(after: str) -> str | None:
    """Z68.51-Z68.56 from the percentile written after a child's BMI (I.C.21.c.3: pediatric codes for ages 2-19);
    None when the percentile is not written, or is 95th or more without the percentage of the 95th that splits
    Z68.54-Z68.56."""
    pct = _PERCENTILE.search(after)
    if pct is None:
        return None
    value = float(pct.group(1))
    if value < 95:
        return "Z68.51" if value < 5 else "Z68.52" if value < 85 else "Z68.53"
    band = _OF_95TH.search(after)
    if band is None:
        return None
    share = int(band.group(1))
    return "Z68.54" if share < 120 else "Z68.55" if share < 140 else "Z68.56"


# a coded pregnancy: chapter 15, weeks of gestation, pregnant state, prenatal supervision
_PREGNANT = ("O", "Z3A", "Z33.1", "Z34")


def add_bmi(cands: list[Cand], text: str, data: RuleData, lookup: Callable[[str], Any],
            age: int | None = None) -> list[Cand]:
    """Z68 beside a weight diagnosis (I.B.14); never in pregnancy (I.C.21.c.3: do not assign BMI codes during
    pregnancy) -- obesity there is O99.21- with its E66 code. Adult codes are for ages 20 and over, pediatric
    percentile codes (Z68.5-) for ages 2-19 (I.C.21.c.3), none under 2."""
    rule = data.rules["I.C.21.c.3-bmi"]
    if not any(c.code.startswith(tuple(rule.params["with"])) for c in cands):
        return cands
    if any(c.code.startswith(_PREGNANT) and c.assertion == "present" for c in cands):
        return cands
    m = _BMI.search(text)
    if not m:
        return cands
    if age is not None and age < 2:
        return cands
    if age is not None and age < 20:
        code = pediatric_bmi_code(text[m.end():m.end() + 80])
    else:
        code = bmi_code(float(m.group(1)))
    info = lookup(code) if code else None
    if info is None or any(c.code.startswith("Z68") for c in cands):
        return cands
    # every statement of the same value is evidence (the vitals line and the assessment that uses it)
    spans = [(x.start(), x.end()) for x in _BMI.finditer(text) if x.group(1) == m.group(1)][:4]
    c = Cand("ICD-10-CM", code, info.title, True, spans, None, "present", "rule", 2,
             first_offset=m.start())
    c.add_rule("I.C.21.c.3-bmi", f"BMI {m.group(1)} documented with a weight diagnosis")
    return cands + [c]


# a drug started (or restarted after the patient stopped it) at this visit ("start apixaban 5 mg twice daily",
# "restart lithium 300 mg bid") is not yet long-term (current) therapy: the Z79 code is for a drug the patient is
# taking (I.C.21.c.3; corpora/README.md Decisions); "started on apixaban in 2023" is. Its other mentions ("lithium
# level in 5 days", "CBC before methotrexate") are that new drug too, unless one says the patient is on it now
START_BEFORE = re.compile(r"\b(?:re)?(?:start|initiate|begin)\s+(?:on\s+)?(?:[\w-]+\s+){0,2}$", re.I)
_ON_NOW = re.compile(r"\b(?:on|taking|takes|continue[sd]?|cont|remains?\s+on|home)\s+(?:[\w-]+\s+){0,2}$", re.I)
# a drug to be started once its baseline tests are back ("Plan: methotrexate 15 mg weekly ... once hepatitis
# serologies, CBC and CMP are back") is planned, not taken yet (I.C.21.c.3)
_ONCE_BACK = re.compile(r"(?:[^.;\n]|\n(?![ \t]*\n)){0,60}?\b(?:once|when|after)\b(?:[^.;\n]|\n(?![ \t]*\n)){0,100}?"
                        r"\b(?:are|is|come|comes|have|has)\s+(?:back|resulted|returned|normal|reviewed)\b", re.I)
# a single dose given now ("aspirin 325 mg now", "clopidogrel 600 mg loading dose", "ASA 324 mg x1"): a drug given
# once for the acute event, not a long-term drug (I.C.21.c.3; README Decisions (5), as a drug given once in the ED)
_ONE_DOSE = re.compile(r"[ \t]+\d[\d.,]*[ \t]*(?:mg|mcg|g|units?)\b[^,;\n]{0,20}?\b(?:now|stat|x[ \t]*1|single dose|"
                       r"one[- ]time(?: dose)?|load(?:ing)?(?: dose)?|once(?![ \t]+(?:daily|a[ \t]+(?:day|week|month)|"
                       r"weekly|monthly|nightly|every|per|q)))\b", re.I)
_MED_LIST = re.compile(r"^[ \t]*(?:current |home |discharge |outpatient )?(?:meds|medications?)\b", re.I | re.M)


# characters that re.IGNORECASE matches to an ASCII letter besides its own two cases
_FOLD = str.maketrans({"\u0130": "i", "\u0131": "i", "\u017f": "s", "\u212a": "k"})


@lru_cache(maxsize=64)
def _drug_patterns(lists: tuple[tuple[str, tuple[str, ...]], ...]) -> tuple[dict[str, re.Pattern], tuple[str, ...]]:
    """Per-code drug patterns, and the lower-case names for a cheap "any drug named at all?" test
    (empty when a name is not lower-case ASCII, which turns the test off)."""
    rxs = {code: re.compile(r"\b(" + "|".join(map(re.escape, drugs)) + r")\b", re.I) for code, drugs in lists}
    names = tuple(d for _, drugs in lists for d in drugs)
    plain = all(d.isascii() and d == d.lower() for d in names)
    return rxs, names if plain else ()


def _monitored(rx: re.Pattern, text: str, units: list[tuple[int, int]]) -> bool:
    """A sentence naming the drug documents its monitoring ("Lithium level ... to monitor for lithium toxicity")."""
    for m in rx.finditer(text):
        a, b = next(((a, b) for a, b in units if a <= m.start() < b), (m.start(), m.end()))
        if _MONITORED.search(text, a, b):
            return True
    return False


def _started_here(found: list[re.Match], text: str, units: list[tuple[int, int]]) -> set[str]:
    """Drug names first prescribed (or restarted) at this visit that no mention shows the patient taking now."""
    started, current = set(), set()
    for m in found:
        unit = next(((a, b) for a, b in units if a <= m.start() < b), (m.start(), m.end()))
        name = m.group(0).lower()
        if START_BEFORE.search(text, unit[0], m.start()) or _ONCE_BACK.match(text, m.end()) \
                or _ONE_DOSE.match(text, m.end()):
            started.add(name)
        elif (_ON_NOW.search(text, max(unit[0], m.start() - 40), m.start()) or _in_med_list(text, m.start())
              or _SINCE_AFTER.match(text, m.end())):
            current.add(name)
    return started - current


# "adalimumab 40 mg SC q2 weeks since 2021": taken for years, so "restart regular adalimumab dosing" after missed
# doses resumes a long-term drug (I.C.21.c.3), it does not start a new one
_SINCE_AFTER = re.compile(r"[^.;\n]{0,40}?\bsince\s+(?:(?:19|20)\d\d|\d{1,2}/(?:19|20)?\d\d)\b", re.I)


def _in_med_list(text: str, pos: int) -> bool:
    line = text.rfind("\n", 0, pos) + 1
    return bool(_MED_LIST.match(text, line, pos))


def add_long_term_drugs(cands: list[Cand], text: str, data: RuleData, lookup: Callable[[str], Any],
                        units: list[tuple[int, int]]) -> list[Cand]:
    params = data.rules["I.C.21.c.3-long-term-drug"].params
    have = {c.code for c in cands}
    out = list(cands)
    patterns, names = _drug_patterns(tuple((code, tuple(drugs)) for code, drugs in params.items()))
    if names:  # no drug named anywhere (case-insensitively): nothing to add, skip the regex scans
        low = text.lower()
        if not text.isascii() and any(ch in text for ch in "\u0130\u0131\u017f\u212a"):
            low = text.translate(_FOLD).lower()
        if not any(name in low for name in names):
            return out
    for code in params:
        if names and not any(name in low for name in params[code]):
            continue  # none of this code's drugs is named: its pattern cannot match
        rx = patterns[code]
        if code == "Z79.899" and not _monitored(rx, text, units):
            continue  # "other" long-term drugs (lithium): only a therapy documented as monitored in its own sentence
        if code in have:  # matched from a wording ("anticoagulation"): the drug named is evidence too
            cur = next(c for c in out if c.code == code)
            for m in rx.finditer(text):
                unit = next(((a, b) for a, b in units if a <= m.start() < b), (m.start(), m.end()))
                if len(cur.spans) < 8 and not _STOPPED.search(text, unit[0], unit[1]) \
                        and (m.start(), m.end()) not in cur.spans:
                    cur.spans.append((m.start(), m.end()))
            continue
        spans = []
        # a drug whose own prescription is a time-limited course or prophylaxis anywhere in the note
        # ("enoxaparin 40 mg daily x 4 wk (DVT ppx)") is that course in its other mentions too ("PT/OT, enoxaparin")
        found = list(rx.finditer(text))
        course = {m.group(0).lower() for m in found if _COURSE.match(text, m.end())}
        course |= _started_here(found, text, units)
        for m in found:
            unit = next(((a, b) for a, b in units if a <= m.start() < b), (m.start(), m.end()))
            if not _STOPPED.search(text, unit[0], unit[1]) and not START_BEFORE.search(text, unit[0], m.start()) \
                    and m.group(0).lower() not in course and not _ONE_DOSE.match(text, m.end()):
                spans.append((m.start(), m.end()))
        info = lookup(code)
        if spans and info is not None:
            c = Cand("ICD-10-CM", code, info.title, True, spans[:8], "medications", "present", "rule", 1,
                     first_offset=spans[0][0], sections={"medications"})
            c.add_rule("I.C.21.c.3-long-term-drug", f"current {text[spans[0][0]:spans[0][1]]} documented")
            out.append(c)
    return out


# "RT" alone is also "right": radiotherapy only after the field it treats ("whole-breast RT 2019")
_RADIATION = re.compile(r"\b(?:radiation(?: therapy)?|radiotherapy|XRT|irradiation|radiosurgery|SBRT|SRS|"
                        r"brachytherapy|(?:whole[- ]breast|breast|chest[- ]wall|pelvic|prostate|(?:whole[- ])?brain)"
                        r"\s+(?-i:RT))\b", re.I)
_RAD_PAST = re.compile(r"\b(?:s/p|status post|history of|h/o|prior|previous|completed|received|adjuvant|"
                       r"treated\s+with|underwent|"
                       r"(?:19|20)\d\d)\b", re.I)
# "adjuvant paclitaxel x 12, then radiation": the next step of a treatment plan, not a past treatment
_RAD_NOT = re.compile(r"\b(?:no|never|planned|plan|will|refer\w*|consult\w*|schedul\w*|candidate|"
                      r"undergoing|currently|exposure|oncology|then|next|followed by|to follow|upcoming|needs?)\b",
                      re.I)


_RADIATION_KEYS = ("radiat", "radiother", "xrt", "irradiat", "radiosurg", "sbrt", "srs", "brachy")


def _radiation_named(text: str) -> bool:
    """Cheap substring test before the _RADIATION scan (a regex of alternations tried at every word of the note)."""
    low = text.lower()
    return (any(k in low for k in _RADIATION_KEYS) or "RT" in text) and bool(_RADIATION.search(text))


def add_irradiation_history(cands: list[Cand], text: str, lookup: Callable[[str], Any],
                            units: list[tuple[int, int]], sections: Sequence[Section] = ()) -> list[Cand]:
    """Z92.3 (personal history of irradiation) for radiation therapy received in the past (I.C.21.c.4):
    "s/p lumpectomy and radiation 2015", "completed adjuvant whole-breast radiation". Planned, current
    or environmental radiation is not history of treatment."""
    if any(c.code == "Z92.3" for c in cands) or not _radiation_named(text):
        return cands
    spans = []
    for m in _RADIATION.finditer(text):
        a, b = next(((a, b) for a, b in units if a <= m.start() < b), (m.start(), m.end()))
        a = min(a, max(text.rfind(".", 0, m.start()) + 1, text.rfind("\n\n", 0, m.start()) + 2))  # wrapped line
        before = text[max(a, m.start() - 60) : m.end()]
        if _RAD_PAST.search(text[max(a, m.start() - 60) : min(b, m.end() + 20)]) and not _RAD_NOT.search(before):
            spans.append((m.start(), m.end()))
    info = lookup("Z92.3")
    if not spans or info is None:
        return cands
    # the sections it is named in, so that a problem-list "s/p XRT" is weighed like other list-only histories (IV.J)
    named = {sec.name for sec in sections for a, _ in spans if sec.start <= a < sec.end}
    c = Cand("ICD-10-CM", "Z92.3", info.title, True, spans[:3], None, "present", "rule", 1,
             first_offset=spans[0][0], sections=named)
    c.add_rule("I.C.21.c.4-personal-history", "radiation therapy received in the past")
    return cands + [c]


_QUIT_PAST = skip_ahead(re.compile(r"\b(?:smoked|smoker|smoking|tobacco|cigarettes?|pack-?years?|ppd)\b[^.;\n]{0,50}?"
                        r"\b(?:quit|stopped)\b(?:\s+(?:smoking|tobacco|cigarettes))?[\s,]+(?:in\s+|at\s+age\s+\d+\s*)?"
                        r"(?:(?:19|20)\d\d\b|(?:\d+|a few|several|many)\s+(?:years?|yrs?|months?|decades?)\s+ago\b|"
                        r"years ago\b)", re.I))  # skip_ahead: twice as fast
_QUIT_FUTURE = re.compile(r"\b(?:to|will|plans?|planning|trying|tries|wants?|ready|advised|encouraged|counsel\w*|"
                          r"motivated|considering|help)\s+(?:\w+\s+){0,2}$", re.I)


# said in a smoking quantity's own sentence, these make it a former smoker's history ("Former smoker, quit 2011,
# about 34 pack-years"; "quit smoking in 2019 after a 50 pack-year history"); "quit date", "quit attempts" and a
# plan to quit ("wants to quit") are a current smoker's
_FORMER = re.compile(r"\b(?:former(?:ly)?|ex-?\s?smoker|used to smoke|no longer smok\w*|(?:quit|stopped)(?!\s+(?:date|"
                     r"attempts?|line|plan|aids?|smoking aids?)\b))\b", re.I)
_SENTENCE_CUT = re.compile(r"(?<!\d)\.(?!\d)|[;\n]")


def _told_as_former(text: str, a: int, b: int) -> bool:
    """The mention's sentence says the smoking stopped (not a plan to stop)."""
    lo = max((m.end() for m in _SENTENCE_CUT.finditer(text, max(0, a - 200), a)), default=max(0, a - 200))
    hi = next((m.start() for m in _SENTENCE_CUT.finditer(text, b, b + 200)), min(len(text), b + 200))
    return any(not _QUIT_FUTURE.search(text, max(lo, m.start() - 30), m.start())
               for m in _FORMER.finditer(text, lo, hi))


def _history_quantities(cands: list[Cand], text: str, lookup: Callable[[str], Any]) -> list[Cand]:
    """F17.2- read from pack-years / packs a day told of a former smoker is the history Z87.891 (I.C.21.c.4), not
    current dependence (I.C.5.b: nicotine dependence, cigarettes, only while the patient smokes)."""
    hist = next((c for c in cands if c.code == "Z87.891" and c.assertion == "present"), None)
    out = []
    for c in cands:
        if not (c.code.startswith("F17.2") and c.assertion == "present" and c.spans
                and all(_told_as_former(text, a, b) for a, b in c.spans)):
            out.append(c)
            continue
        if hist is not None:
            hist.absorb(c)
            continue
        info = lookup("Z87.891")
        if info is None:
            out.append(c)
            continue
        c.add_rule("I.C.21.c.4-personal-history", f"{c.code}: told of a former smoker -> Z87.891")
        c.code, c.description = "Z87.891", info.title
        hist = c
        out.append(c)
    return out


def former_smoker(cands: list[Cand], text: str, lookup: Callable[[str], Any]) -> list[Cand]:
    """I.C.21.c.4 personal history of nicotine dependence (Z87.891): "He smoked for 30 years and quit in 2021"
    is a former smoker; "plans to quit smoking", "advised to quit" are a current smoker's plans, not history."""
    cands = _history_quantities(cands, text, lookup)
    out = []
    for c in cands:
        if c.code == "Z87.891" and c.spans and all(
                _QUIT_FUTURE.search(text, max(0, a - 30), a) and re.match(r"(?:quit|stop)", text[a:b], re.I)
                for a, b in c.spans):
            continue  # every mention is a plan to quit
        out.append(c)
    if any(c.code == "Z87.891" or c.code.startswith("F17.2") for c in out):
        return out
    m = _QUIT_PAST.search(text)
    info = lookup("Z87.891")
    if m is None or info is None:
        return out
    c = Cand("ICD-10-CM", "Z87.891", info.title, True, [(m.start(), m.end())], None, "present", "rule", 2,
             first_offset=m.start())
    c.add_rule("I.C.21.c.4-personal-history", "stopped smoking in the past: former smoker")
    return out + [c]


# I.B specificity of F17.2-: the product smoked. Cigarettes are named directly or by their measure (packs a day,
# pack-years, ppd); an e-cigarette is vaping (F17.29-), and another product named beside them leaves the choice
# to the coder
_CIGARETTES = re.compile(r"(?<![-\w])(?<!\be )(?<!electronic )cigarettes?\b|\bcigs\b|"
                         r"\bpacks?\s*(?:(?:per|a|an|each|/)\s*day|/d)\b|\bpack[- ]?y(?:ea)?rs?\b|\bpk[- ]?yrs?\b|"
                         r"\bppd\b", re.I)
_OTHER_PRODUCT = re.compile(r"\b(?:cigars?|cigarillos?|pipe (?:smok\w*|tobacco)|smok\w* (?:a )?pipes?|"
                            r"chew(?:s|ing)? tobacco|smokeless|snuff|snus|dip(?:s|ping)? tobacco|vap(?:e|es|ing|er)|"
                            r"e-?cig\w*|electronic cigarettes?|hookah|nicotine pouch\w*)\b", re.I)


_VAPING = re.compile(r"\b(?:vap(?:e|es|ed|ing|er)|e-?cig\w*|electronic cigarettes?|juul)\b", re.I)
_NOT_BEFORE = re.compile(r"\b(?:no|not|denies|denied|never|without)\b[^.;\n]{0,20}$", re.I)


def _only_vaping(text: str) -> bool:
    """Vaping is affirmed and no other product than the e-cigarette is named."""
    if not any(not _NOT_BEFORE.search(text, max(0, m.start() - 25), m.start()) for m in _VAPING.finditer(text)):
        return False
    return all(_VAPING.fullmatch(m.group(0)) for m in _OTHER_PRODUCT.finditer(text))


def _to_product(current: list[Cand], out: list[Cand], stem: str, lookup: Callable[[str], Any], why: str) -> None:
    """F17.20x (product unspecified) -> the documented product's code with the same 6th character."""
    for c in [c for c in current if c.code.startswith("F17.20")]:
        code = stem + c.code[6:]
        info = lookup(code)
        if info is None:
            continue
        same = next((o for o in out if o.code == code and o is not c), None)
        if same is not None:
            same.absorb(c)
            out.remove(c)
            continue
        c.code, c.description = code, info.title
        c.add_rule("I.B.specificity", why)


# tobacco dependence treated at this encounter (IV.J): cessation counselling or a cessation drug offered
_CESSATION = re.compile(r"\b(?:smoking|tobacco|nicotine)[- ]cessation\b|\bcessation (?:counsel\w*|advice)|"
                        r"\bcounsel\w* (?:\w+ ){0,2}(?:on|about|regarding) (?:smoking|tobacco|quitting|cessation)|"
                        r"\b(?:advised|encouraged|urged) (?:\w+ )?to (?:quit|stop) (?:smoking|tobacco|cigarettes)|"
                        r"\bnicotine (?:replacement|patch\w*|gum|lozenges?)|\bvarenicline\b|\bchantix\b", re.I)


def tobacco_product(cands: list[Cand], text: str, lookup: Callable[[str], Any]) -> list[Cand]:
    """Nicotine dependence (F17.2-) as documented.

    The product unspecified (F17.20-) is cigarettes (F17.21-, same complication) when the note says
    cigarettes, packs a day or pack-years and names no other product; the unspecified mention then merges
    into the cigarette code rather than standing beside it. Cessation counselling or a cessation drug
    addresses the dependence (IV.J), wherever in the note the smoking itself is told."""
    current = [c for c in cands if c.code.startswith("F17.2") and c.assertion == "present"]
    if not current:
        return cands
    out = list(cands)
    if not _CIGARETTES.search(text) and _only_vaping(text):
        _to_product(current, out, "F17.29", lookup, "the only product documented is an electronic cigarette (vaping): "
                    "nicotine dependence, other tobacco product (Index: Dependence, nicotine, specified product NEC)")
    if _CIGARETTES.search(text) and not _OTHER_PRODUCT.search(text):
        for c in [c for c in current if c.code.startswith("F17.20")]:
            code = "F17.21" + c.code[6:]
            info = lookup(code)
            if info is None:
                continue
            same = next((o for o in out if o.code == code and o is not c), None)
            if same is not None:  # "current cigarette smoker" matched both codes: one code with both mentions
                same.absorb(c)
                out.remove(c)
                continue
            c.code, c.description = code, info.title
            c.add_rule("I.B.specificity", "the note documents cigarettes (or packs a day / pack-years): nicotine "
                       "dependence, cigarettes")
    if _CESSATION.search(text):
        for c in out:
            if c.code.startswith("F17.2") and c.assertion == "present":
                c.extra["addressed_by"] = "tobacco cessation treatment"
    return out


_SURVEILLANCE = re.compile(r"\b(?:surveillance|survivorship|no evidence of (?:recurrence|disease)|without recurrence|"
                           r"NED)\b", re.I)


# an antineoplastic given at this visit ("paclitaxel 140 mg IV over 60 minutes, infused 10:05-11:05"), not held,
# delayed or planned on its line
_CHEMO_DRUG = re.compile(r"\b(?:chemo(?:therapy)?|paclitaxel|docetaxel|oxaliplatin|cisplatin|carboplatin|FOLFOX|"
                         r"FOLFIRI|FOLFIRINOX|fluorouracil|5-FU|doxorubicin|cyclophosphamide|gemcitabine|irinotecan|"
                         r"vincristine|etoposide|pemetrexed|bortezomib|azacitidine|decitabine)\b", re.I)
_CHEMO_GIVEN = re.compile(r"\b(?:infused|infusion (?:given|completed|started)|administered|given today|IV push|"
                          r"treatment today)\b", re.I)
_CHEMO_NOT = re.compile(r"\b(?:held|hold|holding|delay\w*|defer\w*|not given|will|next|planned|plan|if|"
                        r"postpone\w*|skip\w*|previous|prior|last)\b", re.I)


def chemotherapy_encounter(cands: list[Cand], text: str, lookup: Callable[[str], Any], setting: str) -> list[Cand]:
    """I.C.2.e.2: an outpatient encounter at which antineoplastic chemotherapy is given for a current malignancy
    is Z51.11, sequenced first (the sequencer puts encounter-reason Z51 codes first), with the malignancy after."""
    if setting != "outpatient" or any(c.code.startswith("Z51.1") for c in cands) or not any(
            c.code[0] == "C" and c.assertion == "present" for c in cands):
        return cands
    for m in _CHEMO_DRUG.finditer(text):
        lo, hi = line_bounds(text, m.start(), m.end())
        line = text[lo:hi]
        if _CHEMO_GIVEN.search(line) and not _CHEMO_NOT.search(line):
            info = lookup("Z51.11")
            if info is None:
                return cands
            c = Cand("ICD-10-CM", "Z51.11", info.title, True, [(lo, hi)], None, "present", "rule", 2,
                     first_offset=lo)
            c.add_rule("I.C.2.e-chemotherapy-encounter", "antineoplastic chemotherapy given at this encounter")
            return cands + [c]
    return cands


# a late effect of the cancer's own treatment, looked after at the survivorship visit ("Stress urinary incontinence
# after prostatectomy", "Erectile dysfunction following radical prostatectomy", "chemotherapy-induced neuropathy"):
# part of the follow-up after completed treatment, not another reason for the visit (I.C.21.c.8)
_AFTER_TREATMENT = re.compile(r"\b(?:after|following|post|since|from|due to)[\s-]+(?:(?:the|his|her|a)\s+)?"
                              r"(?:(?:radical|robotic|total|partial|bilateral)\s+)*(?:prostatectomy|mastectomy|"
                              r"lumpectomy|cystectomy|colectomy|hysterectomy|orchiectomy|radiation|radiotherapy|xrt|"
                              r"chemo\w*|cancer (?:surgery|treatment))\b|\b(?:chemo\w*|radiation)[\s-]+induced\b",
                              re.I)


def _treatment_sequela(c: Cand, text: str) -> bool:
    """Every mention of the condition names it as a result of the cancer's treatment."""
    def on_its_line(a: int, b: int) -> bool:
        lo, hi = text.rfind("\n", 0, a) + 1, text.find("\n", b)
        return bool(_AFTER_TREATMENT.search(text, max(lo, a - 40), min(hi if hi != -1 else len(text), b + 60)))
    return bool(c.spans) and all(on_its_line(a, b) for a, b in c.spans)


def cancer_follow_up(cands: list[Cand], text: str, lookup: Callable[[str], Any], setting: str) -> list[Cand]:
    """I.C.21.c.8 / I.C.2.d: a visit to check for recurrence after the malignancy's treatment is completed is
    Z08 first, with the personal history code (Z85); not while a malignancy is current (C00-C96) or when the
    visit treats another problem (a skin check during an acne visit)."""
    if setting != "outpatient" or any(c.code == "Z08" for c in cands):
        return cands
    hist = [c for c in cands if c.code.startswith("Z85") and c.sections & {"assessment", "assessment_plan",
                                                                           "diagnoses"}]
    if (not hist or any(c.code[0] != "Z" and not _treatment_sequela(c, text) for c in cands)
            or not _SURVEILLANCE.search(text)):
        return cands  # a current malignancy or another problem treated: that is the reason for the visit
    info = lookup("Z08")
    if info is None:
        return cands
    c = Cand("ICD-10-CM", "Z08", info.title, True, list(hist[0].spans), hist[0].section, "present", "rule", 1,
             hist[0].unit_index, hist[0].item_number, hist[0].first_offset, sections=set(hist[0].sections))
    c.add_rule("I.C.21.c.8-follow-up", "surveillance after completed treatment of a malignancy: Z08 with the "
               "history code")
    return cands + [c]


# a procedure only planned or put off ("Sigmoid colectomy deferred", "awaiting hip replacement") has left no
# acquired absence or device behind: the status code (Z90/Z95/Z96/Z98, I.C.21.c.3) needs it done
_STATUS_FROM_PROCEDURE = ("Z90", "Z95", "Z96", "Z98", "Z94")
_NOT_DONE_AFTER = re.compile(r"[ \t]*(?:(?:was|is|has been|to be|will be)[ \t]+)?(?:deferred|postponed|"
                             r"cancell?ed|planned|scheduled|pending|not (?:yet )?(?:done|performed)|"
                             r"on hold)\b", re.I)
_NOT_DONE_BEFORE = re.compile(r"\b(?:awaiting|scheduled for|candidate for|plans? for|planning|deferr(?:ed|ing)|"
                              r"postpon(?:ed|ing))[ \t]+(?:a[ \t]+|an[ \t]+|the[ \t]+|her[ \t]+|his[ \t]+)?"
                              r"(?:[\w-]+[ \t]+)?$", re.I)


def procedure_not_done(cands: list[Cand], text: str) -> tuple[list[Cand], list[Cand]]:
    """Drop a procedure status code every mention of which is planned or put off, not done."""
    kept, dropped = [], []
    for c in cands:
        if (c.code.startswith(_STATUS_FROM_PROCEDURE) and c.spans
                and all(_NOT_DONE_AFTER.match(text, b) or _NOT_DONE_BEFORE.search(text, max(0, a - 40), a)
                        for a, b in c.spans)):
            c.add_rule("I.C.21.c.3-status", "procedure planned or deferred, not done: no status code")
            dropped.append(c)
        else:
            kept.append(c)
    return kept, dropped
