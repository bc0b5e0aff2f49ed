"""The window and the PDF mark the same words for the same match and quote (issue 14).

Both read :mod:`app.present`; this drives the real widgets on the engine's comparison of
the sample story and records what the PDF writer actually draws (every marked text it
lays out passes through ``rich_markup``), then compares the two, run for run.
"""

from __future__ import annotations

from collections.abc import Iterator
from itertools import permutations

import pytest
from pytestqt.qtbot import QtBot
from views_fixture import load_seed_documents

import app
from app.export import pdf as pdf_export
from app.export.report import build_report
from app.model import Comparison, Document
from app.present.runs import Rich, marked_words, plain_text
from ui.compare_view import CompareView
from ui.quotes_view import QuotesView


@pytest.fixture(scope="module")
def comparison() -> Comparison:
    c = app.compare(load_seed_documents())
    assert c.matches and c.quote_groups, "the engine found nothing in the sample story"
    return c


def drawn_by_the_pdf(
    monkeypatch: pytest.MonkeyPatch, comparison: Comparison, scope: tuple[str, str] | None
) -> list[Rich]:
    drawn: list[Rich] = []
    original = pdf_export.rich_markup

    def recording(runs: Rich) -> str:
        drawn.append(runs)
        return original(runs)

    monkeypatch.setattr(pdf_export, "rich_markup", recording)
    pdf = pdf_export.render_pdf(build_report(comparison, scope=scope))
    assert pdf.startswith(b"%PDF")
    return drawn


def shown_pairs(
    view: CompareView, comparison: Comparison, monkeypatch: pytest.MonkeyPatch
) -> Iterator[tuple[Document, Document, list[Rich]]]:
    """Every ordered pair of articles, shown in ``view``, with what the PDF draws of it."""
    for a, b in permutations(comparison.documents, 2):
        view.set_pair(a.id, b.id)
        yield a, b, drawn_by_the_pdf(monkeypatch, comparison, (a.id, b.id))


def test_every_match_is_marked_alike_in_the_window_and_the_pdf(
    qtbot: QtBot, comparison: Comparison, monkeypatch: pytest.MonkeyPatch
) -> None:
    view = CompareView()
    qtbot.addWidget(view)
    view.resize(1200, 800)
    view.show()
    view.set_comparison(comparison)
    checked = 0
    for a, b, drawn in shown_pairs(view, comparison, monkeypatch):
        for _ in view.matches():
            view.next_match()  # F7, as a reader walks the pair
            shown = view.details.runs
            assert shown["a"] in drawn and shown["b"] in drawn, (
                f"{a.outlet} ↔ {b.outlet}: the window marks "
                f"{marked_words(shown['a'])} / {marked_words(shown['b'])}, the PDF differs"
            )
            checked += 1
    assert checked >= 2 * len(comparison.matches)


def test_rumours_and_rumors_are_the_same_word_in_both(
    qtbot: QtBot, comparison: Comparison, monkeypatch: pytest.MonkeyPatch
) -> None:
    view = CompareView()
    qtbot.addWidget(view)
    view.set_comparison(comparison)
    found = 0
    for _a, _b, drawn in shown_pairs(view, comparison, monkeypatch):
        pair = view.presentation()
        assert pair is not None
        for m in pair.matches:
            left, right = plain_text(m.left).lower(), plain_text(m.right).lower()
            if "rumours" in left + right and "rumors" in left + right:
                found += 1
                assert m.left in drawn and m.right in drawn
                for runs in (m.left, m.right):
                    marked = " ".join(w for w, _ in marked_words(runs)).lower()
                    assert "rumo" not in marked, marked
    assert found, "the sample story's rumours/rumors sentences are no longer matched"


def test_every_quote_wording_is_marked_alike_in_the_window_and_the_pdf(
    qtbot: QtBot, comparison: Comparison, monkeypatch: pytest.MonkeyPatch
) -> None:
    view = QuotesView()
    qtbot.addWidget(view)
    view.resize(1000, 600)
    view.show()
    view.set_comparison(comparison)
    drawn = drawn_by_the_pdf(monkeypatch, comparison, None)
    shared = 0
    for r, row in enumerate(view.visible_rows()):
        view.tree.setCurrentIndex(view.proxy.index(r, 0))
        if row.outlets < 2:
            continue  # the report lists quotes shared across outlets
        shared += 1
        for wording in view.wordings:
            assert wording.wording in drawn, (
                f"{wording.label}: the window marks {marked_words(wording.wording)}"
            )
    assert shared >= 2
