"""Metadata a journalist can cite, from what real saved pages declare.

The inputs are what trafilatura and the pages' own markup gave on the Article
Extraction Benchmark's pages (benchmarks/quality/extraction.py prints them all).
"""

from __future__ import annotations

from pathlib import Path

import pytest

import app
from app.ingest import metadata
from app.ingest.html import parse_html

AUTHORS = [
    # (byline as found, site names, page address, people cited)
    ("Phil Helsel is a reporter", ["NBC News"], "https://www.nbcnews.com/x", "Phil Helsel"),
    ("Jeff Foust Monday; November", ["SpaceNews.com"], "https://spacenews.com/x", "Jeff Foust"),
    ("Mike Wuerthele; Malcolm Owen Monday; November", ["AppleInsider"],
     "https://appleinsider.com/x", "Mike Wuerthele, Malcolm Owen"),
    ("Admin", ["Inexhibit"], "https://www.inexhibit.com/x", ""),
    ("LinkNaija", ["LinkNaija"], "https://www.linknaija.com/x", ""),
    ("Troy Smith; Troy L Smith; Cleveland com", ["cleveland.com"],
     "https://www.cleveland.com/x", "Troy Smith"),
    ("Reuters", ["Deccan Herald"], "https://www.deccanherald.com/x", ""),
    ("The Associated Press", ["CTV News"], "https://www.ctvnews.ca/x", ""),
    ("LISA MASCARO; MARY CLARE JALONICK; ERIC TUCKER Associated Press", ["AP"],
     "https://hosted.ap.org/x", "Lisa Mascaro, Mary Clare Jalonick, Eric Tucker"),
    ("Detroit News wire services Published", ["The Detroit News"],
     "https://www.detroitnews.com/x", ""),
    ("Paul Takahashi; Staff writer", ["Houston Chronicle"], "https://www.chron.com/x",
     "Paul Takahashi"),
    ("Ilana Muhlstein; MS; RDN", ["The Beachbody Blog"],
     "https://www.beachbodyondemand.com/x", "Ilana Muhlstein"),
    ("Analysis by Chris Cillizza; CNN Editor-at-large", ["CNN"], "https://www.cnn.com/x",
     "Chris Cillizza"),
    ("Tanza Loudenback; Business Insider", ["Business Insider Deutschland"],
     "https://www.businessinsider.com/x", "Tanza Loudenback"),
    ("Practical Horseman Editorial Staff", [], "https://practicalhorsemanmag.com/x", ""),
    ("Prefeitura Municipal de Jaraguá do Sul", [], "https://www.jaraguadosul.sc.gov.br/x", ""),
    ("The Russian; Syrian defense ministries", ["POLYGRAPH.info"],
     "https://www.polygraph.info/x", ""),
    ("Vortex", [], "https://vortexcannon.org/x", ""),
    # People stay as they are, a first name alone included.
    ("Catherine", ["The GiveWell Blog"], "https://blog.givewell.org/x", "Catherine"),
    ("Abigail Van Buren", ["Oregonlive"], "https://www.oregonlive.com/x", "Abigail Van Buren"),
    ("Marcus De Guzman", ["AutoIndustriya.com"], "https://www.autoindustriya.com/x",
     "Marcus De Guzman"),
    ("June Smith", [], "https://example.com/x", "June Smith"),
]


@pytest.mark.parametrize(("byline", "sites", "url", "people"), AUTHORS)
def test_authors_are_people(byline: str, sites: list[str], url: str, people: str) -> None:
    assert metadata.authors(byline, sites, url) == people


OUTLETS = [
    # (declared site names, titles, address, outlet)
    (["LinkNaija | Nigeria's popular news platform"], [], "https://www.linknaija.com/x",
     "LinkNaija"),
    (["TheHill", "The Hill"], [], "https://thehill.com/x", "The Hill"),
    (["U.S."], ["Oversupply angst drags oil lower | Reuters"], "https://www.reuters.com/x",
     "Reuters"),
    (["Hosted"], ["Unpredictable Sondland faces questions | Hosted"],
     "https://hosted.ap.org/x", "hosted.ap.org"),
    (["Copyright 2014"], [], "https://www.jaraguadosul.sc.gov.br/x", "jaraguadosul.sc.gov.br"),
    (["Expert how-to for English Riders"], [], "https://practicalhorsemanmag.com/x",
     "practicalhorsemanmag.com"),
    (["@politifact"], [], "https://www.politifact.com/x", "politifact.com"),
    # No address at all: the <title>'s site segment, else the file name.
    ([], ["엔터 미디어", "악녀의 덫에 걸린 이유리 - Entermedia"], "", "Entermedia"),
    ([], ["Ascom announces a strategic distribution partnership"], "", "ascom-news"),
]


