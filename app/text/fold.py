"""Folding that keeps offsets: each token remembers where it came from in the original.

Outlets differ in things a journalist does not care about (curly vs straight quotes,
"rumours" vs "rumors", "Zelenskyy" vs "Zelensky", case, dashes) and the aligner must
see through them. We never build a folded *string*: we tokenise the original text (what a
token is, :mod:`app.text.tokens` says for the whole engine) and give each token folded
keys, so every highlight maps back to exact original characters.

Two keys per word: ``spell`` (same word, same spelling after folding typography,
British/American spelling and name variants: used for "identical" and for diffs) and
``key`` (``spell`` lightly stemmed: used for similarity and candidate search).
"""

from __future__ import annotations

import re
import unicodedata
from bisect import bisect_left
from collections import Counter
from collections.abc import Iterable, Mapping, Sequence
from functools import lru_cache
from itertools import accumulate, repeat
from operator import itemgetter
from typing import TYPE_CHECKING, NamedTuple

from rapidfuzz.distance import OSA

from app.text.tokens import token_pattern, token_split_pattern
from app.text.vocabulary import COMMON as COMMON  # re-exported, as are STOPWORDS and words
from app.text.vocabulary import NEGATIONS, NUMBER_WORDS, words
from app.text.vocabulary import STOPWORDS as STOPWORDS

if TYPE_CHECKING:
    from app.model import Span

_TYPO = str.maketrans(
    {
        "“": '"', "”": '"', "„": '"', "‟": '"', "«": '"', "»": '"', "″": '"',
        "‘": "'", "’": "'", "‚": "'", "‛": "'", "‹": "'", "›": "'", "′": "'", "`": "'",
        "–": "-", "—": "-", "‒": "-", "―": "-", "−": "-", "‐": "-", "‑": "-",
        "…": "...",
    }
)

# British -> American spellings that no simple rule covers. Kept small on purpose: the
# rules below do most of the work, and a folding that over-applies is harmless as long
# as both sides fold the same way and no two different words collide.
_SPELLING = {
    "defence": "defense", "offence": "offense", "licence": "license",
    "pretence": "pretense", "grey": "gray", "programme": "program",
    "cheque": "check", "tyre": "tire", "aluminium": "aluminum", "kerb": "curb",
    "jewellery": "jewelry", "manoeuvre": "maneuver", "ageing": "aging",
    "judgement": "judgment", "acknowledgement": "acknowledgment", "enrol": "enroll",
    "fulfil": "fulfill", "skilful": "skillful", "wilful": "willful", "plough": "plow",
    "sceptical": "skeptical", "sceptic": "skeptic", "storey": "story", "mould": "mold",
    "whilst": "while", "amongst": "among", "towards": "toward", "learnt": "learned",
    "spelt": "spelled", "dreamt": "dreamed", "burnt": "burned", "leapt": "leaped",
    "paediatric": "pediatric", "anaesthetic": "anesthetic", "oestrogen": "estrogen",
    "foetus": "fetus", "haemorrhage": "hemorrhage", "draught": "draft",
    "pyjamas": "pajamas", "moustache": "mustache", "gaol": "jail", "arse": "ass",
    "kilometre": "kilometer", "kilometres": "kilometers",
}
_OUR_EXCEPT = words("four hour your tour pour flour sour dour devour contour detour amour velour "
    "troubadour paramour ours yours hours tours fours")
