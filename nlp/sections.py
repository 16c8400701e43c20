"""Section detection: clinical headings at the start of a line ("HPI:", "ASSESSMENT AND PLAN", "Dx: ...").

Rules are medSpaCy SectionRule dicts in `data/section_patterns.json` (`literal`, `category`, optional
`metadata.case_sensitive`). Matching is a single compiled regex over the raw text, so offsets are the original
ones and no tokenisation is needed. A heading counts only at the start of a line and when followed by a colon,
" - ", or the end of the line; short abbreviations ("CC", "PE", "Dx") only when written in capitals, so that
"- PE: on apixaban" or prose such as "History of asthma" are never taken for headings.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass

from .model import Section
from .resources import read_json

ALLOWED_KEYS = {"literal", "category", "pattern", "metadata", "parents", "parent_required", "max_scope"}


@dataclass(frozen=True)
class SectionRule:
    """One heading variant; `from_dict` rejects unknown keys like medSpaCy's SectionRule does."""

    literal: str
    category: str
    case_sensitive: bool = False

    @classmethod
    def from_dict(cls, data: dict) -> SectionRule:
        unknown = set(data) - ALLOWED_KEYS
        if unknown:
            raise ValueError(f"section rule has unknown keys: {sorted(unknown)}")
        meta = data.get("metadata") or {}
        return cls(data["literal"], data["category"], bool(meta.get("case_sensitive", False)))


def load_section_rules(name: str = "section_patterns.json") -> list[SectionRule]:
    """Section rules from packaged JSON."""
    return [SectionRule.from_dict(d) for d in read_json(name)["section_rules"]]


def _literal_regex(literal: str) -> str:
    parts = [re.escape(p) for p in literal.split()]
    body = r"[ \t]+".join(parts)
    body = body.replace("/", r"[ \t]*/[ \t]*").replace("\\&", r"[ \t]*&[ \t]*")
    return body


class Sectionizer:
    """Finds headings and turns them into `Section`s spanning up to the next heading."""

    def __init__(self, rules: list[SectionRule]) -> None:
        self.rules = rules
        ordered = sorted(rules, key=lambda r: len(r.literal), reverse=True)
        self._category: dict[str, str] = {}
        alts = []
        for rule in ordered:
            lit = _literal_regex(rule.literal)
            if rule.case_sensitive:
                variants = {rule.literal.upper(), rule.literal[:1].upper() + rule.literal[1:]}
                alts.extend(_literal_regex(v) for v in sorted(variants))
            else:
                alts.append(f"(?i:{lit})")
            self._category[rule.literal.lower()] = rule.category
        self._regex = re.compile(
            r"^[ \t]*(?:\#{1,4}[ \t]*|\*\*)?(?P<h>" + "|".join(alts) + r")(?:\*\*)?"
            # a short qualifier before the colon: "Problem list (carried forward):", "Medications (reviewed):"
            r"(?:[ \t]*\((?P<q>[^()\n:]{1,30})\))?"
            # or a date: "Labs 1/15/26:", "Results 01/06/2026 -"
            r"(?:[ \t]+\d{1,2}/\d{1,2}(?:/\d{2,4})?(?=[ \t]*(?::|[ \t]-[ \t])))?"
            r"(?:[ \t]*(?::|[ \t]-[ \t])[ \t]*|[ \t]*(?=\r?$))",
            re.MULTILINE,
        )

    def category_of(self, title: str) -> str:
        key = re.sub(r"\s+", " ", title.strip()).lower()
        key = re.sub(r"\s*([/&])\s*", r"\1", key)
        return self._category.get(key) or self._category.get(key.replace("&", " & "), "unknown")

    def __call__(self, text: str) -> list[Section]:
        """Sections of `text` in order; text before the first heading belongs to no section."""
        found = []
        for m in line_matches(self._regex, text):
            title = m.group("h")
            found.append((m.start("h"), m.end(), title, bool(m.group("q") and _COPIED.search(m.group("q")))))
        sections = []
        for i, (start, body_start, title, copied) in enumerate(found):
            end = found[i + 1][0] if i + 1 < len(found) else len(text)
            name = self.category_of(title)
            if name == "instructions" and not text[:start].strip() and _FOLLOW_UP.fullmatch(title):
                # "Follow-up: bones" opening the note is the visit's title (its reason), not follow-up instructions
                name = "chief_complaint"
            if copied and name in _ASSESSING | {"plan", "assessment_plan"}:
                # "Assessment (copied from 3/2/2026):" is an earlier visit's assessment carried into this note
                # (EHR copy-forward): what it lists is history, coded only when today's note addresses it (IV.J)
                name = "past_medical_history"
            if name in _DX_LIST_SECTIONS and (cut := _prose_after_list(text, body_start, end)) is not None:
                # "Secondary diagnoses: ... Hypertension." then a blank line and the story: the list ends there (an
                # imaging differential in the narrative is not a diagnosis listed at discharge, II.H)
                sections.append(Section(name, title, start, cut[0], body_start))
                sections.append(Section("unknown", "", cut[1], end, cut[1]))
                continue
            brk = _PARAGRAPH.search(text, body_start, end) if name == "chief_complaint" else None
            if brk and text[brk.end():end].strip():
                # "CC: abdominal pain" then a blank line and the story: the paragraph is the history, not the
                # complaint (an HPI that names the past history must not count as the reason for the visit)
                sections.append(Section(name, title, start, brk.start(), body_start))
                sections.append(Section("hpi", "", brk.end(), end, brk.end()))
                continue
            sections.append(Section(name, title, start, end, body_start))
        return _problem_headers(text, _inline_impression(text, _inline_headings(text, sections)))


