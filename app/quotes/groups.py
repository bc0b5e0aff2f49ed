"""The same utterance as quoted by different outlets: one group per utterance.

Each quote is split into its utterances (the sentences of the quoted speech), and the
utterances are grouped across outlets; a quote belongs to every group one of its
utterances belongs to. A long quote that spans two sentences therefore links to both
sentences' groups without joining them: the two groups never merge through it, so no
chain of overlapping quotes can swallow a whole speech.

Utterances are compared on their *content words*: folded, lightly stemmed, stop words
out, numbers normalised ("number one target" and "target No. 1" both give
number/1/target) and name variants merged (Zelensky/Zelenskyy), exactly as the aligner
folds text. The score is containment, the share of the shorter utterance's content
words that the longer one has within one window about twice the shorter's length,
because outlets trim and partly quote far more often than they pad. A candidate index
(content word -> groups) keeps the cost to the groups an utterance shares words with.

An utterance joins a group only when it matches the group's first (longest, core)
utterance, so one weak link cannot chain unrelated remarks. A partial quote ("number one
target") is one utterance and joins the group of the sentence it is taken from.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable, Mapping, Sequence
from itertools import combinations, pairwise

from app.model import Document, Quote, QuoteGroup, Span
from app.quotes.people import same_surname, surname_of
from app.quotes.spans import is_woven
from app.quotes.vocabulary import PARTICLES
from app.text.fold import capitalised_words, name_variants, tokenize
from app.text.segment import sentences
from app.text.vocabulary import STOPWORDS
from app.unionfind import DisjointSet

# Share of the shorter quote's content words the longer must carry, close together.
# Translations of one utterance share 0.75 and more on the seeds (the two versions of
# "We are all here…": 0.75; of "target No. 1": 1.0); two of Psaki's answers on
# different points share 0.38. 0.7 also keeps slogans and shared names in political
# copy (PolNeAR) from pulling unrelated remarks together.
THRESHOLD = 0.7
# A quote needs this many content words, shared with the other, to join by content;
# with fewer its whole folded wording must appear in the other ("We are all here"), and
# a phrase of one or two words ("safe", "a prayer") never joins by itself.
MIN_SHARED = 3
MIN_PHRASE_WORDS = 2
# When both outlets give the words to the same speaker, half the shorter utterance's
# content words, and at least two, are enough.
SAME_SPEAKER_SHARED = 2
SAME_SPEAKER_THRESHOLD = 0.5
# When the outlets give the words to two different people, nine in ten: two officials'
# like messages ("The American banking system is really safe and well capitalized" /
# "Americans can have confidence that the banking system is safe" share 0.8) are two
# utterances, and one group would say an outlet gave one's words to the other.
OTHER_SPEAKER_THRESHOLD = 0.9
# …and a few words, fewer content words than this, never join another named person's
# quote when they are a fragment, or when they are woven into the reporter's sentence
# or quoted from inside one (in lower case) and both outlets name their speaker in their
# own words: "he was “stunned and deeply saddened”" (a chancellor's) and "“deeply
# saddened”" (a queen's) are stock words of condolence, not a president's statement
# given to someone else. Where the engine named a speaker itself (a pronoun, a guess)
# the words may still join: its reading is what may be wrong (leave-one-event-out group
# recall on the development stories 0.863 without the rule, 0.859 with it for every
# woven quote, 0.862 as it is). A sentence of its own may be short and still be one
# utterance two outlets give two people ("It is the everything app…").
OTHER_SPEAKER_WORDS = 4
# Outlets per group whose renderings are paired when looking at neighbours: a quote
# repeated by thousands of pages costs what this many do.
NEIGHBOUR_OUTLETS = 40
# Members of one outlet looked at when telling whether a group's core runs several of
# its utterances together: enough for any statement, and bounded so that a page quoting
# one endless sentence thousands of times stays linear.
SPLIT_MEMBERS = 20
# Neighbours this many times longer (in content words) than each other are not one
# sentence: one of them runs two together.
NEIGHBOUR_LENGTH = 1.5


class _Folded:
    __slots__ = ("content", "keys", "phrase", "words")

    def __init__(self, text: str, names: dict[str, str]) -> None:
        toks = [t for t in tokenize(text, names=names) if t.word]
        # the wording with its contractions written out, so that "I won't resign" is
        # found in "I will not resign"; the content words stay as written (a "not" read
        # out of "don't" would count as a word the two share)
        written = _uncontracted(text)
        said = toks if written == text else [
            t for t in tokenize(written, names=names) if t.word]
        self.words = len(said)
        self.phrase = " " + " ".join(t.spell for t in said) + " "
        # ("won't" is read as "wo" and "n't": the half is no word two quotes share)
        self.keys = [t.key for t in toks if t.spell not in STOPWORDS and t.spell != "n't"]
        self.content = frozenset(self.keys)


# English contractions, written out: outlets (and translators) render one utterance
# both ways ("I won't resign" / "I will not resign"). "'s" and "'d" stay: each stands
# for two words.
_CONTRACTIONS = (
    (re.compile(r"\b(w)on[’']t\b", re.IGNORECASE), r"\1ill not"),
    (re.compile(r"\b(c)an[’']t\b", re.IGNORECASE), r"\1an not"),
    (re.compile(r"\b(c)annot\b", re.IGNORECASE), r"\1an not"),
    (re.compile(r"\b(sha)n[’']t\b", re.IGNORECASE), r"\1ll not"),
    (re.compile(r"\b(\w+)n[’']t\b", re.IGNORECASE), r"\1 not"),
    (re.compile(r"\b(\w+)[’']m\b", re.IGNORECASE), r"\1 am"),
    (re.compile(r"\b(\w+)[’']re\b", re.IGNORECASE), r"\1 are"),
    (re.compile(r"\b(\w+)[’']ve\b", re.IGNORECASE), r"\1 have"),
    (re.compile(r"\b(\w+)[’']ll\b", re.IGNORECASE), r"\1 will"),
)


# Whether any of _CONTRACTIONS can apply: most quotes with an apostrophe hold only a
# possessive, and nine substitutions over them cost a sixth of grouping the quotes.
_ANY_CONTRACTION = re.compile(r"(?:n[’']t|[’'](?:m|re|ve|ll))\b|\bcannot\b", re.IGNORECASE)


def _uncontracted(text: str) -> str:
    if _ANY_CONTRACTION.search(text) is None:
        return text
    for pattern, written_out in _CONTRACTIONS:
        text = pattern.sub(written_out, text)
    return text


def _phrase_in(short: _Folded, long_: _Folded) -> bool:
    """``short``'s whole wording inside ``long_``."""
    return short.words >= MIN_PHRASE_WORDS and short.phrase in long_.phrase


