"""Prepare the demo database: sample notes, suggestions, demo logins. Safe to run twice."""

from __future__ import annotations

from dataclasses import dataclass, field
from importlib import resources
from pathlib import Path

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from medcoder.audit import Actor
from medcoder.errors import MedcoderError
from medcoder.notes import BadLine, read_jsonl
from medcoder.services import users
from medcoder.services.ingest import ingest_notes
from medcoder.services.suggestions import suggest_new_encounters

DEMO_PASSWORD = "Review-2026-demo"
DEMO_USERS = (("coder", "coder", "Casey Coder"), ("coder2", "coder", "Robin Second"),
              ("auditor", "auditor", "Alex Auditor"), ("admin", "admin", "Pat Admin"))
DEMO_SPLIT = "dev"


@dataclass
class DemoReport:
    notes_new: int = 0
    notes_unchanged: int = 0
    suggested: int = 0
    users_created: list[str] = field(default_factory=list)
    finalized: int = 0


def demo_notes_path() -> Path:
    """The project's annotated dev notes ship inside the ``corpora`` package."""
    return Path(str(resources.files("corpora") / "medcoder" / DEMO_SPLIT / "notes.jsonl"))


def finalize_demo_encounters(session: Session, n: int = 5, *, codes: object | None = None) -> int:
    """Accept every suggested code in up to ``n`` encounters as the demo coder and finalize them.

    Why: ``medcoder export`` then has finalized claims right after ``medcoder demo``. Idempotent: counts the
    encounters the demo coder already finalized and only tops up; an encounter whose accepted codes fail
    validation (say a non-billable suggestion) is rolled back to its savepoint and the next one is tried.
    """
    from medcoder.services import finalize, review
    from medcoder.services.suggestions import current_suggestions
    from medcoder.storage.models import Encounter

    if codes is None:
        from medcoder.engine import codesets

        codes = codesets()
    coder = users.get_user(session, "coder")
    if coder is None:
        return 0
    actor = Actor(coder.username, coder.role)
    done = session.scalar(select(func.count()).select_from(Encounter).where(
        Encounter.finalized_by_id == coder.id)) or 0
    candidates = list(session.scalars(select(Encounter.id).where(
        Encounter.state == "suggested", Encounter.assignee_id.is_(None)).order_by(Encounter.id)))
    finalized = 0
    for encounter_id in candidates:
        if done + finalized >= n:
            break
        try:
            with session.begin_nested():
                for suggestion in current_suggestions(session, encounter_id):
                    if finalize.needs_decision(suggestion):
                        version = session.get(Encounter, encounter_id).version
                        review.accept(session=session, encounter_id=encounter_id, expected_version=version,
                                      actor=actor, suggestion_id=suggestion.id)
                version = session.get(Encounter, encounter_id).version
                finalize.finalize(session=session, encounter_id=encounter_id, expected_version=version,
                                  actor=actor, codes=codes)
            finalized += 1
        except MedcoderError:
            session.expire_all()
            continue
    return finalized


def prepare_demo(session: Session, *, engine: object, model_version: str, codeset_version: str) -> DemoReport:
    """Load demo notes, suggest codes for new ones, create demo users, finalize a few as the demo coder."""
    actor = Actor.system("demo")
    report = DemoReport()
    notes = [item for _, item in read_jsonl(demo_notes_path()) if not isinstance(item, BadLine)]
    ingested = ingest_notes(session, notes, actor=actor, source="demo")
    report.notes_new, report.notes_unchanged = len(ingested.new), len(ingested.unchanged)
    report.suggested = suggest_new_encounters(session, engine=engine, model_version=model_version,
                                              codeset_version=codeset_version, actor=actor)
    for username, role, full_name in DEMO_USERS:
        if users.get_user(session, username) is None:
            users.create_user(session, username=username, password=DEMO_PASSWORD, role=role, actor=actor,
                              full_name=full_name)
            report.users_created.append(username)
    session.flush()
    report.finalized = finalize_demo_encounters(session)
    return report
