"""One article, read-only, with the comparison painted onto it.

Highlights are per-block ``QTextLayout`` format ranges set once per pair (like a
``QSyntaxHighlighter`` that never re-runs), so painting a 5,000-sentence article costs
nothing extra per frame; only the transient selection and find hits are
ExtraSelections. A narrow gutter on the left draws a glyph per sentence (``=``, ``~``,
``≈``, ``+``) so the kinds still read in grey. Every offset in and out of this widget is
an engine code-point offset, converted by :class:`ui.offsets.Utf16Map`.
"""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Iterable, Sequence

from PySide6.QtCore import QPoint, QRect, QSize, Qt, Signal
from PySide6.QtGui import (
    QColor,
    QFont,
    QMouseEvent,
    QPainter,
    QPaintEvent,
    QResizeEvent,
    QTextCharFormat,
    QTextCursor,
    QTextFormat,
    QTextLayout,
)
from PySide6.QtWidgets import QPlainTextEdit, QTextEdit, QWidget

from app.model import Span
from ui.offsets import Utf16Map

# Custom properties on our formats, so tests (and the pane) can read a range's meaning back.
ROLE = QTextFormat.Property.UserProperty + 1
INDEX = QTextFormat.Property.UserProperty + 2

GUTTER_WIDTH = 22
OFFSCREEN = 12.0  # how far beyond an edge an off-screen range is drawn


class _MarkGutter(QWidget):
    def __init__(self, pane: TextPane) -> None:
        super().__init__(pane)
        self._pane = pane

    def sizeHint(self) -> QSize:
        return QSize(GUTTER_WIDTH, 0)

    def paintEvent(self, event: QPaintEvent) -> None:
        self._pane.paint_marks(self, event.rect())


