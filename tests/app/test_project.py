"""The .parallax project file and the user's edits, without Qt."""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest

import app
from app import project as projects
from app.errors import Cancelled
from app.model import Problem
from app.project import Project


@pytest.fixture
def seed_docs(seed_paths: list[Path]):  # type: ignore[no-untyped-def]
    return tuple(app.load(p) for p in seed_paths)


def test_round_trip_keeps_texts_metadata_and_edits(tmp_path: Path, seed_docs) -> None:  # type: ignore[no-untyped-def]
    first, second, third = seed_docs
    project = (
        Project()
        .with_added(seed_docs, [Problem("/nowhere/broken.docx", "Not a Word file.")])
        .renamed(first.id, "Fox News")
        .with_included(third.id, False)
        .with_title("Zelensky stays in Kyiv")
        .with_settings(threshold=0.42, show_boilerplate=True)
    )
    target = tmp_path / "story.parallax"
    projects.save(project, target)
    reopened = projects.open_project(target)

    assert reopened == project
    assert reopened.documents[0].text == first.text  # the full text, not a reference
    assert [d.sha256 for d in reopened.documents] == [d.sha256 for d in seed_docs]
    assert [d.outlet for d in reopened.included_documents()] == ["Fox News", second.outlet]
    data = json.loads(target.read_text(encoding="utf-8"))
    assert (data["format"], data["version"]) == ("parallax", projects.VERSION)


def test_every_saved_span_slices_the_saved_text(tmp_path: Path, seed_docs) -> None:  # type: ignore[no-untyped-def]
    target = tmp_path / "s.parallax"
    projects.save(Project(documents=seed_docs), target)
    for saved, original in zip(projects.open_project(target).documents, seed_docs, strict=True):
        assert [s.slice(saved.text) for s in saved.sentences] == [
            s.slice(original.text) for s in original.sentences
        ]


def test_a_failed_save_leaves_the_previous_file_intact(
    tmp_path: Path, seed_docs, monkeypatch: pytest.MonkeyPatch  # type: ignore[no-untyped-def]
) -> None:
    target = tmp_path / "story.parallax"
    projects.save(Project(documents=seed_docs[:1], title="before"), target)
    before = target.read_bytes()

    def disk_full(_src: object, _dst: object) -> None:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(os, "replace", disk_full)
    with pytest.raises(OSError):
        projects.save(Project(documents=seed_docs, title="after"), target)
    assert target.read_bytes() == before
    assert sorted(p.name for p in tmp_path.iterdir()) == ["story.parallax"]  # no temp left


def test_changed_and_missing_originals_are_reported(tmp_path: Path, seed_paths) -> None:  # type: ignore[no-untyped-def]
    copies = []
    for p in seed_paths:
        copy = tmp_path / p.name
        copy.write_bytes(p.read_bytes())
        copies.append(copy)
    project = Project().with_added(app.load(c) for c in copies)
    assert projects.changed_originals(project) == ()

    copies[0].write_text(copies[0].read_text(encoding="utf-8") + "\nA correction.\n",
                         encoding="utf-8")
    copies[1].unlink()
    changed = {(Path(c.path).name, c.reason) for c in projects.changed_originals(project)}
    assert changed == {(copies[0].name, "changed"), (copies[1].name, "missing")}


@pytest.mark.parametrize(
    ("content", "message"),
    [
        (b"not json at all", "damaged"),
        (b'{"format": "something-else", "version": 1}', "not a Parallax"),
        (b'{"format": "parallax", "version": 99}', "newer version"),
        (b'{"format": "parallax", "version": 1, "documents": [{"id": "x"}]}', "damaged"),
        (
            b'{"format": "parallax", "version": 1, "documents": '
            b'[{"id": "x", "text": "Hi.", "sentences": [[0, 50]]}]}',
            "damaged",
        ),
    ],
)
def test_bad_files_raise_a_readable_error(tmp_path: Path, content: bytes, message: str) -> None:
    target = tmp_path / "bad.parallax"
    target.write_bytes(content)
    with pytest.raises(projects.ProjectError, match=message):
        projects.open_project(target)


def test_adding_the_same_article_twice_keeps_one(seed_docs) -> None:  # type: ignore[no-untyped-def]
    project = Project().with_added(seed_docs).with_added(seed_docs[:2])
    assert [d.id for d in project.documents] == [d.id for d in seed_docs]


def test_removing_drops_the_edits_too(seed_docs) -> None:  # type: ignore[no-untyped-def]
    doc = seed_docs[0]
    project = Project().with_added(seed_docs).renamed(doc.id, "X").with_included(doc.id, False)
    after = project.without([doc.id])
    assert doc.id not in after.outlets and doc.id not in after.excluded
    assert len(after.documents) == len(seed_docs) - 1


def test_load_paths_lists_a_broken_file_and_loads_the_rest(tmp_path: Path, seed_paths) -> None:  # type: ignore[no-untyped-def]
    broken = tmp_path / "broken.docx"
    broken.write_bytes(b"PK\x03\x04\xff\xfe\x00 this is not a real Word file \xff")
    result = projects.load_paths([broken, *seed_paths])
    assert len(result.documents) == len(seed_paths)
    assert [p.path for p in result.problems] == [str(broken)]
    assert result.problems[0].message  # a sentence for the journalist, not empty


def test_load_paths_can_be_cancelled(seed_paths) -> None:  # type: ignore[no-untyped-def]
    calls = []

    def cancelled() -> bool:
        calls.append(1)
        return len(calls) > 1

    with pytest.raises(Cancelled):
        projects.load_paths(seed_paths, cancelled=cancelled)


def test_story_moves_round_trip_as_an_optional_field(tmp_path: Path, seed_docs) -> None:  # type: ignore[no-untyped-def]
    first, second, third = seed_docs
    plain = Project().with_added(seed_docs)
    assert "stories" not in projects.to_json(plain)["edits"]  # one story: the file as before
    moved = plain.with_stories({first.id: "  Kyiv, day two ", second.id: "Kyiv, day two"})
    assert dict(moved.story_of) == {first.id: "Kyiv, day two", second.id: "Kyiv, day two"}
    back = moved.with_stories({second.id: None})
    assert dict(back.story_of) == {first.id: "Kyiv, day two"}
    target = tmp_path / "moved.parallax"
    projects.save(back, target)
    data = json.loads(target.read_text(encoding="utf-8"))
    assert data["version"] == 1 and data["edits"]["stories"] == {first.id: "Kyiv, day two"}
    assert projects.open_project(target) == back
    assert first.id not in back.without([first.id]).story_of
    assert back.without([third.id]).story_of == back.story_of


def test_a_file_without_story_moves_opens_and_a_bad_one_is_refused(
    tmp_path: Path, seed_docs  # type: ignore[no-untyped-def]
) -> None:
    data = projects.to_json(Project().with_added(seed_docs))
    data["edits"].pop("stories", None)
    assert projects.from_json(data).story_of == {}
    data["edits"]["stories"] = {seed_docs[0].id: 42}
    with pytest.raises(projects.ProjectError, match=r"edits\.stories"):
        projects.from_json(data)
    data["edits"]["stories"] = ["not", "a", "mapping"]
    with pytest.raises(projects.ProjectError, match="damaged"):
        projects.from_json(data)
