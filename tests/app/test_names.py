"""The name index: who a document names, and how each name is written in full."""

from __future__ import annotations

import pytest

from app.model import Span
from app.quotes.people import NameIndex

CASES = [
    # A name run stops at a sentence end, not at an initial or an abbreviated title.
    (
        "Donald Trump met Sheldon Adelson. Hours later, Trump praised him.",
        ["Donald Trump", "Sheldon Adelson", "Donald Trump"],
    ),
    ("Sen. J. D. Vance spoke to Gov. Tim Walz.", ["J. D. Vance", "Tim Walz"]),
    # Titles and roles are stripped; a surname alone is the full name met before.
    (
        "White House press secretary Jen Psaki spoke. Later Psaki left.",
        ["Jen Psaki", "Jen Psaki"],
    ),
    # Names inside quotations are not mentions.
    ("Mr. Biden said “Vladimir Putin will fail” and left.", ["Biden"]),
    # A plural title keeps its period and is stripped like a singular one (PolNeAR train,
    # huff-post_2015-11-11); "RT" in capitals is the network, not the title "Rt.".
    (
        "The letter from Sens. Rand Paul and Mike Lee went to Reps. Chris Collins.",
        ["Rand Paul", "Chris Collins"],
    ),
    ("Ed Schultz hosts a show on RT America. Mr. Schultz said so.", ["Ed Schultz"] * 2),
    # A middle initial is no acronym: a name holding one is a person (PolNeAR: every
    # "Paul R. Pillar", "Elaine C. Kamarck", "Donald J. Trump" was left out of the index,
    # so "Mr. Trump" went to "Ivanka Trump", the only Trump it knew in full).
    (
        "Donald J. Trump spoke first. Ivanka Trump followed him. Later Mr. Trump left.",
        ["Donald J. Trump", "Ivanka Trump", "Donald J. Trump"],
    ),
    ("Paul R. Pillar teaches at Georgetown. Pillar agreed.", ["Paul R. Pillar"] * 2),
    # ... while an acronym still makes a body.
    ("The FBI Director spoke. NHS England responded.", []),
    # A surname that is also a title ("King", "Prince") is a surname after an initial or
    # where the article writes "Mr. King"; "First Minister" stays a title (PolNeAR:
    # "Representative Peter T. King" and "Charlie King" were left out of the index).
    ("Representative Peter T. King spoke. Later Mr. King left.", ["Peter T. King"] * 2),
    ("Charlie King organised the rally. Mr. King said it went well.", ["Charlie King"] * 2),
    ("Scotland's First Minister spoke on Thursday.", []),
    # A figure before a run is no role ("the 2023 Nobel Peace Prize" is no one: the
    # unseen Nobel story gave the committee's citation to it).
    (
        "The committee awarded Narges Mohammadi the 2023 Nobel Peace Prize in Oslo. "
        "Mohammadi is in jail.",
        ["Narges Mohammadi", "Narges Mohammadi"],
    ),
    # A word the article writes in lower case, opening a sentence before a full name, is
    # a role (the Will Smith story: axios's "Actor Will Smith" was another speaker than
    # "Will Smith"); a two-word name keeps its first word, whatever else the text says.
    (
        "Actor Will Smith apologized to actor Chris Rock. Later Smith left.",
        ["Will Smith", "Chris Rock", "Will Smith"],
    ),
    ("Will Smith said he will return. Later Smith left.", ["Will Smith", "Will Smith"]),
    # ... wherever it stands before a full name ("Senators", "Pastor" capitalised only as
    # titles before a name: PolNeAR's "Senators Mitch McConnell", "Pastor Joseph Brown").
    (
        "The pastor spoke first. Then came Pastor Joseph Brown of the church. Mr. Brown "
        "prayed.",
        ["Joseph Brown", "Joseph Brown"],
    ),
    # ... and so is a sentence-opening word before a surname the article names once so
    # (PolNeAR: the headlines "Is Sanders finally connecting…?", "Top Clinton adviser…"
    # made "Is Sanders" the speaker of 18 quotes, "Top Clinton" of 6)...
    (
        "Is Sanders finally connecting with voters?\nBernie Sanders spoke in Ohio, where "
        "it is cold. Sanders left.",
        ["Bernie Sanders", "Bernie Sanders", "Bernie Sanders"],
    ),
    # ... but not when it opens several sentences (a name), nor a particle ("al Ashry").
    (
        "Will Smith apologised.\nWill Smith and his team will hope it is enough. Jada "
        "Pinkett Smith said nothing.",
        ["Will Smith", "Will Smith", "Jada Pinkett Smith"],
    ),
    ("Al Ashry spoke.\nIt was al Ashry who spoke, with Nour Ashry.",
     ["Al Ashry", "Al Ashry", "Nour Ashry"]),
    ("The bill passed. Bill de Blasio signed it.", ["Bill de Blasio"]),
    # A headline in title case names only people the body names: its capitals are no
    # name of their own (PolNeAR: "Progressives Are Celebrating Hillary Clinton" was the
    # speaker of five quotes, "Railing Against Trump" of four).
    (
        "Progressives Are Celebrating Hillary Clinton’s Speech On Wall Street\nHillary "
        "Clinton spoke on Friday. Later Clinton left.",
        ["Hillary Clinton", "Hillary Clinton"],
    ),
    (
        "Voters Keep Railing Against Trump’s Plan For Iowa\nThe candidate spoke on "
        "Friday. Later Trump left.",
        [],
    ),
    # A suffix ends the name after an office ("Austin III" had been the name).
    (
        "In a written statement, Secretary of Defense Lloyd J. Austin III said the jet was "
        "safe.",
        ["Lloyd J. Austin III"],
    ),
    # A place after a preposition is no one with a role ("coast near" had made Myrtle
    # Beach a person, and then the "she" of a quote), and a name given an age is a person
    # even before a verb the index does not know (an unseen balloon story).
    (
        "The jet fired a missile at the balloon off the coast near Myrtle Beach, South "
        "Carolina, officials said. On Saturday, Ashlyn Preaux, 33, went out to get her mail.",
        ["Ashlyn Preaux"],
    ),
    # A storm is named as a person is, and is none (Sky News on the Derna floods).
    (
        "Storm Daniel was Greece's worst storm in recorded history. Storm Daniel then "
        "crossed to Libya, where Omar Ali said the dams burst.",
        ["Omar Ali"],
    ),
    # A title written with a hyphen is a title (The Post Ghana on Biden's withdrawal).
    (
        "Joe Biden endorsed Vice-President Kamala Harris to succeed him.",
        ["Joe Biden", "Kamala Harris"],
    ),
]


