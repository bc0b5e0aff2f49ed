"""Who reported what: the story's facts and quotes as rows, each with the outlets carrying it.

Rows are the engine's records, named as a journalist would read them:

- a *quote* row is one quote group (one utterance), named by that utterance as the lead
  outlet quotes it. A long quote belongs to a group per sentence of the speech; naming
  each row by the whole lead quote would show several rows with the same words.
- a *fact* row is one cluster (:attr:`app.model.Comparison.clusters`), named by its most
  concise full sentence: outlets pad a fact with context, the shortest rendering is
  closest to the fact itself.
- a fact that half of its outlets or more tell in the words of one quote group is that
  quote, already a row: it is folded into the quote's row (the outlets that tell it only
  in their own words join the row) instead of being listed a second time. An outlet
  that tells it in the words of another quote is in that quote's row already: it
  neither joins this one nor keeps the fact a row of its own ("the finds are
  ‘consistent with a catastrophic implosion’", quoting another sentence of the same
  briefing, beside four outlets quoting "The debris is consistent with the catastrophic
  loss of the pressure chamber").
- so is a fact that half of its outlets or more tell in reported speech: their sentences
  hold the words of a quote other outlets carry, in order, without quoting them ("McCarthy
  has said he will not run for speaker again" beside "“I will not run for speaker
  again,” he said"). A journalist reads that as one statement, carried by all of them.
- *exclusive* rows (listed last) are what one outlet alone carries: a cluster or quote
  group with one outlet, and every sentence no other outlet matched.

An outlet whose sentence joins a fact only through ``related`` links (the same-fact
model's word, not shared wording) carries it *loosely*: the row says so, outlet by
outlet, and is named by a firmly carried sentence when it has one. On a story it had
never seen (the Baltimore bridge, ten outlets over four days) the widest fact row was
eight outlets' opening sentences, each stating a different turn of the story over the
same background clause, every link among them ``related``: listed as eight outlets
reporting one fact, it said what none of them said.

Ordered by how many outlets carry a row firmly, then by how many carry it at all, so the
shared core of the story comes first and what only the model joined comes after it.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field

from app.model import Cluster, Comparison, Quote, QuoteGroup, Span
from app.text.fold import tokenize
from app.text.vocabulary import STOPWORDS

#: The "who reported what" cells: an outlet carries the row, or carries it only in
#: related wording (the same fact stated differently or partly, in the model's reading).
CARRIED = "●"
LOOSELY = "○"
#: Share of an outlet's sentence inside quotation marks from which the outlet quotes the
#: fact rather than telling it in its own words; a fact most outlets quote is a quote.
QUOTED_SHARE = 0.5
#: Words outside the quotation marks that are only its attribution ("Taking to Twitter,
#: he wrote: “…”", "But later on X, formerly Twitter, Brockman wrote, “…”"): a sentence
#: of at most these around a quote of at least :data:`QUOTE_WORDS` words quotes it.
ATTRIBUTION_WORDS = 8
QUOTE_WORDS = 4
#: Words a rendering needs to name a fact row (a shorter one is a fragment: "I have.").
NAME_WORDS = 6
#: Reported speech: a quote's utterance of at least REPORTED_WORDS content words, of
#: which a sentence holds at least REPORTED_SHARE in the same order, is what the
#: sentence reports.
REPORTED_WORDS = 3
REPORTED_SHARE = 0.8


@dataclass(frozen=True)
class CoverageRow:
    kind: str  # "fact" (cluster) | "quote" (quote group) | "sentence" (a unique sentence)
    record_id: str
    wordings: dict[str, str]  # document id -> its wording
    label: str = field(default="", compare=False)
    # outlets whose wording joins the fact only through ``related`` links (see module doc)
    loose: frozenset[str] = frozenset()

    @property
    def firm(self) -> int:
        """Outlets carrying the row by more than the same-fact model's word."""
        return len(self.wordings) - len(self.loose)

    @property
    def outlets(self) -> int:
        return len(self.wordings)

    @property
    def exclusive(self) -> bool:
        return len(self.wordings) == 1


