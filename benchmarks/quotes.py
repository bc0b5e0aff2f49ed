"""Time quote extraction (with speakers) and quote grouping, the quote share of compare.

Usage: python benchmarks/quotes.py [DATA_DIR]

Prints the median time of ``extract_quotes`` for two ~1,500-word articles (the share of
the 50 ms two-article budget that quotes take) and of ``group_quotes`` over the quotes
of 200 articles. Articles come from PolNeAR train; skips (exit 0) when it is absent.
"""

from __future__ import annotations

import statistics
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from app.ingest.build import make_document  # noqa: E402
from app.quotes import extract_quotes  # noqa: E402
from app.quotes.groups import group_quotes  # noqa: E402


def main() -> int:
    data = Path(sys.argv[1]) if len(sys.argv) > 1 else ROOT.parent / "shared" / "data"
    folder = data / "polnear" / "train" / "text"
    if not folder.is_dir():
        print(f"PolNeAR train texts not found at {folder}; skipped.")
        return 0
    files = sorted(folder.glob("*.txt"))
    texts = [f.read_text(encoding="utf-8") for f in files]
    mid = [t for t in texts if 1300 <= len(t.split()) <= 1700][:20]
    docs = [make_document(t) for t in mid]
    pairs = [docs[i : i + 2] for i in range(0, len(docs) - 1, 2)]
    extract_quotes(docs[0])  # first call pays for imports and compiled patterns
    times = []
    for pair in pairs:
        # Best of five per pair: the machine is shared, and noise only ever adds time.
        runs = []
        for _round in range(5):
            t0 = time.perf_counter()
            for d in pair:
                extract_quotes(d)
            runs.append(time.perf_counter() - t0)
        times.append(min(runs))
    print(
        f"extract_quotes, two ~1,500-word articles: median {statistics.median(times) * 1000:.1f}"
        f" ms, max {max(times) * 1000:.1f} ms (best of 5 for each of {len(pairs)} pairs)"
    )
    many = [make_document(t) for t in texts[:200]]
    quotes = [q for d in many for q in extract_quotes(d)]
    t0 = time.perf_counter()
    groups = group_quotes(many, quotes)
    dt = time.perf_counter() - t0
    multi = sum(1 for g in groups if len({m.split(":")[0] for m in g.members}) > 1)
    print(
        f"group_quotes, {len(many)} articles, {len(quotes)} quotes: {dt:.2f} s "
        f"({len(groups)} groups, {multi} across outlets)"
    )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
