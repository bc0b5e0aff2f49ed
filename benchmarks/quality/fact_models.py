"""Leave-one-event-out for the same-fact model (app/fact_weights.py).

``stories.py --loeo`` scores each event inside ``held_out(event, root)``, which puts weights
fitted without that event into :mod:`app.fact_weights` for the duration (the engine
reads them from the module at call time) and restores the shipped ones after.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from app import fact_weights


@contextmanager
def held_out(event: str | None, root: Path) -> Iterator[None]:
    if event is None:
        yield
        return
    from benchmarks.quality.train_fact_model import fit_without

    names = ("COEFFICIENTS", "INTERCEPT", "COEFFICIENTS2", "INTERCEPT2", "OPERATING_POINT")
    saved = [getattr(fact_weights, n) for n in names]
    for n, v in zip(names, fit_without(str(root), event), strict=True):
        setattr(fact_weights, n, v)
    try:
        yield
    finally:
        for n, v in zip(names, saved, strict=True):
            setattr(fact_weights, n, v)
