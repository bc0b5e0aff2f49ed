"""Reading a file's bytes safely: size refused before reading, OS errors made readable."""

from __future__ import annotations

import errno
from pathlib import Path, PurePath

from app.errors import FileTooLarge, UnreadableFile
from app.ingest.limits import MAX_FILE_BYTES

_REASONS = {
    errno.EACCES: "permission denied",
    errno.EPERM: "permission denied",
    errno.ENOENT: "it no longer exists",
    errno.EISDIR: "it is a folder",
    errno.ELOOP: "its link goes round in a circle",
}


def read_bytes(path: Path) -> bytes:
    """The file's bytes, or a typed error; the size is checked before anything is read."""
    try:
        size = path.stat().st_size
        if size > MAX_FILE_BYTES:
            raise FileTooLarge(str(path), size, MAX_FILE_BYTES)
        with path.open("rb") as f:
            raw = f.read(MAX_FILE_BYTES + 1)  # the file may have grown since stat()
    except OSError as exc:
        raise UnreadableFile(str(path), reason(exc)) from exc
    if len(raw) > MAX_FILE_BYTES:
        raise FileTooLarge(str(path), len(raw), MAX_FILE_BYTES)
    return raw


def reason(exc: OSError) -> str:
    """The operating system's complaint in words a journalist would use."""
    return _REASONS.get(exc.errno or 0, exc.strerror or "")


def outlet_from_name(path: str) -> str:
    """The fallback outlet: the file name without its extension (the user can rename it)."""
    p = PurePath(path)
    return p.stem.strip() or p.name
