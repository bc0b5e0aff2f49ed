"""Story titles (app.present.labels.story_title): the first real headline among the articles."""

from __future__ import annotations

from pathlib import Path

import pytest

import app
from app.ingest.build import make_document
from app.ingest.plaintext import is_byline, looks_like_headline, parse
from app.model import Comparison
from app.present.labels import document_title, story_title

LEAD = (
    "New Zealand prime minister Jacinda Ardern has announced her resignation in a shock "
    "announcement. At the party’s annual caucus meeting, Ardern said she would go.\n\n"
    "Her term will end no later than 7 February."
)
HEADED = (
    "'Not enough in the tank': Jacinda Ardern resigns as prime minister of New Zealand\n\n"
    "New Zealand leader Jacinda Ardern has announced she will step down."
)
SHORT_LEAD = "Ardern resigns.\n\nShe said she no longer had enough in the tank."


@pytest.mark.parametrize(
    ("texts", "title"),
    [
        # saved without its headline, the first article starts with its lead: skip it
        ([LEAD, HEADED], "'Not enough in the tank': Jacinda Ardern resigns as prime minister "
         "of New Zealand"),
        ([HEADED, LEAD], "'Not enough in the tank': Jacinda Ardern resigns as prime minister "
         "of New Zealand"),
        # no headline anywhere: the first article's first line, as before
        ([LEAD, SHORT_LEAD], LEAD.splitlines()[0]),
        ([], "Untitled story"),
    ],
)
def test_story_title(texts: list[str], title: str) -> None:
    docs = tuple(make_document(t, path=f"{i}.txt") for i, t in enumerate(texts))
    assert story_title(Comparison(documents=docs, threshold=0.5)) == title


def test_of_several_headlines_the_one_the_articles_share_wins() -> None:
    """A saved page may open with its section's name; the story is what all report."""
    texts = [
        "Britain Politics\n\nLiz Truss has resigned as prime minister after 45 days.",
        "Liz Truss resigns as prime minister\n\nLiz Truss quit on Thursday after 45 days.",
        "LIVE\n\nThe prime minister, Liz Truss, has resigned after 45 days in office.",
    ]
    docs = tuple(make_document(t, path=f"{i}.txt") for i, t in enumerate(texts))
    assert story_title(Comparison(documents=docs, threshold=0.5)) == (
        "Liz Truss resigns as prime minister"
    )


def test_a_title_the_loader_found_is_a_headline_even_if_long() -> None:
    doc = make_document(LEAD, path="a.html", title="Ardern quits")
    other = make_document(HEADED, path="b.txt")
    assert story_title(Comparison(documents=(doc, other), threshold=0.5)) == "Ardern quits"


def test_page_furniture_is_not_a_headline() -> None:
    """A saved page (mb.com.ph, the Will Smith story) opens with an "ADVERTISEMENT" line,
    which the boilerplate detector marks: the headline is the line after it."""
    doc = make_document(
        "ADVERTISEMENT\n\nWill Smith tells Chris Rock: 'I would like to publicly apologize "
        "to you'\n\nActor Will Smith issued a statement on March 29, apologizing to actor "
        "Chris Rock.\n\nADVERTISEMENT\n\nThe full statement of Smith was posted on Instagram."
    )
    assert any(doc.text[b.start : b.end] == "ADVERTISEMENT" for b in doc.boilerplate)
    assert document_title(doc) == (
        "Will Smith tells Chris Rock: 'I would like to publicly apologize to you'"
    )


def test_the_headline_is_found_under_a_page_banner() -> None:
    """Forbes (the Altman story) saved with its banner: "BETA", a two-sentence notice
    and "Edit Story" come before the headline."""
    doc = make_document(
        "BETA\nThis is a BETA experience. You may opt-out by clicking here\nEdit Story\n\n"
        "OpenAI President And Cofounder Quits Over Sam Altman Firing\n\nHours after OpenAI "
        "CEO Sam Altman’s ouster from the company, Greg Brockman resigned in protest."
    )
    assert document_title(doc) == "OpenAI President And Cofounder Quits Over Sam Altman Firing"


