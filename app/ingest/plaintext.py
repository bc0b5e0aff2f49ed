"""Plain-text articles: the URL and headline a pasted article usually starts with.

Journalists paste an article as they see it: often the address first, then the
headline on a line of its own, then the body. The text is kept verbatim (only the
newlines are normalised and a leading address line removed) so offsets point at
exactly what the journalist pasted.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

_URL_LINE = re.compile(
    r"\A\s*(?:(?:url|source|link|address)\s*:\s*)?<?((?:https?://|www\.)\S+?)>?[ \t]*(?:\n|\Z)",
    re.IGNORECASE,
)
_SHORT_HEADLINE = 18  # words: longer first lines ending in a full stop are ledes
_FIRST_LINE = re.compile(r"\A\s*([^\n]*)")
_SENTENCE_INSIDE = re.compile(r"(\w+)[.!?][”\"’']?\s+[A-Z“\"‘]")
_ABBREVIATIONS = frozenset(
    {"mr", "mrs", "ms", "dr", "gov", "sen", "rep", "gen", "col", "lt", "sgt", "st", "jr"}
    | {"sr", "inc", "co", "corp", "ltd", "no", "vs", "prof"}
)


@dataclass(frozen=True, slots=True)
class Parsed:
    text: str
    title: str
    url: str


def parse(text: str) -> Parsed:
    """Split off a leading URL line and recognise a headline first line."""
    url = ""
    m = _URL_LINE.match(text)
    if m:
        url = m.group(1)
        if url.lower().startswith("www."):
            url = "https://" + url
        text = text[m.end() :].lstrip("\n")
    first = _FIRST_LINE.match(text)
    title = first.group(1).strip() if first and looks_like_headline(first.group(1)) else ""
    title = title.removesuffix(";").rstrip()
    return Parsed(text=text, title=title, url=url)


def looks_like_headline(line: str) -> bool:
    """One line, short, one sentence at most.

    Headlines usually drop the final full stop, so a first line ending in one is taken
    as a headline only when it is short: a lede sentence runs longer. Some archives end
    a headline with ";" before the subhead, or close it with a full stop.
    """
    line = line.strip()
    words = line.split()
    if not 2 <= len(words) <= 30 or len(line) > 220:
        return False
    closing = line.rstrip("”\"’'")
    if closing.endswith((",", ":")):
        return False
    if closing.endswith(".") and not closing.endswith("...") and len(words) > _SHORT_HEADLINE:
        return False
    return not any(
        len(m.group(1)) > 1 and m.group(1).lower() not in _ABBREVIATIONS
        for m in _SENTENCE_INSIDE.finditer(line)
    )
