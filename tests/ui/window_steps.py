"""Steps the window tests share: open the sample story, count the engine's scoring runs."""

from __future__ import annotations

import pytest

import app.story
from app.model import Comparison

TIMEOUT = 60_000  # generous: the real engine on a shared 2-core machine


def open_sample(qtbot, window) -> Comparison:  # type: ignore[no-untyped-def]
    """File ▸ Open Sample Story, waiting until its comparison is shown."""
    with qtbot.waitSignal(
        window.comparisonShown,
        timeout=TIMEOUT,
        check_params_cb=lambda c: c is not None and len(c.documents) >= 2,
    ) as shown:
        window.open_sample_story()
    return shown.args[0]


def count_scoring(monkeypatch: pytest.MonkeyPatch) -> list[int]:
    """From now on, every ``app.story.score`` run appends its number of documents."""
    sizes: list[int] = []
    real = app.story.score

    def counting(docs, progress=None, cancelled=None, **kwargs):  # type: ignore[no-untyped-def]
        sizes.append(len(docs))
        return real(docs, progress, cancelled, **kwargs)

    monkeypatch.setattr(app.story, "score", counting)
    return sizes
