"""Sentence vectors: BERT's tokenization, unit vectors, and meaning on real news text."""

from __future__ import annotations

import math
from pathlib import Path

import pytest

from app.text import embedding
from app.text.embedding import (
    UNKNOWN,
    basic_tokens,
    cosine,
    sentence_vector,
    similarity,
    wordpiece,
    wordpieces,
)
from app.text.segment import paragraphs, sentences

SEEDS = Path(__file__).resolve().parents[3] / "seeds"

# Text -> BERT (uncased) basic tokens, joined by spaces: what the model's own tokenizer
# gives, checked against its conventions (lower case, accents stripped, every
# punctuation mark alone, CJK ideographs alone, symbols kept inside a word).
BASIC: list[tuple[str, str]] = [
    ("Zürich", "zurich"),
    ("don't", "don ' t"),
    ("Zelensky’s", "zelensky ’ s"),  # a curly apostrophe is punctuation too
    ("U.S.-backed", "u . s . - backed"),
    ("“I am staying” in Kyiv", "“ i am staying ” in kyiv"),
    ("Ardern, 42, resigned.", "ardern , 42 , resigned ."),
    ("$1,500 in 2023", "$ 1 , 500 in 2023"),
    ("Macron's « emmerder »", "macron ' s « emmerder »"),
    ("Élysée Palace", "elysee palace"),
    ("naïve café", "naive cafe"),
    ("São Paulo", "sao paulo"),
    ("Straße", "straße"),  # ß has no decomposition; lower() keeps it
    ("great😀 news", "great😀 news"),  # a symbol is not punctuation: it stays in the word
    ("5€", "5€"),
    ("東京 Tokyo", "東 京 tokyo"),
    ("a\u00adb soft\u200bhyphen", "ab softhyphen"),  # format characters vanish
    ("tab\tand\nnewline\u00a0nbsp", "tab and newline nbsp"),
    ("snake_case", "snake _ case"),
    ("", ""),
    ("   \n\t ", ""),
]


@pytest.mark.parametrize(("text", "expected"), BASIC)
def test_basic_tokens_follow_bert(text: str, expected: str) -> None:
    assert " ".join(basic_tokens(text)) == expected


# Word -> WordPiece pieces with the bundled vocabulary (None: the whole word is [UNK]).
PIECES: list[tuple[str, list[str] | None]] = [
    ("resigned", ["resigned"]),
    ("zelensky", ["ze", "##len", "##sky"]),
    ("unvaccinated", ["un", "##vac", "##cina", "##ted"]),
    ("great😀", None),
    ("x" * 101, None),
]


@pytest.mark.parametrize(("word", "expected"), PIECES)
def test_wordpiece_greedy_longest_match(word: str, expected: list[str] | None) -> None:
    assert wordpiece(word, embedding._table().rows) == expected


def test_unknown_words_become_one_unk_and_are_skipped_in_vectors() -> None:
    assert wordpieces("great😀 news") == [UNKNOWN, "news"]
    assert sentence_vector("great😀 news") == sentence_vector("news")
    assert sentence_vector("😀😀 🙂") is None


@pytest.mark.parametrize("text", ["", "   ", "\n\n", "😀", "\x00\x01", "\ufffd\ufffd"])
def test_nothing_known_gives_none(text: str) -> None:
    assert sentence_vector(text) is None


@pytest.mark.parametrize(
    "text",
    [
        "!!!", "---", "1", "日本", "а б в",  # punctuation, digits, CJK, Cyrillic letters
        "x" * 5000,  # one over-long word: [UNK]
        "word " * 3000,  # a long run of one word
        "\u0301\u0301 e\u0301",  # stray combining marks
    ],
)
def test_garbage_never_crashes(text: str) -> None:
    vec = sentence_vector(text)
    assert vec is None or math.isclose(math.fsum(x * x for x in vec), 1.0, rel_tol=1e-9)


def _seed_sentences() -> list[str]:
    out = []
    for path in sorted(SEEDS.glob("*.txt")):
        text = path.read_text(encoding="utf-8")
        out += [s.slice(text) for s in sentences(text, paragraphs(text))]
    return out


def test_seed_vectors_are_unit_length_and_deterministic() -> None:
    sents = _seed_sentences()
    assert len(sents) > 50
    first = [sentence_vector(s) for s in sents]
    embedding._table().sentences.clear()
    embedding._table().chunks.clear()
    again = [sentence_vector(s) for s in sents]
    assert first == again
    for vec in first:
        assert vec is not None
        assert len(vec) == embedding._table().dims
        assert math.isclose(math.fsum(x * x for x in vec), 1.0, rel_tol=1e-9)


