"""Print analyze() throughput (notes/s on one core) and where the time goes.

Notes: /work/shared/corpora (aci-bench train notes, codiesp-en train notes) when present, else generated text.
Targets: ~30 per note, taken from words that look like findings, the way a term matcher would supply them.
Times are CPU seconds of this process (time.process_time), so other work on a shared machine inflates them
less than wall-clock time would; wall-clock notes/s is printed too.
Run: python benchmarks/nlp_throughput.py [--notes N] [--targets 30]
"""

from __future__ import annotations

import argparse
import json
import random
import re
import time
from pathlib import Path

from nlp import analyze, expand_abbreviations, load_pipeline, normalize_tokens
from nlp.units import split_units

SHARED = Path(__file__).resolve().parents[1].parent / "shared" / "corpora"
FINDINGS = re.compile(
    r"\b(?:pain|fever|cough|hypertension|diabetes|pneumonia|failure|disease|infection|fracture|cancer|"
    r"anemia|asthma|depression|anxiety|nausea|vomiting|swelling|edema|rash|headache|[A-Z]{2,5})\b",
    re.IGNORECASE,
)


def load_notes() -> list[str]:
    notes: list[str] = []
    for rel in ("aci-bench/train-notes.jsonl", "codiesp-en/train/notes.jsonl"):
        path = SHARED / rel
        if path.exists():
            with path.open(encoding="utf-8") as fh:
                notes.extend(json.loads(line)["text"] for line in fh if line.strip())
    if notes:
        return notes
    rng = random.Random(0)
    parts = [
        "HPI: 67 yo F with HTN, DM2 and CKD 3a presents with chest pain. Denies fever or cough.",
        "ROS:\nFever: none\nChills: denies\nCough: yes",
        "Assessment and Plan:\n1. Hypertension - stable, continue lisinopril.\n2. Possible pneumonia, r/o PE.",
        "Family history: mother had breast cancer. Past surgical history: s/p appendectomy.",
        "Return if chest pain worsens. No evidence of DVT. History of MI in 2015.",
    ]
    return ["\n\n".join(rng.choice(parts) for _ in range(14)) for _ in range(200)]


def targets_for(text: str, k: int) -> list[tuple[int, int, str]]:
    spans = [(m.start(), m.end(), "finding") for m in FINDINGS.finditer(text)]
    return spans[:k]


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--notes", type=int, default=0, help="limit the number of notes (0 = all)")
    ap.add_argument("--targets", type=int, default=30)
    args = ap.parse_args()
    t0 = time.perf_counter()
    pipe = load_pipeline()
    load_s = time.perf_counter() - t0
    notes = load_notes()
    if args.notes:
        notes = notes[: args.notes]
    targets = [targets_for(n, args.targets) for n in notes]
    words = sum(len(n.split()) for n in notes) / len(notes)
    for n, t in zip(notes[:20], targets[:20], strict=False):  # warm caches
        analyze(n, t, pipe)

    def timed(fn) -> float:
        start = time.process_time()
        for n, t in zip(notes, targets, strict=True):
            fn(n, t)
        return time.process_time() - start

    wall_start = time.perf_counter()
    total = timed(lambda n, t: analyze(n, t, pipe))
    wall = time.perf_counter() - wall_start
    parts = {
        "sections": timed(lambda n, t: pipe.sectionizer(n)),
        "units": timed(lambda n, t: split_units(n, pipe.sectionizer(n))),
        "context cues": timed(lambda n, t: pipe.context.modifiers(n)),
        "expand_abbreviations": timed(lambda n, t: expand_abbreviations(n, pipe)),
        "normalize_tokens": timed(lambda n, t: normalize_tokens(n)),
    }
    parts["units"] -= parts["sections"]
    n = len(notes)
    print(f"pipeline load: {load_s * 1000:.0f} ms")
    print(f"notes: {n}, mean words/note: {words:.0f}, mean targets/note: {sum(map(len, targets)) / n:.1f}")
    print(f"analyze(): {n / total:.0f} notes/s CPU ({total / n * 1000:.2f} ms/note); wall clock {n / wall:.0f} notes/s")
    for name, secs in parts.items():
        inside = name in ("sections", "units", "context cues")
        share = f"{secs / total * 100:.0f}% of analyze()" if inside else "separate call"
        print(f"  {name:<22} {secs / n * 1000:6.2f} ms/note  ({share})")


if __name__ == "__main__":
    main()
