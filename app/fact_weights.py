"""Weights of the same-fact model (:mod:`app.facts`); generated, do not edit.

Written by ``benchmarks/quality/train_fact_model.py --write``: L2-regularised
logistic regression (Newton) on every candidate pair of the six development
stories (../shared/data/stories): the first look over app.facts.FEATURE_NAMES,
the second over those and app.facts.SECOND_NAMES; the honest figures are
leave-one-event-out: ``benchmarks/quality/stories.py --loeo``.
"""

COEFFICIENTS = (
    0.1219, -2.2431, -0.0273, 0.0970, 0.0235, 0.0465, 0.1171, 0.0409,
    -0.1073, 0.1081, -0.1750, -0.9313, 1.0693, 0.8299, 0.1725, 0.3469,
    -1.1077, 0.0171, 0.1544, 0.0293, -0.0405, 0.4622, -0.3526, 0.4448,
    -0.9512, 2.4449, 0.1661, 0.1454, -0.2086,
)
INTERCEPT = -4.4734
COEFFICIENTS2 = (
    0.0641, -1.7358, 0.1086, 0.0559, -0.0225, 0.0143, 0.0038, 0.0010,
    -0.0879, 0.0658, -0.1046, -0.5116, 0.6989, 0.5155, -0.7205, 0.2031,
    -0.7202, -0.0164, 0.0992, 0.0159, -0.0310, 0.2545, -0.2122, 0.3427,
    -0.7014, 1.5624, 0.0444, 0.0118, -0.0907, 0.3685, 0.1642, 1.0709,
    0.0836, -0.0196,
)
INTERCEPT2 = -2.8040
OPERATING_POINT = 0.5027  # P(same fact) shown at the default threshold
