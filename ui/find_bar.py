"""The find bar under the panes (Ctrl+F): type, Enter for next, Shift+Enter for previous."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QHBoxLayout, QLabel, QLineEdit, QToolButton, QWidget


class _FindEdit(QLineEdit):
    def __init__(self, bar: FindBar) -> None:
        super().__init__(bar)
        self._bar = bar

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            if event.modifiers() & Qt.KeyboardModifier.ShiftModifier:
                self._bar.findPrevious.emit()
            else:
                self._bar.findNext.emit()
            return
        if event.key() == Qt.Key.Key_Escape:
            self._bar.close_bar()
            return
        super().keyPressEvent(event)


class FindBar(QWidget):
    searchChanged = Signal(str)
    findNext = Signal()
    findPrevious = Signal()
    closed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.edit = _FindEdit(self)
        self.edit.setPlaceholderText("Find in both articles")
        self.edit.setClearButtonEnabled(True)
        self.edit.textChanged.connect(self.searchChanged)
        previous = QToolButton(self)
        previous.setText("▲")
        previous.setToolTip("Previous (Shift+Enter)")
        previous.clicked.connect(self.findPrevious)
        following = QToolButton(self)
        following.setText("▼")
        following.setToolTip("Next (Enter)")
        following.clicked.connect(self.findNext)
        self.status = QLabel(self)
        close = QToolButton(self)
        close.setText("✕")
        close.setToolTip("Close (Esc)")
        close.clicked.connect(self.close_bar)
        row = QHBoxLayout(self)
        row.setContentsMargins(4, 2, 4, 2)
        row.addWidget(QLabel("Find:", self))
        row.addWidget(self.edit, 1)
        row.addWidget(previous)
        row.addWidget(following)
        row.addWidget(self.status)
        row.addWidget(close)

    def open_bar(self) -> None:
        self.show()
        self.edit.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.edit.selectAll()

    def close_bar(self) -> None:
        self.hide()
        self.closed.emit()

    def set_status(self, text: str) -> None:
        self.status.setText(text)
