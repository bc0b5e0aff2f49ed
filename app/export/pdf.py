"""The report as a PDF, drawn with reportlab's platypus (no Qt, so the CLI stays headless).

Text is real text in an embedded DejaVu Sans (curly quotes, dashes, accented Latin,
Cyrillic and Greek all have glyphs), so the PDF is searchable and can be quoted from.
Tables are ``LongTable`` with a repeated header row and rows allowed to split, so a long
sentence never runs off the page. "Page X of Y" needs the page count before the first
page is finished, hence the two-pass canvas that draws headers and footers at save time.
"""

from __future__ import annotations

import io
from collections.abc import Callable, Sequence
from functools import cache, cached_property
from pathlib import Path
from typing import Any
from xml.sax.saxutils import escape

from reportlab.lib import colors
from reportlab.lib.enums import TA_RIGHT
from reportlab.lib.pagesizes import A4, LETTER
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen import canvas as rl_canvas
from reportlab.platypus import (
    CondPageBreak,
    Flowable,
    KeepTogether,
    LongTable,
    PageBreak,
    Paragraph,
    SimpleDocTemplate,
    Spacer,
    TableStyle,
)

from app.export.atomic import atomic_write
from app.export.report import (
    EXCLUSIVE_NOTE,
    NOTHING_EXCLUSIVE,
    PairView,
    QuoteGroupView,
    Report,
    Rich,
    build_report,
    coverage_note,
    percent,
    unmatched_line,
)
from app.model import Comparison
from app.present.quotes import INFERRED_HELP
from app.progress import CancelledFn, ProgressFn, checkpoint
from app.resources import resource_path

PAGE_SIZES = {"A4": A4, "Letter": LETTER}
FONT = "DejaVuSans"
MARGIN = 18 * mm
# Room a heading needs below it for its table's header row and first rows.
HEADING_AND_ROWS = 110

# Okabe–Ito colour-blind-safe hues as light tints; the strike/underline carries the
# meaning in grey-scale, the tint only helps the eye find it.
DEL_TINT = "#FBE3D6"  # vermillion #D55E00, light
DEL_DEEP = "#F2B894"
INS_TINT = "#D4E8F5"  # blue #0072B2, light
INS_DEEP = "#9FCBEA"
GRID = colors.HexColor("#9A9A9A")
HEAD_BG = colors.HexColor("#E6E6E6")


@cache
def register_fonts() -> str:
    """Register DejaVu Sans (all four faces) once; returns the family name."""
    faces = {
        FONT: "DejaVuSans.ttf",
        f"{FONT}-Bold": "DejaVuSans-Bold.ttf",
        f"{FONT}-Oblique": "DejaVuSans-Oblique.ttf",
        f"{FONT}-BoldOblique": "DejaVuSans-BoldOblique.ttf",
    }
    for name, file in faces.items():
        pdfmetrics.registerFont(TTFont(name, str(resource_path("resources", "fonts", file))))
    pdfmetrics.registerFontFamily(
        FONT,
        normal=FONT,
        bold=f"{FONT}-Bold",
        italic=f"{FONT}-Oblique",
        boldItalic=f"{FONT}-BoldOblique",
    )
    return FONT


