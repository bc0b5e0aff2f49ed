"""Weights of the same-fact model (:mod:`app.facts`); generated, do not edit.

Written by ``benchmarks/quality/train_fact_model.py --write``: L2-regularised
logistic regression (Newton) on every candidate pair of the six development
stories (../shared/data/stories): the first look over app.facts.FEATURE_NAMES,
the second over those and app.facts.SECOND_NAMES; the honest figures are
leave-one-event-out: ``benchmarks/quality/stories.py --loeo``.
"""

COEFFICIENTS = (
    0.1977, -2.3190, -0.2499, 0.1443, -0.0224, -0.0412, 0.1227, -0.0524,
    -0.1146, 0.0561, -0.2660, -1.3406, 0.9061, 0.7650, -0.3495, 0.3070,
    -0.1567, 0.1003, 0.1907, 0.0135, -0.0589, 1.7235, -0.1736, 0.4063,
    -1.4423, 4.6468, 0.3034, 0.6764, 0.1707,
)
INTERCEPT = -5.7833
COEFFICIENTS2 = (
    0.1136, -1.5439, -0.0188, 0.0885, -0.0514, -0.0365, 0.0798, -0.1003,
    -0.1010, 0.0234, -0.1358, -0.6659, 0.4532, 0.3561, -0.9755, 0.1476,
    -0.1924, 0.0303, 0.1301, 0.0112, -0.0398, 0.8857, -0.0198, 0.2790,
    -0.9850, 2.7172, 0.0412, 0.2402, 0.1156, 0.3743, -0.0327, 1.1572,
    0.6031, 0.2262,
)
INTERCEPT2 = -3.2321
OPERATING_POINT = 0.4709  # P(same fact) shown at the default threshold
