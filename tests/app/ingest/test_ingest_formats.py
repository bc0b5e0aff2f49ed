"""Each format, loaded from real-looking files: text, metadata and exact offsets."""

from __future__ import annotations

from pathlib import Path

import pytest
from ingest_samples import PARAGRAPHS, encrypt_pdf, write_docx, write_pdf

from app.ingest import load
from app.model import Document

SEEDS = Path(__file__).resolve().parents[3] / "seeds"


def assert_spans_index_text(doc: Document) -> None:
    """Every paragraph and sentence slices into ``text``; sentences sit in paragraphs."""
    for span in (*doc.paragraphs, *doc.sentences):
        assert 0 <= span.start < span.end <= len(doc.text)
        assert span.slice(doc.text).strip()
    for s in doc.sentences:
        assert any(p.start <= s.start and s.end <= p.end for p in doc.paragraphs), s.slice(
            doc.text
        )
    for b in doc.boilerplate:
        assert 0 <= b.start < b.end <= len(doc.text)


# ---------------------------------------------------------------- the seeds (plain text)

SEED_CASES = [
    (
        "000_57cfcccdd12af6c2.txt",
        "Ukrainian President Zelensky reportedly in secret bunker as Russian troops "
        "advance on capital city Kyiv",
        "It has quickly become apparent in Russia’s invasion of Ukraine",
    ),
    # The first line is the lede (a full sentence ending in a full stop): no headline.
    ("001_3c04b2fb0df49db9.txt", "", "As Russian forces ratcheted up their attacks on Friday"),
    (
        "002_462e5a56550a0a15.txt",
        "President Zelensky posts video from Kyiv street and reassures Ukraine he’s staying put",
        "‘We are all here’, Volodymyr Zelensky said",
    ),
]


SEED_OUTLETS = {
    "000_57cfcccdd12af6c2.txt": "Patriot News Alerts",
    "001_3c04b2fb0df49db9.txt": "Portland Press Herald",
    "002_462e5a56550a0a15.txt": "The Independent",
}


@pytest.mark.parametrize(("name", "title", "body_start"), SEED_CASES)
def test_seed_loads_verbatim_with_title_and_offsets(name: str, title: str, body_start: str) -> None:
    path = SEEDS / name
    doc = load(path)
    raw = path.read_bytes()
    assert doc.text == raw.decode("utf-8").replace("\r\n", "\n")  # verbatim
    assert doc.title == title
    assert doc.text.startswith(title)  # the headline line stays in the text
    assert body_start in doc.text
    assert doc.url == ""
    assert doc.outlet == SEED_OUTLETS[name]  # from seeds/sources.csv, not the file name
    assert doc.format == "text"
    assert len(doc.sha256) == 64 and doc.id == doc.sha256[:12]
    assert doc.paragraphs and doc.sentences
    assert_spans_index_text(doc)


# ---------------------------------------------------------------- plain text: encodings

ARTICLE = (
    "Zelensky refuses U.S. offer to evacuate\n"
    "\n"
    "Le président a déclaré: “I need ammunition, not a ride,” a senior official said.\n"
    "Café owners in Kyiv’s centre stayed open — naïvely, some said — until the curfew.\n"
)
LATIN1_ARTICLE = ARTICLE.replace("“", '"').replace("”", '"').replace("’", "'").replace("—", "-")


@pytest.mark.parametrize(
    ("label", "raw", "expected"),
    [
        ("utf-8", ARTICLE.encode("utf-8"), ARTICLE),
        ("utf-8 with BOM", b"\xef\xbb\xbf" + ARTICLE.encode("utf-8"), ARTICLE),
        ("utf-16 LE with BOM", ARTICLE.encode("utf-16"), ARTICLE),
        ("utf-16 BE with BOM", b"\xfe\xff" + ARTICLE.encode("utf-16-be"), ARTICLE),
        ("windows-1252", ARTICLE.encode("cp1252"), ARTICLE),
        ("latin-1", LATIN1_ARTICLE.encode("latin-1"), LATIN1_ARTICLE),
        ("windows newlines", ARTICLE.replace("\n", "\r\n").encode("cp1252"), ARTICLE),
        ("old mac newlines", ARTICLE.replace("\n", "\r").encode("utf-8"), ARTICLE),
    ],
)
def test_plain_text_encodings(tmp_path: Path, label: str, raw: bytes, expected: str) -> None:
    path = tmp_path / "article.txt"
    path.write_bytes(raw)
    doc = load(path)
    assert doc.text == expected, label
    assert doc.title == "Zelensky refuses U.S. offer to evacuate"
    assert_spans_index_text(doc)


