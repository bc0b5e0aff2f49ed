"""Work handed to the machine's other cores while the caller keeps working.

:mod:`app.analysis` sends the quote stage of many documents here (over a few hundred a
comparison is mostly per-document analysis), and :func:`app.story.score_stories` then
sends the costliest story's pair scoring to the same, already warm, workers (a
:class:`Pool` kept for the job) while it scores the other stories. Why this shape:

- Only what travels cheaply goes to a worker: a function of one chunk of inputs whose
  results are small. A document's quotes are a few records; its tokens and bags are
  tens of thousands of tuples that would cost more to send back than to make. Sent as
  plain tuples they would load in 1 ms where making them takes 3 (a 1,500-word
  article), but tried for two articles (the worker making one's tokens before its
  quotes, on the standard library's pool, whose tasks then reached a worker 2 to 7 ms
  after they were sent) the comparison took 30 to 41 ms against 25 to 34 without
  (medians of runs alternating between the two, the two-core machine). Workers now
  read their tasks from pipes the caller writes itself (:mod:`app.pipe_pool`), so a
  task starts at once, but making the tokens there still costs the worker 4.3 ms
  (pickling included) to save the caller 1.5 (loading them back): the worker, which
  also quotes and groups, would finish last.
- The caller does its own share meanwhile, then takes back, from the end, every chunk
  no worker has started, while the workers go on from the front. A pool that starts
  slowly or a machine that is busy costs little: at worst the caller does everything,
  as it would without a pool. So one worker fewer than the cores: the caller is the
  last one; and only cores no other program keeps busy (:func:`workers`).
- A worker's results must equal the caller's to the last bit, and a spawned
  interpreter hashes strings differently: sums over sets of words are exact
  (``math.fsum``), so their order cannot show (tests/app/test_story_offload.py).
- Workers are *spawned* (a fresh interpreter), on every system: a process with
  threads, which the GUI is (it runs the engine in a worker thread), must not fork,
  and spawning is the only way on Windows. The frozen executable needs
  :func:`multiprocessing.freeze_support` in its entry point (:mod:`app.__main__`).
- A pool that cannot start (one process allowed, a daemonic worker of another pool, a
  sandbox) or breaks under way leaves its chunks to the caller. The function is pure, so
  the results are the same wherever a chunk ran, and an error it raises is raised here.
- The desktop app keeps one pool for its whole session (:func:`keep_warm`), started and
  warmed (imports made, patterns compiled) while the window opens. With a worker
  already running, two articles pay to share (from
  :data:`app.analysis.SESSION_MIN_WORDS`, not 100 documents): the worker finds one's
  quotes while the caller finds the other's, then groups the quotes of both
  (:class:`Sent` after them) while the caller makes the tokens and scores the candidate
  pairs, which need no quotes (:func:`app.analysis.begin`). A job that would start a
  pool of its own uses the session's instead. The command line keeps none: it compares
  once and exits.
- A spawned worker imports the program's main module again, as every spawning pool
  does: a script that compares 100 documents or more at its top level, outside
  ``if __name__ == "__main__":``, runs that work once more in each worker (which then
  does it alone: a worker never starts workers of its own).
"""

from __future__ import annotations

import multiprocessing
import os
import sys
import threading
import time
from collections import deque
from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING, Generic, TypeVar

from app.errors import Cancelled
from app.progress import CancelledFn

if TYPE_CHECKING:  # imported when a pool starts: the CLI's start-up does not pay for them
    from concurrent.futures import Future

    from app.pipe_pool import PipePool

T = TypeVar("T")
R = TypeVar("R")

#: The environment variable that sets the number of worker processes (see :func:`workers`).
WORKERS_ENV = "PARALLAX_WORKERS"
#: Instants at which :func:`busy` counts the runnable processes.
_SAMPLES = 4
#: How often (seconds) :meth:`Offload.results` asks ``cancelled()`` while it waits.
_POLL = 0.05
#: How soon (seconds) a thread waiting for the interpreter lock gets it from a thread
#: that computes: Python's default is 5 ms. See :class:`_Handoffs`.
SWITCH_INTERVAL = 0.001


def cpus() -> int:
    """Cores this process may run on."""
    try:
        return len(os.sched_getaffinity(0))
    except AttributeError:  # macOS, Windows
        return os.cpu_count() or 1


