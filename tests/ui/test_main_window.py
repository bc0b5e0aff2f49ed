"""The application shell driven through its real widgets: loading, comparing, saving."""

from __future__ import annotations

import threading
import time
from pathlib import Path

import pytest
from PySide6.QtCore import QMimeData, QPoint, QPointF, Qt, QUrl
from PySide6.QtGui import QDragEnterEvent, QDropEvent
from PySide6.QtWidgets import QApplication
from window_steps import open_sample

from app import project as projects
from app.model import Comparison
from app.progress import checkpoint

TIMEOUT = 60_000  # generous: the real engine on a shared 2-core machine


def _drop(target, paths: list[Path]) -> tuple[QDragEnterEvent, QDropEvent]:  # type: ignore[no-untyped-def]
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(p)) for p in paths])
    actions = Qt.DropAction.CopyAction | Qt.DropAction.MoveAction
    enter = QDragEnterEvent(  # Qt's signature takes an integer QPoint here, QPointF below
        QPoint(20, 20), actions, mime, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier
    )
    QApplication.sendEvent(target, enter)
    drop = QDropEvent(
        QPointF(20, 20), actions, mime, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier
    )
    QApplication.sendEvent(target, drop)
    return enter, drop


def test_first_run_shows_the_empty_state(window) -> None:  # type: ignore[no-untyped-def]
    assert window.stack.currentWidget() is window.empty_state
    assert window.empty_state.sample_button.isVisible()
    assert not window.acts["save"].isEnabled()


def test_the_sample_story_opens_and_matches_are_shown(qtbot, window, seed_paths) -> None:  # type: ignore[no-untyped-def]
    with qtbot.waitSignal(
        window.comparisonShown,
        timeout=TIMEOUT,
        check_params_cb=lambda c: c is not None and len(c.documents) >= 2,
    ):
        qtbot.mouseClick(window.empty_state.sample_button, Qt.MouseButton.LeftButton)
    assert window.stack.currentWidget() is window.splitter
    assert len(window.comparison.documents) == len(seed_paths)
    assert window.comparison.matches, "the engine matched nothing in the sample story"
    qtbot.waitUntil(lambda: window.counts is not None and window.counts[0] > 0, timeout=5000)
    left, right = window.current_pair()
    assert window.counts[0] == len(window.comparison.matches_between(left, right))
    assert window.sources.tree.topLevelItemCount() == len(seed_paths)
    assert not window.dirty  # nothing the user did needs saving yet


def test_a_drop_of_files_and_a_folder_is_a_copy_and_loads_them(
    qtbot,
    window,
    seed_paths,
    tmp_path: Path,  # type: ignore[no-untyped-def]
) -> None:
    folder = tmp_path / "more"
    folder.mkdir()
    (folder / "extra.txt").write_text(
        "Kyiv, Ukraine. President Volodymyr Zelensky said on Saturday that he would stay "
        "in the capital.\n\nHe said: “I need ammunition, not a ride.”\n",
        encoding="utf-8",
    )
    with qtbot.waitSignal(window.loads.jobFinished, timeout=TIMEOUT):
        enter, drop = _drop(window, [*seed_paths[:2], folder])
    assert enter.isAccepted() and drop.isAccepted()
    assert drop.dropAction() == Qt.DropAction.CopyAction
    assert len(window.project.documents) == 3
    assert all(p.exists() for p in [*seed_paths[:2], folder / "extra.txt"])  # never moved

    # Dropping onto a child widget also works, and adds to the open comparison.
    with qtbot.waitSignal(window.loads.jobFinished, timeout=TIMEOUT):
        _drop(window.sources.tree.viewport(), [seed_paths[2]])
    assert len(window.project.documents) == 4
    qtbot.waitUntil(
        lambda: window.comparison is not None and len(window.comparison.documents) == 4,
        timeout=TIMEOUT,
    )


def test_a_drag_without_local_files_is_refused(window) -> None:  # type: ignore[no-untyped-def]
    mime = QMimeData()
    mime.setText("just some text")
    enter = QDragEnterEvent(
        QPoint(5, 5),
        Qt.DropAction.CopyAction,
        mime,
        Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.NoModifier,
    )
    enter.ignore()
    QApplication.sendEvent(window, enter)
    assert not enter.isAccepted()


