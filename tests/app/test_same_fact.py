"""The same fact in other words (issue 11): score once, select by threshold, ``related``
links, flags on loose paraphrases, counterparts ranked relative to the documents.

The sentences are real, from the development stories (Truss, McCarthy, Macron, Ardern
resignation coverage, October 2022 to January 2023); the near-misses change one thing
in a real sentence (a figure, a weekday, a negation), as a fact-checker would look for.
"""

from __future__ import annotations

from pathlib import Path

import pytest

import app
from app import facts
from app.align import Alignment, Corpus
from app.ingest.build import make_document
from app.model import Comparison, Document, Span
from app.scoring import DEFAULT_THRESHOLD
from app.story import _match, counterpart

SEEDS = sorted((Path(__file__).resolve().parents[2] / "seeds").glob("*.txt"))

SUN_44 = ("The fallen Tory leader quit the top job after just 44 days in office, making her "
          "Britain's shortest-serving Prime Minister ever by more than two months.")
POST_44 = ("Due to her resignation, she has become the shortest-serving prime minister in UK "
           "history at just 44 days in the post.")
VOTE_TUE = ("In a dramatic 216-210 roll call vote on Tuesday afternoon, the House endorsed a "
            "“motion to vacate” to fire McCarthy from the speakership.")
TALLY = ("The final tally was 216-210 to remove the congressman as leader of the Republican "
         "majority in the lower chamber of Congress.")
PARISIEN = ("Speaking to France’s Le Parisien newspaper, the President said he will not "
            "“vaccinate by force” as he hoped to encourage people to get vaccinated.")
TUESDAY = ("French President Emmanuel Macron on Tuesday said the government won't \"vaccinate "
           "by force,\" but does have a plan to push the remaining holdouts into getting "
           "their COVID-19 vaccines.")
CAUCUS = ("Ardern said her resignation would take effect no later than February 7, adding "
          "that the Labour caucus would vote on a new leader on January 22.")
FINAL_DAY = "Her final day in office will be February 7."


def _related(a_text: str, b_text: str, lexical: float = 0.0):  # type: ignore[no-untyped-def]
    """The match the engine builds for the pair when the same-fact model links it."""
    a, b = make_document(a_text + "\n"), make_document(b_text + "\n")
    corpus = Corpus((a, b))
    al = Alignment(corpus.units[0][:1], corpus.units[1][:1], 0.7, lexical, 0.7)
    return _match(a, b, al, {})


@pytest.mark.parametrize(
    ("a", "b", "flags"),
    [
        # real pairs, same fact: nothing to flag
        (SUN_44, POST_44, ()),
        (VOTE_TUE, TALLY, ()),
        (PARISIEN, TUESDAY, ()),  # both negate "vaccinate by force"
        (CAUCUS, FINAL_DAY, ()),  # "no later than" denies nothing both say
        # near-misses: one thing changed in a real sentence
        (SUN_44, POST_44.replace("44", "45"), ("number",)),  # the figure before "days"
        (VOTE_TUE, VOTE_TUE.replace("216-210", "218-210").replace("dramatic", "tense"),
         ("number",)),
        (VOTE_TUE, VOTE_TUE.replace("Tuesday", "Wednesday").replace("dramatic", "tense"),
         ("date",)),
        (PARISIEN, TUESDAY.replace("won't", "would"), ("negation",)),
        # the unseen earthquake story: one magnitude written before its word, one after
        ("A major earthquake with a magnitude of 7.9 struck central Turkey and northwest "
         "Syria on Monday.",
         "A 7.8-magnitude earthquake hit Turkey and Syria early on Monday.", ("number",)),
        # a real near-miss of the unseen Wagner story: the same denial, another body
        ("The Russian Defense Ministry rejected Prigozhin's claims.",
         "However, the Interior Ministry denies these claims.", ("body",)),
    ],
)
def test_flags_fire_on_loose_paraphrases(a: str, b: str, flags: tuple[str, ...]) -> None:
    m = _related(a, b)
    assert m.kind in ("related", "edited")
    assert tuple(f for f in m.flags if f != "person") == flags


def test_a_link_shown_on_the_model_alone_is_related() -> None:
    assert _related(SUN_44, POST_44).kind == "related"
    assert _related(SUN_44, POST_44, lexical=DEFAULT_THRESHOLD).kind == "paraphrase"


@pytest.fixture(scope="module")
def seeds() -> tuple[Document, ...]:
    return tuple(app.load(p) for p in SEEDS)


@pytest.mark.parametrize("threshold", [0.3, 0.56, 0.7, 0.9])
def test_select_is_compare(seeds: tuple[Document, ...], threshold: float) -> None:
    """Re-selecting from one scored story gives exactly what comparing again gives."""
    story = app.score(seeds)
    got, want = app.select(story, threshold), app.compare(seeds, threshold)
    assert got.matches == want.matches
    assert got.clusters == want.clusters
    assert dict(got.similarity) == dict(want.similarity)


