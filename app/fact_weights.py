"""Weights of the same-fact model (:mod:`app.facts`); generated, do not edit.

Written by ``benchmarks/quality/train_fact_model.py --write``: L2-regularised
logistic regression (Newton) over app.facts.FEATURE_NAMES on every candidate
pair of the six development stories (../shared/data/stories); the honest
figures are leave-one-event-out: ``benchmarks/quality/stories.py --loeo``.
"""

COEFFICIENTS = (
    0.1876, -1.2764, -0.4921, 0.1084, 0.1179, 0.2594, 0.4091, -0.2407,
    -0.2017, 0.0502, -0.0929, -1.0627, 1.3183, 1.0020, 0.4752, 0.4131,
    -1.0395, 0.3521, 0.0988, 0.0476, -0.0194, 0.8164, -0.1772, 0.4056,
    -0.6865,
)
INTERCEPT = -5.0564
OPERATING_POINT = 0.5  # P(same fact) shown at the default threshold
