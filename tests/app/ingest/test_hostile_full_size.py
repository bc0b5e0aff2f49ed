"""The hostile rows at the issue's full size (``make test-slow``; CI runs it too).

The quick tests use the same generator at a fraction of the size with the limits
lowered; these make sure the real limits hold against the real sizes: a 1.9 GB
inflating DOCX, 99 MB of DOCX text, a 19 MB page, 5,000 articles, 2,000,000 words.
Nothing is timed; each asserts the refusal and that the good articles still load.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
from hostile_corpus import (
    SEEDS,
    docx_inflating,
    docx_lying,
    huge_html,
    many_articles,
    too_many_words,
)

from app.ingest import load_folder
from app.ingest.limits import MAX_ARTICLES

pytestmark = pytest.mark.slow

GOOD = ["good_" + p.name for p in sorted(SEEDS.glob("*.txt"))[:2]]


@pytest.mark.parametrize(
    ("build", "words"),
    [
        (docx_lying, "unpacks to more text than Parallax reads"),
        (docx_inflating, "unpacks to more text than Parallax reads"),
        (huge_html, "too large to be one article's web page"),
        (too_many_words, "too long to be an article (2,000,000 words"),
    ],
    ids=["docx-lying", "docx-inflating", "html-19MB", "2M-words"],
)
def test_full_size_file_is_refused_and_the_rest_loads(
    tmp_path: Path, build: Callable[[Path, int], Path], words: str
) -> None:
    path = build(tmp_path, 1)
    result = load_folder(tmp_path)
    assert [Path(d.path).name for d in result.documents] == GOOD
    [problem] = result.problems
    assert Path(problem.path).name == path.name and words in problem.message


def test_five_thousand_articles_load_up_to_the_limit(tmp_path: Path) -> None:
    many_articles(tmp_path, 1)
    result = load_folder(tmp_path)
    assert len(result.documents) == MAX_ARTICLES
    [problem] = result.problems
    assert f"{5_002 - MAX_ARTICLES:,} more article file(s) were not loaded" in problem.message