def coverage_rows(comparison: Comparison) -> list[CoverageRow]:
    """Shared rows first (most outlets first), then exclusives, each in story order."""
    order = {d.id: i for i, d in enumerate(comparison.documents)}
    texts = {d.id: d.text for d in comparison.documents}
    quotes = {q.id: q for q in comparison.quotes}
    quote_rows = {g.id: _quote_wordings(g, quotes, texts) for g in comparison.quote_groups}
    groups = [g for g in comparison.quote_groups if quote_rows[g.id]]
    grouped = _grouped_quotes(groups, quotes)
    rank = {g.id: k for k, g in enumerate(groups)}
    said = _utterance_words(groups, quotes, texts)
    worded = _worded_links(comparison)
    keyed: list[tuple[tuple[int, int, int, int, int, int], CoverageRow]] = []
    for k, cluster in enumerate(comparison.clusters):
        wordings = _fact_wordings(cluster, texts)
        if not wordings:
            continue
        quoted, elsewhere = _quoted_groups(cluster, grouped, texts)
        if not quoted:
            quoted = _reported_groups(cluster, said, texts)
        if quoted:
            # the widest of the groups the fact quotes (a long quote is in several)
            group = max(quoted, key=lambda g: (len(quote_rows[g]), -rank[g]))
            for doc, wording in wordings.items():
                if doc not in elsewhere:
                    quote_rows[group].setdefault(doc, wording)
            continue
        first = min(order[d] for d in wordings)
        loose = _loose(cluster, worded) if len(wordings) > 1 else frozenset()
        firm = {d: w for d, w in wordings.items() if d not in loose}
        name = _fact_name(firm or wordings, order)
        row = CoverageRow("fact", cluster.id, wordings, name, loose)
        keyed.append((_rank(row, 0, first, k), row))
    for k, g in enumerate(groups):
        wordings = quote_rows[g.id]
        first = min(order[d] for d in wordings)
        row = CoverageRow("quote", g.id, wordings, "❝ " + _utterance(g, quotes, texts, wordings))
        keyed.append((_rank(row, 1, first, k), row))
    for doc_id, spans in comparison.unique.items():
        if doc_id not in texts:
            continue
        for span in spans:
            wording = _words(span.slice(texts[doc_id]))
            if wording:
                record = f"unique:{doc_id}:{span.start}-{span.end}"
                row = CoverageRow("sentence", record, {doc_id: wording}, wording)
                keyed.append((_rank(row, 2, order[doc_id], span.start), row))
    keyed.sort(key=lambda r: r[0])
    return [r for _, r in keyed]


def _rank(row: CoverageRow, kind: int, first: int, k: int) -> tuple[int, ...]:
    """Sort key: shared rows before exclusives, then the most outlets carrying it
    firmly, then the most at all, facts before quotes, then story order."""
    return (int(row.exclusive), -row.firm, -row.outlets, kind, first, k)


#: (document a, document b) -> the span pairs of its links: a's spans, b's spans
Links = dict[tuple[str, str], list[tuple[tuple[Span, ...], tuple[Span, ...]]]]


def _worded_links(comparison: Comparison) -> Links:
    """Per ordered pair of documents, the spans of the first that a link other than
    ``related`` joins to the second's, paired: ``(a, b) -> [(a_spans, b_spans), …]``."""
    out: Links = {}
    for m in comparison.matches:
        if m.kind != "related":
            out.setdefault((m.a, m.b), []).append((m.a_spans, m.b_spans))
            out.setdefault((m.b, m.a), []).append((m.b_spans, m.a_spans))
    return out


