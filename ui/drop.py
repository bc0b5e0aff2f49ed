"""Drops of files and folders anywhere on the window; always a copy, never a move.

An application-wide event filter catches the drop whichever child widget is under the
cursor (a read-only text pane, the sources list...), so "anywhere on the window" holds even
for widgets that would otherwise refuse or swallow the drop. Dropped files are only read.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QMimeData, QObject, Qt
from PySide6.QtGui import QDragEnterEvent, QDragMoveEvent, QDropEvent
from PySide6.QtWidgets import QApplication, QWidget


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
        app = QApplication.instance()
        if app is not None:
            # Qt drops a destroyed filter from the list itself; the window owns this one.
            app.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        kind = event.type()
        if kind not in (QEvent.Type.DragEnter, QEvent.Type.DragMove, QEvent.Type.Drop):
            return False
        if not isinstance(watched, QWidget) or watched.window() is not self._window:
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
