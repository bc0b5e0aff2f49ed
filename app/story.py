"""N documents -> Comparison. PROVISIONAL (owner: alignment work) — to be replaced."""

from __future__ import annotations

from collections.abc import Sequence

from app.model import Comparison, Document
from app.progress import CancelledFn, ProgressFn
from app.similarity import DEFAULT_THRESHOLD


def compare(
    documents: Sequence[Document],
    threshold: float | None = None,
    progress: ProgressFn | None = None,
    cancelled: CancelledFn | None = None,
) -> Comparison:
    return Comparison(
        documents=tuple(documents),
        threshold=DEFAULT_THRESHOLD if threshold is None else threshold,
    )