def test_a_higher_threshold_keeps_a_subset(seeds: tuple[Document, ...]) -> None:
    """The ranking is best-first, so raising the threshold only ever removes links."""
    story = app.score(seeds)
    seen: set | None = None
    for t in (0.2, 0.4, 0.56, 0.7, 0.9):
        c: Comparison = app.select(story, t)
        now = {(m.a, m.b, m.a_spans, m.b_spans) for m in c.matches}
        assert all(m.score >= t for m in c.matches)
        if seen is not None:
            assert now <= seen
        seen = now


def test_counterpart_is_the_sentence_stating_the_fact(seeds: tuple[Document, ...]) -> None:
    story = app.score(seeds)
    a, b = seeds[0], seeds[1]
    at = a.text.index("rumors")
    span = next(s for s in a.reporting_sentences if s.start <= at < s.end)
    got = counterpart(story, a.id, span, b.id)
    assert got is not None and "rumo" in got.slice(b.text).lower()
    assert "fled" in got.slice(b.text)


def test_nearest_says_how_close_the_counterpart_came(seeds: tuple[Document, ...]) -> None:
    """For an unmatched sentence: the other article's closest sentence, its score on the
    threshold's scale, and where the two stand; None for a document the story lacks."""
    from app.story import nearest

    story = app.score(seeds)
    c = app.select(story)
    a, b = seeds[0], seeds[1]
    found = [n for s in c.unique[a.id] if (n := nearest(story, a.id, s, b.id)) is not None]
    assert found
    assert all(0.0 <= n.fact <= 1.0 for n in found)
    assert all(any(n.span == s for s in b.reporting_sentences) for n in found)
    # A sentence no candidate pair joins to the other article: the sentence closest in
    # meaning there, unscored, and said to be only that.
    hints = [n for n in found if n.standing == "meaning only"]
    assert hints and all(
        n.score == n.fact == 0.0 and n.meaning is not None and 0.0 < n.meaning <= 1.0
        for n in hints
    )
    scored = [n for n in found if n.standing != "meaning only"]
    assert scored and all(n.meaning is None for n in scored)
    assert nearest(story, a.id, c.unique[a.id][0], "not-a-document") is None
    # Two people's words: Zelensky's in one article, the closest sentence of the other a
    # quote of his aide's or of the White House's (app.quoted_links.one_voice).
    voices = [
        (x, y, n)
        for x, y in ((p, q) for p in seeds for q in seeds if p is not q)
        for s in c.unique[x.id]
        if (n := nearest(story, x.id, s, y.id)) is not None and n.standing == "different speakers"
    ]
    assert voices
    for _x, y, n in voices:
        assert any(q.doc == y.id and n.span.overlaps(Span(q.start, q.end)) for q in c.quotes)


def test_a_hidden_related_link_is_where_the_closest_stands(seeds: tuple[Document, ...]) -> None:
    """With related links hidden, a sentence only a related link matched is unmatched;
    its closest sentence is that link's other side, and the link is said to be there."""
    from app.story import nearest

    story = app.score(seeds)
    shown, hidden = app.select(story), app.select(story, related=False)
    m = next(m for m in shown.matches if m.kind == "related" and len(m.a_spans) == 1)
    a = shown.document(m.a)
    assert any(m.a_spans[0].overlaps(s) for s in hidden.unique[a.id])
    near = nearest(story, m.a, m.a_spans[0], m.b)
    assert near is not None and near.standing == "linked"
    assert near.link is not None and near.link.kind == "related" and near.span == m.b_spans[0]


def test_probability_maps_onto_the_score_scale_in_order() -> None:
    from app import fact_weights, facts

    assert len(fact_weights.COEFFICIENTS) == len(facts.FEATURE_NAMES)
    op = fact_weights.OPERATING_POINT
    assert facts.to_score(op) == pytest.approx(DEFAULT_THRESHOLD)
    assert facts.to_score(0.0) == 0.0 and facts.to_score(1.0) == pytest.approx(1.0)
    grid = [i / 20 for i in range(21)]
    assert [facts.to_score(p) for p in grid] == sorted(facts.to_score(p) for p in grid)


# Lines that share a frame and little else (PolNeAR, Breitbart and AP live blogs): the
# wording score alone would link them; with so little shared it does not count.
@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("Follow Ian Hanchett on Twitter @IanHanchett.", "Follow John Nolte on Twitter @NolteNC."),
        ("Six in 10 Virginia Democratic primary voters said Clinton is honest and trustworthy.",
         "He also was backed by nearly 6 in 10 of the 3 in 10 voters who consider themselves "
         "very liberal."),
    ],
)
def test_a_shared_frame_is_not_a_shared_fact(a: str, b: str) -> None:
    story_a = make_document(f"{TALLY}\n{a}\n")
    story_b = make_document(f"{VOTE_TUE}\n{b}\n")
    c = app.compare([story_a, story_b])
    assert not any(
        a in " ".join(s.slice(story_a.text) for s in m.a_spans) for m in c.matches
    )


