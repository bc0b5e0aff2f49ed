"""MinHash/LSH candidates and the blocks cut from them."""

from __future__ import annotations

import pytest

from app.corpus import lsh
from app.corpus.shingles import shingles, signature
from app.ingest.build import make_document
from tests.app.corpus.articles import SEEDS


def test_signature_is_stable_and_skips_stopwords() -> None:
    d = make_document("The Carmarthen flood: 240 people evacuated from Coracle Way.\n")
    # Folded keys, as app.grouping weighs them ("people" is too common to tell).
    assert shingles(d) == {"carmarthen", "flood", "240", "evacuat", "coracl"}
    assert signature(d) == signature(d) and len(signature(d)) == 128
    assert signature(make_document("It is what it is.\n")) == ()


def test_seeds_are_candidates_of_each_other_and_not_of_an_unrelated_report() -> None:
    seeds = [make_document(p.read_text(encoding="utf-8")) for p in sorted(SEEDS.glob("*.txt"))]
    other = make_document(
        "Norges Bank holds rates at 4.5% and signals cut next year.\n\nOSLO (Reuters) — "
        "Norway's central bank kept its policy rate at 4.5 percent on Thursday, as "
        "economists had expected, and said it would lower borrowing costs next year.\n"
    )
    sigs = [signature(d) for d in [*seeds, other]]
    pairs = lsh.candidate_pairs(sigs)
    assert lsh.blocks(4, pairs) == [[0, 1, 2], [3]]
    assert all(j < 3 for _, j in pairs)


def test_empty_signatures_take_part_in_no_pair() -> None:
    assert lsh.candidate_pairs([(), ()]) == {}
    assert lsh.blocks(2, {}) == [[0], [1]]


def test_an_oversized_block_is_cut_at_a_stricter_level(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(lsh, "MAX_BLOCK", 3)
    # 0-1-2 strongly linked, 3-4 strongly linked, 2-3 weakly: one part of five at 0.1.
    pairs = {(0, 1): 0.9, (1, 2): 0.8, (2, 3): 0.11, (3, 4): 0.7}
    assert lsh.blocks(6, pairs) == [[0, 1, 2], [3, 4], [5]]
    monkeypatch.setattr(lsh, "MAX_BLOCK", 1)
    # Copies with identical signatures stay together whatever the size.
    assert lsh.blocks(3, {(0, 1): 1.0, (0, 2): 0.95}) == [[0, 1], [2]]


def test_a_document_a_cut_leaves_alone_joins_its_best_link(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(lsh, "MAX_BLOCK", 3)
    pairs = {(0, 1): 0.9, (1, 2): 0.9, (3, 4): 0.5, (4, 5): 0.11, (0, 5): 0.105}
    # At 0.125 document 5 has no link left; its strongest (to 4) brings it back.
    assert lsh.blocks(6, pairs) == [[0, 1, 2], [3, 4, 5]]
    # With no room there, it stays alone.
    assert lsh.blocks(7, {**pairs, (3, 6): 0.9}) == [[0, 1, 2], [3, 4, 6], [5]]
