"""``app.stories``: articles about one event go together, unrelated ones stand apart.

The seeds are three real outlets' reports of Zelensky staying in Kyiv (Feb 2022). The
other articles are written here, as wire-style reports of other events: two outlets on
one flood (a small story of its own, sharing a quote and place names), a central bank
decision, a football transfer, and a Ukraine grain-export report, which shares the
seeds' country and capital but not their event.
"""

from __future__ import annotations

import dataclasses
import json
import random
from collections import Counter
from pathlib import Path

import pytest

import app
from app import grouping
from app.cli import main, stories_main
from app.grouping import Story
from app.ingest.build import make_document
from app.model import Document

SEEDS = Path(__file__).resolve().parents[2] / "seeds"

FLOOD_A = """Hundreds evacuated as River Tywi floods Carmarthen

CARMARTHEN, Wales (AP) — Hundreds of residents were evacuated from their homes in
Carmarthen on Sunday after the River Tywi burst its banks following two days of
torrential rain, Dyfed-Powys Police said.

Natural Resources Wales issued a severe flood warning for the Carmarthen quay area,
its first such warning this winter. Firefighters used boats to reach families trapped
on the upper floors of houses on Coracle Way.

"The water rose faster than anyone expected, and we are asking people to stay away
from the riverside," said chief fire officer Gwenllian Roberts.

A rest centre opened at the Carmarthen leisure centre, where 240 people spent the night.
"""

FLOOD_B = """Carmarthen flooding: 240 people spend night in rest centre

Residents of Carmarthen were forced out of their homes when the River Tywi overflowed
on Sunday, with Natural Resources Wales putting a severe flood warning in place for
the quay.

Chief fire officer Gwenllian Roberts told reporters: "The water rose faster than anyone
expected, and we are asking people to stay away from the riverside."

Crews in boats rescued families from houses on Coracle Way, and Dyfed-Powys Police
closed the old bridge. The leisure centre became a rest centre overnight for 240
evacuees, Carmarthenshire council said.
"""

BANK = """Norges Bank holds rates at 4.5% and signals cut next year

OSLO (Reuters) — Norway's central bank kept its policy rate at 4.5 percent on Thursday,
as economists had expected, and said it would probably lower borrowing costs in the
course of next year as inflation cools.

"The policy rate will likely be kept at this level for some time ahead," Governor Ida
Wolden Bache said in a statement. Core inflation fell to 5.1 percent in October.

The crown weakened slightly against the euro after the announcement. Norges Bank next
meets in December.
"""

FOOTBALL = """Brentford sign Danish midfielder Mikkel Damsgaard's teammate in £18m deal

Brentford have completed the signing of midfielder Jonas Lindqvist from FC Nordsjaelland
for a fee of around £18 million, the Premier League club announced on Friday.

The 21-year-old Swede has signed a five-year contract at the Gtech Community Stadium.
"Jonas is a player we have followed for two seasons," head coach Thomas Frank said.

Lindqvist scored nine goals in the Danish Superliga last season and is expected to
make his debut against Aston Villa next weekend.
"""

GRAIN = """Ukraine grain exports rise through Black Sea corridor

KYIV (Reuters) — Ukraine exported 4.2 million tonnes of grain through its own Black Sea
corridor in October, the agriculture ministry said on Wednesday, the highest monthly
figure since the corridor opened.

Ships have sailed from the ports of Odesa, Chornomorsk and Pivdennyi despite Russian
drone attacks on port infrastructure. "The corridor works, and traders trust it more
every month," deputy agriculture minister Taras Vysotskyi said.

Wheat made up nearly half of the shipments, with corn and barley the rest.
"""


def article(text: str, name: str) -> Document:
    title = text.partition("\n\n")[0]
    return make_document(text, path=name, title=title)


@pytest.fixture(scope="module")
def seeds() -> list[Document]:
    return [app.load(p) for p in sorted(SEEDS.glob("*.txt"))]


@pytest.fixture(scope="module")
def others() -> list[Document]:
    return [
        article(FLOOD_A, "flood_a.txt"),
        article(FLOOD_B, "flood_b.txt"),
        article(BANK, "bank.txt"),
        article(FOOTBALL, "football.txt"),
        article(GRAIN, "grain.txt"),
    ]


def as_sets(found: list[Story]) -> set[frozenset[str]]:
    return {frozenset(s.documents) for s in found}


def test_the_seeds_are_one_story(seeds: list[Document]) -> None:
    found = app.stories(seeds)
    assert [s.documents for s in found] == [tuple(d.id for d in seeds)]
    assert "Zelensky" in found[0].title


def test_unrelated_articles_stand_apart(seeds: list[Document], others: list[Document]) -> None:
    found = app.stories(seeds + others)
    ids = {Path(d.path).name: d.id for d in others}
    assert as_sets(found) == {
        frozenset(d.id for d in seeds),
        frozenset({ids["flood_a.txt"], ids["flood_b.txt"]}),
        frozenset({ids["bank.txt"]}),
        frozenset({ids["football.txt"]}),
        frozenset({ids["grain.txt"]}),
    }
    # Listed by their first article in the given order, members in the given order.
    assert found[0].documents == tuple(d.id for d in seeds)
    assert found[1].documents == (ids["flood_a.txt"], ids["flood_b.txt"])


def test_a_story_is_titled_by_its_most_shared_headline(others: list[Document]) -> None:
    (flood,) = [s for s in app.stories(others) if len(s.documents) == 2]
    # Both headlines name Carmarthen and the flood; every other word of the second the
    # first article uses too ("240 people", "rest centre"), where "hundreds" and
    # "evacuated" are the first's own (app.headlines, the report's rule as well).
    assert flood.title == "Carmarthen flooding: 240 people spend night in rest centre"