def busy() -> float:
    """Processes other than this one wanting a core: on Linux the mean of how many are
    runnable at a few instants 5 ms apart (one instant misses a busy job between two
    of its time slices); elsewhere the one-minute load average (which lags) stands in,
    and where there is none (Windows) nothing is known to be busy."""
    try:
        seen = []
        for k in range(_SAMPLES):
            if k:
                time.sleep(0.005)
            with open("/proc/loadavg", encoding="ascii") as f:
                seen.append(int(f.read().split()[3].split("/")[0]) - 1)  # "2/85": running/all
        return sum(seen) / len(seen)
    except (OSError, ValueError, IndexError):
        pass
    try:
        return max(0.0, os.getloadavg()[0] - 1)
    except (AttributeError, OSError):
        return 0.0


def workers() -> int:
    """Worker processes worth starting now: one per idle core besides the caller's.

    On a machine whose other cores are busy a worker only takes turns with the caller,
    and the pool costs its start for nothing (measured: two cores, one taken by another
    job, 400 PolNeAR articles analysed in 4.3-5.7 s pooled against 4.0-5.1 s in one
    process). None from a daemonic process, which may not start others, nor from a
    worker process (a pool's workers would compete for the same cores).

    :data:`WORKERS_ENV` set to a whole number overrides the guess (``0`` turns the pool
    off): where the load seen is not the load that matters (a container's shared host,
    a batch queue), or to try the pool on a busy machine.
    """
    if multiprocessing.current_process().daemon or multiprocessing.parent_process():
        return 0
    forced = os.environ.get(WORKERS_ENV, "").strip()
    if forced.isdigit():
        return int(forced)
    n = cpus()
    return max(0, min(n - 1, round(n - 1 - busy())))


def _executor(workers: int) -> PipePool:
    """A pool of spawned workers; tests replace this to make a pool fail."""
    from app.pipe_pool import PipePool

    return PipePool(workers)


class Pool:
    """Worker processes kept for the whole of one job, so that every offload in it
    (analysis, then the costliest story's pairs) finds them started and warm.

    The processes are spawned on the first offload; a pool that cannot start is
    remembered as such, and each offload then does its work in the caller.
    """

    def __init__(self, workers: int, kept: bool = False) -> None:
        """``kept``: the session's pool (:func:`keep_warm`), which :meth:`close` leaves
        running for the next job; only :func:`let_go` ends it."""
        self.workers = workers
        self.kept = kept
        self._executor: PipePool | None = None
        self._failed = False

    @property
    def started(self) -> bool:
        return self._executor is not None

    def executor(self) -> PipePool:
        """The running pool (started now if need be); raises as :func:`_executor` does."""
        if self._executor is None:
            if self._failed:
                raise RuntimeError("the pool could not start")
            try:
                self._executor = _executor(self.workers)
            except (OSError, RuntimeError, ValueError):
                self._failed = True
                raise
        return self._executor

    def close(self) -> None:
        """Let the workers go (unless the session keeps them); idempotent."""
        if not self.kept:
            self._shut()

    def _shut(self) -> None:
        if self._executor is not None:
            self._executor.shutdown(wait=False, cancel_futures=True)
            self._executor = None

    def __enter__(self) -> Pool:
        return self

    def __exit__(self, *_exc: object) -> None:
        self.close()


class _Handoffs:
    """The interpreter's switch interval lowered to :data:`SWITCH_INTERVAL` while any
    offload has chunks out, and put back after the last.

    A chunk's result comes back through the pool's reading thread, and the next chunk
    goes out from the offload's feeding thread (:meth:`Offload._feed`): each needs the
    interpreter lock, which the caller, computing its own share meanwhile, gives up only
    when asked and then only after the switch interval. Measured with the standard
    library's pool, whose tasks went through two such threads on their way out: at 5 ms
    a chunk waited up to 10 ms before a worker saw it (two articles in the desktop app:
    the worker's quotes, 8 ms of work, came back 14 to 29 ms after they were sent; at
    1 ms, 14 to 18).
    """

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._count = 0
        self._saved = 0.0

    def hurry(self) -> None:
        with self._lock:
            if self._count == 0:
                self._saved = sys.getswitchinterval()
                sys.setswitchinterval(min(self._saved, SWITCH_INTERVAL))
            self._count += 1

    def relax(self) -> None:
        with self._lock:
            self._count -= 1
            if self._count == 0:
                sys.setswitchinterval(self._saved)


_HANDOFFS = _Handoffs()


