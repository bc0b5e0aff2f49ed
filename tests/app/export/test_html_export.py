"""HTML reports: one self-contained file, no scripts, no remote resources, same content."""

from __future__ import annotations

import re
from html.parser import HTMLParser
from pathlib import Path

import pytest

from app.export.html import render_html, write_html
from app.export.report import build_report
from app.ingest.build import make_document
from app.model import Comparison


class Collector(HTMLParser):
    def __init__(self) -> None:
        super().__init__()
        self.tags: list[str] = []
        self.links: list[tuple[str, str, str]] = []  # (tag, attribute, value)
        self.text: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.tags.append(tag)
        for name, value in attrs:
            if name in ("src", "href", "srcset", "action", "data", "poster"):
                self.links.append((tag, name, value or ""))

    def handle_data(self, data: str) -> None:
        self.text.append(data)


def parse(html: str) -> Collector:
    c = Collector()
    c.feed(html)
    c.close()
    return c


@pytest.fixture(scope="module")
def linked_comparison(seed_comparison: Comparison) -> Comparison:
    """The seeds plus an article with a URL and a hostile title."""
    from dataclasses import replace

    doc = make_document(
        "Kyiv’s mayor said five blasts had been reported.",
        path="mayor.html",
        url="https://www.example.com/kyiv-mayor",
        title='<script>alert("x")</script> <img src="https://evil.example/a.png">',
    )
    return replace(seed_comparison, documents=(*seed_comparison.documents, doc))


def test_self_contained_no_scripts_no_remote_resources(linked_comparison: Comparison) -> None:
    html = render_html(build_report(linked_comparison))
    parsed = parse(html)
    assert "<script" not in html.lower()
    assert "script" not in parsed.tags and "img" not in parsed.tags
    sources = {d.url for d in linked_comparison.documents if d.url}
    assert parsed.links == [("a", "href", "https://www.example.com/kyiv-mayor")]
    assert {value for _, _, value in parsed.links} <= sources
    assert not re.search(r"url\(|@import", html, re.I)  # nothing fetched from the CSS either
    assert "&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;" in html


def test_same_content_as_the_report(seed_comparison: Comparison) -> None:
    html = render_html(build_report(seed_comparison))
    text = " ".join("".join(parse(html).text).split())
    for doc in seed_comparison.documents:
        assert doc.sha256 in text
    assert "Quote 1: Volodymyr Zelensky reworded trimmed" in text
    assert "number one target" in text
    assert "3 quote groups: 1 reworded, 3 trimmed, 0 merged, 0 reattributed." in text
    assert "Who reported what" in text and "1 = Patriot News Alerts" in text
    # Differences are marked with del/ins so they survive grey-scale print and screen readers.
    assert '<del class="chg">our</del>' in html
    assert "<ins>has</ins>" in html
    assert html.count("<tr>") > 20


def test_scripts_survive(scripts_comparison: Comparison) -> None:
    html = render_html(build_report(scripts_comparison))
    assert '<meta charset="utf-8">' in html
    for phrase in ("Виталий Кличко", "η Ελλάδα", "Łódź’s Żubr", "“déjà vu”"):
        assert phrase in html


def test_write_is_atomic(seed_comparison: Comparison, tmp_path: Path) -> None:
    target = tmp_path / "report.html"
    write_html(seed_comparison, target, title="Zelensky stays in Kyiv")
    html = target.read_text(encoding="utf-8")
    assert "<title>Zelensky stays in Kyiv</title>" in html
    with pytest.raises(FileNotFoundError):
        write_html(seed_comparison, tmp_path / "missing-dir" / "report.html")
    assert [p.name for p in tmp_path.iterdir()] == ["report.html"]


def test_real_pipeline_html(engine_comparison: Comparison) -> None:
    html = render_html(build_report(engine_comparison))
    assert "<script" not in html.lower()
    assert not parse(html).links  # the seeds are files: no links at all
    for doc in engine_comparison.documents:
        assert doc.sha256 in html
    assert "What only one outlet says" in html and "Only in " not in html


def test_single_article_html(single_comparison: Comparison) -> None:
    html = render_html(build_report(single_comparison))
    text = " ".join("".join(parse(html).text).split())
    assert "1 direct quotes" in text
    assert "Text set aside" in text and "donation plea" in text
    assert "Side by side" not in text


def test_control_characters_are_dropped() -> None:
    doc = make_document("Kyiv\x00 held\x0c firm.\tStill.", path="ctl.txt", title="A\x01B")
    html = render_html(build_report(Comparison(documents=(doc,), threshold=0.5)))
    assert not any(ord(ch) < 32 and ch not in "\t\n\r" for ch in html)
    assert "AB" in html


def test_an_inferred_speaker_is_marked_and_explained(
    bare_comparison: Comparison, engine_comparison: Comparison
) -> None:
    html = render_html(build_report(bare_comparison))
    assert "Volodymyr Zelensky (inferred)" in html
    assert "words at this quote do not say who said it" in html
    assert "(inferred)" not in render_html(build_report(engine_comparison))