def test_order_does_not_matter(seeds: list[Document], others: list[Document]) -> None:
    docs = seeds + others
    expected = app.stories(docs)
    for seed in range(3):
        shuffled = docs[:]
        random.Random(seed).shuffle(shuffled)
        found = app.stories(shuffled)
        assert as_sets(found) == as_sets(expected)
        assert {s.title for s in found} == {s.title for s in expected}


@pytest.mark.parametrize(
    ("rare", "common"),
    [
        ("zelensky", "president"),
        ("kyiv", "city"),
        ("invasion", "country"),
        ("volodymyr", "government"),
    ],
)
def test_a_word_every_article_uses_weighs_by_its_rarity_in_english(
    seeds: list[Document], rare: str, common: str
) -> None:
    """All three seeds use both words, so among the seeds alone they would weigh the
    same (and little): against English, the event's names weigh more."""
    profiles = [grouping.terms(d) for d in seeds]
    df: Counter[str] = Counter()
    for p in profiles:
        df.update(p.keys())
    assert df[rare] == df[common] == len(seeds)
    by_count, by_term = grouping._idf(df, len(seeds), grouping.MIN_MAX_DF)
    idf_rare = by_term.get(rare, by_count[len(seeds)])
    assert idf_rare > 2 * by_term[common] > 0


def made_folder(blocks: list[int], within: float, across: float) -> list[frozenset[int]]:
    """Stories of a folder whose documents form ``blocks`` (sizes): every pair inside a
    block at about ``within``, across blocks at about ``across``."""
    rng = random.Random(7)
    block = [b for b, size in enumerate(blocks) for _ in range(size)]
    n = len(block)
    sims = {
        (i, j): (within if block[i] == block[j] else across) * rng.uniform(0.7, 1.3)
        for i in range(n)
        for j in range(i + 1, n)
    }
    return grouping._average_linkage(n, grouping._relative(n, sims))


@pytest.mark.parametrize(
    ("blocks", "within", "across", "stories"),
    [
        # a folder of one event, larger than the ten neighbours the background reads
        ([24], 0.06, 0.0, 1),
        ([40], 0.07, 0.0, 1),
        # two events in one folder still come apart, and an event beside unrelated
        # articles that share a little with everything
        ([12, 12], 0.06, 0.004, 2),
        ([15, 1, 1, 1, 1, 1], 0.06, 0.005, 6),
    ],
)
def test_a_folder_of_one_event_is_not_split_by_its_own_background(
    blocks: list[int], within: float, across: float, stories: int
) -> None:
    found = made_folder(blocks, within, across)
    assert len(found) == stories
    assert sorted(len(g) for g in found) == sorted(blocks)


def test_duplicates_and_nothing() -> None:
    doc = article(BANK, "bank.txt")
    assert app.stories([]) == []
    assert app.stories([doc, doc]) == [Story((doc.id,), doc.title)]


def test_story_is_frozen() -> None:
    story = Story(("a",), "t")
    with pytest.raises(dataclasses.FrozenInstanceError):
        story.title = "u"  # type: ignore[misc]


def write_others(folder: Path) -> list[Path]:
    paths = []
    for name, text in (("flood_a.txt", FLOOD_A), ("bank.txt", BANK)):
        p = folder / name
        p.write_text(text, encoding="utf-8")
        paths.append(p)
    return paths


def test_cli_stories_json(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    extra = write_others(tmp_path)
    code = stories_main([str(SEEDS), *map(str, extra), "--json", "-"])
    out, err = capsys.readouterr()
    assert code == 0, err
    data = json.loads(out)
    assert data["format"] == "parallax-stories" and data["version"] == 1
    assert [len(s["documents"]) for s in data["stories"]] == [3, 1, 1]
    assert [s["id"] for s in data["stories"]] == ["s1", "s2", "s3"]
    listed = {d["id"] for d in data["documents"]}
    assert {i for s in data["stories"] for i in s["documents"]} == listed
    assert all("text" not in d for d in data["documents"])


def test_cli_stories_summary(capsys: pytest.CaptureFixture[str]) -> None:
    assert stories_main([str(SEEDS)]) == 0
    out = capsys.readouterr().out
    assert out.startswith("3 article(s), 1 story:")


def test_cli_compare_within_each_story(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    extra = write_others(tmp_path)
    code = main([str(SEEDS), *map(str, extra), "--json", "-"])
    out, err = capsys.readouterr()
    assert code == 0, err
    data = json.loads(out)
    story_of = {i: s["id"] for s in data["stories"] for i in s["documents"]}
    assert len(data["stories"]) == 3 and len(data["documents"]) == 5
    assert data["matches"] and all(story_of[m["a"]] == story_of[m["b"]] for m in data["matches"])
    assert all(story_of[a] == story_of[b] for a, b in (k.split("|") for k in data["similarity"]))
    group_ids = [g["id"] for g in data["quote_groups"]]
    assert len(group_ids) == len(set(group_ids))

    code = main([str(SEEDS), *map(str, extra), "--one-story", "--json", "-"])
    data = json.loads(capsys.readouterr().out)
    assert code == 0 and "stories" not in data
    assert len(data["similarity"]) == 5 * 4  # every ordered pair, as before


def test_the_word_table_is_ready_once_loaded() -> None:
    grouping._reference_counts.cache_clear()
    assert not grouping.ready()
    grouping.load()
    assert grouping.ready()
    assert grouping._reference_counts()["bank"] > grouping._reference_counts()["regulator"] > 0
