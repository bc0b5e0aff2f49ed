"""Weights of the same-fact model (:mod:`app.facts`); generated, do not edit.

Written by ``benchmarks/quality/train_fact_model.py --write``: L2-regularised
logistic regression (Newton) over app.facts.FEATURE_NAMES on every candidate
pair of the six development stories (../shared/data/stories); the honest
figures are leave-one-event-out: ``benchmarks/quality/stories.py --loeo``.
"""

COEFFICIENTS = (
    0.1625, -1.4216, -0.4096, 0.0934, 0.0395, 0.1130, 0.3033, -0.1614,
    -0.1979, 0.0389, -0.1956, -0.8791, 1.3841, 1.2167, 0.4032, 0.4724,
    -1.1264, 0.3414, 0.0655, 0.0563, -0.0320, 0.7234, -0.2228, 0.3915,
    -0.9315,
)
INTERCEPT = -4.6940
OPERATING_POINT = 0.5  # P(same fact) shown at the default threshold
