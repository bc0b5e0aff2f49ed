"""Hostile and oversized inputs, generated on demand (nothing large is committed).

Issue 15 lists inputs that hung the app, exhausted memory or took the good files down
with them. Each case here builds one of them into a folder, next to two good articles
from the sample story, so the tests (at a small ``scale``) and ``benchmarks/hostile.py``
(at the issue's full size) exercise the same bytes. ``scale`` divides the sizes: a test
uses a size still large enough that a quadratic stage would take minutes, while the
benchmark reproduces the reported figures.
"""

from __future__ import annotations

import io
import json
import os
import random
import shutil
import struct
import subprocess
import zipfile
import zlib
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SEEDS = ROOT / "seeds"

_WORDS = (
    "the president said on saturday that troops would stay in kyiv while officials "
    "reported heavy fighting near the capital and ministers met allies in brussels to "
    "discuss sanctions aid weapons refugees borders talks ceasefire evening statement"
).split()


@dataclass(frozen=True, slots=True)
class Case:
    """One row of the table: how to build it, and how it is fed to Parallax."""

    name: str
    label: str  # the row as the issue words it
    build: Callable[[Path, int], Path]  # (folder, scale) -> the path to open
    kind: str = "folder"  # folder | cli | project | json
    owner: str = "ingest"  # who makes it fast: "ingest" (this work) or "quotes" (lead)


def good_articles(folder: Path) -> list[Path]:
    """Two real articles next to the hostile one: they must still load and compare."""
    folder.mkdir(parents=True, exist_ok=True)
    out = []
    for seed in sorted(SEEDS.glob("*.txt"))[:2]:
        out.append(Path(shutil.copy(seed, folder / f"good_{seed.name}")))
    return out


def _words(n: int, seed: int = 15) -> str:
    rng = random.Random(seed)
    return " ".join(rng.choice(_WORDS) for _ in range(n))


def _text_file(folder: Path, name: str, text: str) -> Path:
    good_articles(folder)
    (p := folder / name).write_text(text, encoding="utf-8")
    return p


# -- texts that are costly to analyse -------------------------------------------------------


def curly_quotes(folder: Path, scale: int = 1) -> Path:
    n = 100_000 // scale // 4  # four marks a line; 75,000 words: under the article limit
    return _text_file(folder, "quotes.txt", "“Yes,” said “no.”\n" * n)


def nested_quotes(folder: Path, scale: int = 1) -> Path:
    n = 50_000 // scale // 4  # each "“a ‘b" opens two quotations; 50,000 words in all
    return _text_file(folder, "nested.txt", "“a ‘b " * n + "c" + " d’ e”" * n)


def dots(folder: Path, scale: int = 1) -> Path:
    n = 4_000 // scale
    # A line that ends in a run of dots and a word, then a quote: the attribution looks
    # back over the line before the quote (cubic in the run on the engine of Nov 2026).
    return _text_file(folder, "dots.txt", "." * n + " x\n“We stay,” he said.\n")


def long_word(folder: Path, scale: int = 1) -> Path:
    n = 70_000 // scale
    return _text_file(folder, "word.txt", "He said " + "a" * n + "!a\n“We stay,” he said.\n")


