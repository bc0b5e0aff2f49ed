"""One document analysed once: its reporting sentences, their tokens, its quotes.

Everything here depends on one document alone, never on the others it is compared
with (IDF weights, name variants across outlets and candidate pairs do, and stay in
:class:`app.align.Corpus`). So an analysis can be kept for the session and reused by
every comparison the document takes part in: the GUI compares the same articles again
when a file is added, a story is opened or an option changes, and segmentation, folding
and the quote stage are most of the cost of a small comparison.

The cache is keyed by the :class:`~app.model.Document` itself: its ``sha256`` plus every
field the analysis reads (id, title, text, sentences, boilerplate), so a document
re-segmented with other settings, or renamed ``id~2`` as a second copy, is a different
key and is analysed again. It is bounded (least recently used documents go first) and
thread-safe: the GUI calls the engine from worker threads. What a later stage derives
from one document alone and needs only sometimes (story grouping's term counts) is kept
beside the analysis (:meth:`AnalysisCache.derived`) and goes with it.

Many documents not yet analysed (:data:`POOL_MIN_DOCUMENTS` or more) are analysed on
every idle core (:mod:`app.pool`): worker processes find the quotes, the caller
meanwhile makes the tokens and bags, then takes back the documents no worker has
started. Fewer do not pay for starting the workers (figures at
:data:`POOL_MIN_DOCUMENTS`), nor do cores other programs keep busy; but when the
desktop app keeps workers warm (:func:`app.pool.keep_warm`) any number does, and
:func:`begin` lets the comparison go on without the quotes until it needs them. The
results are the same either way: every part is a function of the document alone.
"""

from __future__ import annotations

import dataclasses
import threading
from collections import OrderedDict
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass
from typing import Any, TypeVar

from app import gc_pause, pool
from app.model import Document, Quote, Span
from app.progress import CancelledFn, ProgressFn, checkpoint
from app.quotes.pipeline import analyse_quotes
from app.scoring import Bag, make_bag
from app.text.fold import STOPWORDS, Token, tokenize, tokenize_spans

#: Documents kept by the session cache; the least recently used go first. Analyses of
#: 200 PolNeAR articles hold 59 MiB (tracemalloc), so a full cache holds ~300 MiB; a
#: caller replacing its whole set of articles may :meth:`AnalysisCache.clear` it.
MAX_DOCUMENTS = 1000

#: Documents to analyse from which a pool of worker processes pays (:mod:`app.pool`).
#: Measured on the two-core machine with its other core idle (PolNeAR articles, one
#: process against the pool, two runs each): 25 articles 0.17 s against 0.21-0.25 s;
#: 50, 0.41-0.51 s against 0.29-0.56 s (the break-even); 100, 0.69-1.08 s against
#: 0.48-0.70 s; 200, 1.40-1.65 s against 0.95-1.12 s; 400, 3.2-3.8 s against 1.8-2.6 s.
POOL_MIN_DOCUMENTS = 100
#: Words to analyse, in two documents or more, from which the session's warm workers
#: (:func:`app.pool.keep_warm`) pay: a worker finds some documents' quotes while this
#: process finds the others' (one document cannot be shared, and a worker doing it while
#: this process waits costs the sending). Warm worker time over one process's
#: (``benchmarks/warm_workers.py``, interleaved medians, two runs, the two-core machine):
#: one 1,445-word article 1.19, 1.08; two 1,500-word articles 0.78, 0.81; three (2,100
#: words) 0.80, 0.84; five (5,400) 0.88, 0.90; ten (6,900) 0.92, 0.88; 25 (14,000) 0.94,
#: 0.90; two articles of 445, 825 and 1,028 words together 1.13, 1.10, 1.11, of 1,859
#: words 0.89.
SESSION_MIN_WORDS = 1500
#: Documents per task sent to a worker: enough that sending it costs little beside
#: analysing it, few enough that the caller can take back the last ones.
POOL_CHUNK = 4

T = TypeVar("T")


