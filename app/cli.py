"""``parallax compare PATH [PATH ...]``: compare articles headlessly, export JSON/PDF/HTML.

Exit codes are part of the public interface (scripts branch on them):
0 success, 1 unexpected failure, 2 usage error, 3 some input could not be read (the
rest were still compared and reported). Nothing here imports Qt: the report writers
draw with reportlab, so the command runs on a server with no display.
"""

from __future__ import annotations

import argparse
import dataclasses
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING, TextIO

if TYPE_CHECKING:
    from app.errors import LoadError
    from app.model import Comparison, Document, Problem

EXIT_OK = 0
EXIT_FAILURE = 1
EXIT_USAGE = 2
EXIT_UNREADABLE = 3


def _threshold(value: str) -> float:
    try:
        x = float(value)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a number: {value!r}") from None
    if not 0.0 <= x <= 1.0:
        raise argparse.ArgumentTypeError(f"must be between 0 and 1, not {value}")
    return x


def _page_size(value: str) -> str:
    sizes = {"a4": "A4", "letter": "Letter"}
    try:
        return sizes[value.lower()]
    except KeyError:
        raise argparse.ArgumentTypeError(f"choose A4 or Letter, not {value!r}") from None


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="parallax compare",
        description="Line up the sentences and quotes that news articles share, and show how "
        "each outlet words them. With no output option, prints a short summary.",
    )
    parser.add_argument(
        "paths",
        nargs="+",
        metavar="PATH",
        help="article files (.txt .md .html .docx .pdf) or folders of them",
    )
    parser.add_argument(
        "--json",
        metavar="FILE",
        help="write the comparison as JSON (docs/json-format.md); '-' for stdout",
    )
    parser.add_argument(
        "--threshold",
        type=_threshold,
        metavar="X",
        help="similarity threshold in [0, 1] (default: the engine's)",
    )
    parser.add_argument("--pdf", metavar="FILE", help="write a PDF report")
    parser.add_argument("--html", metavar="FILE", help="write a self-contained HTML report")
    parser.add_argument(
        "--page-size",
        type=_page_size,
        default="A4",
        metavar="A4|Letter",
        help="PDF page size (default A4)",
    )
    parser.add_argument(
        "--title",
        metavar="TEXT",
        help="story title for the report (default: the first article's headline)",
    )
    return parser


def load_inputs(paths: Sequence[str]) -> tuple[list[Document], list[Problem]]:
    """Documents and problems from files and folders; one bad file never stops the rest.

    A path arrives as the operating system gave it, possibly with bytes that are not
    UTF-8; every name reported or saved is its printable form, so such a file loads
    like any other. Past :data:`MAX_ARTICLES` documents the rest are listed, not loaded.
    """
    import app
    from app.errors import LoadError, TooManyArticles, UnreadableFile
    from app.ingest.limits import MAX_ARTICLES
    from app.model import Problem
    from app.printable import printable

    documents: list[Document] = []
    problems: list[Problem] = []
    for i, raw in enumerate(paths):
        path = Path(raw)
        shown = printable(raw)
        if len(documents) >= MAX_ARTICLES:
            problems.append(_as_problem(TooManyArticles(shown, len(paths) - i, MAX_ARTICLES)))
            break
        try:
            if path.is_dir():
                result = app.load_folder(path)
                documents.extend(result.documents)
                problems.extend(result.problems)
            elif path.exists():
                notes: list[str] = []
                documents.append(app.load(path, notes))
                problems.extend(Problem(shown, note, note=True) for note in notes)
            else:
                problems.append(
                    Problem(shown, f"“{printable(path.name) or shown}” does not exist.")
                )
        except LoadError as err:
            problems.append(Problem(err.path or shown, err.message))
        except OSError as err:
            problems.append(Problem(shown, UnreadableFile(raw, err.strerror or "").message))
        except Exception as err:  # a loader bug on one file must not sink the others
            problems.append(Problem(shown, UnreadableFile(raw, type(err).__name__).message))
    unique: list[Document] = []
    seen: set[str] = set()
    for doc in documents:  # the same file named twice (or via a folder) is compared once
        if doc.id not in seen:
            seen.add(doc.id)
            unique.append(doc)
    if len(unique) > MAX_ARTICLES:
        extra = len(unique) - MAX_ARTICLES
        problems.append(_as_problem(TooManyArticles(printable(paths[-1]), extra, MAX_ARTICLES)))
        unique = unique[:MAX_ARTICLES]
    return unique, problems


