"""Billing export throughput: N synthetic finalized encounters -> checks -> 837P file, streamed.

Prints seconds, claims per second, file size and peak Python memory (tracemalloc) plus max RSS.
Claims are generated lazily, so peak memory stays flat as N grows (try --claims 1000 vs 10000).

    python benchmarks/export_throughput.py --claims 10000 [--format 837p|csv|fhir]
"""

from __future__ import annotations

import argparse
import resource
import sys
import tempfile
import time
import tracemalloc
from datetime import UTC, datetime
from pathlib import Path

from medcoder.billing.claim import ControlNumbers
from medcoder.billing.export import export_claims
from medcoder.billing.site import SiteConfig
from medcoder.billing.synthetic import DIAGNOSES, synthetic_claims


class SyntheticCodeSets:
    """The synthetic diagnoses are all billable; keeps the benchmark about export, not code-set loading."""

    def is_billable(self, code: str) -> bool:
        return code in DIAGNOSES


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--claims", type=int, default=10_000)
    parser.add_argument("--format", default="837p", choices=["837p", "csv", "fhir"])
    parser.add_argument("--out", type=Path, default=None, help="output file (default: a temporary file)")
    parser.add_argument("--no-trace", action="store_true", help="skip tracemalloc (faster; RSS only)")
    args = parser.parse_args(argv)
    site = SiteConfig.demo()
    with tempfile.TemporaryDirectory() as tmp:
        out = args.out or Path(tmp) / f"claims.{args.format}"
        if not args.no_trace:
            tracemalloc.start()
        start = time.perf_counter()
        result = export_claims(
            synthetic_claims(args.claims, seed=1), fmt=args.format, out_path=out, site=site,
            control=ControlNumbers(1, 1), created=datetime.now(UTC), codesets=SyntheticCodeSets(),
        )
        seconds = time.perf_counter() - start
        _, peak = tracemalloc.get_traced_memory()  # (0, 0) when tracing is off
        tracemalloc.stop()
        size = out.stat().st_size
    rss_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"format={args.format} claims={len(result.exported)} failures={len(result.failures)} "
          f"transactions={result.transactions}")
    print(f"seconds={seconds:.2f} claims_per_second={len(result.exported) / seconds:.0f} file_mb={size / 1e6:.1f}")
    traced = "off" if args.no_trace else f"{peak / 1e6:.1f}"
    print(f"peak_traced_mb={traced} max_rss_mb={rss_mb:.0f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
