"""``parallax corpus`` on a local Dask cluster of two workers equals the in-process run.

The cluster runs worker *processes* (``processes=True``), as ``parallax corpus`` does:
every document, story and result is pickled between processes, so a record that
would not survive the trip fails here, not on a researcher's cluster. It listens on
127.0.0.1 only (its status page on a free port, as test runs may share the machine)
and the fixture shuts it down, client first, so no worker is left to warn at exit. The
corpus extra is part of the dev install (Makefile), so nothing here skips for want of
it.
"""

from __future__ import annotations

import json
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from distributed import Client

import app
from app.cli import corpus_main, main
from app.corpus import plan, run
from tests.app.corpus.articles import POLNEAR, ROOT, written_folder


@pytest.fixture(scope="module")
def client() -> Iterator[Client]:
    with run.local_cluster(2) as cluster, Client(cluster) as c:
        yield c


def _files(folder: Path) -> dict[str, bytes]:
    return {str(p.relative_to(folder)): p.read_bytes() for p in sorted(folder.rglob("*.*"))}


def _index(folder: Path) -> list[dict]:
    lines = (folder / "index.jsonl").read_text(encoding="utf-8").splitlines()
    return [json.loads(line) for line in lines]


@pytest.fixture(scope="module")
def written(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("written")
    written_folder(folder / "articles")
    return folder / "articles"


@pytest.fixture(scope="module")
def reference(written: Path, tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The in-process run over the written articles, made once for the module."""
    out = tmp_path_factory.mktemp("reference")
    summary = plan.run_in_process([str(written)], out)
    assert summary.documents == 32 and summary.stories == 5 and summary.shared == 5
    return out


def test_cluster_run_equals_in_process(
    client: Client, written: Path, reference: Path, tmp_path: Path
) -> None:
    got = run.run_on(client, [str(written)], tmp_path)
    assert (got.documents, got.stories, got.shared, got.problems) == (32, 5, 5, ())
    assert _files(tmp_path) == _files(reference)
    # Eight articles, each with three copies: the three seeds are one story, the two
    # flood reports another, and the bank, football and grain reports one each.
    stories = [r for r in _index(tmp_path) if r["type"] == "story"]
    assert [sorted({Path(p).name[:2] for p in s["paths"]}) for s in stories] == [
        ["00", "01", "02"], ["03", "04"], ["05"], ["06"], ["07"]
    ]
    assert [len(s["documents"]) for s in stories] == [12, 8, 4, 4, 4]


def test_stories_are_the_in_process_reference(written: Path, reference: Path) -> None:
    docs = [app.load(p) for p in sorted(written.glob("*.txt"))]
    expected = [list(s.documents) for s in plan.corpus_stories(docs)]
    got = [r["documents"] for r in _index(reference) if r["type"] == "story"]
    assert got == expected


def test_story_file_is_what_compare_one_story_writes(reference: Path, tmp_path: Path) -> None:
    story = [r for r in _index(reference) if r["type"] == "story"][1]  # the flood
    assert main(["--one-story", *story["paths"], "--json", str(tmp_path / "one.json")]) == 0
    assert (reference / story["file"]).read_bytes() == (tmp_path / "one.json").read_bytes()


def test_index_lists_wire_runs_and_quote_groups(reference: Path) -> None:
    lines = _index(reference)
    head = lines[0]
    assert head["type"] == "corpus" and head["format"] == "parallax-corpus-index"
    assert head["documents"] == 32 and head["stories"] == 5
    stories = {r["id"]: r for r in lines if r["type"] == "story"}
    runs = [r for r in lines if r["type"] == "wire_run"]
    groups = [r for r in lines if r["type"] == "quote_group"]
    assert len(runs) == sum(s["wire_runs"] for s in stories.values()) > 0
    assert len(groups) == sum(s["quote_groups"] for s in stories.values()) > 0
    for r in runs:
        assert r["story"] in stories and r["words"] >= 12
        assert {r["a"], r["b"]} <= set(stories[r["story"]]["documents"])
    # A copy carries the seed's Zelensky quote word for word: one group, several outlets.
    shared = [g for g in groups if len(g["documents"]) > 1]
    assert shared and all(g["quotes"][0]["text"] for g in shared)
    assert any(g["speaker"] == "Volodymyr Zelensky" for g in shared)
    # Each group says whether its speaker is only inferred, as the story file does.
    for g in groups:
        story = json.loads((reference / stories[g["story"]]["file"]).read_text("utf-8"))
        (same,) = [x for x in story["quote_groups"] if x["id"] == g["id"]]
        assert g["speaker_inferred"] is same["speaker_inferred"]


def test_a_repeated_file_and_a_bad_path_are_reported(written: Path, tmp_path: Path) -> None:
    grain = [str(p) for p in sorted(written.glob("07_*.txt"))]
    summary = plan.run_in_process([*grain, grain[0], "no-such-file.txt"], tmp_path)
    assert summary.documents == 4 and summary.stories == 1  # named twice, loaded once
    problems = [r for r in _index(tmp_path) if r["type"] == "problem"]
    assert [p["path"] for p in problems] == ["no-such-file.txt"]


def test_an_empty_folder_gives_an_index_of_no_stories(tmp_path: Path) -> None:
    (tmp_path / "in").mkdir()
    summary = plan.run_in_process([str(tmp_path / "in")], tmp_path / "out")
    assert (summary.documents, summary.stories) == (0, 0)
    assert [r["type"] for r in _index(tmp_path / "out")] == ["corpus"]


def test_a_second_run_replaces_the_first(written: Path, tmp_path: Path) -> None:
    plan.run_in_process([str(p) for p in sorted(written.glob("0[5-7]_0.txt"))], tmp_path)
    assert len(list((tmp_path / "stories").iterdir())) == 3
    (tmp_path / "notes.txt").write_text("mine", encoding="utf-8")
    plan.run_in_process([str(written / "05_0.txt")], tmp_path)
    assert sorted(p.name for p in (tmp_path / "stories").iterdir()) == ["s1.json"]
    assert (tmp_path / "notes.txt").read_text(encoding="utf-8") == "mine"


def test_cli_runs_end_to_end_on_a_local_cluster(
    written: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert corpus_main([str(written), "--out", str(tmp_path), "--workers", "2"]) == 0
    out = capsys.readouterr().out
    assert "32 article(s), 5 stories (5 with more than one article)" in out
    assert len(list((tmp_path / "stories").glob("s*.json"))) == 5


def test_cli_joins_a_running_cluster_and_leaves_it_running(
    client: Client, written: Path, reference: Path, tmp_path: Path
) -> None:
    address = client.scheduler.address
    grain = [str(p) for p in sorted(written.glob("07_*.txt"))]
    assert corpus_main([*grain, "--out", str(tmp_path), "--scheduler", address]) == 0
    story = next(r for r in _index(reference) if r.get("paths") == grain)
    assert (tmp_path / "stories" / "s1.json").read_bytes() == (
        reference / story["file"]
    ).read_bytes()
    assert client.submit(sum, [1, 2]).result() == 3  # the cluster is still there


def test_cli_usage_errors(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert corpus_main([str(tmp_path)]) == 2  # --out is required
    assert corpus_main([str(tmp_path), "--out", str(tmp_path), "--workers", "0"]) == 2
    (tmp_path / "file").write_text("not a folder", encoding="utf-8")
    assert corpus_main([str(tmp_path), "--out", str(tmp_path / "file" / "out")]) == 1
    assert "could not write" in capsys.readouterr().err


def test_without_the_extra_app_imports_and_corpus_says_how_to_install(tmp_path: Path) -> None:
    code = (
        "import sys\n"
        "for m in ('dask', 'distributed', 'datasketch'):\n"
        "    sys.modules[m] = None\n"
        "import importlib.util\n"
        "real = importlib.util.find_spec\n"
        "importlib.util.find_spec = lambda n, *a: None if n in sys.modules and "
        "sys.modules[n] is None else real(n, *a)\n"
        "import app, app.cli, app.corpus.plan, app.corpus.run\n"
        "from app.__main__ import main\n"
        f"sys.exit(main(['corpus', {str(tmp_path)!r}, '--out', {str(tmp_path / 'o')!r}]))\n"
    )
    done = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, cwd=ROOT, check=False
    )
    assert done.returncode == 2, done.stderr
    assert "pip install -e '.[corpus]'" in done.stderr
    assert not (tmp_path / "o").exists()


@pytest.mark.slow
@pytest.mark.skipif(not POLNEAR.is_dir(), reason="needs ../shared/data/polnear")
def test_cluster_equals_in_process_on_300_polnear_articles(
    client: Client, tmp_path: Path
) -> None:
    files = sorted((POLNEAR / "dev" / "text").glob("*.txt"))
    files += sorted((POLNEAR / "train" / "text").glob("*.txt"))[: 300 - len(files)]
    paths = [str(f) for f in files]
    ref = plan.run_in_process(paths, tmp_path / "ref")
    got = run.run_on(client, paths, tmp_path / "dask")
    assert got == ref and ref.documents == 300
    assert _files(tmp_path / "dask") == _files(tmp_path / "ref")
