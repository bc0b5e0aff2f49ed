"""Fitting the quote stage's logistic models (app/quotes/logistic.py), and writing them.

Shared by train_quote_model.py and train_speaker_model.py so that both fit and write
their weights one way. Pure Python on purpose: the data are a few tens of thousands of
sparse binary examples, and the weights end up as a generated module the executable
imports without any numerical library.
"""

from __future__ import annotations

import math
import sys
from collections.abc import Sequence
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

from app.quotes.logistic import probability  # noqa: E402

# (features, label, example weight)
Weighted = tuple[Sequence[str], int, float]


def fit(data: Sequence[Weighted], epochs: int, l2: float) -> dict[str, float]:
    """Adagrad steps on the weighted mean log-loss plus L2 on non-bias weights."""
    w: dict[str, float] = {}
    g2: dict[str, float] = {}
    n = sum(x for _f, _y, x in data)
    for _ in range(epochs):
        grad: dict[str, float] = {}
        for feats, y, weight in data:
            err = (probability(feats, w) - y) * weight / n
            for k in feats:
                grad[k] = grad.get(k, 0.0) + err
        for k, g in grad.items():
            if k != "bias":
                g += l2 * w.get(k, 0.0) / n
            g2[k] = g2.get(k, 0.0) + g * g
            w[k] = w.get(k, 0.0) - 0.5 * g / (math.sqrt(g2[k]) + 1e-9)
    return {k: round(v, 4) for k, v in sorted(w.items()) if abs(v) >= 1e-4}


def write_weights(out: Path, docstring: str, threshold: float, w: dict[str, float]) -> None:
    """Write the generated weights module the engine imports."""
    body = "".join(f"    {k!r}: {v!r},\n" for k, v in w.items())
    out.write_text(
        f'"""{docstring}"""\n\nTHRESHOLD = {threshold!r}\n\n'
        f"WEIGHTS: dict[str, float] = {{\n{body}}}\n",
        encoding="utf-8",
    )
    print(f"wrote {out.relative_to(ROOT)} ({len(w)} weights)")
