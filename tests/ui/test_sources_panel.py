"""The Sources panel reports the user's edits; it changes nothing itself."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt

import app
from app.model import Problem
from app.project import Project
from ui.sources_panel import SourcesPanel


@pytest.fixture
def panel(qtbot, seed_paths: list[Path]):  # type: ignore[no-untyped-def]
    p = SourcesPanel()
    qtbot.addWidget(p)
    docs = [app.load(s) for s in seed_paths]
    project = Project().with_added(docs, [Problem("/x/broken.pdf", "This PDF has no text.")])
    p.set_project(project.with_included(docs[2].id, False).renamed(docs[0].id, "Fox News"))
    return p, docs


def test_rows_show_outlet_title_date_words_and_problems(panel) -> None:  # type: ignore[no-untyped-def]
    p, docs = panel
    first = p.item_for_document(docs[0].id)
    assert first.text(0) == "Fox News"
    assert first.text(1) == (docs[0].title or Path(docs[0].path).name)

    assert first.text(3) == f"{docs[0].word_count:,}"
    assert first.checkState(0) == Qt.CheckState.Checked
    assert p.item_for_document(docs[2].id).checkState(0) == Qt.CheckState.Unchecked
    (problem,) = p.problem_items()
    assert problem.text(0) == "broken.pdf — This PDF has no text."
    assert problem.isFirstColumnSpanned()
    assert not problem.flags() & Qt.ItemFlag.ItemIsUserCheckable
    assert p.summary.text() == "2 of 3 compared · 1 not loaded"


def test_tick_and_rename_are_reported(qtbot, panel) -> None:  # type: ignore[no-untyped-def]
    p, docs = panel
    with qtbot.waitSignal(p.inclusionChanged, timeout=2000) as ticked:
        p.item_for_document(docs[2].id).setCheckState(0, Qt.CheckState.Checked)
    assert ticked.args == [docs[2].id, True]
    with qtbot.waitSignal(p.outletRenamed, timeout=2000) as renamed:
        p.item_for_document(docs[1].id).setText(0, "  The Post ")
    assert renamed.args == [docs[1].id, "The Post"]


def test_delete_key_removes_the_selection(qtbot, panel) -> None:  # type: ignore[no-untyped-def]
    p, docs = panel
    p.show()
    with qtbot.waitActive(p):
        p.activateWindow()
    p.item_for_document(docs[1].id).setSelected(True)
    p.problem_items()[0].setSelected(True)
    p.tree.setFocus()
    with qtbot.waitSignal(p.removeRequested, timeout=2000) as removed:
        qtbot.keyClick(p.tree, Qt.Key.Key_Delete)
    assert removed.args == [[docs[1].id], ["/x/broken.pdf"]]


def test_a_text_file_without_a_title_shows_its_headline(qtbot, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    saved = tmp_path / "01_www.theguardian.com.txt"
    saved.write_text(
        "https://www.theguardian.com/world/2023/jan/19/jacinda-ardern-resigns\n\n"
        "Jacinda Ardern resigns as prime minister of New Zealand\n\n"
        "New Zealand prime minister Jacinda Ardern has announced her resignation.\n",
        encoding="utf-8",
    )
    doc = app.load(saved)
    p = SourcesPanel()
    qtbot.addWidget(p)
    p.set_project(Project().with_added([doc], []))
    item = p.item_for_document(doc.id)
    assert item.text(1) == "Jacinda Ardern resigns as prime minister of New Zealand"


def test_a_long_outlet_name_leaves_the_headline_room(qtbot, seed_paths: list[Path]) -> None:  # type: ignore[no-untyped-def]
    """Ten outlets with dated pages in a 380-pixel panel: the outlet column takes at most
    its share, so the headlines stay readable beside the dates."""
    p = SourcesPanel()
    qtbot.addWidget(p)
    p.resize(380, 400)
    p.show()
    docs = [app.load(s) for s in seed_paths]
    project = Project().with_added(docs, []).renamed(docs[0].id, "theisleofthanetnews.com")
    p.set_project(project)
    width = p.tree.viewport().width()
    assert p.tree.columnWidth(0) <= max(110, int(width * 0.38))
    assert p.tree.columnWidth(1) >= 60
