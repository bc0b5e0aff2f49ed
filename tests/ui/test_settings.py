"""What persists between runs, in a private settings folder."""

from __future__ import annotations

from pathlib import Path

from ui.settings import MAX_RECENT, Settings


def test_preferences_round_trip(tmp_path: Path, qtbot) -> None:  # type: ignore[no-untyped-def]
    s = Settings(tmp_path)
    assert s.threshold(0.5) == 0.5 and s.recent_files() == [] and s.last_folder() == ""
    s.set_threshold(0.37)
    s.set_flag("show_boilerplate", True)
    s.set_last_folder(tmp_path)
    s.add_recent_file(tmp_path / "a.txt")
    s.sync()
    again = Settings(tmp_path)
    assert again.threshold(0.5) == 0.37
    assert again.flag("show_boilerplate", False) is True
    assert again.last_folder() == str(tmp_path)
    assert again.recent_files() == [str((tmp_path / "a.txt").resolve())]  # a one-item list
    assert Path(again.file_name).parent == tmp_path


def test_recent_files_are_most_recent_first_without_repeats(tmp_path: Path, qtbot) -> None:  # type: ignore[no-untyped-def]
    s = Settings(tmp_path)
    for i in range(MAX_RECENT + 3):
        s.add_recent_file(tmp_path / f"{i}.txt")
    s.add_recent_file(tmp_path / "5.txt")
    recent = s.recent_files()
    assert len(recent) == MAX_RECENT
    assert Path(recent[0]).name == "5.txt"
    assert [Path(p).name for p in recent].count("5.txt") == 1


def test_a_bad_stored_threshold_falls_back(tmp_path: Path, qtbot) -> None:  # type: ignore[no-untyped-def]
    (tmp_path / "parallax.ini").write_text("[prefs]\nthreshold=banana\n", encoding="utf-8")
    assert Settings(tmp_path).threshold(0.5) == 0.5


def test_window_geometry_splitter_and_threshold_persist(qtbot, make_window) -> None:  # type: ignore[no-untyped-def]
    first = make_window()
    first.show()
    first.resize(760, 560)  # inside the offscreen screen (800 × 600)
    first.stack.setCurrentIndex(1)
    first.splitter.setSizes([250, 750])
    first.threshold_slider.setValue(42)
    wanted = first.splitter.sizes()
    first.close()

    second = make_window()
    second.show()
    assert second.threshold_slider.value() == 42
    assert (second.width(), second.height()) == (first.width(), first.height())
    second.stack.setCurrentIndex(1)
    assert second.splitter.sizes() == wanted