def _local_share(short: _Folded, long_: _Folded, min_shared: int = MIN_SHARED) -> int:
    """How many of ``short``'s content words ``long_`` has *close together*.

    A bag of words over a long quote would contain almost any short one ("a violation
    of the law" inside a 300-word statement); the words must fall in one window about
    twice the short quote's length.
    """
    want = short.content
    if len(want & long_.content) < min(min_shared, len(want)):
        return 0
    keys = long_.keys
    width = max(2 * len(short.keys), 8)
    if len(keys) <= width:
        return len(want & long_.content)
    seen: Counter[str] = Counter()
    best = 0
    for i, k in enumerate(keys):
        if k in want:
            seen[k] += 1
        if i >= width:
            old = keys[i - width]
            if old in want:
                seen[old] -= 1
                if not seen[old]:
                    del seen[old]
        best = max(best, len(seen))
    return best


def _excerpt(a: _Folded, b: _Folded, word_for_word: bool = False) -> bool:
    """Whether the shorter of two quotes could be an excerpt of the longer: it has
    :data:`OTHER_SPEAKER_WORDS` content words or more, or its wording is inside the
    other's, or (unless ``word_for_word``) its content words stand together there with
    at most one other between them ("not free and fair" in "…not free nor fair given
    how…", "no sign of life" in "no signs of life were found")."""
    short, long_ = (a, b) if len(a.content) <= len(b.content) else (b, a)
    if len(short.content) >= OTHER_SPEAKER_WORDS or _phrase_in(short, long_):
        return True
    if word_for_word:
        return False
    want = short.content
    if not want or not want <= long_.content:
        return False
    # the narrowest run of the longer's content words holding all of them
    keys, seen, lo, best = long_.keys, Counter(), 0, len(long_.keys) + 1
    for hi, k in enumerate(keys):
        if k in want:
            seen[k] += 1
        while len(seen) == len(want):
            best = min(best, hi - lo + 1)
            old = keys[lo]
            lo += 1
            if old in want:
                seen[old] -= 1
                if not seen[old]:
                    del seen[old]
    return best <= len(want) + 1


