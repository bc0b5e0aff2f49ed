"""The same utterance as quoted by different outlets: one group per utterance.

Quotes are compared on their *content words*: folded, lightly stemmed, stop words out,
numbers normalised ("number one target" and "target No. 1" both give number/1/target)
and name variants merged (Zelensky/Zelenskyy), exactly as the aligner folds text. The
score is containment, the share of the shorter quote's content words that the longer
one has within one window about twice the shorter's length, because outlets trim and
partly quote far more often than they pad, and because a long statement contains any
three words somewhere. A candidate index (content word -> groups) keeps the cost to
the groups a quote shares words with.

Members join a group only when they match its first (longest, core) member, so one weak
link cannot chain unrelated quotes. The one exception is the multi-part utterance: when
one outlet quotes as one passage what another splits into separate quotes ("We are all
here," … "Our troops are here…"), a short quote wholly contained in a member from another
outlet joins that member's group even if its own outlet is already there; the group is
then flagged ``merged``.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence

from app.model import Document, Quote, QuoteGroup
from app.text.fold import STOPWORDS, capitalised_words, name_variants, tokenize

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
MIN_PHRASE_WORDS = 3


class _Folded:
    __slots__ = ("content", "keys", "phrase", "words")

    def __init__(self, text: str, names: dict[str, str]) -> None:
        toks = [t for t in tokenize(text, names=names) if t.word]
        self.words = len(toks)
        self.phrase = " " + " ".join(t.spell for t in toks) + " "
        self.keys = [t.key for t in toks if t.spell not in STOPWORDS]
        self.content = frozenset(self.keys)


def _phrase_in(short: _Folded, long_: _Folded) -> bool:
    """``short``'s whole wording inside ``long_``."""
    return short.words >= MIN_PHRASE_WORDS and short.phrase in long_.phrase


def _local_share(short: _Folded, long_: _Folded) -> int:
    """How many of ``short``'s content words ``long_`` has *close together*.

    A bag of words over a long quote would contain almost any short one ("a violation
    of the law" inside a 300-word statement); the words must fall in one window about
    twice the short quote's length.
    """
    want = short.content
    if len(want & long_.content) < min(MIN_SHARED, len(want)):
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


def _contained(short: _Folded, long_: _Folded) -> bool:
    """Every word of ``short`` inside ``long_``: as a phrase, or as nearby content words."""
    if _phrase_in(short, long_):
        return True
    n = len(short.content)
    return n >= MIN_SHARED and _local_share(short, long_) == n


def _score(a: _Folded, b: _Folded) -> float:
    short, long_ = (a, b) if len(a.content) <= len(b.content) else (b, a)
    if _phrase_in(short, long_):
        return 1.0
    if len(short.content) < MIN_SHARED:
        return 0.0  # two content words ("proud Democrat") are too few to tell
    shared = _local_share(short, long_)
    if shared < MIN_SHARED:
        return 0.0
    return shared / len(short.content)


def _surname(name: str | None) -> str | None:
    return name.split()[-1].lower() if name else None


def group_quotes(documents: Sequence[Document], quotes: Sequence[Quote]) -> tuple[QuoteGroup, ...]:
    """Every quote in exactly one group; single-outlet quotes form groups of one."""
    texts = {d.id: d.text for d in documents}
    names = name_variants(
        w for q in quotes for w in capitalised_words(texts[q.doc], [(q.start, q.end)])
    )
    folded = {q.id: _Folded(texts[q.doc][q.start : q.end], names) for q in quotes}
    order = sorted(quotes, key=lambda q: (q.fragment, -len(folded[q.id].content), q.doc, q.start))
    groups: list[list[Quote]] = []
    # Content word -> groups with a member carrying it: a quote is compared only with
    # groups it shares a word with, so cost follows shared content, not N x N.
    index: dict[str, set[int]] = {}
    for q in order:
        f = folded[q.id]
        best, best_s = -1, 0.0
        if f.content:
            # Joining needs two shared words (or all of a one-word quote's): skip the
            # groups that merely share a name that every article mentions.
            hits = Counter(gi for w in f.content for gi in index.get(w, ()))
            need = min(MIN_SHARED, len(f.content))
            cands = sorted(gi for gi, n in hits.items() if n >= need)
        else:
            cands = range(len(groups))  # only function words: "We are all here"
        for gi in cands:
            g = groups[gi]
            s = 0.0
            if all(m.doc != q.doc for m in g):
                s = _score(folded[g[0].id], f)
            if s < THRESHOLD and any(
                m.doc != q.doc and _contained(f, folded[m.id]) for m in g
            ):
                s = THRESHOLD  # one part of an utterance another outlet quotes whole
            if s >= THRESHOLD and s > best_s:
                best, best_s = gi, s
        if best < 0:
            best = len(groups)
            groups.append([])
        groups[best].append(q)
        for w in f.content:
            index.setdefault(w, set()).add(best)
    rank = {d.id: i for i, d in enumerate(documents)}  # story order is the user's order
    out = []
    for n, g in enumerate(sorted(groups, key=lambda g: min((rank[m.doc], m.start) for m in g))):
        # Direct quotes lead, so the group is shown and diffed by its fullest wording and
        # not by an outlet's scare-quoted “number one target”.
        g.sort(key=lambda m: (m.fragment, rank[m.doc], m.start))
        out.append(
            QuoteGroup(
                id=f"g{n}",
                speaker=_group_speaker(g),
                members=tuple(m.id for m in g),
                flags=_flags(g, folded),
            )
        )
    return tuple(out)


def _group_speaker(g: list[Quote]) -> str | None:
    names = Counter(_surname(m.speaker) for m in g if m.speaker)
    if not names:
        return None
    top = names.most_common(1)[0][0]
    return next(m.speaker for m in g if _surname(m.speaker) == top)


def _flags(g: list[Quote], folded: dict[str, _Folded]) -> tuple[str, ...]:
    if len({m.doc for m in g}) < 2:
        return ()
    flags = []
    phrases = [folded[m.id].phrase for m in g]
    if len(set(phrases)) > 1:
        flags.append("reworded")
    if any(a != b and a in b for a in phrases for b in phrases):
        flags.append("trimmed")
    by_doc: dict[str, list[str]] = {}
    for m in g:
        by_doc.setdefault(m.doc, []).append(folded[m.id].phrase)
    if any(
        a not in b and b not in a
        for ps in by_doc.values()
        for i, a in enumerate(ps)
        for b in ps[i + 1 :]
    ):
        flags.append("merged")
    if len({_surname(m.speaker) for m in g if m.speaker}) > 1:
        flags.append("reattributed")
    return tuple(flags)
