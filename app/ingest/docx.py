"""Word documents: body paragraphs (and table cells) in reading order.

A DOCX is a zip archive, and a zip's directory may lie: a few-kilobyte "document" can
declare gigabytes (a zip bomb), or declare ten kilobytes for a member that inflates to
two gigabytes. So no declared size is trusted and python-docx never inflates the
original: the XML parts are inflated here, in bounded chunks, counting the bytes that
really come out and stopping at the limit; the media (photos) are never inflated, since
only the text is used. python-docx then reads a rebuilt, uncompressed copy.
"""

from __future__ import annotations

import struct
import zipfile
import zlib
from collections.abc import Iterator
from dataclasses import dataclass
from io import BytesIO

from app.errors import ArchiveTooLarge, CorruptDocument, EmptyFile
from app.ingest.limits import MAX_DOCX_XML_BYTES, MAX_UNPACKED_BYTES
from app.ingest.plaintext import looks_like_headline

_CHUNK = 1 << 20  # inflate at most this much at a time
_MAX_MEMBERS = 10_000
_LOCAL_HEADER = struct.Struct("<4s5H3I2H")


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


def inflate_parts(raw: bytes, path: str, limit: int | None = None) -> BytesIO:
    """The archive rebuilt with its XML parts inflated (bounded) and media left empty.

    Raises ArchiveTooLarge as soon as the bytes actually inflated pass ``limit``, and
    CorruptDocument for anything that is not a readable zip of deflated or stored parts.
    """
    limit = MAX_DOCX_XML_BYTES if limit is None else limit
    try:
        with zipfile.ZipFile(BytesIO(raw)) as z:
            infos = z.infolist()
    except (zipfile.BadZipFile, OSError, ValueError, EOFError):
        raise CorruptDocument(path, "Word") from None
    if len(infos) > _MAX_MEMBERS:  # Word writes a few dozen parts; this is not a document
        raise CorruptDocument(path, "Word")
    out = BytesIO()
    total = 0
    with zipfile.ZipFile(out, "w", zipfile.ZIP_STORED) as rebuilt:
        for info in infos:
            name = info.filename
            if info.is_dir() or name in rebuilt.NameToInfo:
                continue
            if not name.lower().endswith((".xml", ".rels")):
                rebuilt.writestr(name, b"")  # a photo or an embedded object: never read
                continue
            data = _inflate(raw, info, path, limit - total)
            total += len(data)
            rebuilt.writestr(name, data)
    out.seek(0)
    return out


def _inflate(raw: bytes, info: zipfile.ZipInfo, path: str, budget: int) -> bytes:
    """One member's bytes, inflated a chunk at a time; refused once past ``budget``."""
    offset = info.header_offset
    try:
        header = _LOCAL_HEADER.unpack_from(raw, offset)
    except struct.error:
        raise CorruptDocument(path, "Word") from None
    sig, name_len, extra_len = header[0], header[-2], header[-1]
    if sig != b"PK\x03\x04" or info.flag_bits & 0x1:  # damaged, or encrypted
        raise CorruptDocument(path, "Word")
    start = offset + _LOCAL_HEADER.size + name_len + extra_len
    # The directory's compressed size is what python's zipfile trusts; bound it by the file.
    compressed = memoryview(raw)[start : start + info.compress_size]
    if info.compress_type == zipfile.ZIP_STORED:
        if len(compressed) > budget:
            raise ArchiveTooLarge(path, len(compressed), MAX_DOCX_XML_BYTES)
        data = bytes(compressed)
    elif info.compress_type == zipfile.ZIP_DEFLATED:
        data = _inflate_deflate(compressed, path, budget)
    else:
        raise CorruptDocument(path, "Word")
    if zlib.crc32(data) & 0xFFFFFFFF != info.CRC:
        raise CorruptDocument(path, "Word")
    return data


def _inflate_deflate(compressed: memoryview, path: str, budget: int) -> bytes:
    inflater = zlib.decompressobj(-15)
    parts: list[bytes] = []
    size = pos = 0
    pending = b""
    try:
        while not inflater.eof:
            if not pending and pos < len(compressed):
                pending = bytes(compressed[pos : pos + _CHUNK])
                pos += len(pending)
            piece = inflater.decompress(pending, _CHUNK)
            pending = inflater.unconsumed_tail
            if not piece and not pending and pos >= len(compressed):
                raise CorruptDocument(path, "Word")  # the stream stops before its end
            size += len(piece)
            if size > budget:
                raise ArchiveTooLarge(path, size, MAX_DOCX_XML_BYTES, at_least=True)
            parts.append(piece)
    except zlib.error:
        raise CorruptDocument(path, "Word") from None
    return b"".join(parts)


def parse_docx(raw: bytes, path: str = "") -> ParsedDocx:
    check_archive(raw, path)
    package = inflate_parts(raw, path)
    import docx
    from docx.opc.exceptions import PackageNotFoundError

    try:
        document = docx.Document(package)
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
