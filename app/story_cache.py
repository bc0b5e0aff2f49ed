"""The scored comparison of each story, kept so that going back to a story is instant.

:func:`app.score` is the slow part of comparing; :func:`app.select` (the threshold) is
cheap. A journalist flicking between the stories of a folder should pay for scoring a
story once, so the window keeps the last few :class:`~app.story.ScoredStory` results,
keyed by what scoring reads of each member article that can differ for one text: its id,
the SHA-256 of its text, the outlet name shown (a rename is a new key) and the title
(the quote stage reads the headline). An excluded article is not a
member, so ticking it back in is a new key too.
"""

from __future__ import annotations

from collections import OrderedDict
from collections.abc import Sequence
from typing import TYPE_CHECKING

from app.model import Document

if TYPE_CHECKING:
    from app.story import ScoredStory

StoryKey = tuple[tuple[str, str, str, str], ...]

#: Stories kept. A scored story of ten articles holds their analyses (tens of MB at
#: most); a person compares a handful of stories at a time.
DEFAULT_SIZE = 8


def story_key(documents: Sequence[Document]) -> StoryKey:
    return tuple((d.id, d.sha256, d.outlet, d.title) for d in documents)


class StoryCache:
    """Least recently used first out; ``clear`` when the project is replaced, so the
    old project's texts are freed with it."""

    def __init__(self, size: int = DEFAULT_SIZE) -> None:
        self.size = max(1, size)
        self._items: OrderedDict[StoryKey, ScoredStory] = OrderedDict()

    def get(self, documents: Sequence[Document]) -> ScoredStory | None:
        key = story_key(documents)
        found = self._items.get(key)
        if found is not None:
            self._items.move_to_end(key)
        return found

    def put(self, documents: Sequence[Document], scored: ScoredStory) -> None:
        key = story_key(documents)
        self._items[key] = scored
        self._items.move_to_end(key)
        while len(self._items) > self.size:
            self._items.popitem(last=False)

    def __contains__(self, documents: Sequence[Document]) -> bool:
        return story_key(documents) in self._items

    def __len__(self) -> int:
        return len(self._items)

    def clear(self) -> None:
        self._items.clear()