_NEWLINE = re.compile(r"\n")
_FOLLOW_UP = re.compile(r"follow[- ]?up", re.I)


def line_matches(regex: re.Pattern[str], text: str, lo: int = 0, hi: int | None = None) -> Iterator[re.Match[str]]:
    """`regex.finditer(text, lo, hi)` for a MULTILINE pattern that starts with `^` and never matches a newline.

    Why: `re` has no fast scan for `^` and starts a match attempt at every character (~0.1 ms on a 400-word note
    for the heading pattern); only line starts can match, and a match ends on its own line, so trying those alone
    finds the same matches.
    """
    hi = len(text) if hi is None else hi
    if (lo == 0 or text[lo - 1] == "\n") and (m := regex.match(text, lo, hi)):
        yield m
    for nl in _NEWLINE.finditer(text, lo, hi):
        if m := regex.match(text, nl.end(), hi):
            yield m


_DX_LIST_SECTIONS = frozenset({"diagnoses", "discharge_diagnoses", "principal_diagnosis", "secondary_diagnoses"})
_LIST_LINE = re.compile(r"[ \t]*(?:\d{1,2}[.)]|[-*#\u2022]|[A-Z][A-Za-z /]{0,30}:)")


def _prose_after_list(text: str, body_start: int, end: int) -> tuple[int, int] | None:
    """(list end, prose start) when a blank line inside a diagnosis list section is followed by a prose paragraph: a
    long first line (60+ characters, or 40+ holding two sentences) that is no list item and no heading."""
    for brk in _PARAGRAPH.finditer(text, body_start, end):
        nl = text.find("\n", brk.end(), end)
        first = text[brk.end(): nl if nl != -1 else end]
        prose = len(first.strip()) >= 60 or (len(first.strip()) >= 40 and _TWO_SENTENCES.search(first))
        if prose and (not _LIST_LINE.match(first) or _NARRATIVE_LABEL.match(first)):
            return brk.start(), brk.end()
    return None


# "Here for annual surveillance. PSA 5/2026: <0.01." after a "Dx:" paragraph: two sentences on a line are the story
_TWO_SENTENCES = re.compile(r"[a-z]{3}\.[ \t]+[A-Z]")
# "Summary: Mrs. O, 81, was brought in ..." after a blank line: a label that opens the stay's narrative, not a list item
_NARRATIVE_LABEL = re.compile(r"[ \t]*(?:summary|narrative|synopsis)[ \t]*:", re.I)


_COPIED = re.compile(r"\b(?:copied|carried (?:forward|over)|pulled (?:forward|in)|copy[- ]forward|from (?:the )?"
                     r"(?:last|prior|previous|earlier) (?:visit|note|encounter))\b", re.I)
_ASSESSING = frozenset({"assessment", "assessment_plan", "diagnoses", "discharge_diagnoses", "principal_diagnosis"})
# "M(?<!\wM)y" is "\bMy" written to start with a literal, so `re` jumps to the next "M"/"O" instead of trying
# every character (about half the cost on a 400-word note)
_IMPRESSION = re.compile(r"(?:M(?<!\wM)y|O(?<!\wO)ur)\s+(?:overall\s+|clinical\s+)?(?:impression|assessment|diagnosis)"
                         r"(?:\s+today)?\s+(?:is|was)\b")


def _inline_impression(text: str, sections: list[Section]) -> list[Section]:
    """Dictated prose with no assessment heading: "... My impression is X. We will ..." starts the assessment at
    that sentence (to the next heading), so conditions named only in the story before it are history."""
    if any(s.name in _ASSESSING for s in sections):
        return sections
    for m in _IMPRESSION.finditer(text):
        before = text[: m.start()].rstrip()
        if before and before[-1] not in ".!?\n:":
            continue  # mid-sentence ("... than my impression was")
        nxt = next((s.start for s in sections if s.start > m.start()), len(text))
        out = [Section(s.name, s.title, s.start, min(s.end, m.start()), min(s.body_start, m.start()))
               if s.start < m.start() < s.end else s for s in sections]
        out.append(Section("assessment", "", m.start(), nxt, m.start()))
        return sorted(out, key=lambda s: s.start)
    return sections


_PARAGRAPH = re.compile(r"\n[ \t]*\r?\n\s*")

