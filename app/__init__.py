"""Parallax engine: load articles, compare them, export the comparison. No Qt here.

The public names are resolved lazily so that ``import app`` (and the CLI's start-up)
does not pay for the HTML extractor or the aligner until they are used.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

__version__ = "0.1.0"

__all__ = [
    "DEFAULT_THRESHOLD",
    "__version__",
    "compare",
    "load",
    "load_folder",
    "score",
    "score_stories",
    "select",
    "similarity",
    "stories",
]

_LAZY = {
    "load": ("app.ingest", "load"),
    "load_folder": ("app.ingest", "load_folder"),
    "compare": ("app.story", "compare"),
    "score": ("app.story", "score"),
    "score_stories": ("app.story", "score_stories"),
    "select": ("app.story", "select"),
    "similarity": ("app.scoring", "similarity"),
    "stories": ("app.grouping", "stories"),
    "DEFAULT_THRESHOLD": ("app.scoring", "DEFAULT_THRESHOLD"),
}

if TYPE_CHECKING:
    from app.grouping import stories
    from app.ingest import load, load_folder
    from app.scoring import DEFAULT_THRESHOLD, similarity
    from app.story import compare, score, score_stories, select


def __getattr__(name: str) -> Any:
    if name in _LAZY:
        import importlib

        module, attr = _LAZY[name]
        return getattr(importlib.import_module(module), attr)
    raise AttributeError(f"module 'app' has no attribute {name!r}")
