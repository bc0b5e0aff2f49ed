"""OverviewView on the sample story: coverage grid and similarity heat map."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot
from views_fixture import sample_comparison

from app.present.coverage import coverage_rows
from ui.heat_map import VALUE, WIRE
from ui.overview_view import OverviewView


@pytest.fixture
def view(qtbot: QtBot) -> OverviewView:
    v = OverviewView()
    qtbot.addWidget(v)
    v.resize(1000, 700)
    v.show()
    qtbot.waitExposed(v)
    return v


def test_coverage_grid(view: OverviewView) -> None:
    c = sample_comparison()
    view.set_comparison(c)
    model = view.grid.coverage
    assert model.columnCount() == 2 + 3
    assert [model.headerData(i, Qt.Orientation.Horizontal) for i in range(2, 5)] == [
        "Fox News",
        "Washington Post",
        "The Independent",
    ]
    counts = [r.outlets for r in model.rows]
    assert counts == sorted(counts, reverse=True)
    unique = sum(len(spans) for spans in c.unique.values())
    # The rows are the presentation's (tests/app/present/test_coverage.py decides them).
    assert model.rows == coverage_rows(c)
    # Shared rows first, then the exclusives; unique sentences are exclusive rows.
    exclusive = [r.exclusive for r in model.rows]
    assert exclusive == sorted(exclusive)
    sentences = [r for r in model.rows if r.kind == "sentence"]
    assert len(sentences) == unique and all(r.exclusive for r in sentences)
    doc = c.documents[0]
    span = c.unique[doc.id][0]
    first = next(r for r in sentences if r.record_id == f"unique:{doc.id}:{span.start}-{span.end}")
    assert first.wordings == {doc.id: " ".join(span.slice(doc.text).split())}
    # The Klitschko fact is carried by The Independent only: an exclusive.
    row = next(i for i, r in enumerate(model.rows) if "Klitschko" in str(r.wordings))
    assert model.index(row, 1).data() == "1 · exclusive"
    cells = [model.index(row, col).data() for col in range(2, 5)]
    assert cells == ["", "", "●"]
    tip = model.index(row, 4).data(Qt.ItemDataRole.ToolTipRole)
    assert tip.startswith("The Independent: Kyiv’s mayor Vitali Klitschko")
    # The "target No. 1" quote group: all three outlets.
    row = next(i for i, r in enumerate(model.rows) if r.record_id == "g-target")
    assert [model.index(row, col).data() for col in range(2, 5)] == ["●", "●", "●"]
    assert "number one target" in model.index(row, 4).data(Qt.ItemDataRole.ToolTipRole)


def test_heat_map(view: OverviewView, qtbot: QtBot) -> None:
    c = sample_comparison()
    view.set_comparison(c)
    model = view.heat_map.similarity
    ids = [d.id for d in c.documents]
    for r in range(3):
        for col in range(3):
            index = model.index(r, col)
            if r == col:
                assert index.data() == "—"
                continue
            assert index.data(VALUE) == pytest.approx(c.similarity[(ids[r], ids[col])])
            wire = {frozenset((w.a, w.b)) for w in c.wire_runs}
            assert bool(index.data(WIRE)) == (frozenset((ids[r], ids[col])) in wire)
    assert model.index(0, 1).data().endswith("W")
    rect = view.heat_map.visualRect(model.index(2, 1))
    qtbot.mouseClick(view.heat_map.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    with qtbot.waitSignal(view.pairActivated) as blocker:
        qtbot.mouseDClick(view.heat_map.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert blocker.args == [ids[2], ids[1]]


def test_double_click_on_the_diagonal_does_nothing(view: OverviewView, qtbot: QtBot) -> None:
    view.set_comparison(sample_comparison())
    rect = view.heat_map.visualRect(view.heat_map.similarity.index(1, 1))
    qtbot.mouseClick(view.heat_map.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    with qtbot.assertNotEmitted(view.pairActivated):
        qtbot.mouseDClick(view.heat_map.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())


def test_empty_state(view: OverviewView) -> None:
    view.set_comparison(None)
    assert view.stack.currentWidget() is view.placeholder
    assert view.heat_map.similarity.rowCount() == 0


def test_show_exclusives_filter(view: OverviewView) -> None:
    c = sample_comparison()
    view.set_comparison(c)
    model = view.grid.coverage
    assert view.show_exclusives.isChecked()
    total = model.rowCount()
    shared = [r for r in model.rows if not r.exclusive]
    assert 0 < len(shared) < total
    view.show_exclusives.setChecked(False)
    assert model.rowCount() == len(shared)
    assert all(model.index(i, 1).data() != "1 · exclusive" for i in range(model.rowCount()))
    view.show_exclusives.setChecked(True)
    assert model.rowCount() == total


def test_rows_reach_the_view_in_batches(
    view: OverviewView, monkeypatch: pytest.MonkeyPatch
) -> None:
    import ui.coverage_grid

    monkeypatch.setattr(ui.coverage_grid, "BATCH", 10)
    c = sample_comparison()
    view.set_comparison(c)
    model = view.grid.coverage
    assert len(model.rows) > 20
    assert model.rowCount() == 10 and model.canFetchMore()
    model.fetchMore()
    assert model.rowCount() == 20
    model.fetch_all()
    assert model.rowCount() == len(model.rows) and not model.canFetchMore()
    last = model.rowCount() - 1
    assert model.index(last, 1).data() == "1 · exclusive"


def test_narrow_outlet_headers_keep_both_ends_of_the_name(view: OverviewView) -> None:
    """A header clipping its centred text shows neither end of "dailymessenger.net"
    ("ilymessenger.n"); elided in the middle it reads "dailym…nger.net"."""
    view.set_comparison(sample_comparison())
    for header in (
        view.grid.horizontalHeader(),
        view.heat_map.horizontalHeader(),
        view.heat_map.verticalHeader(),
    ):
        assert header.textElideMode() == Qt.TextElideMode.ElideMiddle


def test_ten_outlets_fit_beside_the_facts_with_their_names_on_end(
    view: OverviewView, qtbot: QtBot
) -> None:
    """A ten-outlet story: every outlet column is one line of text wide and named in full
    upwards, so all ten fit beside a readable facts column, without scrolling."""
    from PySide6.QtGui import QFontMetricsF

    from app.ingest.build import make_document
    from app.model import Comparison
    from ui.coverage_grid import FACTS_MIN
    from ui.outlet_header import MAX_NAME, PADDING

    base = sample_comparison().documents[0].text
    names = [f"news-{k}.example.com" for k in range(9)] + ["a-very-long-outlet-name.example.com"]
    docs = tuple(
        make_document(f"{base}\n\nEdition {k}.", path=f"/tmp/{name}.txt")
        for k, name in enumerate(names)
    )
    view.set_comparison(Comparison(documents=docs, threshold=0.56))
    qtbot.wait(1)
    grid = view.grid
    header = grid.outlet_header
    assert header.rotated_from == 2
    widths = [header.sectionSize(c) for c in range(header.count())]
    assert all(w <= header.column_width() + 16 for w in widths[2:])
    assert widths[0] >= FACTS_MIN and sum(widths) <= grid.viewport().width()
    # The header is tall enough for a name up to MAX_NAME, to the fraction of a pixel.
    room = header.sizeHint().height() - 2 * PADDING
    metrics = QFontMetricsF(header.font())
    assert room >= min(max(metrics.horizontalAdvance(n) for n in names), MAX_NAME)
    assert all(metrics.horizontalAdvance(n) <= room for n in names[:9])
    # A few outlets are named across, as before.
    view.set_comparison(sample_comparison())
    assert header.rotated_from is None


def test_an_outlet_carrying_a_fact_only_in_related_wording_is_marked_apart(
    view: OverviewView,
) -> None:
    """The unseen Baltimore bridge story: two outlets state the search's resumption in
    like words, a third's opening sentence joins them only by a related link."""
    from app.ingest.build import make_document
    from app.model import Cluster, ClusterMember, Comparison, Match, Span

    texts = [
        "Authorities resumed the search Wednesday for six construction workers missing "
        "after a cargo ship hit the Francis Scott Key Bridge.",
        "Divers resumed searching Wednesday for six workers who were on the Francis Scott "
        "Key bridge when it collapsed.",
        "President Joe Biden on Tuesday vowed that the federal government would provide all "
        "the resources Baltimore needed to rebuild the Francis Scott Key Bridge.",
    ]
    docs = tuple(make_document(t, path=f"{n}.txt") for n, t in zip("abc", texts, strict=True))
    whole = [(Span(0, len(d.text)),) for d in docs]
    a, b, c = (d.id for d in docs)
    comparison = Comparison(
        documents=docs,
        threshold=0.5,
        matches=(
            Match(a, b, whole[0], whole[1], 0.7, "paraphrase"),
            Match(a, c, whole[0], whole[2], 0.6, "related"),
            Match(b, c, whole[1], whole[2], 0.55, "related"),
        ),
        clusters=(Cluster("c0", tuple(ClusterMember(d.id, 0, len(d.text)) for d in docs)),),
    )
    view.set_comparison(comparison)
    model = view.grid.coverage
    row = next(i for i, r in enumerate(model.rows) if r.kind == "fact")
    assert [model.index(row, col).data() for col in range(2, 5)] == ["●", "●", "○"]
    assert model.index(row, 1).data() == "2 + 1"
    assert "related wording only" in model.index(row, 4).data(Qt.ItemDataRole.ToolTipRole)
    assert model.index(row, 4).data(Qt.ItemDataRole.AccessibleTextRole) == "carried loosely"
    firm, loose = (model.index(row, col).data(Qt.ItemDataRole.BackgroundRole) for col in (2, 4))
    assert firm != loose  # the loose cell is drawn quieter