def test_cyrillic_windows_1251_is_not_forced_into_a_western_code_page(tmp_path: Path) -> None:
    text = (
        "Зеленский остается в Киеве\n\n"
        "Президент Украины Владимир Зеленский заявил, что остается в Киеве. "
        "«Мы все здесь», — сказал он в обращении к гражданам.\n"
    )
    path = tmp_path / "kyiv.txt"
    path.write_bytes(text.encode("cp1251"))
    assert load(path).text == text


# ---------------------------------------------------------------- plain text: URL and headline

BODY = "The president said he would stay. “We are here,” he said.\n"


@pytest.mark.parametrize(
    ("source", "url", "title", "text"),
    [
        (
            "https://www.example.com/world/zelensky-kyiv\n\nZelensky stays in Kyiv\n\n" + BODY,
            "https://www.example.com/world/zelensky-kyiv",
            "Zelensky stays in Kyiv",
            "Zelensky stays in Kyiv\n\n" + BODY,
        ),
        (
            "URL: https://example.com/a?id=1\nIs Zelensky safe in Kyiv?\n" + BODY,
            "https://example.com/a?id=1",
            "Is Zelensky safe in Kyiv?",
            "Is Zelensky safe in Kyiv?\n" + BODY,
        ),
        ("www.example.org/story\n" + BODY, "https://www.example.org/story", "", BODY),
        # A headline that is title-case with an abbreviation is still one headline.
        ("U.S. Offers To Evacuate Zelensky\n" + BODY, "", "U.S. Offers To Evacuate Zelensky", None),
        # Archive style: a short headline closed by a full stop, or by ";" before a subhead.
        (
            "Zelensky Refuses To Leave Kyiv, Asks For Ammunition.\n\n" + BODY,
            "",
            "Zelensky Refuses To Leave Kyiv, Asks For Ammunition.",
            None,
        ),
        (
            "Zelensky stays in Kyiv; \nU.S. offer to evacuate refused.\n\n" + BODY,
            "",
            "Zelensky stays in Kyiv",
            None,
        ),
        # A one-sentence lede is longer than a headline, and says so.
        (
            "Ukrainian President Volodymyr Zelensky posted a video from a Kyiv street on "
            "Saturday, saying he was not leaving the capital.\n\n" + BODY,
            "",
            "",
            None,
        ),
        # Two sentences on the first line: a lede, not a headline.
        (BODY, "", "", BODY),
        # A URL in the middle of the text is text, not metadata.
        (BODY + "https://example.com/more\n", "", "", BODY + "https://example.com/more\n"),
        # One word is not a headline; neither is an over-long line.
        ("Advertisement\n" + BODY, "", "", None),
        # A saved page's section breadcrumb (time.com, the McCarthy story) is no headline.
        ("• Politics\n  • Congress\n\n" + BODY, "", "", None),
        ("Kyiv " * 40 + "\n" + BODY, "", "", None),
    ],
)
def test_plain_text_url_and_headline(
    tmp_path: Path, source: str, url: str, title: str, text: str | None
) -> None:
    path = tmp_path / "pasted.txt"
    path.write_text(source, encoding="utf-8")
    doc = load(path)
    assert (doc.url, doc.title) == (url, title)
    assert doc.text == (text if text is not None else source)
    assert_spans_index_text(doc)


# ---------------------------------------------------------------- Markdown

MARKDOWN = """---
title: Zelensky stays in Kyiv
author: Jane Doe
date: 2022-02-26
url: https://example.com/zelensky
outlet: The Example Post
---

# Zelensky stays in Kyiv

Ukrainian President **Volodymyr Zelensky** posted a [video](https://t.me/x) from a
*Kyiv* street on Saturday.

> “I am here. We are not putting down arms,” he said.

![Zelensky in Kyiv](photo.jpg)

- He refused an offer to leave.
"""


