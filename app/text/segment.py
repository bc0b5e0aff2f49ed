"""Paragraphs and news-aware sentence segmentation with exact offsets.

General-purpose splitters break news copy at "Rep.", "D-Calif.", "No. 1" and "U.S.", and
miss boundaries that pasting creates ("the difference.Ukraine's president…"). The rules
here are the ones wire style needs; every span is a half-open range into the original
text, trimmed of white space, never empty and never crossing a paragraph.
"""

from __future__ import annotations

import re

from app.model import Span

# A line is a paragraph: pasted articles put one paragraph per line, and headlines and
# subheads end without punctuation, so a line break is always a boundary.
_LINE = re.compile(r"[^\n]+")

# A candidate end: terminal punctuation, then any closing quotes or brackets.
_END = re.compile(r"(?:\.{3}|…|[.!?])+[”’\"'»)\]]*")

# Words that end with a period and almost never end a sentence (titles, party tags,
# street and company suffixes). Compared without the trailing period, case-sensitively
# for capitalised forms so that "no." at a sentence end still splits.
_TITLES = frozenset(
    """Mr Mrs Ms Mx Dr Prof Rev Fr Sr Jr St Sen Rep Gov Lt Col Gen Maj Capt Cmdr Adm Sgt
    Cpl Pvt Supt Insp Det Hon Pres Amb Atty Gov Mt Ft Ave Blvd Rd Inc Corp Co Ltd Bros
    LLC Dept Univ Assn No Nos Vol Vols Fig Figs pp vs etc approx est Op Ed""".split()
)
# Month and state abbreviations: a boundary only when a sentence clearly starts next.
_SOFT = frozenset(
    """Jan Feb Mar Apr Jun Jul Aug Sep Sept Oct Nov Dec Mon Tue Tues Wed Thu Thur Thurs
    Fri Sat Sun Ala Ariz Ark Calif Colo Conn Del Fla Ga Ill Ind Kan Kans Ky La Md Mass
    Mich Minn Miss Mo Mont Neb Nev Okla Ore Pa Penn Tenn Tex Va Vt Wash Wis Wisc Wyo""".split()
)
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
_DOTTED = re.compile(r"(?:[A-Za-z]\.){2,}$")  # U.S. U.K. a.m. p.m. D.C.
_INITIAL = re.compile(r"(?<![\w.])[A-Z]$")  # the J in "William J. Burns"


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
    for m in _END.finditer(text, lo, hi):
        end = m.end()
        if end >= hi:
            break
        if _is_boundary(text, lo, m.start(), end, hi):
            cuts.append(end)
    return cuts


def _word_before(text: str, lo: int, pos: int) -> str:
    """The non-space run that ends at ``pos`` (the word carrying the period)."""
    i = pos
    while i > lo and not text[i - 1].isspace():
        i -= 1
    return text[i:pos]


def _next_word(text: str, pos: int, hi: int) -> str:
    i = pos
    while i < hi and text[i].isspace():
        i += 1
    j = i
    while j < hi and not text[j].isspace():
        j += 1
    return text[i:j]


def _is_boundary(text: str, lo: int, punct_start: int, end: int, hi: int) -> bool:
    glued = not text[end].isspace()
    nxt = _next_word(text, end, hi)
    if not nxt:
        return False
    first = nxt.lstrip("“‘\"'«([")
    opens_quote = first != nxt
    if not first:
        return False
    head = first[0]
    word = _word_before(text, lo, punct_start)
    punct = text[punct_start:end]
    if glued:
        # "…the difference.Ukraine's president": pasted text lost its space. Only a
        # lower-case word glued to a capital counts (not URLs, e-mails, "U.S.-backed").
        return (
            punct in (".", "!", "?")
            and head.isupper()
            and not opens_quote
            and word.isalpha()
            and word.islower()
            and len(word) > 1
        )
    if head.islower() or head in ",;:)-–—":
        return False  # "said the U.S. is", "“Why?” he asked", "…," she said
    if not (head.isupper() or head.isdigit() or opens_quote or not head.isalnum()):
        return False
    if punct[0] != ".":
        return True  # ! ? … end a sentence before a capital or an opening quote
    core = word.lstrip("“‘\"'«([").rstrip(".")
    bare = core.rsplit("-", 1)[-1]  # the "Calif" of "D-Calif"
    if bare in _TITLES:
        # "No. 1" continues; "Sen. Warner" continues; a title is never a sentence's end.
        return False
    if _INITIAL.search(core) or (len(core) == 1 and core.isupper()):
        return False  # "William J. Burns", "J. K. Rowling"
    if bare in _SOFT or _DOTTED.search(core + "."):
        # "Feb. 24", "D-Va., the chair", "U.S. officials": a capital only opens a new
        # sentence when it is a typical sentence opener.
        if head.isdigit():
            return False
        return first.rstrip(".,;:!?”’\"'") in _STARTERS or opens_quote
    return True
