"""QuotesView on the sample story."""

from __future__ import annotations

from dataclasses import replace

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot
from views_fixture import load_seed_documents, sample_comparison

import app
from app.model import Comparison
from ui.quotes_view import QuotesView


@pytest.fixture
def view(qtbot: QtBot) -> QuotesView:
    v = QuotesView()
    qtbot.addWidget(v)
    v.resize(1000, 600)
    v.show()
    qtbot.waitExposed(v)
    return v


def test_groups_are_listed_most_carried_first(view: QuotesView) -> None:
    c = sample_comparison()
    view.set_comparison(c)
    rows = view.visible_rows()
    assert [r.group_id for r in rows][:3] == ["g-target", "g-destroy", "g-here"]
    assert [r.outlets for r in rows] == [3, 2, 2, 1, 1, 1]  # + the ungrouped Klitschko quote
    target = rows[0]
    assert target.speaker == "Volodymyr Zelensky"
    assert target.flags == ("reworded", "trimmed")
    texts = [view.proxy.index(0, col).data() for col in range(4)]
    assert texts[0].startswith("“According to our information")
    assert texts[1:] == ["Volodymyr Zelensky", "3", "reworded, trimmed"]
    assert view.proxy.index(5, 2).data() == "1 · exclusive"
    # The flags say what they mean when pointed at; a row without flags has no tip.
    tip = Qt.ItemDataRole.ToolTipRole
    assert view.proxy.index(0, 3).data(tip) == (
        "reworded: the outlets word it differently\n"
        "trimmed: an outlet quotes only part of what another quotes"
    )
    assert view.proxy.index(0, 0).data(tip).startswith("According to our information")
    assert view.proxy.index(5, 3).data(tip) is None


def test_filters(view: QuotesView, qtbot: QtBot) -> None:
    view.set_comparison(sample_comparison())
    view.hide_single.setChecked(True)
    assert [r.outlets for r in view.visible_rows()] == [3, 2, 2]
    view.hide_single.setChecked(False)
    qtbot.keyClicks(view.search, "klitschko")
    assert [r.group_id for r in view.visible_rows()] == [None]
    view.search.clear()
    qtbot.keyClicks(view.search, "GLORY")
    assert [r.group_id for r in view.visible_rows()] == ["g-glory"]


def test_selecting_a_group_shows_every_wording_with_differences(view: QuotesView) -> None:
    c = sample_comparison()
    view.set_comparison(c)
    view.tree.setCurrentIndex(view.proxy.index(0, 0))
    quotes = [w.quote.id for w in view.wordings]
    assert quotes == ["q0-target", "q1-target", "q2-target"]
    first, second, third = (w.wording for w in view.wordings)
    assert [(r.text, r.mark) for r in first] == [(c.quotes[0].span.slice(c.documents[0].text), "")]
    changed = [r.text for r in second if r.mark]
    assert "Acording" in changed and "we have" in " ".join(changed)
    assert "".join(r.text for r in third) == "number one target"
    text = view.details.toPlainText()
    assert text.count("Volodymyr Zelensky") >= 3
    assert "Fox News" in text and "The Independent" in text and "told" in text


