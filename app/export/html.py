"""The report as one self-contained HTML file: inline CSS, no scripts, no remote resources.

A journalist may mail the file or open it years later offline, so nothing may be
fetched. Differences are ``<del>``/``<ins>`` (struck through / underlined) with a
colour-blind-safe tint behind them, so the marks survive grey-scale printing and
screen readers announce them.
"""

from __future__ import annotations

from html import escape
from pathlib import Path

from app.export.atomic import atomic_write
from app.export.report import (
    EXCLUSIVE_NOTE,
    NOTHING_EXCLUSIVE,
    PairView,
    Report,
    Rich,
    build_report,
    coverage_note,
    percent,
    unmatched_line,
)
from app.model import Comparison
from app.present.quotes import INFERRED_HELP

CSS = """
@page { margin: 18mm 15mm; }
body { font-family: "DejaVu Sans", "Segoe UI", Arial, sans-serif; font-size: 10.5pt;
       color: #111; max-width: 70em; margin: 1.5em auto; padding: 0 1em; line-height: 1.45; }
h1 { font-size: 1.7em; margin-bottom: .2em; }
h2 { font-size: 1.3em; border-bottom: 2px solid #444; margin-top: 2em; page-break-after: avoid; }
h3 { font-size: 1.1em; margin-top: 1.6em; page-break-after: avoid; }
table { border-collapse: collapse; width: 100%; margin: .6em 0 1em; }
th, td { border: 1px solid #999; padding: .3em .45em; vertical-align: top; text-align: left;
         overflow-wrap: anywhere; }
th { background: #e6e6e6; }
thead { display: table-header-group; }
tr { page-break-inside: avoid; }
td.num, th.num { text-align: right; white-space: nowrap; }
.meta { color: #333; }
.hash { font-family: "DejaVu Sans Mono", monospace; font-size: .8em; overflow-wrap: anywhere; }
.kind { white-space: nowrap; font-size: .9em; }
.flag { display: inline-block; border: 1px solid #111; border-radius: 3px; padding: 0 .3em;
        margin: .1em .1em 0 0; font-size: .85em; font-weight: bold; }
del { text-decoration: line-through; text-decoration-thickness: 1.5px;
      background: #FBE3D6; color: #000; }
ins { text-decoration: underline; text-decoration-thickness: 1.5px;
      background: #D4E8F5; color: #000; }
del.chg { background: #F2B894; }
ins.chg { background: #9FCBEA; }
.legend del, .legend ins { padding: 0 .2em; }
.exclusive li { margin-bottom: .3em; }
.empty { color: #555; font-style: italic; }
.utterance { color: #333; font-style: italic; margin: .2em 0 .4em; }
.note { color: #333; }
"""


# C0 control characters (other than tab and newline) are invalid in HTML; articles pasted
# from PDFs sometimes carry them.
_CONTROLS = {c: None for c in range(32) if c not in (9, 10, 13)}


def _e(text: str) -> str:
    return escape(text.translate(_CONTROLS), quote=True)


def rich(runs: Rich) -> str:
    out = []
    for run in runs:
        text = _e(run.text)
        if run.mark in ("del", "chg-del"):
            cls = ' class="chg"' if run.mark == "chg-del" else ""
            out.append(f"<del{cls}>{text}</del>")
        elif run.mark in ("ins", "chg-ins"):
            cls = ' class="chg"' if run.mark == "chg-ins" else ""
            out.append(f"<ins{cls}>{text}</ins>")
        else:
            out.append(text)
    return "".join(out)


def _flags(flags: tuple[str, ...]) -> str:
    return " ".join(f'<span class="flag">{_e(f)}</span>' for f in flags)


def _cover(r: Report) -> list[str]:
    out = [
        f"<h1>{_e(r.title)}</h1>",
        f'<p class="meta">Comparison report generated {_e(r.generated)} '
        f"by Parallax {_e(r.version)}.</p>",
        "<h2>Settings</h2><table><tbody>",
    ]
    out += [f"<tr><th>{_e(k)}</th><td>{_e(v)}</td></tr>" for k, v in r.settings]
    out.append("</tbody></table>")
    out.append(
        "<h2>Sources</h2><table><thead><tr><th>Outlet</th><th>Title</th><th>Author</th>"
        '<th>Published</th><th>URL or file</th><th class="num">Words</th><th>SHA-256</th>'
        "</tr></thead><tbody>"
    )
    for s in r.sources:
        where = f'<a href="{_e(s.link)}">{_e(s.location)}</a>' if s.link else _e(s.location)
        out.append(
            f"<tr><td>{_e(s.label)}</td><td>{_e(s.title)}</td><td>{_e(s.author)}</td>"
            f'<td>{_e(s.published)}</td><td>{where}</td><td class="num">{s.words}</td>'
            f'<td class="hash">{_e(s.sha256)}</td></tr>'
        )
    out.append("</tbody></table>")
    if r.problems:
        out.append("<h3>Files that could not be read</h3><ul>")
        out += [f"<li><strong>{_e(p.path)}</strong>: {_e(p.message)}</li>" for p in r.problems]
        out.append("</ul>")
    return out


