"""Disjoint sets: which items one chain of links joins.

One small structure for every "which of these belong together" question the engine asks
(the documents some match links into one story, the sentences some match joins into
one node of a fact), so that path halving is written once.
"""

from __future__ import annotations

from collections.abc import Hashable
from typing import Generic, TypeVar

T = TypeVar("T", bound=Hashable)


class DisjointSet(Generic[T]):
    """Items start alone; :meth:`union` joins two sets, :meth:`find` names an item's set."""

    def __init__(self) -> None:
        self._parent: dict[T, T] = {}

    def find(self, x: T) -> T:
        """The representative of ``x``'s set (``x`` itself when never joined)."""
        parent = self._parent
        parent.setdefault(x, x)
        while parent[x] != x:
            parent[x] = parent[parent[x]]  # path halving: later finds are shorter
            x = parent[x]
        return x

    def __contains__(self, x: object) -> bool:
        """Whether ``x`` was ever found or joined."""
        return x in self._parent

    def union(self, a: T, b: T) -> None:
        self._parent[self.find(a)] = self.find(b)
