"""ConText-style assertion of targets (negated, uncertain, historical, family, hypothetical).

Rules are medSpaCy ConTextRule JSON (`data/context_rules.json`, same keys as `ConTextRule.from_dict`).
Why our own matcher instead of the `medspacy_context` component: on a 400-word note with 30 targets
the medSpaCy component plus spaCy tokenisation ran at ~36 notes/s; this engine compiles every rule into one
regex over the raw text and decides each target from the cues inside its unit (sentence or list item).
Semantics follow ConText:
- FORWARD / BACKWARD / BIDIRECTIONAL scopes stay inside the unit and within `max_scope` words;
- TERMINATE cues ("but", "however", ";") end scopes; `metadata.terminates` limits which categories a weak
  terminator ("has", "reports", "he") ends; PSEUDO cues ("no change", "in remission") only block shorter cues;
- a cue of another category between a cue and the target ends the scope ("rule out MI, confirmed pneumonia"),
  unless the two cues are adjacent ("denies history of");
- a cue that overlaps the target never modifies it.
Extra categories: PMH (marks `is_pmh`) and CONFIRMED (ends uncertainty and negation).
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Sequence
from dataclasses import dataclass

from .model import Assertion, Unit
from .phrases import PhraseIndex
from .resources import read_json

ASSERTING = {"NEGATED_EXISTENCE", "POSSIBLE_EXISTENCE", "HISTORICAL", "FAMILY", "HYPOTHETICAL", "PMH"}
PRIORITY = ["NEGATED_EXISTENCE", "FAMILY", "HYPOTHETICAL", "POSSIBLE_EXISTENCE", "HISTORICAL"]
TO_ASSERTION = {
    "NEGATED_EXISTENCE": Assertion.NEGATED,
    "FAMILY": Assertion.FAMILY,
    "HYPOTHETICAL": Assertion.HYPOTHETICAL,
    "POSSIBLE_EXISTENCE": Assertion.UNCERTAIN,
    "HISTORICAL": Assertion.HISTORICAL,
}
# Cues further than this (characters) from a target are ignored: keeps run-on "units" in junk text linear.
WINDOW = 1000
CHAIN_GAP = re.compile(r"^[\s,]*(?:(?:any|a|an|the|known|personal|significant|prior)\s*)*$", re.IGNORECASE)


@dataclass(frozen=True, slots=True)
class Rule:
    """A compiled ConText rule."""

    literal: str
    category: str
    direction: str
    max_scope: int | None
    terminates: frozenset[str] | None
    pattern: str | None = None
    # a regex rule runs only when every group has one of its lower-case words in the note (see _requires)
    requires: tuple[tuple[str, ...], ...] = ()


@dataclass(frozen=True, slots=True)
class Modifier:
    """A cue found in the text."""

    start: int
    end: int
    rules: tuple[Rule, ...]


@dataclass(frozen=True, slots=True)
class Judgement:
    """Context of one target: winning assertion, cue texts and whether it sits in a PMH statement."""

    assertion: Assertion
    cues: list[str]
    is_pmh: bool


# Same keys as medspacy.context.ConTextRule._ALLOWED_KEYS; tests check the file also loads with medSpaCy.
ALLOWED_KEYS = {
    "literal",
    "direction",
    "pattern",
    "category",
    "metadata",
    "allowed_types",
    "excluded_types",
    "max_targets",
    "max_scope",
}
DIRECTIONS = {"FORWARD", "BACKWARD", "BIDIRECTIONAL", "TERMINATE", "PSEUDO"}


def rule_from_dict(data: dict) -> Rule:
    """One rule from a medSpaCy ConTextRule dict; unknown keys, directions or token patterns are errors.

    Why not `ConTextRule.from_json`: importing medspacy pulls PyRuSH and costs ~2 s per process; the key set is
    the same and `tests/test_nlp_context.py` loads our file with medSpaCy to keep the formats in step.
    """
    unknown = set(data) - ALLOWED_KEYS
    if unknown:
        raise ValueError(f"context rule has unknown keys: {sorted(unknown)}")
    direction = str(data.get("direction", "BIDIRECTIONAL")).upper()
    if direction not in DIRECTIONS:
        raise ValueError(f"context rule {data.get('literal')!r}: unknown direction {direction}")
    pattern = data.get("pattern")
    if pattern is not None and not isinstance(pattern, str):
        raise ValueError(f"context rule {data.get('literal')!r}: only literal or regex-string patterns are supported")
    term = (data.get("metadata") or {}).get("terminates")
    # Why: a pattern opening with optional words is tried at every word boundary of every note; a plain substring
    # test first skips it on the notes that cannot match (metadata is free-form in medSpaCy too)
    requires = _requires((data.get("metadata") or {}).get("requires", ()))
    return Rule(
        literal=data["literal"],
        category=data["category"].upper(),
        direction=direction,
        max_scope=data.get("max_scope"),
        terminates=frozenset(term) if term else None,
        pattern=pattern,
        requires=requires,
    )


def _requires(spec: list) -> tuple[tuple[str, ...], ...]:
    """`metadata.requires` as groups of lower-case words that must all be met, each by any of its words.

    A flat list is one group (["been"]: the note says "been"); a list of lists is several (`[["same", "similar"],
    ["mother", "daughter", ...]]`: one word of each): a pattern whose match needs a common word and a rarer one
    is then skipped on the notes that lack either. Every word must be one the match itself contains.
    """
    if not spec:
        return ()
    groups = [spec] if all(isinstance(w, str) for w in spec) else spec
    return tuple(tuple(w.lower() for w in group) for group in groups)


def load_context_rules(name: str = "context_rules.json") -> list[Rule]:
    """Rules from packaged JSON (`{"context_rules": [...]}`, medSpaCy's layout)."""
    return [rule_from_dict(d) for d in read_json(name)["context_rules"]]


class ConTextEngine:
    """Finds cues once per note and judges each target against the cues of its unit."""

    def __init__(self, rules: Sequence[Rule]) -> None:
        by_literal: dict[str, list[Rule]] = {}
        regex_rules: list[Rule] = []
        for rule in rules:
            if rule.pattern is not None:
                regex_rules.append(rule)
            else:
                by_literal.setdefault(rule.literal.lower(), []).append(rule)
        self._patterns = [(re.compile(r.pattern, re.IGNORECASE | re.MULTILINE), (r,)) for r in regex_rules]
        self._phrases = PhraseIndex((lit, tuple(rs)) for lit, rs in by_literal.items())

    def modifiers(self, text: str) -> list[Modifier]:
        """All cues in `text`, in order; where a regex cue overlaps a phrase cue the longer one is kept."""
        found = [Modifier(s, e, rules) for s, e, rules in self._phrases.find(text)]
        low = text.lower()
        extra = [
            Modifier(m.start(), m.end(), rules)
            for regex, rules in self._patterns
            if all(any(w in low for w in group) for group in rules[0].requires)
            for m in regex.finditer(text)
            if m.end() > m.start()
        ]
        if not extra:
            return found
        merged = sorted(found + extra, key=lambda m: (m.start, -(m.end - m.start)))
        out: list[Modifier] = []
        for mod in merged:
            if out and mod.start < out[-1].end:
                if (mod.end - mod.start) > (out[-1].end - out[-1].start):
                    out[-1] = mod
                continue
            out.append(mod)
        return out

    def judge(
        self,
        text: str,
        mods: Sequence[Modifier],
        unit: Unit | None,
        start: int,
        end: int,
        section: str,
        starts: Sequence[int] | None = None,
    ) -> Judgement:
        """Assertion of the target [start, end) given the note's cues (and their `starts`) and its unit."""
        found: dict[str, list[str]] = {}
        if unit is not None:
            if starts is None:
                starts = [m.start for m in mods]
            lo = bisect_left(starts, max(unit.start, start - WINDOW))
            hi = bisect_left(starts, min(unit.end, end + WINDOW), lo)
            local = [m for m in mods[lo:hi] if m.end <= unit.end]
            for i, mod in enumerate(local):
                if mod.start < end and start < mod.end:
                    continue
                for rule in mod.rules:
                    if rule.category in ASSERTING and self._reaches(text, local, i, rule, start, end):
                        found.setdefault(rule.category, []).append(text[mod.start : mod.end])
        if section == "family_history" and "NEGATED_EXISTENCE" not in found:
            found.setdefault("FAMILY", []).append("section:family_history")
        if section == "past_surgical_history":
            found.setdefault("HISTORICAL", []).append("section:past_surgical_history")
        is_pmh = "PMH" in found or section == "past_medical_history"
        for cat in PRIORITY:
            if cat in found:
                cues = found[cat] + [c for k, v in found.items() if k != cat for c in v]
                return Judgement(TO_ASSERTION[cat], list(dict.fromkeys(cues)), is_pmh)
        return Judgement(Assertion.PRESENT, found.get("PMH", []), is_pmh)

    @staticmethod
    def _reaches(text: str, local: Sequence[Modifier], i: int, rule: Rule, start: int, end: int) -> bool:
        mod = local[i]
        if mod.end <= start and rule.direction in ("FORWARD", "BIDIRECTIONAL"):
            lo, hi, between = mod.end, start, range(i + 1, len(local))
        elif mod.start >= end and rule.direction in ("BACKWARD", "BIDIRECTIONAL"):
            lo, hi, between = end, mod.start, range(i - 1, -1, -1)
        else:
            return False
        if rule.max_scope is not None and len(text[lo:hi].split()) > rule.max_scope:
            return False
        if hi == mod.start and rule.category == "NEGATED_EXISTENCE" and _TEST_BETWEEN.search(text, lo, hi):
            return False  # "Viral pharyngitis - rapid strep negative": the test is negative, not the diagnosis
        if hi == mod.start and rule.category == "NEGATED_EXISTENCE" and _SUBJECT_AFTER_DASH.search(text, lo, hi):
            return False  # "Latent TB infection - active TB excluded": the clause after the dash has its own subject
        if hi == mod.start and rule.category == "NEGATED_EXISTENCE" and _SUBJECT_IN_PAREN.search(text, lo, hi):
            return False  # "IBS with constipation (Rome IV met, celiac negative)": the parenthesis has its subject
        if lo == mod.end and rule.literal == "without" and _TWO_ITEM_AND.match(text, lo, hi):
            return False  # "T2DM without macular edema, and hyperglycemia": ", and" after one item: a new conjunct
        if lo == mod.end and rule.category == "FAMILY" and _OWN_HISTORY.match(text, start) \
                and _CONJUNCT.search(text, lo, hi):
            return False  # "Family history of colon cancer and history of adenomatous polyp": the patient's own
        if lo == mod.end and rule.literal == "without" and _SPACED_DASH.search(text, lo, hi):
            return False  # "Acute cystitis without hematuria - nitrofurantoin (sulfa allergy)": the plan after the dash
        if hi == mod.start and rule.category == "HISTORICAL" and _LIST_ITEM_BETWEEN.search(text, lo, hi):
            return False  # "current smoker, anxiety, hypothyroidism resolved": "resolved" is said of the last item
        prev_edge = mod
        for j in between:
            other = local[j]
            if other.start < lo or other.end > hi:
                if other.start >= hi or other.end <= lo:
                    break
                continue
            if _terminates(other, rule, text, prev_edge):
                return False
            prev_edge = other
        return True


# another list item between a condition and a trailing "resolved" ("X, Y, Z resolved"); "X, now resolved" is not
_LIST_ITEM_BETWEEN = re.compile(r"[,;]\s*(?!(?:now|since|fully|completely|has|have|is|was|been|and|but|which|that|"
                                r"who)\b)[A-Za-z]", re.I)
# "without X, and Y": a comma before "and" after a single negated item joins a second conjunct, not a list
# ("without fever, chills, and sweats" is a list: the comma after "fever" is not followed by "and")
_TWO_ITEM_AND = re.compile(r"[^,;:\n]+,\s+and\s", re.I)
_SPACED_DASH = re.compile(r"\s[-\u2013]\s")
_OWN_HISTORY = re.compile(r"(?:personal\s+)?(?:history|hx)\s+of\b", re.I)
_CONJUNCT = re.compile(r"\band\b|[,;]")
_SUBJECT_AFTER_DASH = re.compile(r"\s[-\u2013]\s+(?!(?:was|were|is|are|has|have|been|now|since|clinically|definitively|"
                                 r"fully|completely|also|and|but|then|subsequently|later)\b)[A-Za-z]", re.I)
_SUBJECT_IN_PAREN = re.compile(r"\((?!\s*(?:was|were|is|are|has|have|been|now|since|clinically|definitively|fully|"
                               r"completely|also|and|but|then|subsequently|later)\b)\s*[A-Za-z][^()]*$", re.I)
_TEST_BETWEEN = re.compile(r"\b(?:tests?|testing|screen|swabs?|cultures?|strep|PCR|antigen|x-?rays?|CT|MRI|"
                           r"ultrasound|panel|urinalysis|UA|titers?|biopsy|serology)\b", re.I)


def _terminates(other: Modifier, rule: Rule, text: str, prev: Modifier) -> bool:
    for o in other.rules:
        if o.category == "TERMINATE":
            if o.terminates is None or rule.category in o.terminates:
                return True
        elif o.category == "CONFIRMED":
            if rule.category in ("POSSIBLE_EXISTENCE", "NEGATED_EXISTENCE"):
                return True
        elif o.category in ASSERTING and o.category != rule.category:
            gap = text[min(prev.end, other.end) : max(prev.start, other.start)]
            if not CHAIN_GAP.match(gap):
                return True
    return False
