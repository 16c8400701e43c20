"""Clinical abbreviations and their safe expansions (`data/abbreviations.tsv`).

`expand_abbreviations(text)` lets a term matcher search expansions ("HTN" -> "hypertension") while evidence
offsets still point at the abbreviation in the original text. Each row says where its expansion is safe:
`any`, `case-sensitive` (only as written, so "MI" but not "mi"), `section:<a>,<b>` / `not-section:<a>`,
`before:digit` / `not-before:digit` (next word is / is not a number, a ":" or "=" allowed between, so a
score "SSS 8" / "SSS: 8" is not the disease), `singular` (not the plural form: "SCDs" are compression devices,
"SCD" may be sickle cell disease), `not-followed-by:<w>,<w>` (the next word is none of these: "TTP over the
malleolus" is tenderness to palpation, not thrombotic thrombocytopenic purpura), and `ambiguous` (listed so
matchers know to leave it alone; never expanded).
Conditions combine with "+". For one abbreviation the first row whose context holds wins, e.g. "PE" is
pulmonary embolism except in the physical-exam section.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Sequence
from dataclasses import dataclass

from .model import Section
from .phrases import PhraseIndex, phrase_key
from .resources import read_text

COLUMNS = ("abbreviation", "expansion", "safe_context")
FLAGS = {"any", "case-sensitive", "before:digit", "not-before:digit", "singular", "ambiguous"}
_DIGIT_NEXT = re.compile(r"[ \t]*(?:[:=][ \t]*)?\d")
PREFIXED = ("section:", "not-section:", "not-followed-by:")
_NEXT_WORD = re.compile(r"[ \t]*([A-Za-z0-9.]+)")


@dataclass(frozen=True, slots=True)
class Abbreviation:
    """One row of the abbreviation list."""

    abbreviation: str
    expansion: str
    safe_context: str

    @property
    def conditions(self) -> tuple[str, ...]:
        return tuple(self.safe_context.split("+"))


@dataclass(frozen=True, slots=True)
class Expansion:
    """An abbreviation found at [start, end) of the original text and what it stands for."""

    start: int
    end: int
    abbreviation: str
    expansion: str


def parse_abbreviations(tsv: str) -> list[Abbreviation]:
    """Rows of the TSV; rejects a wrong header, unknown contexts and duplicates (naming the line)."""
    rows: list[Abbreviation] = []
    seen: set[tuple[str, str]] = set()
    header_seen = False
    for lineno, line in enumerate(tsv.splitlines(), 1):
        if not line.strip() or line.startswith("#"):
            continue
        cols = line.split("\t")
        if not header_seen:
            if tuple(cols) != COLUMNS:
                raise ValueError(f"abbreviations line {lineno}: header must be {COLUMNS}")
            header_seen = True
            continue
        if len(cols) != 3 or not all(c.strip() for c in cols):
            raise ValueError(f"abbreviations line {lineno}: need 3 non-empty tab-separated columns")
        row = Abbreviation(*cols)
        for cond in row.conditions:
            if cond not in FLAGS and not cond.startswith(PREFIXED):
                raise ValueError(f"abbreviations line {lineno}: unknown safe_context {cond!r}")
        for key in ((row.abbreviation, row.safe_context), (row.abbreviation, "=" + row.expansion.lower())):
            if key in seen:
                raise ValueError(f"abbreviations line {lineno}: duplicate of an earlier row")
            seen.add(key)
        rows.append(row)
    return rows


def load_abbreviations(name: str = "abbreviations.tsv") -> list[Abbreviation]:
    """The packaged abbreviation list."""
    return parse_abbreviations(read_text(name))


def _holds(row: Abbreviation, matched: str, section: str, next_text: str) -> bool:
    for cond in row.conditions:
        if cond == "ambiguous":
            return False
        if cond == "case-sensitive" and matched.rstrip("s") != row.abbreviation and matched != row.abbreviation:
            return False
        if cond.startswith("section:") and section not in cond[8:].split(","):
            return False
        if cond.startswith("not-section:") and section in cond[12:].split(","):
            return False
        if cond.startswith("not-followed-by:"):
            word = _NEXT_WORD.match(next_text)
            if word and word.group(1).lower().rstrip(".") in cond[16:].split(","):
                return False
        if cond == "singular" and matched != row.abbreviation and matched.endswith(("s", "S")):
            return False
        starts_digit = bool(_DIGIT_NEXT.match(next_text))
        if cond == "before:digit" and not starts_digit:
            return False
        if cond == "not-before:digit" and starts_digit:
            return False
    return True


class AbbreviationExpander:
    """Finds abbreviations (longest first, a plural "s" allowed) and keeps those safe in their context."""

    def __init__(self, rows: Sequence[Abbreviation]) -> None:
        self.rows = list(rows)
        by_key: dict[str, list[Abbreviation]] = {}
        for row in self.rows:
            by_key.setdefault(phrase_key(row.abbreviation), []).append(row)
        self._index = PhraseIndex(((k, tuple(v)) for k, v in by_key.items()), plural_s=True)

    def __call__(self, text: str, sections: Sequence[Section] = ()) -> list[Expansion]:
        out = []
        starts = [s.start for s in sections]
        for start, end, rows in self._index.find(text):
            matched = text[start:end]
            if phrase_key(matched) != phrase_key(rows[0].abbreviation) and not (
                matched.endswith("s") and matched[:-1].isupper()
            ):
                continue  # plural "s" only after a capitalised abbreviation ("UTIs", not "mgs")
            si = bisect_right(starts, start) - 1
            section = sections[si].name if si >= 0 and start < sections[si].end else "unknown"
            nxt = text[end : end + 16]
            for row in rows:
                if _holds(row, matched, section, nxt):
                    out.append(Expansion(start, end, matched, row.expansion))
                    break
        return out
