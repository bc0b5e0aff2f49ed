"""The user's comparison as a value, and the ``.parallax`` file it is saved to.

A :class:`Project` is what the window edits: the loaded articles, the files that failed,
and the journalist's own edits (outlet names, exclusions, story title) plus settings. It
is plain Python so that saving, reopening and "which articles take part" are testable
without Qt. The file holds the articles' full texts so it survives the originals moving;
their paths and SHA-256 let a reopen say which originals have changed since.
"""

from __future__ import annotations

import dataclasses
import hashlib
import json
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from types import MappingProxyType
from typing import Any

from app import validate as v
from app.errors import (
    ArticleTooLong,
    Cancelled,
    FileTooLarge,
    LoadError,
    ParallaxError,
    TooManyArticles,
)
from app.export.atomic import atomic_write
from app.export.json_export import document_fields, validated_document
from app.ingest.files import read_bounded
from app.ingest.limits import (
    MAX_ARTICLE_CHARS,
    MAX_ARTICLES,
    MAX_PROJECT_BYTES,
    check_article_size,
)
from app.ingest.sources import picked_sidecar
from app.model import Boilerplate, Document, Problem, Span
from app.printable import printable
from app.progress import CancelledFn, ProgressFn, checkpoint

FORMAT = "parallax"
VERSION = 1
SUFFIX = ".parallax"


class ProjectError(ParallaxError):
    """A ``.parallax`` file that cannot be read; ``str(err)`` is the user message."""


def _frozen(data: Mapping[str, Any] | None = None) -> Mapping[str, Any]:
    return MappingProxyType(dict(data or {}))


@dataclass(frozen=True, slots=True)
class Project:
    documents: tuple[Document, ...] = ()
    problems: tuple[Problem, ...] = ()
    outlets: Mapping[str, str] = field(default_factory=_frozen)  # doc id -> user's name
    excluded: frozenset[str] = frozenset()
    title: str = ""
    settings: Mapping[str, Any] = field(default_factory=_frozen)
    # doc id -> the title of the story the user moved it to. Automatic grouping
    # (app.stories) places every other article; see app.story_choice.assign.
    story_of: Mapping[str, str] = field(default_factory=_frozen)

    @property
    def is_empty(self) -> bool:
        return not self.documents and not self.problems

    def outlet_of(self, doc: Document) -> str:
        return self.outlets.get(doc.id) or doc.outlet

    def included_documents(self) -> tuple[Document, ...]:
        """The documents that take part in the comparison, carrying the user's outlet names."""
        out = []
        for d in self.documents:
            if d.id in self.excluded:
                continue
            name = self.outlets.get(d.id)
            out.append(dataclasses.replace(d, outlet=name) if name else d)
        return tuple(out)

    def with_added(
        self, documents: Iterable[Document], problems: Iterable[Problem] = ()
    ) -> Project:
        """Add articles, skipping any already present (same content, same id).

        Past :data:`MAX_ARTICLES` the rest are listed as one problem, not added: every
        pair is compared, so thousands of articles would exhaust memory and never finish.
        """
        known = {d.id for d in self.documents}
        docs = list(self.documents)
        over: list[Document] = []
        for d in documents:
            if d.id not in known:
                known.add(d.id)
                (docs if len(docs) < MAX_ARTICLES else over).append(d)
        extra = list(problems)
        if over:
            err = TooManyArticles(over[0].path, len(over), MAX_ARTICLES)
            extra.append(Problem(err.path, err.message))
        seen = {(p.path, p.message) for p in self.problems}
        probs = list(self.problems)
        for p in extra:
            if (p.path, p.message) not in seen:
                seen.add((p.path, p.message))
                probs.append(p)
        return dataclasses.replace(self, documents=tuple(docs), problems=tuple(probs))

    def without(self, doc_ids: Iterable[str] = (), problem_paths: Iterable[str] = ()) -> Project:
        ids, paths = set(doc_ids), set(problem_paths)
        return dataclasses.replace(
            self,
            documents=tuple(d for d in self.documents if d.id not in ids),
            problems=tuple(p for p in self.problems if p.path not in paths),
            outlets=_frozen({k: v for k, v in self.outlets.items() if k not in ids}),
            excluded=self.excluded - ids,
            story_of=_frozen({k: v for k, v in self.story_of.items() if k not in ids}),
        )

    def renamed(self, doc_id: str, outlet: str) -> Project:
        outlets = dict(self.outlets)
        if outlet.strip():
            outlets[doc_id] = outlet.strip()
        else:
            outlets.pop(doc_id, None)
        return dataclasses.replace(self, outlets=_frozen(outlets))

    def with_included(self, doc_id: str, included: bool) -> Project:
        excluded = self.excluded - {doc_id} if included else self.excluded | {doc_id}
        return dataclasses.replace(self, excluded=frozenset(excluded))

    def with_stories(self, moves: Mapping[str, str | None]) -> Project:
        """The user's story for each article in ``moves``; ``None`` gives it back to the
        automatic grouping. A story is named by its title, which is what a person sees
        and what still means something after more articles are added and the automatic
        stories are formed again."""
        story_of = dict(self.story_of)
        for doc_id, title in moves.items():
            if title is None or not title.strip():
                story_of.pop(doc_id, None)
            else:
                story_of[doc_id] = title.strip()
        return dataclasses.replace(self, story_of=_frozen(story_of))

    def with_title(self, title: str) -> Project:
        return dataclasses.replace(self, title=title)

    def with_settings(self, **settings: Any) -> Project:
        return dataclasses.replace(self, settings=_frozen({**self.settings, **settings}))


