"""Psychiatric diagnostic evaluation (CPT 90791 / 90792) from an intake note's title and author.

CPT: 90791 is the psychiatric diagnostic evaluation (history, mental status, recommendations) and 90792 the same
with medical services (physical or medical assessment, prescription, laboratory orders), which only a physician or
other prescriber furnishes; neither is reported with an E/M on the same day. A psychologist, social worker or
counselor cannot report office E/M codes, so their intake is 90791. A psychiatrist's new-patient intake may be
reported as 90792 or as a new-patient office E/M; when the note documents total time on the date (the E/M's time
measure; 90791/90792 are not timed) the prescriber has chosen the E/M (corpus dev-r2-13, dev-r2-49), else the
intake is 90792 (dev-r5-24). Only outpatient, non-ED notes titled as an initial/diagnostic evaluation.
"""

from __future__ import annotations

import re

from suggest import mdm as mdm_mod
from suggest.cand import Cand

_AREA = re.compile(r"\b(?:psychiatr\w*|behavioral health|behavioural health|mental health|psycholog\w*)\b", re.I)
_INTAKE = re.compile(r"\b(?:initial (?:psychiatric )?(?:evaluation|assessment|consultation|visit)|intake(?: assessment"
                     r"| evaluation)?|diagnostic (?:interview|evaluation|assessment)|new patient (?:evaluation|"
                     r"assessment)|psychiatric evaluation)\b", re.I)
_NOT_INTAKE = re.compile(r"\b(?:follow[- ]?up|f/u|medication management|med check|progress note|re-?evaluation)\b",
                         re.I)
# who signs: a non-prescribing behavioral clinician cannot furnish medical services (or an E/M)
_THERAPIST = re.compile(r"\b(?:ph\.?d|psy\.?d|lcsw|licsw|lpc|lmft|lmhc|lcpc|lisw|psychologist|therapist|counselor|"
                        r"social worker)\b", re.I)
_PRESCRIBER = re.compile(r"\((?:md|do|np)\)|,\s*(?:md|do|np|pmhnp(?:-bc)?|aprn|pa-c)\b", re.I)
_LAB_ORDER = re.compile(r"\b(?:labs?|cbc|cmp|bmp|tsh|lfts?|lithium level|ecg|ekg|a1c|lipid panel|drug screen)\b"
                        r"[^.\n]{0,40}\b(?:ordered|drawn|today)\b|\border(?:ed)?\b[^.\n]{0,30}\b(?:labs?|cbc|cmp|tsh|"
                        r"lfts?|ecg|ekg)\b", re.I)
_TITLE_CHARS = 160


def _title(text: str) -> tuple[int, str]:
    """Offset and text of the note's first non-empty line (its title)."""
    start = len(text) - len(text.lstrip())
    end = text.find("\n", start)
    return start, text[start:end if end >= 0 else len(text)][:_TITLE_CHARS]


def _medical_services(text: str) -> bool:
    """A prescription managed in the assessment/plan or laboratory tests ordered: the medical part of 90792."""
    _, reg = mdm_mod.region(text)
    w = mdm_mod._words()
    rx = [m for m in w["prescription"].finditer(reg) if not w["otc"].fullmatch(m.group(0))
          and not mdm_mod._NEG_BEFORE.search(reg, max(0, m.start() - 30), m.start())]
    return bool(rx) or bool(_LAB_ORDER.search(reg))


def psych_evaluation(note: dict, text: str, procs: list[Cand], minutes: int | None, ed: bool) -> list[Cand]:
    """``procs`` plus 90791/90792 when the note is an outpatient psychiatric intake (see the module docstring)."""
    if ed or any(p.extra.get("kind") == "psych-eval" for p in procs):
        return procs
    if str(note.get("setting") or "outpatient") != "outpatient":
        return procs
    if (note.get("visit") or {}).get("new_patient") is False:
        return procs
    at, title = _title(text)
    m = _INTAKE.search(title)
    if m is None or _NOT_INTAKE.search(title):
        return procs
    specialty = str(note.get("specialty") or "").lower()
    if not (_AREA.search(title) or "psychiatr" in specialty or "behavioral" in specialty):
        return procs
    tail = text.rstrip()[-200:]
    therapist = bool(_THERAPIST.search(tail)) and not _PRESCRIBER.search(tail)
    if not therapist and minutes is not None:
        return procs  # total time documented: the prescriber chose the new-patient office E/M
    medical = not therapist and (bool(_PRESCRIBER.search(title) or _PRESCRIBER.search(tail))
                                 or _medical_services(text))
    code = "90792" if medical else "90791"
    desc = ("Psychiatric diagnostic evaluation with medical services" if medical
            else "Psychiatric diagnostic evaluation")
    c = Cand("CPT", code, desc, True, [(at, at + len(title.rstrip()))], None, "present", "rule", 2)
    c.extra["kind"] = "psych-eval"
    c.add_rule("PROC-psych-eval", f"psychiatric intake ('{m.group(0)}'), "
               + ("medical services by a prescriber" if medical else
                  "no medical services" + (" (non-prescribing clinician)" if therapist else "")) + f" -> {code}")
    return [*procs, c]


_STANDALONE = {"90833": ("90832", "Psychotherapy, 16-37 minutes"), "90836": ("90834", "Psychotherapy, 38-52 minutes"),
               "90838": ("90837", "Psychotherapy, 53 minutes or more")}


def standalone_psychotherapy(text: str, procs: list[Cand]) -> list[Cand]:
    """Psychotherapy documented by a non-prescribing clinician (psychologist, social worker, counselor) is the
    standalone code by its minutes (90832/90834/90837): the add-on codes 90833/90836/90838 go only with an E/M,
    which such a clinician cannot report (CPT psychotherapy guidelines). The E/M is then withheld (em.py)."""
    tail = text.rstrip()[-200:]
    if not (_THERAPIST.search(tail) and not _PRESCRIBER.search(tail)):
        return procs
    for p in procs:
        if p.code in _STANDALONE:
            old = p.code
            p.code, p.description = _STANDALONE[old]
            p.extra["kind"] = "psychotherapy"
            p.add_rule("PROC-psych-eval", f"psychotherapy by a non-prescribing clinician: {old} add-on -> {p.code}, "
                       "no E/M")
    return procs


__all__ = ["psych_evaluation", "standalone_psychotherapy"]
