"""Suggestion and Evidence: the engine's output records (DESIGN.md suggestion format)."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any


@dataclass(frozen=True)
class Evidence:
    """A character span of the note; ``text == note_text[start:end]`` always."""

    start: int
    end: int
    text: str

    def to_dict(self) -> dict[str, Any]:
        return {"start": self.start, "end": self.end, "text": self.text}


@dataclass
class Suggestion:
    """One suggested code with the reasons a coder needs to accept or reject it."""

    system: str
    code: str
    description: str
    billable: bool
    score: float
    evidence: list[Evidence] = field(default_factory=list)
    section: str | None = None
    assertion: str = "present"
    rationale: str = ""
    rule_ids: list[str] = field(default_factory=list)
    flags: list[str] = field(default_factory=list)
    sequence: int | None = None
    extra: dict[str, Any] = field(default_factory=dict)

    def to_dict(self) -> dict[str, Any]:
        """The DESIGN.md suggestion-code object plus the engine's extra fields."""
        out: dict[str, Any] = {
            "system": self.system,
            "code": self.code,
            "description": self.description,
            "score": round(self.score, 4),
            "evidence": [e.to_dict() for e in self.evidence],
            "rationale": self.rationale,
            "flags": list(self.flags),
            "billable": self.billable,
            "section": self.section,
            "assertion": self.assertion,
            "rule_ids": list(self.rule_ids),
            "sequence": self.sequence,
        }
        if self.extra:
            out["extra"] = dict(self.extra)
            for key in ("modifiers", "units"):  # top-level like the gold files and the review/billing rows
                if self.extra.get(key):
                    out[key] = self.extra[key]
        return out
