"""N documents -> Comparison: matches, quotes, clusters, coverage, wire copy.

All the work happens on the documents in a canonical order (sorted by id) so that the
result does not depend on the order the user dropped the files in; each record is then
oriented so that its ``a`` side is the document that came first in the input.
"""

from __future__ import annotations

import contextlib
import dataclasses
import re
from collections import Counter, defaultdict
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass
from itertools import compress, count
from operator import attrgetter, not_
from types import MappingProxyType
from typing import TYPE_CHECKING, Literal, Protocol, TypeVar

from app import analysis, gc_pause, pool
from app.align import Alignment, Corpus, PairScores, Unit
from app.diff import EDITED_SHARE, equal_share, word_diff
from app.model import (
    Cluster,
    ClusterMember,
    Comparison,
    DiffOp,
    Document,
    Match,
    MatchKind,
    Quote,
    QuoteGroup,
    Span,
    WireRun,
)
from app.progress import CancelledFn, ProgressFn, checkpoint
from app.quoted_links import (
    continue_quotes,
    link_quoted,
    one_voice,
    two_voices,
)
from app.quotes.groups import different_people, group_quotes, named_in_words
from app.quotes.people import acts_as_subject, same_surname
from app.quotes.vocabulary import ORG_WORDS
from app.scoring import DEFAULT_THRESHOLD
from app.text.fold import Token, is_negation
from app.text.vocabulary import MONTHS, STOPWORDS, WEEKDAYS
from app.unionfind import DisjointSet

if TYPE_CHECKING:
    from app.grouping import Story

WIRE_WORDS = 12  # identical folded words in a row that signal shared wire copy
MAX_WIRE_POSTING = 30  # a 12-word run found in more documents is site furniture
# Month and weekday names are capitalised but name no one ("May" only mid-sentence).
_NOT_PERSON = MONTHS | WEEKDAYS


@dataclass(frozen=True, slots=True)
class ScoredStory:
    """Documents compared once, with every candidate link ranked: no threshold yet.

    :func:`score` does all the work that does not depend on the threshold (segmenting,
    quotes, candidate pairs, both scores, the greedy ranking down to
    :data:`app.align.FLOOR`); :func:`select` keeps the links at or above a threshold and
    builds the :class:`Comparison`. Moving the threshold slider is ``select`` again on
    the same ``ScoredStory``: every match (word diff, flags) is built here once.
    """

    documents: tuple[Document, ...]  # input order, ids made unique
    order: tuple[Document, ...]  # sorted by id: the order every decision is made in
    corpus: Corpus
    ranked: Mapping[tuple[int, int], tuple[Alignment, ...]]  # greedy order, per doc pair
    scores: Mapping[tuple[int, int], PairScores]  # every candidate pair, per doc pair
    quotes: tuple[Quote, ...]
    quote_groups: tuple[QuoteGroup, ...]
    wire_runs: tuple[WireRun, ...]
    matches: Mapping[tuple[int, int], tuple[Match, ...]]  # one per ranked alignment


def compare(
    documents: Sequence[Document],
    threshold: float | None = None,
    progress: ProgressFn | None = None,
    cancelled: CancelledFn | None = None,
) -> Comparison:
    """Compare 1..N documents; see :class:`app.model.Comparison` for what comes back."""
    return select(score(documents, progress, cancelled), threshold)


