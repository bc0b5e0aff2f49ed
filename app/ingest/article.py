"""One file's bytes -> a Document: choose the loader, then build the record."""

from __future__ import annotations

from pathlib import PurePath

from app.errors import EmptyFile
from app.ingest.build import make_document
from app.ingest.encoding import decode
from app.ingest.files import outlet_from_name
from app.ingest.sniff import sniff
from app.model import Document


def load_bytes(raw: bytes, path: str) -> Document:
    """Turn ``raw`` (the content of ``path``) into a Document, or raise a LoadError."""
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

        h = parse_html(raw, path)
        return _build(
            h.text,
            raw,
            path,
            fmt,
            title=h.title,
            url=h.url,
            author=h.author,
            published=h.published,
            outlet=h.outlet or fallback_outlet,
        )
    source = decode(raw, path)
    if fmt == "markdown":
        from app.ingest.markdown import parse_markdown

        m = parse_markdown(source)
        return _build(
            m.text,
            raw,
            path,
            fmt,
            title=m.title,
            url=m.url,
            author=m.author,
            published=m.published,
            outlet=m.outlet or fallback_outlet,
        )
    from app.ingest.plaintext import parse

    t = parse(source)
    return _build(t.text, raw, path, fmt, title=t.title, url=t.url, outlet=fallback_outlet)


def _build(text: str, raw: bytes, path: str, fmt: str, **meta: str) -> Document:
    if not text.strip():
        raise EmptyFile(path)
    return make_document(text, path=path, raw=raw, format=fmt, **meta)
