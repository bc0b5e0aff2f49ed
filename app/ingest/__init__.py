"""Bytes on disk -> Document. PROVISIONAL (owner: ingest work) — to be replaced."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from app.ingest.build import make_document
from app.model import Document, Problem
from app.progress import CancelledFn, ProgressFn, checkpoint


@dataclass(frozen=True, slots=True)
class FolderResult:
    documents: tuple[Document, ...]
    problems: tuple[Problem, ...]


def load(path: str | Path) -> Document:
    p = Path(path)
    raw = p.read_bytes()
    text = raw.decode("utf-8-sig").replace("\r\n", "\n")
    return make_document(text, path=str(p), raw=raw, outlet=p.stem)


def load_folder(
    path: str | Path,
    progress: ProgressFn | None = None,
    cancelled: CancelledFn | None = None,
) -> FolderResult:
    files = sorted(f for f in Path(path).rglob("*") if f.is_file() and not f.name.startswith("."))
    docs = []
    for i, f in enumerate(files):
        checkpoint(i, len(files), progress, cancelled)
        docs.append(load(f))
    return FolderResult(tuple(docs), ())


__all__ = ["FolderResult", "load", "load_folder", "make_document"]
