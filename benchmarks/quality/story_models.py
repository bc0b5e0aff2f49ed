"""Leave-one-event-out for what is fitted on the stories: the same-fact model.

``stories.py --loeo`` scores each event inside ``held_out(event)``, which puts weights
fitted without that event into :mod:`app.fact_weights` for the duration (the engine
reads them from the module at call time) and restores the shipped ones after.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager

from app import fact_weights
from benchmarks.quality.stories import DEFAULT_DIR

STORIES = str(DEFAULT_DIR)


@contextmanager
def held_out(event: str | None) -> Iterator[None]:
    if event is None:
        yield
        return
    from benchmarks.quality.train_fact_model import fit_without

    saved = (fact_weights.COEFFICIENTS, fact_weights.INTERCEPT, fact_weights.OPERATING_POINT)
    coef, intercept, op = fit_without(STORIES, event)
    fact_weights.COEFFICIENTS, fact_weights.INTERCEPT, fact_weights.OPERATING_POINT = (
        coef, intercept, op)
    try:
        yield
    finally:
        fact_weights.COEFFICIENTS, fact_weights.INTERCEPT, fact_weights.OPERATING_POINT = saved
