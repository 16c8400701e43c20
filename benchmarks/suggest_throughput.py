"""Suggestion engine speed: notes/second on one core over ~400-word notes, start-up time, peak memory.

    python benchmarks/suggest_throughput.py [--notes N] [--all-mentions] [--codeset-dir DIR]

Notes: CodiEsp-en dev (../shared, about 400 words each) when present, else the project's dev notes
joined in pairs to about the same length. Start-up is measured twice: a cold build of the term index
into a fresh cache directory (only with --cold) and the normal start with the cached index.
"""

from __future__ import annotations

import argparse
import json
import resource
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))
CODIESP = REPO.parent / "shared" / "corpora" / "codiesp-en" / "dev" / "notes.jsonl"
OWN = REPO / "corpora" / "medcoder" / "dev" / "notes.jsonl"


def load_notes(limit: int) -> tuple[list[dict], str]:
    if CODIESP.exists():
        notes = [json.loads(line) for line in CODIESP.read_text().splitlines() if line.strip()]
        return notes[:limit], "CodiEsp-en dev"
    own = [json.loads(line) for line in OWN.read_text().splitlines() if line.strip()]
    pairs = [{"id": f"{a['id']}+{b['id']}", "text": a["text"] + "\n\n" + b["text"]}
             for a, b in zip(own, own[1:], strict=False)]
    return pairs[:limit], "medcoder dev (pairs)"


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--notes", type=int, default=250)
    ap.add_argument("--all-mentions", action="store_true")
    ap.add_argument("--codeset-dir", type=Path, default=None)
    ap.add_argument("--cold", action="store_true", help="also time a cold start (index built from scratch)")
    args = ap.parse_args()

    t0 = time.perf_counter()
    from suggest import Suggester
    from suggest.codesets import get_codesets

    cs = get_codesets(cache_dir=args.codeset_dir)
    if args.cold:
        with tempfile.TemporaryDirectory() as tmp:
            t = time.perf_counter()
            Suggester(codesets=cs, cache_dir=tmp)
            print(f"cold start (index build): {time.perf_counter() - t:.2f} s")
    t1 = time.perf_counter()
    s = Suggester(codesets=cs)
    start = time.perf_counter() - t1
    print(f"start-up with cached index: {start:.2f} s (imports + code sets: {t1 - t0:.2f} s)")

    notes, source = load_notes(args.notes)
    words = sum(len(n["text"].split()) for n in notes) / max(1, len(notes))
    s.suggest(notes[0], all_mentions=args.all_mentions)  # warm caches
    t, c = time.perf_counter(), time.process_time()
    n_codes = 0
    for note in notes:
        n_codes += len(s.suggest(note, all_mentions=args.all_mentions))
    dt, cpu = time.perf_counter() - t, time.process_time() - c
    peak_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"notes: {len(notes)} from {source}, mean {words:.0f} words, {n_codes / len(notes):.1f} codes/note")
    print(f"throughput: {len(notes) / cpu:.1f} notes/s per core by CPU time ({1000 * cpu / len(notes):.1f} ms/note); "
          f"{len(notes) / dt:.1f} notes/s wall clock on this (shared) machine")
    print(f"peak memory (max RSS): {peak_mb:.0f} MB")


if __name__ == "__main__":
    main()