def test_a_skip_link_the_loader_took_for_a_headline_is_not_the_title() -> None:
    """The Mercury News (an unseen SVB story) saved with its "Skip to content" link on
    the first line, where the loader looks for the headline."""
    parsed = parse(
        "Skip to content\nCustomers line up at Silicon Valley Bank headquarters in Santa "
        "Clara.\n\nSANTA CLARA — Federal regulators took over the bank on Friday, and "
        "depositors waited outside its headquarters."
    )
    # the article never echoes the link, so the loader reads past it
    assert parsed.title.startswith("Customers line up")
    # and a title the page's furniture gave is no headline either
    doc = make_document(parsed.text, title="Skip to content")
    assert document_title(doc) == (
        "Customers line up at Silicon Valley Bank headquarters in Santa Clara."
    )


def test_a_lead_without_a_headline_is_its_own_title() -> None:
    doc = make_document(LEAD)
    assert document_title(doc).startswith("New Zealand prime minister Jacinda Ardern has")


def test_a_breadcrumb_is_not_the_headline() -> None:
    """time.com (the McCarthy story) opens with its section breadcrumb."""
    doc = make_document(
        "• Politics\n  • Congress\n\nIn Dramatic Vote, McCarthy Becomes First House Speaker "
        "to be Ousted in U.S. History\n\n6 minute read\n\nFor the first time in American "
        "history, a Speaker of the House has been stripped of the gavel."
    )
    assert document_title(doc) == (
        "In Dramatic Vote, McCarthy Becomes First House Speaker to be Ousted in U.S. History"
    )


@pytest.mark.parametrize(
    ("text", "title"),
    [
        # twincities.com (the unseen earthquake story): an AP byline, then the lead
        (
            "By MEHMET GUZEL, GHAITH ALSAYED and SUZAN FRASER\n\nADANA, Turkey (AP) — A "
            "powerful earthquake rocked Turkey and Syria on Monday.\n\nRescuers searched.",
            "ADANA, Turkey (AP) — A powerful earthquake rocked Turkey and Syria on Monday.",
        ),
        # spglobal.com (the unseen SVB story): a date line above the headline
        (
            "10 Mar, 2023\n\nCalifornia takes possession of Silicon Valley Bank, appoints "
            "FDIC as receiver\n\nThe California regulator closed the bank on Friday.",
            "California takes possession of Silicon Valley Bank, appoints FDIC as receiver",
        ),
        # thespinoff.co.nz (the Ardern story): a "LIVE" badge and no headline
        (
            "LIVE\n\nJacinda Ardern has made the shock announcement not to seek a third "
            "term as prime minister. She will step down in the coming weeks.\n\nMore soon.",
            "Jacinda Ardern has made the shock announcement not to seek a third term as "
            "prime minister. She will step down in the coming weeks.",
        ),
        # the Washington Times (the same story): a weekday and a date
        (
            "Monday, July 11, 2022\n\nThrongs of mourners streamed through a temple in "
            "Tokyo on Monday.\n\nThe funeral was held on Tuesday.",
            "Throngs of mourners streamed through a temple in Tokyo on Monday.",
        ),
    ],
    ids=["byline", "date line", "badge", "weekday date"],
)
def test_furniture_is_never_the_title_while_the_page_has_prose(text: str, title: str) -> None:
    assert document_title(make_document(text)) == title


@pytest.mark.parametrize(
    ("line", "byline"),
    [
        ("By MEHMET GUZEL, GHAITH ALSAYED and SUZAN FRASER", True),
        ("By Mark Sweney and Alex Hern", True),
        ("By the numbers: Truss in office", False),
        ("Byron Bay floods again", False),
    ],
)
def test_bylines(line: str, byline: bool) -> None:
    assert is_byline(line) == byline
    assert looks_like_headline(line) != byline