def _summary(r: Report) -> list[str]:
    s = r.summary
    out = ["<h2>Summary</h2>"]
    if len(s.labels) > 1:
        out.append(
            "<h3>Similarity</h3><p>Share of each row outlet’s reporting that the column "
            "outlet also carries.</p><table><thead><tr><th></th>"
        )
        numbered = len(s.labels) > 4  # as in the PDF: many outlets, numbered columns
        out += [
            f'<th class="num" title="{_e(label)}">{i + 1 if numbered else _e(label)}</th>'
            for i, label in enumerate(s.labels)
        ]
        out.append("</tr></thead><tbody>")
        for i, (label, row) in enumerate(zip(s.labels, s.similarity, strict=True)):
            cells = "".join(f'<td class="num">{percent(v)}</td>' for v in row)
            name = f"{i + 1}. {_e(label)}" if numbered else _e(label)
            out.append(f"<tr><th>{name}</th>{cells}</tr>")
        out.append("</tbody></table>")
    if s.coverage:
        out += _coverage(r)
    out.append(
        "<h3>Sentences per outlet</h3><p>Each reporting sentence counted once, by the "
        "closest version any other outlet carries.</p><table><thead><tr><th>Outlet</th>"
        '<th class="num">Sentences</th><th class="num">Identical</th>'
        '<th class="num">Edited</th><th class="num">Paraphrased</th>'
        '<th class="num">Related</th><th class="num">Exclusive</th></tr></thead><tbody>'
    )
    for c in s.counts:
        out.append(
            f'<tr><td>{_e(c.label)}</td><td class="num">{c.sentences}</td>'
            f'<td class="num">{c.identical}</td><td class="num">{c.edited}</td>'
            f'<td class="num">{c.paraphrase}</td><td class="num">{c.related}</td>'
            f'<td class="num">{c.exclusive}</td></tr>'
        )
    out.append("</tbody></table>")
    out.append("<h3>Wire copy</h3>")
    if s.wire_passages:
        out.append(f'<p class="meta">{_e(s.wire_note)}</p>')
        out.append(
            '<table><thead><tr><th>Shared passage (start)</th><th class="num">Words</th>'
            "<th>Outlets</th></tr></thead><tbody>"
        )
        out += [
            f'<tr><td>{_e(w.excerpt)}</td><td class="num">{w.words}</td>'
            f"<td><b>{len(w.labels)}</b>: {_e(', '.join(w.labels))}</td></tr>"
            for w in s.wire_passages
        ]
        out.append("</tbody></table>")
    else:
        out.append('<p class="empty">No long verbatim passages shared between outlets.</p>')
    if len(s.labels) == 1:
        line = f"{len(r.quote_groups)} direct quotes (scare quotes left out)."
    else:
        line = (
            f"{s.quote_groups} quote groups: {s.reworded} reworded, {s.trimmed} trimmed, "
            f"{s.merged} merged, {s.reattributed} reattributed."
        )
    out.append(f"<h3>Quotes</h3><p>{line}</p>")
    return out


def _coverage(r: Report) -> list[str]:
    """Who reported what, as the PDF lays it out: outlets numbered in the column heads."""
    labels = r.summary.labels
    out = [
        f"<h3>Who reported what</h3><p>{_e(coverage_note(labels))}</p>"
        '<table><thead><tr><th>Fact or quote</th><th class="num">Outlets</th>'
    ]
    out += [
        f'<th class="num" title="{_e(label)}">{i + 1}</th>' for i, label in enumerate(labels)
    ]
    out.append("</tr></thead><tbody>")
    for line in r.summary.coverage:
        cells = "".join(
            f'<td class="num">{line.mark(c)}</td>' for c in range(len(line.carried))
        )
        out.append(f'<tr><td>{_e(line.label)}</td><td class="num">{line.count}</td>{cells}</tr>')
    out.append("</tbody></table>")
    return out


def _quotes(r: Report) -> list[str]:
    out = [f"<h2>{_e(r.quotes_heading)}</h2>"]
    if r.inferred_speakers:
        out.append(f'<p class="note">{_e(INFERRED_HELP)}</p>')
    if not r.quote_groups:
        out.append('<p class="empty">No quote is shared by two outlets.</p>')
    if len(r.sources) == 1 and r.quote_groups:  # one article: one table, a row per quote
        out.append(
            "<table><thead><tr><th>#</th><th>Speaker</th><th>Wording</th></tr></thead><tbody>"
        )
        out += [
            f'<tr><td class="num">{g.number}</td><td>{_e(g.speaker)}</td>'
            f"<td>“{rich(g.wordings[0].wording)}”</td></tr>"
            for g in r.quote_groups
        ]
        out.append("</tbody></table>")
        return out
    for g in r.quote_groups:
        out.append(f"<h3>Quote {g.number}: {_e(g.speaker)} {_flags(g.flags)}</h3>")
        out.append(f'<p class="utterance">“{_e(g.utterance)}”</p>')
        out.append(
            "<table><thead><tr><th>Outlet</th><th>Speaker as given</th><th>Wording</th>"
            "</tr></thead><tbody>"
        )
        for w in g.wordings:
            frag = ' <span class="flag">fragment</span>' if w.fragment else ""
            out.append(
                f"<tr><td>{_e(w.label)}</td><td>{_e(w.speaker)}</td>"
                f"<td>“{rich(w.wording)}”{frag}</td></tr>"
            )
        out.append("</tbody></table>")
    return out


