"""Signatures -> candidate pairs (MinHash/LSH) -> blocks of documents to group.

The candidate graph links two documents when LSH puts them in one bucket *and* their
signatures estimate a Jaccard of at least :data:`JACCARD`. A block is a connected part
of that graph; :func:`app.stories` then decides, within each block, which documents
are one story. A pair in two different blocks is never one story: that is the price of
not scoring every pair of a large corpus, and why the candidate level is set low
(a pair of one story shares a Jaccard of 0.11 or more in nine cases out of ten on the
development stories; see :mod:`app.corpus.shingles`).

Coverage of one campaign links almost everything to something at that level, and one
block of thousands would make grouping as slow as no LSH at all. A block larger than
:data:`MAX_BLOCK` is therefore cut again with its own links at a stricter level
(:data:`STEP` times the last one), until every block fits or only documents with
identical signatures are left together; a document a cut leaves alone then joins the
block of its strongest link, where there is room. The result depends only on
the signatures, so every run over the same files gives the same blocks.
"""

from __future__ import annotations

from collections.abc import Sequence

from app.corpus.shingles import NUM_PERM
from app.unionfind import DisjointSet

# The least estimated Jaccard of a candidate pair.
JACCARD = 0.1
# LSH bands x rows: the bucket collision probability 1 - (1 - s^2)^64 is one half at
# s = 0.1 and 0.9 at s = 0.19; datasketch's own choice for a threshold of 0.1 at 128
# permutations, written out so that another datasketch version cannot change it.
BANDS, ROWS = 64, 2
# A block of more documents is cut at a stricter level; app.stories takes about half a
# second for 200 articles, and this is also the most articles the desktop compares.
MAX_BLOCK = 200
STEP = 1.25

Signature = tuple[int, ...]


def estimated_jaccard(a: Signature, b: Signature) -> float:
    """The share of MinHash positions the two signatures agree on."""
    return sum(1 for x, y in zip(a, b, strict=True) if x == y) / len(a)


def candidate_pairs(signatures: Sequence[Signature]) -> dict[tuple[int, int], float]:
    """``(i, j) -> estimated Jaccard`` for i < j, for pairs LSH proposes at :data:`JACCARD`.

    Empty signatures (documents with no content word) take part in no pair.
    """
    import numpy as np
    from datasketch import MinHash, MinHashLSH

    lsh = MinHashLSH(num_perm=NUM_PERM, params=(BANDS, ROWS))
    for i, sig in enumerate(signatures):
        if sig:
            lsh.insert(i, MinHash(num_perm=NUM_PERM, hashvalues=np.array(sig, dtype=np.uint64)))
    pairs: dict[tuple[int, int], float] = {}
    for i, sig in enumerate(signatures):
        if not sig:
            continue
        found = lsh.query(MinHash(num_perm=NUM_PERM, hashvalues=np.array(sig, dtype=np.uint64)))
        for j in found:
            if j > i:
                jac = estimated_jaccard(sig, signatures[j])
                if jac >= JACCARD:
                    pairs[(i, j)] = jac
    return pairs


def blocks(n: int, pairs: dict[tuple[int, int], float]) -> list[list[int]]:
    """The documents ``0..n-1`` cut into blocks, each sorted, listed by first member.

    Connected parts of the candidate graph; a part of more than :data:`MAX_BLOCK`
    documents is cut again with only its links at ``STEP`` times the level, and so on up
    to a level of 1: documents whose signatures are all alike are never cut apart.
    """
    out: list[list[int]] = []
    todo: list[tuple[list[int], float]] = [(list(range(n)), JACCARD)]
    while todo:
        members, level = todo.pop()
        inside = set(members)
        ds: DisjointSet[int] = DisjointSet()
        for (i, j), jac in pairs.items():
            if jac >= level and i in inside and j in inside:
                ds.union(i, j)
        parts: dict[int, list[int]] = {}
        for i in members:
            parts.setdefault(ds.find(i), []).append(i)
        for part in parts.values():
            if len(part) <= MAX_BLOCK or level >= 1.0:
                out.append(sorted(part))
            else:
                todo.append((part, min(1.0, level * STEP)))
    return _rejoin(sorted(out, key=lambda b: b[0]), pairs)


def _rejoin(found: list[list[int]], pairs: dict[tuple[int, int], float]) -> list[list[int]]:
    """A document a cut left alone joins the block of its strongest link, if it has room.

    Cutting a large part at a stricter level strands the articles whose links to their
    own story were all weak (three of the sixty development-story articles in a corpus
    of PolNeAR): each such document, in order, goes to the block of its best candidate
    (ties to the lower index) while that block holds fewer than :data:`MAX_BLOCK`.
    """
    best: dict[int, tuple[float, int]] = {}
    for (i, j), jac in pairs.items():
        for a, b in ((i, j), (j, i)):
            if a not in best or (jac, -b) > (best[a][0], -best[a][1]):
                best[a] = (jac, b)
    block_of = {i: k for k, b in enumerate(found) for i in b}
    for k in range(len(found)):
        if len(found[k]) != 1 or found[k][0] not in best:
            continue
        i = found[k][0]
        target = block_of[best[i][1]]
        if target != k and len(found[target]) < MAX_BLOCK:
            found[target] = sorted([*found[target], i])
            found[k] = []
            block_of[i] = target
    return [b for b in found if b]  # still listed by first member: only lone ones moved
