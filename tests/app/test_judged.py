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
        pytest.param(p, marks=pytest.mark.xfail(reason="known error", strict=True))
        if p.known_error
        else p
        for p in PAIRS
    ],
    ids=[p.why[:40] for p in PAIRS],
)
def test_judged_pair(pair: Judged) -> None:
    assert aligned(pair) == pair.same, pair.why


def test_context_sentences_still_align() -> None:
    """The context articles are one story: their reworded sentences match each other,
    the third pair ("promised ... tighter sanctions" / "sanctions were tightened ...
    pledged") too since the score reads the meaning of the words only one side has."""
    a, b = make_document(CONTEXT_A), make_document(CONTEXT_B)
    assert len(align(a, b, DEFAULT_THRESHOLD)) >= 3


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


def test_a_buried_fact_counts_only_between_articles_linked_otherwise() -> None:
    """Rare words close together are kept between articles some other match links
    (directly or through a third article), and dropped between unlinked ones."""
    from app.align import Corpus

    pair = PAIRS[0]
    docs = [
        make_document(CONTEXT_A + pair.a + "\n"),
        make_document(CONTEXT_B + pair.b + "\n"),
        make_document(CONTEXT_A),
    ]
    corpus = Corpus(docs)
    cands = corpus.candidates()
    found = {k: corpus.align(*k, v, DEFAULT_THRESHOLD) for k, v in cands.items()}

    def is_rumours(al) -> bool:  # type: ignore[no-untyped-def]
        return al.b[0].span.slice(docs[1].text) == pair.b

    weak = [al for al in found[(0, 1)] if is_rumours(al)]
    context = [al for al in found[(0, 1)] if not is_rumours(al)]
    assert weak and context
    # Alone, the buried fact is not enough to call the articles one story…
    assert corpus.corroborated({(0, 1): weak}, DEFAULT_THRESHOLD) == {}
    # …a reworded sentence of the same story is…
    kept = corpus.corroborated({(0, 1): weak + context}, DEFAULT_THRESHOLD)
    assert any(is_rumours(al) for al in kept[(0, 1)])
    # …and so is a link through a third article that matches both.
    via = corpus.corroborated(
        {(0, 1): weak, (0, 2): found[(0, 2)], (1, 2): found[(1, 2)]}, DEFAULT_THRESHOLD
    )
    assert any(is_rumours(al) for al in via[(0, 1)])


# Three real outlets on the balloon shot down off South Carolina (4 February 2023): AP
# copy, a rewrite of it, and the Press Democrat, which words the event in its own
# sentences and shares no sentence's wording with either.
BALLOON_AP = (
    "US shoots down Chinese balloon\n\nWASHINGTON — The U.S. military on Saturday shot down "
    "a suspected Chinese spy balloon off the Carolina coast on orders from President Joe "
    "Biden after it traversed sensitive military sites across North America, the latest "
    "flashpoint in tensions between Washington and Beijing.\n\nBiden wanted the balloon "
    "downed on Wednesday but was advised that the best time for the operation would be when "
    "it was over water, U.S. officials said.\n\nAbout 2:39 p.m. EST, an F-22 fighter jet "
    "fired a missile at the balloon, puncturing it about 6 nautical miles off the coast near "
    "Myrtle Beach, South Carolina, senior defense officials said.\n"
)
BALLOON_REWRITE = (
    "Biden orders balloon shot down\n\nOn Saturday, President Joe Biden gave the order for "
    "the U.S. military to shoot down a suspected Chinese spy balloon off the coast of North "
    "Carolina. The balloon had flown over sensitive military sites in North America and "
    "became the latest source of tension between Washington and Beijing.\n\nBiden said he "
    "wanted the balloon to be brought down on Wednesday, but he was told that it would be "
    "best to do so when the balloon was over water.\n\nSenior defense officials said that at "
    "about 2:40 p.m. EST, an F-22 fighter jet fired a missile at the balloon, putting a hole "
    "in it while it was about 6 nautical miles off the coast near Myrtle Beach, South "
    "Carolina.\n"
)
BALLOON_OWN_WORDS = (
    "Watch: U.S. shoots down Chinese balloon over South Carolina\n\nEyes were locked on the "
    "Carolina skies Saturday as the suspected Chinese spy balloon that traversed the U.S. "
    "over the past week drifted over the Atlantic Ocean and was shot down by a fighter "
    "jet.\n\nIn Myrtle Beach, South Carolina, a crowd lining the beach boardwalk cheered as "
    "the balloon was struck by a missile from an F-22 fighter.\n\nThe balloon quickly "
    "deflated and plummeted to the ocean.\n"
)


def test_an_outlet_in_its_own_words_joins_a_grouped_story() -> None:
    """Grouped as one story, an article that shares no wording joins the others on
    same-fact links reaching two of them; without the grouping's word nothing vouches
    for it, as before."""
    import app

    docs = [make_document(t) for t in (BALLOON_AP, BALLOON_REWRITE, BALLOON_OWN_WORDS)]
    own = docs[2].id
    assert [len(s.documents) for s in app.stories(docs)] == [3]

    def own_links(grouped: bool) -> list[tuple[str, str]]:
        found = app.select(app.score(docs, grouped=grouped)).matches
        return sorted((m.kind, m.b if m.a == own else m.a) for m in found if own in (m.a, m.b))

    assert own_links(grouped=False) == []
    linked = own_links(grouped=True)
    assert {other for _kind, other in linked} == {docs[0].id, docs[1].id}
    assert {kind for kind, _other in linked} == {"related"}


def test_a_grouped_article_linked_to_one_other_only_stays_out() -> None:
    """Two rewordings are not enough when they reach a single other article: a grouping
    can join two unrelated articles that share a stock phrase."""
    import app

    docs = [make_document(t) for t in (BALLOON_AP, BALLOON_OWN_WORDS)]
    assert app.select(app.score(docs, grouped=True)).matches == ()
