"""The engine's comparison of the sample story, once per session (no Qt here)."""

from __future__ import annotations

from pathlib import Path

import pytest

import app
from app.model import Comparison

SEEDS = Path(__file__).resolve().parents[3] / "seeds"


@pytest.fixture(scope="session")
def seeds() -> Comparison:
    c = app.compare([app.load(p) for p in sorted(SEEDS.glob("*.txt"))])
    assert c.matches and c.quote_groups, "the engine found nothing in the sample story"
    return c
