"""Hand-judged pairs (tests/app/judged_pairs.py): a match iff a journalist would agree."""

from __future__ import annotations

import pytest

from app.align import align
from app.ingest.build import make_document
from app.scoring import DEFAULT_THRESHOLD
from tests.app.judged_pairs import CONTEXT_A, CONTEXT_B, PAIRS, Judged


def aligned(pair: Judged, threshold: float = DEFAULT_THRESHOLD) -> bool:
    """True when the pair's two sentences come out matched inside their articles."""
    a = make_document(CONTEXT_A + pair.a + "\n")
    b = make_document(CONTEXT_B + pair.b + "\n")
    for al in align(a, b, threshold):
        if any(u.span.slice(a.text) == pair.a for u in al.a) and any(
            u.span.slice(b.text) == pair.b for u in al.b
        ):
            return True
    return False


@pytest.mark.parametrize(
    "pair",
    [
        pytest.param(p, marks=pytest.mark.xfail(reason="known miss", strict=True))
        if p.known_miss
        else p
        for p in PAIRS
    ],
    ids=[p.why[:40] for p in PAIRS],
)
def test_judged_pair(pair: Judged) -> None:
    assert aligned(pair) == pair.same, pair.why


def test_context_sentences_still_align() -> None:
    """The context articles are one story: their reworded sentences match each other.

    (The third pair, "promised ... tighter sanctions" / "sanctions were tightened ...
    pledged", is a paraphrase the lexical score still misses.)
    """
    a, b = make_document(CONTEXT_A), make_document(CONTEXT_B)
    assert len(align(a, b, DEFAULT_THRESHOLD)) >= 2


OTHER_STORY = (
    "The club won the cup final on penalties after a goalless draw in the rain.\n"
    "Fans celebrated in the streets of the city until dawn.\n"
    "The coach praised his goalkeeper, who saved three spot kicks.\n"
)


def test_buried_fact_needs_the_same_story() -> None:
    """The rumours pair matches inside one story (see PAIRS) but not when one of the two
    articles is about something else: two rare words alone are weak evidence."""
    pair = PAIRS[0]
    assert aligned(pair)
    a = make_document(CONTEXT_A + pair.a + "\n")
    b = make_document(OTHER_STORY + pair.b + "\n")
    assert not [
        al for al in align(a, b, DEFAULT_THRESHOLD)
        if any(u.span.slice(b.text) == pair.b for u in al.b)
    ]
