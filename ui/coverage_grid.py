"""Who reported what: rows are facts (clusters) and quotes (quote groups), columns outlets.

Rows are ordered by how many outlets carry them, so the shared core of the story sits on
top and exclusives (one outlet only) at the bottom, marked as such. A filled cell carries
its wording as a tooltip. Every row comes straight from an engine record.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableView, QWidget

from app.model import Comparison
from ui.palette import BLUE, BLUISH_GREEN, blend, colours

Index = QModelIndex | QPersistentModelIndex
FIXED_COLUMNS = ("Fact or quote", "Outlets")


@dataclass(frozen=True)
class CoverageRow:
    kind: str  # "fact" | "quote"
    record_id: str
    wordings: dict[str, str]  # document id -> its wording

    @property
    def outlets(self) -> int:
        return len(self.wordings)


def coverage_rows(comparison: Comparison) -> list[CoverageRow]:
    rows: list[tuple[tuple[int, int, int], CoverageRow]] = []
    order = {d.id: i for i, d in enumerate(comparison.documents)}
    texts = {d.id: d.text for d in comparison.documents}
    for k, cluster in enumerate(comparison.clusters):
        wordings: dict[str, str] = {}
        for m in cluster.members:
            if m.doc in texts:
                piece = " ".join(texts[m.doc][m.start : m.end].split())
                wordings[m.doc] = f"{wordings[m.doc]} … {piece}" if m.doc in wordings else piece
        if wordings:
            first = min(order[d] for d in wordings)
            rows.append(
                ((-len(wordings), 0, first * 10_000 + k), CoverageRow("fact", cluster.id, wordings))
            )
    quotes = {q.id: q for q in comparison.quotes}
    for k, group in enumerate(comparison.quote_groups):
        wordings = {}
        for qid in group.members:
            q = quotes.get(qid)
            if q is not None and q.doc in texts and q.doc not in wordings:
                wordings[q.doc] = "“" + " ".join(q.span.slice(texts[q.doc]).split()) + "”"
        if wordings:
            first = min(order[d] for d in wordings)
            rows.append(
                ((-len(wordings), 1, first * 10_000 + k), CoverageRow("quote", group.id, wordings))
            )
    rows.sort(key=lambda r: r[0])
    return [r for _, r in rows]


class CoverageModel(QAbstractTableModel):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.rows: list[CoverageRow] = []
        self.doc_ids: list[str] = []
        self.outlets: list[str] = []
        self._fill = {"fact": BLUISH_GREEN, "quote": BLUE}
        self._palette_widget = parent

    def set_comparison(self, comparison: Comparison | None) -> None:
        self.beginResetModel()
        if comparison is None:
            self.rows, self.doc_ids, self.outlets = [], [], []
        else:
            self.rows = coverage_rows(comparison)
            self.doc_ids = [d.id for d in comparison.documents]
            self.outlets = [d.outlet or d.title or d.id for d in comparison.documents]
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(FIXED_COLUMNS) + len(self.doc_ids)

    def carries(self, row: int, doc_id: str) -> bool:
        return doc_id in self.rows[row].wordings

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid():
            return None
        row = self.rows[index.row()]
        col = index.column()
        if col == 0:
            label = next(iter(row.wordings.values()))
            if role == Qt.ItemDataRole.DisplayRole:
                return ("❝ " if row.kind == "quote" else "") + label
            if role == Qt.ItemDataRole.ToolTipRole:
                return label
            return None
        if col == 1:
            if role == Qt.ItemDataRole.DisplayRole:
                return f"{row.outlets} · exclusive" if row.outlets == 1 else str(row.outlets)
            if role == Qt.ItemDataRole.TextAlignmentRole:
                return int(Qt.AlignmentFlag.AlignCenter)
            return None
        doc_id = self.doc_ids[col - len(FIXED_COLUMNS)]
        wording = row.wordings.get(doc_id)
        if role == Qt.ItemDataRole.DisplayRole:
            return "●" if wording is not None else ""
        if role == Qt.ItemDataRole.ToolTipRole:
            outlet = self.outlets[col - len(FIXED_COLUMNS)]
            return f"{outlet}: {wording}" if wording is not None else f"Not in {outlet}"
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return int(Qt.AlignmentFlag.AlignCenter)
        if role == Qt.ItemDataRole.BackgroundRole and wording is not None:
            pal = colours(self._palette_widget.palette()) if self._palette_widget else None
            if pal is not None:
                return blend(pal.base, self._fill[row.kind], 0.55 if pal.dark else 0.45)
        if role == Qt.ItemDataRole.AccessibleTextRole:
            return "carried" if wording is not None else "not carried"
        return None

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> object:
        if orientation != Qt.Orientation.Horizontal:
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            if section < len(FIXED_COLUMNS):
                return FIXED_COLUMNS[section]
            return self.outlets[section - len(FIXED_COLUMNS)]
        return None


class CoverageGrid(QTableView):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.coverage = CoverageModel(self)
        self.setModel(self.coverage)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.verticalHeader().hide()
        self.setWordWrap(False)
        self.setToolTip("Hover a filled cell to read that outlet's wording")

    def set_comparison(self, comparison: Comparison | None) -> None:
        self.coverage.set_comparison(comparison)
        header = self.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for col in range(1, self.coverage.columnCount()):
            header.setSectionResizeMode(col, QHeaderView.ResizeMode.ResizeToContents)