@cache
def styles() -> dict[str, ParagraphStyle]:
    register_fonts()
    base = ParagraphStyle("body", fontName=FONT, fontSize=9.5, leading=12.5, spaceAfter=4)
    cell = ParagraphStyle("cell", parent=base, fontSize=8.5, leading=11, spaceAfter=0)
    h2 = ParagraphStyle(
        "h2",
        parent=base,
        fontName=f"{FONT}-Bold",
        fontSize=11.5,
        leading=15,
        spaceBefore=10,
        spaceAfter=5,
        keepWithNext=1,
    )
    return {
        "title": ParagraphStyle(
            "title", parent=base, fontName=f"{FONT}-Bold", fontSize=20, leading=25, spaceAfter=10
        ),
        "h1": ParagraphStyle(
            "h1", parent=h2, fontSize=15, leading=19, spaceBefore=6, spaceAfter=8
        ),
        "h2": h2,
        # A heading over a long table that splits: kept with the table's first rows by a
        # conditional page break instead (keepWithNext would move the whole table on, and
        # leave the cover page nearly empty above a ten-source table).
        "h2_split": ParagraphStyle("h2_split", parent=h2, keepWithNext=0),
        "body": base,
        "muted": ParagraphStyle("muted", parent=base, textColor=colors.HexColor("#444444")),
        "cell": cell,
        "cell_bold": ParagraphStyle("cell_bold", parent=cell, fontName=f"{FONT}-Bold"),
        "cell_num": ParagraphStyle("cell_num", parent=cell, alignment=TA_RIGHT),
        "cell_num_bold": ParagraphStyle(
            "cell_num_bold", parent=cell, fontName=f"{FONT}-Bold", alignment=TA_RIGHT
        ),
        "cell_small": ParagraphStyle("cell_small", parent=cell, fontSize=7.5, leading=9.5),
        "bullet": ParagraphStyle(
            "bullet",
            parent=base,
            fontSize=8.5,
            leading=11,
            leftIndent=12,
            bulletIndent=2,
            bulletFontName=FONT,
            spaceAfter=3,
        ),
    }


def _e(text: str) -> str:
    return escape(text)


def rich_markup(runs: Rich) -> str:
    """Paragraph markup for marked text: strike/underline always, tint as a second cue."""
    out = []
    for run in runs:
        text = _e(run.text)
        if run.mark == "del":
            out.append(f'<strike><font backColor="{DEL_TINT}">{text}</font></strike>')
        elif run.mark == "chg-del":
            out.append(f'<strike><font backColor="{DEL_DEEP}">{text}</font></strike>')
        elif run.mark == "ins":
            out.append(f'<u><font backColor="{INS_TINT}">{text}</font></u>')
        elif run.mark == "chg-ins":
            out.append(f'<u><font backColor="{INS_DEEP}">{text}</font></u>')
        else:
            out.append(text)
    return "".join(out)


def _flags(flags: tuple[str, ...]) -> str:
    return " ".join(f"<b>[{_e(f)}]</b>" for f in flags)


def _table(
    rows: list[list[Any]],
    widths: list[float],
    *,
    header: bool = True,
    extra: list | None = None,
    in_row: bool = True,
) -> LongTable:
    """A grid table that repeats its header and splits between rows, and inside one
    unless ``in_row`` is False (short rows read better whole on the next page)."""
    table = LongTable(
        rows,
        colWidths=widths,
        repeatRows=1 if header else 0,
        splitByRow=1,
        splitInRow=1 if in_row else 0,
        hAlign="LEFT",
    )
    style: list[tuple] = [
        ("FONTNAME", (0, 0), (-1, -1), FONT),  # else cells select Helvetica (unused)
        ("GRID", (0, 0), (-1, -1), 0.5, GRID),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("LEFTPADDING", (0, 0), (-1, -1), 4),
        ("RIGHTPADDING", (0, 0), (-1, -1), 4),
        ("TOPPADDING", (0, 0), (-1, -1), 3),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
    ]
    if header:
        style.append(("BACKGROUND", (0, 0), (-1, 0), HEAD_BG))
    table.setStyle(TableStyle(style + (extra or [])))
    return table