def _contained(short: _Folded, long_: _Folded) -> bool:
    """Every word of ``short`` inside ``long_``: as a phrase, or as nearby content words."""
    if _phrase_in(short, long_):
        return True
    n = len(short.content)
    return n >= MIN_SHARED and _local_share(short, long_) == n


def _score(a: _Folded, b: _Folded, min_shared: int = MIN_SHARED) -> float:
    if _phrase_in(a, b) or _phrase_in(b, a):
        return 1.0  # either wording inside the other (they may count content apart)
    short, long_ = (a, b) if len(a.content) <= len(b.content) else (b, a)
    if len(short.content) < min_shared:
        return 0.0  # two content words ("proud Democrat") are too few to tell
    shared = _local_share(short, long_, min_shared)
    if shared < min_shared:
        return 0.0
    return shared / len(short.content)


def _pairs(f: _Folded) -> list[tuple[str, str]]:
    """Neighbouring pieces of ``f.phrase``: a phrase inside another has all of its own.

    Split at the spaces the phrase is written with, so whatever a spelling holds, one
    phrase inside another (space-delimited on both sides) is a run of its pieces.
    """
    pieces = f.phrase[1:-1].split(" ")
    return list(pairwise(pieces))


def _phrase_candidates(
    f: _Folded,
    core_pairs: dict[tuple[str, str], list[int]],
    bare_firsts: dict[tuple[str, str], list[int]],
) -> list[int]:
    """Groups a quote of at most one content word may join (ascending), a superset.

    It joins only a core whose phrase holds its own (that core has every neighbouring
    pair of it: the rarest pair's groups are enough) or a core with no more content
    words whose phrase is inside its own (that core's first pair is one of its pairs).
    """
    if f.words < MIN_PHRASE_WORDS:
        return []
    pairs = _pairs(f)
    if not pairs:
        return []
    holders = min((core_pairs.get(p, []) for p in pairs), key=len)
    inside = {gi for p in set(pairs) for gi in bare_firsts.get(p, ())}
    return sorted(inside.union(holders))


def _named(speaker: str | None) -> bool:
    """The speaker is someone's name, not a description ("his government", "Tesla
    boss")."""
    return speaker is not None and speaker != "" and all(
        w[:1].isupper() for w in speaker.split() if w.lower() not in PARTICLES
    )


def surname(name: str | None) -> str | None:
    """How speakers are told apart across outlets: "Volodymyr Zelensky" is "zelensky",
    and "John J. Ray III" is "ray", as another outlet's "Ray" is."""
    return surname_of(name).lower() if name else None


def speaker_inferred(speaker: str | None, members: Iterable[Quote]) -> bool:
    """Whether a group's ``speaker`` is only the engine's inference: no member quote whose
    outlet's own words name that speaker (by surname) at the quote, so every outlet that
    gives the name gives it bare (:attr:`app.model.Quote.speaker_inferred`)."""
    if speaker is None:
        return False
    key = surname(speaker)
    return not any(
        q.speaker_start is not None and q.speaker and surname(q.speaker) == key
        for q in members
    )


def utterances(text: str, quote: Quote) -> list[Span]:
    """The sentences of a quote's words, in document offsets (the whole quote if one)."""
    span = Span(quote.start, quote.end)
    parts = [sp for sp in sentences(text, (span,)) if any(c.isalnum() for c in sp.slice(text))]
    return parts or [span]


class _Unit:
    __slots__ = ("doc", "end", "folded", "fragment", "quote", "start")

    def __init__(self, quote: Quote, span: Span, folded: _Folded) -> None:
        self.quote = quote
        self.doc = quote.doc
        self.start = span.start
        self.end = span.end
        self.fragment = quote.fragment
        self.folded = folded


