"""Read the project's annotated notes (``corpora/medcoder/<split>/``) from the installed package.

Paths come from :mod:`importlib.resources`, so the loaders work from a checkout and from a wheel.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from importlib import resources
from importlib.abc import Traversable
from pathlib import Path

SPLITS = ("dev", "test")


def split_dir(split: str) -> Traversable:
    """The directory holding ``notes.jsonl`` and ``gold.jsonl`` of a split."""
    if split not in SPLITS:
        raise ValueError(f"unknown split {split!r}; expected one of {SPLITS}")
    return resources.files("corpora").joinpath("medcoder", split)


def iter_jsonl(path: str | Path | Traversable) -> Iterator[dict]:
    """Yield one dict per non-blank line; a bad line raises ValueError naming file and line number."""
    p = path if isinstance(path, Traversable) else Path(path)
    with p.open("r", encoding="utf-8") as fh:
        for lineno, line in enumerate(fh, 1):
            if not line.strip():
                continue
            try:
                yield json.loads(line)
            except json.JSONDecodeError as exc:
                raise ValueError(f"{getattr(p, 'name', p)}:{lineno}: not valid JSON ({exc.msg})") from None


def load_notes(split: str) -> list[dict]:
    """All notes of a split (DESIGN.md note format), in file order; empty if the split is not written yet."""
    f = split_dir(split).joinpath("notes.jsonl")
    return list(iter_jsonl(f)) if f.is_file() else []


def load_gold(split: str) -> list[dict]:
    """Gold code lines of a split (DESIGN.md suggestion format plus ``not_coded``), in file order."""
    f = split_dir(split).joinpath("gold.jsonl")
    return list(iter_jsonl(f)) if f.is_file() else []


def load_gold_by_id(split: str) -> dict[str, dict]:
    """Gold lines keyed by note id, for joining with notes or predictions."""
    return {g["id"]: g for g in load_gold(split)}
