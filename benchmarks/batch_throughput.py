"""Batch throughput: notes/second with 1 and 2 workers, locally and on a Dask LocalCluster, CPU per note, memory.

Usage: python benchmarks/batch_throughput.py [--notes 800] [--words 400] [--repeat 3] [--skip-dask]
                                             [--engine module:function]

Generates ~400-word notes from the dev corpus (shuffled sentences, so every note is new) and runs
`medcoder batch` against a fresh SQLite database, each run in its own fresh process (so no run inherits
another's warm caches). Configurations:

* ``1 inline``: ``--workers 1``, the engine runs in the driver process (what ``medcoder batch -w 1`` does);
* ``1 proc`` / ``2 proc``: one or two worker processes, the same driver, writer and inter-process path,
  so the speed-up of two workers over one is measured like for like;
* ``1 dask`` / ``2 dask``: the same on a Dask LocalCluster.

Every run is timed from when its workers have loaded the engine (start-up excluded alike). Printed per
configuration: notes/s (median and range over --repeat runs), the writer's share of the run time, CPU
milliseconds per note in the driver (reading, hashing, writing) and in the workers (engine; local pools
only), and the driver's peak memory growth. On a busy machine wall-clock figures vary; CPU figures less, so
the speed-up that CPU time implies for two otherwise idle cores is printed too (an upper bound: it assumes the
scheduler overlaps perfectly).
"""

from __future__ import annotations

import argparse
import json
import os
import random
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

CONFIGS = {"1 inline": (1, None, False), "1 proc": (1, None, True), "2 proc": (2, None, True),
           "1 dask": (1, "local", True), "2 dask": (2, "local", True)}


def make_notes(path: Path, count: int, words: int, seed: int = 7) -> None:
    """Write ``count`` notes of about ``words`` words built from the dev corpus sentences."""
    rng = random.Random(seed)
    sentences: list[str] = []
    notes = REPO / "corpora" / "medcoder" / "dev" / "notes.jsonl"  # never the held-out test split
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


