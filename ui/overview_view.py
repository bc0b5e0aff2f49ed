"""The story at a glance: who reported what, and which articles share their reporting."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QHBoxLayout,
    QLabel,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from app.model import Comparison
from ui.coverage_grid import CoverageGrid
from ui.heat_map import HeatMap
from ui.view_placeholder import muted, stack_with_placeholder

EMPTY = "Open two or more articles to see who reported what."
TOO_FEW = "Add at least one more article: the overview compares outlets with each other."


def _section(
    title: str, note: str, body: QWidget, parent: QWidget, extra: QWidget | None = None
) -> QWidget:
    box = QWidget(parent)
    column = QVBoxLayout(box)
    column.setContentsMargins(0, 0, 0, 0)
    heading = QLabel(f"<b>{title}</b>", box)
    explanation = QLabel(f"<span style='color:{muted(box.palette())}'>{note}</span>", box)
    explanation.setWordWrap(True)
    top = QHBoxLayout()
    top.addWidget(heading, 1)
    if extra is not None:
        top.addWidget(extra)
    column.addLayout(top)
    column.addWidget(explanation)
    column.addWidget(body, 1)
    return box


class OverviewView(QWidget):
    pairActivated = Signal(str, str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("overviewView")
        self.grid = CoverageGrid(self)
        self.show_exclusives = QCheckBox("Show exclusives", self)
        self.show_exclusives.setChecked(True)
        self.show_exclusives.setToolTip(
            "List the facts, quotes and sentences that only one outlet carries"
        )
        self.show_exclusives.toggled.connect(self.grid.coverage.set_show_exclusives)
        self.heat_map = HeatMap(self)
        self.heat_map.pairActivated.connect(self.pairActivated)
        splitter = QSplitter(Qt.Orientation.Vertical, self)
        splitter.setObjectName("overviewSplitter")
        splitter.addWidget(
            _section(
                "Who reported what",
                "Facts and quotes, most widely carried first; ● = this outlet carries it "
                "(hover for its wording); ○ = only in related wording, the same fact stated "
                "differently or partly (counted after the +). A fact the outlets tell in "
                "someone's words is listed once, as that quote. “exclusive” rows, listed "
                "last, appear in one outlet only: its unmatched sentences and single-outlet "
                "quotes.",
                self.grid,
                splitter,
                self.show_exclusives,
            )
        )
        splitter.addWidget(
            _section(
                "How much reporting the articles share",
                "Each cell: the share of the row article's reporting that the column article "
                "also carries. W and a hatched border: long word-for-word runs, likely common "
                "wire copy. A run counts wherever it falls, the share only whole sentences "
                "matched, so a W can sit beside a small share (even 0 %). Double-click a cell "
                "to compare the pair side by side.",
                self.heat_map,
                splitter,
            )
        )
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        self.placeholder, self.stack = stack_with_placeholder(self, splitter, EMPTY, margin=4)
        self._too_few = TOO_FEW

    def set_alone(self, message: str | None) -> None:
        """What to say when the comparison holds one article: ``message`` when others
        are open but in other stories (the window knows), else "add another"."""
        self._too_few = message or TOO_FEW

    def set_comparison(self, comparison: Comparison | None) -> None:
        n = len(comparison.documents) if comparison is not None else 0
        if n < 2:
            self.placeholder.set_message(EMPTY if n == 0 else self._too_few)
            self.stack.setCurrentWidget(self.placeholder)
            self.grid.set_comparison(None)
            self.heat_map.set_comparison(None)
            return
        self.grid.set_comparison(comparison)
        self.heat_map.set_comparison(comparison)
        self.stack.setCurrentIndex(1)