# No full garbage collections, and fewer young ones, meanwhile (app.gc_pause): a
# comparison makes tens of thousands of short-lived objects beside the analyses it keeps.
@gc_pause.paused()
def score(
    documents: Sequence[Document],
    progress: ProgressFn | None = None,
    cancelled: CancelledFn | None = None,
    pair_scores: dict[tuple[int, int], PairScores] | None = None,
    grouped: bool = False,
) -> ScoredStory:
    """Everything about the documents that does not depend on the threshold.

    ``pair_scores``: what :func:`pair_scores_of` gave for these documents in a worker
    process, taken instead of scoring the candidate pairs here.

    ``grouped``: the documents are one story already, by :func:`app.grouping.stories`
    or by the reader's say in the window. Then an article that shares no wording with
    the others still joins them on its same-fact links when these reach several of them
    (:meth:`app.align.Corpus.corroborated`): an outlet that words all of one event in
    its own sentences is the one whose wording a reader most needs to see.
    """
    docs = _unique_ids(documents)
    n = len(docs)
    input_rank = {d.id: i for i, d in enumerate(docs)}
    order = tuple(sorted(docs, key=lambda d: d.id))
    # progress: documents prepared (n), quotes found (n / 2), pairs aligned (n / 2), rest
    total = 2 * n + 2
    checkpoint(0, total, progress, cancelled)

    # Each document is analysed once per session (app.analysis): a document compared
    # again (another story, one more article, an option changed) costs nothing here.
    # Workers kept warm (the desktop app's) find the quotes meanwhile: the corpus, the
    # candidates and their scores read none.
    under_way = analysis.begin(
        docs,
        progress=lambda i, _n: checkpoint(i, total, progress, None),
        cancelled=cancelled,
        follow=group_quotes,  # in a warm worker, when it has one of two articles' quotes
    )
    try:
        of_doc = dict(zip(docs, under_way.parts, strict=True))
        corpus = Corpus(order, cancelled=cancelled, analyses=[of_doc[d] for d in order])
        checkpoint(n, total, progress, cancelled)
        if pair_scores is None:
            cands = corpus.candidates(cancelled)
            checkpoint(n + n // 2, total, progress, cancelled)
            scores = corpus.score_pairs(cands, cancelled)
        else:
            scores = pair_scores
            # scored where the quotes were not known (pair_scores_of): taken now
            corpus.reframe(scores, frozenset(range(n)))
        ranked = _ranked(corpus, scores, grouped, lambda k, m: checkpoint(
            n + n // 2 + (k * (n // 2)) // m, total, progress, cancelled))
        found = under_way.finish(cancelled)
        # A document a warm worker was quoting meanwhile was scored without its quotes:
        # its pairs that only a quotation's frame joins are scored again, and in the rare
        # story where one was, ranked again (the command line's result, exactly).
        of_doc = dict(zip(docs, found, strict=True))
        unquoted = corpus.take_quotes([of_doc[d] for d in order])
        if unquoted and pair_scores is None and corpus.reframe(scores, unquoted):
            ranked = _ranked(corpus, scores, grouped)
        quote_groups = under_way.followed(cancelled)
    finally:
        under_way.close()
    quotes: list[Quote] = [q for a in found for q in a.quotes]
    checkpoint(2 * n, total, progress, cancelled)
    quotes_by_doc: dict[str, list[Quote]] = defaultdict(list)
    for q in quotes:
        quotes_by_doc[q.doc].append(q)
    ranked = one_voice(corpus, ranked, quotes_by_doc)
    if quote_groups is None:
        quote_groups = _quote_groups(docs, tuple(quotes))
    link_quoted(corpus, ranked, scores, quote_groups, {q.id: q for q in quotes})
    continue_quotes(corpus, ranked, quotes_by_doc)
    matches: dict[tuple[int, int], tuple[Match, ...]] = {}
    for (da, db), found in ranked.items():
        a_doc, b_doc = order[da], order[db]
        flip = input_rank[a_doc.id] > input_rank[b_doc.id]
        built = (_match(a_doc, b_doc, al, quotes_by_doc) for al in found)
        matches[(da, db)] = tuple(m.mirrored() if flip else m for m in built)
    story = ScoredStory(
        documents=docs,
        order=order,
        corpus=corpus,
        ranked=MappingProxyType({k: tuple(v) for k, v in ranked.items()}),
        scores=MappingProxyType(scores),
        matches=MappingProxyType(matches),
        quotes=tuple(quotes),
        quote_groups=quote_groups,
        wire_runs=_wire_runs(corpus, input_rank),
    )
    checkpoint(total, total, progress, None)
    return story


def _ranked(
    corpus: Corpus,
    scores: Mapping[tuple[int, int], PairScores],
    grouped: bool,
    step: Callable[[int, int], None] | None = None,
) -> dict[tuple[int, int], list[Alignment]]:
    """Each document pair's greedy alignment, then corroborated (see :func:`score`);
    ``step(k, pairs)`` before the k-th pair of every 64."""
    ranked: dict[tuple[int, int], list[Alignment]] = {}
    pairs = sorted(scores)
    for k, (da, db) in enumerate(pairs):
        if step is not None and k % 64 == 0:
            step(k, len(pairs))
        kept = corpus.ranked(da, db, scores[(da, db)])
        if kept:
            ranked[(da, db)] = kept
    return corpus.corroborated(ranked, DEFAULT_THRESHOLD, grouped)


def pair_scores_of(
    stories: Sequence[Sequence[Document]],
) -> list[dict[tuple[int, int], PairScores]]:
    """Each story's scored candidate pairs, as :func:`score` makes them: the part of a
    big story worth a worker process (per-pair features over long sentences), and small
    to send back (a few floats a pair). The documents are analysed where this runs, all
    but their quotes (:func:`app.analysis.parts`): :func:`score`, which has them, scores
    again the pairs only a quotation's frame joins (:meth:`Corpus.reframe`)."""
    out = []
    for documents in stories:
        order = tuple(sorted(_unique_ids(documents), key=lambda d: d.id))
        corpus = Corpus(order, analyses=analysis.parts(order))
        out.append(corpus.score_pairs(corpus.candidates()))
    return out


#: A story is scored in a worker process while the caller scores the others when its
#: sentence pairs are at least this share of all the stories' and this many: then the
#: caller has work to do meanwhile and the story is worth sending.
OFFLOAD_SHARE = 0.25
OFFLOAD_MIN_PAIRS = 50_000


def _pairs(sizes: Sequence[int]) -> int:
    """Sentence pairs between the documents of a story of documents this long."""
    total = sum(sizes)
    return (total * total - sum(x * x for x in sizes)) // 2


def _offloaded(
    found: Sequence[Story], sizes: Mapping[str, int], shared: pool.Pool | None
) -> int | None:
    """The index of the story to score in a worker, if any (see :data:`OFFLOAD_SHARE`)."""
    if shared is None or not shared.started:
        return None  # no warm worker: starting one costs more than the story
    pairs = [_pairs([sizes[d] for d in s.documents]) for s in found]
    total = sum(pairs)
    if not total:
        return None
    k = max(range(len(pairs)), key=pairs.__getitem__)
    if pairs[k] < OFFLOAD_MIN_PAIRS or pairs[k] < OFFLOAD_SHARE * total or pairs[k] == total:
        return None
    return k


class StoryScores(Protocol):
    """Where :func:`score_stories` keeps scored stories between calls (the GUI's
    :class:`app.story_cache.StoryCache` is one)."""

    def get(self, documents: Sequence[Document]) -> ScoredStory | None: ...

    def put(self, documents: Sequence[Document], scored: ScoredStory) -> None: ...


# No full garbage collections meanwhile (app.gc_pause): every document's analysis is
# alive throughout, and each full collection would walk them all again.
@gc_pause.paused()
def score_stories(
    documents: Sequence[Document],
    progress: ProgressFn | None = None,
    cancelled: CancelledFn | None = None,
    cache: StoryScores | None = None,
) -> tuple[tuple[Story, ScoredStory], ...]:
    """Stories first (:func:`app.grouping.stories`), then each story scored on its own.

    This is what ``parallax compare`` does, and what keeps adding one article cheap:
    the IDF weights, name variants and same-fact cues of a comparison depend on every
    document compared, so a pair's score may change when a document joins its story,
    and reusing pair scores across different sets would not give the result a fresh
    comparison gives. A story whose members did not change is the same comparison,
    though: with ``cache`` it is taken from there, and only the story the new article
    joins (or the new story it starts) is scored again. The documents themselves are
    analysed once per session (:mod:`app.analysis`), all of them up front, so progress
    moves evenly.

    On a machine with a spare core the job keeps its analysis workers (:class:`app.pool.
    Pool`) and sends them the costliest story's pair scoring (:func:`_offloaded`), which
    alone can take a third of the time, while this process scores the other stories;
    the result is the same as one process gives.
    """
    from app.grouping import count_terms, first_of_each_id, keep_terms, stories

    docs = first_of_each_id(documents)  # as app.stories keeps them
    n = len(docs)
    total = 2 * n + 1
    # Workers only when analysis will ask for them (many documents not yet analysed):
    # asking costs a few samples of the machine's load.
    # The session's warm workers, when it keeps some, are the job's (their close() is
    # a no-op: they stay for the next job).
    unseen_docs = {d for d in docs if analysis.CACHE.peek(d) is None}
    unseen = len(unseen_docs)
    kept = pool.session()
    workers = pool.workers() if not kept and unseen >= analysis.POOL_MIN_DOCUMENTS else 0
    with kept or (pool.Pool(workers) if workers else contextlib.nullcontext()) as shared:
        under_way = analysis.begin(
            docs,
            progress=lambda i, _n: checkpoint(i, total, progress, None),
            cancelled=cancelled,
            shared=shared,
        )
        try:
            # Grouping's term counts, from the tokens just made, while the workers
            # find quotes: grouping itself then has less to do on one core.
            counted = [
                (d, count_terms(part.tokens))
                for d, part in zip(docs, under_way.parts, strict=True)
                if d in unseen_docs
            ]
            # Grouping too, while they still find quotes (it reads none): the workers
            # keep on with the quotes meanwhile, where they would wait for it after.
            found = stories(docs, {d.id: counts for d, counts in counted})
            found_all = under_way.finish(cancelled)
        finally:
            under_way.close()
        for d, counts in counted:
            keep_terms(d, counts)
        checkpoint(n + 1, total, progress, cancelled)
        by_id = {d.id: d for d in docs}
        members_of = [[by_id[i] for i in story.documents] for story in found]
        known = [cache.get(m) if cache is not None else None for m in members_of]
        sizes = {d.id: len(a.spans) for d, a in zip(docs, found_all, strict=True)}
        todo = [k for k, got in enumerate(known) if got is None]
        far = _offloaded([found[k] for k in todo], sizes, shared)
        away = todo[far] if far is not None else -1
        offload = None
        if shared is not None:
            if far is None:
                shared.close()  # let the workers go now: a core seen busy holds the next job
            else:
                offload = pool.Offload(pair_scores_of, [members_of[away]], shared, 1)
        scored_of: dict[int, ScoredStory] = {}
        done = n + 1
        # The story sent away last: the caller scores the others meanwhile.
        for k in sorted(range(len(found)), key=lambda k: k == away):
            members = members_of[k]
            scored = known[k]
            if scored is None:
                given = None
                if k == away and offload is not None and shared is not None:
                    (given,) = offload.results(cancelled=cancelled)
                    shared.close()  # the story is in: the workers may go
                scored = score(members, None, cancelled, given, grouped=True)
                if cache is not None:
                    cache.put(members, scored)
            scored_of[k] = scored
            done += len(members)
            checkpoint(done, total, progress, cancelled)
    return tuple((story, scored_of[k]) for k, story in enumerate(found))


#: Why the closest sentence of another document is not linked to a sentence (or is):
#: ``linked``: the scored story holds a link between them (shown from its score up);
#: ``taken``: one of the two is linked to another sentence of the pair with a higher
#: score; ``different speakers``: the two quote different people and share only rare
#: words close together (:func:`app.quoted_links.one_voice`); ``left out``: nothing else
#: the two articles share supports it (:meth:`app.align.Corpus.corroborated`);
#: ``meaning only``: the two share too little to have been scored at all, and this is
#: the other document's sentence closest in meaning (a hint: about 40 % of such state
#: the same fact on the development stories).
Standing = Literal["linked", "taken", "different speakers", "left out", "meaning only"]


@dataclass(frozen=True, slots=True)
class Nearest:
    """The sentence of another document closest to a given one, and where it stands.

    ``score`` is on the threshold's scale (the larger of wording and the same-fact
    model); ``fact`` is the model's probability that both state one fact; ``link`` the
    scored story's link between the two (its kind, and its score, which a quote's link
    may raise above ``score``) when ``standing`` is ``linked``.
    """

    span: Span
    score: float
    fact: float
    standing: Standing
    link: Match | None = None
    meaning: float | None = None  # the cosine, for ``meaning only``


def nearest(story: ScoredStory, doc: str, span: Span, other: str) -> Nearest | None:
    """The sentence of ``other`` most likely to state what ``span`` of ``doc`` states.

    Ranked by the score the threshold is compared with, the model breaking ties. When no
    sentence of ``other`` shares enough with it to be a candidate, the sentence closest
    in meaning, marked ``meaning only`` (``None`` without sentence vectors). A reader
    checking that a sentence is really one outlet's alone asks for this: the closest the
    other outlet comes, how far below the line it stays, and, when it scores above the
    line, why the two are not linked (decided here, where the ranking is known, not
    guessed from what a view shows).
    """
    index = {d.id: i for i, d in enumerate(story.order)}
    if doc not in index or other not in index:
        return None  # asked of another story's documents (a view a turn behind)
    da, db = index[doc], index[other]
    units = {u.pos for u in story.corpus.units[da] if u.span.overlaps(span)}
    key, flip = ((da, db), False) if da < db else ((db, da), True)
    best: tuple[float, float, int] | None = None
    for (pa, pb), sc in story.scores.get(key, {}).items():
        mine, theirs = (pb, pa) if flip else (pa, pb)
        if mine in units and (best is None or (sc.score, sc.fact, -theirs) > best):
            best = (sc.score, sc.fact, -theirs)
    if best is None:
        return _closest_in_meaning(story, da, units, db)
    score, fact, pos = best[0], best[1], -best[2]
    theirs_unit = story.corpus.units[db][pos]
    taken = False
    for k, al in enumerate(story.ranked.get(key, ())):
        mine_side, theirs_side = (al.b, al.a) if flip else (al.a, al.b)
        has_mine = any(u.pos in units for u in mine_side)
        has_theirs = any(u.pos == pos for u in theirs_side)
        if has_mine and has_theirs:
            return Nearest(theirs_unit.span, score, fact, "linked", story.matches[key][k])
        taken = taken or ((has_mine or has_theirs) and al.score >= score)
    if taken:
        return Nearest(theirs_unit.span, score, fact, "taken")
    quotes: dict[str, list[Quote]] = defaultdict(list)
    for q in story.quotes:
        quotes[q.doc].append(q)
    mine_unit = next(u for u in story.corpus.units[da] if u.pos in units)
    pair = (mine_unit, theirs_unit) if not flip else (theirs_unit, mine_unit)
    probe = Alignment((pair[0],), (pair[1],), score, 0.0, fact)
    a_doc, b_doc = story.order[key[0]].id, story.order[key[1]].id
    if two_voices(story.corpus, probe, quotes[a_doc], quotes[b_doc]):
        return Nearest(theirs_unit.span, score, fact, "different speakers")
    return Nearest(theirs_unit.span, score, fact, "left out")


def _closest_in_meaning(story: ScoredStory, da: int, units: set[int], db: int) -> Nearest | None:
    """The sentence of document ``db`` closest in meaning to the first of ``units``
    (sentences of ``da``), for a sentence no candidate pair joins to ``db``; ``None``
    without sentence vectors (every cosine is then 0)."""
    corpus = story.corpus
    mine = min(units, default=None)
    if mine is None:
        return None
    best = max(
        ((corpus.meaning(da, mine, db, u.pos), -u.pos) for u in corpus.units[db]),
        default=None,
    )
    if best is None or best[0] <= 0.0:
        return None
    unit = corpus.units[db][-best[1]]
    return Nearest(unit.span, 0.0, 0.0, "meaning only", meaning=best[0])


def counterpart(story: ScoredStory, doc: str, span: Span, other: str) -> Span | None:
    """The span of :func:`nearest` (what ``benchmarks/quality/stories.py`` ranks by)."""
    found = nearest(story, doc, span, other)
    return None if found is None else found.span


def select(
    story: ScoredStory, threshold: float | None = None, related: bool = True
) -> Comparison:
    """The comparison at ``threshold``: the links of ``story`` that reach it.

    No sentence is re-tokenised or re-scored: the greedy ranking is cut where the
    scores fall below the threshold, and the matches built by :func:`score` are reused.
    ``related=False`` leaves out the ``related`` links (the same fact stated differently,
    shown on the same-fact model's word alone): their sentences count as unmatched.
    """
    t = DEFAULT_THRESHOLD if threshold is None else min(1.0, max(0.0, float(threshold)))
    docs, corpus = story.documents, story.corpus
    alignments: dict[tuple[int, int], list[Alignment]] = {}
    kept: dict[tuple[int, int], list[int]] = {}
    for key, found in story.ranked.items():
        built = story.matches[key]
        idx = [
            k for k, al in enumerate(found)
            if al.score >= t and (related or built[k].kind != "related")
        ]
        if idx:
            idx.sort(key=lambda k: (found[k].a[0].pos, found[k].b[0].pos))
            kept[key] = idx
            alignments[key] = [found[k] for k in idx]
    matches = [story.matches[(da, db)][k] for (da, db), idx in sorted(kept.items()) for k in idx]
    return Comparison(
        documents=docs,
        threshold=t,
        matches=tuple(matches),
        quotes=story.quotes,
        quote_groups=story.quote_groups,
        clusters=_clusters(corpus, alignments),
        unique=MappingProxyType(_unique(corpus, alignments, docs)),
        similarity=MappingProxyType(_coverage(corpus, alignments, docs)),
        wire_runs=story.wire_runs,
        settings=MappingProxyType(
            {
                "threshold": t,
                "wire_words": WIRE_WORDS,
                "edited_share": EDITED_SHARE,
                "related_links": "shown" if related else "hidden",
            }
        ),
    )


def _unique_ids(documents: Sequence[Document]) -> tuple[Document, ...]:
    """Give repeated documents (the same file twice) distinct ids: ``id~2``, ``id~3``."""
    seen: dict[str, int] = {}
    out = []
    for d in documents:
        k = seen.get(d.id, 0) + 1
        seen[d.id] = k
        out.append(d if k == 1 else dataclasses.replace(d, id=f"{d.id}~{k}"))
    return tuple(out)


def _quote_groups(docs: tuple[Document, ...], quotes: tuple[Quote, ...]) -> tuple[QuoteGroup, ...]:
    return tuple(group_quotes(docs, quotes))


def _tokens(units: Sequence[Unit]) -> list[Token]:
    return [t for u in units for t in u.tokens]


def _match(a: Document, b: Document, al: Alignment, quotes: dict[str, list[Quote]]) -> Match:
    ta, tb = _tokens(al.a), _tokens(al.b)
    diff = word_diff(a.text, ta, b.text, tb, al.a[0].span.start, al.b[0].span.start)
    wa = [t.spell for t in ta if t.word]
    wb = [t.spell for t in tb if t.word]
    kind: MatchKind
    if wa == wb or al.lexical >= 1.0:
        kind = "identical"
    elif min(equal_share(diff, ta), _b_share(diff, tb)) >= EDITED_SHARE:
        kind = "edited"
    elif al.lexical >= DEFAULT_THRESHOLD:
        kind = "paraphrase"
    else:
        # Shown on the same-fact model's evidence (or a threshold set below the
        # default), not on wording: the same fact stated differently or only partly.
        kind = "related"
    a_spans = tuple(u.span for u in al.a)
    b_spans = tuple(u.span for u in al.b)
    flags = _flags(
        a, b, ta, tb, diff, al, a_spans, b_spans, quotes.get(a.id, []), quotes.get(b.id, [])
    )
    return Match(
        a=a.id,
        b=b.id,
        a_spans=a_spans,
        b_spans=b_spans,
        score=round(al.score, 4),
        kind=kind,
        flags=flags,
        diff=diff,
    )


def _b_share(diff: Sequence[DiffOp], tb: Sequence[Token]) -> float:
    mirrored = [DiffOp(d.tag, d.b_start, d.b_end, d.a_start, d.a_end, d.trivial) for d in diff]
    return equal_share(mirrored, tb)


def _flags(
    a: Document,
    b: Document,
    ta: Sequence[Token],
    tb: Sequence[Token],
    diff: Sequence[DiffOp],
    al: Alignment,
    a_spans: Sequence[Span],
    b_spans: Sequence[Span],
    qa: Sequence[Quote],
    qb: Sequence[Quote],
) -> tuple[str, ...]:
    flags = []
    # A close rewording is read word for word, so any figure it changes counts; a looser
    # paraphrase ("related") says more and less than the other side, so only a change on
    # what both state counts: a figure before or after the same word ("11,000 jobs" /
    # "10,000 jobs"), a weekday for a weekday or a month for a month. A negation counts
    # before a word both use ("won't vaccinate" / "will vaccinate") whatever the kind.
    worded = al.lexical >= DEFAULT_THRESHOLD
    na = frozenset(map(_figure, frozenset().union(*(u.bag.numbers for u in al.a))))
    nb = frozenset(map(_figure, frozenset().union(*(u.bag.numbers for u in al.b))))
    if worded:
        # each side may add figures the other leaves out ("the 216-210 vote" / "the
        # vote"); a figure changed is one neither side's set contains
        number = bool(na and nb and not (na <= nb or nb <= na))
    else:
        number = bool(_number_contexts(ta, na - nb) & _number_contexts(tb, nb - na))
    if number:
        flags.append("number")
    da, db = _dates(ta), _dates(tb)
    if any(da & kind and db & kind and not da & db & kind for kind in (WEEKDAYS, MONTHS)):
        flags.append("date")
    if _negation_changed(ta, tb):
        flags.append("negation")
    if _person_changed(a, b, ta, tb, diff, a_spans, b_spans):
        flags.append("person")
    if _body_changed(ta, tb, diff, a_spans, b_spans):
        flags.append("body")
    if _speakers_named_apart(a, b, a_spans, b_spans, qa, qb):
        flags.append("speaker")
    return tuple(flags)


_UNIT = re.compile(r"(?<=\d)[a-z]+$")  # "209bn", "4km", "1980s": the figure is the digits


def _figure(spell: str) -> str:
    """A number as a figure, however written: "9:34" and "9.34" (a time), "209bn" and
    "209" ("$209 billion") are one; a flag for them was a false alarm."""
    return _UNIT.sub("", spell.replace(":", "."))


def _number_contexts(tokens: Sequence[Token], numbers: frozenset[str]) -> set[str]:
    """The content words right before and after each of ``numbers`` in the sentence,
    looking past an "of" ("a magnitude of 7.9" / "a 7.8-magnitude earthquake")."""
    words_ = [t for t in tokens if t.word]
    out = set()
    for i, t in enumerate(words_):
        if _figure(t.spell) in numbers:
            for step in (-1, 1):
                for j in (i + step, i + 2 * step):
                    if not 0 <= j < len(words_) or _figure(words_[j].spell) in numbers:
                        break
                    if words_[j].key not in STOPWORDS:
                        out.add(words_[j].key)
                        break
                    if words_[j].key != "of":
                        break  # only "a magnitude of 7.9", "a toll of 912" look further
    return out


def _speakers_named_apart(
    a: Document,
    b: Document,
    a_spans: Sequence[Span],
    b_spans: Sequence[Span],
    qa: Sequence[Quote],
    qb: Sequence[Quote],
) -> bool:
    """Each outlet names, in its own attributing words, who speaks in these sentences,
    and no one named on one side is on the other (:func:`app.quotes.groups.
    named_in_words`, as for ``reattributed``): a speaker the engine guessed or resolved
    from "he" or "the chair of the committee" accuses no outlet of giving the words to
    someone else (on the ten unseen stories most of the 32 speaker flags were such)."""

    def named(doc: Document, spans: Sequence[Span], qs: Sequence[Quote]) -> set[str]:
        return {
            n
            for q in qs
            if any(q.start < sp.end and sp.start < q.end for sp in spans)
            and (n := named_in_words(doc.text, q))
        }

    sa = named(a, a_spans, qa)
    sb = named(b, b_spans, qb) if sa else set()
    return bool(sa and sb) and all(different_people(x, y) for x in sa for y in sb)


def _negation_changed(ta: Sequence[Token], tb: Sequence[Token]) -> bool:
    """A negation one side adds or drops before a word both state ("would stay" /
    "would not stay", "won't vaccinate" / "will vaccinate"), however close the wording.

    A clause one side adds ("…, I didn't want to be in the same situation again") or
    another way of denying ("didn't participate" / "refused to take part") changes
    nothing both say: on the ten unseen stories nearly every negation flag was such
    (37 of them; 9 now) when any difference in the count of negations flagged a close
    rewording.
    """
    neg_a = sum(1 for t in ta if is_negation(t))
    neg_b = sum(1 for t in tb if is_negation(t))
    if neg_a == neg_b:
        return False
    shared = {t.key for t in ta if t.word} & {t.key for t in tb if t.word}
    return bool((_negated(ta) ^ _negated(tb)) & shared)


def _negated(tokens: Sequence[Token]) -> set[str]:
    """Content words just after a negation ("won't vaccinate", not "no later than May")."""
    words_ = [t for t in tokens if t.word]
    out = set()
    for i, t in enumerate(words_):
        if is_negation(t):
            out.update(w.key for w in words_[i + 1 : i + 3] if w.key not in STOPWORDS)
    return out


def _dates(tokens: Sequence[Token]) -> set[str]:
    """Weekdays and months a sentence names ("may" only capitalised, not sentence-first)."""
    out = set()
    for i, t in enumerate(tokens):
        if t.word and t.spell in _NOT_PERSON and (t.spell != "may" or (t.cap and i > 0)):
            out.add(t.spell)
    return out


def _capitalised(
    tokens: Sequence[Token], lo: int, hi: int, firsts: set[int] | frozenset[int] = frozenset()
) -> list[Token]:
    """The capitalised words in ``[lo, hi)``, less those opening a sentence (``firsts``):
    what the person flag reads."""
    return [
        t
        for t in tokens
        if lo <= t.start and t.end <= hi and t.word and t.cap and t.start not in firsts
    ]


def _names_in(tokens: Sequence[Token], firsts: set[int], lo: int, hi: int) -> set[str]:
    """Keys of capitalised words in ``[lo, hi)`` that grammar alone does not capitalise."""
    return {
        t.key
        for t in _capitalised(tokens, lo, hi, firsts)
        if t.key not in STOPWORDS and t.key not in _NOT_PERSON and not t.spell[:1].isdigit()
    }


def _words_in(tokens: Sequence[Token], lo: int, hi: int) -> int:
    return sum(1 for t in tokens if t.word and lo <= t.start and t.end <= hi)


def _first_words(tokens: Sequence[Token], spans: Sequence[Span]) -> set[int]:
    out = set()
    for s in spans:
        for t in tokens:
            if t.word and s.start <= t.start < s.end:
                out.add(t.start)
                break
    return out


def _swaps(ta: Sequence[Token], tb: Sequence[Token], diff: Sequence[DiffOp]) -> list[DiffOp]:
    """The diff's replacements of a few words by a few others: where one name can be put
    in place of another (a longer one is a reworded clause)."""
    return [
        op for op in diff
        if op.tag == "replace" and not op.trivial
        and _words_in(ta, op.a_start, op.a_end) <= 4 and _words_in(tb, op.b_start, op.b_end) <= 4
    ]


def _person_changed(
    a: Document,
    b: Document,
    ta: Sequence[Token],
    tb: Sequence[Token],
    diff: Sequence[DiffOp],
    a_spans: Sequence[Span],
    b_spans: Sequence[Span],
) -> bool:
    """A person's name replaced by another person's in the word diff (not one merely
    added, nor a place, a body or another spelling of the same name).

    Capitalised words alone flagged "Tory" for "Conservative", "Barca" for "Barcelona",
    "LaLiga" for "La Liga", "Nargis" for "Narges" and "U.S." for "FTX": on the ten
    unseen stories about one flag in twenty was a person changed. So the words must name
    people in their own article (:func:`people_words`), and two spellings within one
    letter of each other, or with the same letters, are one name.
    """
    fa, fb = _first_words(ta, a_spans), _first_words(tb, b_spans)
    for op in _swaps(ta, tb, diff):
        x = _names_in(ta, fa, op.a_start, op.a_end)
        y = _names_in(tb, fb, op.b_start, op.b_end)
        if not x or not y or x == y:
            continue
        if _capitals(ta, op.a_start, op.a_end) == _capitals(tb, op.b_start, op.b_end):
            continue  # one name spaced two ways ("LaLiga", "La Liga")
        px = _people_in(a, ta, fa, op.a_start, op.a_end)
        py = _people_in(b, tb, fb, op.b_start, op.b_end)
        if px and py and not _one_name(px, py):
            return True
    return False


def _body_changed(
    ta: Sequence[Token],
    tb: Sequence[Token],
    diff: Sequence[DiffOp],
    a_spans: Sequence[Span],
    b_spans: Sequence[Span],
) -> bool:
    """One organisation put in place of another of its kind: the capitalised words
    before the same capitalised head differ ("The Russian Defense Ministry rejected
    Prigozhin's claims" / "the Interior Ministry denies these claims"; "the House
    Intelligence Committee" / "the Senate Intelligence Committee"). Another spelling of
    the same qualifier ("Russian" / "Russia's") is the same body."""
    fa, fb = _first_words(ta, a_spans), _first_words(tb, b_spans)
    for op in _swaps(ta, tb, diff):
        x = [t.spell for t in _capitalised(ta, op.a_start, op.a_end, fa) if t.key not in STOPWORDS]
        y = [t.spell for t in _capitalised(tb, op.b_start, op.b_end, fb) if t.key not in STOPWORDS]
        if not x or not y or _one_name(x, y) or set(x) & set(y):
            continue
        ha, hb = _word_after(ta, op.a_end), _word_after(tb, op.b_end)
        if ha is not None and hb is not None and ha.cap and hb.cap and ha.key == hb.key and (
            ha.spell in ORG_WORDS
        ):
            return True
    return False


def _word_after(tokens: Sequence[Token], end: int) -> Token | None:
    return next((t for t in tokens if t.word and t.start >= end), None)


def _people_in(
    doc: Document, tokens: Sequence[Token], firsts: set[int], lo: int, hi: int
) -> list[str]:
    """Spellings of the words in ``[lo, hi)`` that name a person of ``doc``: a word of a
    name its index of people holds, or a capitalised word acting as a subject ("Psaki
    told reporters"; not a body's: "the Coast Guard announced")."""
    people = people_words(doc)
    return [
        t.spell
        for t in _capitalised(tokens, lo, hi, firsts)
        if t.spell in people or (acts_as_subject(doc.text, t.end) and t.spell not in ORG_WORDS)
    ]


def _capitals(tokens: Sequence[Token], lo: int, hi: int) -> str:
    """The letters of the capitalised words in ``[lo, hi)``, run together."""
    return "".join(t.spell for t in _capitalised(tokens, lo, hi))


def _one_name(x: Sequence[str], y: Sequence[str]) -> bool:
    """Two renderings of one name: the same letters ("LaLiga", "La Liga") or a word of
    each within one letter ("Narges", "Nargis"; "John", "Johh")."""
    if "".join(x) == "".join(y):
        return True
    return any(same_surname(u, v) for u in x for v in y)


def people_words(doc: Document) -> frozenset[str]:
    """The folded words of the names of the people ``doc`` names
    (:class:`app.quotes.people.NameIndex`), kept beside its analysis: asked only for
    a match whose diff puts one capitalised word in another's place."""
    return analysis.CACHE.derived(doc, "story.people_words", _people_words)


def _people_words(doc: Document) -> frozenset[str]:
    found = analysis.CACHE.peek(doc)
    if found is not None and found.people is not None:
        return found.people  # read with its quotes, here or in a worker
    return analysis.quoted(doc)[1]


def _clusters(
    corpus: Corpus, alignments: dict[tuple[int, int], list[Alignment]]
) -> tuple[Cluster, ...]:
    """Facts across outlets: groups in which every member matches a strict majority.

    Plain connected components would let one weak match chain two unrelated facts
    together; merging best-first under the majority rule cannot.
    """
    # Node = sentences of one document that some match joined; map (doc, pos) -> node.
    joined: DisjointSet[tuple[int, int]] = DisjointSet()
    find = joined.find
    for found in alignments.values():
        for al in found:
            for side in (al.a, al.b):
                first = (side[0].doc, side[0].pos)
                for u in side:
                    joined.union((u.doc, u.pos), first)
    edges: dict[tuple[tuple[int, int], tuple[int, int]], float] = {}
    for found in alignments.values():
        for al in found:
            x, y = find((al.a[0].doc, al.a[0].pos)), find((al.b[0].doc, al.b[0].pos))
            key = (min(x, y), max(x, y))
            edges[key] = max(edges.get(key, 0.0), al.score)
    linked: dict[tuple[int, int], set[tuple[int, int]]] = defaultdict(set)
    for x, y in edges:
        linked[x].add(y)
        linked[y].add(x)
    groups = _majority_groups(edges, linked)
    nodes: dict[tuple[int, int], list[Unit]] = defaultdict(list)
    for d, units in enumerate(corpus.units):
        for u in units:
            if (d, u.pos) in joined:
                nodes[find((d, u.pos))].append(u)
    out = []
    for i, ms in enumerate(groups):
        cms = []
        for node in ms:
            us = nodes[node]
            doc = corpus.documents[node[0]]
            cms.append(
                ClusterMember(doc.id, min(u.span.start for u in us), max(u.span.end for u in us))
            )
        out.append(Cluster(f"c{i}", tuple(cms)))
    return tuple(out)


Node = tuple[int, int]


def _majority_groups(
    edges: dict[tuple[Node, Node], float], linked: dict[Node, set[Node]]
) -> list[list[Node]]:
    """Grow a group around every link, then keep the largest, best-linked ones.

    Plain connected components would let one weak link chain two different facts
    together (A~B, B~C weakly, C~D makes A and D one "fact"). A node joins a group only
    if it is linked to a strict majority of the members (and every member stays so),
    and a group holds one node per document. Groups are then taken largest first, each
    node in one group, so a fact carried by three outlets is not broken up by a
    stronger two-outlet link grabbing one of its sentences first. Weights are looked up
    per node (``adj``), so re-selecting at a low threshold with thousands of links
    stays within the slider's budget.
    """
    adj: dict[Node, dict[Node, float]] = defaultdict(dict)
    for (x, y), w in edges.items():
        adj[x][y] = w
        adj[y][x] = w

    def ok(group: list[Node]) -> bool:
        need = (len(group) - 1) // 2 + 1
        members = set(group)
        return all(len(linked[m] & members) >= need for m in group)

    grown: dict[tuple[Node, ...], float] = {}
    together: set[tuple[Node, Node]] = set()  # pairs some grown group already holds
    for (x, y), _s in sorted(edges.items(), key=lambda e: (-e[1], e[0])):
        if (x, y) in together:
            continue  # growing from here again finds the same group or a part of it
        group = [x, y]
        docs = {x[0], y[0]}
        pull: dict[Node, float] = defaultdict(float)  # summed link weight into the group
        for m in group:
            for z, w in adj[m].items():
                if z[0] not in docs:
                    pull[z] += w
        while pull:
            for z in sorted(pull, key=lambda z: (-pull[z], z)):
                if ok([*group, z]):
                    group.append(z)
                    docs.add(z[0])
                    pull = defaultdict(
                        float, {k: v for k, v in pull.items() if k[0] not in docs}
                    )
                    for q, w in adj[z].items():
                        if q[0] not in docs:
                            pull[q] += w
                    break
            else:
                break
        key = tuple(sorted(group))
        together.update((a, b) for a in key for b in key if a < b)
        if key in grown:
            continue
        pairs = [(a, b) for i, a in enumerate(key) for b in key[i + 1 :] if b in adj[a]]
        grown[key] = sum(adj[a][b] for a, b in pairs) / len(pairs)
    taken: set[Node] = set()
    out = []
    for key, _mean in sorted(grown.items(), key=lambda g: (-len(g[0]), -g[1], g[0])):
        group = [m for m in key if m not in taken]
        if len(group) >= 2 and ok(group):
            taken.update(group)
            out.append(group)
    return sorted(out)


def _matched_positions(
    corpus: Corpus, alignments: dict[tuple[int, int], list[Alignment]]
) -> dict[tuple[int, int], set[int]]:
    """(doc, other doc) -> positions of doc's units matched with the other."""
    out: dict[tuple[int, int], set[int]] = defaultdict(set)
    for (da, db), found in alignments.items():
        for al in found:
            out[(da, db)].update(u.pos for u in al.a)
            out[(db, da)].update(u.pos for u in al.b)
    return out


def _unique(
    corpus: Corpus,
    alignments: dict[tuple[int, int], list[Alignment]],
    docs: Sequence[Document],
) -> dict[str, tuple[Span, ...]]:
    """Reporting sentences of each document (input order) that no other one carries.

    A line of a few words without a sentence's punctuation ("Published", "Last updated",
    "(PA Graphics)", "Express & Star", a subhead) is compared like any sentence, but is
    no reporting one outlet alone carries: it is left out here (:func:`is_label`).
    """
    matched = _matched_positions(corpus, alignments)
    anywhere: dict[int, set[int]] = defaultdict(set)
    for (d, _o), ps in matched.items():
        anywhere[d] |= ps
    index = {doc.id: d for d, doc in enumerate(corpus.documents)}
    return {
        doc.id: tuple(
            u.span for u in corpus.units[index[doc.id]]
            if u.pos not in anywhere[index[doc.id]] and not is_label(doc.text, u.span)
        )
        for doc in docs
    }


#: A label has at most this many words (see :func:`is_label`).
LABEL_WORDS = 5
# A colon does not end a label's line as it ends a sentence: "Key points:", "Author:"
# introduce what a page lists next.
_SENTENCE_END = re.compile(r"[.!?…;][\"'”’)\]]*$")
_QUOTE_MARK = re.compile(r"[\"“”«»]")


def is_label(text: str, span: Span) -> bool:
    """``span`` is a line of its own of at most :data:`LABEL_WORDS` words that does not
    end as a sentence does: a page's label or a subhead, not reporting."""
    piece = span.slice(text).strip()
    if len(piece.split()) > LABEL_WORDS or _SENTENCE_END.search(piece) or _QUOTE_MARK.search(
        piece
    ):
        return False  # a sentence, or someone's words ("“We are ready,” he said")
    line_start = text.rfind("\n", 0, span.start) + 1
    line_end = text.find("\n", span.end)
    return not text[line_start : span.start].strip() and not text[
        span.end : len(text) if line_end < 0 else line_end
    ].strip()


def _coverage(
    corpus: Corpus,
    alignments: dict[tuple[int, int], list[Alignment]],
    docs: Sequence[Document],
) -> dict[tuple[str, str], float]:
    """Share of a's reporting characters that b carries, for every ordered pair."""
    matched = _matched_positions(corpus, alignments)
    index = {doc.id: d for d, doc in enumerate(corpus.documents)}
    totals = [sum(len(u.span) for u in units) for units in corpus.units]
    out = {}
    for a in docs:
        da = index[a.id]
        for b in docs:
            if a.id == b.id:
                continue
            ps = matched.get((da, index[b.id]))
            if not ps or not totals[da]:
                out[(a.id, b.id)] = 0.0
                continue
            covered = sum(len(corpus.units[da][p].span) for p in ps)
            out[(a.id, b.id)] = round(covered / totals[da], 4)
    return out


_IS_WORD = attrgetter("word")
_W = TypeVar("_W")


def _breaks(corpus: Corpus, d: int) -> list[bool]:
    """Per sentence of the document: whether boilerplate stands between it and the one
    before (a wire run does not run across it): some boilerplate starts before the
    sentence and ends after the one before, so the latest end of those that start
    before it is compared, swept along the sentences in order."""
    boilerplate = sorted(corpus.documents[d].boilerplate, key=attrgetter("start"))
    units = corpus.units[d]
    out = [False] * len(units)
    if not boilerplate:
        return out
    k, latest = 0, -1
    for i, u in enumerate(units):
        while k < len(boilerplate) and boilerplate[k].start < u.span.start:
            latest = max(latest, boilerplate[k].end)
            k += 1
        out[i] = i > 0 and latest > units[i - 1].span.end
    return out


def _word_stream(corpus: Corpus, d: int) -> list[Token | None]:
    """The document's reporting words in order; ``None`` where boilerplate interrupts."""
    return _stream(corpus, d, lambda u: compress(u.tokens, map(_IS_WORD, u.tokens)))


def _spell_stream(corpus: Corpus, d: int) -> list[str | None]:
    """The spellings of :func:`_word_stream`'s words, position for position: what the
    runs are found in (each sentence keeps its words' spellings, so no token is read)."""
    return _stream(corpus, d, attrgetter("spells"))


def _stream(corpus: Corpus, d: int, words: Callable[[Unit], Iterable[_W]]) -> list[_W | None]:
    """``words`` of each of the document's sentences in turn, ``None`` at each break."""
    out: list[_W | None] = []
    for u, broken in zip(corpus.units[d], _breaks(corpus, d), strict=True):
        if broken:
            out.append(None)
        out.extend(words(u))
    return out


def _wire_runs(corpus: Corpus, input_rank: dict[str, int]) -> tuple[WireRun, ...]:
    """Maximal runs of >= WIRE_WORDS identical folded words shared by two documents."""
    if len(corpus.documents) < 2:
        return ()
    # Every window of WIRE_WORDS words, hashed in C; a window holding a break
    # (boilerplate in between) or a word no other document has is left out, unhashed.
    # Posting lists are made only for the windows two documents share (set operations
    # find them: most windows are one article's).
    shared_words = corpus.shared_words
    hashed: list[list[int | None]] = []
    in_docs: Counter[int | None] = Counter()
    for d in range(len(corpus.documents)):
        keys = _spell_stream(corpus, d)
        hs: list[int | None] = [None] * max(0, len(keys) - WIRE_WORDS + 1)
        lo = 0
        # (the words no other document has, and the breaks, found in C)
        alone = compress(count(), map(not_, map(shared_words.__contains__, keys)))
        for hi in [*alone, len(keys)]:
            if hi - lo >= WIRE_WORDS:  # keys[lo:hi]: words other documents have too
                run = keys[lo:hi]
                hs[lo : hi - WIRE_WORDS + 1] = map(
                    hash, zip(*(run[k:] for k in range(WIRE_WORDS)), strict=False)
                )
            lo = hi + 1
        hashed.append(hs)
        in_docs.update(set(hs))
    shared = {h for h, n in in_docs.items() if n > 1 and h is not None}
    grams: dict[int, list[tuple[int, int]]] = defaultdict(list)
    for d, hs in enumerate(hashed):
        for i in [i for i, h in enumerate(hs) if h in shared]:
            grams[hs[i]].append((d, i))  # type: ignore[index]
    diagonals: dict[tuple[int, int, int], set[int]] = defaultdict(set)
    for occ in grams.values():
        if len(occ) < 2 or len(occ) > MAX_WIRE_POSTING:
            continue  # one occurrence (most windows), or site furniture
        if len({d for d, _ in occ}) < 2:
            continue
        for x in range(len(occ)):
            for y in range(x + 1, len(occ)):
                (da, ia), (db, ib) = occ[x], occ[y]
                if da != db:
                    diagonals[(da, db, ia - ib)].add(ia)
    out = []
    streams: dict[int, list[Token | None]] = {}  # of the documents a run is found in
    for (da, db, diag), starts in sorted(diagonals.items()):
        for d in (da, db):
            if d not in streams:
                streams[d] = _word_stream(corpus, d)
        sa, sb = streams[da], streams[db]
        ordered = sorted(starts)
        run_start = prev = ordered[0]
        for i in [*ordered[1:], None]:
            if i is not None and i == prev + 1:
                prev = i
                continue
            a0, a1 = run_start, prev + WIRE_WORDS
            b0 = a0 - diag
            words_a = [t.spell for t in sa[a0:a1] if t is not None]
            words_b = [t.spell for t in sb[b0 : b0 + (a1 - a0)] if t is not None]
            if words_a == words_b and len(words_a) == a1 - a0:
                ta = [t for t in sa[a0:a1] if t is not None]
                tb = [t for t in sb[b0 : b0 + a1 - a0] if t is not None]
                run = WireRun(
                    corpus.documents[da].id,
                    corpus.documents[db].id,
                    ta[0].start,
                    ta[-1].end,
                    tb[0].start,
                    tb[-1].end,
                    a1 - a0,
                )
                if input_rank[run.a] > input_rank[run.b]:
                    run = WireRun(run.b, run.a, run.b_start, run.b_end, run.a_start, run.a_end,
                                  run.words)
                out.append(run)
            if i is not None:
                run_start = prev = i
    return tuple(out)