def run_one(source: Path, config: str, engine: str) -> dict:
    """One run in this (fresh) process; returns its figures."""
    import psutil

    from medcoder.batch import runner
    from medcoder.settings import get_settings
    from medcoder.storage.db import get_engine
    from medcoder.storage.migrate import upgrade

    workers, dask, processes = CONFIGS[config]
    marks: dict[str, float] = {}

    class Timed(runner._Executor):
        """Records driver and worker CPU between 'workers ready' and 'run finished'."""

        def __init__(self, options: runner.BatchOptions) -> None:
            super().__init__(options)
            self.kids = [psutil.Process(pid) for pid in (self.pool._processes if self.pool else {})]
            marks["driver0"], marks["workers0"] = time.process_time(), self._workers_cpu()

        def _workers_cpu(self) -> float:
            return sum(sum(kid.cpu_times()[:2]) for kid in self.kids)

        def close(self, cancel: bool = False) -> None:
            marks["driver1"], marks["workers1"] = time.process_time(), self._workers_cpu()
            super().close(cancel)

    runner._Executor = Timed
    with tempfile.TemporaryDirectory() as tmp:
        os.environ["MEDCODER_DATABASE_URL"] = f"sqlite:///{tmp}/bench.db"
        get_settings.cache_clear()
        get_engine.cache_clear()
        upgrade()
        before = rss_mb()
        summary = runner.run_batch(source, runner.BatchOptions(workers=workers, dask=dask, engine=engine,
                                                               chunk_size=64, processes=processes))
    n = max(1, summary.read)
    local_pool = processes and not dask
    return {"config": config, "notes": summary.read, "failed": summary.failed,
            "notes_per_s": summary.notes_per_second,
            "writer_share": summary.writer_seconds / summary.seconds if summary.seconds else 0.0,
            "driver_cpu_ms": 1000 * (marks["driver1"] - marks["driver0"]) / n,
            "worker_cpu_ms": 1000 * (marks["workers1"] - marks["workers0"]) / n if local_pool else None,
            "driver_rss_growth_mb": rss_mb() - before}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--notes", type=int, default=800)
    parser.add_argument("--words", type=int, default=400)
    parser.add_argument("--repeat", type=int, default=3, help="runs per configuration (interleaved)")
    parser.add_argument("--engine", default="medcoder.batch.worker:default_engine")
    parser.add_argument("--skip-dask", action="store_true")
    parser.add_argument("--configs", default=None, help="comma-separated subset, e.g. '1 proc,2 proc'")
    parser.add_argument("--one", default=None, help=argparse.SUPPRESS)  # internal: a single run, JSON out
    parser.add_argument("--source", type=Path, default=None, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.one:
        print(json.dumps(run_one(args.source, args.one, args.engine)))
        return
    configs = args.configs.split(",") if args.configs else [
        c for c in CONFIGS if not (args.skip_dask and "dask" in c)]
    with tempfile.TemporaryDirectory() as tmp:
        source = Path(tmp) / "notes.jsonl"
        make_notes(source, args.notes, args.words)
        print(f"{args.notes} notes of ~{args.words} words; engine {args.engine}; {args.repeat} runs per "
              f"configuration, each in a fresh process; load average {os.getloadavg()[0]:.1f} at start")
        runs: dict[str, list[dict]] = {c: [] for c in configs}
        for _ in range(args.repeat):
            for config in configs:
                out = subprocess.run([sys.executable, __file__, "--one", config, "--source", str(source),
                                      "--engine", args.engine], check=True, capture_output=True, text=True)
                runs[config].append(json.loads(out.stdout.strip().splitlines()[-1]))
    print(f"load average at end {os.getloadavg()[0]:.1f}")
    print(f"{'config':>8} {'notes/s median (range)':>24} {'writer share':>12} {'driver CPU ms/note':>18} "
          f"{'worker CPU ms/note':>18} {'driver RSS +MB':>14} {'failed':>6}")

    def med(config: str, key: str) -> float:
        return statistics.median(r[key] for r in runs[config])

    for config, rs in runs.items():
        rates = [r["notes_per_s"] for r in rs]
        workers_cpu = [r["worker_cpu_ms"] for r in rs if r["worker_cpu_ms"] is not None]
        print(f"{config:>8} {med(config, 'notes_per_s'):>8.1f} ({min(rates):.1f}-{max(rates):.1f}){'':>5} "
              f"{med(config, 'writer_share'):>12.3f} {med(config, 'driver_cpu_ms'):>18.2f} "
              f"{statistics.median(workers_cpu) if workers_cpu else float('nan'):>18.2f} "
              f"{max(r['driver_rss_growth_mb'] for r in rs):>14.1f} {max(r['failed'] for r in rs):>6}")
    if "1 proc" in runs and "2 proc" in runs:
        # What two cores would give if the run had them to itself: one worker is bound by its own CPU per note
        # (the driver runs beside it), two workers and the driver share the two cores.
        w1, w2, d2 = med("1 proc", "worker_cpu_ms"), med("2 proc", "worker_cpu_ms"), med("2 proc", "driver_cpu_ms")
        one = max(w1, med("1 proc", "driver_cpu_ms"))
        print(f"speed-up 2 proc vs 1 proc derived from CPU time (both cores free, perfect overlap): "
              f"{one / ((w1 + d2) / 2):.2f}x if each worker costs what one worker alone does, "
              f"{one / ((w2 + d2) / 2):.2f}x at the cost per note measured with two (shared caches, other jobs)")
    for one, two in (("1 proc", "2 proc"), ("1 inline", "2 proc"), ("1 dask", "2 dask")):
        if one in runs and two in runs:
            ratios = [b["notes_per_s"] / a["notes_per_s"] for a, b in zip(runs[one], runs[two], strict=True)]
            print(f"speed-up {two} vs {one}: {med(two, 'notes_per_s') / med(one, 'notes_per_s'):.2f}x "
                  f"(medians; run pairs {min(ratios):.2f}-{max(ratios):.2f}x)")


if __name__ == "__main__":
    main()
