"""The corpus steps without Dask: what each task does, and the driver that orders them.

Stories, precisely: the documents are the loaded files in the order they were listed
(folders walked as ``parallax stories`` walks them), a file whose bytes were already
loaded left out (as ``parallax compare`` does); :mod:`app.corpus.lsh` cuts them into
blocks; :func:`app.stories` groups each block; the stories of all blocks are listed by
their first document, and numbered ``s1``, ``s2``... in that order. Each story's JSON is
what ``parallax compare --one-story`` writes for its files, in the story's order.

:func:`drive` runs those steps through a :class:`Backend`: :class:`InProcess` here,
:class:`app.corpus.run.DaskBackend` on a cluster. The driver decides everything that
needs the whole corpus (which file is a duplicate, the blocks, the story numbers) and
the backend does the per-document and per-story work, so both write the same files.
"""

from __future__ import annotations

import dataclasses
import json
import re
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Protocol

from app.grouping import Story
from app.model import Comparison, Document, Problem
from app.quotes.groups import speaker_inferred

INDEX = "index.jsonl"
STORIES = "stories"
INDEX_FORMAT = "parallax-corpus-index"
INDEX_VERSION = 1
# Documents per grouping task and per comparison task: enough that a task's work
# (a fraction of a second) outweighs the scheduler's few milliseconds per task.
GROUP_BATCH = 64
COMPARE_BATCH = 16


@dataclass(frozen=True, slots=True)
class Head:
    """What the driver needs of one analysed file: small, so it travels cheaply."""

    path: str
    doc_id: str | None  # None when the file could not be loaded
    problems: tuple[Problem, ...]  # why not, or the notes of a file that loaded
    signature: tuple[int, ...]


@dataclass(frozen=True, slots=True)
class Analysed:
    """One file loaded and analysed: the per-document task's result."""

    head: Head
    document: Document | None


@dataclass(frozen=True, slots=True)
class Job:
    """One story to compare: its number, title and the files (indexes) it holds."""

    id: str
    title: str
    files: tuple[int, ...]


@dataclass(frozen=True, slots=True)
class StoryOutput:
    """A compared story: its JSON file's text and its lines of the index."""

    id: str
    text: str
    records: tuple[dict[str, Any], ...]


@dataclass(frozen=True, slots=True)
class Summary:
    documents: int
    stories: int
    shared: int  # stories of more than one document
    problems: tuple[Problem, ...]


class Backend(Protocol):
    """Where the per-file and per-story work runs."""

    def analyse(self, files: Sequence[str]) -> list[Head]: ...

    def group(self, blocks: Sequence[Sequence[int]]) -> list[list[Story]]: ...

    def compare(self, jobs: Sequence[Job]) -> Iterator[StoryOutput]: ...


# -- the per-file and per-story work (each a task on a cluster) ---------------------------


def list_files(paths: Sequence[str]) -> tuple[list[str], list[Problem]]:
    """Article files under ``paths`` in a stable order, and what could not be listed."""
    from app.errors import UnreadableFile
    from app.ingest.folder import find_articles
    from app.printable import printable

    files: list[str] = []
    problems: list[Problem] = []
    for raw in paths:
        path = Path(raw)
        shown = printable(raw)
        try:
            if path.is_dir():
                found, trouble = find_articles(path)
                files.extend(str(f) for f in found)
                problems.extend(trouble)
            elif path.exists():
                files.append(raw)
            else:
                problems.append(
                    Problem(shown, f"“{printable(path.name) or shown}” does not exist.")
                )
        except OSError as err:
            problems.append(Problem(shown, UnreadableFile(raw, err.strerror or "").message))
    return files, problems


def analyse(path: str) -> Analysed:
    """Load one file as ``parallax compare`` loads a file named on its own, and sign it."""
    import app
    from app.corpus.shingles import signature
    from app.errors import LoadError, UnreadableFile
    from app.printable import printable

    shown = printable(path)
    try:
        notes: list[str] = []
        doc = app.load(Path(path), notes)
    except LoadError as err:
        problem = Problem(err.path or shown, err.message)
    except OSError as err:
        problem = Problem(shown, UnreadableFile(path, err.strerror or "").message)
    except Exception as err:  # a loader bug on one file must not sink the corpus
        problem = Problem(shown, UnreadableFile(path, type(err).__name__).message)
    else:
        found = tuple(Problem(shown, n, note=True) for n in notes)
        return Analysed(Head(shown, doc.id, found, signature(doc)), doc)
    return Analysed(Head(shown, None, (problem,), ()), None)


