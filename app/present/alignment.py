"""Where a position in one pane lies in the other, through the alignment (not by percentage).

Like Meld's scroll sync: a point inside a match maps proportionally into its counterpart;
a point between matches interpolates between the neighbouring anchors. Anchors come from
the longest chain of matches that keep their order in both articles, so a moved sentence
does not drag the whole view backwards. Pure Python, so it is tested without Qt.
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from collections.abc import Sequence
from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class Link:
    """One matched region: ``[a_start, a_end)`` in the left text, ``[b_start, b_end)`` right."""

    a_start: int
    a_end: int
    b_start: int
    b_end: int
    index: int  # position of the match in the view's list


def _increasing_chain(links: Sequence[Link]) -> list[Link]:
    """Longest subsequence (links sorted by a_start) whose b_start also increases."""
    tails: list[int] = []  # b_start of the smallest tail of each chain length
    tail_index: list[int] = []
    parent = [-1] * len(links)
    for i, link in enumerate(links):
        k = bisect_left(tails, link.b_start)
        if k == len(tails):
            tails.append(link.b_start)
            tail_index.append(i)
        else:
            tails[k] = link.b_start
            tail_index[k] = i
        parent[i] = tail_index[k - 1] if k else -1
    chain = []
    i = tail_index[-1] if tail_index else -1
    while i >= 0:
        chain.append(links[i])
        i = parent[i]
    return chain[::-1]


class AlignmentMap:
    """Maps code-point offsets left <-> right for one pair of texts."""

    def __init__(self, links: Sequence[Link], len_a: int, len_b: int) -> None:
        self._forward = _Direction(links, len_a, len_b)
        self._backward = _Direction(
            [Link(x.b_start, x.b_end, x.a_start, x.a_end, x.index) for x in links], len_b, len_a
        )

    def a_to_b(self, cp: int) -> int:
        return self._forward.map(cp)

    def b_to_a(self, cp: int) -> int:
        return self._backward.map(cp)


class _Direction:
    def __init__(self, links: Sequence[Link], len_src: int, len_dst: int) -> None:
        self._links = sorted(links, key=lambda x: (x.a_start, x.a_end))
        self._starts = [x.a_start for x in self._links]
        self._longest = max((x.a_end - x.a_start for x in self._links), default=0)
        self._len_dst = len_dst
        xs, ys = [0], [0]
        for link in _increasing_chain(self._links):
            for x, y in ((link.a_start, link.b_start), (link.a_end, link.b_end)):
                if x >= xs[-1] and y >= ys[-1]:
                    xs.append(x)
                    ys.append(y)
        if len_src >= xs[-1] and len_dst >= ys[-1]:
            xs.append(len_src)
            ys.append(len_dst)
        self._xs, self._ys = xs, ys

    def map(self, cp: int) -> int:
        link = self._containing(cp)
        if link is not None:
            return self._clamp(_lerp(cp, link.a_start, link.a_end, link.b_start, link.b_end))
        i = bisect_right(self._xs, cp) - 1
        if i >= len(self._xs) - 1:
            return self._clamp(self._ys[-1])
        i = max(i, 0)
        return self._clamp(_lerp(cp, self._xs[i], self._xs[i + 1], self._ys[i], self._ys[i + 1]))

    def _containing(self, cp: int) -> Link | None:
        i = bisect_right(self._starts, cp) - 1
        while i >= 0 and self._starts[i] >= cp - self._longest:
            link = self._links[i]
            if link.a_start <= cp < link.a_end:
                return link
            i -= 1
        return None

    def _clamp(self, value: float) -> int:
        return max(0, min(self._len_dst, round(value)))


def _lerp(x: float, x0: int, x1: int, y0: int, y1: int) -> float:
    if x1 <= x0:
        return float(y0)
    return y0 + (x - x0) * (y1 - y0) / (x1 - x0)
