"""Time ``app.compare``: two ~1,500-word articles, then 25/50/100/200 articles.

Usage: python benchmarks/compare.py [DATA_DIR] [--sizes 25 50 100 200] [--no-baseline]

Budgets (issue 3): two articles <= 50 ms; 50 articles <= 2 s; 200 articles <= 10 s and
<= 1 GB peak. The naive baseline in the same run scores every sentence pair of every
document pair with rapidfuzz (``process.extract`` over all choices, the same work as
``cdist`` without needing numpy) and assigns greedily; the ratio is printed.
Loading files is not timed: the figure is the comparison. Skips (exit 0) when the
PolNeAR folder is absent.
"""

from __future__ import annotations

import argparse
import statistics
import sys
import time
import tracemalloc
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from rapidfuzz import fuzz, process  # noqa: E402

from app.ingest.build import make_document  # noqa: E402
from app.model import Document  # noqa: E402
from app.quotes import extract_quotes  # noqa: E402
from app.story import compare  # noqa: E402


def naive(documents: list[Document], cutoff: float = 60.0) -> int:
    """All sentence pairs of all document pairs, scored, then greedy one-to-one."""
    sents = [[s.slice(d.text) for s in d.reporting_sentences] for d in documents]
    matched = 0
    for i in range(len(documents)):
        for j in range(i + 1, len(documents)):
            scored = []
            for a, text in enumerate(sents[i]):
                for _choice, score, b in process.extract(
                    text, sents[j], scorer=fuzz.token_set_ratio, limit=None, score_cutoff=cutoff
                ):
                    scored.append((score, a, b))
            scored.sort(reverse=True)
            used_a: set[int] = set()
            used_b: set[int] = set()
            for _score, a, b in scored:
                if a not in used_a and b not in used_b:
                    used_a.add(a)
                    used_b.add(b)
                    matched += 1
    return matched


def timed(fn, *args) -> tuple[float, object]:
    t0 = time.perf_counter()
    out = fn(*args)
    return time.perf_counter() - t0, out


def load(path: Path) -> Document:
    text = path.read_text(encoding="utf-8-sig").replace("\r\n", "\n")
    return make_document(text, path=str(path))


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("data", nargs="?", default=str(ROOT.parent / "shared" / "data"))
    ap.add_argument("--sizes", type=int, nargs="+", default=[25, 50, 100, 200])
    ap.add_argument("--no-baseline", action="store_true")
    args = ap.parse_args()
    folder = Path(args.data) / "polnear" / "train" / "text"
    if not folder.is_dir():
        print(f"PolNeAR texts not found at {folder}; skipping.")
        return 0
    files = sorted(folder.glob("*.txt"))
    docs = [load(f) for f in files[: max(args.sizes)]]

    # Two ~1,500-word articles: the pair closest to 1,500 words each.
    by_len = sorted(files, key=lambda f: (abs(len(f.read_text(encoding="utf-8").split()) - 1500),
                                          f.name))
    pair = [load(by_len[0]), load(by_len[1])]
    runs = []
    for _ in range(7):
        t, c = timed(compare, pair)
        runs.append(t)
    words = [d.word_count for d in pair]
    med = statistics.median(runs) * 1e3
    print(f"two articles ({words[0]} + {words[1]} words): median {med:.1f} ms"
          f"  (first run {runs[0] * 1e3:.1f} ms; budget 50 ms)  matches {len(c.matches)}")
    tq = statistics.median(timed(lambda: [extract_quotes(d) for d in pair])[0] for _ in range(7))
    print(f"  of which quote extraction: {tq * 1e3:.1f} ms")
    if not args.no_baseline:
        tb, _ = timed(naive, pair)
        print(f"  naive baseline: {tb * 1e3:.1f} ms  ratio naive/ours "
              f"{tb / statistics.median(runs):.1f}x")

    print(f"\n{'docs':>5} {'sentences':>9} {'seconds':>8} {'x prev':>7} {'matches':>8} "
          f"{'naive s':>8} {'ratio':>6}")
    prev = None
    for n in args.sizes:
        subset = docs[:n]
        sents = sum(len(d.reporting_sentences) for d in subset)
        t, c = timed(compare, subset)
        growth = f"{t / prev:.2f}" if prev else "-"
        prev = t
        if args.no_baseline:
            tb_s, ratio = "-", "-"
        else:
            tb, _ = timed(naive, subset)
            tb_s, ratio = f"{tb:.2f}", f"{tb / t:.1f}x"
        print(f"{n:>5} {sents:>9} {t:>8.2f} {growth:>7} {len(c.matches):>8} {tb_s:>8} {ratio:>6}",
              flush=True)
    n = max(args.sizes)
    tracemalloc.start()
    compare(docs[:n])
    _cur, peak = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    print(f"\npeak memory allocated during compare of {n} articles: {peak / 2**20:.0f} MiB "
          f"(budget 1 GB; measured with tracemalloc)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
