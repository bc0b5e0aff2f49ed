"""ui.drop: files dropped anywhere on the window load; no filter sees every event.

Qt gives a drag to the deepest widget under the cursor that accepts drops, else to the
window: the read-only views must not accept drops (or a drop there would be lost), and
the few widgets that take drops of their own (text fields, the sources list) pass
drags of files to the window's handler.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QEvent, QMimeData, QPoint, QPointF, Qt, QUrl
from PySide6.QtGui import QDragEnterEvent, QDropEvent
from PySide6.QtWidgets import QApplication, QLineEdit, QPlainTextEdit, QTextEdit, QWidget

from ui.drop import FileDropFilter, takes_drops

TIMEOUT = 60_000


def _drag(target: QWidget, mime: QMimeData) -> tuple[QDragEnterEvent, QDropEvent]:
    """A drag entering ``target`` (sent) and its drop (not sent); ``mime`` must outlive
    both events, which only point at it."""
    actions = Qt.DropAction.CopyAction | Qt.DropAction.MoveAction
    enter = QDragEnterEvent(
        QPoint(5, 5), actions, mime, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier
    )
    enter.ignore()
    QApplication.sendEvent(target, enter)
    drop = QDropEvent(
        QPointF(5, 5), actions, mime, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier
    )
    drop.ignore()
    return enter, drop


def _files(paths: list[Path]) -> QMimeData:
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(p)) for p in paths])
    return mime


def test_read_only_views_leave_drops_to_the_window(window) -> None:  # type: ignore[no-untyped-def]
    accepting = [w for w in window.findChildren(QWidget) if w.acceptDrops()]
    assert accepting, "the text fields and the sources list still take drops"
    assert all(takes_drops(w) for w in accepting)
    panes = [
        w for w in window.findChildren(QWidget)
        if isinstance(w, QPlainTextEdit | QTextEdit) and w.isReadOnly()
    ]
    assert len(panes) >= 3  # both text panes and the details pane at least
    assert not any(p.acceptDrops() or p.viewport().acceptDrops() for p in panes)
    assert window.acceptDrops()


def test_files_dropped_on_a_text_field_load_and_text_still_drops_there(
    qtbot, window, seed_paths  # type: ignore[no-untyped-def]
) -> None:
    search = window.quotes_view.search
    assert isinstance(search, QLineEdit) and search.acceptDrops()
    files = _files(seed_paths[:1])  # kept: the events point at it
    enter, drop = _drag(search, files)
    assert enter.isAccepted()
    with qtbot.waitSignal(window.loads.jobFinished, timeout=TIMEOUT):
        QApplication.sendEvent(search, drop)
    assert drop.isAccepted() and drop.dropAction() == Qt.DropAction.CopyAction
    assert len(window.project.documents) == 1
    assert search.text() == ""  # the path was not typed into the field
    text = QMimeData()
    text.setText("Zelensky")
    enter, _drop = _drag(search, text)
    assert enter.isAccepted()  # by the field itself: a word dragged from a pane


def test_no_filter_sees_the_events_of_other_widgets(window, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    """A Python filter on the whole application is called for every paint and timer
    event and waits for the interpreter lock each time the engine holds it."""
    calls: list[QEvent.Type] = []
    real = FileDropFilter.eventFilter

    def counting(self, watched, event):  # type: ignore[no-untyped-def]
        calls.append(event.type())
        return real(self, watched, event)

    monkeypatch.setattr(FileDropFilter, "eventFilter", counting)
    pane = window.compare_view.findChild(QPlainTextEdit)
    QApplication.sendEvent(pane.viewport(), QEvent(QEvent.Type.UpdateRequest))
    QApplication.sendEvent(window.overview_view, QEvent(QEvent.Type.LayoutRequest))
    assert calls == []
