"""Plain result types of the NLP layer.

They hold no spaCy objects so batch workers can pickle them between processes, and every offset is a
character offset into the original note text.
"""

from __future__ import annotations

from bisect import bisect_right
from dataclasses import dataclass, field
from enum import StrEnum


class Assertion(StrEnum):
    """How a finding is asserted in the note (ConText categories, collapsed to one value)."""

    PRESENT = "present"
    NEGATED = "negated"
    UNCERTAIN = "uncertain"
    HISTORICAL = "historical"
    FAMILY = "family"
    HYPOTHETICAL = "hypothetical"


@dataclass(frozen=True, slots=True)
class Section:
    """A note section: `name` is canonical, `title` the heading as written, [start, end) its extent.

    Names: chief_complaint, hpi, past_medical_history, past_surgical_history, family_history, social_history,
    medications, allergies, review_of_systems, physical_exam, vitals, results, assessment, plan,
    assessment_plan, procedures, diagnoses, principal_diagnosis, discharge_diagnoses, hospital_course,
    instructions ("unknown" is used for units before the first heading). `body_start` is where the text after
    the heading (and its colon) begins.
    """

    name: str
    title: str
    start: int
    end: int
    body_start: int = -1


@dataclass(frozen=True, slots=True)
class Unit:
    """A sentence or a list item; `item_number` is the problem-list number when the item had one."""

    start: int
    end: int
    section: str
    item_number: int | None = None


@dataclass(frozen=True, slots=True)
class Mention:
    """One caller-supplied target with its context; `text == note_text[start:end]`.

    `cues` are the note's own words that decided the assertion (winning cue first), or "section:<name>" when
    the section implied it. `is_pmh` is True in the past-medical-history section or a "past medical history
    of"/"history of" statement: coders treat chronic conditions there as current, so suggest/ decides.
    """

    start: int
    end: int
    label: str
    text: str
    section: str
    unit_index: int
    assertion: Assertion
    cues: list[str] = field(default_factory=list)
    is_pmh: bool = False


@dataclass(slots=True)
class Document:
    """Everything the NLP layer found in one note."""

    text: str
    sections: list[Section] = field(default_factory=list)
    units: list[Unit] = field(default_factory=list)
    mentions: list[Mention] = field(default_factory=list)

    def section_at(self, offset: int) -> Section | None:
        """The section containing `offset`, or None before the first heading / outside the text."""
        starts = [s.start for s in self.sections]
        i = bisect_right(starts, offset) - 1
        if i >= 0 and self.sections[i].start <= offset < self.sections[i].end:
            return self.sections[i]
        return None

    def unit_index_at(self, offset: int) -> int:
        """Index of the unit containing (or nearest before) `offset`; -1 when there are no units."""
        if not self.units:
            return -1
        starts = [u.start for u in self.units]
        return max(0, bisect_right(starts, offset) - 1)

    def unit_at(self, offset: int) -> Unit | None:
        """The unit containing (or nearest before) `offset`; None only for an empty document."""
        i = self.unit_index_at(offset)
        return self.units[i] if i >= 0 else None
