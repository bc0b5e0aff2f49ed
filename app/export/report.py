"""The report model: everything a PDF or HTML report shows, decided once.

The PDF and HTML writers only lay this out. Keeping the decisions here (which pairs,
which sentences are exclusive, which words are marked, what the title is) means both
formats say the same thing, and tests can check the content without parsing a PDF.
Text is split into :class:`Run` pieces whose ``mark`` says how a writer must show it:
``del`` (struck through), ``ins`` (underlined), ``chg-del``/``chg-ins`` (the same, for a
replaced word, in a deeper shade).
"""

from __future__ import annotations

import difflib
import re
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import PurePath
from typing import Literal

from app.model import Comparison, Document, Match, Problem, Quote, Span

Mark = Literal["", "del", "ins", "chg-del", "chg-ins"]
KIND_RANK = {"identical": 3, "edited": 2, "paraphrase": 1}
KIND_LABEL = {"identical": "identical", "edited": "edited", "paraphrase": "paraphrase"}


@dataclass(frozen=True, slots=True)
class Run:
    text: str
    mark: Mark = ""


Rich = tuple[Run, ...]


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
    exclusive: int


@dataclass(frozen=True, slots=True)
class WireRunRow:
    a_label: str
    b_label: str
    words: int
    excerpt: str


@dataclass(frozen=True, slots=True)
class Summary:
    labels: tuple[str, ...]
    # similarity[i][j]: share of outlet i's reporting that outlet j also carries.
    similarity: tuple[tuple[float | None, ...], ...]
    counts: tuple[OutletCounts, ...]
    wire_runs: tuple[WireRunRow, ...]
    quote_groups: int
    reworded: int
    trimmed: int
    merged: int
    reattributed: int


@dataclass(frozen=True, slots=True)
class QuoteWording:
    label: str
    speaker: str
    wording: Rich
    fragment: bool


@dataclass(frozen=True, slots=True)
class QuoteGroupView:
    number: int
    speaker: str
    flags: tuple[str, ...]
    wordings: tuple[QuoteWording, ...]


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


# --- Titles and labels ----------------------------------------------------------------


def _first_line(doc: Document, limit: int = 160) -> str:
    for line in doc.text.splitlines():
        line = line.strip()
        if line:
            return line if len(line) <= limit else line[: limit - 1].rstrip() + "…"
    return ""


def percent(value: float | None) -> str:
    """A share as both renderers print it; None (no reporting to share) as a dash."""
    return "–" if value is None else f"{value:.0%}"


def document_title(doc: Document) -> str:
    """The headline: the loader's title, else the article's first line (usually the headline)."""
    return doc.title.strip() or _first_line(doc)


def story_title(comparison: Comparison) -> str:
    """The first article's headline: a real sentence reads better than a bag of terms."""
    for doc in comparison.documents:
        title = document_title(doc)
        if title:
            return title
    return "Untitled story"


def document_labels(documents: Sequence[Document]) -> dict[str, str]:
    """A short, unique name per document: the outlet, else the file name."""
    raw = [
        d.outlet.strip() or PurePath(d.path).stem or f"Document {i + 1}"
        for i, d in enumerate(documents)
    ]
    seen: Counter[str] = Counter(raw)
    counter: Counter[str] = Counter()
    labels = {}
    for doc, name in zip(documents, raw, strict=True):
        if seen[name] > 1:
            counter[name] += 1
            name = f"{name} ({counter[name]})"
        labels[doc.id] = name
    return labels


# --- Marked text ----------------------------------------------------------------------


def marked_runs(text: str, start: int, end: int, marks: Iterable[tuple[int, int, Mark]]) -> Rich:
    """Cut ``text[start:end]`` into runs, marking the given (possibly overlapping) ranges."""
    runs: list[Run] = []
    pos = start
    for m_start, m_end, mark in sorted(marks):
        m_start, m_end = max(m_start, pos), min(m_end, end)
        if m_end <= m_start:
            continue
        if m_start > pos:
            runs.append(Run(text[pos:m_start]))
        runs.append(Run(text[m_start:m_end], mark))
        pos = m_end
    if pos < end:
        runs.append(Run(text[pos:end]))
    return tuple(runs)


def _join_spans(text: str, spans: Sequence[Span], marks: list[tuple[int, int, Mark]]) -> Rich:
    """Several sentences as one cell; a gap with other text between them shows as “ … ”."""
    runs: list[Run] = []
    prev_end: int | None = None
    for span in sorted(spans):
        if prev_end is not None:
            between = text[prev_end : span.start]
            runs.append(Run(" " if not between.strip() else " … "))
        runs.extend(marked_runs(text, span.start, span.end, marks))
        prev_end = span.end
    return tuple(runs)


def match_sides(a: Document, b: Document, match: Match) -> tuple[Rich, Rich]:
    """Left and right cells of a match, with its non-trivial word differences marked."""
    left: list[tuple[int, int, Mark]] = []
    right: list[tuple[int, int, Mark]] = []
    for op in match.diff:
        if op.tag == "equal" or op.trivial:
            continue
        changed = op.tag == "replace"
        if op.tag in ("delete", "replace") and op.a_end > op.a_start:
            left.append((op.a_start, op.a_end, "chg-del" if changed else "del"))
        if op.tag in ("insert", "replace") and op.b_end > op.b_start:
            right.append((op.b_start, op.b_end, "chg-ins" if changed else "ins"))
    return _join_spans(a.text, match.a_spans, left), _join_spans(b.text, match.b_spans, right)


