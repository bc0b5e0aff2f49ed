"""Speaker attribution patterns on short real-style sentences."""

from __future__ import annotations

import pytest

from app.ingest.build import make_document
from app.quotes import extract_quotes

CASES = [
    ("“We stand ready,” Schiff said.", "Schiff", "said"),
    ("“We are ready,” said Rep.\nAdam Schiff, D-Calif., the chairman.", "Adam Schiff", "said"),
    ("Sen. Mark Warner, D-Va., spoke. “It is done,” Warner said.", "Mark Warner", "said"),
    (
        "White House press secretary Jen Psaki spoke. Psaki replied, “We are in touch.”",
        "Jen Psaki",
        "replied",
    ),
    (
        "Kyiv’s mayor Vitali Klitschko spoke. “It is threatening for Kyiv,” he said.",
        "Vitali Klitschko",
        "said",
    ),
]


@pytest.mark.parametrize(("text", "speaker", "cue"), CASES)
def test_speaker_and_cue(text: str, speaker: str, cue: str) -> None:
    doc = make_document(text)
    (q,) = extract_quotes(doc)
    assert (q.speaker, q.cue) == (speaker, cue)
    assert q.speaker_start is not None and q.speaker_end is not None
