"""Plain-text articles: the URL and headline a pasted article usually starts with.

Journalists paste an article as they see it: often the address first, then the
headline on a line of its own, then the body. The text is kept verbatim (only the
newlines are normalised and a leading address line removed) so offsets point at
exactly what the journalist pasted — with one exception: copy hard-wrapped at a fixed
width (wire copy, e-mail, text saved from a terminal) has its wrap points turned back
into the spaces they replaced. That keeps every offset where it was (one character for
one character) while sentences, quotes and attributions stop breaking at each line end.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from app.ingest import metadata
from app.text.abbreviations import is_abbreviation
from app.text.boilerplate import BYLINE, is_timestamp
from app.text.fold import content_keys

_URL_LINE = re.compile(
    r"\A\s*(?:(?:url|source|link|address)\s*:\s*)?<?((?:https?://|www\.)\S+?)>?[ \t]*(?:\n|\Z)",
    re.IGNORECASE,
)
_SHORT_HEADLINE = 18  # words: longer first lines ending in a full stop are ledes
# A date written ahead of the article's first words by whatever saved it ("date
# 2023-06-23 WASHINGTON: …", "Published: 2022-07-07"): the article's date, not its text.
_DATE_PREFIX = re.compile(
    r"\A[ \t]*(?:date|published|updated)[ \t]*:?[ \t]*(\d{4}-\d{2}(?:-\d{2})?)"
    r"(?:[T ]\d{2}:\d{2}(?::\d{2})?Z?)?(?:[ \t]+|[ \t]*\n)",
    re.IGNORECASE,
)
_FIRST_LINE = re.compile(r"\A\s*([^\n]*)")
_NEXT_LINE = re.compile(r"\s*([^\n]*)")  # the first line from where it is matched
# "By" and a capitalised name (a headline "By the numbers" goes on in lower case).
_SENTENCE_INSIDE = re.compile(r"(\w+)[.!?][”\"’']?\s+[A-Z“\"‘]")

_BLOCKS = re.compile(r"\n[ \t]*\n")
# A next line that starts a list item, a table row or a quoted reply keeps its break.
_LIST_ITEM = re.compile(r"[ \t]*(?:(?:[-*•–]|\d{1,3}[.)])[ \t]|[|>])")
_WRAP_MIN_BLOCKS = 3  # multi-line paragraphs needed before a text counts as wrapped
_WRAP_SHARE = 0.7  # of their inner lines that must reach near the wrap width
_WRAP_NEAR = 0.6  # "near": at least this share of the wrap width
_WRAP_MAX = 110  # characters; longer lines are real paragraphs, not a wrap width


def unwrap(text: str) -> str:
    """Undo fixed-width hard wrapping, length for length (see the module docstring).

    A text counts as wrapped when its paragraphs (separated by blank lines) run over
    several lines that nearly all reach close to one width. Within a paragraph a line
    break becomes a space unless the line is short (a heading, a signature, the end of a
    list item) or the next line starts a list item.
    """
    blocks = [b for b in _BLOCKS.split(text) if "\n" in b.strip("\n")]
    if len(blocks) < _WRAP_MIN_BLOCKS:
        return text
    inner = [len(line) for b in blocks for line in b.strip("\n").split("\n")[:-1]]
    if not inner:
        return text
    width = sorted(inner)[int(0.9 * (len(inner) - 1))]
    if width > _WRAP_MAX or sum(n >= _WRAP_NEAR * width for n in inner) < _WRAP_SHARE * len(
        inner
    ):
        return text
    out = list(text)
    start = 0
    for line in text.split("\n")[:-1]:
        end = start + len(line)  # the index of this line's newline
        nxt_start = end + 1
        nxt_end = text.find("\n", nxt_start)
        nxt = text[nxt_start : len(text) if nxt_end < 0 else nxt_end]
        if (
            line.strip()
            and nxt.strip()
            and len(line) >= _WRAP_NEAR * width
            and not _LIST_ITEM.match(nxt)
            # "pro-\nMoscow": a space would split the word; the break stays a break
            and not (line.endswith("-") and line[-2:-1].isalpha())
        ):
            out[end] = " "
        start = nxt_start
    return "".join(out)


@dataclass(frozen=True, slots=True)
class Parsed:
    text: str
    title: str
    url: str
    outlet: str = ""
    author: str = ""
    published: str = ""


# A publication line ("Source: Reuters") or a byline ("By Jane Doe, The Guardian") near
# the top of a pasted article says who published it, better than the file's name.
_HEAD_LINES = 6
_SOURCE_LINE = re.compile(
    r"^\s*(?:source|publication|outlet|published\s+(?:by|in))\s*:\s*(.{2,80}?)\s*$",
    re.IGNORECASE,
)
_BYLINE = re.compile(r"^\s*by\s+(.{3,120}?)\s*$", re.IGNORECASE)
_BYLINE_OUTLET = re.compile(r"\s*(?:,|\||—|–|\s-\s|\bfor\b)\s*")
_MAX_BYLINE_WORDS = 14
# A byline part that is a date ("Nov. 07", "Monday", "4 March 2024"): the dateline, no
# outlet.
_DATE_PART = re.compile(
    r"(?:(?:mon|tues?|wed(?:nes)?|thu(?:rs)?|fri|sat(?:ur)?|sun)(?:day)?\b"
    r"|(?:jan|feb|mar|apr|may|jun|jul|aug|sept?|oct|nov|dec)[a-z]*\.?\s*\d"
    r"|\d{1,4}(?:\s|$))",
    re.IGNORECASE,
)


def head_metadata(text: str, url: str = "") -> tuple[str, str]:
    """(outlet, author) from the article's first lines, else the URL's host for outlet.

    A byline's parts after the people name the publication ("By Sarah Rainsford, BBC
    News, Kyiv"): the first part that is not a person and not a role is the outlet, and
    anything after it (a dateline) is ignored.
    """
    outlet = author = ""
    lines = [ln for ln in text.split("\n")[: _HEAD_LINES * 3] if ln.strip()][:_HEAD_LINES]
    for line in lines:
        m = _SOURCE_LINE.match(line)
        if m and not outlet:
            named = m.group(1).strip()
            if not url or metadata.echoes_site(named, metadata.host_of(url)):
                # a saved page's "Source:" line credits a picture ("Source: Video
                # Screenshot" under a caption); the page's address says who published it
                outlet = named
            continue
        m = _BYLINE.match(line)
        if not m or author or len(line.split()) > _MAX_BYLINE_WORDS:
            continue
        parts = [p for p in _BYLINE_OUTLET.split(m.group(1)) if p.strip()]
        people = parts[:1]
        for part in parts[1:]:
            if metadata.authors(part, [], url):
                people.append(part)
                continue
            named = part.strip(" .")
            if _DATE_PART.match(named):
                break  # the dateline: nothing after it names the publication
            if not outlet and named[:1].isupper() and not metadata.is_role(named):
                outlet = named
            break
        author = metadata.authors("; ".join(people), [outlet], url)
    return outlet or metadata.host_of(url), author


def parse(text: str) -> Parsed:
    """Split off a leading URL line and a date written ahead of the text, and recognise
    a headline first line."""
    url = ""
    m = _URL_LINE.match(text)
    if m:
        url = m.group(1)
        if url.lower().startswith("www."):
            url = "https://" + url
        text = text[m.end() :].lstrip("\n")
    published = ""
    dated = _DATE_PREFIX.match(text)
    if dated:
        # a month alone ("date 2025-04", as some saved pages give it) is no date to
        # compare articles by; the line is the page's all the same
        published = dated.group(1) if len(dated.group(1)) == len("2025-04-21") else ""
        text = text[dated.end() :]
    text = unwrap(text)
    first = _FIRST_LINE.match(text)
    head = first.group(1) if first else ""
    start = first.end() if first else 0  # where the text after the headline starts
    if first and is_masthead(head, url):
        # "Express & Star" above the headline: the page's name, not the story's
        nxt = _NEXT_LINE.match(text, start)
        head = nxt.group(1) if nxt else ""
        start = nxt.end() if nxt else start  # (the headline does not echo itself)
    title = head.strip() if head and looks_like_headline(head) else ""
    if title and not _echoed(title, text, start, 1):
        title = _headline_below(text, url) or title
    elif title:
        title = _inside(title, text, start) or _past_site_line(title, text, start, url) or title
    title = title.removesuffix(";").rstrip()
    outlet, author = head_metadata(text, url)
    return Parsed(
        text=text, title=title, url=url, outlet=outlet, author=author, published=published
    )


#: Lines read below a first line the article never echoes, for its real headline...
_BELOW_LINES = 4
#: ... which no paragraph of the article's body (this many words or more) comes before.
_PARAGRAPH_WORDS = 30


def _echoed(line: str, text: str, start: int, least: int) -> bool:
    """The article after ``start`` uses ``least`` of the line's content words or more,
    and, from two, half of them: a headline says what its article tells; a page's
    furniture above it ("Back To Top", "World & Africa", "Connect with us") shares
    nothing with it. Read line by line until enough are found: the loader asks this of
    every plain-text article, and most echo their headline in the first paragraph."""
    keys = content_keys(line)
    want = least if least < 2 else max(least, (len(keys) + 1) // 2)
    if not keys or want > len(keys):
        return False
    found: set[str] = set()
    while start < len(text):
        end = text.find("\n", start)
        end = len(text) if end < 0 else end + 1
        found |= keys & content_keys(text, start, end)
        if len(found) >= want:
            return True
        start = end
    return False


#: Of a page's title line, the share the headline under it must be to be read as the
#: headline inside it ("gtag(…); White House Condemns Violence in Kenya … – The Zimbabwe
#: Mail" over "White House Condemns Violence in Kenya …"); less, and it is a kicker.
_INSIDE_SHARE = 0.4
#: ... and its words at least.
_INSIDE_WORDS = 4


def _inside(title: str, text: str, start: int) -> str:
    """The next line, when the first line holds it with more around it: a saved page
    printing its <title> (the headline with the site's name, a section or a script's
    leftovers) above the headline itself ("" otherwise)."""
    line = _NEXT_LINE.match(text, start)
    nxt = line.group(1).strip() if line else ""
    if (
        len(nxt.split()) >= _INSIDE_WORDS
        and _INSIDE_SHARE * len(title) <= len(nxt) < len(title)
        and " ".join(nxt.split()).casefold() in " ".join(title.split()).casefold()
        and looks_like_headline(nxt)
    ):
        return nxt
    return ""


def _past_site_line(title: str, text: str, start: int, url: str) -> str:
    """The headline below a first line that names the site itself and is not what the
    article tells ("Stay up to date with notifications from The Independent"): a page's
    own line, as a masthead is ("" when there is none, or the line is echoed)."""
    host = metadata.host_of(url)
    label = metadata.fold(metadata.site_label(host)) if host else ""
    if len(label) < 3 or label not in metadata.fold(title) or _echoed(title, text, start, 2):
        return ""
    return _headline_below(text, url)


def _headline_below(text: str, url: str) -> str:
    """The first of the next few lines that reads as a headline and that the article
    echoes, above any paragraph of its body ("" if none): the headline under a line of
    page furniture the loader would otherwise take for it."""
    first = _FIRST_LINE.match(text)
    pos = first.end() if first else 0
    seen = 0
    while seen < _BELOW_LINES and pos < len(text):
        end = text.find("\n", pos + 1)
        end = len(text) if end < 0 else end
        line, pos = text[pos:end].strip(), end
        if not line:
            continue
        seen += 1
        if len(line.split()) >= _PARAGRAPH_WORDS:
            break
        if (
            looks_like_headline(line)
            and not is_masthead(line, url)
            and _echoed(line, text, end, 2)
        ):
            return line
    return ""


#: A masthead is a name, not a sentence: at most this many words.
_MASTHEAD_WORDS = 3


def is_masthead(line: str, url: str) -> bool:
    """The line is the site's own name ("Express & Star" at expressandstar.com), as a
    saved page may print it above the headline."""
    host = metadata.host_of(url)
    words = line.split()
    if not host or not 1 <= len(words) <= _MASTHEAD_WORDS:
        return False
    label = metadata.fold(metadata.site_label(host))
    named = metadata.fold(line.replace("&", " and "))
    return len(label) >= 3 and label in named


def is_list_item(line: str) -> bool:
    """A bulleted or numbered line ("• Politics", "- Congress", "2) …"): a list or a
    page's breadcrumb, never a headline."""
    return bool(_LIST_ITEM.match(line))


