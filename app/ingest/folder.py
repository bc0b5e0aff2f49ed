"""A folder of articles -> Documents plus a list of per-file problems.

One bad file must never cost the journalist the rest of the folder, so every failure
becomes a Problem with a readable message and the load goes on. Order is stable
(names sorted, folders depth-first) so the same folder always gives the same story.
"""

from __future__ import annotations

import hashlib
import os
from dataclasses import dataclass
from pathlib import Path

from app.errors import Cancelled, DuplicateFile, FolderLoop, LoadError, UnreadableFile
from app.ingest.article import load_bytes
from app.ingest.files import read_bytes, reason
from app.ingest.sniff import SUPPORTED_EXTENSIONS
from app.model import Document, Problem
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
    """Load every supported file under ``path``; files that fail become problems."""
    root = Path(path)
    if not root.is_dir():
        if root.is_file():
            files, problems = [root], []
        else:
            raise UnreadableFile(str(root), "it is not a folder that exists")
    else:
        files, problems = find_articles(root)
    documents: list[Document] = []
    first_with: dict[str, str] = {}
    total = len(files)
    for i, f in enumerate(files):
        checkpoint(i, total, progress, cancelled)
        try:
            raw = read_bytes(f)
            digest = hashlib.sha256(raw).hexdigest()
            if digest in first_with:
                raise DuplicateFile(str(f), first_with[digest])
            documents.append(load_bytes(raw, str(f)))
            first_with[digest] = str(f)
        except Cancelled:
            raise
        except LoadError as err:
            problems.append(Problem(str(f), err.message))
        except Exception as err:  # a loader bug must not cost the rest of the folder
            problems.append(
                Problem(str(f), f"“{f.name}” could not be loaded ({type(err).__name__}: {err}).")
            )
    checkpoint(total, total, progress, cancelled)
    flagged = boilerplate.flag_repeated(documents)
    return FolderResult(tuple(flagged), tuple(problems))


def find_articles(root: Path) -> tuple[list[Path], list[Problem]]:
    """Supported files under ``root``, hidden ones skipped, each folder visited once.

    Following links to folders is useful (a journalist may link a shared folder in) but
    a link to an enclosing folder would loop forever, so each real folder, identified by
    device and inode, is read at most once.
    """
    files: list[Path] = []
    problems: list[Problem] = []
    st = root.stat()
    _walk(root, {(st.st_dev, st.st_ino)}, files, problems)
    return files, problems


def _walk(
    folder: Path, seen: set[tuple[int, int]], files: list[Path], problems: list[Problem]
) -> None:
    try:
        with os.scandir(folder) as it:
            entries = sorted(it, key=lambda e: (e.name.casefold(), e.name))
    except OSError as exc:
        problems.append(Problem(str(folder), UnreadableFile(str(folder), reason(exc)).message))
        return
    for entry in entries:
        if entry.name.startswith((".", "~$")):  # hidden files, Office lock files
            continue
        path = Path(entry.path)
        try:
            if entry.is_dir(follow_symlinks=True):
                st = os.stat(entry.path)
                key = (st.st_dev, st.st_ino)
                if key in seen:
                    problems.append(Problem(str(path), FolderLoop(str(path)).message))
                    continue
                seen.add(key)
                _walk(path, seen, files, problems)
            elif path.suffix.lower() in SUPPORTED_EXTENSIONS:
                files.append(path)  # broken links too: reading them reports the problem
        except OSError as exc:  # e.g. a link that points at itself
            problems.append(Problem(str(path), UnreadableFile(str(path), reason(exc)).message))