def test_a_broken_file_is_listed_with_its_message_while_the_rest_load(
    qtbot,
    window,
    seed_paths,
    tmp_path: Path,  # type: ignore[no-untyped-def]
) -> None:
    broken = tmp_path / "broken.docx"
    broken.write_bytes(b"PK\x03\x04\xff\xfe\x00 this is not a real Word file \xff")
    with qtbot.waitSignal(window.loads.jobFinished, timeout=TIMEOUT):
        window.open_files([str(broken), *map(str, seed_paths)])
    assert len(window.project.documents) == len(seed_paths)
    items = window.sources.problem_items()
    assert len(items) == 1
    message = window.project.problems[0].message
    assert message and items[0].text(0) == f"broken.docx — {message}"
    assert message in items[0].toolTip(0)
    assert not items[0].icon(0).isNull()  # the warning marker
    assert "1 not loaded" in window.sources.summary.text()


def _slow_loader(started: threading.Event):  # type: ignore[no-untyped-def]
    def load(paths, progress, cancelled):  # type: ignore[no-untyped-def]
        started.set()
        for i in range(3000):
            checkpoint(i, 3000, progress, cancelled)
            time.sleep(0.002)
        return projects.load_paths(paths)

    return load


def test_cancel_during_a_long_load(qtbot, make_window, seed_paths) -> None:  # type: ignore[no-untyped-def]
    started = threading.Event()
    window = make_window(loader=_slow_loader(started))
    window.show()
    window.open_files([str(p) for p in seed_paths])
    assert started.wait(5)
    qtbot.waitUntil(window.progress.isVisible, timeout=5000)  # shown after ~0.5 s
    assert window.progress.bar.maximum() > 0
    with qtbot.waitSignal(window.loads.jobDropped, timeout=10_000):
        qtbot.mouseClick(window.progress.cancel_button, Qt.MouseButton.LeftButton)
    assert window.project.documents == ()
    assert not window.progress.isVisible()
    assert QApplication.overrideCursor() is None


def test_a_superseded_comparison_is_dropped(qtbot, make_window, seed_paths) -> None:  # type: ignore[no-untyped-def]
    release = threading.Event()
    calls: list[float] = []

    def comparer(docs, threshold, progress, cancelled):  # type: ignore[no-untyped-def]
        calls.append(threshold)
        if threshold == 0.9:
            release.wait(10)  # ignores cancellation: its result arrives late
        return Comparison(documents=tuple(docs), threshold=threshold)

    window = make_window(comparer=comparer)
    with qtbot.waitSignal(
        window.comparisonShown, timeout=TIMEOUT, check_params_cb=lambda c: c is not None
    ):
        window.open_files([str(p) for p in seed_paths])
    window.threshold_slider.setValue(90)
    qtbot.waitUntil(lambda: 0.9 in calls, timeout=5000)  # debounced, then started
    with qtbot.waitSignal(window.comparisonShown, timeout=TIMEOUT):
        window.threshold_slider.setValue(30)
    assert window.comparison.threshold == 0.3
    with qtbot.waitSignal(window.compares.jobDropped, timeout=10_000):
        release.set()
    assert window.comparison.threshold == 0.3  # the late 0.9 result never reached the views


def test_slider_moves_are_debounced_into_one_comparison(qtbot, make_window, seed_paths) -> None:  # type: ignore[no-untyped-def]
    calls: list[float] = []

    def comparer(docs, threshold, progress, cancelled):  # type: ignore[no-untyped-def]
        calls.append(threshold)
        return Comparison(documents=tuple(docs), threshold=threshold)

    window = make_window(comparer=comparer)
    with qtbot.waitSignal(
        window.comparisonShown, timeout=TIMEOUT, check_params_cb=lambda c: c is not None
    ):
        window.open_files([str(p) for p in seed_paths])
    calls.clear()
    with qtbot.waitSignal(window.comparisonShown, timeout=TIMEOUT):
        for value in (60, 61, 62, 63, 64):
            window.threshold_slider.setValue(value)
    assert calls == [0.64]