class Offload(Generic[T, R]):
    """``fn`` over chunks of ``items`` in worker processes, a chunk per free worker.

    ``fn`` takes a chunk and returns one result per item; it must be a module-level
    function (workers import it by name). :meth:`results` gives every result in order.

    A chunk goes to the pool only when a worker is free for it (a thread hands the next
    one over as each finishes): a pool takes whatever it is given into its queue at
    once, past recall, and the caller could then take back nothing. So with two
    documents and one worker, the worker finds one's quotes while the caller finds the
    other's, where the worker used to do both and the caller wait.
    """

    def __init__(
        self,
        fn: Callable[[Sequence[T]], list[R]],
        items: Sequence[T],
        workers: int | Pool,
        chunk: int,
    ) -> None:
        """``workers``: how many processes to start for this offload alone, or a
        :class:`Pool` of the job's, which outlives it."""
        self._fn = fn
        self._chunks = [items[i : i + chunk] for i in range(0, len(items), chunk)]
        self._futures: list[Future[list[R]] | None] = [None] * len(self._chunks)
        self._pool: PipePool | None = None
        self._owned = not isinstance(workers, Pool)
        self._lock = threading.Lock()  # guards _futures, _taken and _closed
        self._taken: set[int] = set()  # chunks the caller does itself
        self._closed = False
        self._free = threading.Semaphore(0)  # workers free for another chunk
        self.here = 0  # chunks the caller did itself (no worker had started them)
        self._hurried = False  # holds _HANDOFFS hurried until close
        try:
            self._pool = workers.executor() if isinstance(workers, Pool) else _executor(workers)
            window = min(max(1, workers.workers if isinstance(workers, Pool) else workers),
                         len(self._chunks))
            _HANDOFFS.hurry()
            self._hurried = True
            with self._lock:
                for k in range(window):
                    self._submit(k)
        except (OSError, RuntimeError, ValueError):  # BrokenProcessPool is a RuntimeError
            if isinstance(workers, Pool) and workers.kept:
                workers._shut()  # broken: the session goes on without (keep_warm may restart)
            self.close()  # no pool: the caller does every chunk
            return
        if window < len(self._chunks):
            threading.Thread(target=self._feed, args=(window,), daemon=True).start()

    @property
    def live(self) -> bool:
        """Whether chunks went to workers (a pool that could not start leaves all here)."""
        return self._pool is not None

    def _submit(self, k: int) -> None:
        """Hand chunk ``k`` to the pool (the lock held)."""
        assert self._pool is not None
        f = self._pool.submit(self._fn, self._chunks[k])
        self._futures[k] = f
        f.add_done_callback(lambda _f: self._free.release())

    def _feed(self, start: int) -> None:
        """The feeding thread: each chunk from ``start`` on, as a worker comes free,
        unless the caller took it or the offload closed."""
        for k in range(start, len(self._chunks)):
            self._free.acquire()
            with self._lock:
                if self._closed or self._pool is None:
                    return
                if k in self._taken:
                    self._free.release()  # the worker is still free for the next one
                    continue
                try:
                    self._submit(k)
                except (OSError, RuntimeError, ValueError):
                    return  # a broken pool: the caller does what is left

    def _claim(self, k: int) -> bool:
        """Take chunk ``k`` for the caller if no worker has it: never submitted, or
        submitted and not started."""
        with self._lock:
            f = self._futures[k]
            if f is None:
                self._taken.add(k)
                return True
        return f.cancel()

    def close(self) -> None:
        """Drop the chunks no worker has started and let the workers go (those of this
        offload's own pool, not a shared :class:`Pool`'s); idempotent."""
        with self._lock:
            self._closed = True
            futures, self._futures = self._futures, [None] * len(self._chunks)
            self._taken.update(range(len(self._chunks)))
            hurried, self._hurried = self._hurried, False
        if hurried:
            _HANDOFFS.relax()
        self._free.release()  # wakes the feeding thread, which then stops
        for f in futures:
            if f is not None:
                f.cancel()
        if self._pool is not None:
            if self._owned:
                self._pool.shutdown(wait=False, cancel_futures=True)
            self._pool = None

    def results(
        self,
        done: Callable[[Sequence[T]], None] | None = None,
        cancelled: CancelledFn | None = None,
    ) -> list[R]:
        """Every item's result, in order: ``done(chunk)`` as each chunk is in, and
        ``cancelled()`` asked as often (and while waiting): :class:`Cancelled` if so."""
        out: list[list[R] | None] = [None] * len(self._chunks)
        left = deque(range(len(self._chunks)))
        try:
            while left:
                # The last chunk if no worker has it (done here), else the first: the
                # pool is fed chunks in order, so it has every one that is left.
                if self._claim(left[-1]):
                    k = left.pop()
                    out[k] = self._here(k)
                else:
                    k = left.popleft()
                    out[k] = self._collect(k, cancelled)
                if done is not None:
                    done(self._chunks[k])
                if cancelled is not None and cancelled():
                    raise Cancelled()
        finally:
            self.close()
        return [r for per in out if per is not None for r in per]

    def _here(self, k: int) -> list[R]:
        self.here += 1
        return self._fn(self._chunks[k])

    def _collect(self, k: int, cancelled: CancelledFn | None) -> list[R]:
        if self._claim(k):
            return self._here(k)
        f = self._futures[k]
        assert f is not None
        got = _wait(f, cancelled)
        # Failed: do the chunk here, which gives its results, or raises the function's
        # own error as one process would.
        return self._here(k) if isinstance(got, _Failed) else got


