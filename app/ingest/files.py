"""Reading a file's bytes safely: only regular files, size refused before reading, OS
errors made readable.

Opening a named pipe blocks until something writes to it, and a device such as
/dev/zero never ends; so the file is opened without blocking and checked to be a
regular file on the open descriptor (no race with a rename) before a byte is read.
"""

from __future__ import annotations

import errno
import os
import stat
from pathlib import Path, PurePath

from app.errors import FileTooLarge, NotRegularFile, UnreadableFile
from app.ingest.limits import MAX_FILE_BYTES
from app.printable import printable

_REASONS = {
    errno.EACCES: "permission denied",
    errno.EPERM: "permission denied",
    errno.ENOENT: "it no longer exists",
    errno.EISDIR: "it is a folder",
    errno.ELOOP: "its link goes round in a circle",
    errno.ENAMETOOLONG: "its path is too long",
}

_O_FLAGS = os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_NOCTTY", 0)
_O_FLAGS |= getattr(os, "O_BINARY", 0)


def file_kind(mode: int) -> str | None:
    """What a non-regular file is, in a journalist's words; ``None`` for a regular file."""
    if stat.S_ISREG(mode):
        return None
    if stat.S_ISFIFO(mode):
        return "a named pipe"
    if stat.S_ISSOCK(mode):
        return "a socket"
    if stat.S_ISCHR(mode) or stat.S_ISBLK(mode):
        return "a device"
    if stat.S_ISDIR(mode):
        return "a folder"
    return "not a regular file"


def read_bytes(path: Path) -> bytes:
    """The file's bytes, or a typed error; the size is checked before anything is read."""
    return read_bounded(path, MAX_FILE_BYTES)


def read_bounded(path: Path, limit: int) -> bytes:
    """Up to ``limit`` bytes of a regular file, else FileTooLarge, NotRegularFile or
    UnreadableFile; nothing is read from a file over the limit or from a pipe."""
    try:
        kind = file_kind(os.stat(path).st_mode)  # before opening: a pipe blocks on open
        if kind is not None:
            raise NotRegularFile(str(path), kind)
        fd = os.open(path, _O_FLAGS)
        with os.fdopen(fd, "rb") as f:
            st = os.fstat(f.fileno())  # the file we opened, whatever the name points at now
            kind = file_kind(st.st_mode)
            if kind is not None:
                raise NotRegularFile(str(path), kind)
            if st.st_size > limit:
                raise FileTooLarge(str(path), st.st_size, limit)
            raw = f.read(limit + 1)  # the file may have grown since stat()
    except OSError as exc:
        raise UnreadableFile(str(path), reason(exc)) from exc
    if len(raw) > limit:
        raise FileTooLarge(str(path), len(raw), limit)
    return raw


def reason(exc: OSError) -> str:
    """The operating system's complaint in words a journalist would use."""
    return _REASONS.get(exc.errno or 0, exc.strerror or "")


def outlet_from_name(path: str) -> str:
    """The fallback outlet: the file name without its extension (the user can rename it)."""
    p = PurePath(path)
    return printable(p.stem.strip() or p.name)
