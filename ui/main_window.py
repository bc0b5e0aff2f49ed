"""The main window: menus, toolbar, the Sources panel and the three views.

The window owns the :class:`~app.project.Project` (what the journalist loaded and edited)
and the latest :class:`~app.model.Comparison`; every change to either goes through a
worker and the result is pushed into the views, which compute nothing themselves.
"""

from __future__ import annotations

import dataclasses
import functools
from collections.abc import Callable, Mapping, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QSize, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QCloseEvent
from PySide6.QtWidgets import (
    QApplication,
    QCheckBox,
    QComboBox,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QMainWindow,
    QMenu,
    QProgressBar,
    QPushButton,
    QSlider,
    QSplitter,
    QStackedWidget,
    QTabWidget,
    QToolBar,
    QWidget,
)

import app
import app.analysis
import app.story
from app import project as projects
from app.grouping import ready as grouping_ready
from app.model import Comparison
from app.progress import CancelledFn, ProgressFn
from app.project import Loaded, Project
from app.resources import resource_path
from app.story_cache import StoryCache
from app.story_choice import StoryGroup, assign, automatic_title, new_story_title, pick
from ui import errors
from ui.actions import build_actions, build_menus, set_enabled_with_articles
from ui.compare_view import CompareView
from ui.drop import FileDropFilter
from ui.empty_state import EmptyState
from ui.overview_view import OverviewView
from ui.project_file import ProjectFileController
from ui.quotes_view import QuotesView
from ui.report_actions import ReportController
from ui.settings import Settings
from ui.sources_panel import SourcesPanel
from ui.workers import JobQueues

if TYPE_CHECKING:
    from app.grouping import Story
    from app.story import ScoredStory

LoadFn = Callable[[Sequence[str], ProgressFn, CancelledFn], Loaded]
CompareFn = Callable[..., Comparison]

SAMPLE_TITLE = "Zelensky stays in Kyiv (sample story, February 2022)"
THRESHOLD_DEBOUNCE_MS = 300
SHOW_PROGRESS_AFTER_MS = 500
BUSY_CURSOR_AFTER_MS = 300
#: Up to this many articles, of this many words in all, are grouped into stories on the
#: GUI thread (a few milliseconds: grouping reads every word once, about 3 ms per
#: thousand); more are grouped in the compares worker. Five long live blogs (13,000
#: words) took 60-130 ms, a visible stall, when only the articles were counted.
GROUP_INLINE_MAX = 8
GROUP_INLINE_WORDS = 4000
STORY_COMBO_CHARS = 48
WINDOW_TITLE_CHARS = 70  # the story's part of the window title; the combo has it whole
ALONE_MESSAGE = "No other article here reports this one's story; move one to it to compare."
#: What the views say in place of a comparison when the story shown is one article and
#: others are open (a pair of articles about two events stands apart, for example).
ALONE_VIEW_MESSAGE = (
    "No other article here reports this one's story, so it is compared with none. To "
    "compare the articles on their own anyway, right-click their heading in Sources ▸ "
    "Compare Them as One Story (or drag one onto another)."
)
FILE_FILTER = (
    "Articles (*.txt *.md *.markdown *.html *.htm *.docx *.pdf);;All files (*)"
)


