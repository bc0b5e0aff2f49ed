"""The costliest story's pairs scored in a worker process (app.story.score_stories with
app.pool.Pool): the same stories, scores and matches as one process gives, and the
caller scoring it itself when no pool can start."""

from __future__ import annotations

from pathlib import Path

import pytest

import app
from app import analysis, pool, story
from app.analysis import AnalysisCache
from app.ingest.build import make_document
from app.model import Document
from tests.conftest import SHARED_DATA, offloads_made

SEEDS = sorted((Path(__file__).resolve().parents[2] / "seeds").glob("*.txt"))
POLNEAR = SHARED_DATA / "polnear" / "train" / "text"


@pytest.fixture(scope="module")
def docs() -> tuple[Document, ...]:
    """The seeds (one story of three) and PolNeAR articles holding stories of their own."""
    if not POLNEAR.is_dir():
        pytest.skip("PolNeAR is not beside the repository")
    out = [app.load(p) for p in SEEDS] + [
        make_document(f.read_text(encoding="utf-8-sig").replace("\r\n", "\n"), path=str(f))
        for f in sorted(POLNEAR.glob("*.txt"))[:40]
    ]
    return tuple(out)


def _outcome(scored) -> list[tuple]:  # type: ignore[no-untyped-def]
    return [
        (s.documents, dict(sc.scores), app.select(sc).matches, sc.quote_groups)
        for s, sc in scored
    ]


def _force_pool(monkeypatch: pytest.MonkeyPatch) -> None:
    """Nothing analysed yet, so analysis starts the job's pool; any story may be sent."""
    monkeypatch.setattr(analysis, "CACHE", AnalysisCache())
    monkeypatch.setattr(analysis, "POOL_MIN_DOCUMENTS", 1)
    monkeypatch.setattr(story, "OFFLOAD_MIN_PAIRS", 0)
    monkeypatch.setattr(story, "OFFLOAD_SHARE", 0.0)
    monkeypatch.setattr(pool, "workers", lambda: 1)


def test_a_story_scored_in_a_worker_is_the_story_scored_here(
    docs: tuple[Document, ...], monkeypatch: pytest.MonkeyPatch
) -> None:
    serial = _outcome(app.score_stories(docs, cache=None))
    several = [d for d, _s, _m, _g in serial if len(d) > 1]
    assert len(several) >= 2  # a story to send and one to score meanwhile
    _force_pool(monkeypatch)
    made = offloads_made(monkeypatch)
    pooled = _outcome(app.score_stories(docs, cache=None))
    (off,) = [o for o in made if o._fn is story.pair_scores_of]
    assert off.here == 0  # the worker scored it
    assert pooled == serial


def test_no_pool_means_the_caller_scores_every_story(
    docs: tuple[Document, ...], monkeypatch: pytest.MonkeyPatch
) -> None:
    _force_pool(monkeypatch)
    def broken(_workers: int):  # type: ignore[no-untyped-def]
        raise OSError("no processes here")

    monkeypatch.setattr(pool, "_executor", broken)
    made = offloads_made(monkeypatch)
    got = _outcome(app.score_stories(docs, cache=None))
    # a pool that never started is not asked for a story
    assert not [o for o in made if o._fn is story.pair_scores_of]
    monkeypatch.setattr(analysis, "CACHE", AnalysisCache())
    monkeypatch.setattr(pool, "workers", lambda: 0)
    assert got == _outcome(app.score_stories(docs, cache=None))


def test_the_costliest_story_is_sent_only_with_others_to_score_meanwhile() -> None:
    class Warm:
        started = True

    def s(*ids: str):  # type: ignore[no-untyped-def]
        from app.grouping import Story

        return Story(documents=ids, title="")

    sizes = {"a": 300, "b": 300, "c": 20, "d": 20, "e": 5}
    found = [s("c", "d"), s("a", "b"), s("e")]
    assert story._offloaded(found, sizes, Warm()) == 1  # type: ignore[arg-type]
    assert story._offloaded(found[1:], sizes, Warm()) is None  # nothing to do meanwhile
    assert story._offloaded(found, sizes, None) is None
    cold = Warm()
    cold.started = False  # type: ignore[misc]
    assert story._offloaded(found, sizes, cold) is None  # type: ignore[arg-type]


def test_a_story_scored_without_its_quotes_is_framed_where_they_are_known(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """A worker scores a story's pairs without finding its quotes (most of an analysis);
    the caller, who has them, scores again the pairs only a quotation's frame joins."""
    from tests.app.test_align import FRAMED

    docs = [make_document(t, path=f"{k}.txt") for k, t in enumerate(FRAMED)]
    monkeypatch.setattr(analysis, "CACHE", AnalysisCache())
    (sent,) = story.pair_scores_of([docs])  # as in a worker: nothing cached there
    assert analysis.CACHE.peek(docs[0]) is None  # the quote-less parts are not kept
    here = story.score(docs)
    assert dict(sent) != dict(here.scores)  # the frame counted as shared wording there
    got = story.score(docs, pair_scores=sent)
    assert dict(got.scores) == dict(here.scores)
    assert app.select(got) == app.select(here)
