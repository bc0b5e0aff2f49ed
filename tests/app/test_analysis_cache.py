"""The per-document analysis cache (app.analysis): a comparison is the same whether its
documents were analysed just now or earlier in the session, and a story whose articles
did not change is not scored again (app.score_stories)."""

from __future__ import annotations

import dataclasses
import threading
from pathlib import Path

import pytest

import app
from app import analysis
from app.analysis import AnalysisCache
from app.errors import Cancelled
from app.ingest.build import make_document
from app.model import Comparison, Document
from app.text.vocabulary import STOPWORDS
from tests.conftest import SHARED_DATA

SEEDS = sorted((Path(__file__).resolve().parents[2] / "seeds").glob("*.txt"))
POLNEAR = SHARED_DATA / "polnear" / "train" / "text"


@pytest.fixture(scope="module")
def seeds() -> tuple[Document, ...]:
    return tuple(app.load(p) for p in SEEDS)


@pytest.fixture(scope="module")
def polnear() -> tuple[Document, ...]:
    if not POLNEAR.is_dir():
        pytest.skip("PolNeAR is not beside the repository")
    files = sorted(POLNEAR.glob("*.txt"))[:12]
    return tuple(
        make_document(f.read_text(encoding="utf-8-sig").replace("\r\n", "\n"), path=str(f))
        for f in files
    )


def _cold(docs: tuple[Document, ...]) -> Comparison:
    analysis.CACHE.clear()
    return app.compare(docs)


@pytest.mark.parametrize("order", ["given", "reversed", "rotated"])
def test_seeds_identical_cold_and_warm(seeds: tuple[Document, ...], order: str) -> None:
    docs = {"given": seeds, "reversed": seeds[::-1], "rotated": seeds[1:] + seeds[:1]}[order]
    cold = _cold(docs)
    assert analysis.CACHE.misses == len(docs)
    warm = app.compare(docs)
    assert analysis.CACHE.hits >= len(docs)
    assert warm == cold
    assert warm.matches and warm.quotes  # the seeds share facts and quotes: not vacuous


def test_polnear_identical_cold_warm_and_in_other_orders(polnear: tuple[Document, ...]) -> None:
    cold = _cold(polnear)
    assert app.compare(polnear) == cold
    # a document analysed for another comparison is reused as it is
    analysis.CACHE.clear()
    app.compare(polnear[:5])
    assert app.compare(polnear) == cold
    backwards = app.compare(polnear[::-1])
    assert _cold(polnear[::-1]) == backwards
    assert {(m.a, m.b) for m in cold.matches} | {(m.b, m.a) for m in cold.matches} == {
        (m.a, m.b) for m in backwards.matches
    } | {(m.b, m.a) for m in backwards.matches}


def test_score_stories_reuses_unchanged_stories(polnear: tuple[Document, ...]) -> None:
    """Adding an article re-scores only the stories whose articles changed (grouping
    itself is relative to the collection, so that may be more than the one the article
    joins); every story is what comparing its articles on their own gives."""

    class Kept:
        def __init__(self) -> None:
            self.items: dict[tuple[str, ...], app.story.ScoredStory] = {}
            self.scored = 0

        def get(self, documents):  # type: ignore[no-untyped-def]
            return self.items.get(tuple(d.id for d in documents))

        def put(self, documents, scored) -> None:  # type: ignore[no-untyped-def]
            self.scored += 1
            self.items[tuple(d.id for d in documents)] = scored

    import app.story

    kept = Kept()
    first = app.score_stories(polnear[:-1], cache=kept)
    assert kept.scored == len(first)
    again = app.score_stories(polnear, cache=kept)
    before = {s.documents for s, _ in first}
    changed = [s for s, _ in again if s.documents not in before]
    assert 1 <= len(changed) < len(again)
    assert kept.scored == len(first) + len(changed)
    by_id = {d.id: d for d in polnear}
    for story, scored in again:
        members = [by_id[i] for i in story.documents]
        assert app.select(scored) == _cold(tuple(members))
    assert [s for s, _ in again] == app.stories(polnear)


def test_cache_is_bounded_least_recently_used_first(seeds: tuple[Document, ...]) -> None:
    cache = AnalysisCache(size=2)
    a, b, c = seeds
    analysis.analyses([a, b], cache=cache)
    analysis.analyses([a], cache=cache)  # a is now the most recently used
    analysis.analyses([c], cache=cache)
    assert len(cache) == 2
    assert cache.get(b) is None
    assert cache.get(a) is not None and cache.get(c) is not None


def test_key_is_the_whole_document(seeds: tuple[Document, ...]) -> None:
    """An equal document loaded again is a hit; a copy renamed ``id~2`` (its quotes
    carry the id) is analysed on its own."""
    cache = AnalysisCache()
    doc = seeds[0]
    again = dataclasses.replace(doc)
    assert again == doc and again is not doc
    first = analysis.analyses([doc], cache=cache)[0]
    assert analysis.analyses([again], cache=cache)[0] is first
    other = dataclasses.replace(doc, id=doc.id + "~2")
    got = analysis.analyses([other], cache=cache)[0]
    assert got is not first
    assert {q.doc for q in got.quotes} == {other.id}


def test_cancelled_while_analysing(seeds: tuple[Document, ...]) -> None:
    with pytest.raises(Cancelled):
        analysis.analyses(seeds, cache=AnalysisCache(), cancelled=lambda: True)


def test_threads_share_the_cache(seeds: tuple[Document, ...]) -> None:
    cache = AnalysisCache()
    results: list[tuple[analysis.DocAnalysis, ...]] = []
    lock = threading.Lock()

    def work() -> None:
        got = analysis.analyses(seeds, cache=cache)
        with lock:
            results.append(got)

    threads = [threading.Thread(target=work) for _ in range(4)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert len(results) == 4
    assert all(r == results[0] for r in results)
    assert len(cache) == len(seeds)


def test_corpus_units_are_what_tokens_give(seeds: tuple[Document, ...]) -> None:
    """A unit built from the analysed bag (only the weights swapped) is the unit built
    from its tokens: guards the shortcut against a change in make_bag."""
    from app.align import Corpus
    from app.scoring import make_bag

    corpus = Corpus(seeds)
    units = [u for per in corpus.units for u in per]
    assert len(units) > 50
    for u in units:
        assert u.bag == make_bag(u.tokens, corpus.weight)
        assert u.content == sum(1 for t in u.tokens if t.word and t.key not in STOPWORDS)
        assert u.spells == tuple(t.spell for t in u.tokens if t.word)


@pytest.mark.parametrize(
    "text",
    [
        "“We will not stop,” said Kim No. “No 10 said so,” added Ann O’Neill-Smith.",
        "“It is over,” Jean-Pierre Dupont told reporters. “No,” replied Sen. J. D. Vance.",
    ],
)
def test_people_are_the_folded_words_of_each_name(
    seeds: tuple[Document, ...], text: str
) -> None:
    """The folded words :func:`app.analysis.quoted` gives for the people a document names,
    found in one call over all their names, are those of each name folded alone: no
    word runs into the next name's."""
    from app.quotes.pipeline import analyse_quotes
    from app.text.fold import tokenize

    for doc in (*seeds, make_document(text, path="names.txt")):
        names = analyse_quotes(doc).people
        assert names
        alone = frozenset(t.spell for n in names for t in tokenize(n) if t.word)
        assert analysis.quoted(doc)[1] == alone