@pytest.mark.parametrize(("declared", "titles", "url", "expected"), OUTLETS)
def test_outlet_is_the_publications_name(
    declared: list[str], titles: list[str], url: str, expected: str
) -> None:
    assert metadata.outlet(declared, titles, url, "ascom-news") == expected


HEADLINES = [
    # (extracted title, outlet, address, the page's other titles, headline)
    ("Simple Hiking Survival Kit (with Kids) - The Anti-June Cleaver", "The Anti-June Cleaver",
     "https://theantijunecleaver.com/x", [], "Simple Hiking Survival Kit (with Kids)"),
    ("Bike & Style book with soundtrack review | MoreBikes", "MoreBikes",
     "https://www.morebikes.co.uk/x", [], "Bike & Style book with soundtrack review"),
    ("엔터 미디어", "Entermedia", "",
     ["엔터 미디어", "엘제이-류화영 진흙탕 싸움, 공적인 사안으로 봐야하는 이유 - Entermedia"],
     "엘제이-류화영 진흙탕 싸움, 공적인 사안으로 봐야하는 이유"),
    ("Opinion | Republicans Are Following Trump to Nowhere", "The New York Times",
     "https://www.nytimes.com/x", [], "Opinion | Republicans Are Following Trump to Nowhere"),
    ("Only the site", "Only the site", "", [], "Only the site"),
]


@pytest.mark.parametrize(("title", "site", "url", "others", "expected"), HEADLINES)
def test_headline_without_the_site_name(
    title: str, site: str, url: str, others: list[str], expected: str
) -> None:
    assert metadata.headline(title, site, url, others) == expected


PAGE = b"""<!DOCTYPE html><html><head>
<title>The Future of Banking Is ... You're Broke | WIRED</title>
<meta property="og:site_name" content="Wired">
<meta name="author" content="Cond\xc3\xa9 Nast">
<link rel="canonical" href="https://www.wired.com/story/the-future-of-banking-is-youre-broke/">
<script type="application/ld+json">{"@type": "NewsArticle",
 "author": [{"@type": "Person", "name": "Molly Wood"}],
 "publisher": {"@type": "Organization", "name": "WIRED"}}</script>
</head><body><article><h1>The Future of Banking Is ... You're Broke</h1>
<p>It's no secret that big banks are not beloved institutions. A survey last year found
that most people under 35 would rather go to the dentist than listen to their bank.</p>
<p>Fintech startups have rushed to fill the gap with apps that promise to help.</p>
</article></body></html>"""


def test_a_page_cites_its_people_and_its_publisher() -> None:
    page = parse_html(PAGE, "wired.html")
    assert page.author == "Molly Wood"  # not the parent company in <meta name="author">
    assert page.outlet == "Wired"  # its own site name, which echoes its address
    assert page.title == "The Future of Banking Is ... You're Broke"
    assert page.url.startswith("https://www.wired.com/")


DATED = [
    # As the stories' pages were saved: URL, blank line, then the date ahead of the text.
    ("https://www.bolnews.com/2023/06/23/x/\n\n date 2023-06-23 WASHINGTON: Rear Adm John "
     "Mauger says a vehicle found the tail cone.", "2023-06-23", "WASHINGTON: Rear Adm"),
    ("Published: 2022-07-07\nBoris Johnson resigns\n\nBoris Johnson has resigned as leader.",
     "2022-07-07", "Boris Johnson resigns"),
    # A month alone (the Pope Francis story's Quotidiano, Fico's Citizen): the page's
    # line all the same, though no date to compare articles by.
    ("https://www.quotidiano.net/cronaca/x\n\n date 2025-04 Roma, 21 aprile 2025 – Il "
     "Papa è morto.", "", "Roma, 21 aprile 2025"),
    # A date inside the article is its text.
    ("Boris Johnson resigned on 2022-07-07 after a cabinet revolt.", "",
     "Boris Johnson resigned on 2022-07-07"),
]


@pytest.mark.parametrize(("text", "published", "starts"), DATED)
def test_a_date_ahead_of_the_text_is_its_date(
    tmp_path: Path, text: str, published: str, starts: str
) -> None:
    """The saved page's "date YYYY-MM-DD" is the article's date (the Sources panel's Date
    column), not its first words: it made a headline "date 2023-10-03 IE 11 is not
    supported." and matched unrelated first lines of two outlets on the date alone."""
    f = tmp_path / "article.txt"
    f.write_text(text, encoding="utf-8")
    doc = app.load(str(f))
    assert (doc.published, doc.text[: len(starts)]) == (published, starts)
