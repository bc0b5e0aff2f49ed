"""The user's moves on top of the automatic stories, and the per-story score cache.

Ids stand for articles; the automatic stories are written out here as ``app.stories``
returns them, so each rule of :func:`app.story_choice.assign` is seen on its own. The
cache is checked on real seeds, scored by the real engine.
"""

from __future__ import annotations

import dataclasses

import app
from app.grouping import Story
from app.story_cache import StoryCache, story_key
from app.story_choice import StoryGroup, assign, automatic_title, new_story_title, pick

KYIV = Story(("a", "b", "c"), "Zelensky stays in Kyiv")
FLOOD = Story(("d", "e"), "River Tywi floods Carmarthen")
BANK = Story(("f",), "Norges Bank holds rates")
ORDER = ["a", "b", "c", "d", "e", "f"]


def test_without_moves_the_automatic_stories_stand_several_first() -> None:
    groups = assign([BANK, KYIV, FLOOD], ORDER, {})
    assert [g.documents for g in groups] == [("a", "b", "c"), ("d", "e"), ("f",)]
    assert [g.title for g in groups] == [KYIV.title, FLOOD.title, BANK.title]
    assert not any(g.moved for g in groups)
    assert [g.alone for g in groups] == [False, False, True]


def test_a_move_changes_only_the_two_stories_it_touches() -> None:
    groups = assign([KYIV, FLOOD, BANK], ORDER, {"c": FLOOD.title})
    by_title = {g.title: g for g in groups}
    assert by_title[KYIV.title].documents == ("a", "b")
    assert by_title[FLOOD.title].documents == ("c", "d", "e")  # in the order loaded
    assert by_title[KYIV.title].moved and by_title[FLOOD.title].moved
    assert by_title[BANK.title] == StoryGroup("f", BANK.title, ("f",), False)


def test_a_title_no_story_carries_starts_a_story_of_the_users() -> None:
    groups = assign([KYIV, FLOOD, BANK], ORDER, {"b": "My own", "f": "My own"})
    mine = next(g for g in groups if g.title == "My own")
    assert mine.documents == ("b", "f") and mine.moved
    assert "f" not in {d for g in groups if g is not mine for d in g.documents}
    # the first article left the Kyiv story: its key is now its next article
    assert next(g for g in groups if g.title == KYIV.title).key == "a"


def test_moving_the_whole_story_away_leaves_no_empty_story() -> None:
    groups = assign([KYIV, FLOOD, BANK], ORDER, {"d": KYIV.title, "e": KYIV.title})
    assert [g.title for g in groups] == [KYIV.title, BANK.title]
    assert groups[0].documents == ("a", "b", "c", "d", "e")


def test_a_move_to_its_own_story_or_a_blank_title_changes_nothing() -> None:
    plain = assign([KYIV, FLOOD, BANK], ORDER, {})
    assert assign([KYIV, FLOOD, BANK], ORDER, {"a": KYIV.title, "d": "  "}) == plain


def test_articles_not_grouped_yet_stand_alone_under_their_headline() -> None:
    groups = assign([KYIV], ["a", "b", "c", "x"], {}, {"x": "A new headline"})
    assert groups[-1] == StoryGroup("x", "A new headline", ("x",), False)
    # and articles no longer included are not listed
    assert assign([KYIV, FLOOD], ["a", "d"], {}) == (
        StoryGroup("a", KYIV.title, ("a",)),
        StoryGroup("d", FLOOD.title, ("d",)),
    )


def test_pick_keeps_the_story_on_screen_or_takes_the_largest() -> None:
    groups = assign([KYIV, FLOOD, BANK], ORDER, {"c": FLOOD.title})
    assert pick(groups).title == FLOOD.title  # 3 articles against 2
    assert pick(groups, ("a", "b", "c")).title == KYIV.title  # most of what was shown
    assert pick(groups, ("zzz",)).title == FLOOD.title
    assert pick(groups, ("a",), BANK.title).title == BANK.title  # a reopened comparison
    assert pick(()) is None
    assert automatic_title([KYIV, FLOOD], "e") == FLOOD.title
    assert automatic_title([KYIV], "e") is None


def test_a_new_story_title_is_the_headline_made_unique() -> None:
    assert new_story_title("  Floods   in Wales ", []) == "Floods in Wales"
    assert new_story_title("Floods", ["Floods", "Floods (2)"]) == "Floods (3)"
    assert new_story_title("", []) == "New story"


def test_the_cache_keeps_scored_stories_by_their_members(seed_paths) -> None:  # type: ignore[no-untyped-def]
    seed_docs = [app.load(p) for p in seed_paths]
    cache = StoryCache(size=2)
    two, three = list(seed_docs[:2]), list(seed_docs)
    scored = app.score(two)
    cache.put(two, scored)
    assert cache.get(two) is scored
    assert cache.get(list(reversed(two))) is None  # another order is another comparison
    renamed = [dataclasses.replace(two[0], outlet="Fox News"), two[1]]
    assert story_key(renamed) != story_key(two) and cache.get(renamed) is None
    cache.put(three, app.score(three))
    cache.get(two)  # used: now the most recent
    cache.put(renamed, app.score(renamed))
    assert two in cache and renamed in cache and three not in cache
    assert len(cache) == 2
    cache.clear()
    assert len(cache) == 0
