"""Bad input: each case a typed error with a readable message; a folder load goes on."""

from __future__ import annotations

import io
import os
import zipfile
from collections.abc import Callable
from pathlib import Path

import pytest
from ingest_samples import (
    PARAGRAPHS,
    encrypt_pdf,
    inflate_declared_size,
    png_bytes,
    write_docx,
    write_pdf,
)

from app import errors
from app.ingest import load, load_folder
from app.ingest.limits import MAX_FILE_BYTES, MAX_UNPACKED_BYTES

GOOD = "Zelensky stays in Kyiv\n\n" + "\n\n".join(PARAGRAPHS) + "\n"

NO_ARTICLE_PAGE = """<!DOCTYPE html><html><head><title>Home | The Example Post</title>
<script>var articles = loadArticles(); render(articles);</script></head>
<body><nav><a href="/">Home</a> <a href="/world">World</a> <a href="/sport">Sport</a></nav>
<div id="app"></div><!-- rendered by JavaScript --><footer>© 2022</footer></body></html>"""


def _empty(tmp: Path) -> Path:
    (p := tmp / "empty.txt").write_bytes(b"")
    return p


def _blank(tmp: Path) -> Path:
    (p := tmp / "blank.txt").write_bytes(b" \r\n\t\n  ")
    return p


def _image_as_txt(tmp: Path) -> Path:
    (p := tmp / "photo.txt").write_bytes(png_bytes())
    return p


def _jpeg_as_md(tmp: Path) -> Path:
    (p := tmp / "photo.md").write_bytes(b"\xff\xd8\xff\xe0\x00\x10JFIF\x00" + bytes(range(256)))
    return p


def _nul_bytes(tmp: Path) -> Path:
    (p := tmp / "data.txt").write_bytes(b"Kyiv \x00\x00\x01\x02 report " * 50)
    return p


def _undecodable(tmp: Path) -> Path:
    # Bytes no text encoding makes sense of (control codes, odd high bytes, no words).
    (p := tmp / "garbled.txt").write_bytes(bytes(range(128, 256)) * 8 + b"\x1b\x07\x0e" * 40)
    return p


def _bad_utf16(tmp: Path) -> Path:
    (p := tmp / "broken16.txt").write_bytes(b"\xff\xfe" + "Kyiv".encode("utf-16-le") + b"\x00\xd8")
    return p


def _too_large(tmp: Path) -> Path:
    p = tmp / "huge.txt"
    with p.open("wb") as f:  # sparse: the size is real, the disk cost is not
        f.truncate(MAX_FILE_BYTES + 1)
    return p


def _malformed_html(tmp: Path) -> Path:
    (p := tmp / "broken.html").write_bytes(b"<<<<>>>> </ <!-- \x00")
    return p


def _no_article_html(tmp: Path) -> Path:
    (p := tmp / "front.html").write_text(NO_ARTICLE_PAGE, encoding="utf-8")
    return p


def _scanned_pdf(tmp: Path) -> Path:
    return write_pdf(tmp / "scan.pdf", [[], []], shapes_only=True)


def _encrypted_pdf(tmp: Path) -> Path:
    plain = write_pdf(tmp / "plain.pdf", [list(PARAGRAPHS)])
    locked = encrypt_pdf(plain, tmp / "locked.pdf", password="secret")
    plain.unlink()
    return locked


def _corrupt_pdf(tmp: Path) -> Path:
    (p := tmp / "cut.pdf").write_bytes(b"%PDF-1.4\n1 0 obj << /Type /Catalog >>\n% truncated")
    return p


def _pdf_named_pdf_but_not_pdf(tmp: Path) -> Path:
    (p := tmp / "fake.pdf").write_text("Notes on the Kyiv story.\n", encoding="utf-8")
    return p


def _corrupt_docx(tmp: Path) -> Path:
    (p := tmp / "random.docx").write_bytes(os.urandom(2048))
    return p


