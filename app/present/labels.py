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


#: Words a first line may have to pass for a headline (a lead paragraph has more).
HEADLINE_WORDS = 20


def story_title(comparison: Comparison) -> str:
    """The first headline among the articles: a real sentence reads better than a bag
    of terms. An article saved without its headline starts with its lead paragraph,
    which makes a poor title; the next article's headline is taken instead, and the
    first line only when no article has a headline."""
    first = ""
    for doc in comparison.documents:
        title = document_title(doc)
        if doc.title.strip() or _headline_like(title):
            return title
        first = first or title
    return first or "Untitled story"


def _headline_like(line: str) -> bool:
    """Short, and not ending as a sentence of running text does."""
    return 0 < len(line.split()) <= HEADLINE_WORDS and not line.endswith((".", "…"))


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
