"""One pair of articles as the side-by-side view and the report show it.

A :class:`PairPresentation` holds the pair's matches in reading order, each with both
sides cut into marked runs, the sentences only one side carries, and the lookups a view
needs: which match or exclusive sentence lies at a position (Meld's ``locate_chunk``),
and the next or previous match or difference from a place. The window and the report
both draw from it, so they number, order and mark matches the same way.

A kind the view does not know by name (the engine's lower-confidence ``related``) is
shown, but quietly (:attr:`MatchView.quiet`).
"""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from typing import Literal

from app.model import Comparison, Document, Match, Span
from app.present.alignment import AlignmentMap, Link
from app.present.labels import document_labels
from app.present.runs import Rich, Side, joined_spans, op_marks

#: Kinds shown quietly: same-fact links the engine is less sure of.
QUIET_KINDS = frozenset({"related"})
KIND_LABELS: Mapping[str, str] = {
    "identical": "identical",
    "edited": "edited",
    "paraphrase": "paraphrase",
    "related": "related",
}

#: What a navigation stop is: a match, or a sentence only the left / right carries.
StopKind = Literal["match", "a", "b"]
#: Stops sort by (position in the left article, a tie-break rank, a payload).
StopKey = tuple[int, int, int]


@dataclass(frozen=True, slots=True)
class MatchView:
    """One match of the pair, oriented left (``a``) to right (``b``), numbered in order."""

    index: int
    match: Match
    left: Rich
    right: Rich

    @property
    def kind(self) -> str:
        return self.match.kind

    @property
    def label(self) -> str:
        return KIND_LABELS.get(self.match.kind, self.match.kind)

    @property
    def quiet(self) -> bool:
        return self.match.kind in QUIET_KINDS

    @property
    def link(self) -> Link:
        m = self.match
        return Link(
            min((s.start for s in m.a_spans), default=0),
            max((s.end for s in m.a_spans), default=0),
            min((s.start for s in m.b_spans), default=0),
            max((s.end for s in m.b_spans), default=0),
            self.index,
        )


@dataclass(frozen=True, slots=True)
class Stop:
    key: StopKey
    kind: StopKind
    match: int | None = None  # MatchView.index when kind == "match"
    span: Span | None = None  # the exclusive sentence otherwise


class _SideIndex:
    """Spans of one side, found by position with a bisection (click -> match)."""

    def __init__(self, entries: Sequence[tuple[int, int, int]]) -> None:
        self._entries = sorted(entries)
        self._starts = [e[0] for e in self._entries]
        self._longest = max((e[1] - e[0] for e in self._entries), default=0)

    def at(self, cp: int) -> int | None:
        i = bisect_right(self._starts, cp) - 1
        while i >= 0 and self._starts[i] >= cp - self._longest:
            start, end, payload = self._entries[i]
            if start <= cp < end:
                return payload
            i -= 1
        return None


@dataclass(frozen=True)
class PairPresentation:
    left: Document
    right: Document
    left_label: str
    right_label: str
    similarity: float | None  # share of the left article the right one carries
    matches: tuple[MatchView, ...]
    exclusive_left: tuple[Span, ...]  # no other article of the story carries these
    exclusive_right: tuple[Span, ...]
    unmatched_left: tuple[Span, ...]  # reporting sentences this pair does not match
    unmatched_right: tuple[Span, ...]
    ignore_trivial: bool
    alignment: AlignmentMap = field(repr=False, compare=False)
    _matches_at: tuple[_SideIndex, _SideIndex] = field(repr=False, compare=False)
    _exclusive_at: tuple[_SideIndex, _SideIndex] = field(repr=False, compare=False)

    # -- lookups ---------------------------------------------------------------------------
    def match_at(self, side: Side, cp: int) -> MatchView | None:
        i = self._matches_at[0 if side == "a" else 1].at(cp)
        return None if i is None else self.matches[i]

    def exclusive_at(self, side: Side, cp: int) -> Span | None:
        k = self._exclusive_at[0 if side == "a" else 1].at(cp)
        if k is None:
            return None
        return (self.exclusive_left if side == "a" else self.exclusive_right)[k]

    def links(self) -> list[Link]:
        return [m.link for m in self.matches if m.match.a_spans and m.match.b_spans]

    # -- navigation ------------------------------------------------------------------------
    def match_stops(self) -> tuple[Stop, ...]:
        stops = (Stop((m.link.a_start, 0, m.index), "match", m.index) for m in self.matches)
        return tuple(sorted(stops, key=lambda s: s.key))

    def difference_stops(self) -> tuple[Stop, ...]:
        """Every place the two differ: a match not identical, a sentence one side only has."""
        stops = [
            Stop((m.link.a_start, 0, m.index), "match", m.index)
            for m in self.matches
            if m.kind != "identical"
        ]
        stops += [Stop((s.start, 1, s.start), "a", span=s) for s in self.exclusive_left]
        stops += [
            Stop((self.alignment.b_to_a(s.start), 2, s.start), "b", span=s)
            for s in self.exclusive_right
        ]
        return tuple(sorted(stops, key=lambda s: s.key))

    def stop_for_match(self, index: int) -> Stop:
        return Stop((self.matches[index].link.a_start, 0, index), "match", index)

    @staticmethod
    def step(stops: Sequence[Stop], cursor: StopKey | None, step: int) -> Stop | None:
        """The stop after (``step`` > 0) or before ``cursor``; from no cursor, the first/last."""
        if not stops:
            return None
        if cursor is None:
            return stops[0] if step > 0 else stops[-1]
        if step > 0:
            return next((s for s in stops if s.key > cursor), None)
        return next((s for s in reversed(stops) if s.key < cursor), None)


