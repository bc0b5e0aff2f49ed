"""Folding keeps offsets and sees through typography, spelling and name variants."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from app.ingest.build import make_document
from app.model import Span
from app.text.fold import (
    capitalised_words,
    name_variants,
    spelling,
    stem,
    tokenize,
    tokenize_spans,
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


def _each(text: str, spans: list[Span]) -> list[list[object]]:
    return [tokenize(text, s.start, s.end) for s in spans]


@pytest.mark.parametrize(
    ("text", "bounds"),
    [
        # sentences a space apart, as most are
        ("One two. Three four.", [(0, 8), (9, 20)]),
        # "No. 1" split across two spans: each span reads "No" on its own
        ("He was No. 1 in line. No. 1 ranked.", [(0, 10), (11, 21), (22, 35)]),
        ("It is No 10. No one came.", [(0, 12), (13, 25)]),
        # spans that cut a word or touch a mark: tokenised on their own
        ("U.S.officials said. Then", [(0, 2), (2, 19), (20, 24)]),
        ("said.”Next came", [(0, 5), (5, 10), (11, 15)]),
        # gaps left out (boilerplate between), spans out of order, empty spans
        ("Lead here. SUBSCRIBE NOW. Body text.", [(26, 36), (0, 10), (10, 10)]),
        ("café\u0301 and e\u0301 1,500 3.5 🙂 ok", [(0, 10), (11, 38)]),
    ],
)
def test_tokenize_spans_is_tokenize_span_by_span(
    text: str, bounds: list[tuple[int, int]]
) -> None:
    spans = [Span(a, min(b, len(text))) for a, b in bounds]
    assert tokenize_spans(text, spans) == _each(text, spans)


def test_tokenize_spans_on_the_seed_sentences(seed_paths: list[Path]) -> None:
    for path in seed_paths:
        doc = make_document(path.read_text(encoding="utf-8"), path=str(path))
        spans = list(doc.reporting_sentences)
        assert tokenize_spans(doc.text, spans) == _each(doc.text, spans)


@given(
    st.lists(
        st.sampled_from(["No", ".", " ", "1", "10", "\n", "U.S.", "”", "said", "e\u0301",
                         "1,5", "’s", "-", "🙂", "Kyiv", "\t"]),
        max_size=30,
    ).map("".join),
    st.lists(st.tuples(st.integers(0, 60), st.integers(0, 20)), max_size=6),
)
def test_tokenize_spans_property(text: str, cuts: list[tuple[int, int]]) -> None:
    spans = [Span(min(a, len(text)), min(a + n, len(text))) for a, n in cuts]
    assert tokenize_spans(text, spans) == _each(text, spans)