def is_byline(line: str) -> bool:
    """"By MEHMET GUZEL, GHAITH ALSAYED and SUZAN FRASER", "By Jane Smith": who wrote
    the article, which a saved page may put above (or instead of) its headline."""
    return BYLINE.match(line.strip()) is not None


def looks_like_headline(line: str) -> bool:
    """One line, short, one sentence at most, in words (not a byline, nor "4.2 C").

    Headlines usually drop the final full stop, so a first line ending in one is taken
    as a headline only when it is short: a lede sentence runs longer. Some archives end
    a headline with ";" before the subhead, or close it with a full stop.
    """
    if is_list_item(line) or is_byline(line) or is_timestamp(line):
        return False  # "• Politics": a section breadcrumb or a list, not the headline
    line = line.strip()
    words = line.split()
    if not 2 <= len(words) <= 30 or len(line) > 220:
        return False
    if sum(1 for w in words if sum(c.isalpha() for c in w) >= 2) < 2:
        return False  # "4.2 C": a weather widget's reading, not words
    closing = line.rstrip("”\"’'")
    if closing.endswith((",", ":")):
        return False
    if closing.endswith(".") and not closing.endswith("...") and len(words) > _SHORT_HEADLINE:
        return False
    return not any(
        len(m.group(1)) > 1 and not is_abbreviation(m.group(1))
        for m in _SENTENCE_INSIDE.finditer(line)
    )
