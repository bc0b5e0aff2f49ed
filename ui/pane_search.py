"""Ctrl+F in the side-by-side view: find text in both panes and step through the hits.

Kept apart from :mod:`ui.compare_view`, which only wires it to the find bar: the search
runs on the panes' own text documents (Qt's ``QTextDocument.find``, so it matches what is
drawn, case-insensitively), and hits are kept as code-point spans like every other
highlight.
"""

from __future__ import annotations

import html
from collections.abc import Callable

from PySide6.QtGui import QFont, QTextCharFormat, QTextDocument

from app.model import Span
from ui.find_bar import FindBar
from ui.palette import YELLOW, Colours, blend
from ui.text_pane import ROLE, TextPane

#: Hits listed per pane at most: enough to read, bounded for a one-letter search.
FIND_LIMIT = 5000


class PaneSearch:
    """Hits of one search in two panes, and which one is current."""

    def __init__(
        self,
        panes: tuple[TextPane, TextPane],
        bar: FindBar,
        palette: Callable[[], Colours],
        labels: Callable[[], tuple[str, str]],
    ) -> None:
        self.panes = panes
        self.bar = bar
        self._palette = palette
        self._labels = labels
        self.hits: list[tuple[TextPane, Span]] = []
        self.at: int | None = None

    def search(self, text: str) -> None:
        hits: list[tuple[TextPane, Span]] = []
        counts = []
        for pane in self.panes:
            found = 0
            if text:
                doc = pane.document()
                cursor = doc.find(text, 0)
                while not cursor.isNull() and found < FIND_LIMIT:
                    span = pane.offsets.span_from_utf16(
                        cursor.selectionStart(), cursor.selectionEnd()
                    )
                    hits.append((pane, span))
                    found += 1
                    cursor = doc.find(text, cursor, QTextDocument.FindFlag(0))
            counts.append(found)
        self.hits = hits
        self.at = None
        fmt = QTextCharFormat()
        fmt.setBackground(blend(self._palette().base, YELLOW, 0.6))
        fmt.setProperty(ROLE, "find")
        for pane in self.panes:
            pane.set_extra("find", [s for p, s in hits if p is pane], fmt)
            pane.set_extra("findcurrent", [], fmt)
        if not text:
            self.bar.set_status("")
        elif not hits:
            self.bar.set_status("not found")
        else:
            left, right = self._labels()
            self.bar.set_status(
                f"{counts[0]} in {html.escape(left)} · {counts[1]} in {html.escape(right)}"
            )

    def step(self, step: int) -> None:
        """Make the next (``step`` > 0) or previous hit current, wrapping, and show it."""
        if not self.hits:
            return
        n = len(self.hits)
        self.at = (0 if step > 0 else n - 1) if self.at is None else (self.at + step) % n
        pane, span = self.hits[self.at]
        fmt = QTextCharFormat()
        fmt.setBackground(self._palette().kind_strong["edited"])
        fmt.setFontWeight(QFont.Weight.Bold)
        for p in self.panes:
            p.set_extra("findcurrent", [span] if p is pane else [], fmt)
        pane.scroll_to_center(span.start)  # the other pane follows through the alignment

    def current(self) -> tuple[TextPane, Span] | None:
        return None if self.at is None else self.hits[self.at]

    def clear(self) -> None:
        self.hits = []
        self.at = None
        fmt = QTextCharFormat()
        for pane in self.panes:
            pane.set_extra("find", [], fmt)
            pane.set_extra("findcurrent", [], fmt)
