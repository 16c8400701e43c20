"""Turn the note modules (``corpora/tools/notes_<split>_*.py``) into notes.jsonl and gold.jsonl.

Run ``python -m corpora.tools.build dev``. Every module defines ``NOTES: list[NoteSpec]``. Offsets
are computed here from phrases so evidence text always equals ``note_text[start:end]``.
"""

from __future__ import annotations

import importlib
import json
import pkgutil
import random
import re
import sys
from datetime import date
from pathlib import Path

import simple_icd_10_cm as icd

from corpora.tools import people
from corpora.tools.spec import PROCEDURES, NoteSpec, Phrase

ROOT = Path(__file__).resolve().parents[1] / "medcoder"


def span(text: str, phrase: Phrase, note_id: str) -> dict:
    """Locate ``phrase`` (or its n-th occurrence) in ``text``; fail loudly naming the note id.

    Whitespace in the phrase matches any run of whitespace, so a phrase may cross a line break.
    """
    p, nth = (phrase, 0) if isinstance(phrase, str) else phrase
    pattern = re.compile(r"\s+".join(re.escape(w) for w in p.split()))
    matches = list(pattern.finditer(text))
    if len(matches) <= nth:
        raise ValueError(f"{note_id}: evidence phrase {p!r} (occurrence {nth}) not in text")
    m = matches[nth]
    return {"start": m.start(), "end": m.end(), "text": m.group(0)}


def _dos(spec: NoteSpec, rng: random.Random) -> date:
    if spec.dos:
        return date.fromisoformat(spec.dos)
    return date(2026, rng.randint(1, 9), rng.randint(1, 28))  # FY2026 ends 2026-09-30


def note_record(spec: NoteSpec) -> dict:
    """Metadata + text as DESIGN.md's note format."""
    rng = random.Random(spec.id)
    dos = _dos(spec, rng)
    patient = people.make_person(rng, sex=spec.sex, dos=dos, age=spec.age, payer_key=spec.payer)
    patient = {"id": "p-" + spec.id, **patient}
    relation = spec.subscriber or ("child" if spec.age < 18 else "self")
    subscriber: dict = {"relationship": relation}
    if relation != "self":
        sub_sex = rng.choice("FM")
        sub_age = max(spec.age, 0) + rng.randint(24, 36) if relation == "child" else spec.age + rng.randint(-4, 4)
        if relation == "spouse":
            sub_sex = "M" if spec.sex == "F" else "F"
        sub = people.make_person(rng, sex=sub_sex, dos=dos, age=sub_age, payer_key=spec.payer,
                                 family=patient["family"], address=patient["address"])
        subscriber.update(sub)
        patient["member_id"] = sub["member_id"] + ("-02" if relation == "spouse" else "-03")
    visit: dict = {"new_patient": spec.new_patient, "place_of_service": spec.pos}
    if spec.minutes is not None:
        visit["total_minutes"] = spec.minutes
    return {
        "id": spec.id,
        "text": spec.text,
        "setting": spec.setting,
        "date_of_service": dos.isoformat(),
        "specialty": spec.specialty,
        "patient": patient,
        "subscriber": subscriber,
        "payer": dict(people.PAYERS[spec.payer]),
        "provider": people.make_provider(spec.specialty, spec.provider),
        "visit": visit,
    }


def gold_record(spec: NoteSpec) -> dict:
    """Gold codes in suggestion format, plus the documented ``not_coded`` phrases."""
    codes = []
    for code in spec.codes:
        if code.code in PROCEDURES:
            system, desc = PROCEDURES[code.code]
        else:
            if not (icd.is_valid_item(code.code) and icd.is_leaf(code.code)):
                raise ValueError(f"{spec.id}: {code.code} is not a billable ICD-10-CM code")
            system, desc = "ICD-10-CM", icd.get_description(code.code)
        entry: dict = {
            "system": system,
            "code": code.code,
            "description": desc,
            "evidence": [span(spec.text, p, spec.id) for p in code.evidence],
            "rationale": code.why,
        }
        if code.modifiers:
            entry["modifiers"] = code.modifiers
        if code.units is not None:
            entry["units"] = code.units
        codes.append(entry)
    not_coded = [
        {**span(spec.text, s.phrase, spec.id), "rule": s.rule, "reason": s.reason} for s in spec.skips
    ]
    return {"id": spec.id, "codes": codes, "not_coded": not_coded}


SEALED = Path(__file__).with_name("SEALED")


def sealed() -> set[str]:
    """Modules kept out of the built split until their first run is scored (see corpora/README.md): a batch
    written to estimate accuracy on unseen notes must not be seen by anyone fixing rules in the meantime."""
    if not SEALED.exists():
        return set()
    lines = (ln.split("#", 1)[0].strip() for ln in SEALED.read_text(encoding="utf-8").splitlines())
    return {ln for ln in lines if ln}


def collect(split: str, include_sealed: bool = False) -> list[NoteSpec]:
    """All NoteSpecs of a split, from modules named ``notes_<split>_*`` in this package, in id order."""
    pkg = importlib.import_module("corpora.tools")
    specs: list[NoteSpec] = []
    skip = set() if include_sealed else sealed()
    for mod in sorted(m.name for m in pkgutil.iter_modules(pkg.__path__)):
        if mod.startswith(f"notes_{split}_") and mod not in skip:
            specs.extend(importlib.import_module(f"corpora.tools.{mod}").NOTES)
    return sorted(specs, key=lambda s: s.id)


def write(split: str, out: Path | None = None, only_sealed: bool = False) -> int:
    specs = collect(split, include_sealed=only_sealed)
    if only_sealed:
        specs = [s for s in specs if s not in collect(split)]
    out = out or ROOT / split
    out.mkdir(parents=True, exist_ok=True)
    with open(out / "notes.jsonl", "w", encoding="utf-8") as nf, open(out / "gold.jsonl", "w",
                                                                       encoding="utf-8") as gf:
        for spec in specs:
            nf.write(json.dumps(note_record(spec), ensure_ascii=False) + "\n")
            gf.write(json.dumps(gold_record(spec), ensure_ascii=False) + "\n")
    return len(specs)


if __name__ == "__main__":
    args = sys.argv[1:]
    if args[:1] == ["--sealed"]:  # --sealed DIR [split]: only the sealed batches, into DIR, for their first run
        print(f"sealed: {write(args[2] if len(args) > 2 else 'dev', Path(args[1]), only_sealed=True)} notes")
        sys.exit(0)
    for name in args or ["dev"]:
        print(f"{name}: {write(name)} notes")
