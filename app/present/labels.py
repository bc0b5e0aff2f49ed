"""What each document is called, in the window's menus and the report alike."""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from pathlib import PurePath

from app.grouping import terms
from app.headlines import document_title, story_headline
from app.model import Comparison, Document

__all__ = ["document_labels", "document_title", "story_title"]


def story_title(comparison: Comparison) -> str:
    """The story's headline (:func:`app.headlines.story_headline`, the rule the story
    list uses too), else the first article's first line, else "Untitled story"."""
    docs = comparison.documents
    return story_headline(docs, terms) or next(
        (t for t in map(document_title, docs) if t), "Untitled story"
    )


def document_labels(documents: Sequence[Document]) -> dict[str, str]:
    """A short, unique name per document: the outlet, else the file name.

    Two articles from one outlet get "(1)", "(2)": the window's pickers and the
    report's headings must tell them apart, and must do it the same way.
    """
    raw = [
        d.outlet.strip() or PurePath(d.path).stem or f"Document {i + 1}"
        for i, d in enumerate(documents)
    ]
    seen: Counter[str] = Counter(raw)
    counter: Counter[str] = Counter()
    labels = {}
    for doc, name in zip(documents, raw, strict=True):
        if seen[name] > 1:
            counter[name] += 1
            name = f"{name} ({counter[name]})"
        labels[doc.id] = name
    return labels
