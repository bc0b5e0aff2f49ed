"""Time comparing: two ~1,500-word articles, then 25 to 924 PolNeAR articles.

Usage: python benchmarks/compare.py [DATA_DIR] [--sizes 25 50 100 200 500 924]
       [--one-story-max 200] [--naive-max 100] [--no-baseline] [--no-memory]

Budgets (issue 12): two ~1,500-word articles <= 20 ms; 200 articles <= 2 s; 1,000
articles <= 15 s and <= 1 GB peak. Every figure is a cold one (the session's analysis
cache emptied first) unless it says warm. Rows:

- *stories first*: what ``parallax compare`` and the GUI do: group into stories, then
  score and select within each (:func:`app.score_stories`);
- *one story*: every article compared with every other (``--one-story``), up to
  ``--one-story-max`` articles (it grows with the square of the articles in a story);
- *naive*: every sentence pair of every document pair scored with rapidfuzz and
  assigned greedily, up to ``--naive-max`` articles (it is quadratic in everything);
- *add one to 50*: 51 articles cold, against 50 already compared in the session
  (analyses and scored stories kept) plus one more;
- *in the desktop app*: the two articles (interleaved with this process alone), then
  200 articles stories first (the median of three cold runs), with the worker the app
  starts as its window opens (:func:`app.pool.keep_warm`), where the rows above start
  theirs (or, for two articles, have none), each run as the app's jobs run (under its
  collector, :func:`app.gc_pause.collector_off`), where the rows above let Python's
  collector run as the command line does.

The *grouping s* column is the part of the stories-first time spent grouping the
articles into stories (:func:`app.grouping.stories`, its term counts included).

From 100 documents to analyse, analysis takes a worker process per idle core
(:mod:`app.pool`): the *workers* column says how many the stories-first row got (``-``:
too few documents to ask), so figures from a machine shared with other jobs can be read
for what they are. Peak memory is this process's (tracemalloc): a worker's is not in it.

Train and dev texts together are 924 articles, the largest size available here.
Loading files is not timed. Skips (exit 0) when the PolNeAR folder is absent.
"""

from __future__ import annotations

import argparse
import gc
import statistics
import sys
import time
import tracemalloc
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from rapidfuzz import fuzz, process  # noqa: E402

from app import analysis, gc_pause, grouping, pool  # noqa: E402
from app.ingest.build import make_document  # noqa: E402
from app.model import Document  # noqa: E402
from app.quotes import extract_quotes  # noqa: E402
from app.story import compare, score_stories, select  # noqa: E402
from app.story_cache import StoryCache  # noqa: E402


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


def timed(fn: Callable[..., Any], *args: Any) -> tuple[float, Any]:
    t0 = time.perf_counter()
    out = fn(*args)
    return time.perf_counter() - t0, out


def cold(fn: Callable[..., Any], *args: Any) -> tuple[float, Any]:
    """``fn`` timed with the session's analysis cache emptied first."""
    analysis.CACHE.clear()
    return timed(fn, *args)


def in_job(fn: Callable[..., Any], *args: Any) -> float:
    """``fn`` timed cold as the desktop app runs it: in a job, under the app's collector
    (:func:`app.gc_pause.collector_off`: none while it runs, what lives frozen at its
    end, the freezing timed too); thawed after, so that the runs that follow start as
    these did."""
    analysis.CACHE.clear()
    t0 = time.perf_counter()
    with gc_pause.collector_off():
        fn(*args)
    t = time.perf_counter() - t0
    gc.unfreeze()
    return t


def load(path: Path) -> Document:
    text = path.read_text(encoding="utf-8-sig").replace("\r\n", "\n")
    return make_document(text, path=str(path))


def two_articles(train: Path) -> list[Document]:
    """The two ~1,500-word articles every two-article budget is measured on: the
    PolNeAR training texts closest to 1,500 words each."""
    by_len = sorted(
        sorted(train.glob("*.txt")),
        key=lambda f: (abs(len(f.read_text(encoding="utf-8").split()) - 1500), f.name),
    )
    return [load(by_len[0]), load(by_len[1])]


