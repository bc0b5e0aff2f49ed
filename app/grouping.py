"""Many articles -> stories: which articles report the same event (``app.stories``).

The module is not called ``stories.py``: importing a submodule sets it as an attribute
of the package, which would hide the function ``app.stories`` behind the module.

A downloads folder holds many stories, and comparing every article with every other
gives a grid nobody can read (and costs the full alignment for each pair). This stage
runs *before* alignment, so it must be cheap: no sentence alignment, no quote pipeline.

Evidence is what carries across outlets when they report one event: rare words and
names (weighted by how rare they are among the documents at hand *and* in English at
large, so "Trump" tells little in a folder of election coverage but much in a folder of
mixed news, and "FDIC" tells much even in a folder that is all about one bank),
numbers and dates (as words), and runs of four words in the same order (a shared quote
or wire copy). Each document becomes a sparse weighted vector; only pairs that share an
indexed term are ever scored (an inverted index, so cost follows shared content, not the
square of the folder).

The decision is relative: a pair links only when its similarity stands well above what
each of the two shares with the rest of the collection. Stories are then formed by
average linkage (a story joins another only when their members are, on average, linked
strongly enough), so one article that mentions two events cannot chain them together.
A document that links to nothing is a story of its own.
"""

from __future__ import annotations

import math
from collections import Counter, defaultdict
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass
from datetime import date
from functools import cache
from itertools import compress
from operator import mul

from app.analysis import CACHE
from app.headlines import story_headline
from app.model import Document
from app.text import word_frequency
from app.text.fold import Token, tokenize_spans
from app.text.vocabulary import COMMON, STOPWORDS

# Reference documents added to the collection when weighting terms: as many articles of
# general English news, each holding a word at its English rate
# (:mod:`app.text.word_frequency`), so a term's rarity is judged against the folder
# *and* English at large. Among ten articles about one bank's collapse alone, "FDIC" is
# in all ten and would weigh least of all; against English it is rare. A name no
# reference article uses keeps its weight however few the articles (with three, a name
# all three share is strong evidence). Past a few hundred documents the folder speaks
# for itself. REFERENCE_WORDS is the length of a reference article.
REFERENCE_DOCUMENTS = 200
REFERENCE_WORDS = 600
# A term in more than this share of the documents cannot tell stories apart; leaving it
# out of the index keeps the number of scored pairs small (the cost of a term is the
# square of its document count). Terms in up to MIN_MAX_DF documents are always kept, so
# that in a small folder a story's own names count; past MAX_DF a term is left out
# however large the folder (a story of a hundred articles still shares rarer words).
MAX_SHARE = 0.2
MIN_MAX_DF = 30
MAX_DF = 60
# Words in order that make a shingle: four is past most idioms ("at the end of"),
# short enough that a trimmed quote still shares some.
SHINGLE = 4
# A pair links when its similarity is this many times what each of the two documents
# shares, on average, with the unrelated rest (see :func:`_background`). On the six
# development stories mixed with PolNeAR, pairs of one story stand at 3.1x or more
# (95 % at 4.0x or more), pairs across stories at 2.25x or less.
MARGIN = 2.3
# What "the rest" is taken to share at least, and what a pair must share at least,
# whatever the background: in a handful of articles there is no rest to speak of.
BACKGROUND_FLOOR = 0.01
# ... and at most. The rest of a folder that holds one story only is that story: its
# articles' nearest neighbours beyond the first ten are still the story's, and a pair
# would have to stand 2.3 times above its own story to link, which nothing in a folder
# of one event does. Unrelated articles share about this much with one another
# (PolNeAR articles, random sets of 20 and 40: a document's background 0.015-0.026 at
# the median); a background above it is the document's own story, not the rest.
BACKGROUND_CAP = 0.02
MIN_SIMILARITY = 0.04
# Average-linkage cut, on the same relative scale: two groups merge when the mean over
# all their cross pairs (unlinked pairs count zero) reaches this.
LINKAGE = 2.0
# The neighbours beyond a document's own story used to judge what is ordinary for it.
BACKGROUND_NEIGHBOURS = 10
TITLE_CHARS = 90
# Outlets report an event within days of it; follow-ups weeks later are usually another
# event about the same people. When both articles carry a publication date, their
# similarity is divided by 1 + (days apart - grace) / scale: a week apart keeps 78%,
# a month 33%, half a year 6%. Articles without a date are judged on their text alone.
DATE_GRACE_DAYS = 3
DATE_SCALE_DAYS = 14