@pytest.mark.parametrize(("text", "people"), CASES)
def test_mentions(text: str, people: list[str]) -> None:
    quotes = []
    if "“" in text:
        quotes = [Span(text.index("“") + 1, text.index("”"))]
    index = NameIndex(text, quotes)
    assert [m.person.name for m in index.mentions] == people


def test_pronouns_teach_gender() -> None:
    """A pronoun right after a name, in its sentence, tells that person's gender."""
    text = (
        "Press secretary Jen Psaki said she was done. Rep. Adam Schiff said he agreed. "
        "Then they left."
    )
    index = NameIndex(text, [])
    at = text.index("Then")
    assert index.person_before(at, "m").name == "Adam Schiff"
    assert index.person_before(at, "f").name == "Jen Psaki"


@pytest.mark.parametrize(
    ("text", "name", "sure"),
    [
        # One pronoun may be someone else's (PolNeAR: "Warren's grilling he hadn't yet
        # been held accountable" made Elizabeth Warren a man, and her "she said" quotes
        # nobody's once a "she" could not go on with a man).
        ("Elizabeth Warren grilled the chief executive. After Warren’s grilling he "
         "admitted it.", "Elizabeth Warren", None),
        ("Elizabeth Warren said she was angry. Later Warren said she would go on.",
         "Elizabeth Warren", "f"),
        ("Ms. Warren spoke on Tuesday.", "Warren", "f"),
        ("Peter Santilli said he laughed. Later Santilli said he would go on. Santilli "
         "said she left.", "Peter Santilli", "m"),
    ],
)
def test_a_gender_is_sure_only_on_evidence(text: str, name: str, sure: str | None) -> None:
    (person,) = [p for p in NameIndex(text, []).people if p.name == name]
    assert person.sure() == sure
