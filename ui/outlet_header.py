"""A table header that can stand its outlet columns' names on end.

Ten outlets side by side leave a column each too narrow for a name written across
("busine…er.com"): the table scrolled sideways and no column could be read without
hovering. Written upwards, each name keeps its full length in a column as wide as a line
of text, so a ten-outlet story fits beside its facts. The fixed columns before
``rotated_from`` stay as they are.
"""

from __future__ import annotations

import math

from PySide6.QtCore import QRect, QSize, Qt
from PySide6.QtGui import QFontMetricsF, QPainter
from PySide6.QtWidgets import QHeaderView, QStyle, QStyleOptionHeader, QWidget

#: Longest name, in pixels, a standing header shows before eliding it.
MAX_NAME = 160
PADDING = 10


class OutletHeader(QHeaderView):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(Qt.Orientation.Horizontal, parent)
        self.rotated_from: int | None = None  # None: every name written across
        self.setSectionsClickable(False)

    def set_rotated_from(self, section: int | None) -> None:
        """Stand the names of sections from ``section`` on end (None: none)."""
        if section != self.rotated_from:
            self.rotated_from = section
            self.updateGeometry()
            self.viewport().update()

    def column_width(self) -> int:
        """The width a standing name needs: one line of text and its margins."""
        return self.fontMetrics().height() + PADDING

    def sizeHint(self) -> QSize:
        hint = super().sizeHint()
        if self.rotated_from is None or self.model() is None:
            return hint
        # Fractional advances: a whole-pixel width is a fraction short and the longest
        # name would be elided by the very pixels it was measured without.
        metrics = QFontMetricsF(self.font())
        longest = max(
            (
                math.ceil(metrics.horizontalAdvance(self._name(s)))
                for s in range(self.rotated_from, self.count())
            ),
            default=0,
        )
        return QSize(hint.width(), max(hint.height(), min(longest, MAX_NAME) + 2 * PADDING))

    def _name(self, section: int) -> str:
        model = self.model()
        text = model.headerData(section, self.orientation()) if model is not None else None
        return str(text or "")

    def paintSection(self, painter: QPainter, rect: QRect, logical: int) -> None:
        if self.rotated_from is None or logical < self.rotated_from:
            super().paintSection(painter, rect, logical)
            return
        # The frame and background as the style draws them (position and state set as
        # the stock header sets them), then the name upwards.
        option = QStyleOptionHeader()
        self.initStyleOptionForIndex(option, logical)
        option.rect = rect  # type: ignore[misc]
        option.text = ""  # type: ignore[misc]
        self.style().drawControl(QStyle.ControlElement.CE_Header, option, painter, self)
        room = rect.height() - 2 * PADDING
        name = self._name(logical)
        if QFontMetricsF(self.font()).horizontalAdvance(name) > room:
            name = self.fontMetrics().elidedText(name, Qt.TextElideMode.ElideMiddle, room)
        painter.save()
        painter.translate(rect.left(), rect.top() + rect.height())
        painter.rotate(-90)
        # After the turn, x runs up the column from its foot and y across it.
        area = QRect(PADDING, 0, room, rect.width())
        painter.setPen(self.palette().color(self.palette().ColorRole.ButtonText))
        align = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter
        painter.drawText(area, int(align), name)
        painter.restore()
