"""``parallax compare PATH [PATH ...]``: compare articles headlessly, export JSON/PDF/HTML.

``parallax stories PATH [PATH ...]`` only groups the articles into stories (no
alignment), and ``compare`` compares within each story it finds, unless told
``--one-story``: a folder of many stories would otherwise be one grid nobody can read.

Exit codes are part of the public interface (scripts branch on them):
0 success, 1 unexpected failure, 2 usage error, 3 some input could not be read (the
rest were still compared and reported). Nothing here imports Qt: the report writers
draw with reportlab, so the command runs on a server with no display.
"""

from __future__ import annotations

import argparse
import dataclasses
import sys
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, TextIO

if TYPE_CHECKING:
    from app.errors import LoadError
    from app.grouping import Story
    from app.model import Comparison, Document, Problem, Span

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


def _add_paths(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "paths",
        nargs="+",
        metavar="PATH",
        help="article files (.txt .md .html .docx .pdf) or folders of them",
    )


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="parallax compare",
        description="Line up the sentences and quotes that news articles share, and show how "
        "each outlet words them. With no output option, prints a short summary.",
    )
    _add_paths(parser)
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
    parser.add_argument(
        "--hide-related",
        action="store_true",
        help="leave out 'related' links (the same fact stated in other words, found with "
        "less confidence than a paraphrase)",
    )
    parser.add_argument(
        "--omit-inferred",
        action="store_true",
        help="in the PDF/HTML report, leave out speakers Parallax only inferred (no words at "
        "the quote say who said it): 'speaker not named' instead of the name marked "
        "'(inferred)'; the JSON keeps them, with speaker_inferred",
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
    parser.add_argument(
        "--one-story",
        action="store_true",
        help="compare every article with every other as one story (default: find the "
        "stories first and compare within each; several stories give one PDF/HTML "
        "report per story, FILE-1.pdf, FILE-2.pdf, ...)",
    )
    return parser


def build_stories_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="parallax stories",
        description="Group news articles into stories (articles about the same event), "
        "without comparing them. With no output option, prints the stories.",
    )
    _add_paths(parser)
    parser.add_argument(
        "--json",
        metavar="FILE",
        help="write the stories as JSON (docs/json-format.md); '-' for stdout",
    )
    return parser


def build_corpus_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="parallax corpus",
        description="Find the stories of a large collection and compare each, on Dask (a "
        "local cluster, or an existing one): one JSON file per story and an index of "
        "stories, wire-copy runs and quote groups (docs/json-format.md). Needs the "
        "corpus extra: pip install -e '.[corpus]'.",
    )
    _add_paths(parser)
    parser.add_argument("--out", required=True, metavar="DIR", help="folder for the results")
    parser.add_argument(
        "--scheduler",
        metavar="ADDRESS",
        help="join the Dask cluster at ADDRESS (tcp://host:8786); default: start a local "
        "cluster on this machine",
    )
    parser.add_argument(
        "--workers",
        type=int,
        metavar="N",
        help="worker processes of the local cluster (default: one per core)",
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
    from app.grouping import first_of_each_id
    from app.ingest.limits import MAX_ARTICLES
    from app.ingest.sources import picked_sidecar
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
            if (sidecar := picked_sidecar(path)) is not None:
                problems.append(sidecar)
            elif path.is_dir():
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
    # the same file named twice (or via a folder) is compared once
    unique = first_of_each_id(documents)
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
            k: sum(1 for r in pv.rows if r.kind == k)
            for k in ("identical", "edited", "paraphrase", "related")
        }
        share = (
            "" if pv.similarity is None else f"; {pv.similarity:.0%} of the first is in the second"
        )
        lines.append(
            f"  {pv.left_label} ↔ {pv.right_label}: {len(pv.rows)} matches "
            f"({kinds['identical']} identical, {kinds['edited']} edited, "
            f"{kinds['paraphrase']} paraphrase, {kinds['related']} related){share}"
        )
    s = report.summary
    lines.append(
        f"Quote groups: {s.quote_groups} ({s.reworded} reworded, {s.trimmed} trimmed, "
        f"{s.reattributed} reattributed); wire-copy passages: {len(s.wire_passages)}"
    )
    if len(report.sources) == 1:
        lines.append(f"Quotes in the article: {len(report.quote_groups)}")
    return "\n".join(lines)


