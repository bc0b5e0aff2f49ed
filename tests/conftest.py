"""Shared fixtures; tests under tests/ui are auto-marked ``gui``."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from app import pool

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

ROOT = Path(__file__).resolve().parent.parent
SEEDS = ROOT / "seeds"
SHARED_DATA = ROOT.parent / "shared" / "data"


def pytest_collection_modifyitems(config: pytest.Config, items: list[pytest.Item]) -> None:
    for item in items:
        if "tests/ui" in str(item.path).replace(os.sep, "/"):
            item.add_marker(pytest.mark.gui)


@pytest.fixture(scope="session")
def seed_paths() -> list[Path]:
    return sorted(SEEDS.glob("*.txt"))


def offloads_made(monkeypatch: pytest.MonkeyPatch) -> list[pool.Offload]:
    """Every :class:`app.pool.Offload` made from now on, to ask afterwards where its
    chunks ran (and, by its ``_fn``, what it was sent)."""
    made: list[pool.Offload] = []
    original = pool.Offload.__init__

    def init(self, *args, **kwargs) -> None:  # type: ignore[no-untyped-def]
        original(self, *args, **kwargs)
        made.append(self)

    monkeypatch.setattr(pool.Offload, "__init__", init)
    return made
