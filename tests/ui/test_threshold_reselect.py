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


def test_hiding_related_links_reselects_and_is_remembered(qtbot, window, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    calls = count_scoring(monkeypatch)
    open_sample(qtbot, window)
    shown: Comparison = window.comparison
    assert any(m.kind == "related" for m in shown.matches)
    assert window.related_check.isChecked()
    with qtbot.waitSignal(window.comparisonShown, timeout=TIMEOUT):
        window.related_check.setChecked(False)  # the toolbar box drives the View action
    assert calls == [3]  # re-selected, not compared again
    assert not window.acts["show_related"].isChecked()
    hidden = window.comparison
    assert [m for m in shown.matches if m.kind != "related"] == list(hidden.matches)
    assert hidden.settings["related_links"] == "hidden"
    assert window.settings.flag("show_related", True) is False
    assert window.project_with_settings().settings["show_related"] is False
    with qtbot.waitSignal(window.comparisonShown, timeout=TIMEOUT):
        window.acts["show_related"].setChecked(True)
    assert window.related_check.isChecked()
    assert list(window.comparison.matches) == list(shown.matches)


def test_side_by_side_can_ask_the_scored_story_for_the_closest_sentence(qtbot, window) -> None:  # type: ignore[no-untyped-def]
    """The window hands Side by Side the scored story its comparison came from, before
    and after the slider re-selects, so an unmatched sentence can show its nearest."""
    open_sample(qtbot, window)
    for value in (None, 40):
        if value is not None:
            with qtbot.waitSignal(window.comparisonShown, timeout=TIMEOUT):
                window.threshold_slider.setValue(value)
        c: Comparison = window.comparison
        a, b = c.documents[0], c.documents[1]
        ask = window.compare_view._nearest_fn
        assert ask is not None
        found = [n for s in c.unique[a.id] if (n := ask(a.id, s, b.id)) is not None]
        assert found
        # Of the story shown: a link it holds to an unmatched sentence is not shown at
        # this threshold (it would be matched otherwise).
        for n in found:
            assert n.span in b.reporting_sentences
            if n.standing == "linked":
                assert n.link is not None and n.link.score < c.threshold
