"""Bytes on disk -> Document: plain text, Markdown, saved web pages, DOCX and PDF.

``load`` opens one file and raises a typed :class:`app.errors.LoadError` (its message is
written for the journalist); ``load_folder`` loads many and turns each failure into a
:class:`app.model.Problem` so one bad file never stops the rest.
"""

from __future__ import annotations

from pathlib import Path

from app.ingest.article import load_bytes
from app.ingest.build import make_document
from app.ingest.files import read_bytes
from app.ingest.folder import FolderResult, load_folder
from app.model import Document
from app.printable import printable


def load(path: str | Path, notes: list[str] | None = None) -> Document:
    """Load one article file, whatever its format; raise a LoadError if it cannot be.

    ``notes`` (when given) receives what the journalist should know about a file that
    did load, such as bytes that were not UTF-8 and were replaced.
    """
    p = Path(path)
    return load_bytes(read_bytes(p), printable(str(p)), notes)


__all__ = ["FolderResult", "load", "load_folder", "make_document"]
