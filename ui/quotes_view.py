"""Quotes across outlets: each quote group, and how every outlet words it.

The rows and each outlet's wording against the lead are :mod:`app.present.quotes`
records, the same the report's quotes section prints, so the list and the PDF name the
same speakers and mark the same words; the view only lays them out.
"""

from __future__ import annotations

import html
from dataclasses import dataclass

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
    Signal,
)
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QHBoxLayout,
    QHeaderView,
    QLineEdit,
    QSplitter,
    QTextBrowser,
    QTreeView,
    QVBoxLayout,
    QWidget,
)

from app.model import Comparison, Quote, Span
from app.present.labels import document_labels
from app.present.quotes import (
    INFERRED_HELP,
    QuoteGroupPresentation,
    WordingView,
    group_wordings,
    present_quotes,
)
from ui.details_panel import runs_html
from ui.palette import colours
from ui.view_placeholder import stack_with_placeholder

EMPTY = "Open two or more articles to see which quotes each outlet carries."
NO_QUOTES = "No direct quotes were found in these articles."
FLAG_LABELS = {
    "reworded": "reworded",
    "trimmed": "trimmed",
    "merged": "merged",
    "reattributed": "reattributed",
    "fragment": "fragment",
}
#: What each flag tells a reader (the Flags column's tooltip).
FLAG_HELP = {
    "reworded": "the outlets word it differently",
    "trimmed": "an outlet quotes only part of what another quotes",
    "merged": "an outlet runs as one passage what another quotes as separate quotes",
    "reattributed": "the outlets name different speakers, each by name in its own words",
    "fragment": "a phrase in quotation marks (a label, a scare quote), not a free-standing "
    "quote of someone",
}
ROW = Qt.ItemDataRole.UserRole + 1
COLUMNS = ("Quote", "Speaker", "Outlets", "Flags")


@dataclass(frozen=True)
class QuoteRow:
    """One line of the list: a quote group, or a quote no group holds."""

    group_id: str | None
    quotes: tuple[Quote, ...]
    speaker: str
    outlets: int
    flags: tuple[str, ...]
    text: str  # every wording, for the text filter
    heading: str  # the utterance the row is about, as the lead quote words it
    utterance: Span | None  # its offsets in the lead's document (None: the whole quote)
    inferred: bool = False  # the row's speaker is only the engine's inference


Index = QModelIndex | QPersistentModelIndex


# A row's cells: the four columns shown; then the quote's, the flags' and the speaker's
# tooltips (_TIP_OF: the cell each column's tooltip reads), and "inferred" (or "") for a
# speaker that is only the engine's inference (_INFERRED_CELL).
_TIP_OF = {0: 4, 1: 6, 3: 5}
_INFERRED_CELL = 7


class _QuoteModel(QAbstractTableModel):
    """Read-only rows whose display strings and sort keys are computed once.

    A ``QStandardItemModel`` needs four items and eight ``setData`` calls per quote, which
    for a 50-article story held the event loop for ~50 ms; here ``set_rows`` only stores
    tuples and ``data`` is a lookup.
    """

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        self._cells: list[tuple[str, ...]] = []  # see _TIP_OF
        self._keys: list[tuple[object, ...]] = []
        self._italic = QFont()
        self._italic.setItalic(True)

    def set_rows(self, cells: list[tuple[str, ...]], keys: list[tuple[object, ...]]) -> None:
        self.beginResetModel()
        self._cells, self._keys = cells, keys
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._cells)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(COLUMNS)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        r, col = index.row(), index.column()
        if not 0 <= r < len(self._cells):
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return self._cells[r][col]
        if role == ROW + 1:
            return self._keys[r][col]
        if role == ROW:
            return r
        if role == Qt.ItemDataRole.ToolTipRole:
            tip = _TIP_OF.get(col, col)
            return self._cells[r][tip] or None
        if role == Qt.ItemDataRole.TextAlignmentRole and col == 2:
            return int(Qt.AlignmentFlag.AlignCenter)
        if role == Qt.ItemDataRole.FontRole and col == 1 and self._cells[r][_INFERRED_CELL]:
            return self._italic  # an inferred speaker reads as less sure than a given one
        return None

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> object:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return COLUMNS[section]
        return None


