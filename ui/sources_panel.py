"""The Sources panel: every article with its outlet, title, date and length.

Files that could not be read are listed too, with a warning marker and the reason, so a
journalist sees at once that one file of a folder failed while the rest loaded. The panel
only reports the user's edits (rename, include/exclude, remove); the window applies them
to the project and re-runs the comparison.
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from PySide6.QtCore import QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtGui import (
    QAction,
    QColor,
    QDragEnterEvent,
    QDragMoveEvent,
    QDropEvent,
    QFont,
    QKeySequence,
    QPalette,
)
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

from app.model import Document
from app.present.labels import document_title
from app.project import Project
from app.story_choice import StoryGroup

DOC_ROLE = Qt.ItemDataRole.UserRole
PROBLEM_ROLE = Qt.ItemDataRole.UserRole + 1
INCLUDED_ROLE = Qt.ItemDataRole.UserRole + 2  # last known state, to tell a tick from a rename
OUTLET_ROLE = Qt.ItemDataRole.UserRole + 3
STORY_ROLE = Qt.ItemDataRole.UserRole + 4  # the key of the story a row belongs to
GROUP_ROLE = Qt.ItemDataRole.UserRole + 5  # "story" | "alone" | "left_out" on a heading
GROUP_KEY_ROLE = Qt.ItemDataRole.UserRole + 6

#: "Articles on their own" starts open when it holds no more than this many articles.
FEW_ALONE = 5
#: Up to this many stories of several articles all start open; past it, only the one shown.
FEW_STORIES = 4
#: Story titles in the Move menu are cut to this width (the tooltip has the whole title).
MENU_TITLE_PX = 420
#: What a drag of the tree's own rows carries (files dragged in carry URLs instead,
#: and are left to the window's file drop).
ROWS_MIME = "application/x-qabstractitemmodeldatalist"

COL_OUTLET, COL_TITLE, COL_DATE, COL_WORDS = range(4)
#: The outlet column's widest share of the list, and its narrowest width (pixels).
OUTLET_SHARE = 0.38
OUTLET_MIN_WIDTH = 110


class SourcesPanel(QWidget):
    outletRenamed = Signal(str, str)  # doc id, new outlet ("" restores the detected one)
    inclusionChanged = Signal(str, bool)  # doc id, included
    removeRequested = Signal(list, list)  # doc ids, problem paths
    titleEdited = Signal(str)
    addRequested = Signal()
    storyChosen = Signal(str)  # story key: the person clicked a story or one of its articles
    moveRequested = Signal(list, str)  # doc ids, story title ("" starts a new story)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("sourcesPanel")
        self._filling = False
        self._project = Project()
        self._stories: tuple[StoryGroup, ...] = ()
        self._current: str | None = None
        self._expansion: dict[str, bool] = {}

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
        self.tree.currentItemChanged.connect(self._current_changed)
        # Articles can be dragged onto another story. The drop is only reported (as
        # moveRequested, like the menu) and always a copy to Qt, so the view never moves
        # or deletes rows itself: the window rebuilds the list from the project.
        self.tree.setDragEnabled(True)
        self.tree.setDragDropMode(QAbstractItemView.DragDropMode.DragDrop)
        self.tree.setDefaultDropAction(Qt.DropAction.CopyAction)
        self.tree.viewport().installEventFilter(self)

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
    def set_project(
        self,
        project: Project,
        stories: Sequence[StoryGroup] | None = None,
        current: str | None = None,
    ) -> None:
        """Rebuild the rows from the project, keeping the selection where it can.

        With two or more ``stories`` the articles are listed under their story (the
        ``current`` one, shown in the views, in bold), the articles that stand alone
        under one "Articles on their own" row rather than as dozens of one-article
        stories, and the articles left out under "Left out of the comparison". With one
        story (or none known yet) the list is flat, as it always was: nesting a single
        story would only push every row to the right.
        """
        selected = {self._key(i) for i in self.tree.selectedItems()}
        self._remember_expansion()
        self._project = project
        nested = stories is not None and len(stories) > 1
        self._stories = tuple(stories or ())
        self._current = current if nested else None
        self._filling = True
        try:
            if not self.title_edit.hasFocus():
                self.title_edit.setText(project.title)
            self.title_edit.setPlaceholderText(
                "Title of this collection (optional)" if nested else "Story title (optional)"
            )
            self.tree.clear()
            self.tree.setRootIsDecorated(nested)
            by_id = {d.id: d for d in project.documents}
            if nested:
                self._fill_stories(project, by_id, selected)
            else:
                for doc in project.documents:
                    self.tree.addTopLevelItem(self._document_item(project, doc, selected))
            warn_icon = self.style().standardIcon(QStyle.StandardPixmap.SP_MessageBoxWarning)
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
            for i in range(self.tree.topLevelItemCount()):
                top = self.tree.topLevelItem(i)
                if top.data(COL_OUTLET, GROUP_ROLE):
                    top.setFirstColumnSpanned(True)
                    top.setExpanded(self._expanded_by_default(top))
        finally:
            self._filling = False
        metrics = self.tree.fontMetrics()
        widest = max(
            (metrics.horizontalAdvance(project.outlet_of(d)) for d in project.documents),
            default=metrics.horizontalAdvance("Outlet"),
        )
        indent = self.tree.indentation() if nested else 0
        # At most a share of the list's width, so the headline keeps room beside the
        # dates (a long outlet name is elided; its tooltip has it whole).
        cap = max(OUTLET_MIN_WIDTH, int(self.tree.viewport().width() * OUTLET_SHARE))
        self.tree.setColumnWidth(COL_OUTLET, min(widest + 48, 220, cap) + indent)
        n_in = len(project.documents) - len(project.excluded & {d.id for d in project.documents})
        text = f"{n_in} of {len(project.documents)} compared"
        if nested:
            several = sum(1 for g in self._stories if not g.alone)
            text = f"{several} stor{'y' if several == 1 else 'ies'} · " + text
        if project.problems:
            text += f" · {len(project.problems)} not loaded"
        self.summary.setText(text)
        self._selection_changed()

    def _fill_stories(
        self, project: Project, by_id: dict[str, Document], selected: set[tuple[str, str]]
    ) -> None:
        bold = QFont(self.tree.font())
        bold.setBold(True)
        alone = [g for g in self._stories if g.alone]
        for group in self._stories:
            if group.alone:
                continue
            docs = [by_id[d] for d in group.documents if d in by_id]
            # The count first: a long title is elided at its end, and the count must stay.
            head = self._group_item(
                f"{len(docs)} articles · {group.title}",
                ("story", group.key),
                f"{group.title}\n{len(docs)} articles"
                + (" (you moved articles in or out)" if group.moved else "")
                + "\nClick to compare this story's articles; right-click ▸ Merge Into Story"
                " if it is another story's event.",
            )
            if group.key == self._current:
                self._mark_current(head, bold)
            head.setData(COL_OUTLET, STORY_ROLE, group.key)
            for doc in docs:
                head.addChild(self._document_item(project, doc, selected, group.key))
            self.tree.addTopLevelItem(head)
        if alone:
            head = self._group_item(
                f"{len(alone)} articles on their own" if len(alone) > 1
                else "1 article on its own",
                ("alone", ""),
                "Articles no other article here reports on. Click one to see it alone, "
                "or right-click it (or this heading, for all of them) to move it to a "
                "story or compare them as one.",
            )
            for group in alone:
                doc = by_id.get(group.documents[0])
                if doc is None:
                    continue
                item = self._document_item(project, doc, selected, group.key)
                if group.key == self._current:
                    self._mark_current(item, bold)
                head.addChild(item)
            self.tree.addTopLevelItem(head)
        grouped = {d for g in self._stories for d in g.documents}
        left_out = [d for d in project.documents if d.id not in grouped]
        if left_out:
            head = self._group_item(
                f"{len(left_out)} left out of the comparison",
                ("left_out", ""),
                "Tick an article to compare it again; it joins the story it belongs to.",
            )
            for doc in left_out:
                head.addChild(self._document_item(project, doc, selected))
            self.tree.addTopLevelItem(head)

    def _mark_current(self, item: QTreeWidgetItem, bold: QFont) -> None:
        """The story shown in the views: bold on a tint of the selection colour, so it
        stands out from both the alternating rows and the selection itself."""
        tint = QColor(self.palette().color(QPalette.ColorRole.Highlight))
        tint.setAlpha(45)
        for col in range(4):
            item.setFont(col, bold)
            item.setBackground(col, tint)
        item.setToolTip(COL_OUTLET, item.toolTip(COL_OUTLET) + "\n(Shown in the views.)")

    def _group_item(self, text: str, group: tuple[str, str], tip: str) -> QTreeWidgetItem:
        item = QTreeWidgetItem()
        item.setText(COL_OUTLET, text)
        item.setData(COL_OUTLET, GROUP_ROLE, group[0])
        item.setData(COL_OUTLET, GROUP_KEY_ROLE, group[1])
        item.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable)
        for col in range(4):
            item.setToolTip(col, tip)
        return item

    def _document_item(
        self,
        project: Project,
        doc: Document,
        selected: set[tuple[str, str]],
        story: str | None = None,
    ) -> QTreeWidgetItem:
        item = QTreeWidgetItem()
        item.setData(COL_OUTLET, DOC_ROLE, doc.id)
        if story is not None:
            item.setData(COL_OUTLET, STORY_ROLE, story)
        outlet = project.outlet_of(doc)
        item.setText(COL_OUTLET, outlet)
        # The headline as the reports give it: the loader's title, else the first line
        # (a saved text file's headline), not the file name.
        item.setText(COL_TITLE, document_title(doc) or Path(doc.path).name or "(untitled)")
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
        if story is not None:
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsDragEnabled)
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
        if story is not None:
            tip += "\nDrag it onto another story, or right-click ▸ Move to Story."
        for col in range(4):
            item.setToolTip(col, tip)
        if ("doc", doc.id) in selected:
            item.setSelected(True)
        return item

    def _expanded_by_default(self, group: QTreeWidgetItem) -> bool:
        """The story shown is always open; the rest as the person left them, and at
        first open when there are few stories, closed when there are many (a folder of
        fourteen stories reads as fourteen headings, not a hundred rows)."""
        is_story = group.data(COL_OUTLET, GROUP_ROLE) == "story"
        if is_story and group.data(COL_OUTLET, GROUP_KEY_ROLE) == self._current:
            return True
        name = self._group_name(group)
        if name in self._expansion:
            return self._expansion[name]
        if is_story:
            return sum(1 for g in self._stories if not g.alone) <= FEW_STORIES
        return group.childCount() <= FEW_ALONE

    def _group_name(self, group: QTreeWidgetItem) -> str:
        kind = group.data(COL_OUTLET, GROUP_ROLE)
        if kind == "story":
            key = group.data(COL_OUTLET, GROUP_KEY_ROLE)
            return "story:" + next((g.title for g in self._stories if g.key == key), key)
        return str(kind)

    def _remember_expansion(self) -> None:
        for i in range(self.tree.topLevelItemCount()):
            top = self.tree.topLevelItem(i)
            if top.data(COL_OUTLET, GROUP_ROLE):
                self._expansion[self._group_name(top)] = top.isExpanded()

    # -- queries used by the window and tests --------------------------------------------
    def rows(self) -> list[QTreeWidgetItem]:
        """Every row, headings and their articles alike, top to bottom."""
        out: list[QTreeWidgetItem] = []
        for i in range(self.tree.topLevelItemCount()):
            top = self.tree.topLevelItem(i)
            out.append(top)
            out.extend(top.child(k) for k in range(top.childCount()))
        return out

    def item_for_document(self, doc_id: str) -> QTreeWidgetItem | None:
        return next((i for i in self.rows() if i.data(COL_OUTLET, DOC_ROLE) == doc_id), None)

    def problem_items(self) -> list[QTreeWidgetItem]:
        return [i for i in self.rows() if i.data(COL_OUTLET, PROBLEM_ROLE)]

    def story_items(self) -> list[QTreeWidgetItem]:
        """The headings of stories of several articles (none while the list is flat)."""
        return [i for i in self.rows() if i.data(COL_OUTLET, GROUP_ROLE) == "story"]

    def story_item(self, key: str) -> QTreeWidgetItem | None:
        return next(
            (i for i in self.story_items() if i.data(COL_OUTLET, GROUP_KEY_ROLE) == key), None
        )

    def group_item(self, kind: str) -> QTreeWidgetItem | None:
        """The "alone" or "left_out" heading, when shown."""
        return next((i for i in self.rows() if i.data(COL_OUTLET, GROUP_ROLE) == kind), None)

    def stories(self) -> tuple[StoryGroup, ...]:
        return self._stories

    @staticmethod
    def _key(item: QTreeWidgetItem) -> tuple[str, str]:
        doc = item.data(COL_OUTLET, DOC_ROLE)
        if doc:
            return ("doc", doc)
        group = item.data(COL_OUTLET, GROUP_ROLE)
        if group:
            return (group, item.data(COL_OUTLET, GROUP_KEY_ROLE) or "")
        return ("problem", item.data(COL_OUTLET, PROBLEM_ROLE) or "")

    def _current_changed(self, item: QTreeWidgetItem | None, _previous: object) -> None:
        if self._filling or item is None or self._current is None:
            return
        key = item.data(COL_OUTLET, STORY_ROLE)
        if key and key != self._current:
            # After Qt has finished with the click: the window rebuilds the rows.
            QTimer.singleShot(0, self, lambda k=key: self.storyChosen.emit(k))

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
            if included and self._stories:
                menu.addMenu(self._move_menu(menu, item))
        elif item is not None and item.data(COL_OUTLET, GROUP_ROLE) in ("story", "alone"):
            merge = self._merge_menu(menu, item)
            if merge is not None:
                menu.addMenu(merge)
            together = self.together_action(menu, item)
            if together is not None:
                menu.addAction(together)
        if item is not None:
            menu.addAction(self.remove_action)
        menu.addSeparator()
        add = menu.addAction("Add Articles…")
        add.triggered.connect(self.addRequested)
        menu.exec(self.tree.viewport().mapToGlobal(pos))  # type: ignore[arg-type]

    # -- dragging articles between stories ------------------------------------------------
    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        kinds = (QEvent.Type.DragEnter, QEvent.Type.DragMove, QEvent.Type.Drop)
        if watched is not self.tree.viewport() or event.type() not in kinds:
            return super().eventFilter(watched, event)
        assert isinstance(event, QDragEnterEvent | QDragMoveEvent | QDropEvent)
        mime = event.mimeData()
        if mime is None or mime.hasUrls() or not mime.hasFormat(ROWS_MIME):
            return False  # files from outside: the window's drop filter adds them
        ids = self._dragged()
        target = self.drop_target(self.tree.itemAt(event.position().toPoint()), ids)
        if event.type() == QEvent.Type.DragEnter and ids:
            event.setDropAction(Qt.DropAction.CopyAction)
            event.accept()  # the target is judged as the drag moves
        elif target is None:
            event.ignore()
        else:
            event.setDropAction(Qt.DropAction.CopyAction)
            event.accept()
            if event.type() == QEvent.Type.Drop:
                QTimer.singleShot(0, self, lambda: self.moveRequested.emit(ids, target))
        return True

    def _dragged(self) -> list[str]:
        return [
            d
            for i in self.tree.selectedItems()
            if (d := i.data(COL_OUTLET, DOC_ROLE)) and i.data(COL_OUTLET, STORY_ROLE)
        ]

    def drop_target(self, item: QTreeWidgetItem | None, ids: Sequence[str]) -> str | None:
        """The story title articles dropped on ``item`` go to ("" for a new story), or
        None where a drop means nothing (no story there, or they are all in it).

        A story heading or any of its articles means that story; an article on its own
        means joining it (two lone articles make a story); the "Articles on their own"
        heading means a new story.
        """
        if item is None or not ids or self._current is None:
            return None
        if item.data(COL_OUTLET, GROUP_ROLE) == "alone":
            lone = {g.documents[0] for g in self._stories if g.alone}
            return None if set(ids) <= lone else ""
        key = item.data(COL_OUTLET, STORY_ROLE)
        group = next((g for g in self._stories if g.key == key), None)
        if group is None or set(ids) <= set(group.documents):
            return None
        return group.title

    def _move_menu(self, parent: QMenu, item: QTreeWidgetItem) -> QMenu:
        """Move to Story ▸ every other story of several articles, then New Story.

        Moves the selected articles when the clicked one is among them, else that one.
        """
        doc_id = item.data(COL_OUTLET, DOC_ROLE)
        chosen = [d for i in self.tree.selectedItems() if (d := i.data(COL_OUTLET, DOC_ROLE))]
        ids = chosen if doc_id in chosen else [doc_id]
        own = next((g for g in self._stories if doc_id in g.documents), None)
        menu = self._stories_menu("Move to Story", parent, ids, own)
        menu.setObjectName("moveToStoryMenu")
        if menu.actions():
            menu.addSeparator()
        new = menu.addAction("New Story")
        new.setToolTip("Start a story of its own with this article")
        new.setEnabled(own is None or not own.alone)
        new.triggered.connect(lambda: self.moveRequested.emit(ids, ""))
        return menu

    def _merge_menu(self, parent: QMenu, heading: QTreeWidgetItem) -> QMenu | None:
        """Merge Into Story ▸ every other story of several articles: all the articles of
        the heading's story (or every article on its own) move there at once, for a
        story the grouping split that the person knows is one. None when there is no
        other story to merge into."""
        if heading.data(COL_OUTLET, GROUP_ROLE) == "alone":
            own, ids, label = None, self._alone_ids(), "Move All to Story"
        else:
            key = heading.data(COL_OUTLET, GROUP_KEY_ROLE)
            own = next((g for g in self._stories if g.key == key), None)
            ids = list(own.documents) if own is not None else []
            label = "Merge Into Story"
        menu = self._stories_menu(label, parent, ids, own)
        if not ids or not menu.actions():
            return None
        menu.setObjectName("mergeIntoStoryMenu")
        return menu

    def _stories_menu(
        self, label: str, parent: QMenu, ids: list[str], own: StoryGroup | None
    ) -> QMenu:
        """A menu of every story of several articles but ``own``, each moving ``ids``
        there: its title elided, the whole title in the tooltip, its size after it."""
        menu = QMenu(label, parent)
        metrics = menu.fontMetrics()
        for group in self._stories:
            if group.alone or group is own:
                continue
            text = metrics.elidedText(group.title, Qt.TextElideMode.ElideRight, MENU_TITLE_PX)
            act = menu.addAction(f"{text}  ({len(group.documents)})")
            act.setToolTip(group.title)
            act.triggered.connect(
                lambda _c=False, t=group.title: self.moveRequested.emit(ids, t)
            )
        return menu

    def together_action(self, parent: QMenu, heading: QTreeWidgetItem) -> QAction | None:
        """On the "on their own" heading: Compare Them as One Story, for articles the
        person wants compared although they share nothing rare (two articles dropped to
        be compared, about events the grouping tells apart). None elsewhere, or with
        fewer than two such articles."""
        if heading.data(COL_OUTLET, GROUP_ROLE) != "alone":
            return None
        ids = self._alone_ids()
        if len(ids) < 2:
            return None
        act = QAction("Compare Them as One Story", parent)
        act.setToolTip("Put every article on its own into one new story and compare them")
        act.triggered.connect(lambda: self.moveRequested.emit(ids, ""))
        return act

    def _alone_ids(self) -> list[str]:
        """Every article on its own, in the list's order."""
        return [d for g in self._stories if g.alone for d in g.documents]

    def _title_done(self) -> None:
        self.titleEdited.emit(self.title_edit.text().strip())