# Telegraphic one-paragraph notes run their headings on after a sentence ("... no fever. PE: TTP R lumbar. A: acute
# lumbar strain. P: ibuprofen"; "Wells: 1. A/P: LLE edema"); uncorrected dictation speaks them ("... period
# assessment COPD with exacerbation", "new paragraph impression number one"). Short headings only as written in
# capitals, and only after a sentence end, so "vitamin A: 5000 IU" or "plan: call" inside a sentence stay prose.
# Two patterns (written, spoken) instead of one alternation: the written one starts with a character class, so `re`
# skips ahead to blanks instead of trying two lookbehinds at every character (the joint pattern cost ~0.2 ms on a
# 400-word note), and the spoken one runs only when its words occur. Their matches never overlap (no heading word
# contains "period" or "new"), so merging them by offset gives the joint pattern's matches.
_INLINE = re.compile(r"[ \t](?:(?<=[.;][ \t])|(?<=[.;][)\]][ \t]))[ \t]*(?P<h>A/P|A&P|A|P|PE|O/E|Dx|Assessment(?:[ \t]+"
                     r"and[ \t]+[Pp]lan)?|ASSESSMENT|Impression|IMPRESSION|Plan|PLAN)[ \t]*:[ \t]*")
_SPOKEN = re.compile(r"\b(?:period|new\s+paragraph)\s+(?P<h>impression|assessment|plan)(?=[ \t]+\w)")
_INLINE_NAME = {"a/p": "assessment_plan", "a&p": "assessment_plan", "a": "assessment", "dx": "assessment",
                "assessment": "assessment", "impression": "assessment", "assessment and plan": "assessment_plan",
                "p": "plan", "plan": "plan", "pe": "physical_exam", "o/e": "physical_exam"}


def _inline_headings(text: str, sections: list[Section]) -> list[Section]:
    """Headings run on inside a line (see _INLINE) start sections when the note has no assessment heading of its
    own at a line start; the section they fall in ends there. Without them a telegraphic note is one story and
    an exam finding ("calf TTP") or a word of the history counts as addressed (IV.J)."""
    if any(s.name in _ASSESSING | {"assessment_plan"} for s in sections):
        return sections
    cuts = []
    spoken = _SPOKEN.finditer(text) if "period" in text or "paragraph" in text else ()
    for m in sorted([*_INLINE.finditer(text), *spoken], key=lambda m: m.start()):
        title = m.group("h")
        key = re.sub(r"\s+", " ", title).lower()
        cuts.append((m.start("h"), m.end(), title, _INLINE_NAME[key]))
    if not any(name in ("assessment", "assessment_plan") for *_, name in cuts):
        return sections
    out = []
    for s in sections:
        inner = [c for c in cuts if s.start < c[0] < s.end]
        out.append(Section(s.name, s.title, s.start, inner[0][0], min(s.body_start, inner[0][0])) if inner else s)
    for i, (start, body, title, name) in enumerate(cuts):
        nxt = min([c[0] for c in cuts[i + 1:]] + [s.start for s in sections if s.start > start] + [len(text)])
        out.append(Section(name, title, start, nxt, body))
    return sorted(out, key=lambda x: x.start)


# A problem-oriented paragraph's header line: "Hypertension, essential:", "# Prediabetes", "Obesity, BMI 33:"
_PROBLEM_HEADER = re.compile(r"^[ \t]*(?:\#[ \t]*[A-Za-z][^\n:#]{2,60}:?|[A-Z][^\n:#]{2,60}:)[ \t]*$", re.MULTILINE)
_PLAN_CUE = re.compile(r"\b(?:continue[sd]?|increas(?:e|ed|ing)|decreas(?:e|ed)|start(?:ed)?|stop(?:ped)?|recheck|"
                       r"refer(?:red|ral)?|counsel(?:l?ed)?|discussed|order(?:ed)?|follow[- ]?up|repeat|titrate|"
                       r"goal|monitor|advised|prescribed|refill(?:ed)?)\b", re.I)
_OBJECTIVE = frozenset({"vitals", "results", "physical_exam"})


def _problem_headers(text: str, sections: list[Section]) -> list[Section]:
    """A note with no assessment heading whose exam or lab block is followed by problem-oriented paragraphs
    ("Hypertension, essential:" then the plan on the next lines; two or more of them) has its assessment and
    plan there: the paragraphs start an assessment_plan section, so the problems they treat are read as the
    physician's assessment rather than as lab or vital-sign lines (Section IV.J codes what the visit addresses).
    """
    if any(s.name in _ASSESSING or s.name == "plan" for s in sections):
        return sections
    for sec in sections:
        if sec.name not in _OBJECTIVE:
            continue
        heads = []
        for m in line_matches(_PROBLEM_HEADER, text, sec.body_start, sec.end):
            brk = _PARAGRAPH.search(text, m.end(), sec.end)
            para = text[m.end(): brk.start() if brk else sec.end]
            if para.strip() and _PLAN_CUE.search(para):
                heads.append(m.start())
        if len(heads) < 2:
            continue
        cut = heads[0]
        out = [Section(s.name, s.title, s.start, cut, min(s.body_start, cut)) if s is sec else s for s in sections]
        out.append(Section("assessment_plan", "", cut, sec.end, cut))
        return sorted(out, key=lambda s: s.start)
    return sections
