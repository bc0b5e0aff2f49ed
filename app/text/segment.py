"""Paragraphs and news-aware sentence segmentation with exact offsets.

General-purpose splitters break news copy at "Rep.", "D-Calif.", "No. 1" and "U.S.", and
miss boundaries that pasting creates ("the difference.Ukraine's president…"). The rules
here are the ones wire style needs; every span is a half-open range into the original
text, trimmed of white space, never empty and never crossing a paragraph.

The words that carry a period without ending a sentence are data, shared with the rest
of the engine, in :mod:`app.text.abbreviations`. The quote stage splits each quote into
its utterances with :func:`sentences` too, and groups quotes by them; an ellipsis is
read with that in mind (see :func:`_ellipsis_ends`). Every look at the words around a
candidate end is bounded, so the time stays linear in the text whatever runs of dots,
initials or quotes it holds.
"""

from __future__ import annotations

import re

from app.model import Span
from app.text.abbreviations import (
    BEFORE_NUMBER,
    LATIN,
    MONTHS_DAYS,
    STATES,
    SUFFIXES,
    TIMES,
    TITLES,
)

# A line is a paragraph: pasted articles put one paragraph per line, and headlines and
# subheads end without punctuation, so a line break is always a boundary.
_LINE = re.compile(r"[^\n]+")

# A candidate end: a run of terminal punctuation, AP's spaced ellipsis (". . .") being
# one run, then any closing quotes or brackets, and a curly closing mark set off by a
# space (“…a ‘bridge bank.’ ” The bank…: the outer quotation closes after the inner one;
# a curly closer cannot open the next sentence). Each character is read once.
_END = re.compile(r"[.!?…](?:[ \u00a0]?[.!?…])*[”’\"'»)\]]*(?:[ \u00a0][”’»]+(?!\S))?")
_CLOSERS = "”’\"'»)]"
_QUOTES_CLOSING = "”’\"'»"
_QUOTES_OPENING = "“‘\"'«"
_OPENERS = "“‘\"'«(["
# How far a word is looked for on either side of a candidate end: a word is a few
# characters, and a bound keeps hostile runs ("a.a.a.a…", 4,000 dots) linear.
_REACH = 64

# Capitalised words that typically open a sentence; after an abbreviation such as
# "U.S." or "Calif." a following capital only means a new sentence when it is one of
# these (a name or "President" more likely continues the same sentence).
_STARTERS = frozenset(
    """A An The This That These Those There Then Than Thus Here He She It They We I You
    His Her Its Their Our My Your But And Or So Yet For Nor If When While Where Whether
    Why What Who How After Before Although Though Because Since As At In On Of By From To
    With Without Under Over During Despite Meanwhile However Still Now Later Earlier
    Some Many Most Several All Both Each Every No Not One Two Three Officials Asked""".split()
)
# After an initial ("Albert I. Jones", "World War I. The map"), only words that can
# never be a surname open a sentence.
_STRICT_STARTERS = frozenset(
    """A An The This That These Those There He She It They We I His Her Its Their Our My
    But And Yet If When While Although Though Because Since However Meanwhile""".split()
)
# Words that leave a clause open: an ellipsis after one marks words left out, not the
# end of a sentence ("We talked to the … President"). Demonstratives are left out: they
# end clauses too ("A president shouldn't say that ... Emmanuel Macron is unworthy").
_OPEN = frozenset(
    """a an the of to and or but nor in on at by for with from into onto about than which
    who whom whose my our your his her its their very so as if like because i we they he
    she""".split()
)
# Verbs that may or may not close a clause ("what the real reason was… The only
# interesting angle", "the winner was … Biden"): a sentence ends after one only when
# a word that is never a name follows.
_OPEN_VERBS = frozenset(
    """is are was were be been being am will would shall should can could may might must
    do does did have has had not""".split()
)
_SOFT = MONTHS_DAYS | STATES
_DOTTED = re.compile(r"(?:[A-Za-z]\.){2,}$")  # U.S. U.K. a.m. p.m. D.C.
_INITIAL = re.compile(r"(?<![\w.])[A-Z]$")  # the J in "William J. Burns"
_NEXT = re.compile(rf"\s*(\S{{0,{_REACH}}})")  # the word after an end
_LIST_MARK = re.compile(r"\d{1,2}")  # "1." opening a numbered item


