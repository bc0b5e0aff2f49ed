"""The probability under a fitted logistic model over named binary features.

The quote stage's two learned decisions (whose words a quote is, who said it) are both
such models: weights in a generated module, features as strings. One function scores
them, so the trainers (benchmarks/quality/) and the engine cannot disagree.
"""

from __future__ import annotations

import math
from collections.abc import Iterable, Mapping
from itertools import repeat


def probability(features: Iterable[str], weights: Mapping[str, float]) -> float:
    """The logistic of the summed weights of ``features`` (unknown features weigh 0)."""
    z = sum(map(weights.get, features, repeat(0.0)))  # the same sum as a loop, in C
    return 1.0 / (1.0 + math.exp(-max(-30.0, min(30.0, z))))
