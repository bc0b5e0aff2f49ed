"""Decide a file's format from its first bytes, the extension only breaking ties.

Files arrive renamed, saved with the wrong extension, or downloaded without one; the
content is the only reliable witness. The extension still decides between readings
that the bytes allow equally (a ``.md`` file is plain text to a byte sniffer).
"""

from __future__ import annotations

import zipfile
from io import BytesIO
from typing import Literal

from app.errors import CorruptDocument, EmptyFile, NotText

Format = Literal["text", "markdown", "html", "docx", "pdf"]

TEXT_EXTENSIONS = frozenset({".txt", ".text"})
MARKDOWN_EXTENSIONS = frozenset({".md", ".markdown", ".mdown", ".mkd"})
HTML_EXTENSIONS = frozenset({".html", ".htm", ".xhtml", ".shtml"})
SUPPORTED_EXTENSIONS = (
    TEXT_EXTENSIONS | MARKDOWN_EXTENSIONS | HTML_EXTENSIONS | frozenset({".docx", ".pdf"})
)

# Signatures of common binary files, named the way a journalist would recognise them.
_MAGIC: tuple[tuple[int, bytes, str], ...] = (
    (0, b"\x89PNG\r\n\x1a\n", "a PNG image"),
    (0, b"\xff\xd8\xff", "a JPEG image"),
    (0, b"GIF87a", "a GIF image"),
    (0, b"GIF89a", "a GIF image"),
    (0, b"II*\x00", "a TIFF image"),
    (0, b"MM\x00*", "a TIFF image"),
    (0, b"BM", "a BMP image"),
    (0, b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1", "an old Office file (.doc); save it as .docx"),
    (0, b"{\\rtf", "a Rich Text (.rtf) file; save it as .docx or .txt"),
    (0, b"\x1f\x8b", "a compressed (gzip) file"),
    (0, b"7z\xbc\xaf\x27\x1c", "a 7-Zip archive"),
    (0, b"Rar!", "a RAR archive"),
    (0, b"\x7fELF", "a program"),
    (0, b"MZ", "a Windows program"),
    (0, b"ID3", "an audio file"),
    (0, b"OggS", "an audio or video file"),
    (0, b"fLaC", "an audio file"),
    (0, b"SQLite format 3\x00", "a database"),
    (4, b"ftyp", "a video or audio file"),
    (8, b"WEBP", "a WebP image"),
    (8, b"WAVE", "an audio file"),
    (8, b"AVI ", "a video"),
)

_BOMS = (b"\xef\xbb\xbf", b"\xff\xfe", b"\xfe\xff")


def binary_kind(raw: bytes) -> str | None:
    """What a binary file looks like, or ``None`` when nothing recognisable matches."""
    for offset, magic, kind in _MAGIC:
        if raw[offset : offset + len(magic)] == magic:
            # "BM" and "MZ" are short: only trust them when the file is not text-like.
            if len(magic) <= 2 and _looks_textual(raw[:512]):
                continue
            return kind
    return None


def _looks_textual(head: bytes) -> bool:
    if not head:
        return True
    control = sum(1 for b in head if b < 32 and b not in (9, 10, 12, 13))
    return control / len(head) < 0.02


def _head_as_text(raw: bytes) -> str:
    head = raw[:4096]
    if head.startswith(b"\xff\xfe"):
        return head[2:].decode("utf-16-le", "ignore")
    if head.startswith(b"\xfe\xff"):
        return head[2:].decode("utf-16-be", "ignore")
    return head.decode("latin-1")


def looks_like_html(raw: bytes) -> bool:
    head = _head_as_text(raw).lstrip("\ufeff\xef\xbb\xbf \t\r\n").lower()
    if head.startswith(("<!doctype html", "<html")):
        return True
    if head.startswith("<?xml") and "<html" in head:
        return True
    return head.startswith("<") and ("<body" in head or "<head" in head)


def is_docx_zip(raw: bytes) -> bool:
    try:
        with zipfile.ZipFile(BytesIO(raw)) as z:
            return "word/document.xml" in z.namelist()
    except (zipfile.BadZipFile, OSError, ValueError):
        return False


def sniff(raw: bytes, path: str, ext: str) -> Format:
    """The loader to use for ``raw``; raises a typed error for content no loader takes."""
    if not raw.strip():
        raise EmptyFile(path)
    if b"%PDF-" in raw[:1024]:
        return "pdf"
    if raw.startswith(b"PK\x03\x04") or raw.startswith(b"PK\x05\x06"):
        if ext == ".docx" or is_docx_zip(raw):
            return "docx"
        raise NotText(path, "a zip archive")
    if ext == ".docx":
        raise CorruptDocument(path, "Word")
    if ext == ".pdf":
        raise CorruptDocument(path, "PDF")
    kind = binary_kind(raw)
    if kind is not None:
        raise NotText(path, kind)
    if looks_like_html(raw):
        return "html"
    if ext in HTML_EXTENSIONS and raw.lstrip(b"".join(_BOMS) + b" \t\r\n").startswith(b"<"):
        return "html"
    if ext in MARKDOWN_EXTENSIONS:
        return "markdown"
    return "text"
