"""Typed errors: each carries a message written for a journalist, not a developer."""

from __future__ import annotations

from pathlib import PurePath

from app.printable import printable


class ParallaxError(Exception):
    """Base of every error the engine raises on purpose."""


class Cancelled(ParallaxError):
    """The caller's ``cancelled()`` predicate said stop; partial work is discarded."""

    def __init__(self) -> None:
        super().__init__("Cancelled.")


class LoadError(ParallaxError):
    """A file could not be turned into a Document. ``str(err)`` is the user message."""

    def __init__(self, path: str, message: str) -> None:
        super().__init__(message)
        self.path = printable(path)  # a name that is not UTF-8 must still print and save
        self.message = message


# --- Loading: one class per way a file can fail, so callers (and tests) can tell them
# apart, while ``str(err)`` stays a sentence a journalist can act on. Each names the file
# because a folder load shows many of these in one list.

SUPPORTED_FORMATS = "plain text (.txt), Markdown (.md), web pages (.html), Word (.docx) or PDF"


def _name(path: str) -> str:
    return f"“{printable(PurePath(path).name)}”" if path else "This file"


class EmptyFile(LoadError):
    def __init__(self, path: str) -> None:
        super().__init__(path, f"{_name(path)} is empty: there is no text to compare.")


class FileTooLarge(LoadError):
    def __init__(self, path: str, size: int, limit: int) -> None:
        super().__init__(
            path,
            f"{_name(path)} is too large ({size / 1e6:.1f} MB). Parallax opens articles up "
            f"to {limit // 1_000_000} MB; a single news article is far smaller.",
        )
        self.size = size
        self.limit = limit


class ArchiveTooLarge(LoadError):
    """A zip-based file (DOCX) that would unpack to more than the limit: refused unopened."""

    def __init__(self, path: str, size: int, limit: int, *, at_least: bool = False) -> None:
        if at_least:  # counted while inflating: stopped at the limit, never finished
            message = (
                f"{_name(path)} unpacks to more text than Parallax reads from one document "
                f"(over {limit // 1_000_000} MB), so it was not opened."
            )
        else:
            message = (
                f"{_name(path)} would unpack to {size / 1e6:.0f} MB, more than the "
                f"{limit // 1_000_000} MB Parallax allows, so it was not opened."
            )
        super().__init__(path, message)
        self.size = size
        self.limit = limit


class NotText(LoadError):
    """Binary content under a text extension, e.g. a photo renamed ``.txt``."""

    def __init__(self, path: str, kind: str = "") -> None:
        what = f"it looks like {kind}" if kind else "it contains binary data"
        super().__init__(
            path,
            f"{_name(path)} is not a text file: {what}. Parallax reads {SUPPORTED_FORMATS}.",
        )


class UndecodableText(LoadError):
    def __init__(self, path: str) -> None:
        super().__init__(
            path,
            f"{_name(path)} could not be read as text: its characters are in an encoding "
            "Parallax cannot recognise. Re-save it as UTF-8 and try again.",
        )


class UnsupportedFormat(LoadError):
    def __init__(self, path: str) -> None:
        super().__init__(
            path, f"{_name(path)} is not a format Parallax reads ({SUPPORTED_FORMATS})."
        )


class MalformedHtml(LoadError):
    def __init__(self, path: str) -> None:
        super().__init__(
            path,
            f"{_name(path)} is not a readable web page: its HTML is too damaged to parse. "
            "Save the page again from the browser, or copy its text into a .txt file.",
        )


class NoArticleContent(LoadError):
    def __init__(self, path: str) -> None:
        super().__init__(
            path,
            f"No article text was found in {_name(path)}: the page holds only menus, "
            "scripts or other page furniture. If the article loads in a browser, copy "
            "its text into a .txt file.",
        )


class NoTextLayer(LoadError):
    def __init__(self, path: str) -> None:
        super().__init__(
            path,
            f"{_name(path)} has no text layer: it is a scanned or image-only PDF. "
            "Parallax does not read text from images (OCR is not supported).",
        )


