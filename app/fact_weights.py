"""Weights of the same-fact model (:mod:`app.facts`); generated, do not edit.

Written by ``benchmarks/quality/train_fact_model.py --write``: L2-regularised
logistic regression (Newton) over app.facts.FEATURE_NAMES on every candidate
pair of the six development stories (../shared/data/stories); the honest
figures are leave-one-event-out: ``benchmarks/quality/stories.py --loeo``.
"""

COEFFICIENTS = (
    0.1755, -1.3364, -0.3562, 0.1057, 0.1321, 0.1986, 0.3423, -0.1998,
    -0.2175, 0.0506, -0.1945, -0.9383, 1.3141, 1.0928, 0.4653, 0.4689,
    -1.2549, 0.3583, 0.0780, 0.0518, -0.0256, 0.7809, -0.1518, 0.3986,
    -0.8011,
)
INTERCEPT = -4.8815
OPERATING_POINT = 0.5  # P(same fact) shown at the default threshold