class TextPane(QPlainTextEdit):
    """A read-only article; emits ``clickedAt(code_point)`` when a sentence is clicked."""

    clickedAt = Signal(int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setReadOnly(True)
        self.setUndoRedoEnabled(False)
        self.setLineWrapMode(QPlainTextEdit.LineWrapMode.WidgetWidth)
        self.setTextInteractionFlags(
            Qt.TextInteractionFlag.TextSelectableByMouse
            | Qt.TextInteractionFlag.TextSelectableByKeyboard
        )
        self.offsets = Utf16Map("")
        self._formatted_blocks: set[int] = set()
        self._hidden_blocks: set[int] = set()
        self._marks: list[tuple[int, str, QColor]] = []  # (UTF-16 position, glyph, colour)
        self._mark_positions: list[int] = []
        self._extra: dict[str, list[QTextEdit.ExtraSelection]] = {}
        self._gutter = _MarkGutter(self)
        self.setViewportMargins(GUTTER_WIDTH, 0, 0, 0)
        self.updateRequest.connect(self._on_update_request)

    # --- content -------------------------------------------------------------------
    def set_text(self, text: str) -> None:
        # QTextDocument folds "\r\n" into one block separator; a lone "\r" -> "\n" keeps
        # one position per code point so engine offsets stay valid.
        self._extra.clear()
        self.setExtraSelections([])
        self._formatted_blocks.clear()
        self._hidden_blocks.clear()
        self._marks = []
        self._mark_positions = []
        self.setPlainText(text.replace("\r", "\n"))
        self.offsets = Utf16Map(text)

    def apply_formats(self, ranges: Iterable[tuple[int, int, QTextCharFormat]]) -> None:
        """Replace every highlight with ``ranges`` (code points); later ranges merge on top."""
        doc = self.document()
        per_block: dict[int, list[QTextLayout.FormatRange]] = {}
        to16 = self.offsets.to_utf16
        for start, end, fmt in ranges:
            s, e = to16(start), to16(end)
            block = doc.findBlock(s)
            while block.isValid() and block.position() < e:
                bs = block.position()
                lo, hi = max(s, bs), min(e, bs + block.length() - 1)
                if hi > lo:
                    fr = QTextLayout.FormatRange()
                    fr.start, fr.length, fr.format = lo - bs, hi - lo, fmt
                    per_block.setdefault(block.blockNumber(), []).append(fr)
                block = block.next()
        for number in self._formatted_blocks - per_block.keys():
            doc.findBlockByNumber(number).layout().setFormats([])
        for number, formats in per_block.items():
            doc.findBlockByNumber(number).layout().setFormats(formats)
        self._formatted_blocks = set(per_block)
        doc.markContentsDirty(0, doc.characterCount())
        self.viewport().update()

    def format_ranges(self) -> list[tuple[int, int, QTextCharFormat]]:
        """Every highlight range, in code points (blocks read back in order)."""
        out = []
        doc = self.document()
        for number in sorted(self._formatted_blocks):
            block = doc.findBlockByNumber(number)
            for fr in block.layout().formats():
                s = block.position() + fr.start
                out.append(
                    (
                        self.offsets.to_code_point(s),
                        self.offsets.to_code_point(s + fr.length),
                        QTextCharFormat(fr.format),  # the layout owns the original
                    )
                )
        return out

    def set_hidden(self, spans: Sequence[Span]) -> None:
        """Hide the blocks lying wholly inside ``spans`` (e.g. boilerplate); offsets stay put."""
        doc = self.document()
        hidden: set[int] = set()
        for span in spans:
            s, e = self.offsets.to_utf16(span.start), self.offsets.to_utf16(span.end)
            block = doc.findBlock(s)
            while block.isValid() and block.position() < e:
                bs, be = block.position(), block.position() + block.length() - 1
                if s <= bs and be <= e and be > bs:
                    hidden.add(block.blockNumber())
                block = block.next()
        for number in self._hidden_blocks ^ hidden:
            block = doc.findBlockByNumber(number)
            block.setVisible(number not in hidden)
            block.setLineCount(0 if number in hidden else max(1, block.layout().lineCount()))
        self._hidden_blocks = hidden
        doc.markContentsDirty(0, doc.characterCount())
        self.viewport().update()
        self._gutter.update()

    def hidden_blocks(self) -> set[int]:
        return set(self._hidden_blocks)

    def set_marks(self, marks: Iterable[tuple[int, str, QColor]]) -> None:
        """Gutter glyphs at code-point positions: the grey-scale cue for each sentence."""
        self._marks = sorted(
            ((self.offsets.to_utf16(cp), glyph, colour) for cp, glyph, colour in marks),
            key=lambda m: m[0],
        )
        self._mark_positions = [m[0] for m in self._marks]
        self._gutter.update()

    def set_extra(self, layer: str, spans: Sequence[Span], fmt: QTextCharFormat) -> None:
        """A transient highlight layer (selection, find hits) as ExtraSelections."""
        selections = []
        for span in spans:
            sel = QTextEdit.ExtraSelection()
            cursor = QTextCursor(self.document())
            cursor.setPosition(self.offsets.to_utf16(span.start))
            cursor.setPosition(self.offsets.to_utf16(span.end), QTextCursor.MoveMode.KeepAnchor)
            sel.cursor = cursor  # type: ignore[misc]
            sel.format = fmt  # type: ignore[misc]
            selections.append(sel)
        self._extra[layer] = selections
        self.setExtraSelections([s for layer_sels in self._extra.values() for s in layer_sels])

    def extra_spans(self, layer: str) -> list[Span]:
        return [
            self.offsets.span_from_utf16(s.cursor.selectionStart(), s.cursor.selectionEnd())
            for s in self._extra.get(layer, [])
        ]

    # --- geometry ------------------------------------------------------------------
    def visible_range(self) -> tuple[int, int]:
        """UTF-16 positions of the first and last characters on screen."""
        first = self.firstVisibleBlock()
        if not first.isValid():
            return 0, 0
        vp = self.viewport()
        last = self.cursorForPosition(QPoint(vp.width() - 1, vp.height() - 1)).block()
        end = last.position() + last.length() - 1 if last.isValid() else first.position()
        return first.position(), max(end, first.position())

    def visible_code_points(self) -> tuple[int, int]:
        s, e = self.visible_range()
        return self.offsets.to_code_point(s), self.offsets.to_code_point(e)

    def y_range(self, start: int, end: int) -> tuple[float, float]:
        """Viewport y of code-point range ``[start, end)``, pushed past an edge if off screen."""
        first, last = self.visible_range()
        s, e = self.offsets.to_utf16(start), self.offsets.to_utf16(end)
        height = float(self.viewport().height())
        if e <= first:
            return -2 * OFFSCREEN, -OFFSCREEN
        if s > last:
            return height + OFFSCREEN, height + 2 * OFFSCREEN
        top = -OFFSCREEN if s < first else float(self._rect_at(s).top())
        bottom = height + OFFSCREEN if e > last else float(self._rect_at(max(s, e - 1)).bottom())
        return top, max(top, bottom)

    def _rect_at(self, pos: int) -> QRect:
        cursor = QTextCursor(self.document())
        cursor.setPosition(pos)
        return self.cursorRect(cursor)

    def middle_position(self) -> int:
        """Code-point offset under the middle of the viewport."""
        vp = self.viewport()
        pos = self.cursorForPosition(QPoint(vp.width() // 2, vp.height() // 2)).position()
        return self.offsets.to_code_point(pos)

    def scroll_to_center(self, cp: int) -> None:
        """Scroll so the line holding code point ``cp`` sits mid-viewport (clamped).

        The scroll bar counts lines, and QPlainTextEdit only knows how many lines a
        paragraph wraps to once it has laid it out; so the half viewport above the target
        is measured by laying out the blocks just above it, not assumed.
        """
        u = self.offsets.to_utf16(max(0, min(cp, self.offsets.code_points)))
        block = self.document().findBlock(u)
        while block.isValid() and not block.isVisible():
            block = block.next()
        if not block.isValid():
            return
        self.blockBoundingRect(block)  # lays the block out: its line numbers become real
        line_in_block = 0
        layout = block.layout()
        if layout is not None and layout.lineCount() > 0 and block.contains(u):
            line = layout.lineForTextPosition(u - block.position())
            if line.isValid():
                line_in_block = line.lineNumber()
        spacing = max(1, self.fontMetrics().lineSpacing())
        budget = self.viewport().height() / 2 - spacing / 2
        top_block, top_offset = block, line_in_block
        fit = int(budget // spacing)
        if fit <= line_in_block:
            top_offset = line_in_block - fit
        else:
            budget -= line_in_block * spacing
            top_offset = 0
            prev = block.previous()
            while budget > 0 and prev.isValid():
                if prev.isVisible():
                    height = self.blockBoundingRect(prev).height()
                    lines = max(1, prev.lineCount())
                    if height <= budget:
                        budget -= height
                        top_block, top_offset = prev, 0
                    else:
                        keep = int(budget // (height / lines))
                        if keep:
                            top_block, top_offset = prev, lines - keep
                        budget = 0
                prev = prev.previous()
        top_line = top_block.firstLineNumber() + top_offset
        bar = self.verticalScrollBar()
        bar.setValue(max(bar.minimum(), min(bar.maximum(), top_line)))

    # --- painting and input --------------------------------------------------------
    def paint_marks(self, gutter: QWidget, rect: QRect) -> None:
        painter = QPainter(gutter)
        painter.fillRect(rect, self.palette().color(self.palette().ColorRole.AlternateBase))
        if not self._marks:
            return
        first, last = self.visible_range()
        font = QFont(self.font())
        font.setBold(True)
        painter.setFont(font)
        # Marks starting on the same line share it: up to two glyphs, side by side.
        lines: dict[int, tuple[QRect, list[tuple[str, QColor]]]] = {}
        i = bisect_left(self._mark_positions, first)
        while i < len(self._marks) and self._mark_positions[i] <= last:
            pos, glyph, colour = self._marks[i]
            r = self._rect_at(pos)
            entry = lines.setdefault(r.top(), (r, []))
            if len(entry[1]) < 2 and (glyph, colour) not in entry[1]:
                entry[1].append((glyph, colour))
            i += 1
        step = GUTTER_WIDTH // 2
        for r, glyphs in lines.values():
            x = GUTTER_WIDTH - 2 - step * len(glyphs)
            for glyph, colour in glyphs:
                painter.setPen(colour)
                painter.drawText(
                    QRect(x, r.top(), step, r.height()),
                    int(Qt.AlignmentFlag.AlignCenter),
                    glyph,
                )
                x += step
        painter.end()

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        cr = self.contentsRect()
        self._gutter.setGeometry(QRect(cr.left(), cr.top(), GUTTER_WIDTH, cr.height()))

    def _on_update_request(self, rect: QRect, dy: int) -> None:
        if dy:
            self._gutter.scroll(0, dy)
        self._gutter.update()

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        super().mouseReleaseEvent(event)
        if event.button() == Qt.MouseButton.LeftButton and not self.textCursor().hasSelection():
            pos = self.cursorForPosition(event.position().toPoint()).position()
            self.clickedAt.emit(self.offsets.to_code_point(pos))

    def position_point(self, cp: int) -> QPoint:
        """Viewport point of code point ``cp`` (for tests and tooltips)."""
        return self._rect_at(self.offsets.to_utf16(cp)).center()
