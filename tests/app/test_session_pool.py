"""The desktop app's warm workers (app.pool.keep_warm): even a few documents have their
quotes found there while the comparison goes on, with the result one process gives; a
job leaves the workers for the next; a cancelled job keeps nothing half-made; a pool that
breaks is dropped and the work done here."""

from __future__ import annotations

import itertools
from collections import OrderedDict
from collections.abc import Iterator
from concurrent.futures.process import BrokenProcessPool
from pathlib import Path

import pytest

import app
from app import analysis, pool, story
from app.analysis import AnalysisCache
from app.model import Document
from app.quotes.groups import group_quotes
from tests.conftest import offloads_made

SEEDS = sorted((Path(__file__).resolve().parents[2] / "seeds").glob("*.txt"))


@pytest.fixture(scope="module")
def seeds() -> tuple[Document, ...]:
    return tuple(app.load(p) for p in SEEDS)


@pytest.fixture
def warm(monkeypatch: pytest.MonkeyPatch) -> Iterator[pool.Pool]:
    """The session's pool of one worker, its warm-up task done, taken for any words."""
    monkeypatch.setattr(analysis, "SESSION_MIN_WORDS", 1)
    kept = pool.keep_warm(1)
    assert kept is not None and pool.session() is kept
    assert kept.executor().submit(pool.warm_up).result(timeout=60) > 0
    yield kept
    pool.let_go()
    assert pool.session() is None


def test_a_warm_worker_quotes_a_pair_and_changes_nothing(
    seeds: tuple[Document, ...], warm: pool.Pool, monkeypatch: pytest.MonkeyPatch
) -> None:
    analysis.CACHE.clear()
    for d in seeds:
        analysis.CACHE.put(d, analysis.analyse(d))  # analysed in this process alone
    alone = app.compare(seeds)
    made = offloads_made(monkeypatch)
    analysis.CACHE.clear()
    assert app.compare(seeds) == alone
    (off,) = made
    assert off.here < len(seeds)  # the worker quoted some: fewer than 100 documents
    assert any(a.quotes for a in map(analysis.CACHE.peek, seeds) if a)  # whole, cached
    analysis.CACHE.clear()
    assert app.select(app.score_stories(seeds)[0][1]) == alone
    assert pool.session() is warm and warm.started  # the jobs left it for the next


def _raises(*_args: object) -> None:
    raise ValueError("a task that fails in the worker")


