"""The sentence similarity score the aligner uses, and its default threshold.

The score is a small logistic combination of lexical features computed on folded
tokens (see :mod:`app.text.fold`): weighted word overlap (Dice) and containment, rapidfuzz
character ratios of the folded word sequences, BLEU-like n-gram precision seen from each
side, length, unshared words and number agreement, and how alike in meaning the words
each side does not share are (their static vectors, :mod:`app.text.embedding`). Word
weights are IDF from the documents being compared when there is such context (the
aligner passes them), else a built-in list of English function words.

A logistic combination rather than a single ratio because each feature fails in its own
way: Dice punishes trimming, containment rewards tiny sentences, character ratios punish
reordering. Together they are calibrated on real news paraphrases (MSRP). Every feature
is symmetric, so ``similarity(a, b) == similarity(b, a)``.
"""

from __future__ import annotations

import math
import operator
from collections.abc import Callable, Sequence
from contextlib import suppress
from functools import lru_cache
from itertools import repeat
from typing import NamedTuple

from rapidfuzz import fuzz
from rapidfuzz.distance import LCSseq

from app.text import embedding
from app.text.fold import Token, tokenize
from app.text.vocabulary import NEGATIONS, STOPWORDS

# Logistic weights over FEATURE_NAMES, then the intercept. Obtained by running
# ``benchmarks/quality/msrp.py --fit``: L2-regularised (0.01) logistic regression fitted
# by Newton's method on standardised features (standardisation folded back into these
# constants) on all 4,076 pairs of msr_paraphrase_train.txt. The honest estimate is the
# script's 10-fold cross-validation with the weights refitted inside each fold and the
# threshold chosen on the training folds: 77.7% accuracy, F1 84.1 (the shipped weights,
# having seen every pair, score 78.0% / 84.6). ``partial`` carries a negative weight:
# it corrects ``ratio`` and ``token_sort`` for pairs where only a stretch matches. The
# last three (the meaning of the words only one side has, numbers only one side gives,
# the longest run of words only one side has) took it from 76.8% / 83.1 (77.3% / 83.4);
# ``token_set`` went then: with them it added nothing (10-fold CV over five shuffles).
FEATURE_NAMES = (
    "dice", "contain", "ratio", "token_sort", "length", "number_clash",
    "same_numbers", "unshared_weight_max", "unshared_weight_min",
    "p1_min", "p1_max", "p2_min", "p2_max", "p3_min", "p3_max", "p4_min", "p4_max",
    "unshared_min", "unshared_max", "names_differ", "length_diff",
    "partial", "negation_clash", "lcs", "names_jaccard",
    "rest_meaning", "numbers_differ", "longest_gap",
)
COEFFICIENTS = (
    1.333, 0.665, 4.699, 2.668, -0.612, -0.204, 0.145, -0.015, -0.034,
    1.023, 1.252, 0.502, -0.473, -0.166, -0.906, -0.074, -0.674, -0.041, -0.014, 0.067, -0.114,
    -3.422, -1.138, 2.472, -0.452, 2.406, -0.073, -0.116,
)
INTERCEPT = -3.885

# The decision threshold on the score: the threshold that maximises accuracy on the
# MSRP training file under the shipped weights (``benchmarks/quality/msrp.py`` prints it
# as "threshold over all folds"; nine folds chose 0.50 too, one 0.52). The aligner
# accepts a pair at or above it; users can move it.
DEFAULT_THRESHOLD = 0.50

STOP_WEIGHT = 0.1  # a function word counts a tenth of a content word
#: The word vectors' leading coordinates (principal components, largest first) that
#: rest_meaning reads. Fewer cost less per pair; from 128 to all 256 the MSRP figures are
#: alike (10-fold CV over five shuffles: 77.6-77.7% / F1 84.1-84.2 refitted).
MEANING_DIMS = 160


def default_weight(key: str) -> float:
    """Weight of a folded key when there is no document context: stopword or not."""
    return STOP_WEIGHT if key in STOPWORDS else 1.0


class Bag(NamedTuple):
    """What the score needs from one sentence (or several joined), computed once."""

    keys: frozenset[str]
    weights: tuple[tuple[str, float], ...]
    total: float
    joined: str  # folded keys joined by spaces, for the character ratios
    numbers: frozenset[str]
    negations: int
    words: int
    seq: tuple[str, ...]  # keys in order (n-grams are built only for scored pairs)
    content: frozenset[str]  # keys that are not function words
    names: frozenset[str]  # keys of capitalised words
    spells: tuple[str, ...]  # the words' folded spellings in order (for their vectors)
    # Filled once, by _vectors, for the bags that are scored: the words' vectors.
    memo: list[Vectors]


