"""A replaced project leaves nothing behind (issue 14).

Jobs freeze what is alive when they end (``gc.freeze``, see ui.workers), and frozen
objects are only ever freed by reference counting; so a view, a job runner or a
callback that kept the old comparison would keep the whole story for the session. The
check unfreezes and collects, then looks for any record of the replaced story.
"""

from __future__ import annotations

import gc

from window_steps import open_sample

from app.model import Comparison, Document

TIMEOUT = 60_000


def _alive(addresses: set[int]) -> list[object]:
    """The window's own records still alive (by address: other tests may hold their own
    comparison of the same seeds, with the same document ids)."""
    gc.unfreeze()
    gc.collect()
    return [
        o
        for o in gc.get_objects()
        if isinstance(o, Comparison | Document) and id(o) in addresses
    ]


def test_replacing_the_project_frees_the_old_story(qtbot, window) -> None:  # type: ignore[no-untyped-def]
    open_sample(qtbot, window)
    addresses = {id(window.comparison), *(id(d) for d in window.comparison.documents)}
    addresses |= {id(d) for d in window.project.documents}
    window.compare_view.next_match()  # a selection, details and a presentation are built
    window.tabs.setCurrentWidget(window.quotes_view)
    assert _alive(addresses), "the check sees the open story"
    with qtbot.waitSignal(window.comparisonShown, timeout=TIMEOUT):
        window.acts["new"].trigger()
    qtbot.waitUntil(lambda: not window.jobs.busy, timeout=TIMEOUT)
    qtbot.wait(50)  # the views are updated one per event-loop turn
    left = _alive(addresses)
    assert not left, f"{len(left)} records of the replaced story are still alive"
