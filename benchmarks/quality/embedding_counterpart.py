"""Does the sentence vector alone find a fact's counterpart? (issue 11)

Usage: python benchmarks/quality/embedding_counterpart.py [STORIES_DIR]
           [--full MODEL_DIR] [--msrp DATA_DIR]

Best-counterpart accuracy on the development stories (see
``benchmarks/quality/stories.py``'s ``best_counterpart``): for each gold fact sentence
and each other outlet stating that fact, is the outlet's sentence with the highest
cosine (:func:`app.text.embedding.cosine` of :func:`app.text.embedding.sentence_vector`)
one that states it? Per event and overall. Nothing here is fitted on the stories.

``--full MODEL_DIR`` also scores all-MiniLM-L6-v2 itself (the numpy forward pass of
``distill_embeddings.py``; needs numpy and the model folder), for reference.

MSRP (the training split, ``DATA_DIR/msrp``): accuracy of "paraphrase when cosine >= t",
with t chosen on nine folds and scored on the tenth (10-fold CV), and the accuracy at
the best t over the whole file (optimistic), for reference only: MSRP's pairs share
most of their words, which the aligner's lexical features already see.
Skips (exit 0) when the data is absent.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

from app.model import Document, Span  # noqa: E402
from app.text.embedding import cosine, sentence_vector  # noqa: E402
from benchmarks.quality.stories import DEFAULT_DIR, best_counterpart, load_events  # noqa: E402


def rank_by_vectors(a: Document, span: Span, b: Document, cands: list[Span]) -> Span | None:
    """The candidate whose vector is closest to the fact sentence's; None if it has none."""
    v = sentence_vector(span.slice(a.text))
    if v is None:
        return None
    scored = [(cosine(v, w), c) for c in cands if (w := sentence_vector(c.slice(b.text)))]
    return max(scored, key=lambda sc: sc[0])[1] if scored else None


def print_accuracy(label: str, acc: dict[str, tuple[int, int]]) -> None:
    right = sum(r for r, _ in acc.values())
    total = sum(n for _, n in acc.values())
    print(f"{label}:")
    for name, (r, n) in acc.items():
        print(f"  {name:<28} {r / n:.3f} ({r}/{n})")
    print(f"  {'ALL':<28} {right / total:.3f} ({right}/{total})")


def msrp(data: Path) -> None:
    from benchmarks.quality.msrp import read_pairs

    path = data / "msrp" / "msr_paraphrase_train.txt"
    if not path.is_file():
        print(f"MSRP: not found at {path}; skipped")
        return
    pairs = read_pairs(path)
    scored = []
    for a, b, label in pairs:
        va, vb = sentence_vector(a), sentence_vector(b)
        scored.append((cosine(va, vb) if va and vb else 0.0, label))

    def best_threshold(rows: list[tuple[float, int]]) -> tuple[float, float]:
        rows = sorted(rows)
        positives = sum(label for _, label in rows)
        # Threshold at each score: everything from i on is called a paraphrase.
        best_acc, best_t = positives / len(rows), rows[0][0]
        neg_below = pos_below = 0
        for i, (score, label) in enumerate(rows):
            if i and score != rows[i - 1][0]:
                acc = (neg_below + positives - pos_below) / len(rows)
                if acc > best_acc:
                    best_acc, best_t = acc, score
            pos_below += label
            neg_below += 1 - label
        return best_t, best_acc

    t_all, acc_all = best_threshold(scored)
    right = 0
    folds = 10
    for k in range(folds):
        train = [r for i, r in enumerate(scored) if i % folds != k]
        test = [r for i, r in enumerate(scored) if i % folds == k]
        t, _ = best_threshold(train)
        right += sum((score >= t) == bool(label) for score, label in test)
    base = sum(label for _, label in scored) / len(scored)
    print(f"MSRP train ({len(scored)} pairs, {base:.3f} paraphrases): cosine >= t, "
          f"10-fold CV accuracy {right / len(scored):.3f}; best t over all {t_all:.3f} "
          f"gives {acc_all:.3f} (optimistic)")


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("stories", nargs="?", default=str(DEFAULT_DIR))
    ap.add_argument("--full", metavar="MODEL_DIR", help="also score all-MiniLM-L6-v2 itself")
    ap.add_argument("--msrp", metavar="DATA_DIR", default=str(ROOT.parent / "shared" / "data"))
    args = ap.parse_args()
    root = Path(args.stories)
    if root.is_dir():
        events = load_events(root)
        print_accuracy("static vectors (app/text/embedding.py)",
                       {ev.name: best_counterpart(ev, rank_by_vectors) for ev in events})
        if args.full:
            from benchmarks.quality.distill_embeddings import Bert, counterpart_accuracy

            bert = Bert(Path(args.full))
            full = counterpart_accuracy(events, bert.encode)
            print_accuracy("all-MiniLM-L6-v2 (full model)", full)
    else:
        print(f"stories: not found at {root}; skipped")
    msrp(Path(args.msrp))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
