"""Weights of the same-fact model (:mod:`app.facts`); generated, do not edit.

Written by ``benchmarks/quality/train_fact_model.py --write``: L2-regularised
logistic regression (Newton) on every candidate pair of the six development
stories (../shared/data/stories): the first look over app.facts.FEATURE_NAMES,
the second over those and app.facts.SECOND_NAMES; the honest figures are
leave-one-event-out: ``benchmarks/quality/stories.py --loeo``.
"""

COEFFICIENTS = (
    0.1625, -1.4216, -0.4096, 0.0934, 0.0395, 0.1130, 0.3033, -0.1614,
    -0.1979, 0.0389, -0.1956, -0.8791, 1.3841, 1.2167, 0.4032, 0.4724,
    -1.1264, 0.3414, 0.0655, 0.0563, -0.0320, 0.7234, -0.2228, 0.3915,
    -0.9315,
)
INTERCEPT = -4.6940
COEFFICIENTS2 = (
    0.0533, -0.8093, 0.0064, 0.0384, -0.0837, -0.0501, 0.0602, -0.1308,
    -0.1508, 0.0205, -0.0609, -0.2656, 0.7786, 0.6451, -0.9293, 0.1782,
    -0.5012, 0.0753, 0.0344, 0.0251, -0.0230, 0.2658, -0.0811, 0.2669,
    -0.3822, 0.4754, 0.5495, 1.5369, -0.5333, 0.5407,
)
INTERCEPT2 = -2.6788
OPERATING_POINT = 0.5765  # P(same fact) shown at the default threshold
