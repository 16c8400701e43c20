"""A synthetic coding task whose right answer is known (tests and the speed benchmark).

Each note mentions a few conditions, each present, negated ("No ...") or resolved history; the fake
engine suggests every mention with a random score (so its score carries no information), one phrase is
always coded to the wrong laterality (coders correct it), and a trigger phrase the engine never matches
carries a code coders add. A good model learns: present -> keep, negated/history -> drop, the correction,
and the trigger phrase.
"""

from __future__ import annotations

import random
from typing import Any

CONDITIONS = [("I10", "essential hypertension"), ("E11.9", "type 2 diabetes"), ("J45.909", "asthma"),
              ("K21.9", "reflux disease"), ("E78.5", "hyperlipidemia"), ("F41.1", "generalized anxiety"),
              ("N39.0", "urinary tract infection"), ("J44.9", "chronic obstructive lung disease"),
              ("G43.909", "migraine"), ("M54.50", "low back pain"), ("I48.91", "atrial fibrillation"),
              ("E03.9", "hypothyroidism")]
WRONG, RIGHT, KNEE = "M25.569", "M25.561", "right knee pain"
TRIGGER, TRIGGER_CODE = "zebroid fever", "A92.8"
FILLER = ["Seen today in clinic.", "Vitals stable.", "Plan discussed with patient.", "Follow up in 3 months.",
          "Medications reviewed.", "Labs pending."]


def _note(rnd: random.Random) -> tuple[str, list[dict], list[dict]]:
    parts: list[str] = []
    gcodes: list[dict] = []
    scodes: list[dict] = []
    length = 0

    def add(sentence: str, phrase: str, code: str, *, suggest: str | None, truth: bool, assertion: str) -> None:
        nonlocal length
        start = length + sentence.index(phrase)
        parts.append(sentence)
        length += len(sentence) + 1
        ev = [{"start": start, "end": start + len(phrase), "text": phrase}]
        if truth:
            gcodes.append({"system": "ICD-10-CM", "code": code, "evidence": ev})
        if suggest:
            scodes.append({"system": "ICD-10-CM", "code": suggest, "score": round(rnd.uniform(0.55, 0.95), 3),
                           "evidence": ev, "section": "assessment", "assertion": assertion,
                           "rationale": f"'{phrase}' matched synonym term '{phrase}' [match-term]",
                           "rule_ids": ["match-term"], "flags": []})

    filler = rnd.choice(FILLER)
    parts.append(filler)
    length += len(filler) + 1
    for code, phrase in rnd.sample(CONDITIONS, rnd.randint(2, 5)):
        kind = rnd.random()
        if kind < 0.5:
            add(f"Assessment: {phrase}, continue current plan.", phrase, code, suggest=code, truth=True,
                assertion="present")
        elif kind < 0.75:
            add(f"No {phrase} today.", phrase, code, suggest=code, truth=False, assertion="negated")
        else:
            add(f"History of {phrase}, resolved years ago.", phrase, code, suggest=code, truth=False,
                assertion="historical")
    if rnd.random() < 0.3:
        add(f"Also {KNEE} after a fall.", KNEE, RIGHT, suggest=WRONG, truth=True, assertion="present")
    if rnd.random() < 0.3:
        add(f"Returned from travel with {TRIGGER}.", TRIGGER, TRIGGER_CODE, suggest=None, truth=True,
            assertion="present")
    parts.append(rnd.choice(FILLER))
    return " ".join(parts), gcodes, scodes


def make_notes(n: int, seed: int = 7, prefix: str = "syn") -> tuple[dict, dict, dict]:
    """(notes, gold, engine suggestions), each keyed by note id, in the DESIGN.md formats."""
    rnd = random.Random(seed)
    notes, gold, sugg = {}, {}, {}
    for i in range(n):
        nid = f"{prefix}-{i:05d}"
        text, gcodes, scodes = _note(rnd)
        notes[nid] = {"id": nid, "text": text, "setting": "outpatient", "date_of_service": f"2026-{1 + i % 12:02d}-01"}
        gold[nid] = {"id": nid, "codes": gcodes}
        sugg[nid] = {"id": nid, "codes": scodes}
    return notes, gold, sugg


class FakeEngine:
    """The engine API over precomputed suggestion records (tests need no code sets)."""

    version = "fake.engine.v1"

    def __init__(self, suggestions: dict[str, dict[str, Any]]) -> None:
        self.suggestions = suggestions

    def suggest(self, note: dict, *, all_mentions: bool = False) -> list:
        from training.apply import to_suggestion

        return [to_suggestion(c) for c in self.suggestions.get(note["id"], {}).get("codes", [])]

    def suggest_json(self, note: dict, all_mentions: bool = False) -> dict:
        return {"id": note["id"], "codes": [s.to_dict() for s in self.suggest(note)]}