_DOUBLE_L = re.compile(
    r"^(travel|cancel|label|model|fuel|signal|level|total|counsel|channel|dial|jewel"
    r"|marvel|quarrel|rival|tunnel|equal|funnel|shovel|snorkel|tunnel|duel|libel)l"
    r"(ed|ing|er|ers)$"
)
_RULES = (
    (re.compile(r"^(.{2,}[^aeiou])our(s|ed|ing|ite|ites|able|less|ful)?$"), r"\1or\2"),
    (re.compile(r"^(.{2,})is(e|es|ed|ing|er|ers|ation|ations)$"), r"\1iz\2"),
    (re.compile(r"^(.{2,})ys(e|es|ed|ing)$"), r"\1yz\2"),
    (re.compile(r"^(.{2,})(t|b)re(s|d)?$"), r"\1\2er\3"),
    (re.compile(r"^(.{2,})ogue(s)?$"), r"\1og\2"),
)
#: What every rule above needs somewhere in the word: without it, no rule applies.
_RULE_HINT = re.compile(r"our|is|ys|tre|bre|ogue")
# "-ise" words that are not British "-ize": folding them would be harmless but we keep
# the rule honest for the few common ones.
_ISE_KEEP = words(
    "rise arise wise otherwise likewise advise advised advising advises devise devised "
    "revise revised surprise surprised surprising enterprise exercise franchise premise "
    "promise promised compromise expertise merchandise precise concise disguise "
    "disguised disguising supervise supervised televise televised demise noise poise "
    "cruise praise praised raise raised raising raises comprise comprised paradise "
    "despise despised improvise chastise treatise"
)

#: Names shorter than this are never taken for another name's variant spelling: one
#: letter apart, short names are different people ("Rice", "Rick").
_VARIANT_LENGTH = 7
#: Names this long may be two edits from their variant spelling; shorter ones one.
_TWO_EDIT_LENGTH = 12


_new_tuple = tuple.__new__


class Token(NamedTuple):
    """One word or punctuation mark, with its original ``[start, end)`` offsets.

    A NamedTuple rather than a frozen dataclass: just as immutable, and a comparison
    creates tens of thousands of them (frozen dataclass construction is ~3x slower).
    """

    start: int
    end: int
    spell: str  # folded spelling: typography, case, British/American, name variants
    key: str  # ``spell`` lightly stemmed; what similarity compares
    word: bool  # False for punctuation and symbols
    cap: bool = False  # starts with an upper-case letter in the original


def typography(s: str) -> str:
    """Fold what only typesetting changes: compatibility forms, accents, quotes, dashes."""
    s = s.translate(_TYPO)
    if s.isascii():  # nothing to decompose or strip (most words): skip the walk
        return s.casefold()
    s = unicodedata.normalize("NFKD", s)
    s = "".join(c for c in s if not unicodedata.combining(c))
    return s.casefold()


@lru_cache(maxsize=65536)
def spelling(word: str) -> str:
    """British -> American spelling of an already lower-cased word."""
    if word in _SPELLING:
        return _SPELLING[word]
    m = _DOUBLE_L.match(word)
    if m:
        return m.group(1) + m.group(2)
    if word in _OUR_EXCEPT or word in _ISE_KEEP or _RULE_HINT.search(word) is None:
        return word
    for rx, repl in _RULES:
        new, n = rx.subn(repl, word)
        if n:
            return new
    return word


@lru_cache(maxsize=65536)
def stem(word: str) -> str:
    """A deliberately light stemmer: plural, possessive, -ed, -ing, final -e.

    Heavy stemmers (Porter) conflate words journalists keep apart ("general"/"generate");
    we only want "enter/entered/entering" and "group/groups" to meet.
    """
    if not word.isalpha() or len(word) <= 3:
        return word
    w = word
    if w.endswith("ies") and len(w) > 4:
        w = w[:-3] + "y"
    elif w.endswith(("sses", "shes", "ches", "xes", "zes")):
        w = w[:-2]
    elif w.endswith("s") and not w.endswith(("ss", "us", "is")):
        w = w[:-1]
    if w.endswith("ied") and len(w) > 4:
        w = w[:-3] + "y"
    elif w.endswith("ed") and len(w) > 4:
        w = w[:-2]
        w = _undouble(w)
    elif w.endswith("ing") and len(w) > 5:
        w = w[:-3]
        w = _undouble(w)
    if w.endswith("e") and len(w) > 4:
        w = w[:-1]
    return w


def _undouble(w: str) -> str:
    if len(w) > 2 and w[-1] == w[-2] and w[-1] not in "lsz":
        return w[:-1]
    return w


