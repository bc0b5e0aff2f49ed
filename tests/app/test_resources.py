"""resource_path must find bundled files both from the source tree and when frozen."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

from app.resources import resource_path

ROOT = Path(__file__).resolve().parents[2]


@pytest.mark.parametrize(
    "parts",
    [
        ("resources", "fonts", "DejaVuSans.ttf"),
        ("resources", "fonts", "DejaVuSans-Bold.ttf"),
        ("resources", "word_frequencies", "en.tsv"),
        ("seeds", "000_57cfcccdd12af6c2.txt"),
    ],
)
def test_finds_files_in_the_source_tree(parts: tuple[str, ...]) -> None:
    path = resource_path(*parts)
    assert path == ROOT.joinpath(*parts)
    assert path.is_file()


def test_frozen_build_reads_from_the_bundle(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    monkeypatch.setattr(sys, "frozen", True, raising=False)
    monkeypatch.setattr(sys, "_MEIPASS", str(tmp_path), raising=False)
    assert resource_path("resources", "fonts", "DejaVuSans.ttf") == (
        tmp_path / "resources" / "fonts" / "DejaVuSans.ttf"
    )
    assert resource_path("seeds") == tmp_path / "seeds"


def test_meipass_without_frozen_is_ignored(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.delattr(sys, "frozen", raising=False)
    monkeypatch.setattr(sys, "_MEIPASS", str(tmp_path), raising=False)
    assert resource_path("seeds") == ROOT / "seeds"