def group_quotes(documents: Sequence[Document], quotes: Sequence[Quote]) -> tuple[QuoteGroup, ...]:
    """Groups of quotes that carry one utterance; a quote of several utterances is a member
    of each of their groups, and single-outlet utterances form groups of one."""
    texts = {d.id: d.text for d in documents}
    names = name_variants(
        w for q in quotes for w in capitalised_words(texts[q.doc], [(q.start, q.end)])
    )
    units = [
        _Unit(q, sp, _Folded(sp.slice(texts[q.doc]), names))
        for q in quotes
        for sp in utterances(texts[q.doc], q)
    ]
    order = sorted(
        units, key=lambda u: (u.fragment, -len(u.folded.content), u.doc, u.start)
    )
    groups: list[list[_Unit]] = []
    group_docs: list[set[str]] = []  # the outlets each group already has a member from
    # Content word -> groups with a member carrying it: a unit is compared only with
    # groups it shares a word with, so cost follows shared content, not N x N.
    index: dict[str, set[int]] = {}
    # A quote of function words only ("We are all here"), or with one content word, can
    # join only by wording: a core holding its whole phrase, or a core with as few
    # content words inside it. Cores by each pair of neighbouring words, and cores of at
    # most one content word by their first pair, find exactly those groups (comparing
    # with every group was quadratic: 100,000 curly marks).
    core_pairs: dict[tuple[str, str], list[int]] = {}
    bare_firsts: dict[tuple[str, str], list[int]] = {}
    for u in order:
        f = u.folded
        best, best_s, tied = -1, (0.0, 0.0), False
        cands: Iterable[int]
        if f.words < MIN_PHRASE_WORDS:
            cands = []  # one word joins nothing: no phrase, and too few words to share
        elif len(f.content) == 1:
            # Only its wording can join it (one content word is too few to share); of
            # the groups carrying that word, those whose wording can hold it.
            (w,) = f.content
            carrying = index.get(w, set())
            cands = [
                gi for gi in _phrase_candidates(f, core_pairs, bare_firsts) if gi in carrying
            ]
        elif f.content:
            # Joining needs two shared words: skip the groups that merely share a name
            # that every article mentions. A group with two of the words is in one of
            # the postings other than the longest, so that one is never walked.
            postings = sorted((index.get(w, set()) for w in f.content), key=len)
            seen_groups = {gi for p in postings[:-1] for gi in p}
            cands = sorted(
                gi for gi in seen_groups if sum(gi in p for p in postings) >= SAME_SPEAKER_SHARED
            )
        else:
            cands = _phrase_candidates(f, core_pairs, bare_firsts)
        for gi in cands:
            g = groups[gi]
            core = g[0]
            if u.doc in group_docs[gi] and not _contained(f, core.folded):
                continue  # an outlet renders an utterance once (or repeats its words)
            # The same speaker in both outlets is evidence of its own: two translations
            # of one sentence ("I really want to bug them" / "…to piss them off") may
            # share only two content words.
            who, whom = surname(core.quote.speaker), surname(u.quote.speaker)
            same = who == whom is not None
            other = bool(who and whom and not same)
            if not same and not _excerpt(f, core.folded, word_for_word=other):
                # A few words not given to one speaker join only as an excerpt: "Wish him
                # a speedy recovery" (Modi's) is not the UN's "He sends his best wishes…
                # for a speedy recovery", only the same formula of condolence; given to
                # two people, only word for word ("Israel has a right to defend itself",
                # Albanese's, is not von der Leyen's "Israel has the right to…").
                continue
            sc = raw = _score(core.folded, f, SAME_SPEAKER_SHARED if same else MIN_SHARED)
            if (
                other
                and len(f.content) < OTHER_SPEAKER_WORDS
                and _named(core.quote.speaker)
                and _named(u.quote.speaker)
                and (
                    u.fragment
                    or (
                        (
                            texts[u.doc][u.start : u.start + 1].islower()  # "continuing our…"
                            or is_woven(texts[u.doc], Span(u.quote.start, u.quote.end))
                        )
                        # both outlets name the speaker in their own words: the group
                        # would say one gave the other's words to someone else
                        and named_in_words(texts[u.doc], u.quote) is not None
                        and named_in_words(texts[core.doc], core.quote) is not None
                    )
                )
            ):
                continue  # "deeply saddened", the Queen's and a president's: stock words
            if same and sc < THRESHOLD and sc >= SAME_SPEAKER_THRESHOLD:
                sc = THRESHOLD
            elif other and sc < OTHER_SPEAKER_THRESHOLD:
                sc = 0.0
            if sc < THRESHOLD and _contained(f, core.folded):
                sc = THRESHOLD  # a part of the core utterance, quoted alone
            if sc >= THRESHOLD and (sc, raw) > best_s:
                best, best_s, tied = gi, (sc, raw), False
            elif sc >= THRESHOLD and (sc, raw) == best_s and raw < THRESHOLD:
                tied = True
        if tied:
            # Let in by two groups alike, each only on the speaker's word or by holding
            # its words ("Not enough in the tank" beside "…a full tank" and "…enough in
            # the tank"): which utterance it is cannot be told, so it stands alone
            # rather than join the wrong one.
            best = -1
        if best < 0:
            best = len(groups)
            groups.append([])
            group_docs.append(set())
            pairs = _pairs(f)
            for pair in set(pairs):
                core_pairs.setdefault(pair, []).append(best)
            if len(f.content) <= 1 and pairs:
                bare_firsts.setdefault(pairs[0], []).append(best)
        groups[best].append(u)
        group_docs[best].add(u.doc)
        for w in f.content:
            index.setdefault(w, set()).add(best)
    groups = _same_quotes_once(_split_mergers(_translated_neighbours(groups)))
    group_docs = [{m.doc for m in g} for g in groups]
    groups_of: dict[str, set[int]] = {}
    for gi, g in enumerate(groups):
        for m in g:
            groups_of.setdefault(m.quote.id, set()).add(gi)
    rank = {d.id: i for i, d in enumerate(documents)}  # story order is the user's order
    named = {q.id: named_in_words(texts[q.doc], q) for g in groups for q in {m.quote for m in g}}
    out = []
    story_order = sorted(
        range(len(groups)), key=lambda gi: min((rank[m.doc], m.start) for m in groups[gi])
    )
    for n, gi in enumerate(story_order):
        g = groups[gi]
        # The core (the fullest direct rendering of the utterance) leads, so the group is
        # titled and diffed by it and not by a headline's “cannot deliver the mandate”;
        # the others follow, direct quotes first, in story order.
        core = g[0]
        g.sort(key=lambda m: (m is not core, m.fragment, rank[m.doc], m.start))
        members: list[Quote] = []
        seen: set[Quote] = set()
        for m in g:
            if m.quote not in seen:
                seen.add(m.quote)
                members.append(m.quote)
        out.append(
            QuoteGroup(
                id=f"g{n}",
                speaker=_group_speaker(members, named),
                members=tuple(m.id for m in members),
                flags=_flags(gi, groups, group_docs, groups_of, named),
                utterance=_utterance(core, g),
            )
        )
    return tuple(out)


