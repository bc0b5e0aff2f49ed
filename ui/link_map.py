"""The gutter between the panes: a band from each matched sentence to its counterpart.

After Meld's ``linkmap.py``: only links touching the visible part of either pane are
drawn; each is a polygon with Bézier edges, so a moved sentence shows as a crossing band,
and an end that is off screen runs past the edge. The links are set once per pair; each
paint looks up the visible ones by bisection.
"""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Sequence

from PySide6.QtCore import QPoint, QPointF, QSize, Qt
from PySide6.QtGui import QColor, QPainter, QPainterPath, QPaintEvent, QPen
from PySide6.QtWidgets import QWidget

from app.present.alignment import Link
from ui.palette import colours
from ui.text_pane import TextPane

WIDTH = 56


class LinkMap(QWidget):
    def __init__(self, left: TextPane, right: TextPane, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._left, self._right = left, right
        self._links: list[Link] = []
        self._kinds: list[str] = []
        self._by_a: list[Link] = []
        self._by_b: list[Link] = []
        self._a_starts: list[int] = []
        self._b_starts: list[int] = []
        self._longest_a = self._longest_b = 0
        self._selected: int | None = None
        self.setFixedWidth(WIDTH)
        self.setToolTip("Each band joins a sentence to its counterpart in the other article")
        left.updateRequest.connect(lambda *_: self.update())
        right.updateRequest.connect(lambda *_: self.update())

    def sizeHint(self) -> QSize:
        return QSize(WIDTH, 100)

    def set_links(self, links: Sequence[Link], kinds: Sequence[str]) -> None:
        """``kinds[link.index]`` is the kind of the match the link draws."""
        self._links = list(links)
        self._kinds = list(kinds)
        self._by_a = sorted(self._links, key=lambda x: x.a_start)
        self._by_b = sorted(self._links, key=lambda x: x.b_start)
        self._a_starts = [x.a_start for x in self._by_a]
        self._b_starts = [x.b_start for x in self._by_b]
        self._longest_a = max((x.a_end - x.a_start for x in self._links), default=0)
        self._longest_b = max((x.b_end - x.b_start for x in self._links), default=0)
        self._selected = None
        self.update()

    def set_selected(self, index: int | None) -> None:
        self._selected = index
        self.update()

    def visible_links(self) -> list[Link]:
        """Links touching the visible part of either pane, in left order."""
        found: dict[int, Link] = {}
        for ordered, starts, longest, pane, side in (
            (self._by_a, self._a_starts, self._longest_a, self._left, "a"),
            (self._by_b, self._b_starts, self._longest_b, self._right, "b"),
        ):
            if not ordered:
                continue
            lo, hi = pane.visible_code_points()
            i = bisect_right(starts, hi)
            while i > 0:
                i -= 1
                link = ordered[i]
                start, end = (
                    (link.a_start, link.a_end) if side == "a" else (link.b_start, link.b_end)
                )
                if start < lo - longest:
                    break
                if end > lo or (start >= lo and start <= hi):
                    found[id(link)] = link
        return sorted(found.values(), key=lambda x: (x.a_start, x.b_start))

    def band(self, link: Link) -> tuple[float, float, float, float]:
        """(left top, left bottom, right top, right bottom) in this widget's coordinates."""
        origin = self.mapToGlobal(QPoint(0, 0)).y()
        left_dy = self._left.viewport().mapToGlobal(QPoint(0, 0)).y() - origin
        right_dy = self._right.viewport().mapToGlobal(QPoint(0, 0)).y() - origin
        lt, lb = self._left.y_range(link.a_start, link.a_end)
        rt, rb = self._right.y_range(link.b_start, link.b_end)
        return lt + left_dy, lb + left_dy, rt + right_dy, rb + right_dy

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        pal = colours(self.palette())
        painter.fillRect(self.rect(), self.palette().color(self.palette().ColorRole.Window))
        w = float(self.width())
        mid = w / 2
        for link in self.visible_links():
            lt, lb, rt, rb = self.band(link)
            kind = self._kinds[link.index] if link.index < len(self._kinds) else "edited"
            path = QPainterPath(QPointF(0, lt))
            path.cubicTo(QPointF(mid, lt), QPointF(mid, rt), QPointF(w, rt))
            path.lineTo(QPointF(w, rb))
            path.cubicTo(QPointF(mid, rb), QPointF(mid, lb), QPointF(0, lb))
            path.closeSubpath()
            selected = link.index == self._selected
            fill = QColor(pal.kind_strong[kind] if selected else pal.kind_background[kind])
            painter.fillPath(path, fill)
            pen = QPen(pal.selection if selected else pal.kind_strong[kind])
            pen.setWidthF(2.0 if selected else 1.0)
            if kind == "paraphrase":
                pen.setStyle(Qt.PenStyle.DashLine)  # the grey-scale cue for "same idea"
            painter.setPen(pen)
            painter.drawPath(path)
        painter.end()
