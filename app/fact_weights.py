"""Weights of the same-fact model (:mod:`app.facts`); generated, do not edit.

Written by ``benchmarks/quality/train_fact_model.py --write``: L2-regularised
logistic regression (Newton) on every candidate pair of the six development
stories (../shared/data/stories): the first look over app.facts.FEATURE_NAMES,
the second over those and app.facts.SECOND_NAMES; the honest figures are
leave-one-event-out: ``benchmarks/quality/stories.py --loeo``.
"""

COEFFICIENTS = (
    0.1235, -2.1758, -0.1439, 0.0932, 0.0450, 0.0162, 0.0713, 0.0521,
    -0.1058, 0.1080, -0.1697, -0.9287, 1.0375, 0.8777, 0.1560, 0.3734,
    -1.1050, 0.0153, 0.1579, 0.0296, -0.0398, 0.4549, -0.3614, 0.4437,
    -0.8866, 2.4449, 0.1790, 0.1614, -0.2067,
)
INTERCEPT = -4.5084
COEFFICIENTS2 = (
    0.0653, -1.6886, 0.0178, 0.0530, 0.0039, 0.0053, 0.0128, 0.0187,
    -0.0884, 0.0666, -0.1065, -0.5179, 0.6779, 0.5501, -0.7251, 0.2263,
    -0.7059, -0.0210, 0.1041, 0.0177, -0.0309, 0.2545, -0.2245, 0.3405,
    -0.6575, 1.5471, 0.0702, 0.0224, -0.1052, 0.3665, 0.0583, 1.0615,
    0.1177, -0.0173,
)
INTERCEPT2 = -2.8167
OPERATING_POINT = 0.4778  # P(same fact) shown at the default threshold
