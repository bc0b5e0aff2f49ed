"""``parallax --smoke-test`` and the command line."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from app.model import Comparison
from ui.main import parse_args


def test_the_smoke_test_passes_on_the_sample_story(tmp_path: Path) -> None:
    root = Path(__file__).resolve().parents[2]
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "PYTHONPATH": str(root)}
    run = subprocess.run(
        [sys.executable, "-m", "app", "--smoke-test"],
        cwd=tmp_path,
        env=env,
        capture_output=True,
        text=True,
        timeout=180,
        check=False,
    )
    assert run.returncode == 0, run.stderr
    assert "smoke test: ok" in run.stdout
    assert list(tmp_path.iterdir()) == []  # no settings or files left behind


def test_the_smoke_test_fails_when_no_match_is_shown(
    qtbot,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],  # type: ignore[no-untyped-def]
) -> None:
    from ui import errors
    from ui.smoke import run_smoke_test

    def no_matches(story, threshold=None, related=True):  # type: ignore[no-untyped-def]
        return Comparison(documents=tuple(story.documents), threshold=threshold or 0.5)

    # The window scores a story once and selects its matches at the threshold.
    monkeypatch.setattr("app.select", no_matches)
    try:
        code = run_smoke_test(timeout_s=60)
    finally:
        errors.uninstall_excepthook()
        errors.set_dialogs_enabled(True)
        errors.recorded.clear()
    assert code == 1
    assert "no matches" in capsys.readouterr().err


def test_command_line_arguments() -> None:
    args = parse_args(["seeds", "other.txt", "--smoke-test"])
    assert args.paths == ["seeds", "other.txt"] and args.smoke_test
    assert parse_args([]).paths == []


def test_a_folder_on_the_command_line_is_opened(qtbot, window, seed_paths) -> None:  # type: ignore[no-untyped-def]
    with qtbot.waitSignal(window.loads.jobFinished, timeout=60_000):
        window.open_paths([str(seed_paths[0].parent)])
    assert len(window.project.documents) == len(seed_paths)
