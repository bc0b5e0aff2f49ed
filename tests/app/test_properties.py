"""Invariants of ``app.compare`` on generated text (hypothesis)."""

from __future__ import annotations

import dataclasses
from pathlib import Path

from hypothesis import HealthCheck, assume, example, given, settings
from hypothesis import strategies as st

import app
from app.ingest.build import make_document
from app.model import Boilerplate, Comparison

SEED_LINES = [
    line.strip()
    for p in sorted((Path(__file__).resolve().parents[2] / "seeds").glob("*.txt"))
    for line in p.read_text(encoding="utf-8").splitlines()
    if line.strip()
]

# Real sentences, optionally mangled with the characters that break naive code.
pieces = st.one_of(
    st.sampled_from(SEED_LINES),
    st.lists(
        st.sampled_from([*"abc XYZ.,“”‘’\"'—-!?\n", "é", "e\u0301", "🙂", "🇺🇦", "ש", "ك",
                         "\u200f"]),
        max_size=40,
    ).map("".join),
)
documents = st.lists(pieces, min_size=0, max_size=6).map("\n".join)

SETTINGS = settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])


def _check_spans(c: Comparison) -> None:
    texts = {d.id: d.text for d in c.documents}

    def ok(doc: str, start: int, end: int) -> None:
        assert 0 <= start <= end <= len(texts[doc])

    for m in c.matches:
        assert 0.0 <= m.score <= 1.0
        assert m.kind in ("identical", "edited", "paraphrase", "related")
        for s in m.a_spans:
            ok(m.a, s.start, s.end)
            assert s.slice(texts[m.a]).strip()
        for s in m.b_spans:
            ok(m.b, s.start, s.end)
        for d in m.diff:
            ok(m.a, d.a_start, d.a_end)
            ok(m.b, d.b_start, d.b_end)
    for cl in c.clusters:
        assert len({x.doc for x in cl.members}) == len(cl.members) >= 2
        for x in cl.members:
            ok(x.doc, x.start, x.end)
    for doc, spans in c.unique.items():
        for s in spans:
            ok(doc, s.start, s.end)
    for r in c.wire_runs:
        ok(r.a, r.a_start, r.a_end)
        ok(r.b, r.b_start, r.b_end)
        assert r.words >= 12
    for v in c.similarity.values():
        assert 0.0 <= v <= 1.0


@SETTINGS
@given(documents, documents)
@example(  # one utterance, two renderings: a related link (hypothesis found it)
    "Zelensky acknowledges the Russian threat to his life, says “I am staying” in Kyiv",
    "The Ukrainian president then added, “I am staying in the government quarter together "
    "with others.”",
)
def test_every_span_slices_back(a: str, b: str) -> None:
    _check_spans(app.compare([make_document(a, path="a"), make_document(b, path="b")]))


@SETTINGS
@given(documents, documents)
def test_compare_a_b_mirrors_compare_b_a(a: str, b: str) -> None:
    da, db = make_document(a + "\n", path="a"), make_document(b, path="b")
    # The same text twice is one document: the first given keeps its id, the second is
    # renamed ("id~2"), so which is which follows the order given and cannot mirror.
    assume(da.id != db.id)
    ab = app.compare([da, db])
    ba = app.compare([db, da])
    assert ab.matches_between(da.id, db.id) == ba.matches_between(da.id, db.id)
    assert [m.mirrored() for m in ab.matches] == list(ba.matches)
    assert dict(ab.similarity) == dict(ba.similarity)
    assert dict(ab.unique) == dict(ba.unique)


@SETTINGS
@given(st.lists(st.sampled_from(SEED_LINES), min_size=1, max_size=8).map("\n".join))
def test_document_against_its_copy_is_identical_throughout(text: str) -> None:
    d = make_document(text)
    c = app.compare([d, d])
    a, b = c.documents
    assert all(m.kind == "identical" for m in c.matches)
    _check_spans(c)
    assert c.similarity[(a.id, b.id)] == c.similarity[(b.id, a.id)]


@given(
    documents,
    st.lists(st.tuples(st.integers(0, 400), st.integers(0, 60)), max_size=5),
)
@SETTINGS
def test_blanked_text_keeps_every_offset(text: str, spans: list[tuple[int, int]]) -> None:
    """Document.blanked (what the quote stage reads attributing words from) is the text
    with each flagged span's characters, line breaks aside, turned to spaces: the same
    length, so every offset still indexes it; overlapping spans as one."""
    doc = make_document(text)
    n = len(doc.text)
    flagged = tuple(Boilerplate(min(s, n), min(s + w, n), "test") for s, w in spans)
    doc = dataclasses.replace(doc, boilerplate=flagged)
    plain = list(doc.text)
    for b in flagged:
        for i in range(b.start, b.end):
            if plain[i] != "\n":
                plain[i] = " "
    assert doc.blanked() == "".join(plain)