def stories_first(docs: Sequence[Document], cache: Any = None) -> int:
    """Matches found when comparing within each story, as the CLI does."""
    return sum(len(select(s).matches) for _story, s in score_stories(docs, cache=cache))


#: Workers app.pool offered each time analysis asked (it asks only from 100 documents).
POOL_ASKED: list[int] = []
_workers = pool.workers


def _counted_workers() -> int:
    n = _workers()
    POOL_ASKED.append(n)
    return n


pool.workers = _counted_workers  # type: ignore[assignment]

#: Seconds spent in app.grouping.stories since last cleared (score_stories imports it
#: when called, so the timed wrapper below is the one it finds).
GROUPING: list[float] = []
_stories = grouping.stories


def _timed_stories(
    documents: Sequence[Document], counted: Any = None
) -> list[grouping.Story]:
    t0 = time.perf_counter()
    out = _stories(documents, counted)
    GROUPING.append(time.perf_counter() - t0)
    return out


grouping.stories = _timed_stories  # type: ignore[assignment]


def peak_mib(fn: Callable[..., Any], *args: Any) -> float:
    analysis.CACHE.clear()
    tracemalloc.start()
    fn(*args)
    _cur, peak = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    return peak / 2**20


def desktop_pair(pair: list[Document], runs: int = 10) -> None:
    """The two articles cold in the desktop app, whose worker (started with the window)
    finds one article's quotes while this process finds the other's, then groups the
    quotes of both, against this process alone, interleaved (ABBA) so that a machine
    whose speed drifts treats both alike; both in a job, as the app runs it
    (:func:`in_job`)."""
    kept = pool.keep_warm()
    if kept is None:
        print("  in the desktop app: no worker could start here")
        return
    kept.executor().submit(pool.warm_up).result()
    session = pool.session
    alone: list[float] = []
    app: list[float] = []
    try:
        for r in range(runs):
            for warm in (False, True) if r % 2 == 0 else (True, False):
                pool.session = session if warm else (lambda: None)  # type: ignore[assignment]
                (app if warm else alone).append(in_job(compare, pair))
    finally:
        pool.session = session  # type: ignore[assignment]
        pool.let_go()
    a, w = statistics.median(alone), statistics.median(app)
    print(f"  in the desktop app ({kept.workers} worker started with the window finding one "
          f"article's quotes and grouping both's): cold median {w * 1e3:.1f} ms against "
          f"{a * 1e3:.1f} ms in this process alone, interleaved (budget 20 ms)")


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("data", nargs="?", default=str(ROOT.parent / "shared" / "data"))
    ap.add_argument("--sizes", type=int, nargs="+", default=[25, 50, 100, 200, 500, 924])
    ap.add_argument("--one-story-max", type=int, default=200)
    ap.add_argument("--naive-max", type=int, default=100)
    ap.add_argument("--no-baseline", action="store_true")
    ap.add_argument("--no-memory", action="store_true")
    args = ap.parse_args()
    base = Path(args.data) / "polnear"
    train, dev = base / "train" / "text", base / "dev" / "text"
    if not train.is_dir():
        print(f"PolNeAR texts not found at {train}; skipping.")
        return 0
    pair = two_articles(train)
    compare(pair)  # imports, compiled patterns
    runs_cold = [cold(compare, pair)[0] for _ in range(9)]
    runs_warm = []
    for _ in range(9):
        t, c = timed(compare, pair)
        runs_warm.append(t)
    words = [d.word_count for d in pair]
    med_cold = statistics.median(runs_cold)
    print(f"two articles ({words[0]} + {words[1]} words): cold median "
          f"{med_cold * 1e3:.1f} ms, warm (analyses cached) median "
          f"{statistics.median(runs_warm) * 1e3:.1f} ms  (budget 20 ms)  matches {len(c.matches)}")
    tq = statistics.median(timed(lambda: [extract_quotes(d) for d in pair])[0] for _ in range(7))
    print(f"  of which quote extraction (cold only): {tq * 1e3:.1f} ms")
    if not args.no_baseline:
        tb, _ = timed(naive, pair)
        print(f"  naive baseline: {tb * 1e3:.1f} ms  ratio naive/ours (cold) {tb / med_cold:.1f}x")

    desktop_pair(pair)

    # Loaded only now: hundreds of documents alive make every garbage collection slower,
    # which the two-article case (a person comparing two articles) never pays.
    files = sorted(train.glob("*.txt")) + (sorted(dev.glob("*.txt")) if dev.is_dir() else [])
    docs = [load(f) for f in files[: max(args.sizes)]]

    print(f"\nanalysis pool: {pool.workers()} worker(s) now ({pool.cpus()} cores, "
          f"{pool.busy():.0f} other process(es) running); used from "
          f"{analysis.POOL_MIN_DOCUMENTS} documents to analyse, when a core is idle")
    print(f"\n{'docs':>5} {'sentences':>9} {'stories s':>9} {'x prev':>6} {'matches':>8} "
          f"{'grouping s':>10} {'one story s':>11} {'x prev':>6} {'matches':>8} {'naive s':>8} "
          f"{'ratio':>6} {'workers':>7}")
    prev_s = prev_o = None
    for n in args.sizes:
        subset = docs[:n]
        sents = sum(len(d.reporting_sentences) for d in subset)
        POOL_ASKED.clear()
        GROUPING.clear()
        ts, ms = cold(stories_first, subset)
        tg = sum(GROUPING)
        workers = ",".join(map(str, POOL_ASKED)) or "-"
        grow_s = f"{ts / prev_s:.2f}" if prev_s else "-"
        prev_s = ts
        if n <= args.one_story_max:
            to, c = cold(compare, subset)
            grow_o = f"{to / prev_o:.2f}" if prev_o else "-"
            prev_o = to
            to_s, mo = f"{to:.2f}", str(len(c.matches))
        else:
            to_s, grow_o, mo = "(capped)", "-", "-"
        if args.no_baseline or n > args.naive_max:
            tb_s, ratio = "-", "-"
        else:
            tb, _ = timed(naive, subset)
            tb_s, ratio = f"{tb:.2f}", f"{tb / ts:.1f}x"
        print(f"{n:>5} {sents:>9} {ts:>9.2f} {grow_s:>6} {ms:>8} {tg:>10.2f} {to_s:>11} "
              f"{grow_o:>6} {mo:>8} {tb_s:>8} {ratio:>6} {workers:>7}", flush=True)
    print(f"(one story capped at {args.one_story_max} articles, naive at {args.naive_max}: "
          "both grow with the square of the articles compared together)")

    if len(docs) >= 51:
        t51, _ = cold(stories_first, docs[:51])
        kept = StoryCache(size=len(docs))  # the GUI's cache, large enough to keep every story
        analysis.CACHE.clear()
        stories_first(docs[:50], kept)
        t1, _ = timed(stories_first, docs[:51], kept)
        print(f"\nadd one article to 50 (stories first): 51 cold {t51:.2f} s; "
              f"50 compared, then one more {t1:.2f} s")

    n_app = min(200, len(docs))
    kept_warm = pool.keep_warm()
    if kept_warm is not None:
        kept_warm.executor().submit(pool.warm_up).result()
        # the median of three cold runs: one run is as noisy as the machine (one took
        # 1.69 s and the next 2.14 s on the same code)
        runs = sorted(in_job(stories_first, docs[:n_app]) for _ in range(3))
        pool.let_go()
        print(f"\n{n_app} articles stories first in the desktop app ({kept_warm.workers} "
              f"worker started with the window, so none to start now): median {runs[1]:.2f} s "
              f"of three cold runs ({runs[0]:.2f} to {runs[2]:.2f}) (budget 2 s)")

    if not args.no_memory:
        n = max(args.sizes)
        print(f"\npeak memory (tracemalloc) stories first, {n} articles: "
              f"{peak_mib(stories_first, docs[:n]):.0f} MiB (budget 1 GB)")
        m = min(n, args.one_story_max)
        print(f"peak memory (tracemalloc) one story, {m} articles: "
              f"{peak_mib(compare, docs[:m]):.0f} MiB")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
