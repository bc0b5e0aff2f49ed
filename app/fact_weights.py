"""Weights of the same-fact model (:mod:`app.facts`); generated, do not edit.

Written by ``benchmarks/quality/train_fact_model.py --write``: L2-regularised
logistic regression (Newton) over app.facts.FEATURE_NAMES on every candidate
pair of the six development stories (../shared/data/stories); the honest
figures are leave-one-event-out: ``benchmarks/quality/stories.py --loeo``.
"""

COEFFICIENTS = (
    0.5707, -1.6317, -1.0330, 0.3552, 0.0613, 0.2287, 0.4861, -0.2652,
    -0.2153, 0.0374, -0.1025, -1.1449, 1.3455, 1.0337, 0.5206, 0.4054,
    -0.4879,
)
INTERCEPT = -5.1886
OPERATING_POINT = 0.5  # P(same fact) shown at the default threshold
