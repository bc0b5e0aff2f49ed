"""Hard-wrapped plain text: wrap points go back to spaces, one character for one."""

from __future__ import annotations

import re
import textwrap
from pathlib import Path

import pytest

from app.ingest.build import make_document
from app.ingest.plaintext import parse, unwrap
from app.quotes import extract_quotes

SEEDS = sorted((Path(__file__).resolve().parents[3] / "seeds").glob("*.txt"))


def _paragraphs(path: Path) -> list[str]:
    text = path.read_text(encoding="utf-8")
    return [p for p in re.split(r"\n\s*\n|\n", text) if p.strip()]


@pytest.mark.parametrize("width", [60, 72, 80])
@pytest.mark.parametrize("seed", SEEDS, ids=lambda p: p.name[:3])
def test_a_wrapped_seed_reads_as_the_original(seed: Path, width: int) -> None:
    paragraphs = _paragraphs(seed)
    original = "\n\n".join(paragraphs)
    wrapped = "\n\n".join(
        textwrap.fill(p, width, break_on_hyphens=False) for p in paragraphs
    )
    assert wrapped != original
    assert unwrap(wrapped) == original
    # …and so the quotes and their speakers come out as from the original.
    got = extract_quotes(make_document(parse(wrapped).text))
    want = extract_quotes(make_document(parse(original).text))
    assert [(q.start, q.end, q.speaker, q.fragment) for q in got] == [
        (q.start, q.end, q.speaker, q.fragment) for q in want
    ]


@pytest.mark.parametrize(
    "text",
    [
        # One paragraph per line, however long: nothing to undo.
        "A headline\n\nThe first paragraph is long and ends here.\nThe second one too.\n",
        # A poem, a list and an address block: short lines are meant.
        "Roses are red\nviolets are blue\n\nOne\nTwo\n\nSent from my phone\nCall me\n",
        # Too few wrapped paragraphs to tell.
        textwrap.fill("word " * 60, 70) + "\n",
    ],
    ids=["unwrapped", "short lines", "one paragraph"],
)
def test_text_that_is_not_wrapped_is_left_alone(text: str) -> None:
    assert unwrap(text) == text


def test_a_line_broken_after_a_hyphen_keeps_its_break() -> None:
    body = textwrap.fill("The minister listed the measures the cabinet agreed on. " * 3, 70)
    tail = "The cabinet said the measures were aimed at the remaining pro-\nMoscow officials."
    text = "\n\n".join([body, body, body + "\n" + tail]) + "\n"
    out = unwrap(text)
    assert "pro-\nMoscow" in out  # a line this long would otherwise be joined
    assert out.count("\n") < text.count("\n")


def test_list_items_keep_their_lines() -> None:
    body = textwrap.fill("The minister listed the measures the cabinet agreed on. " * 3, 70)
    items = "- sanctions on banks and on the central bank of Russia\n- export controls"
    text = "\n\n".join([body, body, body + "\n" + items]) + "\n"
    out = unwrap(text)
    assert len(out) == len(text)
    assert "\n- sanctions" in out and "\n- export" in out
    assert out.count("\n\n") == 2
