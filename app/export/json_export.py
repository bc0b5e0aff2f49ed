"""Comparison <-> the versioned ``parallax-comparison`` JSON document.

The layout is a public interface (see ``docs/json-format.md``): other tools and our
own checks read it, and the GUI's save file reuses it. Fields are written in a fixed
order and every offset indexes the document's ``text`` in Python code points, exactly
as in :mod:`app.model`, so a consumer can slice without re-deriving anything.
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from pathlib import Path
from types import MappingProxyType
from typing import Any, get_args

from app import validate as v
from app.errors import LoadError
from app.export.atomic import atomic_write
from app.ingest.files import read_bounded
from app.ingest.limits import MAX_ARTICLE_CHARS, MAX_ARTICLES, MAX_COMPARISON_JSON_BYTES
from app.model import (
    Boilerplate,
    Cluster,
    ClusterMember,
    Comparison,
    DiffOp,
    Document,
    Match,
    MatchKind,
    Problem,
    Quote,
    QuoteGroup,
    Span,
    WireRun,
)
from app.quotes.groups import speaker_inferred

FORMAT = "parallax-comparison"
VERSION = 1


def _generator() -> str:
    from app import __version__

    return f"Parallax {__version__}"


def _spans(spans: tuple[Span, ...]) -> list[list[int]]:
    return [[s.start, s.end] for s in spans]


def _jsonable(value: object) -> Any:
    """Settings may hold tuples or other plain values; JSON wants lists and strings."""
    if isinstance(value, Mapping):
        return {str(k): _jsonable(v) for k, v in value.items()}
    if isinstance(value, list | tuple | set | frozenset):
        return [_jsonable(v) for v in value]
    if value is None or isinstance(value, bool | int | float | str):
        return value
    return str(value)


def document_fields(doc: Document) -> dict[str, Any]:
    """A document's metadata, text and paragraphs: the part every Parallax file shares
    (this export and the ``.parallax`` project file), under the same keys."""
    return {
        "id": doc.id,
        "path": doc.path,
        "sha256": doc.sha256,
        "title": doc.title,
        "outlet": doc.outlet,
        "url": doc.url,
        "author": doc.author,
        "published": doc.published,
        "format": doc.format,
        "text": doc.text,
        "paragraphs": _spans(doc.paragraphs),
    }


def _document(doc: Document, quotes: tuple[Quote, ...]) -> dict[str, Any]:
    return {
        **document_fields(doc),
        "boilerplate": [
            {"start": b.start, "end": b.end, "reason": b.reason} for b in doc.boilerplate
        ],
        "sentences": [{"start": s.start, "end": s.end} for s in doc.sentences],
        "quotes": [
            {
                "id": q.id,
                "start": q.start,
                "end": q.end,
                "speaker": q.speaker,
                "speaker_start": q.speaker_start,
                "speaker_end": q.speaker_end,
                "cue": q.cue,
                "fragment": q.fragment,
                "speaker_inferred": q.speaker_inferred,
            }
            for q in quotes
        ],
    }


def _match(m: Match) -> dict[str, Any]:
    out: dict[str, Any] = {
        "a": m.a,
        "b": m.b,
        "a_spans": _spans(m.a_spans),
        "b_spans": _spans(m.b_spans),
        "score": round(m.score, 4),
        "kind": m.kind,
        "flags": list(m.flags),
        "diff": [[d.tag, d.a_start, d.a_end, d.b_start, d.b_end] for d in m.diff],
    }
    if any(d.trivial for d in m.diff):
        out["diff_trivial"] = [d.trivial for d in m.diff]
    return out


def _quote_group(g: QuoteGroup, quotes: Mapping[str, Quote]) -> dict[str, Any]:
    members = [quotes[m] for m in g.members if m in quotes]
    out: dict[str, Any] = {
        "id": g.id, "speaker": g.speaker, "members": list(g.members), "flags": list(g.flags),
        "speaker_inferred": speaker_inferred(g.speaker, members),
    }
    if g.utterance is not None:
        out["utterance"] = [g.utterance.start, g.utterance.end]
    return out


def to_dict(comparison: Comparison) -> dict[str, Any]:
    """The JSON document as plain Python data, keys in the documented order."""
    settings = {"threshold": comparison.threshold, **_jsonable(comparison.settings)}
    quotes = {q.id: q for q in comparison.quotes}
    return {
        "format": FORMAT,
        "version": VERSION,
        "generator": _generator(),
        "settings": settings,
        "documents": [_document(d, comparison.quotes_of(d.id)) for d in comparison.documents],
        "matches": [_match(m) for m in comparison.matches],
        "quote_groups": [_quote_group(g, quotes) for g in comparison.quote_groups],
        "clusters": [
            {
                "id": c.id,
                "members": [{"doc": m.doc, "start": m.start, "end": m.end} for m in c.members],
            }
            for c in comparison.clusters
        ],
        "unique": {doc: _spans(spans) for doc, spans in comparison.unique.items()},
        "similarity": {f"{a}|{b}": round(v, 4) for (a, b), v in comparison.similarity.items()},
        "wire_runs": [
            {
                "a": w.a,
                "b": w.b,
                "a_start": w.a_start,
                "a_end": w.a_end,
                "b_start": w.b_start,
                "b_end": w.b_end,
                "words": w.words,
            }
            for w in comparison.wire_runs
        ],
        "problems": [{"path": p.path, "message": p.message} for p in comparison.problems],
    }


def json_text(data: object) -> str:
    """Every JSON file Parallax writes (comparisons, stories lists) in one layout."""
    # ensure_ascii=False keeps the articles' text readable in the file; indent keeps a
    # diff of two saved comparisons reviewable.
    return json.dumps(data, ensure_ascii=False, indent=1) + "\n"


def dumps(comparison: Comparison) -> str:
    return json_text(to_dict(comparison))


def write_json(comparison: Comparison, path: str | Path) -> None:
    atomic_write(path, dumps(comparison).encode("utf-8"))


# --- Reading back ------------------------------------------------------------------------


class JsonFormatError(ValueError):
    """The file is not a comparison this version of Parallax can read; message for users."""


_KINDS = frozenset(get_args(MatchKind))  # every kind the engine writes, "related" too
_TAGS = frozenset({"equal", "insert", "delete", "replace"})
_FORMATS = frozenset({"text", "markdown", "html", "docx", "pdf"})
_MAX_ITEMS = 1_000_000  # matches, quotes, groups...: far above any real comparison


def _spans_of(raw: Any, where: str, length: int) -> tuple[Span, ...]:
    return tuple(Span(a, b) for a, b in v.spans(raw, where, length))


def _start_end(raw: Any, where: str, length: int) -> tuple[int, int]:
    """An ``{"start": s, "end": e}`` object inside a text of ``length`` code points."""
    d = v.obj(raw, where)
    start = v.integer(d.get("start"), v.at(where, "start"), 0, length)
    return start, v.integer(d.get("end"), v.at(where, "end"), start, length)


def validated_document(
    d: Mapping[str, Any],
    where: str,
    text: str,
    *,
    paragraphs: tuple[Span, ...],
    sentences: tuple[Span, ...],
    boilerplate: tuple[Boilerplate, ...],
) -> Document:
    """A document's metadata fields checked, with its already-checked text and spans.

    The JSON reader and the ``.parallax`` reader store spans differently but the fields
    :func:`document_fields` writes the same way; both read them here.
    """

    def meta(key: str) -> str:
        return v.string(d.get(key, ""), v.at(where, key))

    return Document(
        id=v.string(d.get("id"), v.at(where, "id"), 64),
        path=meta("path"),
        sha256=v.string(d.get("sha256", ""), v.at(where, "sha256"), 64),
        title=meta("title"),
        outlet=meta("outlet"),
        url=meta("url"),
        author=meta("author"),
        published=meta("published"),
        text=text,
        paragraphs=paragraphs,
        sentences=sentences,
        boilerplate=boilerplate,
        format=v.choice(d.get("format", "text"), v.at(where, "format"), _FORMATS),
    )


def _read_document(raw: Any, where: str) -> tuple[Document, tuple[Quote, ...]]:
    d = v.obj(raw, where)
    text = v.string(d.get("text"), v.at(where, "text"), MAX_ARTICLE_CHARS)
    n = len(text)

    def each(key: str) -> list[tuple[str, Any]]:
        w = v.at(where, key)
        return [(v.at(w, i), x) for i, x in enumerate(v.array(d.get(key, []), w, n + 1))]

    boilerplate = []
    for w, b in each("boilerplate"):
        start, end = _start_end(b, w, n)
        boilerplate.append(
            Boilerplate(start, end, v.string(b.get("reason", ""), v.at(w, "reason")))
        )
    doc = validated_document(
        d,
        where,
        text,
        paragraphs=_spans_of(d.get("paragraphs", []), v.at(where, "paragraphs"), n),
        sentences=tuple(Span(*_start_end(s, w, n)) for w, s in each("sentences")),
        boilerplate=tuple(boilerplate),
    )
    quotes = []
    for w, q in each("quotes"):
        start, end = _start_end(q, w, n)
        speaker_start = v.optional_integer(q.get("speaker_start"), v.at(w, "speaker_start"), 0, n)
        lo = 0 if speaker_start is None else speaker_start
        quotes.append(
            Quote(
                id=v.string(q.get("id"), v.at(w, "id"), 256),
                doc=doc.id,
                start=start,
                end=end,
                speaker=v.optional_string(q.get("speaker"), v.at(w, "speaker")),
                speaker_start=speaker_start,
                speaker_end=v.optional_integer(q.get("speaker_end"), v.at(w, "speaker_end"), lo, n),
                cue=v.optional_string(q.get("cue"), v.at(w, "cue")),
                fragment=v.boolean(q.get("fragment", False), v.at(w, "fragment")),
            )
        )
    return doc, tuple(quotes)


def _doc_ref(raw: Any, where: str, lengths: Mapping[str, int]) -> str:
    """A document id that names one of the file's documents."""
    ref = v.string(raw, where, 64)
    if ref not in lengths:
        raise v.Invalid(where, f"{ref!r} is not one of the file's documents")
    return ref


