"""app.present.pair on the engine's comparison of the sample story, without Qt."""

from __future__ import annotations

import dataclasses
import itertools

import pytest

from app.model import Comparison, DiffOp, Document, Match, Span
from app.present.labels import document_labels
from app.present.pair import PairPresentation, closest_counterpart, present_pair
from app.present.runs import GAP, marked_runs, marked_words, op_marks, plain_text


def ordered_pairs(c: Comparison) -> list[tuple[str, str]]:
    return [(a.id, b.id) for a, b in itertools.permutations(c.documents, 2)]


def test_every_pair_of_the_seeds_has_matches_in_reading_order(seeds: Comparison) -> None:
    for a, b in ordered_pairs(seeds):
        pair = present_pair(seeds, a, b)
        assert pair.matches, f"no matches between {a} and {b}"
        starts = [m.link.a_start for m in pair.matches]
        assert starts == sorted(starts)
        assert [m.index for m in pair.matches] == list(range(len(pair.matches)))
        assert all(m.match.a == a and m.match.b == b for m in pair.matches)


def test_runs_slice_back_to_the_matched_sentences(seeds: Comparison) -> None:
    for a, b in ordered_pairs(seeds):
        pair = present_pair(seeds, a, b)
        for m in pair.matches:
            for runs, doc, spans in (
                (m.left, pair.left, m.match.a_spans),
                (m.right, pair.right, m.match.b_spans),
            ):
                text = plain_text(runs)
                for span in spans:
                    assert span.slice(doc.text) in text
                assert text.replace(GAP, "").replace(" ", "") == "".join(
                    s.slice(doc.text) for s in sorted(spans)
                ).replace(" ", "")


