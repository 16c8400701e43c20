"""Loading of packaged rule data (importlib.resources, never paths relative to the source tree)."""

from __future__ import annotations

import json
from functools import cache
from importlib import resources
from typing import Any


def read_text(name: str) -> str:
    """Text of `nlp/data/<name>`."""
    return resources.files("nlp").joinpath("data", name).read_text(encoding="utf-8")


@cache
def read_json(name: str) -> Any:
    """Parsed JSON of `nlp/data/<name>` (cached: rule files never change at run time)."""
    return json.loads(read_text(name))
