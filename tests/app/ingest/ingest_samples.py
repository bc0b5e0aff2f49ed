"""Builders for the files the ingest tests load: real formats, generated per test."""

from __future__ import annotations

import io
import struct
from pathlib import Path

PARAGRAPHS = (
    "Ukrainian President Volodymyr Zelensky posted a video from a Kyiv street on "
    "Saturday, saying he was not leaving the capital as Russian forces advanced on "
    "the city from several directions.",
    "“I am here. We are not putting down arms,” he said in the video, recorded near "
    "the presidential office in the government quarter of the capital.",
    "The United States had offered to help him leave, according to officials familiar "
    "with the conversation, but he refused the offer.",
)


def write_pdf(
    path: Path,
    pages: list[list[str]],
    *,
    title: str = "",
    header: str = "",
    footer: str = "",
    shapes_only: bool = False,
) -> Path:
    """A PDF drawn line by line, as a newspaper's print-to-PDF would lay it out."""
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfgen import canvas

    c = canvas.Canvas(str(path), pagesize=A4, invariant=1)
    if title:
        c.setTitle(title)
    for number, lines in enumerate(pages, start=1):
        if shapes_only:  # what a scan looks like to a text extractor: no text at all
            for y in range(100, 700, 40):
                c.rect(72, y, 400, 20, fill=1)
        else:
            c.setFont("Helvetica", 11)
            if header:
                c.drawString(72, 800, header)
            y = 760
            for line in lines:
                c.drawString(72, y, line)
                y -= 16
            if footer:
                c.drawString(72, 40, footer.format(page=number))
        c.showPage()
    c.save()
    return path


def wrap(text: str, width: int = 80) -> list[str]:
    """Break ``text`` into printed lines, hyphenating long words at the line end."""
    lines: list[str] = []
    current = ""
    for word in text.split():
        if len(current) + 1 + len(word) <= width or not current:
            current = f"{current} {word}".strip()
        elif len(word) > 8 and width - len(current) > 5 and word.isalpha():
            cut = width - len(current) - 2
            lines.append(f"{current} {word[:cut]}-")
            current = word[cut:]
        else:
            lines.append(current)
            current = word
    if current:
        lines.append(current)
    return lines


def encrypt_pdf(source: Path, target: Path, password: str = "secret") -> Path:
    from pypdf import PdfReader, PdfWriter

    writer = PdfWriter(clone_from=PdfReader(source))
    writer.encrypt(user_password=password, owner_password="owner", algorithm="RC4-128")
    with target.open("wb") as f:
        writer.write(f)
    return target


def write_docx(path: Path, title: str, paragraphs: tuple[str, ...], table: bool = False) -> Path:
    import docx

    d = docx.Document()
    d.add_heading(title, level=1)
    for p in paragraphs:
        d.add_paragraph(p)
    if table:
        t = d.add_table(rows=2, cols=2)
        t.cell(0, 0).text = "Casualties"
        t.cell(0, 1).text = "137"
        t.cell(1, 0).text = "Wounded"
        t.cell(1, 1).text = "316"
        d.add_paragraph("The figures were given by the president in his address.")
    d.save(str(path))
    return path


def inflate_declared_size(zip_bytes: bytes, member: str, size: int) -> bytes:
    """Rewrite one member's declared unpacked size in the zip directory (a zip bomb's lie)."""
    out = bytearray(zip_bytes)
    name = member.encode()
    pos = 0
    while (pos := out.find(b"PK\x01\x02", pos)) != -1:
        name_len = struct.unpack_from("<H", out, pos + 28)[0]
        if bytes(out[pos + 46 : pos + 46 + name_len]) == name:
            struct.pack_into("<I", out, pos + 24, size)
        pos += 4
    return bytes(out)


def png_bytes() -> bytes:
    """A real (tiny) PNG, so the 'photo renamed .txt' case is an actual image."""
    import zlib

    def chunk(kind: bytes, data: bytes) -> bytes:
        return (
            struct.pack(">I", len(data))
            + kind
            + data
            + struct.pack(">I", zlib.crc32(kind + data) & 0xFFFFFFFF)
        )

    raw = b"".join(b"\x00" + bytes([200, 30, 30] * 16) for _ in range(16))
    return (
        b"\x89PNG\r\n\x1a\n"
        + chunk(b"IHDR", struct.pack(">IIBBBBB", 16, 16, 8, 2, 0, 0, 0))
        + chunk(b"IDAT", zlib.compress(raw))
        + chunk(b"IEND", b"")
    )


def docx_bytes(path: Path) -> bytes:
    return io.BytesIO(path.read_bytes()).getvalue()
