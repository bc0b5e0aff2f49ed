"""The report model: everything a PDF or HTML report shows, decided once.

The PDF and HTML writers only lay this out. What a person sees of a match, a quote's
wording or a document's name comes from :mod:`app.present`, the same records the window
renders, so the report and the screen mark the same words (issue 14); this module only
chooses which pairs and groups a report holds and adds the report's own sections
(sources, summary, settings). Marked text is :class:`~app.present.runs.Run` pieces whose
``mark`` says how to show it: ``del`` (struck through), ``ins`` (underlined),
``chg-del``/``chg-ins`` (the same, for a replaced word, in a deeper shade).
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import PurePath

from app.model import Comparison, Document, Match, Problem, Span, WireRun
from app.present.coverage import CARRIED, LOOSELY, coverage_rows
from app.present.labels import document_labels, document_title, story_title
from app.present.pair import KIND_LABELS, present_pair
from app.present.quotes import present_quotes, wording_against
from app.present.runs import Mark, Rich, Run, joined_spans, marked_runs, op_marks
from app.story import WIRE_WORDS
from app.unionfind import DisjointSet

__all__ = [
    "Mark",
    "Rich",
    "Run",
    "build_report",
    "document_labels",
    "document_title",
    "marked_runs",
    "match_sides",
    "percent",
    "story_title",
    "wording_against",
]

KIND_RANK = {"identical": 4, "edited": 3, "paraphrase": 2, "related": 1}


@dataclass(frozen=True, slots=True)
class Source:
    label: str
    outlet: str
    title: str
    author: str
    published: str
    location: str  # the URL, or the file name when there is none
    link: str  # the URL when there is one, for a clickable reference
    words: int
    sha256: str


@dataclass(frozen=True, slots=True)
class OutletCounts:
    """Per outlet: its reporting sentences by the best match any other outlet gives them."""

    label: str
    sentences: int
    identical: int
    edited: int
    paraphrase: int
    related: int  # the same fact stated differently or only partly (lower confidence)
    exclusive: int


@dataclass(frozen=True, slots=True)
class WirePassageRow:
    """One passage several outlets share word for word: every outlet carrying it (in
    the story's order), its longest shared run in words, and how it starts."""

    labels: tuple[str, ...]
    words: int
    excerpt: str


@dataclass(frozen=True, slots=True)
class CoverageLine:
    """A fact or quote two or more outlets carry (the Overview's "who reported what")."""

    kind: str  # "fact" | "quote"
    label: str
    carried: tuple[bool, ...]  # per outlet, in the summary's order
    # per outlet: carried only in related wording (app.present.coverage: ``loose``)
    loose: tuple[bool, ...] = ()

    def mark(self, outlet: int) -> str:
        """The cell of one outlet: :data:`CARRIED`, :data:`LOOSELY` or nothing."""
        if not self.carried[outlet]:
            return ""
        return LOOSELY if self.loose and self.loose[outlet] else CARRIED

    @property
    def count(self) -> str:
        """How many outlets carry it, and how many of those only loosely ("5 + 3")."""
        loose = sum(self.loose)
        firm = sum(self.carried) - loose
        return f"{firm} + {loose}" if loose else str(firm)


@dataclass(frozen=True, slots=True)
class Summary:
    labels: tuple[str, ...]
    # similarity[i][j]: share of outlet i's reporting that outlet j also carries.
    similarity: tuple[tuple[float | None, ...], ...]
    counts: tuple[OutletCounts, ...]
    wire_passages: tuple[WirePassageRow, ...]
    wire_note: str  # what the wire-copy table lists, said above it
    quote_groups: int
    reworded: int
    trimmed: int
    merged: int
    reattributed: int
    # Who reported what, for a story of three or more outlets (two: the pair says it all).
    coverage: tuple[CoverageLine, ...] = ()


@dataclass(frozen=True, slots=True)
class QuoteWording:
    label: str
    speaker: str
    wording: Rich
    fragment: bool
    inferred: bool = False  # the speaker is the engine's inference (present.quotes.INFERRED)


@dataclass(frozen=True, slots=True)
class QuoteGroupView:
    number: int
    speaker: str
    flags: tuple[str, ...]
    wordings: tuple[QuoteWording, ...]
    utterance: str = ""  # the sentence(s) the group is about, as the first wording gives them
    inferred: bool = False  # the group's speaker is the engine's inference


@dataclass(frozen=True, slots=True)
class AlignedRow:
    left: Rich
    right: Rich
    kind: str
    score: float
    flags: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class PairView:
    left_label: str
    right_label: str
    similarity: float | None  # share of the left article the right one carries
    rows: tuple[AlignedRow, ...]
    left_only: tuple[str, ...]
    right_only: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class ExclusiveView:
    """What one outlet alone says: its reporting sentences no other outlet carries."""

    label: str
    sentences: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class SetAside:
    """A passage kept out of the comparison as boilerplate, so a reader can check it."""

    label: str
    reason: str
    excerpt: str


@dataclass(frozen=True, slots=True)
class Report:
    title: str
    generated: str
    version: str
    settings: tuple[tuple[str, str], ...]
    sources: tuple[Source, ...]
    summary: Summary
    quote_groups: tuple[QuoteGroupView, ...]
    quotes_heading: str
    pairs: tuple[PairView, ...]
    pairs_without_matches: tuple[tuple[str, str], ...]
    problems: tuple[Problem, ...]
    set_aside: tuple[SetAside, ...] = ()
    # A story of three outlets or more: what each alone says, listed once, and the pair
    # sections only count what one of the two does not match in the other. Listing those
    # per pair repeated each outlet's exclusive sentences once for every other outlet
    # (a ten-outlet story gave 90 lists and a 56-page report). Empty for two outlets or
    # a one-pair report, whose pair sections list them.
    exclusive: tuple[ExclusiveView, ...] = ()

    @property
    def inferred_speakers(self) -> bool:
        """Whether any speaker shown is only the engine's inference: the quotes section
        then explains the mark (present.quotes.INFERRED_HELP)."""
        return any(
            g.inferred or any(w.inferred for w in g.wordings) for g in self.quote_groups
        )

    @property
    def pair_lists(self) -> bool:
        """Whether the pair sections list the sentences one side does not match."""
        return not self.exclusive


# --- Titles and labels ----------------------------------------------------------------


def percent(value: float | None) -> str:
    """A share as both renderers print it; None (no reporting to share) as a dash."""
    return "–" if value is None else f"{value:.0%}"


# --- Marked text ----------------------------------------------------------------------


def match_sides(a: Document, b: Document, match: Match) -> tuple[Rich, Rich]:
    """Left and right cells of a match, its non-trivial word differences marked."""
    return (
        joined_spans(a.text, match.a_spans, op_marks(match.diff, "a", a.text)),
        joined_spans(b.text, match.b_spans, op_marks(match.diff, "b", b.text)),
    )


# --- Sections ---------------------------------------------------------------------------


def _sources(comparison: Comparison, labels: dict[str, str]) -> tuple[Source, ...]:
    return tuple(
        Source(
            label=labels[d.id],
            outlet=d.outlet,
            title=document_title(d),
            author=d.author,
            published=d.published,
            location=d.url or PurePath(d.path).name,
            link=d.url if d.url.startswith(("http://", "https://")) else "",
            words=d.word_count,
            sha256=d.sha256,
        )
        for d in comparison.documents
    )


def _best_kinds(comparison: Comparison, doc: Document) -> list[str | None]:
    """For each reporting sentence of ``doc``, the closest kind of match any outlet has."""
    spans: list[Span] = []
    ranks: list[int] = []
    for m in comparison.matches:
        if m.a == doc.id:
            for s in m.a_spans:
                spans.append(s)
                ranks.append(KIND_RANK.get(m.kind, 0))
        if m.b == doc.id:
            for s in m.b_spans:
                spans.append(s)
                ranks.append(KIND_RANK.get(m.kind, 0))
    by_rank = {v: k for k, v in KIND_RANK.items()}
    out: list[str | None] = []
    for sent in doc.reporting_sentences:
        best = max((r for s, r in zip(spans, ranks, strict=True) if s.overlaps(sent)), default=0)
        out.append(by_rank.get(best))
    return out


def _summary(comparison: Comparison, labels: dict[str, str]) -> Summary:
    docs = comparison.documents
    matrix = tuple(
        tuple(None if a.id == b.id else comparison.similarity.get((a.id, b.id)) for b in docs)
        for a in docs
    )
    counts = []
    for d in docs:
        kinds = Counter(_best_kinds(comparison, d))
        counts.append(
            OutletCounts(
                label=labels[d.id],
                sentences=sum(kinds.values()),
                identical=kinds["identical"],
                edited=kinds["edited"],
                paraphrase=kinds["paraphrase"],
                related=kinds["related"],
                exclusive=kinds[None],
            )
        )
    passages = _wire_passages(comparison, labels)
    # Only groups that span two outlets count: a quote one outlet alone carries is not
    # "across outlets", and the quotes section shows exactly these.
    doc_of = {q.id: q.doc for q in comparison.quotes}
    shared = [g for g in comparison.quote_groups if len({doc_of.get(m) for m in g.members}) >= 2]
    flags = Counter(f for g in shared for f in set(g.flags))
    return Summary(
        labels=tuple(labels[d.id] for d in docs),
        similarity=matrix,
        counts=tuple(counts),
        wire_passages=passages,
        wire_note=(
            f"Passages of {comparison.settings.get('wire_words', WIRE_WORDS)} or more words "
            "that outlets share word for word, quotes included: one row per passage, with "
            "every outlet carrying it; the most widely shared first."
        ),
        quote_groups=len(shared),
        reworded=flags["reworded"],
        trimmed=flags["trimmed"],
        merged=flags["merged"],
        reattributed=flags["reattributed"],
        coverage=_coverage(comparison) if len(docs) >= 3 else (),
    )


def coverage_note(labels: Sequence[str], key: bool = True) -> str:
    """What the "who reported what" table shows, said above it; ``key`` names the
    outlet behind each column number (the PDF leaves that to its similarity table when
    that table is numbered too)."""
    names = " (" + "; ".join(f"{i + 1} = {label}" for i, label in enumerate(labels)) + ")"
    return (
        "Facts and quotes two or more outlets carry, the most widely carried first; ● = the "
        f"outlet of that number carries it{names if key else ''}; ○ = only in related "
        "wording (the same fact stated differently or partly: check it), counted after the "
        "+. A fact the outlets tell in someone’s words is listed as that quote."
    )


#: Characters of a row's name the report prints: a long quote is recognised by its start.
COVERAGE_LABEL = 160


def _coverage(comparison: Comparison) -> tuple[CoverageLine, ...]:
    """The shared rows of the Overview's table, in its order (exclusives left out: a
    story of fifty articles has thousands)."""
    ids = [d.id for d in comparison.documents]
    out = []
    for row in coverage_rows(comparison):
        if row.exclusive:
            continue
        label = row.label.removeprefix("❝ ")
        if len(label) > COVERAGE_LABEL:
            label = label[: COVERAGE_LABEL - 1].rstrip() + "…"
        out.append(CoverageLine(
            row.kind, label, tuple(d in row.wordings for d in ids),
            tuple(d in row.loose for d in ids) if row.loose else (),
        ))
    return tuple(out)


def _quote_groups(
    comparison: Comparison, labels: dict[str, str], in_scope: set[str]
) -> tuple[QuoteGroupView, ...]:
    """Groups that span two outlets of the scope; a single article lists its own quotes
    (fragments left out: scare quotes are not statements)."""
    single = len(comparison.documents) == 1
    groups = [
        g
        for g in present_quotes(comparison, in_scope=in_scope, ungrouped=single)
        if g.outlets >= 2 or (single and not all(q.fragment for q in g.quotes))
    ]
    views = []
    for number, group in enumerate(groups, start=1):
        wordings = tuple(
            QuoteWording(w.label, w.speaker, w.wording, w.fragment, w.quote.speaker_inferred)
            for w in group.wordings(comparison, labels)
        )
        views.append(QuoteGroupView(
            number, group.speaker, group.flags, wordings, group.heading(comparison),
            group.inferred,
        ))
    return tuple(views)


EXCLUSIVE_NOTE = (
    "Each outlet’s sentences that no other outlet carries, in its own order: what it "
    "alone reports, or reports in words the comparison could not match. Short lines "
    "without a sentence’s punctuation (“Published”, a caption credit) are left out."
)

NOTHING_EXCLUSIVE = "Nothing: every sentence is carried by another outlet."


def unmatched_line(pv: PairView) -> str:
    """A pair section's count of what neither side matches in the other, for a story
    whose exclusive sentences are listed once (:attr:`Report.exclusive`)."""
    return (
        f"Not matched between the two: {len(pv.left_only)} sentences of {pv.left_label}, "
        f"{len(pv.right_only)} of {pv.right_label}. What no other outlet carries either is "
        "listed under “What only one outlet says”."
    )


def _sentences(doc: Document, spans: Iterable[Span]) -> tuple[str, ...]:
    return tuple(" ".join(s.slice(doc.text).split()) for s in spans)


def pair_view(comparison: Comparison, a_id: str, b_id: str, labels: dict[str, str]) -> PairView:
    pair = present_pair(comparison, a_id, b_id, labels=labels)
    rows = tuple(
        AlignedRow(m.left, m.right, KIND_LABELS.get(m.kind, m.kind), m.match.score, m.match.flags)
        for m in pair.matches
    )
    return PairView(
        left_label=pair.left_label,
        right_label=pair.right_label,
        similarity=pair.similarity,
        rows=rows,
        left_only=_sentences(pair.left, pair.unmatched_left),
        right_only=_sentences(pair.right, pair.unmatched_right),
    )


def _wire_passages(
    comparison: Comparison, labels: dict[str, str]
) -> tuple[WirePassageRow, ...]:
    """The wire runs of the comparison as passages: runs that cover overlapping text of
    one outlet are one passage, so a sentence ten outlets share is one row naming the
    ten, not 45 rows of pairs (one per pair of outlets carrying it)."""
    order = {d.id: i for i, d in enumerate(comparison.documents)}
    runs = [w for w in comparison.wire_runs if w.a in order and w.b in order]
    spans = DisjointSet[int]()
    ends: list[tuple[str, int, int, int]] = []  # (doc, start, end, run) per run end
    for k, w in enumerate(runs):
        spans.find(k)
        ends += [(w.a, w.a_start, w.a_end, k), (w.b, w.b_start, w.b_end, k)]
    ends.sort()
    # One sweep per outlet, by start: a run that starts before the furthest end seen so
    # far overlaps the passage that end belongs to.
    furthest: dict[str, tuple[int, int]] = {}
    for d, start, end, k in ends:
        seen = furthest.get(d)
        if seen is not None and start < seen[0]:
            spans.union(k, seen[1])
        if seen is None or end > seen[0]:
            furthest[d] = (end, k)
    groups: dict[int, list[WireRun]] = {}
    for k, w in enumerate(runs):
        groups.setdefault(spans.find(k), []).append(w)
    out = []
    for members in groups.values():
        longest = max(members, key=lambda w: (w.words, order[w.a], w.a_start))
        docs = sorted({d for w in members for d in (w.a, w.b)}, key=order.__getitem__)
        text = comparison.document(longest.a).text[longest.a_start : longest.a_end]
        out.append(
            WirePassageRow(tuple(labels[d] for d in docs), longest.words, _excerpt(text, 30))
        )
    out.sort(key=lambda p: (-len(p.labels), -p.words, p.excerpt))
    return tuple(out)


def _excerpt(text: str, words: int = 40) -> str:
    parts = text.split()
    return " ".join(parts[:words]) + (" …" if len(parts) > words else "")


def _set_aside(comparison: Comparison, labels: dict[str, str]) -> tuple[SetAside, ...]:
    return tuple(
        SetAside(labels[d.id], b.reason, _excerpt(d.text[b.start : b.end]))
        for d in comparison.documents
        for b in d.boilerplate
        if d.text[b.start : b.end].strip()
    )


def _settings(comparison: Comparison) -> tuple[tuple[str, str], ...]:
    out = [("Similarity threshold", f"{comparison.threshold:.2f}")]
    for key, value in comparison.settings.items():
        if key != "threshold":
            out.append((str(key).replace("_", " ").capitalize(), str(value)))
    return tuple(out)


def build_report(
    comparison: Comparison,
    *,
    title: str | None = None,
    scope: tuple[str, str] | None = None,
    now: datetime | None = None,
) -> Report:
    """The report of a comparison.

    ``scope`` is one ordered pair of document ids (left, right) for a report on that
    pair only, or ``None`` for the whole story (every pair that shares a sentence).
    """
    from app import __version__

    labels = document_labels(comparison.documents)
    if scope is not None:
        for doc_id in scope:
            comparison.document(doc_id)  # KeyError early, naming the bad id
        pairs_ids = [scope]
        in_scope = set(scope)
    else:
        ids = [d.id for d in comparison.documents]
        pairs_ids = [(x, y) for i, x in enumerate(ids) for y in ids[i + 1 :]]
        in_scope = set(ids)
    pairs, empty = [], []
    for a_id, b_id in pairs_ids:
        view = pair_view(comparison, a_id, b_id, labels)
        if view.rows or scope is not None:
            pairs.append(view)
        else:
            empty.append((view.left_label, view.right_label))
    quotes_heading = "Quotes" if len(comparison.documents) == 1 else "Quotes across outlets"
    exclusive = ()
    # (only from a comparison that says what each document alone carries: one made by
    # hand or read from an older file may not)
    if scope is None and len(comparison.documents) >= 3 and all(
        d.id in comparison.unique for d in comparison.documents
    ):
        exclusive = tuple(
            ExclusiveView(labels[d.id], _sentences(d, comparison.unique.get(d.id, ())))
            for d in comparison.documents
        )
    when = (now or datetime.now(UTC)).astimezone(UTC)
    return Report(
        title=(title or "").strip() or story_title(comparison),
        generated=when.strftime("%Y-%m-%d %H:%M UTC"),
        version=__version__,
        settings=_settings(comparison),
        sources=_sources(comparison, labels),
        summary=_summary(comparison, labels),
        quote_groups=_quote_groups(comparison, labels, in_scope),
        quotes_heading=quotes_heading,
        pairs=tuple(pairs),
        pairs_without_matches=tuple(empty),
        problems=comparison.problems,
        set_aside=_set_aside(comparison, labels),
        exclusive=exclusive,
    )