def test_markdown_markup_removed_and_front_matter_read(tmp_path: Path) -> None:
    path = tmp_path / "story.md"
    path.write_text(MARKDOWN, encoding="utf-8")
    doc = load(path)
    assert doc.format == "markdown"
    assert (doc.title, doc.author, doc.published, doc.url, doc.outlet) == (
        "Zelensky stays in Kyiv",
        "Jane Doe",
        "2022-02-26",
        "https://example.com/zelensky",
        "The Example Post",
    )
    assert doc.text.startswith("Zelensky stays in Kyiv\n")
    assert "Ukrainian President Volodymyr Zelensky posted a video from a\nKyiv street" in doc.text
    assert "“I am here. We are not putting down arms,” he said." in doc.text
    for markup in ("**", "](", "# ", "> ", "![", "---", "- He"):
        assert markup not in doc.text, markup
    assert "He refused an offer to leave." in doc.text
    assert_spans_index_text(doc)


def test_markdown_without_front_matter_takes_first_heading(tmp_path: Path) -> None:
    path = tmp_path / "notes.markdown"
    path.write_text("# Kyiv under fire\n\nSome _reporting_ here.\n", encoding="utf-8")
    doc = load(path)
    assert (doc.title, doc.text) == ("Kyiv under fire", "Kyiv under fire\n\nSome reporting here.\n")
    assert doc.outlet == "notes"


# ---------------------------------------------------------------- HTML saved from a browser

PAGE = """<!DOCTYPE html>
<html lang="en"><head>
<meta charset="utf-8">
<title>Zelensky stays in Kyiv as Russian troops advance | The Example Post</title>
<meta property="og:site_name" content="The Example Post">
<meta property="og:title" content="Zelensky stays in Kyiv as Russian troops advance">
<meta name="author" content="Jane Doe">
<meta property="article:published_time" content="2022-02-26T09:30:00+00:00">
<link rel="canonical" href="https://www.example.com/world/2022/02/26/zelensky-kyiv">
<script>window.location = "https://evil.example/"; document.write("INJECTED TEXT");</script>
<style>p { color: red }</style>
</head><body>
<header><nav><ul><li><a href="/">Home</a></li><li><a href="/world">World</a></li>
<li><a href="/sport">Sport</a></li><li><a href="/newsletters">Newsletters</a></li>
</ul></nav></header>
<!-- ad slot: leaderboard; comment text must not appear -->
<main><article>
<h1>Zelensky stays in Kyiv as Russian troops advance</h1>
<p class="byline">By Jane Doe</p>
<p>Ukrainian President Volodymyr Zelensky posted a video from a Kyiv street on Saturday,
saying he was not leaving the capital as Russian forces advanced on the city.</p>
<p>“I am here. We are not putting down arms. We will defend our country,” he said in the
video, recorded near the presidential office in the government quarter.</p>
<p>The United States had offered to help him leave, according to U.S. officials familiar
with the conversation, but he refused.</p>
<script>trackArticleView("zelensky-kyiv");</script>
</article></main>
<aside><h2>Most read</h2><ul><li><a href="/a">Celebrity wedding photos</a></li></ul></aside>
<footer><p>© 2022 The Example Post. All rights reserved.</p></footer>
</body></html>
"""


def test_html_article_and_metadata(tmp_path: Path) -> None:
    path = tmp_path / "saved page.html"
    path.write_text(PAGE, encoding="utf-8")
    doc = load(path)
    assert doc.format == "html"
    assert doc.title == "Zelensky stays in Kyiv as Russian troops advance"
    assert doc.outlet == "The Example Post"
    assert doc.author == "Jane Doe"
    assert doc.published == "2022-02-26"
    assert doc.url == "https://www.example.com/world/2022/02/26/zelensky-kyiv"
    assert "“I am here. We are not putting down arms." in doc.text
    assert "he refused." in doc.text
    for furniture in (
        "INJECTED",
        "trackArticleView",
        "leaderboard",
        "Newsletters",
        "Celebrity",
        "All rights reserved",
        "color: red",
    ):
        assert furniture not in doc.text, furniture
    assert "\n\n" in doc.text  # paragraphs kept apart
    assert_spans_index_text(doc)


def test_html_detected_by_content_under_a_txt_name(tmp_path: Path) -> None:
    path = tmp_path / "download.txt"
    path.write_text(PAGE, encoding="utf-8")
    assert load(path).format == "html"


def test_html_in_windows_1252_declared_by_meta(tmp_path: Path) -> None:
    page = PAGE.replace('charset="utf-8"', 'charset="windows-1252"')
    path = tmp_path / "page.htm"
    path.write_bytes(page.encode("cp1252"))
    assert "“I am here." in load(path).text


