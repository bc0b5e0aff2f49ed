"""Background jobs: a ``QRunnable`` per job, its signals on a separate ``QObject``.

The engine's slow functions take ``progress(done, total)`` and ``cancelled()``; a job
hands it both and never touches a widget (Anki's rule). Every job gets a generation
number; :meth:`JobRunner.invalidate` raises the floor below which results are dropped, so a
late result of a superseded job (Meld's check) never reaches the screen.
"""

from __future__ import annotations

import threading
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal

from app.errors import Cancelled
from app.gc_pause import collector_off
from app.progress import CancelledFn, ProgressFn

JobFn = Callable[[ProgressFn, CancelledFn], Any]

#: Progress reports closer together than this are coalesced so a chatty engine loop cannot
#: flood the GUI thread's event queue.
PROGRESS_INTERVAL_S = 0.05


class JobSignals(QObject):
    """Lives in the GUI thread; emitted from the worker, so delivery is queued."""

    progressed = Signal(int, int, int)  # generation, done, total
    succeeded = Signal(int, object)  # generation, result
    failed = Signal(int, object)  # generation, exception
    was_cancelled = Signal(int)  # generation


class Job(QRunnable):
    def __init__(self, fn: JobFn, generation: int, signals: JobSignals) -> None:
        super().__init__()
        self.setAutoDelete(False)  # the runner owns the Python object until it reports
        self.fn: JobFn | None = fn
        self.generation = generation
        self.signals = signals
        self.stop = threading.Event()
        self._last_report = 0.0

    def _progress(self, done: int, total: int) -> None:
        now = time.monotonic()
        if done >= total or now - self._last_report >= PROGRESS_INTERVAL_S:
            self._last_report = now
            self.signals.progressed.emit(self.generation, done, total)

    def run(self) -> None:
        # Take the function out of the job before running it: the pool keeps this
        # wrapper alive after the run, and the closure holds the job's inputs (a whole
        # story's documents), which would then never be freed (tests/ui/test_memory.py).
        fn, self.fn = self.fn, None
        try:
            if fn is None:
                raise RuntimeError("a job runs once")
            with collector_off():
                result = fn(self._progress, self.stop.is_set)
        except Cancelled:
            self.signals.was_cancelled.emit(self.generation)
        except BaseException as exc:
            self.signals.failed.emit(self.generation, exc)
        else:
            if self.stop.is_set():
                self.signals.was_cancelled.emit(self.generation)
            else:
                self.signals.succeeded.emit(self.generation, result)


@dataclass
class _Pending:
    job: Job
    on_result: Callable[[Any], None]
    on_error: Callable[[BaseException], None] | None
    label: str
    started: float = field(default_factory=time.monotonic)


