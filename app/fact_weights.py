"""Weights of the same-fact model (:mod:`app.facts`); generated, do not edit.

Written by ``benchmarks/quality/train_fact_model.py --write``: L2-regularised
logistic regression (Newton) over app.facts.FEATURE_NAMES on every candidate
pair of the six development stories (../shared/data/stories); the honest
figures are leave-one-event-out: ``benchmarks/quality/stories.py --loeo``.
"""

COEFFICIENTS = (
    0.5486, -1.6864, -1.1104, 0.3351, 0.0932, 0.2664, 0.4578, -0.2520,
    -0.1840, 0.0334, -0.1077, -1.1186, 1.3995, 1.0773, 0.4536, 0.4654,
    -0.8108,
)
INTERCEPT = -5.1056
OPERATING_POINT = 0.5  # P(same fact) shown at the default threshold