@dataclass(frozen=True, slots=True)
class DocAnalysis:
    """What the comparison needs from one document, whatever it is compared with.

    ``tokens`` are the folded tokens of each reporting sentence before name variants
    are merged (that needs the other documents); ``name_candidates`` the surfaces
    of the capitalised words that may be variant spellings of a name, in order;
    ``joinable`` the positions ``j`` whose sentence may be joined with ``j + 1``
    (nothing set aside between them). ``bags``, ``content`` and ``spells`` are what
    :class:`app.align.Corpus` makes of a sentence whose tokens no name variant renames:
    there only the weights of the bag change with the documents compared.
    """

    spans: tuple[Span, ...]
    tokens: tuple[tuple[Token, ...], ...]
    name_candidates: tuple[str, ...]
    joinable: frozenset[int]
    quotes: tuple[Quote, ...]
    bags: tuple[Bag, ...]  # each sentence's bag with context-free weights
    content: tuple[int, ...]  # each sentence's words that are not function words
    spells: tuple[tuple[str, ...], ...]  # each sentence's folded words, in order
    # The folded words of the names of the people the article names, read where its
    # quotes are found (the person flag asks for them); None where no one read them.
    people: frozenset[str] | None = None


#: A document's quotes and :attr:`DocAnalysis.people`: what a worker process sends back.
Quoted = tuple[tuple[Quote, ...], frozenset[str]]

#: A task that needs every document's quotes (:func:`begin`'s ``follow``), called with
#: the documents and all their quotes, in the documents' order (as
#: :func:`app.quotes.groups.group_quotes` is).
Follow = Callable[[Sequence[Document], Sequence[Quote]], Any]

#: Documents whose quotes a worker keeps after :func:`quotes_kept`, for the task that
#: follows them (a job sends it right after; a few more cover jobs that overlap).
KEPT_DOCUMENTS = 4
_KEPT: OrderedDict[Document, Quoted] = OrderedDict()
_KEPT_LOCK = threading.Lock()


#: What :func:`quoted` puts between the names of the people a document names.
_NAME_BREAK = "\n|\n"
_STOP = STOPWORDS.__contains__  # mapped over a sentence's keys (see _with_quotes)


def quoted(doc: Document) -> Quoted:
    """``doc``'s quotes and the folded words of the names of the people it names."""
    qa = analyse_quotes(doc)
    # The names tokenised as one text, a mark between them (a token of its own that
    # no folding rule reads past): the same words as name by name, in one call.
    return qa.quotes, frozenset(
        t.spell for t in tokenize(_NAME_BREAK.join(qa.people)) if t.word)


def analyse(doc: Document) -> DocAnalysis:
    """Analyse ``doc`` (no cache)."""
    return _with_quotes(doc, *quoted(doc))


def _with_quotes(
    doc: Document, quotes: tuple[Quote, ...], people: frozenset[str] | None = None
) -> DocAnalysis:
    """Everything but the quotes, made here; the quotes may come from a worker."""
    spans = doc.reporting_sentences
    tokens = tuple(map(tuple, tokenize_spans(doc.text, spans)))
    text = doc.text
    caps = tuple(text[t.start : t.end] for ts in tokens for t in name_candidates(ts))
    joinable = frozenset(
        j
        for j in range(len(spans) - 1)
        if not any(
            spans[j].end <= b.start and b.end <= spans[j + 1].start for b in doc.boilerplate
        )
    )
    bags = tuple(make_bag(ts) for ts in tokens)
    return DocAnalysis(
        spans,
        tokens,
        caps,
        joinable,
        quotes,
        bags,
        # a bag's keys and spellings are its words' (content_words, the spellings of
        # the word tokens), read from it: each sentence's tokens walked once
        tuple(len(b.seq) - sum(map(_STOP, b.seq)) for b in bags),
        tuple(b.spells for b in bags),
        people,
    )


def parts(documents: Sequence[Document]) -> list[DocAnalysis]:
    """Each document's analysis from the session's cache, else all of it but the quotes
    (made, not cached): what scoring a story's candidate pairs reads
    (:func:`app.story.pair_scores_of`), without the quote stage, most of an analysis."""
    return [CACHE.peek(d) or _with_quotes(d, ()) for d in documents]


def quotes_of(documents: Sequence[Document]) -> list[Quoted]:
    """The quotes (and people) of each document: the part of an analysis a worker
    process makes."""
    return [quoted(d) for d in documents]


def quotes_kept(documents: Sequence[Document]) -> list[Quoted]:
    """:func:`quotes_of`, each result also kept where this runs (a worker) for a task that
    follows (:func:`with_kept_quotes`), which then need not be sent them back."""
    out = quotes_of(documents)
    with _KEPT_LOCK:
        for d, q in zip(documents, out, strict=True):
            _KEPT[d] = q
            _KEPT.move_to_end(d)
        while len(_KEPT) > KEPT_DOCUMENTS:
            _KEPT.popitem(last=False)
    return out