def too_many_words(folder: Path, scale: int = 1) -> Path:
    """A text file under the byte cap but far past any article's length."""
    return _text_file(folder, "long.txt", _words(2_000_000 // scale) + "\n")


# -- archives ---------------------------------------------------------------------------------


def _docx_template() -> dict[str, bytes]:
    import docx

    buf = io.BytesIO()
    d = docx.Document()
    d.add_paragraph("Kyiv")
    d.save(buf)
    with zipfile.ZipFile(buf) as z:
        return {name: z.read(name) for name in z.namelist()}


def _document_xml_chunks(words: int) -> tuple[bytes, Callable[[int], bytes], bytes]:
    head = (
        b'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:document '
        b'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>'
    )

    def para(i: int) -> bytes:
        return f"<w:p><w:r><w:t>{_words(words, i)}</w:t></w:r></w:p>".encode()

    return head, para, b"</w:body></w:document>"


def docx_inflating(folder: Path, scale: int = 1) -> Path:
    """A DOCX whose text inflates to ~99 MB while the file stays under 20 MB."""
    good_articles(folder)
    target = 99_000_000 // scale
    parts = _docx_template()
    head, para, tail = _document_xml_chunks(60)
    p = folder / "inflating.docx"
    with zipfile.ZipFile(p, "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in parts.items():
            if name != "word/document.xml":
                z.writestr(name, data)
        with z.open("word/document.xml", "w") as out:
            out.write(head)
            written, i = 0, 0
            block = b"".join(para(j) for j in range(64))  # varied words, repeated blocks
            while written < target:
                out.write(block)
                written += len(block)
                i += 1
            out.write(tail)
    return p


def docx_lying(folder: Path, scale: int = 1) -> Path:
    """A DOCX declaring 10 kB for a member that really inflates to ~1.9 GB."""
    good_articles(folder)
    target = 1_900_000_000 // scale
    head, _, tail = _document_xml_chunks(0)
    start, end = head + b"<w:p><w:r><w:t>", b"</w:t></w:r></w:p>" + tail
    comp = zlib.compressobj(9, zlib.DEFLATED, -15)
    chunk = b"a" * 1_000_000
    body, crc = [comp.compress(start)], zlib.crc32(start)
    for _ in range(target // len(chunk)):
        body.append(comp.compress(chunk))
        crc = zlib.crc32(chunk, crc)
    body.append(comp.compress(end) + comp.flush())
    crc = zlib.crc32(end, crc)
    members = [
        (name, zlib.crc32(data), _deflate(data), len(data))
        for name, data in _docx_template().items()
        if name != "word/document.xml"
    ]
    members.append(("word/document.xml", crc, b"".join(body), 10_000))  # the lie
    out, central = bytearray(), bytearray()
    for name, mcrc, deflated, size in members:
        raw_name = name.encode()
        fields = (20, 0, 8, 0, 0x21, mcrc & 0xFFFFFFFF, len(deflated), size, len(raw_name))
        central += (
            struct.pack("<4sHHHHHHIIIHHHHHII", b"PK\x01\x02", 20, *fields, 0, 0, 0, 0, 0, len(out))
            + raw_name
        )
        out += struct.pack("<4sHHHHHIIIHH", b"PK\x03\x04", *fields, 0) + raw_name + deflated
    n = len(members)
    out += central + struct.pack("<4s4H2IH", b"PK\x05\x06", 0, 0, n, n, len(central), len(out), 0)
    (p := folder / "lying.docx").write_bytes(bytes(out))
    return p


def _deflate(data: bytes) -> bytes:
    comp = zlib.compressobj(6, zlib.DEFLATED, -15)
    return comp.compress(data) + comp.flush()


def huge_html(folder: Path, scale: int = 1) -> Path:
    good_articles(folder)
    target = 19_000_000 // scale
    paras = [f"<p>{_words(60, i)}.</p>\n" for i in range(200)]
    body, size, i = [], 0, 0
    while size < target:
        body.append(paras[i % len(paras)].replace("</p>", f" {i}</p>"))
        size += len(body[-1])
        i += 1
    page = (
        "<!DOCTYPE html><html><head><title>Kyiv</title></head><body><article>"
        + "".join(body)
        + "</article></body></html>"
    )
    (p := folder / "huge.html").write_text(page, encoding="utf-8")
    return p


# -- folders ---------------------------------------------------------------------------------


def many_articles(folder: Path, scale: int = 1) -> Path:
    good_articles(folder)
    n = 5_000 // scale
    for i in range(n):
        (folder / f"tiny_{i:05d}.txt").write_text(
            f"Report {i}. The president said troops stay in Kyiv. {_words(12, i)}.\n",
            encoding="utf-8",
        )
    return folder


def fifo(folder: Path, scale: int = 1) -> Path:
    good_articles(folder)
    os.mkfifo(folder / "pipe.txt")
    return folder


def deep_folder(folder: Path, scale: int = 1) -> Path:
    good_articles(folder)
    depth = 1_200 // scale
    d = folder
    for _ in range(depth):  # one level at a time: Path.mkdir(parents=True) recurses
        d = d / "d"
        d.mkdir()
    shutil.copy(sorted(SEEDS.glob("*.txt"))[2], d / "deep.txt")
    return folder


def remove_tree(folder: Path) -> None:
    """``shutil.rmtree`` without its recursion (it fails on the deep folder above).

    ``rm -rf`` walks with file descriptors, so a deep path is not resolved again at
    every level; the loop below is the portable fallback.
    """
    if not folder.exists():
        return
    if (rm := shutil.which("rm")) is not None:
        subprocess.run([rm, "-rf", "--", str(folder)], check=True)
        return
    stack = [folder]
    while stack:
        top = stack[-1]
        subfolders = [Path(e.path) for e in os.scandir(top) if e.is_dir(follow_symlinks=False)]
        if subfolders:
            stack.extend(subfolders)
            continue
        for e in os.scandir(top):
            os.unlink(e.path)
        top.rmdir()
        stack.pop()


def link_to_root(folder: Path, scale: int = 1) -> Path:
    good_articles(folder)
    os.symlink("/", folder / "everything")
    return folder


def bad_name(folder: Path, scale: int = 1) -> Path:
    """A third article whose file name holds a byte that is not UTF-8 (and a control)."""
    good_articles(folder)
    name = os.fsencode(folder) + b"/caf\xe9\x07 report.txt"
    with open(name, "wb") as f:
        f.write(sorted(SEEDS.glob("*.txt"))[2].read_bytes())
    return folder


def one_bad_byte(folder: Path, scale: int = 1) -> Path:
    good_articles(folder)
    text = sorted(SEEDS.glob("*.txt"))[2].read_text(encoding="utf-8")
    text = "“He’s staying,” said the aide.\n\n" + text
    raw = text.encode("utf-8")
    cut = len(raw) // 2
    (p := folder / "one_bad_byte.txt").write_bytes(raw[:cut] + b"\xff" + raw[cut:])
    return p


def utf16_no_bom(folder: Path, scale: int = 1, encoding: str = "utf-16-le") -> Path:
    good_articles(folder)
    text = sorted(SEEDS.glob("*.txt"))[2].read_text(encoding="utf-8")
    (p := folder / f"{encoding}.txt").write_bytes(text.encode(encoding))
    return p


def utf16be_no_bom(folder: Path, scale: int = 1) -> Path:
    return utf16_no_bom(folder, scale, "utf-16-be")


def utf32_no_bom(folder: Path, scale: int = 1) -> Path:
    return utf16_no_bom(folder, scale, "utf-32-le")


def aes_pdf(folder: Path, scale: int = 1) -> Path:
    """An AES-256 PDF whose user password is empty: it opens without one."""
    from pypdf import PdfWriter

    good_articles(folder)
    text = sorted(SEEDS.glob("*.txt"))[2].read_text(encoding="utf-8")
    writer = PdfWriter()
    writer.add_blank_page(612, 792)
    _add_text(writer, text.split("\n\n")[:6])
    writer.encrypt(user_password="", owner_password="owner", algorithm="AES-256")
    with (p := folder / "aes.pdf").open("wb") as f:
        writer.write(f)
    return p


def _add_text(writer: object, paragraphs: list[str]) -> None:
    from pypdf.generic import DecodedStreamObject, DictionaryObject, NameObject

    lines = []
    for para in paragraphs:
        words, line = para.split(), ""
        for w in words:
            if len(line) + len(w) > 80:
                lines.append(line)
                line = ""
            line = f"{line} {w}".strip()
        lines.append(line)
    ops = ["BT", "/F1 10 Tf", "40 750 Td", "12 TL"]
    for line in lines[:55]:
        safe = line.encode("latin-1", "replace").decode("latin-1")
        safe = safe.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)")
        ops.append(f"({safe}) Tj T*")
    ops.append("ET")
    page = writer.pages[0]  # type: ignore[attr-defined]
    stream = DecodedStreamObject()
    stream.set_data("\n".join(ops).encode("latin-1"))
    font = DictionaryObject(
        {
            NameObject("/Type"): NameObject("/Font"),
            NameObject("/Subtype"): NameObject("/Type1"),
            NameObject("/BaseFont"): NameObject("/Helvetica"),
        }
    )
    page[NameObject("/Resources")] = DictionaryObject(
        {NameObject("/Font"): DictionaryObject({NameObject("/F1"): font})}
    )
    page[NameObject("/Contents")] = writer._add_object(stream)  # type: ignore[attr-defined]


# -- comparison files -------------------------------------------------------------------------


def _project_doc(i: int, text: str = "Kyiv.") -> dict[str, object]:
    return {"id": f"{i:012x}", "text": text, "paragraphs": [[0, len(text)]]}


def _write_json(folder: Path, name: str, data: object) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    (p := folder / name).write_text(json.dumps(data), encoding="utf-8")
    return p


def project_many_docs(folder: Path, scale: int = 1) -> Path:
    docs = [_project_doc(i) for i in range(100_000 // scale)]
    return _write_json(
        folder, "many.parallax", {"format": "parallax", "version": 1, "documents": docs}
    )


def project_huge_field(folder: Path, scale: int = 1) -> Path:
    """A 1 GB text field (written in pieces, never held in memory)."""
    folder.mkdir(parents=True, exist_ok=True)
    p = folder / "huge.parallax"
    size = 1_000_000_000 // scale
    with p.open("wb") as f:
        f.write(b'{"format": "parallax", "version": 1, "documents": [{"id": "a", "text": "')
        chunk = b"Kyiv " * 200_000
        for _ in range(size // len(chunk)):
            f.write(chunk)
        f.write(b'"}]}')
    return p


def project_nested(folder: Path, scale: int = 1) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    n = 100_000 // scale
    (p := folder / "nested.parallax").write_text(
        '{"format": "parallax", "version": 1, "settings": {"x": ' + "[" * n + "]" * n + "}}",
        encoding="utf-8",
    )
    return p


def project_inf_span(folder: Path, scale: int = 1) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    doc = json.dumps(_project_doc(1, "Kyiv stays.")).replace("[[0, 11]]", "[[0, 1e999]]")
    (p := folder / "inf.parallax").write_text(
        '{"format": "parallax", "version": 1, "documents": [' + doc + "]}", encoding="utf-8"
    )
    return p


def project_surrogate(folder: Path, scale: int = 1) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    (p := folder / "surrogate.parallax").write_text(
        '{"format": "parallax", "version": 1, "documents": '
        '[{"id": "a", "text": "Kyiv \\ud800 stays.", "paragraphs": [[0, 5]]}]}',
        encoding="utf-8",
    )
    return p


def _comparison(mutate: Callable[[dict], None]) -> Callable[[Path, int], Path]:
    def build(folder: Path, scale: int = 1) -> Path:
        text = "Zelensky stays in Kyiv. He said so."
        data = {
            "format": "parallax-comparison",
            "version": 1,
            "settings": {"threshold": 0.5},
            "documents": [
                {
                    "id": "a",
                    "text": text,
                    "paragraphs": [[0, len(text)]],
                    "sentences": [{"start": 0, "end": 23}],
                    "quotes": [],
                    "boilerplate": [],
                },
                {
                    "id": "b",
                    "text": text,
                    "paragraphs": [[0, len(text)]],
                    "sentences": [{"start": 0, "end": 23}],
                    "quotes": [],
                    "boilerplate": [],
                },
            ],
            "matches": [
                {
                    "a": "a",
                    "b": "b",
                    "a_spans": [[0, 23]],
                    "b_spans": [[0, 23]],
                    "score": 1.0,
                    "kind": "identical",
                    "flags": [],
                    "diff": [],
                }
            ],
        }
        mutate(data)
        return _write_json(folder, "comparison.json", data)

    return build


def _set(path: str, value: object) -> Callable[[dict], None]:
    def mutate(data: dict) -> None:
        *keys, last = path.split(".")
        node: object = data
        for k in keys:
            node = node[int(k)] if isinstance(node, list) else node[k]  # type: ignore[index]
        if isinstance(node, list):
            node[int(last)] = value
        else:
            node[last] = value  # type: ignore[index]

    return mutate


json_past_end = _comparison(_set("matches.0.a_spans", [[0, 999]]))
json_negative = _comparison(_set("documents.0.sentences.0.start", -3))
json_unknown_doc = _comparison(_set("matches.0.b", "zzz"))
json_nan = _comparison(_set("matches.0.score", float("nan")))
json_unknown_kind = _comparison(_set("matches.0.kind", "copied"))
json_text_not_string = _comparison(_set("documents.1.text", 12))


CASES: tuple[Case, ...] = (
    Case("curly_quotes", "100,000 curly quotation marks (500 KB)", curly_quotes, owner="quotes"),
    Case("nested_quotes", "50,000 nested quotations", nested_quotes, owner="quotes"),
    Case("dots", "a run of 4,000 dots", dots, owner="quotes"),
    Case("long_word", "one 70,000-character word", long_word, owner="quotes"),
    Case("too_many_words", "2,000,000 words of plain text (under 20 MB)", too_many_words),
    Case("docx_inflating", "DOCX whose text inflates to 99 MB", docx_inflating),
    Case("docx_lying", "DOCX declaring 10 kB, inflating to 1.9 GB", docx_lying),
    Case("huge_html", "19 MB saved HTML page", huge_html),
    Case("many_articles", "a folder of 5,000 tiny articles", many_articles),
    Case("fifo", "a named pipe (FIFO) in a folder", fifo),
    Case("deep_folder", "a folder nested 1,200 deep", deep_folder),
    Case("link_to_root", "a symlink to / inside a folder", link_to_root),
    Case("bad_name", "a file name with non-UTF-8 bytes (CLI)", bad_name, kind="cli"),
    Case("one_bad_byte", "one invalid UTF-8 byte in an article", one_bad_byte),
    Case("utf16_no_bom", "UTF-16-LE without a byte-order mark", utf16_no_bom),
    Case("utf16be_no_bom", "UTF-16-BE without a byte-order mark", utf16be_no_bom),
    Case("utf32_no_bom", "UTF-32-LE without a byte-order mark", utf32_no_bom),
    Case("aes_pdf", "AES-256 PDF, empty user password", aes_pdf),
    Case("project_many_docs", ".parallax with 100,000 documents", project_many_docs, "project"),
    Case("project_huge_field", ".parallax with a 1 GB field", project_huge_field, "project"),
    Case("project_nested", ".parallax with 100,000 nested brackets", project_nested, "project"),
    Case("project_inf_span", ".parallax with 1e999 in a span", project_inf_span, "project"),
    Case("project_surrogate", ".parallax with a lone surrogate", project_surrogate, "project"),
    Case("json_past_end", "JSON: offsets past the end", json_past_end, "json"),
    Case("json_negative", "JSON: a negative offset", json_negative, "json"),
    Case("json_unknown_doc", "JSON: an unknown document id", json_unknown_doc, "json"),
    Case("json_nan", "JSON: a NaN score", json_nan, "json"),
    Case("json_unknown_kind", "JSON: an unknown match kind", json_unknown_kind, "json"),
    Case("json_text_not_string", "JSON: a text that is not a string", json_text_not_string, "json"),
)

BY_NAME = {c.name: c for c in CASES}
