"""One file's bytes -> a Document: choose the loader, then build the record."""

from __future__ import annotations

from pathlib import PurePath
from typing import Protocol

from app.errors import EmptyFile
from app.ingest import sources
from app.ingest.build import make_document
from app.ingest.encoding import decode
from app.ingest.files import outlet_from_name
from app.ingest.limits import check_article_size
from app.ingest.sniff import sniff
from app.model import Document


def load_bytes(raw: bytes, path: str, notes: list[str] | None = None) -> Document:
    """Turn ``raw`` (the content of ``path``) into a Document, or raise a LoadError.

    ``notes`` collects what the journalist should know about a file that did load (bad
    bytes replaced, say); the caller lists them beside the file.
    """
    fmt = sniff(raw, path, PurePath(path).suffix.lower())
    fallback_outlet = outlet_from_name(path)
    if fmt == "pdf":
        from app.ingest.pdf import parse_pdf

        p = parse_pdf(raw, path)
        return _build(
            p.text, raw, path, fmt, title=p.title, author=p.author, outlet=fallback_outlet
        )
    if fmt == "docx":
        from app.ingest.docx import parse_docx

        d = parse_docx(raw, path)
        return _build(d.text, raw, path, fmt, title=d.title, outlet=fallback_outlet)
    if fmt == "html":
        from app.ingest.html import parse_html

        return _build_page(parse_html(raw, path), raw, path, fmt, fallback_outlet)
    source = decode(raw, path, notes)
    check_article_size(source, path)  # before unwrapping or Markdown parsing read it
    if fmt == "markdown":
        from app.ingest.markdown import parse_markdown

        return _build_page(parse_markdown(source), raw, path, fmt, fallback_outlet)
    from app.ingest.plaintext import parse

    t = parse(source)
    return _build(
        t.text, raw, path, fmt, title=t.title, url=t.url, author=t.author,
        published=t.published, outlet=t.outlet or fallback_outlet,
    )


class _Page(Protocol):
    """What the HTML and Markdown parsers both return: text and its page metadata."""

    @property
    def text(self) -> str: ...
    @property
    def title(self) -> str: ...
    @property
    def url(self) -> str: ...
    @property
    def author(self) -> str: ...
    @property
    def published(self) -> str: ...
    @property
    def outlet(self) -> str: ...


def _build_page(page: _Page, raw: bytes, path: str, fmt: str, fallback_outlet: str) -> Document:
    return _build(
        page.text,
        raw,
        path,
        fmt,
        title=page.title,
        url=page.url,
        author=page.author,
        published=page.published,
        outlet=page.outlet or fallback_outlet,
    )


def _build(text: str, raw: bytes, path: str, fmt: str, **meta: str) -> Document:
    meta.update(sources.listed(path))  # the journalist's sources.csv wins over the file
    if not text.strip():
        raise EmptyFile(path)
    check_article_size(text, path)
    return make_document(text, path=path, raw=raw, format=fmt, **meta)
