"""Batch throughput: notes/second with 1 and 2 workers, locally and on a Dask LocalCluster, driver memory.

Usage: python benchmarks/batch_throughput.py [--notes 10000] [--words 400] [--engine module:function]

Generates ~400-word notes from the project's corpora (shuffled sentences, so every note is new), runs
`medcoder batch` in-process against fresh SQLite databases, and prints notes/s, the writer's share of the
run time, and the driver's peak memory growth (RSS). The suggestion engine is the real one unless --engine.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import resource
import sys
import tempfile
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))


def make_notes(path: Path, count: int, words: int, seed: int = 7) -> None:
    """Write ``count`` notes of about ``words`` words built from the shipped corpus sentences."""
    rng = random.Random(seed)
    sentences: list[str] = []
    for split in ("dev", "test"):
        notes = REPO / "corpora" / "medcoder" / split / "notes.jsonl"
        if notes.exists():
            for line in notes.read_text(encoding="utf-8").splitlines():
                sentences.extend(s for s in json.loads(line)["text"].split("\n") if s.strip())
    if not sentences:
        sentences = ["Assessment: essential hypertension, stable on lisinopril.", "Denies chest pain."]
    with path.open("w", encoding="utf-8") as out:
        for i in range(count):
            body, n = [], 0
            while n < words:
                sentence = rng.choice(sentences)
                body.append(sentence)
                n += len(sentence.split())
            out.write(json.dumps({"id": f"bench-{i:06d}", "text": "\n".join(body), "setting": "outpatient",
                                  "date_of_service": "2026-03-02"}) + "\n")


def rss_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def run(source: Path, workers: int, dask: str | None, engine: str) -> dict:
    from medcoder.batch.runner import BatchOptions, run_batch
    from medcoder.settings import get_settings
    from medcoder.storage.db import get_engine
    from medcoder.storage.migrate import upgrade

    with tempfile.TemporaryDirectory() as tmp:
        os.environ["MEDCODER_DATABASE_URL"] = f"sqlite:///{tmp}/bench.db"
        get_settings.cache_clear()
        get_engine.cache_clear()
        upgrade()
        before = rss_mb()
        summary = run_batch(source, BatchOptions(workers=workers, dask=dask, engine=engine, chunk_size=64))
        return {"workers": workers, "dask": dask or "-", "notes": summary.read,
                "notes_per_s": round(summary.notes_per_second, 1),
                "writer_share": round(summary.writer_seconds / summary.seconds, 3) if summary.seconds else 0,
                "driver_rss_growth_mb": round(rss_mb() - before, 1), "failed": summary.failed}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--notes", type=int, default=10_000)
    parser.add_argument("--words", type=int, default=400)
    parser.add_argument("--engine", default="medcoder.batch.worker:default_engine")
    parser.add_argument("--skip-dask", action="store_true")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        source = Path(tmp) / "notes.jsonl"
        make_notes(source, args.notes, args.words)
        print(f"{args.notes} notes of ~{args.words} words; engine {args.engine}")
        configs = [(1, None), (2, None)] + ([] if args.skip_dask else [(1, "local"), (2, "local")])
        results = [run(source, workers, dask, args.engine) for workers, dask in configs]
    print(f"{'workers':>7} {'dask':>6} {'notes/s':>8} {'writer share':>12} {'driver RSS +MB':>14} {'failed':>6}")
    for r in results:
        print(f"{r['workers']:>7} {r['dask']:>6} {r['notes_per_s']:>8} {r['writer_share']:>12} "
              f"{r['driver_rss_growth_mb']:>14} {r['failed']:>6}")
    local = {r["workers"]: r["notes_per_s"] for r in results if r["dask"] == "-"}
    if local.get(1):
        print(f"speed-up 2 workers vs 1 (local): {local[2] / local[1]:.2f}x")


if __name__ == "__main__":
    main()