def with_kept_quotes(
    follow: Follow, documents: Sequence[Document], known: Sequence[tuple[Quote, ...] | None]
) -> Any:
    """``follow(documents, quotes)`` where a worker runs it, each document's quotes those
    given (``known``) or, for ``None``, those this worker kept (:func:`quotes_kept`), or
    found again if it kept none (another worker of a bigger pool found them)."""
    quotes: list[Quote] = []
    for d, k in zip(documents, known, strict=True):
        if k is None:
            with _KEPT_LOCK:
                kept = _KEPT.get(d)
            k = (kept or quoted(d))[0]
        quotes.extend(k)
    return follow(documents, quotes)


def content_words(tokens: Sequence[Token]) -> int:
    """Words of a sentence that are not function words (with repeats)."""
    return sum(1 for t in tokens if t.word and t.key not in STOPWORDS)


def name_candidates(tokens: Sequence[Token]) -> list[Token]:
    """Capitalised words long enough to have variant spellings, sentence-initial skipped."""
    words_ = [t for t in tokens if t.word]
    return [t for t in words_[1:] if t.cap and t.end - t.start >= 7]


class AnalysisCache:
    """Analyses of the session's documents, least recently used dropped past ``size``."""

    def __init__(self, size: int = MAX_DOCUMENTS) -> None:
        self.size = size
        self._items: OrderedDict[Document, DocAnalysis] = OrderedDict()
        # what later stages derive from a cached document alone, by name (see derived)
        self._derived: dict[Document, dict[str, Any]] = {}
        self._lock = threading.Lock()
        self.hits = 0
        self.misses = 0

    def __len__(self) -> int:
        return len(self._items)

    def get(self, doc: Document) -> DocAnalysis | None:
        with self._lock:
            got = self._items.get(doc)
            if got is None:
                self.misses += 1
            else:
                self.hits += 1
                self._items.move_to_end(doc)
            return got

    def peek(self, doc: Document) -> DocAnalysis | None:
        """The analysis if it is here, uncounted: for a caller that can do without it."""
        with self._lock:
            return self._items.get(doc)

    def put(self, doc: Document, analysis: DocAnalysis) -> None:
        with self._lock:
            if self._items.get(doc) is not analysis:
                self._derived.pop(doc, None)
            self._items[doc] = analysis
            self._items.move_to_end(doc)
            while len(self._items) > self.size:
                gone, _ = self._items.popitem(last=False)
                self._derived.pop(gone, None)

    def derived(self, doc: Document, name: str, make: Callable[[Document], T]) -> T:
        """``make(doc)``, kept beside ``doc``'s analysis while that is cached.

        For a later stage's per-document data that is not part of every comparison (so
        not of :class:`DocAnalysis`, which the two-article case makes too), such as the
        terms :mod:`app.grouping` counts. The key is the document, as for the analysis,
        so a changed document never gets another's; it goes when the analysis goes. A
        document with no cached analysis gets ``make(doc)`` made afresh, not kept:
        the cache holds what the session compares, not whatever is asked about.
        ``make`` runs outside the lock; two threads asking at once may both make it.
        """
        with self._lock:
            if doc not in self._items:
                kept = None
            else:
                kept = self._derived.setdefault(doc, {})
                if name in kept:
                    return kept[name]  # type: ignore[no-any-return]
        value = make(doc)
        if kept is not None:
            with self._lock:
                if doc in self._items:
                    kept = self._derived.setdefault(doc, {})
                    kept.setdefault(name, value)
                    return kept[name]  # type: ignore[no-any-return]
        return value

    def clear(self) -> None:
        with self._lock:
            self._items.clear()
            self._derived.clear()
            self.hits = self.misses = 0


#: The session's cache, used by :func:`app.score` and :class:`app.align.Corpus`.
CACHE = AnalysisCache()


