"""Builders for test data: notes, users, encounters with suggestions."""

from __future__ import annotations

from typing import Any

from sqlalchemy.orm import Session

from medcoder.audit import Actor
from medcoder.notes import NoteIn
from medcoder.services import users
from medcoder.services.ingest import ingest_note
from medcoder.services.suggestions import store_suggestions

SYSTEM = Actor.system("tests")
PASSWORD = "Correct-horse-42"
VALID_NPI = "1234567893"


def note(note_id: str = "enc-1", text: str = "Assessment: essential hypertension.", **meta: Any) -> NoteIn:
    """A note in the DESIGN.md format with sensible metadata defaults."""
    data: dict[str, Any] = {
        "id": note_id, "text": text, "setting": "outpatient", "date_of_service": "2026-03-02",
        "specialty": "family medicine",
        "patient": {"id": f"p-{note_id}", "family": "Doe", "given": "Jane", "birth_date": "1958-04-12", "sex": "F",
                    "address": {"line": "1 Main St", "city": "Springfield", "state": "IL", "zip": "62701"},
                    "member_id": "XYZ123"},
        "subscriber": {"relationship": "self"},
        "payer": {"id": "60054", "name": "Example Health Plan"},
        "provider": {"npi": VALID_NPI, "family": "Smith", "given": "Ann", "tax_id": "123456789"},
        "visit": {"new_patient": False, "place_of_service": "11", "total_minutes": 25},
    }
    data.update(meta)
    return NoteIn.model_validate(data)


def user(session: Session, username: str = "coder1", role: str = "coder") -> Any:
    return users.create_user(session, username=username, password=PASSWORD, role=role, actor=SYSTEM)


def suggestion(code: str = "I10", system: str = "ICD-10-CM", **fields: Any) -> dict[str, Any]:
    base = {"system": system, "code": code, "description": f"description of {code}", "billable": True,
            "score": 0.9, "evidence": [{"start": 12, "end": 34, "text": "essential hypertension"}],
            "rationale": "test", "flags": []}
    base.update(fields)
    return base


def encounter_with_suggestions(session: Session, note_id: str = "enc-1",
                               codes: list[dict[str, Any]] | None = None, **meta: Any) -> str:
    """Ingest a note and attach suggestions; returns the encounter id."""
    ingest_note(session, note(note_id, **meta), actor=SYSTEM)
    store_suggestions(session, encounter_id=note_id, codes=codes or [suggestion()], model_version="test.v1",
                      codeset_version="test-codes", actor=SYSTEM)
    session.flush()
    return note_id
