"""No full garbage collections while the engine builds what it keeps.

An analysed document keeps about a thousand tokens, and tokens are named tuples, which
the collector never stops tracking (only plain tuples are untracked). Python runs a
full collection whenever the long-lived tracked objects grew by a quarter, so analysing
924 PolNeAR articles ran twelve of them over up to a million tokens: 1.8 s of 11 s, to
free nothing (the analysis makes no reference cycles). Inside :func:`paused` the young
generations are still collected (cheap: their objects are few and recently touched) but
not the oldest; the first full collection after it runs when it is next due.

Turning the collector off altogether was measured too and is worse: a million objects
left young are then all traversed, cold, by the next young collection.
"""

from __future__ import annotations

import gc
import threading
from collections.abc import Iterator
from contextlib import contextmanager

#: Young collections between two full ones inside :func:`paused`: never, in practice.
_NEVER = 1 << 30

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
            gc.set_threshold(_saved[0], _saved[1] if len(_saved) > 1 else 10, _NEVER)
        _depth += 1
    try:
        yield
    finally:
        with _lock:
            _depth -= 1
            if _depth == 0:
                gc.set_threshold(*_saved)
