"""Status codes reported only when relevant to care, and old myocardial infarction (issue #3).

* Drug allergy status (Z88.-) is a status code (I.C.21.c.3): reported when the allergy affected the care at
  this encounter (IV.J: documented conditions that affect patient care), e.g. the antibiotic was chosen because
  of it ("azithromycin (penicillin allergy)", "doxycycline given PCN allergy"), or the allergy is what the
  assessment/plan addresses. An allergy named only in the history or allergy list changed nothing: not coded.
* Old myocardial infarction (I.C.9.e.4): an MI more than 4 weeks old that no longer needs care for the
  infarction itself is I25.2, a status relevant to care and coded whenever documented. An I21/I22 read from a
  past-history section, a dated mention ("MI 2019", "NSTEMI in 03/2024", "MI 3 years ago") or a mention with a
  history cue (s/p, prior, remote, old, previous) more than 4 weeks before the date of service becomes I25.2;
  an MI within 4 weeks (I.C.9.e.1: I21 for 4 weeks from onset) stays I21.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from datetime import date
from typing import Any

from suggest.cand import Cand
from suggest.textnorm import sentence_bounds

_PLAN_SECTIONS = frozenset({"assessment", "assessment_plan", "plan", "diagnoses"})
# the allergy decided or changed something: a drug chosen, avoided or substituted because of it
_ALLERGY_CARE = re.compile(
    r"\b(?:instead|alternative\w*|avoid\w*|so\b|therefore|thus|hence|because|due to|given|in view of|"
    r"secondary to|chose|chosen|choose|select\w*|switch\w*|substitut\w*|rather than|in place of|"
    r"not (?:given|prescribed|used|a candidate)|contraindicat\w*|desensiti[sz]\w*|premedicat\w*|"
    r"(?:drug|oral) challenge|allergy (?:testing|evaluation|referral)|skin test\w*|cross[- ]?reactiv\w*|"
    r"de-?label\w*)\b", re.I)


def _clause(text: str, a: int, b: int) -> tuple[int, int]:
    return sentence_bounds(text, a, b, stops=("\n", ". ", ";"))


def _affects_care(text: str, a: int, b: int) -> bool:
    """The allergy mention sits in a clause that chooses or avoids a treatment because of it, or is a
    parenthetical reason after a prescribed drug ("Azithromycin 500 mg ... (penicillin allergy)")."""
    s, e = _clause(text, a, b)
    if _ALLERGY_CARE.search(text, s, e):
        return True
    return text[max(0, a - 2):a].rstrip().endswith("(")


def allergy_status_relevant(cands: list[Cand], text: str) -> tuple[list[Cand], list[Cand]]:
    """Drop Z88.- drug allergy status when no mention shows the allergy affected care (I.C.21.c.3, IV.J)."""
    kept, dropped = [], []
    for c in cands:
        if not c.code.startswith("Z88") or not c.spans:
            kept.append(c)
            continue
        if c.sections & _PLAN_SECTIONS or any(_affects_care(text, a, b) for a, b in c.spans):
            kept.append(c)
        else:
            c.add_rule("I.C.21.c.3-allergy-status", "drug allergy named only in the history/allergy list; it did not "
                       "affect care at this encounter (IV.J); not coded")
            dropped.append(c)
    return kept, dropped


_MI = ("I21", "I22")
_HISTORY_SECTIONS = frozenset({"past_medical_history", "past_surgical_history"})
_ASSESSED = frozenset({"assessment", "assessment_plan", "diagnoses", "discharge_diagnoses", "principal_diagnosis"})
_OLD_CUE = re.compile(r"\b(?:s/p|status post|h/o|hx of|history of|prior|previous|remote|old|healed|past|"
                      r"(?:had|has had|suffered) (?:an? )?)\s*(?:\w+\s+){0,2}$", re.I)
_MONTHS = {m: i + 1 for i, m in enumerate(("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct",
                                           "nov", "dec"))}
_DATE_NEAR = re.compile(
    r"(?:\b(?P<ago>\d{1,2}|one|two|three|four|five|six|several|many)\s+(?P<unit>years?|months?|weeks?|days?)\s+ago\b|"
    r"\b(?:(?P<mon>\d{1,2})/(?:\d{1,2}/)?|(?P<mname>jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s+)?"
    r"(?P<year>(?:19|20)\d{2})\b)", re.I)
_WORDS = {"one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "several": 3, "many": 5}


def _dos(note: dict) -> date | None:
    try:
        return date.fromisoformat(str(note.get("date_of_service") or "")[:10])
    except ValueError:
        return None


def _days_before(m: re.Match[str], dos: date | None) -> int | None:
    """How long before the date of service the matched date/interval is (None when it cannot be told)."""
    if m.group("ago"):
        n = _WORDS.get(m.group("ago").lower()) or int(m.group("ago"))
        unit = m.group("unit").lower()
        return n * (365 if unit.startswith("year") else 30 if unit.startswith("month") else
                    7 if unit.startswith("week") else 1)
    year = int(m.group("year"))
    month = int(m.group("mon")) if m.group("mon") else _MONTHS.get((m.group("mname") or "")[:3].lower())
    if dos is None:
        return 366 if year < date.today().year else None
    if month and 1 <= month <= 12:
        return (dos - date(year, month, 28)).days  # the month's last days: the latest it could have been
    return 366 if year < dos.year else None


def _old_mention(text: str, a: int, b: int, sections: set[str], dos: date | None) -> bool | None:
    """True: this MI mention is more than 4 weeks old; False: within 4 weeks; None: not told."""
    s, e = _clause(text, a, b)
    near = [m for m in _DATE_NEAR.finditer(text, s, e) if m.end() <= a and a - m.end() <= 12
            or m.start() >= b and m.start() - b <= 25]
    for m in near:
        days = _days_before(m, dos)
        if days is not None:
            return days > 28
    if _OLD_CUE.search(text, max(s, a - 40), a) or sections & _HISTORY_SECTIONS:
        return True
    return None


def old_myocardial_infarction(cands: list[Cand], text: str, note: dict,
                              lookup: Callable[[str], Any]) -> list[Cand]:
    """I.C.9.e.4: an I21/I22 whose every dated or history mention is more than 4 weeks old becomes I25.2."""
    dos = _dos(note)
    out, old = [], []
    for c in cands:
        if c.code.startswith(_MI) and c.spans:
            ages = [_old_mention(text, a, b, c.sections, dos) for a, b in c.spans]
            undated_assessed = None in ages and bool(c.sections & _ASSESSED)  # may be a current MI managed
            if True in ages and False not in ages and not undated_assessed:
                old.append(c)
                continue
        out.append(c)
    info = lookup("I25.2")
    if not old or info is None:
        return cands
    spans = sorted({s for c in old for s in c.spans})
    current = next((c for c in out if c.code == "I25.2"), None)
    if current is not None:
        current.spans = sorted(set(current.spans) | set(spans))
        return out
    z = Cand("ICD-10-CM", "I25.2", info.title, True, spans, old[0].section, "present", "rule", 2,
             first_offset=spans[0][0], sections=set().union(*(c.sections for c in old)))
    z.add_rule("I.C.9.e.4-old-MI", f"{old[0].code} documented more than 4 weeks before this encounter: old "
               "myocardial infarction (I25.2)")
    return out + [z]