def _truncated_docx(tmp: Path) -> Path:
    good = write_docx(tmp / "whole.docx", "Kyiv", PARAGRAPHS).read_bytes()
    (tmp / "whole.docx").unlink()
    (p := tmp / "truncated.docx").write_bytes(good[: len(good) // 2])
    return p


def _docx_bomb(tmp: Path) -> Path:
    good = write_docx(tmp / "whole.docx", "Kyiv", PARAGRAPHS).read_bytes()
    (tmp / "whole.docx").unlink()
    (p := tmp / "bomb.docx").write_bytes(
        inflate_declared_size(good, "word/document.xml", MAX_UNPACKED_BYTES + 1)
    )
    return p


def _zip_renamed_txt(tmp: Path) -> Path:
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as z:
        z.writestr("notes.txt", GOOD)
    (p := tmp / "archive.txt").write_bytes(buf.getvalue())
    return p


CASES: list[tuple[str, Callable[[Path], Path], type[errors.LoadError], str]] = [
    ("empty file", _empty, errors.EmptyFile, "empty"),
    ("only whitespace", _blank, errors.EmptyFile, "empty"),
    ("PNG renamed .txt", _image_as_txt, errors.NotText, "PNG image"),
    ("JPEG renamed .md", _jpeg_as_md, errors.NotText, "JPEG image"),
    ("NUL bytes in .txt", _nul_bytes, errors.NotText, "not a text file"),
    ("undecodable bytes", _undecodable, errors.UndecodableText, "UTF-8"),
    ("broken UTF-16", _bad_utf16, errors.UndecodableText, "encoding"),
    ("over 20 MB", _too_large, errors.FileTooLarge, "20 MB"),
    ("malformed HTML", _malformed_html, errors.MalformedHtml, "HTML"),
    ("HTML with no article", _no_article_html, errors.NoArticleContent, "No article text"),
    ("PDF without text layer", _scanned_pdf, errors.NoTextLayer, "OCR is not supported"),
    ("encrypted PDF", _encrypted_pdf, errors.EncryptedPdf, "password"),
    ("corrupt PDF", _corrupt_pdf, errors.CorruptDocument, "damaged"),
    ("text named .pdf", _pdf_named_pdf_but_not_pdf, errors.CorruptDocument, "PDF"),
    ("corrupt DOCX", _corrupt_docx, errors.CorruptDocument, "Word"),
    ("truncated DOCX", _truncated_docx, errors.CorruptDocument, "damaged"),
    ("DOCX zip bomb", _docx_bomb, errors.ArchiveTooLarge, "100 MB"),
    ("zip renamed .txt", _zip_renamed_txt, errors.NotText, "zip archive"),
]
IDS = [c[0] for c in CASES]


@pytest.mark.parametrize(("label", "make", "error", "words"), CASES, ids=IDS)
def test_bad_file_raises_typed_error_with_readable_message(
    tmp_path: Path,
    label: str,
    make: Callable[[Path], Path],
    error: type[errors.LoadError],
    words: str,
) -> None:
    path = make(tmp_path)
    with pytest.raises(error) as info:
        load(path)
    message = str(info.value)
    assert words in message, label
    assert path.name in message  # a folder's problem list must say which file
    assert info.value.path == str(path)
    assert "Traceback" not in message and "Error" not in message


@pytest.mark.parametrize(("label", "make", "error", "words"), CASES, ids=IDS)
def test_folder_load_continues_past_bad_file(
    tmp_path: Path,
    label: str,
    make: Callable[[Path], Path],
    error: type[errors.LoadError],
    words: str,
) -> None:
    bad = make(tmp_path)
    (tmp_path / "a_good.txt").write_text(GOOD, encoding="utf-8")
    (tmp_path / "z_good.txt").write_text(GOOD.replace("Saturday", "Friday"), encoding="utf-8")
    result = load_folder(tmp_path)
    assert [Path(d.path).name for d in result.documents] == ["a_good.txt", "z_good.txt"]
    assert [(Path(p.path).name, words in p.message) for p in result.problems] == [
        (bad.name, True)
    ], label


def test_zip_bomb_is_refused_without_inflating(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = _docx_bomb(tmp_path)

    def no_inflating(*args: object, **kwargs: object) -> None:
        raise AssertionError("the archive was opened for reading")

    monkeypatch.setattr(zipfile.ZipFile, "open", no_inflating)
    monkeypatch.setattr(zipfile.ZipFile, "read", no_inflating)
    with pytest.raises(errors.ArchiveTooLarge):
        load(path)


def test_too_large_file_is_refused_before_reading(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = _too_large(tmp_path)

    def no_reading(*args: object, **kwargs: object) -> None:
        raise AssertionError("the file was opened")

    monkeypatch.setattr(Path, "open", no_reading)
    with pytest.raises(errors.FileTooLarge) as info:
        load(path)
    assert info.value.limit == MAX_FILE_BYTES


def test_unreadable_file_simulated(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Permissions cannot be tested for real as root, so the OS refusal is simulated."""
    secret = tmp_path / "secret.txt"
    secret.write_text(GOOD, encoding="utf-8")
    (tmp_path / "open.txt").write_text(GOOD.replace("Kyiv", "Kiev"), encoding="utf-8")
    real_open = os.open

    def refuse(path: object, *args: object, **kwargs: object) -> int:
        if Path(str(path)).name == "secret.txt":
            raise PermissionError(13, "Permission denied", str(path))
        return real_open(path, *args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(os, "open", refuse)
    with pytest.raises(errors.UnreadableFile, match="permission denied"):
        load(secret)
    result = load_folder(tmp_path)
    assert [Path(d.path).name for d in result.documents] == ["open.txt"]
    assert [Path(p.path).name for p in result.problems] == ["secret.txt"]


@pytest.mark.skipif(os.name != "posix" or os.geteuid() == 0, reason="root reads everything")
def test_unreadable_file_real_permissions(tmp_path: Path) -> None:
    secret = tmp_path / "secret.txt"
    secret.write_text(GOOD, encoding="utf-8")
    secret.chmod(0)
    with pytest.raises(errors.UnreadableFile):
        load(secret)


def test_missing_file(tmp_path: Path) -> None:
    with pytest.raises(errors.UnreadableFile, match="no longer exists"):
        load(tmp_path / "gone.txt")
