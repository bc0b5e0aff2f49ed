"""Stories found automatically (issue 12): pairwise precision/recall of the grouping.

    .venv/bin/python benchmarks/quality/story_grouping.py [STORIES_DIR] [DATA_DIR]

The six development stories (``STORIES_DIR/<event>/*.txt``, 60 articles, default
``~/stories``) are mixed with 200 PolNeAR training articles
(``DATA_DIR/polnear/train/text``, default ``../shared/data``), and ``app.stories`` groups
all 260. Every pair of articles is scored:

- two articles of the same development story grouped together: right (true positive);
  apart: a miss;
- a development article grouped with an article of another story or with a PolNeAR
  article: wrong (the PolNeAR articles are 2016 US politics, unrelated to the six);
- two PolNeAR articles grouped together: **neither right nor wrong**. They may well
  report the same event (the 2016 election has many), and no gold says which do; the
  count is printed, and the grouped pairs with ``--show`` for a person to judge.

Prints precision, recall, the number of stories and the time for the 260 articles, twice:
on the text alone, and with each article's publication date (which a saved page or
``sources.csv`` usually gives; here the development articles' ``date YYYY-MM-DD`` line
and the date in PolNeAR's file names), since articles published months apart are
rarely one event. Then the 60 development articles alone (a small folder, where what
counts as rare is decided among fewer documents), and a stress test of large stories:
every article of three development stories cut into its two halves (paragraphs), so
each story has 20 shorter documents, mixed with the same 200 PolNeAR articles.

Last, *small folders*, what a journalist drops onto the window: each story's ten
articles alone (they must stay one story), each story's articles cut into halves alone
(about 20 shorter documents of one event), every two stories' twenty articles together
(two stories), and pairs of articles (the first three of every two stories: two
stories each). In a folder of one event there is no unrelated rest to judge rarity or
the ordinary level against, which the mixed runs above always have.

Run it on held-out events too (a folder of ``<event>/*.txt``): nothing here is fitted,
but the constants of ``app.grouping`` were chosen on the development stories.
"""

from __future__ import annotations

import dataclasses
import itertools
import re
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

import app
from app.ingest.build import make_document
from app.model import Document

POLNEAR_ARTICLES = 200
TARGET = 0.95


DATE = re.compile(r"(?:^|\s)date (\d{4}-\d{2}-\d{2})|_(\d{4}-\d{2}-\d{2})_")


def load(
    stories_dir: Path, data_dir: Path, dated: bool
) -> tuple[list[Document], dict[str, str | None]]:
    """The 60 development articles and 200 PolNeAR ones, with each id's gold event."""
    docs: list[Document] = []
    gold: dict[str, str | None] = {}
    for event in sorted(p for p in stories_dir.iterdir() if p.is_dir()):
        for f in sorted(event.glob("*.txt")):
            d = app.load(f)
            if dated:
                d = dataclasses.replace(d, published=_date(d.text[:400]))
            docs.append(d)
            gold[d.id] = event.name
    texts = sorted((data_dir / "polnear" / "train" / "text").glob("*.txt"))[:POLNEAR_ARTICLES]
    for f in texts:
        published = _date(f.name) if dated else ""
        d = make_document(f.read_text(encoding="utf-8"), path=str(f), published=published)
        if d.id not in gold:
            docs.append(d)
            gold[d.id] = None
    return docs, gold


LARGE_STORIES = ("altman-openai-ouster-2023", "mccarthy-ousted-2023", "truss-resignation-2022")


def halved(
    docs: list[Document], gold: dict[str, str | None], events: tuple[str, ...]
) -> tuple[list[Document], dict[str, str | None]]:
    """Each article of ``events`` as two documents, its first and second half."""
    out: list[Document] = []
    out_gold: dict[str, str | None] = {}
    for d in docs:
        if gold[d.id] not in events:
            continue
        paras = [p for p in d.text.split("\n\n") if len(p.split()) > 8]
        k = len(paras) // 2
        for part in (paras[:k], paras[k:]):
            if part:
                h = make_document("\n\n".join(part), path=d.path)
                out.append(h)
                out_gold[h.id] = gold[d.id]
    return out, out_gold


def _date(text: str) -> str:
    m = DATE.search(text)
    return (m.group(1) or m.group(2)) if m else ""


def score(groups: list[tuple[str, ...]], gold: dict[str, str | None]) -> tuple[int, int, int, int]:
    """(true positives, false positives, false negatives, PolNeAR pairs grouped)."""
    story_of = {doc: k for k, g in enumerate(groups) for doc in g}
    ids = list(gold)
    tp = fp = fn = unjudged = 0
    for x in range(len(ids)):
        for y in range(x + 1, len(ids)):
            a, b = ids[x], ids[y]
            together = story_of[a] == story_of[b]
            ga, gb = gold[a], gold[b]
            if ga is None and gb is None:
                unjudged += together
            elif ga is not None and ga == gb:
                tp += together
                fn += not together
            else:
                fp += together
    return tp, fp, fn, unjudged


