"""One title rule for a story (app.headlines): the story list, the report and the CLI.

The headlines are real ones from the stories read in development (the Trump
indictment, the Titan submersible, Lula's election, Hasina's fall); the bodies are
cut to the sentences that decide.
"""

from __future__ import annotations

import os
import subprocess
import sys

import pytest

import app
from app.grouping import terms
from app.headlines import document_title, story_headline
from app.ingest.build import make_document
from app.model import Comparison, Document
from app.present.labels import story_title
from tests.conftest import ROOT, SHARED_DATA

#: Four AP "The Latest" pages in PolNeAR whose headlines score alike: summed in a set's
#: order, the title depended on the process's string hashing, and the corpus run on Dask
#: titled their story otherwise than the in-process engine.
THE_LATEST = [
    "breitbart_2016-02-20_the-latest-hillary-clinton-tells.txt",
    "breitbart_2016-03-01_the-latest-sanders-wins-minnesot.txt",
    "breitbart_2016-03-15_the-latest-kasich-scores-all-del.txt",
    "breitbart_2016-03-15_the-latest-sanders-declares-revo.txt",
]
POLNEAR = SHARED_DATA / "polnear" / "train" / "text"

INDICTMENT = [
    ("Donald Trump",
     "A Manhattan grand jury has indicted Donald Trump over hush-money paid to Stormy "
     "Daniels, his lawyers said."),
    ("Manhattan grand jury indicts Donald Trump in Stormy Daniels hush-money case",
     "Donald Trump was indicted by a Manhattan grand jury on Thursday in the hush-money "
     "case involving Stormy Daniels."),
    ("Former President Donald Trump Indicted by Manhattan Grand Jury",
     "A Manhattan grand jury voted to indict Donald Trump over a payment to Stormy "
     "Daniels, the first criminal case against a former president."),
    ("Trump indicted: what happens next",
     "The grand jury in Manhattan indicted Donald Trump; the hush-money case turns on "
     "payments to Stormy Daniels."),
]
TITAN = [
    ("Titanic sub latest updates: Investigators probe ‘catastrophic implosion’ of Titan "
     "submersible amid search for answers",
     "The US Coast Guard said the five passengers of the Titan submarine were presumed "
     "dead after debris was found near the Titanic."),
    ("Titanic submarine passengers presumed dead: US Coast Guard",
     "All five passengers of the Titanic submarine are presumed dead, the US Coast Guard "
     "said on Thursday."),
    ("Titan submarine passengers dead after ‘catastrophic implosion’",
     "The US Coast Guard said debris found near the Titanic showed a catastrophic "
     "implosion; the passengers are presumed dead."),
]
HASINA = [
    ("Save & read from anywhere!",
     "Sheikh Hasina resigned as prime minister and fled Bangladesh as protesters stormed "
     "her residence in Dhaka."),
    ("Sheikh Hasina resigns and flees Bangladesh as protesters storm her palace",
     "Bangladesh's prime minister Sheikh Hasina resigned and fled the country on Monday."),
    ("Army chief says interim government will be formed after Hasina quits",
     "Protesters stormed the residence of Sheikh Hasina after she resigned as prime "
     "minister of Bangladesh."),
]


def _docs(pairs: list[tuple[str, str]]) -> tuple[Document, ...]:
    return tuple(
        make_document(f"{head}\n\n{body}", path=f"{k}.txt", title=head)
        for k, (head, body) in enumerate(pairs)
    )


@pytest.mark.parametrize(
    ("pairs", "title"),
    [
        # words every article uses, but only two: it says less than the headline whose
        # words the others share ("Manhattan", "grand jury", "Stormy Daniels")
        (INDICTMENT, INDICTMENT[1][0]),
        # a long headline of the outlet's own words ("latest updates", "amid search for
        # answers") gives way to the one the others echo
        (TITAN, TITAN[1][0]),
        # page furniture the loader took for a title shares no word with any headline
        (HASINA, HASINA[1][0]),
    ],
    ids=["trump-indictment", "titan", "hasina"],
)
def test_the_headline_the_story_shares_titles_it(
    pairs: list[tuple[str, str]], title: str
) -> None:
    docs = _docs(pairs)
    assert story_headline(docs, terms) == title
    assert story_title(Comparison(documents=docs, threshold=0.5)) == title


@pytest.mark.parametrize("pairs", [INDICTMENT, TITAN, HASINA], ids=["trump", "titan", "hasina"])
def test_the_story_list_and_the_report_give_one_title(pairs: list[tuple[str, str]]) -> None:
    docs = _docs(pairs)
    (story,) = app.stories(list(docs))
    report = story_title(Comparison(documents=docs, threshold=0.5))
    assert story.title == report or (story.title.endswith("…") and report.startswith(
        story.title[:-1]
    ))


def test_a_title_printed_twice_is_said_once() -> None:
    """Gulf News printed Lula's headline twice over in the page's title."""
    head = "Lula wins the elections in Brazil"
    doc = make_document(f"{head}\n\nLula da Silva won Brazil's election.", path="g.txt",
                        title=f"{head} {head}")
    assert document_title(doc) == head
    assert document_title(make_document("x", path="h.txt", title="Bye bye")) == "Bye bye"


def test_no_headline_gives_no_story_headline() -> None:
    docs = (make_document("Ardern resigned on Thursday after five years.", path="a.txt"),)
    assert story_headline(docs, terms) == ""


@pytest.mark.skipif(not POLNEAR.is_dir(), reason="needs ../shared/data/polnear")
def test_the_title_does_not_depend_on_the_process() -> None:
    code = (
        "import sys, app\n"
        "from app.grouping import terms\n"
        "from app.headlines import story_headline\n"
        f"docs = [app.load(p) for p in {[str(POLNEAR / n) for n in THE_LATEST]!r}]\n"
        "print(story_headline(docs, terms))\n"
    )
    titles = set()
    for seed in range(8):
        env = {**os.environ, "PYTHONHASHSEED": str(seed)}
        done = subprocess.run(
            [sys.executable, "-c", code], capture_output=True, text=True, cwd=ROOT,
            env=env, check=True,
        )
        titles.add(done.stdout.strip())
    assert len(titles) == 1, titles
