"""Sentence alignment: which reporting sentences of one document say what another's do.

Stages so that cost follows shared content rather than the product of lengths:

1. *Candidates*: an inverted index from rare folded stems to the sentences holding them
   (IDF weights from the sentences being compared). Only pairs that share enough rare
   weight are ever scored; a stem found in too many sentences is left out of the index
   (it cannot make a pair distinctive anyway).
   Short sentences also meet through rare four-word shingles and exact copies, so a
   quote made only of common words ("We are all here.") is still found.
2. *Scoring*: the :mod:`app.scoring` score on context-weighted bags, plus shortcuts
   for a short sentence wholly inside a longer one (weighted containment, or word for
   word), for most of one sentence found word for word in the other (a quote framed
   differently by each outlet) and for one fact buried in longer sentences (rare
   anchors close together; only between documents about the same story, never on a
   stock phrase, a number clash or different places and people), then
   a greedy best-first assignment. Adjacent sentences are joined (one-to-many /
   many-to-one) when their union scores higher than either alone, and a long sentence
   may match several sentences of the other document (each of those only once).
3. *The same fact in other words* (:mod:`app.facts`): pairs sharing only a little story
   weight are candidates too (within one story, each among the other's best few), and
   every candidate gets a probability from a fitted model over cues relative to the
   documents (wording, story weight, rank, order, agreement, and meaning: the cosine
   of static sentence vectors, :mod:`app.text.embedding`, against the pair's rivals).
   A pair's score is the larger of its wording score and that probability on the same
   scale; the greedy ranking runs once down to ``FLOOR``, and a threshold
   keeps the prefix above it (:func:`app.story.select`).

Every decision is made on documents in a canonical order (by id), so aligning A with B
gives exactly the mirror of aligning B with A.
"""

from __future__ import annotations

import math
from bisect import bisect_left
from collections import Counter, defaultdict
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from difflib import SequenceMatcher
from functools import cached_property
from itertools import chain
from operator import itemgetter
from typing import NamedTuple

from app import analysis, facts
from app.analysis import DocAnalysis
from app.model import Document, Span
from app.progress import CancelledFn, ProgressFn, checkpoint
from app.scoring import (
    DEFAULT_THRESHOLD,
    STOP_WEIGHT,
    Bag,
    make_bag,
    ngrams,
    overlap,
    score_over,
)
from app.text import embedding
from app.text.fold import Token, name_variants, rename
from app.text.vocabulary import COMMON, STOPWORDS
from app.unionfind import DisjointSet

MIN_SHARED = 1.2  # rare weight two sentences must share to be a candidate (~2 rare words)
MIN_SHARED_SHARE = 0.2  # ... and this share of the lighter sentence's weight
CONTAIN_WORDS = 6  # content words the shorter sentence needs for the containment score
CONTAIN_MIN = 0.8  # weighted containment from which it scores DEFAULT_THRESHOLD...
CONTAIN_SLOPE = 1.5  # ... rising to 0.8 at full containment
LOGISTIC_MIN_DICE = 0.2  # below this weighted Dice the lexical score is not computed
ANCHOR_LEXICAL = 0.3  # lexical score a pair sharing only a fixed compound needs
MAX_POSTING = 120  # a stem in more sentences than this does not make candidates
SHINGLE = 4  # words in a verbatim shingle; a shared rare shingle makes a candidate
# Sentences a shared shingle may be in and still make candidates: at least this many,
# and up to two per compared document (a quote every outlet of a ten-outlet story
# carries, "The unvaccinated, I really want to piss them off", is in ten or more
# sentences and is not page furniture), but never more than MAX_EXACT_POSTING.
MAX_SHINGLE_POSTING = 6
SHINGLE_PER_DOCUMENT = 2
MIN_EXACT = 10  # characters a short sentence needs to match its exact copy ("U." does not)
MAX_EXACT_POSTING = 40  # a short sentence repeated more often than this is furniture
VERBATIM_SCORE = 0.9  # a sentence of SHINGLE+ words found word for word in the other
RUN_MIN = 8  # words in a row two sentences share that make most of one reused wording...
RUN_SHARE = 0.6  # ... when they are at least this share of the shorter sentence's words
ANCHOR_WEIGHT = 0.6  # a stem at least this rare is an anchor
ANCHOR_NEAR = 8  # two anchors must lie within this many words in one sentence...
ANCHOR_WINDOW = 20  # ... and within this many in the other
# Anchors this close in both sentences form a stock phrase, not a fact: on PolNeAR the
# buried-fact rule mostly paired "margin of error", "background checks", "Edison
# Research" across unrelated stories, while the seeds' facts ("rumours that he had
# fled") put other words between their anchors.
ANCHOR_PHRASE = 3
ANCHOR_MIN = 1.3  # total weight of the shared anchors
ANCHOR_SUPPORT = 0.1  # weight of a shared word that supports the anchors
# Cosine of two documents' rare-word profiles from which they count as the same story.
# Rare anchors close together are believable only there: on 50 PolNeAR articles (one
# campaign, many events) 150 of 152 anchored matches fell between different stories
# ("margin of error", "ban on Muslims") while the seed articles, all one event, sit at
# 0.22-0.46; nine in ten PolNeAR document pairs with any candidate sit below 0.2.
ANCHOR_TOPIC = 0.18
# Lowest score the greedy assignment goes down to. Everything above it is ranked once;
# a threshold then keeps a prefix of that ranking (the assignment is best-first, so what
# lies below the threshold never changes what lies above it).
FLOOR = 0.3
JOIN_MIN = 0.22  # a pair scoring below this is not tried as half of a join


