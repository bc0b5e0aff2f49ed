"""Fit the same-fact model (app/fact_weights.py) on the development stories.

Usage: python benchmarks/quality/train_fact_model.py [STORIES_DIR] [--write]

Data: the six events of ../shared/data/stories (gold ``facts.tsv``: for each fact
several outlets state, every sentence stating it), articles rebuilt under STORIES_DIR.
Every candidate pair the engine scores (two sentences of different outlets sharing some
story weight) is a row: features from :meth:`app.align.Corpus.score_pairs`, label 1 when
the two sentences overlap gold sentences of one fact. Pairs with an unannotated side
count as 0: a fact several outlets state is annotated wherever it is stated.

The operating point (the probability shown at the default threshold) is the lowest at
which the annotated pairs reach ``PRECISION`` on the training events, else 0.5 (shown
when the model finds it more likely than not). On the six stories no threshold reaches
0.9 (the pairs above any cut stay about three in four right), so it is 0.5; the
stories benchmark prints the whole trade-off, threshold by threshold. Fitted on all
events with ``--write``; ``held_out(event)`` fits without one event, for
``stories.py --loeo`` (through ``story_models.py``), which prints the honest figures.
"""

from __future__ import annotations

import argparse
import sys
from functools import cache
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

from app.align import Corpus  # noqa: E402
from app.facts import FEATURE_NAMES  # noqa: E402
from benchmarks.quality.msrp import fit, predict  # noqa: E402
from benchmarks.quality.stories import DEFAULT_DIR, Event, load_events  # noqa: E402

PRECISION = 0.9  # closed-world precision the operating point is chosen for
L2 = 0.01

Row = tuple[tuple[float, ...], int, bool]  # features, label, both sides annotated


def event_rows(ev: Event) -> list[Row]:
    """One row per candidate pair the engine scores for this event."""
    files = sorted(ev.docs, key=lambda f: ev.docs[f].id)
    corpus = Corpus([ev.docs[f] for f in files])
    feats: dict[tuple[int, int, int, int], tuple[float, ...]] = {}
    corpus.score_pairs(corpus.candidates(), features_out=feats)
    facts_of = [
        [
            {g.fact for g in ev.facts if g.file == files[d] and g.span.overlaps(u.span)}
            for u in units
        ]
        for d, units in enumerate(corpus.units)
    ]
    rows = []
    for (da, pa, db, pb), x in sorted(feats.items()):
        fa, fb = facts_of[da][pa], facts_of[db][pb]
        rows.append((x, int(bool(fa & fb)), bool(fa and fb)))
    return rows


@cache
def all_rows(stories: str) -> dict[str, list[Row]]:
    return {ev.name: event_rows(ev) for ev in load_events(Path(stories))}


def operating_point(rows: list[Row], coef: tuple, intercept: float) -> float:
    """Lowest probability above which annotated pairs reach PRECISION (else 0.5)."""
    scored = sorted(
        ((predict(coef, intercept, x), y) for x, y, closed in rows if closed), reverse=True
    )
    right = 0
    best = 0.5
    for seen, (p, y) in enumerate(scored, 1):
        right += y
        if seen >= 20 and right / seen >= PRECISION:
            best = p
    return round(max(min(best, 0.95), 0.05), 4)


def fit_without(stories: str, event: str | None) -> tuple[tuple[float, ...], float, float]:
    """(coefficients, intercept, operating point) fitted on every event but ``event``."""
    rows = [r for name, rs in all_rows(stories).items() if name != event for r in rs]
    coef, intercept = fit([(x, y) for x, y, _c in rows], l2=L2)
    return tuple(coef), intercept, operating_point(rows, coef, intercept)


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
    coef, intercept, op = fit_without(args.stories, None)
    for n, c in zip(FEATURE_NAMES, coef, strict=True):
        print(f"  {n:<15} {c:+.3f}")
    print(f"  intercept {intercept:+.3f}  operating point {op}")
    if args.write:
        body = ",\n    ".join(
            ", ".join(f"{c:.4f}" for c in coef[i : i + 8]) for i in range(0, len(coef), 8)
        )
        (ROOT / "app" / "fact_weights.py").write_text(
            '"""Weights of the same-fact model (:mod:`app.facts`); generated, do not edit.\n\n'
            "Written by ``benchmarks/quality/train_fact_model.py --write``: L2-regularised\n"
            "logistic regression (Newton) over app.facts.FEATURE_NAMES on every candidate\n"
            "pair of the six development stories (../shared/data/stories); the honest\n"
            "figures are leave-one-event-out: ``benchmarks/quality/stories.py --loeo``.\n"
            '"""\n\n'
            f"COEFFICIENTS = (\n    {body},\n)\n"
            f"INTERCEPT = {intercept:.4f}\n"
            f"OPERATING_POINT = {op}  # P(same fact) shown at the default threshold\n",
            encoding="utf-8",
        )
        print("wrote app/fact_weights.py")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