class _Filter(QSortFilterProxyModel):
    def __init__(self, view: QuotesView) -> None:
        super().__init__(view)
        self._view = view
        self.hide_single = False
        self.hide_fragments = False
        self.needle = ""

    def filterAcceptsRow(
        self, source_row: int, source_parent: QModelIndex | QPersistentModelIndex
    ) -> bool:
        row = self._view.rows[source_row]
        if self.hide_single and row.outlets < 2:
            return False
        if self.hide_fragments and all(q.fragment for q in row.quotes):
            return False
        return not self.needle or self.needle in row.text


class QuotesView(QWidget):
    quoteActivated = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("quotesView")
        self._comparison: Comparison | None = None
        self.rows: list[QuoteRow] = []
        self.wordings: tuple[WordingView, ...] = ()
        self._labels: dict[str, str] = {}

        self.search = QLineEdit(self)
        self.search.setPlaceholderText("Filter by words or speaker")
        self.search.setClearButtonEnabled(True)
        self.hide_single = QCheckBox("Hide quotes carried by one outlet only", self)
        self.hide_fragments = QCheckBox("Hide fragments", self)
        self.hide_fragments.setToolTip(
            "Hide scare quotes, titles and borrowed phrases: quoted words that are not "
            "someone's statement"
        )
        self.model = _QuoteModel(self)
        self.proxy = _Filter(self)
        self.proxy.setSourceModel(self.model)
        self.proxy.setSortRole(ROW + 1)
        self.tree = QTreeView(self)
        self.tree.setModel(self.proxy)
        self.tree.setRootIsDecorated(False)
        self.tree.setUniformRowHeights(True)
        self.tree.setAlternatingRowColors(True)
        self.tree.setSortingEnabled(True)
        self.tree.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.tree.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.tree.setToolTip("Double-click to see the quote side by side")
        header = self.tree.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        # Widths are set from the strings in set_comparison: ResizeToContents would ask the
        # (Python) model for every cell of every row on each layout.
        for col in (1, 2, 3):
            header.setSectionResizeMode(col, QHeaderView.ResizeMode.Interactive)
        self.details = QTextBrowser(self)
        self.details.setOpenLinks(False)

        left = QWidget(self)
        column = QVBoxLayout(left)
        column.setContentsMargins(0, 0, 0, 0)
        filters = QHBoxLayout()
        filters.addWidget(self.search, 1)
        filters.addWidget(self.hide_single)
        filters.addWidget(self.hide_fragments)
        column.addLayout(filters)
        column.addWidget(self.tree, 1)
        splitter = QSplitter(Qt.Orientation.Horizontal, self)
        splitter.setObjectName("quotesSplitter")
        splitter.addWidget(left)
        splitter.addWidget(self.details)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)

        self.placeholder, self.stack = stack_with_placeholder(self, splitter, EMPTY, margin=4)

        self.search.textChanged.connect(self._filter_changed)
        self.hide_single.toggled.connect(self._filter_changed)
        self.hide_fragments.toggled.connect(self._filter_changed)
        self.tree.selectionModel().currentRowChanged.connect(lambda cur, _: self._show(cur))
        self.tree.doubleClicked.connect(self._activate)

    def set_comparison(self, comparison: Comparison | None) -> None:
        self._comparison = comparison
        self.model.set_rows([], [])
        self.rows = []
        self.wordings = ()
        if comparison is None or len(comparison.documents) < 2:
            self.placeholder.set_message(EMPTY)
            self.stack.setCurrentWidget(self.placeholder)
            return
        self._labels = document_labels(comparison.documents)
        self.rows = [
            self._row(comparison, g) for g in present_quotes(comparison)
        ]
        if not self.rows:
            self.placeholder.set_message(NO_QUOTES)
            self.stack.setCurrentWidget(self.placeholder)
            return
        cells: list[tuple[str, ...]] = []
        keys: list[tuple[object, ...]] = []
        for i, row in enumerate(self.rows):
            wording = row.heading
            outlets = str(row.outlets) if row.outlets > 1 else "1 · exclusive"
            shown = row.flags
            if all(q.fragment for q in row.quotes):
                shown = (*shown, "fragment")  # a scare quote or label, not someone's words
            flags = ", ".join(FLAG_LABELS.get(f, f) for f in shown)
            helps = "\n".join(
                f"{FLAG_LABELS.get(f, f)}: {FLAG_HELP[f]}" for f in shown if f in FLAG_HELP
            )
            who = f"{row.speaker}\n{INFERRED_HELP}" if row.inferred else row.speaker
            mark = "inferred" if row.inferred else ""
            cells.append((f"“{wording}”", row.speaker, outlets, flags, wording, helps, who, mark))
            # Outlets descending, ties in story order (Qt reverses ties when descending).
            by_outlets = row.outlets * 1_000_000 - i
            keys.append((wording.lower(), row.speaker.lower(), by_outlets, len(row.flags)))
        # The rows are already in the default order (most outlets first, story order), so
        # the proxy is told not to sort: re-sorting through Python data() calls was the
        # largest part of this method for a big story. Clicking a header sorts as usual.
        self.proxy.sort(-1)
        self.model.set_rows(cells, keys)
        self._size_columns(cells)
        self.stack.setCurrentIndex(1)
        header = self.tree.header()
        blocked = header.blockSignals(True)
        header.setSortIndicator(2, Qt.SortOrder.DescendingOrder)
        header.blockSignals(blocked)
        if self.proxy.rowCount():
            self.tree.setCurrentIndex(self.proxy.index(0, 0))

    def _size_columns(self, cells: list[tuple[str, ...]]) -> None:
        metrics = self.tree.fontMetrics()
        header = self.tree.header()
        pad = 24  # cell margins and the sort arrow
        # Capped so the quote itself keeps most of the width (the screenshots showed a
        # long speaker name and merged flags squeezing it to a word); tooltips hold the rest.
        # The speaker's cap leaves room for a full name and its "(inferred)" mark, which
        # must not be the part cut off.
        for col, cap in ((1, 210), (2, 110), (3, 150)):
            texts = {cell[col] for cell in cells} | {COLUMNS[col]}
            widest = max(metrics.horizontalAdvance(t) for t in texts)
            header.resizeSection(col, min(widest + pad, cap))

    @staticmethod
    def _row(c: Comparison, g: QuoteGroupPresentation) -> QuoteRow:
        text = " ".join(q.span.slice(c.document(q.doc).text) for q in g.quotes)
        speakers = " ".join(q.speaker or "" for q in g.quotes)
        return QuoteRow(
            g.group_id, g.quotes, g.speaker, g.outlets, g.flags,
            f"{text} {speakers} {g.speaker}".lower(), g.heading(c), g.utterance, g.inferred,
        )

    def visible_rows(self) -> list[QuoteRow]:
        out = []
        for r in range(self.proxy.rowCount()):
            out.append(self.rows[self.proxy.index(r, 0).data(ROW)])
        return out

    def _filter_changed(self) -> None:
        self.proxy.hide_single = self.hide_single.isChecked()
        self.proxy.hide_fragments = self.hide_fragments.isChecked()
        self.proxy.needle = self.search.text().strip().lower()
        self.proxy.invalidate()

    def _show(self, index: QModelIndex) -> None:
        c = self._comparison
        if c is None or not index.isValid():
            self.details.clear()
            self.wordings = ()
            return
        row = self.rows[index.data(ROW)]
        pal = colours(self.palette())
        parts = []
        flags = ", ".join(FLAG_LABELS.get(f, f) for f in row.flags)
        parts.append(
            f"<p><b>{html.escape(row.speaker)}</b> · quoted by {row.outlets} "
            f"outlet{'s' if row.outlets != 1 else ''}"
            f"{' · ' + html.escape(flags) if flags else ''}</p>"
        )
        self.wordings = group_wordings(c, row.quotes, self._labels, row.utterance)
        for w in self.wordings:
            cue = f" — <i>{html.escape(w.cue)}</i>" if w.cue else ""
            mark = " (a fragment)" if w.fragment else ""
            parts.append(
                f"<p><b>{html.escape(w.label)}</b>"
                f" <span style='color:{pal.boilerplate.name()}'>{html.escape(w.speaker)}"
                f"{cue}{mark}</span><br>“{runs_html(w.wording, pal)}”</p>"
            )
        if len(row.quotes) > 1:
            parts.append(
                f"<p style='color:{pal.boilerplate.name()}'>Differences are shown against "
                f"the first outlet: underlined words are added, bold words are changed.</p>"
            )
        if row.inferred or any(w.quote.speaker_inferred for w in self.wordings):
            parts.append(
                f"<p style='color:{pal.boilerplate.name()}'>{html.escape(INFERRED_HELP)}</p>"
            )
        self.details.setHtml("".join(parts))

    def _activate(self, index: QModelIndex) -> None:
        if index.isValid():
            self.quoteActivated.emit(self.rows[index.data(ROW)].quotes[0].id)