@dataclass(frozen=True, slots=True)
class Unit:
    """One reporting sentence, tokenised and weighted."""

    doc: int  # index into Corpus.documents
    pos: int  # index among that document's reporting sentences
    span: Span
    tokens: tuple[Token, ...]
    bag: Bag
    content: int  # words that are not function words
    spells: tuple[str, ...]  # folded spellings of the words, in order


@dataclass(frozen=True, slots=True)
class Alignment:
    """Units of two documents that say the same thing, with their score.

    ``score`` is what the threshold is compared with: the larger of the wording score
    (``lexical``) and the same-fact model's probability (``fact``) mapped onto the same
    scale (:func:`app.facts.to_score`).
    """

    a: tuple[Unit, ...]
    b: tuple[Unit, ...]
    score: float
    lexical: float = 0.0
    fact: float = 0.0


class Scored(NamedTuple):
    """One candidate pair of sentences, scored once whatever the threshold."""

    lexical: float
    fact: float  # P(same fact), app.facts
    score: float  # max(lexical, facts.to_score(fact))


PairScores = dict[tuple[int, int], Scored]  # (pos_a, pos_b) -> scores, for one document pair


class Corpus:
    """The compared documents prepared once: units, name variants, IDF weights."""

    def __init__(
        self,
        documents: Sequence[Document],
        progress: ProgressFn | None = None,
        cancelled: CancelledFn | None = None,
        analyses: Sequence[DocAnalysis] | None = None,
    ) -> None:
        """``analyses`` (one per document, :mod:`app.analysis`) default to the session's."""
        self.documents = tuple(documents)
        if analyses is None:
            analyses = analysis.analyses(self.documents, cancelled=cancelled)
        spans = [a.spans for a in analyses]
        # Tokenised once per document (app.analysis); name variants come from the
        # tokens of all the documents, then the few tokens that are variants are renamed.
        raw = [a.tokens for a in analyses]
        caps = [c for a in analyses for c in a.name_candidates]
        self.names = name_variants(caps)
        toks: list[list[tuple[Token, ...]]] = []
        same: list[list[bool]] = []  # no variant renamed: the analysis's bag etc. hold
        held: list[frozenset[str]] = []  # each sentence's keys
        for i, (a, per_raw) in enumerate(zip(analyses, raw, strict=True)):
            checkpoint(i, len(self.documents), progress, cancelled)
            per = []
            kept = []
            for j, ts in enumerate(per_raw):
                renamed = rename(ts, self.names)  # type: ignore[arg-type]
                if renamed is ts or tuple(renamed) == ts:
                    per.append(ts)
                    kept.append(True)
                    keys: frozenset[str] = a.bags[j].keys
                else:
                    per.append(tuple(renamed))
                    kept.append(False)
                    keys = frozenset(t.key for t in renamed if t.word)
                held.append(keys)
            toks.append(per)
            same.append(kept)
        df = Counter(chain.from_iterable(held))  # sentences holding each key, in C
        n = sum(len(p) for p in toks)
        self.n_sentences = n
        norm = math.log(n + 2)
        idf = _idf(n, df.values())
        self.weights = {k: _prior(k) * idf[c] / norm for k, c in df.items()}
        self.units: list[tuple[Unit, ...]] = []
        for i, (a, per, ss) in enumerate(zip(analyses, toks, spans, strict=True)):
            units = []
            for j, (ts, s) in enumerate(zip(per, ss, strict=True)):
                if same[i][j]:
                    unit = Unit(i, j, s, ts, self._reweighed(a.bags[j]), a.content[j],
                                a.spells[j])
                else:
                    unit = Unit(i, j, s, ts, self.bag(ts), self._content(ts),
                                tuple(t.spell for t in ts if t.word))
                units.append(unit)
            self.units.append(tuple(units))
        # Word families ("resign", "resignation"; "announc", "announcement") meet on
        # their first letters: the same fact is often told with the noun for the verb.
        self.families = [
            [frozenset(map(_family, u.bag.content)) for u in units] for units in self.units
        ]
        fdf: Counter[str] = Counter()
        for per in self.families:
            for fs in per:
                fdf.update(fs)
        idf = _idf(n, fdf.values())
        self.family_weights = {f: idf[c] / norm for f, c in fdf.items()}
        self.worded: set[tuple[int, int, int, int]] = set()  # filled by candidates()
        self._vectors: dict[tuple[int, int], embedding.Vector | None] = {}
        self._profiles: list[tuple[dict[str, float], float]] = []
        self._topic: dict[tuple[int, int], float] = {}
        # (doc_a, pos_a, doc_b, pos_b) -> (logistic score, containment) of two sentences:
        # the pair scoring, the joins beside it and the check for weak matches each ask
        # for some of the same pairs, and the wording features are most of their cost.
        self._wording: dict[tuple[int, int, int, int], tuple[float, float]] = {}
        self._joins: dict[tuple[int, ...], Bag] = {}  # see _joined
        # (doc, pos) -> sentence pos and pos + 1 may be joined: nothing set aside between
        self.joinable = {(i, j) for i, a in enumerate(analyses) for j in a.joinable}
        self._quotes = [[(q.start, q.end) for q in a.quotes] for a in analyses]
        self._said: dict[tuple[int, int], tuple[frozenset[str], int]] = {}  # see _quoted

    @cached_property
    def shared_words(self) -> frozenset[str]:
        """Folded words (``spell``) found in more than one document: what a run of
        words two documents share (a shingle, wire copy) can be made of."""
        docs: Counter[str] = Counter()
        for units in self.units:
            docs.update({w for u in units for w in u.spells})
        return frozenset(w for w, n in docs.items() if n > 1)

    def topic(self, da: int, db: int) -> float:
        """Cosine of the rare-word profiles of two documents: are they one story?"""
        key = (min(da, db), max(da, db))
        got = self._topic.get(key)
        if got is None:
            if not self._profiles:
                self._profiles = [_profile(units, self.weight) for units in self.units]
            got = _cosine(self._profiles[key[0]], self._profiles[key[1]])
            self._topic[key] = got
        return got

    def weight(self, key: str) -> float:
        return self.weights.get(key, 1.0)

    def meaning(self, da: int, pa: int, db: int, pb: int) -> float:
        """Cosine of two sentences' meaning vectors (:mod:`app.text.embedding`).

        Asked only of candidate pairs, so a sentence nobody pairs is never embedded.
        """
        return embedding.cosine(self._vector(da, pa), self._vector(db, pb))

    def _vector(self, d: int, p: int) -> embedding.Vector | None:
        key = (d, p)
        if key not in self._vectors:
            span = self.units[d][p].span
            self._vectors[key] = embedding.sentence_vector(
                self.documents[d].text[span.start : span.end]
            )
        return self._vectors[key]

    def bag(self, tokens: Sequence[Token]) -> Bag:
        return make_bag(tokens, self.weight)

    def _reweighed(self, bag: Bag) -> Bag:
        """``bag`` (of the same tokens) with this corpus's weights: what :meth:`bag` gives,
        without reading the tokens again (its keys are in the order make_bag sorts them)."""
        weight = self.weights.get
        weights = tuple([(k, weight(k, 1.0)) for k, _w in bag.weights])
        keys, _weights, _total, *rest = bag
        return Bag(keys, weights, sum([w for _, w in weights]), *rest)

    @staticmethod
    def _content(tokens: Sequence[Token]) -> int:
        return analysis.content_words(tokens)

    def score(
        self,
        a: Sequence[Unit],
        b: Sequence[Unit],
        anchored: bool = True,
        runs: bool = True,
        over: float = 0.0,
    ) -> float:
        """Context score of two runs of units (one or more adjacent sentences each).

        ``anchored=False`` leaves out the weakest rule (rare words close together), to
        tell which matches rest on it alone (see :meth:`corroborated`). ``runs=False``
        leaves out shared runs of words (see :meth:`_verbatim`): the same-fact model was
        fitted on the wording score without them, and reads it as it was fitted.
        ``over``: for a join, the score it must beat to count; one that cannot is 0.0,
        and is found so cheaply (:func:`app.scoring.score_over`).
        """
        ba = a[0].bag if len(a) == 1 else self._joined(a)
        bb = b[0].bag if len(b) == 1 else self._joined(b)
        if ba.total <= 0 or bb.total <= 0:
            return 0.0
        if ba.joined == bb.joined:
            return 1.0
        if len(a) > 1 or len(b) > 1:
            return _wording(ba, bb, over)[0]  # joins must earn their score on the whole union
        key = (a[0].doc, a[0].pos, b[0].doc, b[0].pos)
        got = self._wording.get(key)
        if got is None:
            got = self._wording[key] = _wording(ba, bb)
        s, contain = got
        short = a[0] if a[0].content <= b[0].content else b[0]
        if short.content >= CONTAIN_WORDS and contain >= CONTAIN_MIN and not self.names_only(short):
            s = max(s, DEFAULT_THRESHOLD + CONTAIN_SLOPE * (contain - CONTAIN_MIN))
        # Small shares of the lexical score break ties between equally good shortcuts.
        verbatim = self._verbatim(a[0], b[0], runs)
        if verbatim:
            s = max(s, verbatim + 0.05 * s)
        anchor = self._anchored(a[0], b[0], s) if anchored else 0.0
        if anchor:
            s = max(s, anchor + 0.1 * s)
        return min(s, 1.0)

    def _joined(self, units: Sequence[Unit]) -> Bag:
        """The bag of adjacent sentences read as one, kept: a sentence joined with its
        neighbour is tried against every sentence of the other document it half-matches."""
        key = (units[0].doc, *(u.pos for u in units))
        got = self._joins.get(key)
        if got is None:
            got = self._joins[key] = self.bag([t for u in units for t in u.tokens])
        return got

    def names_only(self, u: Unit) -> bool:
        """Every word of the sentence capitalised, none a function word (but one written
        in capitals, "US"): a name with its title ("French President Emmanuel Macron"
        over the quote a round-up gives him, "Iranian Supreme Leader Ayatollah Ali
        Khamenei" under a photo), an organisation ("Fulton County Sheriff’s Office").
        Found inside another outlet's sentence, such a line is no fact the two share,
        only the people they name. A headline in title case says something, and saying
        takes a function word ("Former President Donald Trump Indicted by Manhattan
        Grand Jury")."""
        text = self.documents[u.doc].text
        words = [t for t in u.tokens if t.word]
        return bool(words) and all(
            t.cap and (t.spell not in STOPWORDS or text[t.start : t.end].isupper())
            for t in words
        )

    def _verbatim(self, a: Unit, b: Unit, runs: bool = True) -> float:
        """A short sentence found word for word inside the other (a reused quote), or
        most of it: a long run of words both share ("…, Truss acknowledged that “I cannot
        deliver the mandate on which I was elected by the Conservative Party”" beside
        "I recognise though, given the situation, I cannot deliver the mandate…")."""
        short, long_ = (a, b) if len(a.spells) <= len(b.spells) else (b, a)
        if len(short.spells) < SHINGLE:
            return 0.0
        if f" {' '.join(short.spells)} " in f" {' '.join(long_.spells)} ":
            found = VERBATIM_SCORE
        elif not runs or len(short.spells) < RUN_MIN or not (
            ngrams(short.bag.seq, SHINGLE) & ngrams(long_.bag.seq, SHINGLE)
        ):
            return 0.0
        else:
            run = SequenceMatcher(None, short.spells, long_.spells, autojunk=False)
            size = run.find_longest_match().size
            if size < RUN_MIN or size < RUN_SHARE * len(short.spells):
                return 0.0
            found = VERBATIM_SCORE * size / len(short.spells)
        # asked only of a sentence found inside the other (most pairs are not)
        return 0.0 if self.names_only(short) else found

    def _anchored(self, a: Unit, b: Unit, lexical: float) -> float:
        """Two rare words close together in both sentences: one fact inside longer ones.

        Outlets bury a shared fact ("rumours that he had fled", "sabotage groups") in
        sentences that otherwise differ; whole-sentence scores miss it. Both anchors
        must be ordinary words, because a name beside a word is a topic, and a
        fixed compound found close together in both ("background checks", "margin of
        error") marks a topic, not a fact, unless the sentences are close anyway; and
        only between documents about the same story (:meth:`topic`).
        """
        if self.topic(a.doc, b.doc) < ANCHOR_TOPIC:
            return 0.0
        if a.bag.numbers and b.bag.numbers and not a.bag.numbers & b.bag.numbers:
            return 0.0  # two polls, two tallies: the same frame round different facts
        na, nb = _proper(a), _proper(b)
        if na and nb and not na & nb:
            return 0.0  # queues at cash machines in Lviv are not those in Odesa
        anchors = {
            k: w
            for k, w in a.bag.weights
            if w >= ANCHOR_WEIGHT and k in b.bag.keys and k not in STOPWORDS and k not in COMMON
        }
        if len(anchors) < 2 or sum(anchors.values()) < ANCHOR_MIN:
            return 0.0
        support = sum(
            1
            for k, w in a.bag.weights
            if w >= ANCHOR_SUPPORT and k in b.bag.keys and k not in STOPWORDS and k not in COMMON
        )
        if support < 3:
            return 0.0  # two rare words alone are a coincidence; a third shared word is not
        pa, pb = self._positions(a, anchors), self._positions(b, anchors)
        keys = sorted(anchors)
        close = set()
        for i, k1 in enumerate(keys):
            for k2 in keys[i + 1 :]:
                if (pa[k1][1] and pb[k1][1]) or (pa[k2][1] and pb[k2][1]):
                    continue  # a name and a word: "Clinton ... husband" is a topic
                da, db = _gap(pa[k1][0], pa[k2][0]), _gap(pb[k1][0], pb[k2][0])
                if max(da, db) <= ANCHOR_PHRASE and lexical < ANCHOR_LEXICAL:
                    continue  # a stock phrase ("margin of error", "ban on Muslims")
                if min(da, db) <= ANCHOR_NEAR and max(da, db) <= ANCHOR_WINDOW:
                    close.update((k1, k2))
        if not close:
            return 0.0
        return min(DEFAULT_THRESHOLD + 0.02 + 0.04 * (len(close) - 2), 0.7)

    @staticmethod
    def _positions(u: Unit, keys: dict[str, float]) -> dict[str, tuple[list[int], bool]]:
        out: dict[str, tuple[list[int], bool]] = {}
        i = 0
        for t in u.tokens:
            if not t.word:
                continue
            if t.key in keys:
                pos, cap = out.get(t.key, ([], True))
                pos.append(i)
                out[t.key] = (pos, cap and t.cap)
            i += 1
        return out

    def candidates(
        self, cancelled: CancelledFn | None = None
    ) -> dict[tuple[int, int], list[tuple[int, int]]]:
        """Pairs of units in different documents that share enough rare weight.

        Keys are (doc_a, doc_b) with doc_a < doc_b; values (pos_a, pos_b) pairs.
        Pairs that share enough for their wording score to count are also recorded in
        ``self.worded`` as (doc_a, pos_a, doc_b, pos_b); the others are candidates of the
        same-fact model only.
        """
        if len(self.documents) < 2:  # a story of one article: nothing to pair
            self.worded = set()
            return defaultdict(list)
        # Units are numbered across the corpus in (doc, pos) order, so a posting list is
        # ascending and a document's units sit together in it; a candidate pair is the
        # integer ga * total + gb (cheaper to hash than a 4-tuple, same insertion order).
        postings: dict[str, list[int]] = defaultdict(list)
        unit_of: list[tuple[int, int]] = []
        next_doc: list[int] = []  # first number of the next document, per unit number
        for units in self.units:
            end = len(unit_of) + len(units)
            for u in units:
                g = len(unit_of)
                unit_of.append((u.doc, u.pos))
                next_doc.append(end)
                for k, w in u.bag.weights:
                    if k not in STOPWORDS and w > 0:
                        postings[k].append(g)
        total = len(unit_of)
        # Posting lists only for the shingles two documents share (set operations find
        # them; most of a document's shingles are its own).
        # A shingle two documents share is made of words both have: only the runs of
        # such words are cut into shingles (most words of an article are its own, and a
        # shingle of four costs more to make than a word to look up).
        shared_words = self.shared_words
        per_unit: list[tuple[Unit, set[tuple[str, ...]]]] = []
        in_docs: Counter[tuple[str, ...]] = Counter()
        for units in self.units:
            in_doc: set[tuple[str, ...]] = set()
            for u in units:
                sp = u.spells
                gs = _shingles(sp, shared_words)
                if 0 < len(sp) < SHINGLE and len(" ".join(sp)) >= MIN_EXACT:
                    # short sentences are candidates of their exact copies only
                    gs.add(("=", *sp))
                per_unit.append((u, gs))
                in_doc |= gs
            in_docs.update(in_doc)
        common = {g for g, n in in_docs.items() if n > 1}
        shingles: dict[tuple[str, ...], list[tuple[int, int]]] = defaultdict(list)
        for u, gs in per_unit:
            for g in gs & common:
                shingles[g].append((u.doc, u.pos))
        verbatim: set[tuple[int, int, int, int]] = set()
        widest = min(
            MAX_EXACT_POSTING,
            max(MAX_SHINGLE_POSTING, SHINGLE_PER_DOCUMENT * len(self.documents)),
        )
        for g, plist in shingles.items():
            cap = MAX_EXACT_POSTING if g[0] == "=" else widest
            if 2 <= len(plist) <= cap:
                for x in range(len(plist)):
                    for y in range(x + 1, len(plist)):
                        if plist[x][0] != plist[y][0]:
                            verbatim.add((*plist[x], *plist[y]))
        shared: dict[int, float] = defaultdict(float)
        for count, (k, glist) in enumerate(postings.items()):
            if count % 2048 == 0:
                checkpoint(0, 1, None, cancelled)
            if len(glist) < 2 or len(glist) > MAX_POSTING:
                continue
            w = self.weights[k]
            for x, ga in enumerate(glist):
                base = ga * total
                # the other documents' units: those after this document's in the list
                for gb in glist[bisect_left(glist, next_doc[ga], x + 1) :]:
                    shared[base + gb] += w
        out: dict[tuple[int, int], list[tuple[int, int]]] = defaultdict(list)
        self.worded = set(verbatim)
        # (-shared, da, pa, db, pb) of the pairs below (sorted as they are, most shared
        # first), of documents one story holds: between two unrelated articles there are
        # thousands, none kept
        loose: list[tuple[float, int, int, int, int]] = []
        one_story: dict[tuple[int, int], bool] = {}
        least = min(MIN_SHARED, facts.MIN_SHARED)
        for key, w in shared.items():
            if w < least:
                continue
            ga, gb = divmod(key, total)
            (da, pa), (db, pb) = unit_of[ga], unit_of[gb]
            if (da, pa, db, pb) in verbatim:
                continue
            lighter = min(self.units[da][pa].bag.total, self.units[db][pb].bag.total)
            if w >= MIN_SHARED and (w >= MIN_SHARED_SHARE * lighter or w >= ANCHOR_MIN):
                self.worded.add((da, pa, db, pb))
                out[(da, db)].append((pa, pb))
            elif w >= facts.MIN_SHARED:
                same = one_story.get((da, db))
                if same is None:
                    same = one_story[(da, db)] = self.topic(da, db) >= ANCHOR_TOPIC
                if same:
                    loose.append((-w, da, pa, db, pb))
        # A fact in other words shares little: worth scoring within one story only, only
        # by the same-fact model (on so little shared content the wording score is fooled
        # by "5:15 p.m." and "Follow X on Twitter"), and only among the few sentences of
        # the other document that share the most with it (the model's rank cues look no
        # further; 200 articles of one campaign would otherwise give 80,000 pairs).
        rank: dict[tuple[int, int, int], int] = defaultdict(int)
        for _w, da, pa, db, pb in sorted(loose):
            ra, rb = rank[(da, pa, db)], rank[(db, pb, da)]
            rank[(da, pa, db)], rank[(db, pb, da)] = ra + 1, rb + 1
            if max(ra, rb) < facts.TOP:
                out[(da, db)].append((pa, pb))
        for da, pa, db, pb in sorted(verbatim):
            out[(da, db)].append((pa, pb))
        return out

    def score_pairs(
        self,
        cands: dict[tuple[int, int], list[tuple[int, int]]],
        cancelled: CancelledFn | None = None,
        features_out: dict[tuple[int, int, int, int], tuple[float, ...]] | None = None,
    ) -> dict[tuple[int, int], PairScores]:
        """Score every candidate pair once: wording, then the same-fact model.

        The same-fact features look at each pair among the other candidates of its two
        documents and of the third documents (:mod:`app.facts`), so every pair's wording
        score and story weight are computed first, then the model runs over all of them.
        ``features_out``, when given, receives each pair's features keyed
        ``(da, pa, db, pb)`` (for fitting the model).
        """
        raw: dict[tuple[int, int], dict[tuple[int, int], tuple[float, float, float]]] = {}
        content: dict[tuple[int, int, int, int], tuple[float, ...]] = {}
        meant: dict[tuple[int, int, int, int], float] = {}
        wdict: dict[tuple[int, int], dict[str, float]] = {}

        def weights_of(d: int, p: int) -> dict[str, float]:
            got = wdict.get((d, p))
            if got is None:
                got = wdict[(d, p)] = dict(self.units[d][p].bag.weights)
            return got

        for k, ((da, db), pairs) in enumerate(sorted(cands.items())):
            if k % 32 == 0:
                checkpoint(0, 1, None, cancelled)
            ua, ub = self.units[da], self.units[db]
            row = {}
            for pa, pb in pairs:
                # a loose pair's wording counts for nothing (see candidates): not scored
                worded = (da, pa, db, pb) in self.worded
                lex = self.score((ua[pa],), (ub[pb],), runs=False) if worded else 0.0
                shared, dice = facts.shared_weight(ua[pa].bag, ub[pb].bag)
                row[(pa, pb)] = (lex, shared, dice)
                fa, fb = self.families[da][pa], self.families[db][pb]
                fw = self.family_weights
                # exact sums over sets: the same in every process (see facts.content_features)
                shared_f = math.fsum(fw[f] for f in fa & fb)
                total_f = math.fsum(fw[f] for f in fa) + math.fsum(fw[f] for f in fb)
                content[(da, pa, db, pb)] = (
                    *facts.content_features(
                        ua[pa].bag, ub[pb].bag, weights_of(da, pa), weights_of(db, pb)
                    ),
                    shared_f, 2 * shared_f / total_f if total_f else 0.0,
                )
                meant[(da, pa, db, pb)] = self.meaning(da, pa, db, pb)
            raw[(da, db)] = row
        # Each sentence's two best base scores in every other document, and its best
        # counterpart there (for agreement through third documents).
        based = {
            (da, pa, db, pb): facts.base(shared, lex)
            for (da, db), row in raw.items()
            for (pa, pb), (lex, shared, _d) in row.items()
        }
        best: dict[facts.Row, tuple[float, int]] = {}
        for (da, pa, db, pb), s in based.items():
            for key, other in (((da, pa, db), pb), ((db, pb, da), pa)):
                if s >= facts.AGREE_MIN and s > best.get(key, (0.0, -1))[0]:
                    best[key] = (s, other)
        top, best_in = facts.row_tops(based), facts.counterparts(best)
        meaning = facts.meaning_features(meant)
        n = len(self.documents)
        first: dict[tuple[int, int, int, int], tuple[float, ...]] = {}
        for (da, db), row in raw.items():
            topic = self.topic(da, db)
            na, nb = max(len(self.units[da]), 1), max(len(self.units[db]), 1)
            for (pa, pb), (lex, shared, dice) in row.items():
                s = based[(da, pa, db, pb)]
                ta, tb = top[(da, pa, db)], top[(db, pb, da)]
                ma, mb = facts.margin(s, ta), facts.margin(s, tb)
                near = [
                    facts.base(r[1], r[0])
                    for r in (row.get((pa - 1, pb - 1)), row.get((pa + 1, pb + 1)))
                    if r is not None
                ] + [0.0, 0.0]
                agree = facts.agreement(best_in, (da, pa, db, pb))
                x_ = (
                    shared, dice, lex, s, float(ma >= 0), float(mb >= 0),
                    float(ma >= 0 and mb >= 0), max(-1.0, min(ma, mb)), max(-1.0, max(ma, mb)),
                    max(near[:2]), min(near[:2]), abs(pa / na - pb / nb),
                    s / (ta[0] or 1.0), s / (tb[0] or 1.0),
                    agree / max(n - 2, 1), float(agree > 0), topic,
                    *content[(da, pa, db, pb)], *meaning[(da, pa, db, pb)],
                )
                first[(da, pa, db, pb)] = x_
        # Second look: the same cues again, now on the first model's probabilities
        # (best counterpart both ways, margin, agreement through third documents), so
        # a pair is judged among what the model thinks of its rivals, not their wording.
        p1 = {k: facts.probability(x) for k, x in first.items()}
        second = facts.second_look(p1, n)
        out: dict[tuple[int, int], PairScores] = defaultdict(dict)
        for k, x in first.items():
            da, pa, db, pb = k
            x2 = (*x, *second[k])
            if features_out is not None:
                features_out[k] = x2
            p = facts.probability2(x2)
            lex = raw[(da, db)][(pa, pb)][0] if k in self.worded else 0.0
            if lex and self._verbatim(self.units[da][pa], self.units[db][pb]):
                lex = self.score((self.units[da][pa],), (self.units[db][pb],))
            elif lex and self.frame_only(self.units[da][pa], self.units[db][pb]):
                lex = 0.0  # the same-fact model still reads the pair (see frame_only)
            out[(da, db)][(pa, pb)] = Scored(lex, p, max(lex, facts.to_score(p)))
        return dict(out)

    def _quoted(self, u: Unit) -> tuple[frozenset[str], int]:
        """The content words of ``u`` inside its document's quotations, and how many
        content words it has outside them."""
        key = (u.doc, u.pos)
        got = self._said.get(key)
        if got is None:
            spans = [q for q in self._quotes[u.doc] if q[0] < u.span.end and u.span.start < q[1]]
            inside, outside = set(), 0
            for t in u.tokens:
                if not t.word or t.key in STOPWORDS:
                    continue
                if any(qs <= t.start and t.end <= qe for qs, qe in spans):
                    inside.add(t.key)
                else:
                    outside += 1
            got = self._said[key] = (frozenset(inside), outside)
        return got

    def take_quotes(self, analyses: Sequence[DocAnalysis]) -> frozenset[int]:
        """The documents' quotes from their whole analyses, for documents whose analysis
        came without them (a warm worker was finding them while this corpus was built
        and its pairs scored): returns the documents whose quotes were not known."""
        changed = set()
        for d, a in enumerate(analyses):
            spans = [(q.start, q.end) for q in a.quotes]
            if spans != self._quotes[d]:
                self._quotes[d] = spans
                changed.add(d)
        if changed:
            self._said = {k: v for k, v in self._said.items() if k[0] not in changed}
        return frozenset(changed)

    def reframe(self, scores: dict[tuple[int, int], PairScores], docs: frozenset[int]) -> bool:
        """Apply :meth:`frame_only` again, as :meth:`score_pairs` does, to the scored pairs
        of ``docs`` (whose quotes :meth:`take_quotes` just learnt): without a document's
        quotes no sentence of it reads as mostly a quotation, so the desktop app, whose
        warm worker finds them, linked "“The reason I acquired Twitter…”" to "One user
        wrote, "He failed as a ceo…"" on their framing words alone, where the command
        line did not. Whether any pair's score changed."""
        changed = False
        for (da, db), row in scores.items():
            if da not in docs and db not in docs:
                continue
            for (pa, pb), s in row.items():
                if not s.lexical:
                    continue
                a, b = self.units[da][pa], self.units[db][pb]
                if not self._verbatim(a, b) and self.frame_only(a, b):
                    row[(pa, pb)] = Scored(0.0, s.fact, facts.to_score(s.fact))
                    changed = True
        return changed

    def frame_only(self, a: Unit, b: Unit) -> bool:
        """The two share only the words that frame a quotation: one sentence is mostly
        a quotation, and none of the words the other shares with it are in it ("Kremlin
        spokesman Dmitry Peskov told reporters that under an agreement…" / "“Avoiding
        bloodshed… was the highest goal,” Kremlin spokesman Dmitry Peskov told
        reporters"). Their wording says nothing of a shared fact."""
        for x, y in ((a, b), (b, a)):
            inside, outside = self._quoted(y)
            if len(inside) < outside:
                continue  # not mostly a quotation
            shared = x.bag.content & y.bag.content
            if shared and not shared & inside:
                return True
        return False

    def ranked(self, da: int, db: int, scores: PairScores, floor: float = FLOOR) -> list[Alignment]:
        """Greedy best-first alignment of documents ``da`` < ``db``, down to ``floor``.

        The result is in the order the greedy assignment accepted the pairs (score
        descending), so the alignment at any threshold above ``floor`` is the prefix of
        it that scores at or above the threshold.
        """
        ua, ub = self.units[da], self.units[db]
        scored: dict[tuple[tuple[int, ...], tuple[int, ...]], Scored] = {
            ((pa,), (pb,)): sc for (pa, pb), sc in scores.items()
        }
        # Joins: a sentence that half-matches may be one half of the other's sentence.
        for ((pa,), (pb,)), sc in list(scored.items()):
            if sc.lexical < JOIN_MIN:
                continue
            for ja, jb in (
                ((pa - 1, pa), (pb,)),
                ((pa, pa + 1), (pb,)),
                ((pa,), (pb - 1, pb)),
                ((pa,), (pb, pb + 1)),
            ):
                if min(ja) < 0 or min(jb) < 0 or max(ja) >= len(ua) or max(jb) >= len(ub):
                    continue
                if (len(ja) > 1 and (da, ja[0]) not in self.joinable) or (
                    len(jb) > 1 and (db, jb[0]) not in self.joinable
                ):
                    continue
                if (ja, jb) in scored:
                    continue
                parts = [scored.get(((i,), jb)) for i in ja] if len(ja) > 1 else [
                    scored.get((ja, (i,))) for i in jb
                ]
                need = max(p.score if p else 0.0 for p in parts) + 0.02
                joined = self.score([ua[i] for i in ja], [ub[i] for i in jb], over=need)
                if joined > need:
                    fact = max(p.fact if p else 0.0 for p in parts)
                    scored[(ja, jb)] = Scored(joined, fact, joined)
        ranked = sorted(
            ((sc, ja, jb) for (ja, jb), sc in scored.items() if sc.score >= floor),
            key=lambda x: (-x[0].score, x[1], x[2]),
        )
        used_a: set[int] = set()
        used_b: set[int] = set()
        out = []
        for sc, ja, jb in ranked:
            # A long sentence can carry several facts: a sentence already matched may
            # match again, but only with a sentence that is still free.
            if used_a.intersection(ja) and used_b.intersection(jb):
                continue
            if (used_a.intersection(ja) or used_b.intersection(jb)) and (
                len(ja) > 1 or len(jb) > 1
            ):
                continue
            used_a.update(ja)
            used_b.update(jb)
            out.append(
                Alignment(
                    tuple(ua[i] for i in ja), tuple(ub[i] for i in jb), sc.score, sc.lexical,
                    sc.fact,
                )
            )
        return out

    def align(
        self, da: int, db: int, pairs: Sequence[tuple[int, int]], threshold: float
    ) -> list[Alignment]:
        """Alignment of documents ``da`` < ``db`` at ``threshold``, in document order.

        Scores the pairs with this corpus's context (all candidates of the two documents
        are needed for the relative features, so pass them all).
        """
        scores = self.score_pairs({(da, db): list(pairs)}).get((da, db), {})
        out = [al for al in self.ranked(da, db, scores) if al.score >= threshold]
        out.sort(key=lambda al: (al.a[0].pos, al.b[0].pos))
        return out

    def corroborated(
        self,
        alignments: dict[tuple[int, int], list[Alignment]],
        threshold: float,
        grouped: bool = False,
    ) -> dict[tuple[int, int], list[Alignment]]:
        """Drop matches resting only on rare words close together between unrelated articles.

        That rule finds one fact buried in two differently worded sentences ("rumours
        that he had fled"), which only makes sense between reports of the same story;
        across unrelated articles of one campaign it mostly pairs topic words ("a ban on
        Muslims entering", "delegates at stake"): on 50 PolNeAR articles 28 of 63
        matches rested on it, nearly all wrong. Two articles count as the same story when
        a match on some other rule links them, directly or through other articles
        (wire copy one outlet shares with two others links all three).

        Links found by the same-fact model alone (wording below ``threshold``) are held
        to the same rule: outlets reporting one event share some wording somewhere, and
        without it two sentences about one topic are not evidence of one fact.

        ``grouped``: the documents are one story by the grouping (or the reader's say).
        An outlet may still word the whole event in its own sentences (the Press
        Democrat's balloon story shared no sentence's wording with nine others), so a
        document also joins a story when its weak links at the threshold reach two or
        more of its documents. On 200 PolNeAR articles, whose grouping joins a few
        unrelated campaign articles, this adds no link; a rule trusting the grouping
        alone added 11, nearly all wrong.
        """
        stories: DisjointSet[int] = DisjointSet()
        root = stories.find

        weak: set[tuple[int, int, int]] = set()
        for (da, db), found in alignments.items():
            for k, al in enumerate(found):
                if al.lexical < threshold or (
                    len(al.a) == 1
                    and len(al.b) == 1
                    and self.score(al.a, al.b, anchored=False) < threshold
                ):
                    weak.add((da, db, k))
                else:
                    stories.union(da, db)
        if grouped:
            # Documents the grouping put in one story: one that words all of it in its
            # own sentences joins the others when its weak links above the threshold
            # reach two or more documents already linked together (an outlet that
            # rewrites the whole event; two unrelated articles a grouping joined share
            # a stock phrase with one other, not the story with several).
            reach: dict[int, dict[int, set[int]]] = defaultdict(lambda: defaultdict(set))
            for da, db, k in weak:
                if alignments[(da, db)][k].score < threshold:
                    continue
                reach[da][root(db)].add(db)
                reach[db][root(da)].add(da)
            for d, by_root in reach.items():
                for r, docs in by_root.items():
                    if len(docs) >= 2 and root(d) != root(r):
                        stories.union(d, r)
        out = {}
        for (da, db), found in alignments.items():
            same_story = root(da) == root(db)
            kept = [
                al for k, al in enumerate(found) if same_story or (da, db, k) not in weak
            ]
            if kept:
                out[(da, db)] = kept
        return out