def _reference(text: str) -> list[float]:
    """The mean of the pieces' rows, read straight from the bytes, as unit vector."""
    table = embedding._table()
    d = table.dims
    rows = [table.rows[p] for p in wordpieces(text) if p != UNKNOWN]
    sums = [math.fsum(table.data[r * d + i] - 128 for r in rows) for i in range(d)]
    norm = math.sqrt(math.fsum(x * x for x in sums))
    return [x / norm for x in sums]


@pytest.mark.parametrize(
    ("text", "same_as"),
    [
        ("Ukrainian President Volodymyr Zelensky a prime target for Russians.", None),
        ("Zürich, São Paulo and the Élysée: naïve café owners don't agree!", None),
        ("word " * 700, None),  # sums in several runs of 16-bit fields
        # One chunk of more pieces than a run holds: its first RUN pieces count.
        ("!" * 600, "!" * embedding.RUN),
    ],
)
def test_packed_sums_equal_the_plain_mean(text: str, same_as: str | None) -> None:
    vec = sentence_vector(text)
    assert vec is not None
    expected = _reference(same_as or text)
    assert all(math.isclose(x, y, abs_tol=1e-12) for x, y in zip(vec, expected, strict=True))


# (a, b, unrelated c, d): a and b state one fact in other words (two seed outlets);
# c and d are sentences of the same story about different things.
PARAPHRASES: list[tuple[str, str, str, str]] = [
    (
        "As Russian forces ratcheted up their attacks on Friday, a defiant Zelensky "
        "pledged to remain in place.",
        "There were rumours in Russian media that he had fled – but Zelensky insisted he "
        "was staying put.",
        "“We stand ready to assist him in any way,” Schiff said.",
        "Your support makes all the difference.",
    ),
    (
        "Ukraine’s president Volodymyr Zelensky has released a video from the streets of "
        "Kyiv, reassuring people he is still in the capital as Russian troops close in.",
        "President Zelensky posts video from Kyiv street and reassures Ukraine he’s "
        "staying put",
        "The Independent is trusted by Americans across the entire political spectrum.",
        "U.S. officials have spoken to Zelensky about a range of security issues.",
    ),
    (
        "Jacinda Ardern has announced she will resign as New Zealand's prime minister.",
        "New Zealand's leader Jacinda Ardern says she is stepping down.",
        "Ardern said she had no plans for what came next.",
        "The Labour party will vote on a new leader on Sunday.",
    ),
]


@pytest.mark.parametrize(("a", "b", "c", "d"), PARAPHRASES)
def test_a_paraphrase_scores_above_unrelated_sentences(a: str, b: str, c: str, d: str) -> None:
    va, vb, vc, vd = (sentence_vector(s) for s in (a, b, c, d))
    assert va is not None and vb is not None and vc is not None and vd is not None
    same = cosine(va, vb)
    assert same > cosine(vc, vd)
    assert same > cosine(va, vc)
    assert same > cosine(vb, vd)


def test_cosine_bounds_and_missing_vectors() -> None:
    v = sentence_vector("The prime minister resigned on Thursday.")
    assert v is not None
    assert math.isclose(cosine(v, v), 1.0, rel_tol=1e-9)
    assert cosine(v, ()) == 0.0
    assert cosine((), v) == 0.0
    assert cosine(v, None) == 0.0
    assert similarity("The prime minister resigned on Thursday.", "😀") == 0.0
    assert math.isclose(
        similarity("Ardern resigned.", "Ardern quit."),
        cosine(sentence_vector("Ardern resigned."), sentence_vector("Ardern quit.")),
    )


def test_the_cache_stays_bounded(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(embedding, "SENTENCE_CACHE", 5)
    table = embedding._table()
    table.sentences.clear()
    for i in range(20):
        sentence_vector(f"sentence number {i}")
    assert len(table.sentences) <= 5


def test_the_table_ships_with_its_licence() -> None:
    folder = Path(embedding.__file__).resolve().parents[2] / "resources" / "embeddings"
    assert embedding.available()
    assert (folder / "LICENSE").is_file()
    assert (folder / "README.md").is_file()
    size = sum(p.stat().st_size for p in folder.iterdir())
    assert size <= 15_000_000  # issue 11: at most 15 MB added to the executable


def test_build_spec_ships_the_table() -> None:
    """build.spec copies resources/ whole; its ``_wanted`` filter must keep the table."""
    import ast

    spec_path = Path(embedding.__file__).resolve().parents[2] / "build.spec"
    tree = ast.parse(spec_path.read_text(encoding="utf-8"))
    (wanted,) = [n for n in tree.body if isinstance(n, ast.FunctionDef) and n.name == "_wanted"]
    namespace: dict = {}
    exec(compile(ast.Module([wanted], []), str(spec_path), "exec"), namespace)
    for name in ("vectors.bin", "vocab.txt", "LICENSE"):
        assert namespace["_wanted"](f"resources/embeddings/{name}")
    assert '(str(ROOT / "resources"), "resources")' in spec_path.read_text(encoding="utf-8")