def _loose(cluster: Cluster, worded: Links) -> frozenset[str]:
    """The outlets of ``cluster`` no link but a ``related`` one joins to another member."""
    members = [(m.doc, Span(m.start, m.end)) for m in cluster.members]
    firm: set[str] = set()
    for i, (da, sa) in enumerate(members):
        for db, sb in members[i + 1 :]:
            if da == db or (da in firm and db in firm):
                continue
            if any(
                any(s.overlaps(sa) for s in xs) and any(s.overlaps(sb) for s in ys)
                for xs, ys in worded.get((da, db), ())
            ):
                firm.update((da, db))
    return frozenset(d for d, _s in members if d not in firm)


def _words(text: str) -> str:
    return " ".join(text.split())


def _fact_wordings(cluster: Cluster, texts: Mapping[str, str]) -> dict[str, str]:
    wordings: dict[str, str] = {}
    for m in cluster.members:
        if m.doc in texts:
            piece = _words(texts[m.doc][m.start : m.end])
            wordings[m.doc] = f"{wordings[m.doc]} … {piece}" if m.doc in wordings else piece
    return wordings


def _fact_name(wordings: Mapping[str, str], order: Mapping[str, int]) -> str:
    """The shortest rendering long enough to state something; else the first outlet's."""
    ranked = sorted(wordings.items(), key=lambda kv: order[kv[0]])
    full = [w for _d, w in ranked if len(w.split()) >= NAME_WORDS]
    return min(full, key=len) if full else ranked[0][1]


def _quote_wordings(
    group: QuoteGroup, quotes: Mapping[str, Quote], texts: Mapping[str, str]
) -> dict[str, str]:
    wordings: dict[str, str] = {}
    for qid in group.members:
        q = quotes.get(qid)
        if q is not None and q.doc in texts and q.doc not in wordings:
            wordings[q.doc] = "“" + _words(q.span.slice(texts[q.doc])) + "”"
    return wordings


def _utterance(
    group: QuoteGroup,
    quotes: Mapping[str, Quote],
    texts: Mapping[str, str],
    wordings: Mapping[str, str],
) -> str:
    """The group's utterance as its lead quotes it, else the lead's whole wording."""
    said = _words(_utterance_text(group, quotes, texts) or "").strip("“”\"‘’' ")
    return f"“{said}”" if said else next(iter(wordings.values()))


def _utterance_text(
    group: QuoteGroup, quotes: Mapping[str, Quote], texts: Mapping[str, str]
) -> str | None:
    """The words of the group's utterance in its lead's text, when known."""
    lead = quotes.get(group.members[0]) if group.members else None
    if lead is None or group.utterance is None or lead.doc not in texts:
        return None
    return group.utterance.slice(texts[lead.doc])


def _content(text: str) -> list[str]:
    """The folded keys of ``text``'s words, function words left out, in order."""
    return [t.key for t in tokenize(text) if t.word and t.key not in STOPWORDS]


def _utterance_words(
    groups: list[QuoteGroup], quotes: Mapping[str, Quote], texts: Mapping[str, str]
) -> dict[str, list[str]]:
    """The content words of each quote group's utterance that two outlets or more carry,
    when it has :data:`REPORTED_WORDS` of them."""
    out: dict[str, list[str]] = {}
    for g in groups:
        text = _utterance_text(g, quotes, texts)
        if text is None or len({quotes[m].doc for m in g.members if m in quotes}) < 2:
            continue
        words = _content(text)
        if len(words) >= REPORTED_WORDS:
            out[g.id] = words
    return out


def _holds_in_order(words: list[str], sentence: list[str]) -> bool:
    """Whether ``sentence`` holds :data:`REPORTED_SHARE` of ``words`` in their order (a
    word it lacks is skipped, the next looked for after the last one found)."""
    need = REPORTED_SHARE * len(words)
    if len(set(words) & set(sentence)) < need:
        return False  # too few of the words at all: most pairs end here
    held = pos = 0
    for w in words:
        try:
            pos = sentence.index(w, pos) + 1
        except ValueError:
            continue
        held += 1
    return held >= need


