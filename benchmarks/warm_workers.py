"""One process against the desktop app's warm worker (:func:`app.pool.keep_warm`).

Usage: python benchmarks/warm_workers.py [DATA_DIR] [--sizes 2 3 5 10 25] [--runs 20]

For each size, the first PolNeAR training articles (size 2: the two ~1,500-word
articles of benchmarks/compare.py) are scored cold (:func:`app.score`, the session's
analysis cache emptied first), alternately in this process alone and with one warm
worker finding the quotes meanwhile, in ABBA order so that a machine whose speed drifts
treats both alike. It prints both medians and their ratio: the figures behind
:data:`app.analysis.SESSION_MIN_WORDS`, which the gate is switched off for here.
Skips (exit 0) when the PolNeAR folder is absent or no worker can start.
"""

from __future__ import annotations

import argparse
import statistics
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from app import analysis, pool, story  # noqa: E402
from benchmarks.compare import load, two_articles  # noqa: E402


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("data", nargs="?", default=str(ROOT.parent / "shared" / "data"))
    ap.add_argument("--sizes", type=int, nargs="+", default=[2, 3, 5, 10, 25])
    ap.add_argument("--runs", type=int, default=20)
    args = ap.parse_args()
    train = Path(args.data) / "polnear" / "train" / "text"
    if not train.is_dir():
        print(f"PolNeAR texts not found at {train}; skipping.")
        return 0
    files = sorted(train.glob("*.txt"))
    kept = pool.keep_warm(1)
    if kept is None:
        print("no worker could start; skipping.")
        return 0
    kept.executor().submit(pool.warm_up).result()
    analysis.SESSION_MIN_WORDS = 0  # measured, not gated
    session = pool.session
    try:
        print(f"{'docs':>5} {'words':>6} {'one process ms':>14} {'warm worker ms':>14} "
              f"{'ratio':>6}")
        for n in args.sizes:
            docs = two_articles(train) if n == 2 else [load(f) for f in files[:n]]
            story.score(docs)  # imports, compiled patterns

            def run(warm: bool, docs: list = docs) -> float:
                pool.session = session if warm else (lambda: None)  # type: ignore[assignment]
                analysis.CACHE.clear()
                t0 = time.perf_counter()
                story.score(docs)
                return time.perf_counter() - t0

            alone: list[float] = []
            warm: list[float] = []
            for r in range(args.runs):
                for w in (False, True) if r % 2 == 0 else (True, False):
                    (warm if w else alone).append(run(w))
            a, b = statistics.median(alone), statistics.median(warm)
            words = sum(d.word_count for d in docs)
            print(f"{n:>5} {words:>6} {a * 1e3:>14.1f} {b * 1e3:>14.1f} {b / a:>6.2f}", flush=True)
    finally:
        pool.session = session  # type: ignore[assignment]
        pool.let_go()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
