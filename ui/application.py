"""The one ``QApplication`` and the offscreen platform's noise filter.

Both the normal start (:mod:`ui.main`) and ``--smoke-test`` (:mod:`ui.smoke`) need them;
living here, neither of those modules imports the other (no import circle in ``ui/``).
"""

from __future__ import annotations

import sys
from collections.abc import Sequence

import app
from app import pool


def quiet_offscreen_noise() -> object:
    """Drop the offscreen platform's one harmless complaint; returns the previous handler."""
    from PySide6.QtCore import QtMsgType, qInstallMessageHandler

    def handler(kind: QtMsgType, _context: object, message: str) -> None:
        if "propagateSizeHints" not in message:
            sys.stderr.write(f"{message}\n")

    return qInstallMessageHandler(handler)


def create_application(argv: Sequence[str]) -> object:
    """The one ``QApplication``; Qt's own options (``-platform …``) are left to Qt."""
    from PySide6.QtCore import Qt
    from PySide6.QtGui import QGuiApplication
    from PySide6.QtWidgets import QApplication

    existing = QApplication.instance()
    if existing is not None:
        return existing
    # Hand the GIL over sooner (default 5 ms): every Qt -> Python call the GUI thread makes
    # (a model's data(), a paint) otherwise waits up to 5 ms for a CPU-bound worker. Measured
    # by benchmarks/gui_responsiveness.py: ~35 % more event-loop ticks while comparing. The
    # engine asks the same of its offloads (app.pool._Handoffs): one setting for both.
    sys.setswitchinterval(pool.SWITCH_INTERVAL)
    QGuiApplication.setHighDpiScaleFactorRoundingPolicy(
        Qt.HighDpiScaleFactorRoundingPolicy.PassThrough
    )
    qapp = QApplication(["parallax", *argv])
    qapp.setApplicationName("Parallax")
    qapp.setOrganizationName("Parallax")
    qapp.setApplicationVersion(app.__version__)
    qapp.setApplicationDisplayName("Parallax")
    return qapp