class _Failed:
    """What :func:`_wait` gives for a task that did not come back."""


def _wait(f: Future[R], cancelled: CancelledFn | None) -> R | _Failed:
    """``f``'s result, ``cancelled()`` asked every :data:`_POLL` while waiting
    (:class:`Cancelled` if so); a :class:`_Failed` where the pool broke (a worker killed,
    a pipe closed, an input that would not pickle) or the function raised."""
    while True:
        try:
            return f.result(timeout=_POLL)
        except TimeoutError:
            if cancelled is not None and cancelled():
                raise Cancelled() from None
        except Exception:
            return _Failed()


class Sent(Generic[R]):
    """One task sent to a job's pool behind an offload's chunks, which the caller takes
    when a worker has done it and does itself otherwise.

    For work that reads what an offload's worker keeps after its chunk (a pair's quotes
    grouped where one side's were found: :func:`app.analysis.begin`), so it can go
    nowhere else first. :meth:`result` is ``None`` where the task could not be sent,
    was never started (dropped then) or failed: the caller then does the work itself,
    with the same result, the task being a pure function of what it was given. The pool
    writes it behind the chunk when it fits (:mod:`app.pipe_pool`): the worker starts it
    the moment its chunk is done, without waiting for this process's threads.
    """

    def __init__(self, workers: Pool, fn: Callable[..., R], *args: object) -> None:
        self._future: Future[R] | None = None
        try:
            self._future = workers.executor().submit(fn, *args)
        except (OSError, RuntimeError, ValueError):  # no pool, or a broken one
            return
        _HANDOFFS.hurry()  # its result comes back through the reading thread too

    def result(self, cancelled: CancelledFn | None = None) -> R | None:
        """The worker's result, waited for while a worker has the task (``cancelled()``
        asked meanwhile: :class:`Cancelled` if so); ``None`` as the class says."""
        f = self._future
        if f is None:
            return None
        try:
            if f.cancel():
                return None
            got = _wait(f, cancelled)
            return None if isinstance(got, _Failed) else got  # failed: done here again
        finally:
            self.close()

    def close(self) -> None:
        """Drop the task if no worker has started it; idempotent."""
        f, self._future = self._future, None
        if f is not None:
            f.cancel()
            _HANDOFFS.relax()


_SESSION: Pool | None = None
_SESSION_LOCK = threading.Lock()


def warm_up() -> int:
    """Run in each worker of the session's pool at once: the imports, compiled patterns
    and loaded weights of the quote stage and of quote grouping, which the first real task
    would pay for."""
    from app.ingest.build import make_document
    from app.quotes.groups import group_quotes
    from app.quotes.pipeline import extract_quotes

    sample = make_document(
        "Paris (AP) - The minister spoke on Monday.\n\n"
        "\u201cWe will continue,\u201d Jean Dupont, the minister, told reporters.",
        path="warm-up.txt",
    )
    quotes = extract_quotes(sample)
    group_quotes([sample], quotes)  # grouping a pair's quotes follows them (Sent)
    return len(quotes)


def keep_warm(count: int | None = None) -> Pool | None:
    """The session's pool, started now if it is not running: ``count`` workers (by
    default :func:`workers`, one per idle core besides this process).

    For the desktop app, which calls it once as it opens, from a thread of its own
    (:func:`workers` samples the machine's load for 15 ms, and spawning takes a few).
    ``None`` when no worker is worth starting or none can start: every job then
    works as it would without.
    """
    global _SESSION
    with _SESSION_LOCK:
        if _SESSION is not None and _SESSION.started:
            return _SESSION
        n = workers() if count is None else count
        if n <= 0:
            return None
        kept = Pool(n, kept=True)
        try:
            executor = kept.executor()
            for _ in range(n):
                executor.submit(warm_up)
        except (OSError, RuntimeError, ValueError):
            kept._shut()
            return None
        _SESSION = kept
        return kept


def session() -> Pool | None:
    """The pool :func:`keep_warm` started, while it runs; ``None`` in a process that
    keeps none (the command line, a test, a worker)."""
    kept = _SESSION
    return kept if kept is not None and kept.started else None


def let_go() -> None:
    """End the session's pool (the app quitting, a test cleaning up); idempotent."""
    global _SESSION
    with _SESSION_LOCK:
        if _SESSION is not None:
            _SESSION._shut()
            _SESSION = None
