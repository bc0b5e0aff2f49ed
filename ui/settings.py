"""Everything that persists between runs, declared once with its type and default.

Window state (geometry, splitter sizes keyed by ``objectName``) is kept apart from the
user's preferences, as Picard does. Lists are stored as JSON text because an INI-backed
``QSettings`` returns a one-element list as a bare string.
"""

from __future__ import annotations

import json
import os
from pathlib import Path

from PySide6.QtCore import QByteArray, QSettings
from PySide6.QtWidgets import QSplitter, QWidget

SETTINGS_DIR_ENV = "PARALLAX_SETTINGS_DIR"
MAX_RECENT = 10


class Settings:
    """A thin typed wrapper over one ``QSettings`` store.

    ``directory`` (or ``$PARALLAX_SETTINGS_DIR``) sends everything to a private INI file,
    so tests and the smoke run never read or overwrite the user's real settings.
    """

    def __init__(self, directory: str | Path | None = None) -> None:
        directory = directory or os.environ.get(SETTINGS_DIR_ENV) or None
        if directory is not None:
            path = Path(directory)
            path.mkdir(parents=True, exist_ok=True)
            self._q = QSettings(str(path / "parallax.ini"), QSettings.Format.IniFormat)
        else:
            self._q = QSettings(
                QSettings.Format.IniFormat, QSettings.Scope.UserScope, "Parallax", "Parallax"
            )

    @property
    def file_name(self) -> str:
        return self._q.fileName()

    def sync(self) -> None:
        self._q.sync()

    # -- preferences -------------------------------------------------------------------
    def threshold(self, default: float) -> float:
        value = self._q.value("prefs/threshold", default)
        try:
            result = float(value)  # type: ignore[arg-type]
        except (TypeError, ValueError):
            return default
        return result if 0.0 <= result <= 1.0 else default

    def set_threshold(self, value: float) -> None:
        self._q.setValue("prefs/threshold", float(value))

    def flag(self, name: str, default: bool) -> bool:
        value = self._q.value(f"prefs/{name}", default)
        if isinstance(value, str):
            return value.lower() in ("true", "1", "yes")
        return bool(value)

    def set_flag(self, name: str, value: bool) -> None:
        self._q.setValue(f"prefs/{name}", bool(value))

    def last_folder(self) -> str:
        value = self._q.value("prefs/last_folder", "")
        return value if isinstance(value, str) else ""

    def set_last_folder(self, folder: str | Path) -> None:
        self._q.setValue("prefs/last_folder", str(folder))

    def recent_files(self) -> list[str]:
        raw = self._q.value("prefs/recent_files", "[]")
        try:
            items = json.loads(raw) if isinstance(raw, str) else []
        except ValueError:
            return []
        return [str(i) for i in items if isinstance(i, str)][:MAX_RECENT]

    def add_recent_file(self, path: str | Path) -> None:
        entry = str(Path(path).resolve())
        items = [entry, *(p for p in self.recent_files() if p != entry)][:MAX_RECENT]
        self._q.setValue("prefs/recent_files", json.dumps(items))

    def clear_recent_files(self) -> None:
        self._q.setValue("prefs/recent_files", "[]")

    # -- window state ------------------------------------------------------------------
    def save_geometry(self, widget: QWidget) -> None:
        self._q.setValue(f"state/{widget.objectName()}/geometry", widget.saveGeometry())

    def restore_geometry(self, widget: QWidget) -> bool:
        value = self._q.value(f"state/{widget.objectName()}/geometry")
        return isinstance(value, QByteArray) and widget.restoreGeometry(value)

    def save_splitter(self, splitter: QSplitter) -> None:
        self._q.setValue(f"state/splitters/{splitter.objectName()}", json.dumps(splitter.sizes()))

    def restore_splitter(self, splitter: QSplitter) -> bool:
        raw = self._q.value(f"state/splitters/{splitter.objectName()}")
        try:
            sizes = json.loads(raw) if isinstance(raw, str) else None
        except ValueError:
            return False
        if not isinstance(sizes, list) or len(sizes) != splitter.count():
            return False
        if not all(isinstance(s, int) and s >= 0 for s in sizes) or not any(sizes):
            return False
        splitter.setSizes(sizes)
        return True
