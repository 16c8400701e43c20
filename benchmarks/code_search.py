"""Code search speed: p50/p95 over 1,000 varied queries, and cached start-up time.

    python benchmarks/code_search.py [--cache-dir DIR] [--queries 1000] [--seed 7]

Queries mix code prefixes ("E11.6", "9921"), single title words and 2-4 word phrases taken from random
titles with their word order shuffled. Start-up is measured in a fresh interpreter (import + opening the
cached index + first query), after making sure the cache exists.
"""

from __future__ import annotations

import argparse
import random
import statistics
import subprocess
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from suggest.codesets import CPT, HCPCS, ICD10CM, get_codesets  # noqa: E402
from suggest.codesets.build import words  # noqa: E402


def make_queries(n: int, seed: int) -> list[str]:
    """Deterministic mix: 25% code prefixes, 25% single words, 50% shuffled multi-word phrases."""
    rng = random.Random(seed)
    cs = get_codesets(ARGS.cache_dir)
    icd = [c for c in cs.codes(ICD10CM)]
    other = [c for s in (CPT, HCPCS) for c in cs.codes(s)]
    queries = []
    for i in range(n):
        info = rng.choice(icd if rng.random() < 0.85 else other)
        kind = i % 4
        if kind == 0:
            code = info.code
            queries.append(code[: rng.randint(2, len(code))])
        else:
            ws = [w for w in words(info.title) if len(w) > 2] or words(info.title)
            if kind == 1:
                queries.append(rng.choice(ws))
            else:
                k = min(len(ws), rng.randint(2, 4))
                pick = rng.sample(ws, k)
                rng.shuffle(pick)
                queries.append(" ".join(pick))
    return queries


def startup_seconds(cache_dir: Path | None) -> float:
    target = f"Path({str(cache_dir)!r})" if cache_dir else "None"
    code = (
        "import time; t=time.perf_counter();"
        "from pathlib import Path; from suggest.codesets import get_codesets;"
        f"cs=get_codesets({target}); cs.search('diabetes');"
        "print(time.perf_counter()-t)"
    )
    root = Path(__file__).resolve().parents[1]
    out = subprocess.run([sys.executable, "-c", code], cwd=root, check=True, capture_output=True, text=True)
    return float(out.stdout.strip())


def main() -> None:
    cs = get_codesets(ARGS.cache_dir)
    t = time.perf_counter()
    _ = cs.version
    print(f"cache: {cs.path} (open/build {time.perf_counter() - t:.2f} s)")
    queries = make_queries(ARGS.queries, ARGS.seed)
    for q in queries[:20]:
        cs.search(q)  # warm the page cache
    times = []
    empty = 0
    for q in queries:
        t = time.perf_counter()
        hits = cs.search(q, limit=20)
        times.append((time.perf_counter() - t) * 1000)
        empty += not hits
    times.sort()
    p95 = times[int(len(times) * 0.95) - 1]
    print(f"queries: {len(times)}  p50 {statistics.median(times):.1f} ms  p95 {p95:.1f} ms  "
          f"max {times[-1]:.1f} ms  no-hit {empty}")
    runs = [startup_seconds(ARGS.cache_dir) for _ in range(3)]
    print(f"cached start-up (fresh process, import + open + first query): best {min(runs):.2f} s, "
          f"median {statistics.median(runs):.2f} s")


if __name__ == "__main__":
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--cache-dir", type=Path, default=None, help="code-set cache folder (default ~/.cache/...)")
    parser.add_argument("--queries", type=int, default=1000)
    parser.add_argument("--seed", type=int, default=7)
    ARGS = parser.parse_args()
    main()