def _strings(raw: Any, where: str) -> tuple[str, ...]:
    return tuple(v.string(x, v.at(where, i)) for i, x in enumerate(v.array(raw, where, _MAX_ITEMS)))


def _read_match(raw: Any, where: str, lengths: Mapping[str, int]) -> Match:
    m = v.obj(raw, where)
    a = _doc_ref(m.get("a"), v.at(where, "a"), lengths)
    b = _doc_ref(m.get("b"), v.at(where, "b"), lengths)
    la, lb = lengths[a], lengths[b]
    raw_diff = v.array(m.get("diff", []), v.at(where, "diff"), la + lb + 1)
    trivial_w = v.at(where, "diff_trivial")
    trivial = m.get("diff_trivial")
    trivial = (
        [None] * len(raw_diff) if trivial is None else v.array(trivial, trivial_w, len(raw_diff))
    )
    if len(trivial) != len(raw_diff):
        raise v.Invalid(trivial_w, f"{len(trivial)} marks for {len(raw_diff)} differences")
    diff = []
    for i, op in enumerate(raw_diff):
        w = v.at(v.at(where, "diff"), i)
        items = v.array(op, w, 5)
        if len(items) != 5:
            raise v.Invalid(w, "expected [tag, a_start, a_end, b_start, b_end]")
        tag = v.choice(items[0], v.at(w, 0), _TAGS)
        a0 = v.integer(items[1], v.at(w, 1), 0, la)
        a1 = v.integer(items[2], v.at(w, 2), a0, la)
        b0 = v.integer(items[3], v.at(w, 3), 0, lb)
        b1 = v.integer(items[4], v.at(w, 4), b0, lb)
        mark = v.optional_string(trivial[i], v.at(trivial_w, i))
        diff.append(DiffOp(tag, a0, a1, b0, b1, mark))  # type: ignore[arg-type]
    return Match(
        a=a,
        b=b,
        a_spans=_spans_of(m.get("a_spans"), v.at(where, "a_spans"), la),
        b_spans=_spans_of(m.get("b_spans"), v.at(where, "b_spans"), lb),
        score=v.number(m.get("score"), v.at(where, "score"), 0.0, 1.0),
        kind=v.choice(m.get("kind"), v.at(where, "kind"), _KINDS),  # type: ignore[arg-type]
        flags=_strings(m.get("flags", []), v.at(where, "flags")),
        diff=tuple(diff),
    )


