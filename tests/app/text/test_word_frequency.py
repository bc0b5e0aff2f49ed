"""The English word frequencies story grouping weighs words against.

The table is keyed by the engine's fold (:func:`app.text.fold.tokenize`), so a change to
the fold that the table was not rebuilt for would leave words unfound: treated as rare.
"""

from __future__ import annotations

import pytest

from app.text import word_frequency
from app.text.fold import tokenize


def key(word: str) -> str:
    (token,) = [t for t in tokenize(word) if t.word]
    return token.key


def test_the_table_ships_and_loads() -> None:
    assert word_frequency.TABLE.is_file()
    table = word_frequency.frequencies()
    assert len(table) > 15_000
    assert word_frequency.frequencies() is table  # read once


@pytest.mark.parametrize(
    "word",
    ["resigned", "Resigns", "banks", "regulators", "said", "saying", "president",
     "government", "invasion", "Café", "don’t", "children", "country"],
)
def test_common_words_are_found_under_the_engines_key(word: str) -> None:
    assert key(word) in word_frequency.frequencies()


@pytest.mark.parametrize(
    ("common", "rarer"),
    [
        ("said", "resign"),
        ("bank", "regulator"),
        ("president", "invasion"),
        ("country", "kyiv"),
        ("campaign", "prigozhin"),
    ],
)
def test_a_commoner_word_is_in_more_articles(common: str, rarer: str) -> None:
    a = word_frequency.article_share(key(common), 600)
    b = word_frequency.article_share(key(rarer), 600)
    assert 1.0 > a > b >= 0.0


def test_an_unknown_word_is_in_no_reference_article() -> None:
    assert word_frequency.article_share("quetzalcoatlzanzibarian", 600) == 0.0
    assert word_frequency.article_share(key("Prigozhin"), 600) == 0.0


def test_a_longer_article_is_likelier_to_use_a_word() -> None:
    k = key("bank")
    assert 0.0 < word_frequency.article_share(k, 100) < word_frequency.article_share(k, 600)
