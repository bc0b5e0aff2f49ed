"""app.present.alignment: positions map through the alignment, not by percentage."""

from __future__ import annotations

import pytest

from app.present.alignment import AlignmentMap, Link

# Left text 0..1000, right 0..2000. Two in-order matches and one moved sentence.
LINKS = [
    Link(100, 200, 1000, 1100, 0),
    Link(400, 500, 1200, 1400, 1),
    Link(600, 700, 100, 200, 2),  # moved far up in the right article
]


@pytest.mark.parametrize(
    ("left", "right"),
    [
        (0, 0),
        (150, 1050),  # inside a match: proportional
        (450, 1300),  # inside a longer counterpart
        (650, 150),  # inside the moved match: follows it
        (300, 1150),  # gap between matches 0 and 1: interpolated
        (1000, 2000),  # end to end
        (850, 1820),  # between the last in-order anchor (500, 1400) and the ends
    ],
)
def test_left_to_right(left: int, right: int) -> None:
    assert AlignmentMap(LINKS, 1000, 2000).a_to_b(left) == right


def test_right_to_left_inverts_inside_matches() -> None:
    m = AlignmentMap(LINKS, 1000, 2000)
    for link in LINKS:
        mid_b = (link.b_start + link.b_end) // 2
        assert link.a_start <= m.b_to_a(mid_b) <= link.a_end


def test_no_matches_maps_by_length() -> None:
    m = AlignmentMap([], 100, 300)
    assert m.a_to_b(50) == 150
    assert m.b_to_a(300) == 100


def test_result_is_clamped() -> None:
    m = AlignmentMap([Link(0, 10, 90, 100, 0)], 10, 100)
    assert 0 <= m.a_to_b(10) <= 100