def _wording(a: Bag, b: Bag, over: float = 0.0) -> tuple[float, float]:
    """The wording model's score of two bags, and how much of the lighter the other holds.

    ``over``: the score only when it exceeds that, else 0.0 (:func:`score_over`)."""
    shared = overlap(a, b)
    contain = shared / min(a.total, b.total)
    if 2 * shared / (a.total + b.total) < LOGISTIC_MIN_DICE:
        # Cheap bound: on MSRP no pair this far apart scores above 0.2, so skip the
        # expensive features (most candidates of long sentences end here).
        return 0.0, contain
    return score_over(a, b, over), contain


def _shingles(spells: tuple[str, ...], shared: frozenset[str]) -> set[tuple[str, ...]]:
    """The :data:`SHINGLE`-word shingles of a sentence that hold only ``shared`` words."""
    own = [i for i, w in enumerate(spells) if w not in shared]
    out: set[tuple[str, ...]] = set()
    lo = 0
    for hi in [*own, len(spells)]:
        if hi - lo >= SHINGLE:
            run = spells[lo:hi]
            out.update(zip(*(run[i:] for i in range(SHINGLE)), strict=False))
        lo = hi + 1
    return out


#: A word's family for the same-fact model: its first six letters (truncation stemming),
#: so derived forms meet where the light stemmer keeps them apart; ``key[:6]``, taken in
#: C when mapped over a sentence's words.
_family = itemgetter(slice(None, 6))


