"""Time the sentence vectors (app/text/embedding.py): load, per sentence, two articles.

Usage: python benchmarks/embedding.py [DATA_DIR]

Budgets (issue 11): loading the table <= 100 ms; embedding every sentence of the two
~1,500-word articles benchmarks/compare.py compares (the PolNeAR training pair closest
to 1,500 words each) <= 5 ms cold, i.e. with the table loaded but no sentence, chunk or
row cached yet. Each figure is the median of several runs, each from a fresh table.
Skips the article figures (exit 0) when the PolNeAR folder is absent.
"""

from __future__ import annotations

import argparse
import statistics
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from app.text import embedding  # noqa: E402
from benchmarks.compare import two_articles  # noqa: E402

RUNS = 7


def fresh() -> float:
    """Seconds to load the table from disk, dropping the loaded one first."""
    embedding._loaded = None
    t0 = time.perf_counter()
    embedding.load()
    return time.perf_counter() - t0


def embed_all(sentences: list[str]) -> float:
    t0 = time.perf_counter()
    for s in sentences:
        embedding.sentence_vector(s)
    return time.perf_counter() - t0


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("data", nargs="?", default=str(ROOT.parent / "shared" / "data"))
    args = ap.parse_args()
    folder = ROOT / "resources" / "embeddings"
    size = sum(p.stat().st_size for p in folder.iterdir() if p.is_file())
    loads = [fresh() for _ in range(RUNS)]
    print(f"table: {len(embedding._table().rows)} rows x {embedding._table().dims} dims, "
          f"{size / 1e6:.2f} MB on disk; load median {statistics.median(loads) * 1e3:.1f} ms"
          "  (budget 100 ms)")

    train = Path(args.data) / "polnear" / "train" / "text"
    if not train.is_dir():
        print(f"PolNeAR texts not found at {train}; skipping the article figures.")
        return 0
    pair = two_articles(train)
    sentences = [s.slice(d.text) for d in pair for s in d.reporting_sentences]
    words = [d.word_count for d in pair]
    cold, warm_rows, warm = [], [], []
    for _ in range(RUNS):
        fresh()
        cold.append(embed_all(sentences))
        embedding._table().sentences.clear()  # rows and chunks stay known
        warm_rows.append(embed_all(sentences))
        warm.append(embed_all(sentences))
    n = len(sentences)
    med = statistics.median(cold)
    print(f"two articles ({words[0]} + {words[1]} words, {n} sentences): cold "
          f"{med * 1e3:.2f} ms ({med / n * 1e6:.0f} us/sentence)  (budget 5 ms)")
    print(f"  known words, new sentences {statistics.median(warm_rows) * 1e3:.2f} ms "
          f"({statistics.median(warm_rows) / n * 1e6:.0f} us/sentence); "
          f"cached sentences {statistics.median(warm) * 1e3:.3f} ms")
    vectors = [embedding.sentence_vector(s) for s in sentences]
    half = len(pair[0].reporting_sentences)
    t0 = time.perf_counter()
    for a in vectors[:half]:
        for b in vectors[half:]:
            if a is not None and b is not None:
                embedding.cosine(a, b)
    tc = time.perf_counter() - t0
    pairs = half * (n - half)
    print(f"  cosine of every cross pair ({pairs}): {tc * 1e3:.1f} ms "
          f"({tc / pairs * 1e6:.1f} us each)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
