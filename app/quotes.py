"""Direct quotes and their speakers. PROVISIONAL (owner: quotes work) — to be replaced."""

from __future__ import annotations

from app.model import Document, Quote


def extract_quotes(doc: Document) -> tuple[Quote, ...]:
    return ()
