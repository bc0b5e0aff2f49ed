"""The pool app.pool runs on (app.pipe_pool): each task's result to its own future, in
a worker that starts it at once when free; a task behind a busy worker written into its
pipe when it fits, waiting (and cancellable) when it does not; an error, an input or a
result that will not pickle fails its task alone; a worker that dies breaks the pool."""

from __future__ import annotations

import os
import signal
import time
from collections.abc import Iterator
from concurrent.futures import CancelledError
from concurrent.futures.process import BrokenProcessPool

import pytest

from app.pipe_pool import PipePool


def _square(x: int) -> int:
    return x * x


def _slow(x: int, seconds: float = 0.3) -> int:
    time.sleep(seconds)
    return x


def _pid(_x: object = None) -> int:
    return os.getpid()


def _fails(x: int) -> int:
    raise ValueError(f"no {x}")


def _unpicklable_result(_x: int) -> object:
    return lambda: None


@pytest.fixture
def one() -> Iterator[PipePool]:
    p = PipePool(1)
    assert p.submit(_square, 3).result(timeout=60) == 9  # started and answering
    yield p
    p.shutdown(wait=True, cancel_futures=True)


def test_every_task_gets_its_own_result_in_a_worker() -> None:
    p = PipePool(2)
    try:
        futures = [p.submit(_square, x) for x in range(20)]  # more than the workers
        assert [f.result(timeout=60) for f in futures] == [x * x for x in range(20)]
        pids = {p.submit(_pid).result(timeout=60) for _ in range(4)}
        assert os.getpid() not in pids
    finally:
        p.shutdown(wait=True)


def test_a_small_task_goes_behind_a_busy_worker_at_once(one: PipePool) -> None:
    """Written behind the running task, it is started (past recall) and runs next."""
    busy = one.submit(_slow, 1, 0.5)
    behind = one.submit(_square, 4)
    assert behind.running() and not behind.cancel()
    assert behind.result(timeout=60) == 16 and busy.result(timeout=60) == 1


def test_a_task_that_does_not_fit_waits_and_can_be_cancelled(one: PipePool) -> None:
    busy = one.submit(_slow, 1, 0.5)
    big = one.submit(_square, "x" * (8 << 20))  # larger than any pipe's buffer
    behind = one.submit(_square, 2)  # fits: the one place behind the busy task
    waiting = one.submit(_square, 5)  # no place left behind: waits here too
    assert not big.running() and behind.running() and not waiting.running()
    assert big.cancel()
    assert waiting.result(timeout=60) == 25
    assert busy.result(timeout=60) == 1 and behind.result(timeout=60) == 4
    with pytest.raises(CancelledError):
        big.result(timeout=0)


def test_errors_fail_their_task_alone(one: PipePool) -> None:
    with pytest.raises(ValueError, match="no 7"):
        one.submit(_fails, 7).result(timeout=60)
    with pytest.raises(Exception, match=r"pickle|lambda"):
        one.submit(_square, lambda: 1).result(timeout=60)  # will not pickle: never sent
    with pytest.raises(RuntimeError, match="would not pickle"):
        one.submit(_unpicklable_result, 1).result(timeout=60)
    assert one.submit(_square, 6).result(timeout=60) == 36  # the worker goes on


def test_a_worker_that_dies_breaks_the_pool(one: PipePool) -> None:
    pid = one.submit(_pid).result(timeout=60)
    busy = one.submit(_slow, 1, 5.0)
    behind = one.submit(_square, 2)
    time.sleep(0.2)
    os.kill(pid, signal.SIGKILL)
    with pytest.raises(BrokenProcessPool):
        busy.result(timeout=60)
    with pytest.raises(BrokenProcessPool):
        behind.result(timeout=60)
    with pytest.raises(BrokenProcessPool):
        one.submit(_square, 3)


def test_shutdown_lets_the_workers_go(one: PipePool) -> None:
    pid = one.submit(_pid).result(timeout=60)
    one.shutdown(wait=True)
    deadline = time.monotonic() + 10
    while time.monotonic() < deadline:
        try:
            os.kill(pid, 0)
        except ProcessLookupError:
            break
        time.sleep(0.05)
    else:
        pytest.fail("the worker outlived its pool")
    with pytest.raises(RuntimeError):
        one.submit(_square, 3)
