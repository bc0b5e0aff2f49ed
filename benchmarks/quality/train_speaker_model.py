"""Fit the speaker model (app/quotes/speakers.py); write app/quotes/speaker_weights.py.

Data: PolNeAR train (a candidate is right when its surname occurs in the gold Source
text; quotes whose Source names nobody by a capitalised word — "he", "the company" — are
left out, since who they mean is not annotated) and the development stories (right when
it names the gold speaker; for a quote the story marks ``unnamed``, every candidate is
wrong, which teaches the model to abstain). PolNeAR dev is never used.

The threshold is chosen leave-one-event-out on the stories: for each event, weights
fitted without it decide its quotes; the pooled decisions give, per threshold, speaker
accuracy, wrong names and abstentions, and the threshold is the most accurate one whose
wrong-name rate stays at or under ``MAX_WRONG``.

``--bootstrap N``: how much of the leave-one-event-out figure is the training data's
chance. N times, PolNeAR's quotes are drawn again with replacement (seeded: the same
draws every run), the per-event refits are made on them, and the stories' accuracy,
wrong names and abstentions at the shipped threshold are printed as min / median /
max. A change to the rules that moves the figure by less than this spread has not
shown it helps or harms.

Usage: python benchmarks/quality/train_speaker_model.py [DATA_DIR] [STORIES_DIR] [--write]
           [--bootstrap N]
"""

from __future__ import annotations

import random
import statistics
import sys
from collections.abc import Sequence
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(HERE))

import logistic_fit  # noqa: E402
import polnear  # noqa: E402
import stories  # noqa: E402

from app.ingest.build import make_document  # noqa: E402
from app.quotes import speaker_weights  # noqa: E402
from app.quotes.logistic import probability  # noqa: E402
from app.quotes.pipeline import analyse_quotes  # noqa: E402
from app.quotes.speakers import RULE_ONLY, Candidate, _explicit, pick  # noqa: E402

MAX_WRONG = 0.03
# PolNeAR's attributions are mostly explicit ("…,” X said), which the model must not
# start abstaining on: the threshold may cost at most this much of its train accuracy.
MAX_POLNEAR_LOSS = 0.01
L2 = 1.0
EPOCHS = 150
STORY_WEIGHT = 3.0  # a story quote counts this many PolNeAR quotes: it is the kind judged

# One quote: its candidates' features and which are right; gold_named says whether a
# right answer exists (False: the story says the speaker is not named).
Quote = tuple[list[tuple[list[str], int]], bool]


def _labelled(cands: Sequence[Candidate], right) -> list[tuple[list[str], int]]:
    return [
        (["bias", *(f for f in c.features if f not in RULE_ONLY)], int(right(c.name)))
        for c in cands
    ]


def polnear_quotes(split: Path) -> list[Quote]:
    out: list[Quote] = []
    for text, ann in polnear._annotations(split):
        gold = polnear.gold(text, ann)
        a = analyse_quotes(make_document(text))
        used: set[int] = set()
        for q, cands in zip(a.quotes, a.candidates, strict=True):
            hit = polnear.matches(q, gold, used)
            if hit is None:
                continue
            used.add(hit)
            source = gold[hit][3]
            if not any(w[:1].isupper() for w in source.split()[1:]) and not (
                source[:1].isupper() and source.split()[0].lower() not in {"he", "she", "they",
                                                                          "the", "a", "an", "i",
                                                                          "we", "his", "her"}
            ):
                continue
            low = source.lower()
            out.append((_labelled(cands, lambda n, low=low: n.split()[-1].lower() in low), True))
    return out


def story_quotes(events: list[stories.Event]) -> dict[str, list[Quote]]:
    out: dict[str, list[Quote]] = {}
    for ev in events:
        rows: list[Quote] = []
        for file, doc in ev.docs.items():
            a = analyse_quotes(doc)
            seen: set[int] = set()
            for g in ev.quotes:
                if g.file != file:
                    continue
                q = stories.found_quote(doc, g, list(a.quotes))
                if q is None:
                    continue
                k = a.quotes.index(q)
                if k in seen:
                    continue
                seen.add(k)
                rows.append((
                    _labelled(a.candidates[k],
                              lambda n, g=g: g.named and stories.same_person(n, g.speaker)),
                    g.named,
                ))
        out[ev.name] = rows
    return out


def score(feats: Sequence[str], w: dict[str, float]) -> float:
    return probability(feats, w)


def fit(data: list[tuple[list[str], int, float]]) -> dict[str, float]:
    return logistic_fit.fit(data, EPOCHS, L2)


def flatten(quotes: list[Quote], weight: float) -> list[tuple[list[str], int, float]]:
    return [(f, y, weight) for cands, _named in quotes for f, y in cands]


def decisions(quotes: list[Quote], w: dict[str, float]) -> list[tuple[float, int, bool]]:
    """Per quote, as the engine decides (:func:`app.quotes.speakers.pick`, threshold 0):
    the chosen candidate's probability (1 when the attributing words' reading stands),
    whether it is right, and whether the gold names a speaker."""
    out = []
    for cands, named in quotes:
        scored = [(f, score(f, w)) for f, _y in cands]
        k = pick(scored, 0.0)
        if k is None:
            out.append((0.0, 0, named))
            continue
        explicit = _explicit(scored[k][0])
        out.append((1.0 if explicit else scored[k][1], cands[k][1], named))
    return out


def sweep(dec: list[tuple[float, int, bool]]) -> list[tuple[float, float, float, float]]:
    """(threshold, accuracy over named, wrong rate, abstention rate) per threshold."""
    return [(t, *at_threshold(dec, t)) for t in [x / 100 for x in range(5, 100, 5)]]