class EncryptedPdf(LoadError):
    def __init__(self, path: str) -> None:
        super().__init__(
            path,
            f"{_name(path)} is password-protected. Open it, save an unprotected copy, "
            "and load that instead.",
        )


class CorruptDocument(LoadError):
    def __init__(self, path: str, kind: str) -> None:
        super().__init__(
            path,
            f"{_name(path)} is damaged and cannot be opened as a {kind} document. "
            "Try saving it again from the program that made it.",
        )
        self.kind = kind


class UnreadableFile(LoadError):
    def __init__(self, path: str, reason: str = "") -> None:
        why = f" ({reason})" if reason else ""
        super().__init__(
            path,
            f"{_name(path)} could not be opened{why}. Check that you are allowed to read it.",
        )


class DuplicateFile(LoadError):
    """Same bytes as a file already loaded: loaded once, reported once."""

    def __init__(self, path: str, original: str) -> None:
        super().__init__(
            path,
            f"{_name(path)} has exactly the same content as {_name(original)}; "
            "it was loaded only once.",
        )
        self.original = original


class FolderLoop(LoadError):
    """A link inside a folder that leads back to a folder already being read."""

    def __init__(self, path: str) -> None:
        super().__init__(
            path,
            f"The folder link {_name(path)} leads back into a folder already read; "
            "it was skipped so the load does not go round in circles.",
        )


class ArticleTooLong(LoadError):
    """More words (or characters) than any article: refused before it is analysed."""

    def __init__(self, path: str, size: int, limit: int, unit: str = "words") -> None:
        super().__init__(
            path,
            f"{_name(path)} is too long to be an article ({size:,} {unit}; the limit is "
            f"{limit:,}). Split it into the articles it holds, or keep only the one to compare.",
        )
        self.size = size
        self.limit = limit
        self.unit = unit


class NotRegularFile(LoadError):
    """A named pipe, device or socket: never opened, since reading one can block forever."""

    def __init__(self, path: str, kind: str) -> None:
        super().__init__(
            path, f"{_name(path)} was skipped: it is {kind}, not a file that holds an article."
        )
        self.kind = kind


class LinkOutside(LoadError):
    """A link in a dropped folder that leads out of it: listed, not followed."""

    def __init__(self, path: str, target: str) -> None:
        super().__init__(
            path,
            f"{_name(path)} is a link to {printable(target)}, outside the folder you opened; "
            "it was not followed. Open that folder itself to include what it holds.",
        )
        self.target = printable(target)


class TooManyArticles(LoadError):
    """Past the most articles one comparison holds: the rest are listed, not loaded."""

    def __init__(self, path: str, skipped: int, limit: int) -> None:
        super().__init__(
            path,
            f"{skipped:,} more article file(s) were not loaded ({_name(path)}): one "
            f"comparison holds at most {limit:,} articles. Split them into stories "
            "and open each one on its own.",
        )
        self.skipped = skipped
        self.limit = limit


class FolderTooLarge(LoadError):
    """A walk that met more entries than any folder of articles holds (a home folder)."""

    def __init__(self, path: str, limit: int) -> None:
        super().__init__(
            path,
            f"{_name(path)} holds more than {limit:,} files and folders; Parallax stopped "
            "looking there. Open the folder that holds the story's articles instead.",
        )
        self.limit = limit


class PageTooLarge(LoadError):
    """A saved web page whose content, without scripts and styles, is beyond any article."""

    def __init__(self, path: str, size: int, limit: int) -> None:
        super().__init__(
            path,
            f"{_name(path)} is too large to be one article's web page ({size / 1e6:.1f} MB; "
            f"without its scripts and styles it must fit in {limit / 1e6:.0f} MB). Copy the "
            "article's text into a .txt file and open that instead.",
        )
        self.size = size
        self.limit = limit
