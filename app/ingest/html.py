"""Saved web pages: the article and its metadata, without the page around it.

trafilatura is the reference extractor for news pages. It parses the saved file with
lxml only: no script runs and nothing is fetched, so opening a hostile page is safe.
It is imported inside the function because it takes a noticeable fraction of a
second to import, which the CLI and app start-up should not pay until a page is opened.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

from app.errors import MalformedHtml, NoArticleContent
from app.ingest import metadata
from app.ingest.html_budget import fit_page

_BLANK_RUNS = re.compile(r"\n{2,}")
_MIN_ARTICLE_CHARS = 40
# Chrome and Internet Explorer note where a saved page came from in its first lines.
_SAVED_FROM = re.compile(rb"<!--\s*saved from url=\(\d+\)\s*(https?://[^\s>]+?)\s*-->", re.I)
_PUBLISHER_TYPES = frozenset({"newsmediaorganization", "organization", "corporation"})


@dataclass(frozen=True, slots=True)
class ParsedHtml:
    text: str
    title: str
    outlet: str
    url: str
    author: str
    published: str


def parse_html(raw: bytes, path: str = "") -> ParsedHtml:
    raw = fit_page(raw, path)  # the extractor's cost follows the page's size (issue 15)
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
    saved = _SAVED_FROM.search(raw[:4096])
    url = result.url or (saved.group(1).decode("ascii", "replace") if saved else "")
    page = page_declarations(tree)
    title = (result.title or "").strip()
    outlet = metadata.outlet(page.site_names, [title, *page.titles[-1:]], url, "")
    # People the structured data names as authors beat the <meta name="author"> that
    # trafilatura may have read, which some publishers fill with the company's name.
    byline = "; ".join(page.people) or result.author or ""
    return ParsedHtml(
        text=text,
        title=metadata.headline(title, outlet, url, page.titles),
        outlet=outlet,
        url=url,
        author=metadata.authors(byline, [outlet, *page.site_names], url),
        published=(result.date or "")[:10],
    )


@dataclass(frozen=True, slots=True)
class PageDeclarations:
    """What a page says about itself in its markup (see :func:`page_declarations`)."""

    site_names: list[str]  # Open Graph site name, application name, JSON-LD publisher
    titles: list[str]  # Open Graph / Twitter title, the first heading, <title> last
    people: list[str]  # JSON-LD authors typed Person


def page_declarations(tree: Any) -> PageDeclarations:
    """What the page declares about itself, read from the markup before extraction.

    trafilatura's own site name falls back to the title and the copyright line, and its
    author to <meta name="author">, which is why the declarations are read here.
    """
    def meta(*keys: str) -> list[str]:
        out = []
        for k in keys:
            for v in tree.xpath(f'//meta[@property="{k}" or @name="{k}"]/@content'):
                if str(v).strip():
                    out.append(" ".join(str(v).split()))
        return out

    publishers: list[str] = []
    people: list[str] = []
    for script in tree.xpath('//script[@type="application/ld+json"]/text()'):
        try:
            data = json.loads(str(script))
        except ValueError:
            continue
        for node in _nodes(data):
            pub = node.get("publisher")
            for p in pub if isinstance(pub, list) else [pub]:
                if isinstance(p, dict) and isinstance(p.get("name"), str):
                    publishers.append(p["name"].strip())
            auth = node.get("author")
            for a in auth if isinstance(auth, list) else [auth]:
                if (
                    isinstance(a, dict)
                    and str(a.get("@type", "")).lower() == "person"
                    and isinstance(a.get("name"), str)
                    and a["name"].strip() not in people
                ):
                    people.append(a["name"].strip())
            kind = node.get("@type")
            kinds = kind if isinstance(kind, list) else [kind]
            if any(str(k).lower() in _PUBLISHER_TYPES for k in kinds) and isinstance(
                node.get("name"), str
            ):
                publishers.append(node["name"].strip())
    declared = meta("og:site_name", "application-name", "apple-mobile-web-app-title")
    titles = meta("og:title", "twitter:title")
    titles += [" ".join(h.text_content().split()) for h in tree.xpath("//h1")[:1]]
    titles += [" ".join(str(t).split()) for t in tree.xpath("//title/text()")[:1]]
    return PageDeclarations(declared + publishers, [t for t in titles if t], people)


def _nodes(data: Any, depth: int = 0) -> Iterator[dict[str, Any]]:
    """Every JSON object in a JSON-LD block (graphs and lists nest), depth-limited."""
    if depth > 6:
        return
    if isinstance(data, dict):
        yield data
        for v in data.values():
            if isinstance(v, dict | list):
                yield from _nodes(v, depth + 1)
    elif isinstance(data, list):
        for v in data[:200]:
            yield from _nodes(v, depth + 1)