def make_bag(tokens: Sequence[Token], weight: Callable[[str], float] = default_weight) -> Bag:
    """The :class:`Bag` of ``tokens``, its words walked once.

    Every sentence of every document analysed passes here, so the loop reads each
    token's fields once rather than once per part of the bag; the sets are filled in the
    order the separate passes filled them, so they iterate in the same order too.
    """
    seq: list[str] = []
    spells: list[str] = []
    numbers: list[str] = []
    names: list[str] = []
    negations = 0
    for _start, _end, spell, key, word, cap in tokens:  # unpacked: faster than 4 lookups
        if not word:
            continue
        seq.append(key)
        spells.append(spell)
        if spell[:1].isdigit() and spell != "1":  # is_number(t), the word test done
            numbers.append(spell)
        if spell in NEGATIONS or spell.endswith("n't"):  # is_negation(t)
            negations += 1
        if cap:
            names.append(key)
    keys = frozenset(seq)
    if weight is default_weight:
        weights = tuple(
            [(k, STOP_WEIGHT if k in STOPWORDS else 1.0) for k in sorted(keys)]
        )
    else:
        weights = tuple([(k, weight(k)) for k in sorted(keys)])
    return Bag(  # by position: a NamedTuple built from keywords costs a third more
        keys,
        weights,
        sum([w for _, w in weights]),
        " ".join(seq),
        frozenset(numbers),
        negations,
        len(seq),
        tuple(seq),
        frozenset([k for k in keys if k not in STOPWORDS]),
        frozenset(names),
        tuple(spells),
        [],
    )


@lru_cache(maxsize=8192)
def ngrams(keys: tuple[str, ...], n: int) -> frozenset[tuple[str, ...]]:
    """Cached: in a comparison the same sentence is scored against many candidates."""
    return frozenset(zip(*(keys[i:] for i in range(n)), strict=False))


def overlap(a: Bag, b: Bag) -> float:
    if len(a.keys) > len(b.keys):
        a, b = b, a
    return sum(w for k, w in a.weights if k in b.keys)


Vectors = tuple[int | None, dict[str, int], dict[str, float]]

#: spelling -> (pieces, vector as a centred integer, squared length); bounded (see
#: _word_vector), a story's words fit
_WORDS: dict[str, tuple[int, int, float]] = {}
WORD_CACHE = 20_000


def _word_vector(spell: str) -> tuple[int, int, float]:
    """A word's :data:`MEANING_DIMS` leading coordinates: how many pieces it holds, its
    vector as one :func:`app.text.embedding.centred` integer, and its squared length."""
    got = _WORDS.get(spell)
    if got is None:
        row = embedding.word_row(spell)
        v = embedding.centred(row, MEANING_DIMS)
        x = embedding.unpack_centred(v, MEANING_DIMS)
        got = (row[0], v, math.fsum(map(operator.mul, x, x)))
        if len(_WORDS) >= WORD_CACHE:
            with suppress(KeyError, RuntimeError, StopIteration):  # another thread was first
                del _WORDS[next(iter(_WORDS))]
        _WORDS[spell] = got
    return got


def _vectors(a: Bag) -> Vectors:
    """The vectors of ``a``'s words as :func:`app.text.embedding.centred` integers (their
    first :data:`MEANING_DIMS` coordinates): their sum and their sums by key (``None`` for
    the sum when the words hold more pieces than one such integer can: a long run of
    sentences joined), numbers and names (keys of capitalised words) left out; and each
    name's squared length, summed by key.

    The vector of a number or a name says little about which one it is ("Klitschko said"
    and "Psaki said" would mean alike), so a name counts as a meaning of its own, shared
    with nothing (see :func:`_rest_meaning`), and numbers count apart (numbers_differ).
    Made at the first pair a bag is scored in (most sentences of a comparison never are)
    and kept in the bag."""
    memo = a.memo
    if memo:
        return memo[0]
    words = _WORDS
    numbers, names = a.numbers, a.names
    pieces = whole = 0
    by_key: dict[str, int] = {}
    by_name: dict[str, float] = {}
    for key, spell in zip(a.seq, a.spells, strict=True):
        if spell in numbers:
            continue
        n, v, square = words.get(spell) or _word_vector(spell)
        if not n:
            continue
        if key in names:
            by_name[key] = by_name.get(key, 0.0) + square
        else:
            pieces += n
            whole += v
            by_key[key] = by_key.get(key, 0) + v
    memo.append((whole if pieces <= embedding.RUN else None, by_key, by_name))
    return memo[0]


