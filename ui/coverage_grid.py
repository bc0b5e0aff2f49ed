"""Who reported what: rows are facts (clusters) and quotes (quote groups), columns outlets.

The rows, their names and their order are decided in :mod:`app.present.coverage`; this
table renders them. A filled cell carries that outlet's wording as a tooltip.

A 50-article story has thousands of exclusive sentences, so the model does no work per
paint: display strings and cell colours are computed once when the comparison arrives,
rows reach the view in batches through ``canFetchMore``/``fetchMore``, and the outlet
columns have a fixed width taken from their headers instead of measuring every cell.
"""

from __future__ import annotations

from PySide6.QtCore import (
    QAbstractTableModel,
    QEvent,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QColor, QResizeEvent
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableView, QWidget

from app.model import Comparison
from app.present.coverage import CARRIED, LOOSELY, CoverageRow, coverage_rows
from app.present.labels import document_labels
from ui.outlet_header import OutletHeader
from ui.palette import BLUE, BLUISH_GREEN, VERMILLION, blend, colours

Index = QModelIndex | QPersistentModelIndex
FIXED_COLUMNS = ("Fact or quote", "Outlets")
#: Rows handed to the view per ``fetchMore``: enough to fill a tall window, small enough
#: that inserting them is a few milliseconds.
BATCH = 200
#: Narrowest the facts column gets before the outlet columns scroll instead (pixels).
FACTS_MIN = 320


class CoverageModel(QAbstractTableModel):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.all_rows: list[CoverageRow] = []
        self.rows: list[CoverageRow] = []  # the rows shown (exclusives filtered or not)
        self.doc_ids: list[str] = []
        self.outlets: list[str] = []
        self.show_exclusives = True
        self._fetched = 0
        self._column: dict[str, int] = {}
        self._fill: dict[str, QColor] = {}  # by row kind; "loose": only related wording
        self._palette_widget = parent
        self.refresh_colours()

    # -- content -------------------------------------------------------------------------
    def set_comparison(self, comparison: Comparison | None) -> None:
        self.beginResetModel()
        if comparison is None:
            self.all_rows, self.doc_ids, self.outlets = [], [], []
        else:
            self.all_rows = coverage_rows(comparison)
            self.doc_ids = [d.id for d in comparison.documents]
            labels = document_labels(comparison.documents)
            self.outlets = [labels[d.id] for d in comparison.documents]
        self._column = {d: i for i, d in enumerate(self.doc_ids)}
        self._select_rows()
        self.endResetModel()

    def set_show_exclusives(self, show: bool) -> None:
        if show != self.show_exclusives:
            self.beginResetModel()
            self.show_exclusives = show
            self._select_rows()
            self.endResetModel()

    def _select_rows(self) -> None:
        self.rows = (
            self.all_rows
            if self.show_exclusives
            else [r for r in self.all_rows if not r.exclusive]
        )
        self._fetched = min(len(self.rows), BATCH)

    def refresh_colours(self) -> None:
        """Cell fills for the current palette (called again when the palette changes)."""
        widget = self._palette_widget
        if widget is None:
            return
        pal = colours(widget.palette())
        amount = 0.55 if pal.dark else 0.45
        self._fill = {
            kind: blend(pal.base, hue, amount)
            for kind, hue in (("fact", BLUISH_GREEN), ("quote", BLUE), ("sentence", VERMILLION))
        }
        # quieter, as the Side by Side view draws a related link
        self._fill["loose"] = blend(pal.base, BLUISH_GREEN, amount / 3)
        if self.rows:
            self.dataChanged.emit(
                self.index(0, 0), self.index(self._fetched - 1, self.columnCount() - 1)
            )

    # -- lazy rows -------------------------------------------------------------------------
    def canFetchMore(self, parent: Index = QModelIndex()) -> bool:  # noqa: B008
        return not parent.isValid() and self._fetched < len(self.rows)

    def fetchMore(self, parent: Index = QModelIndex()) -> None:  # noqa: B008
        if parent.isValid():
            return
        more = min(BATCH, len(self.rows) - self._fetched)
        if more <= 0:
            return
        self.beginInsertRows(QModelIndex(), self._fetched, self._fetched + more - 1)
        self._fetched += more
        self.endInsertRows()

    def fetch_all(self) -> None:
        while self.canFetchMore():
            self.fetchMore()

    # -- QAbstractTableModel ---------------------------------------------------------------
    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else self._fetched

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(FIXED_COLUMNS) + len(self.doc_ids)

    def carries(self, row: int, doc_id: str) -> bool:
        return doc_id in self.rows[row].wordings

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        r = index.row()
        if not 0 <= r < self._fetched:
            return None
        row = self.rows[r]
        col = index.column()
        if col == 0:
            if role == Qt.ItemDataRole.DisplayRole:
                return row.label
            if role == Qt.ItemDataRole.ToolTipRole:
                return row.label.removeprefix("❝ ")  # the column elides it
            return None
        if col == 1:
            if role == Qt.ItemDataRole.DisplayRole:
                if row.exclusive:
                    return "1 · exclusive"
                return f"{row.firm} + {len(row.loose)}" if row.loose else str(row.outlets)
            if role == Qt.ItemDataRole.ToolTipRole and row.loose:
                return (
                    f"{row.firm} outlet(s) state it in like words; {len(row.loose)} only in "
                    "related wording (○: the same fact stated differently or partly)"
                )
            if role == Qt.ItemDataRole.TextAlignmentRole:
                return int(Qt.AlignmentFlag.AlignCenter)
            return None
        doc_id = self.doc_ids[col - len(FIXED_COLUMNS)]
        wording = row.wordings.get(doc_id)
        loose = doc_id in row.loose
        if role == Qt.ItemDataRole.DisplayRole:
            return "" if wording is None else LOOSELY if loose else CARRIED
        if role == Qt.ItemDataRole.BackgroundRole:
            if wording is None:
                return None
            return self._fill.get("loose" if loose else row.kind)
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return int(Qt.AlignmentFlag.AlignCenter)
        if role == Qt.ItemDataRole.ToolTipRole:
            outlet = self.outlets[col - len(FIXED_COLUMNS)]
            if wording is None:
                return f"Not in {outlet}"
            return f"{outlet}{' (related wording only)' if loose else ''}: {wording}"
        if role == Qt.ItemDataRole.AccessibleTextRole:
            return "not carried" if wording is None else "carried loosely" if loose else "carried"
        return None

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> object:
        if orientation != Qt.Orientation.Horizontal:
            return None
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            if section < len(FIXED_COLUMNS):
                return FIXED_COLUMNS[section]
            return self.outlets[section - len(FIXED_COLUMNS)]
        return None


class CoverageGrid(QTableView):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.coverage = CoverageModel(self)
        self.outlet_header = OutletHeader(self)
        self.setHorizontalHeader(self.outlet_header)
        self._stretched: bool | None = None  # how the facts column was last fitted
        self.setModel(self.coverage)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.verticalHeader().hide()
        # Uniform rows: the view never asks every row for its height.
        self.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        self.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 8)
        self.setWordWrap(False)
        self.setToolTip("Hover a filled cell to read that outlet's wording")

    def set_comparison(self, comparison: Comparison | None) -> None:
        self.coverage.set_comparison(comparison)
        self._size_columns()

    def _size_columns(self) -> None:
        """Widths from the header texts alone: ResizeToContents would ask every cell."""
        header = self.outlet_header
        # A narrow outlet column elides its name in the middle ("dailym…nger.net"): left
        # to clip its centred text, the header would show neither end.
        header.setTextElideMode(Qt.TextElideMode.ElideMiddle)
        metrics = header.fontMetrics()
        outlets = len(self.coverage.doc_ids)
        # A few outlets: names across, the wording column takes what is left. Many: names
        # stand on end in columns a line of text wide, so ten outlets fit beside the
        # facts; the wording column keeps a readable width (Stretch would shrink it to
        # nothing with more outlets than fit).
        many = outlets > 6
        header.set_rotated_from(len(FIXED_COLUMNS) if many else None)
        for col in range(1, self.coverage.columnCount()):
            # Names across stay draggable (a reader may open one the cap cut short);
            # names on end are whole already.
            header.setSectionResizeMode(
                col,
                QHeaderView.ResizeMode.Fixed if many and col > 1
                else QHeaderView.ResizeMode.Interactive,
            )
            text = str(self.coverage.headerData(col, Qt.Orientation.Horizontal) or "")
            if col == 1:
                text = max(text, "1 · exclusive", key=metrics.horizontalAdvance)
                header.resizeSection(col, metrics.horizontalAdvance(text) + 24)
            elif many:
                header.resizeSection(col, max(header.column_width(), 26))
            else:
                header.resizeSection(col, min(metrics.horizontalAdvance(text) + 24, 180))
        header.setMinimumSectionSize(24)
        self._stretched = None
        self._fit_facts_column()

    def _fit_facts_column(self) -> None:
        """The facts column takes the width the outlets leave, but never less than a
        readable one (then the outlets scroll and the reader may drag it): decided again
        when the view resizes, as a view filled while hidden has no width yet, but only
        when that changes which way it goes, so a reader's drag stays."""
        header = self.outlet_header
        if self.coverage.columnCount() == 0:
            return
        fixed = sum(header.sectionSize(c) for c in range(1, self.coverage.columnCount()))
        stretch = self.viewport().width() - fixed >= FACTS_MIN
        if stretch == self._stretched:
            return
        self._stretched = stretch
        if stretch:
            header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        else:
            header.setSectionResizeMode(0, QHeaderView.ResizeMode.Interactive)
            header.resizeSection(0, FACTS_MIN)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._fit_facts_column()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.PaletteChange:
            self.coverage.refresh_colours()
        super().changeEvent(event)