def _translated_neighbours(groups: list[list[_Unit]]) -> list[list[_Unit]]:
    """Join the groups of two sentences that sit in the same place next to a shared one.

    Translations of one remark differ in their words, not in their order: when two
    outlets give one speaker the same sentence (one group) and each has a sentence just
    before (or after) it in the same quote, those two neighbours are one utterance if
    they share a content word at all ("The unvaccinated, I really want to bug them" /
    "…to piss them off", both followed by "And so we will continue…"). Both quotes carry both
    sentences side by side, so this never links two utterances through a third quote's
    length alone.

    A speech goes on across quotes ("…of our country." / "“And it will continue to be
    this way.”", the next paragraph) and past a sentence too short to stand alone ("Our
    country."); such a looser step joins only two groups that each hold one outlet's
    rendering. Letting it join shared groups too raised in-sample group F1 on the stories
    but dropped leave-one-event-out precision from 0.977 to 0.894 (Macron's many short
    quotes chained).
    """
    group_of = {id(u): gi for gi, g in enumerate(groups) for u in g}
    outlets = [{u.doc for u in g} for g in groups]
    place: dict[int, tuple[list[_Unit], int]] = {}
    for us in _speeches(groups):
        for k, u in enumerate(us):
            place[id(u)] = (us, k)
    joined: DisjointSet[int] = DisjointSet()
    for g in groups:
        firsts: dict[str, _Unit] = {}
        for u in g:
            if u.quote.speaker and len(firsts) < NEIGHBOUR_OUTLETS:
                firsts.setdefault(u.doc, u)
        reps = list(firsts.values())
        for i, u in enumerate(reps):
            us, k = place[id(u)]
            for v in reps[i + 1 :]:
                if surname(u.quote.speaker) != surname(v.quote.speaker):
                    continue
                vs, j = place[id(v)]
                for step in (-1, 1):
                    for a, b in _neighbours(us, k, vs, j, step):
                        ga, gb = group_of[id(a)], group_of[id(b)]
                        if not _one_sentence(a.folded, b.folded):
                            continue
                        # Beyond the anchors' own quotes (the next quote of the speech, or
                        # past a sentence stepped over) only two outlets' lone renderings
                        # join: a looser step must not chain groups already shared.
                        near = a.quote is u.quote and b.quote is v.quote
                        near = near and abs(us.index(a) - k) == 1 and abs(vs.index(b) - j) == 1
                        lone = len(outlets[ga]) == 1 and len(outlets[gb]) == 1
                        if (near or lone) and joined.find(ga) != joined.find(gb):
                            joined.union(ga, gb)
                        break
    merged: dict[int, list[_Unit]] = {}
    for gi, g in enumerate(groups):
        merged.setdefault(joined.find(gi), []).extend(g)
    return list(merged.values())


