"""Word documents: body paragraphs (and table cells) in reading order.

A DOCX is a zip archive, so its declared unpacked size is checked from the zip
directory before python-docx inflates anything: a few-kilobyte "document" can
declare gigabytes (a zip bomb).
"""

from __future__ import annotations

import zipfile
from collections.abc import Iterator
from dataclasses import dataclass
from io import BytesIO

from app.errors import ArchiveTooLarge, CorruptDocument, EmptyFile
from app.ingest.limits import MAX_UNPACKED_BYTES
from app.ingest.plaintext import looks_like_headline


@dataclass(frozen=True, slots=True)
class ParsedDocx:
    text: str
    title: str


def check_archive(raw: bytes, path: str, kind: str = "Word") -> None:
    """Refuse a zip whose members would unpack beyond the limit, before inflating."""
    try:
        with zipfile.ZipFile(BytesIO(raw)) as z:
            declared = sum(info.file_size for info in z.infolist())
    except (zipfile.BadZipFile, OSError, ValueError, EOFError):
        raise CorruptDocument(path, kind) from None
    if declared > MAX_UNPACKED_BYTES:
        raise ArchiveTooLarge(path, declared, MAX_UNPACKED_BYTES)


def parse_docx(raw: bytes, path: str = "") -> ParsedDocx:
    check_archive(raw, path)
    import docx
    from docx.opc.exceptions import PackageNotFoundError

    try:
        document = docx.Document(BytesIO(raw))
        lines = [line for line in _lines(document) if line.strip()]
        props = document.core_properties
        title = (props.title or "").strip()
    except PackageNotFoundError as exc:
        raise CorruptDocument(path, "Word") from exc
    except Exception as exc:  # lxml, zipfile and python-docx raise many kinds on damage
        raise CorruptDocument(path, "Word") from exc
    if not lines:
        raise EmptyFile(path)
    if not title and looks_like_headline(lines[0]):
        title = lines[0].strip()
    # The author and dates of a .docx describe the file, not the article (a journalist's
    # own copy would name the journalist), so only the title is taken from them.
    return ParsedDocx(text="\n\n".join(lines), title=title)


def _lines(document: object) -> Iterator[str]:
    from docx.table import Table

    for block in document.iter_inner_content():  # type: ignore[attr-defined]
        if isinstance(block, Table):
            for row in block.rows:
                cells = [c.text.strip() for c in row.cells]
                yield " | ".join(dict.fromkeys(c for c in cells if c))
        else:
            yield block.text.replace("\r", "\n").replace("\n", " ").replace("\v", " ")
