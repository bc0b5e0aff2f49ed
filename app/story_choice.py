"""Which stories a folder of articles forms once the user's moves are applied.

:func:`app.stories` groups the included articles automatically; a journalist may
disagree and move an article to another story (``Project.story_of``: doc id -> story
title). :func:`assign` applies those moves on top of the automatic grouping, and
:func:`pick` keeps the story on screen the same one when the grouping is redone (an
article added, one moved away). Plain Python: the window and the tests share it.

Automatic grouping runs on *every* included article, moved or not, so moving one
article never regroups the others: only the two stories it leaves and joins change,
and only they need comparing again.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from app.grouping import Story


@dataclass(frozen=True, slots=True)
class StoryGroup:
    """A story as the window shows it: ``documents`` are ids, in the order loaded.

    ``key`` tells the stories of one grouping apart (its first article's id, unique
    because an article is in exactly one story); ``moved`` is True when the user's
    moves changed its members, so the panel can say so.
    """

    key: str
    title: str
    documents: tuple[str, ...]
    moved: bool = False

    @property
    def alone(self) -> bool:
        return len(self.documents) == 1


def assign(
    automatic: Sequence[Story],
    order: Sequence[str],
    story_of: Mapping[str, str],
    headlines: Mapping[str, str] | None = None,
) -> tuple[StoryGroup, ...]:
    """The stories of the articles ``order`` names: automatic ones, then the user's moves.

    An article the automatic grouping has not seen yet (just added, still being grouped)
    stands alone until it has. An article moved to a title no automatic story carries
    joins a story of the user's, in the order such stories are first named. Stories of
    several articles are listed first, each set in the order of its first article; then
    the articles on their own. ``headlines`` titles an article not grouped yet.
    """
    rank = {doc_id: k for k, doc_id in enumerate(order)}
    titles: list[str] = []
    members: list[list[str]] = []
    moved: list[bool] = []
    home: dict[str, int] = {}
    for story in automatic:
        ids = [d for d in story.documents if d in rank and d not in home]
        if not ids:
            continue
        for d in ids:
            home[d] = len(titles)
        titles.append(story.title)
        members.append(ids)
        moved.append(False)
    for doc_id in order:  # not grouped yet: alone
        if doc_id not in home:
            home[doc_id] = len(titles)
            titles.append((headlines or {}).get(doc_id, "") or doc_id)
            members.append([doc_id])
            moved.append(False)
    by_title: dict[str, int] = {}
    for k, t in enumerate(titles):
        if t:
            by_title.setdefault(t, k)
    for doc_id in order:
        wanted = story_of.get(doc_id, "").strip()
        if not wanted:
            continue
        target = by_title.get(wanted)
        if target is None:
            target = len(titles)
            by_title[wanted] = target
            titles.append(wanted)
            members.append([])
            moved.append(True)
        source = home[doc_id]
        if source == target:
            continue
        members[source].remove(doc_id)
        members[target].append(doc_id)
        moved[source] = moved[target] = True
        home[doc_id] = target
    groups = []
    for t, ids, was_moved in zip(titles, members, moved, strict=True):
        if not ids:
            continue
        ids.sort(key=rank.__getitem__)
        groups.append(StoryGroup(ids[0], t, tuple(ids), was_moved))
    groups.sort(key=lambda g: (g.alone, rank[g.documents[0]]))
    return tuple(groups)


def automatic_title(automatic: Sequence[Story], doc_id: str) -> str | None:
    """The title of the automatic story holding ``doc_id`` (None when not grouped yet)."""
    return next((s.title for s in automatic if doc_id in s.documents), None)


def pick(
    groups: Sequence[StoryGroup],
    previous: Iterable[str] = (),
    wanted_title: str | None = None,
) -> StoryGroup | None:
    """The story to show: the one named ``wanted_title`` (a reopened comparison), else
    the one sharing most articles with what was shown, else the largest story (the
    first of the largest), since that is what a folder was most likely collected for.
    """
    if not groups:
        return None
    if wanted_title:
        named = next((g for g in groups if g.title == wanted_title), None)
        if named is not None:
            return named
    before = set(previous)
    if before:
        best = max(groups, key=lambda g: len(before.intersection(g.documents)))
        if before.intersection(best.documents):
            return best
    return max(groups, key=lambda g: len(g.documents))


def new_story_title(headline: str, taken: Iterable[str]) -> str:
    """A title for a story the user starts with one article: its headline, made unique."""
    base = " ".join(headline.split()) or "New story"
    used = set(taken)
    if base not in used:
        return base
    n = 2
    while f"{base} ({n})" in used:
        n += 1
    return f"{base} ({n})"
