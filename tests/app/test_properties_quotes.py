"""More invariants of ``app.compare`` (issue 14): quote and speaker offsets on generated
text, and the same story whatever order its articles come in."""

from __future__ import annotations

import itertools
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import app
from app.ingest.build import make_document
from app.model import Comparison

SEEDS = Path(__file__).resolve().parents[2] / "seeds"
SEED_LINES = [
    line.strip()
    for p in sorted(SEEDS.glob("*.txt"))
    for line in p.read_text(encoding="utf-8").splitlines()
    if line.strip()
]
QUOTED = st.builds(
    lambda who, words, verb: f"{who} {verb}: “{words}”",
    st.sampled_from(["Zelensky", "Mr. Klitschko", "He", "The president", ""]),
    st.sampled_from(["We are here.", "I need ammunition, not a ride.", "", "“nested”", "🇺🇦"]),
    st.sampled_from(["said", "told reporters", "wrote"]),
)
pieces = st.one_of(
    st.sampled_from(SEED_LINES),
    QUOTED,
    st.lists(st.sampled_from([*"ab .,“”‘’\"'—!\n", "é", "e\u0301", "🙂"]), max_size=30).map(
        "".join
    ),
)
documents = st.lists(pieces, min_size=0, max_size=6).map("\n".join)
SETTINGS = settings(max_examples=30, deadline=None, suppress_health_check=[HealthCheck.too_slow])


def check_quotes(c: Comparison) -> None:
    texts = {d.id: d.text for d in c.documents}
    ids = set()
    for q in c.quotes:
        text = texts[q.doc]
        assert 0 <= q.start < q.end <= len(text), q
        assert q.span.slice(text).strip(), q
        assert q.id not in ids
        ids.add(q.id)
        if q.speaker_start is not None or q.speaker_end is not None:
            assert q.speaker_start is not None and q.speaker_end is not None, q
            assert 0 <= q.speaker_start < q.speaker_end <= len(text), q
            # The attributing words lie outside the quoted words.
            assert q.speaker_end <= q.start or q.speaker_start >= q.end, q
        if q.speaker is not None:
            assert q.speaker.strip(), q
    for g in c.quote_groups:
        assert g.members and set(g.members) <= ids, g


@SETTINGS
@given(documents, documents)
def test_quote_and_speaker_offsets_slice_back(a: str, b: str) -> None:
    docs = [make_document(a, path="a.txt"), make_document(b, path="b.txt")]
    check_quotes(app.compare(docs))


def _story(c: Comparison) -> tuple[frozenset, frozenset, frozenset]:
    """The comparison without the order it was given in: what was matched and grouped."""
    key = {d.id: d.id for d in c.documents}
    matches = frozenset(
        frozenset({(key[m.a], tuple(m.a_spans)), (key[m.b], tuple(m.b_spans))}) | {m.kind}
        for m in c.matches
    )
    quotes = {q.id: (q.doc, q.start, q.end) for q in c.quotes}
    groups = frozenset(frozenset(quotes[m] for m in g.members) for g in c.quote_groups)
    unique = frozenset((doc, tuple(spans)) for doc, spans in c.unique.items())
    return matches, groups, unique


def test_three_articles_in_any_order_make_the_same_story() -> None:
    docs = [app.load(p) for p in sorted(SEEDS.glob("*.txt"))]
    assert len(docs) >= 3
    stories = {_story(app.compare(list(order))) for order in itertools.permutations(docs)}
    assert len(stories) == 1
