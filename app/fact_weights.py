"""Weights of the same-fact model (:mod:`app.facts`); generated, do not edit.

Written by ``benchmarks/quality/train_fact_model.py --write``: L2-regularised
logistic regression (Newton) on every candidate pair of the six development
stories (../shared/data/stories): the first look over app.facts.FEATURE_NAMES,
the second over those and app.facts.SECOND_NAMES; the honest figures are
leave-one-event-out: ``benchmarks/quality/stories.py --loeo``.
"""

COEFFICIENTS = (
    0.1447, -1.7762, -0.5249, 0.0743, 0.0607, 0.1100, 0.2154, -0.1665,
    -0.1328, 0.0343, -0.2067, -0.8140, 1.3253, 1.1867, 0.2798, 0.4566,
    -1.0865, 0.3137, 0.0549, 0.0558, -0.0292, 0.6833, -0.3294, 0.3381,
    -1.3376, 1.9980, 0.2924, -0.0482, -0.3434,
)
INTERCEPT = -5.3694
COEFFICIENTS2 = (
    0.0455, -1.0881, -0.0851, 0.0278, -0.0587, -0.0177, 0.1141, -0.1027,
    -0.1093, 0.0242, -0.0699, -0.2541, 0.7396, 0.6357, -0.7333, 0.1705,
    -0.4225, 0.0503, 0.0341, 0.0230, -0.0253, 0.2254, -0.1530, 0.2241,
    -0.7175, 1.0905, 0.0578, 0.0138, -0.1383, 0.5155, 0.2099, 1.2265,
    -0.3772, 0.6235,
)
INTERCEPT2 = -2.7756
OPERATING_POINT = 0.5739  # P(same fact) shown at the default threshold
