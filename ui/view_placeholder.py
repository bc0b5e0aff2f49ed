"""The message a content view shows when there is nothing to show yet."""

from __future__ import annotations

import html

from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QLabel, QStackedWidget, QVBoxLayout, QWidget

from ui.palette import blend


def muted(palette: QPalette) -> str:
    """Secondary text: legible on light and dark themes (a disabled label is too faint)."""
    window = palette.color(QPalette.ColorRole.Window)
    text = palette.color(QPalette.ColorRole.WindowText)
    return blend(window, text, 0.7).name()


class ViewPlaceholder(QLabel):
    def __init__(self, message: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._message = message
        self.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.setWordWrap(True)
        self.setMargin(24)
        self.setTextFormat(Qt.TextFormat.RichText)
        font = self.font()
        font.setPointSizeF(font.pointSizeF() * 1.4)
        self.setFont(font)
        self._render()

    def message(self) -> str:
        return self._message

    def set_message(self, message: str) -> None:
        self._message = message
        self._render()

    def _render(self) -> None:
        self.setText(
            f"<span style='color:{muted(self.palette())}'>{html.escape(self._message)}</span>"
        )

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.PaletteChange:
            self._render()


def stack_with_placeholder(
    owner: QWidget, content: QWidget, message: str, margin: int
) -> tuple[ViewPlaceholder, QStackedWidget]:
    """Fill ``owner`` with a stack that shows either ``content`` or a placeholder message.

    Every content view switches between the two the same way, so they build it here.
    """
    placeholder = ViewPlaceholder(message, owner)
    stack = QStackedWidget(owner)
    stack.addWidget(placeholder)
    stack.addWidget(content)
    layout = QVBoxLayout(owner)
    layout.setContentsMargins(margin, margin, margin, margin)
    layout.addWidget(stack)
    return placeholder, stack