@pytest.mark.parametrize(
    ("text", "title"),
    [
        # expressandstar.com (the unseen Titan story) prints its name above the headline
        (
            "https://expressandstar.com/news/uk-news/2023/06/22/five-pieces\n\nExpress & "
            "Star\n\nFive pieces of debris give clues to the fate of the Titan\n\nThe finds "
            "on the sea floor are consistent with a catastrophic implosion.",
            "Five pieces of debris give clues to the fate of the Titan",
        ),
        # a headline about the outlet itself is still the headline
        (
            "https://www.bbc.co.uk/news/uk-123\n\nBBC staff strike over pay\n\nJournalists "
            "at the BBC walked out on Monday.",
            "BBC staff strike over pay",
        ),
        # the Asahi Shimbun (the unseen Abe story): its name and a time stamp, no headline
        (
            "https://ajw-origin.potaufeu.asahi.com/ajw/articles/14666032\n\nTHE ASAHI "
            "SHIMBUN\nJuly 10, 2022 at 18:13 JST\nThe handmade gun that was likely used in "
            "the shooting had adhesive tape holding its barrels together.\nNARA—Police "
            "seized several homemade guns.",
            "The handmade gun that was likely used in the shooting had adhesive tape "
            "holding its barrels together.",
        ),
    ],
    ids=["masthead", "headline naming the outlet", "masthead and time stamp"],
)
def test_the_site_s_own_name_is_no_headline(text: str, title: str, tmp_path: Path) -> None:
    page = tmp_path / "page.txt"
    page.write_text(text, encoding="utf-8")
    assert document_title(app.load(str(page))) == title


def test_a_caption_the_loader_took_for_a_title_is_no_headline() -> None:
    """Radio Habana Cuba on Raisi's death: the page's title is a photo caption, which the
    boilerplate detector marks; the lead under it is no headline either, so the title is
    another outlet's headline (it was the lead, "Tehran, May 20 (RHC)-- …")."""
    caption = (
        "Iranian President Ebrahim Raisi (L) and Foreign Minister Hossein Amir-Abdollahian (R)"
    )
    rhc = make_document(
        f"{caption}\n\nTehran, May 20 (RHC)-- Iranian President Ebrahim Raisi and Foreign "
        "Minister Hossein Amir-Abdollahian have died in a helicopter crash in the "
        "northwestern province of East Azerbaijan, state media reported on Monday.",
        path="rhc.txt", title=caption,
    )
    body = ("Iranian President Ebrahim Raisi and Foreign Minister Hossein Amir-Abdollahian "
            "have died in a helicopter crash in the northwestern province of East Azerbaijan, "
            "state media reported on Monday.")
    others = [
        make_document("Raisi's death: Iran’s supreme leader declares five days of mourning"
                      f"\n\n{body}", path="pm.txt"),
        make_document("Iran’s Khamenei announces five days mourning following president’s "
                      f"death\n\n{body}", path="nordot.txt"),
    ]
    assert rhc.is_boilerplate(rhc.sentences[0])
    got = story_title(Comparison(documents=(rhc, *others), threshold=0.5))
    assert got in {others[0].text.split("\n")[0], others[1].text.split("\n")[0]}, got


