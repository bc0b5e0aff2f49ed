"""The quote stage stays linear on hostile text (issue 15, item 1).

Each text below is large enough that a stage re-reading the text per quote, per line
break or per mark (as the quote stage once did) would take minutes. Rather than timing
it (a loaded CI machine makes timings flaky), every test counts work: the text is
wrapped so that each character the stage reads by index or slice is counted, and the
count must stay within a fixed multiple of the text's length; where the work is not
reading (comparing surnames, scoring quote pairs), the calls are counted instead.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Callable
from typing import Any, SupportsIndex

import pytest
from hostile_corpus import curly_quotes, dots, long_word, nested_quotes

from app.ingest.build import make_document
from app.model import Document
from app.quotes import groups, people
from app.quotes.groups import group_quotes
from app.quotes.pipeline import QuoteAnalysis, analyse_quotes

# Characters read per character of text: walks that look back a bounded way read each
# character a few times, whichever stage reads it (spans, names, attribution,
# speakers, kind, groups); a quadratic stage reads it thousands of times.
READS_PER_CHAR = 60


class _Counted(str):
    """A text that counts the characters read from it by index or slice.

    C-level methods (``find``, regular expressions) are not counted; what the quote
    stage walks in Python is.
    """

    reads: int

    def __getitem__(self, key: SupportsIndex | slice) -> str:
        got = str.__getitem__(self, key)
        self.reads += len(got)
        return got


def _analyse(text: str) -> tuple[QuoteAnalysis, int]:
    """The whole quote stage (per-document stages, then grouping) over ``text``, and the
    characters it read."""
    plain = make_document(text)
    counted = _Counted(plain.text)
    counted.reads = 0
    doc: Document = dataclasses.replace(plain, text=counted)
    analysis = analyse_quotes(doc)
    group_quotes([doc], list(analysis.quotes))
    return analysis, counted.reads


def _text_of(build: Callable[..., Any], tmp_path: Any, scale: int) -> str:
    path = build(tmp_path, scale)
    return str(path.read_text(encoding="utf-8"))


def _assert_linear(text: str, quotes_at_least: int) -> None:
    analysis, reads = _analyse(text)
    assert len(analysis.quotes) >= quotes_at_least
    assert reads <= READS_PER_CHAR * len(text), f"{reads:,} reads for {len(text):,} characters"


# -- the rows -------------------------------------------------------------------


def test_a_run_of_dots_before_a_quote(tmp_path: Any) -> None:
    """4,000 dots ending a line before a quote: the look-back was cubic (5 s for 1,000)."""
    _assert_linear(_text_of(dots, tmp_path, 1), 1)


def test_one_long_word_before_a_quote(tmp_path: Any) -> None:
    """A 70,000-letter word ending the line before a quote (52 s before)."""
    _assert_linear(_text_of(long_word, tmp_path, 1), 1)


def test_a_longer_run_of_dots_and_apostrophes_stays_linear() -> None:
    """200,000 characters that are both word-ish and not words, over several lines."""
    text = ("x" + ".’" * 20_000 + "\n") * 5 + "“We stay,” he said.\n"
    _assert_linear(text, 1)


def test_curly_quotation_marks_quarter_size(tmp_path: Any) -> None:
    """25,000 curly marks (the full 100,000 is in the slow set): one word quotes that
    every group was once compared with."""
    _assert_linear(_text_of(curly_quotes, tmp_path, 4), 12_000)


@pytest.mark.slow
def test_curly_quotation_marks_full_size(tmp_path: Any) -> None:
    """100,000 curly quotation marks (640 KB): compare did not finish in 60 s."""
    _assert_linear(_text_of(curly_quotes, tmp_path, 1), 50_000)


def test_nested_quotations(tmp_path: Any) -> None:
    """50,000 nested quotations on one line."""
    _assert_linear(_text_of(nested_quotes, tmp_path, 1), 1)


# -- other shapes of the same costs ---------------------------------------------------------


def test_thousands_of_quotes_in_one_paragraph() -> None:
    """Every quote's features once re-read its whole paragraph (20 minutes for this)."""
    _assert_linear("word word word “Yes it is,” he said and “no.” " * 12_000, 20_000)


def test_blank_lines_inside_an_open_quote() -> None:
    """Each break of a blank run once re-read the run to the quote's closing mark."""
    _assert_linear("“We stay" + "\n" * 200_000 + "” he said.\n", 1)


def test_lines_that_run_on_before_a_quote() -> None:
    """Lines ending in a comma continue the sentence: each break once copied the text
    back to the previous quote and searched it."""
    _assert_linear("He said,\n" * 50_000 + "“We stay,” he said.\n", 1)


def test_many_according_to_before_a_quote() -> None:
    """Each "according to" (whose name the clause runs on from) once re-tokenised
    everything up to the quote."""
    _assert_linear("according to Smith and " * 30_000 + "“We stay.”\n", 1)