def group(blocks: Sequence[Sequence[Document]]) -> list[list[Story]]:
    """Each block's stories, as :func:`app.stories` finds them."""
    import app

    return [app.stories(list(block)) for block in blocks]


def compare_story(job: Job, analysed: Sequence[Analysed]) -> StoryOutput:
    """The story's JSON (that of ``parallax compare --one-story``) and its index lines."""
    import app
    from app.export.json_export import dumps

    docs = [a.document for a in analysed if a.document is not None]
    notes = tuple(p for a in analysed for p in a.head.problems)
    comparison = dataclasses.replace(app.compare(docs), problems=notes)
    return StoryOutput(job.id, dumps(comparison), tuple(index_records(job, comparison)))


def index_records(job: Job, comparison: Comparison) -> Iterator[dict[str, Any]]:
    """The story's line, then one per wire-copy run and per quote group it holds."""
    docs = {d.id: d for d in comparison.documents}
    yield {
        "type": "story",
        "id": job.id,
        "file": f"{STORIES}/{job.id}.json",
        "title": job.title,
        "documents": [d.id for d in comparison.documents],
        "paths": [d.path for d in comparison.documents],
        "matches": len(comparison.matches),
        "quote_groups": len(comparison.quote_groups),
        "wire_runs": len(comparison.wire_runs),
    }
    for w in comparison.wire_runs:
        yield {
            "type": "wire_run",
            "story": job.id,
            "a": w.a,
            "b": w.b,
            "a_path": docs[w.a].path,
            "b_path": docs[w.b].path,
            "words": w.words,
            "a_start": w.a_start,
            "a_end": w.a_end,
            "b_start": w.b_start,
            "b_end": w.b_end,
            "text": docs[w.a].text[w.a_start : w.a_end],
        }
    quotes = {q.id: q for q in comparison.quotes}
    for g in comparison.quote_groups:
        members = [quotes[m] for m in g.members]
        yield {
            "type": "quote_group",
            "story": job.id,
            "id": g.id,
            "speaker": g.speaker,
            "speaker_inferred": speaker_inferred(g.speaker, members),
            "flags": list(g.flags),
            "documents": list(dict.fromkeys(q.doc for q in members)),
            "quotes": [
                {"id": q.id, "doc": q.doc, "text": docs[q.doc].text[q.start : q.end]}
                for q in members
            ],
        }


# -- the driver ------------------------------------------------------------------------------


def kept(heads: Sequence[Head]) -> list[int]:
    """Indexes of the files that become documents: loaded, and not a repeat of another."""
    seen: set[str] = set()
    out = []
    for i, h in enumerate(heads):
        if h.doc_id is not None and h.doc_id not in seen:
            seen.add(h.doc_id)
            out.append(i)
    return out


def plan_blocks(signatures: Sequence[tuple[int, ...]]) -> list[list[int]]:
    """Blocks of positions in ``signatures`` (see :mod:`app.corpus.lsh`)."""
    from app.corpus.lsh import blocks, candidate_pairs

    return blocks(len(signatures), candidate_pairs(signatures))


def ordered(found: Iterable[Story], position: dict[str, int]) -> list[Story]:
    """All blocks' stories listed by their first document in the corpus order."""
    return sorted(found, key=lambda s: min(position[i] for i in s.documents))


def corpus_stories(documents: Sequence[Document]) -> list[Story]:
    """The corpus's stories of ``documents``, in this process: the reference for a run.

    Documents repeating an earlier one's id are left out, as the run leaves them out.
    """
    from app.corpus.shingles import signature

    unique = list({d.id: d for d in reversed(documents)}.values())[::-1]
    position = {d.id: k for k, d in enumerate(unique)}
    blocks = plan_blocks([signature(d) for d in unique])
    found = group([[unique[k] for k in b] for b in blocks])
    return ordered((s for stories in found for s in stories), position)


