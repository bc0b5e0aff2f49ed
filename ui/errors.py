"""Every message box the app shows, and the one path unexpected errors take.

As in qutebrowser, one switch (:func:`set_dialogs_enabled`) turns every dialog into a
log line, so tests and ``--smoke-test`` never block on a modal box. Unexpected
exceptions reach :func:`excepthook`, which shows a single non-modal error dialog; errors
that arrive while it is open are added to it instead of stacking new boxes.
"""

from __future__ import annotations

import logging
import sys
import traceback
from collections.abc import Callable
from dataclasses import dataclass
from types import TracebackType
from typing import Literal

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget

log = logging.getLogger("parallax.ui")

_dialogs_enabled = True
_error_box: QMessageBox | None = None
_error_count = 0


@dataclass(frozen=True, slots=True)
class Recorded:
    """A message that would have been shown; kept so tests and the smoke run can check."""

    level: str
    title: str
    text: str
    details: str = ""


recorded: list[Recorded] = []


def set_dialogs_enabled(enabled: bool) -> None:
    global _dialogs_enabled
    _dialogs_enabled = enabled


def dialogs_enabled() -> bool:
    return _dialogs_enabled


def _record(level: str, title: str, text: str, details: str = "") -> None:
    recorded.append(Recorded(level, title, text, details))
    log.log(logging.ERROR if level == "error" else logging.INFO, "%s: %s %s", title, text, details)


def information(parent: QWidget | None, title: str, text: str) -> None:
    _record("info", title, text)
    if _dialogs_enabled:
        QMessageBox.information(parent, title, text)


def warning(parent: QWidget | None, title: str, text: str, details: str = "") -> None:
    _record("warning", title, text, details)
    if _dialogs_enabled:
        box = QMessageBox(
            QMessageBox.Icon.Warning, title, text, QMessageBox.StandardButton.Ok, parent
        )
        if details:
            box.setDetailedText(details)
        box.exec()


def ask_unsaved(parent: QWidget | None, what: str) -> Literal["save", "discard", "cancel"]:
    """Save / Discard / Cancel for unsaved changes; with dialogs off, nothing is kept."""
    _record("question", "Unsaved changes", what)
    if not _dialogs_enabled:
        return "discard"
    buttons = (
        QMessageBox.StandardButton.Save
        | QMessageBox.StandardButton.Discard
        | QMessageBox.StandardButton.Cancel
    )
    answer = QMessageBox.question(
        parent, "Unsaved changes", what, buttons, QMessageBox.StandardButton.Save
    )
    if answer == QMessageBox.StandardButton.Save:
        return "save"
    if answer == QMessageBox.StandardButton.Discard:
        return "discard"
    return "cancel"


def error_box() -> QMessageBox | None:
    """The open error dialog, if any (tests look at it)."""
    return _error_box


def show_error(title: str, text: str, details: str = "") -> None:
    """Show (or extend) the single error dialog. The app keeps running either way."""
    global _error_box, _error_count
    _record("error", title, text, details)
    if not _dialogs_enabled or QApplication.instance() is None:
        return
    _error_count += 1
    if _error_box is not None and _error_box.isVisible():
        # No dialog storm: later errors join the open dialog.
        _error_box.setText(f"{_error_count} problems occurred. The latest: {text}")
        previous = _error_box.detailedText()
        _error_box.setDetailedText(f"{previous}\n\n--- {title} ---\n{details}".strip())
        return
    _error_count = 1
    parent = QApplication.activeWindow()
    box = QMessageBox(QMessageBox.Icon.Critical, title, text, QMessageBox.StandardButton.Ok, parent)
    box.setInformativeText("Parallax carries on; your open articles are not affected.")
    if details:
        box.setDetailedText(details)
    box.setWindowModality(Qt.WindowModality.NonModal)
    box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    box.finished.connect(_forget_box)
    _error_box = box
    box.show()


def _forget_box(_result: int = 0) -> None:
    global _error_box, _error_count
    _error_box = None
    _error_count = 0


def excepthook(
    exc_type: type[BaseException],
    exc: BaseException,
    tb: TracebackType | None,
) -> None:
    """Report an unexpected exception without ending the app (Ctrl+C still quits)."""
    if issubclass(exc_type, KeyboardInterrupt):
        sys.__excepthook__(exc_type, exc, tb)
        return
    details = "".join(traceback.format_exception(exc_type, exc, tb))
    sys.stderr.write(details)
    show_error("Unexpected error", f"Something went wrong: {exc}", details)


def report_exception(exc: BaseException, title: str = "Unexpected error") -> None:
    """For errors caught on purpose (a failed background job): the same single dialog."""
    details = "".join(traceback.format_exception(type(exc), exc, exc.__traceback__))
    show_error(title, str(exc) or type(exc).__name__, details)


_previous_hook: Callable[..., object] | None = None


def install_excepthook() -> None:
    global _previous_hook
    if sys.excepthook is not excepthook:
        _previous_hook = sys.excepthook
        sys.excepthook = excepthook


def uninstall_excepthook() -> None:
    global _previous_hook
    if sys.excepthook is excepthook and _previous_hook is not None:
        sys.excepthook = _previous_hook  # type: ignore[assignment]
        _previous_hook = None


def about(parent: QWidget | None, title: str, text: str) -> None:
    _record("info", title, text)
    if _dialogs_enabled:
        QMessageBox.about(parent, title, text)
