"""Turning a Comparison into files: JSON (machine-readable), HTML and PDF reports.

Each format is its own module so that the CLI and the GUI import only what they write
(the PDF writer pulls in reportlab; JSON needs nothing). Every writer goes through
:func:`app.export.atomic.atomic_write`, so a failed export never leaves a truncated file.
"""

from __future__ import annotations

from app.export.atomic import atomic_write

__all__ = ["atomic_write"]
