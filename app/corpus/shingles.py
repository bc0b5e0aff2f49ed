"""A document -> its word shingles and their MinHash signature (candidate stories).

The shingles are single content words: the words :mod:`app.grouping` weighs (three
letters or more or a number, neither a stopword nor a common verb), folded. Longer
shingles were measured and are worse at the job: across the six development stories
(ten outlets each) and 300 PolNeAR articles, a pair of one story shares a median
Jaccard of 0.18 of its content words against 0.05 for unrelated election coverage, but
only 0.06 of its two-word shingles, a level MinHash/LSH cannot find without flagging a
large share of all pairs. What an outlet paraphrases away is the wording, not the
names, places and numbers of the event.
"""

from __future__ import annotations

from app.grouping import reporting_tokens
from app.model import Document
from app.text.fold import content_word

# Permutations of the MinHash signature: 128 estimates a Jaccard of 0.1 within about
# +-0.03, enough to cut the candidate graph (see app.corpus.lsh); the signature is
# 1 KiB per document.
NUM_PERM = 128
# Fixed, so that every worker and every run hashes alike.
SEED = 1


def shingles(doc: Document) -> set[str]:
    """The folded content words of the reporting text (boilerplate left out)."""
    return {t.key for ts in reporting_tokens(doc) for t in ts if content_word(t)}


def signature(doc: Document) -> tuple[int, ...]:
    """MinHash of :func:`shingles`; empty for a document with no content word.

    An empty set would hash to the same all-maximum signature as every other empty
    document and look identical to them, so it gets no signature and no candidates.
    """
    from datasketch import MinHash

    words = shingles(doc)
    if not words:
        return ()
    m = MinHash(num_perm=NUM_PERM, seed=SEED)
    m.update_batch([w.encode("utf-8") for w in sorted(words)])
    return tuple(int(h) for h in m.hashvalues)
