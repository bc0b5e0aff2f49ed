"""What a word is, for the whole engine: one pattern, and the views the stages take of it.

Every stage that splits text into words reads :data:`TOKEN` and nothing else, so "is
'U.S.' one word?" and "does 'Zelensky’s' keep its apostrophe?" have one answer:

- :mod:`app.text.fold` folds each token into the keys alignment compares (hyphenated
  words stay apart there, so "well-known" and "well known" meet);
- :func:`words` joins the tokens a writer runs together without a space ("Jean-Pierre",
  "COVID-19", "Joneses’") into the words the name finder and the attribution rules read,
  each with its final period when an abbreviation or an initial owns it ("Sen.", "J."),
  and the few punctuation marks those rules look at when asked;
- :func:`word_texts` counts words as the quote stage does (how long a quote is, its
  first word).
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Callable
from itertools import accumulate, repeat
from operator import itemgetter
from typing import NamedTuple

# A word: letters/digits (plus combining marks, which ``\w`` does not cover) joined by
# inner apostrophes; numbers keep inner separators ("1,500", "3.5"); dotted
# abbreviations ("U.S.") stay one word so they do not become the pronoun "us". Letters
# and marks are matched in runs, not one character at a time: the same words, faster.
MARK = "\u0300-\u036f\u1ab0-\u1aff\u1dc0-\u1dff\u20d0-\u20ff\ufe20-\ufe2f"


def _word(mark: str) -> str:
    """:data:`WORD` with the combining marks ``mark`` (a character class body), or for a
    text that holds none (``""``): then the pattern has no mark to try after each letter
    run, and matches exactly the same words there."""
    letters = rf"(?:[^\W_]+|[{mark}]+)+" if mark else r"[^\W_]+"
    marks = f"[{mark}]*" if mark else ""
    return (
        rf"(?:[^\W_]{marks}\.){{2,}}"  # U.S.  D.C.
        r"|\d+(?:[.,:]\d+)+"  # 1,500  3.5  10:30
        rf"|{letters}(?:['’]{letters})*"  # words, don't, Zelensky’s
    )


WORD = _word(MARK)
#: A token: a :data:`WORD`, or any other single visible character (punctuation, emoji).
TOKEN = re.compile(rf"{WORD}|[^\s\w]|_")

#: Characters that join two words written without a space into one ("well-known",
#: "snake_case"), and that a word keeps at its end ("Joneses’", "pre-").
JOINERS = "’'-_"
#: The punctuation marks :func:`words` gives the name and attribution rules when asked:
#: the ones that end a name or an appositive.
CLAUSE_MARKS = ",;:—–()"
_TRIM = JOINERS + "."
_INNER_DOT = re.compile(r"\S\.[^\W_]")  # "www.gov": words a dot may join
# Words run together (tokens of :data:`TOKEN` with no space between), starting with a
# letter or digit; or a clause mark. The lookahead before each further piece only lets
# the pattern give up at a run's end after one test instead of four.
_J = re.escape(JOINERS)


def _run(mark: str) -> re.Pattern[str]:
    word = _word(mark)
    return re.compile(
        rf"(?=[^\W_])(?:{word})(?:(?=[\w{mark}{_J}])(?:{word}|[{_J}]))*"
        rf"|[{re.escape(CLAUSE_MARKS)}]"
    )


_RUN = _run(MARK)


# TOKEN and _RUN as the regex engine finds them faster: a pattern that starts with a
# character class lets it skip the characters no match starts at (the spaces between
# words) in one tight loop, where an alternation makes it try every alternative at each
# of them. So the twins match one character of that class first, and each alternative
# then asks what it was (a lookbehind of one character) and matches the rest: the same
# alternatives in the same order, so the same matches, a quarter fewer instructions.
def _word_after_first(mark: str) -> str:
    """:func:`_word` once its first character has been matched."""
    if mark:
        letter = rf"(?:(?<=[^\W_])|(?<=[{mark}]))"
        more = rf"(?:[^\W_]+|[{mark}]+)"
        rest, marks = f"{more}*", f"[{mark}]*"
    else:
        letter, more, rest, marks = r"(?<=[^\W_])", r"[^\W_]+", r"[^\W_]*", ""
    return (
        rf"(?<=[^\W_]){marks}\.(?:[^\W_]{marks}\.)+"
        r"|(?<=\d)\d*(?:[.,:]\d+)+"
        rf"|{letter}{rest}(?:['’]{more}+)*"
    )


def _token_first(mark: str) -> str:
    """The source of :data:`TOKEN` (or its twin without marks), first character first."""
    return rf"\S(?:{_word_after_first(mark)}|(?<=[^\s\w])|(?<=_))"


def _run_first(mark: str, clause: str = CLAUSE_MARKS) -> str:
    """The source of ``_RUN`` (or its twin without marks), first character first;
    ``clause``: the clause marks it matches alone (none: only the words)."""
    marks = re.escape(clause)
    alone = rf"|(?<=[{marks}])" if clause else ""
    return (
        rf"[\w{marks}](?:(?<=[^\W_])(?:{_word_after_first(mark)})"
        rf"(?:(?=[\w{mark}{_J}])(?:{_word(mark)}|[{_J}]))*{alone})"
    )


_HAS_MARK = re.compile(f"[{MARK}]")
# Used in their place: the twins above, and for text without combining marks (nearly
# all news copy) twins that try no mark after every letter run (the same matches there,
# a quarter faster): the patterns are most of what splitting text into words costs.
_TOKEN_MARKED = re.compile(_token_first(MARK))
_TOKEN_PLAIN = re.compile(_token_first(""))
_RUN_MARKED = re.compile(_run_first(MARK))
_RUN_PLAIN = re.compile(_run_first(""))


def token_pattern(text: str, start: int = 0, end: int | None = None) -> re.Pattern[str]:
    """:data:`TOKEN`, or its twin without combining marks when ``text[start:end]`` holds
    none: the same tokens there, found faster."""
    stop = len(text) if end is None else end
    return _TOKEN_MARKED if _HAS_MARK.search(text, start, stop) else _TOKEN_PLAIN


# TOKEN and its twin as one group each, for ``split``: the pieces between the tokens
# (white space only: TOKEN matches every other character) come back too, and their
# lengths give every token's offsets in one pass in C (see :func:`token_split_pattern`).
_TOKEN_SPLIT = re.compile(f"({_TOKEN_MARKED.pattern})")
_TOKEN_PLAIN_SPLIT = re.compile(f"({_TOKEN_PLAIN.pattern})")


def token_split_pattern(text: str, start: int = 0, end: int | None = None) -> re.Pattern[str]:
    """:func:`token_pattern` as a single group: ``split`` of ``text[start:end]`` gives
    white space and tokens in turn, starting and ending with white space (maybe none)."""
    stop = len(text) if end is None else end
    return _TOKEN_SPLIT if _HAS_MARK.search(text, start, stop) else _TOKEN_PLAIN_SPLIT


def _run_pattern(text: str, start: int, end: int) -> re.Pattern[str]:
    """``_RUN``, or its twin when ``text[start:end]`` holds no combining mark."""
    return _RUN_MARKED if _HAS_MARK.search(text, start, end) else _RUN_PLAIN


# The twins of ``_RUN`` as one group, for ``split`` (as :data:`_TOKEN_SPLIT` is), with
# the clause marks (True) or without them: (marked, with clause marks) -> pattern.
_RUN_SPLIT = {
    (marked, clause): re.compile(
        f"({_run_first(MARK if marked else '', CLAUSE_MARKS if clause else '')})"
    )
    for marked in (True, False)
    for clause in (True, False)
}
_DOT = re.compile(r"\.")


class Word(NamedTuple):
    """A word (or a clause mark) with its original ``[start, end)`` offsets.

    ``low`` (lower case, curly apostrophe straightened, final period dropped) and
    ``cap`` are computed once, at creation, because the attribution rules look at them
    for every word many times over.
    """

    text: str
    start: int
    end: int
    low: str
    cap: bool


#: A :class:`Word`'s fields by position, for the stages that map over a whole article's
#: words (``map`` runs in C: no Python call per word).
WORD_TEXT, WORD_START, WORD_END, WORD_LOW, WORD_CAP = map(itemgetter, range(5))


#: Particles an Arabic name joins to its surname with a hyphen ("al-Burhan", "el-Sisi"):
#: the name is capitalised after it.
_ARABIC_PARTICLES = ("al", "el", "ad", "as", "ash", "at", "az", "ar", "an")
_NAME_PARTICLE = re.compile(f"(?:{'|'.join(_ARABIC_PARTICLES)})-[A-Z]")
#: Where :data:`_NAME_PARTICLE` matches in a text, found from its hyphen (a pattern that
#: starts with one character is searched for in one tight loop: a fortieth of the time);
#: a lookbehind is of one width, so one for each length of particle.
_PARTICLE_HYPHEN = re.compile(
    "-(?:{})[A-Z]".format("|".join(
        f"(?<=(?:{'|'.join(p for p in _ARABIC_PARTICLES if len(p) == n)})-)"
        for n in sorted({len(p) for p in _ARABIC_PARTICLES})
    ))
)


def is_capitalised(w: str) -> bool:
    """The word is written as a name is: a capital, or one after an Arabic particle
    (the particle's first letter tested first: the pattern is for the few words it fits)."""
    return w[:1].isupper() or (w[:1] in "ae" and _NAME_PARTICLE.match(w) is not None)


_new_word = tuple.__new__  # NamedTuple's own __new__ is a Python call per word


def words(
    text: str,
    start: int = 0,
    end: int | None = None,
    *,
    marks: bool = False,
    keeps_period: Callable[[str], bool] = lambda _w: False,
) -> list[Word]:
    """The words of ``text[start:end]``: tokens run together without a space joined.

    A word starts with a letter or digit and runs on over adjacent tokens while they are
    letters, digits or :data:`JOINERS`. A period right after it belongs to it when the
    word is dotted ("U.S."), an initial (one capital) or ``keeps_period(word)`` says it
    is an abbreviation ("Sen."); otherwise the period is dropped, as is every other mark
    except :data:`CLAUSE_MARKS` when ``marks`` is set.
    """
    # The name index splits every article into words, so no Python loop per word: as in
    # :func:`app.text.fold.tokenize`, ``split`` gives the words and the white space and
    # punctuation between them, the running sum of their lengths every offset, and the
    # records are mapped in C. Only the words a period touches (found from the periods,
    # a few per sentence) and the rare capitalised Arabic particle are visited one by one.
    stop = len(text) if end is None else end
    if stop <= start:
        return []  # (the attribution rules ask for many empty stretches between words)
    piece = text[start:stop]
    pattern = _RUN_SPLIT[_HAS_MARK.search(piece) is not None, marks]
    parts = pattern.split(piece)
    if len(parts) < 2:
        return []
    found = parts[1::2]
    bounds = list(accumulate(map(len, parts), initial=start))
    starts, ends = bounds[1:-1:2], bounds[2::2]
    lows = list(map(str.lower, found))
    if "’" in piece:
        lows = [w.replace("’", "'") for w in lows]
    caps = list(map(str.isupper, map(itemgetter(0), found)))
    for m in _PARTICLE_HYPHEN.finditer(piece):  # "al-Burhan" too: the words it is in
        k = bisect_right(starts, m.start() + start) - 1
        if k >= 0 and m.start() + start < ends[k]:
            caps[k] = is_capitalised(found[k])
    texts = found
    dots = [m.start() + start for m in _DOT.finditer(piece)]
    if dots:
        at_end = dict(zip(ends, range(len(ends)), strict=True))
        texts = list(found)  # (``found`` is read as it was: ``ends`` is a list of its own)
        for p in dots:
            k = at_end.get(p + 1)
            if k is not None and found[k][-1] == ".":  # dotted: U.S., D-N.Y.
                lows[k] = lows[k].rstrip(".")
                continue
            k = at_end.get(p)
            if k is None:
                continue
            w = found[k]
            if w[-1] == "." or (len(w) == 1 and w in CLAUSE_MARKS):
                continue
            if (len(w) == 1 and w.isupper()) or keeps_period(w):
                texts[k] = w + "."
                ends[k] = p + 1
    return list(map(_new_word, repeat(Word), zip(texts, starts, ends, lows, caps, strict=True)))


def word_texts(text: str, limit: int | None = None) -> list[str]:
    """The words of ``text`` as the quote stage counts them (a quote's length, its first
    word): joined as :func:`words` joins them and across a dot inside ("www.gov.uk"),
    without a joiner or dot at either end ("we’" closing a nested quote is "we").
    ``limit``: only the first so many, the text read no further than they go (the
    direct-quote model reads four words after each quote, from a window of hundreds).

    Read straight from the pattern, without :class:`Word` records: the direct-quote model
    counts the words of every quote and of the text after it.
    """
    run = _run_pattern(text, 0, len(text))
    if limit is None and _INNER_DOT.search(text) is None:  # no "www.gov": the pattern alone
        return [w.strip(_TRIM) for w in run.findall(text) if w not in CLAUSE_MARKS]
    out: list[str] = []
    last = -2  # end of the last word
    for m in run.finditer(text):
        s, e = m.span()
        if e - s == 1 and text[s] in CLAUSE_MARKS:
            continue
        if s == last + 1 and text[last] == "." and out:
            out[-1] += text[last:e]  # "www" "." "gov": one word
        elif len(out) == limit:
            break  # a word after the last one asked for: nothing joins the last now
        else:
            out.append(m.group())
        last = e
    return [w.strip(_TRIM) for w in out]