def test_the_threshold_slider_changes_the_counts(qtbot, window) -> None:  # type: ignore[no-untyped-def]
    open_sample(qtbot, window)
    qtbot.waitUntil(lambda: window.counts is not None, timeout=5000)
    loose = len(window.comparison.matches)
    window.counts = None
    with qtbot.waitSignal(window.comparisonShown, timeout=TIMEOUT):
        window.threshold_slider.setValue(99)
    qtbot.waitUntil(lambda: window.counts is not None, timeout=5000)
    strict = len(window.comparison.matches)
    assert window.comparison.threshold == 0.99
    assert strict < loose
    left, right = window.current_pair()
    assert window.counts[0] == len(window.comparison.matches_between(left, right))


def test_sources_edits_rerun_the_comparison(qtbot, window) -> None:  # type: ignore[no-untyped-def]
    comparison = open_sample(qtbot, window)
    first = comparison.documents[0]
    item = window.sources.item_for_document(first.id)
    with qtbot.waitSignal(window.comparisonShown, timeout=TIMEOUT):
        item.setText(0, "Renamed Outlet")
    assert window.comparison.document(first.id).outlet == "Renamed Outlet"
    assert window.dirty and window.isWindowModified()

    with qtbot.waitSignal(window.comparisonShown, timeout=TIMEOUT):
        window.sources.item_for_document(first.id).setCheckState(0, Qt.CheckState.Unchecked)
    assert first.id not in {d.id for d in window.comparison.documents}
    assert len(window.project.documents) == len(comparison.documents)  # still listed

    second = comparison.documents[1]
    window.sources.item_for_document(second.id).setSelected(True)
    with qtbot.waitSignal(window.comparisonShown, timeout=TIMEOUT):
        qtbot.mouseClick(window.sources.remove_button, Qt.MouseButton.LeftButton)
    assert second.id not in {d.id for d in window.project.documents}


