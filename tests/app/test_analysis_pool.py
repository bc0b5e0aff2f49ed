"""Per-document analysis on every core (app.pool via app.analysis): the same analyses as
one process gives, progress and cancellation as before, and one process doing it all
when no pool can start or a pool breaks."""

from __future__ import annotations

import multiprocessing
import sys
import time
from concurrent.futures import Future
from concurrent.futures.process import BrokenProcessPool
from pathlib import Path

import pytest

import app
from app import analysis, pool
from app.analysis import AnalysisCache, DocAnalysis
from app.errors import Cancelled
from app.ingest.build import make_document
from app.model import Document
from tests.conftest import SHARED_DATA, offloads_made

SEEDS = sorted((Path(__file__).resolve().parents[2] / "seeds").glob("*.txt"))
POLNEAR = SHARED_DATA / "polnear" / "train" / "text"


@pytest.fixture(scope="module")
def docs() -> tuple[Document, ...]:
    """The seeds, and a few PolNeAR articles when they are beside the repository."""
    out = [app.load(p) for p in SEEDS]
    if POLNEAR.is_dir():
        out += [
            make_document(f.read_text(encoding="utf-8-sig").replace("\r\n", "\n"), path=str(f))
            for f in sorted(POLNEAR.glob("*.txt"))[:9]
        ]
    return tuple(out)


@pytest.fixture(scope="module")
def serial(docs: tuple[Document, ...]) -> tuple[DocAnalysis, ...]:
    return tuple(analysis.analyse(d) for d in docs)


@pytest.fixture
def pooled(monkeypatch: pytest.MonkeyPatch) -> None:
    """Every call of ``analyses`` with work to do takes the pool, one document a task."""
    monkeypatch.setattr(analysis, "POOL_MIN_DOCUMENTS", 1)
    monkeypatch.setattr(analysis, "POOL_CHUNK", 1)
    monkeypatch.setattr(pool, "workers", lambda: 1)


@pytest.mark.usefixtures("pooled")
def test_pool_gives_the_serial_analyses(
    docs: tuple[Document, ...], serial: tuple[DocAnalysis, ...], monkeypatch: pytest.MonkeyPatch
) -> None:
    made = offloads_made(monkeypatch)
    seen: list[tuple[int, int]] = []
    got = analysis.analyses(
        docs + docs[:1], progress=lambda d, n: seen.append((d, n)), cache=AnalysisCache()
    )
    assert got == serial + serial[:1]
    assert any(a.quotes for a in got)  # not vacuous
    (off,) = made
    assert off.here < len(docs)  # a worker analysed some
    done = [d for d, _n in seen]
    assert done == sorted(done) and done[-1] == len(docs) + 1
    assert {n for _d, n in seen} == {len(docs) + 1}


@pytest.mark.usefixtures("pooled")
def test_pooled_comparison_is_the_serial_one(docs: tuple[Document, ...]) -> None:
    seeds = docs[:3]
    analysis.CACHE.clear()
    with_pool = app.compare(seeds)
    analysis.CACHE.clear()
    for d in seeds:
        analysis.CACHE.put(d, analysis.analyse(d))
    assert app.compare(seeds) == with_pool


@pytest.mark.usefixtures("pooled")
def test_no_pool_can_start(
    docs: tuple[Document, ...], serial: tuple[DocAnalysis, ...], monkeypatch: pytest.MonkeyPatch
) -> None:
    def refuse(_workers: int) -> None:
        raise OSError("no processes here")

    monkeypatch.setattr(pool, "_executor", refuse)
    made = offloads_made(monkeypatch)
    assert analysis.analyses(docs, cache=AnalysisCache()) == serial
    assert made[0].here == len(docs)


class _Broken:
    """A pool whose every task fails as a pool does when a worker is killed."""

    def submit(self, _fn, _chunk) -> Future:  # type: ignore[no-untyped-def]
        f: Future = Future()
        f.set_running_or_notify_cancel()
        f.set_exception(BrokenProcessPool("a worker died"))
        return f

    def shutdown(self, wait: bool = True, cancel_futures: bool = False) -> None:
        pass


