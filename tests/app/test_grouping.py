"""``app.grouping``'s fast paths give what the plain definitions give, to the last bit.

Story grouping runs over every article of a folder, so its term counts, dot products and
background steps are written for speed (and the terms kept with each document's
analysis). The plain versions below are the definitions they replace: the groupings
depend on exact sums, so the fast ones must agree exactly, in insertion order too.
"""

from __future__ import annotations

import dataclasses
import math
import random
from collections import Counter, defaultdict
from collections.abc import Sequence
from pathlib import Path

import pytest

import app
from app import analysis, grouping
from app.analysis import AnalysisCache
from app.grouping import SHINGLE, reporting_tokens
from app.ingest.build import make_document
from app.model import Document
from app.text import word_frequency
from app.text.fold import Token, content_word
from app.text.vocabulary import STOPWORDS
from tests.conftest import SHARED_DATA

SEEDS = sorted((Path(__file__).resolve().parents[2] / "seeds").glob("*.txt"))
POLNEAR = SHARED_DATA / "polnear" / "train" / "text"


@pytest.fixture(scope="module")
def docs() -> tuple[Document, ...]:
    seeds = [app.load(p) for p in SEEDS]
    if not POLNEAR.is_dir():
        return tuple(seeds)
    files = sorted(POLNEAR.glob("*.txt"))[:60]
    return tuple(seeds) + tuple(
        make_document(f.read_text(encoding="utf-8-sig").replace("\r\n", "\n"), path=str(f))
        for f in files
    )


def plain_terms(doc: Document) -> Counter[str]:
    counts: Counter[str] = Counter()
    for ts in reporting_tokens(doc):
        toks = [t for t in ts if t.word]
        for i, t in enumerate(toks):
            if content_word(t):
                counts[t.key] += 2 if (t.cap and i > 0) else 1
        spells = [t.spell for t in toks]
        for i in range(len(spells) - SHINGLE + 1):
            window = spells[i : i + SHINGLE]
            if sum(1 for w in window if w not in STOPWORDS) >= 2:
                counts["\x00" + " ".join(window)] += 1
    return counts


def plain_similarities(profiles: Sequence[Counter[str]]) -> dict[tuple[int, int], float]:
    n = len(profiles)
    df: Counter[str] = Counter()
    for p in profiles:
        df.update(p.keys())
    max_df = max(grouping.MIN_MAX_DF, min(int(grouping.MAX_SHARE * n), grouping.MAX_DF))
    ref = grouping.REFERENCE_DOCUMENTS
    total = n + ref
    idf = {
        t: max(math.log(total / (c + ref * share(t) + 0.5)), 1e-6)
        for t, c in df.items()
        if c <= max_df
    }
    postings: dict[str, list[tuple[int, float]]] = defaultdict(list)
    for i, p in enumerate(profiles):
        v = {t: (1.0 + math.log(c)) * idf[t] for t, c in p.items() if t in idf}
        norm = math.sqrt(sum(w * w for w in v.values())) or 1.0
        for t, w in v.items():
            if df[t] >= 2:
                postings[t].append((i, w / norm))
    dots: dict[tuple[int, int], float] = defaultdict(float)
    for plist in postings.values():
        for x, (i, wi) in enumerate(plist):
            for j, wj in plist[x + 1 :]:
                dots[(i, j)] += wi * wj
    return dict(dots)


def share(term: str) -> float:
    """A reference article's chance of holding ``term`` (shingles: none)."""
    if term.startswith("\x00"):
        return 0.0
    return word_frequency.article_share(term, grouping.REFERENCE_WORDS)