class JobRunner(QObject):
    """Runs jobs on the shared ``QThreadPool`` and delivers only current results.

    ``busyChanged(bool)`` and ``progressed(label, done, total)`` feed the progress strip;
    ``jobDropped(generation)`` says a stale or cancelled job was discarded (tests wait on it).
    """

    busyChanged = Signal(bool)
    progressed = Signal(str, int, int)
    jobDropped = Signal(int)
    jobFinished = Signal(int)

    def __init__(
        self,
        parent: QObject | None = None,
        pool: QThreadPool | None = None,
        *,
        supersede: bool = True,
        serial: bool = False,
    ) -> None:
        """``supersede`` is the queue's policy (a newer job cancels older ones); ``serial``
        gives the runner a one-thread pool of its own, so its jobs run in the order asked
        (two saves of one file must land oldest first)."""
        super().__init__(parent)
        if serial and pool is None:
            pool = QThreadPool(self)
            pool.setMaxThreadCount(1)
        self._pool = pool or QThreadPool.globalInstance()
        self._supersede = supersede
        self._next = 1
        self._floor = 1
        self._pending: dict[int, _Pending] = {}

    # -- public ------------------------------------------------------------------------
    def submit(
        self,
        fn: JobFn,
        on_result: Callable[[Any], None],
        on_error: Callable[[BaseException], None] | None = None,
        *,
        label: str = "Working…",
        supersede: bool | None = None,
    ) -> int:
        """Start ``fn(progress, cancelled)``; with ``supersede`` older jobs are cancelled.

        ``supersede`` defaults to the runner's policy, so callers cannot drop another
        kind of work by accident: that is what a runner per kind of work is for.
        """
        if supersede is None:
            supersede = self._supersede
        if supersede:
            self.invalidate()
        generation = self._next
        self._next += 1
        signals = JobSignals()
        signals.progressed.connect(self._on_progress)
        signals.succeeded.connect(self._on_success)
        signals.failed.connect(self._on_failure)
        signals.was_cancelled.connect(self._on_cancelled)
        job = Job(fn, generation, signals)
        was_busy = self.busy
        self._pending[generation] = _Pending(job, on_result, on_error, label)
        if not was_busy:
            self.busyChanged.emit(True)
        self._pool.start(job)
        return generation

    def invalidate(self) -> None:
        """Drop every result not yet delivered and ask running jobs to stop."""
        was_busy = self.busy
        self._floor = self._next
        for pending in self._pending.values():
            pending.job.stop.set()
        if was_busy:
            self.busyChanged.emit(False)

    cancel = invalidate

    @property
    def busy(self) -> bool:
        return any(g >= self._floor for g in self._pending)

    @property
    def running(self) -> int:
        """Jobs still on a thread, including superseded ones that have not noticed yet."""
        return len(self._pending)

    def is_current(self, generation: int) -> bool:
        return generation >= self._floor

    def current_label(self) -> str:
        live = [p for g, p in self._pending.items() if g >= self._floor]
        return live[-1].label if live else ""

    def wait(self, msecs: int = 5000) -> bool:
        """Block until every job's thread has finished (shutdown and tests)."""
        return self._pool.waitForDone(msecs)

    # -- delivery (GUI thread) ------------------------------------------------------------
    def _finish(self, generation: int) -> _Pending | None:
        was_busy = self.busy
        pending = self._pending.pop(generation, None)
        if was_busy and not self.busy:
            self.busyChanged.emit(False)
        return pending

    def _on_progress(self, generation: int, done: int, total: int) -> None:
        pending = self._pending.get(generation)
        if pending is not None and generation >= self._floor:
            self.progressed.emit(pending.label, done, total)

    def _deliverable(self, generation: int) -> _Pending | None:
        """The finished job's callbacks, or None (and ``jobDropped``) when superseded."""
        current = generation >= self._floor
        pending = self._finish(generation)
        if pending is None or not current:
            self.jobDropped.emit(generation)
            return None
        return pending

    def _on_success(self, generation: int, result: object) -> None:
        pending = self._deliverable(generation)
        if pending is None:
            return
        try:
            pending.on_result(result)
        finally:
            self.jobFinished.emit(generation)

    def _on_failure(self, generation: int, exc: BaseException) -> None:
        pending = self._deliverable(generation)
        if pending is None:
            return
        try:
            if pending.on_error is not None:
                pending.on_error(exc)
            else:
                raise exc
        finally:
            self.jobFinished.emit(generation)

    def _on_cancelled(self, generation: int) -> None:
        self._finish(generation)
        self.jobDropped.emit(generation)


class JobQueues(QObject):
    """One runner per kind of work a person can start, each with its own policy.

    A shared runner let a save supersede a running PDF export, which then vanished
    without a word (issue 14). Here a job can only be superseded by a newer job of the
    same kind, and only where that is what the person means: a new comparison replaces
    the older comparison, an opened file replaces the file still opening. Loads add to
    each other; saves, exports and prints are written in the order asked, every one.
    """

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.loads = JobRunner(self, supersede=False)
        self.compares = JobRunner(self, supersede=True)
        self.opens = JobRunner(self, supersede=True)
        self.saves = JobRunner(self, supersede=False, serial=True)
        self.exports = JobRunner(self, supersede=False, serial=True)
        self.prints = JobRunner(self, supersede=False, serial=True)

    @property
    def all(self) -> tuple[JobRunner, ...]:
        return (self.loads, self.compares, self.opens, self.saves, self.exports, self.prints)

    @property
    def writes(self) -> tuple[JobRunner, ...]:
        """Jobs that leave a file the person asked for: finished, not cancelled, at quit."""
        return (self.saves, self.exports)

    @property
    def busy(self) -> bool:
        return any(runner.busy for runner in self.all)

    @property
    def running(self) -> int:
        """Jobs still on a thread, superseded ones included."""
        return sum(runner.running for runner in self.all)

    def current_label(self) -> str:
        for runner in self.all:
            label = runner.current_label()
            if label:
                return label
        return ""

    def shutdown(self, msecs: int = 3000) -> None:
        """Cancel what only feeds the screen; let writes finish; wait for every thread."""
        for runner in self.all:
            if runner not in self.writes:
                runner.invalidate()
        deadline = time.monotonic() + msecs / 1000
        for runner in self.all:
            remaining = max(0, round((deadline - time.monotonic()) * 1000))
            runner.wait(remaining)
