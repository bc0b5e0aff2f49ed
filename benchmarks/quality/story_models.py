"""Leave-one-event-out for everything fitted on the stories: today, the speaker model.

``held_out(event)`` swaps in weights fitted on PolNeAR train and the other five events,
so benchmarks/quality/stories.py --loeo scores each event with a model that never saw it.
"""

from __future__ import annotations

import sys
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

import stories  # noqa: E402
import train_speaker_model as speakers  # noqa: E402

from app.quotes import speaker_weights  # noqa: E402

DATA = HERE.parents[1].parent / "shared" / "data"
_by_event: dict[str, list[speakers.Quote]] = {}


@contextmanager
def held_out(event: str | None, root: Path) -> Iterator[None]:
    if event is None:
        yield
        return
    if not _by_event:
        _by_event.update(speakers.story_quotes(stories.load_events(root)))
    saved = speaker_weights.WEIGHTS
    speaker_weights.WEIGHTS = speakers.fit_without(DATA, _by_event, event)
    try:
        yield
    finally:
        speaker_weights.WEIGHTS = saved
