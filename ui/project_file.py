"""File ▸ Save / Open Comparison: the ``.parallax`` file, seen from the window.

The format itself (versioned JSON, atomic writes, SHA-256 checks) is :mod:`app.project`,
plain Python and tested without Qt; this controller adds the dialogs, the worker, the
unsaved-changes prompt and the warning when an original file has changed since. It sees
the window only through :class:`ProjectHost`, so it cannot grow into the window's
internals again (it was a mixin using twenty of them, and imported the window back).
"""

from __future__ import annotations

from collections.abc import Mapping
from pathlib import Path
from typing import Any, Protocol

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QFileDialog, QWidget

from app import project as projects
from app.progress import CancelledFn, ProgressFn
from app.project import Project
from ui import errors
from ui.settings import Settings
from ui.workers import JobQueues

PROJECT_FILTER = "Parallax comparison (*.parallax)"


class ProjectHost(Protocol):
    """What saving and opening need from the window."""

    project: Project
    project_path: Path | None

    @property
    def dirty(self) -> bool: ...

    def dialog_parent(self) -> QWidget: ...

    def project_with_settings(self) -> Project:
        """The project as it should be saved: with the threshold, options and pair."""
        ...

    def last_folder(self) -> str: ...

    def show_status(self, text: str, msecs: int) -> None: ...

    def mark_saved(self, target: Path) -> None:
        """The open project is now ``target`` on disk, with nothing unsaved."""
        ...

    def replace_project(self, project: Project, path: Path | None) -> None: ...

    def apply_settings(self, settings: Mapping[str, Any]) -> None:
        """Restore the threshold, options and pair a saved comparison carries."""
        ...


class ProjectFileController(QObject):
    def __init__(self, host: ProjectHost, jobs: JobQueues, settings: Settings,
                 parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.host = host
        self.jobs = jobs
        self.settings = settings

    # == saving =============================================================================
    def save(self) -> bool:
        if self.host.project_path is None:
            return self.save_as()
        return self.write(self.host.project_path)

    def save_as(self, path: str | None = None) -> bool:
        if path is None:
            title = self.host.project.title or "comparison"
            default = Path(self.host.last_folder()) / f"{title}.parallax"
            path, _ = QFileDialog.getSaveFileName(
                self.host.dialog_parent(), "Save Comparison", str(default), PROJECT_FILTER
            )
        if not path:
            return False
        target = Path(path)
        if target.suffix != projects.SUFFIX:
            target = target.with_suffix(projects.SUFFIX)
        return self.write(target)

    def write(self, target: Path, *, wait: bool = False) -> bool:
        """Save in a worker (a large story's JSON takes a while); ``wait`` for quit."""
        source = self.host.project
        snapshot = self.host.project_with_settings()
        if wait:
            # A save still queued holds an older snapshot: let it land first, or it
            # would overwrite this one after the window has closed.
            self.jobs.saves.wait(60_000)
            try:
                projects.save(snapshot, target)
            except OSError as exc:
                self._failed(exc)
                return False
            self._saved(target, source)
            return True
        self.jobs.saves.submit(
            lambda _p, _c: projects.save(snapshot, target),
            lambda _r: self._saved(target, source),
            self._failed,
            label="Saving…",
        )
        return True

    def _failed(self, exc: BaseException) -> None:
        errors.warning(
            self.host.dialog_parent(), "Save failed", f"The comparison was not saved: {exc}"
        )

    def _saved(self, target: Path, source: Project) -> None:
        """The file holds ``source``; only if that is still the open project is it clean.

        Saves run beside other work, so an edit, an open or a new comparison may have
        landed while this one was writing: the file is written all the same, but it no
        longer names or cleans the project on screen.
        """
        self.settings.add_recent_file(target)
        if self.host.project is source:
            self.host.mark_saved(target)
        self.host.show_status(f"Saved {target.name}.", 5000)

    # == opening ============================================================================
    def open(self, path: str | None = None) -> None:
        if not self.maybe_save():
            return
        if path is None:
            path, _ = QFileDialog.getOpenFileName(
                self.host.dialog_parent(), "Open Comparison", self.host.last_folder(),
                PROJECT_FILTER,
            )
        if not path:
            return
        target = Path(path)

        def read(_p: ProgressFn, _c: CancelledFn) -> tuple[Project, tuple[projects.Changed, ...]]:
            opened = projects.open_project(target)
            return opened, projects.changed_originals(opened)

        self.jobs.opens.submit(
            read,
            lambda result: self._opened(target, *result),
            lambda exc: errors.warning(
                self.host.dialog_parent(), "Cannot open comparison", str(exc)
            ),
            label=f"Opening {target.name}…",
        )

    def _opened(
        self, target: Path, project: Project, changed: tuple[projects.Changed, ...]
    ) -> None:
        self.host.replace_project(project, target)
        self.settings.add_recent_file(target)
        self.host.apply_settings(project.settings)
        if changed:
            lines = "\n".join(
                f"• {Path(c.path).name}: {'changed since' if c.reason == 'changed' else 'missing'}"
                for c in changed
            )
            errors.warning(
                self.host.dialog_parent(),
                "Originals have changed",
                "Some original files differ from the saved comparison. Parallax shows the "
                "texts as they were saved.",
                lines,
            )

    def maybe_save(self) -> bool:
        """True when it is fine to drop the current project (saved, discarded or clean)."""
        if not self.host.dirty or not self.host.project.documents:
            return True
        parent = self.host.dialog_parent()
        answer = errors.ask_unsaved(parent, "Save the changes to this comparison first?")
        if answer == "cancel":
            return False
        if answer == "save":
            target = self.host.project_path
            if target is None:
                path, _ = QFileDialog.getSaveFileName(
                    parent, "Save Comparison", self.host.last_folder(), PROJECT_FILTER
                )
                if not path:
                    return False
                target = Path(path)
            return self.write(target, wait=True)
        return True