@dataclass(frozen=True, slots=True)
class Story:
    """Articles about one event: ``documents`` are ids, in the order they were given.

    ``title`` is for a person scanning a list of stories: the headline (or opening
    sentence) that carries the most words the story's articles share.
    """

    documents: tuple[str, ...]
    title: str


def stories(
    documents: Sequence[Document], counted: Mapping[str, Counter[str]] | None = None
) -> list[Story]:
    """Group ``documents`` into stories; a document may stand alone.

    The result does not depend on the order of ``documents`` (the stories are listed
    by their first document in the given order, and each keeps the given order inside).
    ``counted``: :func:`count_terms` of documents (by id) whose :func:`terms` are not
    kept yet, so that grouping can run before their analyses are whole (while worker
    processes still find their quotes).
    """
    given = first_of_each_id(documents)
    if not given:
        return []
    position = {d.id: k for k, d in enumerate(given)}
    docs = sorted(given, key=lambda d: (d.sha256, d.id))  # a canonical order for ties

    def terms_of(d: Document) -> Counter[str]:
        return counted[d.id] if counted is not None and d.id in counted else terms(d)

    profiles = [terms_of(d) for d in docs]
    sims = _dated(docs, similarities(profiles))
    groups = _average_linkage(len(docs), _relative(len(docs), sims))
    out = []
    for members in sorted(groups, key=lambda g: min(position[docs[i].id] for i in g)):
        ordered = sorted(members, key=lambda i: position[docs[i].id])
        out.append(
            Story(
                documents=tuple(docs[i].id for i in ordered),
                title=_title([docs[i] for i in ordered], terms_of),
            )
        )
    return out


def first_of_each_id(documents: Sequence[Document]) -> list[Document]:
    """``documents`` in order, a document whose id came earlier left out."""
    seen: set[str] = set()
    out = []
    for d in documents:
        if d.id not in seen:
            seen.add(d.id)
            out.append(d)
    return out


def terms(doc: Document) -> Counter[str]:
    """Term counts of the reporting text (boilerplate left out): words, names, shingles.

    A capitalised word inside a sentence is most likely a name and counts twice: names
    are what outlets reporting one event never paraphrase away. Kept with the
    document's analysis when it has one (:meth:`app.analysis.AnalysisCache.derived`):
    the terms depend on the document alone, and grouping runs again whenever an
    article is added.
    """
    return CACHE.derived(doc, _TERMS, lambda d: count_terms(reporting_tokens(d)))


#: The name :func:`terms` are kept under beside an analysis.
_TERMS = "grouping.terms"


def keep_terms(doc: Document, counts: Counter[str]) -> None:
    """Keep ``counts`` (:func:`count_terms` of ``doc``'s analysis tokens) as its
    :func:`terms`, if its analysis is cached and they are not kept yet: for a caller
    that counted them (and grouped with them, :func:`stories`' ``counted``) while
    worker processes were finding quotes, so that later groupings of the session read
    them too."""
    CACHE.derived(doc, _TERMS, lambda _d: counts)


