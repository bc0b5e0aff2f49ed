"""PDF reports: real text (pypdf extracts it back), every script renders, page X of Y."""

from __future__ import annotations

import io
import re
from pathlib import Path

import pytest
from pypdf import PdfReader

import app
from app.export import pdf
from app.export.report import build_report
from app.ingest.build import make_document
from app.model import Comparison


def shared_quote_groups(comparison: Comparison) -> int:
    """Groups whose members come from at least two outlets: the ones a report shows."""
    doc_of = {q.id: q.doc for q in comparison.quotes}
    return sum(1 for g in comparison.quote_groups if len({doc_of[m] for m in g.members}) >= 2)


def pdf_text(data: bytes) -> tuple[list[str], PdfReader]:
    reader = PdfReader(io.BytesIO(data))
    return [" ".join((p.extract_text() or "").split()) for p in reader.pages], reader


@pytest.fixture(scope="module")
def seed_pdf(seed_comparison: Comparison) -> bytes:
    return pdf.render_pdf(build_report(seed_comparison), "A4")


def test_sources_quotes_and_page_numbers_are_in_the_text(
    seed_pdf: bytes, seed_comparison: Comparison
) -> None:
    pages, reader = pdf_text(seed_pdf)
    n = len(pages)
    assert n >= 3
    for i, page in enumerate(pages, start=1):
        assert f"Page {i} of {n}" in page
        assert "President Zelensky posts video from Kyiv" in page  # running header
    text = " ".join(pages)
    for doc in seed_comparison.documents:
        assert doc.sha256 in text
        assert Path(doc.path).name in text
    assert "Quote 1: Volodymyr Zelensky [reworded] [trimmed]" in text
    assert "number one target" in text
    assert "Quote 3: Volodymyr Zelensky [trimmed]" in text
    assert "They want to destroy Ukraine politically by destroying the head of state." in text
    assert "Who reported what Facts and quotes two or more outlets carry" in text
    assert "Fact or quote Outlets 1 2 3" in text
    assert reader.metadata is not None and reader.metadata.title.startswith("President Zelensky")


def test_fonts_are_embedded_dejavu(seed_pdf: bytes) -> None:
    _, reader = pdf_text(seed_pdf)
    fonts = {
        str(f["/BaseFont"])
        for page in reader.pages
        for f in page["/Resources"]["/Font"].get_object().values()
    }
    assert fonts and all("DejaVuSans" in f for f in fonts), fonts


@pytest.mark.parametrize(
    "phrase",
    [
        "Café owners in Kraków and São Paulo",
        "“déjà vu”",
        "— prices rose 5–7%",
        "Виталий Кличко",
        "«Ситуация сейчас угрожающая»",
        "η Ελλάδα στηρίζει την Ουκρανία",
        "Øresund’s Æsir and Łódź’s Żubr",
        "Zoë Ångström",
        "Многоязычная газета ↔ Ελληνικά Νέα",
    ],
)
def test_every_script_renders_and_extracts_back(
    scripts_comparison: Comparison, phrase: str
) -> None:
    pages, _ = pdf_text(pdf.render_pdf(build_report(scripts_comparison), "A4"))
    assert phrase in " ".join(pages)


@pytest.mark.parametrize(("size", "width_pt"), [("A4", 595), ("Letter", 612)])
def test_page_size(seed_comparison: Comparison, size: str, width_pt: int) -> None:
    _, reader = pdf_text(pdf.render_pdf(build_report(seed_comparison), size))
    assert round(float(reader.pages[0].mediabox.width)) == width_pt


def test_unknown_page_size_is_refused(seed_comparison: Comparison) -> None:
    with pytest.raises(ValueError, match="A4, Letter"):
        pdf.render_pdf(build_report(seed_comparison), "A3")


def test_long_text_wraps_and_splits_across_pages(long_comparison: Comparison) -> None:
    pages, _ = pdf_text(pdf.render_pdf(build_report(long_comparison), "Letter"))
    text = " ".join(pages)
    assert "https://example.org/xxxx" in text
    # Both cells of the over-long row are split over pages, not cut off: every part shows.
    for i in (0, 69, 70, 139):
        assert text.count(f"(part {i})") >= 2 or i == 70, i
    assert "(part 71)" in text
    assert sum("capital would hold" in p for p in pages) >= 2


