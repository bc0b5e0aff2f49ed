"""Saved web pages: the article and its metadata, without the page around it.

trafilatura is the reference extractor for news pages. It parses the saved file with
lxml only: no script runs and nothing is fetched, so opening a hostile page is safe.
It is imported inside the function because it takes a noticeable fraction of a
second to import, which the CLI and app start-up should not pay until a page is opened.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from urllib.parse import urlsplit

from app.errors import MalformedHtml, NoArticleContent

_BLANK_RUNS = re.compile(r"\n{2,}")
_MIN_ARTICLE_CHARS = 40


@dataclass(frozen=True, slots=True)
class ParsedHtml:
    text: str
    title: str
    outlet: str
    url: str
    author: str
    published: str


def parse_html(raw: bytes, path: str = "") -> ParsedHtml:
    import trafilatura

    tree = trafilatura.load_html(raw)
    if tree is None or (tree.find(".//body") is None and not tree.xpath("//p|//article")):
        raise MalformedHtml(path)
    result = trafilatura.bare_extraction(
        tree,
        with_metadata=True,
        include_comments=False,
        include_tables=True,
        include_images=False,
        include_links=False,
        deduplicate=False,
    )
    body = (getattr(result, "text", None) or "").strip() if result is not None else ""
    if len(body) < _MIN_ARTICLE_CHARS:
        raise NoArticleContent(path)
    # One paragraph per line from trafilatura; a blank line between them reads like the
    # pasted articles and keeps each paragraph a paragraph for segmentation.
    text = _BLANK_RUNS.sub("\n", body.replace("\r", "")).replace("\n", "\n\n")
    url = result.url or ""
    outlet = (result.sitename or "").strip()
    if not outlet:
        host = result.hostname or (urlsplit(url).hostname if url else "") or ""
        outlet = host.removeprefix("www.")
    return ParsedHtml(
        text=text,
        title=(result.title or "").strip(),
        outlet=outlet,
        url=url,
        author=(result.author or "").strip(),
        published=(result.date or "")[:10],
    )
