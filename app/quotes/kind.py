"""Is a quoted span someone's words (a direct quote) or the reporter's own (a fragment)?

Quotation marks in news copy enclose more than speech: scare quotes (“safe”), titles of
books and shows, borrowed labels (the “Mission Accomplished” speech), and partial quotes
woven so deep into the reporter's clause that the clause, not the quote, carries the
claim. Telling these apart takes several weak signals at once — length, whether the
words make a sentence of their own, what stands right before the opening mark (a cue
verb, “that”, a naming verb like “called”, an article), whether an attribution follows,
and whether a speaker was found — so they are weighed by a logistic model instead of a
cascade of rules. The weights live in :mod:`app.quotes.kind_weights`, fitted on PolNeAR's
training split by ``benchmarks/quality/train_quote_model.py``; the features are plain
text properties that hold for any English news copy.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from functools import lru_cache

from app.model import Span
from app.quotes.logistic import probability
from app.quotes.spans import MARKS
from app.quotes.vocabulary import (
    FIRST_SECOND_PERSON,
    NAMING_WORDS,
    QUOTE_LEAD_FUNCTION_WORDS,
)
from app.text.abbreviations import is_abbreviation
from app.text.tokens import Word, word_texts
from app.text.tokens import words as split_words

_SENTENCE_END = ".!?…"
#: How far before the opening mark and after the closing one the features look (within
#: the paragraph): a lead-in, the word before the quote, the attribution after it. A
#: sentence of news copy is far shorter; the bound keeps a paragraph of thousands of
#: quotes linear.
CONTEXT = 1_000
_NEAR = 200  # the first window, which holds the answer for nearly every quote


def _bucket(n: int, edges: tuple[int, ...]) -> str:
    for e in edges:
        if n <= e:
            return str(e)
    return f"{edges[-1]}+"


def _outer(text: str, span: Span) -> tuple[int, int]:
    """Positions just outside the quotation marks around ``span``."""
    o = span.start
    while o > 0 and text[o - 1] in MARKS:
        o -= 1
    c = span.end
    while c < len(text) and text[c] in MARKS:
        c += 1
    return o, c


#: Characters at the end of the text before a quote in which its lead-in is looked for
#: first: the whole window is split into words only when no stop lies in them.
_LEAD_TAIL = 30


def _lead_in(before: str, cues: frozenset[str], whole: bool = True) -> tuple[int, str] | None:
    """Words between the opening mark and the nearest cue verb, “that” or clause start.

    PolNeAR-style annotation (and a reader) treats ``Trump says voter fraud “would…”`` as
    a quote with a two-word lead-in, but ``said the campaign would soon “do daily…”`` as
    the reporter's paraphrase with a quoted tail. Returns the count and what stopped it;
    None when ``before`` is not the ``whole`` text before the mark and the answer may lie
    further back (only its first token may be cut, so a stop after it is final).
    """
    # The stop is nearly always a few words back: the words after a space near the end
    # are the last words of the whole (no word runs over a space), so a stop among them,
    # their first aside, is the one the whole would give.
    cut = before.rfind(" ", 0, max(0, len(before) - _LEAD_TAIL))
    if cut > 0:
        found = _lead_stop(before, _lead_words(before, cut + 1), cues, 1)
        if found is not None:
            return found
    toks = _lead_words(before, 0)
    found = _lead_stop(before, toks, cues, 0 if whole else 1)
    if found is None and whole:
        return len(toks), "start"
    return found


def _lead_words(before: str, start: int) -> list[Word]:
    """The engine's words of ``before[start:]``, an abbreviation with its period; ")"
    closes an aside the lead-in reads through."""
    return [
        w
        for w in split_words(before, start, marks=True, keeps_period=is_abbreviation)
        if w.text != ")"
    ]


def _lead_stop(
    before: str, toks: list[Word], cues: frozenset[str], first: int
) -> tuple[int, str] | None:
    """The lead-in's length and what stopped it, reading ``toks`` back to ``toks[first]``
    (``toks[0]`` too when ``first`` is 0); None when nothing there stops it."""
    for n, k in enumerate(range(len(toks) - 1, first - 1, -1)):
        tok = toks[k]
        if tok.text in ",;—–(":
            return n, "punct"
        if tok.text == ":":
            return n, "colon"
        if tok.low in cues:
            return n, "cue"
        if tok.low == "that":
            return n, "that"
        ends = tok.text.endswith(".") or before[tok.end : tok.end + 1] == "."
        if ends and not is_abbreviation(tok.text.rstrip(".")):
            return n, "start"
    return None


def features(
    text: str, span: Span, speaker_span: tuple[int, int] | None, woven: bool, frag: bool
) -> list[str]:
    """The active binary features of one quote; names are stable keys for the weights.

    ``speaker_span`` is where the attribution's words are (None when no speaker was
    found); ``woven`` and ``frag`` are the rule-based judgements of :mod:`app.quotes`,
    which the model weighs like any other signal.
    """
    from app.quotes.vocabulary import CUES

    spk = "spk" if speaker_span is not None else "nospk"
    inner = span.slice(text)
    o, c = _outer(text, span)
    breaks = _line_breaks(text)
    k = bisect_left(breaks, o)
    para_start = breaks[k - 1] + 1 if k else 0
    k = bisect_left(breaks, c)
    para_end = breaks[k] if k < len(breaks) else len(text)
    f = ["bias", spk, *_shape(inner, spk)]
    if speaker_span is not None:
        f.append(_speaker_position(span, speaker_span))
    mark = text[o] if o < span.start else ""
    f.append("mark:" + ("single" if mark in "‘'" and text[o : o + 2] != "''" else "double"))
    # What stands before and after the quote, read within a short window of it, widened
    # to CONTEXT characters only when the answer may lie further: a paragraph of
    # thousands of quotes is not re-read whole for each one.
    before: list[str] | None = None
    after: str | None = None
    for width in (_NEAR, CONTEXT):
        lo = max(para_start, o - width)
        before = _before(text[lo:o].rstrip(), spk, CUES, lo == para_start or width == CONTEXT)
        if before is not None:
            break
    for width in (_NEAR, CONTEXT):
        hi = min(para_end, c + width)
        after = _after(text[c:hi].lstrip(), CUES, hi == para_end or width == CONTEXT)
        if after is not None:
            break
    assert before is not None and after is not None  # the widest window is taken whole
    f += before
    f.append(after)
    if _headline(text, para_start, para_end):
        f.append("headline")
    if woven:
        f.append(f"woven&{spk}")
    if frag:
        f.append("shortphrase")
    return f


@lru_cache(maxsize=8)
def _line_breaks(text: str) -> list[int]:
    """Offsets of every line break, once per text (its paragraphs, found by bisection)."""
    return [m.start() for m in re.finditer("\n", text)]


@lru_cache(maxsize=1024)
def _headline(text: str, start: int, end: int) -> bool:
    """A short paragraph without a sentence end: a headline or a caption.

    Once per paragraph, not once per quote in it.
    """
    para = text[start:end]
    return len(para.split()) <= 20 and para.rstrip(" ”’\"'")[-1:] not in _SENTENCE_END


def _shape(inner: str, spk: str) -> list[str]:
    """What the quoted words look like: length, ends, person, title case, line breaks."""
    words = word_texts(inner)
    n = len(words)
    f = [f"len:{_bucket(n, (1, 2, 3, 6, 12, 25))}", f"len:{_bucket(n, (2, 4, 8))}&{spk}"]
    tail = inner.rstrip(" ”’\"')")
    last = tail[-1:] if tail else ""
    f.append("end:" + (last if last in ".,?!" else ("none" if last.isalnum() else "other")))
    first = inner.lstrip(" ‘“\"'(")[:1]
    f.append("first:" + ("upper" if first.isupper() else "lower" if first.islower() else "x"))
    if any(w.lower() in FIRST_SECOND_PERSON for w in words) or "I" in words:
        f.append("pron12")
    long_words = [w for w in words if len(w) > 3]
    if n >= 2 and long_words and sum(w[0].isupper() for w in long_words) >= 0.8 * len(long_words):
        f.append("titlecase")
    if "\n" in inner:
        # A paragraph re-opened with a fresh mark is the news convention for a long quote
        # and says nothing either way (PolNeAR splits such quotes by paragraph, which
        # would teach the model to distrust them); a bare line break inside is a
        # hard-wrapped line or a quote that never closed. Marks anywhere else inside
        # mean the marks were mis-paired (“…?“ he asked.”).
        reopened = re.search(r"\n\s*[“\"‘'«]", inner) is not None
        stray = any(not _opens_line(inner, m.start()) for m in re.finditer(r"''|[“”\"«»]", inner))
        if stray or not reopened:
            f.append(("multipara" if reopened else "linebreak") + (":mixed" if stray else ""))
    return f


def _opens_line(inner: str, k: int) -> bool:
    """Only blanks between the line break before ``k`` and ``k``.

    ``inner[:k].rstrip(" \\t").endswith("\\n")`` without copying the text before every
    mark: a quote holding thousands of marks made that quadratic.
    """
    while k > 0 and inner[k - 1] in " \t":
        k -= 1
    return k > 0 and inner[k - 1] == "\n"


def _speaker_position(span: Span, speaker_span: tuple[int, int]) -> str:
    s0, s1 = speaker_span
    if s0 >= span.end:
        return "spkpos:after" if s0 - span.end <= 60 else "spkpos:after_far"
    if s1 <= span.start:
        return "spkpos:before" if span.start - s1 <= 100 else "spkpos:before_far"
    return "spkpos:inside"


def _before(b: str, spk: str, cues: frozenset[str], whole: bool = True) -> list[str] | None:
    """What stands before the opening mark in its paragraph, and the lead-in length.

    ``b`` is the paragraph up to the mark, or only its end when not ``whole``: then None
    says the answer may lie further back.
    """
    if not b:
        return ["before:parastart"] if whole else None
    if b[-1] in _SENTENCE_END:
        return ["before:sentence"]
    if b[-1] in MARKS:
        f = ["before:sentence"]  # right after another quote
    elif b[-1] == ":":
        f = ["before:colon"]
    elif b[-1] in ",;":
        f = ["before:comma"]
    elif b[-1] in "—–-(":
        f = ["before:dash"]
    else:
        parts = b.rsplit(None, 1)
        if len(parts) < 2 and not whole:
            return None  # the word before the mark may start further back
        last = parts[-1]
        prev = last.lower().strip(".")
        if prev in cues:
            kind = "cue"
        elif prev == "that":
            kind = "that"
        elif prev in NAMING_WORDS:
            kind = "naming"
        elif prev in QUOTE_LEAD_FUNCTION_WORDS:
            kind = "function"
        elif prev[:1].isupper() or last[:1].isupper():
            kind = "cap"
        else:
            kind = "other"
        f = [f"before:{kind}", f"before:{kind}&{spk}"]
    lead = _lead_in(b, cues, whole)
    if lead is None:
        return None
    k, stop = lead
    return [*f, f"lead:{_bucket(k, (0, 1, 2, 4))}&{stop}"]


def _after(a: str, cues: frozenset[str], whole: bool = True) -> str | None:
    """What follows the closing mark in its paragraph: an attribution, more prose, nothing.

    ``a`` is the rest of the paragraph, or only its start when not ``whole``: then None
    says the answer may lie further on (its four first words must be whole).
    """
    if not a.strip(" .,;"):
        return "after:paraend" if whole else None
    words = word_texts(a, 5)  # four to read, and a fifth to know the window held them
    if not whole and len(words) < 5:
        return None
    head = [w.lower() for w in words[:4]]
    if any(w in cues or w == "according" for w in head):
        return "after:cue"
    if head[:1] == ["by"] or a.startswith(", by "):
        return "after:by"
    if a[:1] in _SENTENCE_END or a[:1] in MARKS:
        return "after:sentence"
    if a[:1] in ",;":
        return "after:comma"
    if a[:1].islower():
        return "after:lower"
    return "after:other"


def direct_score(feats: list[str], weights: dict[str, float]) -> float:
    """Probability that the quote is someone's words, under the fitted weights."""
    return probability(feats, weights)
