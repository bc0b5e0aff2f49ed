"""``app.similarity``: a symmetric score in [0, 1] that ranks real paraphrases first."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from itertools import pairwise
from pathlib import Path

import pytest

import app
from app.scoring import DEFAULT_THRESHOLD, Bag, default_weight, make_bag, similarity
from app.text.fold import Token, is_negation, is_number, tokenize
from app.text.vocabulary import STOPWORDS

SEEDS = sorted((Path(__file__).resolve().parents[2] / "seeds").glob("*.txt"))

# (a, b): real sentence pairs from the seeds that say the same thing.
SAME = [
    (
        "They want to destroy Ukraine politically by destroying the head of state.",
        "“They want to destroy Ukraine politically by destroying the head of state.”",
    ),
    (
        "According to our information, the enemy marked me as target No. 1.",
        "Acording to the information we have, the enemy has marked me as target No. 1",
    ),
    (
        "There were rumours in Russian media that he had fled.",
        "There were rumors in Russian media that he had fled.",
    ),
    (
        "Kyiv’s mayor Vitali Klitschko said five blasts had been reported.",
        "Vitali Klitschko, the mayor of Kyiv, said five blasts had been reported.",
    ),
]
# (a, b): pairs that share words but not the fact.
DIFFERENT = [
    ("The president said that.", "The president said that he would stay."),
    (
        "Russian troops have been bearing down on the capital.",
        "Zelensky has known for weeks about U.S. concerns for his safety.",
    ),
    (
        "Burns didn’t share any specific information.",
        "Join our commenting forum and see their replies.",
    ),
]


@pytest.mark.parametrize(("a", "b"), SAME)
def test_same_fact_scores_above_threshold(a: str, b: str) -> None:
    assert similarity(a, b) >= DEFAULT_THRESHOLD


@pytest.mark.parametrize(("a", "b"), DIFFERENT[1:])
def test_different_facts_score_below_threshold(a: str, b: str) -> None:
    assert similarity(a, b) < DEFAULT_THRESHOLD


@pytest.mark.parametrize(("a", "b"), SAME + DIFFERENT)
def test_symmetric_and_bounded(a: str, b: str) -> None:
    s = similarity(a, b)
    assert 0.0 <= s <= 1.0
    assert s == similarity(b, a)


def test_identical_after_folding_is_one() -> None:
    assert similarity("There were rumours.", "there were RUMORS") == 1.0


@pytest.mark.parametrize("empty", ["", "   ", "…", "🙂🙂"])
def test_nothing_to_compare_is_zero(empty: str) -> None:
    assert similarity(empty, "Russian troops advance on Kyiv.") == 0.0
    assert similarity(empty, empty) == 0.0


def test_public_names() -> None:
    # ``app.similarity`` is the public function (the module is app.scoring).
    assert app.similarity("a b c d", "a b c d") == similarity("a b c d", "a b c d") == 1.0
    assert 0.0 < app.DEFAULT_THRESHOLD < 1.0


# (a, b, c): b says what a says; c says the opposite or names someone else. The features
# added for MSRP (negation in one sentence only, named people in common) must rank b
# above c even though c shares as many words with a.
CONTRASTS = [
    (
        "Zelensky said he would stay in Kyiv with his family.",
        "Zelensky said he would remain in Kyiv with his family.",
        "Zelensky said he would not stay in Kyiv with his family.",
    ),
    (
        "Klitschko said five blasts had been reported in the capital.",
        "Five blasts had been reported in the capital, Klitschko said.",
        "Psaki said five blasts had been reported in the capital.",
    ),
]


@pytest.mark.parametrize(("a", "b", "c"), CONTRASTS)
def test_negation_and_person_lower_the_score(a: str, b: str, c: str) -> None:
    assert similarity(a, b) > similarity(a, c)


def plain_bag(tokens: Sequence[Token], weight: Callable[[str], float] = default_weight) -> Bag:
    """:func:`make_bag` as first written, one pass per part: the definition it keeps."""
    words = [t for t in tokens if t.word]
    keys = frozenset(t.key for t in words)
    weights = tuple((k, weight(k)) for k in sorted(keys))
    return Bag(
        keys=keys,
        weights=weights,
        total=sum(w for _, w in weights),
        joined=" ".join(t.key for t in words),
        numbers=frozenset(t.spell for t in words if is_number(t) and t.spell != "1"),
        negations=sum(1 for t in words if is_negation(t)),
        words=len(words),
        seq=tuple(t.key for t in words),
        content=frozenset(k for k in keys if k not in STOPWORDS),
        names=frozenset(t.key for t in words if t.cap),
        spells=tuple(t.spell for t in words),
        memo=[],
    )


def _in_order(bag: Bag) -> list[object]:
    """The bag with its sets as sequences: later stages iterate them, so order counts."""
    return [tuple(x) if isinstance(x, frozenset) else x for x in bag]


@pytest.mark.parametrize("weight", [default_weight, lambda k: 0.25 + len(k) / 7])
def test_make_bag_is_the_plain_bag(weight: Callable[[str], float]) -> None:
    texts = ["", "1 1 1", "Not never no. It isn't 3.5 or 1, 2 or 2,000 in Kyiv's U.S."]
    for path in SEEDS:
        doc = app.load(path)
        texts += [s.slice(doc.text) for s in doc.sentences]
    for text in texts:
        tokens = tokenize(text)
        assert _in_order(make_bag(tokens, weight)) == _in_order(plain_bag(tokens, weight))


def _seed_sentence_bags() -> list[Bag]:
    """Every seed sentence's bag, and each one joined with the next (what the aligner's
    joins score)."""
    bags = []
    for path in SEEDS:
        doc = app.load(path)
        spans = doc.reporting_sentences
        for s, t in pairwise(spans):
            bags.append(make_bag(tokenize(doc.text, s.start, s.end)))
            bags.append(make_bag(tokenize(doc.text, s.start, t.end)))
    return bags


def test_score_over_is_the_score_above_its_floor_and_nothing_below() -> None:
    """``score_over`` cuts its features short when the score cannot beat the floor: it
    must give the score itself whenever the score beats it, on every pair of seed
    sentences (and joins) sharing enough to be scored, at floors across the range."""
    from app.align import LOGISTIC_MIN_DICE
    from app.scoring import combine, features, overlap, score_over

    bags = _seed_sentence_bags()
    pairs = [
        (a, b)
        for i, a in enumerate(bags)
        for b in bags[i + 1 :: 7]
        if a.total > 0 and b.total > 0
        and 2 * overlap(a, b) / (a.total + b.total) >= LOGISTIC_MIN_DICE
    ]
    assert len(pairs) > 200
    for a, b in pairs:
        s = combine(features(a, b))
        # floors just under the score (a bound too tight cuts these) and just over it
        for floor in (0.0, s - 0.2, s - 0.05, s - 0.01, s - 1e-6, s + 1e-6, s + 0.05, 1.0):
            floor = min(1.0, max(0.0, floor))
            got = score_over(a, b, floor)
            assert got == (s if s > floor else 0.0), (floor, s, got)


def test_score_over_skips_the_partial_ratio_of_a_pair_that_cannot_get_there(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """The point of the bound: a pair far below the floor never reaches the costliest
    feature."""
    from app import scoring

    a, b = (make_bag(tokenize(t)) for t in DIFFERENT[1])
    assert 0.0 < scoring.score(a, b) < 0.3

    def fail(*_args: object, **_kw: object) -> float:
        raise AssertionError("partial ratio computed")

    monkeypatch.setattr(scoring.fuzz, "partial_ratio", fail)
    assert scoring.score_over(a, b, 0.9) == 0.0
    with pytest.raises(AssertionError, match="partial ratio"):
        scoring.score_over(a, b, 0.0)