#: Characters of reporter's text two quotes of one speaker may have between them and
#: still be read as one speech ("…,” he said. “…"): more, and they are two statements.
SPEECH_GAP = 60


def _speeches(groups: list[list[_Unit]]) -> list[list[_Unit]]:
    """Each outlet's utterances in text order, run together while one named speaker's
    quotes follow one another closely (a quote, "he said", the next quote): a statement
    one outlet quotes in one piece another may quote in two paragraphs."""
    by_doc: dict[str, list[_Unit]] = {}
    for g in groups:
        for u in g:
            by_doc.setdefault(u.doc, []).append(u)
    out: list[list[_Unit]] = []
    for us in by_doc.values():
        us.sort(key=lambda u: (u.start, u.end))
        run: list[_Unit] = []
        for u in us:
            if run and not _same_speech(run[-1], u):
                out.append(run)
                run = []
            run.append(u)
        if run:
            out.append(run)
    return out


def _same_speech(prev: _Unit, u: _Unit) -> bool:
    if prev.quote is u.quote:
        return True
    who = surname(u.quote.speaker)
    return (
        who is not None
        and who == surname(prev.quote.speaker)
        and 0 <= u.quote.start - prev.quote.end <= SPEECH_GAP
    )


def _neighbours(
    us: list[_Unit], k: int, vs: list[_Unit], j: int, step: int
) -> list[tuple[_Unit, _Unit]]:
    """The units a ``step`` from ``us[k]`` and ``vs[j]``, then, if one of them is too
    short to be a remark of its own ("Our country."), that one stepped over: the pairs
    to try, in that order."""
    def at(xs: list[_Unit], i: int) -> _Unit | None:
        return xs[i] if 0 <= i < len(xs) else None

    a, b = at(us, k + step), at(vs, j + step)
    if a is None or b is None:
        return []
    out = [(a, b)]
    further_a, further_b = at(us, k + 2 * step), at(vs, j + 2 * step)
    if len(a.folded.content) < 2 and further_a is not None:
        out.append((further_a, b))
    if len(b.folded.content) < 2 and further_b is not None:
        out.append((a, further_b))
    return out


def _split_mergers(groups: list[list[_Unit]]) -> list[list[_Unit]]:
    """Split a group whose core runs several utterances together.

    Sentence boundaries cannot always be seen: one outlet writes "…how to pay their
    bills, Putin's illegal war in Ukraine threatens…, and our country had been held
    back…" as one sentence, and as the longest rendering it becomes the core that every
    outlet's separate sentences join. When one outlet gives two or more of the group's
    members as different utterances (neither holds the other), the core is a merger:
    each of that outlet's utterances leads a group of its own, every other member joins
    the ones it renders (the merger, and any other member holding several, joins each),
    and what renders none stays with the core. So no two utterances are joined through
    a third, longer quote.
    """
    out: list[list[_Unit]] = []
    for g in groups:
        anchors = _distinct_utterances(g)
        if len(anchors) < 2:
            out.append(g)
            continue
        parts: list[list[_Unit]] = [[a] for a in anchors]
        rest: list[_Unit] = []
        for u in g:
            if any(u is a for a in anchors):
                continue
            homes = [p for p, a in zip(parts, anchors, strict=True) if _renders(u, a)]
            for p in homes:
                p.append(u)
            if not homes:
                rest.append(u)
        out += parts
        if any(u is not g[0] for u in rest):
            out.append(rest if rest[0] is g[0] else [g[0], *rest])
    return out


def _distinct_utterances(g: list[_Unit]) -> list[_Unit]:
    """The most members one outlet gives the group that are different utterances the
    core holds (none holds another), in text order; fewer than two when no outlet gives
    two."""
    by_doc: dict[str, list[_Unit]] = {}
    core = g[0].folded
    for u in g[1:]:
        # a clause of its own, inside the core: a scare quote or two translations of one
        # word ("emmerder", "piss off") are not two utterances run together
        if not u.fragment and len(u.folded.content) >= MIN_SHARED and _contained(u.folded, core):
            by_doc.setdefault(u.doc, []).append(u)
    best: list[_Unit] = []
    for us in by_doc.values():
        if len(us) < 2:
            continue
        kept: list[_Unit] = []
        for u in sorted(us, key=lambda u: u.start)[:SPLIT_MEMBERS]:
            if all(not _renders(u, k) and not _renders(k, u) for k in kept):
                kept.append(u)
        if len(kept) > len(best):
            best = kept
    return best


