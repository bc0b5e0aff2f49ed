"""Hostile and huge input (issue 15): bounded, refused with a reason, the rest still loads.

Every case is built by ``tests/hostile_corpus.py`` (the benchmark's generator) next to
two good articles. Nothing is timed: each test asserts the outcome and, where the
danger is cost, an operation count or size that a hang or a blow-up would break (bytes
inflated, files opened, folders listed, parser never reached).
"""

from __future__ import annotations

import json
import os
import zlib
from collections.abc import Iterator
from pathlib import Path

import pytest
from hostile_corpus import (
    SEEDS,
    aes_pdf,
    bad_name,
    deep_folder,
    docx_inflating,
    docx_lying,
    fifo,
    huge_html,
    link_to_root,
    many_articles,
    one_bad_byte,
    remove_tree,
    too_many_words,
    utf16_no_bom,
    utf16be_no_bom,
    utf32_no_bom,
)

import app.ingest.docx as docx_module
from app import errors
from app.cli import main
from app.ingest import folder as folder_module
from app.ingest import load, load_folder
from app.ingest.encoding import decode
from app.ingest.limits import MAX_ARTICLE_WORDS, check_article_size, count_words
from app.printable import printable

GOOD = ["good_" + p.name for p in sorted(SEEDS.glob("*.txt"))[:2]]


def _names(paths: list[str]) -> list[str]:
    return [Path(p).name for p in paths]


def _only_problem(result: folder_module.FolderResult) -> str:
    [problem] = result.problems
    return problem.message


@pytest.fixture
def folder(tmp_path: Path) -> Iterator[Path]:
    """A fresh folder, removed without recursion (the deep case defeats shutil.rmtree)."""
    path = tmp_path / "in"
    yield path
    remove_tree(path)


# -- texts and pages --------------------------------------------------------------------------


