"""The Sources panel: every article with its outlet, title, date and length.

Files that could not be read are listed too, with a warning marker and the reason, so a
journalist sees at once that one file of a folder failed while the rest loaded. The panel
only reports the user's edits (rename, include/exclude, remove); the window applies them
to the project and re-runs the comparison.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMenu,
    QPushButton,
    QStyle,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.project import Project

DOC_ROLE = Qt.ItemDataRole.UserRole
PROBLEM_ROLE = Qt.ItemDataRole.UserRole + 1
INCLUDED_ROLE = Qt.ItemDataRole.UserRole + 2  # last known state, to tell a tick from a rename
OUTLET_ROLE = Qt.ItemDataRole.UserRole + 3

COL_OUTLET, COL_TITLE, COL_DATE, COL_WORDS = range(4)


class SourcesPanel(QWidget):
    outletRenamed = Signal(str, str)  # doc id, new outlet ("" restores the detected one)
    inclusionChanged = Signal(str, bool)  # doc id, included
    removeRequested = Signal(list, list)  # doc ids, problem paths
    titleEdited = Signal(str)
    addRequested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("sourcesPanel")
        self._filling = False

        self.title_edit = QLineEdit(self)
        self.title_edit.setObjectName("storyTitle")
        self.title_edit.setPlaceholderText("Story title (optional)")
        self.title_edit.setToolTip(
            "A name for this story; it heads the saved comparison and the report"
        )
        self.title_edit.editingFinished.connect(self._title_done)

        self.tree = QTreeWidget(self)
        self.tree.setObjectName("sourcesTree")
        self.tree.setColumnCount(4)
        self.tree.setHeaderLabels(["Outlet", "Title", "Date", "Words"])
        self.tree.setRootIsDecorated(False)
        self.tree.setUniformRowHeights(True)
        self.tree.setAlternatingRowColors(True)
        self.tree.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.tree.setEditTriggers(
            QAbstractItemView.EditTrigger.DoubleClicked
            | QAbstractItemView.EditTrigger.EditKeyPressed
            | QAbstractItemView.EditTrigger.SelectedClicked
        )
        header = self.tree.header()
        header.setStretchLastSection(False)
        # Sized from the articles only (see set_project): a problem row spans all columns.
        header.setSectionResizeMode(COL_OUTLET, QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(COL_TITLE, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(COL_DATE, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(COL_WORDS, QHeaderView.ResizeMode.ResizeToContents)
        self.tree.itemChanged.connect(self._item_changed)
        self.tree.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.tree.customContextMenuRequested.connect(self._context_menu)
        self.tree.itemSelectionChanged.connect(self._selection_changed)

        self.remove_action = QAction("Remove from Comparison", self)
        self.remove_action.setShortcut(QKeySequence.StandardKey.Delete)
        self.remove_action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.remove_action.setEnabled(False)
        self.remove_action.triggered.connect(self.remove_selected)
        self.tree.addAction(self.remove_action)
        self.rename_action = QAction("Rename Outlet", self)
        self.rename_action.setShortcut(QKeySequence(Qt.Key.Key_F2))
        self.rename_action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.rename_action.triggered.connect(self.rename_current)
        self.tree.addAction(self.rename_action)

        self.add_button = QPushButton("Add…", self)
        self.add_button.setToolTip("Add articles to this comparison (or drop files anywhere)")
        self.add_button.clicked.connect(self.addRequested)
        self.remove_button = QPushButton("Remove", self)
        self.remove_button.setToolTip("Remove the selected articles (Delete)")
        self.remove_button.setEnabled(False)
        self.remove_button.clicked.connect(self.remove_selected)
        self.summary = QLabel(self)
        self.summary.setObjectName("sourcesSummary")

        buttons = QHBoxLayout()
        buttons.addWidget(self.add_button)
        buttons.addWidget(self.remove_button)
        buttons.addStretch(1)
        buttons.addWidget(self.summary)

        heading = QLabel("<b>Sources</b>", self)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 6)
        layout.addWidget(heading)
        layout.addWidget(self.title_edit)
        layout.addWidget(self.tree, 1)
        layout.addLayout(buttons)

    # -- filling -----------------------------------------------------------------------
    def set_project(self, project: Project) -> None:
        """Rebuild the rows from the project, keeping the selection where it can."""
        selected = {self._key(i) for i in self.tree.selectedItems()}
        self._filling = True
        try:
            if not self.title_edit.hasFocus():
                self.title_edit.setText(project.title)
            self.tree.clear()
            warn_icon = self.style().standardIcon(QStyle.StandardPixmap.SP_MessageBoxWarning)
            for doc in project.documents:
                item = QTreeWidgetItem()
                item.setData(COL_OUTLET, DOC_ROLE, doc.id)
                outlet = project.outlet_of(doc)
                item.setText(COL_OUTLET, outlet)
                item.setText(COL_TITLE, doc.title or Path(doc.path).name or "(untitled)")
                item.setText(COL_DATE, doc.published or "—")
                item.setText(COL_WORDS, f"{doc.word_count:,}")
                item.setTextAlignment(
                    COL_WORDS, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
                )
                item.setFlags(
                    Qt.ItemFlag.ItemIsEnabled
                    | Qt.ItemFlag.ItemIsSelectable
                    | Qt.ItemFlag.ItemIsEditable
                    | Qt.ItemFlag.ItemIsUserCheckable
                )
                included = doc.id not in project.excluded
                item.setData(COL_OUTLET, INCLUDED_ROLE, included)
                item.setData(COL_OUTLET, OUTLET_ROLE, outlet)
                item.setCheckState(
                    COL_OUTLET, Qt.CheckState.Checked if included else Qt.CheckState.Unchecked
                )
                tip = (
                    f"{outlet} — {doc.title or '(untitled)'}\n{doc.path or 'no file'}\n"
                    "Uncheck to leave this article out of the comparison; "
                    "double-click the outlet to rename it."
                )
                for col in range(4):
                    item.setToolTip(col, tip)
                self.tree.addTopLevelItem(item)
                if ("doc", doc.id) in selected:
                    item.setSelected(True)
            for problem in project.problems:
                item = QTreeWidgetItem()
                item.setData(COL_OUTLET, PROBLEM_ROLE, problem.path)
                item.setIcon(COL_OUTLET, warn_icon)
                # One line across the columns: the name and the reason, not a truncated cell.
                item.setText(COL_OUTLET, f"{Path(problem.path).name} — {problem.message}")
                item.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable)
                tip = f"Could not load {problem.path}:\n{problem.message}"
                for col in range(4):
                    item.setToolTip(col, tip)
                self.tree.addTopLevelItem(item)
                item.setFirstColumnSpanned(True)
                if ("problem", problem.path) in selected:
                    item.setSelected(True)
        finally:
            self._filling = False
        metrics = self.tree.fontMetrics()
        widest = max(
            (metrics.horizontalAdvance(project.outlet_of(d)) for d in project.documents),
            default=metrics.horizontalAdvance("Outlet"),
        )
        self.tree.setColumnWidth(COL_OUTLET, min(widest + 48, 220))
        n_in = len(project.documents) - len(project.excluded & {d.id for d in project.documents})
        text = f"{n_in} of {len(project.documents)} compared"
        if project.problems:
            text += f" · {len(project.problems)} not loaded"
        self.summary.setText(text)
        self._selection_changed()

    # -- queries used by the window and tests --------------------------------------------
    def rows(self) -> list[QTreeWidgetItem]:
        return [self.tree.topLevelItem(i) for i in range(self.tree.topLevelItemCount())]

    def item_for_document(self, doc_id: str) -> QTreeWidgetItem | None:
        return next((i for i in self.rows() if i.data(COL_OUTLET, DOC_ROLE) == doc_id), None)

    def problem_items(self) -> list[QTreeWidgetItem]:
        return [i for i in self.rows() if i.data(COL_OUTLET, PROBLEM_ROLE)]

    @staticmethod
    def _key(item: QTreeWidgetItem) -> tuple[str, str]:
        doc = item.data(COL_OUTLET, DOC_ROLE)
        if doc:
            return ("doc", doc)
        return ("problem", item.data(COL_OUTLET, PROBLEM_ROLE) or "")

    # -- edits ----------------------------------------------------------------------------
    def _item_changed(self, item: QTreeWidgetItem, column: int) -> None:
        if self._filling or column != COL_OUTLET:
            return
        doc_id = item.data(COL_OUTLET, DOC_ROLE)
        if not doc_id:
            return
        # One signal covers both the checkbox and the text; tell them apart by state.
        events: list[tuple[Signal, tuple[object, ...]]] = []
        included = item.checkState(COL_OUTLET) == Qt.CheckState.Checked
        if included != item.data(COL_OUTLET, INCLUDED_ROLE):
            item.setData(COL_OUTLET, INCLUDED_ROLE, included)
            events.append((self.inclusionChanged, (doc_id, included)))
        text = item.text(COL_OUTLET).strip()
        if text != item.data(COL_OUTLET, OUTLET_ROLE):
            item.setData(COL_OUTLET, OUTLET_ROLE, text)
            events.append((self.outletRenamed, (doc_id, text)))
        # Report after Qt has finished with the item: the receiver rebuilds the rows.
        for signal, args in events:
            QTimer.singleShot(0, self, lambda s=signal, a=args: s.emit(*a))

    def _selection_changed(self) -> None:
        has = bool(self.tree.selectedItems())
        self.remove_button.setEnabled(has)
        self.remove_action.setEnabled(has)

    def remove_selected(self) -> None:
        items = self.tree.selectedItems()
        docs = [d for i in items if (d := i.data(COL_OUTLET, DOC_ROLE))]
        problems = [p for i in items if (p := i.data(COL_OUTLET, PROBLEM_ROLE))]
        if docs or problems:
            self.removeRequested.emit(docs, problems)

    def rename_current(self) -> None:
        item = self.tree.currentItem()
        if item is not None and item.data(COL_OUTLET, DOC_ROLE):
            self.tree.editItem(item, COL_OUTLET)

    def _context_menu(self, pos: object) -> None:
        item = self.tree.itemAt(pos)  # type: ignore[arg-type]
        menu = QMenu(self)
        if item is not None and item.data(COL_OUTLET, DOC_ROLE):
            menu.addAction(self.rename_action)
            included = item.checkState(COL_OUTLET) == Qt.CheckState.Checked
            toggle = menu.addAction("Leave Out of Comparison" if included else "Include")
            toggle.triggered.connect(
                lambda: item.setCheckState(
                    COL_OUTLET, Qt.CheckState.Unchecked if included else Qt.CheckState.Checked
                )
            )
        if item is not None:
            menu.addAction(self.remove_action)
        menu.addSeparator()
        add = menu.addAction("Add Articles…")
        add.triggered.connect(self.addRequested)
        menu.exec(self.tree.viewport().mapToGlobal(pos))  # type: ignore[arg-type]

    def _title_done(self) -> None:
        self.titleEdited.emit(self.title_edit.text().strip())
