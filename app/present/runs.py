"""Text cut into runs whose ``mark`` says how a renderer must show each piece.

``del``: words the other side lacks (struck through); ``ins``: words this side adds
(underlined); ``chg-del``/``chg-ins``: words replaced by others (the same, in a deeper
shade). The marks come from the engine's :class:`~app.model.DiffOp` offsets and nothing
else; punctuation- or typography-only ops (``trivial``) are left plain when asked, so
"rumours"/"rumors" or curly/straight quotes never read as a change.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import Literal

from app.model import DiffOp, Span

Mark = Literal["", "del", "ins", "chg-del", "chg-ins"]
Side = Literal["a", "b"]

#: Between two non-adjacent sentences of one side of a match.
GAP = " … "


@dataclass(frozen=True, slots=True)
class Run:
    text: str
    mark: Mark = ""


Rich = tuple[Run, ...]


def plain_text(runs: Rich) -> str:
    return "".join(r.text for r in runs)


def marked_words(runs: Rich) -> tuple[tuple[str, Mark], ...]:
    """The marked pieces only, whitespace-normalised: what two renderings must share."""
    return tuple((" ".join(r.text.split()), r.mark) for r in runs if r.mark and r.text.strip())


def marked_runs(text: str, start: int, end: int, marks: Iterable[tuple[int, int, Mark]]) -> Rich:
    """Cut ``text[start:end]`` into runs, marking the given (possibly overlapping) ranges."""
    runs: list[Run] = []
    pos = start
    for m_start, m_end, mark in sorted(marks):
        m_start, m_end = max(m_start, pos), min(m_end, end)
        if m_end <= m_start:
            continue
        if m_start > pos:
            runs.append(Run(text[pos:m_start]))
        runs.append(Run(text[m_start:m_end], mark))
        pos = m_end
    if pos < end:
        runs.append(Run(text[pos:end]))
    return _merged(runs)


def _merged(runs: Sequence[Run]) -> Rich:
    out: list[Run] = []
    for run in runs:
        if not run.text:
            continue
        if out and out[-1].mark == run.mark:
            out[-1] = Run(out[-1].text + run.text, run.mark)
        else:
            out.append(run)
    return tuple(out)


def op_marks(
    ops: Iterable[DiffOp], side: Side, text: str, *, ignore_trivial: bool = True
) -> list[tuple[int, int, Mark]]:
    """The ranges one side of a diff marks, in that side's document coordinates.

    With ``ignore_trivial``, a piece made only of punctuation is left plain even when
    the op it belongs to changed words on the other side ("here. Defending our
    independence." against "here,"): the words are what changed, not the comma.
    """
    marks: list[tuple[int, int, Mark]] = []
    for op in ops:
        if op.tag == "equal" or (op.trivial and ignore_trivial):
            continue
        changed = op.tag == "replace"
        if side == "a" and op.tag in ("delete", "replace") and op.a_end > op.a_start:
            lo, hi, mark = op.a_start, op.a_end, "chg-del" if changed else "del"
        elif side == "b" and op.tag in ("insert", "replace") and op.b_end > op.b_start:
            lo, hi, mark = op.b_start, op.b_end, "chg-ins" if changed else "ins"
        else:
            continue
        if ignore_trivial and not any(c.isalnum() for c in text[lo:hi]):
            continue
        marks.append((lo, hi, mark))  # type: ignore[arg-type]
    return marks


def joined_spans(text: str, spans: Sequence[Span], marks: list[tuple[int, int, Mark]]) -> Rich:
    """Several sentences as one piece; a gap with other text between them shows as “ … ”."""
    runs: list[Run] = []
    prev_end: int | None = None
    for span in sorted(spans):
        if prev_end is not None:
            between = text[prev_end : span.start]
            runs.append(Run(" " if not between.strip() else GAP))
        runs.extend(marked_runs(text, span.start, span.end, marks))
        prev_end = span.end
    return _merged(runs)