@pytest.mark.parametrize(
    ("cosines", "expected"),
    [
        # each sentence's closest in meaning in the other document, both ways: mutual
        (
            {(0, 0, 1, 0): 0.8, (0, 0, 1, 1): 0.5, (0, 1, 1, 1): 0.6},
            {
                (0, 0, 1, 0): (0.8, 1.0, 0.3, 0.8),  # no rival for (1, 0): margin = cosine
                (0, 0, 1, 1): (0.5, 0.0, -0.3, -0.1),  # each has a closer one
                (0, 1, 1, 1): (0.6, 1.0, 0.1, 0.6),
            },
        ),
        # a tie is no margin, still the closest
        ({(0, 0, 1, 0): 0.4, (0, 0, 1, 1): 0.4}, {
            (0, 0, 1, 0): (0.4, 1.0, 0.0, 0.4), (0, 0, 1, 1): (0.4, 1.0, 0.0, 0.4)}),
        ({}, {}),
    ],
)
def test_meaning_features_weigh_a_pair_against_its_rivals(
    cosines: dict[tuple[int, int, int, int], float],
    expected: dict[tuple[int, int, int, int], tuple[float, ...]],
) -> None:
    got = facts.meaning_features(cosines)
    assert got.keys() == expected.keys()
    for key, want in expected.items():
        assert got[key] == pytest.approx(want)


@pytest.mark.parametrize(
    ("sentence", "same_fact", "other_fact"),
    [
        # real sentences of the stories: the same fact in other words is closer in
        # meaning than another fact of the same story, though both share the names
        (SUN_44, POST_44, CAUCUS.replace("Ardern", "Truss")),
        (VOTE_TUE, TALLY, "McCarthy said he would not run for speaker again."),
        (CAUCUS, FINAL_DAY, "Ardern said she had no more in the tank."),
    ],
)
def test_a_fact_in_other_words_is_closer_in_meaning(
    sentence: str, same_fact: str, other_fact: str
) -> None:
    a, b = make_document(sentence + "\n"), make_document(f"{same_fact}\n\n{other_fact}\n")
    corpus = Corpus((a, b))
    assert len(corpus.units[1]) == 2
    assert corpus.meaning(0, 0, 1, 0) > corpus.meaning(0, 0, 1, 1)


def test_row_tops_keep_each_sentences_two_best_best_first() -> None:
    scores = {(0, 0, 1, 0): 0.2, (0, 0, 1, 1): 0.9, (0, 0, 1, 2): 0.5, (0, 1, 1, 1): 0.4}
    top = facts.row_tops(scores)
    assert top[(0, 0, 1)] == [0.9, 0.5]
    assert top[(1, 1, 0)] == [0.9, 0.4]
    assert top[(1, 0, 0)] == [0.2]


def test_agreement_counts_third_documents_with_the_same_best_counterpart() -> None:
    # sentences (0, 0) and (1, 0) both have (2, 3) as best counterpart in document 2,
    # but different ones in document 3
    best = {(0, 0, 2): (0.8, 3), (1, 0, 2): (0.7, 3), (0, 0, 3): (0.6, 1), (1, 0, 3): (0.6, 2),
            (0, 0, 1): (0.9, 0)}
    best_in = facts.counterparts(best)
    assert best_in[(0, 0)] == {2: 3, 3: 1, 1: 0}
    assert facts.agreement(best_in, (0, 0, 1, 0)) == 1
    assert facts.agreement(best_in, (0, 5, 1, 0)) == 0


PESKOV = ("Kremlin spokesman Dmitry Peskov told reporters that under an agreement brokered "
          "by Alexander Lukashenko, the president of Belarus, Prigozhin would go to Belarus.")
FRAMES = [
    # The unseen Wagner story: the outlets share the frame of a quotation and nothing of
    # what is said in it.
    (PESKOV,
     "\"Avoiding bloodshed, internal confrontation, and clashes with unpredictable results "
     "was the highest goal,\" Kremlin spokesman Dmitry Peskov told reporters.", False),
    ("In an audio recording posted on the Telegram messaging app, Prigozhin said young "
     "conscripts at checkpoints stood back and did not fight.",
     "In an audio message on Telegram, Prigozhin remarked, “Within 24 hours, we have "
     "covered nearly 200 kilometers on our way to Moscow.”", False),
    # ... while a quotation of what the other sentence reports is still its wording.
    (PESKOV,
     "\"Under an agreement brokered by Alexander Lukashenko, Prigozhin will go to "
     "Belarus,\" Kremlin spokesman Dmitry Peskov told reporters.", True),
]


@pytest.mark.parametrize(("a", "b", "worded"), FRAMES)
def test_a_quotations_frame_alone_is_no_wording_shared(a: str, b: str, worded: bool) -> None:
    """Such a pair's wording score does not count (the same-fact model still reads it)."""
    corpus = Corpus((make_document(a + "\n"), make_document(b + "\n")))
    ua, ub = corpus.units[0][0], corpus.units[1][0]
    assert corpus.frame_only(ua, ub) == (not worded)
    assert corpus.frame_only(ub, ua) == (not worded)
