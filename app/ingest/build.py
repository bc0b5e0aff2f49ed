"""Raw text + metadata -> a segmented, boilerplate-flagged Document.

Every loader ends here, and so do tests and tools that start from a string.
"""

from __future__ import annotations

import hashlib

from app.model import Document
from app.text import boilerplate, segment


def make_document(
    text: str,
    *,
    path: str = "",
    raw: bytes | None = None,
    title: str = "",
    outlet: str = "",
    url: str = "",
    author: str = "",
    published: str = "",
    format: str = "text",
) -> Document:
    """Build a Document; ``raw`` (the file's bytes) gives the SHA-256, else the text does."""
    digest = hashlib.sha256(raw if raw is not None else text.encode("utf-8")).hexdigest()
    paras = segment.paragraphs(text)
    sents = segment.sentences(text, paras)
    flags = boilerplate.detect(text, paras, sents, outlet)
    return Document(
        id=digest[:12],
        path=path,
        sha256=digest,
        title=title,
        outlet=outlet,
        url=url,
        author=author,
        published=published,
        text=text,
        paragraphs=paras,
        sentences=sents,
        boilerplate=flags,
        format=format,
    )