def _renders(u: _Unit, anchor: _Unit) -> bool:
    """``u`` renders the utterance ``anchor`` gives: it holds it or scores as its match."""
    a, f = anchor.folded, u.folded
    return _contained(a, f) or _contained(f, a) or _score(a, f) >= THRESHOLD


def _one_sentence(a: _Folded, b: _Folded) -> bool:
    """Two renderings of one sentence: a content word in common, and neither is two
    sentences run together ("I want to piss them off and we will continue…")."""
    na, nb = len(a.content), len(b.content)
    # Two content words are too few to hold two sentences ("And so it will continue" /
    # "And it will continue to be this way").
    longest = max(NEIGHBOUR_LENGTH * min(na, nb), 2)
    return bool(a.content & b.content) and max(na, nb) <= longest


def _utterance(core: _Unit, group: list[_Unit]) -> Span:
    """What the group is about, in the lead quote (the core's): the core utterance, or,
    when several of the lead quote's sentences are in the group (one utterance another
    outlet writes as one sentence, or a passage nobody splits, listed once by
    :func:`_same_quotes_once`), the stretch from the first of them to the last. Not the
    whole lead quote: a speech of eight sentences would head the group of the two it is
    about, and two groups of one speech would read alike."""
    mine = [u for u in group if u.quote is core.quote]
    return Span(min(u.start for u in mine), max(u.end for u in mine))


def _same_quotes_once(groups: list[list[_Unit]]) -> list[list[_Unit]]:
    """Groups holding exactly the same quotes become one.

    A quote of three sentences no other outlet carries would otherwise be listed three
    times, once per utterance; at the level of quotes those groups cannot be told apart.
    Only identical member sets merge, so no chain forms.
    """
    merged: dict[frozenset[str], list[_Unit]] = {}
    for g in groups:
        key = frozenset(m.quote.id for m in g)
        if key in merged:
            merged[key].extend(g)  # the first group's core stays first
        else:
            merged[key] = list(g)
    return list(merged.values())


def _group_speaker(g: list[Quote], named: Mapping[str, str | None]) -> str | None:
    """The speaker most outlets name, in the form most of them write ("Will Smith"
    rather than one outlet's "Actor Will Smith"); between forms as often written, the
    full name holding the others, else the earlier member's. Outlets are counted, not
    quotes: one outlet printing a quote in two pieces is still one outlet. Between
    speakers as many outlets name, the one more of them write as a name
    (:func:`named_in_words`): "Messi" said outweighs "The Argentine added".
    No one, when more of the outlets name no one than name that speaker: three outlets
    giving the Academy's statement to "the academy" outweigh a fourth that gives it to
    Will Smith — unless two outlets or more name that speaker in their own attributing
    words ("…,” OpenAI said") and none names another: an outlet that names no one
    contradicts no one, and a name the engine chose for a bare quote is only its guess.
    A fragment's inferred speaker does not count beside whole quotes."""
    # Counted in plain dicts (a Counter per group cost more than the grouping): the
    # first of the most counted wins, as Counter.most_common(1) has it.
    outlets: dict[str, set[str]] = {}  # surname -> outlets naming it
    as_name: dict[str, set[str]] = {}  # ... of those, the ones writing it as a name
    forms: dict[str, dict[str, int]] = {}
    attributed: dict[str, set[str]] = {}  # surname -> outlets whose own words name it
    naming: set[str] = set()
    # A fragment's inferred speaker is a guess about a phrase ("profound grief", given to
    # the man mourned): beside whole quotes of the utterance it names no one for them.
    whole = any(not m.fragment for m in g)
    for m in g:
        if m.speaker and not (whole and m.fragment and m.speaker_inferred):
            key = surname(m.speaker) or ""
            outlets.setdefault(key, set()).add(m.doc)
            naming.add(m.doc)
            if named.get(m.id):
                as_name.setdefault(key, set()).add(m.doc)
            of = forms.setdefault(key, {})
            of[m.speaker] = of.get(m.speaker, 0) + 1
            if m.cue:
                attributed.setdefault(key, set()).add(m.doc)
    if not outlets:
        return None
    unnamed = len({m.doc for m in g} - naming)
    top = max(outlets, key=lambda k: (len(outlets[k]), len(as_name.get(k, ()))))
    agreed = len(attributed) == 1 and len(attributed.get(top, ())) >= 2
    if len(outlets[top]) < unnamed and not agreed:
        return None
    of = forms[top]
    most = max(of.values())
    tied = [f for f, n in of.items() if n == most]
    # Between forms as often written, the full name that holds the others ("John J. Ray
    # III" over another outlet's "Ray"); else the earlier member's.
    return next(
        (f for f in tied if all(set(g.split()) <= set(f.split()) for g in tied)), tied[0]
    )