@pytest.mark.usefixtures("pooled")
def test_a_broken_pool_leaves_its_work_here(
    docs: tuple[Document, ...], serial: tuple[DocAnalysis, ...], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(pool, "_executor", lambda _workers: _Broken())
    made = offloads_made(monkeypatch)
    assert analysis.analyses(docs, cache=AnalysisCache()) == serial
    assert made[0].here == len(docs)


@pytest.mark.usefixtures("pooled")
def test_cancelled_while_pooled(docs: tuple[Document, ...]) -> None:
    cache = AnalysisCache()
    seen: list[int] = []
    with pytest.raises(Cancelled):
        analysis.analyses(
            docs, progress=lambda d, _n: seen.append(d), cancelled=lambda: len(seen) > 2,
            cache=cache,
        )
    assert len(cache) == 0  # nothing half-made is kept
    # The workers go once their task is done.
    deadline = time.monotonic() + 30
    while multiprocessing.active_children() and time.monotonic() < deadline:
        time.sleep(0.05)
    assert not multiprocessing.active_children()


def test_small_batches_stay_in_this_process(
    docs: tuple[Document, ...], serial: tuple[DocAnalysis, ...], monkeypatch: pytest.MonkeyPatch
) -> None:
    made = offloads_made(monkeypatch)
    assert analysis.analyses(docs, cache=AnalysisCache()) == serial
    assert len(docs) < analysis.POOL_MIN_DOCUMENTS and not made


@pytest.mark.parametrize(
    ("cores", "others", "expected"),
    [(2, 0, 1), (2, 0.4, 1), (2, 1, 0), (2, 3, 0), (8, 0, 7), (8, 3, 4), (1, 0, 0)],
)
def test_workers_only_for_idle_cores(
    monkeypatch: pytest.MonkeyPatch, cores: int, others: float, expected: int
) -> None:
    monkeypatch.setattr(pool, "cpus", lambda: cores)
    monkeypatch.setattr(pool, "busy", lambda: others)
    assert pool.workers() == expected


@pytest.mark.parametrize(("value", "expected"), [("3", 3), ("0", 0), (" 1 ", 1), ("many", 1)])
def test_the_environment_can_set_the_workers(
    monkeypatch: pytest.MonkeyPatch, value: str, expected: int
) -> None:
    """A whole number overrides the guess from the load (here: one idle core of two);
    anything else leaves the guess."""
    monkeypatch.setattr(pool, "cpus", lambda: 2)
    monkeypatch.setattr(pool, "busy", lambda: 0)
    monkeypatch.setenv(pool.WORKERS_ENV, value)
    assert pool.workers() == expected
    monkeypatch.setattr(multiprocessing, "parent_process", lambda: object())
    assert pool.workers() == 0  # a worker still starts none


def test_busy_is_a_count() -> None:
    assert pool.busy() >= 0


def test_a_worker_starts_no_workers(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(pool, "cpus", lambda: 8)
    monkeypatch.setattr(pool, "busy", lambda: 0)
    assert pool.workers() == 7
    monkeypatch.setattr(multiprocessing, "parent_process", lambda: object())
    assert pool.workers() == 0


def test_the_frozen_entry_point_lets_workers_start(monkeypatch: pytest.MonkeyPatch) -> None:
    """A spawned worker of the frozen executable runs the executable's entry point:
    multiprocessing.freeze_support must be asked first, before any app starts."""
    import sys

    from app.__main__ import main

    asked: list[bool] = []
    monkeypatch.setattr(sys, "frozen", True, raising=False)
    monkeypatch.setattr(multiprocessing, "freeze_support", lambda: asked.append(True))
    assert main(["compare", "--help"]) == 0
    assert asked == [True]


def test_an_error_in_a_worker_is_the_one_process_error() -> None:
    """``int`` of a chunk (a list) fails wherever it runs: the caller raises it as one
    process would, whether a worker or the caller ran the chunk."""
    off = pool.Offload(int, ["not a number"], workers=1, chunk=1)
    with pytest.raises(TypeError):
        off.results()


def _slow_squares(chunk: list[int]) -> list[int]:
    """A chunk's work that takes a while (module level: a spawned worker imports it)."""
    time.sleep(0.3)
    return [x * x for x in chunk]


def test_a_chunk_goes_to_a_worker_only_when_one_is_free() -> None:
    """One worker, two chunks: the worker has the first, and the second, never handed
    over while the worker was busy, is the caller's to do meanwhile. (Handed over at
    once, both sat in the pool's queue past recall, and the caller only waited.)"""
    with pool.Pool(1) as warm:
        warm.executor().submit(_slow_squares, []).result()  # started, as the app's is
        off = pool.Offload(_slow_squares, [2, 3], workers=warm, chunk=1)
        time.sleep(0.1)  # the caller busy with its own part meanwhile
        assert off.results() == [4, 9]
        assert off.here == 1


class _Idle:
    """A pool that starts every chunk and finishes none until asked: the offload stays
    out for as long as the test looks at it."""

    def __init__(self) -> None:
        self.sent: list[Future] = []

    def submit(self, fn, chunk) -> Future:  # type: ignore[no-untyped-def]
        f: Future = Future()
        f.set_running_or_notify_cancel()
        self.sent.append(f)
        f.set_result(fn(chunk))
        return f

    def shutdown(self, wait: bool = True, cancel_futures: bool = False) -> None:
        pass


def _identity(chunk: list[int]) -> list[int]:
    return list(chunk)


def test_offloads_hand_over_quickly_while_out(monkeypatch: pytest.MonkeyPatch) -> None:
    """The caller computes while its threads hand chunks to the workers and take results
    back: while any offload is out the interpreter switches threads every
    SWITCH_INTERVAL (not every 5 ms), and the caller's own setting is back after the
    last closes, however they overlap."""
    monkeypatch.setattr(pool, "_executor", lambda _workers: _Idle())
    saved = sys.getswitchinterval()
    try:
        sys.setswitchinterval(0.005)
        first = pool.Offload(_identity, [1, 2], workers=1, chunk=1)
        assert sys.getswitchinterval() == pytest.approx(pool.SWITCH_INTERVAL)
        second = pool.Offload(_identity, [3], workers=1, chunk=1)
        assert first.results() == [1, 2]
        assert sys.getswitchinterval() == pytest.approx(pool.SWITCH_INTERVAL)  # one is out
        second.close()
        second.close()  # idempotent: gives nothing back twice
        assert sys.getswitchinterval() == pytest.approx(0.005)
        sys.setswitchinterval(0.0005)  # a caller quicker already (the desktop app's own)
        third = pool.Offload(_identity, [4], workers=1, chunk=1)
        assert sys.getswitchinterval() == pytest.approx(0.0005)
        assert third.results() == [4]
        assert sys.getswitchinterval() == pytest.approx(0.0005)
    finally:
        sys.setswitchinterval(saved)


def test_no_pool_changes_no_setting(monkeypatch: pytest.MonkeyPatch) -> None:
    def refuse(_workers: int) -> None:
        raise OSError("no processes here")

    monkeypatch.setattr(pool, "_executor", refuse)
    saved = sys.getswitchinterval()
    off = pool.Offload(_identity, [1], workers=1, chunk=1)
    assert sys.getswitchinterval() == saved
    assert off.results() == [1]
    assert sys.getswitchinterval() == saved


@pytest.mark.usefixtures("pooled")
def test_the_longest_documents_go_first(
    docs: tuple[Document, ...], serial: tuple[DocAnalysis, ...], monkeypatch: pytest.MonkeyPatch
) -> None:
    """The workers take chunks from the front and the caller, its own share made, from
    the back: longest first, so that neither is left with a long one at the end; each
    analysis still lands where its document is."""
    made = offloads_made(monkeypatch)
    assert analysis.analyses(docs, cache=AnalysisCache()) == serial
    (off,) = made
    sent = [d for chunk in off._chunks for d in chunk]
    assert sorted(sent, key=lambda d: d.id) == sorted(docs, key=lambda d: d.id)
    lengths = [len(d.text) for d in sent]
    assert lengths == sorted(lengths, reverse=True)
    assert lengths != [len(d.text) for d in docs]  # not vacuous: the order changed