@lru_cache(maxsize=65536)
def _base_spell(surface: str) -> str:
    s = typography(surface)
    if s.endswith("'s") and len(s) > 2:
        s = s[:-2]
    elif s.endswith("s'") and len(s) > 2:
        s = s[:-1]
    elif s.endswith("n't"):
        return "n't" if s in {"can't", "won't"} else s
    if s.endswith(".") and "." in s[:-1]:
        s = s[:-1]  # "u.s." -> "u.s"
    s = spelling(s)
    if "," in s and s.replace(",", "").isdigit():
        s = s.replace(",", "")
    return NUMBER_WORDS.get(s, s)


@lru_cache(maxsize=131072)
def _fold_surface(surface: str) -> tuple[str, str, bool, bool]:
    """(spell, key, is_word, capitalised) of one token's surface; cached per surface."""
    first = surface[0]
    if first.isalnum() or unicodedata.category(first)[0] in "LNM":
        spell = _base_spell(surface)
        key = spell if spell.endswith("n't") else stem(spell)
        return spell, key, True, first.isupper()
    p = surface.translate(_TYPO)
    return p, p, False, False


def tokenize(
    text: str, start: int = 0, end: int | None = None, names: Mapping[str, str] | None = None
) -> list[Token]:
    """Tokens of ``text[start:end]`` with offsets into ``text``.

    ``names`` maps a folded spelling to its canonical variant (see :func:`name_variants`).
    """
    tokens = _split(text, start, end, names)
    return _numbered(tokens, text) if "no" in map(_spell_of, tokens) else tokens


def _split(
    text: str, start: int = 0, end: int | None = None, names: Mapping[str, str] | None = None
) -> list[Token]:
    """:func:`tokenize` but for the one rule that reads the next token (:func:`_numbered`)."""
    # The hot loop of analysis, so no Python loop per token: ``split`` gives the tokens
    # and the white space between them, the running sum of their lengths every offset,
    # and the folding of each surface (cached) and the tokens themselves are mapped in
    # C. Only the rare tokens a rule changes are visited one by one.
    stop = len(text) if end is None else end
    parts = token_split_pattern(text, start, stop).split(text[start:stop])
    if len(parts) < 2:
        return []
    bounds = list(accumulate(map(len, parts), initial=start))
    spells, keys, words_, caps = zip(*map(_fold_surface, parts[1::2]), strict=True)
    if names and not names.keys().isdisjoint(spells):
        spells, keys = list(spells), list(keys)
        for i, spell in enumerate(spells):
            canon = names.get(spell)
            if canon is not None and words_[i]:
                spells[i] = canon
                keys[i] = stem(canon)
    return list(
        map(
            _new_tuple,
            repeat(Token),
            zip(bounds[1:-1:2], bounds[2::2], spells, keys, words_, caps, strict=True),
        )
    )


def _numbered(tokens: list[Token], text: str) -> list[Token]:
    """"No. 1" and "No 10" (Downing Street) are a number, not a negation ("No one"
    denies): ``tokens`` with those "no" spelled "number"."""
    out = tokens
    last = len(tokens) - 1
    for i in range(last):
        t = tokens[i]
        if t.spell != "no" or not t.cap:
            continue
        nxt = tokens[i + 2 if tokens[i + 1].spell == "." and i + 2 <= last else i + 1]
        if nxt.word and text[nxt.start : nxt.start + 1].isdigit():
            if out is tokens:
                out = list(tokens)
            out[i] = t._replace(spell="number", key="number")
    return out


