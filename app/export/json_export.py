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
from typing import Any

from app.export.atomic import atomic_write
from app.model import (
    Boilerplate,
    Cluster,
    ClusterMember,
    Comparison,
    DiffOp,
    Document,
    Match,
    Problem,
    Quote,
    QuoteGroup,
    Span,
    WireRun,
)

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


def to_dict(comparison: Comparison) -> dict[str, Any]:
    """The JSON document as plain Python data, keys in the documented order."""
    settings = {"threshold": comparison.threshold, **_jsonable(comparison.settings)}
    return {
        "format": FORMAT,
        "version": VERSION,
        "generator": _generator(),
        "settings": settings,
        "documents": [_document(d, comparison.quotes_of(d.id)) for d in comparison.documents],
        "matches": [_match(m) for m in comparison.matches],
        "quote_groups": [
            {"id": g.id, "speaker": g.speaker, "members": list(g.members), "flags": list(g.flags)}
            for g in comparison.quote_groups
        ],
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


def dumps(comparison: Comparison) -> str:
    # ensure_ascii=False keeps the articles' text readable in the file; indent keeps a
    # diff of two saved comparisons reviewable.
    return json.dumps(to_dict(comparison), ensure_ascii=False, indent=1) + "\n"


def write_json(comparison: Comparison, path: str | Path) -> None:
    atomic_write(path, dumps(comparison).encode("utf-8"))


# --- Reading back ------------------------------------------------------------------------


class JsonFormatError(ValueError):
    """The file is not a comparison this version of Parallax can read; message for users."""


def _tuple_spans(raw: Any) -> tuple[Span, ...]:
    return tuple(Span(int(s), int(e)) for s, e in raw)


def _read_document(raw: dict[str, Any]) -> tuple[Document, tuple[Quote, ...]]:
    doc = Document(
        id=raw["id"],
        path=raw.get("path", ""),
        sha256=raw.get("sha256", ""),
        title=raw.get("title", ""),
        outlet=raw.get("outlet", ""),
        url=raw.get("url", ""),
        author=raw.get("author", ""),
        published=raw.get("published", ""),
        text=raw["text"],
        paragraphs=_tuple_spans(raw.get("paragraphs", [])),
        sentences=tuple(Span(s["start"], s["end"]) for s in raw.get("sentences", [])),
        boilerplate=tuple(
            Boilerplate(b["start"], b["end"], b.get("reason", ""))
            for b in raw.get("boilerplate", [])
        ),
        format=raw.get("format", "text"),
    )
    quotes = tuple(
        Quote(
            id=q["id"],
            doc=doc.id,
            start=q["start"],
            end=q["end"],
            speaker=q.get("speaker"),
            speaker_start=q.get("speaker_start"),
            speaker_end=q.get("speaker_end"),
            cue=q.get("cue"),
            fragment=bool(q.get("fragment", False)),
        )
        for q in raw.get("quotes", [])
    )
    return doc, quotes


def _read_match(raw: dict[str, Any]) -> Match:
    trivial = raw.get("diff_trivial") or [None] * len(raw.get("diff", []))
    return Match(
        a=raw["a"],
        b=raw["b"],
        a_spans=_tuple_spans(raw["a_spans"]),
        b_spans=_tuple_spans(raw["b_spans"]),
        score=float(raw["score"]),
        kind=raw["kind"],
        flags=tuple(raw.get("flags", ())),
        diff=tuple(
            DiffOp(op, a0, a1, b0, b1, t)
            for (op, a0, a1, b0, b1), t in zip(raw.get("diff", []), trivial, strict=True)
        ),
    )


def from_dict(data: Any) -> Comparison:
    """Rebuild the Comparison; raises :class:`JsonFormatError` for a foreign or newer file."""
    if not isinstance(data, dict) or data.get("format") != FORMAT:
        raise JsonFormatError("This file is not a Parallax comparison.")
    version = data.get("version")
    if not isinstance(version, int) or version > VERSION:
        raise JsonFormatError(
            f"This comparison was saved by a newer Parallax (format version {version}); "
            "update Parallax to open it."
        )
    try:
        docs_quotes = [_read_document(d) for d in data["documents"]]
        settings = dict(data.get("settings", {}))
        threshold = float(settings.pop("threshold"))
        return Comparison(
            documents=tuple(d for d, _ in docs_quotes),
            threshold=threshold,
            matches=tuple(_read_match(m) for m in data.get("matches", [])),
            quotes=tuple(q for _, qs in docs_quotes for q in qs),
            quote_groups=tuple(
                QuoteGroup(
                    g["id"], g.get("speaker"), tuple(g["members"]), tuple(g.get("flags", ()))
                )
                for g in data.get("quote_groups", [])
            ),
            clusters=tuple(
                Cluster(
                    c["id"],
                    tuple(ClusterMember(m["doc"], m["start"], m["end"]) for m in c["members"]),
                )
                for c in data.get("clusters", [])
            ),
            unique=MappingProxyType(
                {doc: _tuple_spans(s) for doc, s in data.get("unique", {}).items()}
            ),
            similarity=MappingProxyType(
                {tuple(k.split("|", 1)): float(v) for k, v in data.get("similarity", {}).items()}
            ),
            wire_runs=tuple(WireRun(**w) for w in data.get("wire_runs", [])),
            problems=tuple(Problem(p["path"], p["message"]) for p in data.get("problems", [])),
            settings=MappingProxyType(settings),
        )
    except (KeyError, TypeError, ValueError) as err:
        raise JsonFormatError(f"This Parallax comparison is damaged ({err}).") from err


def comparison_from_json(source: str | bytes | Path) -> Comparison:
    """Load a comparison from JSON text or from a file path."""
    if isinstance(source, Path):
        source = source.read_bytes()
    try:
        data = json.loads(source)
    except json.JSONDecodeError as err:
        raise JsonFormatError(
            f"This file is not valid JSON ({err.msg}, line {err.lineno})."
        ) from err
    return from_dict(data)
