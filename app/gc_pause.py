"""No full garbage collections while the engine builds what it keeps.

An analysed document keeps about a thousand tokens, and tokens are named tuples, which
the collector never stops tracking (only plain tuples are untracked). Python runs a
full collection whenever the long-lived tracked objects grew by a quarter, so analysing
924 PolNeAR articles ran twelve of them over up to a million tokens: 1.8 s of 11 s, to
free nothing (the analysis makes no reference cycles). Inside :func:`paused` the young
generations are still collected (cheap: their objects are few and recently touched),
every :data:`_YOUNG` new objects rather than every 700, but not the oldest; the first
full collection after it runs when it is next due.

Turning the collector off altogether was measured too and is worse: a million objects
left young are then all traversed, cold, by the next young collection. Two articles
compared cold run about one young collection, 1.2 ms of their 25 (the collector's
callbacks); turned off for the comparison, it would only run after it, when the result
is shown, over the same analyses.

The desktop app's jobs go further (:func:`collector_off`): no automatic collection at
all while one runs, and what is alive at its end frozen.
"""

from __future__ import annotations

import gc
import threading
from collections.abc import Iterator
from contextlib import contextmanager

#: Young collections between two full ones inside :func:`paused`: never, in practice.
_NEVER = 1 << 30
#: New objects between two young collections inside :func:`paused` (Python's default is
#: 700): analysis makes tens of thousands of short-lived lists and tuples, and each young
#: collection walks the survivors again. Bounded, so the young generation stays small.
_YOUNG = 10_000

_lock = threading.Lock()
_depth = 0
_saved: tuple[int, ...] = ()


@contextmanager
def paused() -> Iterator[None]:
    """No full collection inside; the interpreter's thresholds are restored by the last
    thread to leave (the thresholds are the interpreter's, shared by every thread)."""
    global _depth, _saved
    with _lock:
        if _depth == 0:
            _saved = gc.get_threshold()
            young = max(_saved[0], _YOUNG) if _saved[0] else 0  # 0: collection is off
            gc.set_threshold(young, _saved[1] if len(_saved) > 1 else 10, _NEVER)
        _depth += 1
    try:
        yield
    finally:
        with _lock:
            _depth -= 1
            if _depth == 0:
                gc.set_threshold(*_saved)


_job_lock = threading.Lock()
_jobs = 0


@contextmanager
def collector_off() -> Iterator[None]:
    """The desktop app's jobs (``ui.workers``): Python's cyclic garbage collector kept
    out of the way while any runs.

    A full collection walks every tracked object, and a loaded story is tens of
    thousands of tokens, sentences and records: on 50 articles each full collection held
    the GIL for 20-50 ms in the engine thread (more with the GUI's own objects), which is
    exactly the window freezing that benchmarks/gui_responsiveness.py measures. So
    automatic collection is off while any job runs, and what is alive when the last one
    ends — mostly the documents and the comparison, which live until replaced — is
    frozen (``gc.freeze``) so later collections skip it. The engine's records hold no
    reference cycles; they are freed by reference counting when dropped.

    Here, not in the widgets, so that benchmarks/compare.py times the desktop app's
    comparisons under the same collector as the app runs them.
    """
    global _jobs
    with _job_lock:
        _jobs += 1
        if _jobs == 1:
            gc.disable()
    try:
        yield
    finally:
        with _job_lock:
            _jobs -= 1
            if _jobs == 0:
                gc.freeze()
                gc.enable()
