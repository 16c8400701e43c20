"""The engine's working record for one candidate code (internal; Suggestion is the public form)."""

from __future__ import annotations

from dataclasses import dataclass, field

ASSERTION_RANK = {"present": 0, "uncertain": 1, "historical": 2, "family": 3, "hypothetical": 4, "negated": 5}
SOURCE_SCORE = {"synonym": 0.86, "title": 0.8, "inclusion": 0.76, "index": 0.72, "neoplasm": 0.7, "drug": 0.6,
                "rule": 0.85, "abstract": 0.5}
SECTION_FACTOR = {
    "assessment": 1.0, "assessment_plan": 1.0, "diagnoses": 1.0, "discharge_diagnoses": 1.0,
    "chief_complaint": 0.97, "hpi": 0.93, "hospital_course": 0.93, "past_medical_history": 0.9,
    "plan": 0.88, "procedures": 0.9, "results": 0.85, "physical_exam": 0.85, "review_of_systems": 0.8,
    "past_surgical_history": 0.8, "social_history": 0.85, "family_history": 0.85, "medications": 0.6,
    "allergies": 0.7, "instructions": 0.6, "unknown": 0.9,
}
ASSERTION_FACTOR = {"present": 1.0, "uncertain": 0.75, "historical": 0.55, "family": 0.4, "hypothetical": 0.25,
                    "negated": 0.3}
# all_mentions: share of CodiEsp-train mentions of each kind that the annotators coded (rounded)
ABSTRACT_SCORE = {("synonym", False): 0.72, ("synonym", True): 0.66, ("title", False): 0.53,
                  ("title", True): 0.19, ("inclusion", False): 0.49, ("inclusion", True): 0.05,
                  ("abstract", False): 0.5, ("abstract", True): 0.5, ("index", False): 0.5, ("index", True): 0.2}
PRIMARY_SECTIONS = ("assessment", "assessment_plan", "diagnoses", "discharge_diagnoses")


@dataclass
class Cand:
    """One code with the mentions that support it and the rules that shaped it."""

    system: str
    code: str
    description: str
    billable: bool
    spans: list[tuple[int, int]]
    section: str | None
    assertion: str
    source: str = "title"
    ntok: int = 1
    unit_index: int = -1
    item_number: int | None = None
    first_offset: int = 0
    rules: list[str] = field(default_factory=list)
    flags: list[str] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)
    matched_code: str = ""
    cues: list[str] = field(default_factory=list)
    sections: set[str] = field(default_factory=set)
    score: float = 0.0
    extra: dict = field(default_factory=dict)

    def add_rule(self, rule_id: str, note: str = "") -> None:
        if rule_id not in self.rules:
            self.rules.append(rule_id)
        if note:
            self.notes.append(f"{note} [{rule_id}]")

    def absorb(self, other: Cand) -> None:
        """Take ``other``'s evidence when it turns out to be the same code: its spans and sections, and the
        earlier first mention (which sequencing reads)."""
        self.spans = sorted(set(self.spans) | set(other.spans))
        self.sections |= other.sections
        self.first_offset = min(self.first_offset, other.first_offset)

    def add_flag(self, flag: str) -> None:
        if flag not in self.flags:
            self.flags.append(flag)

    def compute_score(self, abstracting: bool = False) -> float:
        """Rule-based score (documented in the README): source x section x assertion x specificity x support.

        ``abstracting`` (all_mentions): the question is "is this condition mentioned", so the assertion
        barely matters (measured on CodiEsp train: negated mentions are coded as often as present ones)."""
        if abstracting:
            return self._abstract_score()
        s = SOURCE_SCORE.get(self.source, 0.7)
        s *= max((SECTION_FACTOR.get(sec, 0.85) for sec in self.sections or {self.section or "unknown"}),
                 default=0.85)
        s *= ASSERTION_FACTOR.get(self.assertion, 0.5)
        return self._finish(s, abstracting)

    def _abstract_score(self) -> float:
        """Mention-level score: precision of (term source, nested) measured on CodiEsp train, +support."""
        s = ABSTRACT_SCORE.get((self.source, bool(self.extra.get("nested"))), 0.4)
        if "needs-specificity" in self.flags and self.source in ("title", "inclusion"):
            s *= 0.7
        s *= 1.0 if self.assertion == "present" else 0.97
        s += 0.07 * (min(len(self.spans), 3) - 1)
        self.score = round(max(0.01, min(0.99, s)), 4)
        return self.score

    def _finish(self, s: float, abstracting: bool) -> float:
        if "needs-specificity" in self.flags:
            s *= 0.8 if abstracting else 0.93
        if "missing-7th-character" in self.flags or "excludes1-conflict" in self.flags:
            s *= 0.9
        s *= min(1.0, 0.9 + 0.04 * self.ntok)
        s += min(0.08, 0.03 * (len(self.spans) - 1))
        self.score = round(max(0.01, min(0.99, s)), 4)
        return self.score
