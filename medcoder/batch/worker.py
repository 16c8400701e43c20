"""What runs in a worker process (local pool or Dask): notes in, plain suggestion data out.

spaCy/medspaCy objects never cross process boundaries; workers return plain dicts only, including the
ready-to-insert suggestion rows, so the work left to the single writer per note is small.
The engine is named by an import path (``module:function``) so any worker can build it.
"""

from __future__ import annotations

import importlib
import json
from typing import Any

DEFAULT_ENGINE = "medcoder.batch.worker:default_engine"
_engines: dict[str, Any] = {}


def default_engine() -> Any:
    """The production engine: the configured code sets and the rule-based suggester."""
    from medcoder.engine import suggester

    return suggester()


def default_versions() -> tuple[str, str]:
    from medcoder.engine import engine_versions

    return engine_versions()


def _resolve(spec: str) -> Any:
    module, _, name = spec.partition(":")
    return getattr(importlib.import_module(module), name)


def engine_for(spec: str) -> Any:
    """Build the engine once per process."""
    if spec not in _engines:
        _engines[spec] = _resolve(spec)()
    return _engines[spec]


def versions_for(spec: str) -> tuple[str, str]:
    """(model version, code-set version) of an engine spec; ``mod:make`` pairs with ``mod:versions``."""
    if spec == DEFAULT_ENGINE:
        return default_versions()
    module, _, _name = spec.partition(":")
    return importlib.import_module(module).versions()


def process_chunk(notes: list[dict[str, Any]], spec: str = DEFAULT_ENGINE) -> list[dict[str, Any]]:
    """Suggest codes for each note; an engine exception fails that note only (reason, no text)."""
    engine = engine_for(spec)
    results: list[dict[str, Any]] = []
    for note in notes:
        try:
            codes = engine.suggest_json(note)["codes"]
        except Exception as exc:  # noqa: BLE001 - quarantine the note, keep the run going
            results.append({"id": note["id"], "error": "engine_error", "detail": type(exc).__name__})
            continue
        results.append({"id": note["id"], "codes": codes, "rows": suggestion_rows(codes)})
    return results


# the suggestions columns stored as JSON; executemany needs every row to carry the same keys
_JSON_COLUMNS = ("evidence", "rule_ids", "flags", "extra")
_ROW_DEFAULTS = {"description": "", "billable": True, "score": 0.0, "evidence": [], "section": None,
                 "assertion": "present", "rationale": "", "rule_ids": [], "flags": [], "extra": {}}


def suggestion_rows(codes: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """The ``suggestions`` columns of each code, JSON columns already serialised (``json.dumps``, byte for byte
    what SQLAlchemy's JSON type stores), so the single writer only adds the run's constants to each row."""
    from medcoder.services.suggestions import suggestion_values

    rows = []
    for index, code in enumerate(codes):
        row = {**_ROW_DEFAULTS, **suggestion_values(code, index)}
        for column in _JSON_COLUMNS:
            row[column] = json.dumps(row[column])
        rows.append(row)
    return rows


def warm_up(spec: str = DEFAULT_ENGINE) -> bool:
    """Load the engine in a worker before timing starts."""
    engine_for(spec)
    return True