def count_terms(tokens: Iterable[Sequence[Token]]) -> Counter[str]:
    """:func:`terms`, counted from each reporting sentence's tokens. One pass over each
    sentence's tokens for the words (:func:`content_word` inlined: this runs over every
    word of every article), one over the spellings for the shingles; terms are inserted
    in the order the count always had, which the weights' sums follow."""
    counts: Counter[str] = Counter()
    get = counts.get
    stop, common = STOPWORDS, COMMON
    for ts in tokens:
        spells = []
        for _start, _end, spell, key, word, cap in ts:
            if not word:
                continue
            if (
                (len(spell) >= 3 or spell[:1].isdigit())
                and spell not in stop
                and spell not in common
                and key not in stop
            ):
                counts[key] = get(key, 0) + (2 if (cap and spells) else 1)
            spells.append(spell)
        if len(spells) < SHINGLE:
            continue
        plain = [w not in stop for w in spells]
        for i in range(len(spells) - SHINGLE + 1):
            # SHINGLE (4) spelled out: faster than a slice (tests/app/test_grouping.py
            # checks the counts against the plain definition)
            if plain[i] + plain[i + 1] + plain[i + 2] + plain[i + 3] >= 2:
                term = "\x00" + " ".join(spells[i : i + SHINGLE])
                counts[term] = get(term, 0) + 1
    return counts


def reporting_tokens(doc: Document) -> Iterable[Sequence[Token]]:
    """The tokens of each reporting sentence (boilerplate left out), from the session's
    analysis when the document has one (it has when its stories are to be compared)."""
    known = CACHE.peek(doc)
    if known is not None:
        return known.tokens
    return tokenize_spans(doc.text, doc.reporting_sentences)


def similarities(profiles: Sequence[Counter[str]]) -> dict[tuple[int, int], float]:
    """Cosine similarity of every pair that shares an indexed term, keyed ``(i, j)``, i<j.

    Terms are weighted by sublinear frequency times IDF over the documents at hand
    plus :data:`REFERENCE_DOCUMENTS` of general English; terms in more than
    :data:`MAX_SHARE` of them are left out altogether, so the scored pairs are those
    sharing something uncommon.

    The dot products are summed one document at a time into a row (a list indexed by
    the other document, cheaper than a dict keyed by pairs), each document's shared
    terms taken in the order they were first met, so every pair's sum is added up in
    the same order, and comes out the same to the last bit, as term by term.
    """
    n = len(profiles)
    df: Counter[str] = Counter()
    for p in profiles:
        df.update(p.keys())
    max_df = max(MIN_MAX_DF, min(int(MAX_SHARE * n), MAX_DF))
    by_count, by_term = _idf(df, n, max_df)
    indexed = [2 <= c <= max_df for c in range(n + 1)]
    top = max((max(p.values(), default=0) for p in profiles), default=0)
    sublinear = [0.0] + [1.0 + math.log(c) for c in range(1, top + 1)]
    rank: dict[str, int] = {}  # indexed terms in the order first met
    postings: list[tuple[list[int], list[float]]] = []
    rows: list[list[tuple[int, int, float]]] = []  # per document: (rank, position, weight)
    for i, p in enumerate(profiles):
        counts = list(map(df.__getitem__, p))
        idf = map(by_term.get, p, map(by_count.__getitem__, counts))
        weights = list(map(mul, map(sublinear.__getitem__, p.values()), idf))
        norm = math.sqrt(sum(map(mul, weights, weights))) or 1.0
        row = []
        for t, w in compress(zip(p, weights, strict=True), map(indexed.__getitem__, counts)):
            r = rank.get(t)
            if r is None:
                r = rank[t] = len(postings)
                postings.append(([], []))
            ids, ws = postings[r]
            w /= norm
            row.append((r, len(ids), w))
            ids.append(i)
            ws.append(w)
        row.sort()
        rows.append(row)
    out: dict[tuple[int, int], float] = {}
    for i, row in enumerate(rows):
        dots = [0.0] * n
        for r, pos, wi in row:
            ids, ws = postings[r]
            for j, wj in zip(ids[pos + 1 :], ws[pos + 1 :], strict=True):
                dots[j] += wi * wj
        # every indexed weight is positive (see _idf), so the pairs scored are exactly
        # those whose sum is not zero
        out.update({(i, j): dots[j] for j in compress(range(i + 1, n), dots[i + 1 :])})
    return out


