"""``parallax corpus`` on a local Dask cluster: documents/s and peak memory per worker.

Usage: python benchmarks/corpus.py [DATA_DIR] [--sizes 1000 5000] [--workers 2]
                                   [--repeat 1]

The corpus is PolNeAR's train and dev articles (924); past that, copies of them with
light perturbations (a paragraph dropped or moved, a number changed), as a wire story
reappears on other sites, so a larger corpus also has stories of several articles to
compare. The files are written to a temporary folder first; the figure is the whole
run from that folder (listing, loading and analysing, LSH, grouping, comparing,
writing every story file and the index), on a cluster started beforehand. The workers
are restarted before each run, so the peak resident memory each reports
(``ru_maxrss``) is that run's. Skips (exit 0) when the PolNeAR folder is absent.
"""

from __future__ import annotations

import argparse
import random
import resource
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

# The same light edits the corpus tests make: one definition of "another site's copy".
from tests.app.corpus.articles import perturb  # noqa: E402


def build(originals: list[Path], size: int, folder: Path) -> None:
    """``size`` article files in ``folder``: the originals, then perturbed copies."""
    rng = random.Random(size)
    texts = [p.read_text(encoding="utf-8", errors="replace") for p in originals]
    folder.mkdir(parents=True)
    seen: set[str] = set()
    for k in range(size):
        base = texts[k % len(texts)]
        text = base if k < len(texts) else perturb(base, rng)
        if text in seen:  # a copy cut like an earlier one: mark it, or it is a duplicate
            text += f"\nUpdated {k}.\n"
        seen.add(text)
        (folder / f"{k:05d}.txt").write_text(text, encoding="utf-8")


def _peak_rss_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024  # KiB on Linux


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("data", nargs="?", default=str(ROOT.parent / "shared" / "data"))
    ap.add_argument("--sizes", type=int, nargs="+", default=[1000, 5000])
    ap.add_argument("--workers", type=int, default=2)
    ap.add_argument("--repeat", type=int, default=1, help="runs per size (median printed)")
    args = ap.parse_args()
    polnear = Path(args.data) / "polnear"
    originals = sorted((polnear / "train" / "text").glob("*.txt"))
    originals += sorted((polnear / "dev" / "text").glob("*.txt"))
    if not originals:
        print(f"PolNeAR texts not found under {polnear}; skipping.")
        return 0

    from distributed import Client

    from app.corpus.run import local_cluster, run_on

    with tempfile.TemporaryDirectory() as tmp:
        started = time.perf_counter()
        with local_cluster(args.workers) as cluster, Client(cluster) as client:
            print(
                f"corpus: local cluster of {args.workers} worker(s) started in "
                f"{time.perf_counter() - started:.1f} s"
            )
            for size in args.sizes:
                folder = Path(tmp) / f"in-{size}"
                build(originals, size, folder)
                times, peaks = [], []
                for r in range(args.repeat):
                    client.restart()  # fresh worker processes: their peak is this run's
                    t0 = time.perf_counter()
                    summary = run_on(client, [str(folder)], Path(tmp) / f"out-{size}-{r}")
                    times.append(time.perf_counter() - t0)
                    peaks.append(sorted(client.run(_peak_rss_mb).values()))
                t = statistics.median(times)
                peak = max(peaks)
                print(
                    f"corpus {size} documents: {size / t:.1f} documents/s "
                    f"({t:.1f} s, median of {len(times)}: "
                    f"{', '.join(f'{x:.1f}' for x in times)}); "
                    f"{summary.stories} stories, {summary.shared} of several articles; "
                    f"peak memory per worker {', '.join(f'{m:.0f}' for m in peak)} MB"
                )
    return 0


if __name__ == "__main__":
    sys.exit(main())
