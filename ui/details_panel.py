"""What a clicked sentence says on each side: both wordings with word-level differences.

The wordings and their marks are :class:`app.present.pair.MatchView` runs, the same
records the PDF and HTML reports print, so the panel and the report mark the same words;
the panel only chooses colours. Punctuation- or typography-only differences are plain
when the user asked to ignore them (the presentation is built with that choice).
"""

from __future__ import annotations

import html
from typing import NamedTuple

from PySide6.QtWidgets import QTextBrowser, QWidget

from app.model import Document, Span
from app.present.pair import MatchView
from app.present.runs import Rich, Run
from ui.palette import KIND_LABELS, MARKS, Colours, colours

#: The link the details panel offers beside an unmatched sentence's closest counterpart.
NEAREST_LINK = "parallax:nearest"


class Closest(NamedTuple):
    """The other article's closest sentence to an unmatched one, and why it is not the
    match (in the reader's terms)."""

    words: str
    why: str

FLAG_LABELS = {
    "number": "Number changed",
    "date": "Date changed",
    "negation": "Negation differs",
    "person": "Different person",
    "body": "Different organisation",
    "speaker": "Different speaker",
}


def runs_html(runs: Rich, pal: Colours) -> str:
    """Marked runs as rich text; each mark has a second cue besides colour (grey print)."""
    out = []
    for run in runs:
        esc = html.escape(run.text)
        if run.mark == "del":
            out.append(
                f'<span style="background:{pal.deleted.name()};'
                f' text-decoration:line-through">{esc}</span>'
            )
        elif run.mark == "ins":
            out.append(
                f'<span style="background:{pal.inserted.name()};'
                f' text-decoration:underline">{esc}</span>'
            )
        elif run.mark in ("chg-del", "chg-ins"):
            line = "line-through" if run.mark == "chg-del" else "underline"
            out.append(
                f'<span style="background:{pal.changed.name()}; font-weight:bold;'
                f' text-decoration:{line}">{esc}</span>'
            )
        else:
            out.append(esc)
    return "".join(out)


class DetailsPanel(QTextBrowser):
    """Read-only details of the current selection; ``runs`` keeps what was rendered."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setOpenLinks(False)
        self.runs: dict[str, Rich] = {"a": (), "b": ()}
        self.kind: str | None = None
        self.show_message("Click a highlighted sentence to see how each article words it.")

    def show_message(self, message: str) -> None:
        self.runs = {"a": (), "b": ()}
        self.kind = None
        self.setHtml(f"<p style='color:{self._muted()}'>{html.escape(message)}</p>")

    def show_match(
        self, view: MatchView, left_label: str, right_label: str, ignore_punctuation: bool
    ) -> None:
        pal = colours(self.palette())
        match = view.match
        self.runs = {"a": view.left, "b": view.right}
        self.kind = view.kind
        hidden = sum(1 for d in match.diff if d.trivial and d.tag != "equal")
        flags = " ".join(
            f"<span style='background:{pal.unique.name()}; color:{pal.base.name()};'>"
            f"&nbsp;⚑ {html.escape(FLAG_LABELS.get(f, f))}&nbsp;</span>"
            for f in match.flags
        )
        kind_colour = pal.kind_text.get(view.kind, pal.boilerplate).name()
        label = KIND_LABELS.get(view.kind, view.label)
        head = (
            f"<p><span style='color:{kind_colour}; font-weight:bold'>"
            f"{MARKS.get(view.kind, '')} {html.escape(label)}</span>"
            f" &nbsp; score {match.score:.2f} &nbsp; {flags}</p>"
        )
        notes = []
        if view.quiet:
            notes.append("A looser link: the two may report the same fact in other words.")
        if not match.diff and view.kind != "identical":
            notes.append("The engine recorded no word-level differences for this pair.")
        if ignore_punctuation and hidden:
            notes.append(f"{hidden} punctuation/typography-only difference(s) hidden.")
        note = "".join(f"<p style='color:{self._muted()}'>{html.escape(n)}</p>" for n in notes)
        self.setHtml(
            head
            + f"<p><b>{html.escape(left_label)}</b><br>{runs_html(view.left, pal)}</p>"
            + f"<p><b>{html.escape(right_label)}</b><br>{runs_html(view.right, pal)}</p>"
            + note
        )

    def show_unique(
        self,
        doc: Document,
        span: Span,
        label: str,
        other_label: str,
        closest: Closest | None = None,
    ) -> None:
        """An unmatched sentence; ``closest``: the other article's nearest sentence and why
        it is not the match, so a reader checking that only this outlet says it sees how
        close the other came."""
        pal = colours(self.palette())
        self.runs = {"a": (Run(span.slice(doc.text)),), "b": ()}
        self.kind = "unique"
        other = html.escape(other_label)
        if closest is None:
            near = f"<p style='color:{self._muted()}'>Nothing in {other} matches it.</p>"
        else:
            words, why = closest.words, closest.why
            near = (
                f"<p style='color:{self._muted()}'>Nothing in {other} matches it. Its "
                f"closest sentence there ({html.escape(why)}):</p>"
                f"<p><b>{other}</b><br>{html.escape(words)} "
                f"<a href='{NEAREST_LINK}'>Show it</a></p>"
            )
        self.setHtml(
            f"<p><span style='color:{pal.unique.name()}; font-weight:bold'>{MARKS['unique']} "
            f"Only in {html.escape(label)}</span> — no other article carries this.</p>"
            f"<p><b>{html.escape(label)}</b><br>{html.escape(span.slice(doc.text))}</p>"
            f"{near}"
        )

    def _muted(self) -> str:
        return colours(self.palette()).boilerplate.name()
