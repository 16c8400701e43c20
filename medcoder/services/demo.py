"""Prepare the demo database: sample notes, suggestions, demo logins. Safe to run twice."""

from __future__ import annotations

from dataclasses import dataclass, field
from importlib import resources
from pathlib import Path

from sqlalchemy.orm import Session

from medcoder.audit import Actor
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


def prepare_demo(session: Session, *, engine: object, model_version: str, codeset_version: str) -> DemoReport:
    """Load demo notes, suggest codes for new ones and create demo users that do not exist yet."""
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
    return report
