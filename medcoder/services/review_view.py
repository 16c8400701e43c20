"""Everything the review page (and its JSON twin) shows for one encounter, built in one place.

Opening a note for reading is a disclosure under HIPAA access accounting, so :func:`open_review` appends a
``note.view`` audit event; re-rendering after a decision (same page, same user) does not count again.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from medcoder.audit import Actor, append_event
from medcoder.services import codes as codelib
from medcoder.services.encounters import EDITABLE_STATES, get_encounter, user_for
from medcoder.services.finalize import encounter_issues, finalize_blockers, listed_codes, needs_decision
from medcoder.services.review import REJECT_REASONS, last_decision
from medcoder.services.validation import Issue, patient_from_meta
from medcoder.storage.models import Decision, Encounter, EncounterCode, Suggestion


@dataclass(frozen=True)
class Segment:
    """A run of note text covered by the same set of evidence spans (spans may overlap)."""

    start: int
    end: int
    text: str
    keys: tuple[str, ...] = ()
    labels: tuple[str, ...] = ()
    negated: bool = False


@dataclass
class ReviewView:
    encounter: Encounter
    patient: dict[str, Any]
    segments: list[Segment]
    diagnoses: list[Suggestion]
    procedures: list[Suggestion]
    seen_not_coded: list[Suggestion]
    listed_diagnoses: list[EncounterCode]
    listed_procedures: list[EncounterCode]
    issues: list[Issue]
    blockers: list[str]
    can_edit: bool
    can_reopen: bool
    last_decision: Decision | None
    reasons: dict[str, str] = field(default_factory=lambda: dict(REJECT_REASONS))

    @property
    def can_finalize(self) -> bool:
        return self.can_edit and not self.blockers

    def issues_for(self, code: str) -> list[Issue]:
        return [issue for issue in self.issues if code in issue.codes]


def _spans(suggestions: list[Suggestion], rows: list[EncounterCode], length: int) -> list[tuple[int, int, str, str,
                                                                                                  bool]]:
    spans = []
    for suggestion in suggestions:
        for ev in suggestion.evidence or []:
            spans.append((ev.get("start"), ev.get("end"), f"s{suggestion.id}", suggestion.code,
                          not needs_decision(suggestion)))
    for row in rows:
        if row.suggestion_id is None:
            for ev in row.evidence or []:
                spans.append((ev.get("start"), ev.get("end"), f"c{row.id}", row.code, False))
    return [(s, e, k, c, n) for s, e, k, c, n in spans
            if isinstance(s, int) and isinstance(e, int) and 0 <= s < e <= length]


def segment_text(text: str, spans: list[tuple[int, int, str, str, bool]]) -> list[Segment]:
    """Split the note at every span boundary; each piece lists the codes whose evidence covers it."""
    cuts = sorted({0, len(text), *(s for s, *_ in spans), *(e for _, e, *_ in spans)})
    segments = []
    for start, end in zip(cuts, cuts[1:], strict=False):
        covering = [span for span in spans if span[0] <= start and span[1] >= end]
        keys = tuple(dict.fromkeys(span[2] for span in covering))
        labels = tuple(dict.fromkeys(span[3] for span in covering))
        negated = bool(covering) and all(span[4] for span in covering)
        segments.append(Segment(start, end, text[start:end], keys, labels, negated))
    return segments


def _current(session: Session, encounter_id: str) -> list[Suggestion]:
    """The latest generation's suggestions in one round trip (same result as suggestions.current_suggestions)."""
    latest = (select(func.max(Suggestion.generation)).where(Suggestion.encounter_id == encounter_id)
              .scalar_subquery())
    return list(session.scalars(select(Suggestion).where(
        Suggestion.encounter_id == encounter_id, Suggestion.generation == latest)
        .order_by(Suggestion.sequence, Suggestion.id)))


def build_review(session: Session, *, encounter_id: str, actor: Actor, codes: Any) -> ReviewView:
    """The review page's data for ``actor`` (no audit event; see :func:`open_review`)."""
    encounter = get_encounter(session, encounter_id)
    user = user_for(session, actor)
    suggestions = _current(session, encounter.id)
    rows = listed_codes(session, encounter.id)
    text = encounter.note.text
    patient = patient_from_meta(encounter.note.meta, encounter.date_of_service)
    owner = encounter.assignee_id in (None, user.id)
    can_edit = encounter.state in EDITABLE_STATES and (user.role == "admin" or (user.role == "coder" and owner))
    can_reopen = encounter.state in ("finalized", "exported") and (
        user.role == "admin" or (user.role == "coder" and user.id in (encounter.assignee_id,
                                                                      encounter.finalized_by_id)))
    active = [s for s in suggestions if needs_decision(s)]
    issues = encounter_issues(session, encounter, codes, rows)
    editable = encounter.state in EDITABLE_STATES
    return ReviewView(
        encounter=encounter,
        patient={"sex": patient.sex, "age": patient.age},
        segments=segment_text(text, _spans(suggestions, rows, len(text))),
        diagnoses=[s for s in active if s.system == codelib.DIAGNOSIS_SYSTEM],
        procedures=[s for s in active if s.system != codelib.DIAGNOSIS_SYSTEM],
        seen_not_coded=[s for s in suggestions if not needs_decision(s)],
        listed_diagnoses=[r for r in rows if r.system == codelib.DIAGNOSIS_SYSTEM],
        listed_procedures=[r for r in rows if r.system != codelib.DIAGNOSIS_SYSTEM],
        issues=issues,
        blockers=finalize_blockers(session, encounter, codes, suggestions=suggestions, rows=rows,
                                   issues=issues) if editable else [],
        can_edit=can_edit, can_reopen=can_reopen,
        last_decision=last_decision(session, encounter.id) if can_edit else None,
    )


def open_review(session: Session, *, encounter_id: str, actor: Actor, codes: Any) -> ReviewView:
    """Build the view and record the note access (``note.view``) in the same transaction."""
    view = build_review(session, encounter_id=encounter_id, actor=actor, codes=codes)
    append_event(session, actor=actor, action="note.view", encounter_id=encounter_id,
                 payload={"state": view.encounter.state, "version": view.encounter.version})
    return view
