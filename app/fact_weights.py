"""Weights of the same-fact model (:mod:`app.facts`); generated, do not edit.

Written by ``benchmarks/quality/train_fact_model.py --write``: L2-regularised
logistic regression (Newton) over app.facts.FEATURE_NAMES on every candidate
pair of the six development stories (../shared/data/stories); the honest
figures are leave-one-event-out: ``benchmarks/quality/stories.py --loeo``.
"""

COEFFICIENTS = (
    0.3224, -1.4943, -0.6300, 0.1981, 0.1116, 0.2503, 0.4071, -0.2283,
    -0.1823, 0.0474, -0.1026, -1.0683, 1.3212, 1.0044, 0.4678, 0.4177,
    -0.9794, 0.4679, 0.2173, 0.0538, -0.0135, 0.8213, -0.1658,
)
INTERCEPT = -5.1216
OPERATING_POINT = 0.5  # P(same fact) shown at the default threshold
