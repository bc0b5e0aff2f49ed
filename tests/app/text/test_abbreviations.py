"""One abbreviation list for the engine, read with the case news copy writes it in."""

from __future__ import annotations

import pytest

from app.ingest.plaintext import looks_like_headline
from app.quotes.people import tokens
from app.text.abbreviations import is_abbreviation


@pytest.mark.parametrize("word", ["Sen", "SEN", "Mr", "No", "Inc", "Jr", "vs", "etc", "Gov"])
def test_titles_and_suffixes_are_abbreviations(word: str) -> None:
    assert is_abbreviation(word)


@pytest.mark.parametrize("word", ["no", "sen", "gov", "said", "Calif", "Feb", "Paris", ""])
def test_other_words_are_not(word: str) -> None:
    # A lower-case "no." ends a sentence ("The answer was no."); months and states need
    # the context only the sentence splitter reads.
    assert not is_abbreviation(word)


def test_the_name_scanner_keeps_a_titles_period() -> None:
    text = "said Sen. Mark Warner. The answer was no. No. 1 is Jr. Smith"
    got = [t.text for t in tokens(text, 0, len(text))]
    assert got == [
        "said", "Sen.", "Mark", "Warner", "The", "answer", "was", "no", "No.", "1", "is",
        "Jr.", "Smith",
    ]


def test_a_headline_may_hold_a_title() -> None:
    assert looks_like_headline("Sen. Warner warns of Russian cyberattacks")
    assert not looks_like_headline("The answer was no. Officials said so later")