def _rest(a: Bag, b: Bag) -> tuple[Sequence[int] | None, float]:
    """The summed vectors of ``a``'s words that ``b`` lacks, numbers and names left out
    (None when there are none), and the squared lengths of the names ``b`` lacks. Summed
    from the fewer of the words ``b`` lacks and the words it shares (then taken from the
    whole)."""
    whole, by_key, by_name = a.memo[0] if a.memo else _vectors(a)
    rest = a.keys - b.keys
    keys = b.keys  # in the bag's order, not a set's: the same sum in every process
    names = math.fsum([v for k, v in by_name.items() if k not in keys]) if by_name else 0.0
    if whole is None:  # too many pieces for one integer: summed in runs
        numbers, capitalised = a.numbers, a.names
        summed = embedding.row_sum([
            embedding.word_row(spell)
            for key, spell in zip(a.seq, a.spells, strict=True)
            if key in rest and spell not in numbers and key not in capitalised
        ])
        return (None if summed is None else summed[:MEANING_DIMS]), names
    if 2 * len(rest) <= len(a.keys):
        total = sum(map(by_key.get, rest, repeat(0)))
    else:
        total = whole - sum(map(by_key.get, a.keys & b.keys, repeat(0)))
    return (embedding.reader(MEANING_DIMS)(total) if total else None), names


def _rest_meaning(a: Bag, b: Bag) -> float:
    """Cosine of the vectors of the words each side does not share (0 when one side
    shares all its words), a name only one side gives counting as a direction of its
    own: it adds to that side's length, never to what the two have in common. Lengths
    and distance in C (``math.hypot``/``math.dist``) rather than three dot products in
    Python: a third of the time."""
    ra, ea = _rest(a, b)
    if ra is None:
        return 0.0
    rb, eb = _rest(b, a)
    if rb is None:
        return 0.0
    na, nb = math.hypot(*ra), math.hypot(*rb)
    if not na or not nb:
        return 0.0
    dot = (na * na + nb * nb - math.dist(ra, rb) ** 2) / 2
    return dot / math.sqrt((na * na + ea) * (nb * nb + eb))


def _longest_gap(seq: tuple[str, ...], keys: frozenset[str]) -> int:
    """The longest run of words of ``seq`` not in ``keys`` (a clause one side added)."""
    best = run = 0
    for k in seq:
        if k in keys:
            run = 0
        else:
            run += 1
            if run > best:
                best = run
    return best


def features(a: Bag, b: Bag) -> tuple[float, ...]:
    got = _features(a, b)
    assert got is not None  # (no floor: never cut short)
    return got


def _features(a: Bag, b: Bag, floor: float | None = None) -> tuple[float, ...] | None:
    """:func:`features`; with ``floor``, ``None`` as soon as the features computed so far
    show that :func:`combine` of them all cannot exceed it (see :func:`score_over`).

    The cheap features come first; then the n-gram precisions beyond single words, the
    meaning of the unshared words and the longest unshared run; the partial ratio, the
    costliest, last. Each value is what it would be in any order."""
    if a.total <= 0 or b.total <= 0:
        return (0.0,) * len(FEATURE_NAMES)
    shared = overlap(a, b)
    dice = 2 * shared / (a.total + b.total)
    contain = shared / min(a.total, b.total)
    ratio = fuzz.ratio(a.joined, b.joined) / 100.0
    token_sort = fuzz.token_sort_ratio(a.joined, b.joined) / 100.0
    length = min(a.words, b.words) / max(a.words, b.words, 1)
    clash = 1.0 if a.numbers and b.numbers and a.numbers != b.numbers else 0.0
    same_numbers = 1.0 if a.numbers and a.numbers == b.numbers else 0.0
    extra = sorted((a.total - shared, b.total - shared))
    # n-gram precision seen from each side (BLEU-like), as (lower, higher) so the score
    # stays symmetric; single words first (their sets are the bags' keys)
    grams = [_precisions(a, b, 1)]
    unshared = sorted((len(a.content - b.content), len(b.content - a.content)))
    # Added for precision on news paraphrase (each raised 10-fold CV accuracy on MSRP):
    # the best-matching stretch of the longer sentence (one outlet adds a clause), a
    # negation in one sentence only, word order kept (longest common subsequence), and
    # the share of named people and places in common.
    negation_clash = 1.0 if (a.negations > 0) != (b.negations > 0) else 0.0
    lcs = LCSseq.normalized_similarity(a.seq, b.seq)
    names = a.names | b.names
    names_jaccard = len(a.names & b.names) / len(names) if names else 1.0
    # Added for paraphrase (together they raised 10-fold CV accuracy and F1 on MSRP):
    # whether the words each side does not share mean alike (the cosine of their summed
    # word vectors, :mod:`app.text.embedding`: "quit" / "stepped down"), how many
    # numbers only one side gives, and the longest run of words only one side has.
    rest_meaning = gap = partial = 0.0  # (not yet computed)

    def ordered() -> tuple[float, ...]:
        padded = grams + [(0.0, 0.0)] * (4 - len(grams))
        return (
            dice, contain, ratio, token_sort, length, clash, same_numbers,
            extra[1], extra[0], *(x for pair in padded for x in pair),
            *unshared, len(a.names ^ b.names), abs(a.words - b.words),
            partial, negation_clash, lcs, names_jaccard,
            rest_meaning, len(a.numbers ^ b.numbers), gap,
        )

    if floor is not None and not _may_exceed(ordered(), _LATER, floor):
        return None
    grams += [_precisions(a, b, n) for n in range(2, 5)]
    rest_meaning = _rest_meaning(a, b)
    gap = max(_longest_gap(a.seq, b.keys), _longest_gap(b.seq, a.keys))
    if floor is not None and not _may_exceed(ordered(), _LAST, floor):
        return None
    partial = fuzz.partial_ratio(a.joined, b.joined) / 100.0
    return ordered()