def run(args: argparse.Namespace, stdout: TextIO, stderr: TextIO) -> int:
    import app
    from app.model import Comparison
    from app.printable import printable

    documents, problems = load_inputs(args.paths)
    found: list[Story] = []
    if documents and not args.one_story:
        # stories first, each scored on its own; the articles are analysed once up front
        scored = app.score_stories(documents)
        found = [story for story, _ in scored]
    if found:
        related = not args.hide_related
        parts = [app.select(story, args.threshold, related) for _, story in scored]
        comparison = merge(documents, parts) if len(parts) > 1 else parts[0]
    elif documents:
        comparison = app.select(app.score(documents), args.threshold, not args.hide_related)
        parts = [comparison]
    else:
        threshold = app.DEFAULT_THRESHOLD if args.threshold is None else args.threshold
        comparison = Comparison(documents=(), threshold=threshold)
        parts = [comparison]
    comparison = dataclasses.replace(
        comparison, problems=tuple(comparison.problems) + tuple(problems)
    )
    for p in problems:
        print(f"parallax: {p.path}: {p.message}", file=stderr)

    wrote = []
    try:
        if args.json:
            from app.export.json_export import json_text, to_dict

            data = to_dict(comparison)
            if found:
                data["stories"] = stories_list(found)
            _write_text(args.json, json_text(data), stdout, wrote)
        # A report is about one story: several stories give one report each.
        from app.present.quotes import without_inferred_speakers

        shown = [without_inferred_speakers(p) for p in parts] if args.omit_inferred else parts
        reports = list(zip(shown, found or [None], strict=False))
        if args.html:
            from app.export.html import write_html

            for k, (part, story) in enumerate(reports, 1):
                path = _numbered(args.html, k, len(reports))
                write_html(part, path, title=args.title or _story_title(story, len(reports)))
                wrote.append(path)
        if args.pdf:
            from app.export.pdf import write_pdf

            for k, (part, story) in enumerate(reports, 1):
                path = _numbered(args.pdf, k, len(reports))
                title = args.title or _story_title(story, len(reports))
                write_pdf(part, path, page_size=args.page_size, title=title)
                wrote.append(path)
    except OSError as err:
        return _write_failed(err, "the output file", stderr)
    for path in wrote:
        print(f"parallax: wrote {printable(path)}", file=stderr)
    if not (args.json or args.html or args.pdf):
        if len(parts) > 1:
            for k, (part, story) in enumerate(zip(parts, found, strict=True), 1):
                print(f"Story {k} of {len(parts)}: {story.title}", file=stdout)
                print(summary_text(part), file=stdout)
                print(file=stdout)
        else:
            print(summary_text(comparison), file=stdout)
    return _exit_code(problems)


def merge(documents: Sequence[Document], parts: Sequence[Comparison]) -> Comparison:
    """One comparison of several stories: each story's findings, nothing across them.

    Quote-group and cluster ids are numbered per story by the engine, so they are
    prefixed with the story's number (``s2.g1``) to stay unique in the file. Pairs in
    different stories were never compared, so they share nothing here.
    """
    from types import MappingProxyType

    from app.model import Comparison

    def tag(k: int, ident: str) -> str:
        return f"s{k}.{ident}"

    unique: dict[str, tuple[Span, ...]] = {}
    similarity: dict[tuple[str, str], float] = {}
    for part in parts:
        unique.update(part.unique)
        similarity.update(part.similarity)
    return Comparison(
        documents=tuple(documents),
        threshold=parts[0].threshold,
        matches=tuple(m for p in parts for m in p.matches),
        quotes=tuple(q for p in parts for q in p.quotes),
        quote_groups=tuple(
            dataclasses.replace(g, id=tag(k, g.id))
            for k, p in enumerate(parts, 1)
            for g in p.quote_groups
        ),
        clusters=tuple(
            dataclasses.replace(c, id=tag(k, c.id))
            for k, p in enumerate(parts, 1)
            for c in p.clusters
        ),
        unique=MappingProxyType(unique),
        similarity=MappingProxyType(similarity),
        wire_runs=tuple(w for p in parts for w in p.wire_runs),
        settings=parts[0].settings,
    )


def stories_list(found: Sequence[Story]) -> list[dict[str, object]]:
    """The ``stories`` array of the JSON: id, title and document ids of each story."""
    return [
        {"id": f"s{k}", "title": s.title, "documents": list(s.documents)}
        for k, s in enumerate(found, 1)
    ]


def _story_title(story: Story | None, count: int) -> str | None:
    """A report's title: the story's own when the folder held several, else the default."""
    return story.title if story is not None and count > 1 else None


def _numbered(path: str, k: int, count: int) -> str:
    """``report.pdf`` for one story; ``report-1.pdf``, ``report-2.pdf``… for several."""
    if count == 1:
        return path
    p = Path(path)
    return str(p.with_name(f"{p.stem}-{k}{p.suffix}"))


def _write_text(target: str, text: str, stdout: TextIO, wrote: list[str]) -> None:
    """``-`` is standard output; a file is written whole or not at all."""
    if target == "-":
        stdout.write(text)
        stdout.flush()
        return
    from app.export.atomic import atomic_write

    atomic_write(target, text.encode("utf-8"))
    wrote.append(target)


def run_stories(args: argparse.Namespace, stdout: TextIO, stderr: TextIO) -> int:
    """``parallax stories``: load, group, and print or write the stories."""
    import app
    from app.printable import printable

    documents, problems = load_inputs(args.paths)
    for p in problems:
        print(f"parallax: {p.path}: {p.message}", file=stderr)
    found = app.stories(documents)
    wrote: list[str] = []
    if args.json:
        from app import __version__
        from app.export.json_export import document_fields, json_text

        data = {
            "format": "parallax-stories",
            "version": 1,
            "generator": f"Parallax {__version__}",
            "stories": stories_list(found),
            # Metadata only: the stories file says which articles go together; the
            # comparison of each story is what ``compare`` writes.
            "documents": [
                {k: v for k, v in document_fields(d).items() if k not in ("text", "paragraphs")}
                for d in documents
            ],
            "problems": [{"path": p.path, "message": p.message} for p in problems],
        }
        try:
            _write_text(args.json, json_text(data), stdout, wrote)
        except OSError as err:
            return _write_failed(err, "the output file", stderr)
        for path in wrote:
            print(f"parallax: wrote {printable(path)}", file=stderr)
    else:
        print(stories_text(documents, found), file=stdout)
    return _exit_code(problems)


