"""What runs in a worker process (local pool or Dask): notes in, plain suggestion data out.

spaCy/medspaCy objects never cross process boundaries; workers return plain data only: each note's
ready-to-insert suggestion rows (JSON columns already serialised) and nothing else, so the results that cross back
to the driver are small and the work left to the single writer per note is small.
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
    """Suggest codes for each note: ``{"id", "rows"}`` (see :func:`suggestion_rows`; the engine's code dicts are
    not sent as well, which halves what the driver unpickles); an engine exception fails that note only
    (``{"id", "error", "detail"}``: reason, no text)."""
    engine = engine_for(spec)
    results: list[dict[str, Any]] = []
    for note in notes:
        try:
            codes = engine.suggest_json(note)["codes"]
        except Exception as exc:  # noqa: BLE001 - quarantine the note, keep the run going
            results.append({"id": note["id"], "error": "engine_error", "detail": type(exc).__name__})
            continue
        results.append({"id": note["id"], "rows": suggestion_rows(codes)})
    return results


# the suggestions columns stored as JSON; executemany needs every row to carry the same keys
_JSON_COLUMNS = ("evidence", "rule_ids", "flags", "extra")
_ROW_DEFAULTS = {"description": "", "billable": True, "score": 0.0, "evidence": [], "section": None,
                 "assertion": "present", "rationale": "", "rule_ids": [], "flags": [], "extra": {}}
# a suggestion row as a worker sends it: a plain tuple of these columns (small to pickle and quick to unpickle;
# on SQLite the writer prepends the run's constants and hands the tuple to the database driver as is)
ROW_COLUMNS = ("system", "code", "description", "billable", "score", "evidence", "section", "assertion",
               "rationale", "rule_ids", "flags", "sequence", "extra")
SYSTEM, CODE, SCORE, ASSERTION = (ROW_COLUMNS.index(c) for c in ("system", "code", "score", "assertion"))


def suggestion_rows(codes: list[dict[str, Any]]) -> list[tuple[Any, ...]]:
    """The ``suggestions`` columns of each code in :data:`ROW_COLUMNS` order, JSON columns already serialised
    (``json.dumps``, byte for byte what SQLAlchemy's JSON type stores) and the score a float (what its Float
    type binds), so the single writer only adds the run's constants to each row."""
    from medcoder.services.suggestions import suggestion_values

    rows = []
    for index, code in enumerate(codes):
        row = {**_ROW_DEFAULTS, **suggestion_values(code, index)}
        for column in _JSON_COLUMNS:
            row[column] = json.dumps(row[column])
        row["score"] = float(row["score"])
        rows.append(tuple(map(row.get, ROW_COLUMNS)))
    return rows


def codes_from_rows(rows: list[tuple[Any, ...]]) -> list[dict[str, Any]]:
    """The engine's suggestions back from :func:`suggestion_rows` (JSON columns parsed), for the writer's ORM
    path; ``suggestion_values`` of each gives the same stored columns as the original code dict."""
    codes = []
    for row in rows:
        code = dict(zip(ROW_COLUMNS, row, strict=True))
        for column in _JSON_COLUMNS:
            code[column] = json.loads(code[column])
        codes.append(code)
    return codes


def warm_up(spec: str = DEFAULT_ENGINE) -> bool:
    """Load the engine in a worker before timing starts."""
    engine_for(spec)
    return True
