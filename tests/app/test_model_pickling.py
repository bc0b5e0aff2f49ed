"""The records that cross to a worker process and back survive pickling whole.

They pickle by position (``app.model``), so a record that gains a field without its
pickling following would come back short or shifted: each is round-tripped here, on the
seeds and with every field set.
"""

from __future__ import annotations

import dataclasses
import pickle
from pathlib import Path

import pytest

import app
from app.analysis import quoted
from app.model import Boilerplate, Document, Quote, QuoteGroup, Span
from app.quotes.groups import group_quotes

SEEDS = sorted((Path(__file__).resolve().parents[2] / "seeds").glob("*.txt"))


@pytest.fixture(scope="module")
def seeds() -> tuple[Document, ...]:
    return tuple(app.load(p) for p in SEEDS)


def _round_trip(x: object) -> object:
    return pickle.loads(pickle.dumps(x, protocol=pickle.HIGHEST_PROTOCOL))


def _every_field_set(doc: Document) -> Document:
    """``doc`` with no field left at its default (boilerplate, a format of its own)."""
    s = doc.sentences[1]
    return dataclasses.replace(
        doc, boilerplate=(Boilerplate(s.start, s.end, "test: a caption"),), format="html",
        title="T", outlet="O", url="https://example.org/a", author="A", published="2024-01-02",
    )


def test_documents_come_back_equal_with_spans_as_spans(seeds: tuple[Document, ...]) -> None:
    for doc in (*seeds, *map(_every_field_set, seeds)):
        back = _round_trip(doc)
        assert back == doc
        assert all(type(s) is Span for s in (*back.sentences, *back.paragraphs))
        assert back.boilerplate == doc.boilerplate


def test_a_document_pickles_every_field() -> None:
    doc = Document("i", "p", "h", "t", "o", "u", "a", "d", "text", (Span(0, 4),), (Span(0, 2),),
                   (Boilerplate(2, 4, "r"),), "pdf")
    back = _round_trip(doc)
    for f in dataclasses.fields(Document):
        assert getattr(back, f.name) == getattr(doc, f.name), f.name


def test_quotes_and_groups_come_back_equal(seeds: tuple[Document, ...]) -> None:
    quotes = [q for d in seeds for q in quoted(d)[0]]
    groups = group_quotes(seeds, quotes)
    assert quotes and groups
    assert any(g.utterance is not None for g in groups)
    assert _round_trip(quotes) == quotes
    assert _round_trip(groups) == groups
    full = Quote("q", "d", 1, 5, "Jane Doe", 7, 15, "said", True)
    assert _round_trip(full) == full
    group = QuoteGroup("g", None, ("q", "r"), ("trimmed",), Span(1, 3))
    assert _round_trip(group) == group