class ProgressStrip(QWidget):
    """Label, bar and Cancel in the status bar; shown only for jobs that take a while."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.label = QLabel(self)
        self.bar = QProgressBar(self)
        self.bar.setMaximumWidth(220)
        self.bar.setTextVisible(False)
        self.cancel_button = QPushButton("Cancel", self)
        self.cancel_button.setObjectName("cancelButton")
        self.cancel_button.setToolTip("Stop what is running (a save still finishes)")
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.label)
        layout.addWidget(self.bar)
        layout.addWidget(self.cancel_button)

    def report(self, label: str, done: int, total: int) -> None:
        self.label.setText(label)
        if total > 0:
            self.bar.setRange(0, total)
            self.bar.setValue(min(done, total))
        else:
            self.bar.setRange(0, 0)  # busy indicator


class MainWindow(QMainWindow):
    """``loader``/``comparer`` replace the engine's in tests (a slow or failing loader).

    Saving/opening and exporting/printing live in controllers
    (:class:`~ui.project_file.ProjectFileController`,
    :class:`~ui.report_actions.ReportController`) that see this window only through the
    small host interface below (``dialog_parent``, ``show_status``, ``mark_saved``…).
    """

    comparisonShown = Signal(object)  # Comparison | None, after it reached the views
    projectChanged = Signal()

    def __init__(
        self,
        settings: Settings | None = None,
        *,
        loader: LoadFn | None = None,
        comparer: CompareFn | None = None,
    ) -> None:
        super().__init__()
        self.setObjectName("mainWindow")
        self.settings = settings or Settings()
        self._load_fn: LoadFn = loader or projects.load_paths
        # A stand-in engine (tests, the smoke test) compares at a threshold; without one
        # the real engine scores each story once and the slider re-selects from that.
        self._stand_in: CompareFn | None = comparer
        # The engine's threshold-free work per story: moving the slider re-selects from it
        # (app.select, no recomputation), and going back to a story is instant.
        self.scored_cache = StoryCache()
        # The automatic stories of the included articles, keyed by (id, sha256) of each;
        # the user's moves (Project.story_of) are applied on top (app.story_choice).
        self._grouping: tuple[tuple[tuple[str, str], ...], list[Story]] | None = None
        self.story_groups: tuple[StoryGroup, ...] = ()
        self.current_story: StoryGroup | None = None
        self._shown_story: StoryGroup | None = None  # the story self.comparison is of
        self._wanted_story: str | None = None  # a reopened comparison's story title
        self.project = Project()
        self.comparison: Comparison | None = None
        self.project_path: Path | None = None
        self.counts: tuple[int, int] | None = None
        self._dirty = False
        self._cursor_set = False
        self._wanted_pair: tuple[str, str] | None = None
        self._push_token = 0

        self.jobs = JobQueues(self)
        self.loads = self.jobs.loads
        self.compares = self.jobs.compares
        self.opens = self.jobs.opens
        self.saves = self.jobs.saves
        self.exports = self.jobs.exports
        self.prints = self.jobs.prints
        for runner in self.jobs.all:
            runner.busyChanged.connect(self._update_busy)
            runner.progressed.connect(self._on_progress)

        self.files = ProjectFileController(self, self.jobs, self.settings, self)
        self.reports = ReportController(self, self.jobs, self)

        self._build_widgets()
        self._build_actions()
        self._build_menus()
        self._build_toolbar()
        self.drop_filter = FileDropFilter(self, self.add_paths)

        self._compare_timer = QTimer(self)
        self._compare_timer.setSingleShot(True)
        self._compare_timer.timeout.connect(self._run_compare)
        self._progress_timer = QTimer(self)
        self._progress_timer.setSingleShot(True)
        self._progress_timer.timeout.connect(self._show_progress)
        self._cursor_timer = QTimer(self)
        self._cursor_timer.setSingleShot(True)
        self._cursor_timer.timeout.connect(self._set_busy_cursor)

        self.resize(1280, 800)
        self.settings.restore_geometry(self)
        self.settings.restore_splitter(self.splitter)
        self._refresh()

    # == construction ======================================================================
    def _build_widgets(self) -> None:
        self.empty_state = EmptyState(self)
        self.empty_state.sampleRequested.connect(self.open_sample_story)
        self.empty_state.openFilesRequested.connect(self.open_files)
        self.empty_state.openFolderRequested.connect(self.open_folder)

        self.sources = SourcesPanel(self)
        self.sources.outletRenamed.connect(self._rename_outlet)
        self.sources.inclusionChanged.connect(self._set_included)
        self.sources.removeRequested.connect(self._remove)
        self.sources.titleEdited.connect(self._set_title)
        self.sources.addRequested.connect(self.open_files)
        self.sources.storyChosen.connect(self.choose_story)
        self.sources.moveRequested.connect(self.move_to_story)

        self.compare_view = CompareView(self)
        self.quotes_view = QuotesView(self)
        self.overview_view = OverviewView(self)
        self.compare_view.countsChanged.connect(self._on_counts)
        self.quotes_view.quoteActivated.connect(self.show_quote)
        self.overview_view.pairActivated.connect(self.show_pair)

        self.tabs = QTabWidget(self)
        self.tabs.setObjectName("viewTabs")
        self.tabs.setDocumentMode(True)
        self.tabs.addTab(self.compare_view, "Side by Side")
        self.tabs.addTab(self.quotes_view, "Quotes")
        self.tabs.addTab(self.overview_view, "Overview")
        self.tabs.setTabToolTip(0, "Two articles, matched sentence by sentence")
        self.tabs.setTabToolTip(1, "Every quote and how each outlet words it")
        self.tabs.setTabToolTip(2, "Who reported what, and how alike the articles are")

        self.splitter = QSplitter(Qt.Orientation.Horizontal, self)
        self.splitter.setObjectName("mainSplitter")
        self.splitter.addWidget(self.sources)
        self.splitter.addWidget(self.tabs)
        self.splitter.setStretchFactor(0, 0)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setSizes([380, 900])

        self.stack = QStackedWidget(self)
        self.stack.addWidget(self.empty_state)
        self.stack.addWidget(self.splitter)
        self.setCentralWidget(self.stack)

        self.progress = ProgressStrip(self)
        self.progress.cancel_button.clicked.connect(self.cancel_jobs)
        self.progress.hide()
        self.counts_label = QLabel(self)
        self.counts_label.setObjectName("countsLabel")
        self.statusBar().addPermanentWidget(self.progress)
        self.statusBar().addPermanentWidget(self.counts_label)

    def _build_actions(self) -> None:
        """Commands come from :data:`ui.actions.ACTIONS`; this maps each to its handler."""
        handlers: Mapping[str, Callable[[], Any]] = {
            "new": self.new_comparison,
            "open_files": self.open_files,
            "open_folder": self.open_folder,
            "sample": self.open_sample_story,
            "open_project": self.files.open,
            "save": self.files.save,
            "save_as": self.files.save_as,
            "export": self.reports.export_report,
            "print": self.reports.print_report,
            "quit": self.close,
            "tab_side_by_side": lambda: self.tabs.setCurrentIndex(0),
            "tab_quotes": lambda: self.tabs.setCurrentIndex(1),
            "tab_overview": lambda: self.tabs.setCurrentIndex(2),
            "next_match": lambda: self._nav("next_match"),
            "previous_match": lambda: self._nav("previous_match"),
            "next_difference": lambda: self._nav("next_difference"),
            "previous_difference": lambda: self._nav("previous_difference"),
            "find": lambda: self._nav("find"),
            "swap": self.swap,
            "next_story": lambda: self.step_story(1),
            "previous_story": lambda: self.step_story(-1),
            "about": self.about,
        }
        self.acts: dict[str, QAction] = build_actions(self, handlers)
        self.acts["ignore_punctuation"].setChecked(
            self.settings.flag("ignore_punctuation", True)
        )
        self.acts["show_boilerplate"].setChecked(self.settings.flag("show_boilerplate", False))
        self.acts["show_related"].setChecked(self.settings.flag("show_related", True))
        for name in ("ignore_punctuation", "show_boilerplate"):
            self.acts[name].toggled.connect(self._options_changed)
        self.acts["show_related"].toggled.connect(self._related_toggled)

    def _build_menus(self) -> None:
        self.recent_menu = QMenu(self)
        self.recent_menu.aboutToShow.connect(self._fill_recent_menu)
        self.menus = build_menus(self.menuBar(), self.acts, self.recent_menu)

    def _build_toolbar(self) -> None:
        bar = QToolBar("Comparison", self)
        bar.setObjectName("comparisonToolbar")
        bar.setMovable(False)
        bar.setIconSize(QSize(16, 16))
        self.addToolBar(bar)
        self.toolbar = bar

        self.story_label = QLabel(" Story: ", self)
        self.story_combo = QComboBox(self)
        self.story_combo.setObjectName("storyCombo")
        self.story_combo.setToolTip("The story the views show; the others wait their turn")
        self.story_combo.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        self.story_combo.setMinimumContentsLength(STORY_COMBO_CHARS)
        self.story_combo.activated.connect(
            lambda index: self.choose_story(str(self.story_combo.itemData(index)))
        )
        self.story_actions = (
            bar.addWidget(self.story_label),
            bar.addWidget(self.story_combo),
            bar.addSeparator(),
        )
        bar.addWidget(QLabel(" Similarity threshold: ", self))
        self.threshold_slider = QSlider(Qt.Orientation.Horizontal, self)
        self.threshold_slider.setObjectName("thresholdSlider")
        self.threshold_slider.setRange(0, 100)
        self.threshold_slider.setPageStep(5)
        self.threshold_slider.setFixedWidth(140)
        self.threshold_slider.setToolTip(
            "How alike two sentences must be to count as a match; lower finds looser paraphrases"
        )
        self.threshold_slider.setValue(round(self.settings.threshold(app.DEFAULT_THRESHOLD) * 100))
        self.threshold_label = QLabel(self)
        self.threshold_label.setMinimumWidth(36)
        self.threshold_slider.valueChanged.connect(self._threshold_moved)
        bar.addWidget(self.threshold_slider)
        bar.addWidget(self.threshold_label)
        self._threshold_moved(self.threshold_slider.value(), schedule=False)
        bar.addSeparator()
        self.punct_check = QCheckBox("Ignore punctuation-only differences", self)
        self.boiler_check = QCheckBox("Show boilerplate", self)
        self.related_check = QCheckBox("Show related links", self)
        for box, act in ((self.punct_check, self.acts["ignore_punctuation"]),
                         (self.boiler_check, self.acts["show_boilerplate"]),
                         (self.related_check, self.acts["show_related"])):
            box.setToolTip(act.toolTip())
            box.setChecked(act.isChecked())
            box.toggled.connect(act.setChecked)
            act.toggled.connect(box.setChecked)
            bar.addWidget(box)

    # == state ==============================================================================
    @property
    def dirty(self) -> bool:
        return self._dirty

    def _set_dirty(self, dirty: bool) -> None:
        self._dirty = dirty
        self.setWindowModified(dirty)

    def _set_project(self, project: Project, *, dirty: bool | None = True,
                     recompare: bool = True) -> None:
        self.project = project
        if dirty is not None:
            self._set_dirty(dirty)
        self._refresh()
        self.projectChanged.emit()
        if recompare:
            self._compare_timer.start(0)

    def _refresh(self) -> None:
        self.stack.setCurrentIndex(0 if self.project.is_empty else 1)
        # The comparison controls mean nothing before there is something to compare.
        self.toolbar.setVisible(not self.project.is_empty)
        if self._grouping is not None:
            # Until the changed articles are grouped again, the last grouping holds, with
            # any new article on its own: the list never waits for the worker.
            self.story_groups = self._assign(self._grouping[1])
        self._show_stories()
        set_enabled_with_articles(self.acts, bool(self.project.documents))

    def _show_stories(self) -> None:
        """The Sources panel, the Story combo and the window title, for the stories now."""
        several = len(self.story_groups) > 1
        current = self.current_story.key if self.current_story else None
        self.sources.set_project(self.project, self.story_groups if several else None, current)
        self.story_combo.clear()
        for group in self.story_groups:
            n = len(group.documents)
            self.story_combo.addItem(f"{group.title}  ({n})" if n > 1 else group.title,
                                     group.key)
            self.story_combo.setItemData(self.story_combo.count() - 1, group.title,
                                         Qt.ItemDataRole.ToolTipRole)
        if current is not None:
            self.story_combo.setCurrentIndex(self.story_combo.findData(current))
        for act in self.story_actions:
            act.setVisible(several)
        self._show_title()

    def _show_title(self) -> None:
        """The window title: the project's name and, among several stories, the one shown."""
        name = (self.project_path.stem if self.project_path else self.project.title) or "Untitled"
        scope = self.story_scope()
        if len(scope) > WINDOW_TITLE_CHARS:
            scope = scope[: WINDOW_TITLE_CHARS - 1].rstrip() + "…"
        self.setWindowTitle(f"{name}[*] — {scope} — Parallax" if scope else f"{name}[*] — Parallax")

    def threshold(self) -> float:
        return self.threshold_slider.value() / 100.0

    def show_related(self) -> bool:
        return self.acts["show_related"].isChecked()

    # == what the controllers see of the window =============================================
    def dialog_parent(self) -> QWidget:
        return self

    def last_folder(self) -> str:
        return self.settings.last_folder() or str(Path.home())

    def show_status(self, text: str, msecs: int) -> None:
        self.statusBar().showMessage(text, msecs)

    def story_title(self) -> str:
        """What heads a report: the story shown when the articles form several."""
        return self.story_scope() or self.project.title

    def story_scope(self) -> str:
        """The title of the story the views show, or "" when the articles form one story
        (then the report covers every included article, as it always did)."""
        if len(self.story_groups) <= 1:
            return ""
        story = self._shown_story or self.current_story
        return story.title if story else ""

    def project_with_settings(self) -> Project:
        pair = self.current_pair()
        extra: dict[str, Any] = {}
        if len(self.story_groups) > 1 and self.current_story is not None:
            extra["story"] = self.current_story.title
        return self.project.with_settings(
            threshold=self.threshold(),
            ignore_punctuation=self.acts["ignore_punctuation"].isChecked(),
            show_boilerplate=self.acts["show_boilerplate"].isChecked(),
            show_related=self.show_related(),
            pair=list(pair) if pair else None,
            **extra,
        )

    def mark_saved(self, target: Path) -> None:
        self.project_path = target
        self._set_dirty(False)
        self._refresh()

    def replace_project(self, project: Project, path: Path | None) -> None:
        self._replace(project, path)

    def apply_settings(self, settings: Mapping[str, Any]) -> None:
        threshold = settings.get("threshold")
        if isinstance(threshold, int | float) and 0 <= threshold <= 1:
            self.threshold_slider.blockSignals(True)
            self.threshold_slider.setValue(round(threshold * 100))
            self.threshold_slider.blockSignals(False)
            self._threshold_moved(self.threshold_slider.value(), schedule=False)
        for key in ("ignore_punctuation", "show_boilerplate", "show_related"):
            if isinstance(settings.get(key), bool):
                self.acts[key].setChecked(bool(settings[key]))
        story = settings.get("story")
        if isinstance(story, str) and story:
            self._wanted_story = story  # shown once the articles are grouped
        pair = settings.get("pair")
        if isinstance(pair, list) and len(pair) == 2:
            self._wanted_pair = (str(pair[0]), str(pair[1]))
            self.comparisonShown.connect(self._restore_pair)

    def _restore_pair(self, _comparison: object) -> None:
        self.comparisonShown.disconnect(self._restore_pair)
        if self._wanted_pair is not None:
            self.show_pair(*self._wanted_pair)
            self._wanted_pair = None

    # == getting articles in ================================================================

    def open_files(self, paths: Sequence[str] | None = None) -> None:
        if paths is None:
            chosen, _ = QFileDialog.getOpenFileNames(
                self, "Open Articles", self.last_folder(), FILE_FILTER
            )
            paths = chosen
        if paths:
            self.add_paths(list(paths))

    def open_folder(self, folder: str | None = None) -> None:
        if folder is None:
            folder = QFileDialog.getExistingDirectory(self, "Open Folder", self.last_folder())
        if folder:
            self.add_paths([folder])

    def open_paths(self, paths: Sequence[str], *, dirty: bool = False) -> None:
        """Command line and Open Recent: a ``.parallax`` file is opened, the rest added.

        Opening what was asked for is not an edit, so it does not by itself prompt to save.
        """
        projects_given = [p for p in paths if p.endswith(projects.SUFFIX)]
        if projects_given:
            self.files.open(projects_given[0])
        others = [p for p in paths if not p.endswith(projects.SUFFIX)]
        if others:
            self.add_paths(others, dirty=dirty or bool(self.project.documents))

    def add_paths(self, paths: Sequence[str], *, remember: bool = True,
                  dirty: bool = True) -> int:
        """Load files/folders in a worker and add them to the open comparison."""
        paths = [str(p) for p in paths]
        if len(paths) == 1 and paths[0].endswith(projects.SUFFIX):
            self.files.open(paths[0])
            return 0
        if not paths:
            return 0
        if remember:
            first = Path(paths[0])
            self.settings.set_last_folder(first if first.is_dir() else first.parent)
            for p in paths:
                self.settings.add_recent_file(p)
        n = len(paths)
        label = f"Loading {Path(paths[0]).name}…" if n == 1 else f"Loading {n} items…"
        load_fn = self._load_fn
        return self.loads.submit(
            lambda progress, cancelled: load_fn(paths, progress, cancelled),
            lambda loaded: self._on_loaded(loaded, dirty),
            lambda exc: errors.report_exception(exc, "Loading failed"),
            label=label,
            supersede=False,
        )

    def _on_loaded(self, loaded: Loaded, dirty: bool) -> None:
        before = len(self.project.documents)
        self._set_project(self.project.with_added(loaded.documents, loaded.problems),
                          dirty=dirty or self._dirty)
        added = len(self.project.documents) - before
        message = f"Added {added} article{'s' if added != 1 else ''}."
        if loaded.problems:
            message += f" {len(loaded.problems)} file(s) could not be read; see Sources."
        self.statusBar().showMessage(message, 8000)

    def open_sample_story(self) -> None:
        if not self.files.maybe_save():
            return
        self._replace(Project(title=SAMPLE_TITLE), None)
        self.add_paths([str(resource_path("seeds"))], remember=False, dirty=False)

    def new_comparison(self) -> None:
        if self.files.maybe_save():
            self._replace(Project(), None)

    def _replace(self, project: Project, path: Path | None) -> None:
        """Start over: in-flight loads and comparisons of the old project are dropped."""
        self.loads.invalidate()
        self.compares.invalidate()
        self._push_token += 1
        self.scored_cache.clear()
        app.analysis.CACHE.clear()  # the old project's texts go with it
        self._grouping = None
        self.story_groups = ()
        self.current_story = self._shown_story = None
        self._wanted_story = None
        self.project_path = path
        self.comparison = None
        self.counts = None
        self.counts_label.clear()
        self._set_project(project, dirty=False)

    def cancel_jobs(self) -> None:
        """The progress strip's Cancel: stop every job it may be showing, and say which.

        A save is left to finish: it is quick, and a half-cancelled save would leave the
        file written but the window still marked unsaved.
        """
        names = {"loads": "loading", "compares": "comparing", "opens": "opening",
                 "exports": "the export", "prints": "printing"}
        stopped = []
        for attr, name in names.items():
            runner = getattr(self.jobs, attr)
            if runner.busy:
                runner.cancel()
                stopped.append(name)
        if stopped:
            self.statusBar().showMessage(f"Cancelled {', '.join(stopped)}.", 5000)

    # == edits from the Sources panel =======================================================
    def _rename_outlet(self, doc_id: str, outlet: str) -> None:
        self._set_project(self.project.renamed(doc_id, outlet))

    def _set_included(self, doc_id: str, included: bool) -> None:
        self._set_project(self.project.with_included(doc_id, included))

    def _remove(self, doc_ids: list[str], problem_paths: list[str]) -> None:
        self._set_project(self.project.without(doc_ids, problem_paths),
                          recompare=bool(doc_ids))

    def _set_title(self, title: str) -> None:
        if title != self.project.title:
            self._set_project(self.project.with_title(title), recompare=False)

    # == comparing ==========================================================================
    def _threshold_moved(self, value: int, schedule: bool = True) -> None:
        self.threshold_label.setText(f"{value / 100:.2f}")
        if schedule:
            self.settings.set_threshold(value / 100.0)
            if self.project.documents:
                self._compare_timer.start(THRESHOLD_DEBOUNCE_MS)

    def _related_toggled(self, shown: bool) -> None:
        """Related links are kept or left out by re-selecting the scored story, as the
        threshold slider does: nothing is scored again."""
        self.settings.set_flag("show_related", shown)
        if self.project.documents:
            self._compare_timer.start(0)

    def _run_compare(self) -> None:
        """Group the included articles into stories (when they changed), then compare the
        story on screen."""
        docs = self.project.included_documents()
        if not docs:
            self.compares.invalidate()
            self._grouping = None
            self.story_groups = ()
            self.current_story = None
            self._show_stories()
            self._show_comparison(None)
            return
        key = tuple((d.id, d.sha256) for d in docs)
        if self._grouping is not None and self._grouping[0] == key:
            self._grouped(key, self._grouping[1])
        elif (
            len(docs) <= GROUP_INLINE_MAX
            and sum(d.word_count for d in docs) <= GROUP_INLINE_WORDS
            and grouping_ready()
        ):
            self._grouped(key, app.stories(docs))
        else:
            self.compares.submit(
                lambda _progress, _cancelled: app.stories(docs),
                lambda found: self._grouped(key, found),
                lambda exc: errors.report_exception(exc, "Finding the stories failed"),
                label=f"Finding the stories in {len(docs)} articles…",
            )

    def _assign(self, automatic: Sequence[Story]) -> tuple[StoryGroup, ...]:
        included = self.project.included_documents()
        return assign(
            automatic,
            [d.id for d in included],
            self.project.story_of,
            {d.id: d.title or Path(d.path).name for d in included},
        )

    def _grouped(self, key: tuple[tuple[str, str], ...], found: list[Story]) -> None:
        self._grouping = (key, found)
        shown = (self.story_groups, self.current_story)
        self.story_groups = self._assign(found)
        previous = self.current_story.documents if self.current_story else ()
        self.current_story = pick(self.story_groups, previous, self._wanted_story)
        self._wanted_story = None
        if (self.story_groups, self.current_story) != shown:
            self._show_stories()  # not on every slider move: the list is as it was
        self._compare_current()

    def choose_story(self, key: str) -> None:
        """Show another story: instant when it was compared before (the cache)."""
        story = next((g for g in self.story_groups if g.key == key), None)
        if story is None or story == self.current_story:
            return
        self.current_story = story
        self._show_stories()
        # Through the grouping step: if articles are still being grouped, that job goes
        # on (a direct compare would supersede it) and this story is kept afterwards.
        self._run_compare()

    def step_story(self, step: int) -> None:
        """View ▸ Next/Previous Story, in the order the panel and the combo list them."""
        if len(self.story_groups) < 2:
            return
        keys = [g.key for g in self.story_groups]
        here = keys.index(self.current_story.key) if self.current_story in self.story_groups else 0
        self.choose_story(keys[(here + step) % len(keys)])

    def move_to_story(self, doc_ids: Sequence[str], title: str) -> None:
        """The Sources panel's Move to Story: ``title`` "" starts a new story.

        A move back to the story the grouping chose forgets the move, so the file keeps
        only the person's real decisions.
        """
        if not doc_ids or self._grouping is None:
            return
        automatic = self._grouping[1]
        if not title:
            first = next((d for d in self.project.documents if d.id == doc_ids[0]), None)
            headline = (first.title or Path(first.path).name) if first else ""
            title = new_story_title(headline, (g.title for g in self.story_groups))
        moves = {
            d: (None if automatic_title(automatic, d) == title else title) for d in doc_ids
        }
        moved = self.project.with_stories(moves)
        if moved != self.project:
            self._set_project(moved)
            self.statusBar().showMessage(
                f"Moved {len(doc_ids)} article{'s' if len(doc_ids) != 1 else ''} to "
                f"“{title}”.", 8000
            )

    def _compare_current(self) -> None:
        story = self.current_story
        if story is None:
            self.compares.invalidate()
            self._show_comparison(None)
            return
        members = set(story.documents)
        docs = [d for d in self.project.included_documents() if d.id in members]
        threshold = self.threshold()
        label = f"Comparing {len(docs)} article{'s' if len(docs) != 1 else ''}…"
        compare = self._stand_in
        if compare is not None:
            self.compares.submit(
                lambda progress, cancelled: compare(docs, threshold, progress, cancelled),
                lambda comparison: self._show_comparison(comparison, story),
                lambda exc: errors.report_exception(exc, "Comparing failed"),
                label=label,
            )
            return
        cached = self.scored_cache.get(docs)
        if cached is not None:
            self.compares.invalidate()  # an older job must not overwrite this
            self._show_comparison(
                app.select(cached, threshold, self.show_related()), story, cached
            )
            return

        def scored(result: ScoredStory) -> None:
            self.scored_cache.put(docs, result)
            self._show_comparison(
                app.select(result, self.threshold(), self.show_related()), story, result
            )

        self.compares.submit(
            # one story: the grouping's or the reader's (see app.story.score)
            lambda progress, cancelled: app.score(docs, progress, cancelled, grouped=True),
            scored,
            lambda exc: errors.report_exception(exc, "Comparing failed"),
            label=label,
        )

    def _show_comparison(
        self,
        comparison: Comparison | None,
        story: StoryGroup | None = None,
        scored: ScoredStory | None = None,
    ) -> None:
        """Show ``comparison`` in every view; ``scored``, the scored story it was selected
        from, lets Side by Side say how close another article came to an unmatched
        sentence."""
        if comparison is not None and self.project.problems:
            comparison = dataclasses.replace(comparison, problems=self.project.problems)
        self.comparison = comparison
        self.compare_view.set_nearest(
            None if scored is None else functools.partial(app.story.nearest, scored)
        )
        if story != self._shown_story:
            self._shown_story = story
            self._show_title()  # it names the story shown; the list already marks it
        alone = (
            comparison is not None
            and len(comparison.documents) == 1
            and len(self.project.included_documents()) > 1
        )
        for view in (self.compare_view, self.overview_view):
            view.set_alone(ALONE_VIEW_MESSAGE if alone else None)
        if comparison is None or len(comparison.documents) < 2:
            self.counts = None
            if comparison is None:
                self.counts_label.clear()
            elif len(self.story_groups) > 1:
                self.counts_label.setText(ALONE_MESSAGE)
            else:
                self.counts_label.setText("Add another article to compare.")
        self._options_changed()  # before the comparison, so the pair is drawn once
        # One view per event-loop turn, the visible one first: the window stays responsive
        # while a large story is laid out, and what the user looks at updates first.
        self._push_token += 1
        current = self.tabs.currentWidget()
        views = sorted((self.compare_view, self.quotes_view, self.overview_view),
                       key=lambda v: v is not current)
        self._push(self._push_token, comparison, views)

    def _push(self, token: int, comparison: Comparison | None, views: list[QWidget]) -> None:
        if token != self._push_token:
            return  # a newer comparison (or a new project) took over
        views[0].set_comparison(comparison)  # type: ignore[attr-defined]
        if len(views) > 1:
            QTimer.singleShot(0, self, lambda: self._push(token, comparison, views[1:]))
        else:
            self.comparisonShown.emit(comparison)

    def _on_counts(self, matched: int, unique: int) -> None:
        if self.comparison is None or len(self.comparison.documents) < 2:
            return  # one article: the label says why nothing is compared
        self.counts = (matched, unique)
        self.counts_label.setText(
            f"{matched} matched · {unique} unique sentence{'s' if unique != 1 else ''}"
        )

    def _options_changed(self, _checked: bool = False) -> None:
        ignore = self.acts["ignore_punctuation"].isChecked()
        show = self.acts["show_boilerplate"].isChecked()
        self.settings.set_flag("ignore_punctuation", ignore)
        self.settings.set_flag("show_boilerplate", show)
        self.compare_view.set_options(ignore, show)

    # == the pair in the side-by-side view (chosen in the view itself) =====================
    def current_pair(self) -> tuple[str, str] | None:
        return self.compare_view.pair()

    def show_pair(self, a_id: str, b_id: str) -> None:
        ids = {d.id for d in self.comparison.documents} if self.comparison else set()
        if a_id in ids and b_id in ids and a_id != b_id:
            self.compare_view.set_pair(a_id, b_id)
            self.tabs.setCurrentWidget(self.compare_view)

    def swap(self) -> None:
        if self.current_pair() is not None:
            self.compare_view.swap()
            self.tabs.setCurrentWidget(self.compare_view)

    def show_quote(self, quote_id: str) -> None:
        """Double-click in Quotes: the view opens the quote's pair and selects it."""
        if self.comparison is None:
            return
        self.tabs.setCurrentWidget(self.compare_view)
        self.compare_view.show_quote(quote_id)

    def _nav(self, method: str) -> None:
        if self.comparison is None:
            return
        self.tabs.setCurrentWidget(self.compare_view)
        getattr(self.compare_view, method)()

    # == busy / progress =====================================================================
    def _busy(self) -> bool:
        return self.jobs.busy

    def _update_busy(self, _busy: bool = False) -> None:
        if self._busy():
            if not self._progress_timer.isActive() and not self.progress.isVisible():
                self.progress.report(
                    self.jobs.current_label() or "Working…",
                    0, 0,
                )
                self._progress_timer.start(SHOW_PROGRESS_AFTER_MS)
                self._cursor_timer.start(BUSY_CURSOR_AFTER_MS)
        else:
            self._progress_timer.stop()
            self._cursor_timer.stop()
            self.progress.hide()
            if self._cursor_set:
                QApplication.restoreOverrideCursor()
                self._cursor_set = False

    def _show_progress(self) -> None:
        if self._busy():
            self.progress.show()

    def _set_busy_cursor(self) -> None:
        if self._busy() and not self._cursor_set:
            QApplication.setOverrideCursor(Qt.CursorShape.BusyCursor)
            self._cursor_set = True

    def _on_progress(self, label: str, done: int, total: int) -> None:
        self.progress.report(label, done, total)

    # == recent files ========================================================================
    def _fill_recent_menu(self) -> None:
        self.recent_menu.clear()
        recent = self.settings.recent_files()
        for path in recent:
            act = self.recent_menu.addAction(Path(path).name or path)
            act.setToolTip(path)
            act.setStatusTip(path)
            act.triggered.connect(lambda _c=False, p=path: self.open_paths([p]))
        if not recent:
            none = self.recent_menu.addAction("No Recent Files")
            none.setEnabled(False)
        else:
            self.recent_menu.addSeparator()
            clear = self.recent_menu.addAction("Clear Menu")
            clear.triggered.connect(self.settings.clear_recent_files)

    def about(self) -> None:
        errors.about(
            self,
            "About Parallax",
            f"<h3>Parallax {app.__version__}</h3>"
            "<p>Lines up the sentences and direct quotes that news outlets share about one "
            "event and shows how each outlet words them.</p>",
        )

    # == closing =============================================================================
    def closeEvent(self, event: QCloseEvent) -> None:
        if not self.files.maybe_save():
            event.ignore()
            return
        self.settings.save_geometry(self)
        if self.stack.currentIndex() == 1:
            self.settings.save_splitter(self.splitter)
        self.settings.sync()
        self.shutdown()
        event.accept()

    def shutdown(self, msecs: int = 3000) -> None:
        """Stop every job and wait for the threads, so nothing reports to a dead window."""
        self._compare_timer.stop()
        self.jobs.shutdown(msecs)
        if self._cursor_set:
            QApplication.restoreOverrideCursor()
            self._cursor_set = False