def test_html_without_site_name_falls_back_to_host(tmp_path: Path) -> None:
    page = PAGE.replace('<meta property="og:site_name" content="The Example Post">', "")
    path = tmp_path / "page.html"
    path.write_text(page, encoding="utf-8")
    assert load(path).outlet in {"The Example Post", "example.com"}


# ---------------------------------------------------------------- DOCX


def test_docx_paragraphs_in_order(tmp_path: Path) -> None:
    path = write_docx(tmp_path / "copy.docx", "Zelensky stays in Kyiv", PARAGRAPHS, table=True)
    doc = load(path)
    assert doc.format == "docx"
    assert doc.title == "Zelensky stays in Kyiv"
    assert doc.text == "\n\n".join(
        [
            "Zelensky stays in Kyiv",
            *PARAGRAPHS,
            "Casualties | 137",
            "Wounded | 316",
            "The figures were given by the president in his address.",
        ]
    )
    assert doc.outlet == "copy"
    assert_spans_index_text(doc)


# ---------------------------------------------------------------- PDF

# Printed lines as a narrow news column sets them: full lines inside a paragraph, a
# shorter last line, words hyphenated at line ends, a paragraph running across pages.
PDF_LINES = [
    "Zelensky stays in Kyiv",
    "Ukrainian President Volodymyr Zelensky posted a video from a Kyiv",
    "street on Saturday, saying he was not leaving the capital as Russian",
    "forces advanced on the city from several directions at once, offi-",
    "cials said.",
    "“I am here. We are not putting down arms,” he said in the video, re-",
    "corded near the presidential office in the government quarter of",
]
PDF_PAGE_2 = [
    "the capital on Saturday, before the curfew.",
    "The United States had offered to help him leave, according to U.S.",
    "officials familiar with the talks, but he refused.",
]
PDF_TEXT = (
    "Zelensky stays in Kyiv\n\n"
    "Ukrainian President Volodymyr Zelensky posted a video from a Kyiv street on "
    "Saturday, saying he was not leaving the capital as Russian forces advanced on the "
    "city from several directions at once, officials said.\n\n"
    "“I am here. We are not putting down arms,” he said in the video, recorded near the "
    "presidential office in the government quarter of the capital on Saturday, before "
    "the curfew.\n\n"
    "The United States had offered to help him leave, according to U.S. officials "
    "familiar with the talks, but he refused."
)


def test_pdf_text_layer_hyphenation_and_running_lines(tmp_path: Path) -> None:
    filler = [
        "Russian forces pressed toward the capital from the north and east as",
        "air raid sirens sounded across the city for a second night running.",
    ]
    pages = [PDF_LINES, PDF_PAGE_2, filler, filler[::-1]]
    path = write_pdf(
        tmp_path / "print.pdf",
        pages,
        header="THE EXAMPLE POST — Saturday, February 26, 2022",
        footer="Page {page} of 4",
    )
    doc = load(path)
    assert doc.format == "pdf"
    assert doc.text.startswith(PDF_TEXT + "\n\n")
    assert "EXAMPLE POST" not in doc.text and "Page " not in doc.text
    assert doc.title == "Zelensky stays in Kyiv"
    assert_spans_index_text(doc)


def test_pdf_metadata_title_and_single_page(tmp_path: Path) -> None:
    path = write_pdf(tmp_path / "one.pdf", [PDF_LINES + PDF_PAGE_2], title="Kyiv, day three")
    doc = load(path)
    assert doc.title == "Kyiv, day three"
    assert doc.text == PDF_TEXT


def test_pdf_encrypted_with_empty_user_password_still_opens(tmp_path: Path) -> None:
    plain = write_pdf(tmp_path / "plain.pdf", [PDF_LINES + PDF_PAGE_2])
    locked = encrypt_pdf(plain, tmp_path / "restricted.pdf", password="")
    assert load(locked).text == PDF_TEXT


def test_html_with_broken_markup_but_real_text_still_loads(tmp_path: Path) -> None:
    """Only HTML too damaged to parse is refused; sloppy markup is the web's normal."""
    page = (
        "<html><head><title>Kyiv holds</title><body><div><p>"
        + PARAGRAPHS[0]
        + "<p><b>"
        + PARAGRAPHS[1]
        + "</i></span><p>"
        + PARAGRAPHS[2]
    )  # no closing tags, a stray </i>, body opened inside head
    path = tmp_path / "sloppy.html"
    path.write_text(page, encoding="utf-8")
    doc = load(path)
    for paragraph in PARAGRAPHS:
        assert paragraph in doc.text
