"""Where bundled files (fonts, icons, the sample story) live, frozen or not.

One helper so that every caller agrees: in the source tree the files sit next to the
``app`` package; in a PyInstaller build ``build.spec`` copies ``resources/`` and
``seeds/`` into the bundle root, which PyInstaller exposes as ``sys._MEIPASS``.
"""

from __future__ import annotations

import sys
from pathlib import Path


def bundle_root() -> Path:
    """The folder that holds ``resources/`` and ``seeds/``."""
    meipass = getattr(sys, "_MEIPASS", None)
    if getattr(sys, "frozen", False) and meipass:
        return Path(meipass)
    return Path(__file__).resolve().parent.parent


def resource_path(*parts: str) -> Path:
    """Path of a bundled file, e.g. ``resource_path("resources", "fonts", "DejaVuSans.ttf")``.

    The path is returned even when the file is missing, so the caller's error names the
    file it expected rather than failing here.
    """
    return bundle_root().joinpath(*parts)