# -- work that is not reading --------------------------------------------------------------


def _code(i: int, letters: int = 4) -> str:
    """A spread-out letter code of ``i``: neighbours differ in most letters."""
    n = (i * 7_919 + 13) % 26**letters
    return "".join(chr(97 + n // 26**k % 26) for k in range(letters))


def test_many_people_are_looked_up_through_the_index(monkeypatch: pytest.MonkeyPatch) -> None:
    """8,000 people with surnames of one length: each name met was once compared with
    every person named before it (32 million comparisons)."""
    calls = 0
    real = people.same_surname

    def counting(a: str, b: str) -> bool:
        nonlocal calls
        calls += 1
        return real(a, b)

    monkeypatch.setattr(people, "same_surname", counting)
    names = [f"Al{_code(i, 3)} Smithson{_code(i)}" for i in range(8_000)]
    text = "".join(f"{n} met reporters. {n.split()[1]} left. " for n in names) + "\n"
    index = people.NameIndex(text, [])
    assert len(index.people) >= 7_000
    assert index.resolve_name(names[-1].split()) == names[-1]
    assert calls <= 20 * len(names), f"{calls:,} surname comparisons for {len(names):,} names"


def _counted(monkeypatch: pytest.MonkeyPatch, module: Any, name: str) -> list[int]:
    """Count the calls of ``module.name`` from now on: the list's one item."""
    calls = [0]
    real = getattr(module, name)

    def counting(*args: Any) -> Any:
        calls[0] += 1
        return real(*args)

    monkeypatch.setattr(module, name, counting)
    return calls


def test_quote_groups_compare_only_candidates(monkeypatch: pytest.MonkeyPatch) -> None:
    """Thousands of short quotes in two outlets: each was once scored against every
    group, which is quadratic; now only against the groups it could join."""
    calls = _counted(monkeypatch, groups, "_score")
    words = ["yes", "no", "we are", "we are here", "it is", "they were not", "all of it"]
    docs = [
        make_document(
            "".join(
                f"“{words[i % len(words)]} {'kyiv' if i % 3 else ''},” he said.\n"
                for i in range(n, n + 6_000)
            )
        )
        for n in (0, 1)
    ]
    quotes = [q for d in docs for q in analyse_quotes(d).quotes]
    assert len(quotes) >= 10_000
    group_quotes(docs, quotes)
    assert calls[0] <= 50 * len(quotes), f"{calls[0]:,} scores for {len(quotes):,} quotes"


def test_one_endless_quoted_sentence_quoted_again_in_pieces(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """One outlet quotes a 6,000-clause sentence, another quotes 3,000 of its clauses
    apart: telling whether the long one runs several utterances together once compared
    every piece with every other."""
    calls = _counted(monkeypatch, groups, "_renders")
    clauses = [f"the {_code(i)} {_code(i + 1)} {_code(i + 2)} rose" for i in range(6_000)]
    long_ = make_document("“" + ", ".join(clauses) + ",” he said.\n")
    pieces = make_document("".join(f"“{c}.” he said.\n" for c in clauses[::2]))
    quotes = [q for d in (long_, pieces) for q in analyse_quotes(d).quotes]
    group_quotes([long_, pieces], quotes)
    assert calls[0] <= 50 * len(quotes), f"{calls[0]:,} comparisons for {len(quotes):,} quotes"


class _CountingList(list):  # type: ignore[type-arg]
    """A list that counts the items every walk over it (forwards or back) yields."""

    walked = 0

    def __iter__(self):  # type: ignore[no-untyped-def]
        for x in super().__iter__():
            _CountingList.walked += 1
            yield x

    def __reversed__(self):  # type: ignore[no-untyped-def]
        for x in super().__reversed__():
            _CountingList.walked += 1
            yield x


def test_pronouns_walk_back_a_bounded_number_of_mentions(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """4,000 people each followed by a quote "he said": the speaker stage once walked
    every mention of the article for every pronoun (and for every person)."""
    real_init = people.NameIndex.__init__

    def counting_init(self: people.NameIndex, *args: Any, **kwargs: Any) -> None:
        real_init(self, *args, **kwargs)
        self.mentions = _CountingList(self.mentions)

    monkeypatch.setattr(people.NameIndex, "__init__", counting_init)
    _CountingList.walked = 0
    names = [f"Al{_code(i, 3)} Smithson{_code(i)}" for i in range(4_000)]
    text = "".join(f"{n} arrived. “We will stay,” he said.\n" for n in names)
    analysis = analyse_quotes(make_document(text))
    assert len(analysis.quotes) == len(names)
    walked = _CountingList.walked
    assert walked <= 50 * len(names), f"{walked:,} mentions walked for {len(names):,} quotes"