def _as_problem(err: LoadError) -> Problem:
    from app.model import Problem

    return Problem(err.path, err.message)


def summary_text(comparison: Comparison) -> str:
    """A few lines for a terminal: what was compared and what the pairs share."""
    from app.export.report import build_report

    report = build_report(comparison)
    lines = [
        report.title,
        f"Compared {len(report.sources)} document(s), threshold {comparison.threshold:.2f}:",
    ]
    for s in report.sources:
        lines.append(f"  {s.label}: {s.words} words ({s.location})")
    for pv in report.pairs:
        kinds = {
            k: sum(1 for r in pv.rows if r.kind == k) for k in ("identical", "edited", "paraphrase")
        }
        share = (
            "" if pv.similarity is None else f"; {pv.similarity:.0%} of the first is in the second"
        )
        lines.append(
            f"  {pv.left_label} ↔ {pv.right_label}: {len(pv.rows)} matches "
            f"({kinds['identical']} identical, {kinds['edited']} edited, "
            f"{kinds['paraphrase']} paraphrase){share}"
        )
    s = report.summary
    lines.append(
        f"Quote groups: {s.quote_groups} ({s.reworded} reworded, {s.trimmed} trimmed, "
        f"{s.reattributed} reattributed); wire-copy runs: {len(s.wire_runs)}"
    )
    if len(report.sources) == 1:
        lines.append(f"Quotes in the article: {len(report.quote_groups)}")
    return "\n".join(lines)


def run(args: argparse.Namespace, stdout: TextIO, stderr: TextIO) -> int:
    import app
    from app.model import Comparison
    from app.printable import printable

    documents, problems = load_inputs(args.paths)
    if documents:
        comparison = app.compare(documents, threshold=args.threshold)
    else:
        threshold = app.DEFAULT_THRESHOLD if args.threshold is None else args.threshold
        comparison = Comparison(documents=(), threshold=threshold)
    comparison = dataclasses.replace(
        comparison, problems=tuple(comparison.problems) + tuple(problems)
    )
    for p in problems:
        print(f"parallax: {p.path}: {p.message}", file=stderr)

    wrote = []
    try:
        if args.json:
            from app.export.json_export import dumps, write_json

            if args.json == "-":
                stdout.write(dumps(comparison))
                stdout.flush()
            else:
                write_json(comparison, args.json)
                wrote.append(args.json)
        if args.html:
            from app.export.html import write_html

            write_html(comparison, args.html, title=args.title)
            wrote.append(args.html)
        if args.pdf:
            from app.export.pdf import write_pdf

            write_pdf(comparison, args.pdf, page_size=args.page_size, title=args.title)
            wrote.append(args.pdf)
    except OSError as err:
        name = printable(str(err.filename or "the output file"))
        print(f"parallax: could not write {name}: {err.strerror or err}", file=stderr)
        return EXIT_FAILURE
    for path in wrote:
        print(f"parallax: wrote {printable(path)}", file=stderr)
    if not (args.json or args.html or args.pdf):
        print(summary_text(comparison), file=stdout)
    # A note (bad bytes replaced in a file that loaded) is reported, not a failure.
    return EXIT_UNREADABLE if any(not p.note for p in problems) else EXIT_OK


def main(argv: Sequence[str] | None = None) -> int:
    """Entry point for ``parallax compare``; returns the exit code instead of exiting."""
    parser = build_parser()
    try:
        args = parser.parse_args(list(sys.argv[1:] if argv is None else argv))
    except SystemExit as exc:  # argparse exits 2 on usage errors, 0 for --help
        return exc.code if isinstance(exc.code, int) else EXIT_USAGE
    try:
        return run(args, sys.stdout, sys.stderr)
    except KeyboardInterrupt:
        print("parallax: interrupted", file=sys.stderr)
        return 130
    except Exception as err:  # the last line of defence: a message, not a traceback
        print(
            f"parallax: unexpected error ({type(err).__name__}: {err}). "
            "Please report this with the files you compared.",
            file=sys.stderr,
        )
        return EXIT_FAILURE


if __name__ == "__main__":
    sys.exit(main())
