"""The bodies one document names (companies, agencies, academies), for the words that
speak for them: "the company said", "its board", "a spokesperson for OceanGate".

An institutional statement is attributed to a description far more often than to a
name, and the description refers back to a body the article named earlier. Which one is
read from the article itself, never from a list of organisations: the body named last
before the words that the article calls by the description's noun right beside its
name ("OpenAI, the company that launched ChatGPT"), or whose name holds the noun ("the
academy": the Academy of Motion Picture Arts and Sciences). A description the article
never ties to a name stays unnamed: a wrong speaker is worse than none.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import cached_property

from app.model import Span
from app.quotes.people import NameIndex, strip_possessive, title_case_line
from app.quotes.vocabulary import (
    COMMON_CAPS,
    IMPERSONAL_HEADS,
    INSTITUTIONS,
    NOT_IN_NAME,
    PARTS_OF_BODIES,
    POSSESSIVE,
    PREPOSITIONS,
    PRONOUNS,
    TITLES,
    UTTERANCES,
    WHEN,
)
from app.text.tokens import Word

#: Capitalised words that name no body on their own ("The", "Friday", "President").
NOT_A_BODY = COMMON_CAPS | NOT_IN_NAME | TITLES | WHEN
# How far back a description ("the company said") looks for the body it names, and how
# near after one of that body's mentions the noun must be written once ("OpenAI, the
# company that launched ChatGPT").
_BODY_REACH = 2000
_BODY_NOUN_REACH = 60
# What joins the words of one body's name ("Academy of Motion Picture Arts and
# Sciences"; "and" only after an "of": "OpenAI and Microsoft" are two).
_IN_BODY_NAME = frozenset({" of ", " for ", " and ", " of the "})
_BODY_JOINS = frozenset({"of", "for", "and", "the"})
# Words before a name that make what follows a clause, not an appositive ("In downtown
# San Francisco, a group dressed in…").
_PLACE_PREPOSITIONS = PREPOSITIONS | {"in", "of", "into", "near", "across", "outside", "inside"}
# Those whose whole role is to speak for another (a "representative" may be elected).
SPOKES = frozenset({"spokesman", "spokeswoman", "spokesperson"})
SPOKESPEOPLE = SPOKES | {"representative"}
# How a description opens ("the company", "a spokesperson for…", "its board").
_DESCRIBING = frozenset({"the", "a", "an", "its", "their", "this", "that"})


def capitals(names: NameIndex, quotes: Sequence[Span]) -> list[tuple[Word, str]]:
    """The capitalised words outside quotes that are no one's name (nor a pronoun), each
    with the word less its possessive; in text order."""
    person_words = {w.lower() for p in names.people for w in p.name.split()}
    inside = sorted((q.start, q.end) for q in quotes)
    out = []
    k = 0
    # capitalised words only (a fifth of an article's), in text order as the walk
    # through the quotes needs
    for t in [t for t in names.tokens if t.cap and len(t.text) >= 2]:
        while k < len(inside) and inside[k][1] <= t.start:
            k += 1
        if k < len(inside) and inside[k][0] <= t.start:
            continue
        w = strip_possessive(t.text).rstrip(".")
        low = w.lower()
        if low in person_words or low in PRONOUNS or low in POSSESSIVE:
            continue
        out.append((t, w))
    return out


def is_impersonal(phrase: str) -> bool:
    """Attributing words that name a body, a document or someone's representative, so
    not the person the article is most about: "the company's website", "the statement",
    "its board", "a spokesperson for OceanGate"."""
    words = phrase.split()
    if not words or words[0].lower() not in _DESCRIBING:
        return False
    low = [strip_possessive(w.lower()).strip(",.;:") for w in words]
    if any(w in {"for", "from"} for w in low[1:-1]) and words[-1][:1].isupper():
        return True  # speaks for someone named: them, or no one
    return _head(words, low) in IMPERSONAL_HEADS or low[-1] in UTTERANCES


def _head(words: Sequence[str], low: Sequence[str]) -> str:
    """What a description is of: its first owner ("the company's board": the company),
    else its last word."""
    owned = [k for k, w in enumerate(words) if strip_possessive(w) != w]
    return low[owned[0]] if owned else low[-1]


class Bodies:
    """The bodies one document names, and which of them a description refers to."""

    def __init__(
        self, text: str, names: NameIndex, capitalised: Sequence[tuple[Word, str]]
    ) -> None:
        """``capitalised``: :func:`capitals` of the document (its caller reads them for
        the article's organisations too)."""
        self.text = text
        self.names = names
        self.capitalised = capitalised

    @cached_property
    def named(self) -> list[tuple[int, str]]:
        """Where the article names a body outside quotations, and its name ("Wells
        Fargo", "Academy of Motion Picture Arts and Sciences"), in text order. Made when
        a description asks: most articles have none to read."""
        runs: list[list] = []  # [start, end, words, ends with a possessive]: growing
        for t, w in self.capitalised:
            last = runs[-1] if runs else None
            gap = self.text[last[1] : t.start] if last else ""
            if last and not last[3] and (gap == " " or (
                gap in _IN_BODY_NAME and (gap != " and " or "of" in last[2])
            )):
                last[1] = t.start + len(w)
                last[2] += [*gap.split(), w]
            else:
                runs.append([t.start, t.start + len(w), [w], False])
            runs[-1][3] = w != t.text.rstrip(".")
        # A body's name, less the words around it that are not ("On Friday OpenAI"); a
        # run holding a title is someone's office ("Chief Technology Officer").
        out = []
        for start, _end, words, _owner in runs:
            lows = [w.lower() for w in words]
            if any(w in TITLES for w in lows) or title_case_line(self.text, start):
                continue
            a, b = 0, len(words)
            while a < b and (lows[a] in NOT_A_BODY or lows[a] in _BODY_JOINS):
                start += len(words[a]) + 1
                a += 1
            while b > a and (lows[b - 1] in NOT_A_BODY or lows[b - 1] in _BODY_JOINS):
                b -= 1
            if a < b:
                out.append((start, " ".join(words[a:b])))
        return out

    def described(self, phrase: str, at: int) -> str | None:
        """The body (or, for a statement, the person) the attributing words ``phrase``
        at ``at`` speak for: "the company said", "the company's board", "its board", "a
        statement from OpenAI's board", "OceanGate's statement", "a spokesperson for
        OceanGate". None when no named body fits."""
        words = phrase.split()
        low = [strip_possessive(w.lower()) for w in words]
        owner: str | None = None
        if len(low) >= 4 and (
            (low[1] in UTTERANCES and low[2] in {"from", "by"})
            or (low[1] in SPOKESPEOPLE and low[2] == "for")
        ):
            # "a statement from OpenAI's board", "a spokesperson for OceanGate": whose
            # words they are, when a body's
            owner = strip_possessive(words[3]).rstrip(",.;:")
        elif len(low) == 2 and low[1] in UTTERANCES and strip_possessive(words[0]) != words[0]:
            # "OceanGate's statement read", "Trump's statement said": its owner's words
            owner = strip_possessive(words[0])
            who = next((p.name for p in self.names.people if owner in p.name.split()), None)
            if who is not None:
                return who
        if owner is not None:
            return next((n for _s, n in self.named if n.split()[0] == owner), None)
        if "of" in low:
            low = low[: low.index("of")]  # "the board of directors"
        if not 2 <= len(low) <= 3 or low[0] not in {"the", "its"} or not all(
            w[:1].islower() for w in words[1 : len(low)]
        ):
            return None
        head = _head(words[: len(low)], low)
        if head not in INSTITUTIONS:
            return None
        return self.before(at, head)

    def before(self, pos: int, noun: str) -> str | None:
        """The body named last before ``pos`` (within :data:`_BODY_REACH`) that the
        article calls a ``noun`` ("company") somewhere (:meth:`_called`), or whose name
        holds it ("the academy": the Academy of Motion Picture Arts and Sciences)."""
        typed: dict[str, bool] = {}
        for start, name in reversed(self.named):
            if start >= pos:
                continue
            if pos - start > _BODY_REACH:
                return None
            if name not in typed:
                typed[name] = noun in name.lower().split() or self._called(name, noun)
            if typed[name]:
                return name
        return None

    def _called(self, name: str, noun: str) -> bool:
        """The article calls ``name`` a ``noun`` right beside one of its mentions:
        "OpenAI, the company that…" (not after a preposition: "In downtown San
        Francisco, a group dressed in…" opens a clause); or gives it one, for a part of
        a body ("OpenAI's board": the board speaks for OpenAI)."""
        owned = rf"|['’]s {re.escape(noun)}\b" if noun in PARTS_OF_BODIES else ""
        after = re.compile(
            rf", (?:the|a|an) (?:[\w-]+ ){{0,3}}?{re.escape(noun)}\b{owned}", re.I
        )
        text = self.text
        for start, n in self.named:
            if n != name:
                continue
            end = start + len(name)
            lead = text[max(0, start - 30) : start].split()[-2:]
            if any(w.lower() in _PLACE_PREPOSITIONS for w in lead):
                continue
            if after.match(text, end, end + _BODY_NOUN_REACH):
                return True
        return False
