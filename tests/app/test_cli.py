"""``parallax compare``: exit codes, outputs, and JSON whose offsets slice the texts."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

import app
from app.cli import main

SEEDS = Path(__file__).resolve().parents[2] / "seeds"


def run(argv: list[str], capsys: pytest.CaptureFixture[str]) -> tuple[int, str, str]:
    code = main(argv)
    out, err = capsys.readouterr()
    return code, out, err


def check_offsets(data: dict) -> None:
    texts = {d["id"]: d["text"] for d in data["documents"]}
    for d in data["documents"]:
        for item in d["sentences"] + d["boilerplate"] + d["quotes"]:
            assert 0 <= item["start"] <= item["end"] <= len(d["text"])
    for m in data["matches"]:
        for side in ("a", "b"):
            for s, e in m[f"{side}_spans"]:
                assert 0 <= s <= e <= len(texts[m[side]])
        for _op, a0, a1, b0, b1 in m["diff"]:
            assert 0 <= a0 <= a1 <= len(texts[m["a"]])
            assert 0 <= b0 <= b1 <= len(texts[m["b"]])


def test_folder_to_json_on_stdout(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, err = run([str(SEEDS), "--json", "-"], capsys)
    assert code == 0, err
    data = json.loads(out)
    assert data["format"] == "parallax-comparison" and data["version"] == 1
    assert sorted(Path(d["path"]).name for d in data["documents"]) == sorted(
        p.name for p in SEEDS.glob("*.txt")
    )
    assert data["problems"] == []
    check_offsets(data)


def test_threshold_reaches_the_engine(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run([str(SEEDS), "--threshold", "0.8", "--json", "-"], capsys)
    assert code == 0
    assert json.loads(out)["settings"]["threshold"] == 0.8


@pytest.mark.parametrize(("flags", "links"), [([], "shown"), (["--hide-related"], "hidden")])
@pytest.mark.parametrize("story", [[], ["--one-story"]])
def test_related_links_can_be_hidden(
    capsys: pytest.CaptureFixture[str], flags: list[str], links: str, story: list[str]
) -> None:
    code, out, _ = run([str(SEEDS), "--json", "-", *flags, *story], capsys)
    assert code == 0
    data = json.loads(out)
    assert data["settings"]["related_links"] == links
    kinds = {m["kind"] for m in data["matches"]}
    assert ("related" in kinds) == (links == "shown")


def test_unreadable_input_exits_3_but_still_reports(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    seed = sorted(SEEDS.glob("*.txt"))[0]
    missing = tmp_path / "gone.txt"
    code, out, err = run([str(seed), str(missing), "--json", "-"], capsys)
    assert code == 3
    data = json.loads(out)
    assert [Path(d["path"]).name for d in data["documents"]] == [seed.name]
    assert [p["path"] for p in data["problems"]] == [str(missing)]
    assert "gone.txt" in err and "does not exist" in err


def test_nothing_readable_still_exits_3_with_valid_json(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    code, out, _ = run([str(tmp_path / "a.txt"), "--json", "-"], capsys)
    assert code == 3
    data = json.loads(out)
    assert data["documents"] == [] and len(data["problems"]) == 1


@pytest.mark.parametrize(
    "argv",
    [
        [],
        ["--json", "-"],
        [str(SEEDS), "--threshold", "1.5"],
        [str(SEEDS), "--threshold", "high"],
        [str(SEEDS), "--page-size", "A3"],
        [str(SEEDS), "--frobnicate"],
    ],
)
def test_usage_errors_exit_2(argv: list[str], capsys: pytest.CaptureFixture[str]) -> None:
    code, out, err = run(argv, capsys)
    assert code == 2
    assert out == ""
    assert "usage: parallax compare" in err


def test_help_exits_0(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(["--help"], capsys)
    assert code == 0 and "--pdf" in out and "--page-size" in out


def test_summary_without_outputs(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run([str(SEEDS)], capsys)
    assert code == 0
    assert "Compared 3 document(s), threshold" in out
    assert "Quote groups:" in out
    for p in SEEDS.glob("*.txt"):
        assert p.name in out


def test_one_document_is_allowed(capsys: pytest.CaptureFixture[str]) -> None:
    seed = sorted(SEEDS.glob("*.txt"))[2]
    code, out, _ = run([str(seed)], capsys)
    assert code == 0
    assert "Compared 1 document(s)" in out


def test_same_file_twice_is_compared_once(capsys: pytest.CaptureFixture[str]) -> None:
    seed = str(sorted(SEEDS.glob("*.txt"))[0])
    code, out, _ = run([seed, seed, "--json", "-"], capsys)
    assert code == 0
    assert len(json.loads(out)["documents"]) == 1


def test_writes_pdf_html_and_json(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    pdf, html, js = tmp_path / "r.pdf", tmp_path / "r.html", tmp_path / "r.json"
    argv = [str(SEEDS), "--pdf", str(pdf), "--html", str(html), "--json", str(js),
            "--page-size", "letter", "--title", "Zelensky stays in Kyiv"]  # fmt: skip
    code, out, err = run(argv, capsys)
    assert code == 0, err
    assert out == ""  # stdout stays clean for pipes
    assert pdf.read_bytes().startswith(b"%PDF")
    assert "<title>Zelensky stays in Kyiv</title>" in html.read_text(encoding="utf-8")
    check_offsets(json.loads(js.read_text(encoding="utf-8")))
    assert sorted(p.name for p in tmp_path.iterdir()) == ["r.html", "r.json", "r.pdf"]
    assert err.count("wrote") == 3


def test_unwritable_output_exits_1_with_a_message(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    code, _, err = run([str(SEEDS), "--pdf", str(tmp_path / "no" / "such" / "r.pdf")], capsys)
    assert code == 1
    assert "could not write" in err and "Traceback" not in err


def test_unexpected_error_exits_1_with_a_message(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    def boom(*_: object, **__: object) -> None:
        raise RuntimeError("aligner exploded")

    monkeypatch.setattr(app, "compare", boom, raising=False)
    monkeypatch.setattr(app, "score_stories", boom, raising=False)
    code, out, err = run([str(SEEDS)], capsys)
    assert code == 1
    assert "unexpected error" in err and "aligner exploded" in err
    assert "Traceback" not in err and out == ""


def test_module_entry_point_dispatches_compare(capsys: pytest.CaptureFixture[str]) -> None:
    from app.__main__ import main as entry

    assert entry(["compare", "--threshold", "9", str(SEEDS)]) == 2
    assert "between 0 and 1" in capsys.readouterr().err


def test_bad_files_in_a_folder_exit_3(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    seed = sorted(SEEDS.glob("*.txt"))[0]
    (tmp_path / seed.name).write_bytes(seed.read_bytes())
    (tmp_path / "empty.txt").write_bytes(b"")
    code, out, err = run([str(tmp_path), "--json", "-"], capsys)
    assert code == 3
    data = json.loads(out)
    assert [Path(d["path"]).name for d in data["documents"]] == [seed.name]
    assert [Path(p["path"]).name for p in data["problems"]] == ["empty.txt"]
    assert "empty.txt" in err


def test_inferred_speakers_can_be_left_out_of_reports(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, bare_quote_story: Path
) -> None:
    """``--omit-inferred``: the report names no one where the outlets name no one; the
    JSON keeps the inferred name, flagged, for whoever reads it."""
    marked, plain, js = tmp_path / "m.html", tmp_path / "p.html", tmp_path / "p.json"
    assert run([str(bare_quote_story), "--html", str(marked)], capsys)[0] == 0
    code, _out, err = run(
        [str(bare_quote_story), "--html", str(plain), "--json", str(js), "--omit-inferred"],
        capsys,
    )
    assert code == 0, err
    assert "Quote 1: Jane Doe (inferred)" in marked.read_text(encoding="utf-8")
    html = plain.read_text(encoding="utf-8")
    assert "Quote 1: speaker not named" in html and "(inferred)" not in html
    (group,) = json.loads(js.read_text(encoding="utf-8"))["quote_groups"]
    assert (group["speaker"], group["speaker_inferred"]) == ("Jane Doe", True)