def paragraphs(text: str) -> tuple[Span, ...]:
    """Each non-blank line, trimmed of surrounding white space."""
    out = []
    for m in _LINE.finditer(text):
        span = _trim(text, m.start(), m.end())
        if span is not None:
            out.append(span)
    return tuple(out)


def sentences(text: str, paras: tuple[Span, ...]) -> tuple[Span, ...]:
    out: list[Span] = []
    for p in paras:
        start = p.start
        for end in _boundaries(text, p.start, p.end):
            span = _trim(text, start, end)
            if span is not None:
                out.append(span)
            start = end
        span = _trim(text, start, p.end)
        if span is not None:
            out.append(span)
    return tuple(out)


def _trim(text: str, start: int, end: int) -> Span | None:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return Span(start, end) if end > start else None


def _boundaries(text: str, lo: int, hi: int) -> list[int]:
    """Offsets (inside ``[lo, hi)``) where a sentence ends."""
    cuts = []
    start = lo
    for m in _END.finditer(text, lo, hi):
        end = m.end()
        if end >= hi:
            break
        stop = end
        while text[stop - 1] in _CLOSERS:
            stop -= 1
        if _is_boundary(text, lo, start, m.start(), stop, end, hi):
            cuts.append(end)
            start = end
    return cuts


def _word_before(text: str, lo: int, pos: int) -> str:
    """The non-space run that ends at ``pos`` (the word carrying the period)."""
    i = pos
    stop = max(lo, pos - _REACH)
    while i > stop and not text[i - 1].isspace():
        i -= 1
    return text[i:pos]


def _next_word(text: str, pos: int, hi: int) -> str:
    m = _NEXT.match(text, pos, hi)  # always matches
    return m.group(1) if m else ""


def _base(word: str) -> str:
    """"It’s," -> "It": the word without trailing punctuation or a contraction."""
    word = word.rstrip(".,;:!?" + _CLOSERS)
    for apostrophe in "’'":
        word = word.split(apostrophe, 1)[0]
    return word


def _is_initial(word: str) -> bool:
    """"J." or "J.K.": a token that is itself an initial (so "J. A. Smith" holds)."""
    word = word.lstrip(_OPENERS)
    return len(word) >= 2 and word[-1] == "." and bool(_DOTTED.match(word) or (
        len(word) == 2 and word[0].isupper()))


def _is_boundary(
    text: str, lo: int, start: int, punct_start: int, punct_end: int, end: int, hi: int
) -> bool:
    """Whether the run ``[punct_start, punct_end)`` (closers up to ``end``) ends the
    sentence that began at ``start``."""
    glued = not text[end].isspace()
    nxt = _next_word(text, end, hi)
    if not nxt:
        return False
    first = nxt.lstrip(_OPENERS)
    opens_quote = first != nxt
    if not first:
        return False
    head = first[0]
    attached = punct_start > lo and not text[punct_start - 1].isspace()
    run = text[punct_start:punct_end]
    if glued:
        # "…the difference.Ukraine's president": pasted text lost its space. Only a
        # lower-case word glued to a capital counts (not URLs, e-mails, "U.S.-backed").
        if text[punct_start:end] not in (".", "!", "?") or not head.isupper() or opens_quote:
            return False
        word = _word_before(text, lo, punct_start)
        return word.isalpha() and word.islower() and len(word) > 1
    if head.islower() or head in ",;:)-–—":
        return False  # "said the U.S. is", "“Why?” he asked", "…," she said
    if not (head.isupper() or head.isdigit() or opens_quote or not head.isalnum()):
        return False
    marks = run.replace(" ", "").replace("\u00a0", "")
    if "!" in marks or "?" in marks:
        return True  # ! ? end a sentence before a capital or an opening quote
    four_dot = attached and len(run) > 2 and run[0] == "." and run[1] in " \u00a0"
    # "win. . . . The" is AP's period and then an ellipsis: the period decides.
    if ("…" in marks or len(marks) >= 3) and not four_dot:
        pos = punct_start
        stop = max(lo, pos - _REACH)
        while pos > stop and text[pos - 1].isspace():
            pos -= 1  # the word before a spaced ellipsis
        word = _word_before(text, lo, pos)
        if word in ("[", "("):  # "eight people […] can partner": look past the bracket
            pos -= 1
            while pos > stop and text[pos - 1].isspace():
                pos -= 1
            word = _word_before(text, lo, pos)
        closed = any(c in _QUOTES_CLOSING for c in text[punct_end:end])
        return _ellipsis_ends(word, first, closed)
    word = _word_before(text, lo, punct_start)
    quoted = nxt[0] in _QUOTES_OPENING  # a quotation opens (a bracket does not)
    return _period_ends(text, start, punct_start - len(word), word, first, nxt, quoted)


