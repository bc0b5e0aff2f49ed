"""File ▸ Save / Open Comparison: the ``.parallax`` file, seen from the window.

The format itself (versioned JSON, atomic writes, SHA-256 checks) is :mod:`app.project`,
plain Python and tested without Qt; this mixin adds the dialogs, the worker, the
unsaved-changes prompt and the warning when an original file has changed since.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtWidgets import QFileDialog

from app import project as projects
from app.progress import CancelledFn, ProgressFn
from app.project import Project
from ui import errors

if TYPE_CHECKING:
    from ui.main_window import MainWindow

    _Base = MainWindow
else:
    _Base = object

PROJECT_FILTER = "Parallax comparison (*.parallax)"


class ProjectFileMixin(_Base):
    # == saving =============================================================================
    def _project_to_save(self) -> Project:
        pair = self.current_pair()
        return self.project.with_settings(
            threshold=self.threshold(),
            ignore_punctuation=self.act_ignore_punct.isChecked(),
            show_boilerplate=self.act_show_boiler.isChecked(),
            pair=list(pair) if pair else None,
        )

    def save_comparison(self) -> bool:
        if self.project_path is None:
            return self.save_comparison_as()
        return self._write(self.project_path)

    def save_comparison_as(self, path: str | None = None) -> bool:
        if path is None:
            default = Path(self._last_folder()) / f"{self.project.title or 'comparison'}.parallax"
            path, _ = QFileDialog.getSaveFileName(
                self, "Save Comparison", str(default), PROJECT_FILTER
            )
        if not path:
            return False
        target = Path(path)
        if target.suffix != projects.SUFFIX:
            target = target.with_suffix(projects.SUFFIX)
        return self._write(target)

    def _write(self, target: Path, *, wait: bool = False) -> bool:
        """Save in a worker (a large story's JSON takes a while); ``wait`` for quit."""
        source = self.project
        snapshot = self._project_to_save()
        if wait:
            try:
                projects.save(snapshot, target)
            except OSError as exc:
                errors.warning(self, "Save failed", f"The comparison was not saved: {exc}")
                return False
            self._saved(target, source)
            return True
        self.saves.submit(
            lambda _p, _c: projects.save(snapshot, target),
            lambda _r: self._saved(target, source),
            lambda exc: errors.warning(self, "Save failed", f"The comparison was not saved: {exc}"),
            label="Saving…",
        )
        return True

    def _saved(self, target: Path, source: Project) -> None:
        """The file holds ``source``; only if that is still the open project is it clean.

        Saves run beside other work now, so an edit, an open or a new comparison may have
        landed while this one was writing: the file is written all the same, but it no
        longer names or cleans the project on screen.
        """
        self.settings.add_recent_file(target)
        if self.project is source:
            self.project_path = target
            self._set_dirty(False)
            self._refresh()
        self.statusBar().showMessage(f"Saved {target.name}.", 5000)

    def open_comparison(self, path: str | None = None) -> None:
        if not self._maybe_save():
            return
        if path is None:
            path, _ = QFileDialog.getOpenFileName(
                self, "Open Comparison", self._last_folder(), PROJECT_FILTER
            )
        if not path:
            return
        target = Path(path)

        def read(_p: ProgressFn, _c: CancelledFn) -> tuple[Project, tuple[projects.Changed, ...]]:
            opened = projects.open_project(target)
            return opened, projects.changed_originals(opened)

        self.opens.submit(
            read,
            lambda result: self._opened(target, *result),
            lambda exc: errors.warning(self, "Cannot open comparison", str(exc)),
            label=f"Opening {target.name}…",
        )

    def _opened(
        self, target: Path, project: Project, changed: tuple[projects.Changed, ...]
    ) -> None:
        settings = project.settings
        threshold = settings.get("threshold")
        self._replace(project, target)
        self.settings.add_recent_file(target)
        if isinstance(threshold, int | float) and 0 <= threshold <= 1:
            self.threshold_slider.blockSignals(True)
            self.threshold_slider.setValue(round(threshold * 100))
            self.threshold_slider.blockSignals(False)
            self._threshold_moved(self.threshold_slider.value(), schedule=False)
        for key, act in (
            ("ignore_punctuation", self.act_ignore_punct),
            ("show_boilerplate", self.act_show_boiler),
        ):
            if isinstance(settings.get(key), bool):
                act.setChecked(bool(settings[key]))
        pair = settings.get("pair")
        if isinstance(pair, list) and len(pair) == 2:
            self._wanted_pair = (str(pair[0]), str(pair[1]))
            self.comparisonShown.connect(self._restore_pair)
        if changed:
            lines = "\n".join(
                f"• {Path(c.path).name}: {'changed since' if c.reason == 'changed' else 'missing'}"
                for c in changed
            )
            errors.warning(
                self,
                "Originals have changed",
                "Some original files differ from the saved comparison. Parallax shows the "
                "texts as they were saved.",
                lines,
            )

    def _restore_pair(self, _comparison: object) -> None:
        self.comparisonShown.disconnect(self._restore_pair)
        if self._wanted_pair is not None:
            self.show_pair(*self._wanted_pair)
            self._wanted_pair = None

    def _maybe_save(self) -> bool:
        """True when it is fine to drop the current project (saved, discarded or clean)."""
        if not self._dirty or not self.project.documents:
            return True
        answer = errors.ask_unsaved(self, "Save the changes to this comparison first?")
        if answer == "cancel":
            return False
        if answer == "save":
            if self.project_path is None:
                path, _ = QFileDialog.getSaveFileName(
                    self, "Save Comparison", self._last_folder(), PROJECT_FILTER
                )
                if not path:
                    return False
                self.project_path = Path(path)
            return self._write(self.project_path, wait=True)
        return True