_WORD = re.compile(r"\w+(?:['’]\w+)*")


def _key(word: str) -> str:
    return word.casefold().replace("’", "'")


def wording_against(reference: str, text: str) -> Rich:
    """``text`` with the words it adds or changes relative to ``reference`` underlined.

    Punctuation is left out of the comparison: two translations of one quote differ
    in commas for no reason worth a reader's attention.
    """
    ref = [_key(m.group()) for m in _WORD.finditer(reference)]
    words = list(_WORD.finditer(text))
    matcher = difflib.SequenceMatcher(None, ref, [_key(m.group()) for m in words], autojunk=False)
    marks: list[tuple[int, int, Mark]] = []
    for tag, _i1, _i2, j1, j2 in matcher.get_opcodes():
        if tag in ("insert", "replace") and j2 > j1:
            marks.append(
                (words[j1].start(), words[j2 - 1].end(), "chg-ins" if tag == "replace" else "ins")
            )
    return marked_runs(text, 0, len(text), marks)


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
                exclusive=kinds[None],
            )
        )
    runs = []
    for w in sorted(comparison.wire_runs, key=lambda w: -w.words):
        try:
            text = comparison.document(w.a).text[w.a_start : w.a_end]
        except KeyError:
            continue
        excerpt = _excerpt(text, 30)
        runs.append(WireRunRow(labels.get(w.a, w.a), labels.get(w.b, w.b), w.words, excerpt))
    # Only groups that span two outlets count: a quote one outlet alone carries is not
    # "across outlets", and the quotes section shows exactly these.
    doc_of = {q.id: q.doc for q in comparison.quotes}
    shared = [g for g in comparison.quote_groups if len({doc_of.get(m) for m in g.members}) >= 2]
    flags = Counter(f for g in shared for f in set(g.flags))
    return Summary(
        labels=tuple(labels[d.id] for d in docs),
        similarity=matrix,
        counts=tuple(counts),
        wire_runs=tuple(runs),
        quote_groups=len(shared),
        reworded=flags["reworded"],
        trimmed=flags["trimmed"],
        merged=flags["merged"],
        reattributed=flags["reattributed"],
    )


def _quote_groups(
    comparison: Comparison, labels: dict[str, str], in_scope: set[str]
) -> tuple[QuoteGroupView, ...]:
    quotes = {q.id: q for q in comparison.quotes}

    def view(
        number: int, speaker: str | None, flags: tuple[str, ...], members: list[Quote]
    ) -> QuoteGroupView:
        reference = comparison.document(members[0].doc).text[members[0].start : members[0].end]
        wordings = []
        for i, q in enumerate(members):
            text = comparison.document(q.doc).text[q.start : q.end]
            wordings.append(
                QuoteWording(
                    label=labels.get(q.doc, q.doc),
                    speaker=q.speaker or "unattributed",
                    wording=(Run(text),) if i == 0 else wording_against(reference, text),
                    fragment=q.fragment,
                )
            )
        return QuoteGroupView(number, speaker or "unattributed", flags, tuple(wordings))

    views = []
    for group in comparison.quote_groups:
        members = [quotes[m] for m in group.members if m in quotes and quotes[m].doc in in_scope]
        if len({q.doc for q in members}) >= 2 or (len(in_scope) == 1 and members):
            views.append(view(len(views) + 1, group.speaker, group.flags, members))
    if len(comparison.documents) == 1 and not views:
        # A single article has no groups to show: list its own quotes instead.
        for q in comparison.quotes:
            if not q.fragment:
                views.append(view(len(views) + 1, q.speaker, (), [q]))
    return tuple(views)


def _unmatched(doc: Document, spans: Iterable[Span]) -> tuple[str, ...]:
    covered = list(spans)
    return tuple(
        " ".join(s.slice(doc.text).split())
        for s in doc.reporting_sentences
        if not any(c.overlaps(s) for c in covered)
    )


def pair_view(comparison: Comparison, a_id: str, b_id: str, labels: dict[str, str]) -> PairView:
    a, b = comparison.document(a_id), comparison.document(b_id)
    matches = sorted(
        comparison.matches_between(a_id, b_id),
        key=lambda m: (
            min(m.a_spans).start if m.a_spans else 0,
            min(m.b_spans).start if m.b_spans else 0,
        ),
    )
    rows = []
    for m in matches:
        left, right = match_sides(a, b, m)
        rows.append(AlignedRow(left, right, KIND_LABEL.get(m.kind, m.kind), m.score, m.flags))
    return PairView(
        left_label=labels[a_id],
        right_label=labels[b_id],
        similarity=comparison.similarity.get((a_id, b_id)),
        rows=tuple(rows),
        left_only=_unmatched(a, (s for m in matches for s in m.a_spans)),
        right_only=_unmatched(b, (s for m in matches for s in m.b_spans)),
    )


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
    )
