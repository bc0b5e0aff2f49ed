"""Side by side: two articles, their matched sentences, and the bands between them.

What the pair shows, in which order, what lies at a clicked position and where the next
match or difference is, is :class:`app.present.pair.PairPresentation` (Qt-free, shared
with the reports); quotes and boilerplate are engine records. The view only decides
where things go on screen. Highlights are built once per pair (and again only when the
palette or the boilerplate toggle changes), never per paint.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, Qt, QTimer, QUrl, Signal
from PySide6.QtGui import QColor, QShowEvent, QTextCharFormat
from PySide6.QtWidgets import (
    QComboBox,
    QGridLayout,
    QLabel,
    QSplitter,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from app.align import FLOOR
from app.model import Comparison, Document, Match, Span
from app.present.labels import document_labels
from app.present.pair import (
    PairPresentation,
    Stop,
    StopKey,
    closest_counterpart,
    present_pair,
)
from app.present.quotes import INFERRED_HELP, quote_in_pair, speaker_label
from app.story import Nearest
from ui.actions import shortcut_text
from ui.details_panel import NEAREST_LINK, Closest, DetailsPanel
from ui.find_bar import FindBar
from ui.link_map import LinkMap
from ui.palette import KIND_LABELS, MARKS, QUIET, colours
from ui.pane_search import PaneSearch
from ui.text_pane import INDEX, ROLE, TextPane
from ui.view_placeholder import stack_with_placeholder

EMPTY = "Open two or more articles to compare them side by side."
TOO_FEW = "Add at least one more article to compare it side by side."

#: (document id, sentence span, other document id) -> the other's closest sentence.
NearestFn = Callable[[str, Span, str], Nearest | None]

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
        self._labels: dict[str, str] = {}
        self._pair: PairPresentation | None = None
        self._cursor: StopKey | None = None
        self._current: int | None = None
        self._ignore_punctuation = True
        self._show_boilerplate = True
        self._sync_lock = False
        self._counts = (0, 0)
        self._rendered: tuple[str, str] | None = None
        self._nearest_fn: NearestFn | None = None
        # The other pane and span of the closest sentence the details panel offers.
        self._offered: tuple[TextPane, Span] | None = None

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
        self.swap_button.setToolTip(f"Swap the two articles ({shortcut_text('swap')})")
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
        self._too_few = TOO_FEW

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
        self.search = PaneSearch(
            (self.left, self.right),
            self.find_bar,
            lambda: colours(self.palette()),
            lambda: (self._pair.left_label, self._pair.right_label) if self._pair else ("", ""),
        )
        self.find_bar.searchChanged.connect(self.search.search)
        self.find_bar.findNext.connect(lambda: self.search.step(1))
        self.find_bar.findPrevious.connect(lambda: self.search.step(-1))
        self.find_bar.closed.connect(self.search.clear)
        self.details.anchorClicked.connect(self._on_details_link)
        self._update_legend()

    # --- the contract ----------------------------------------------------------------
    def set_alone(self, message: str | None) -> None:
        """What to say when the comparison holds one article: ``message`` when others
        are open but in other stories (the window knows), else "add another"."""
        self._too_few = message or TOO_FEW

    def set_comparison(self, comparison: Comparison | None) -> None:
        self._comparison = comparison
        docs = comparison.documents if comparison is not None else ()
        if len(docs) < 2:
            self.placeholder.set_message(EMPTY if not docs else self._too_few)
            self.stack.setCurrentWidget(self.placeholder)
            self._a = self._b = None
            self._pair = None
            self._set_counts(0, 0)
            return
        ids = [d.id for d in docs]
        self._labels = document_labels(docs)
        for combo in (self.left_combo, self.right_combo):
            combo.clear()
            for d in docs:
                combo.addItem(self._labels[d.id], d.id)
        a_id = self._a.id if self._a is not None and self._a.id in ids else ids[0]
        b_id = self._b.id if self._b is not None and self._b.id in ids else None
        if b_id is None or b_id == a_id:
            b_id = closest_counterpart(comparison, a_id)
        self.stack.setCurrentIndex(1)
        self.set_pair(a_id, b_id)

    def set_nearest(self, nearest: NearestFn | None) -> None:
        """How to find an article's closest sentence to an unmatched one (from the scored
        story the comparison was selected from); None when there is none to ask."""
        self._nearest_fn = nearest

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
        changed_punct = ignore_punctuation != self._ignore_punctuation
        self._ignore_punctuation = ignore_punctuation
        self._show_boilerplate = show_boilerplate
        if self._a is None or self._b is None:
            return
        if changed_punct and self._comparison is not None:
            # Only the marked runs change; positions, order and highlights stay.
            self._pair = self._present(self._a.id, self._b.id)
        if changed_bp:
            self._apply_highlights()
        if self._current is not None:
            self._show_details(self._current)

    def show_quote(self, quote_id: str) -> None:
        c = self._comparison
        if c is None or self._a is None or self._b is None:
            return
        placed = quote_in_pair(c, quote_id, (self._a.id, self._b.id))
        if placed is None:
            return
        if placed.pair != (self._a.id, self._b.id):
            self.set_pair(*placed.pair)
        quote, counterparts = placed.quote, list(placed.counterparts)
        side = "a" if quote.doc == placed.pair[0] else "b"
        pane, other = (self.left, self.right) if side == "a" else (self.right, self.left)
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
        found = self._pair.match_at(side, quote.start) if self._pair else None
        if found is not None:
            self._current = found.index
            self.link_map.set_selected(found.index)
            self._show_details(found.index)
        else:
            doc = c.document(quote.doc)
            self.details.show_message(
                f"“{quote.span.slice(doc.text)}” — {speaker_label(quote, doc.text)}"
                f"{', ' + quote.cue if quote.cue else ''}"
                + (f"\n{INFERRED_HELP}" if quote.speaker_inferred else "")
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
        self.search.search(self.find_bar.edit.text())

    def current_find(self) -> tuple[TextPane, Span] | None:
        return self.search.current()

    def counts(self) -> tuple[int, int]:
        return self._counts

    def matches(self) -> tuple[Match, ...]:
        """The current pair's matches, in the order the view numbers them."""
        return tuple(v.match for v in self._pair.matches) if self._pair else ()

    def presentation(self) -> PairPresentation | None:
        """What the view shows of the pair (the same record the report prints)."""
        return self._pair

    def current_match(self) -> int | None:
        return self._current

    # --- building ----------------------------------------------------------------------
    def _render(self) -> None:
        c, a, b = self._comparison, self._a, self._b
        assert c is not None and a is not None and b is not None
        self.search.clear()
        # Same pair again (a new threshold, an added article): keep the reader's place.
        same_pair = self._rendered == (a.id, b.id)
        keep = self.left.middle_position() if same_pair else 0
        self._rendered = (a.id, b.id)
        self.left.set_text(a.text)
        self.right.set_text(b.text)
        pair = self._pair = self._present(a.id, b.id)
        self.link_map.set_links(pair.links(), [m.kind for m in pair.matches])
        self._cursor = None
        self._current = None
        self._apply_highlights()
        self.details.show_message(
            "Click a highlighted sentence to see how each article words it "
            f"({shortcut_text('next_match')} / {shortcut_text('previous_match')}: next / "
            f"previous match; {shortcut_text('next_difference')} / "
            f"{shortcut_text('previous_difference')}: next / previous difference)."
        )
        self._set_counts(
            len(pair.matches), len(pair.exclusive_left) + len(pair.exclusive_right)
        )
        if keep:
            # After the new text's first layout, or the scroll range is not known yet.
            pair = self._rendered
            QTimer.singleShot(0, lambda: self._restore_place(pair, keep))

    def _present(self, a_id: str, b_id: str) -> PairPresentation:
        assert self._comparison is not None
        return present_pair(
            self._comparison,
            a_id,
            b_id,
            ignore_trivial=self._ignore_punctuation,
            labels=self._labels,
        )

    def _restore_place(self, pair: tuple[str, str] | None, cp: int) -> None:
        if pair == self._rendered and self._current is None:
            self.left.scroll_to_center(cp)  # the right pane follows

    def _apply_highlights(self) -> None:
        c, a, b, pair = self._comparison, self._a, self._b, self._pair
        if c is None or a is None or b is None or pair is None:
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
            for view in pair.matches:
                m = view.match
                fmt = QTextCharFormat()
                fmt.setBackground(pal.kind_background.get(m.kind, pal.base))
                fmt.setProperty(ROLE, "match")
                fmt.setProperty(INDEX, view.index)
                label = KIND_LABELS.get(m.kind, view.label)
                fmt.setToolTip(f"{label} · score {m.score:.2f}")
                spans = m.a_spans if side == "a" else m.b_spans
                for s in spans:
                    ranges.append((s.start, s.end, fmt))
                if spans:
                    colour = pal.kind_text.get(m.kind, pal.boilerplate)
                    marks.append((spans[0].start, MARKS.get(m.kind, ""), colour))
            for s in pair.exclusive_left if side == "a" else pair.exclusive_right:
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
            for k in ("identical", "edited", "paraphrase", QUIET)
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
        self._offered = None

    def _select(self, index: int, scroll_from: str | None = "both") -> None:
        """Select match ``index`` in both panes; scroll so the pair lines up."""
        assert self._pair is not None
        m = self._pair.matches[index].match
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
        pair = self._pair
        assert pair is not None
        self.details.show_match(
            pair.matches[index], pair.left_label, pair.right_label, self._ignore_punctuation
        )

    def _select_unique(self, side: str, span: Span, scroll: bool) -> None:
        pair = self._pair
        assert pair is not None
        self._clear_selection()
        pane = self.left if side == "a" else self.right
        pane.set_extra("selection", [span], self._selection_format())
        doc, other = (pair.left, pair.right) if side == "a" else (pair.right, pair.left)
        labels = (
            (pair.left_label, pair.right_label) if side == "a"
            else (pair.right_label, pair.left_label)
        )
        near = self._nearest_fn(doc.id, span, other.id) if self._nearest_fn else None
        if near is not None and near.score < FLOOR and near.standing != "meaning only":
            near = None  # nothing any threshold would link: no closest worth reading
        self._offered = None
        closest = None
        if near is not None and self._comparison is not None:
            self._offered = (self.right if side == "a" else self.left, near.span)
            closest = Closest(near.span.slice(other.text), self._why_not(near))
        self.details.show_unique(doc, span, *labels, closest=closest)
        if scroll:
            align = pair.alignment
            mapped = align.a_to_b(span.start) if side == "a" else align.b_to_a(span.start)
            target = self.right if side == "a" else self.left
            self._with_lock(
                lambda: (pane.scroll_to_center(span.start), target.scroll_to_center(mapped))
            )

    def _why_not(self, near: Nearest) -> str:
        """Why the closest sentence of the other article is not shown as this one's match,
        in the reader's terms (the engine says where the pair stands)."""
        c = self._comparison
        assert c is not None
        if near.standing == "meaning only":
            return (
                "by meaning only: it shares too few words with it to be scored, and is "
                "often another fact"
            )
        score = near.link.score if near.link is not None else near.score
        if score < c.threshold:
            return f"scored {score:.2f}, below the {c.threshold:.2f} threshold"
        if near.link is not None and near.link.kind == "related":
            return f"scored {score:.2f}: a related link, hidden"
        return {
            "taken": f"scored {score:.2f}, but one of the two has a closer match",
            "different speakers": (
                f"scored {score:.2f}, but left out: the two sentences quote different people"
            ),
            "left out": (
                f"scored {score:.2f}, but left out: nothing else the two articles share "
                "supports it"
            ),
        }.get(near.standing, f"scored {score:.2f}")

    def _on_details_link(self, url: QUrl) -> None:
        """"Show it" beside the closest sentence: mark it in its pane and bring it into
        view, marked apart from a match's selection (it is not one)."""
        if url.toString() != NEAREST_LINK or self._offered is None:
            return
        pane, span = self._offered
        highlight = self.palette().color(self.palette().ColorRole.Highlight)
        fmt = QTextCharFormat()
        fmt.setUnderlineStyle(QTextCharFormat.UnderlineStyle.DashUnderline)
        fmt.setUnderlineColor(highlight)
        fmt.setFontUnderline(True)
        veil = QColor(highlight)
        veil.setAlpha(70)  # the selection's colour, faint: near it, and not a match
        fmt.setBackground(veil)
        pane.set_extra("selection", [span], fmt)
        self._with_lock(lambda: pane.scroll_to_center(span.start))

    def _on_click(self, side: str, cp: int) -> None:
        pair = self._pair
        if pair is None:
            return
        which = "a" if side == "a" else "b"
        found = pair.match_at(which, cp)
        if found is not None:
            self._select(found.index, scroll_from=side)
            self._cursor = pair.stop_for_match(found.index).key
            return
        unique = pair.exclusive_at(which, cp)
        if unique is not None:
            self._select_unique(side, unique, scroll=False)
            return
        self._clear_selection()
        other = pair.right_label if side == "a" else pair.left_label
        self.details.show_message(
            f"No sentence of {other} matches here; the text is neither matched nor "
            "exclusive to this article (it may be carried by a third article)."
        )

    # --- navigation ---------------------------------------------------------------------
    def _step_matches(self, step: int) -> None:
        if self._pair is not None:
            self._go(PairPresentation.step(self._pair.match_stops(), self._cursor, step))

    def _step_differences(self, step: int) -> None:
        if self._pair is not None:
            self._go(PairPresentation.step(self._pair.difference_stops(), self._cursor, step))

    def _go(self, stop: Stop | None) -> None:
        if stop is None:
            return
        self._cursor = stop.key
        if stop.match is not None:
            self._select(stop.match)
        elif stop.span is not None:
            self._select_unique(stop.kind, stop.span, scroll=True)

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
        if self._sync_lock or self._pair is None:
            return
        align = self._pair.alignment

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

    # --- combos --------------------------------------------------------------------------
    def _on_combo(self, left: bool) -> None:
        if self._a is None or self._b is None:
            return
        a_id = self.left_combo.currentData()
        b_id = self.right_combo.currentData()
        if a_id == b_id:  # picking the other side's article swaps them
            a_id, b_id = (a_id, self._a.id) if left else (self._b.id, b_id)
        self.set_pair(a_id, b_id)