@pytest.mark.parametrize(
    ("text", "title"),
    [
        # Korea Herald (the unseen Yeti Airlines crash): a page link above the headline
        (
            "Back To Top\n2 Koreans onboard in deadly plane crash in Nepal: ministry\nTwo "
            "South Korean nationals were on board an aircraft that crashed near an airport in "
            "central Nepal, the foreign ministry said. The ministry confirmed the two Koreans "
            "were among the passengers of the plane crash.",
            "2 Koreans onboard in deadly plane crash in Nepal: ministry",
        ),
        # ZWNews (the Haneda collision): a section's name
        (
            "World & Africa\nTragedy Strikes as Japan Airlines Flight Catches Fire in Runway "
            "Collision\nIn a tragic incident at Tokyo's Haneda airport, a Japan Airlines flight "
            "caught fire after a collision on the runway with a coast guard aircraft.",
            "Tragedy Strikes as Japan Airlines Flight Catches Fire in Runway Collision",
        ),
        # LBC (Sturgeon): the radio show on air when the page was saved
        (
            "Ben Kentish 10pm - 1am\n\n'Privilege of my life': Nicola Sturgeon says 'nothing "
            "will come close'\n\nNicola Sturgeon has said being Scotland's first minister was "
            "the privilege of her life as she announced she would resign.",
            "'Privilege of my life': Nicola Sturgeon says 'nothing will come close'",
        ),
        # a first line the article echoes is its headline, however short
        (
            "Ardern quits\n\nJacinda Ardern quits as New Zealand prime minister.",
            "Ardern quits",
        ),
        # below furniture, a lead paragraph is no headline: the furniture stays the
        # loader's guess (document_title reads past it) rather than a body sentence
        (
            "Latest News Today\n\nPolice said the man, who was arrested in the city on "
            "Tuesday night after a long chase through several districts, was charged with "
            "murder.\n\nHe will appear in court on Friday.",
            "Latest News Today",
        ),
        # Africanews (COP28): under the site's greeting (a masthead), a widget's line the
        # article never echoes; the echo was once looked for from the masthead on, where
        # the line itself stood
        (
            "https://www.africanews.com/2023/12/13/cop-28/\n\nWelcome to Africanews\n\n"
            "Please select your experience\n\nWatch Live\n\nCOP 28: Delegates agree to "
            "transition away from fossil fuels\n\nDelegates at the COP 28 climate summit "
            "agreed on Wednesday to transition away from fossil fuels, the first such deal.",
            "COP 28: Delegates agree to transition away from fossil fuels",
        ),
    ],
    ids=["page link", "section", "radio show", "short headline", "lead not taken",
         "under a masthead"],
)
def test_a_first_line_the_article_never_echoes_is_no_headline(text: str, title: str) -> None:
    assert parse(text).title == title


@pytest.mark.parametrize(
    ("text", "title"),
    [
        # The Zimbabwe Mail (the unseen Kenya protests): the page's <title>, a script's
        # leftovers before it and the site's name after, above the headline it holds
        (
            "https://thezimbabwemail.com/world-news/white-house-condemns-violence\n\n"
            "gtag('config', 'UA-12595121-1'); White House Condemns Violence in Kenya Amidst "
            "Protests Over Tax Hikes – The Zimbabwe Mail\n\nWhite House Condemns Violence in "
            "Kenya Amidst Protests Over Tax Hikes\n\nThe White House has strongly condemned "
            "the recent violence in Kenya, where protests over tax hikes turned deadly.",
            "White House Condemns Violence in Kenya Amidst Protests Over Tax Hikes",
        ),
        # News of Bahrain (Sri Lanka): decorations and the masthead around the headline
        (
            "https://www.newsofbahrain.com/world/82495.html\n\n*** ----> Sri Lankan president "
            "flees to Maldives amid economic crisis | THE DAILY TRIBUNE | KINGDOM OF BAHRAIN\n\n"
            "Sri Lankan president flees to Maldives amid economic crisis\n\nThe president of "
            "Sri Lanka fled the country to the Maldives early Wednesday amid the crisis.",
            "Sri Lankan president flees to Maldives amid economic crisis",
        ),
        # The Independent (Alaska Airlines, Trump's mugshot): the site's own line
        (
            "https://www.independent.co.uk/travel/news/boeing-door-plug.html\n\nStay up to "
            "date with notifications from The Independent\n\nNotifications can be managed in "
            "browser preferences.\n\nBoeing CEO calls Alaska Airlines door blowout a quality "
            "escape\n\nBoeing CEO Dave Calhoun called the Alaska Airlines door blowout a "
            "quality escape.",
            "Boeing CEO calls Alaska Airlines door blowout a quality escape",
        ),
        # a headline with a kicker under it keeps the whole headline
        (
            "Boris Johnson resigns: It is painful to leave Downing Street, says PM\n\n"
            "Boris Johnson resigns\n\nBoris Johnson has said it is painful to leave Downing "
            "Street as he resigned.",
            "Boris Johnson resigns: It is painful to leave Downing Street, says PM",
        ),
    ],
    ids=["title with script", "title with masthead", "site's own line", "kicker below"],
)
def test_the_headline_inside_a_page_title_or_under_the_site_line(text: str, title: str) -> None:
    assert parse(text).title == title
