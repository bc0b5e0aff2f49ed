"""A folder of articles -> Documents plus a list of per-file problems.

One bad file must never cost the journalist the rest of the folder, so every failure
becomes a Problem with a readable message and the load goes on. Order is stable
(names sorted, folders depth-first) so the same folder always gives the same story.
A Downloads folder is hostile ground: pipes, links to ``/``, folders nested thousands
deep, names that are not UTF-8, thousands of files; each is listed with the reason and
the walk and the load stay bounded (``app.ingest.limits``).
"""

from __future__ import annotations

import hashlib
import os
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from app.errors import (
    Cancelled,
    DuplicateFile,
    FolderLoop,
    FolderTooLarge,
    LinkOutside,
    LoadError,
    NotRegularFile,
    TooManyArticles,
    UnreadableFile,
)
from app.ingest.article import load_bytes
from app.ingest.files import file_kind, read_bytes, reason
from app.ingest.limits import MAX_ARTICLES, MAX_FOLDER_ENTRIES
from app.ingest.sniff import SUPPORTED_EXTENSIONS
from app.ingest.sources import picked_sidecar
from app.model import Document, Problem
from app.printable import printable
from app.progress import CancelledFn, ProgressFn, checkpoint
from app.text import boilerplate


@dataclass(frozen=True, slots=True)
class FolderResult:
    documents: tuple[Document, ...]
    problems: tuple[Problem, ...]


def load_folder(
    path: str | Path,
    progress: ProgressFn | None = None,
    cancelled: CancelledFn | None = None,
) -> FolderResult:
    """Load every supported file under ``path``; files that fail become problems.

    At most :data:`MAX_ARTICLES` documents are loaded (in walk order); the files past
    that are counted in one problem rather than loaded, since a comparison of thousands
    of articles would exhaust memory and never finish.
    """
    root = Path(path)
    if not root.is_dir():
        if (sidecar := picked_sidecar(root)) is not None:
            return FolderResult((), (sidecar,))
        if root.is_file():
            files, problems = [root], []
        else:
            raise UnreadableFile(str(root), "it is not a folder that exists")
    else:
        files, problems = find_articles(root, cancelled)
    documents: list[Document] = []
    first_with: dict[str, str] = {}
    total = len(files)
    for i, f in enumerate(files):
        checkpoint(i, total, progress, cancelled)
        if len(documents) >= MAX_ARTICLES:
            problems.append(_problem(TooManyArticles(str(root), total - i, MAX_ARTICLES)))
            break
        try:
            raw = read_bytes(f)
            digest = hashlib.sha256(raw).hexdigest()
            if digest in first_with:
                raise DuplicateFile(str(f), first_with[digest])
            notes: list[str] = []
            documents.append(load_bytes(raw, printable(str(f)), notes))
            problems.extend(Problem(printable(str(f)), note, note=True) for note in notes)
            first_with[digest] = str(f)
        except Cancelled:
            raise
        except LoadError as err:
            problems.append(_problem(err))
        except Exception as err:  # a loader bug must not cost the rest of the folder
            name = printable(f.name)
            problems.append(
                Problem(printable(str(f)), f"“{name}” could not be loaded ({type(err).__name__}).")
            )
    checkpoint(total, total, progress, cancelled)
    flagged = boilerplate.flag_repeated(documents)
    return FolderResult(tuple(flagged), tuple(problems))


def _problem(err: LoadError) -> Problem:
    return Problem(err.path, err.message)


def find_articles(
    root: Path, cancelled: CancelledFn | None = None
) -> tuple[list[Path], list[Problem]]:
    """Supported regular files under ``root``, hidden ones skipped, each folder read once.

    The walk keeps its own stack (a folder nested thousands deep must not exhaust
    Python's recursion) and visits names sorted, folders depth-first, so the order is
    stable. It never opens anything: named pipes, devices and sockets are listed as
    skipped from their ``stat`` alone. A link that leads out of ``root`` (say, to ``/``)
    is listed and not followed: what it reaches is not what the journalist dropped, and
    may be the whole disk. A link within the tree is followed, but each real folder,
    identified by device and inode, is read at most once, so a loop ends.
    """
    files: list[Path] = []
    problems: list[Problem] = []
    st = root.stat()
    seen = {(st.st_dev, st.st_ino)}
    real_root = os.path.realpath(root)
    budget = [MAX_FOLDER_ENTRIES]
    stack: list[Iterator[os.DirEntry[str]]] = [_entries(root, problems, budget)]
    while stack:
        entry = next(stack[-1], None)
        if entry is None:
            stack.pop()
            continue
        if budget[0] < 0:
            problems.append(_problem(FolderTooLarge(str(root), MAX_FOLDER_ENTRIES)))
            break
        if entry.name.startswith((".", "~$")):  # hidden files, Office lock files
            continue
        subfolder = _visit(entry, real_root, seen, files, problems)
        if subfolder is not None:
            if cancelled is not None and cancelled():
                raise Cancelled
            stack.append(_entries(subfolder, problems, budget))
    return files, problems


def _entries(
    folder: Path, problems: list[Problem], budget: list[int]
) -> Iterator[os.DirEntry[str]]:
    """A folder's entries, sorted; an unreadable folder becomes a problem, not an error."""
    try:
        with os.scandir(folder) as it:
            entries = sorted(it, key=lambda e: (e.name.casefold(), e.name))
    except OSError as exc:
        problems.append(_problem(UnreadableFile(str(folder), reason(exc))))
        return iter(())
    budget[0] -= len(entries)
    return iter(entries)


def _visit(
    entry: os.DirEntry[str],
    real_root: str,
    seen: set[tuple[int, int]],
    files: list[Path],
    problems: list[Problem],
) -> Path | None:
    """File ``entry`` under files or problems; return it when it is a folder to enter."""
    path = Path(entry.path)
    try:
        if entry.is_symlink():
            target = os.path.realpath(entry.path)
            if os.path.commonpath([real_root, target]) != real_root:
                if entry.is_dir() or path.suffix.lower() in SUPPORTED_EXTENSIONS:
                    problems.append(_problem(LinkOutside(str(path), target)))
                return None
        if entry.is_dir(follow_symlinks=True):
            st = entry.stat(follow_symlinks=True)
            key = (st.st_dev, st.st_ino)
            if key in seen:
                problems.append(_problem(FolderLoop(str(path))))
                return None
            seen.add(key)
            return path
        if path.suffix.lower() not in SUPPORTED_EXTENSIONS:
            return None
        try:
            kind = file_kind(entry.stat(follow_symlinks=True).st_mode)
        except OSError:
            kind = None  # a broken link: reading it reports the problem
        if kind is not None:
            problems.append(_problem(NotRegularFile(str(path), kind)))
        else:
            files.append(path)
    except (OSError, ValueError) as exc:  # e.g. a link that points at itself
        why = reason(exc) if isinstance(exc, OSError) else ""
        problems.append(_problem(UnreadableFile(str(path), why)))
    return None
