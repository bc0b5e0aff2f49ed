"""Time moving the threshold: ``app.select`` on an already scored story of 50 articles.

Usage: python benchmarks/refilter.py [STORIES_DIR] [--n 50]

Budget (issue 11): <= 100 ms to re-filter 50 articles, no recomputation. The articles
are the real stories (five events of ten outlets, so many links at every threshold);
``app.score`` runs once (it also builds every match it ranked), then the slider is swept
from 0.9 down to 0.2, back, and down again: each step is ``app.select`` only (cut the
ranking, rebuild clusters, coverage and unique sentences from what is kept). Skips
(exit 0) when the folder is absent.
"""

from __future__ import annotations

import argparse
import statistics
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

import app  # noqa: E402


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("stories", nargs="?", default=str(Path.home() / "stories"))
    ap.add_argument("--n", type=int, default=50)
    args = ap.parse_args()
    files = sorted(Path(args.stories).glob("*/[0-9][0-9]_*.txt"))[: args.n]
    if len(files) < args.n:
        print(f"skipped: fewer than {args.n} articles under {args.stories}")
        return 0
    docs = [app.load(str(f)) for f in files]
    t0 = time.perf_counter()
    story = app.score(docs)
    t_score = time.perf_counter() - t0
    steps = [round(0.9 - i * 0.05, 2) for i in range(15)]
    sweeps = []
    for sweep in (steps, steps[::-1], steps):
        times = []
        for t in sweep:
            t0 = time.perf_counter()
            c = app.select(story, t)
            times.append(time.perf_counter() - t0)
        sweeps.append(times)
    print(f"{len(docs)} articles: score once {t_score:.2f} s; matches at default "
          f"{len(app.select(story).matches)}, at 0.2 {len(c.matches)}")
    for label, times in zip(("down", "back up", "down again"), sweeps,
                            strict=True):
        print(f"  select, {label:<28} median {statistics.median(times) * 1e3:6.1f} ms"
              f"  max {max(times) * 1e3:6.1f} ms  (budget 100 ms)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