def _reported_groups(
    cluster: Cluster, said: Mapping[str, list[str]], texts: Mapping[str, str]
) -> frozenset[str]:
    """The quote groups whose utterance half or more of this fact's outlets report in
    their own sentences (see the module doc), the most reported first; else none."""
    sentences: dict[str, list[str]] = {}
    for m in cluster.members:
        if m.doc in texts:
            sentences.setdefault(m.doc, []).extend(_content(texts[m.doc][m.start : m.end]))
    counts = {
        g: sum(1 for words in sentences.values() if _holds_in_order(utterance, words))
        for g, utterance in said.items()
    }
    most = max(counts.values(), default=0)
    if not most or 2 * most < len(sentences):
        return frozenset()
    return frozenset(g for g, c in counts.items() if c == most)


def _grouped_quotes(
    groups: list[QuoteGroup], quotes: Mapping[str, Quote]
) -> dict[str, list[tuple[Span, frozenset[str]]]]:
    """Per document, each grouped quote's span and the groups it belongs to."""
    of: dict[str, set[str]] = {}
    for g in groups:
        for qid in g.members:
            of.setdefault(qid, set()).add(g.id)
    out: dict[str, list[tuple[Span, frozenset[str]]]] = {}
    for qid, ids in of.items():
        q = quotes.get(qid)
        if q is not None:
            out.setdefault(q.doc, []).append((q.span, frozenset(ids)))
    return out


def _quoted_groups(
    cluster: Cluster,
    grouped: Mapping[str, list[tuple[Span, frozenset[str]]]],
    texts: Mapping[str, str],
) -> tuple[frozenset[str], frozenset[str]]:
    """The quote groups the most outlets quoting this fact quote, when those are half of
    its outlets or more (see the module doc), and the outlets that quote it only in
    the words of other groups; else nothing.

    An outlet quotes the fact when most of its sentence is inside the quotation marks,
    when the sentence opens inside them ("“It has been an honor to serve,” McCarthy
    posted on X, the platform formerly known as Twitter." reports the quote however long
    its attribution runs), or when the words outside are few enough to be only the
    attribution ("Taking to Twitter, he wrote: “Based on today’s news, I quit.”"); where
    "Truss said she could not “deliver the mandate”" tells the fact in the outlet's words.
    """
    quoting: dict[str, set[str]] = {}  # outlet -> the groups it quotes the fact in
    outlets: set[str] = set()
    for m in cluster.members:
        if m.doc not in texts:
            continue
        outlets.add(m.doc)
        words = texts[m.doc][m.start : m.end]
        length = len(words.strip())
        first = m.start + next((i for i, ch in enumerate(words) if ch.isalnum()), 0)
        ids: set[str] = set()
        inside = 0
        opens = False
        quoted = 0  # words inside the quotation marks
        outside = words
        for span, groups in grouped.get(m.doc, ()):
            overlap = min(span.end, m.end) - max(span.start, m.start)
            if overlap > 0:
                inside += overlap
                ids |= groups
                opens = opens or span.start <= first < span.end
                lo, hi = max(span.start, m.start) - m.start, min(span.end, m.end) - m.start
                quoted += len(words[lo:hi].split())
                outside = outside[:lo] + " " * (hi - lo) + outside[hi:]
        around = [w for w in outside.split() if any(ch.isalnum() for ch in w)]
        attributed = quoted >= QUOTE_WORDS and len(around) <= ATTRIBUTION_WORDS
        if length and ids and (opens or attributed or inside >= QUOTED_SHARE * length):
            quoting.setdefault(m.doc, set()).update(ids)
    counts: dict[str, int] = {}
    for ids in quoting.values():
        for g in ids:
            counts[g] = counts.get(g, 0) + 1
    most = max(counts.values(), default=0)
    if not most or 2 * most < len(outlets):
        return frozenset(), frozenset()
    best = frozenset(g for g, c in counts.items() if c == most)
    elsewhere = frozenset(doc for doc, ids in quoting.items() if not ids & best)
    return best, elsewhere
