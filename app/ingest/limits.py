"""Size limits, checked before a file (or an archive member) is read into memory.

A journalist's folder may hold a stray video or a zip bomb disguised as a Word file;
refusing early keeps the app responsive and its memory bounded.
"""

from __future__ import annotations

MAX_FILE_BYTES = 20_000_000  # 20 MB: far above any article, far below a video
MAX_UNPACKED_BYTES = 100_000_000  # 100 MB declared inside a DOCX (zip) archive
