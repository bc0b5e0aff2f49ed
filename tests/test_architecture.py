"""The engine must stay Qt-free: scan every module under app/ for Qt imports."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

APP = Path(__file__).resolve().parent.parent / "app"
FORBIDDEN = ("PySide6", "PyQt5", "PyQt6", "shiboken6", "ui")


def _imported_roots(path: Path) -> set[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"), filename=str(path))
    roots: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            roots.update(alias.name.split(".")[0] for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            roots.add(node.module.split(".")[0])
    return roots


MODULES = sorted(APP.rglob("*.py"))


@pytest.mark.parametrize("path", MODULES, ids=lambda p: str(p.relative_to(APP)))
def test_engine_module_does_not_import_qt(path: Path) -> None:
    allowed_lazy = {APP / "__main__.py"}  # launches the GUI through a lazy import of ui
    bad = _imported_roots(path) & set(FORBIDDEN)
    if path in allowed_lazy:
        bad -= {"ui"}
    assert not bad, f"{path.relative_to(APP)} imports {sorted(bad)}; the engine stays Qt-free"


def test_the_scan_sees_a_qt_import(tmp_path: Path) -> None:
    fake = tmp_path / "m.py"
    fake.write_text("def f():\n    from PySide6.QtCore import QObject\n", encoding="utf-8")
    assert "PySide6" in _imported_roots(fake)


# The executable leaves numpy out (build.spec's excludes), so the engine it runs must not
# need it: the sentence vectors (app/text/embedding.py) are pure Python for that reason.
# app/corpus (``parallax corpus``, run from a Python install) is excluded from the
# executable too, and may use them.
NUMERIC = ("numpy", "scipy", "torch", "safetensors")
SHIPPED = [p for p in MODULES if "corpus" not in p.relative_to(APP).parts]


@pytest.mark.parametrize("path", SHIPPED, ids=lambda p: str(p.relative_to(APP)))
def test_shipped_engine_module_does_not_import_numpy(path: Path) -> None:
    bad = _imported_roots(path) & set(NUMERIC)
    assert not bad, f"{path.relative_to(APP)} imports {sorted(bad)}; the executable has none"


def test_the_modules_that_may_use_numpy_stay_out_of_the_executable() -> None:
    spec = (APP.parent / "build.spec").read_text(encoding="utf-8")
    assert '"numpy",' in spec
    assert '"app.corpus",' in spec
