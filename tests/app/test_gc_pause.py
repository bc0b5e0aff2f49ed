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
