"""``ui/`` has no import circles, and the menus are the action table.

A module that imports the window back (as the old save and report mixins did, under
``TYPE_CHECKING``) couples both ways; imports inside functions and under
``TYPE_CHECKING`` count, because the coupling is the same.
"""

from __future__ import annotations

import ast
from pathlib import Path

from PySide6.QtGui import QKeySequence

from ui.actions import ACTIONS, MENUS, RECENT, key_sequences

UI = Path(__file__).resolve().parents[2] / "ui"


def _ui_imports(path: Path) -> set[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"), filename=str(path))
    found: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            found.update(a.name for a in node.names if a.name.startswith("ui."))
        elif isinstance(node, ast.ImportFrom) and node.level == 0 and node.module:
            if node.module == "ui":
                found.update(f"ui.{a.name}" for a in node.names)
            elif node.module.startswith("ui."):
                found.add(node.module)
    return found


def import_graph(folder: Path = UI) -> dict[str, set[str]]:
    modules = {f"ui.{p.stem}": p for p in folder.glob("*.py") if p.stem != "__init__"}
    return {name: _ui_imports(path) & set(modules) for name, path in modules.items()}


def cycles(graph: dict[str, set[str]]) -> list[list[str]]:
    """Every import circle, each reported once from its first module (depth-first)."""
    found: list[list[str]] = []
    state: dict[str, int] = {}  # 1 on the stack, 2 done

    def visit(node: str, stack: list[str]) -> None:
        state[node] = 1
        stack.append(node)
        for nxt in sorted(graph.get(node, ())):
            if state.get(nxt) == 1:
                found.append([*stack[stack.index(nxt):], nxt])
            elif nxt not in state:
                visit(nxt, stack)
        stack.pop()
        state[node] = 2

    for node in sorted(graph):
        if node not in state:
            visit(node, [])
    return found


def test_ui_has_no_import_circles() -> None:
    graph = import_graph()
    assert graph.get("ui.main_window")
    assert cycles(graph) == []


def test_the_circle_check_sees_a_type_checking_import_back(tmp_path: Path) -> None:
    (tmp_path / "window.py").write_text("from ui.part import Part\n", encoding="utf-8")
    (tmp_path / "part.py").write_text(
        "from typing import TYPE_CHECKING\nif TYPE_CHECKING:\n    from ui.window import W\n",
        encoding="utf-8",
    )
    assert cycles(import_graph(tmp_path)) == [["ui.part", "ui.window", "ui.part"]]


def test_the_main_window_has_no_mixins() -> None:
    from PySide6.QtWidgets import QMainWindow

    from ui.main_window import MainWindow

    assert MainWindow.__bases__ == (QMainWindow,)


def test_no_two_commands_share_a_shortcut(qapp) -> None:  # type: ignore[no-untyped-def]
    seen: dict[str, str] = {}
    for spec in ACTIONS:
        for seq in key_sequences(spec):
            key = seq.toString(QKeySequence.SequenceFormat.PortableText)
            assert key not in seen, f"{spec.name} and {seen[key]} both use {key}"
            seen[key] = spec.name


def test_the_menus_and_shortcuts_are_the_table(window) -> None:  # type: ignore[no-untyped-def]
    titles = [a.text() for a in window.menuBar().actions()]
    assert titles == list(MENUS)
    for title, menu in window.menus.items():
        entries = [a for a in menu.actions() if not a.isSeparator()]
        specs = [s for s in ACTIONS if s.menu == title]
        assert [a.text() for a in entries] == [s.text for s in specs]
        for action, spec in zip(entries, specs, strict=True):
            if spec.name == RECENT:
                assert action.menu() is window.recent_menu
                continue
            assert action is window.acts[spec.name]
            assert action.shortcut() == QKeySequence(spec.shortcut or "")
            assert action in window.actions()  # the shortcut works with the menu bar hidden


def test_hints_name_the_shortcuts_the_table_binds(window) -> None:  # type: ignore[no-untyped-def]
    from ui.actions import shortcut_text

    assert shortcut_text("swap") in window.compare_view.swap_button.toolTip()
    assert shortcut_text("open_files") in window.empty_state.files_button.toolTip()
    assert shortcut_text("save_as") == ""  # no shortcut: Ctrl+Shift+S is Swap Sides
