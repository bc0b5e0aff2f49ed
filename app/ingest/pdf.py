"""PDF articles: the text layer, pages in order, put back into paragraphs.

A PDF's text layer is a list of printed lines. To get the article back we drop the
running headers and footers (a line that recurs, digits aside, at the top or bottom of
most pages), rejoin words hyphenated at a line end, and rejoin lines into paragraphs
(a line clearly shorter than the column ends its paragraph). A PDF with no text layer is
a scan; Parallax does not do OCR and says so.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass
from io import BytesIO

from app.errors import ArticleTooLong, CorruptDocument, EncryptedPdf, NoTextLayer
from app.ingest.limits import MAX_ARTICLE_CHARS
from app.ingest.plaintext import looks_like_headline

_EDGE_LINES = 2  # lines at each end of a page that may be a running header or footer
_DIGITS = re.compile(r"\d+")
_HYPHENATED = re.compile(r"([a-zà-ÿ])-\n([a-zà-ÿ])")
_FOLIO = re.compile(r"(?:page\s*)?\d+(?:\s*(?:/|of)\s*\d+)?", re.IGNORECASE)
_HYPHEN_END = re.compile(r"[a-zà-ÿ]-$")
_TERMINAL = (".", "!", "?", ":", "”", '"', "’", "'", ")")


@dataclass(frozen=True, slots=True)
class ParsedPdf:
    text: str
    title: str
    author: str


def parse_pdf(raw: bytes, path: str = "") -> ParsedPdf:
    from pypdf import PdfReader
    from pypdf.errors import DependencyError, FileNotDecryptedError, PdfReadError

    try:
        reader = PdfReader(BytesIO(raw))
        if reader.is_encrypted and not _opens_without_password(reader):
            raise EncryptedPdf(path)
        pages = _page_texts(reader, path)
        info = reader.metadata
        meta_title = str(info.title or "") if info else ""
        meta_author = str(info.author or "") if info else ""
    except (EncryptedPdf, ArticleTooLong):
        raise
    except (FileNotDecryptedError, DependencyError) as exc:
        raise EncryptedPdf(path) from exc
    except (PdfReadError, Exception) as exc:  # pypdf raises many kinds on damage
        raise CorruptDocument(path, "PDF") from exc
    lines_per_page = [_clean_lines(p) for p in pages]
    if not any(lines_per_page):
        raise NoTextLayer(path)
    text = reflow(drop_running_lines(lines_per_page))
    if not text.strip():
        raise NoTextLayer(path)
    first = text.split("\n", 1)[0]
    title = meta_title.strip()
    if not title or _is_placeholder(title):
        title = first.strip() if looks_like_headline(first) else ""
    author = "" if _is_placeholder(meta_author) else meta_author.strip()
    return ParsedPdf(text=text, title=title, author=author)


def _page_texts(reader: object, path: str) -> list[str]:
    """Each page's text, stopping as soon as there is more than an article's worth.

    A 20 MB PDF can hold thousands of pages, each slow to extract; past the character
    limit the rest would be refused anyway, so they are never read.
    """
    pages: list[str] = []
    chars = 0
    for page in reader.pages:  # type: ignore[attr-defined]
        text = page.extract_text() or ""
        chars += len(text)
        if chars > MAX_ARTICLE_CHARS:
            raise ArticleTooLong(path, chars, MAX_ARTICLE_CHARS, unit="characters")
        pages.append(text)
    return pages


def _opens_without_password(reader: object) -> bool:
    """Many PDFs are 'encrypted' only to restrict printing; the empty password opens them."""
    try:
        return bool(reader.decrypt(""))  # type: ignore[attr-defined]
    except Exception:
        return False


_PLACEHOLDERS = frozenset({"untitled", "untitled document", "anonymous", "unknown", "user"})


def _is_placeholder(value: str) -> bool:
    """Metadata that PDF producers fill in by default and that names nothing."""
    v = value.strip().lower()
    return (
        v in _PLACEHOLDERS
        or v.startswith("microsoft word")
        or bool(re.search(r"\.(docx?|pdf|indd|txt|rtf)$", v))
    )


def _clean_lines(page: str) -> list[str]:
    page = page.replace("\r\n", "\n").replace("\r", "\n")
    return [" ".join(line.split()) for line in page.split("\n") if line.strip()]


def _key(line: str) -> str:
    return _DIGITS.sub("#", line.casefold())


def drop_running_lines(pages: list[list[str]]) -> list[list[str]]:
    """Remove lines that recur at a page's edge on most pages (headers, footers, folios)."""
    counts: Counter[str] = Counter()
    for lines in pages:
        counts.update({_key(line) for line in lines[:_EDGE_LINES] + lines[-_EDGE_LINES:]})
    # On most pages, and on at least three: two pages can share an edge line by chance.
    running = {k for k, n in counts.items() if n * 2 > len(pages) and n >= 3}
    out = []
    for lines in pages:
        n = len(lines)
        edges = set(range(min(_EDGE_LINES, n))) | set(range(max(0, n - _EDGE_LINES), n))
        out.append(
            [
                line
                for i, line in enumerate(lines)
                # A bare page number is a folio even when it appears on one page only.
                if not (i in edges and (_key(line) in running or _FOLIO.fullmatch(line)))
            ]
        )
    return out


def reflow(pages: list[list[str]]) -> str:
    """Join printed lines into paragraphs, repairing end-of-line hyphenation."""
    lines = [line for page in pages for line in page]
    if not lines:
        return ""
    lengths = sorted(len(line) for line in lines)
    column = lengths[int(len(lengths) * 0.8)] if len(lengths) > 1 else lengths[0]
    paragraphs: list[str] = []
    current = ""
    for line in lines:
        current = f"{current}\n{line}" if current else line
        if _HYPHEN_END.search(line):  # a word broken across lines never ends a paragraph
            continue
        short = len(line) < 0.7 * column
        ends = line.endswith(_TERMINAL) and len(line) < 0.9 * column
        if short or ends:
            paragraphs.append(current)
            current = ""
    if current:
        paragraphs.append(current)
    return "\n\n".join(_join_lines(p) for p in paragraphs)


def _join_lines(paragraph: str) -> str:
    return _HYPHENATED.sub(r"\1\2", paragraph).replace("\n", " ")
