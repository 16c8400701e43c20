"""A small rule-based stand-in for ``nlp.analyze`` (sections, units, assertion).

Used only when the nlp package does not provide ``analyze`` (it is being built in parallel)
or fails on a note. Same shapes as the nlp API so the engine does not care which one ran.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

HEADINGS: dict[str, tuple[str, ...]] = {
    "chief_complaint": ("chief complaint", "cc", "reason for visit", "reason for consultation", "presenting complaint"),
    "hpi": ("history of present illness", "hpi", "history", "interval history", "subjective"),
    "past_medical_history": ("past medical history", "pmh", "medical history", "past history", "problem list"),
    "past_surgical_history": ("past surgical history", "psh", "surgical history"),
    "family_history": ("family history", "fh", "family hx"),
    "social_history": ("social history", "sh", "social hx"),
    "medications": ("medications", "current medications", "meds", "home medications", "medication list"),
    "allergies": ("allergies", "allergy"),
    "review_of_systems": ("review of systems", "ros"),
    "physical_exam": ("physical exam", "physical examination", "exam", "examination", "objective", "vitals",
                      "vital signs"),
    "results": ("results", "labs", "laboratory", "imaging", "data", "studies", "diagnostics", "lab results"),
    "assessment": ("assessment", "impression", "clinical impression"),
    "plan": ("plan", "recommendations", "disposition"),
    "assessment_plan": ("assessment and plan", "assessment & plan", "a/p", "a&p", "assessment/plan",
                        "impression and plan", "impression/plan"),
    "procedures": ("procedures", "procedure", "procedure note", "procedures performed"),
    "diagnoses": ("diagnoses", "diagnosis", "final diagnosis", "final diagnoses", "problems addressed"),
    "discharge_diagnoses": ("discharge diagnoses", "discharge diagnosis", "principal diagnosis",
                            "secondary diagnoses"),
    "hospital_course": ("hospital course", "brief hospital course"),
    "instructions": ("instructions", "patient instructions", "follow up", "follow-up", "return precautions"),
}
_LOOKUP = {alias: name for name, aliases in HEADINGS.items() for alias in aliases}
_HEAD_RE = re.compile(r"^[ \t]*([A-Za-z][A-Za-z /&\-]{0,40}?)[ \t]*:[ \t]*", re.M)
_ITEM_RE = re.compile(r"^[ \t]*(?:(\d{1,2})[.)]|[-*\u2022#])[ \t]+", re.M)
_SENT_RE = re.compile(r"(?<=[.!?])[ \t]+(?=[A-Z(])|\n+|;[ \t]")

NEG_PRE = ("no", "not", "denie", "denied", "deny", "without", "negative for", "free of", "absence of",
           "no evidence of", "no sign of", "no history of", "ruled out", "never had", "non", "none")
NEG_POST = ("negative", "ruled out", "not present", "absent", "none", "was excluded", "not seen", "resolved")
UNC_PRE = ("possible", "possibly", "probable", "probably", "suspected", "suspect", "suspicious for", "likely",
           "rule out", "r/o", "concerning for", "concern for", "questionable", "question of", "may be",
           "differential", "versus", "vs", "cannot exclude", "consistent with?", "presumed")
UNC_POST = ("versus", "vs", "is suspected", "suspected", "unlikely", "not excluded", "?")
HIST_PRE = ("history of", "h/o", "hx of", "s/p", "status post", "previous", "prior", "past", "remote",
            "resolved", "old")
FAM_PRE = ("mother", "father", "sister", "brother", "sibling", "family history", "aunt", "uncle",
           "grandmother", "grandfather", "parent", "son", "daughter", "fh of", "fhx")
HYP_PRE = ("return if", "call if", "come back if", "if he develops", "if she develops", "if develops",
           "in case of", "should he develop", "should she develop", "watch for", "warning signs",
           "risk of", "prevent", "prevention", "screening for", "to rule out", "if symptoms")
_TERMINATORS = re.compile(r"\b(?:but|however|although|except|aside from|apart from|which|who)\b|[;:]", re.I)


@dataclass
class Section:
    name: str
    title: str
    start: int
    end: int


@dataclass
class Unit:
    start: int
    end: int
    section: str
    item_number: int | None = None


@dataclass
class Mention:
    start: int
    end: int
    label: str
    text: str
    section: str
    unit_index: int
    assertion: str = "present"
    cues: list[str] = field(default_factory=list)


@dataclass
class Document:
    text: str
    sections: list[Section]
    units: list[Unit]
    mentions: list[Mention]


def find_sections(text: str) -> list[Section]:
    """Headings at line start ("Assessment and Plan:") -> sections; text before the first is unknown."""
    heads: list[tuple[int, int, str, str]] = []
    for m in _HEAD_RE.finditer(text):
        key = re.sub(r"\s+", " ", m.group(1).strip().lower())
        name = _LOOKUP.get(key)
        if name:
            heads.append((m.start(), m.end(), name, m.group(1).strip()))
    out: list[Section] = []
    if not heads or heads[0][0] > 0:
        out.append(Section("unknown", "", 0, heads[0][0] if heads else len(text)))
    for i, (s, _e, name, title) in enumerate(heads):
        end = heads[i + 1][0] if i + 1 < len(heads) else len(text)
        out.append(Section(name, title, s, end))
    return out


def find_units(text: str, sections: list[Section]) -> list[Unit]:
    """Sentences and list items, never crossing a section boundary."""
    units: list[Unit] = []
    for sec in sections:
        pos = sec.start
        body = text[sec.start : sec.end]
        cuts = [0] + [m.end() for m in _SENT_RE.finditer(body)] + [len(body)]
        for a, b in zip(cuts, cuts[1:], strict=False):
            seg = body[a:b]
            if not seg.strip():
                continue
            lead = len(seg) - len(seg.lstrip())
            trail = len(seg.rstrip())
            item = _ITEM_RE.match(seg)
            num = int(item.group(1)) if item and item.group(1) else None
            units.append(Unit(pos + a + lead, pos + a + trail, sec.name, num))
    return units


def _has_cue(window: str, cues: tuple[str, ...]) -> str | None:
    for cue in cues:
        if re.search(r"(?<![a-z])" + re.escape(cue) + r"(?![a-z])", window):
            return cue
    return None


def assertion_for(text: str, unit: Unit, start: int, end: int) -> tuple[str, list[str]]:
    """Cue-based assertion of the span [start, end) inside its unit."""
    pre = text[unit.start : start].lower()
    cut = list(_TERMINATORS.finditer(pre))
    if cut:
        pre = pre[cut[-1].end() :]
    pre = pre[-80:]
    post = text[end : unit.end].lower()
    post_cut = _TERMINATORS.search(post)
    post = post[: post_cut.start()] if post_cut else post
    post = post[:40]
    if unit.section == "family_history" or (cue := _has_cue(pre, FAM_PRE)):
        return "family", [unit.section if unit.section == "family_history" else cue]
    if cue := _has_cue(pre, HYP_PRE):
        return "hypothetical", [cue]
    if cue := (_has_cue(pre, NEG_PRE) or _has_cue(post, NEG_POST)):
        return "negated", [cue]
    if cue := (_has_cue(pre, UNC_PRE) or _has_cue(post, UNC_POST)):
        return "uncertain", [cue]
    if cue := _has_cue(pre, HIST_PRE):
        return "historical", [cue]
    return "present", []


def analyze(text: str, targets: list[tuple[int, int, str]] | None = None) -> Document:
    """Fallback analysis with the nlp.analyze signature."""
    sections = find_sections(text)
    units = find_units(text, sections)
    starts = [u.start for u in units]
    mentions: list[Mention] = []
    import bisect

    for s, e, label in targets or []:
        i = max(0, bisect.bisect_right(starts, s) - 1)
        unit = units[i] if units else Unit(0, len(text), "unknown")
        a, cues = assertion_for(text, unit, s, e)
        mentions.append(Mention(s, e, label, text[s:e], unit.section, i, a, cues))
    return Document(text, sections, units, mentions)
