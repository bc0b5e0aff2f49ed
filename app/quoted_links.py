"""Links decided by what the outlets quote, read beside the sentence alignment.

The aligner (:mod:`app.align`) compares sentences by their words; the quote stage knows
who says what and which quotes render one utterance. Two decisions need both:

- sentences that carry one quote group's utterance in two outlets are aligned, however
  differently the statement was translated (:func:`link_quoted`);
- a link resting only on two rare words close together is dropped when the two
  sentences quote different people (:func:`one_voice`);
- a quote aligned in two outlets goes on in the same order: the next sentences of the
  same speaker's quotes are aligned when they share a word (:func:`continue_quotes`).
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from difflib import SequenceMatcher

from app import facts
from app.align import Alignment, Corpus, PairScores, Unit
from app.diff import EDITED_SHARE
from app.model import Quote, QuoteGroup, Span
from app.quotes.groups import surname, utterances
from app.scoring import DEFAULT_THRESHOLD
from app.text.fold import Token
from app.text.vocabulary import STOPWORDS

# Score of two sentences aligned because they carry one quote group's utterance (shown at
# the default threshold, as a buried fact is: app.align.Corpus._anchored)
QUOTE_LINK = DEFAULT_THRESHOLD + 0.02


def link_quoted(
    corpus: Corpus,
    ranked: dict[tuple[int, int], list[Alignment]],
    scores: Mapping[tuple[int, int], PairScores],
    groups: Sequence[QuoteGroup],
    quotes: Mapping[str, Quote],
) -> None:
    """Align the sentences that carry one quote group's utterance in two outlets.

    A statement translated twice shares its meaning and few words ("Defending our
    independence." / "All of us are here protecting the independence of our country."),
    so sentence scores miss it; the quote grouping, which reads the quotes beside one
    another, has already decided that both render one utterance. Each outlet's sentence
    holding that utterance (in a quote of several sentences, the one sharing most with
    the group's utterance) is aligned with the others', unless either sentence is
    already aligned with that outlet at least as well (a weaker link, kept for a lower
    threshold, gives way). The link scores :data:`QUOTE_LINK` (or its
    wording score, if higher); its kind still says how alike the wording is (a
    translation worded apart is ``related``).
    """
    index = {d.id: i for i, d in enumerate(corpus.documents)}
    for g in groups:
        lead = quotes.get(g.members[0]) if g.members else None
        if lead is None or g.utterance is None:
            continue
        if len({quotes[m].doc for m in g.members if m in quotes}) < 2:
            continue  # one outlet's quote: nothing to align it with
        target = _keys_within(corpus, index[lead.doc], g.utterance)
        carried: dict[int, Unit] = {}
        for qid in g.members:
            q = quotes.get(qid)
            if q is None or index[q.doc] in carried:
                continue
            unit = _carrier(corpus, index[q.doc], q, target)
            if unit is not None and unit.content >= 2:  # not "Thank you."
                carried[index[q.doc]] = unit
        docs = sorted(carried)
        for i, da in enumerate(docs):
            for db in docs[i + 1 :]:
                ua, ub = carried[da], carried[db]
                found = ranked.setdefault((da, db), [])
                taken = [
                    al for al in found
                    if ua.pos in {u.pos for u in al.a} or ub.pos in {u.pos for u in al.b}
                ]
                if any(al.score >= QUOTE_LINK for al in taken):
                    continue  # already linked at least as strongly as a quote link scores
                got = scores.get((da, db), {}).get((ua.pos, ub.pos))
                # a loose candidate's wording was never scored (app.align.candidates)
                worded = got is not None and (da, ua.pos, db, ub.pos) in corpus.worded
                lexical = got.lexical if worded else corpus.score((ua,), (ub,))
                fact = 0.0 if got is None else got.fact
                # Weaker links of either sentence (kept for a lower threshold) give way: a
                # quote's sentence keeps one link per outlet, to the sentence rendering
                # the same utterance (stricter than the best-first ranking, which may let
                # a matched sentence join a second, free one).
                found[:] = [al for al in found if not any(al is t for t in taken)]
                found.append(Alignment((ua,), (ub,), max(QUOTE_LINK, lexical), lexical, fact))
    for key in [k for k, found in ranked.items() if not found]:
        del ranked[key]


def _keys_within(corpus: Corpus, d: int, span: Span) -> dict[str, float]:
    """Content words of document ``d`` inside ``span``, with their story weights."""
    return {
        t.key: corpus.weight(t.key)
        for u in corpus.units[d]
        if u.span.overlaps(span)
        for t in u.tokens
        if t.word and span.start <= t.start and t.end <= span.end and t.key not in STOPWORDS
    }


def _carrier(corpus: Corpus, d: int, q: Quote, target: Mapping[str, float]) -> Unit | None:
    """The sentence of document ``d`` holding the piece of quote ``q`` that shares most
    story weight with the group's utterance ``target``; None when it shares none."""
    text = corpus.documents[d].text
    best: tuple[float, int] | None = None
    for piece in utterances(text, q):
        keys = _keys_within(corpus, d, piece)
        shared = sum(w for k, w in keys.items() if k in target)
        if shared > 0 and (best is None or shared > best[0]):
            best = (shared, piece.start)
    if best is None:
        return None
    at = best[1]
    return next((u for u in corpus.units[d] if u.span.start <= at < u.span.end), None)


def one_voice(
    corpus: Corpus,
    ranked: dict[tuple[int, int], list[Alignment]],
    quotes: Mapping[str, Sequence[Quote]],
) -> dict[tuple[int, int], list[Alignment]]:
    """Drop links resting on two rare words close together when the two sentences quote
    different people.

    That rule finds one fact buried in two differently worded sentences; with nothing
    else in common, "intelligence" and "plans" near each other in a reporter's account of
    what officials told CNN and in a senator's quote are two people's words, not one
    fact (the seed story's "In the live report from Chance…" and Senator Warner).
    """
    out = {}
    for (da, db), found in ranked.items():
        qa = quotes.get(corpus.documents[da].id, ())
        qb = quotes.get(corpus.documents[db].id, ())
        kept = [al for al in found if not two_voices(corpus, al, qa, qb)]
        if kept:
            out[(da, db)] = kept
    return out


def two_voices(
    corpus: Corpus, al: Alignment, qa: Sequence[Quote], qb: Sequence[Quote]
) -> bool:
    """Whether :func:`one_voice` drops ``al``: two single sentences quoting different
    people, linked by nothing but rare words close together (not by their wording, nor
    by the same-fact model); or two sentences that are mostly two different people's
    quotes in words of their own (Yellen's “The American banking system is really
    safe…” and Biden's “Americans can have confidence that the banking system is safe”):
    two statements, whatever they share. The same words given to two people (a quote
    one outlet gives someone else) stay linked: that is what a reader must see."""
    a_spans = tuple(u.span for u in al.a)
    b_spans = tuple(u.span for u in al.b)
    if not speaker_changed(a_spans, b_spans, qa, qb):
        return False
    if all(_mostly_quoted(s, qa) for s in a_spans) and all(_mostly_quoted(s, qb) for s in b_spans):
        return _same_words(al.a, al.b) < EDITED_SHARE
    return (
        len(al.a) == len(al.b) == 1
        and facts.to_score(al.fact) < DEFAULT_THRESHOLD
        and corpus.score(al.a, al.b, anchored=False) < DEFAULT_THRESHOLD
    )


def _mostly_quoted(span: Span, qs: Sequence[Quote]) -> bool:
    """Half the sentence or more is inside quotes someone is named as saying."""
    inside = sum(
        max(0, min(q.end, span.end) - max(q.start, span.start)) for q in qs if q.speaker
    )
    return inside * 2 >= span.end - span.start


def _same_words(a: Sequence[Unit], b: Sequence[Unit]) -> float:
    """The smaller share, of either side's words, that the other side says in the same
    order (as an edited rendering keeps them)."""
    wa = [t.spell for u in a for t in u.tokens if t.word]
    wb = [t.spell for u in b for t in u.tokens if t.word]
    if not wa or not wb:
        return 0.0
    kept = sum(m.size for m in SequenceMatcher(None, wa, wb, autojunk=False).get_matching_blocks())
    return min(kept / len(wa), kept / len(wb))


def speaker_changed(
    a_spans: Sequence[Span], b_spans: Sequence[Span], qa: Sequence[Quote], qb: Sequence[Quote]
) -> bool:
    """Both sides quote someone named, and no one on one side is named on the other
    (by surname: "Volodymyr Zelensky" and "Zelensky" are one speaker)."""
    def speakers(spans: Sequence[Span], qs: Sequence[Quote]) -> set[str]:
        # offsets compared directly: asked for every match of a story, of every quote of
        # its documents, a Span made per quote was a twentieth of scoring 200 articles
        return {
            surname(q.speaker)
            for q in qs
            if q.speaker and any(q.start < s.end and s.start < q.end for s in spans)
        }

    sa, sb = speakers(a_spans, qa), speakers(b_spans, qb)
    return bool(sa and sb and not sa & sb)


def continue_quotes(
    corpus: Corpus,
    ranked: dict[tuple[int, int], list[Alignment]],
    quotes: Mapping[str, Sequence[Quote]],
) -> None:
    """Align the next sentences of two aligned quotes when they go on alike.

    Two outlets quoting one statement keep its order: once "Defending our independence."
    is aligned with "…protecting the independence of our country.", the sentence after
    each, still the named speaker's quote and sharing a quoted word ("And so it will
    continue" / "And it will continue to be this way"), renders the next piece of it,
    however differently translated. On the development stories, a step forward from a
    link shown at the default threshold to a pair sharing a word joined one utterance or
    fact 31 times and two never (the word now must be inside the quotes: see
    :func:`_share_quoted_word`); stepping backwards (10 against 8), or to a pair sharing
    no word (2 against 17), was not worth taking. With no one named, a board's statement
    went on into an executive's post, so both quotes must name their speaker. A sentence
    too short to be aligned on its own ("Our country.") may be stepped over on one side.

    What the link borrows from the one it continues is capped by that link's score (so a
    threshold that hides the first hides a continuation resting on it); its own wording
    score stands, so a continuation worded alike may show where the first does not. Its
    kind says how alike the wording is.
    """
    for (da, db), found in ranked.items():
        doc_a, doc_b = corpus.documents[da].id, corpus.documents[db].id
        qa, qb = quotes.get(doc_a, ()), quotes.get(doc_b, ())
        if not qa or not qb:
            continue
        used_a = {u.pos for al in found for u in al.a}
        used_b = {u.pos for al in found for u in al.b}
        todo = sorted(found, key=lambda al: (al.a[-1].pos, al.b[-1].pos))
        while todo:
            al = todo.pop(0)
            ua, ub = al.a[-1], al.b[-1]
            who_a, who_b = _voice(ua, qa), _voice(ub, qb)
            if who_a is None or who_b is None or surname(who_a) != surname(who_b):
                continue  # no one named to say the next quote is theirs too, or two people
            nxt = _next_pair(corpus, ua, ub, used_a, used_b)
            if nxt is None:
                continue
            na, nb = nxt
            if (
                _voice(na, qa) != who_a
                or _voice(nb, qb) != who_b
                or not _share_quoted_word(na, nb, qa, qb)
            ):
                continue
            lexical = corpus.score((na,), (nb,))
            link = Alignment((na,), (nb,), max(lexical, min(al.score, QUOTE_LINK)), lexical, 0.0)
            found.append(link)
            used_a.add(na.pos)
            used_b.add(nb.pos)
            todo.insert(0, link)


def _full_quotes(u: Unit, quotes: Sequence[Quote]) -> list[Quote]:
    """The full (not fragment) quotes in sentence ``u``, in the order given."""
    return [q for q in quotes if not q.fragment and q.start < u.span.end and u.span.start < q.end]


def _voice(u: Unit, quotes: Sequence[Quote]) -> str | None:
    """The speaker named for the first full quote in sentence ``u``, if any."""
    found = _full_quotes(u, quotes)
    return found[0].speaker if found else None


def _next_pair(
    corpus: Corpus, ua: Unit, ub: Unit, used_a: set[int], used_b: set[int]
) -> tuple[Unit, Unit] | None:
    """The unaligned sentences after ``ua`` and ``ub``; on one side a short unaligned
    sentence (fewer than two content words) may be stepped over."""
    units_a, units_b = corpus.units[ua.doc], corpus.units[ub.doc]

    def free(units: Sequence[Unit], pos: int, used: set[int]) -> Unit | None:
        return units[pos] if pos < len(units) and pos not in used else None

    na, nb = free(units_a, ua.pos + 1, used_a), free(units_b, ub.pos + 1, used_b)
    if na is None or nb is None:
        return None
    if na.content < 2 and nb.content >= 2:
        na = free(units_a, ua.pos + 2, used_a)
    elif nb.content < 2 and na.content >= 2:
        nb = free(units_b, ub.pos + 2, used_b)
    if na is None or nb is None or na.content < 1 or nb.content < 1:
        return None
    return na, nb


def _share_quoted_word(a: Unit, b: Unit, qa: Sequence[Quote], qb: Sequence[Quote]) -> bool:
    """Whether the quoted words of two sentences share one that is not a function word.

    Only the quotes count: "…the President said he will not “vaccinate by force”" and
    "“That’s the strategy,” Le Parisien quoted…" share "Parisien" in what the reporters
    wrote around two different pieces of the interview.
    """
    keys = {t.key for t in _quoted(a, qa) if t.key not in STOPWORDS}
    return any(t.key in keys for t in _quoted(b, qb))


def _quoted(u: Unit, quotes: Sequence[Quote]) -> list[Token]:
    """The words of sentence ``u`` inside its full (not fragment) quotes."""
    spans = _full_quotes(u, quotes)
    return [t for t in u.tokens if t.word and any(q.start <= t.start < q.end for q in spans)]
