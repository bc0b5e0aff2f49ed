"""Markdown articles: markup removed so outlets compare on words, not asterisks.

Only the markup that wraps words is removed (headings, emphasis, links, images,
block quotes, rules, comments); the words, their order and the line structure stay,
so the result reads like the plain-text version of the same article. Front matter
(``---`` YAML-style block), as note-taking tools write it, gives metadata.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from app.ingest.plaintext import parse

_FRONT_MATTER = re.compile(r"\A---[ \t]*\n(.*?)\n(?:---|\.\.\.)[ \t]*(?:\n|\Z)", re.DOTALL)
_KEY_VALUE = re.compile(r"^([A-Za-z_][\w-]*)\s*:\s*(.*?)\s*$", re.MULTILINE)
_COMMENT = re.compile(r"<!--.*?-->", re.DOTALL)
_HEADING = re.compile(r"^[ \t]{0,3}(#{1,6})[ \t]+(.*?)(?:[ \t]+#+)?[ \t]*$", re.MULTILINE)
_SETEXT = re.compile(r"^(.+)\n[ \t]{0,3}(=+|-+)[ \t]*$", re.MULTILINE)
_RULE = re.compile(r"^[ \t]{0,3}([-*_])(?:[ \t]*\1){2,}[ \t]*$\n?", re.MULTILINE)
_FENCE = re.compile(r"^[ \t]{0,3}(```|~~~).*$\n?", re.MULTILINE)
_QUOTE = re.compile(r"^[ \t]{0,3}>[ \t]?", re.MULTILINE)
_BULLET = re.compile(r"^([ \t]*)[-*+][ \t]+", re.MULTILINE)
_IMAGE = re.compile(r"!\[([^\]]*)\]\([^)]*\)")
_LINK = re.compile(r"\[([^\]]+)\]\([^)]*\)")
_REF_LINK = re.compile(r"\[([^\]]+)\]\[[^\]]*\]")
_REF_DEF = re.compile(r"^[ \t]{0,3}\[[^\]]+\]:[ \t]*\S+.*$\n?", re.MULTILINE)
_AUTOLINK = re.compile(r"<((?:https?|mailto):[^>\s]+)>")
_STRONG = re.compile(r"(\*\*|__)(?=\S)(.+?)(?<=\S)\1")
_EM_STAR = re.compile(r"(?<![\w*])\*(?=\S)(.+?)(?<=\S)\*(?![\w*])")
_EM_UNDER = re.compile(r"(?<!\w)_(?=\S)(.+?)(?<=\S)_(?!\w)")
_CODE = re.compile(r"`([^`\n]+)`")
_EXTRA_BLANKS = re.compile(r"\n{3,}")
_BACKSLASH = re.compile(r"\\([\\`*_{}\[\]()#+\-.!>])")


@dataclass(frozen=True, slots=True)
class ParsedMarkdown:
    text: str
    title: str
    url: str
    author: str
    published: str
    outlet: str


def parse_markdown(source: str) -> ParsedMarkdown:
    meta: dict[str, str] = {}
    m = _FRONT_MATTER.match(source)
    if m:
        meta = {k.lower(): v.strip("'\"") for k, v in _KEY_VALUE.findall(m.group(1))}
        source = source[m.end() :].lstrip("\n")
    heading = _HEADING.search(source)
    text = to_plain(source)
    parsed = parse(text)
    title = meta.get("title", "")
    if not title and heading and heading.group(1) == "#":
        title = to_plain(heading.group(2)).strip()
    return ParsedMarkdown(
        text=parsed.text,
        title=title or parsed.title,
        url=meta.get("url") or meta.get("link") or meta.get("canonical") or parsed.url,
        author=meta.get("author") or meta.get("byline") or parsed.author,
        published=(meta.get("date") or meta.get("published", ""))[:10],
        outlet=meta.get("outlet") or meta.get("site") or meta.get("publication") or parsed.outlet,
    )


def to_plain(source: str) -> str:
    """Remove Markdown markup, keeping words, order and line breaks."""
    s = _COMMENT.sub("", source)
    s = _FENCE.sub("", s)
    s = _REF_DEF.sub("", s)
    s = _SETEXT.sub(r"\1", s)
    s = _RULE.sub("", s)
    s = _HEADING.sub(r"\2", s)
    s = _QUOTE.sub("", s)
    s = _BULLET.sub(r"\1", s)
    s = _IMAGE.sub("", s)
    s = _LINK.sub(r"\1", s)
    s = _REF_LINK.sub(r"\1", s)
    s = _AUTOLINK.sub(r"\1", s)
    s = _STRONG.sub(r"\2", s)
    s = _EM_STAR.sub(r"\1", s)
    s = _EM_UNDER.sub(r"\1", s)
    s = _CODE.sub(r"\1", s)
    s = _BACKSLASH.sub(r"\1", s)
    return _EXTRA_BLANKS.sub("\n\n", s)  # where removed markup (an image) left a gap