def _pair(p: PairView, lists: bool = True) -> list[str]:
    out = [f"<h3>{_e(p.left_label)} ↔ {_e(p.right_label)}</h3>"]
    if p.similarity is not None:
        out.append(
            f"<p>{_e(p.right_label)} carries {percent(p.similarity)} of "
            f"{_e(p.left_label)}’s reporting.</p>"
        )
    if p.rows:
        out.append(
            f'<table><thead><tr><th style="width:42%">{_e(p.left_label)}</th>'
            f'<th style="width:42%">{_e(p.right_label)}</th><th>Match</th></tr></thead><tbody>'
        )
        for row in p.rows:
            out.append(
                f"<tr><td>{rich(row.left)}</td><td>{rich(row.right)}</td>"
                f'<td class="kind">{_e(row.kind)} {row.score:.2f}<br>{_flags(row.flags)}</td></tr>'
            )
        out.append("</tbody></table>")
    else:
        out.append('<p class="empty">No sentence of one is matched in the other.</p>')
    if not lists:
        out.append(f'<p class="empty">{_e(unmatched_line(p))}</p>')
        return out
    for label, sentences in ((p.left_label, p.left_only), (p.right_label, p.right_only)):
        out.append(f"<h4>Only in {_e(label)} ({len(sentences)})</h4>")
        if sentences:
            out.append(
                '<ul class="exclusive">' + "".join(f"<li>{_e(t)}</li>" for t in sentences) + "</ul>"
            )
    return out


def _exclusive(report: Report) -> list[str]:
    if not report.exclusive:
        return []
    out = ["<h2>What only one outlet says</h2>", f"<p>{_e(EXCLUSIVE_NOTE)}</p>"]
    for ex in report.exclusive:
        out.append(f"<h3>{_e(ex.label)} ({len(ex.sentences)})</h3>")
        if ex.sentences:
            out.append(
                '<ul class="exclusive">'
                + "".join(f"<li>{_e(t)}</li>" for t in ex.sentences)
                + "</ul>"
            )
        else:
            out.append(f'<p class="empty">{_e(NOTHING_EXCLUSIVE)}</p>')
    return out


def _side_by_side(report: Report) -> list[str]:
    body = ["<h2>Side by side</h2>"]
    body.append(
        '<p class="legend">In each pair, <del>struck-through words</del> are only in the '
        "left article and <ins>underlined words</ins> only in the right; a deeper shade "
        '(<del class="chg">like</del> <ins class="chg">this</ins>) marks words replaced '
        "by others. Differences in punctuation or typography alone are not marked.</p>"
    )
    if not report.pairs:
        body.append('<p class="empty">No pair of outlets shares a sentence.</p>')
    for pair in report.pairs:
        body += _pair(pair, report.pair_lists)
    if report.pairs_without_matches:
        names = "; ".join(f"{_e(a)} / {_e(b)}" for a, b in report.pairs_without_matches)
        body.append(f'<p class="empty">Pairs that share no sentence: {names}.</p>')
    return body


def render_html(report: Report) -> str:
    body = _cover(report) + _summary(report) + _quotes(report) + _exclusive(report)
    if len(report.sources) > 1:
        body += _side_by_side(report)
    if report.set_aside:
        body.append(
            "<h2>Text set aside</h2><p>Passages recognised as not part of the article "
            "(donation pleas, captions, links to other stories). They were left out of the "
            "comparison.</p><table><thead><tr><th>Outlet</th><th>Why</th>"
            "<th>Passage (start)</th></tr></thead><tbody>"
        )
        body += [
            f"<tr><td>{_e(b.label)}</td><td>{_e(b.reason)}</td><td>{_e(b.excerpt)}</td></tr>"
            for b in report.set_aside
        ]
        body.append("</tbody></table>")
    return (
        '<!DOCTYPE html>\n<html lang="en">\n<head>\n<meta charset="utf-8">\n'
        '<meta name="viewport" content="width=device-width, initial-scale=1">\n'
        f"<title>{_e(report.title)}</title>\n<style>{CSS}</style>\n</head>\n<body>\n"
        + "\n".join(body)
        + "\n</body>\n</html>\n"
    )


def write_html(
    comparison: Comparison,
    path: str | Path,
    *,
    title: str | None = None,
    scope: tuple[str, str] | None = None,
) -> None:
    atomic_write(
        path, render_html(build_report(comparison, title=title, scope=scope)).encode("utf-8")
    )
