"""Fit the same-fact model (app/fact_weights.py) on the development stories.

Usage: python benchmarks/quality/train_fact_model.py [STORIES_DIR] [--write]

Data: the six events of ../shared/data/stories (gold ``facts.tsv``: for each fact
several outlets state, every sentence stating it), articles rebuilt under STORIES_DIR.
Every candidate pair the engine scores (two sentences of different outlets sharing some
story weight) is a row: features from :meth:`app.align.Corpus.score_pairs`, label 1 when
the two sentences overlap gold sentences of one fact. Pairs with an unannotated side
count as 0: a fact several outlets state is annotated wherever it is stated.

The operating point (the probability shown at the default threshold) is the lowest at
which the annotated pairs reach ``PRECISION`` on the training events, else the one at
which they are most precise (never a coin toss: a wrong link is worse than none). The
pairs above any cut stay three to four in five right on the six stories; the
stories benchmark prints the whole trade-off, threshold by threshold. Fitted on all
events with ``--write``; ``held_out(event)`` fits without one event, for
``stories.py --loeo`` (through ``story_models.py``), which prints the honest figures.

Before writing: the weights the app ships (session 24) are an older fit, kept on
purpose. A fit on the six stories alone sees only their closed world: in session 24 a
refit linked 92 sentence pairs among 50 PolNeAR articles (several 2016 primaries a
story) where the shipped weights link 41, nearly all the extra ones same-topic,
different-fact "related" links. Check ``precision.py``'s PolNeAR line (and read its
links) against the shipped weights before shipping a refit.
"""

from __future__ import annotations

import argparse
import sys
from functools import cache
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

from app import fact_weights  # noqa: E402
from app.align import Corpus  # noqa: E402
from app.facts import FEATURE_NAMES, SECOND_NAMES  # noqa: E402
from app.model import Span  # noqa: E402
from benchmarks.quality.msrp import fit, predict  # noqa: E402
from benchmarks.quality.stories import DEFAULT_DIR, load_events  # noqa: E402

PRECISION = 0.85  # closed-world precision the operating point is chosen for
QUOTED = 0.5  # share of a sentence inside gold quotation marks that makes it a quote
L2 = 0.01

Row = tuple[tuple[float, ...], int, bool]  # features, label, both sides annotated


@cache
def _prepared(stories: str) -> dict[str, tuple[Corpus, dict, list[list[set[str]]]]]:
    """Per event: the corpus, its candidates and each sentence's gold facts (built once)."""
    out = {}
    for ev in load_events(Path(stories)):
        files = sorted(ev.docs, key=lambda f: ev.docs[f].id)
        corpus = Corpus([ev.docs[f] for f in files])
        facts_of = [
            [
                {g.fact for g in ev.facts if g.file == files[d] and g.span.overlaps(u.span)}
                for u in units
            ]
            for d, units in enumerate(corpus.units)
        ]
        quoted = [
            [_quoted(u.span, [q.span for q in ev.quotes if q.file == files[d]]) for u in units]
            for d, units in enumerate(corpus.units)
        ]
        out[ev.name] = (corpus, corpus.candidates(), facts_of, quoted)
    return out


def _quoted(span: Span, quotes: list[Span]) -> bool:
    """Is most of this sentence inside gold quotation marks? (See ``event_rows``.)"""
    inside = sum(max(0, min(q.end, span.end) - max(q.start, span.start)) for q in quotes)
    return inside >= QUOTED * (span.end - span.start)


def event_rows(stories: str, name: str) -> list[Row]:
    """One row per candidate pair the engine scores for this event, with the second-look
    features as the weights now in app.fact_weights make them."""
    corpus, cands, facts_of, quoted = _prepared(stories)[name]
    feats: dict[tuple[int, int, int, int], tuple[float, ...]] = {}
    corpus.score_pairs(cands, features_out=feats)
    rows = []
    for (da, pa, db, pb), x in sorted(feats.items()):
        fa, fb = facts_of[da][pa], facts_of[db][pb]
        if not fa and not fb and (quoted[da][pa] or quoted[db][pb]):
            # The gold annotates facts only where outlets use their own words: a
            # sentence that is mostly a quote has no fact annotated whatever it says, so
            # a pair with one is of unknown label, not a negative (as a negative it
            # taught the model that sentences worded alike state different facts).
            continue
        rows.append((x, int(bool(fa & fb)), bool(fa and fb)))
    return rows


