"""Flag text that is not the article. Flag, never delete.

PROVISIONAL first version (owner: boilerplate work) — to be replaced.
"""

from __future__ import annotations

from collections.abc import Sequence

from app.model import Boilerplate, Document, Span


def detect(
    text: str, paragraphs: tuple[Span, ...], sentences: tuple[Span, ...]
) -> tuple[Boilerplate, ...]:
    return ()


def flag_repeated(documents: Sequence[Document]) -> list[Document]:
    """Flag text repeated across articles of the same outlet (site furniture)."""
    return list(documents)
