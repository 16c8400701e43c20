"""Time `CodingModel.fit` on 10,000 coder decisions (synthetic notes, so it runs anywhere).

    python benchmarks/train_speed.py [--decisions 10000] [--learner logreg|hgb]

Target (issue 8): under 2 minutes on the project machine. Prints decisions, notes, seconds and the
held-out F1 the model reached (the synthetic task has a known answer, see training/synthetic.py).
"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from training.dataset import simulate_coders  # noqa: E402
from training.rerank import CodingModel  # noqa: E402
from training.synthetic import make_notes  # noqa: E402


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--decisions", type=int, default=10_000)
    ap.add_argument("--learner", default="logreg")
    a = ap.parse_args()
    n = max(10, a.decisions // 4)
    while True:
        notes, gold, sugg = make_notes(n, seed=11)
        ds = simulate_coders(notes, gold, sugg)
        if len(ds.labels) >= a.decisions:
            break
        n = int(n * a.decisions / len(ds.labels)) + 10
    start = time.perf_counter()
    model = CodingModel(learner=a.learner).fit(ds)
    seconds = time.perf_counter() - start
    after = model.metrics["after"]["all"]["code"]["f1"]
    before = model.metrics["before"]["all"]["code"]["f1"]
    print(f"decisions={len(ds.labels)} notes={len(ds.notes)} learner={a.learner} train_seconds={seconds:.1f} "
          f"heldout_f1 {before:.3f} -> {after:.3f}  (target < 120 s)")


if __name__ == "__main__":
    main()
