"""The same fact in other words: a decision made relative to the documents at hand.

``app.scoring`` asks how alike two sentences are in wording; outlets that state one fact
in their own words share a few names and rarer words and little else, so that score
alone gives them about 0.02. Whether a sentence of one outlet states the fact a sentence
of another states is better told by where the pair stands among the documents:

- *story weight*: what the two share, each word weighted by how rare it is among the
  sentences of the story (the corpus IDF of :class:`app.align.Corpus`), so the words
  every article uses ("Truss", "resign", "submersible") say little and names, numbers
  and rarer predicates say much;
- *rank*: is the other sentence the best counterpart this one has in that document, both
  ways, and by what margin over the runner-up;
- *order*: are the neighbouring sentences counterparts too (outlets keep the order of
  the facts they share), and do both sit at about the same place in their articles;
- *agreement*: in how many third documents do both sentences have the same best
  counterpart (three outlets saying one thing agree with one another);
- *topic*: how alike the two documents are as a whole (unrelated articles of one
  campaign share topic words, not facts).
- *meaning*: how alike the two sentences are in meaning (static vectors distilled from
  a sentence model, :mod:`app.text.embedding`), and whether each is the other's closest
  in meaning among its candidates: "quit" and "stepped down" share no word.

These weak cues are combined by a logistic model (weights in
:mod:`app.fact_weights`, fitted by ``benchmarks/quality/train_fact_model.py`` on the
development stories, checked leave-one-event-out). Its probability is mapped onto the
scale of the aligner's score so that the default threshold keeps its meaning: at
``DEFAULT_THRESHOLD`` the model's operating point (chosen on the stories for precision)
is shown, and the slider moves both lines together.
"""

from __future__ import annotations

import math
from collections.abc import Mapping, Sequence

from app import fact_weights
from app.scoring import DEFAULT_THRESHOLD, Bag
from app.text.vocabulary import STOPWORDS

FEATURE_NAMES = (
    "shared", "dice", "lexical", "base", "best_a", "best_b", "mutual", "margin_min",
    "margin_max", "neighbour_max", "neighbour_min", "position", "ratio_a", "ratio_b",
    "agreement", "agreed", "topic", "shared_names", "shared_words", "unshared_min",
    "unshared_max", "shared_numbers", "number_clash", "shared_family", "family_dice",
    "meaning", "meaning_mutual", "meaning_margin_min", "meaning_margin_max",
)
SECOND_NAMES = ("logit", "mutual_p", "agreement_p", "margin_p_min", "margin_p_max")
MIN_SHARED = 0.5  # story weight two sentences must share to be scored as a possible fact
TOP = 2  # a loose pair is scored when each is among the other's TOP by story weight
AGREE_MIN = 0.3  # a third document's best counterpart counts from this base score...
AGREE_P = 0.05  # ... and, at the second look, from this first-look probability


def shared_weight(a: Bag, b: Bag) -> tuple[float, float]:
    """Story weight of the content words two sentences share, and its Dice share.

    Function words are left out entirely: in the stories they never told two facts
    apart, and a long sentence collects enough of them to outweigh a shared name.
    """
    if len(a.keys) > len(b.keys):
        a, b = b, a
    shared = sum(w for k, w in a.weights if k in b.keys and k not in STOPWORDS)
    ta = sum(w for k, w in a.weights if k not in STOPWORDS)
    tb = sum(w for k, w in b.weights if k not in STOPWORDS)
    return shared, (2 * shared / (ta + tb) if ta + tb else 0.0)


def content_features(
    a: Bag, b: Bag, wa: dict[str, float] | None = None, wb: dict[str, float] | None = None
) -> tuple[float, ...]:
    """What the two share and do not, split where facts differ from topics.

    Names (capitalised words) mostly say which story a sentence belongs to; the other
    content words carry what happened, and a figure shared or contradicted is the
    strongest sign of one fact or two. Weight each side has and the other lacks counts
    against: one outlet's sentence about the vote and another's about the vaccine pass
    share the president's name and little else.
    """
    wa = dict(a.weights) if wa is None else wa  # the caller may pass them, made once
    wb = dict(b.weights) if wb is None else wb
    common = (a.keys & b.keys) - STOPWORDS
    # fsum: a set's order changes with the process (string hashing), an exact sum does
    # not, so a story scored in a worker process scores the same as here.
    names = math.fsum(wa[k] for k in common if k in a.names or k in b.names)
    plain = math.fsum(wa[k] for k in common) - names
    ua = sum(w for k, w in wa.items() if k not in STOPWORDS and k not in b.keys)
    ub = sum(w for k, w in wb.items() if k not in STOPWORDS and k not in a.keys)
    clash = float(bool(a.numbers and b.numbers and not a.numbers & b.numbers))
    return (
        names, plain, min(ua, ub), max(ua, ub), float(len(a.numbers & b.numbers)), clash,
    )


def base(shared: float, lexical: float) -> float:
    """The score that ranks counterparts inside one document: story weight plus wording.

    Over every cross-outlet sentence pair of the six development stories it put a
    sentence stating the same fact first for 65 % of fact sentences, against 51 % for
    the wording score alone (``stories.py`` measures the engine's final ranking).
    """
    return shared + lexical


def margin(s: float, top: Sequence[float]) -> float:
    """How far ``s`` stands above the best other score of its row (negative if below).

    ``top`` holds the row's two best scores, best first.
    """
    first, second = [*top, 0.0, 0.0][:2]
    return s - (second if s >= first else first)


