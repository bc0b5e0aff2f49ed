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


# Two outlets quote the mayor's promise bare, with no words at the quote saying who spoke:
# the engine infers her (the person both articles are about), and reports mark it.
BARE_QUOTE_STORY = {
    "riverside-a.txt": (
        "Mayor Jane Doe tours flooded district\n\n"
        "Mayor Jane Doe visited the flooded district of Riverside on Monday. Doe toured three "
        "streets where the water had reached the first floor of most houses.\n\n"
        "“We will rebuild every home on this street, whatever it costs.”\n\n"
        "The city council will meet on Friday to discuss emergency funding for the district.\n"
    ),
    "riverside-b.txt": (
        "Riverside mayor promises to rebuild after floods\n\n"
        "Jane Doe, the mayor, came to Riverside on Monday to see the damage left by the "
        "floods. Doe walked along the worst-hit streets with residents.\n\n"
        "“We will rebuild every home on this street, whatever it costs.”\n\n"
        "Councillors are expected to approve emergency funding on Friday.\n"
    ),
}


@pytest.fixture
def bare_quote_story(tmp_path: Path) -> Path:
    """A folder of :data:`BARE_QUOTE_STORY`."""
    folder = tmp_path / "riverside"
    folder.mkdir()
    for name, text in BARE_QUOTE_STORY.items():
        (folder / name).write_text(text, encoding="utf-8")
    return folder