class _Builder:
    """Turns the report model into platypus flowables for a frame ``width`` points wide."""

    def __init__(self, report: Report, width: float) -> None:
        self.r = report
        self.w = width
        self.s = styles()

    def p(self, markup: str, style: str = "cell") -> Paragraph:
        return Paragraph(markup, self.s[style])

    def cover(self) -> list[Flowable]:
        r = self.r
        out: list[Flowable] = [
            self.p(_e(r.title), "title"),
            self.p(
                f"Comparison report generated {_e(r.generated)} by Parallax {_e(r.version)}.",
                "muted",
            ),
            Spacer(1, 6),
            self.p("Settings", "h2"),
        ]
        rows = [[self.p(_e(k), "cell_bold"), self.p(_e(v))] for k, v in r.settings]
        out.append(_table(rows, [0.3 * self.w, 0.7 * self.w], header=False))
        out.append(CondPageBreak(HEADING_AND_ROWS))
        out.append(self.p("Sources", "h2_split"))
        # Author and date only when some source has one: empty columns are noise. The
        # outlet column as wide as its longest name needs (within limits); the others
        # share the rest in fixed proportions (a date fits on one line).
        cols: list[tuple[str, float, Callable[[Any], Paragraph]]] = [
            ("Title", 0.26, lambda s: self.p(_e(s.title))),
            ("Author", 0.12, lambda s: self.p(_e(s.author))),
            ("Date", 0.13, lambda s: self.p(_e(s.published))),
            (
                "URL or file",
                0.25,
                lambda s: self.p(
                    f'<link href="{_e(s.link)}">{_e(s.location)}</link>'
                    if s.link
                    else _e(s.location),
                    "cell_small",
                ),
            ),
            ("Words", 0.09, lambda s: self.p(str(s.words), "cell_num")),
        ]
        cols = [
            c
            for c in cols
            if (c[0] != "Author" or any(s.author for s in r.sources))
            and (c[0] != "Date" or any(s.published for s in r.sources))
        ]
        first = self._outlet_width
        total = sum(share for _h, share, _f in cols)
        widths = [first] + [(self.w - first) * share / total for _h, share, _f in cols]
        rows = [[self.p(h, "cell_bold") for h in ["Outlet"] + [c[0] for c in cols]]]
        for s in r.sources:
            rows.append([self.p(_e(s.label))] + [make(s) for _h, _share, make in cols])
        out.append(_table(rows, widths))
        out.append(self.p("File fingerprints (SHA-256)", "h2"))
        out.append(
            self.p(
                "Hash each original file (for example <i>sha256sum FILE</i>) and "
                "compare: equal fingerprints prove the report was made from it.",
                "muted",
            )
        )
        rows = [[self.p("Outlet", "cell_bold"), self.p("SHA-256", "cell_bold")]]
        rows += [[self.p(_e(s.label)), self.p(_e(s.sha256), "cell_small")] for s in r.sources]
        out.append(_table(rows, [0.3 * self.w, 0.7 * self.w]))
        if r.problems:
            out.append(self.p("Files that could not be read", "h2"))
            out += [
                Paragraph(f"<b>{_e(p.path)}</b>: {_e(p.message)}", self.s["bullet"], bulletText="•")
                for p in r.problems
            ]
        return out

    @cached_property
    def _outlet_width(self) -> float:
        """A column of outlet names as wide as the longest needs (a name breaking inside a
        word, "nationalheraldindia.c om", reads badly), within an eighth and 28% of the
        page."""
        return self._fitted([s.label for s in self.r.sources], "cell", 0.12, 0.28)

    def _fitted(self, texts: Sequence[str], style: str, least: float, most: float) -> float:
        """A column as wide as the longest of ``texts`` needs in ``style`` (and a little
        air), kept between ``least`` and ``most`` of the page width."""
        st = self.s[style]
        longest = max(
            (pdfmetrics.stringWidth(t, st.fontName, st.fontSize) for t in texts), default=0.0
        )
        return min(max(longest + 10, least * self.w), most * self.w)

    def _label_widths(self, head: list[str]) -> list[float]:
        """Column widths for a table of an outlet and counts: each count column as wide
        as its bold heading needs (none breaks inside a word: "Paraphrase-d"), the
        outlet column the rest, so long outlet names ("midfloridanewspapers.com") fit."""
        bold = self.s["cell_num_bold"]
        pad = 8 + 2  # the cell's left and right padding, and a little air
        counts = [
            pdfmetrics.stringWidth(h, bold.fontName, bold.fontSize) + pad for h in head[1:]
        ]
        return [self.w - sum(counts), *counts]

    def similarity_tables(self, numbered: bool) -> list[Flowable]:
        """The matrix, cut into column blocks that fit the page when there are many outlets."""
        s = self.r.summary
        n = len(s.labels)
        # The row labels' column as wide as the longest needs (so a long outlet name does
        # not break inside a word), within a fifth and a third of the page.
        labels = [f"{i + 1}. {label}" if numbered else label for i, label in enumerate(s.labels)]
        first = self._fitted(labels, "cell_bold", 0.2, 0.34 if numbered else 0.4)
        per_block = max(1, int((self.w - first) // 30))
        out: list[Flowable] = []
        for c0 in range(0, n, per_block):
            cols = range(c0, min(n, c0 + per_block))
            head = [str(c + 1) if numbered else _e(s.labels[c]) for c in cols]
            rows = [[self.p("")] + [self.p(h, "cell_num_bold") for h in head]]
            for i, (label, row) in enumerate(zip(s.labels, s.similarity, strict=True)):
                name = f"{i + 1}. {_e(label)}" if numbered else _e(label)
                rows.append(
                    [self.p(name, "cell_bold")]
                    + [self.p(percent(row[c]), "cell_num") for c in cols]
                )
            width = min((self.w - first) / len(cols), 60 if numbered else self.w)
            out += [_table(rows, [first] + [width] * len(cols)), Spacer(1, 4)]
        return out

    def coverage_tables(self, numbered: bool) -> list[Flowable]:
        """Who reported what: a row per shared fact or quote, a numbered column per outlet,
        cut into column blocks when the outlets do not fit beside a readable name column."""
        s = self.r.summary
        n = len(s.labels)
        out: list[Flowable] = [
            self.p("Who reported what", "h2"),
            # the similarity table numbers its outlets from five on; below, say the numbers
            self.p(_e(coverage_note(s.labels, key=not numbered)), "muted"),
        ]
        bold = self.s["cell_num_bold"]
        pad = 8 + 4  # the cell's padding and a little air: no heading breaks ("1 0")
        count, cell = (
            pdfmetrics.stringWidth(t, bold.fontName, bold.fontSize) + pad
            for t in ("Outlets", "00" if n > 9 else "0")
        )
        cell = max(cell, 18.0)
        fit = max(1, int((0.6 * self.w - count) // cell))
        per_block = -(-n // -(-n // fit))  # as many blocks as needed, evenly filled
        for c0 in range(0, n, per_block):
            cols = range(c0, min(n, c0 + per_block))
            rows = [
                [self.p("Fact or quote", "cell_bold"), self.p("Outlets", "cell_num_bold")]
                + [self.p(str(c + 1), "cell_num_bold") for c in cols]
            ]
            for line in s.coverage:
                rows.append(
                    [self.p(_e(line.label)), self.p(line.count, "cell_num")]
                    + [self.p(line.mark(c), "cell_num") for c in cols]
                )
            name = self.w - count - cell * len(cols)
            widths = [name, count] + [cell] * len(cols)
            out += [_table(rows, widths, in_row=False), Spacer(1, 4)]
        return out

    def summary(self) -> list[Flowable]:
        s = self.r.summary
        out: list[Flowable] = [PageBreak(), self.p("Summary", "h1")]
        n = len(s.labels)
        if n > 1:
            out.append(self.p("Similarity", "h2"))
            numbered = n > 4
            out.append(
                self.p(
                    "Share of each row outlet’s reporting that the column outlet also "
                    "carries." + (" Columns are numbered as the rows." if numbered else ""),
                    "muted",
                )
            )
            out += self.similarity_tables(numbered)
        if s.coverage:
            out += self.coverage_tables(numbered)
        out.append(self.p("Sentences per outlet", "h2"))
        out.append(
            self.p(
                "Each reporting sentence counted once, by the closest version any other "
                "outlet carries.",
                "muted",
            )
        )
        head = ["Outlet", "Sentences", "Identical", "Edited", "Paraphrased", "Related",
                "Exclusive"]
        rows = [[self.p(head[0], "cell_bold")] + [self.p(h, "cell_num_bold") for h in head[1:]]]
        for c in s.counts:
            rows.append(
                [self.p(_e(c.label))]
                + [
                    self.p(str(v), "cell_num")
                    for v in (c.sentences, c.identical, c.edited, c.paraphrase, c.related,
                              c.exclusive)
                ]
            )
        out.append(_table(rows, self._label_widths(head)))
        out.append(self.p("Wire copy", "h2"))
        if s.wire_passages:
            out.append(self.p(_e(s.wire_note), "muted"))
            rows = [
                [self.p(h, "cell_bold") for h in ("Shared passage (start)", "Words", "Outlets")]
            ]
            rows += [
                [
                    self.p(_e(w.excerpt)),
                    self.p(str(w.words), "cell_num"),
                    self.p(f"<b>{len(w.labels)}</b>: " + ", ".join(_e(x) for x in w.labels)),
                ]
                for w in s.wire_passages
            ]
            out.append(_table(rows, [0.5 * self.w, 0.1 * self.w, 0.4 * self.w]))
        else:
            out.append(self.p("No long verbatim passages shared between outlets.", "muted"))
        out.append(self.p("Quotes", "h2"))
        if len(s.labels) == 1:
            line = f"{len(self.r.quote_groups)} direct quotes (scare quotes left out)."
        else:
            line = (
                f"{s.quote_groups} quote groups: {s.reworded} reworded, {s.trimmed} "
                f"trimmed, {s.merged} merged, {s.reattributed} reattributed."
            )
        out.append(self.p(line, "body"))
        return out

    def quote_group(self, g: QuoteGroupView) -> Flowable:
        heading = self.p(f"Quote {g.number}: {_e(g.speaker)} {_flags(g.flags)}", "h2")
        said = self.p(f"“{_e(g.utterance)}”", "muted")
        rows = [[self.p(h, "cell_bold") for h in ("Outlet", "Speaker as given", "Wording")]]
        for w in g.wordings:
            frag = " <b>[fragment]</b>" if w.fragment else ""
            rows.append(
                [
                    self.p(_e(w.label)),
                    self.p(_e(w.speaker)),
                    self.p(f"“{rich_markup(w.wording)}”{frag}"),
                ]
            )
        first = self._outlet_width
        table = _table(rows, [first, 0.18 * self.w, 0.82 * self.w - first])
        return KeepTogether([heading, said, table])

    def quotes(self) -> list[Flowable]:
        out: list[Flowable] = [PageBreak(), self.p(_e(self.r.quotes_heading), "h1")]
        if len(self.r.sources) > 1:
            out.append(
                self.p(
                    "Each outlet’s wording of the same utterance. Words an outlet adds or "
                    f"changes against the first wording are <u><font backColor="
                    f'"{INS_TINT}">underlined</font></u>.',
                    "muted",
                )
            )
        if self.r.inferred_speakers:
            out.append(self.p(_e(INFERRED_HELP), "muted"))
        if not self.r.quote_groups:
            out.append(self.p("No quote is shared by two outlets.", "muted"))
        elif len(self.r.sources) == 1:  # one article: one table, a row per quote
            rows = [[self.p(h, "cell_bold") for h in ("#", "Speaker", "Wording")]]
            rows += [
                [
                    self.p(str(g.number), "cell_num"),
                    self.p(_e(g.speaker)),
                    self.p(f"“{rich_markup(g.wordings[0].wording)}”"),
                ]
                for g in self.r.quote_groups
            ]
            out.append(_table(rows, [0.06 * self.w, 0.24 * self.w, 0.7 * self.w]))
        else:
            out += [self.quote_group(g) for g in self.r.quote_groups]
        return out

    def set_aside(self) -> list[Flowable]:
        if not self.r.set_aside:
            return []
        out: list[Flowable] = [
            PageBreak(),
            self.p("Text set aside", "h1"),
            self.p(
                "Passages recognised as not part of the article (donation pleas, captions, "
                "links to other stories). They were left out of the comparison.",
                "muted",
            ),
        ]
        rows = [[self.p(h, "cell_bold") for h in ("Outlet", "Why", "Passage (start)")]]
        rows += [
            [self.p(_e(b.label)), self.p(_e(b.reason)), self.p(_e(b.excerpt))]
            for b in self.r.set_aside
        ]
        out.append(_table(rows, [0.22 * self.w, 0.18 * self.w, 0.6 * self.w]))
        return out

    def pair(self, pv: PairView) -> list[Flowable]:
        out: list[Flowable] = [self.p(f"{_e(pv.left_label)} ↔ {_e(pv.right_label)}", "h2")]
        if pv.similarity is not None:
            out.append(
                self.p(
                    f"{_e(pv.right_label)} carries {percent(pv.similarity)} of "
                    f"{_e(pv.left_label)}’s reporting.",
                    "muted",
                )
            )
        if pv.rows:
            rows = [
                [
                    self.p(_e(pv.left_label), "cell_bold"),
                    self.p(_e(pv.right_label), "cell_bold"),
                    self.p("Match", "cell_bold"),
                ]
            ]
            for row in pv.rows:
                rows.append(
                    [
                        self.p(rich_markup(row.left)),
                        self.p(rich_markup(row.right)),
                        self.p(
                            f"{_e(row.kind)} {row.score:.2f}<br/>{_flags(row.flags)}", "cell_small"
                        ),
                    ]
                )
            out.append(_table(rows, [0.43 * self.w, 0.43 * self.w, 0.14 * self.w]))
        else:
            out.append(self.p("No sentence of one is matched in the other.", "muted"))
        if not self.r.pair_lists:
            out.append(self.p(_e(unmatched_line(pv)), "muted"))
            return out
        for label, sentences in ((pv.left_label, pv.left_only), (pv.right_label, pv.right_only)):
            out.append(self.p(f"Only in {_e(label)} ({len(sentences)})", "h2"))
            out += self.bullets(sentences)
        return out

    def bullets(self, texts: Sequence[str]) -> list[Flowable]:
        return [Paragraph(_e(t), self.s["bullet"], bulletText="•") for t in texts]

    def exclusive(self) -> list[Flowable]:
        if not self.r.exclusive:
            return []
        out: list[Flowable] = [
            PageBreak(),
            self.p("What only one outlet says", "h1"),
            self.p(_e(EXCLUSIVE_NOTE), "muted"),
        ]
        for ex in self.r.exclusive:
            out.append(self.p(f"{_e(ex.label)} ({len(ex.sentences)})", "h2"))
            if not ex.sentences:
                out.append(self.p(_e(NOTHING_EXCLUSIVE), "muted"))
            out += self.bullets(ex.sentences)
        return out

    def side_by_side(self) -> list[Flowable]:
        if len(self.r.sources) < 2:
            return []
        out: list[Flowable] = [
            PageBreak(),
            self.p("Side by side", "h1"),
            self.p(
                f'<strike><font backColor="{DEL_TINT}">Struck-through words</font></strike> '
                "are only in the left article, "
                f'<u><font backColor="{INS_TINT}">underlined words</font></u> '
                f'only in the right; a deeper shade (<strike><font backColor="{DEL_DEEP}">like'
                f'</font></strike> <u><font backColor="{INS_DEEP}">this</font></u>) marks words '
                "replaced by others. Differences in punctuation or typography alone are not "
                "marked.",
                "muted",
            ),
        ]
        if not self.r.pairs:
            out.append(self.p("No pair of outlets shares a sentence.", "muted"))
        for pv in self.r.pairs:
            out += self.pair(pv)
        if self.r.pairs_without_matches:
            names = "; ".join(f"{_e(a)} / {_e(b)}" for a, b in self.r.pairs_without_matches)
            out.append(self.p(f"Pairs that share no sentence: {names}.", "muted"))
        return out

    def story(self) -> list[Flowable]:
        return (
            self.cover() + self.summary() + self.quotes() + self.exclusive()
            + self.side_by_side() + self.set_aside()
        )


def _numbered_canvas(title: str, version: str, generated: str) -> Callable[..., rl_canvas.Canvas]:
    """A canvas that holds every page back until save() so footers can say "of Y"."""

    class NumberedCanvas(rl_canvas.Canvas):
        def __init__(self, *args: Any, **kwargs: Any) -> None:
            super().__init__(*args, **kwargs)
            self._pages: list[dict[str, Any]] = []

        def showPage(self) -> None:
            self._pages.append(dict(self.__dict__))
            self._startPage()

        def save(self) -> None:
            total = len(self._pages)
            for state in self._pages:
                self.__dict__.update(state)
                self._decorate(total)
                super().showPage()
            super().save()

        def _decorate(self, total: int) -> None:
            width, height = self._pagesize
            usable = width - 2 * MARGIN
            self.saveState()
            self.setFillColor(colors.HexColor("#333333"))
            self.setFont(FONT, 8)
            head = title
            while head and pdfmetrics.stringWidth(head, FONT, 8) > usable:
                head = head[:-2] + "…"
            self.drawString(MARGIN, height - MARGIN + 8 * mm, head)
            self.setStrokeColor(GRID)
            self.setLineWidth(0.5)
            self.line(
                MARGIN, height - MARGIN + 6.5 * mm, width - MARGIN, height - MARGIN + 6.5 * mm
            )
            self.line(MARGIN, MARGIN - 6 * mm, width - MARGIN, MARGIN - 6 * mm)
            self.drawString(MARGIN, MARGIN - 10 * mm, f"Parallax {version} · {generated}")
            self.drawRightString(
                width - MARGIN, MARGIN - 10 * mm, f"Page {self._pageNumber} of {total}"
            )
            self.restoreState()

    return NumberedCanvas


def render_pdf(
    report: Report,
    page_size: str = "A4",
    progress: ProgressFn | None = None,
    cancelled: CancelledFn | None = None,
) -> bytes:
    """The PDF's bytes. ``page_size`` is ``"A4"`` or ``"Letter"``.

    ``progress(done, total)`` counts laid-out blocks; ``cancelled()`` is polled at each
    and stops the layout with :class:`app.errors.Cancelled` (nothing is written).
    """
    if page_size not in PAGE_SIZES:
        raise ValueError(f"page size must be one of {', '.join(PAGE_SIZES)}, not {page_size!r}")
    register_fonts()
    buffer = io.BytesIO()
    doc = SimpleDocTemplate(
        buffer,
        pagesize=PAGE_SIZES[page_size],
        leftMargin=MARGIN,
        rightMargin=MARGIN,
        topMargin=MARGIN,
        bottomMargin=MARGIN,
        title=report.title,
        author="Parallax",
        subject="Comparison of news coverage",
        initialFontName=FONT,  # else every page selects reportlab's default Helvetica
        creator=f"Parallax {report.version}",
    )
    story = _Builder(report, doc.width).story()
    total = len(story)

    def on_progress(kind: str, value: int) -> None:
        if kind == "PROGRESS":
            checkpoint(max(0, min(value, total)), total, progress, cancelled)

    if progress is not None or cancelled is not None:
        doc.setProgressCallBack(on_progress)
    doc.build(story, canvasmaker=_numbered_canvas(report.title, report.version, report.generated))
    return buffer.getvalue()


def write_pdf(
    comparison: Comparison,
    path: str | Path,
    *,
    page_size: str = "A4",
    title: str | None = None,
    scope: tuple[str, str] | None = None,
    progress: ProgressFn | None = None,
    cancelled: CancelledFn | None = None,
) -> None:
    report = build_report(comparison, title=title, scope=scope)
    atomic_write(path, render_pdf(report, page_size, progress, cancelled))