def _proper(u: Unit) -> frozenset[str]:
    """Keys of the capitalised words a sentence names (its first word is not counted)."""
    words_ = [t for t in u.tokens if t.word]
    return frozenset(t.key for t in words_[1:] if t.cap and t.key not in STOPWORDS)


def _profile(
    units: Sequence[Unit], weight: Callable[[str], float]
) -> tuple[dict[str, float], float]:
    """A document's rare-word profile (summed weights) and its Euclidean norm."""
    # Counted first (the bag's keys are its words' keys, in order), then weighed once
    # per word rather than once per occurrence.
    counts = Counter(chain.from_iterable([u.bag.seq for u in units]))  # one call, in C
    v = {
        k: n * weight(k)
        for k, n in counts.items()
        if k not in STOPWORDS and k not in COMMON
    }
    return v, math.sqrt(sum(w * w for w in v.values()))


def _cosine(a: tuple[dict[str, float], float], b: tuple[dict[str, float], float]) -> float:
    (va, na), (vb, nb) = a, b
    if na <= 0 or nb <= 0:
        return 0.0
    if len(va) > len(vb):
        va, vb = vb, va
    return sum(w * vb[k] for k, w in va.items() if k in vb) / (na * nb)


def _gap(xs: list[int], ys: list[int]) -> int:
    return min(abs(x - y) for x in xs for y in ys)


def _idf(n: int, counts: Iterable[int]) -> dict[int, float]:
    """``log((n + 2) / (c + 0.5))`` for each count ``c`` of ``n`` sentences: taken once
    per count, not once per word (most words are in one or two sentences)."""
    return {c: math.log((n + 2) / (c + 0.5)) for c in set(counts)}


def _prior(key: str) -> float:
    """What a word is worth before counting: function words little, everyday words half."""
    if key in STOPWORDS:
        return STOP_WEIGHT
    return 0.5 if key in COMMON else 1.0


def align(a: Document, b: Document, threshold: float) -> list[Alignment]:
    """Align two documents on their own (the pairwise case of :func:`app.compare`)."""
    corpus = Corpus((a, b))
    scores = corpus.score_pairs(corpus.candidates()).get((0, 1), {})
    ranked = corpus.corroborated({(0, 1): corpus.ranked(0, 1, scores)}, DEFAULT_THRESHOLD)
    out = [al for al in ranked.get((0, 1), []) if al.score >= threshold]
    out.sort(key=lambda al: (al.a[0].pos, al.b[0].pos))
    return out