def _idf(df: Counter[str], n: int, max_df: int) -> tuple[list[float], dict[str, float]]:
    """IDF over the ``n`` documents and the reference ones, 0 past ``max_df``: by count
    (``[c]``: a term in ``c`` documents that no reference document holds), and by term for
    the words some reference document holds.

    A reference document holds a word at its English rate
    (:func:`app.text.word_frequency.article_share`); shingles and words under one per
    million are in none, and those are most terms, which their count alone decides (so
    no dictionary of every term is made). Every IDF stays above zero, so every indexed
    weight is positive: no word a folder indexes is used by nearly all English articles
    (the words that are, function words, are not terms), and a floor keeps it so for
    any table.
    """
    total = n + REFERENCE_DOCUMENTS
    log = math.log
    by_count = [log(total / (c + 0.5)) if c <= max_df else 0.0 for c in range(n + 1)]
    reference = _reference_counts()
    by_term = {}
    for t in df.keys() & reference.keys():
        c = df[t]
        if c <= max_df:
            by_term[t] = max(log(total / (c + reference[t] + 0.5)), 1e-6)
    return by_count, by_term


def load() -> None:
    """Read the English word frequencies now rather than at the first grouping (about
    40 ms): the desktop app does it while its window opens, off the GUI thread."""
    _reference_counts()


def ready() -> bool:
    """Whether :func:`load` has run: grouping a few short articles is then a matter of
    milliseconds."""
    return _reference_counts.cache_info().currsize > 0


@cache
def _reference_counts() -> dict[str, float]:
    """How many of the reference documents hold each word the frequency table knows
    (fractions: an expected count)."""
    return {
        key: REFERENCE_DOCUMENTS * word_frequency.article_share(key, REFERENCE_WORDS)
        for key in word_frequency.frequencies()
    }


def _dated(
    docs: Sequence[Document], sims: dict[tuple[int, int], float]
) -> dict[tuple[int, int], float]:
    """Similarities lowered for pairs published far apart (see :data:`DATE_SCALE_DAYS`)."""
    days = [_day(d.published) for d in docs]
    out = {}
    for (i, j), s in sims.items():
        a, b = days[i], days[j]
        if a is not None and b is not None:
            s /= 1.0 + max(0, abs(a - b) - DATE_GRACE_DAYS) / DATE_SCALE_DAYS
        out[(i, j)] = s
    return out


def _day(published: str) -> int | None:
    """Days since year 1 of an ISO date (``YYYY-MM-DD``), or None when absent or bad."""
    try:
        return date.fromisoformat(published[:10]).toordinal()
    except ValueError:
        return None


