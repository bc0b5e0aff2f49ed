"""Side by side: two articles, their matched sentences, and the bands between them.

Everything shown is an engine record: matches (oriented to the left article with
``Comparison.matches_between``), unique sentences, quotes and boilerplate. The view only
decides where things go on screen. Highlights are built once per pair (and again only
when the palette or the boilerplate toggle changes), never per paint.
"""

from __future__ import annotations

import html
from bisect import bisect_right
from collections.abc import Callable, Sequence

from PySide6.QtCore import QEvent, Qt, QTimer, Signal
from PySide6.QtGui import QColor, QFont, QShowEvent, QTextCharFormat, QTextDocument
from PySide6.QtWidgets import (
    QComboBox,
    QGridLayout,
    QLabel,
    QSplitter,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from app.model import Comparison, Document, Match, Span
from ui.details_panel import DetailsPanel
from ui.find_bar import FindBar
from ui.link_map import LinkMap
from ui.palette import KIND_LABELS, MARKS, YELLOW, blend, colours
from ui.scroll_sync import AlignmentMap, Link
from ui.text_pane import INDEX, ROLE, TextPane
from ui.view_placeholder import stack_with_placeholder

EMPTY = "Open two or more articles to compare them side by side."
TOO_FEW = "Add at least one more article to compare it side by side."
FIND_LIMIT = 5000

# Navigation keys: (position in the left article, tie-break rank, payload).
NavKey = tuple[int, int, int]


class _SideIndex:
    """Spans of one side, found by position with a bisection (click -> match)."""

    def __init__(self, entries: Sequence[tuple[int, int, int]]) -> None:
        self._entries = sorted(entries)
        self._starts = [e[0] for e in self._entries]
        self._longest = max((e[1] - e[0] for e in self._entries), default=0)

    def at(self, cp: int) -> int | None:
        i = bisect_right(self._starts, cp) - 1
        while i >= 0 and self._starts[i] >= cp - self._longest:
            start, end, payload = self._entries[i]
            if start <= cp < end:
                return payload
            i -= 1
        return None


class CompareView(QWidget):
    """Two articles side by side. ``countsChanged(matched, unique)`` for the current pair:
    the number of matches between the two articles, and the number of sentences of either
    that no other article carries (the engine's ``unique``)."""

    countsChanged = Signal(int, int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("compareView")
        self._comparison: Comparison | None = None
        self._a: Document | None = None
        self._b: Document | None = None
        self._matches: tuple[Match, ...] = ()
        self._align: AlignmentMap | None = None
        self._index_a = _SideIndex(())
        self._index_b = _SideIndex(())
        self._unique_a = _SideIndex(())
        self._unique_b = _SideIndex(())
        self._differences: list[tuple[NavKey, str, int | Span]] = []
        self._cursor: NavKey | None = None
        self._current: int | None = None
        self._ignore_punctuation = True
        self._show_boilerplate = True
        self._sync_lock = False
        self._find_hits: list[tuple[TextPane, Span]] = []
        self._find_at: int | None = None
        self._counts = (0, 0)
        self._rendered: tuple[str, str] | None = None

        self.left = TextPane(self)
        self.left.setObjectName("leftPane")
        self.right = TextPane(self)
        self.right.setObjectName("rightPane")
        self.link_map = LinkMap(self.left, self.right, self)
        self.left_combo = QComboBox(self)
        self.left_combo.setToolTip("The article shown on the left")
        self.right_combo = QComboBox(self)
        self.right_combo.setToolTip("The article shown on the right")
        self.swap_button = QToolButton(self)
        self.swap_button.setText("⇄")
        self.swap_button.setToolTip("Swap the two articles (Ctrl+Shift+S)")
        self.legend = QLabel(self)
        self.legend.setTextFormat(Qt.TextFormat.RichText)
        self.counts_label = QLabel(self)
        self.details = DetailsPanel(self)
        self.find_bar = FindBar(self)
        self.find_bar.hide()

        grid = QGridLayout()
        grid.setContentsMargins(0, 0, 0, 0)
        grid.setHorizontalSpacing(0)
        grid.addWidget(self.left_combo, 0, 0)
        grid.addWidget(self.swap_button, 0, 1, Qt.AlignmentFlag.AlignCenter)
        grid.addWidget(self.right_combo, 0, 2)
        grid.addWidget(self.left, 1, 0)
        grid.addWidget(self.link_map, 1, 1)
        grid.addWidget(self.right, 1, 2)
        grid.setColumnStretch(0, 1)
        grid.setColumnStretch(2, 1)
        panes = QWidget(self)
        column = QVBoxLayout(panes)
        column.setContentsMargins(0, 0, 0, 0)
        column.addLayout(grid, 1)
        column.addWidget(self.find_bar)
        splitter = QSplitter(Qt.Orientation.Vertical, self)
        splitter.setObjectName("compareSplitter")
        splitter.addWidget(panes)
        splitter.addWidget(self.details)
        splitter.setStretchFactor(0, 4)
        splitter.setStretchFactor(1, 1)
        splitter.setChildrenCollapsible(False)

        content = QWidget(self)
        outer = QVBoxLayout(content)
        outer.setContentsMargins(4, 4, 4, 4)
        top = QGridLayout()
        top.addWidget(self.legend, 0, 0)
        top.addWidget(self.counts_label, 0, 1, Qt.AlignmentFlag.AlignRight)
        outer.addLayout(top)
        outer.addWidget(splitter, 1)

        self.placeholder, self.stack = stack_with_placeholder(self, content, EMPTY, margin=0)

        self.left_combo.activated.connect(lambda _: self._on_combo(left=True))
        self.right_combo.activated.connect(lambda _: self._on_combo(left=False))
        self.swap_button.clicked.connect(self.swap)
        self.left.clickedAt.connect(lambda cp: self._on_click("a", cp))
        self.right.clickedAt.connect(lambda cp: self._on_click("b", cp))
        self.left.verticalScrollBar().valueChanged.connect(
            lambda _: self._sync(self.left, self.right, forward=True)
        )
        self.right.verticalScrollBar().valueChanged.connect(
            lambda _: self._sync(self.right, self.left, forward=False)
        )
        self.find_bar.searchChanged.connect(self._search)
        self.find_bar.findNext.connect(lambda: self._step_find(1))
        self.find_bar.findPrevious.connect(lambda: self._step_find(-1))
        self.find_bar.closed.connect(self._clear_find)
        self._update_legend()

    # --- the contract ----------------------------------------------------------------
    def set_comparison(self, comparison: Comparison | None) -> None:
        self._comparison = comparison
        docs = comparison.documents if comparison is not None else ()
        if len(docs) < 2:
            self.placeholder.set_message(EMPTY if not docs else TOO_FEW)
            self.stack.setCurrentWidget(self.placeholder)
            self._a = self._b = None
            self._matches = ()
            self._set_counts(0, 0)
            return
        ids = [d.id for d in docs]
        for combo in (self.left_combo, self.right_combo):
            combo.clear()
            for d in docs:
                combo.addItem(_label(d), d.id)
        a_id = self._a.id if self._a is not None and self._a.id in ids else ids[0]
        b_id = self._b.id if self._b is not None and self._b.id in ids else None
        if b_id is None or b_id == a_id:
            b_id = next(i for i in ids if i != a_id)
        self.stack.setCurrentIndex(1)
        self.set_pair(a_id, b_id)

    def set_pair(self, a_id: str, b_id: str) -> None:
        if self._comparison is None or a_id == b_id:
            return
        self._a = self._comparison.document(a_id)
        self._b = self._comparison.document(b_id)
        for combo, doc_id in ((self.left_combo, a_id), (self.right_combo, b_id)):
            combo.setCurrentIndex(combo.findData(doc_id))
        self._render()

    def pair(self) -> tuple[str, str] | None:
        return (self._a.id, self._b.id) if self._a and self._b else None

    def swap(self) -> None:
        if self._a is not None and self._b is not None:
            self.set_pair(self._b.id, self._a.id)

    def set_options(self, ignore_punctuation: bool, show_boilerplate: bool) -> None:
        changed_bp = show_boilerplate != self._show_boilerplate
        self._ignore_punctuation = ignore_punctuation
        self._show_boilerplate = show_boilerplate
        if self._a is None:
            return
        if changed_bp:
            self._apply_highlights()
        if self._current is not None:
            self._show_details(self._current)

    def show_quote(self, quote_id: str) -> None:
        c = self._comparison
        if c is None or self._a is None or self._b is None:
            return
        quote = next((q for q in c.quotes if q.id == quote_id), None)
        if quote is None:
            return
        group = next((g for g in c.quote_groups if quote_id in g.members), None)
        others = [
            q for q in c.quotes if group is not None and q.id in group.members and q.id != quote_id
        ]
        if quote.doc not in (self._a.id, self._b.id):
            other_docs = [q.doc for q in others if q.doc != quote.doc]
            keep = self._b.id if self._b.id != quote.doc else self._a.id
            partner = keep if keep in other_docs or not other_docs else other_docs[0]
            self.set_pair(quote.doc, partner)
        assert self._a is not None and self._b is not None
        pane, other = (
            (self.left, self.right) if quote.doc == self._a.id else (self.right, self.left)
        )
        other_id = self._b.id if quote.doc == self._a.id else self._a.id
        counterparts = [q.span for q in others if q.doc == other_id]
        fmt = self._selection_format()
        self._clear_selection()
        pane.set_extra("selection", [quote.span], fmt)
        other.set_extra("selection", counterparts, fmt)
        self._with_lock(
            lambda: (
                pane.scroll_to_center(quote.start),
                counterparts and other.scroll_to_center(counterparts[0].start),
            )
        )
        side = "a" if pane is self.left else "b"
        index = (self._index_a if side == "a" else self._index_b).at(quote.start)
        if index is not None:
            self._current = index
            self.link_map.set_selected(index)
            self._show_details(index)
        else:
            doc = self._a if side == "a" else self._b
            self.details.show_message(
                f"“{quote.span.slice(doc.text)}” — {quote.speaker or 'speaker unknown'}"
                f"{', ' + quote.cue if quote.cue else ''}"
            )

    def next_match(self) -> None:
        self._step_matches(1)

    def previous_match(self) -> None:
        self._step_matches(-1)

    def next_difference(self) -> None:
        self._step_differences(1)

    def previous_difference(self) -> None:
        self._step_differences(-1)

    def find(self) -> None:
        if self._a is None:
            return
        self.find_bar.open_bar()
        self._search(self.find_bar.edit.text())

    def counts(self) -> tuple[int, int]:
        return self._counts

    def matches(self) -> tuple[Match, ...]:
        """The current pair's matches, in the order the view numbers them."""
        return self._matches

    def current_match(self) -> int | None:
        return self._current

    # --- building ----------------------------------------------------------------------
    def _render(self) -> None:
        c, a, b = self._comparison, self._a, self._b
        assert c is not None and a is not None and b is not None
        self._clear_find()
        # Same pair again (a new threshold, an added article): keep the reader's place.
        same_pair = self._rendered == (a.id, b.id)
        keep = self.left.middle_position() if same_pair else 0
        self._rendered = (a.id, b.id)
        self.left.set_text(a.text)
        self.right.set_text(b.text)
        self._matches = tuple(
            sorted(
                c.matches_between(a.id, b.id),
                key=lambda m: (m.a_spans[0].start if m.a_spans else 0, m.b_spans[0].start),
            )
        )
        links = [
            Link(
                min(s.start for s in m.a_spans),
                max(s.end for s in m.a_spans),
                min(s.start for s in m.b_spans),
                max(s.end for s in m.b_spans),
                i,
            )
            for i, m in enumerate(self._matches)
            if m.a_spans and m.b_spans
        ]
        self.link_map.set_links(links, [m.kind for m in self._matches])
        self._align = AlignmentMap(links, len(a.text), len(b.text))
        self._index_a = _SideIndex(
            [(s.start, s.end, i) for i, m in enumerate(self._matches) for s in m.a_spans]
        )
        self._index_b = _SideIndex(
            [(s.start, s.end, i) for i, m in enumerate(self._matches) for s in m.b_spans]
        )
        unique_a, unique_b = c.unique.get(a.id, ()), c.unique.get(b.id, ())
        self._unique_a = _SideIndex([(s.start, s.end, k) for k, s in enumerate(unique_a)])
        self._unique_b = _SideIndex([(s.start, s.end, k) for k, s in enumerate(unique_b)])
        differences: list[tuple[NavKey, str, int | Span]] = []
        for i, m in enumerate(self._matches):
            if m.kind != "identical":
                differences.append(((links[i].a_start, 0, i), "match", i))
        for s in unique_a:
            differences.append(((s.start, 1, s.start), "a", s))
        for s in unique_b:
            differences.append(((self._align.b_to_a(s.start), 2, s.start), "b", s))
        self._differences = sorted(differences, key=lambda d: d[0])
        self._cursor = None
        self._current = None
        self._apply_highlights()
        self.details.show_message(
            "Click a highlighted sentence to see how each article words it "
            "(F7 / Shift+F7: next / previous match; Alt+Down / Alt+Up: next / previous "
            "difference)."
        )
        self._set_counts(len(self._matches), len(unique_a) + len(unique_b))
        if keep:
            # After the new text's first layout, or the scroll range is not known yet.
            pair = self._rendered
            QTimer.singleShot(0, lambda: self._restore_place(pair, keep))

    def _restore_place(self, pair: tuple[str, str] | None, cp: int) -> None:
        if pair == self._rendered and self._current is None:
            self.left.scroll_to_center(cp)  # the right pane follows

    def _apply_highlights(self) -> None:
        c, a, b = self._comparison, self._a, self._b
        if c is None or a is None or b is None:
            return
        pal = colours(self.palette())
        unique_fmt = QTextCharFormat()
        unique_fmt.setUnderlineStyle(QTextCharFormat.UnderlineStyle.DotLine)
        unique_fmt.setUnderlineColor(pal.unique)
        unique_fmt.setProperty(ROLE, "unique")
        quote_fmt = QTextCharFormat()
        quote_fmt.setUnderlineStyle(QTextCharFormat.UnderlineStyle.SingleUnderline)
        quote_fmt.setUnderlineColor(pal.quote)
        quote_fmt.setProperty(ROLE, "quote")
        boiler_fmt = QTextCharFormat()
        boiler_fmt.setForeground(pal.boilerplate)
        boiler_fmt.setFontItalic(True)
        boiler_fmt.setProperty(ROLE, "boilerplate")
        if not self._show_boilerplate:
            # Text sharing a line with the article stays, shrunk, so offsets hold.
            boiler_fmt.setFontPointSize(max(1.0, self.font().pointSizeF() * 0.45))
        for pane, doc, side in ((self.left, a, "a"), (self.right, b, "b")):
            ranges: list[tuple[int, int, QTextCharFormat]] = []
            marks: list[tuple[int, str, QColor]] = []
            for i, m in enumerate(self._matches):
                fmt = QTextCharFormat()
                fmt.setBackground(pal.kind_background[m.kind])
                fmt.setProperty(ROLE, "match")
                fmt.setProperty(INDEX, i)
                fmt.setToolTip(f"{KIND_LABELS[m.kind]} · score {m.score:.2f}")
                spans = m.a_spans if side == "a" else m.b_spans
                for s in spans:
                    ranges.append((s.start, s.end, fmt))
                if spans:
                    marks.append((spans[0].start, MARKS[m.kind], pal.kind_text[m.kind]))
            for s in c.unique.get(doc.id, ()):
                ranges.append((s.start, s.end, unique_fmt))
                marks.append((s.start, MARKS["unique"], pal.unique))
            for bp in doc.boilerplate:
                ranges.append((bp.start, bp.end, boiler_fmt))
            for q in c.quotes_of(doc.id):
                ranges.append((q.start, q.end, quote_fmt))
            pane.apply_formats(ranges)
            pane.set_hidden([] if self._show_boilerplate else [bp.span for bp in doc.boilerplate])
            pane.set_marks(marks)
        if self._current is not None:
            self._select(self._current, scroll_from=None)

    def _update_legend(self) -> None:
        pal = colours(self.palette())
        items = [
            f"<span style='background:{pal.kind_background[k].name()}'>"
            f"&nbsp;<b style='color:{pal.kind_text[k].name()}'>{MARKS[k]}</b> "
            f"{KIND_LABELS[k]}&nbsp;</span>"
            for k in ("identical", "edited", "paraphrase")
        ]
        items.append(
            f"<b style='color:{pal.unique.name()}'>{MARKS['unique']}</b> "
            f"<span style='text-decoration:underline; color:{pal.text.name()}'>"
            "only in this article</span>"
        )
        items.append(
            f"<span style='text-decoration:underline; color:{pal.quote.name()}'>“quote”</span>"
        )
        items.append(f"<i style='color:{pal.boilerplate.name()}'>not article text</i>")
        self.legend.setText(" &nbsp; ".join(items))

    def _set_counts(self, matched: int, unique: int) -> None:
        self._counts = (matched, unique)
        self.counts_label.setText(f"{matched} matched · {unique} only in one article")
        self.countsChanged.emit(matched, unique)

    def showEvent(self, event: QShowEvent) -> None:
        # A selection made before the first layout was centred in a viewport of no size.
        super().showEvent(event)
        if self._current is not None:
            self._select(self._current)

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.PaletteChange:
            self._update_legend()
            self._apply_highlights()

    # --- selection and details --------------------------------------------------------
    def _selection_format(self) -> QTextCharFormat:
        fmt = QTextCharFormat()
        fmt.setBackground(self.palette().color(self.palette().ColorRole.Highlight))
        fmt.setForeground(self.palette().color(self.palette().ColorRole.HighlightedText))
        return fmt

    def _clear_selection(self) -> None:
        fmt = self._selection_format()
        self.left.set_extra("selection", [], fmt)
        self.right.set_extra("selection", [], fmt)
        self.link_map.set_selected(None)
        self._current = None

    def _select(self, index: int, scroll_from: str | None = "both") -> None:
        """Select match ``index`` in both panes; scroll so the pair lines up."""
        m = self._matches[index]
        fmt = self._selection_format()
        self.left.set_extra("selection", m.a_spans, fmt)
        self.right.set_extra("selection", m.b_spans, fmt)
        self._current = index
        self.link_map.set_selected(index)
        self._show_details(index)
        a0, b0 = m.a_spans[0].start, m.b_spans[0].start
        if scroll_from == "both":
            self._with_lock(
                lambda: (self.left.scroll_to_center(a0), self.right.scroll_to_center(b0))
            )
        elif scroll_from == "a":
            self._with_lock(lambda: self.right.scroll_to_center(b0))
        elif scroll_from == "b":
            self._with_lock(lambda: self.left.scroll_to_center(a0))

    def _show_details(self, index: int) -> None:
        assert self._a is not None and self._b is not None
        self.details.show_match(self._matches[index], self._a, self._b, self._ignore_punctuation)

    def _select_unique(self, side: str, span: Span, scroll: bool) -> None:
        assert self._a is not None and self._b is not None and self._align is not None
        self._clear_selection()
        pane = self.left if side == "a" else self.right
        pane.set_extra("selection", [span], self._selection_format())
        doc, other = (self._a, self._b) if side == "a" else (self._b, self._a)
        self.details.show_unique(doc, span, other)
        if scroll:
            mapped = (
                self._align.a_to_b(span.start) if side == "a" else self._align.b_to_a(span.start)
            )
            target = self.right if side == "a" else self.left
            self._with_lock(
                lambda: (pane.scroll_to_center(span.start), target.scroll_to_center(mapped))
            )

    def _on_click(self, side: str, cp: int) -> None:
        if self._a is None or self._b is None:
            return
        index = (self._index_a if side == "a" else self._index_b).at(cp)
        if index is not None:
            self._select(index, scroll_from=side)
            self._cursor = (self.link_map_key(index), 0, index)
            return
        unique = (self._unique_a if side == "a" else self._unique_b).at(cp)
        if unique is not None:
            assert self._comparison is not None
            doc = self._a if side == "a" else self._b
            self._select_unique(side, self._comparison.unique[doc.id][unique], scroll=False)
            return
        self._clear_selection()
        other = self._b if side == "a" else self._a
        self.details.show_message(
            f"No sentence of {other.outlet} matches here; the text is neither matched nor "
            "exclusive to this article (it may be carried by a third article)."
        )

    def link_map_key(self, index: int) -> int:
        return min(s.start for s in self._matches[index].a_spans)

    # --- navigation ---------------------------------------------------------------------
    def _step_matches(self, step: int) -> None:
        if not self._matches:
            return
        keys = [(self.link_map_key(i), 0, i) for i in range(len(self._matches))]
        target = self._next_key(sorted(keys), step)
        if target is not None:
            self._cursor = target
            self._select(target[2])

    def _step_differences(self, step: int) -> None:
        if not self._differences:
            return
        keys = [d[0] for d in self._differences]
        target = self._next_key(keys, step)
        if target is None:
            return
        self._cursor = target
        _, what, payload = self._differences[keys.index(target)]
        if what == "match":
            assert isinstance(payload, int)
            self._select(payload)
        else:
            assert isinstance(payload, Span)
            self._select_unique(what, payload, scroll=True)

    def _next_key(self, keys: Sequence[NavKey], step: int) -> NavKey | None:
        if self._cursor is None:
            return keys[0] if step > 0 else keys[-1]
        if step > 0:
            later = [k for k in keys if k > self._cursor]
            return later[0] if later else None
        earlier = [k for k in keys if k < self._cursor]
        return earlier[-1] if earlier else None

    # --- scroll sync ---------------------------------------------------------------------
    def _with_lock(self, action: Callable[[], object]) -> None:
        if self._sync_lock:
            return
        self._sync_lock = True
        try:
            action()
        finally:
            self._sync_lock = False

    def _sync(self, source: TextPane, target: TextPane, forward: bool) -> None:
        """Scroll ``target`` through the alignment; the lock drops the echo back."""
        if self._sync_lock or self._align is None:
            return
        align = self._align

        def follow() -> None:
            bar, other = source.verticalScrollBar(), target.verticalScrollBar()
            if bar.value() <= bar.minimum():
                other.setValue(other.minimum())
            elif bar.value() >= bar.maximum():
                other.setValue(other.maximum())
            else:
                cp = source.middle_position()
                target.scroll_to_center(align.a_to_b(cp) if forward else align.b_to_a(cp))

        self._with_lock(follow)

    # --- find ----------------------------------------------------------------------------
    def _search(self, text: str) -> None:
        hits: list[tuple[TextPane, Span]] = []
        counts = []
        for pane in (self.left, self.right):
            found = 0
            if text:
                doc = pane.document()
                cursor = doc.find(text, 0)
                while not cursor.isNull() and found < FIND_LIMIT:
                    hits.append(
                        (
                            pane,
                            pane.offsets.span_from_utf16(
                                cursor.selectionStart(), cursor.selectionEnd()
                            ),
                        )
                    )
                    found += 1
                    cursor = doc.find(text, cursor, QTextDocument.FindFlag(0))
            counts.append(found)
        self._find_hits = hits
        self._find_at = None
        fmt = QTextCharFormat()
        fmt.setBackground(blend(colours(self.palette()).base, YELLOW, 0.6))
        fmt.setProperty(ROLE, "find")
        for pane in (self.left, self.right):
            pane.set_extra("find", [s for p, s in hits if p is pane], fmt)
            pane.set_extra("findcurrent", [], fmt)
        if not text:
            self.find_bar.set_status("")
        elif not hits:
            self.find_bar.set_status("not found")
        else:
            assert self._a is not None and self._b is not None
            self.find_bar.set_status(
                f"{counts[0]} in {html.escape(self._a.outlet)} · "
                f"{counts[1]} in {html.escape(self._b.outlet)}"
            )

    def _step_find(self, step: int) -> None:
        if not self._find_hits:
            return
        n = len(self._find_hits)
        self._find_at = (
            (0 if step > 0 else n - 1) if self._find_at is None else ((self._find_at + step) % n)
        )
        pane, span = self._find_hits[self._find_at]
        fmt = QTextCharFormat()
        fmt.setBackground(colours(self.palette()).kind_strong["edited"])
        fmt.setFontWeight(QFont.Weight.Bold)
        for p in (self.left, self.right):
            p.set_extra("findcurrent", [span] if p is pane else [], fmt)
        pane.scroll_to_center(span.start)  # the other pane follows through the alignment

    def current_find(self) -> tuple[TextPane, Span] | None:
        return None if self._find_at is None else self._find_hits[self._find_at]

    def _clear_find(self) -> None:
        self._find_hits = []
        self._find_at = None
        fmt = QTextCharFormat()
        for pane in (self.left, self.right):
            pane.set_extra("find", [], fmt)
            pane.set_extra("findcurrent", [], fmt)

    # --- combos --------------------------------------------------------------------------
    def _on_combo(self, left: bool) -> None:
        if self._a is None or self._b is None:
            return
        a_id = self.left_combo.currentData()
        b_id = self.right_combo.currentData()
        if a_id == b_id:  # picking the other side's article swaps them
            a_id, b_id = (a_id, self._a.id) if left else (self._b.id, b_id)
        self.set_pair(a_id, b_id)


def _label(doc: Document) -> str:
    return doc.outlet or doc.title or doc.path or doc.id
