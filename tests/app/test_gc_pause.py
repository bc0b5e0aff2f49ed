"""Inside app.gc_pause.paused: no full collection, fewer young ones; restored after."""

from __future__ import annotations

import gc

from app import gc_pause


def test_thresholds_inside_and_after() -> None:
    saved = gc.get_threshold()
    try:
        gc.set_threshold(700, 10, 10)
        with gc_pause.paused():
            young, middle, old = gc.get_threshold()
            assert young == gc_pause._YOUNG and middle == 10 and old >= 1 << 30
            with gc_pause.paused():  # nested: unchanged
                assert gc.get_threshold() == (young, middle, old)
        assert gc.get_threshold() == (700, 10, 10)
        gc.set_threshold(0, 10, 10)  # collection off stays off inside
        with gc_pause.paused():
            assert gc.get_threshold()[0] == 0
        assert gc.get_threshold() == (0, 10, 10)
    finally:
        gc.set_threshold(*saved)


def test_collector_off_while_jobs_run_and_what_lives_frozen_after() -> None:
    """The desktop app's jobs (ui.workers): no automatic collection while any runs,
    nested or overlapping; when the last ends, collection is back on and what was alive
    is frozen (later collections skip it)."""
    assert gc.isenabled()
    frozen = gc.get_freeze_count()
    kept = [[i] for i in range(100)]  # tracked objects alive across the job
    try:
        with gc_pause.collector_off():
            assert not gc.isenabled()
            with gc_pause.collector_off():
                assert not gc.isenabled()
            assert not gc.isenabled()  # another job still runs
        assert gc.isenabled()
        assert gc.get_freeze_count() >= frozen + len(kept)
    finally:
        gc.unfreeze()
        gc.enable()