def report(docs: list[Document], gold: dict[str, str | None], show: bool) -> None:
    """Group ``docs``, print the figures and the stories that hold a development article."""
    t0 = time.perf_counter()
    found = app.stories(docs)
    elapsed = time.perf_counter() - t0
    tp, fp, fn, unjudged = score([s.documents for s in found], gold)
    precision = tp / (tp + fp) if tp + fp else 1.0
    recall = tp / (tp + fn) if tp + fn else 1.0
    by_id = {d.id: d for d in docs}
    polnear = sum(g is None for g in gold.values())
    events = len({g for g in gold.values() if g is not None})
    print(
        f"  {len(docs)} articles ({len(docs) - polnear} in {events} stories, {polnear} PolNeAR) -> "
        f"{len(found)} stories ({sum(len(s.documents) > 1 for s in found)} of two or more)"
    )
    print(
        f"  pairwise precision {precision:.3f}  recall {recall:.3f}  (target >= {TARGET})"
        f"  tp {tp} fp {fp} fn {fn}"
    )
    print(f"  PolNeAR pairs grouped together (not scored): {unjudged}")
    print(f"  time for {len(docs)} articles: {elapsed:.2f} s")
    for s in found:
        events = sorted({str(gold[d]) for d in s.documents})
        if len(s.documents) > 1 and (show or any(gold[d] is not None for d in s.documents)):
            print(f"    [{len(s.documents):2}] {s.title}  <- {', '.join(events)}")
            if show and all(gold[d] is None for d in s.documents):
                for d in s.documents:
                    print(f"           {Path(by_id[d].path).name}: {by_id[d].text[:80]!r}")


def main(argv: list[str]) -> int:
    show = "--show" in argv
    args = [a for a in argv if a != "--show"]
    stories_dir = Path(args[0]) if args else Path.home() / "stories"
    data_dir = (
        Path(args[1]) if len(args) > 1 else Path(__file__).resolve().parents[3] / "shared" / "data"
    )
    if not stories_dir.is_dir() or not (data_dir / "polnear" / "train" / "text").is_dir():
        print(f"skipped: needs {stories_dir} and {data_dir}/polnear/train/text")
        return 0
    for dated in (False, True):
        docs, gold = load(stories_dir, data_dir, dated)
        print("with publication dates:" if dated else "text alone:")
        report(docs, gold, show)
    docs, gold = load(stories_dir, data_dir, False)
    dev = [d for d in docs if gold[d.id] is not None]
    print("the development articles alone, text alone:")
    report(dev, {d.id: gold[d.id] for d in dev}, show)
    halves, half_gold = halved(dev, gold, LARGE_STORIES)
    rest = [d for d in docs if gold[d.id] is None]
    print(f"large stories ({', '.join(LARGE_STORIES)} as halves) + PolNeAR, text alone:")
    report(halves + rest, half_gold | {d.id: None for d in rest}, show)
    small_folders(dev, {d.id: str(gold[d.id]) for d in dev})
    return 0


def small_folders(dev: list[Document], gold: dict[str, str]) -> None:
    """Pairwise precision/recall over many small folders (see the module docstring)."""
    events: dict[str, list[Document]] = {}
    for d in dev:
        events.setdefault(gold[d.id], []).append(d)
    print("small folders (the stories folder's articles only, each folder grouped on its own):")
    all_halves, half_gold = halved(dev, dict(gold), tuple(events))
    cases: list[tuple[str, list[tuple[list[Document], dict[str, str | None]]]]] = [
        ("one story alone", [(ds, {d.id: e for d in ds}) for e, ds in events.items()]),
        (
            "one story's halves alone",
            [
                ([h for h in all_halves if half_gold[h.id] == e], dict(half_gold))
                for e in events
            ],
        ),
        (
            "two stories together",
            [
                (d1 + d2, {d.id: gold[d.id] for d in d1 + d2})
                for (_e1, d1), (_e2, d2) in itertools.combinations(events.items(), 2)
            ],
        ),
        (
            "two articles, two stories",
            [
                ([a, b], {a.id: gold[a.id], b.id: gold[b.id]})
                for (_e1, d1), (_e2, d2) in itertools.combinations(events.items(), 2)
                for a in d1[:3]
                for b in d2[:3]
            ],
        ),
    ]
    for label, folders in cases:
        tp = fp = fn = 0
        split = []
        for docs, folder_gold in folders:
            found = app.stories(docs)
            t, f, n, _ = score(
                [s.documents for s in found], {d.id: folder_gold[d.id] for d in docs}
            )
            tp, fp, fn = tp + t, fp + f, fn + n
            if n and len({folder_gold[d.id] for d in docs}) == 1:
                split.append(f"{folder_gold[docs[0].id]} ({len(found)})")
        precision = tp / (tp + fp) if tp + fp else 1.0
        recall = tp / (tp + fn) if tp + fn else 1.0
        print(
            f"  {label:27} {len(folders):3} folders  precision {precision:.3f}  "
            f"recall {recall:.3f}  tp {tp} fp {fp} fn {fn}"
        )
        if split:
            print(f"      split: {', '.join(split)}")


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
