"""Boilerplate is flagged, never deleted: all of the seeds' furniture, none of their reporting.

For each seed the test lists exactly which sentences (by their first words) are furniture;
every other sentence must stay unflagged. Further cases cover other outlets' furniture
and reporting that uses the same words in a news sense.
"""

from __future__ import annotations

from pathlib import Path

import pytest

import app
from app.ingest.build import make_document
from app.text.boilerplate import flag_repeated

SEEDS = Path(__file__).resolve().parents[3] / "seeds"

EXPECTED_FURNITURE = {
    "000": ["Latest News"],
    "001": [
        "Ukrainian President Volodymyr Zelenskyy speaks at a joint news conference",
        "Associated Press/Efrem Lukatsky",
        "Only subscribers are eligible to post comments.",
        "Please subscribe or login first for digital access.",
        "Here’s why.",
        "Use the form below to reset your password.",
        "When you've submitted your account email",
        "filed under:",
    ],
    "002": [
        "Your support helps us to tell the story",
        "From reproductive rights to climate change",
        "Whether it's investigating the financials",
        "At such a critical moment in US history",
        "Your donation allows us",
        "The Independent is trusted by Americans",
        "And unlike many other quality news outlets",
        "We believe quality journalism",
        "Your support makes all the difference.",
        "Subscribe to Independent Premium",
        "Want to bookmark your favourite articles",
        "Start your Independent Premium subscription today.",
        "Join our commenting forum",
        "Join thought-provoking conversations",
        "Comments",
    ],
}


@pytest.mark.parametrize("prefix", sorted(EXPECTED_FURNITURE))
def test_exactly_the_seed_furniture_is_flagged(prefix: str) -> None:
    doc = app.load(next(SEEDS.glob(f"{prefix}_*.txt")))
    flagged = [s.slice(doc.text) for s in doc.sentences if doc.is_boilerplate(s)]
    expected = EXPECTED_FURNITURE[prefix]
    assert len(flagged) == len(expected), flagged
    for got, start in zip(flagged, expected, strict=True):
        assert got.startswith(start), (got, start)


def test_flags_keep_the_text_and_give_reasons() -> None:
    path = next(SEEDS.glob("002_*.txt"))
    doc = app.load(path)
    assert doc.text == path.read_text(encoding="utf-8")
    assert all(b.reason for b in doc.boilerplate)
    assert "donation or subscription plea" in {b.reason for b in doc.boilerplate}


def test_a_plea_glued_to_reporting_is_split_at_the_sentence() -> None:
    doc = app.load(next(SEEDS.glob("002_*.txt")))
    glued = next(s for s in doc.sentences if s.slice(doc.text).startswith("Ukraine’s president"))
    assert not doc.is_boilerplate(glued)


FURNITURE = [
    "Sign up to our newsletter",
    "Sign up for our morning briefing and get the news in your inbox.",
    "Share this article",
    "Share on Facebook",
    "Related Topics",
    "Read more:",
    "Advertisement",
    "Most Read",
    "Click here to subscribe for unlimited digital access.",
    "Log in to your account to continue reading.",
    "Support our journalism today.",
    "A protester holds a flag outside parliament on Monday. Reuters/Henry Nicholls",
    "Firefighters work at the scene. AFP via Getty Images",
    "Police officers stand guard. Photo: John Smith",
]

REPORTING = [
    "The senator said she would support the bill.",
    "Readers of the paper wrote hundreds of letters, officials said.",
    "The company said it would share the data with regulators.",
    "Comments made by the minister on Tuesday drew criticism.",
    "“Subscribe to our values,” the candidate told supporters.",
    "Associated Press reporters were among those at the scene, the ministry said.",
    "The president signed the order on Friday.",
    "We are all here, he said, surrounded by his advisers.",
    # An agency named at the end of a reporting sentence is not a photo credit.
    "“Why don’t I call you back,” he told the AP.",
    "The figures were first reported by Reuters.",
]


@pytest.mark.parametrize("line", FURNITURE)
def test_other_outlets_furniture_is_flagged(line: str) -> None:
    text = f"The mayor said five blasts had been reported.\n{line}\nThe city remained calm."
    doc = make_document(text)
    flagged = [s.slice(text) for s in doc.sentences if doc.is_boilerplate(s)]
    assert flagged and all(f in line for f in flagged), flagged
    assert flagged[-1].endswith(line.split(". ")[-1])


@pytest.mark.parametrize("sentence", REPORTING)
def test_reporting_in_a_news_sense_is_not_flagged(sentence: str) -> None:
    text = f"Headline about the talks\n{sentence}\nThe talks continue on Monday."
    assert make_document(text).boilerplate == ()


def test_short_paragraphs_repeated_across_one_outlets_articles_are_flagged() -> None:
    footer = "Copyright Example Media Group, all of it"
    a = make_document(f"Title A\nReporting about the vote in Kyiv.\n{footer}", outlet="Example")
    b = make_document(f"Title B\nReporting about shelling near a power station.\n{footer}",
                      outlet="Example")
    c = make_document(f"Title C\nOther reporting.\n{footer}", outlet="Elsewhere")
    fa, fb, fc = flag_repeated([a, b, c])
    for doc in (fa, fb):
        flagged = [s.slice(doc.text) for s in doc.sentences if doc.is_boilerplate(s)]
        assert flagged == [footer]
    assert fc.boilerplate == c.boilerplate  # a different outlet: nothing repeated


def test_two_versions_of_one_story_keep_their_shared_reporting() -> None:
    body = ("Kyiv's mayor Vitali Klitschko said five blasts had been reported and emergency "
            "services were responding to the scene near the power station.")
    a = make_document(f"Same headline\n{body}", outlet="Example")
    b = make_document(f"Same headline\n{body}\nUpdated with new details.", outlet="Example")
    for doc in flag_repeated([a, b]):
        assert not any(doc.is_boilerplate(s) for s in doc.sentences[:2])
