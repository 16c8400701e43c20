"""A tiny deterministic engine for batch tests (importable by worker processes as tests.fake_engine:make).

FAKE_ENGINE_VERSION changes its model version; FAKE_ENGINE_DELAY slows it down (seconds per note).
"""

from __future__ import annotations

import os
import time
from typing import Any


class FakeEngine:
    def suggest_json(self, note: dict[str, Any], all_mentions: bool = False) -> dict[str, Any]:
        text = note["text"]
        if "EXPLODE" in text:
            raise RuntimeError("engine failure on purpose")
        delay = float(os.environ.get("FAKE_ENGINE_DELAY", "0"))
        if delay:
            time.sleep(delay)
        codes = []
        start = text.find("hypertension")
        if start >= 0:
            codes.append({"system": "ICD-10-CM", "code": "I10", "description": "Essential (primary) hypertension",
                          "score": 0.9, "evidence": [{"start": start, "end": start + 12, "text": "hypertension"}],
                          "rationale": "fake", "flags": []})
        if os.environ.get("FAKE_ENGINE_VERSION", "v1") != "v1":
            codes.append({"system": "ICD-10-CM", "code": "R51.9", "description": "Headache, unspecified",
                          "score": 0.5, "evidence": [], "rationale": "fake v2", "flags": []})
        return {"id": note["id"], "codes": codes}


def make() -> FakeEngine:
    return FakeEngine()


def versions() -> tuple[str, str]:
    return f"fake.{os.environ.get('FAKE_ENGINE_VERSION', 'v1')}", "fake-codes-1"