def test_save_and_reopen_round_trip(qtbot, make_window, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    window = make_window()
    comparison = open_sample(qtbot, window)
    doc = comparison.documents[0]
    window.sources.item_for_document(doc.id).setText(0, "Fox News")
    qtbot.waitUntil(lambda: window.project.outlets.get(doc.id) == "Fox News", timeout=5000)
    window.threshold_slider.setValue(35)
    target = tmp_path / "story.parallax"
    with qtbot.waitSignal(window.saves.jobFinished, timeout=TIMEOUT):
        window.files.save_as(str(target))
    assert target.exists() and not window.dirty
    assert window.windowTitle().startswith("story")

    other = make_window()
    with qtbot.waitSignal(
        other.comparisonShown,
        timeout=TIMEOUT,
        check_params_cb=lambda c: c is not None and len(c.documents) >= 2,
    ):
        other.files.open(str(target))
    assert other.project == window.project_with_settings()
    assert other.threshold() == 0.35
    assert other.comparison.document(doc.id).outlet == "Fox News"
    assert other.project_path == target
    assert not other.dirty
    assert str(target.resolve()) in other.settings.recent_files()


def test_reopening_warns_when_an_original_changed(
    qtbot,
    make_window,
    seed_paths,
    tmp_path: Path,
    quiet_dialogs,  # type: ignore[no-untyped-def]
) -> None:
    copies = []
    for p in seed_paths[:2]:
        copies.append(tmp_path / p.name)
        copies[-1].write_bytes(p.read_bytes())
    window = make_window()
    with qtbot.waitSignal(window.loads.jobFinished, timeout=TIMEOUT):
        window.open_files([str(c) for c in copies])
    target = tmp_path / "two.parallax"
    assert window.files.write(target, wait=True)
    copies[0].write_text("Completely rewritten.\n", encoding="utf-8")

    other = make_window()
    with qtbot.waitSignal(other.opens.jobFinished, timeout=TIMEOUT):
        other.open_paths([str(target)])
    warnings = [r for r in quiet_dialogs if r.title == "Originals have changed"]
    assert len(warnings) == 1 and copies[0].name in warnings[0].details
    # The saved text is what is shown, not the changed file.
    assert other.project.documents[0].text == window.project.documents[0].text


def test_unsaved_changes_prompt_on_quit(qtbot, make_window, seed_paths, quiet_dialogs) -> None:  # type: ignore[no-untyped-def]
    window = make_window()
    with qtbot.waitSignal(window.loads.jobFinished, timeout=TIMEOUT):
        window.open_files([str(seed_paths[0])])
    assert window.dirty
    window.close()
    assert [r.title for r in quiet_dialogs if r.level == "question"] == ["Unsaved changes"]


def test_navigation_actions_reach_the_side_by_side_view(
    qtbot,
    window,
    monkeypatch: pytest.MonkeyPatch,  # type: ignore[no-untyped-def]
) -> None:
    open_sample(qtbot, window)
    calls: list[str] = []
    for name in ("next_match", "previous_match", "next_difference", "previous_difference", "find"):
        monkeypatch.setattr(window.compare_view, name, lambda name=name: calls.append(name))
    window.tabs.setCurrentIndex(2)
    window.activateWindow()
    window.setFocus()
    for key, mods in (
        (Qt.Key.Key_F7, Qt.KeyboardModifier.NoModifier),
        (Qt.Key.Key_F7, Qt.KeyboardModifier.ShiftModifier),
        (Qt.Key.Key_Down, Qt.KeyboardModifier.AltModifier),
        (Qt.Key.Key_Up, Qt.KeyboardModifier.AltModifier),
        (Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier),
    ):
        qtbot.keyClick(window, key, mods)
    assert calls == [
        "next_match",
        "previous_match",
        "next_difference",
        "previous_difference",
        "find",
    ]
    assert window.tabs.currentWidget() is window.compare_view


def test_swap_exchanges_left_and_right(qtbot, window) -> None:  # type: ignore[no-untyped-def]
    open_sample(qtbot, window)
    left, right = window.current_pair()
    window.acts["swap"].trigger()
    assert window.current_pair() == (right, left)


def test_a_pair_from_the_overview_opens_side_by_side(qtbot, window) -> None:  # type: ignore[no-untyped-def]
    comparison = open_sample(qtbot, window)
    ids = [d.id for d in comparison.documents]
    window.tabs.setCurrentIndex(2)
    window.overview_view.pairActivated.emit(ids[2], ids[0])
    assert window.current_pair() == (ids[2], ids[0])
    assert window.tabs.currentWidget() is window.compare_view


def test_recent_files_menu_lists_what_was_opened(qtbot, window, seed_paths) -> None:  # type: ignore[no-untyped-def]
    with qtbot.waitSignal(window.loads.jobFinished, timeout=TIMEOUT):
        window.open_files([str(seed_paths[0])])
    window._fill_recent_menu()
    tips = [a.toolTip() for a in window.recent_menu.actions()]
    assert str(seed_paths[0].resolve()) in tips


def test_about_names_the_version(window, quiet_dialogs) -> None:  # type: ignore[no-untyped-def]
    import app

    window.acts["about"].trigger()
    assert any(app.__version__ in r.text for r in quiet_dialogs)


def test_export_report_writes_the_story_in_a_worker(qtbot, window, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    comparison = open_sample(qtbot, window)
    target = tmp_path / "report.html"
    with qtbot.waitSignal(window.exports.jobFinished, timeout=TIMEOUT):
        assert window.reports.export_report(str(target))
    html = target.read_text(encoding="utf-8")
    assert "<script" not in html
    for doc in comparison.documents:
        assert doc.sha256 in html  # the sources table lets anyone verify the originals


def test_f7_moves_through_the_matches_of_the_real_view(qtbot, window) -> None:  # type: ignore[no-untyped-def]
    open_sample(qtbot, window)
    assert window.compare_view.matches()
    window.activateWindow()
    window.setFocus()
    qtbot.keyClick(window, Qt.Key.Key_F7)
    first = window.compare_view.current_match()
    qtbot.keyClick(window, Qt.Key.Key_F7)
    assert first is not None and window.compare_view.current_match() != first
    qtbot.keyClick(window, Qt.Key.Key_F7, Qt.KeyboardModifier.ShiftModifier)
    assert window.compare_view.current_match() == first


def test_a_quote_activated_in_the_quotes_view_opens_side_by_side(qtbot, window) -> None:  # type: ignore[no-untyped-def]
    comparison = open_sample(qtbot, window)
    quote = next(q for q in comparison.quotes if q.doc == comparison.documents[2].id)
    window.tabs.setCurrentWidget(window.quotes_view)
    window.quotes_view.quoteActivated.emit(quote.id)
    assert window.tabs.currentWidget() is window.compare_view
    assert quote.doc in window.current_pair()
