"""Every menu command and shortcut of the window, declared once as data.

Menus, shortcuts, the enabled-with-articles rule and the tests all read :data:`ACTIONS`
(napari's action manager, qutebrowser's command table), so a shortcut cannot be bound in
one place and documented in another, and two commands cannot claim the same key. The
window supplies a handler per name; :func:`build_actions` refuses a table entry without
one, so a command in a menu always does something.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass
from typing import Any

from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QMenu, QMenuBar, QWidget

Shortcut = str | QKeySequence.StandardKey | None

#: Menu titles in menu-bar order; an :class:`ActionSpec` names one of them.
MENUS: tuple[str, ...] = ("&File", "&View", "&Navigate", "&Help")

#: The one submenu, filled when it opens (its entries are the user's files, not commands).
RECENT = "recent"


@dataclass(frozen=True, slots=True)
class ActionSpec:
    name: str  # the handler's key and the test's handle
    text: str
    menu: str
    shortcut: Shortcut = None
    tip: str = ""
    checkable: bool = False
    needs_articles: bool = False  # disabled while the project holds no article
    separator_before: bool = False


ACTIONS: tuple[ActionSpec, ...] = (
    ActionSpec("new", "&New Comparison", "&File", QKeySequence.StandardKey.New,
               "Start again with no articles"),
    ActionSpec("open_files", "&Open Files…", "&File", "Ctrl+O",
               "Add article files to the comparison"),
    ActionSpec("open_folder", "Open &Folder…", "&File", "Ctrl+Shift+O",
               "Add every article in a folder"),
    ActionSpec(RECENT, "Open &Recent", "&File"),
    ActionSpec("sample", "Open the &Sample Story", "&File", None,
               "Three real articles about one event"),
    ActionSpec("open_project", "Open &Comparison…", "&File", None,
               "Open a saved .parallax comparison", separator_before=True),
    ActionSpec("save", "&Save Comparison", "&File", "Ctrl+S",
               "Save the articles, your edits and settings in a .parallax file",
               needs_articles=True),
    # No shortcut: the platform's Save As (Ctrl+Shift+S) is Swap Sides here.
    ActionSpec("save_as", "Save Comparison &As…", "&File", needs_articles=True),
    ActionSpec("export", "&Export Report…", "&File", "Ctrl+E",
               "Export the comparison as a PDF or HTML report", needs_articles=True,
               separator_before=True),
    ActionSpec("print", "&Print…", "&File", "Ctrl+P", "Print the report",
               needs_articles=True),
    ActionSpec("quit", "&Quit", "&File", QKeySequence.StandardKey.Quit,
               separator_before=True),
    ActionSpec("tab_side_by_side", "&1 Side by Side", "&View", "Ctrl+1"),
    ActionSpec("tab_quotes", "&2 Quotes", "&View", "Ctrl+2"),
    ActionSpec("tab_overview", "&3 Overview", "&View", "Ctrl+3"),
    ActionSpec("next_story", "Next S&tory", "&View", "Ctrl+PgDown",
               "Show the next story when the articles report several events",
               needs_articles=True, separator_before=True),
    ActionSpec("previous_story", "Previous St&ory", "&View", "Ctrl+PgUp",
               "Show the previous story", needs_articles=True),
    ActionSpec("ignore_punctuation", "&Ignore Punctuation-Only Differences", "&View",
               tip="Treat sentences that differ only in punctuation or typography as identical",
               checkable=True, separator_before=True),
    ActionSpec("show_boilerplate", "Show &Boilerplate", "&View",
               tip="Show captions, donation pleas and other text that is not the article",
               checkable=True),
    ActionSpec("show_related", "Show &Related Links", "&View",
               tip="Link sentences that state the same fact in other words (drawn quietly, "
               "with less confidence than a paraphrase)",
               checkable=True),
    ActionSpec("next_match", "&Next Match", "&Navigate", "F7"),
    ActionSpec("previous_match", "&Previous Match", "&Navigate", "Shift+F7"),
    ActionSpec("next_difference", "Next &Difference", "&Navigate", "Alt+Down"),
    ActionSpec("previous_difference", "Previous Di&fference", "&Navigate", "Alt+Up"),
    ActionSpec("find", "&Find…", "&Navigate", QKeySequence.StandardKey.Find,
               "Find text in both articles", separator_before=True),
    ActionSpec("swap", "S&wap Sides", "&Navigate", "Ctrl+Shift+S",
               "Swap the left and right articles"),
    ActionSpec("about", "&About Parallax", "&Help"),
)

SPECS: Mapping[str, ActionSpec] = {spec.name: spec for spec in ACTIONS}


def key_sequences(spec: ActionSpec) -> list[QKeySequence]:
    """What the shortcut means on this platform (a standard key may bind several).

    Needs the QGuiApplication: standard keys are resolved by the platform theme.
    """
    if spec.shortcut is None:
        return []
    if isinstance(spec.shortcut, QKeySequence.StandardKey):
        return list(QKeySequence.keyBindings(spec.shortcut))
    return [QKeySequence(spec.shortcut)]


def shortcut_text(name: str) -> str:
    """The command's shortcut as a person reads it ("Ctrl+Shift+S"), for tooltips and
    hints that mention it, so they cannot go stale when the table changes."""
    spec = SPECS[name]
    if spec.shortcut is None:
        return ""
    return QKeySequence(spec.shortcut).toString(QKeySequence.SequenceFormat.NativeText)


def build_actions(
    owner: QWidget, handlers: Mapping[str, Callable[[], Any]]
) -> dict[str, QAction]:
    """One ``QAction`` per command; plain commands call their handler when triggered.

    Checkable commands carry state rather than a handler: the caller connects
    ``toggled``. Every action is added to ``owner`` so its shortcut works while the menu
    bar is hidden.
    """
    commands = {s.name for s in ACTIONS if not s.checkable and s.name != RECENT}
    missing, unknown = commands - set(handlers), set(handlers) - commands
    if missing or unknown:
        raise ValueError(f"handlers missing {sorted(missing)}, unknown {sorted(unknown)}")
    actions: dict[str, QAction] = {}
    for spec in ACTIONS:
        if spec.name == RECENT:
            continue
        action = QAction(spec.text, owner)
        action.setObjectName(f"action_{spec.name}")
        if spec.shortcut is not None:
            action.setShortcut(QKeySequence(spec.shortcut))
        if spec.tip:
            action.setStatusTip(spec.tip)
            action.setToolTip(spec.tip)
        if spec.checkable:
            action.setCheckable(True)
        else:
            slot = handlers[spec.name]
            action.triggered.connect(lambda _checked=False, slot=slot: slot())
        owner.addAction(action)
        actions[spec.name] = action
    return actions


def build_menus(
    bar: QMenuBar, actions: Mapping[str, QAction], recent: QMenu
) -> dict[str, QMenu]:
    """The menu bar, in the table's order."""
    menus = {title: bar.addMenu(title) for title in MENUS}
    for spec in ACTIONS:
        menu = menus[spec.menu]
        if spec.separator_before:
            menu.addSeparator()
        if spec.name == RECENT:
            recent.setTitle(spec.text)
            menu.addMenu(recent)
        else:
            menu.addAction(actions[spec.name])
    return menus


def set_enabled_with_articles(actions: Mapping[str, QAction], has_articles: bool) -> None:
    for spec in ACTIONS:
        if spec.needs_articles:
            actions[spec.name].setEnabled(has_articles)
