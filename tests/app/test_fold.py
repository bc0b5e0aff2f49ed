"""Folding keeps offsets and sees through typography, spelling and name variants."""

from __future__ import annotations

import pytest

from app.text.fold import (
    capitalised_words,
    name_variants,
    spelling,
    stem,
    tokenize,
    typography,
)


def _spells(text: str) -> list[str]:
    return [t.spell for t in tokenize(text)]


@pytest.mark.parametrize(
    ("a", "b"),
    [
        # straight vs curly quotes and apostrophes, dashes, case (seed 000 vs 001)
        ("Zelensky’s whereabouts", "zelensky's whereabouts"),
        ("“sabotage groups”", '"Sabotage Groups"'),
        ("security – security", "security - security"),
        ("security — security", "security -- security".replace("--", "-")),
        # British / American spelling
        ("There were rumours", "There were rumors"),
        ("the colour of defence", "the color of defense"),
        ("they organised the centre", "they organized the center"),
        ("travelled to the theatre", "traveled to the theater"),
        # accents and compatibility forms
        ("café résumé", "cafe resume"),
        ("cafe\u0301", "café"),
        # numbers in words and figures
        ("five blasts", "5 blasts"),
        ("1,500 troops", "1500 troops"),
    ],
)
def test_folded_spellings_meet(a: str, b: str) -> None:
    assert _spells(a) == _spells(b)


def test_no_before_a_figure_is_number_not_negation() -> None:
    words = [t.spell for t in tokenize("marked me as target No. 1") if t.word]
    assert words == [t.spell for t in tokenize("marked me as target number one")]
    assert next(t.spell for t in tokenize("No, he said") if t.word) == "no"


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("five blasts", "six blasts"),
        ("police", "policy"),
        ("filed", "fled"),
        ("U.S.", "us"),
        ("not", "now"),
    ],
)
def test_different_words_stay_apart(a: str, b: str) -> None:
    assert [t.key for t in tokenize(a)] != [t.key for t in tokenize(b)]


@pytest.mark.parametrize(
    ("words", "stem_"),
    [
        (["entered", "enter", "entering", "enters"], "enter"),
        (["infiltrated", "infiltrating", "infiltrate"], "infiltrat"),
        (["groups", "group"], "group"),
        (["rumors", "rumor"], "rumor"),
        (["planned", "plan", "plans"], "plan"),
        (["cities", "city"], "city"),
    ],
)
def test_light_stemming(words: list[str], stem_: str) -> None:
    assert {stem(w) for w in words} == {stem_}


@pytest.mark.parametrize(
    ("word", "expected"),
    [("rumours", "rumors"), ("favourite", "favorite"), ("four", "four"), ("your", "your"),
     ("analyse", "analyze"), ("realised", "realized"), ("advise", "advise"),
     ("catalogue", "catalog"), ("modelling", "modeling"), ("grey", "gray")],
)
def test_spelling(word: str, expected: str) -> None:
    assert spelling(word) == expected


def test_tokens_slice_back_to_the_original() -> None:
    #      0         1         2         3         4         5
    #      0123456789012345678901234567890123456789012345678901234
    text = "Zelenksy said “sabotage groups” had infiltrated Kyiv’s U.S. 🙂"
    toks = tokenize(text)
    assert [text[t.start : t.end] for t in toks] == [
        "Zelenksy", "said", "“", "sabotage", "groups", "”", "had", "infiltrated",
        "Kyiv’s", "U.S.", "🙂",
    ]
    assert [(t.start, t.end) for t in toks[:3]] == [(0, 8), (9, 13), (14, 15)]
    assert toks[8].spell == "kyiv" and toks[9].spell == "u.s"
    assert not toks[2].word and toks[0].cap


def test_tokenize_respects_bounds() -> None:
    text = "One two. Three four."
    toks = tokenize(text, 9, 20)
    assert [text[t.start : t.end] for t in toks] == ["Three", "four", "."]


def test_name_variants_cluster_from_the_documents() -> None:
    # the three spellings in the seeds, plus names that must stay apart
    caps = ["Zelensky"] * 6 + ["Zelenskyy", "Zelenksy", "Klitschko", "Russians", "Russian",
                                "Democrats", "Democratic", "Senator", "Senate"]
    variants = name_variants(caps)
    assert variants["zelenskyy"] == "zelensky"
    assert variants["zelenksy"] == "zelensky"
    for kept in ("klitschko", "russians", "democratic", "democrats", "senator", "zelensky"):
        assert kept not in variants
    toks = tokenize("Zelenskyy and Zelenksy", names=variants)
    assert toks[0].spell == toks[2].spell == "zelensky"


def test_sentence_initial_capitals_are_not_name_candidates() -> None:
    text = "Police said so. The new Policy of Zelenskyy."
    got = capitalised_words(text, [(0, 15), (16, 44)])
    assert got == ["Zelenskyy"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [("“Quote” — ‘inner’…", "\"quote\" - 'inner'..."), ("ÉCOLE", "ecole"), ("ﬁnal", "final")],
)
def test_typography(text: str, expected: str) -> None:
    assert typography(text) == expected
