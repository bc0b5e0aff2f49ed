"""Word-level diffs: folded comparison, original offsets, trivial changes marked."""

from __future__ import annotations

import unicodedata

import pytest

from app.diff import equal_share, word_diff
from app.model import DiffOp
from app.text.fold import tokenize


def _diff(a: str, b: str) -> tuple[DiffOp, ...]:
    return word_diff(a, tokenize(a), b, tokenize(b))


def _view(a: str, b: str) -> list[tuple[str, str, str, str | None]]:
    return [(d.tag, a[d.a_start : d.a_end], b[d.b_start : d.b_end], d.trivial)
            for d in _diff(a, b) if d.tag != "equal"]


@pytest.mark.parametrize(
    ("a", "b", "expected"),
    [
        # seed 000 vs 001: the same quote, one word trimmed and one reworded
        (
            "According to our information, the enemy marked me as target No. 1.",
            "Acording to the information we have, the enemy has marked me as target No. 1",
            [
                ("replace", "According", "Acording", None),
                ("replace", "our", "the", None),
                ("insert", "", "we have", None),
                ("insert", "", "has", None),
                ("delete", ".", "", "punctuation"),
            ],
        ),
        # curly vs straight quotes, British vs American: typography only
        (
            "“There were rumours,” he said.",
            '"There were rumors," he said.',
            [("replace", "“", '"', "typography"), ("replace", "rumours", "rumors", "typography"),
             ("replace", "”", '"', "typography")],
        ),
        # a number that differs is a real change
        ("Klitschko said five blasts were heard.", "Klitschko said six blasts were heard.",
         [("replace", "five", "six", None)]),
        # punctuation only
        ("Our country. And so it will continue", "Our country, and so it will continue",
         [("replace", ".", ",", "punctuation"), ("replace", "And", "and", "typography")]),
    ],
)
def test_opcodes_map_to_the_right_characters(
    a: str, b: str, expected: list[tuple[str, str, str, str | None]]
) -> None:
    assert _view(a, b) == expected


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("", ""),
        ("", "Something new here."),
        ("Only in a.", ""),
        ("We are all here.", "We are all here."),
        ("Straße café 🙂 naïve", "Strasse cafe\u0301 🙃 naive"),
    ],
)
def test_opcodes_cover_both_texts_in_order(a: str, b: str) -> None:
    ops = _diff(a, b)
    pos_a = pos_b = None
    for d in ops:
        assert 0 <= d.a_start <= d.a_end <= len(a)
        assert 0 <= d.b_start <= d.b_end <= len(b)
        if pos_a is not None:
            assert d.a_start >= pos_a and d.b_start >= pos_b
        pos_a, pos_b = d.a_end, d.b_end
        if d.tag == "equal":
            assert d.trivial is None
            nfc = [unicodedata.normalize("NFC", t[x:y])
                   for t, x, y in ((a, d.a_start, d.a_end), (b, d.b_start, d.b_end))]
            assert nfc[0] == nfc[1]


def test_autojunk_off_keeps_long_sentences_aligned() -> None:
    # With difflib's default autojunk, "the" (more than 1% of 200+ tokens) would be junk.
    a = " ".join(["the cat sat on the mat"] * 50)
    b = a.replace("cat", "dog", 1)
    ops = _diff(a, b)
    changed = [d for d in ops if d.tag != "equal"]
    assert len(changed) == 1 and a[changed[0].a_start : changed[0].a_end] == "cat"


def test_equal_share() -> None:
    a = "They want to destroy Ukraine politically."
    b = "They want to destroy the country."
    ops = word_diff(a, tokenize(a), b, tokenize(b))
    assert equal_share(ops, tokenize(a)) == pytest.approx(4 / 6)
