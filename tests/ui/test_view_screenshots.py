"""Screenshots of the three content views, light and dark, for a human to look at.

Written to ``$PARALLAX_SHOTS`` (default /tmp/shots). Each test also checks that what it
grabbed shows the state it claims (not an empty state, the palette it asked for).
"""

from __future__ import annotations

import os
from array import array
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from palettes import dark_palette
from PySide6.QtGui import QColor, QImage, QPalette
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot
from views_fixture import load_seed_documents, sample_comparison

import app
from app.model import Comparison
from ui.compare_view import CompareView
from ui.overview_view import OverviewView
from ui.palette import colours
from ui.quotes_view import QuotesView

SHOTS = Path(os.environ.get("PARALLAX_SHOTS", "/tmp/shots"))




@pytest.fixture(params=["light", "dark"])
def theme(request: pytest.FixtureRequest, qapp: QApplication) -> Iterator[str]:
    original = QApplication.palette()
    if request.param == "dark":
        QApplication.setPalette(dark_palette())
    yield request.param
    QApplication.setPalette(original)


def engine() -> Comparison:
    return app.compare(load_seed_documents())


@pytest.fixture(params=[sample_comparison, engine], ids=["hand-made", "engine"])
def source(request: pytest.FixtureRequest) -> tuple[str, Comparison]:
    make: Callable[[], Comparison] = request.param
    return request.param.__name__, make()


def shown(qtbot: QtBot, widget: QWidget) -> None:
    qtbot.addWidget(widget)
    widget.resize(1400, 860)
    widget.show()
    qtbot.waitExposed(widget)


def shoot(qtbot: QtBot, widget: QWidget, name: str, theme: str) -> None:
    if not widget.isVisible():
        shown(qtbot, widget)
    qtbot.wait(20)
    SHOTS.mkdir(parents=True, exist_ok=True)
    image = widget.grab().toImage()
    assert image.save(str(SHOTS / f"{name}_{theme}.png"))
    base = widget.palette().color(QPalette.ColorRole.Base).lightness()
    assert (base < 128) == (theme == "dark")


def pixels(widget: QWidget, colour: QColor) -> int:
    """How many pixels of ``widget`` as drawn are exactly ``colour``."""
    image = widget.grab().toImage().convertToFormat(QImage.Format.Format_RGB32)
    words = array("I", bytes(image.constBits()))
    return words.count(colour.rgb() & 0xFFFFFFFF)


def test_compare_view(qtbot: QtBot, theme: str, source: tuple[str, Comparison]) -> None:
    name, c = source
    view = CompareView()
    shown(qtbot, view)
    view.set_comparison(c)
    view.set_pair(c.documents[0].id, c.documents[1].id)
    view.next_match()
    view.next_match()
    assert view.matches() and view.current_match() is not None
    shoot(qtbot, view, f"compare_{name}", theme)
    # What is drawn: the kinds of the matches on screen are painted in their colours.
    qtbot.wait(20)
    pal = colours(view.palette())
    lo, hi = view.left.visible_code_points()
    on_screen = {m.kind for m in view.matches() if any(lo <= s.start <= hi for s in m.a_spans)}
    assert on_screen
    painted = {k for k in on_screen if pixels(view.left, pal.kind_background[k]) > 50}
    assert painted, f"no match highlight drawn for {on_screen}"
    selected = view.matches()[view.current_match()]
    assert view.details.runs["a"] and view.details.kind == selected.kind


def test_compare_view_find_and_unique(qtbot: QtBot, theme: str) -> None:
    c = sample_comparison()
    view = CompareView()
    shown(qtbot, view)
    view.set_comparison(c)
    view.set_pair(c.documents[1].id, c.documents[2].id)
    view.next_difference()
    view.find()
    view.find_bar.edit.setText("Zelensky")
    view.find_bar.findNext.emit()
    shoot(qtbot, view, "compare_find", theme)


def test_quotes_view(qtbot: QtBot, theme: str, source: tuple[str, Comparison]) -> None:
    name, c = source
    view = QuotesView()
    view.set_comparison(c)
    assert view.proxy.rowCount() > 0, "no quote listed"
    view.tree.setCurrentIndex(view.proxy.index(0, 0))
    shoot(qtbot, view, f"quotes_{name}", theme)
    # What is drawn: the most carried group leads, every outlet's wording in the details,
    # and its marked words painted in the marks' colours.
    row = view.visible_rows()[0]
    assert row.outlets >= 2 and len(view.wordings) == len(row.quotes)
    details = view.details.toPlainText()
    assert all(w.label in details for w in view.wordings)
    marks = {r.mark for w in view.wordings for r in w.wording if r.mark}
    pal = colours(view.palette())
    if marks & {"ins"}:
        assert pixels(view.details, pal.inserted) > 20
    if marks & {"chg-ins"}:
        assert pixels(view.details, pal.changed) > 20


def test_overview_view(qtbot: QtBot, theme: str, source: tuple[str, Comparison]) -> None:
    name, c = source
    view = OverviewView()
    view.set_comparison(c)
    assert view.stack.currentIndex() == 1
    shoot(qtbot, view, f"overview_{name}", theme)


def test_empty_states(qtbot: QtBot, theme: str) -> None:
    for cls in (CompareView, QuotesView, OverviewView):
        view = cls()
        view.set_comparison(None)
        shoot(qtbot, view, f"empty_{cls.__name__}", theme)


@pytest.mark.parametrize("show", [True, False], ids=["boilerplate-shown", "boilerplate-hidden"])
def test_compare_view_boilerplate(qtbot: QtBot, theme: str, show: bool) -> None:
    c = sample_comparison()
    view = CompareView()
    shown(qtbot, view)
    view.set_comparison(c)
    view.set_pair(c.documents[1].id, c.documents[2].id)
    view.set_options(ignore_punctuation=True, show_boilerplate=show)
    assert bool(view.right.hidden_blocks()) is not show
    shoot(qtbot, view, f"compare_{'with' if show else 'without'}_boilerplate", theme)