def plain_background(n: int, sims: dict[tuple[int, int], float]) -> list[float]:
    k = grouping.BACKGROUND_NEIGHBOURS
    near: list[list[float]] = [[] for _ in range(n)]
    for (i, j), s in sims.items():
        near[i].append(s)
        near[j].append(s)
    out = []
    for row in near:
        row.sort(reverse=True)
        level = sum(row[k : 2 * k]) / k
        best = 0.0
        for r in range(k, min(len(row), n // 2)):
            below = sum(row[r : r + k]) / k
            step = row[r - 1] / max(below, 1e-9)
            if step >= grouping.MARGIN and step > best:
                best, level = step, min(level, below)
        out.append(level)
    return out


@pytest.mark.parametrize("analysed", [False, True])
def test_terms_are_the_plain_counts_in_the_same_order(
    docs: tuple[Document, ...], analysed: bool
) -> None:
    analysis.CACHE.clear()
    if analysed:
        analysis.analyses(docs)
    for d in docs:
        got = grouping.terms(d)
        assert list(got.items()) == list(plain_terms(d).items())


def test_cached_terms_equal_fresh_ones(docs: tuple[Document, ...]) -> None:
    analysis.CACHE.clear()
    analysis.analyses(docs[:3])
    first = [grouping.terms(d) for d in docs[:3]]
    assert [grouping.terms(d) for d in docs[:3]] == first
    assert all(grouping.terms(d) is t for d, t in zip(docs[:3], first, strict=True))
    analysis.CACHE.clear()
    assert [list(grouping.terms(d).items()) for d in docs[:3]] == [
        list(t.items()) for t in first
    ]


def test_terms_counted_while_workers_quote_are_kept_and_plain(
    docs: tuple[Document, ...], monkeypatch: pytest.MonkeyPatch
) -> None:
    """score_stories counts each new document's terms from the tokens it has just
    made (while worker processes would find quotes) and keeps them: grouping, and any
    later grouping of the session, reads those, the plain counts in the same order."""
    analysis.CACHE.clear()
    analysis.analyses(docs[:1])  # analysed before: its terms are counted when asked
    made: list[object] = []
    counted = grouping.count_terms

    def spy(tokens: Sequence[Sequence[Token]]) -> Counter[str]:
        made.append(tokens)
        return counted(tokens)

    monkeypatch.setattr(grouping, "count_terms", spy)
    app.score_stories(docs[:6])
    asked = len(made)
    kept = [grouping.terms(d) for d in docs[:6]]
    assert len(made) == asked  # nothing counted again: all six kept
    assert asked == 6  # five while analysing, one by grouping for the analysed one
    for d, got in zip(docs[:6], kept, strict=True):
        assert list(got.items()) == list(plain_terms(d).items())


def test_a_changed_document_gets_its_own_terms(docs: tuple[Document, ...]) -> None:
    analysis.CACHE.clear()
    doc = docs[0]
    analysis.analyses([doc])
    before = grouping.terms(doc)
    changed = make_document(doc.text + "\n\nQuetzalcoatl Zanzibarian declared it over.\n")
    analysis.analyses([changed])
    after = grouping.terms(changed)
    assert "zanzibarian" in after and "zanzibarian" not in before
    assert list(after.items()) == list(plain_terms(changed).items())
    renamed = dataclasses.replace(doc, id=doc.id + "~2")
    assert grouping.terms(renamed) == before  # the same words, counted for itself


def test_similarities_are_the_plain_sums_to_the_bit(docs: tuple[Document, ...]) -> None:
    profiles = [plain_terms(d) for d in docs]
    for n in (1, 2, 5, len(profiles)):
        assert grouping.similarities(profiles[:n]) == plain_similarities(profiles[:n])
    shuffled = profiles[:]
    random.Random(3).shuffle(shuffled)
    assert grouping.similarities(shuffled) == plain_similarities(shuffled)


def test_background_is_the_plain_one(docs: tuple[Document, ...]) -> None:
    sims = plain_similarities([plain_terms(d) for d in docs])
    n = len(docs)
    assert grouping._background(n, sims) == plain_background(n, sims)
    # rows with sharp drops, flat runs and short tails
    rng = random.Random(5)
    for n in (4, 25, 80):
        made = {
            (i, j): rng.choice([0.5, 0.2, 0.2, 0.05, 0.01, rng.random() / 10])
            for i in range(n)
            for j in range(i + 1, n)
            if rng.random() < 0.7
        }
        assert grouping._background(n, made) == plain_background(n, made)


def test_derived_kept_with_the_analysis_and_dropped_with_it(docs: tuple[Document, ...]) -> None:
    cache = AnalysisCache(size=2)
    a, b, c = docs[:3]
    made: list[str] = []

    def make(d: Document) -> str:
        made.append(d.id)
        return d.id.upper()

    assert cache.derived(a, "x", make) == a.id.upper()  # not analysed: made, not kept
    assert cache.derived(a, "x", make) == a.id.upper()
    assert made == [a.id, a.id]
    analysis.analyses([a, b], cache=cache)
    cache.derived(a, "x", make)
    cache.derived(a, "x", make)
    assert made == [a.id] * 3
    analysis.analyses([c], cache=cache)  # a, the least recently used, goes
    cache.derived(a, "x", make)
    assert made == [a.id] * 4
    cache.derived(c, "x", make)
    cache.clear()
    analysis.analyses([c], cache=cache)
    cache.derived(c, "x", make)
    assert made == [a.id] * 4 + [c.id] * 2
