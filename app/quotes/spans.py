"""Direct quotes and their speakers.

Quotation marks are matched with a stack, line by line, because news copy breaks every
typographic rule somewhere: curly and straight marks mixed in one article, apostrophes
that look like closing single quotes (don’t, Kyiv’s), nested quotes, unclosed quotes
at the end of a pasted article, and the convention that a quote running over several
paragraphs leaves each paragraph open and re-opens the next one with a fresh mark.
Speakers are attributed by :mod:`app.quotes.attribution`; whether the quoted words are someone's
(a direct quote) or the reporter's (a fragment) is decided by :mod:`app.quotes.kind`.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from app.model import Span
from app.quotes.vocabulary import ATTRIBUTION_START, CLAUSE_START, CUES, FRAME_WORDS
from app.text.tokens import word_texts

# Marks that can only open / only close a quotation, and what each opener accepts as
# its closer. Straight marks are decided from their neighbours (see ``_role``).
_OPEN_ONLY = {"“": "”\"", "„": "“”\"", "«": "»", "‹": "›", "‘": "’'"}
_CLOSE_ONLY = set("”»›")
_FAMILY = {"“": "d", "„": "d", '"': "d", "«": "g", "‹": "g", "‘": "s", "'": "s"}
MARKS = frozenset("“”„«»‹›‘’\"'")  # every quotation mark, either role
_MARK = re.compile("[" + re.escape("".join(sorted(MARKS))) + "]")
_MARK_OR_BREAK = re.compile("[\n" + re.escape("".join(sorted(MARKS))) + "]")
_OPEN_BEFORE = set(" \t\n([{—–-/") | set("“„«‹‘\"'")
_SENTENCE_END = set(".!?…")

# A quote shorter than this many words that is not a clause of its own looks like a
# scare quote or a borrowed phrase ("safe", "left alone", "number one target"). This
# rule of thumb is one signal of the direct-quote model (app/quotes/kind.py), which makes
# the final call on ``Quote.fragment``.
FRAGMENT_WORDS = 4


@dataclass(frozen=True, slots=True)
class _Open:
    pos: int  # index of the opening mark
    mark: str
    depth: int  # 0 for a top-level quote


def _mark_at(text: str, i: int) -> tuple[str, int]:
    """The quotation mark starting at ``i`` and its length in the text.

    The New York Times (and text pasted from old typesetting) writes double quotes as
    two apostrophes: ''Francis' walls…'' is one double-quoted span with a possessive
    inside, so the pair is read as a single straight double mark.
    """
    if text.startswith("''", i):
        return '"', 2
    return text[i], 1


def _role(text: str, i: int, stack: list[_Open]) -> str:
    """``open``, ``close`` or ``none`` for the mark at ``i``, judged by its neighbours."""
    ch, width = _mark_at(text, i)
    prev = text[i - 1] if i > 0 else " "
    nxt = text[i + width] if i + width < len(text) else " "
    if ch in _OPEN_ONLY and ch not in "‘":
        return "open"
    if ch in _CLOSE_ONLY:
        return "close"
    if ch in "’'":
        if prev.isalnum() and nxt.isalnum():
            return "none"  # don’t, Kyiv’s
        if ch == "'" and (prev.isspace() or prev in _OPEN_BEFORE) and nxt.isalnum():
            return "open"
        if any(o.mark in "‘'" for o in stack) and not prev.isspace():
            return "close"
        return "none"  # plural possessive (the Joneses’) or elided ’90s
    if ch == "‘":
        return "open" if not prev.isalnum() else "none"
    # Straight double quote.
    opens = prev.isspace() or prev in _OPEN_BEFORE or i == 0
    closes = not prev.isspace() and (nxt.isspace() or not nxt.isalnum())
    if opens and prev.isspace() and not nxt.isalnum() and any(o.mark == '"' for o in stack):
        # A mark with space on both sides while a quote is open closes it: AP style spaces
        # the outer mark off a nested one (“…vote for Clinton,' "”), and pasted copy
        # leaves stray spaces (“…doing this, " Trump said”).
        return "close"
    if opens and not closes:
        return "open"
    if closes and not opens:
        return "close"
    return "close" if any(o.mark == '"' for o in stack) else "open"


def _closes(opener: str, closer: str) -> bool:
    if opener == '"':
        return closer in "\"”"
    if opener == "'":
        return closer in "'’"
    return closer in _OPEN_ONLY.get(opener, "")


def _line_end_is_sentence_end(text: str, end: int) -> bool:
    i = end - 1  # walk back in place: copying text[:end] per line made this quadratic
    while i >= 0 and text[i].isspace():
        i -= 1
    while i >= 0 and text[i] in MARKS:
        i -= 1
    return i < 0 or text[i] in _SENTENCE_END or text[i] == ":"


def _trim(text: str, start: int, end: int) -> tuple[int, int]:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, end


def _reversed(text: str, opened: int, closed: int) -> bool:
    """The pair of curly marks at ``opened`` and ``closed`` is printed the wrong way
    round: each hugs the words outside it and a space stands inside ("…his closest
    allies,“ O Globo wrote. ”Over the phone…"), so what lies between is the reporting
    around two quotes, not a quote."""
    return (
        _closing_shape(text, opened)
        and text[closed] == "”"
        and text[closed - 1] == " "
        and text[closed + 1 : closed + 2].isalnum()
    )


def _closing_shape(text: str, opened: int) -> bool:
    """An opening curly mark shaped as a closing one: it hugs the word before it and a
    space follows ("…going to sleep,“ a columnist said"): a quote left open there is the
    reporting after a quote whose marks are printed the wrong way round."""
    return (
        text[opened] == "“"
        and opened > 0
        and not text[opened - 1].isspace()
        and text[opened + 1 : opened + 2] == " "
    )


def quote_spans(text: str) -> list[Span]:
    """Top-level quotation spans (marks excluded), in text order."""
    spans: list[Span] = []
    stack: list[_Open] = []
    top_start = -1  # content start of the open top-level quote
    i, n = 0, len(text)
    while i < n:
        ch = text[i]
        if ch == "\n" and stack:
            j = i
            while j < n and text[j].isspace():
                j += 1
            nxt = text[j] if j < n else ""
            family = _FAMILY.get(stack[0].mark, "")
            nxt_mark, nxt_width = _mark_at(text, j) if nxt else ("", 1)
            if nxt and _FAMILY.get(nxt_mark) == family and nxt_mark not in _CLOSE_ONLY:
                # The news convention: the next paragraph re-opens the same quote. Each
                # paragraph is a quote of its own (as PolNeAR and the stories annotate
                # them), so a statement printed one sentence a paragraph lines up with
                # another outlet's quotes sentence by sentence; attribution carries the
                # speaker over (the paragraphs are one run with nothing between).
                s, e = _trim(text, top_start, i)
                if e > s:
                    spans.append(Span(s, e))
                del stack[1:]
                i = j + nxt_width
                top_start = i
                continue
            line_end = text.find("\n", j)
            line = text[j : n if line_end < 0 else line_end]
            if (
                text.count("\n", i, j) == 1  # a paragraph break wraps no line
                and not _line_end_is_sentence_end(text, i)
                and any(_closes(stack[-1].mark, c) for c in line)
            ):
                # A hard-wrapped line: the quote closes on the next one. Every break in
                # the blank run up to ``j`` would decide the same, so skip the run (one
                # step at a time re-read it per break: quadratic in blank lines).
                i = j
                continue
            s, e = _trim(text, top_start, i)
            if e > s and not _closing_shape(text, stack[0].pos):
                spans.append(Span(s, e))  # never closed: it ends with its paragraph
            stack.clear()
            i += 1
            continue
        if ch in MARKS:
            mark, width = _mark_at(text, i)
            role = _role(text, i, stack)
            if role == "close":
                for k in range(len(stack) - 1, -1, -1):
                    if _closes(stack[k].mark, mark):
                        if k == 0 and not _reversed(text, stack[0].pos, i):
                            s, e = _trim(text, top_start, i)
                            if e > s:
                                spans.append(Span(s, e))
                        del stack[k:]
                        break
                else:
                    if mark in "\"'" and _role(text, i, []) == "open":
                        role = "open"
            if role == "open":
                if not stack:
                    top_start = i + width
                stack.append(_Open(i, mark, len(stack)))
            i += width
            continue
        # Nothing to do before the next mark (or line break, inside a quote): jump there.
        nxt = (_MARK_OR_BREAK if stack else _MARK).search(text, i + 1)
        i = n if nxt is None else nxt.start()
    if stack:
        s, e = _trim(text, top_start, n)
        if e > s:
            spans.append(Span(s, e))
    return [sp for sp in spans if any(c.isalnum() for c in sp.slice(text))]


def is_fragment(text: str, span: Span) -> bool:
    """A few quoted words that do not make a clause: a scare quote or a borrowed phrase.

    Only a feature: an attributed “total political crap” is still someone's words.
    """
    words = word_texts(span.slice(text))
    if len(words) >= FRAGMENT_WORDS:
        return False
    inner = span.slice(text).rstrip(" ,;:")
    if inner and inner[-1] in "!?":
        return False
    return not words or words[0].lower() not in CLAUSE_START


_AFTER_CLOSE = re.compile(r"[”»›’\"']{1,2}[ \t]+([a-z][\w’'-]*)")

def _runs_on(text: str, span: Span) -> bool:
    """The reporter's sentence goes on after the closing mark: “…breaking point” to drive…

    The quoted words end without punctuation and the next word is lower case and not
    the start of an attribution, so the quote is a phrase inside the reporter's clause.
    """
    inner = span.slice(text).rstrip()
    if not inner or not inner[-1].isalnum():
        return False
    m = _AFTER_CLOSE.match(text, span.end)
    if m is None:
        return False
    word = m.group(1).lower()
    return word not in ATTRIBUTION_START and word not in CUES


def _word_before(text: str, i: int) -> str:
    """The word ending before position ``i`` (skipping punctuation and spaces)."""
    while i >= 0 and not text[i].isalnum():
        i -= 1
    j = i
    while j >= 0 and (text[j].isalnum() or text[j] in "’'-"):
        j -= 1
    return text[j + 1 : i + 1].lower()


def is_woven(text: str, span: Span) -> bool:
    """True when the quote is part of the reporter's own clause, not a free-standing one.

    ``he was Russia’s “number one target”`` and ``planned to “encircle Kyiv…”`` are woven
    (partial quotes); ``Zelensky said: “We are all here.”`` and a quote opening its own
    sentence are not. This is the line the PolNeAR annotation draws around direct quotes.
    """
    if _runs_on(text, span):
        return True
    i = span.start - 1
    while i >= 0 and (text[i] in MARKS or text[i] == " "):
        i -= 1
    if i < 0 or text[i] == "\n":
        return False
    if not (text[i].isalnum() or text[i] in "’'"):
        if text[span.start].islower() and text[i] in ",—–-":
            # “…under Obama, “the generals have been reduced…”: the reporter's sentence
            # carries on into the quote, unless a cue verb stands before the comma.
            return _word_before(text, i) not in FRAME_WORDS
        return False  # after a comma, colon, dash or sentence end
    j = i
    while j >= 0 and (text[j].isalnum() or text[j] in "’'-"):
        j -= 1
    word = text[j + 1 : i + 1].lower()
    return word not in FRAME_WORDS
