"""Hostile ``.parallax`` and comparison JSON files (issue 15): refused, naming the field.

The files come from ``tests/hostile_corpus.py`` (the benchmark's generator). Each must
raise the reader's own error, whose message names the offending field, before any
record is built; no raw RecursionError, OverflowError or UnicodeEncodeError escapes.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path

import pytest
from hostile_corpus import (
    json_nan,
    json_negative,
    json_past_end,
    json_text_not_string,
    json_unknown_doc,
    json_unknown_kind,
    project_huge_field,
    project_inf_span,
    project_many_docs,
    project_nested,
    project_surrogate,
)

import app.project as projects
from app import validate as v
from app.export.json_export import JsonFormatError, comparison_from_json, dumps
from app.model import Comparison

PROJECT_CASES: list[tuple[Callable[[Path, int], Path], int, str]] = [
    (project_many_docs, 1, "documents: 100,000 items, more than the 200 allowed"),
    (project_nested, 1, "nested too deeply"),
    (project_inf_span, 1, "documents[0].paragraphs[0][1]: expected a whole number, found inf"),
    (project_surrogate, 1, "documents[0].text: a lone surrogate (U+D800) at character 5"),
]


@pytest.mark.parametrize(("build", "scale", "words"), PROJECT_CASES, ids=lambda x: str(x)[:30])
def test_hostile_project_files_are_refused_with_the_field(
    tmp_path: Path, build: Callable[[Path, int], Path], scale: int, words: str
) -> None:
    with pytest.raises(projects.ProjectError) as info:
        projects.open_project(build(tmp_path, scale))
    assert words in str(info.value)


def test_a_huge_project_file_is_refused_before_reading(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(projects, "MAX_PROJECT_BYTES", 1_000_000)
    path = project_huge_field(tmp_path, 500)  # 2 MB, twice the (lowered) limit
    monkeypatch.setattr(Path, "read_bytes", lambda self: pytest.fail("read it whole"))
    with pytest.raises(projects.ProjectError, match="too large"):
        projects.open_project(path)


@pytest.mark.parametrize(
    ("field", "value", "words"),
    [
        ("text", "x" * 1_000_001, "documents[0].text: 1,000,001 characters"),
        ("sentences", [[0, 50]], "documents[0].sentences[0][1]: 50 is outside [0, 3]"),
        ("sentences", [[True, 1]], "documents[0].sentences[0][0]: expected a whole number"),
        ("paragraphs", [[2.0, 3]], "documents[0].paragraphs[0][0]: expected a whole number"),
        ("boilerplate", [[0, 1]], "documents[0].boilerplate[0]: expected [start, end, reason]"),
        ("format", "exe", "documents[0].format: 'exe' is not one of"),
        ("title", ["a"], "documents[0].title: expected text, found a list"),
        ("id", None, "documents[0].id: expected text, found null"),
    ],
)
def test_every_document_field_is_checked(
    tmp_path: Path, field: str, value: object, words: str
) -> None:
    doc = {"id": "x", "text": "Hi.", "paragraphs": [[0, 3]], field: value}
    path = tmp_path / "bad.parallax"
    path.write_text(json.dumps({"format": "parallax", "version": 1, "documents": [doc]}))
    with pytest.raises(projects.ProjectError) as info:
        projects.open_project(path)
    assert words in str(info.value)


@pytest.mark.parametrize(
    ("data", "words"),
    [
        ({"settings": {"a": {"b": json.loads("[" * 17 + "1" + "]" * 17)}}}, "nested more than 16"),
        ({"settings": {"x": float("inf")}}, "settings.x: inf is not a finite number"),
        ({"edits": {"outlets": {"x": 3}}}, "edits.outlets.x: expected text"),
        ({"edits": {"excluded": "x"}}, "edits.excluded: expected a list"),
        ({"problems": [{"path": "a"}]}, "problems[0].message: expected text, found null"),
        (
            {"documents": [{"id": "a", "text": "A."}, {"id": "a", "text": "B."}]},
            "documents[1].id: the same id as documents[0]",
        ),
    ],
)
def test_every_project_field_is_checked(tmp_path: Path, data: dict, words: str) -> None:
    path = tmp_path / "bad.parallax"
    path.write_text(json.dumps({"format": "parallax", "version": 1, **data}))
    with pytest.raises(projects.ProjectError) as info:
        projects.open_project(path)
    assert words in str(info.value)


def test_a_good_project_still_round_trips(tmp_path: Path, seed_paths: list[Path]) -> None:
    loaded = projects.load_paths(seed_paths)
    project = projects.Project().with_added(loaded.documents).with_settings(threshold=0.5)
    projects.save(project, tmp_path / "ok.parallax")
    assert projects.open_project(tmp_path / "ok.parallax") == project


def test_adding_past_the_article_limit_lists_the_rest(
    monkeypatch: pytest.MonkeyPatch, seed_paths: list[Path]
) -> None:
    monkeypatch.setattr(projects, "MAX_ARTICLES", 2)
    docs = projects.load_paths(seed_paths).documents
    project = projects.Project().with_added(docs)
    assert len(project.documents) == 2
    [problem] = project.problems
    assert "1 more article file(s) were not loaded" in problem.message


JSON_CASES: list[tuple[Callable[[Path, int], Path], str]] = [
    (json_past_end, "matches[0].a_spans[0][1]: 999 is outside [0, 35]"),
    (json_negative, "documents[0].sentences[0].start: -3 is outside [0, 35]"),
    (json_unknown_doc, "matches[0].b: 'zzz' is not one of the file's documents"),
    (json_nan, "matches[0].score: nan is not a number in [0, 1]"),
    (json_unknown_kind, "matches[0].kind: 'copied' is not one of edited, identical, paraphrase"),
    (json_text_not_string, "documents[1].text: expected text, found the number 12"),
]


@pytest.mark.parametrize(("build", "words"), JSON_CASES, ids=lambda x: str(x)[:30])
def test_hostile_comparison_json_is_refused_with_the_field(
    tmp_path: Path, build: Callable[[Path, int], Path], words: str
) -> None:
    with pytest.raises(JsonFormatError) as info:
        comparison_from_json(build(tmp_path, 1))
    assert words in str(info.value)


def _seed_data(comparison: Comparison) -> dict:
    return json.loads(dumps(comparison))


@pytest.mark.parametrize(
    ("mutate", "words"),
    [
        (lambda d: d["quote_groups"][0]["members"].append("nope"), "is not a quote"),
        (lambda d: d["matches"][0]["diff"][0].__setitem__(0, "swap"), "'swap' is not one of"),
        (lambda d: d["matches"][0]["diff"][0].__setitem__(2, 10**9), "diff[0][2]: 1000000000 is"),
        (lambda d: d["similarity"].__setitem__("x|y", 0.5), "similarity.x|y: 'x' is not one"),
        (lambda d: d["settings"].__setitem__("threshold", 2), "settings.threshold: 2"),
        (lambda d: d["documents"][0]["quotes"][0].__setitem__("fragment", 1), "expected true"),
        (lambda d: d["wire_runs"].append({"a": "q", "b": "r"}), "].a: 'q' is not one of"),
        (lambda d: d["clusters"][0]["members"][0].__setitem__("end", -1), "clusters[0].members[0]"),
    ],
)
def test_references_and_ranges_in_a_real_comparison_are_checked(
    seed_comparison: Comparison, mutate: Callable[[dict], object], words: str
) -> None:
    data = _seed_data(seed_comparison)
    mutate(data)
    with pytest.raises(JsonFormatError) as info:
        comparison_from_json(json.dumps(data))
    assert words in str(info.value)


def test_json_nesting_and_huge_numbers_are_refused_not_raised() -> None:
    with pytest.raises(JsonFormatError, match="nested too deeply"):
        comparison_from_json("[" * 100_000 + "]" * 100_000)
    with pytest.raises(JsonFormatError, match="not valid JSON"):
        comparison_from_json('{"format": ' + "9" * 5000 + "}")


def test_the_validators_never_take_a_bool_for_a_number() -> None:
    with pytest.raises(v.Invalid, match=r"x: expected a whole number, found true/false"):
        v.integer(True, "x", 0, 9)
    with pytest.raises(v.Invalid, match=r"y: nan is not a number"):
        v.number(float("nan"), "y", 0, 1)
    assert v.at(v.at("documents", 3), "id") == "documents[3].id"
