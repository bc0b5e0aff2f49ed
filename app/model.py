"""The engine's records.

Every record is a frozen dataclass so that a result handed to the GUI (or to another
thread) can never change under it. Every offset is a half-open ``[start, end)`` index
into ``Document.text`` counted in Python code points; the GUI converts to UTF-16 in one
helper of its own.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass, field, fields
from itertools import chain
from operator import attrgetter
from types import MappingProxyType
from typing import Any, Literal, TypeVar

#: Any character but a line break (see :meth:`Document.blanked`).
_NOT_A_BREAK = re.compile(r"[^\n]")

MatchKind = Literal["identical", "edited", "paraphrase", "related"]
DiffTag = Literal["equal", "insert", "delete", "replace"]

_R = TypeVar("_R")


def _pickled_by_position(cls: type[_R]) -> type[_R]:
    """``cls`` pickled as its fields in order and rebuilt by its constructor.

    For the records that cross to a worker process and back (documents, quotes, quote
    groups, spans): a slotted dataclass otherwise pickles through its generated
    ``__getstate__``/``__setstate__``, a Python call and a dict per record, three times
    the cost (a document's 92 spans took 0.13 ms of its 0.15 ms to pickle).
    """
    values = attrgetter(*(f.name for f in fields(cls)))  # type: ignore[arg-type]

    def __reduce__(self: _R) -> tuple[type[_R], tuple[Any, ...]]:
        return cls, values(self)

    cls.__reduce__ = __reduce__  # type: ignore[assignment,method-assign]
    return cls


@_pickled_by_position
@dataclass(frozen=True, slots=True, order=True)
class Span:
    """A half-open ``[start, end)`` range of code points in one document's text."""

    start: int
    end: int

    def __post_init__(self) -> None:
        if not 0 <= self.start <= self.end:
            raise ValueError(f"bad span [{self.start}, {self.end})")

    def __len__(self) -> int:
        return self.end - self.start

    def slice(self, text: str) -> str:
        return text[self.start : self.end]

    def overlaps(self, other: Span) -> bool:
        return self.start < other.end and other.start < self.end


@_pickled_by_position
@dataclass(frozen=True, slots=True)
class Boilerplate:
    """Text that is not the article (donation pleas, captions, "Latest News"...).

    It stays in ``Document.text`` so a journalist can see what was set aside, but the
    comparison ignores it by default.
    """

    start: int
    end: int
    reason: str

    @property
    def span(self) -> Span:
        return Span(self.start, self.end)


@dataclass(frozen=True, slots=True)
class Document:
    """One article, cleaned and segmented. ``text`` is what every offset indexes."""

    id: str
    path: str
    sha256: str
    title: str
    outlet: str
    url: str
    author: str
    published: str  # ISO 8601 date (YYYY-MM-DD) when known, else ""
    text: str
    paragraphs: tuple[Span, ...] = ()
    sentences: tuple[Span, ...] = ()
    boilerplate: tuple[Boilerplate, ...] = ()
    format: str = "text"  # text | markdown | html | docx | pdf

    def __hash__(self) -> int:
        # Documents key the session's analysis cache and every per-document dict of a
        # comparison. The generated hash walked all fields, each Span of the sentences
        # and paragraphs a Python call: 0.1 s of a 200-article comparison. Equal
        # documents have equal ids and digests, so this agrees with the generated __eq__,
        # which still compares every field.
        return hash((self.id, self.sha256))

    def __reduce__(self) -> tuple[Any, tuple[Any, ...]]:
        # Sent to a worker with every document it quotes: its spans go as one flat
        # tuple of offsets each (pickled in C), not as a record each (0.15 ms a
        # 1,500-word article, against 0.013 ms so).
        return _unpickled_document, (
            *_DOCUMENT_HEAD(self), _offsets(self.paragraphs), _offsets(self.sentences),
            self.boilerplate, self.format,
        )

    def is_boilerplate(self, span: Span) -> bool:
        """True when ``span`` lies mostly (more than half) inside flagged boilerplate."""
        covered = 0
        for b in self.boilerplate:
            lo, hi = max(b.start, span.start), min(b.end, span.end)
            if hi > lo:
                covered += hi - lo
        return len(span) > 0 and covered * 2 > len(span)

    def blanked(self) -> str:
        """The text with its flagged boilerplate blanked (line breaks kept): what the
        article itself says, at the offsets every record gives."""
        if not self.boilerplate:
            return self.text
        out, at = [], 0
        for b in sorted(self.boilerplate, key=lambda b: b.start):
            start = max(at, b.start)
            if b.end <= start:
                continue
            out.append(self.text[at:start])
            out.append(_NOT_A_BREAK.sub(" ", self.text[start : b.end]))
            at = b.end
        out.append(self.text[at:])
        return "".join(out)

    @property
    def reporting_sentences(self) -> tuple[Span, ...]:
        """Sentences that take part in the comparison (boilerplate set aside)."""
        return tuple(s for s in self.sentences if not self.is_boilerplate(s))

    @property
    def word_count(self) -> int:
        return sum(len(s.slice(self.text).split()) for s in self.reporting_sentences)


_DOCUMENT_HEAD = attrgetter(
    "id", "path", "sha256", "title", "outlet", "url", "author", "published", "text"
)


def _offsets(spans: tuple[Span, ...]) -> tuple[int, ...]:
    return tuple(chain.from_iterable([(s.start, s.end) for s in spans]))


def _spans(offsets: tuple[int, ...]) -> tuple[Span, ...]:
    return tuple(map(Span, offsets[::2], offsets[1::2]))


def _unpickled_document(*values: Any) -> Document:
    """A :class:`Document` from what its ``__reduce__`` gave."""
    *head, paragraphs, sentences, boilerplate, format_ = values
    return Document(*head, _spans(paragraphs), _spans(sentences), boilerplate, format_)


@dataclass(frozen=True, slots=True)
class Problem:
    """A file that could not be loaded, with a message a journalist understands.

    ``note`` marks what a journalist should know about a file that *did* load (bytes
    that were not UTF-8 and were replaced, say): listed like a problem, but the CLI's
    exit code does not count it as input that could not be read.
    """

    path: str
    message: str
    note: bool = False


@dataclass(frozen=True, slots=True)
class DiffOp:
    """One word-level opcode inside a match, in both documents' coordinates.

    ``trivial`` is ``"punctuation"`` or ``"typography"`` when the difference is only
    that, so a view can hide it; ``None`` for a real wording change or ``equal``.
    """

    tag: DiffTag
    a_start: int
    a_end: int
    b_start: int
    b_end: int
    trivial: str | None = None


@dataclass(frozen=True, slots=True)
class Match:
    """Sentences of document ``a`` that say what sentences of document ``b`` say.

    ``a_spans``/``b_spans`` allow one-to-many and many-to-one alignments. ``flags`` name
    what a journalist must not miss: ``number``, ``negation``, ``person``, ``speaker``.
    """

    a: str
    b: str
    a_spans: tuple[Span, ...]
    b_spans: tuple[Span, ...]
    score: float
    kind: MatchKind
    flags: tuple[str, ...] = ()
    diff: tuple[DiffOp, ...] = ()

    def mirrored(self) -> Match:
        """The same match seen from ``b``'s side."""
        swap = {"insert": "delete", "delete": "insert"}
        return Match(
            a=self.b,
            b=self.a,
            a_spans=self.b_spans,
            b_spans=self.a_spans,
            score=self.score,
            kind=self.kind,
            flags=self.flags,
            diff=tuple(
                DiffOp(swap.get(d.tag, d.tag), d.b_start, d.b_end, d.a_start, d.a_end, d.trivial)  # type: ignore[arg-type]
                for d in self.diff
            ),
        )


@_pickled_by_position
@dataclass(frozen=True, slots=True)
class Quote:
    """A direct quotation; the span excludes the quotation marks.

    ``speaker`` is the canonical name within the document (titles stripped, surname
    resolved to the full name); ``speaker_start``/``speaker_end`` mark the attributing
    words nearest the quote (the name, or the pronoun), or are ``None`` when unknown.
    With no ``speaker`` they may still mark the words that attribute the quote to no one
    the engine names ("the letter reads", "said one Democratic source"): how the outlet
    sourced it is worth showing even when there is no name to give.
    """

    id: str
    doc: str
    start: int
    end: int
    speaker: str | None = None
    speaker_start: int | None = None
    speaker_end: int | None = None
    cue: str | None = None
    fragment: bool = False

    @property
    def span(self) -> Span:
        return Span(self.start, self.end)

    @property
    def speaker_inferred(self) -> bool:
        """The speaker is the engine's inference, not the outlet's words: nothing at the
        quote attributes it, so the engine took whom the article is most about, who spoke
        last, or the subject of the sentence a quotation is woven into. Views say so: such
        a name is right far less often than one the outlet gives (see
        ``benchmarks/quality/polnear.py``: about one in four there)."""
        return self.speaker is not None and self.speaker_start is None


@_pickled_by_position
@dataclass(frozen=True, slots=True)
class QuoteGroup:
    """The same utterance as quoted by different outlets.

    ``flags``: ``reworded``, ``trimmed``, ``merged``, ``reattributed``.
    """

    id: str
    speaker: str | None
    members: tuple[str, ...]  # Quote ids
    flags: tuple[str, ...] = ()
    # The utterance itself, as the lead quote (``members[0]``) words it: offsets into the
    # lead's document. A lead quote of several sentences belongs to several groups; this
    # says which of its sentences this group is about. None when not known (a file
    # written before utterances were recorded).
    utterance: Span | None = None


@dataclass(frozen=True, slots=True)
class ClusterMember:
    doc: str
    start: int
    end: int


@dataclass(frozen=True, slots=True)
class Cluster:
    """One fact as carried by several outlets: a span per carrying document."""

    id: str
    members: tuple[ClusterMember, ...]


@dataclass(frozen=True, slots=True)
class WireRun:
    """A long verbatim run shared by two documents: a sign of common wire copy."""

    a: str
    b: str
    a_start: int
    a_end: int
    b_start: int
    b_end: int
    words: int


def _frozen_map(data: Mapping | None = None) -> Mapping:
    return MappingProxyType(dict(data or {}))


@dataclass(frozen=True, slots=True)
class Comparison:
    """Everything the engine found about a set of documents.

    ``similarity`` maps an ordered pair of document ids ``(a, b)`` to the share of
    ``a``'s reporting that ``b`` also carries (so it is not symmetric).
    """

    documents: tuple[Document, ...]
    threshold: float
    matches: tuple[Match, ...] = ()
    quotes: tuple[Quote, ...] = ()
    quote_groups: tuple[QuoteGroup, ...] = ()
    clusters: tuple[Cluster, ...] = ()
    unique: Mapping[str, tuple[Span, ...]] = field(default_factory=_frozen_map)
    similarity: Mapping[tuple[str, str], float] = field(default_factory=_frozen_map)
    wire_runs: tuple[WireRun, ...] = ()
    problems: tuple[Problem, ...] = ()
    settings: Mapping[str, object] = field(default_factory=_frozen_map)

    def document(self, doc_id: str) -> Document:
        for d in self.documents:
            if d.id == doc_id:
                return d
        raise KeyError(doc_id)

    def matches_between(self, a: str, b: str) -> tuple[Match, ...]:
        """Matches of the pair, oriented so that ``m.a == a``."""
        out = []
        for m in self.matches:
            if m.a == a and m.b == b:
                out.append(m)
            elif m.a == b and m.b == a:
                out.append(m.mirrored())
        return tuple(out)

    def quotes_of(self, doc_id: str) -> tuple[Quote, ...]:
        return tuple(q for q in self.quotes if q.doc == doc_id)