# -- gathering articles from paths ---------------------------------------------------------


@dataclass(frozen=True, slots=True)
class Loaded:
    documents: tuple[Document, ...]
    problems: tuple[Problem, ...]


def _problem_message(exc: BaseException) -> str:
    if isinstance(exc, ParallaxError):
        return str(exc)
    if isinstance(exc, UnicodeDecodeError):
        return "The file is not readable text (unknown encoding or a binary file)."
    if isinstance(exc, OSError):
        return f"The file could not be read: {exc.strerror or exc}."
    return f"The file could not be read ({type(exc).__name__}: {exc})."


def load_paths(
    paths: Sequence[str | Path],
    progress: ProgressFn | None = None,
    cancelled: CancelledFn | None = None,
    *,
    load: Callable[[str | Path], Document] | None = None,
    load_folder: Callable[..., Any] | None = None,
) -> Loaded:
    """Files and folders -> documents and problems. One bad file never stops the others.

    ``load``/``load_folder`` default to the engine's; tests inject slow or failing ones.
    """
    engine_load = load is None  # the engine's loader reports notes (bad bytes replaced)
    if load is None or load_folder is None:
        import app

        load = load or app.load
        load_folder = load_folder or app.load_folder
    docs: list[Document] = []
    problems: list[Problem] = []
    total = len(paths)
    for i, raw in enumerate(paths):
        checkpoint(i, total, progress, cancelled)
        path = Path(raw)

        def sub_progress(done: int, sub_total: int, _i: int = i) -> None:
            if progress is not None and sub_total:
                # Scale a folder's own progress into its slot of the overall bar.
                progress(_i * 1000 + done * 1000 // sub_total, total * 1000)

        try:
            if (sidecar := picked_sidecar(path)) is not None:
                problems.append(sidecar)
            elif path.is_dir():
                result = load_folder(path, sub_progress, cancelled)
                docs.extend(result.documents)
                problems.extend(result.problems)
            elif engine_load:
                notes: list[str] = []
                docs.append(load(path, notes))  # type: ignore[call-arg]
                problems.extend(Problem(printable(str(path)), n, note=True) for n in notes)
            else:
                docs.append(load(path))
        except Cancelled:
            raise
        except Exception as exc:
            problems.append(Problem(printable(str(path)), _problem_message(exc)))
    checkpoint(total, total, progress, cancelled)
    return Loaded(tuple(docs), tuple(problems))


# -- the .parallax file ----------------------------------------------------------------------


def _spans(spans: Iterable[Span]) -> list[list[int]]:
    return [[s.start, s.end] for s in spans]


def document_to_json(doc: Document) -> dict[str, Any]:
    return {
        **document_fields(doc),
        "sentences": _spans(doc.sentences),
        "boilerplate": [[b.start, b.end, b.reason] for b in doc.boilerplate],
    }


MAX_PROBLEMS = 10_000
MAX_STORY_TITLE = 1_000


def document_from_json(data: Any, where: str = "document") -> Document:
    """A Document from its saved form, every field checked (``Invalid`` names the field).

    The text must be one an article could be (the same limits as loading a file), every
    span must lie inside it, and no string may hold a lone surrogate, which would open
    fine and then make every save and export fail.
    """
    d = v.obj(data, where)
    text = v.string(d.get("text"), v.at(where, "text"), MAX_ARTICLE_CHARS)
    try:
        check_article_size(text, "")
    except ArticleTooLong as err:
        too_long = f"{err.size:,} {err.unit}, more than the {err.limit:,} an article may have"
        raise v.Invalid(v.at(where, "text"), too_long) from None

    def spans(key: str) -> tuple[Span, ...]:
        pairs = v.spans(d.get(key, []), v.at(where, key), len(text))
        return tuple(Span(a, b) for a, b in pairs)

    raw_flags = v.array(d.get("boilerplate", []), v.at(where, "boilerplate"), len(text) + 1)
    flags = []
    for i, item in enumerate(raw_flags):
        w = v.at(v.at(where, "boilerplate"), i)
        triple = v.array(item, w, 3)
        if len(triple) != 3:
            raise v.Invalid(w, "expected [start, end, reason]")
        a, b = v.span(triple[:2], w, len(text))
        flags.append(Boilerplate(a, b, v.string(triple[2], v.at(w, 2))))
    return validated_document(
        d,
        where,
        text,
        paragraphs=spans("paragraphs"),
        sentences=spans("sentences"),
        boilerplate=tuple(flags),
    )


def to_json(project: Project) -> dict[str, Any]:
    edits: dict[str, Any] = {
        "outlets": dict(project.outlets),
        "excluded": sorted(project.excluded),
    }
    if project.story_of:  # optional: a file of one story reads as it always did
        edits["stories"] = dict(project.story_of)
    return {
        "format": FORMAT,
        "version": VERSION,
        "title": project.title,
        "documents": [document_to_json(d) for d in project.documents],
        "problems": [{"path": p.path, "message": p.message} for p in project.problems],
        "edits": edits,
        "settings": dict(project.settings),
    }


def _names_by_id(
    raw: Any, where: str, counted: str, max_chars: int = v.MAX_NAME_CHARS
) -> dict[str, str]:
    """An edit naming articles (``{doc id: outlet}``, ``{doc id: story title}``): at most
    one entry per article the file may hold, every key an id, every name text."""
    names = v.obj(raw, where)
    if len(names) > MAX_ARTICLES:
        raise v.Invalid(where, f"more than {MAX_ARTICLES} {counted}")
    return {
        v.string(k, where, 64): v.string(name, v.at(where, k), max_chars)
        for k, name in names.items()
    }


def from_json(data: Any) -> Project:
    """The Project a ``.parallax`` file holds; ProjectError names any field that is wrong.

    Sizes are checked before anything is built (at most :data:`MAX_ARTICLES` documents,
    each within the article limits), so a hostile file is refused at once.
    """
    if not isinstance(data, dict) or data.get("format") != FORMAT:
        raise ProjectError("This is not a Parallax comparison file.")
    version = data.get("version")
    if not isinstance(version, int) or version > VERSION:
        raise ProjectError(
            "This comparison was saved by a newer version of Parallax; please update."
        )
    try:
        raw_docs = v.array(data.get("documents", []), "documents", MAX_ARTICLES)
        docs: list[Document] = []
        first: dict[str, int] = {}
        for i, d in enumerate(raw_docs):
            doc = document_from_json(d, v.at("documents", i))
            if doc.id in first:
                raise v.Invalid(
                    v.at(v.at("documents", i), "id"), f"the same id as documents[{first[doc.id]}]"
                )
            first[doc.id] = i
            docs.append(doc)
        problems = []
        for i, p in enumerate(v.array(data.get("problems", []), "problems", MAX_PROBLEMS)):
            w = v.at("problems", i)
            p = v.obj(p, w)
            problems.append(
                Problem(
                    v.string(p.get("path"), v.at(w, "path")),
                    v.string(p.get("message"), v.at(w, "message")),
                )
            )
        edits = v.obj(data.get("edits", {}), "edits")
        outlets = _names_by_id(edits.get("outlets", {}), "edits.outlets", "names")
        excluded = frozenset(
            v.string(x, v.at("edits.excluded", i), 64)
            for i, x in enumerate(
                v.array(edits.get("excluded", []), "edits.excluded", MAX_ARTICLES)
            )
        )
        story_of = _names_by_id(
            edits.get("stories", {}), "edits.stories", "articles", MAX_STORY_TITLE
        )
        settings = v.plain_data(v.obj(data.get("settings", {}), "settings"), "settings")
        title = v.string(data.get("title", ""), "title")
    except v.Invalid as exc:
        raise ProjectError(f"This comparison file is damaged ({exc}).") from exc
    return Project(
        tuple(docs), tuple(problems), _frozen(outlets), excluded, title, _frozen(settings),
        _frozen({k: t for k, t in story_of.items() if t.strip()}),
    )


def save(project: Project, path: str | Path) -> None:
    """Write atomically: a crash or a full disk leaves the previous save intact."""
    payload = json.dumps(to_json(project), ensure_ascii=False, indent=1).encode("utf-8")
    atomic_write(path, payload)


def open_project(path: str | Path) -> Project:
    """Read a ``.parallax`` file; every failure is a ProjectError with a readable message.

    The size is checked before reading (and a pipe or device is never opened), and
    nesting too deep for the JSON parser is reported, not raised as RecursionError.
    """
    try:
        raw = read_bounded(Path(path), MAX_PROJECT_BYTES)
    except FileTooLarge as exc:
        raise ProjectError(
            f"This comparison file is too large ({exc.size / 1e6:.0f} MB; Parallax opens "
            f"comparison files up to {MAX_PROJECT_BYTES // 1_000_000} MB)."
        ) from exc
    except LoadError as exc:
        raise ProjectError(f"The comparison could not be read: {exc.message}") from exc
    try:
        data = json.loads(raw.decode("utf-8"))
    except RecursionError as exc:
        raise ProjectError("This comparison file is damaged (nested too deeply).") from exc
    except (UnicodeDecodeError, ValueError) as exc:
        raise ProjectError("This comparison file is damaged (not valid JSON).") from exc
    return from_json(data)


@dataclass(frozen=True, slots=True)
class Changed:
    """An original file that no longer matches what the comparison holds."""

    doc_id: str
    path: str
    reason: str  # "changed" | "missing"


def changed_originals(project: Project) -> tuple[Changed, ...]:
    """Originals whose bytes differ from the SHA-256 saved with the comparison."""
    out = []
    for d in project.documents:
        if not d.path or not d.sha256:
            continue
        try:
            digest = hashlib.sha256(Path(d.path).read_bytes()).hexdigest()
        except OSError:
            out.append(Changed(d.id, d.path, "missing"))
            continue
        if digest != d.sha256:
            out.append(Changed(d.id, d.path, "changed"))
    return tuple(out)
