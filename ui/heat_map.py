"""Pairwise similarity of the articles: how much of the row's reporting the column carries.

The share is the engine's ``Comparison.similarity[(row, column)]`` (not symmetric). Cells
on a sequential single-hue ramp (readable in grey), the percentage printed in each, and a
hatched border plus "W" where the engine found long verbatim runs (likely wire copy).
Double-click a cell to open that pair side by side.
"""

from __future__ import annotations

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QPersistentModelIndex,
    QRect,
    Qt,
    Signal,
)
from PySide6.QtGui import QBrush, QColor, QPainter, QPen
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableView,
    QWidget,
)

from app.model import Comparison
from app.present.labels import document_labels
from ui.palette import BLUE, blend, colours

Index = QModelIndex | QPersistentModelIndex
VALUE = Qt.ItemDataRole.UserRole + 1
WIRE = Qt.ItemDataRole.UserRole + 2
PEAK = Qt.ItemDataRole.UserRole + 3  # the largest share, for the colour ramp
LOW_SHARE = 0.1  # below this, a cell with wire runs explains why they differ


class SimilarityModel(QAbstractTableModel):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.doc_ids: list[str] = []
        self.outlets: list[str] = []
        self._similarity: dict[tuple[str, str], float] = {}
        self._wire: dict[frozenset[str], int] = {}
        self._peak = 1.0

    def set_comparison(self, comparison: Comparison | None) -> None:
        self.beginResetModel()
        if comparison is None:
            self.doc_ids, self.outlets, self._similarity, self._wire = [], [], {}, {}
        else:
            self.doc_ids = [d.id for d in comparison.documents]
            labels = document_labels(comparison.documents)
            self.outlets = [labels[d.id] for d in comparison.documents]
            self._similarity = dict(comparison.similarity)
            # Once per comparison, not per painted cell (an n² scan each time otherwise).
            self._peak = max(
                (v for (x, y), v in self._similarity.items() if x != y), default=0.0
            ) or 1.0
            self._wire = {}
            for run in comparison.wire_runs:
                key = frozenset((run.a, run.b))
                self._wire[key] = self._wire.get(key, 0) + 1
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.doc_ids)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.doc_ids)

    def pair(self, index: Index) -> tuple[str, str]:
        return self.doc_ids[index.row()], self.doc_ids[index.column()]

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid():
            return None
        a, b = self.pair(index)
        if role == PEAK:
            return self._peak
        if a == b:
            return "—" if role == Qt.ItemDataRole.DisplayRole else None
        value = self._similarity.get((a, b))
        runs = self._wire.get(frozenset((a, b)), 0)
        if role == Qt.ItemDataRole.DisplayRole:
            pct = "–" if value is None else f"{value:.0%}"
            return f"{pct}  W" if runs else pct
        if role == VALUE:
            return value
        if role == WIRE:
            return runs
        if role == Qt.ItemDataRole.ToolTipRole:
            ra, rb = self.outlets[index.row()], self.outlets[index.column()]
            text = (
                f"{value:.0%} of {ra}'s reporting is also in {rb}."
                if value is not None
                else f"No similarity recorded for {ra} and {rb}."
            )
            if runs:
                text += f"\n{runs} long verbatim run(s) shared: likely common wire copy."
                # Runs and share measure different things (see the legend): say so where
                # they seem to disagree, rather than leave "0 % W" unexplained.
                if value is not None and value < LOW_SHARE:
                    text += (
                        "\nThe share counts whole matched sentences of the whole article: runs "
                        "in sentences too different to match, or a few in a long article, add "
                        "little to it."
                    )
            return text + "\nDouble-click to compare them side by side."
        return None

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> object:
        if role in (
            Qt.ItemDataRole.DisplayRole,
            Qt.ItemDataRole.ToolTipRole,
        ) and 0 <= section < len(self.outlets):
            return self.outlets[section]
        return None


class _CellDelegate(QStyledItemDelegate):
    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: Index) -> None:
        pal = colours(option.palette)  # type: ignore[attr-defined]
        rect: QRect = option.rect  # type: ignore[attr-defined]
        value = index.data(VALUE)
        top = index.model().data(index.model().index(0, 0), PEAK) or 1.0
        runs = index.data(WIRE) or 0
        painter.save()
        # The ramp spans 0 .. the largest share in this story, so small shares still differ;
        # the printed percentage keeps the absolute figure.
        fill = (
            pal.base
            if value is None
            else blend(pal.base, BLUE, 0.10 + 0.80 * min(1.0, float(value) / top))
        )
        painter.fillRect(rect, fill)
        if runs:
            pen = QPen(QBrush(pal.text, Qt.BrushStyle.BDiagPattern), 6)
            painter.setPen(pen)
            painter.drawRect(rect.adjusted(3, 3, -3, -3))
        text_colour = QColor("white") if fill.lightness() < 140 else QColor("black")
        painter.setPen(text_colour if value is not None else pal.boilerplate)
        painter.drawText(rect, int(Qt.AlignmentFlag.AlignCenter), str(index.data() or ""))
        if option.state & option.state.State_HasFocus:  # type: ignore[attr-defined]
            painter.setPen(QPen(pal.selection, 2))
            painter.drawRect(rect.adjusted(1, 1, -1, -1))
        painter.restore()


class HeatMap(QTableView):
    pairActivated = Signal(str, str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.similarity = SimilarityModel(self)
        self.setModel(self.similarity)
        self.setItemDelegate(_CellDelegate(self))
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setShowGrid(False)
        for header in (self.horizontalHeader(), self.verticalHeader()):
            header.setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
            header.setMinimumSectionSize(56)
        # Long outlet names (file names when there is no outlet) would otherwise take half
        # the map; the full name is the header's tooltip.
        self.verticalHeader().setMaximumWidth(240)
        # Elided in the middle, both ways: a header left to clip its centred text shows
        # neither end ("ilymessenger.n"); "dailym…nger.net" keeps both.
        for header in (self.horizontalHeader(), self.verticalHeader()):
            header.setTextElideMode(Qt.TextElideMode.ElideMiddle)
        self.doubleClicked.connect(self._activate)

    def set_comparison(self, comparison: Comparison | None) -> None:
        self.similarity.set_comparison(comparison)

    def _activate(self, index: QModelIndex) -> None:
        if index.isValid() and index.row() != index.column():
            self.pairActivated.emit(*self.similarity.pair(index))