def test_a_warm_worker_groups_a_pairs_quotes(
    seeds: tuple[Document, ...], warm: pool.Pool, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Two articles, one worker: the worker quotes one, this process the other, and the
    worker then groups the quotes of both (analysis._paired), as this process would."""
    grouped_here: list[int] = []
    here = story._quote_groups

    def counted(*args: object) -> object:
        grouped_here.append(1)
        return here(*args)  # type: ignore[arg-type]

    monkeypatch.setattr(story, "_quote_groups", counted)
    for pair in itertools.combinations(seeds, 2):
        analysis.CACHE.clear()
        for d in pair:
            analysis.CACHE.put(d, analysis.analyse(d))  # analysed in this process alone
        alone = app.compare(pair)
        assert grouped_here == [1]
        analysis.CACHE.clear()
        assert app.compare(pair) == alone
        assert grouped_here == [1]  # the worker grouped them
        grouped_here.clear()
    # three articles: no one worker has all the quotes the others lack; grouped here
    analysis.CACHE.clear()
    app.compare(seeds)
    assert grouped_here == [1]


def test_a_follow_that_fails_is_done_here(
    seeds: tuple[Document, ...], warm: pool.Pool
) -> None:
    assert pool.Sent(warm, _raises).result() is None
    under_way = analysis.begin(seeds[:2], cache=AnalysisCache(), follow=_raises)
    try:
        under_way.finish()
        assert under_way.followed() is None
        assert under_way.followed() is None  # asked again: still nothing
    finally:
        under_way.close()
    assert pool.session() is warm  # a task that failed breaks no pool


def test_a_worker_reads_back_the_quotes_it_kept(
    seeds: tuple[Document, ...], monkeypatch: pytest.MonkeyPatch
) -> None:
    a, b = seeds[:2]
    quotes_a, quotes_b = (analysis.analyse(d).quotes for d in (a, b))
    expected = group_quotes([a, b], [*quotes_a, *quotes_b])
    monkeypatch.setattr(analysis, "_KEPT", OrderedDict())  # this test's worker
    assert analysis.quotes_kept([a])[0][0] == quotes_a
    found = analysis.quoted
    monkeypatch.setattr(analysis, "quoted", _raises)  # kept: not found again
    assert analysis.with_kept_quotes(group_quotes, [a, b], [None, quotes_b]) == expected
    monkeypatch.setattr(analysis, "_KEPT", OrderedDict())  # another worker's: found again
    monkeypatch.setattr(analysis, "quoted", found)
    assert analysis.with_kept_quotes(group_quotes, [a, b], [None, quotes_b]) == expected
    for d in seeds * 2:
        analysis.quotes_kept([d])
    assert len(analysis._KEPT) == min(len(seeds), analysis.KEPT_DOCUMENTS)


def test_cached_documents_ask_no_worker(
    seeds: tuple[Document, ...], warm: pool.Pool, monkeypatch: pytest.MonkeyPatch
) -> None:
    app.compare(seeds)
    made = offloads_made(monkeypatch)
    app.compare(seeds)
    assert made == []


def test_a_job_given_up_before_the_quotes_keeps_nothing(
    seeds: tuple[Document, ...], warm: pool.Pool
) -> None:
    cache = AnalysisCache()
    under_way = analysis.begin(seeds, cache=cache)
    assert [a.quotes for a in under_way.parts] == [(), (), ()]  # still to come
    under_way.close()
    under_way.close()  # idempotent
    assert len(cache) == 0
    assert pool.session() is warm  # and the workers stay
    whole = analysis.begin(seeds, cache=cache)
    try:
        assert whole.finish() == tuple(analysis.analyse(d) for d in seeds)
        assert whole.finish() == whole.parts  # asked again: the same whole analyses
        assert any(a.quotes for a in whole.parts)
    finally:
        whole.close()
    assert len(cache) == len(seeds)


def test_a_session_pool_that_breaks_is_dropped(
    seeds: tuple[Document, ...], warm: pool.Pool, monkeypatch: pytest.MonkeyPatch
) -> None:
    def broken(*_args: object) -> None:
        raise BrokenProcessPool("a worker died")

    monkeypatch.setattr(warm.executor(), "submit", broken)
    made = offloads_made(monkeypatch)
    serial = tuple(analysis.analyse(d) for d in seeds)
    assert analysis.analyses(seeds, cache=AnalysisCache()) == serial
    assert made[0].here == len(seeds)  # every document done here
    assert pool.session() is None  # the next job does not try it again
    assert pool.keep_warm(0) is None  # asked for no worker: none


def test_no_session_pool_unless_kept(
    seeds: tuple[Document, ...], monkeypatch: pytest.MonkeyPatch
) -> None:
    """The command line and the tests keep none: few documents stay in this process."""
    assert pool.session() is None
    made = offloads_made(monkeypatch)
    analysis.analyses(seeds, cache=AnalysisCache())
    assert made == []


def test_too_few_words_stay_here(
    seeds: tuple[Document, ...], warm: pool.Pool, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Below :data:`analysis.SESSION_MIN_WORDS` a worker costs more than it saves."""
    words = sum(d.word_count for d in seeds)
    monkeypatch.setattr(analysis, "SESSION_MIN_WORDS", words + 1)
    made = offloads_made(monkeypatch)
    analysis.analyses(seeds, cache=AnalysisCache())
    assert made == []
    monkeypatch.setattr(analysis, "SESSION_MIN_WORDS", words)
    analysis.analyses(seeds, cache=AnalysisCache())
    assert len(made) == 1