def test_write_is_atomic(
    seed_comparison: Comparison, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    target = tmp_path / "report.pdf"
    pdf.write_pdf(seed_comparison, target, page_size="Letter")
    good = target.read_bytes()
    assert good.startswith(b"%PDF")

    def broken(*_: object) -> bytes:
        raise RuntimeError("disk on fire")

    monkeypatch.setattr(pdf, "render_pdf", broken)
    with pytest.raises(RuntimeError):
        pdf.write_pdf(seed_comparison, target)
    assert target.read_bytes() == good
    assert [p.name for p in tmp_path.iterdir()] == ["report.pdf"]


def test_real_pipeline_pdf(engine_comparison: Comparison) -> None:
    pages, _ = pdf_text(pdf.render_pdf(build_report(engine_comparison), "A4"))
    n = len(pages)
    assert re.search(rf"Page 1 of {n}\b", pages[0])
    text = " ".join(pages)
    for doc in engine_comparison.documents:
        assert doc.sha256 in text
    assert "Sources" in text and "Summary" in text and "Side by side" in text
    shared = shared_quote_groups(engine_comparison)
    assert f"{shared} quote groups" in text
    for doc in engine_comparison.documents:
        assert Path(doc.path).name in text
    assert len(re.findall(r"Quote \d+: ", text)) == shared  # every shared quote is shown
    # Three outlets: what each alone says, once; the pairs count what they do not match.
    assert "What only one outlet says" in text and "Only in " not in text
    assert "Not matched between the two:" in text
    assert "every sentence is carried by another outlet" not in text


def test_progress_reaches_the_end(seed_comparison: Comparison) -> None:
    seen: list[tuple[int, int]] = []
    pdf.render_pdf(build_report(seed_comparison), "A4", progress=lambda d, t: seen.append((d, t)))
    assert seen and seen[-1][0] == seen[-1][1] > 0
    assert all(0 <= d <= t for d, t in seen)


def test_cancel_stops_the_export_and_writes_nothing(
    seed_comparison: Comparison, tmp_path: Path
) -> None:
    from app.errors import Cancelled

    calls = iter(range(1000))
    target = tmp_path / "r.pdf"
    with pytest.raises(Cancelled):
        pdf.write_pdf(seed_comparison, target, cancelled=lambda: next(calls) >= 5)
    assert list(tmp_path.iterdir()) == []


def test_single_article_reports_its_quotes_and_set_aside_text(
    single_comparison: Comparison,
) -> None:
    pages, _ = pdf_text(pdf.render_pdf(build_report(single_comparison), "A4"))
    text = " ".join(pages)
    assert "1 direct quotes" in text
    assert "Volodymyr Zelensky “We are all here,”" in text
    assert "very difficult”" not in text.split("Quotes", 2)[-1]  # scare quote left out
    assert "Text set aside" in text and "donation plea" in text
    assert "Your support helps us to tell the story." in text
    assert "Side by side" not in text


# Outlets as the development stories name them (truss-resignation-2022): long domain
# names, enough of them for the similarity table to number its columns, and no author or
# date in any file.
OUTLETS = ("midfloridanewspapers.com", "nationalheraldindia.com", "dailybusinessgroup.co.uk",
           "southwalesargus.co.uk", "theboltonnews.co.uk")
TRUSS = (
    "Liz Truss resigned as prime minister on Thursday after 44 days in office.\n\n"
    "“I cannot deliver the mandate on which I was elected by the Conservative Party,” "
    "Truss said outside 10 Downing Street.\n"
)


@pytest.mark.parametrize(("author", "published"), [("", ""), ("Jill Lawless", "2022-10-20")])
def test_outlet_names_stay_whole_and_empty_columns_are_left_out(
    author: str, published: str
) -> None:
    docs = [
        make_document(TRUSS, outlet=o, url=f"https://www.{o}/news/truss",
                          author=author if i else "", published=published if i else "")
        for i, o in enumerate(OUTLETS)
    ]
    pages, _ = pdf_text(pdf.render_pdf(build_report(app.compare(docs)), "A4"))
    summary = next(p for p in pages if "Sentences per outlet" in p)
    for outlet in OUTLETS:
        assert outlet in pages[0], outlet  # the sources table
        # the similarity table's numbered rows and the counts table
        assert re.search(rf"\d\. {re.escape(outlet)} .*{re.escape(outlet)} \d", summary), outlet
    assert ("Author" in pages[0]) is bool(author)
    assert ("Date" in pages[0]) is bool(published)


def test_a_long_sources_table_starts_on_the_cover_page() -> None:
    """Ten sources with long headlines (the unseen earthquake story) make a table taller
    than the cover's room: it starts under its heading there and goes on, header
    repeated, on the next page, rather than moving whole and leaving the cover empty."""
    headline = "Rescue crews in Turkey and Syria search the wreckage of thousands of buildings " * 3
    docs = [
        make_document(TRUSS, outlet=f"outlet{i}.example", url=f"https://outlet{i}.example/a",
                      title=f"{headline} ({i})")
        for i in range(10)
    ]
    pages, _ = pdf_text(pdf.render_pdf(build_report(app.compare(docs)), "A4"))
    assert "Sources" in pages[0] and "outlet0.example" in pages[0]
    assert "outlet9.example" not in pages[0] and "outlet9.example" in pages[1]
    assert "Outlet Title" in pages[1]  # the header row again


def test_an_inferred_speaker_is_marked_and_explained(
    bare_comparison: Comparison, engine_comparison: Comparison
) -> None:
    text = " ".join(pdf_text(pdf.render_pdf(build_report(bare_comparison), "A4"))[0])
    assert "Volodymyr Zelensky (inferred)" in text
    assert "words at this quote do not say who said it" in text
    plain = " ".join(pdf_text(pdf.render_pdf(build_report(engine_comparison), "A4"))[0])
    assert "(inferred)" not in plain  # the seeds' shared quotes are all attributed
