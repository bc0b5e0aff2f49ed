"""The report model: what each section says, decided once for the PDF and the HTML."""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, datetime

import pytest

import app
from app.export.report import (
    Rich,
    build_report,
    document_labels,
    marked_runs,
    match_sides,
    wording_against,
)
from app.ingest.build import make_document
from app.model import Comparison, Document, Quote
from app.present.coverage import coverage_rows
from app.present.runs import plain_text


def marked(runs: Rich) -> list[tuple[str, str]]:
    return [(r.text, r.mark) for r in runs if r.mark]


def plain(runs: Rich) -> str:
    return "".join(r.text for r in runs)


@pytest.mark.parametrize(
    ("reference", "text", "expected"),
    [
        # Seed translations of the "target No. 1" quote.
        (
            "According to our information, the enemy marked me as target No. 1.",
            "Acording to the information we have, the enemy has marked me as target No. 1,",
            [("Acording", "chg-ins"), ("the", "chg-ins"), ("we have", "ins"), ("has", "ins")],
        ),
        ("We are all here. Defending our independence.", "We are all here,", []),
        ("They want to destroy Ukraine", "they want to destroy Ukraine", []),  # case only
        ("the enemy’s plan", "the enemy's plan", []),  # apostrophe style only
        ("five blasts", "six blasts", [("six", "chg-ins")]),
    ],
)
def test_wording_against_marks_added_and_changed_words(
    reference: str, text: str, expected: list[tuple[str, str]]
) -> None:
    runs = wording_against(reference, text)
    assert plain(runs) == text
    assert marked(runs) == expected


@pytest.mark.parametrize(
    ("marks", "expected"),
    [
        #          0123456789012345678
        ([], [("five blasts heard", "")]),
        ([(0, 4, "del")], [("five", "del"), (" blasts heard", "")]),
        (
            [(5, 11, "ins"), (0, 4, "del")],
            [("five", "del"), (" ", ""), ("blasts", "ins"), (" heard", "")],
        ),
        ([(0, 11, "del"), (5, 17, "ins")], [("five blasts", "del"), (" heard", "ins")]),  # overlap
        ([(-3, 100, "ins")], [("five blasts heard", "ins")]),  # clipped to the span
    ],
)
def test_marked_runs_cover_the_text_once(marks: list, expected: list[tuple[str, str]]) -> None:
    runs = marked_runs("five blasts heard", 0, 17, marks)
    assert [(r.text, r.mark) for r in runs] == expected


def test_match_sides_mark_the_real_differences(seed_comparison: Comparison) -> None:
    d0, d1 = seed_comparison.documents[:2]
    identical, edited = seed_comparison.matches[:2]
    left, right = match_sides(d0, d1, identical)
    assert (
        plain(left)
        == plain(right)
        == ("They want to destroy Ukraine politically by destroying the head of state.")
    )
    assert not marked(left) and not marked(right)
    left, right = match_sides(d0, d1, edited)
    assert plain(left) == "According to our information, the enemy marked me as target No. 1."
    assert ("our", "chg-del") in marked(left)
    assert ("According", "chg-del") in marked(left)
    assert ("has", "ins") in marked(right)
    assert all(mark.endswith("ins") for _, mark in marked(right))
    assert all(mark.endswith("del") for _, mark in marked(left))


def test_report_of_the_seed_story(seed_comparison: Comparison) -> None:
    d0, d1, d2 = seed_comparison.documents
    when = datetime(2026, 11, 27, 9, 30, tzinfo=UTC)
    r = build_report(seed_comparison, now=when)
    # The headline whose words most of the three articles use (not merely the first's)
    assert r.title == (
        "President Zelensky posts video from Kyiv street and reassures Ukraine he’s staying put"
    )
    assert r.generated == "2026-11-27 09:30 UTC"
    assert ("Similarity threshold", "0.50") in r.settings
    assert [s.sha256 for s in r.sources] == [d.sha256 for d in (d0, d1, d2)]
    assert [s.words for s in r.sources] == [d.word_count for d in (d0, d1, d2)]
    assert [s.location for s in r.sources] == [
        "000_57cfcccdd12af6c2.txt", "001_3c04b2fb0df49db9.txt", "002_462e5a56550a0a15.txt",
    ]  # fmt: skip
    # Summary: every reporting sentence is counted exactly once.
    for c, d in zip(r.summary.counts, (d0, d1, d2), strict=True):
        assert c.sentences == len(d.reporting_sentences)
        assert c.identical + c.edited + c.paraphrase + c.exclusive == c.sentences
    assert r.summary.counts[0].identical >= 1 and r.summary.counts[2].identical == 0
    assert r.summary.similarity[0] == (None, 0.18, 0.05)
    assert (r.summary.quote_groups, r.summary.trimmed, r.summary.reworded) == (3, 3, 1)
    assert r.summary.wire_passages[0].excerpt.startswith("They want to destroy Ukraine")
    # Quotes: the "target No. 1" group in three wordings, the first unmarked.
    target = r.quote_groups[0]
    assert target.speaker == "Volodymyr Zelensky"
    assert [plain(w.wording) for w in target.wordings][2] == "number one target"
    assert not marked(target.wordings[0].wording)
    # Side by side: every pair shares something; rows follow the left article's order.
    assert [(p.left_label, p.right_label) for p in r.pairs] == [
        (a, b) for i, a in enumerate(r.summary.labels) for b in r.summary.labels[i + 1 :]
    ]
    first = r.pairs[0]
    assert [row.kind for row in first.rows] == ["edited", "identical", "paraphrase"]
    assert not any("target No. 1" in s for s in first.left_only)
    # Exclusive to the left *within this pair*: the rumours sentence is matched only in d2.
    assert any(s.startswith("The news would seemingly contradict") for s in first.left_only)
    assert not any("They want to destroy" in s for s in first.left_only)
    assert len(first.left_only) < len(d0.reporting_sentences)


