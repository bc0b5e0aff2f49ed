"""Drops of files and folders anywhere on the window; always a copy, never a move.

Qt hands a drag to the deepest widget under the cursor that accepts drops, else to the
window. So the window accepts drops, the read-only views (text panes, the details pane,
the quote wordings) stop accepting them, and the few widgets that take drops of their
own (text fields, the sources list's moves between stories) get this filter, which
takes the drag whenever it carries local files. Dropped files are only read.

Not an application-wide event filter, though that would be simpler: a filter written in
Python is called for *every* event of the application, paint and timer events included,
and each call needs the interpreter lock, which the engine's worker thread holds while it
compares. Showing a story of five long live blogs while the next was compared stalled
the window for 100-140 ms that way (``benchmarks/gui_responsiveness.py``); with the
filter on these few widgets only, about 30.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QMimeData, QObject, Qt
from PySide6.QtGui import QDragEnterEvent, QDragMoveEvent, QDropEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QAbstractScrollArea,
    QLineEdit,
    QPlainTextEdit,
    QTextEdit,
    QWidget,
)


def local_paths(mime: QMimeData | None) -> list[str]:
    """The local files and folders a drag carries (remote URLs are ignored)."""
    if mime is None or not mime.hasUrls():
        return []
    return [u.toLocalFile() for u in mime.urls() if u.isLocalFile() and u.toLocalFile()]


class FileDropFilter(QObject):
    """Accepts drags of local files over ``window`` and hands the paths to ``on_drop``."""

    def __init__(self, window: QWidget, on_drop: Callable[[list[str]], None]) -> None:
        super().__init__(window)
        self._window = window
        self._on_drop = on_drop
        window.setAcceptDrops(True)
        window.installEventFilter(self)
        self.cover()

    def cover(self) -> None:
        """Route every drop-accepting widget of the window through this filter, or stop
        it accepting drops (see the module doc). Call again after adding widgets."""
        for widget in self._window.findChildren(QWidget):
            if not widget.acceptDrops():
                continue
            if takes_drops(widget):
                widget.removeEventFilter(self)  # once, however often covered
                widget.installEventFilter(self)
            else:
                widget.setAcceptDrops(False)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        kind = event.type()
        if kind not in (QEvent.Type.DragEnter, QEvent.Type.DragMove, QEvent.Type.Drop):
            return False
        if not isinstance(watched, QWidget):
            return False
        assert isinstance(event, QDragEnterEvent | QDragMoveEvent | QDropEvent)
        paths = local_paths(event.mimeData())
        if not paths:
            return False
        # Always a copy: Parallax reads the files and never moves or changes them.
        event.setDropAction(Qt.DropAction.CopyAction)
        event.accept()
        if kind == QEvent.Type.Drop:
            self._on_drop(paths)
        return True


def takes_drops(widget: QWidget) -> bool:
    """Whether a drop-accepting widget uses drops of its own: an editable text field or
    editor, or an item view whose rows can be dragged (a scroll area's drops land on its
    viewport, so a viewport is judged by its owner)."""
    owner = widget.parentWidget()
    if isinstance(owner, QAbstractScrollArea) and owner.viewport() is widget:
        widget = owner
    if isinstance(widget, QLineEdit | QPlainTextEdit | QTextEdit):
        return not widget.isReadOnly()
    if isinstance(widget, QAbstractItemView):
        return widget.dragDropMode() != QAbstractItemView.DragDropMode.NoDragDrop
    return False
