"""Suggestion engine speed: notes/second on one core over ~400-word notes, start-up time, peak memory.

    python benchmarks/suggest_throughput.py [--notes N] [--all-mentions] [--codeset-dir DIR] [--pairs] [--repeat N]

Notes: CodiEsp-en dev (../shared, about 400 words each) when present, else (or with --pairs) the project's
dev notes joined in pairs to about the same length (outpatient notes: E/M, MDM and procedures run too, so
they cost about three times as much per note). Start-up is measured twice: a cold build of the term index
into a fresh cache directory (only with --cold) and the normal start with the cached index. --repeat N
runs the measurement N times, each in a fresh process (caches start cold every time, as in a real run),
and prints the best and the median.
"""

from __future__ import annotations

import argparse
import json
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))
CODIESP = REPO.parent / "shared" / "corpora" / "codiesp-en" / "dev" / "notes.jsonl"
OWN = REPO / "corpora" / "medcoder" / "dev" / "notes.jsonl"


def load_notes(limit: int, pairs: bool = False) -> tuple[list[dict], str]:
    if CODIESP.exists() and not pairs:
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
    ap.add_argument("--pairs", action="store_true", help="the project's dev notes joined in pairs")
    ap.add_argument("--repeat", type=int, default=1, help="fresh-process runs; prints best and median")
    args = ap.parse_args()
    if args.repeat > 1:
        repeat(args)
        return

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

    notes, source = load_notes(args.notes, args.pairs)
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



def repeat(args: argparse.Namespace) -> None:
    """Run this benchmark ``args.repeat`` times in fresh processes and summarise the CPU-time figure."""
    cmd = [sys.executable, __file__, "--notes", str(args.notes)] + ["--all-mentions"] * args.all_mentions \
        + ["--pairs"] * args.pairs + (["--codeset-dir", str(args.codeset_dir)] if args.codeset_dir else [])
    rates, lines = [], []
    for _ in range(args.repeat):
        out = subprocess.run(cmd, check=True, capture_output=True, text=True).stdout
        lines = out.splitlines()
        rates.append(float(next(x for x in lines if x.startswith("throughput:")).split()[1]))
    print(next(x for x in lines if x.startswith("notes:")))
    print(f"throughput over {len(rates)} fresh-process runs (notes/s per core by CPU time): best {max(rates):.1f}, "
          f"median {statistics.median(rates):.1f}, worst {min(rates):.1f}")


if __name__ == "__main__":
    main()
