"""What each document is called, in the window's menus and the report alike."""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from pathlib import PurePath

from app.model import Comparison, Document


def _first_line(doc: Document, limit: int = 160) -> str:
    for line in doc.text.splitlines():
        line = line.strip()
        if line:
            return line if len(line) <= limit else line[: limit - 1].rstrip() + "…"
    return ""


def document_title(doc: Document) -> str:
    """The headline: the loader's title, else the article's first line (usually the headline)."""
    return doc.title.strip() or _first_line(doc)


def story_title(comparison: Comparison) -> str:
    """The first article's headline: a real sentence reads better than a bag of terms."""
    for doc in comparison.documents:
        title = document_title(doc)
        if title:
            return title
    return "Untitled story"


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