def _read_wire_run(raw: Any, where: str, lengths: Mapping[str, int]) -> WireRun:
    w = v.obj(raw, where)
    a = _doc_ref(w.get("a"), v.at(where, "a"), lengths)
    b = _doc_ref(w.get("b"), v.at(where, "b"), lengths)
    a_start = v.integer(w.get("a_start"), v.at(where, "a_start"), 0, lengths[a])
    a_end = v.integer(w.get("a_end"), v.at(where, "a_end"), a_start, lengths[a])
    b_start = v.integer(w.get("b_start"), v.at(where, "b_start"), 0, lengths[b])
    b_end = v.integer(w.get("b_end"), v.at(where, "b_end"), b_start, lengths[b])
    words = v.integer(w.get("words"), v.at(where, "words"), 0, lengths[a])
    return WireRun(a, b, a_start, a_end, b_start, b_end, words)


def _items(data: Mapping[str, Any], key: str) -> list[tuple[str, Any]]:
    return [(v.at(key, i), x) for i, x in enumerate(v.array(data.get(key, []), key, _MAX_ITEMS))]


def from_dict(data: Any) -> Comparison:
    """Rebuild the Comparison, checking every field; JsonFormatError names a wrong one.

    Offsets must lie inside their document's text, references must name a document
    or quote of the file, scores must be finite and in [0, 1], kinds and tags known.
    Sizes are bounded before anything is built, so a hostile file is refused at once.
    """
    if not isinstance(data, dict) or data.get("format") != FORMAT:
        raise JsonFormatError("This file is not a Parallax comparison.")
    version = data.get("version")
    if not isinstance(version, int) or version > VERSION:
        raise JsonFormatError(
            f"This comparison was saved by a newer Parallax (format version {version}); "
            "update Parallax to open it."
        )
    try:
        raw_docs = v.array(data.get("documents"), "documents", MAX_ARTICLES)
        docs_quotes = [_read_document(d, v.at("documents", i)) for i, d in enumerate(raw_docs)]
        lengths: dict[str, int] = {}
        for i, (doc, _) in enumerate(docs_quotes):
            if doc.id in lengths:
                raise v.Invalid(v.at(v.at("documents", i), "id"), f"{doc.id!r} appears twice")
            lengths[doc.id] = len(doc.text)
        quote_doc = {q.id: q.doc for _, qs in docs_quotes for q in qs}
        quote_ids = quote_doc.keys()
        settings = dict(v.plain_data(v.obj(data.get("settings"), "settings"), "settings"))
        threshold = v.number(settings.pop("threshold", None), "settings.threshold", 0.0, 1.0)
        groups = []
        for w, g in _items(data, "quote_groups"):
            g = v.obj(g, w)
            members = _strings(g.get("members"), v.at(w, "members"))
            for i, member in enumerate(members):
                if member not in quote_ids:
                    raise v.Invalid(v.at(v.at(w, "members"), i), f"{member!r} is not a quote")
            utterance = None
            if g.get("utterance") is not None and members:
                utterance = Span(*v.span(
                    g["utterance"], v.at(w, "utterance"), lengths[quote_doc[members[0]]]
                ))
            groups.append(
                QuoteGroup(
                    v.string(g.get("id"), v.at(w, "id"), 256),
                    v.optional_string(g.get("speaker"), v.at(w, "speaker")),
                    members,
                    _strings(g.get("flags", []), v.at(w, "flags")),
                    utterance,
                )
            )
        clusters = []
        for w, c in _items(data, "clusters"):
            c = v.obj(c, w)
            members = []
            for mw, m in _items(c, "members"):
                mw = f"{w}.{mw}"
                doc = _doc_ref(v.obj(m, mw).get("doc"), v.at(mw, "doc"), lengths)
                members.append(ClusterMember(doc, *_start_end(m, mw, lengths[doc])))
            clusters.append(Cluster(v.string(c.get("id"), v.at(w, "id"), 256), tuple(members)))
        unique = {}
        for doc, spans in v.obj(data.get("unique", {}), "unique").items():
            w = v.at("unique", doc)
            unique[_doc_ref(doc, w, lengths)] = _spans_of(spans, w, lengths[doc])
        similarity = {}
        for key, value in v.obj(data.get("similarity", {}), "similarity").items():
            w = v.at("similarity", key)
            a, sep, b = v.string(key, w, 129).partition("|")
            if not sep:
                raise v.Invalid(w, "expected two document ids joined by |")
            similarity[(_doc_ref(a, w, lengths), _doc_ref(b, w, lengths))] = v.number(
                value, w, 0.0, 1.0
            )
        problems = []
        for w, p in _items(data, "problems"):
            p = v.obj(p, w)
            problems.append(
                Problem(
                    v.string(p.get("path"), v.at(w, "path")),
                    v.string(p.get("message"), v.at(w, "message")),
                )
            )
        return Comparison(
            documents=tuple(d for d, _ in docs_quotes),
            threshold=threshold,
            matches=tuple(_read_match(m, w, lengths) for w, m in _items(data, "matches")),
            quotes=tuple(q for _, qs in docs_quotes for q in qs),
            quote_groups=tuple(groups),
            clusters=tuple(clusters),
            unique=MappingProxyType(unique),
            similarity=MappingProxyType(similarity),
            wire_runs=tuple(_read_wire_run(r, w, lengths) for w, r in _items(data, "wire_runs")),
            problems=tuple(problems),
            settings=MappingProxyType(settings),
        )
    except v.Invalid as err:
        raise JsonFormatError(f"This Parallax comparison is damaged ({err}).") from err


def comparison_from_json(source: str | bytes | Path) -> Comparison:
    """Load a comparison from JSON text or from a file path; JsonFormatError on any fault.

    A file is size-checked before it is read (a pipe is never opened); nesting too deep
    for the JSON parser and numbers it refuses are reported, not raised.
    """
    if isinstance(source, Path):
        try:
            source = read_bounded(source, MAX_COMPARISON_JSON_BYTES)
        except LoadError as err:
            raise JsonFormatError(err.message) from err
    if len(source) > MAX_COMPARISON_JSON_BYTES:
        raise JsonFormatError(
            f"This comparison is too large ({len(source) / 1e6:.0f} MB; the limit is "
            f"{MAX_COMPARISON_JSON_BYTES // 1_000_000} MB)."
        )
    try:
        data = json.loads(source)
    except json.JSONDecodeError as err:
        raise JsonFormatError(
            f"This file is not valid JSON ({err.msg}, line {err.lineno})."
        ) from err
    except RecursionError as err:
        raise JsonFormatError(
            "This file is not a Parallax comparison (nested too deeply)."
        ) from err
    except (ValueError, UnicodeDecodeError) as err:
        raise JsonFormatError(f"This file is not valid JSON ({err}).") from err
    return from_dict(data)
