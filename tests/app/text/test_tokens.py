"""One definition of a word for the engine, and the views the stages take of it.

Sentences are from the seed story and the development stories; each case lists the
words a view must give (joined by " | ").
"""

from __future__ import annotations

from pathlib import Path

import pytest

from app.quotes.people import tokens as name_tokens
from app.text.fold import tokenize
from app.text.tokens import TOKEN, word_texts, words

SEEDS = Path(__file__).resolve().parents[3] / "seeds"


def _joined(ws: list) -> str:
    return " | ".join(w.text for w in ws)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # Hyphens join for the name finder; alignment keeps them apart (below).
        ("topple the U.S.-backed government", "topple | the | U.S.-backed | government"),
        ("very forward-leaning both", "very | forward-leaning | both"),
        # Inner apostrophes, curly or straight; a plural possessive keeps its mark.
        ("Kyiv’s mayor Vitali Klitschko", "Kyiv’s | mayor | Vitali | Klitschko"),
        ("the Joneses’ house", "the | Joneses’ | house"),
        # A sentence's period is dropped; a dotted abbreviation keeps its dots.
        ("to speak publicly.", "to | speak | publicly"),
        ("according to U.S. intelligence", "according | to | U.S. | intelligence"),
        # A party tag is one word: "D-N.Y.".
        ("Chuck Schumer (D-N.Y.) said", "Chuck | Schumer | D-N.Y. | said"),
        # An initial keeps its period; a lower-case single letter does not.
        ("J. D. Vance", "J. | D. | Vance"),
        ("plan a. then", "plan | a | then"),
        # Numbers keep their separators.
        ("1,500 troops, 3.5 percent, 10:30", "1,500 | troops | 3.5 | percent | 10:30"),
    ],
)
def test_words(text: str, expected: str) -> None:
    assert _joined(words(text)) == expected


def test_an_abbreviation_keeps_its_period_when_the_caller_says_so() -> None:
    text = "said Sen. Mark Warner, D-Va., the chair"
    got = words(text, keeps_period=lambda w: w == "Sen")
    assert _joined(got) == "said | Sen. | Mark | Warner | D-Va | the | chair"
    assert [w.low for w in got][:2] == ["said", "sen"]
    # Without it the period is nobody's.
    assert _joined(words("said Sen. Mark")) == "said | Sen | Mark"


def test_clause_marks_on_request() -> None:
    text = "Psaki, the press secretary (White House); said: “No” — and left."
    assert _joined(words(text, marks=True)) == (
        "Psaki | , | the | press | secretary | ( | White | House | ) | ; | said | : | No "
        "| — | and | left"
    )
    assert "," not in _joined(words(text))


def test_low_and_cap() -> None:
    (w,) = words("Zelensky’s")
    assert (w.low, w.cap) == ("zelensky's", True)
    (w,) = words("don’t")
    assert (w.low, w.cap) == ("don't", False)


def test_word_texts_counts_as_the_quote_stage_does() -> None:
    # A nested quote's closing mark is not part of the word; a web address is one word.
    got = word_texts("we’ will visit www.gov.uk today")
    assert got == ["we", "will", "visit", "www.gov.uk", "today"]
    assert word_texts("the U.S. and the E.U.") == ["the", "U.S", "and", "the", "E.U"]
    assert word_texts(" … — ") == []


def test_fold_and_the_name_finder_read_the_same_tokens() -> None:
    """Every word the name finder sees is made of whole alignment tokens: the two views
    never disagree about where a word starts or ends."""
    for path in sorted(SEEDS.glob("*.txt")):
        text = path.read_text(encoding="utf-8")
        bounds = {t.start for t in tokenize(text)} | {t.end for t in tokenize(text)}
        for w in name_tokens(text, 0, len(text)):
            assert w.start in bounds and w.end in bounds, (path.name, w)
            assert text[w.start : w.end] == w.text


def test_every_token_slices_back() -> None:
    text = (SEEDS / "001_3c04b2fb0df49db9.txt").read_text(encoding="utf-8")
    for w in words(text, marks=True):
        assert text[w.start : w.end] == w.text
    assert "".join(m.group() for m in TOKEN.finditer(text)) == "".join(text.split())


def test_alignment_keeps_hyphenated_words_apart() -> None:
    spells = [t.spell for t in tokenize("the U.S.-backed government")]
    assert spells == ["the", "u.s", "-", "backed", "government"]


def test_a_window_starts_and_ends_where_asked() -> None:
    text = "Sen. Mark Warner, D-Va., said"
    assert _joined(words(text, 5, 16)) == "Mark | Warner"


def test_attribution_reads_windows_from_the_whole_texts_words() -> None:
    """A window of the name index's words is what tokenising the window gives, also
    when a word is cut by either end of it."""
    from app.quotes.attribution import _Attributor
    from app.quotes.people import NameIndex

    text = (SEEDS / "001_3c04b2fb0df49db9.txt").read_text(encoding="utf-8")
    att = _Attributor(text, [], [], NameIndex(text, []))
    starts = [i for i in range(1, len(text)) if text[i - 1].isspace()]
    for a, b in zip(starts[::7], starts[5::7], strict=False):
        assert att._tokens(a, b) == name_tokens(text, a, b)
        assert att._tokens(a + 2, b - 1) == name_tokens(text, a + 2, b - 1)