Pair = tuple[int, int, int, int]  # (doc_a, pos_a, doc_b, pos_b), doc_a < doc_b
Row = tuple[int, int, int]  # (doc, pos, other doc): a sentence's candidates in one document


def row_tops(scores: Mapping[Pair, float]) -> dict[Row, list[float]]:
    """Each sentence's two best scores in every other document, best first: what
    :func:`margin` weighs a pair against."""
    top: dict[Row, list[float]] = {}
    for (da, pa, db, pb), s in scores.items():
        for key in ((da, pa, db), (db, pb, da)):
            t = top.setdefault(key, [])
            t.append(s)
            if len(t) > 2:
                t.sort(reverse=True)
                del t[2:]
    for t in top.values():
        t.sort(reverse=True)
    return top


def counterparts(best: Mapping[Row, tuple[float, int]]) -> dict[tuple[int, int], dict[int, int]]:
    """Each sentence's best counterpart (``best``: row -> (score, position)) by document."""
    out: dict[tuple[int, int], dict[int, int]] = {}
    for (d, pos, o), (_s, q) in best.items():
        out.setdefault((d, pos), {})[o] = q
    return out


def agreement(best_in: Mapping[tuple[int, int], Mapping[int, int]], pair: Pair) -> int:
    """In how many third documents both sentences of ``pair`` have the same best
    counterpart (``best_in`` from :func:`counterparts`)."""
    da, pa, db, pb = pair
    xa, xb = best_in.get((da, pa), {}), best_in.get((db, pb), {})
    if len(xa) > len(xb):
        xa, xb = xb, xa
    return sum(1 for o, q in xa.items() if o != da and o != db and xb.get(o) == q)


def meaning_features(cosines: Mapping[Pair, float]) -> dict[Pair, tuple[float, ...]]:
    """How alike in meaning each candidate pair is, alone and against its rivals.

    ``cosines`` maps every candidate pair ``(doc_a, pos_a, doc_b, pos_b)`` to the cosine
    of the two sentences' static meaning vectors (:mod:`app.text.embedding`). The cosine
    alone barely told facts apart on the development stories (every sentence of one
    story is about the same thing); whether each sentence is the other's closest in
    meaning among its candidates in that document, and by what margin, did: about one
    more link in eight at a closed-world precision two to three points higher,
    leave-one-event-out. Rivals are the candidates only, so no sentence pair is
    embedded or compared that the aligner would not score anyway.
    """
    top = row_tops(cosines)
    out = {}
    for (da, pa, db, pb), c in cosines.items():
        ma, mb = margin(c, top[(da, pa, db)]), margin(c, top[(db, pb, da)])
        out[(da, pa, db, pb)] = (
            c, float(ma >= 0 and mb >= 0), max(-1.0, min(ma, mb)), max(-1.0, max(ma, mb)),
        )
    return out


def probability(x: Sequence[float]) -> float:
    """P(same fact) from the features, by the fitted logistic weights."""
    z = fact_weights.INTERCEPT + sum(
        c * v for c, v in zip(fact_weights.COEFFICIENTS, x, strict=True)
    )
    return 1.0 / (1.0 + math.exp(-max(-60.0, min(60.0, z))))


def probability2(x: Sequence[float]) -> float:
    """P(same fact) at the second look: the first features, then :data:`SECOND_NAMES`."""
    z = fact_weights.INTERCEPT2 + sum(
        c * v for c, v in zip(fact_weights.COEFFICIENTS2, x, strict=True)
    )
    return 1.0 / (1.0 + math.exp(-max(-60.0, min(60.0, z))))


def second_look(p1: Mapping[Pair, float], n: int) -> dict[Pair, tuple[float, ...]]:
    """Rank, margin and agreement cues recomputed on first-look probabilities.

    Keys are ``(doc_a, pos_a, doc_b, pos_b)``; ``n`` is the number of documents. On the
    development stories this second look kept about one more link in six at the same
    closed-world precision (checked leave-one-event-out).
    """
    best: dict[Row, tuple[float, int]] = {}
    for (da, pa, db, pb), p in p1.items():
        for key, other in (((da, pa, db), pb), ((db, pb, da), pa)):
            if p > best.get(key, (AGREE_P, -1))[0]:
                best[key] = (p, other)
    top, best_in = row_tops(p1), counterparts(best)
    out = {}
    for (da, pa, db, pb), p in p1.items():
        ba, bb = best.get((da, pa, db)), best.get((db, pb, da))
        mutual = float(bool(ba and bb and ba[1] == pb and bb[1] == pa))
        agree = agreement(best_in, (da, pa, db, pb))
        ma, mb = margin(p, top[(da, pa, db)]), margin(p, top[(db, pb, da)])
        logit = math.log(max(p, 1e-6) / max(1.0 - p, 1e-6))
        out[(da, pa, db, pb)] = (logit, mutual, agree / max(n - 2, 1), min(ma, mb), max(ma, mb))
    return out


def to_score(p: float) -> float:
    """Map a probability onto the aligner's score scale, monotonically.

    The model's operating point lands on ``DEFAULT_THRESHOLD`` (so the default shows the
    links it was chosen for) and 1 stays 1; in between the map is linear, so the slider
    moves through the model's probabilities in order.
    """
    op = fact_weights.OPERATING_POINT
    if p <= op:
        return DEFAULT_THRESHOLD * p / op
    return DEFAULT_THRESHOLD + (1.0 - DEFAULT_THRESHOLD) * (p - op) / (1.0 - op)