def _background(n: int, sims: dict[tuple[int, int], float]) -> list[float]:
    """What each document ordinarily shares with others: a robust high-end level.

    The mean of its :data:`BACKGROUND_NEIGHBOURS` nearest neighbours *after* the first
    few (its own story may hold several), unscored pairs counting zero. A document in a
    folder of election coverage shares a lot with everything, and needs a pair well
    above that to link; one in a mixed folder needs little.

    A document of a large story has more close neighbours than that: when its
    similarities drop by a clear step (at least :data:`MARGIN` times) further down, the
    neighbours after the step are the rest, and the level there is its background.
    """
    k = BACKGROUND_NEIGHBOURS
    near: list[list[float]] = [[] for _ in range(n)]
    for (i, j), s in sims.items():
        near[i].append(s)
        near[j].append(s)
    out = []
    for row in near:
        row.sort(reverse=True)
        level = sum(row[k : 2 * k]) / k
        best = 0.0
        for r in _steps(row, k, min(len(row), n // 2)):
            below = sum(row[r : r + k]) / k
            step = row[r - 1] / max(below, 1e-9)
            if step >= MARGIN and step > best:
                best, level = step, min(level, below)
        out.append(level)
    return out


def _steps(row: list[float], k: int, end: int) -> list[int]:
    """The ``r`` in ``[k, end)`` where ``row`` (sorted high to low) may drop by
    :data:`MARGIN`: those where the mean of ``row[r:r + k]`` may be that far below
    ``row[r - 1]``, in order.

    A full window's mean is at least its last value, so where ``row[r - 1]`` is not
    clearly above MARGIN times ``row[r + k - 1]`` there is no step (the factor leaves
    room for the rounding of the sum); a window running past the end of the row counts
    zeros and is always looked at. Most of a row falls off slowly, and this test is
    cheaper than the mean it saves.
    """
    full = max(k, min(end, len(row) - k + 1))
    bound = MARGIN * (1.0 - 1e-9)
    found = [
        r
        for r, high, low in zip(range(k, full), row[k - 1 :], row[2 * k - 1 :], strict=False)
        if high > bound * low
    ]
    return found + list(range(full, end))


def _relative(n: int, sims: dict[tuple[int, int], float]) -> dict[tuple[int, int], float]:
    """Each scored pair's similarity over the larger background of its two documents
    (each at most :data:`BACKGROUND_CAP`).

    Pairs below :data:`MIN_SIMILARITY` are dropped: whatever the rest looks like, they
    share too little to be one story.
    """
    bg = [min(b, BACKGROUND_CAP) for b in _background(n, sims)]
    return {
        (i, j): s / max(bg[i], bg[j], BACKGROUND_FLOOR)
        for (i, j), s in sims.items()
        if s >= MIN_SIMILARITY
    }


def _average_linkage(n: int, rel: dict[tuple[int, int], float]) -> list[frozenset[int]]:
    """Merge groups best-first while their mean relative similarity reaches :data:`LINKAGE`.

    Only linked pairs (at least :data:`MARGIN`) propose a merge, but the mean is taken
    over every cross pair (unscored ones count zero): a group joins another because
    its members agree, not because one member bridges them. Ties are broken by the
    smallest indexes, and the indexes follow a canonical order (by SHA-256), so the
    result does not depend on input order.
    """
    groups: dict[int, set[int]] = {i: {i} for i in range(n)}
    owner = list(range(n))
    while True:
        proposals: dict[tuple[int, int], float] = defaultdict(float)
        for (i, j), r in rel.items():
            if r < MARGIN:
                continue
            a, b = owner[i], owner[j]
            if a != b:
                proposals[(min(a, b), max(a, b))] = 0.0
        if not proposals:
            break
        best: tuple[float, tuple[int, int]] | None = None
        for a, b in proposals:
            total = sum(rel.get((min(x, y), max(x, y)), 0.0) for x in groups[a] for y in groups[b])
            mean = total / (len(groups[a]) * len(groups[b]))
            if mean >= LINKAGE and (
                best is None or (mean, (-a, -b)) > (best[0], (-best[1][0], -best[1][1]))
            ):
                best = (mean, (a, b))
        if best is None:
            break
        a, b = best[1]
        for x in groups[b]:
            owner[x] = a
        groups[a] |= groups.pop(b)
    return [frozenset(g) for g in groups.values()]


def _title(docs: Sequence[Document], terms_of: Callable[[Document], Counter[str]]) -> str:
    """The story's headline (:func:`app.headlines.story_headline`, the rule the report
    uses too), else the first article's opening sentence, cut for a list of stories."""
    head = story_headline(docs, terms_of) or _opening(docs[0])
    if len(head) > TITLE_CHARS:
        head = head[: TITLE_CHARS - 1].rsplit(" ", 1)[0] + "…"
    return head


def _opening(doc: Document) -> str:
    if doc.title.strip():
        return " ".join(doc.title.split())
    for s in doc.reporting_sentences:
        text = " ".join(s.slice(doc.text).split())
        if len(text.split()) >= 4:
            return text
    return doc.outlet or doc.path or doc.id