def test_what_only_one_outlet_says_is_listed_once(engine_comparison: Comparison) -> None:
    """Three outlets or more: each outlet's exclusive sentences are listed once, as the
    views' exclusives (comparison.unique), and the pair sections only count theirs; a
    one-pair report and a two-outlet story list them in the pair."""
    c = engine_comparison
    r = build_report(c)
    assert not r.pair_lists
    assert [e.label for e in r.exclusive] == list(r.summary.labels)
    for e, d in zip(r.exclusive, c.documents, strict=True):
        assert e.sentences == tuple(" ".join(s.slice(d.text).split()) for s in c.unique[d.id])
    assert all(e.sentences for e in r.exclusive)
    # What one pair does not match includes what another outlet carries: the pairs'
    # lists, once repeated for every pair, are more than what each outlet alone says.
    for pv in r.pairs:
        left = next(e for e in r.exclusive if e.label == pv.left_label)
        assert set(left.sentences) <= set(pv.left_only)
    assert any(
        set(pv.left_only) - set(next(e for e in r.exclusive if e.label == pv.left_label).sentences)
        for pv in r.pairs
    )
    d0, d1 = c.documents[:2]
    pair = build_report(c, scope=(d0.id, d1.id))
    two = build_report(replace(c, documents=c.documents[:2]))
    assert pair.exclusive == two.exclusive == () and pair.pair_lists and two.pair_lists


def test_who_reported_what_is_the_overview_s_shared_rows(seed_comparison: Comparison) -> None:
    r = build_report(seed_comparison)
    ids = [d.id for d in seed_comparison.documents]
    shared = [row for row in coverage_rows(seed_comparison) if not row.exclusive]
    assert [(c.kind, c.carried) for c in r.summary.coverage] == [
        (row.kind, tuple(d in row.wordings for d in ids)) for row in shared
    ]
    assert all(sum(c.carried) >= 2 for c in r.summary.coverage)
    target = [c for c in r.summary.coverage if "target No. 1" in c.label]
    assert [(c.kind, c.carried) for c in target] == [("quote", (True, True, True))]
    assert [c.mark(k) for c in target for k in range(3)] == ["●"] * 3
    # Each cell and count as the Overview's row has them (○ and "+": related wording only)
    for c, row in zip(r.summary.coverage, shared, strict=True):
        assert [c.mark(k) for k in range(3)] == [
            "" if d not in row.wordings else "○" if d in row.loose else "●" for d in ids
        ]
        assert c.count == (f"{row.firm} + {len(row.loose)}" if row.loose else str(row.firm))
    # Two outlets: the pair's own table says it all.
    assert build_report(replace(seed_comparison, documents=seed_comparison.documents[:2])
                        ).summary.coverage == ()


def test_who_reported_what_marks_a_fact_carried_only_in_related_wording(
    seed_docs: tuple[Document, ...],
) -> None:
    # The engine's own reading of the sample story: the three outlets open on where
    # Zelensky is in different words (a bunker, the streets of Kyiv), joined by the
    # same-fact model alone; the statement all three quote is carried firmly.
    r = build_report(app.compare(list(seed_docs)))
    opening = [c for c in r.summary.coverage if "streets of Kyiv" in c.label]
    assert [c.count for c in opening] == ["0 + 3"]
    assert [c.mark(k) for c in opening for k in range(3)] == ["○"] * 3
    target = [c for c in r.summary.coverage if "target No. 1" in c.label]
    assert [c.count for c in target] == ["3"]