def _precisions(a: Bag, b: Bag, n: int) -> tuple[float, float]:
    """The share of each side's distinct ``n``-grams the other has, lower first."""
    ga, gb = ngrams(a.seq, n), ngrams(b.seq, n)
    if not (ga and gb):
        return 0.0, 0.0
    common = len(ga & gb)
    x, y = common / len(ga), common / len(gb)
    return (x, y) if x <= y else (y, x)


def combine(f: Sequence[float]) -> float:
    z = INTERCEPT + sum(c * x for c, x in zip(COEFFICIENTS, f, strict=True))
    return 1.0 / (1.0 + math.exp(-max(-60.0, min(60.0, z))))


#: The range each feature can take, for the bound :func:`score_over` takes on the ones
#: not yet computed: ratios and shares in [0, 1], a cosine in [-1, 1]; counts, and
#: weights of unshared words, have no upper bound but the sentence's length.
_RANGES = {
    name: (-1.0, 1.0) if name == "rest_meaning"
    else (0.0, math.inf) if name.startswith(("unshared", "names_differ", "length_diff",
                                            "numbers_differ", "longest_gap"))
    else (0.0, 1.0)
    for name in FEATURE_NAMES
}
_WEIGHT = dict(zip(FEATURE_NAMES, COEFFICIENTS, strict=True))


def _most(names: Sequence[str]) -> float:
    """The most the features ``names`` can add to :func:`combine`'s sum, whatever their
    values: each weight at the end of its feature's range its sign favours, an n-gram
    precision's lower and higher side together (lower <= higher, so a negative weight
    on the higher takes back what the lower adds)."""
    total = 0.0
    for name in names:
        c = _WEIGHT[name]
        if name[0] == "p" and name[1].isdigit():  # p2_min, p2_max: one pair
            if name.endswith("_min"):
                c_max = _WEIGHT[name.replace("_min", "_max")]
                total += max(0.0, c_max, c + c_max)
            continue
        if c:
            lo, hi = _RANGES[name]
            total += c * (hi if c > 0 else lo)
    return total


#: The features :func:`_features` computes after its first check, and after its second:
#: the most they can add (a positive weight on an unbounded one would make it infinite,
#: and the check would never cut short; none has one).
_LATER = _most([n for n in FEATURE_NAMES if n[:2] in ("p2", "p3", "p4")]
               + ["rest_meaning", "longest_gap", "partial"])
_LAST = _most(["partial"])
#: Slack for sums taken in another order than :func:`combine` takes them.
_SLACK = 1e-9


def _may_exceed(known: Sequence[float], most: float, floor: float) -> bool:
    """Whether :func:`combine` can exceed ``floor`` for features of which ``known`` holds
    those computed (0.0 for the others, which add at most ``most``)."""
    if floor >= 1.0:
        return False
    if floor <= 0.0:
        return True
    z = INTERCEPT + sum(map(operator.mul, COEFFICIENTS, known)) + most
    return z > math.log(floor / (1.0 - floor)) - _SLACK


def score_over(a: Bag, b: Bag, floor: float) -> float:
    """:func:`combine` of :func:`features` when it exceeds ``floor``, else 0.0.

    For the aligner's joins (a sentence beside its neighbour, tried against a sentence of
    the other article), which count only when they beat their parts by a margin: on 200
    PolNeAR articles 12 of 1,840 did. The features are cut short once the ones computed
    show the score cannot get there, bounding each other one by its range, so most
    joins never reach the costliest features (the partial ratio, the n-grams, the
    meaning of the unshared words)."""
    f = _features(a, b, floor)
    if f is None:
        return 0.0
    s = combine(f)
    return s if s > floor else 0.0


def score(a: Bag, b: Bag) -> float:
    """Similarity of two prepared sentences in [0, 1]; symmetric in ``a`` and ``b``."""
    if a.total <= 0 or b.total <= 0:
        return 0.0
    if a.joined == b.joined:
        return 1.0
    return combine(features(a, b))


def similarity(a: str, b: str) -> float:
    """Similarity of two sentences in [0, 1] with the built-in function-word weights."""
    return score(make_bag(tokenize(a)), make_bag(tokenize(b)))