def batches(sizes: Sequence[int], limit: int) -> list[list[int]]:
    """Consecutive items packed so that each batch's sizes add up to at most ``limit``
    (an item larger than that goes alone)."""
    out: list[list[int]] = []
    total = 0
    for k, size in enumerate(sizes):
        if not out or total + size > limit:
            out.append([])
            total = 0
        out[-1].append(k)
        total += size
    return out


def drive(paths: Sequence[str], out: str | Path, backend: Backend) -> Summary:
    """List, analyse, plan, group, compare and write: the whole run, on ``backend``."""
    files, problems = list_files(paths)
    target = prepare(Path(out))
    heads = backend.analyse(files)
    for h in heads:
        problems.extend(h.problems)
    docs = kept(heads)  # file indexes, in corpus order
    position = {heads[i].doc_id or "": k for k, i in enumerate(docs)}
    blocks = [[docs[k] for k in b] for b in plan_blocks([heads[i].signature for i in docs])]
    found = ordered((s for ss in backend.group(blocks) for s in ss), position)
    file_of = {heads[i].doc_id: i for i in docs}
    jobs = [
        Job(f"s{k}", s.title, tuple(file_of[d] for d in s.documents))
        for k, s in enumerate(found, 1)
    ]
    records: dict[str, tuple[dict[str, Any], ...]] = {}
    for result in backend.compare(jobs):
        write_story(target, result)
        records[result.id] = result.records
    write_index(target, len(docs), [records[j.id] for j in jobs], problems)
    return Summary(
        documents=len(docs),
        stories=len(jobs),
        shared=sum(1 for j in jobs if len(j.files) > 1),
        problems=tuple(problems),
    )


def prepare(out: Path) -> Path:
    """The output folder, emptied of a previous run's files (and of nothing else)."""
    stories = out / STORIES
    stories.mkdir(parents=True, exist_ok=True)
    for old in stories.iterdir():
        if re.fullmatch(r"s\d+\.json", old.name):
            old.unlink()
    (out / INDEX).unlink(missing_ok=True)
    return out


def write_story(out: Path, result: StoryOutput) -> None:
    from app.export.atomic import atomic_write

    atomic_write(out / STORIES / f"{result.id}.json", result.text.encode("utf-8"))


def write_index(
    out: Path,
    documents: int,
    stories: Sequence[Sequence[dict[str, Any]]],
    problems: Sequence[Problem],
) -> None:
    """``index.jsonl``: a header line, each story's lines in story order, the problems."""
    from app import __version__
    from app.export.atomic import atomic_write

    lines: list[dict[str, Any]] = [
        {
            "type": "corpus",
            "format": INDEX_FORMAT,
            "version": INDEX_VERSION,
            "generator": f"Parallax {__version__}",
            "documents": documents,
            "stories": len(stories),
            "problems": len(problems),
        }
    ]
    for recs in stories:
        lines.extend(recs)
    lines.extend(
        {"type": "problem", "path": p.path, "message": p.message, "note": p.note}
        for p in problems
    )
    text = "".join(json.dumps(x, ensure_ascii=False) + "\n" for x in lines)
    atomic_write(out / INDEX, text.encode("utf-8"))


class InProcess:
    """Every step in this process, one after the other: the reference a cluster must match."""

    def __init__(self) -> None:
        self._analysed: list[Analysed] = []

    def analyse(self, files: Sequence[str]) -> list[Head]:
        self._analysed = [analyse(f) for f in files]
        return [a.head for a in self._analysed]

    def _doc(self, i: int) -> Document:
        doc = self._analysed[i].document
        assert doc is not None
        return doc

    def group(self, blocks: Sequence[Sequence[int]]) -> list[list[Story]]:
        return group([[self._doc(i) for i in b] for b in blocks])

    def compare(self, jobs: Sequence[Job]) -> Iterator[StoryOutput]:
        for job in jobs:
            yield compare_story(job, [self._analysed[i] for i in job.files])


def run_in_process(paths: Sequence[str], out: str | Path) -> Summary:
    """The whole corpus run without Dask (tests compare a cluster's files with it)."""
    return drive(paths, out, InProcess())
