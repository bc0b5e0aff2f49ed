"""The direct-quote model's features on written cases, and its weights file."""

from __future__ import annotations

import pytest

from app.model import Span
from app.quotes.kind import _lead_in, direct_score, features
from app.quotes.kind_weights import THRESHOLD, WEIGHTS
from app.quotes.vocabulary import CUES


@pytest.mark.parametrize(
    ("before", "count", "stop"),
    [
        ("Trump says voter fraud ", 2, "cue"),
        ("He said that ", 0, "that"),
        ("The campaign said the senator would soon ", 4, "cue"),
        ("Mr. Rubio added, ", 0, "punct"),
        ("His verdict: ", 0, "colon"),
        ("The crowd chanted ", 0, "cue"),
        ("Critics have dubbed the plan ", 5, "start"),
    ],
)
def test_lead_in(before: str, count: int, stop: str) -> None:
    assert _lead_in(before.rstrip(), CUES) == (count, stop)


def _features(text: str, quoted: str, speaker: tuple[int, int] | None = None) -> list[str]:
    start = text.index(quoted)
    return features(text, Span(start, start + len(quoted)), speaker, False, False)


@pytest.mark.parametrize(
    ("text", "quoted", "expected"),
    [
        ("“We will win,” she said.", "We will win,", {"before:parastart", "after:cue", "end:,"}),
        ("He added: “We will win.”", "We will win.", {"before:colon", "pron12", "end:."}),
        ("Critics dubbed it “Obamacare lite” last year.", "Obamacare lite",
         {"before:other", "after:lower", "len:2", "lead:4&start"}),
        ("The film “The Big Short,” by Adam McKay, won.", "The Big Short,",
         {"after:by", "titlecase", "before:other"}),
        ("“Our troops are here.\n“And it will continue.”", "Our troops are here.\n“And it "
         "will continue.", {"len:12"}),
    ],
)
def test_features(text: str, quoted: str, expected: set[str]) -> None:
    got = _features(text, quoted)
    assert expected <= set(got), got
    # A quote re-opened paragraph by paragraph is not treated as a mis-paired one.
    assert not any(f.startswith("multipara") for f in got)


def test_weights_are_a_fitted_model() -> None:
    """The generated file holds weights for the features the extractor produces."""
    assert 0.2 <= THRESHOLD <= 0.8
    produced = set(_features("“We will win,” she said.", "We will win,", (15, 18)))
    assert produced <= set(WEIGHTS) | {"bias"}
    assert direct_score(["bias", "before:parastart", "after:cue"], WEIGHTS) > THRESHOLD