def tokenize_spans(text: str, spans: Sequence[Span]) -> list[list[Token]]:
    """``[tokenize(text, s.start, s.end) for s in spans]``, the text split once.

    A span with white space (or the text's edge) on both sides is tokenised as the whole
    text is there: no token pattern looks past a space, and the one rule that reads the
    next token ("No. 1") is kept within the span. So such a span's tokens are cut from
    one split of the stretch the spans cover, a fifth faster than split span by span
    (an article's fifty sentences); any other span is tokenised on its own.
    """
    if not spans:
        return []
    lo, hi = min(s.start for s in spans), max(s.end for s in spans)
    everything = _split(text, lo, hi)
    starts = list(map(_start_of, everything))
    size = len(text)
    out: list[list[Token]] = []
    for s in spans:
        a, b = s.start, s.end
        if not ((a == 0 or text[a - 1].isspace()) and (b == size or text[b].isspace())):
            out.append(tokenize(text, a, b))
            continue
        toks = everything[bisect_left(starts, a) : bisect_left(starts, b)]
        if "no" in map(_spell_of, toks):
            toks = _numbered(toks, text)
        out.append(toks)
    return out


_start_of = itemgetter(0)
_spell_of = itemgetter(2)


def rename(tokens: list[Token], names: Mapping[str, str]) -> list[Token]:
    """Tokens with variant name spellings replaced by their canonical spelling."""
    if not names or names.keys().isdisjoint(map(_spell_of, tokens)):
        return tokens  # most sentences name no one a variant renames: kept as they are
    out = []
    for t in tokens:
        canon = names.get(t.spell) if t.word else None
        out.append(t if canon is None else Token(t.start, t.end, canon, stem(canon), True, t.cap))
    return out


def is_negation(token: Token) -> bool:
    return token.spell in NEGATIONS or token.spell.endswith("n't")


def is_number(token: Token) -> bool:
    return token.word and token.spell[:1].isdigit()


def name_variants(surfaces: Iterable[str]) -> dict[str, str]:
    """Map variant spellings of the same name to the most frequent one.

    ``surfaces`` are capitalised words from the documents being compared. Each spelling
    joins the most frequent earlier spelling within an edit distance that grows with
    length (transpositions count one: "Zelenksy"), so the clusters come from the
    documents themselves rather than from a list of names we would never finish.
    """
    counts = Counter(_base_spell(s) for s in surfaces)
    forms = sorted(
        (f for f in counts if len(f) >= _VARIANT_LENGTH and f.isalpha()),
        key=lambda f: (-counts[f], f),
    )
    canon: list[str] = []
    out: dict[str, str] = {}
    by_initial: dict[str, list[str]] = {}
    for f in forms:
        limit = 1 if len(f) < _TWO_EDIT_LENGTH else 2
        target = None
        for c in by_initial.get(f[0], ()):
            if abs(len(c) - len(f)) <= limit and OSA.distance(c, f, score_cutoff=limit) <= limit:
                if stem(c) == stem(f):
                    break  # an inflection ("Russians"), not a variant spelling
                target = c
                break
        if target is None:
            canon.append(f)
            by_initial.setdefault(f[0], []).append(f)
        else:
            out[f] = target
    return out


def capitalised_words(text: str, spans: Iterable[tuple[int, int]]) -> list[str]:
    """Capitalised words inside ``spans`` (sentences), sentence-initial ones left out.

    A sentence's first word is capitalised by grammar, not because it is a name, and
    would let "Police"/"Policy" look like two spellings of one name.
    """
    out: list[str] = []
    for s, e in spans:
        found = token_pattern(text, s, e).findall(text, s, e)
        # past the first word (tokens before it are marks); a capital is a letter's
        first = next((k for k, w in enumerate(found) if w[0].isalnum()), len(found))
        out += [w for w in found[first + 1 :] if w[0].isupper() and len(w) >= _VARIANT_LENGTH]
    return out


def content_word(t: Token) -> bool:
    """A word that may tell stories apart: three letters or more (or a number), neither
    a stopword nor a common verb."""
    return (
        t.word
        and (len(t.spell) >= 3 or t.spell[:1].isdigit())
        and not (t.spell in STOPWORDS or t.spell in COMMON or t.key in STOPWORDS)
    )


def content_keys(text: str, start: int = 0, end: int | None = None) -> frozenset[str]:
    """The folded keys of the content words (:func:`content_word`) of ``text[start:end]``."""
    return frozenset(t.key for t in tokenize(text, start, end) if content_word(t))