def test_double_click_emits_the_quote(view: QuotesView, qtbot: QtBot) -> None:
    view.set_comparison(sample_comparison())
    index = view.proxy.index(1, 0)
    rect = view.tree.visualRect(index)
    qtbot.mouseClick(view.tree.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    with qtbot.waitSignal(view.quoteActivated) as blocker:
        qtbot.mouseDClick(view.tree.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert blocker.args == ["q0-destroy"]


def test_real_engine_quotes_are_listed(view: QuotesView) -> None:
    c = app.compare(load_seed_documents())
    view.set_comparison(c)
    # The seeds quote Zelensky in every article: finding none is a regression.
    assert c.quotes and c.quote_groups, "the engine found no quotes in the sample story"
    assert view.rows[0].outlets >= 2  # the most carried quote leads the list
    listed = {q.id for r in view.rows for q in r.quotes}
    assert listed == {q.id for q in c.quotes}
    # A scare quote on its own says so in the Flags column; a quote does not.
    cells = {
        view.proxy.index(r, 0).data(): view.proxy.index(r, 3).data()
        for r in range(view.proxy.rowCount())
    }
    assert cells["“safe”"] == "fragment"
    assert "fragment" not in cells["“Glory to our defenders, glory to Ukraine, glory to heroes.”"]
    # A passage of two sentences, only the first shared: each of its rows shows its own.
    assert any(t.startswith("“They want to destroy Ukraine") for t in cells)
    assert any(t.startswith("“We have information that enemy sabotage") for t in cells)
    # "Hide fragments" hides rows whose every wording is a fragment, and only those.
    view.hide_fragments.setChecked(True)
    shown = view.visible_rows()
    assert shown and all(not all(q.fragment for q in r.quotes) for r in shown)
    hidden = len(view.rows) - len(shown)
    assert hidden == sum(all(q.fragment for q in r.quotes) for r in view.rows) > 0
    view.hide_fragments.setChecked(False)
    assert len(view.visible_rows()) == len(view.rows)


@pytest.mark.parametrize(
    "comparison",
    [None, replace(sample_comparison(), documents=load_seed_documents()[:1])],
    ids=["none", "one article"],
)
def test_empty_state(view: QuotesView, comparison: Comparison | None) -> None:
    view.set_comparison(comparison)
    assert view.stack.currentWidget() is view.placeholder


def test_clicking_a_header_sorts_and_the_default_order_returns(view: QuotesView) -> None:
    view.set_comparison(sample_comparison())
    default = [r.group_id for r in view.visible_rows()]
    assert view.tree.header().sortIndicatorSection() == 2
    view.tree.sortByColumn(1, Qt.SortOrder.AscendingOrder)
    speakers = [r.speaker.lower() for r in view.visible_rows()]
    assert speakers == sorted(speakers)
    view.tree.sortByColumn(2, Qt.SortOrder.DescendingOrder)
    assert [r.group_id for r in view.visible_rows()] == default


def test_an_inferred_speaker_is_marked_and_explained(view: QuotesView, qtbot: QtBot) -> None:
    """The seeds' “safe” (the reporter's question to Psaki) names no one at the quote:
    its speaker is the engine's inference, and the list and the details say so."""
    view.set_comparison(app.compare(load_seed_documents()))
    qtbot.keyClicks(view.search, "inferred")  # the mark is in the name: the filter finds it
    rows = view.visible_rows()
    assert [r.heading for r in rows] == ["safe"]
    assert view.proxy.index(0, 1).data() == "Volodymyr Zelensky (inferred)"
    tip = view.proxy.index(0, 1).data(Qt.ItemDataRole.ToolTipRole)
    assert tip.startswith("Volodymyr Zelensky (inferred)\n") and "check it" in tip
    assert view.proxy.index(0, 1).data(Qt.ItemDataRole.FontRole).italic()
    view.tree.setCurrentIndex(view.proxy.index(0, 0))
    text = view.details.toPlainText()
    assert "Volodymyr Zelensky (inferred)" in text
    assert "words at this quote do not say who said it" in text
    # A quote the article attributes in its own words carries neither the mark nor the note.
    view.search.clear()
    qtbot.keyClicks(view.search, "close touch")
    view.tree.setCurrentIndex(view.proxy.index(0, 0))
    assert view.proxy.index(0, 1).data() == "Jen Psaki"
    assert view.proxy.index(0, 1).data(Qt.ItemDataRole.ToolTipRole) == "Jen Psaki"
    assert view.proxy.index(0, 1).data(Qt.ItemDataRole.FontRole) is None
    assert "(inferred)" not in view.details.toPlainText()
