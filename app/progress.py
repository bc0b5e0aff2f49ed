"""The progress/cancel protocol shared by every slow engine function.

Slow functions take ``progress(done, total)`` and ``cancelled()`` callables (both
optional) so that the GUI's worker can report and stop them without the engine knowing
anything about threads or Qt.
"""

from __future__ import annotations

from collections.abc import Callable

from app.errors import Cancelled

ProgressFn = Callable[[int, int], None]
CancelledFn = Callable[[], bool]


def checkpoint(
    done: int,
    total: int,
    progress: ProgressFn | None,
    cancelled: CancelledFn | None,
) -> None:
    """Report progress, then raise :class:`Cancelled` if the caller asked to stop."""
    if progress is not None:
        progress(done, total)
    if cancelled is not None and cancelled():
        raise Cancelled()
