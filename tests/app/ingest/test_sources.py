"""Where a plain-text article's outlet comes from: sources.csv, its byline, its URL line.

The sample story opens with readable outlet names because ``seeds/sources.csv`` names
them; a journalist's folder works the same way.
"""

from __future__ import annotations

from pathlib import Path

import pytest

import app
from app.cli import main
from app.ingest.plaintext import head_metadata
from app.model import Document
from app.project import load_paths

SEEDS = Path(__file__).resolve().parents[3] / "seeds"

BODY = "Kyiv’s mayor Vitali Klitschko said five blasts had been reported.\n"


def test_the_sample_story_opens_with_readable_outlets() -> None:
    result = app.load_folder(SEEDS)
    assert [d.outlet for d in result.documents] == [
        "Patriot News Alerts", "Portland Press Herald", "The Independent",
    ]  # fmt: skip
    assert not result.problems  # sources.csv is not taken for an article


def test_sources_csv_picked_with_the_articles_is_read_not_compared(tmp_path: Path) -> None:
    """Selecting every file of a folder and dropping them picks the sidecar too: it
    names the articles' outlets and is listed as a note, never loaded as an article."""
    _folder(tmp_path, b"file,outlet\na.txt,The Guardian\n")
    picked = sorted(tmp_path.iterdir())
    loaders = {
        "each path as a folder": lambda: [app.load_folder(p) for p in picked],
        "the window's loader": lambda: [load_paths(picked)],
    }
    for how, load in loaders.items():
        results = load()
        docs = [d for r in results for d in r.documents]
        notes = [p for r in results for p in r.problems]
        assert [d.outlet for d in docs] == ["The Guardian", "bbc.co.uk"], how
        assert [(Path(p.path).name, p.note) for p in notes] == [("sources.csv", True)], how
        assert "not compared as an article" in notes[0].message


def test_the_cli_reads_a_picked_sources_csv_and_compares_the_rest(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    _folder(tmp_path, b"file,outlet\na.txt,The Guardian\n")
    assert main([*map(str, sorted(tmp_path.iterdir()))]) == 0
    out, err = capsys.readouterr()
    assert "Compared 2 document(s)" in out and "The Guardian" in out
    assert "not compared as an article" in err


def _folder(tmp_path: Path, sidecar: bytes) -> list[Document]:
    (tmp_path / "a.txt").write_text(f"Headline from the file\n\n{BODY}", encoding="utf-8")
    (tmp_path / "b.txt").write_text(f"https://www.bbc.co.uk/news/x\n{BODY}", encoding="utf-8")
    (tmp_path / "sources.csv").write_bytes(sidecar)
    return list(app.load_folder(tmp_path).documents)


SIDECARS = [
    # (sources.csv, (outlet, title, published) of a.txt, outlet of b.txt)
    (b"file,outlet\na.txt,The Guardian\n", ("The Guardian", "Headline from the file", ""),
     "bbc.co.uk"),
    # Aliases, a byte-order mark, column order and case do not matter; empty cells keep
    # what the file gave.
    ("\ufeffDate,Site,Filename,Headline\n2022-02-25,Reuters,A.TXT,\n,,b.txt,\n".encode(),
     ("Reuters", "Headline from the file", "2022-02-25"), "bbc.co.uk"),
    # A date that is not one is left out, the rest of the row still counts.
    (b"file,outlet,published\na.txt,AP,25 Feb\n", ("AP", "Headline from the file", ""),
     "bbc.co.uk"),
    # Not a sources file (no "file" column), or not CSV at all: ignored.
    (b"outlet,title\nThe Guardian,x\n", ("a", "Headline from the file", ""), "bbc.co.uk"),
    (b"\x00\xff\xfe garbage \x00", ("a", "Headline from the file", ""), "bbc.co.uk"),
    (b'file,outlet\n"a.txt,unterminated\n', ("a", "Headline from the file", ""), "bbc.co.uk"),
]


@pytest.mark.parametrize(("sidecar", "a_meta", "b_outlet"), SIDECARS)
def test_sources_csv_names_what_the_files_cannot(
    tmp_path: Path, sidecar: bytes, a_meta: tuple[str, str, str], b_outlet: str
) -> None:
    a, b = _folder(tmp_path, sidecar)
    assert (a.outlet, a.title, a.published) == a_meta
    assert b.outlet == b_outlet


def test_an_edited_sources_csv_is_read_again(tmp_path: Path) -> None:
    (a, _) = _folder(tmp_path, b"file,outlet\na.txt,First\n")
    assert a.outlet == "First"
    (tmp_path / "sources.csv").write_bytes(b"file,outlet\na.txt,Second name\n")
    assert app.load(tmp_path / "a.txt").outlet == "Second name"


HEADS = [
    # (first lines of a pasted article, its URL line, (outlet, author))
    ("Headline\nBy Sarah Rainsford, BBC News, Kyiv\n\nBody.", "", ("BBC News", "Sarah Rainsford")),
    ("Headline\nBy Jane Doe and John Roe, The Guardian\n\nBody.", "",
     ("The Guardian", "Jane Doe, John Roe")),
    ("Headline\nBy JANE DOE, Associated Press\n\nBody.", "", ("Associated Press", "Jane Doe")),
    ("Headline\nBy Jane Doe, Staff Writer\n\nBody.", "https://www.nj.com/x",
     ("nj.com", "Jane Doe")),
    ("Headline\nSource: Reuters\n\nBody.", "", ("Reuters", "")),
    # On a saved page, a "Source:" line credits a picture (insiderpaper.com, unseen).
    ("Headline\nBodies recovered from crash: investigators\nSource: Video Screenshot\n\n"
     "Body.", "https://insiderpaper.com/prigozhin-plane-crash/", ("insiderpaper.com", "")),
    ("Headline\nSource: Reuters\n\nBody.", "https://www.reuters.com/x", ("Reuters", "")),
    ("Headline\n\nBy the time the rescuers arrived, the fire had spread across the hillside "
     "and into the valley below, officials said.", "", ("", "")),
    ("Headline\n\nBody.", "https://www.bbc.co.uk/news/x", ("bbc.co.uk", "")),
    # A dateline after the byline's people is no outlet (StarConnect Media, unseen: its
    # articles were listed as "Nov. 07").
    ("Headline\nBy dpa correspondents I Thursday,Nov. 07, 2027\nBERLIN - Body.",
     "https://starconnectmedia.com/2024/11/x", ("starconnectmedia.com", "")),
    ("Headline\nBy Jane Doe, Monday, 4 March 2024\n\nBody.", "", ("", "Jane Doe")),
]


@pytest.mark.parametrize(("text", "url", "expected"), HEADS)
def test_byline_publication_line_or_url_give_the_outlet(
    text: str, url: str, expected: tuple[str, str]
) -> None:
    assert head_metadata(text, url) == expected
