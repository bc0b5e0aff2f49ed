"""Folder loading: what is picked up, in what order, and what is reported."""

from __future__ import annotations

import os
import shutil
from collections.abc import Sequence
from pathlib import Path

import pytest
from ingest_samples import PARAGRAPHS, write_docx, write_pdf

from app.errors import Cancelled
from app.ingest import load_folder
from app.model import Document
from app.text import boilerplate

SEEDS = Path(__file__).resolve().parents[3] / "seeds"


def _article(n: int) -> str:
    return f"Kyiv, day {n}\n\n" + "\n\n".join(PARAGRAPHS) + f"\n\nReport number {n}.\n"


def _names(result_paths: Sequence[str], root: Path) -> list[str]:
    return [Path(p).relative_to(root).as_posix() for p in result_paths]


def test_seed_folder_loads_all_three_in_order() -> None:
    result = load_folder(SEEDS)
    assert [Path(d.path).name for d in result.documents] == sorted(
        p.name for p in SEEDS.glob("*.txt")
    )
    assert result.problems == ()


def test_recursive_sorted_hidden_and_unsupported_skipped(tmp_path: Path) -> None:
    (tmp_path / "b.txt").write_text(_article(1), encoding="utf-8")
    (tmp_path / "A.md").write_text("# " + _article(2), encoding="utf-8")
    (tmp_path / "sub" / "deeper").mkdir(parents=True)
    (tmp_path / "sub" / "c.html").write_text(
        "<html><head><title>Kyiv</title></head><body><article><p>"
        + " ".join(PARAGRAPHS)
        + "</p></article></body></html>",
        encoding="utf-8",
    )
    write_docx(tmp_path / "sub" / "deeper" / "d.docx", "Kyiv, day 4", PARAGRAPHS[:2])
    write_pdf(tmp_path / "sub" / "e.pdf", [["Kyiv, day 5", *PARAGRAPHS[2:]]])
    (tmp_path / ".hidden.txt").write_text(_article(6), encoding="utf-8")
    (tmp_path / ".git").mkdir()
    (tmp_path / ".git" / "notes.txt").write_text(_article(7), encoding="utf-8")
    (tmp_path / "~$b.docx").write_bytes(b"lock")  # Word's lock file
    (tmp_path / "photo.png").write_bytes(b"\x89PNG\r\n\x1a\n")
    (tmp_path / "meta.json").write_text("{}", encoding="utf-8")
    (tmp_path / "README").write_text(_article(8), encoding="utf-8")

    result = load_folder(tmp_path)
    assert _names([d.path for d in result.documents], tmp_path) == [
        "A.md",
        "b.txt",
        "sub/c.html",
        "sub/deeper/d.docx",
        "sub/e.pdf",
    ]
    assert [d.format for d in result.documents] == ["markdown", "text", "html", "docx", "pdf"]
    assert result.problems == ()
    again = load_folder(tmp_path)
    assert [d.id for d in again.documents] == [d.id for d in result.documents]


def test_identical_content_loaded_once_and_reported(tmp_path: Path) -> None:
    (tmp_path / "original.txt").write_text(_article(1), encoding="utf-8")
    (tmp_path / "sub").mkdir()
    shutil.copy(tmp_path / "original.txt", tmp_path / "sub" / "copy.txt")
    (tmp_path / "other.txt").write_text(_article(2), encoding="utf-8")
    result = load_folder(tmp_path)
    assert _names([d.path for d in result.documents], tmp_path) == ["original.txt", "other.txt"]
    [problem] = result.problems
    assert Path(problem.path).name == "copy.txt"
    assert "same content" in problem.message and "original.txt" in problem.message


@pytest.mark.skipif(not hasattr(os, "symlink"), reason="needs symbolic links")
def test_symlink_loop_is_reported_and_does_not_hang(tmp_path: Path) -> None:
    (tmp_path / "a").mkdir()
    (tmp_path / "a" / "story.txt").write_text(_article(1), encoding="utf-8")
    os.symlink(tmp_path, tmp_path / "a" / "back-to-top")
    os.symlink(tmp_path / "a" / "self.txt", tmp_path / "a" / "self.txt")  # a file link loop
    result = load_folder(tmp_path)
    assert _names([d.path for d in result.documents], tmp_path) == ["a/story.txt"]
    messages = {Path(p.path).name: p.message for p in result.problems}
    assert set(messages) == {"back-to-top", "self.txt"}
    assert "leads back" in messages["back-to-top"]
    assert "could not be opened" in messages["self.txt"]


@pytest.mark.skipif(not hasattr(os, "symlink"), reason="needs symbolic links")
def test_link_out_of_the_tree_is_listed_not_followed(tmp_path: Path) -> None:
    """A link may reach the whole disk (a link to /): it is named, never walked."""
    outside = tmp_path / "outside"
    outside.mkdir()
    (outside / "linked.txt").write_text(_article(1), encoding="utf-8")
    root = tmp_path / "root"
    (root / "inner").mkdir(parents=True)
    (root / "inner" / "kept.txt").write_text(_article(2), encoding="utf-8")
    os.symlink(outside, root / "shared")
    os.symlink(outside / "linked.txt", root / "file-link.txt")
    os.symlink(root / "inner", root / "within")  # inside the tree: followed, read once
    result = load_folder(root)
    assert _names([d.path for d in result.documents], root) == ["inner/kept.txt"]
    messages = {Path(p.path).name: p.message for p in result.problems}
    assert set(messages) == {"shared", "file-link.txt", "within"}
    assert "outside the folder" in messages["shared"] and "not followed" in messages["shared"]
    assert "outside the folder" in messages["file-link.txt"]


def test_progress_reported_and_cancel_honoured(tmp_path: Path) -> None:
    for n in range(4):
        (tmp_path / f"{n}.txt").write_text(_article(n), encoding="utf-8")
    seen: list[tuple[int, int]] = []
    load_folder(tmp_path, progress=lambda done, total: seen.append((done, total)))
    assert seen == [(0, 4), (1, 4), (2, 4), (3, 4), (4, 4)]

    calls = iter(range(100))
    with pytest.raises(Cancelled):
        load_folder(tmp_path, cancelled=lambda: next(calls) >= 2)


def test_repeated_text_flagging_runs_on_the_loaded_documents(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    for n in range(2):
        (tmp_path / f"{n}.txt").write_text(_article(n), encoding="utf-8")
    received: list[list[str]] = []

    def spy(documents: Sequence[Document]) -> list[Document]:
        received.append([d.path for d in documents])
        return [d for d in documents if d.path.endswith("1.txt")]

    monkeypatch.setattr(boilerplate, "flag_repeated", spy)
    result = load_folder(tmp_path)
    assert _names(received[0], tmp_path) == ["0.txt", "1.txt"]
    assert _names([d.path for d in result.documents], tmp_path) == ["1.txt"]


def test_a_single_file_path_loads_as_a_folder_of_one(tmp_path: Path) -> None:
    (p := tmp_path / "one.txt").write_text(_article(1), encoding="utf-8")
    assert [d.path for d in load_folder(p).documents] == [str(p)]
