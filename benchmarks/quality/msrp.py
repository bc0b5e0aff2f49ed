"""Accuracy and F1 of ``app.similarity`` on the MSRP training file, by 10-fold CV.

Usage: python benchmarks/quality/msrp.py [DATA_DIR] [--fit]

Every figure printed is cross-validated: in each fold the logistic weights are refitted
and the threshold chosen on the nine training folds only, then scored on the held-out
fold. ``--fit`` also fits on all pairs and prints the constants to store in
app/scoring.py. The test split is never used (we do not have it).
Skips (exit 0) when the data folder is absent.
"""

from __future__ import annotations

import argparse
import csv
import math
import random
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

from app.scoring import (  # noqa: E402
    COEFFICIENTS,
    FEATURE_NAMES,
    INTERCEPT,
    features,
    make_bag,
    similarity,
)
from app.text.fold import tokenize  # noqa: E402

Row = tuple[tuple[float, ...], int]


def read_pairs(path: Path) -> list[tuple[str, str, int]]:
    with path.open(encoding="utf-8-sig", newline="") as f:
        reader = csv.reader(f, delimiter="\t", quoting=csv.QUOTE_NONE)
        next(reader)
        return [(r[3], r[4], int(r[0])) for r in reader if len(r) >= 5]


def fit(rows: list[Row], l2: float = 0.01, epochs: int = 150, lr: float = 1.0) -> tuple:
    """Batch gradient descent on standardised features; returns raw-scale weights."""
    n, d = len(rows), len(rows[0][0])
    mean = [sum(r[0][j] for r in rows) / n for j in range(d)]
    sd = [
        math.sqrt(sum((r[0][j] - mean[j]) ** 2 for r in rows) / n) or 1.0 for j in range(d)
    ]
    xs = [[(r[0][j] - mean[j]) / sd[j] for j in range(d)] for r in rows]
    ys = [r[1] for r in rows]
    w, b = [0.0] * d, 0.0
    for _ in range(epochs):
        gw, gb = [0.0] * d, 0.0
        for x, y in zip(xs, ys, strict=True):
            z = b + sum(wi * xi for wi, xi in zip(w, x, strict=True))
            p = 1 / (1 + math.exp(-max(-60, min(60, z))))
            e = p - y
            gb += e
            for j in range(d):
                gw[j] += e * x[j]
        b -= lr * gb / n
        w = [w[j] - lr * (gw[j] / n + l2 * w[j]) for j in range(d)]
    coef = tuple(w[j] / sd[j] for j in range(d))
    intercept = b - sum(w[j] * mean[j] / sd[j] for j in range(d))
    return coef, intercept


def predict(coef: tuple, intercept: float, f: tuple[float, ...]) -> float:
    z = intercept + sum(c * x for c, x in zip(coef, f, strict=True))
    return 1 / (1 + math.exp(-max(-60, min(60, z))))


def acc_f1(scores: list[float], labels: list[int], t: float) -> tuple[float, float]:
    tp = sum(1 for s, y in zip(scores, labels, strict=True) if s >= t and y)
    fp = sum(1 for s, y in zip(scores, labels, strict=True) if s >= t and not y)
    fn = sum(1 for s, y in zip(scores, labels, strict=True) if s < t and y)
    correct = sum(1 for s, y in zip(scores, labels, strict=True) if (s >= t) == bool(y))
    f1 = 2 * tp / (2 * tp + fp + fn) if tp else 0.0
    return correct / len(labels), f1


def best_threshold(scores: list[float], labels: list[int]) -> float:
    grid = [i / 100 for i in range(5, 96)]
    return max(grid, key=lambda t: (acc_f1(scores, labels, t)[0], -abs(t - 0.5)))


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("data", nargs="?", default=str(ROOT.parent / "shared" / "data"))
    ap.add_argument("--fit", action="store_true", help="refit and print the constants")
    ap.add_argument("--folds", type=int, default=10)
    args = ap.parse_args()
    path = Path(args.data) / "msrp" / "msr_paraphrase_train.txt"
    if not path.is_file():
        print(f"MSRP data not found at {path}; skipping.")
        return 0
    pairs = read_pairs(path)
    rows: list[Row] = [
        (features(make_bag(tokenize(a)), make_bag(tokenize(b))), y) for a, b, y in pairs
    ]
    labels = [y for _, y in rows]
    order = list(range(len(rows)))
    random.Random(13).shuffle(order)
    folds = [order[i :: args.folds] for i in range(args.folds)]

    # (1) the shipped score: fixed constants, threshold chosen per fold on training folds.
    shipped = [similarity(a, b) for a, b, _ in pairs]
    # (2) weights refitted inside each fold (honest estimate of the fitting procedure).
    held_shipped: list[tuple[float, int, float]] = []
    held_refit: list[tuple[float, int, float]] = []
    thresholds = []
    for k, test in enumerate(folds):
        test_set = set(test)
        train = [i for i in order if i not in test_set]
        t = best_threshold([shipped[i] for i in train], [labels[i] for i in train])
        thresholds.append(t)
        held_shipped += [(shipped[i], labels[i], t) for i in test]
        coef, icpt = fit([rows[i] for i in train])
        tr_scores = [predict(coef, icpt, rows[i][0]) for i in train]
        t2 = best_threshold(tr_scores, [labels[i] for i in train])
        held_refit += [(predict(coef, icpt, rows[i][0]), labels[i], t2) for i in test]
        print(f"fold {k + 1:2d}: threshold {t:.2f} (refit {t2:.2f})", flush=True)

    def pooled(held: list[tuple[float, int, float]]) -> tuple[float, float]:
        preds = [1.0 if s >= t else 0.0 for s, _, t in held]
        return acc_f1(preds, [y for _, y, _ in held], 0.5)

    acc, f1 = pooled(held_shipped)
    racc, rf1 = pooled(held_refit)
    chosen = best_threshold(shipped, labels)
    print(f"pairs: {len(rows)}  positives: {sum(labels) / len(labels):.1%}")
    print(f"features: {', '.join(FEATURE_NAMES)}")
    print(f"shipped constants {COEFFICIENTS} / {INTERCEPT}")
    print(f"10-fold CV, shipped weights:  accuracy {acc:.1%}  F1 {f1 * 100:.1f}")
    print(f"10-fold CV, weights refitted: accuracy {racc:.1%}  F1 {rf1 * 100:.1f}")
    print(f"fold thresholds: {sorted(thresholds)}; threshold over all folds: {chosen:.2f}")
    if args.fit:
        coef, icpt = fit(rows)
        print("COEFFICIENTS = (" + ", ".join(f"{c:.3f}" for c in coef) + ")")
        print(f"INTERCEPT = {icpt:.3f}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