def _flags(
    gi: int,
    groups: list[list[_Unit]],
    group_docs: list[set[str]],
    groups_of: dict[str, set[int]],
    named: dict[str, str | None],
) -> tuple[str, ...]:
    """How the outlets' renderings of group ``gi`` differ (``named``: each member's
    :func:`named_in_words`).

    Asked of distinct wordings and of outlets rather than of every pair of members, so
    a group of thousands of repeats costs what its few wordings and outlets do.
    """
    g = groups[gi]
    docs = group_docs[gi]
    if len(docs) < 2:
        return ()
    flags = set()
    phrases = list(dict.fromkeys(m.folded.phrase for m in g))
    if len(phrases) > 1:
        flags.add("reworded")
    if any(a != b and a in b for a in phrases for b in phrases):
        flags.add("trimmed")
    # A member quote that carries other utterances too: an outlet that quotes only this
    # one either quotes the others separately (merged: one passage here, several quotes
    # there) or not at all (trimmed).
    for long_ in g:
        others = groups_of[long_.quote.id] - {gi}
        if not others:
            continue
        for doc in docs:
            if doc == long_.doc:
                continue
            elsewhere = any(doc in group_docs[o] for o in others)
            flags.add("merged" if elsewhere else "trimmed")
    # Reattributed: two outlets name different speakers in their own attributing words.
    # It tells a fact-checker that an outlet gave the words to someone else, so it
    # rests on what the outlets wrote, never on the engine's reading (named_in_words).
    speakers = {n for n in (named[m.quote.id] for m in g) if n}
    if any(different_people(a, b) for a, b in combinations(sorted(speakers), 2)):
        flags.add("reattributed")
    return tuple(f for f in ("reworded", "trimmed", "merged", "reattributed") if f in flags)


def named_in_words(text: str, quote: Quote) -> str | None:
    """The quote's speaker when the outlet's own attributing words name them by name
    ("…,” Adm. Mauger said", "OceanGate's statement read"); else ``None``.

    Only such a name is the outlet's attribution. A pronoun or a description the engine
    resolved ("he", "the Argentine", "the chair of the Nobel Committee"), a description
    kept as the speaker ("a US Coast Guard official"), and a guess where the outlet
    names no one are the engine's reading, wrong often enough on stories it had never
    seen (12 of the 14 groups flagged on ten such stories) to accuse no outlet of
    misattributing. A fragment (a borrowed phrase, a scare quote) is nobody's words.
    """
    if quote.fragment or not quote.speaker or not quote.cue or quote.speaker_start is None:
        return None
    name = quote.speaker
    if any(not w[:1].isupper() and w.lower() not in PARTICLES for w in name.split()):
        return None  # a description ("Russian law enforcement officer"), not a name
    words = text[quote.speaker_start : quote.speaker_end or quote.speaker_start]
    before = text[max(0, quote.speaker_start - 4) : quote.speaker_start].lower()
    if words.lower().startswith(("the ", "a ", "an ")) or before.endswith(("the ", "a ")):
        # "the Argentine", "the Kremlin", "the government of the Bahamas": a description,
        # a body or a place, not a name
        return None
    last = surname_of(name)
    return name if re.search(rf"\b{re.escape(last)}\b", words, re.IGNORECASE) else None


def different_people(a: str, b: str) -> bool:
    """Whether two names outlets give can be one person or body: one holds the other
    ("OceanGate Expeditions", "OceanGate"; "Joe Biden", "Biden"), or the surnames are one
    allowing a typo ("Johh Mauger")."""
    wa, wb = set(a.lower().split()), set(b.lower().split())
    if wa <= wb or wb <= wa:
        return False
    return not same_surname(surname_of(a), surname_of(b))
