"""What a clicked sentence says on each side: both wordings with word-level differences.

The differences are the engine's DiffOps rendered as they are (deleted words struck
through on the left, inserted words underlined on the right, changed words in a deeper
shade on both); nothing is re-diffed here. Punctuation- or typography-only ops are shown
as plain text when the user asked to ignore them.
"""

from __future__ import annotations

import html
from collections.abc import Sequence

from PySide6.QtWidgets import QTextBrowser, QWidget

from app.model import DiffOp, Document, Match, Span
from ui.palette import KIND_LABELS, MARKS, Colours, colours

FLAG_LABELS = {
    "number": "Number changed",
    "negation": "Negation differs",
    "person": "Different person",
    "speaker": "Different speaker",
}

Fragment = tuple[str, str]  # (tag, text): tag in equal | delete | insert | replace


def side_fragments(
    text: str, spans: Sequence[Span], ops: Sequence[DiffOp], side: str, ignore_trivial: bool
) -> list[Fragment]:
    """Cut one side's wording into tagged fragments, following the ops' offsets."""
    if not spans:
        return []
    start, end = min(s.start for s in spans), max(s.end for s in spans)
    pieces: list[Fragment] = []
    cursor = start
    keyed = sorted(ops, key=lambda o: (o.a_start, o.a_end) if side == "a" else (o.b_start, o.b_end))
    for op in keyed:
        lo, hi = (op.a_start, op.a_end) if side == "a" else (op.b_start, op.b_end)
        lo, hi = max(lo, cursor), min(hi, end)
        if hi <= lo:
            continue
        pieces.append(("equal", text[cursor:lo]))
        tag = "equal" if op.trivial and ignore_trivial else op.tag
        pieces.append((tag, text[lo:hi]))
        cursor = hi
    pieces.append(("equal", text[cursor:end]))
    merged: list[Fragment] = []
    for tag, words in pieces:
        if not words:
            continue
        if merged and merged[-1][0] == tag:
            merged[-1] = (tag, merged[-1][1] + words)
        else:
            merged.append((tag, words))
    return merged


def fragments_html(fragments: Sequence[Fragment], pal: Colours) -> str:
    out = []
    for tag, words in fragments:
        esc = html.escape(words)
        if tag == "delete":
            out.append(
                f'<span style="background:{pal.deleted.name()};'
                f' text-decoration:line-through">{esc}</span>'
            )
        elif tag == "insert":
            out.append(
                f'<span style="background:{pal.inserted.name()};'
                f' text-decoration:underline">{esc}</span>'
            )
        elif tag == "replace":
            out.append(
                f'<span style="background:{pal.changed.name()}; font-weight:bold">{esc}</span>'
            )
        else:
            out.append(esc)
    return "".join(out)


class DetailsPanel(QTextBrowser):
    """Read-only details of the current selection; ``fragments`` keeps what was rendered."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setOpenLinks(False)
        self.fragments: dict[str, list[Fragment]] = {"a": [], "b": []}
        self.kind: str | None = None
        self.show_message("Click a highlighted sentence to see how each article words it.")

    def show_message(self, message: str) -> None:
        self.fragments = {"a": [], "b": []}
        self.kind = None
        self.setHtml(f"<p style='color:{self._muted()}'>{html.escape(message)}</p>")

    def show_match(
        self, match: Match, doc_a: Document, doc_b: Document, ignore_punctuation: bool
    ) -> None:
        pal = colours(self.palette())
        a = side_fragments(doc_a.text, match.a_spans, match.diff, "a", ignore_punctuation)
        b = side_fragments(doc_b.text, match.b_spans, match.diff, "b", ignore_punctuation)
        self.fragments = {"a": a, "b": b}
        self.kind = match.kind
        hidden = sum(1 for d in match.diff if d.trivial and d.tag != "equal")
        flags = " ".join(
            f"<span style='background:{pal.unique.name()}; color:{pal.base.name()};'>"
            f"&nbsp;⚑ {html.escape(FLAG_LABELS.get(f, f))}&nbsp;</span>"
            for f in match.flags
        )
        kind_colour = pal.kind_text[match.kind].name()
        head = (
            f"<p><span style='color:{kind_colour}; font-weight:bold'>"
            f"{MARKS[match.kind]} {KIND_LABELS[match.kind]}</span>"
            f" &nbsp; score {match.score:.2f} &nbsp; {flags}</p>"
        )
        notes = []
        if not match.diff and match.kind != "identical":
            notes.append("The engine recorded no word-level differences for this pair.")
        if ignore_punctuation and hidden:
            notes.append(f"{hidden} punctuation/typography-only difference(s) hidden.")
        note = "".join(f"<p style='color:{self._muted()}'>{html.escape(n)}</p>" for n in notes)
        self.setHtml(
            head
            + f"<p><b>{html.escape(doc_a.outlet or doc_a.title)}</b><br>"
            + fragments_html(a, pal)
            + "</p>"
            + f"<p><b>{html.escape(doc_b.outlet or doc_b.title)}</b><br>"
            + fragments_html(b, pal)
            + "</p>"
            + note
        )

    def show_unique(self, doc: Document, span: Span, other: Document) -> None:
        pal = colours(self.palette())
        self.fragments = {"a": [("equal", span.slice(doc.text))], "b": []}
        self.kind = "unique"
        self.setHtml(
            f"<p><span style='color:{pal.unique.name()}; font-weight:bold'>{MARKS['unique']} "
            f"Only in {html.escape(doc.outlet)}</span> — no other article carries this.</p>"
            f"<p><b>{html.escape(doc.outlet)}</b><br>{html.escape(span.slice(doc.text))}</p>"
            f"<p style='color:{self._muted()}'>Nothing in {html.escape(other.outlet)} "
            "matches it.</p>"
        )

    def _muted(self) -> str:
        return colours(self.palette()).boilerplate.name()