def test_lookups_by_position_find_what_lies_there(seeds: Comparison) -> None:
    for a, b in ordered_pairs(seeds):
        pair = present_pair(seeds, a, b)
        for m in pair.matches:
            for side, spans in (("a", m.match.a_spans), ("b", m.match.b_spans)):
                for s in spans:
                    for cp in (s.start, (s.start + s.end) // 2, s.end - 1):
                        found = pair.match_at(side, cp)  # type: ignore[arg-type]
                        # This match, or another one claiming the same sentence.
                        assert found is not None
                        assert any(x.start <= cp < x.end for x in _spans(found, side))
        for side, spans in (("a", pair.exclusive_left), ("b", pair.exclusive_right)):
            for s in spans:
                assert pair.exclusive_at(side, s.start) == s  # type: ignore[arg-type]
        assert pair.match_at("a", len(pair.left.text) + 10) is None


def _spans(view, side: str) -> tuple[Span, ...]:  # type: ignore[no-untyped-def]
    return view.match.a_spans if side == "a" else view.match.b_spans


def test_next_and_previous_walk_every_stop_once_each_way(seeds: Comparison) -> None:
    a, b = seeds.documents[0].id, seeds.documents[1].id
    pair = present_pair(seeds, a, b)
    for stops in (pair.match_stops(), pair.difference_stops()):
        forward, cursor = [], None
        while (stop := PairPresentation.step(stops, cursor, 1)) is not None:
            forward.append(stop)
            cursor = stop.key
        assert forward == list(stops)
        backward, cursor = [], None
        while (stop := PairPresentation.step(stops, cursor, -1)) is not None:
            backward.append(stop)
            cursor = stop.key
        assert backward == forward[::-1]
    differences = pair.difference_stops()
    assert all(
        pair.matches[s.match].kind != "identical" for s in differences if s.match is not None
    )
    assert {s.span for s in differences if s.kind == "a"} == set(pair.exclusive_left)


def test_the_trivial_choice_only_changes_the_marks(seeds: Comparison) -> None:
    for a, b in ordered_pairs(seeds)[:2]:
        quiet, loud = present_pair(seeds, a, b), present_pair(seeds, a, b, ignore_trivial=False)
        for m, n in zip(quiet.matches, loud.matches, strict=True):
            for q, lo in ((m.left, n.left), (m.right, n.right)):
                assert plain_text(q) == plain_text(lo)
                marked = sum(len(r.text) for r in q if r.mark)
                assert marked <= sum(len(r.text) for r in lo if r.mark)


def _doc(text: str, doc_id: str, outlet: str = "") -> Document:
    return Document(doc_id, f"/x/{doc_id}.txt", doc_id * 4, "", outlet, "", "", "", text,
                    sentences=(Span(0, len(text)),))


def test_a_related_match_is_shown_quietly_and_a_typography_change_is_no_change() -> None:
    #      0         1         2
    #      0123456789012345678901234
    a = _doc("Rumours spread on Friday.", "a")
    b = _doc("Rumors spread on Friday!", "b")
    ops = (
        DiffOp("replace", 0, 7, 0, 6, "typography"),
        DiffOp("equal", 7, 24, 6, 23),
        DiffOp("replace", 24, 25, 23, 24, "punctuation"),
    )
    match = Match("a", "b", (Span(0, 25),), (Span(0, 24),), 0.4, "related", (), ops)  # type: ignore[arg-type]
    c = Comparison((a, b), 0.5, matches=(match,))
    pair = present_pair(c, "a", "b")
    (view,) = pair.matches
    assert view.quiet and view.label == "related"
    assert marked_words(view.left) == marked_words(view.right) == ()
    loud = present_pair(c, "a", "b", ignore_trivial=False).matches[0]
    assert marked_words(loud.left) == (("Rumours", "chg-del"), (".", "chg-del"))
    edited = dataclasses.replace(match, kind="edited")
    assert not present_pair(dataclasses.replace(c, matches=(edited,)), "a", "b").matches[0].quiet


def test_a_punctuation_only_piece_of_a_word_change_is_left_plain() -> None:
    #        0123456789012345
    text = "We are all here,"
    ops = [DiffOp("replace", 15, 44, 15, 16)]  # ". Defending our independence." -> ","
    assert op_marks(ops, "b", text) == []
    assert op_marks(ops, "b", text, ignore_trivial=False) == [(15, 16, "chg-ins")]


@pytest.mark.parametrize(
    ("marks", "expected"),
    [
        #          0123456789012345678
        ([], [("five blasts heard", "")]),
        ([(0, 4, "del")], [("five", "del"), (" blasts heard", "")]),
        ([(0, 11, "del"), (5, 17, "ins")], [("five blasts", "del"), (" heard", "ins")]),
        ([(-3, 100, "ins")], [("five blasts heard", "ins")]),  # clipped to the span
    ],
)
def test_marked_runs_cover_the_text_once(marks: list, expected: list[tuple[str, str]]) -> None:
    runs = marked_runs("five blasts heard", 0, 17, marks)
    assert [(r.text, r.mark) for r in runs] == expected


@pytest.mark.parametrize(
    ("outlets", "expected"),
    [
        (["Fox News", "Fox News", ""], ["Fox News (1)", "Fox News (2)", "c"]),
        (["BBC", "AP", "Reuters"], ["BBC", "AP", "Reuters"]),
    ],
)
def test_labels_are_unique(outlets: list[str], expected: list[str]) -> None:
    docs = [_doc("Text.", i, o) for i, o in zip("abc", outlets, strict=True)]
    labels = document_labels(docs)
    assert [labels[d.id] for d in docs] == expected


@pytest.mark.parametrize(
    ("shares", "of", "expected"),
    [
        # the largest share of the article's reporting, wherever it sorts
        ({("a", "b"): 0.1, ("a", "c"): 0.4, ("a", "d"): 0.2}, "a", "c"),
        # asked of the article, not of the others: "b" carrying all of "c" says nothing
        ({("a", "b"): 0.1, ("c", "b"): 1.0, ("a", "c"): 0.3}, "a", "c"),
        # a tie, or nothing shared at all: the earliest in the user's order
        ({("a", "c"): 0.5, ("a", "d"): 0.5}, "a", "c"),
        ({}, "a", "b"),
        ({}, "c", "a"),
        ({("d", "a"): 0.2, ("d", "b"): 0.2, ("d", "c"): 0.3}, "d", "c"),
    ],
)
def test_closest_counterpart(
    shares: dict[tuple[str, str], float], of: str, expected: str
) -> None:
    docs = tuple(_doc(f"Sentence of {i}.", i) for i in "abcd")
    c = Comparison(documents=docs, threshold=0.5, similarity=shares)
    assert closest_counterpart(c, of) == expected


def test_the_seeds_open_on_the_first_articles_closest_counterpart(seeds: Comparison) -> None:
    first = seeds.documents[0].id
    got = closest_counterpart(seeds, first)
    assert all(
        seeds.similarity[(first, got)] >= seeds.similarity.get((first, d.id), 0.0)
        for d in seeds.documents
        if d.id != first
    )


def test_one_article_has_no_counterpart() -> None:
    c = Comparison(documents=(_doc("Alone here.", "a"),), threshold=0.5)
    with pytest.raises(ValueError, match="no counterpart"):
        closest_counterpart(c, "a")