def analyses(
    documents: Sequence[Document],
    progress: ProgressFn | None = None,
    cancelled: CancelledFn | None = None,
    cache: AnalysisCache | None = None,
    shared: pool.Pool | None = None,
) -> tuple[DocAnalysis, ...]:
    """The analysis of each document, from ``cache`` (the session's by default) or made.

    ``progress(done, len(documents))`` after each document; ``cancelled`` is asked as
    often. ``shared``: the job's worker processes, when it keeps some for later work
    too (:func:`app.story.score_stories`); otherwise the session's (:func:`app.pool.
    keep_warm`) if it keeps some, or a pool started here if it pays.
    """
    under_way = begin(documents, progress, cancelled, cache, shared)
    try:
        return under_way.finish(cancelled)
    finally:
        under_way.close()


class Pending:
    """Analyses under way: all but the quotes of the documents a worker is quoting.

    :func:`app.story.score` builds the corpus and scores the candidate pairs from
    :attr:`parts` (none of which reads a quote) while the workers find the quotes, and
    only then asks :meth:`finish` for the whole analyses.
    """

    def __init__(
        self,
        parts: list[DocAnalysis],
        quoting: pool.Offload[Document, Quoted] | None = None,
        where: Mapping[Document, list[int]] | None = None,
        moved: Callable[[Sequence[Document]], None] | None = None,
        cache: AnalysisCache | None = None,
        sent: pool.Sent[Any] | None = None,
    ) -> None:
        self.parts = tuple(parts)
        self._quoting = quoting
        self._where = where
        self._moved = moved
        self._cache = cache
        self._sent = sent

    def finish(self, cancelled: CancelledFn | None = None) -> tuple[DocAnalysis, ...]:
        """The whole analyses, in the documents' order, now cached."""
        if self._quoting is None or self._where is None or self._cache is None:
            return self.parts
        out = list(self.parts)
        quotes = self._quoting.results(self._moved, cancelled)
        # the quotes come in the order the documents were sent: ``where``'s
        for (d, where), (q, people) in zip(self._where.items(), quotes, strict=True):
            whole = dataclasses.replace(out[where[0]], quotes=q, people=people)
            self._cache.put(d, whole)
            for i in where:
                out[i] = whole
        self._quoting = None
        self.parts = tuple(out)  # whole now: a second finish gives them again
        return self.parts

    def followed(self, cancelled: CancelledFn | None = None) -> Any | None:
        """What :func:`begin`'s ``follow`` gave in the worker, or ``None`` where it was
        not sent there (or was dropped, or failed): the caller then calls it itself."""
        sent, self._sent = self._sent, None
        return None if sent is None else sent.result(cancelled)

    def close(self) -> None:
        """Drop what no worker has started (a job cancelled or failed before
        :meth:`finish`); idempotent."""
        if self._quoting is not None:
            self._quoting.close()
            self._quoting = None
        if self._sent is not None:
            self._sent.close()
            self._sent = None


def begin(
    documents: Sequence[Document],
    progress: ProgressFn | None = None,
    cancelled: CancelledFn | None = None,
    cache: AnalysisCache | None = None,
    shared: pool.Pool | None = None,
    follow: Follow | None = None,
) -> Pending:
    """:func:`analyses`, with the quotes left to come when workers find them.

    Without workers the analyses are whole at once. With them (``shared``, the
    session's warm pool, or a pool started for many documents), the missing documents'
    quotes are sent away, their tokens and bags made here meanwhile, and
    :meth:`Pending.finish` collects the quotes. Close what this returns when done.

    ``follow``: what the caller will do with every document's quotes once it has them
    (group them). When one worker finds one of two documents' quotes and the caller the
    other's (the desktop app's warm worker, two articles), the caller finds its own
    first and sends ``follow`` after them to that worker, which runs it as soon as it
    has its own while the caller makes the tokens and scores the pairs; then
    :meth:`Pending.followed` gives its result. Otherwise that is ``None``.
    """
    cache = CACHE if cache is None else cache
    n = len(documents)
    out: list[DocAnalysis | None] = [cache.get(d) for d in documents]
    missing: dict[Document, list[int]] = {}
    for i, (d, a) in enumerate(zip(documents, out, strict=True)):
        if a is None:
            missing.setdefault(d, []).append(i)
    done = n - sum(len(v) for v in missing.values())
    checkpoint(done, n, progress, cancelled)
    if not missing:
        return Pending([a for a in out if a is not None])
    workers: int | pool.Pool = shared or pool.session() or 0
    if isinstance(workers, pool.Pool) and workers.kept and (
        len(missing) < 2 or not _enough_words(missing)
    ):
        workers = 0
    if not workers and len(missing) >= POOL_MIN_DOCUMENTS:
        workers = pool.workers()
    with gc_pause.paused():
        if not workers:
            for d, where in missing.items():
                a = analyse(d)
                cache.put(d, a)
                for i in where:
                    out[i] = a
                done += len(where)
                checkpoint(done, n, progress, cancelled)
            return Pending([a for a in out if a is not None])
        # Longest first: the workers take chunks from the front, the caller from the back
        # once its own share is made, so both run out of work at about the same time.
        todo = sorted(missing, key=lambda d: -len(d.text))
        missing = {d: missing[d] for d in todo}  # the order the quotes come back in
        if follow is not None and isinstance(workers, pool.Pool) and (
            workers.workers == 1 and len(todo) == 2
        ):
            return _paired(documents, todo, missing, out, workers, follow, cache,
                           lambda k: checkpoint(done + k, n, progress, cancelled))
        return _pooled(todo, missing, out, workers, done, n, progress, cancelled, cache)