def test_scope_limits_the_report_to_one_oriented_pair(seed_comparison: Comparison) -> None:
    d0, _, d2 = seed_comparison.documents
    r = build_report(seed_comparison, scope=(d2.id, d0.id), title="  Kyiv, Feb 2022 ")
    assert r.title == "Kyiv, Feb 2022"
    assert len(r.pairs) == 1
    pair = r.pairs[0]
    assert pair.left_label == "The Independent"  # seeds/sources.csv names the outlets
    assert plain(pair.rows[0].left).startswith("There were rumours")
    assert [g.number for g in r.quote_groups] == [1]  # only "target" has members in both


def test_unknown_scope_is_an_error(seed_comparison: Comparison) -> None:
    with pytest.raises(KeyError):
        build_report(seed_comparison, scope=("nope", seed_comparison.documents[0].id))


def test_single_document_lists_its_quotes() -> None:
    text = "“We are all here,” Zelensky said. Kyiv’s mayor said the night would be “very hard”."
    doc = make_document(text, path="one.txt")
    start = text.index("We are")
    q = Quote("q1", doc.id, start, start + len("We are all here,"), "Volodymyr Zelensky")
    r = build_report(Comparison(documents=(doc,), threshold=0.5, quotes=(q,)))
    assert r.quotes_heading == "Quotes"
    assert [plain(g.wordings[0].wording) for g in r.quote_groups] == ["We are all here,"]
    assert r.pairs == ()


@pytest.mark.parametrize(
    ("outlets", "paths", "expected"),
    [
        (["CNN", "BBC"], ["a.txt", "b.txt"], ["CNN", "BBC"]),
        (["CNN", "CNN"], ["a.txt", "b.txt"], ["CNN (1)", "CNN (2)"]),
        (["", ""], ["dir/story.txt", "dir/other.html"], ["story", "other"]),
    ],
)
def test_labels_are_unique(outlets: list[str], paths: list[str], expected: list[str]) -> None:
    docs = [
        make_document(f"Article {i} text.", path=p, outlet=o)
        for i, (o, p) in enumerate(zip(outlets, paths, strict=True))
    ]
    assert list(document_labels(docs).values()) == expected


def test_real_pipeline_report_is_structurally_sound(engine_comparison: Comparison) -> None:
    r = build_report(engine_comparison)
    assert len(r.sources) == 3
    for c, d in zip(r.summary.counts, engine_comparison.documents, strict=True):
        assert c.sentences == len(d.reporting_sentences)
    doc_of = {q.id: q.doc for q in engine_comparison.quotes}
    shared = [g for g in engine_comparison.quote_groups if len({doc_of[m] for m in g.members}) >= 2]
    assert r.summary.quote_groups == len(r.quote_groups) == len(shared)
    for view, group in zip(r.quote_groups, shared, strict=True):
        assert len(view.wordings) == len(group.members)
    for pair in r.pairs:
        assert pair.rows  # whole-story scope keeps only pairs that share something


def test_each_quote_group_says_which_sentence_it_is_about(
    engine_comparison: Comparison,
) -> None:
    """The report heads a quote group with its utterance: the “target No. 1” sentence,
    not the whole passage a lead quote may carry."""
    r = build_report(engine_comparison)
    assert all(g.utterance for g in r.quote_groups)
    assert any("target" in g.utterance and "No. 1" in g.utterance for g in r.quote_groups)
    for g in r.quote_groups:
        assert g.utterance in " ".join(plain_text(g.wordings[0].wording).split())


# Four outlets carrying parts of one statement (Liz Truss's resignation, the stories'
# truss-resignation-2022): runs that overlap in an outlet's text are one passage.
STATEMENT = (
    "She said: “I came into office at a time of great economic and international "
    "instability. Families and businesses were worried about how to pay their bills.” "
    "Later she added: “I will remain as Prime Minister until a successor has been chosen.”\n"
)
FIRST = "“I came into office at a time of great economic and international instability.”\n"
BOTH = ("Truss said “I came into office at a time of great economic and international "
        "instability. Families and businesses were worried about how to pay their bills.”\n")
LAST = "“I will remain as Prime Minister until a successor has been chosen,” Truss said.\n"


def test_wire_runs_are_listed_once_per_passage_with_every_outlet() -> None:
    docs = [
        make_document(t, outlet=o)
        for t, o in ((STATEMENT, "bbc.co.uk"), (FIRST, "ft.com"), (BOTH, "ap.org"),
                     (LAST, "sky.com"))
    ]
    report = build_report(app.compare(docs))
    got = {(p.labels, p.words) for p in report.summary.wire_passages}
    assert got == {
        (("bbc.co.uk", "ft.com", "ap.org"), 25),  # one passage, three pairs of outlets
        (("bbc.co.uk", "sky.com"), 12),
    }
    assert "12 or more words" in report.summary.wire_note