def at_threshold(
    dec: list[tuple[float, int, bool]], threshold: float
) -> tuple[float, float, float]:
    """(accuracy over named, wrong rate, abstention rate) deciding at ``threshold``."""
    named = sum(1 for _p, _y, n in dec if n) or 1
    right = sum(1 for p, y, _n in dec if p >= threshold and y)
    wrong = sum(1 for p, y, _n in dec if p >= threshold and not y)
    abst = sum(1 for p, _y, _n in dec if p < threshold)
    return right / named, wrong / len(dec), abst / len(dec)


def choose(
    rows: list[tuple[float, float, float, float]], pol: list[tuple[float, float, float, float]]
) -> float:
    """The highest threshold (fewest wrong names on the stories) that keeps PolNeAR train
    accuracy within ``MAX_POLNEAR_LOSS`` of its best, and stops once the stories' wrong
    names are at ``MAX_WRONG``."""
    best_pol = max(r[1] for r in pol) if pol else 0.0
    ok = [r for r, p in zip(rows, pol, strict=True) if p[1] >= best_pol - MAX_POLNEAR_LOSS]
    under = [r for r in ok if r[2] <= MAX_WRONG]
    if under:
        return min(r[0] for r in under)
    return max(r[0] for r in ok) if ok else rows[0][0]


_POLNEAR_CACHE: dict[Path, list[Quote]] = {}


def polnear_cached(data: Path) -> list[Quote]:
    split = data / "polnear" / "train"
    if split not in _POLNEAR_CACHE:
        _POLNEAR_CACHE[split] = polnear_quotes(split) if split.is_dir() else []
    return _POLNEAR_CACHE[split]


def fit_without(
    data: Path,
    by_event: dict[str, list[Quote]],
    held: str | None,
    pol: list[Quote] | None = None,
) -> dict[str, float]:
    """Weights fitted on PolNeAR train (``pol`` in its place, for a redrawn sample) and
    every event but ``held``."""
    train = flatten(polnear_cached(data) if pol is None else pol, 1.0)
    for name, qs in by_event.items():
        if name != held:
            train += flatten(qs, STORY_WEIGHT)
    return fit(train)


def bootstrap(data: Path, by_event: dict[str, list[Quote]], draws: int) -> None:
    """The leave-one-event-out figure over ``draws`` redrawn PolNeAR samples."""
    pol = polnear_cached(data)
    rng = random.Random(0)
    rows: list[tuple[float, float, float]] = []
    for n in range(draws):
        sample = [pol[rng.randrange(len(pol))] for _ in pol]
        pooled: list[tuple[float, int, bool]] = []
        for ev in by_event:
            pooled += decisions(by_event[ev], fit_without(data, by_event, ev, sample))
        rows.append(at_threshold(pooled, speaker_weights.THRESHOLD))
        print(f"  draw {n + 1}: accuracy {rows[-1][0]:.3f}  wrong {rows[-1][1]:.3f}  "
              f"abstain {rows[-1][2]:.3f}")
    for k, label in enumerate(("accuracy", "wrong", "abstain")):
        vals = [r[k] for r in rows]
        print(f"{label:<9} min {min(vals):.3f}  median {statistics.median(vals):.3f}  "
              f"max {max(vals):.3f}  (over {draws} redrawn PolNeAR samples, threshold "
              f"{speaker_weights.THRESHOLD:.2f})")


def main() -> int:
    argv = sys.argv[1:]
    draws = None
    if "--bootstrap" in argv:  # its count is no folder
        at = argv.index("--bootstrap")
        draws = int(argv[at + 1])
        del argv[at : at + 2]
    args = [a for a in argv if not a.startswith("--")]
    data = Path(args[0]) if args else ROOT.parent / "shared" / "data"
    root = Path(args[1]) if len(args) > 1 else stories.DEFAULT_DIR
    if not root.is_dir():
        print(f"skipped: no stories at {root}")
        return 0
    events = stories.load_events(root)
    by_event = story_quotes(events)
    pol = polnear_cached(data)
    if draws is not None:
        print(f"stories leave-one-event-out at the shipped threshold, {draws} redrawn "
              "PolNeAR samples:")
        bootstrap(data, by_event, draws)
        return 0
    print(f"PolNeAR train quotes with a named source: {len(pol)}; story quotes: "
          f"{sum(len(v) for v in by_event.values())}")
    pooled: list[tuple[float, int, bool]] = []
    for ev in by_event:
        w = fit_without(data, by_event, ev)
        pooled += decisions(by_event[ev], w)
    rows = sweep(pooled)
    w_all = fit_without(data, by_event, None)
    pol_rows = sweep(decisions(pol, w_all))
    print("threshold | stories leave-one-event-out: accuracy wrong abstain"
          " | PolNeAR train (named sources, in sample): accuracy wrong abstain")
    for (t, acc, wr, ab), (_t, pa, pw, pb) in zip(rows, pol_rows, strict=True):
        print(f"  {t:.2f}  {acc:.3f}  {wr:.3f}  {ab:.3f}   |  {pa:.3f}  {pw:.3f}  {pb:.3f}")
    t = choose(rows, pol_rows)
    print(f"chosen threshold {t:.2f}")
    if "--write" in sys.argv:
        logistic_fit.write_weights(
            ROOT / "app" / "quotes" / "speaker_weights.py",
            "Generated by benchmarks/quality/train_speaker_model.py from PolNeAR train and\n"
            "the development stories: do not edit.",
            t,
            w_all,
        )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