def _enough_words(documents: Iterable[Document]) -> bool:
    """Whether the documents hold :data:`SESSION_MIN_WORDS` words (counted no further)."""
    words = 0
    for d in documents:
        words += d.word_count
        if words >= SESSION_MIN_WORDS:
            return True
    return False


def _paired(
    documents: Sequence[Document],
    todo: list[Document],
    missing: dict[Document, list[int]],
    out: list[DocAnalysis | None],
    workers: pool.Pool,
    follow: Follow,
    cache: AnalysisCache,
    step: Callable[[int], None],
) -> Pending:
    """Two documents, one worker: the worker quotes the longer one, the caller the other
    and then sends ``follow`` after it (see :func:`begin`).

    Measured on the two-core machine (two ~1,500-word PolNeAR articles, the desktop
    app's path): grouping their quotes, 3 ms, was the last thing the caller did after
    its own quotes, while the worker, done with its own in 14 to 18 ms, waited. Sent as
    soon as the caller's quotes are found, the groups are back before the caller asks
    (interleaved medians: 28.3 against 25.2 ms, 26.9 against 24.1, 24.9 against 22.7).
    """
    far, near = todo
    quoting = pool.Offload(quotes_kept, [far], workers, 1)
    sent = None
    try:
        near_quotes, people = quoted(near)
        if quoting.live:  # sent before the tokens are made: the worker may start at once
            known = [None if a is None else a.quotes for a in out]  # None: the worker's
            for i in missing[near]:
                known[i] = near_quotes
            sent = pool.Sent(workers, with_kept_quotes, follow, documents, known)
        whole = _with_quotes(near, near_quotes, people)
        cache.put(near, whole)
        for i in missing[near]:
            out[i] = whole
        step(len(missing[near]))
        part = _with_quotes(far, ())
        for i in missing[far]:
            out[i] = part
    except BaseException:
        quoting.close()
        if sent is not None:
            sent.close()
        raise
    parts = [a for a in out if a is not None]
    return Pending(parts, quoting, {far: missing[far]}, None, cache, sent)


def _pooled(
    todo: list[Document],
    missing: dict[Document, list[int]],
    out: list[DocAnalysis | None],
    workers: int | pool.Pool,
    done: int,
    n: int,
    progress: ProgressFn | None,
    cancelled: CancelledFn | None,
    cache: AnalysisCache,
) -> Pending:
    """Quotes in worker processes while the rest is made here (see :mod:`app.pool`).

    Progress counts half a document for its quotes and half for the rest. A few
    documents go one a task, so that the caller can take back one no worker started.
    """
    halves = [2 * done]  # documents' halves done, as a list so the callback adds to it

    def moved(docs: Sequence[Document]) -> None:
        halves[0] += sum(len(missing[d]) for d in docs)
        checkpoint(halves[0] // 2, n, progress, None)

    chunk = POOL_CHUNK if len(todo) >= POOL_MIN_DOCUMENTS else 1
    quoting = pool.Offload(quotes_of, todo, workers, chunk)
    try:
        for d in todo:
            part = _with_quotes(d, ())
            for i in missing[d]:
                out[i] = part
            moved((d,))
            checkpoint(halves[0] // 2, n, None, cancelled)
    except BaseException:
        quoting.close()
        raise
    parts = [a for a in out if a is not None]
    return Pending(parts, quoting, missing, moved, cache)