@cache
def all_rows(stories: str) -> dict[str, list[Row]]:
    """First-look rows (the first features do not depend on any weights)."""
    n = len(FEATURE_NAMES)
    return {
        name: [(x[:n], y, c) for x, y, c in event_rows(stories, name)]
        for name in _prepared(stories)
    }


def operating_point(rows: list[Row], coef: tuple, intercept: float) -> float:
    """Lowest probability above which annotated pairs reach PRECISION, else the one above
    which they are most precise."""
    scored = sorted(
        ((predict(coef, intercept, x), y) for x, y, closed in rows if closed), reverse=True
    )
    right = 0
    best = None
    safest, safest_precision = 0.95, 0.0
    for seen, (p, y) in enumerate(scored, 1):
        right += y
        if seen >= 20 and right / seen >= PRECISION:
            best = p
        if seen >= 20 and right / seen > safest_precision:
            safest, safest_precision = p, right / seen
    if best is None:
        # Never that precise: show only what is most often right, never a coin toss (a
        # wrong link in a published comparison is worse than a missing one).
        best = safest
    return round(max(min(best, 0.95), 0.05), 4)


Weights = tuple[tuple[float, ...], float, tuple[float, ...], float, float]


def fit_without(stories: str, event: str | None) -> Weights:
    """Both looks' (coefficients, intercept) and the operating point, fitted on every
    event but ``event``: the first look on the first features, then the second on
    features recomputed with the first look's weights (on the training events only)."""
    names = [name for name in all_rows(stories) if name != event]
    rows = [r for name in names for r in all_rows(stories)[name]]
    coef, intercept = fit([(x, y) for x, y, _c in rows], l2=L2)
    saved = (fact_weights.COEFFICIENTS, fact_weights.INTERCEPT)
    fact_weights.COEFFICIENTS, fact_weights.INTERCEPT = tuple(coef), intercept
    try:
        rows2 = [r for name in names for r in event_rows(stories, name)]
    finally:
        fact_weights.COEFFICIENTS, fact_weights.INTERCEPT = saved
    coef2, intercept2 = fit([(x, y) for x, y, _c in rows2], l2=L2)
    op = operating_point(rows2, coef2, intercept2)
    return tuple(coef), intercept, tuple(coef2), intercept2, op


def _tuple(coef: tuple[float, ...]) -> str:
    body = ",\n    ".join(
        ", ".join(f"{c:.4f}" for c in coef[i : i + 8]) for i in range(0, len(coef), 8)
    )
    return f"(\n    {body},\n)"


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("stories", nargs="?", default=str(DEFAULT_DIR))
    ap.add_argument("--write", action="store_true")
    args = ap.parse_args()
    if not Path(args.stories).is_dir():
        print(f"skipped: no stories at {args.stories}")
        return 0
    rows = all_rows(args.stories)
    for name, rs in rows.items():
        print(f"{name:<28} {len(rs):6d} candidate pairs, {sum(y for _x, y, _c in rs):4d} same fact")
    coef, intercept, coef2, intercept2, op = fit_without(args.stories, None)
    for n, c, c2 in zip(
        (*FEATURE_NAMES, *SECOND_NAMES), (*coef, *(None,) * len(SECOND_NAMES)), coef2,
        strict=True,
    ):
        first = f"{c:+.3f}" if c is not None else "      "
        print(f"  {n:<15} first {first}  second {c2:+.3f}")
    print(f"  intercepts {intercept:+.3f} / {intercept2:+.3f}  operating point {op}")
    if args.write:
        (ROOT / "app" / "fact_weights.py").write_text(
            '"""Weights of the same-fact model (:mod:`app.facts`); generated, do not edit.\n\n'
            "Written by ``benchmarks/quality/train_fact_model.py --write``: L2-regularised\n"
            "logistic regression (Newton) on every candidate pair of the six development\n"
            "stories (../shared/data/stories): the first look over app.facts.FEATURE_NAMES,\n"
            "the second over those and app.facts.SECOND_NAMES; the honest figures are\n"
            "leave-one-event-out: ``benchmarks/quality/stories.py --loeo``.\n"
            '"""\n\n'
            f"COEFFICIENTS = {_tuple(coef)}\n"
            f"INTERCEPT = {intercept:.4f}\n"
            f"COEFFICIENTS2 = {_tuple(coef2)}\n"
            f"INTERCEPT2 = {intercept2:.4f}\n"
            f"OPERATING_POINT = {op}  # P(same fact) shown at the default threshold\n",
            encoding="utf-8",
        )
        print("wrote app/fact_weights.py")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
