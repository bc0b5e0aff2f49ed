"""Moving the threshold re-selects from the scored story: no second comparison runs."""

from __future__ import annotations

from window_steps import count_scoring, open_sample

from app.model import Comparison

TIMEOUT = 60_000  # the real engine on a shared 2-core machine


def test_slider_reselects_without_scoring_again(qtbot, window, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    calls = count_scoring(monkeypatch)
    open_sample(qtbot, window)
    assert calls == [3]
    loose: Comparison = window.comparison
    with qtbot.waitSignal(window.comparisonShown, timeout=TIMEOUT):
        window.threshold_slider.setValue(90)
    assert calls == [3]  # filtered, not compared again
    assert window.comparison.threshold == 0.9
    strict = {(m.a, m.b, m.a_spans, m.b_spans) for m in window.comparison.matches}
    assert strict < {(m.a, m.b, m.a_spans, m.b_spans) for m in loose.matches}
