"""Shared Suggester for the suggest tests: built once per process over the run's code-set cache."""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path

from suggest import Suggester, Suggestion


@lru_cache(maxsize=2)
def suggester(cache_dir: Path) -> Suggester:
    from suggest.codesets import get_codesets

    return Suggester(codesets=get_codesets(cache_dir=cache_dir))


def codes(result: list[Suggestion], system: str | None = "ICD-10-CM") -> list[str]:
    return [s.code for s in result if system is None or s.system == system]


def by_code(result: list[Suggestion], code: str) -> Suggestion:
    hit = [s for s in result if s.code == code]
    assert hit, f"{code} not in {[s.code for s in result]}"
    return hit[0]


def note(text: str, setting: str = "outpatient", **kw) -> dict:
    """A minimal note dict for the suggest tests (outpatient unless said)."""
    return {"id": "t", "text": text, "setting": setting, **kw}


def suggest_visit(s: Suggester, text: str, setting: str = "outpatient", age: int | None = None) -> list[Suggestion]:
    """Suggestions for an established-patient visit on 2026-03-12, the patient ``age`` years old when given."""
    visit = {"id": "n", "text": text, "setting": setting, "date_of_service": "2026-03-12",
             "visit": {"new_patient": False}}
    if age is not None:
        visit["patient"] = {"birth_date": f"{2026 - age}-01-02"}
    return s.suggest(visit)