def _unmatched(doc: Document, covered: Sequence[Span]) -> tuple[Span, ...]:
    return tuple(
        s for s in doc.reporting_sentences if not any(c.overlaps(s) for c in covered)
    )


def closest_counterpart(comparison: Comparison, doc_id: str) -> str:
    """The article to show beside ``doc_id`` when the reader has chosen none: the one
    carrying the largest share of its reporting (:attr:`Comparison.similarity`, the share
    the Overview's grid shows), the earliest of the user's order on a tie or when nothing
    is shared. Opening a folder of ten outlets then starts on a pair with something to
    compare, not on whichever file happened to sort second (a 69-word photo caption
    beside a 300-word report, one match between them)."""
    others = [d.id for d in comparison.documents if d.id != doc_id]
    if not others:
        raise ValueError("a comparison of one article has no counterpart")
    share = comparison.similarity
    return max(others, key=lambda o: share.get((doc_id, o), 0.0))  # max keeps the first


def present_pair(
    comparison: Comparison,
    a_id: str,
    b_id: str,
    *,
    ignore_trivial: bool = True,
    labels: Mapping[str, str] | None = None,
) -> PairPresentation:
    """The pair ``a_id`` (left) and ``b_id`` (right) of ``comparison``."""
    a, b = comparison.document(a_id), comparison.document(b_id)
    labels = labels or document_labels(comparison.documents)
    ordered = sorted(
        comparison.matches_between(a_id, b_id),
        key=lambda m: (
            min((s.start for s in m.a_spans), default=0),
            min((s.start for s in m.b_spans), default=0),
        ),
    )
    def side(doc: Document, spans: Sequence[Span], m: Match, which: Side) -> Rich:
        marks = op_marks(m.diff, which, doc.text, ignore_trivial=ignore_trivial)
        return joined_spans(doc.text, spans, marks)

    views = tuple(
        MatchView(i, m, side(a, m.a_spans, m, "a"), side(b, m.b_spans, m, "b"))
        for i, m in enumerate(ordered)
    )
    links = [v.link for v in views if v.match.a_spans and v.match.b_spans]
    excl_a, excl_b = tuple(comparison.unique.get(a_id, ())), tuple(comparison.unique.get(b_id, ()))
    return PairPresentation(
        left=a,
        right=b,
        left_label=labels.get(a_id, a_id),
        right_label=labels.get(b_id, b_id),
        similarity=comparison.similarity.get((a_id, b_id)),
        matches=views,
        exclusive_left=excl_a,
        exclusive_right=excl_b,
        unmatched_left=_unmatched(a, [s for m in ordered for s in m.a_spans]),
        unmatched_right=_unmatched(b, [s for m in ordered for s in m.b_spans]),
        ignore_trivial=ignore_trivial,
        alignment=AlignmentMap(links, len(a.text), len(b.text)),
        _matches_at=(
            _SideIndex([(s.start, s.end, v.index) for v in views for s in v.match.a_spans]),
            _SideIndex([(s.start, s.end, v.index) for v in views for s in v.match.b_spans]),
        ),
        _exclusive_at=(
            _SideIndex([(s.start, s.end, k) for k, s in enumerate(excl_a)]),
            _SideIndex([(s.start, s.end, k) for k, s in enumerate(excl_b)]),
        ),
    )