def stories_text(documents: Sequence[Document], found: Sequence[Story]) -> str:
    """The stories for a terminal: title, then each article's file."""
    from app.printable import printable

    by_id = {d.id: d for d in documents}
    lines = [f"{len(documents)} article(s), {len(found)} stor{'y' if len(found) == 1 else 'ies'}:"]
    for k, s in enumerate(found, 1):
        lines.append(f"{k}. {s.title} ({len(s.documents)} article(s))")
        for i in s.documents:
            lines.append(f"   {printable(by_id[i].path) or i}")
    return "\n".join(lines)


def _exit_code(problems: Sequence[Problem]) -> int:
    """3 when an input could not be read; a note (bad bytes replaced) is not a failure."""
    return EXIT_UNREADABLE if any(not p.note for p in problems) else EXIT_OK


def _write_failed(err: OSError, fallback: str, stderr: TextIO) -> int:
    """Say which output could not be written, and why; the exit code of a failure."""
    from app.printable import printable

    name = printable(str(err.filename or fallback))
    print(f"parallax: could not write {name}: {err.strerror or err}", file=stderr)
    return EXIT_FAILURE


def _parse(parser: argparse.ArgumentParser, argv: Sequence[str] | None) -> argparse.Namespace | int:
    """The parsed arguments, or the exit code argparse chose (2 on usage errors, 0 for --help)."""
    try:
        return parser.parse_args(list(sys.argv[1:] if argv is None else argv))
    except SystemExit as exc:
        return exc.code if isinstance(exc.code, int) else EXIT_USAGE


def _guarded(
    runner: Callable[[argparse.Namespace, TextIO, TextIO], int], args: argparse.Namespace
) -> int:
    """The last line of defence: a message and an exit code, never a traceback."""
    try:
        return runner(args, sys.stdout, sys.stderr)
    except KeyboardInterrupt:
        print("parallax: interrupted", file=sys.stderr)
        return 130
    except Exception as err:
        print(
            f"parallax: unexpected error ({type(err).__name__}: {err}). "
            "Please report this with the files you compared.",
            file=sys.stderr,
        )
        return EXIT_FAILURE


def run_corpus(args: argparse.Namespace, stdout: TextIO, stderr: TextIO) -> int:
    """``parallax corpus``: the run on Dask, then one line of what came out."""
    from app.corpus.run import run_corpus as run_on_dask
    from app.printable import printable

    try:
        summary = run_on_dask(
            args.paths, args.out, scheduler=args.scheduler, workers=args.workers
        )
    except OSError as err:  # the output folder (a run's input failures are problems)
        return _write_failed(err, args.out, stderr)
    for p in summary.problems:
        print(f"parallax: {p.path}: {p.message}", file=stderr)
    print(
        f"{summary.documents} article(s), {summary.stories} stor"
        f"{'y' if summary.stories == 1 else 'ies'} ({summary.shared} with more than one "
        f"article); wrote {printable(str(Path(args.out) / 'index.jsonl'))} and "
        f"{summary.stories} story file(s)",
        file=stdout,
    )
    return _exit_code(summary.problems)


def corpus_main(argv: Sequence[str] | None = None) -> int:
    """Entry point for ``parallax corpus``; exit 2 when the corpus extra is missing."""
    args = _parse(build_corpus_parser(), argv)
    if isinstance(args, int):
        return args
    if args.workers is not None and args.workers < 1:
        print("parallax corpus: --workers must be at least 1", file=sys.stderr)
        return EXIT_USAGE
    try:
        from app.corpus.run import missing

        absent = missing()
    except ImportError:  # the desktop executable leaves the corpus package out
        absent = ["app.corpus"]
    if absent:
        print(
            f"parallax corpus needs {', '.join(absent)}: install the corpus extra with "
            "pip install -e '.[corpus]' (it is not part of the desktop executable)",
            file=sys.stderr,
        )
        return EXIT_USAGE
    return _guarded(run_corpus, args)


def stories_main(argv: Sequence[str] | None = None) -> int:
    """Entry point for ``parallax stories``; returns the exit code instead of exiting."""
    args = _parse(build_stories_parser(), argv)
    return args if isinstance(args, int) else _guarded(run_stories, args)


def main(argv: Sequence[str] | None = None) -> int:
    """Entry point for ``parallax compare``; returns the exit code instead of exiting."""
    args = _parse(build_parser(), argv)
    return args if isinstance(args, int) else _guarded(run, args)


if __name__ == "__main__":
    sys.exit(main())