def _ellipsis_ends(word: str, first: str, closed: bool) -> bool:
    """An ellipsis before a capital ends a sentence unless the word before it leaves the
    clause open (or there is none); before a figure it never does.

    Journalists write "…" for words left out, and the words around it may be one
    sentence ("We talked to the … President") or two ("I’m not for pissing off the
    French … Now the unvaccinated"). The quote stage groups quotes by these sentences
    (utterances), and there a missed cut costs more than a wrong one: the longer
    utterance becomes a group's core and every outlet's rendering of *either* sentence
    joins it, so two utterances' groups become one ("A president shouldn't say that ...
    Emmanuel Macron is unworthy of his office" pulled Le Pen's two sentences together);
    the halves of a wrongly cut clause still each join the group of the sentence they
    come from. So a capital after an ellipsis opens a sentence, names included, except
    after an article, a preposition, a conjunction, a possessive or a subject pronoun
    ("the", "to", "and", "our", "we"), a comma, colon or dash, or at the start of a
    quote ("“… And we will"); after an auxiliary ("was", "will") only before a word
    that is never a name ("The", "It", "We"). A figure after an ellipsis is more often
    what was left out ("we lost … 12 people") and never opens one; a quotation that
    closes after the ellipsis ends the sentence ("…” The president").
    """
    core = word.lstrip(_OPENERS)
    if not core or core[-1] in ",;:–—-([":
        return False
    if closed:
        return True
    low = core.lower()
    if not first[0].isupper() or low in _OPEN:
        return False
    return low not in _OPEN_VERBS or _base(first) in _STRICT_STARTERS


def _period_ends(
    text: str, start: int, word_start: int, word: str, first: str, nxt: str, quoted: bool
) -> bool:
    head = first[0]
    core = word.lstrip(_OPENERS).rstrip(".")
    bare = core.rsplit("-", 1)[-1]  # the "Calif" of "D-Calif"
    if bare in TITLES or core.lower() in LATIN:
        # "No. 1" continues; "Sen. Warner" continues; a title is never a sentence's end.
        return False
    if head.isdigit() and bare in BEFORE_NUMBER:
        return False  # "p. 55", "Art. 5"
    if _LIST_MARK.fullmatch(core) and _opens_item(text, start, word_start):
        return False  # "1. Get out", "three demands: 1. A ceasefire."
    if _INITIAL.search(core) or (len(core) == 1 and core.isupper()):
        # "William J. Burns", "J. K. Rowling"; but "World War I. The map changed."
        return _base(first) in _STRICT_STARTERS and not _is_initial(nxt)
    starter = _base(first) in _STARTERS or quoted
    if bare in SUFFIXES or core.lower() in TIMES:
        # "Pitt, Briggs & Co. It closed", "at 6 P.M. Mr. Smith", but "Acme Inc. Chief
        # Executive", "9 a.m. Friday", "Robert F. Kennedy Jr. said".
        return not head.isdigit() and (starter or _base(first) in TITLES)
    if bare in _SOFT or _DOTTED.search(core + "."):
        # "Feb. 24", "D-Va., the chair", "U.S. officials": a capital only opens a new
        # sentence when it is a typical sentence opener.
        return not head.isdigit() and starter
    return True


def _opens_item(text: str, start: int, word_start: int) -> bool:
    """Whether the number at ``word_start`` opens its sentence or follows a colon."""
    i = word_start
    stop = max(start, i - _REACH)
    while i > stop and text[i - 1].isspace():
        i -= 1
    return i <= start or text[i - 1] in ":;•*–—-"
