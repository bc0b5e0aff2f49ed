"""Which body a description speaks for (app.quotes.bodies), on real-style sentences."""

from __future__ import annotations

import pytest

from app.quotes.bodies import Bodies, capitals, is_impersonal
from app.quotes.people import NameIndex

# (the article before the attributing words, the words, the body they speak for)
DESCRIBED = [
    ("UnitedHealth, the largest insurance group, spelled out its concerns. ",
     "the group", "UnitedHealth"),
    ("The Academy of Motion Picture Arts and Sciences met on Monday. ", "the academy",
     "Academy of Motion Picture Arts and Sciences"),
    ("OpenAI's board fired Sam Altman on Friday. ", "the board", "OpenAI"),
    ("OceanGate founder Stockton Rush was the pilot. ", "a spokesperson for OceanGate",
     "OceanGate"),
    ("A statement came on Friday. ", "a statement from OpenAI's board", "OpenAI"),
    # A headline in title case names no body: its capitals run together.
    ("State Regulator Closes Silicon Valley Bank and Appoints FDIC as Receiver\n\n"
     "The DFPI closed the bank on Friday. ", "the state regulator", None),
    # Only met nearby, never called a group: no body.
    ("In downtown San Francisco, a group dressed in T-shirts marched. ", "the group", None),
    ("The Senate voted on Friday. ", "the company", None),
]


@pytest.mark.parametrize(("before", "phrase", "body"), DESCRIBED)
def test_the_body_a_description_speaks_for(before: str, phrase: str, body: str | None) -> None:
    text = f"{before}“It is over,” {phrase} said."
    names = NameIndex(text, [])
    bodies = Bodies(text, names, capitals(names, []))
    assert bodies.described(phrase, text.index(phrase)) == body


@pytest.mark.parametrize(("phrase", "impersonal"), [
    ("the company's website", True), ("the statement", True), ("its board", True),
    ("a spokesperson for OceanGate", True), ("the prime minister", False),
    ("the actor", False), ("Boris Johnson", False), ("he", False),
])
def test_words_that_name_no_person(phrase: str, impersonal: bool) -> None:
    assert is_impersonal(phrase) == impersonal