def test_text_far_longer_than_an_article_is_refused_before_analysis(
    folder: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    too_many_words(folder, 10)  # 200,000 words: twice the limit
    analysed: list[int] = []
    import app.ingest.build as build

    real = build.segment.paragraphs
    monkeypatch.setattr(
        build.segment, "paragraphs", lambda text: analysed.append(len(text)) or real(text)
    )
    result = load_folder(folder)
    assert _names([d.path for d in result.documents]) == GOOD
    message = _only_problem(result)
    assert "too long to be an article (200,000 words; the limit is 100,000)" in message
    assert max(analysed) < 100_000  # only the good articles were segmented


def test_counting_words_in_slices_matches_split() -> None:
    text = "alpha beta  gamma\n" * 1000 + "x" * 5000 + " tail"
    for size in (1, 7, 64, 1 << 20):
        assert count_words(text, size) == len(text.split())
    check_article_size("word " * MAX_ARTICLE_WORDS, "ok.txt")
    with pytest.raises(errors.ArticleTooLong, match="characters"):
        check_article_size("a" * 1_000_001, "one-word.txt")


def test_huge_html_is_refused_without_parsing(
    folder: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import trafilatura

    huge_html(folder, 4)  # 4.75 MB of paragraphs: no scripts to cut, far over the budget
    parsed: list[int] = []
    real = trafilatura.load_html
    monkeypatch.setattr(trafilatura, "load_html", lambda raw: parsed.append(len(raw)) or real(raw))
    result = load_folder(folder)
    assert _names([d.path for d in result.documents]) == GOOD
    assert "too large to be one article's web page" in _only_problem(result)
    assert parsed == []


def test_large_page_made_of_scripts_and_inline_images_still_loads(tmp_path: Path) -> None:
    article = "".join(
        f"<p>{line}</p>" for line in SEEDS.joinpath(GOOD[0][5:]).read_text().split("\n\n")
    )
    furniture = "<script>var x = '" + "y" * 1_500_000 + "';</script>"
    image = '<img src="data:image/png;base64,' + "QUJD" * 400_000 + '">'
    page = (
        "<!DOCTYPE html><html><head><title>Kyiv</title>"
        '<script type="application/ld+json">{"author": {"name": "A. Reporter"}}</script>'
        f"<style>{'p{}' * 100_000}</style>{furniture}</head><body><article>{article}"
        f"{image}<!-- {'c' * 100_000} --></article></body></html>"
    )
    (p := tmp_path / "saved.html").write_text(page, encoding="utf-8")
    assert p.stat().st_size > 3_000_000
    doc = load(p)
    assert "Zelensky" in doc.text and "yyyy" not in doc.text


# -- archives ---------------------------------------------------------------------------------


class _CountingInflater:
    """Wraps zlib.decompressobj to count every byte that really comes out."""

    total = 0
    real = staticmethod(zlib.decompressobj)

    def __init__(self, wbits: int) -> None:
        self._real = self.real(wbits)

    def decompress(self, data: bytes, max_length: int = 0) -> bytes:
        out = self._real.decompress(data, max_length)
        _CountingInflater.total += len(out)
        return out

    def __getattr__(self, name: str) -> object:
        return getattr(self._real, name)


@pytest.mark.parametrize("build", [docx_inflating, docx_lying], ids=["inflating", "lying"])
def test_docx_inflation_stops_at_the_limit(
    folder: Path, monkeypatch: pytest.MonkeyPatch, build: object
) -> None:
    limit = 2_000_000
    path = build(folder, 20)  # type: ignore[operator]
    monkeypatch.setattr(docx_module, "MAX_DOCX_XML_BYTES", limit)
    monkeypatch.setattr(docx_module.zlib, "decompressobj", _CountingInflater)
    _CountingInflater.total = 0
    result = load_folder(folder)
    assert _names([d.path for d in result.documents]) == GOOD
    assert path.name in _only_problem(result) and "was not opened" in _only_problem(result)
    # The lying file inflates to 95 MB and the other to 5 MB: both stop within a chunk.
    assert _CountingInflater.total <= limit + docx_module._CHUNK


def test_docx_with_photos_never_inflates_them(tmp_path: Path) -> None:
    import docx
    from ingest_samples import png_bytes

    d = docx.Document()
    d.add_paragraph("Zelensky stays in Kyiv, the president said on Saturday.")
    (tmp_path / "photo.png").write_bytes(png_bytes())
    d.add_picture(str(tmp_path / "photo.png"))
    d.save(str(p := tmp_path / "with_photo.docx"))
    assert "Zelensky stays in Kyiv" in load(p).text


# -- folders ----------------------------------------------------------------------------------


def test_a_fifo_is_listed_and_never_opened(folder: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    fifo(folder)
    opened: list[str] = []
    real_open = os.open
    monkeypatch.setattr(
        os, "open", lambda p, *a, **k: opened.append(str(p)) or real_open(p, *a, **k)
    )
    result = load_folder(folder)
    assert _names([d.path for d in result.documents]) == GOOD
    assert "pipe.txt" in _only_problem(result) and "named pipe" in _only_problem(result)
    assert not any(p.endswith("pipe.txt") for p in opened)
    with pytest.raises(errors.NotRegularFile, match="named pipe"):
        load(folder / "pipe.txt")  # named directly: refused from its stat, not opened


def test_a_folder_deeper_than_the_recursion_limit_loads(folder: Path) -> None:
    deep_folder(folder)  # 1,200 levels: past Python's default recursion limit of 1,000
    result = load_folder(folder)
    assert _names([d.path for d in result.documents]) == ["deep.txt", *GOOD]  # "d" < "good"
    assert result.problems == ()


def test_a_link_to_the_root_is_listed_not_walked(
    folder: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    link_to_root(folder)
    listed: list[str] = []
    real_scandir = os.scandir
    monkeypatch.setattr(os, "scandir", lambda p: listed.append(str(p)) or real_scandir(p))
    result = load_folder(folder)
    assert _names([d.path for d in result.documents]) == GOOD
    assert "is a link to /, outside the folder you opened" in _only_problem(result)
    assert listed == [str(folder)]


def test_past_the_article_limit_the_rest_is_counted_not_loaded(
    folder: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(folder_module, "MAX_ARTICLES", 10)
    many_articles(folder, 100)  # 50 tiny ones after the two good ones
    opened: list[str] = []
    real_open = os.open
    monkeypatch.setattr(
        os, "open", lambda p, *a, **k: opened.append(str(p)) or real_open(p, *a, **k)
    )
    result = load_folder(folder)
    assert len(result.documents) == 10
    assert "42 more article file(s) were not loaded" in _only_problem(result)
    assert "at most 10 articles" in _only_problem(result)
    assert len(opened) == 10


def test_a_walk_stops_after_the_entry_budget(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(folder_module, "MAX_FOLDER_ENTRIES", 30)
    for i in range(5):
        (tmp_path / f"d{i}").mkdir()
        for j in range(10):
            (tmp_path / f"d{i}" / f"{j}.txt").write_text(f"Report {i} {j}.\n", encoding="utf-8")
    files, problems = folder_module.find_articles(tmp_path)
    assert len(files) <= 30
    [problem] = problems
    assert "more than 30 files and folders" in problem.message


# -- names ------------------------------------------------------------------------------------


def test_printable_escapes_undecodable_bytes_and_controls() -> None:
    assert printable("café.txt") == "café.txt"
    assert printable(os.fsdecode(b"caf\xe9\x07.txt")) == "caf\\xe9\\x07.txt"
    assert printable("a\u202eb\nc") == "a\\u202eb\\x0ac"
    assert printable("\ud800") == "\\ud800"


def test_a_name_that_is_not_utf8_loads_and_is_reported_printably(folder: Path) -> None:
    bad_name(folder)
    result = load_folder(folder)
    assert result.problems == ()
    paths = [d.path for d in result.documents]
    assert len(paths) == 3
    odd = [p for p in paths if "report" in p]
    assert odd and odd[0].endswith("caf\\xe9\\x07 report.txt")
    assert all(p.encode("utf-8") for p in paths)  # no lone surrogates left
    assert [d.outlet for d in result.documents if d.path == odd[0]] == ["caf\\xe9\\x07 report"]


def test_cli_with_a_non_utf8_name_exits_0_and_writes_everything(
    folder: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    bad_name(folder)
    out_json, out_pdf = tmp_path / "out.json", tmp_path / "out.pdf"
    code = main([str(folder), "--json", str(out_json), "--pdf", str(out_pdf)])
    err = capsys.readouterr().err
    assert code == 0, err
    data = json.loads(out_json.read_text(encoding="utf-8"))
    assert len(data["documents"]) == 3
    assert any(d["path"].endswith("caf\\xe9\\x07 report.txt") for d in data["documents"])
    assert out_pdf.read_bytes().startswith(b"%PDF-")


def test_cli_problem_for_a_missing_non_utf8_path_prints(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    missing = os.fsdecode(os.fsencode(tmp_path) + b"/gone\xff.txt")
    code = main([missing, str(SEEDS), "--json", str(tmp_path / "o.json")])
    err = capsys.readouterr().err
    assert code == 3
    assert "gone\\xff.txt" in err
    assert json.loads((tmp_path / "o.json").read_text(encoding="utf-8"))["problems"]


# -- encodings --------------------------------------------------------------------------------


def test_one_bad_byte_keeps_the_article_utf8_and_says_so(folder: Path) -> None:
    path = one_bad_byte(folder)
    result = load_folder(folder)
    [doc] = [d for d in result.documents if d.path == str(path)]
    assert "“He’s staying,” said the aide." in doc.text and "\ufffd" in doc.text
    assert "’" in doc.text and "â€" not in doc.text
    assert "1 byte sequence(s) that are not valid UTF-8" in _only_problem(result)


def test_windows_1252_is_still_read_as_windows_1252() -> None:
    assert decode("The café’s naïve “owner” said.\n".encode("cp1252")) == (
        "The café’s naïve “owner” said.\n"
    )


@pytest.mark.parametrize("build", [utf16_no_bom, utf16be_no_bom, utf32_no_bom])
def test_wide_encodings_without_a_bom_are_recognised(folder: Path, build: object) -> None:
    path = build(folder)  # type: ignore[operator]
    result = load_folder(folder)
    assert result.problems == ()
    [doc] = [d for d in result.documents if d.path == str(path)]
    assert doc.text.startswith(sorted(SEEDS.glob("*.txt"))[2].read_text(encoding="utf-8")[:40])


def test_cyrillic_utf16_without_a_bom() -> None:
    text = "Президент остался в Киеве, сказал он в субботу.\n" * 5
    assert decode(text.encode("utf-16-le")) == text
    assert decode(text.encode("utf-16-be")) == text


def test_binary_with_nul_bytes_is_still_refused() -> None:
    with pytest.raises(errors.NotText):
        decode(bytes(range(256)) * 40)


def test_aes_pdf_with_an_empty_user_password_opens(folder: Path) -> None:
    path = aes_pdf(folder)
    doc = load(path)
    assert doc.format == "pdf" and "Zelensky" in doc.text


def test_cli_reports_replaced_bytes_but_exits_0(
    folder: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    one_bad_byte(folder)
    code = main([str(folder), "--json", str(out := tmp_path / "o.json")])
    err = capsys.readouterr().err
    assert code == 0, err
    assert "not valid UTF-8" in err
    data = json.loads(out.read_text(encoding="utf-8"))
    assert len(data["documents"]) == 3
    assert ["not valid UTF-8" in p["message"] for p in data["problems"]] == [True]


def test_a_long_pdf_stops_extracting_past_the_article_limit(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from ingest_samples import PARAGRAPHS, write_pdf
    from pypdf import PageObject

    import app.ingest.pdf as pdf_module

    path = write_pdf(tmp_path / "book.pdf", [list(PARAGRAPHS)] * 40)
    monkeypatch.setattr(pdf_module, "MAX_ARTICLE_CHARS", 3_000)
    extracted: list[int] = []
    real = PageObject.extract_text
    monkeypatch.setattr(
        PageObject, "extract_text", lambda self, *a, **k: extracted.append(1) or real(self, *a, **k)
    )
    with pytest.raises(errors.ArticleTooLong, match="too long to be an article"):
        load(path)
    assert 0 < len(extracted) < 10  # stopped after a few of the 40 pages


def test_a_docx_with_thousands_of_parts_is_refused(tmp_path: Path) -> None:
    import io
    import zipfile

    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as z:
        z.writestr("word/document.xml", "<w:document/>")
        for i in range(docx_module._MAX_MEMBERS + 1):
            z.writestr(f"word/p{i}.xml", "")
    (p := tmp_path / "parts.docx").write_bytes(buf.getvalue())
    with pytest.raises(errors.CorruptDocument):
        load(p)


def test_one_bad_byte_in_a_file_opened_alone_is_reported_too(folder: Path) -> None:
    """Opening the file itself (File ▸ Open Files…, or the CLI with a file path) says
    what was replaced, as a folder load does; nothing is changed silently."""
    from app.project import load_paths

    path = one_bad_byte(folder)
    loaded = load_paths([path])
    assert len(loaded.documents) == 1
    assert [p.note for p in loaded.problems] == [True]
    assert "1 byte sequence(s) that are not valid UTF-8" in loaded.problems[0].message