def test_the_patterns_without_marks_find_what_the_full_ones_find() -> None:
    """Text without combining marks is split by twins of TOKEN and _RUN that try no
    mark (faster); on such text they must give exactly the same tokens and words."""
    from app.text import tokens as tk

    texts = [p.read_text(encoding="utf-8") for p in sorted(SEEDS.glob("*.txt"))]
    texts += ["U.S. D.C. 1,500 3.5 10:30 don’t Joneses’ well-known x_y (D-N.Y.) J. Vance"]
    for text in texts:
        assert tk._HAS_MARK.search(text) is None
        assert tk._TOKEN_PLAIN.findall(text) == TOKEN.findall(text)
        assert tk._RUN_PLAIN.findall(text) == tk._RUN.findall(text)
        assert [m.span() for m in tk._RUN_PLAIN.finditer(text)] == [
            m.span() for m in tk._RUN.finditer(text)
        ]
    # A combining mark anywhere in the range: the full pattern, which keeps it in its word.
    marked = "Cafe\u0301 de\u0301ja\u0300 vu"
    assert tk.token_pattern(marked) is tk._TOKEN_MARKED
    assert tk.token_pattern(marked, 0, 4) is tk._TOKEN_PLAIN
    assert [w.text for w in words(marked)] == ["Cafe\u0301", "de\u0301ja\u0300", "vu"]
    assert [t.spell for t in tokenize(marked)] == ["cafe", "deja", "vu"]


def test_the_patterns_used_match_what_the_definitions_match() -> None:
    """TOKEN and _RUN are used as twins that match their first character before asking
    which alternative it starts (the regex engine then skips spaces fast): the same
    matches at the same places, combining marks or not, on every character class the
    alternatives tell apart."""
    import random

    from app.text import tokens as tk

    texts = [p.read_text(encoding="utf-8") for p in sorted(SEEDS.glob("*.txt"))]
    pieces = ["a", "B", "1", "2", ".", ",", ":", "’", "'", "-", "_", " ", "\n", "\u0301",
              "(", "—", "“", "é", "٣", "²", "x\u0301", "U.S.", "e\u0301.", "3.5", "D-N.Y."]
    rnd = random.Random(0)
    texts += ["".join(rnd.choice(pieces) for _ in range(rnd.randrange(12))) for _ in range(3000)]
    for text in texts:
        assert [m.span() for m in tk._TOKEN_MARKED.finditer(text)] == [
            m.span() for m in TOKEN.finditer(text)
        ]
        assert [m.span() for m in tk._RUN_MARKED.finditer(text)] == [
            m.span() for m in tk._RUN.finditer(text)
        ]


def _words_by_definition(text: str, start: int, end: int, marks: bool, keeps_period):  # type: ignore[no-untyped-def]
    """:func:`words` as its docstring defines it, one ``_RUN`` match at a time."""
    from app.text import tokens as tk

    out = []
    for m in tk._RUN.finditer(text, start, end):
        w, s, e = m.group(), m.start(), m.end()
        if w in tk.CLAUSE_MARKS:
            if marks:
                out.append(tk.Word(w, s, e, w, False))
            continue
        low = w.lower().replace("’", "'")
        cap = tk.is_capitalised(w)
        if w.endswith("."):
            out.append(tk.Word(w, s, e, low.rstrip("."), cap))
        elif e < end and text[e] == "." and ((len(w) == 1 and w.isupper()) or keeps_period(w)):
            out.append(tk.Word(w + ".", s, e + 1, low, cap))
        else:
            out.append(tk.Word(w, s, e, low, cap))
    return out


def test_words_are_what_the_definition_gives() -> None:
    """:func:`words` is written for speed (split, offsets summed, records mapped in C,
    only the words a period touches visited); it must give exactly the words a plain
    loop over the pattern's matches gives, on every window of the seeds and on random
    text made of the pieces its rules tell apart."""
    import random

    from app.text.abbreviations import is_abbreviation

    texts = [p.read_text(encoding="utf-8") for p in sorted(SEEDS.glob("*.txt"))]
    pieces = ["a", "B", "J", "Sen", "U.S.", "1", "3.5", ".", "..", ",", "(", ")", ";", "—",
              "’", "'", "-", "_", " ", "\n", "\u0301", "é", "al-Burhan", "el-", "Al-", "“",
              "D-N.Y.", "e\u0301.", "ash-Sharaa", "an-N", "sh-X"]
    rnd = random.Random(0)
    texts += ["".join(rnd.choice(pieces) for _ in range(rnd.randrange(16))) for _ in range(3000)]
    for text in texts:
        for marks in (False, True):
            for keeps in (lambda _w: False, lambda _w: True, is_abbreviation):
                a = rnd.randrange(len(text) + 1)
                b = rnd.randrange(a, len(text) + 1)
                for s, e in ((0, len(text)), (a, b)):
                    assert words(text, s, e, marks=marks, keeps_period=keeps) == (
                        _words_by_definition(text, s, e, marks, keeps)
                    ), (text, s, e, marks)
