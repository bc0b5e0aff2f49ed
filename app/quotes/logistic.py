"""The probability under a fitted logistic model over named binary features.

The quote stage's two learned decisions (whose words a quote is, who said it) are both
such models: weights in a generated module, features as strings. One function scores
them, so the trainers (benchmarks/quality/) and the engine cannot disagree.
"""

from __future__ import annotations

import math
from collections.abc import Iterable, Mapping


def probability(features: Iterable[str], weights: Mapping[str, float]) -> float:
    """The logistic of the summed weights of ``features`` (unknown features weigh 0)."""
    z = sum(weights.get(k, 0.0) for k in features)
    return 1.0 / (1.0 + math.exp(-max(-30.0, min(30.0, z))))
