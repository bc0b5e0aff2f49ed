"""Who said each quote: cue verbs, speaker phrases, pronouns and names within a document.

A light, rule-based name model rather than an NLP model: news attribution is formulaic
(“…,” X said / said X / X said: “…” / according to X), the rules are inspectable when a
journalist asks "why this speaker?", and nothing has to be downloaded or bundled.

Who a phrase names is :mod:`app.quotes.people`' job; the words the rules look for are in
:mod:`app.quotes.vocabulary`. Pronouns resolve to the most recent person of a
compatible gender.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections.abc import Sequence
from dataclasses import dataclass
from functools import cached_property
from itertools import takewhile

from app.model import Span
from app.quotes.people import (
    Mention,
    NameIndex,
    acts_as_subject,
    after_office,
    is_adverb,
    is_title,
    named_anew,
    office_object,
    opens_sentence,
    strip_possessive,
    title_case_line,
    tokens,
)
from app.quotes.spans import MARKS
from app.quotes.vocabulary import (
    ARTICLES,
    BEFORE_CUE,
    CLAUSE_OPENERS,
    COMMON_CAPS,
    CUE_OBJECTS,
    CUES,
    DESCRIPTORS,
    DETERMINERS,
    IMPERSONAL_HEADS,
    INDEFINITE_ARTICLES,
    NOT_IN_NAME,
    NOT_SPEAKING,
    ORG_WORDS,
    PARTICLES,
    POSSESSIVE,
    PREPOSITIONS,
    PRONOUNS,
    STOP_AFTER_CUE,
    SUBORDINATORS,
    SWEPT_UP,
    SWEPT_UP_WHEN,
    TAKES_OBJECT,
    TIME_WORDS,
    TITLE_LINKS,
    TITLES,
    UTTERANCES,
    WHEN,
    WOVEN_CUES,
    counted,
)
from app.text.abbreviations import is_abbreviation
from app.text.tokens import WORD_END, WORD_START, Word, is_capitalised
from app.text.vocabulary import STOPWORDS

# A sentence ending between attributing words and the quote after them.
_SENTENCE_END = re.compile(r"[.!?][”’\"']?\s")
# The word opening what follows a closing mark (spaces only between).
_NEXT_WORD = re.compile(r"[ \t]*(\w+)")
# Words a dateline may have before its colon or dash ("ADANA, Turkey (AP) —").
_DATELINE_WORDS = 8
# Pronouns that, capitalised after a quote, open the next sentence.
_SENTENCE_PRONOUNS = frozenset({"He", "She", "They"})
# Prepositions after a role that tie it to the one it speaks for ("a spokesman for Smith").
_SPEAKS_FOR = frozenset({"for", "to"})
# "one longtime adviser to Bill Clinton", "another aide": one of several, unnamed.
_ONE_OF_MANY = frozenset({"one", "another"})
# Words opening a sentence with a subordinate clause, before the main one.
_OPENS_SUBORDINATE = SUBORDINATORS | {"while", "when", "as", "if", "once", "unless"}
# Words opening a clause inside a sentence, whose subject a participle after it may
# belong to (see _Attributor._subordinate_subject).
_MID_SUBORDINATORS = frozenset({"as", "when", "while", "after", "before", "because", "since"})
_NEXT_CHARS = 20  # characters after a name in which the word following it is read
# Object pronouns before "as saying": the one quoted ("quoted him as saying").
_QUOTED_AS = frozenset({"him", "her", "them"})
# Capitalised words that open a sentence without naming anyone ("And", "Hours", "In").
_NOT_A_NAME_START = COMMON_CAPS | NOT_IN_NAME

# How far the rules look, in characters or words. News attribution is short and close to
# its quote; each bound is past what copy writes and keeps hostile text linear.
_WORD_REACH = 20  # characters back to the word before a period: longer than any title
_MARKS_BEFORE = 2  # characters of marks and spaces before a quote's words (‘ “…)
_MARKS_AFTER = 4  # characters of marks and punctuation after them (,’” ”.)
_AFTER_REACH = 250  # characters after a quote its attribution may take: one sentence
_SUBJECT_AFTER = 10  # words after a quote in which to look for its cue verb…
_LONG_SUBJECT_AFTER = 40  # …or when a name or a role opens them ("Sen. Claire McCaskill
#                           (D-Mo.) said", "Scott Pruitt, the attorney general of…, said")
# The rest of a sentence after a quote's speaker that ends in a colon and opens the next
# quote ("…” Mr. Zahed said: “…").
_INTRODUCES = re.compile(r"[^.!?\"“”‘’\n]*:\s*[\"“‘']")
# The attribution frame after a quote whatever its verb (“…?” Hannity pressed. / “…,”
# remembered Roy Verley, …): at most this many words before the verb, and in the whole
# clause to the sentence's end.
_FRAME_SUBJECT_WORDS = 5
_FRAME_WORDS = 12
# Words after the subject of a clause set off by a comma before a quote, which introduces
# it whatever the verb: the verb and a particle ("Hillary shot back, “…”").
_COMMA_INTRO_VERB_WORDS = 2
_SUBJECT_WORDS = 8  # words of a subject written after its cue ("said Sen. Mark Warner")
_NEAR_WORDS = 3  # words after a cue that still leave it next to its quote ("told CNN:")
_LEAD_WORDS = 8  # words at a clause's start in which its subject is looked for
_INFINITIVE_REACH = 6  # words from "to" to a cue joined to its verb by "and" ("to … and say")
# Words that open a phrase setting the scene before a clause's subject ("In a surprise
# move, …", "On Monday, …", "Earlier, …"): prepositions and adverbs of time.
_INTRODUCING = frozenset(
    ["in", "on", "at", "after", "before", "during", "following", "amid", "earlier",
     "later", "meanwhile", "since", "yesterday", "today", "however"]
)
# What a described subject ends in: a body ("the company", "the Norwegian Nobel
# Committee"). Not a role: "the spokesman, adding…" is the fitted model's to resolve, as
# for "the spokesman said".
_DESCRIBED = ORG_WORDS | {"family", "families"}  # "the royal family shared…, writing"
_FREE_ADJECTIVES = 2  # words before a described body that are none of the lists'
_DESCRIPTION_WORDS = ORG_WORDS | TITLES | DESCRIPTORS  # lower-case words such a phrase holds
# Prepositions that tie a name to a noun or a place ("in support of Jenni Hermoso", "the
# capital in Terre Haute"): its object is never a participle's subject. Not the others,
# whose object often is the source ("with President Čaputová condemning…", "attributed to
# Attorney General Ryan Pinder"); read as objects they moved as many speakers wrong as right.
_OBJECT_OF = frozenset({"of", "in"})
_ACRONYM = re.compile(r"[A-Z]{2,6}")  # INEC, NATO, ISPR
#: A US lawmaker's party and state, as AP writes them after the name ("R-Ky.", "D-N.Y.",
#: "I-Vt."): a tag, never a name.
_PARTY_TAG = re.compile(r"[RDI]-[A-Z][A-Za-z.]{0,11}")
_ABSOLUTE_WORDS = 4  # words between "with" and a participle cue they are the subject of
# Words that end the subject after "with" before it reaches the cue: a pronoun or a
# conjunction starts a clause of its own ("with him and his wife saying").
_NOT_ABSOLUTE = frozenset(PRONOUNS) | {"and", "but", "or"}
_LABEL_WORDS = 8  # words of a line labelling the quotes under it with a name
_LABEL_WHERE = 3  # words after a label's name and a comma saying where ("On X")
# Two quotes with only this between them are one speaker's run of quotes: at most two
# line breaks and 400 characters, and either six words or fewer, or a cue verb within
# 120 characters or among the first three words ("…,” she said. “…").
_RUN_GAP_LINES = 2
_RUN_GAP_CHARS = 400
_RUN_GAP_WORDS = 6
_CUE_GAP_CHARS = 120
_CUE_FIRST_WORDS = 3
# A role phrase is at most six words ("a senior U.S. intelligence official said"); one
# without an article at most four ("senior administration officials said"); a name
# written after its quote holds at most three lower-case words ("Tulsa police Chief…").
_ROLE_PHRASE_WORDS = 6
_BARE_ROLE_WORDS = 4
_LOWER_IN_NAME = 3
# Words that open a noun phrase rather than a name, and words a name ends before.
_NOUN_PHRASE_OPENERS = ARTICLES | {"one", "another"}
_NAME_ENDS = frozenset({"of", "from", "for", "to", "and", "with"})
# Prepositions tying a name to the noun before it in a subject ("a spokesman for Smith",
# "an aide to McCarthy", "the organisation behind the Oscars", "Merkel of Germany"), and
# the words that open such a noun phrase.
_GOVERNING = frozenset({"of", "for", "to", "behind", "at", "with", "from"})
# Prepositions that tie a role to the one it serves ("a spokesman for the president", "an
# aide to the prime minister", "a source close to the SNP leader", "a person familiar
# with the talks"): those a role's words stop at (_SPEAKS_FOR), and two more; not "of",
# which also ties an office to what it heads ("the leader of the opposition").
_SERVING = _SPEAKS_FOR | {"behind", "with"}
_SERVED_WORDS = 3  # lower-case words describing the one served ("for porn star Daniels")
_PLACED = frozenset({"in", "at", "from"})  # a name, then where it is: it speaks
_ROLE_OPENERS = frozenset({"the", "a", "an", "his", "her", "their", "its", "one"})
_NAME_LINKS = ARTICLES | {"of"}  # "the Bank of England …": words between names


def _role_for(toks: list[Word], j: int, i: int) -> _Phrase | None:
    """The role phrase ``toks[j : i + 1]`` with the role it hangs from, when a
    preposition ties it to one before it: in "a source close to the SNP leader told",
    the speaker is the source, and the leader is only whom they speak for; in "the head
    of the presidential guard told", the head speaks, not the guard."""
    k = j - 1
    if k < 1 or (toks[k].low not in _SERVING and toks[k].low != "of"):
        return None
    m = k - 1
    while m >= 0 and k - 1 - m < _ROLE_PHRASE_WORDS:
        if toks[m].low in _ROLE_OPENERS:
            words = [x.text for x in toks[m : i + 1]]
            return _Phrase(words, toks[m].start, toks[i].end, toks[j].start)
        if toks[m].text in ",;:—–()" or toks[m].cap or toks[m].low in CUES:
            return None
        m -= 1
    return None


@dataclass(frozen=True, slots=True)
class Attribution:
    """One quote's attribution; every field is None when nothing attributes it."""

    speaker: str | None
    start: int | None
    end: int | None
    cue: str | None


def _role_then_name(toks: list[Word], k: int) -> bool:
    """``toks[k:]`` are a few lower-case role words and then a full name ("spokesman
    Dmitry Peskov", "senior correspondent Jim Acosta")."""
    j = k
    while (
        j < len(toks) and j - k < 3 and toks[j].text.isalpha() and toks[j].text[:1].islower()
        and toks[j].low not in STOPWORDS and toks[j].low not in CUES
    ):
        j += 1
    return j > k and j + 1 < len(toks) and toks[j].cap and toks[j + 1].cap


def _runs_on(words: list[Word], t: Word) -> bool:
    """Whether ``t`` goes on a noun phrase that opens with a determiner and holds no
    title, after one of its capitalised words ("one Democratic source")."""
    return (
        words[0].low in _NOUN_PHRASE_OPENERS
        and t.low not in _NAME_ENDS
        and not any(w.low.rstrip(".") in TITLES for w in words)
    )


# ---------------------------------------------------------------------- sentences


def _boundary_before(text: str, pos: int, floor: int) -> int:
    """Start of the sentence holding ``pos`` (never before ``floor``).

    Linear in ``pos - floor``: each line break asks :class:`_LineEnds` how the text
    before it ends, which neither copies that text nor re-reads what an earlier break
    of the same walk read (a run of dots or a 70,000-letter word once took cubic time).
    """
    ends = _LineEnds(text, floor)
    announced = _announced(text, pos, floor)
    i = pos - 1
    while i > floor:
        ch = text[i]
        if ch == "\n":
            if i < announced and not ends.continues(i):
                return i + 1
        elif ch in ".!?" and text[i + 1 : i + 2].isspace():
            word = re.search(r"([\w.’']+)$", text[max(floor, i - _WORD_REACH) : i])
            w = word.group(1) if word else ""
            if (
                not is_abbreviation(w.rstrip("."))
                and not (len(w) == 1 and w.isalpha())
                and "." not in w
            ):
                j = i + 1
                while j < pos and text[j].isspace():
                    j += 1
                if j < pos and (text[j].isupper() or text[j] in "“\"‘'«"):
                    return i + 1
        i -= 1
    return floor


def _is_word(ch: str) -> bool:
    """``\\w`` in Python's ``re`` (checked over every code point): letters, digits, ``_``."""
    return ch.isalnum() or ch == "_"


def _is_wordish(ch: str) -> bool:
    """``[\\w.’']``: what counts as the last word of a line (an abbreviation keeps its dots)."""
    return ch.isalnum() or ch in "_.’'"


def _before_cue(t: Word) -> bool:
    """A word between a subject and its cue verb ("also", "has", "officially")."""
    return t.low in BEFORE_CUE or is_adverb(t.text)


def _possessed(toks: list[Word], comma: int) -> bool:
    """The few words before ``toks[comma]`` hold a possessive ("Deibe’s 17-year-old
    son", "his wife"): the phrase names someone's relative or role-holder."""
    return any(
        t.low in {"his", "her", "their"} or strip_possessive(t.text) != t.text
        for t in toks[max(0, comma - 3) : comma]
    )


def _announced(text: str, pos: int, floor: int) -> int:
    """Where the blanks and opening marks before ``pos`` start, when a colon ends the
    text before them: a line ending in a colon announces the quote that opens the next
    line ("One man, Amer Batha, told AFP:\n“…”"), so the sentence runs on over those
    line breaks. ``pos`` otherwise (no break is passed)."""
    j = pos
    while j > floor and text[j - 1] in " \t\n“\"‘'«":
        j -= 1
    return j if text[j - 1 : j] == ":" and j > floor else pos


class _LineEnds:
    """How the text from ``lo`` up to each line break of one walk ends.

    ``continues(i)`` answers what ``text[lo:i].rstrip()`` did for the line-break rule
    (``_LAST_WORD = r"([\\w.’']+)\\W*$"`` searched in it) without the copy and without
    the regex, which backtracks over a run of characters that are both in the word class
    and ``\\W`` (dots, apostrophes): cubic on a line of 4,000 dots. The leftmost match of
    that pattern is the run of ``[\\w.’']`` holding the last word character (its group
    carries on into the tail through dots and apostrophes), or, with no word character,
    the run at the first dot or apostrophe. Each scan's result is remembered, so the
    next break of the same walk (before it or after it) that ends in the same blank run,
    non-word run or word reuses it, and every character is read a bounded number of times.
    """

    __slots__ = ("_blank", "_nonword", "_punct", "_word", "lo", "text")

    def __init__(self, text: str, lo: int) -> None:
        self.text = text
        self.lo = lo
        self._blank = (-1, -1)  # (e, i): text[e:i] is blank, e the end after rstrip
        self._nonword = (-1, -1)  # (t, e): text[t:e] has no word character, t its start
        self._punct: tuple[int, int | None] = (lo, None)  # (scanned to, first . ’ ')
        self._word: tuple[int, int, str] = (-1, -1, "")  # (t, run end, word) for t

    def _rstrip(self, i: int) -> int:
        """End of ``text[lo:i].rstrip()``."""
        e_prev, i_prev = self._blank
        if e_prev <= i <= i_prev:
            return e_prev
        text, lo, e = self.text, self.lo, i
        while e > lo and text[e - 1].isspace():
            e -= 1
            if e == i_prev:
                e = e_prev
                break
        self._blank = (e, i)
        return e

    def _nonword_start(self, e: int) -> int:
        """Start of the run of non-word characters that ends at ``e`` (``lo`` at most)."""
        t_prev, e_prev = self._nonword
        if t_prev < e <= e_prev:
            return t_prev
        text, lo, t = self.text, self.lo, e
        while t > lo and not _is_word(text[t - 1]):
            t -= 1
            if t == e_prev:
                t = t_prev
                break
        self._nonword = (t, max(e, e_prev) if t == t_prev else e)
        return t

    def _first_punct(self, e: int) -> int | None:
        """The first dot or apostrophe in ``text[lo:e]`` (a text with no word character)."""
        scanned, p = self._punct
        if p is not None:
            return p if p < e else None
        text = self.text
        for k in range(scanned, e):
            if text[k] in ".’'":
                self._punct = (k + 1, k)
                return k
        self._punct = (max(scanned, e), None)
        return None

    def last_word(self, e: int) -> str:
        """The word ``_LAST_WORD`` finds in ``text[lo:e]``, final dots stripped."""
        t = self._nonword_start(e)
        t_prev, r_prev, w = self._word
        if t == t_prev and r_prev <= e:
            return w
        text, lo = self.text, self.lo
        if t > lo:
            p = t - 1
            while p > lo and _is_wordish(text[p - 1]):
                p -= 1
            r = t
        else:
            first = self._first_punct(e)
            if first is None:
                return ""
            p = r = first
        while r < e and _is_wordish(text[r]):
            r += 1
        w = text[p:r].rstrip(".")
        if r < e or r == len(text) or not _is_wordish(text[r]):
            self._word = (t, r, w)  # the run ended by itself: the same for any later end
        return w

    def continues(self, i: int) -> bool:
        """A line break at ``i`` inside a sentence: after a title ("said Rep.") or a comma."""
        e = self._rstrip(i)
        if e <= self.lo:
            return False
        w = self.last_word(e)
        if is_abbreviation(w):
            return True
        # "…,” Clinton said.\n“…": a cue that ends its sentence does not run on.
        last = self.text[e - 1]
        return last == "," or (w.lower() in CUES and last not in ".!?")


def _continues_line(before: str) -> bool:
    """A line break inside a sentence: after a title ("said Rep.") or a comma."""
    return _LineEnds(before, 0).continues(len(before))


def _boundary_after(text: str, pos: int, ceiling: int) -> int:
    """End of the sentence that starts at ``pos`` (never after ``ceiling``)."""
    ends = _LineEnds(text, pos)
    i = pos
    while i < ceiling:
        ch = text[i]
        if ch == "\n" and not ends.continues(i):
            return i
        if ch in ".!?" and (i + 1 >= len(text) or text[i + 1].isspace()):
            word = re.search(r"([\w.’']+)$", text[max(pos, i - _WORD_REACH) : i])
            w = word.group(1) if word else ""
            if not is_abbreviation(w.rstrip(".")) and not (len(w) == 1 and w.isalpha()) and (
                not _initials_within(text, w, i)
            ):
                return i
        i += 1
    return ceiling


def _initials_within(text: str, word: str, i: int) -> bool:
    """``word`` is dotted initials ("U.S.", "D.C.") whose full stop at ``i`` goes on
    into the sentence: "the U.S. Coast Guard said", "in Washington, D.C. on Monday";
    not "…to the U.S. The talks…", where a sentence opener follows."""
    if "." not in word.rstrip("."):
        return False
    nxt = text[i + 1 : i + 40].split()[:1]
    return bool(nxt) and (nxt[0][:1].islower() or (
        nxt[0][:1].isupper() and nxt[0].strip(",.;:").lower() not in COMMON_CAPS))


# -------------------------------------------------------------------- attribution

_DASH_BYLINE = re.compile(
    r"[ \t\u00a0]*[―—][ \t\u00a0]*([A-Z][\w.’'-]*(?:[ \t\u00a0]+[A-Z][\w.’'-]*){0,4})"
    # a spaced hyphen stands in for the dash before a full name ("…” - Prime Minister Scott
    # Morrison"), not before one word (an agency's "- AFP", "- Russian for…")
    r"|[ \t\u00a0]+-[ \t\u00a0]+([A-Z][\w.’'-]*(?:[ \t\u00a0]+[A-Z][\w.’'-]*){1,4})"
)


# "ChatGPT-maker", "UK-based"; "75-year-old" (an age before the name it describes)
_MODIFIER = re.compile(r"[A-Z][\w.]*(?:-\w+)*-[a-z]+|\d{1,3}-year-old")


def _object_of(toks: list[Word], k: int, start: int, owner: bool = True) -> bool:
    """Whether the name starting at ``start`` that ``toks[k]`` is in is the object of
    "of" or "in", past its title, time and age ("of President Joe Biden", "of the late
    Omar Bongo", "the death of 22-year-old Mahsa Amini"). ``owner``: a possessive counts
    ("the size of Sanders's following"); without, it does not ("In Trump's mind, …" sets
    a clause's scene by its subject)."""
    j = k - 1
    while j >= 0 and toks[j].start >= start:
        j -= 1  # the name's own words
    while j >= 0 and (
        (toks[j].cap and toks[j].low in TITLES)
        or toks[j].low in TIME_WORDS
        or toks[j].low in ARTICLES
        or _MODIFIER.fullmatch(toks[j].text)
    ):
        j -= 1
    if j < 0 or toks[j].low not in _OBJECT_OF:
        return False
    if owner:
        return True
    last = k
    while last + 1 < len(toks) and toks[last + 1].cap:
        last += 1  # the name's last word
    return strip_possessive(toks[last].text) == toks[last].text


def _name_opening(toks: list[Word]) -> _Phrase | None:
    """The name that opens an attribution written after its quote.

    ``Tulsa police Chief Chuck Jordan`` / ``Rep. Gwen Moore (D-Wis.)`` / ``Scott Pruitt,
    the Republican attorney general of Oklahoma,`` / ``Mr. Morgan of the Sierra Club``:
    the last capitalised run before any function word, appositive or party tag; or, when
    an article opens the words and a noun follows that run (``an Altadena woman who…``),
    the whole description, which names no one.
    """
    head: list[Word] = []
    depth = 0
    stop = ""  # the word the name's words stop at
    for t in toks:
        if t.text == "(":
            depth += 1
        elif t.text == ")":
            depth = max(0, depth - 1)
        elif depth == 0:
            if t.text in ",;:—–" or t.low in NOT_IN_NAME or t.low in CUES:
                stop = t.low
                break
            head.append(t)
    if not head or (not head[0].cap and len(head) > _ROLE_PHRASE_WORDS):
        return None
    lower = [t for t in head if not t.cap]
    if len(lower) > _LOWER_IN_NAME or any(
        t.low.endswith("s") and t.low not in TITLES for t in lower
    ):
        return None  # a clause ("Blige sings…"), not a name with its role
    j = len(head)
    while j > 0 and not head[j - 1].cap:
        j -= 1
    i = j
    while i > 0 and (head[i - 1].cap or head[i - 1].low in PARTICLES):
        if strip_possessive(head[i - 1].text) != head[i - 1].text:
            break  # "the Washington Post's Ed O'Keefe": the name after the owner
        i -= 1
    if i == j or (stop == "of" and j == len(head) and all(t.low in ORG_WORDS for t in head[i:j])):
        return None  # (or a body's: "University of Sydney politics lecturer Henry Maher")
    if i > 0 and j < len(head) and head[0].low in ARTICLES and head[j - 1].low not in TITLES:
        # "…,” an Altadena woman who lost her home said: capitals between an article
        # and a noun describe that noun; the description is the subject, not a name
        return _Phrase([t.text for t in head], head[0].start, head[-1].end)
    return _Phrase([t.text for t in head[i:j]], head[i].start, head[j - 1].end)


@dataclass(frozen=True, slots=True)
class _Phrase:
    words: list[str]
    start: int
    end: int
    # Where the one a role phrase speaks for is named ("a spokesman for Smith"): a role
    # resolved to them is not theirs.
    speaks_for: int | None = None
    # A described subject read at a clause's start (_described_subject): a role there is
    # not resolved to whoever the article last gave it (that reading sent "the prince
    # called…, calling him…" and "the justice sounded off on Trump, saying…" to Trump).
    described: bool = False


class _Attributor:
    def __init__(
        self, text: str, quotes: list[Span], woven: Sequence[bool], names: NameIndex
    ) -> None:
        self.text = text
        self.quotes = quotes
        self.woven = woven  # per quote: part of the reporter's own clause (app.quotes)
        self.names = names
        self._starts = list(map(WORD_START, names.tokens))  # (mapped in C: every word)
        self._ends = list(map(WORD_END, names.tokens))

    @cached_property
    def _name_words(self) -> frozenset[str]:
        """The words of the names of the people the article names."""
        return frozenset(w for p in self.names.people for w in p.name.split())

    @cached_property
    def _known(self) -> frozenset[str]:
        """The names of the people the article names."""
        return frozenset(p.name for p in self.names.people)

    def _verb(self, t: Word) -> bool:
        """Whether a cue word stands as a verb, not as the last word of a name: "the
        United States." is a place, not "United" stating anything. A capitalised cue
        right after a capitalised word goes on a name, unless that word names a person
        ("Musk Tweeted Saturday") or the line is a headline in title case ("Hollande
        Says Trump…"); after a mark it is a verb an outlet capitalised ("Murphy, the
        head of Right to Rise USA, Tweeted on Friday")."""
        if not t.cap:
            return True
        before = self.text[max(0, t.start - 40) : t.start]
        words = before.split()
        if not words or before[-1:] not in " \t" or not words[-1][-1:].isalpha():
            return True
        if not words[-1][:1].isupper() or words[-1] in self._name_words:
            return True  # after a person named: "Musk Tweeted Saturday"
        return title_case_line(self.text, t.start, True)

    def _tokens(self, start: int, end: int) -> list[Word]:
        """The words of ``text[start:end]``, read from the name index's words of the
        whole text; only a word cut by either end is tokenised again."""
        whole = self.names.tokens
        i = bisect_left(self._starts, start)
        j = bisect_right(self._ends, end)
        if i >= j:
            return tokens(self.text, start, end)
        out = whole[i:j]
        if i > 0 and whole[i - 1].end > start:
            out[:0] = tokens(self.text, start, whole[i].start)
        if j < len(whole) and whole[j].start < end:
            out += tokens(self.text, whole[j - 1].end, end)
        return out

    def _outer(self, q: Span) -> tuple[int, int]:
        """The quote with its marks."""
        s, e = q.start, q.end
        while (
            s > 0
            and (self.text[s - 1] in MARKS or self.text[s - 1] == " ")
            and q.start - s < _MARKS_BEFORE
        ):
            s -= 1
        while e < len(self.text) and e - q.end < _MARKS_AFTER and (
            self.text[e] in MARKS
            or self.text[e] in ".,!?;:—–"
            # “…doing this, " Trump said”: a stray space before the closing mark
            or (self.text[e] == " " and self.text[e + 1 : e + 2] in ("”", '"', "’", "'"))
        ):
            e += 1
        return s, e

    def run(self) -> list[Attribution]:
        out: list[Attribution] = []
        prev_end = 0
        for n, q in enumerate(self.quotes):
            s, e = self._outer(q)
            nxt = self._outer(self.quotes[n + 1])[0] if n + 1 < len(self.quotes) else len(self.text)
            a = None if self._ends_sentence(q, e) else self._after(
                e, nxt, framed=opens_sentence(self.text, s) and self._goes_on(q, e))
            b = self._before(max(prev_end, 0), s, woven=self.woven[n])
            if b is not None and (a is None or b[1] or self._new_sentence(q, e)) and not (
                b[1] and self._named_after(a, b[0], s)
            ):
                found: Attribution | None = b[0]
            else:
                found = a
            if found is None or self._pronoun(found):
                # "Ursula von der Leyen, EU Commission President" over “…,” she said: the
                # label names whom the pronoun refers to (a label line is no mention the
                # index lets a pronoun reach)
                found = self._labelled(s) or found
            elif found.speaker is not None and found.speaker not in self._known:
                # "European Commission President Ursula von der Leyen" over “…,” von der
                # Leyen said: the label names in full the one the words name in part
                label = self._labelled(s)
                if label is not None and label.speaker is not None and (
                    label.speaker.lower().endswith(" " + found.speaker.lower())
                ):
                    found = Attribution(label.speaker, found.start, found.end, found.cue)
            if found is None and out and (
                self._same_run(self.quotes[n - 1], q)
                if not self.woven[n]
                else out[-1].start is not None and self._same_clause(self.quotes[n - 1], q)
            ):
                found = out[-1]
            if found is None:
                found = Attribution(None, None, None, None)
            out.append(found)
            prev_end = e
        return out

    def _named_after(self, a: Attribution | None, b: Attribution, s: int) -> bool:
        """The words after the quote name its speaker, and those before it end a sentence
        of their own: "…, the Gulf state announced Tuesday. “…,” said Majed al-Ansari".
        Not a pronoun ("…,” she said": whom it means, the sentence before may say), nor
        words that go on to introduce the next quote ("…” Mr. Zahed said: “…").
        """
        if a is None or a.speaker is None or a.end is None or self._pronoun(a):
            return False
        if not a.speaker[:1].isupper():
            return False  # "…” Asked to estimate a figure, Grindley…": no one's name
        if b.end is None or not self.text[b.end : s].rstrip(" \t\n“\"‘'").endswith(
            (".", "!", "?")
        ):
            return False
        return _INTRODUCES.match(self.text, a.end, a.end + _AFTER_REACH) is None

    def _pronoun(self, a: Attribution) -> bool:
        """The attributing words are a personal pronoun ("she said")."""
        return a.start is not None and self.text[a.start : a.end].lower() in PRONOUNS

    def _labelled(self, s: int) -> Attribution | None:
        """A quote opening its paragraph under a line that names someone and ends in a
        colon ("NATO Secretary-General Jens Stoltenberg:"), as round-ups of reactions
        and transcripts print a speaker's label: the name is the speaker's."""
        text = self.text
        ls = s
        while ls > 0 and text[ls - 1] in " \t“\"‘'«":
            ls -= 1
        if ls > 0 and text[ls - 1] != "\n":
            return None  # the quote does not open its line (read back no further)
        e = ls - 1
        while e > 0 and text[e - 1].isspace():
            e -= 1
        if e <= 0:
            return None
        start = text.rfind("\n", 0, e) + 1
        line = text[start:e]
        if len(line.split()) > _LABEL_WORDS:
            return None  # a sentence introducing the quote: _before reads it
        if line.endswith(":"):
            m = self._mention_at(e - 2)
            if m is None or text[m.end : e - 1].strip():
                return None  # the line does not end with a name
            return Attribution(m.person.name, m.start, m.end, None)
        # Without a colon, a paragraph of its own that is a name and its title, maybe
        # where it was said ("Ukrainian President Volodymyr Zelensky", "UK Foreign
        # Minister David Cameron, On X"), above the quote's paragraph
        head, _comma, where = line.partition(",")
        if (
            "\n" not in text[e:ls - 1]
            or (start > 1 and text[start - 2] != "\n")
            or line[-1:] in ".!?;\"”’'"
            or len(where.split()) > _LABEL_WHERE
        ):
            return None
        end = start + len(head.rstrip())
        m = self._mention_at(end - 1)
        if m is not None and m.end == end:
            return Attribution(m.person.name, m.start, m.end, None)
        # A label in title case makes no one new (people.NameIndex reads it as a
        # headline): the name after its title is read here ("Argentine President Alberto
        # Fernandez", "Brazilian President Luiz Inacio Lula da Silva")
        words = head.split()
        body = words[:-1] if words and words[-1].lower() in UTTERANCES else words
        if len(body) >= 2 and body[-1].lower() in ORG_WORDS and all(
            w[:1].isupper() for w in body
        ):
            # a body's label ("Polish Foreign Ministry Statement", "Germany's Foreign
            # Ministry, On X"): the body speaks
            name = " ".join(body)
            at = line.find(name)  # -1: the words are spaced otherwise
            return None if at < 0 else Attribution(name, start + at, start + at + len(name), None)
        title = max((k for k, w in enumerate(words) if is_title(w.lower())), default=-1)
        name = words[title + 1 :]
        titled = title >= 0 or any(is_title(w.lower()) for w in where.split())
        # (or the name first, its title after the comma: "Ursula von der Leyen, EU
        # Commission President")
        if not titled or len(name) < 2 or not all(
            w[:1].isupper() or w in PARTICLES for w in name
        ) or not name[-1][:1].isupper():
            return None
        at = line.find(" ".join(name))
        if at < 0:
            return None
        return Attribution(self.names.resolve_name(name), start + at, end, None)

    def _ends_sentence(self, q: Span, e: int) -> bool:
        """A full stop after the closing mark ends the quote's sentence (as British
        outlets write: “…those around you”. Ahead of her speech, a source told…), so the
        words after it are a new sentence that attributes the next quote, not this one."""
        closed = False
        for ch in self.text[q.end : e]:
            if ch in MARKS:
                closed = True
            elif closed and ch in ".!?":
                return True
        return False

    def _new_sentence(self, q: Span, e: int) -> bool:
        """The quote ends its sentence inside the closing mark and a capitalised pronoun
        follows (“…based on a sealed indictment.” He added that…): the words after it
        more likely open a new sentence than attribute this quote, which would go on in
        lower case (“…,” he added)."""
        if q.end <= q.start or self.text[q.end - 1] != ".":
            return False
        after = _NEXT_WORD.match(self.text, e)
        return after is not None and after.group(1) in _SENTENCE_PRONOUNS

    def _same_clause(self, prev: Span, q: Span) -> bool:
        """A woven quote a few words after the last one in the same sentence goes on
        with its attribution ("the board said his departure “followed a review” that
        concluded “he has not been consistently candid”")."""
        gap = self.text[prev.end : q.start]
        if len(gap) > _CUE_GAP_CHARS or any(c in gap for c in "\n.!?;"):
            return False
        if len([w for w in gap.split() if w[:1].isalpha()]) <= _RUN_GAP_WORDS:
            return True
        # "…said he was “outraged” to even hear about it, arguing that “…”": a participle
        # cue with no subject of its own goes on with the clause's.
        words = self._tokens(prev.end, q.start)
        lead = [t for t in words if t.text[:1].isalpha() and t.low != "also"][:2]
        if len(lead) == 2 and lead[0].low in {"and", "but"} and (
            lead[1].low in CUES or lead[1].low in WOVEN_CUES
        ):
            # "…criticized the verdict as a “witch hunt” and warned that the United
            # States would “…”": a verb joined by "and" has no subject of its own
            return True
        participle = any(
            t.low.endswith("ing") and (t.low in CUES or t.low in WOVEN_CUES) for t in words
        )
        return participle and not any(t.cap or t.low in PRONOUNS for t in words)

    def _same_run(self, prev: Span, q: Span) -> bool:
        """Consecutive quotes with nothing but attribution between: the same speaker."""
        gap = self.text[prev.end : q.start]
        if gap.count("\n") > _RUN_GAP_LINES or len(gap) > _RUN_GAP_CHARS:
            return False
        words = [t for t in self._tokens(prev.end, q.start) if t.text[:1].isalpha()]
        ended = max((m.end() for m in _SENTENCE_END.finditer(gap)), default=0)
        if ended and any(t.low in CUES for t in words if t.start >= prev.end + ended):
            # “…,” he added. INEC responded by saying “…”: a sentence of its own
            # attributes the quote, to someone the rules could not name
            return False
        if len(words) <= _RUN_GAP_WORDS or (
            len(gap) <= _CUE_GAP_CHARS and any(t.low in CUES for t in words)
        ):
            return True
        # “…,” said X, a long description of X. “…”: the attribution sits between.
        return "\n" not in gap.strip() and any(t.low in CUES for t in words[:_CUE_FIRST_WORDS])

    # -- after the quote: “…,” X said / said X / according to X

    def _goes_on(self, q: Span, e: int) -> bool:
        """The quote's sentence goes on after its closing mark: the quote closes on a
        comma, a question or an exclamation (“…,” / “…?”), not a full stop."""
        closing = self.text[max(q.start, q.end - 1) : e]
        return any(c in ",?!" for c in closing) and "." not in closing

    def _after(self, pos: int, limit: int, framed: bool = False) -> Attribution | None:
        """``framed``: the quote opens its sentence (not “…,” after "said,") and the
        sentence goes on after it (:meth:`_goes_on`): the words after it are then read as
        its attribution when they are shaped as one, whatever their verb
        (:func:`_frame_verb`)."""
        end = _boundary_after(self.text, pos, min(limit, pos + _AFTER_REACH))
        byline = _DASH_BYLINE.match(self.text, pos, end)
        if byline:
            # A list of reader quotes: “…” ― Adriana Rodarte
            g = 1 if byline.group(1) else 2
            words = byline.group(g).split()
            return Attribution(
                self.names.resolve_name(words), byline.start(g), byline.end(g), None
            )
        toks = self._tokens(pos, end)
        if toks and toks[0].text in ",;:—–(":
            toks = toks[1:]
        # A subject written out after the quote may be long: “…” Sen. Claire McCaskill
        # (D-Mo.) said / “…” Scott Pruitt, the attorney general of Oklahoma, said.
        # A role may open it in lower case: “…” chief of Indian Space Research
        # Organization (ISRO) Sreedhara Panicker Somanath told…
        named = bool(toks) and (toks[0].cap or toks[0].low in ARTICLES or toks[0].low in TITLES)
        reach = _LONG_SUBJECT_AFTER if named else _SUBJECT_AFTER
        verb: int | None = None  # where _frame_verb reads the verb, when it reads one
        if framed and not any(t.low in CUES for t in toks[:reach]) and (
            end >= len(self.text) or self.text[end] in ".!?\n"
        ):
            verb = _frame_verb(toks)
        for k, t in enumerate(toks[:reach]):
            if t.low == "according" and k + 1 < len(toks) and toks[k + 1].low == "to":
                return self._subject_after(toks[k + 2 :], t, pos)
            if k == verb or (
                t.low in CUES
                and not (k > 0 and toks[k - 1].low in DETERMINERS)
                and self._verb(t)
            ):
                if k == 0:
                    if t.low.endswith("ing"):
                        # "…expressed “great sorrow,” saying the pontiff would be
                        # remembered…": a participle goes on from the clause before the
                        # quote, whose subject speaks; what follows it is what it says
                        return None
                    return self._subject_after(toks[1:], t, pos)
                subj = self._subject_before(toks[:k], pos, strict=True)
                # "Scott Pruitt, the attorney general of Oklahoma, said", "Mr. Morgan of
                # the Sierra Club said": the name opening the words after the quote; but
                # when it names no one, a run naming someone after only names is the
                # subject ("Bank of England Governor Andrew Bailey said"; not "…oil
                # fields seized by the Islamic State - said").
                # "…” Perhaps, he said, …: the one speaking is "he", not "Perhaps" (the
                # subject stands as read, not replaced by the opening name)
                as_read = subj is not None and k >= 2 and (
                    (
                        len(subj.words) == 1
                        and subj.words[0].lower() in PRONOUNS
                        and subj.end == toks[k - 1].end
                        and toks[k - 2].text == ","
                    )
                    # "…” Kyodo quoted him as saying", "…” RIA quoted an official as
                    # saying: the one quoted, named or not
                    or (toks[k - 1].low == "as" and subj.end == toks[k - 2].end)
                )
                if (subj is None or subj.start > toks[0].end) and not as_read and not (
                    subj is not None and self._set_off(toks[:k], subj)
                ):
                    opening = _name_opening(toks[:k])
                    if (
                        subj is None
                        or (opening is not None and self._names_someone(
                            toks, *_token_range(toks, opening)))
                        or (not self._named_after_names(toks, subj) and (
                            # no name opens the words, which a capital, an article or
                            # a title does ("Sydney politics lecturer Henry Maher told
                            # AFP", "the Post's senior politics editor Steven Ginsberg
                            # said", "former State policy planning director Anne-Marie
                            # Slaughter wrote"): the subject before the cue stands if the
                            # index knows it (not "…” and Trump vowed", a clause of its
                            # own)
                            opening is not None
                            or not named
                            or self._mention_at(subj.start) is None
                        ))
                    ):
                        subj = opening
                if subj is None and toks[0].low == "the" and toks[k - 1].cap and not any(
                    x.text in ",;:—–()" or x.low in {"and", "but"} for x in toks[:k]
                ):
                    # "…,” the American defense think tank War on the Rocks wrote": a
                    # description ending in a name the index does not know, which the
                    # outlet gives the quote to; its words stand, so no one else is
                    # inferred (not "the retired neurosurgeon told", someone just named)
                    subj = _Phrase([x.text for x in toks[:k]], toks[0].start, toks[k - 1].end)
                if subj is not None:
                    return self._make(subj, t, pos)
                return None
            if k == 0 and t.low in STOP_AFTER_CUE:
                return None
        return None

    def _set_off(self, toks: list[Word], subj: _Phrase) -> bool:
        """``subj`` is a name of two words or more set off by a comma right before the
        cue, after a description: "a 30-year-old Italian, Davide Di Tommaso, told AFP",
        "Director of the Press Office of the Holy See, Matteo Bruni said"."""
        first, last = _token_range(toks, subj)
        return (
            last - first >= 1
            and first >= 2
            and toks[first - 1].text == ","
            and (last + 1 == len(toks) or (last + 2 == len(toks) and toks[last + 1].text == ","))
            and not self._names_someone(toks, first - 2, first - 2)
            and _renames_someone(toks, first - 1, last + 1)
        )

    def _subject_after(self, toks: list[Word], cue: Word, pos: int) -> Attribution | None:
        if toks and toks[0].low in CUE_OBJECTS - ARTICLES and not toks[0].text.isupper():
            return None  # "told us"; but "said US national security spokesperson John Kirby"
        words: list[Word] = []
        stop = min(len(toks), _SUBJECT_WORDS)  # where the subject's words end
        for k, t in enumerate(toks[:_SUBJECT_WORDS]):
            if t.text in ",;:—–()" or t.low in {"who", "which", "that", "in", "on", "at", "during"}:
                stop = k
                break
            # A name ends at its last capital ("said Smith yesterday", "said the Rev.
            # Peter Wherry of…"); a noun phrase runs on past an adjective ("said one
            # Democratic source on the panel", "said a senior U.S. official"), and a body
            # or a place runs on into the role of the full name after it ("said Kremlin
            # spokesman Dmitry Peskov", "said CNN senior correspondent Jim Acosta").
            if (
                words
                and words[-1].cap
                and not t.cap
                and t.low not in PARTICLES
                and not _runs_on(words, t)
                and not _role_then_name(toks, k)
                # "said Suleiman's father": someone related to the name, a phrase going on
                # (but "according to Axelrod's memoir" is his own words)
                and (strip_possessive(words[-1].text) == words[-1].text or t.low in _WRITINGS)
            ):
                break
            words.append(t)
        if not words or words[0].low in WHEN:
            return None  # "said Friday", "said Monday": a day, not a speaker
        if (
            len(words) >= 2
            and strip_possessive(words[0].text) != words[0].text
            and not words[-1].cap
            and stop < len(toks)
            and toks[stop].text == ","
        ):
            # "said Suleiman's father, Brahim Aytnasr": the one related to the name is
            # named after the comma, and is the speaker
            named = list(takewhile(lambda t: t.cap, toks[stop + 1 : stop + 1 + _SUBJECT_WORDS]))
            if len(named) >= 2 or (
                # "said Ibrahim's 80-year-old mother, Wasila."
                len(named) == 1
                and named[0].low not in WHEN
                and self.text[named[0].end : named[0].end + 1] in (".", ",", "")
            ):
                words = named
        return self._make(_Phrase([w.text for w in words], words[0].start, words[-1].end), cue, pos)

    # -- before the quote: X said: “…” / X told reporters “…” / according to X, “…”

    def _before(
        self, floor: int, pos: int, woven: bool = False
    ) -> tuple[Attribution, bool] | None:
        start = _boundary_before(self.text, pos, floor)
        toks = self._tokens(start, pos)
        starts: list[int] | None = None  # token starts, made at the first "according to"
        stop: int | None = None  # where the last sentence before the quote ends
        for k in range(len(toks) - 1, -1, -1):
            t = toks[k]
            if t.low == "to" and k > 0 and toks[k - 1].low == "according":
                # _subject_after reads _SUBJECT_WORDS tokens: a slice of the rest would copy it
                # for every "according to" in the window.
                att = self._subject_after(toks[k + 1 : k + 1 + _SUBJECT_WORDS], toks[k - 1], pos)
                if att is not None and att.speaker and att.end is not None:
                    # The token after the subject (att.end ends one of ``toks``).
                    if starts is None:
                        starts = [x.start for x in toks]
                    n = bisect_left(starts, att.end)
                    if stop is None:  # once per quote: hostile text stays linear
                        stop = max(
                            (m.start() for m in _SENTENCE_END.finditer(
                                self.text, start, min(len(self.text), pos + 1))),
                            default=-1,
                        )
                    if att.end <= stop:
                        # "…, according to Bloomberg. “I want…": the source of the
                        # sentence before, not the speaker of the next one
                        continue
                    if n >= len(toks) or not toks[n].text[:1].islower():
                        return att, True
                continue
            if (t.low not in CUES and not (woven and t.low in WOVEN_CUES)) or not self._verb(t):
                continue
            if k > 0 and (
                toks[k - 1].low in DETERMINERS
                or (toks[k - 1].low in NOT_SPEAKING and not t.low.endswith("ing"))
            ):
                continue  # "his notes", "if asked", "was told"; but "is telling" speaks
            tail = [x for x in toks[k + 1 :] if x.text not in ",:;—–"]
            near = len(tail) <= _NEAR_WORDS and all(
                x.low in CUE_OBJECTS or x.cap or x.low == "that" for x in tail
            )
            agent = self._infinitive_agent(toks, k)
            if agent is not None:
                return self._make(agent, t, pos), near
            if (t.low.endswith("ing") and (k == 0 or toks[k - 1].low != "as")) or (
                k > 0 and toks[k - 1].low in {"and", "but"}
            ):
                # "…, saying: “…”" and "Trump called on her to resign and said, “…”": the
                # participle's or second verb's subject is the clause's subject.
                subj = (
                    (
                        _absolute_subject(toks, k) or self._reporter(toks, k, pos)
                        if t.low.endswith("ing")
                        else None
                    )
                    or self._clause_subject(toks[:k])
                    or self._nearest_person(toks[:k], subject=True)
                )
            else:
                subj = self._subject_before(toks[:k], pos)
            if (
                subj is None
                and k + 1 < len(toks)
                and toks[k + 1].cap
                and t.low not in TAKES_OBJECT
            ):
                inv = self._subject_after(toks[k + 1 :], t, pos)
                if inv is not None and (near or (
                    inv.end == tail[-1].end and self._mark_before(pos) == ":"
                )):
                    # "Said Senator Tom Carper: “…”", and a subject with its role
                    # running up to the colon before the quote: "In other words,
                    # explained CBS moderator Nancy Cordes: “…”" (not "…saying Trump's
                    # comments “…”", the participle's object)
                    return inv, True
            if subj is None:
                subj = self._nearest_person(toks[:k], subject=True)
            if (
                subj is not None
                and _subordinate(toks[:k], subj)
                and self.text[t.end : pos].rstrip(" \t\n“\"‘'").endswith((".", "!", "?"))
            ):
                # "…, after de Blasio stated an interest in ending business with Trump.
                # “…”": a clause telling what happened, ended before the quote (but
                # "after Clinton argued that “…”" attributes the quote it runs into)
                continue
            if subj is not None:
                return self._make(subj, t, pos), near
            return None
        return self._colon_intro(toks, pos) or self._comma_intro(toks, pos)

    def _reporter(self, toks: list[Word], k: int, pos: int) -> _Phrase | None:
        """The one a reporting clause right before the participle cue ``toks[k]`` names:
        "Mateen left as soon as prayers were finished, Nefzi said, adding, “…”" (or "…,
        said Imam Nefzi, adding"). The participle goes on from the verb of saying it
        follows, whatever the sentence opened with."""
        if k < 3 or toks[k - 1].text != ",":
            return None
        before = toks[k - 2]
        if before.low in CUES and not before.low.endswith("ing") and self._verb(before):
            subj = self._subject_before(toks[: k - 2], pos)
            # the subject right before the verb, a name or a pronoun: "Nefzi said," is a
            # clause of its own ("…were due to be announced, saying" is none)
            if subj is None or subj.end != toks[k - 3].end or not (
                subj.words[0][:1].isupper() or subj.words[0].lower() in PRONOUNS
            ):
                return None
            return subj
        j = k - 2
        while j >= 0 and k - 2 - j < _SUBJECT_WORDS and toks[j].cap:
            j -= 1
        cue = toks[j] if 0 <= j < k - 2 else None
        if (
            cue is None
            or cue.low not in CUES
            or cue.low in TAKES_OBJECT  # "Gingrich told O’Reilly, noting": the one told
            or cue.low.endswith("ing")
            or not self._verb(cue)
        ):
            return None
        # "said Imam Nefzi,": the name after the cue (not "said Tuesday,")
        att = self._subject_after(toks[j + 1 : k - 1], cue, pos)
        if att is None or att.speaker is None or att.start is None or att.end is None:
            return None
        return self._span_phrase(att.start, att.end)

    def _infinitive_agent(self, toks: list[Word], k: int) -> _Phrase | None:
        """The person named right before "to" when the cue ``toks[k]`` is that "to"'s
        verb, or a verb joined to it by "and": "…, prompting Mr Trump to raise his voice
        and say: “…”" (the one prompted speaks, not the clause's subject)."""
        j = k - 1
        if j >= 0 and toks[j].low == "and":
            j -= 1
            while j >= 0 and k - j <= _INFINITIVE_REACH and toks[j].low != "to":
                if toks[j].text in ",;:—–()" or toks[j].cap:
                    return None
                j -= 1
        if j < 1 or toks[j].low != "to":
            return None
        m = self._mention_at(toks[j - 1].start)
        if m is None or m.end != toks[j - 1].end:
            return None
        return self._span_phrase(m.start, m.end)

    def _mark_before(self, pos: int) -> str:
        """The character before the quote at ``pos`` past its blanks and opening marks
        (never past the last word, so within the tokenised window, not back through the
        whole text): the colon or comma of a clause that introduces it."""
        i = pos
        while i > 0 and self.text[i - 1] in " \t“\"'‘«":
            i -= 1
        return self.text[i - 1 : i]

    def _colon_intro(self, toks: list[Word], pos: int) -> tuple[Attribution, bool] | None:
        """``A friend commented: “…”`` / ``Obama is rolling out a new message: “…”``.

        A sentence that ends in a colon right before the quote introduces it; its
        subject (the first person or pronoun in its first words) is the speaker.
        """
        if not toks:
            return None
        if self._mark_before(pos) != ":":
            return None
        named = self._name_line(toks)
        if named is not None:
            return named
        lead = toks[:_LEAD_WORDS]
        while lead and lead[0].low in {"and", "but", "so", "yet", "then"}:
            lead = lead[1:]  # "And Mr. Christie gloated: “…”"
        if lead and lead[0].low in PREPOSITIONS:
            # "On Twitter, former prime minister Boris Johnson congratulated Sunak…:"
            comma = next((k for k, t in enumerate(toks[:_LEAD_WORDS]) if t.text == ","), None)
            if comma is not None:
                lead = toks[comma + 1 : comma + 1 + _LEAD_WORDS]
        subj = None
        for k, t in enumerate(lead):
            if t.low in PRONOUNS:
                subj = _Phrase([t.text], t.start, t.end)
                break
            m = self._mention_at(t.start)
            if m is not None:
                subj = self._span_phrase(m.start, m.end)
                break
            if t.low in ARTICLES and k + 1 < len(lead) and not lead[k + 1].cap:
                subj = _Phrase([t.text, lead[k + 1].text], t.start, lead[k + 1].end)
                break
            if t.text in ",;—–" or t.low in NOT_IN_NAME - {"then", "also"}:
                break
        if subj is None:
            return None
        # The cue: a cue verb if there is one, else the verb right after the subject.
        cue = next((x for x in toks if x.low in CUES), None) or next(
            (x for x in toks if x.start >= subj.end and x.text[:1].islower()), toks[-1]
        )
        return self._make(subj, cue, pos), False

    def _comma_intro(self, toks: list[Word], pos: int) -> tuple[Attribution, bool] | None:
        """``Hillary shot back, “…”`` / ``He jokes, “…”``: a clause of a subject and its
        verb alone, set off by a comma right before the quote, introduces it whatever the
        verb (as :meth:`_colon_intro` reads a colon's; a verb no list holds left the
        quote to a guess). The subject is a pronoun or a person the article names; after
        it at most :data:`_COMMA_INTRO_VERB_WORDS` lower-case words, the first no function
        word ("shot back", "jokes"; not "is", "was"), and not after a possessive.
        """
        if self._mark_before(pos) != "," or len(toks) < 3 or toks[-1].text != ",":
            return None
        k = len(toks) - 1  # the clause opens after the last mark before the quote's comma
        while k > 0 and toks[k - 1].text[:1].isalnum():
            k -= 1
        clause = toks[k:-1]
        while clause and clause[0].low in {"and", "but", "then"}:
            clause = clause[1:]
        if not clause:
            return None
        first = clause[0]
        if first.low in PRONOUNS:
            subj = _Phrase([first.text], first.start, first.end)
        else:
            m = self._mention_at(first.start)
            if m is None or m.start != first.start:
                return None
            subj = self._span_phrase(m.start, m.end)
        if strip_possessive(subj.words[-1]) != subj.words[-1] or self.text[
            subj.end : subj.end + 1
        ] in ("'", "’"):
            return None  # "Ouisa Davis' commentary, “…”": a noun after a possessive
        rest = [t for t in clause if t.start >= subj.end]
        if not 1 <= len(rest) <= _COMMA_INTRO_VERB_WORDS or not all(
            t.text[:1].islower() and t.text.isalpha() for t in rest
        ) or rest[0].low in STOPWORDS:
            return None
        return self._make(subj, rest[0], pos), False

    def _name_line(self, toks: list[Word]) -> tuple[Attribution, bool] | None:
        """``German Ambassador to Israel Steffen Seibert: “…”``: a sentence that is a
        person's name (after their title, written as a name is: capitals, with "to",
        "of" and "the" between) and a colon speaks the quote, as a round-up of reactions
        lists them; no verb says so, the layout does. Only a name the article's people
        index knows, ending at the colon."""
        words = [t for t in toks if t.text != ":"]
        if not words or len(words) > _LEAD_WORDS + 4:
            return None
        last = words[-1]
        m = next(
            (
                found
                for t in words
                if (found := self._mention_at(t.start)) is not None and found.end == last.end
            ),
            None,
        )
        if m is None or not all(
            t.cap or t.low in TITLE_LINKS for t in words if t.start < m.start
        ):
            return None
        colon = toks[-1] if toks[-1].text == ":" else last  # the cue: the layout's colon
        phrase = self._span_phrase(m.start, m.end)
        return self._make(phrase, colon, toks[-1].end), False

    def _span_phrase(self, start: int, end: int) -> _Phrase:
        """The words of ``text[start:end]`` as a phrase (a mention's, an attribution's)."""
        return _Phrase(self.text[start:end].split(), start, end)

    def _mention_at(self, pos: int) -> Mention | None:
        return self.names.mention_at(pos)

    def _subject_before(self, toks: list[Word], pos: int, strict: bool = False) -> _Phrase | None:
        """The noun phrase that ends just before a cue verb."""
        i = len(toks) - 1
        while i >= 0 and (
            _before_cue(toks[i])
            # "the New York Times more critically called": the adverb's degree
            or (toks[i].low in {"more", "most", "less"} and i + 1 < len(toks)
                and is_adverb(toks[i + 1].text))
        ):
            i -= 1
        if i > 0 and toks[i].low in WHEN:
            # "Beck on Wednesday called …": the day is not the speaker.
            i -= 1
            if toks[i].low in {"on", "last", "this", "late", "early"}:
                i -= 1
            while i >= 0 and _before_cue(toks[i]):
                i -= 1
        quoted_as = i > 0 and toks[i].low == "as"
        if quoted_as:
            i -= 1  # cited officials as saying
        if i < 0:
            return None
        t = toks[i]
        if quoted_as and t.low in _QUOTED_AS:
            # "Kyodo and others quoted him as telling police": the one quoted speaks
            return _Phrase([t.text], t.start, t.end)
        if i > 0 and (
            t.low == "who"
            or (
                # "the company's board, which said it did not have “confidence”…": the noun
                # before a relative clause set off by a comma is its subject; not in "the
                # caption which reads" nor in "…, which Will claims" (the verb's own subject)
                t.low == "which"
                and toks[i - 1].text == ","
                and not any(x.cap for x in toks[i + 1 :])
            )
        ):
            i -= 1
            if toks[i].text == ",":
                i -= 1
            t = toks[i] if i >= 0 else t
            if i < 0:
                return None
        if t.text == ",":
            # An appositive: Psaki, the press secretary, said / Schiff, D-Calif., said.
            j = i - 1
            while j >= 0 and toks[j].text != ",":
                j -= 1
            if j > 2 and _PARTY_TAG.fullmatch(toks[j - 1].text.rstrip(".")) and (
                toks[j - 2].text == ","
            ):
                # "Mitch McConnell, R-Ky., who has long had a strained relationship with the
                # former president, said" / "Lindsey Graham, R-S.C., the top Republican…,
                # said": a lawmaker's party and state (AP style) is no one, and the
                # phrase set off after it still describes the name before it
                j -= 2
            if j > 0 and toks[j + 1].low == "who":
                # "Teknath Sitaula, a spokesman for Kathmandu's Tribhuvan International
                # Airport, who travelled to Pokhara after the crash, said": the relative
                # clause tells of the role set off before it, which is read as before
                # (not of a place: "X, of Ashton, Md., who watched…")
                k = j - 1
                while k >= 0 and toks[k].text != ",":
                    k -= 1
                if k >= 0 and toks[k + 1].low in ARTICLES:
                    i, j = j, k
            if j + 1 < i and all(x.cap for x in toks[j + 1 : i]) and (
                self._names_someone(toks, j + 1, i - 1)
                # "a 30-year-old Italian, Davide Di Tommaso, told AFP": a full name set
                # off after a description, met nowhere else in the article
                or (i - j > 2 and j > 0 and _renames_someone(toks, j, i)
                    and not self._names_someone(toks, j - 1, j - 1))
            ):
                i -= 1  # "the head of the FBI, Christopher Wray, said": the name set off
                t = toks[i]
            elif i - j == 2 and toks[j + 1].cap and _possessed(toks, j):
                # "Deibe’s 17-year-old son, Anton, added": a first name set off after
                # someone's relative is the relative's, not the one named before
                i -= 1
                t = toks[i]
            elif j > 0 and toks[j - 1].cap:
                j = self._appositive_owner(toks, j)
                i = j - 1
                k = i
                while k > 0 and toks[k - 1].cap:
                    k -= 1
                if k > 0 and toks[k - 1].text == "," and _possessed(toks, k - 1):
                    # "Mr Johnson, joined by his wife, Carrie, and a number of Tory
                    # supporters, said": a name set off after someone's relative is in
                    # the phrase the commas set off; the subject is the name opening it
                    first = next(x for x, tk in enumerate(toks) if tk.text == ",")
                    if first > 0 and toks[first - 1].cap:
                        i = first - 1
                t = toks[i]
            else:
                return None
        if t.low in PRONOUNS:
            return _Phrase([t.text], t.start, t.end)
        if t.cap and i == 0 and t.low in CLAUSE_OPENERS:
            # "Amid shouts of “Victory to the struggle,”…": a preposition or conjunction
            # capitalised to open the sentence, its cue a noun; no one speaks
            return None
        if t.cap:
            j = i
            while j > 0 and (toks[j - 1].cap or toks[j - 1].low in PARTICLES):
                if strip_possessive(toks[j - 1].text) != toks[j - 1].text:
                    break  # "the Washington Post's Ed O'Keefe": the name after the owner
                j -= 1
            if after_office(toks, j):
                j = min(i, j + office_object([x.text for x in toks[j : i + 1]]))
            # Keep a title run's role words only when capitalised; stop at sentence words.
            words = [x.text for x in toks[j : i + 1]]
            return self._governing(toks, j, i) or _Phrase(words, toks[j].start, toks[i].end)
        # A role phrase: the reporter / a senior U.S. official / the Ukrainian president.
        j = i
        while j >= 0 and i - j < _ROLE_PHRASE_WORDS:
            if toks[j].low in {"the", "a", "an", "his", "her", "their", "its"}:
                held = _role_for(toks, j, i)
                if held is not None:
                    return held
                words = [x.text for x in toks[j : i + 1]]
                return _Phrase(words, toks[j].start, toks[i].end)
            if (
                toks[j].text in ",;:—–()"
                or toks[j].low in STOP_AFTER_CUE | {"and", "but"}
                or (j < i and toks[j].low.endswith("ed") and toks[j].low not in TITLES)
                or (j < i and toks[j].low in CUES)  # "Kate said doctors found that “…”"
            ):
                words = [x.text for x in toks[j + 1 : i + 1]]
                if j < i and len(words) <= _BARE_ROLE_WORDS:
                    return _Phrase(words, toks[j + 1].start, toks[i].end)
                break
            j -= 1
        if j < 0 and not strict and i - j <= _BARE_ROLE_WORDS:
            words = [x.text for x in toks[0 : i + 1]]
            if words and all(w[:1].isalpha() for w in words):
                return _Phrase(words, toks[0].start, toks[i].end)
        if strict and j < 0 and i < _BARE_ROLE_WORDS:
            words = [x.text for x in toks[0 : i + 1]]
            return _Phrase(words, toks[0].start, toks[i].end)
        return None

    def _appositive_owner(self, toks: list[Word], j: int) -> int:
        """``j``, a comma after a capitalised word, or the comma after a person the
        article names when that word is inside appositives set off after them, each
        opened by an article, "who" or a role and "of": "Nigel Farage, the pro-Brexit
        campaigner and Trump supporter, who is honorary president of Reform UK, a small
        right-wing party in Britain, wrote" is Farage writing, not Reform UK."""
        r = j - 1
        while r > 0 and toks[r - 1].cap:
            r -= 1
        c, opened = r - 1, False  # a comma before, and whether a phrase opened after it
        while c > 0:
            while c >= 0 and toks[c].text != ",":
                c -= 1
            if c <= 0:
                return j
            if c + 1 == r and not opened:
                # "… in Cozumel, Mexico,": a place's country goes on with the phrase
                c -= 1
                continue
            nxt = toks[c + 1]
            if nxt.low not in ARTICLES and nxt.low != "who" and (
                nxt.cap or c + 2 >= len(toks) or toks[c + 2].low != "of"
            ):
                # an appositive opens with an article, "who", or a role and "of" ("head
                # of the Chabad House in Cozumel, Mexico")
                return j
            if c + 1 < r:
                opened = True
            if opened and toks[c - 1].cap and self._names_someone(toks, c - 1, c - 1):
                return c
            c -= 1
        return j

    def _names_someone(self, toks: list[Word], i: int, j: int) -> bool:
        """Whether a person the article names is mentioned in ``toks[i : j + 1]``."""
        return any(self._mention_at(t.start) is not None for t in toks[i : j + 1])

    def _named_after_names(self, toks: list[Word], subj: _Phrase) -> bool:
        """Whether ``subj`` names a person and only names (with their "of" and articles),
        the title they hold and a name's acronym in parentheses come before it in
        ``toks`` ("chief of Indian Space Research Organization (ISRO) Sreedhara Panicker
        Somanath told")."""
        first, last = _token_range(toks, subj)
        return self._names_someone(toks, first, last) and all(
            t.cap or t.low in _NAME_LINKS or t.low in TITLES or t.text in "()"
            for t in toks[:first]
        )

    def _governing(self, toks: list[Word], j: int, i: int) -> _Phrase | None:
        """The subject a capitalised run ``toks[j : i + 1]`` before a cue hangs from, when
        a preposition ties it to a word before it: "a spokesman for Smith said" and "an
        aide to McCarthy told" are someone speaking for the one named, "the organisation
        behind the Oscars said" is not the Oscars, "Angela Merkel of Germany said" is
        Merkel. ``None`` when the run is the subject itself ("a statement from the White
        House said", "Secretary of State Antony Blinken said", no preposition).
        """
        k = j - 1
        # "a spokesman for former president Trump", "the lawyer for porn star Stormy
        # Daniels": the words describing the one served sit between
        m = k
        while (
            m >= 1
            and k - m < _SERVED_WORDS
            and toks[m].low.isalpha()
            and not toks[m].cap
            and toks[m].low not in _SERVING | STOPWORDS | CUES
            and self.text[toks[m].end : toks[m + 1].start].isspace()
        ):
            m -= 1
        if m < k and m >= 1 and toks[m].low in _SERVING:
            k = m
        if k >= 1 and toks[k].low == "and" and toks[k - 1].cap:
            # "workers at OpenAI and Microsoft told": the first of two names joined
            k -= 1
            while k > 0 and (toks[k - 1].cap or toks[k - 1].low in PARTICLES):
                k -= 1
            j, k = k, k - 1
        if k >= 0 and toks[k].low in ARTICLES:
            k -= 1
        if k >= 1 and toks[k].low in _PLACED and toks[k - 1].cap:
            # "The Norwegian Nobel Committee in Oslo announced", "John Smith at Google
            # said": the name before the place speaks
            m = k - 1
            while (
                m > 0
                and (toks[m - 1].cap or toks[m - 1].low in PARTICLES)
                and self.text[toks[m - 1].end : toks[m].start].isspace()  # not "News /The"
            ):
                m -= 1
            return _Phrase([x.text for x in toks[m:k]], toks[m].start, toks[k - 1].end)
        if (
            k >= 1
            and toks[k].low in {"in", "at"}  # not "warm wishes from X who said"
            and toks[k - 1].low.isalpha()
            and not toks[k - 1].cap
            and toks[k - 1].low not in STOPWORDS | CUES
        ):
            # "Mourning villagers in Morocco say", "officials in Kyiv said": those in the
            # place speak, not the place
            return _Phrase([toks[k - 1].text], toks[k - 1].start, toks[k - 1].end)
        if k < 1 or toks[k].low not in _GOVERNING:
            return None
        head = toks[k - 1]
        if head.cap:
            if toks[k].low != "of" or self._names_someone(toks, j, i):
                return None
            m = k - 1
            while m > 0 and (toks[m - 1].cap or toks[m - 1].low in PARTICLES):
                m -= 1
            if not self._names_someone(toks, m, k - 1) and any(
                x.low in ORG_WORDS for x in toks[m:k]
            ):
                # "the Supreme Court of Pakistan declared": the body speaks, not the place
                return _Phrase([x.text for x in toks[m : i + 1]], toks[m].start, toks[i].end)
            if not self._names_someone(toks, m, k - 1) and k - m < 2:
                return None  # "the Bank of England said": no person before "of" either
            return _Phrase([x.text for x in toks[m:k]], toks[m].start, toks[k - 1].end)
        if head.low in UTTERANCES or head.low in ORG_WORDS:
            return None  # "a statement from the White House": its author speaks
        m = k - 1
        while m >= 0 and k - 1 - m < _ROLE_PHRASE_WORDS:
            # The role alone: the one it is for is not the speaker, and a phrase naming
            # them would read as theirs.
            if toks[m].low in _ROLE_OPENERS:
                words = [x.text for x in toks[m:k]]
                return _Phrase(words, toks[m].start, toks[k - 1].end, toks[j].start)
            if toks[m].text in ",;:—–()" or toks[m].cap:
                return None
            m -= 1
        return None

    def _nearest_person(self, toks: list[Word], subject: bool = False) -> _Phrase | None:
        """Fallback: the closest name or personal pronoun before the cue.

        ``subject``: the cue's subject is wanted (a participle's, a second verb's), which
        the object of "of" or "in" never is: in "The team signed a statement in support
        of Jenni Hermoso, condemning…" Hermoso condemns nothing; a name further back may.
        """
        k = len(toks)
        while k > 0:
            k -= 1
            t = toks[k]
            if t.low in POSSESSIVE and k + 1 < len(toks) and toks[k + 1].low in ORG_WORDS:
                # "his government released an update warning…": the body, not the man.
                return _Phrase([t.text, toks[k + 1].text], t.start, toks[k + 1].end)
            if t.low in PRONOUNS or t.low in POSSESSIVE:
                return _Phrase([t.text], t.start, t.end)
            m = self._mention_at(t.start)
            if m is None:
                continue
            if subject and _object_of(toks, k, m.start):
                while k > 0 and toks[k - 1].start >= m.start:
                    k -= 1
                continue  # the search goes on before the name
            return self._span_phrase(m.start, m.end)
        return None

    def _clause_subject(self, toks: list[Word]) -> _Phrase | None:
        """The person a clause opens with: the subject of a participle cue.

        In "Trump attacked Clinton for her vote, saying, “…”" the one saying is Trump,
        not the nearer Clinton; in "Rock appeared to be in shock, and Smith sat back down
        and shouted, “…”" the clause is the one after ", and".
        """
        for k in range(len(toks) - 1, 0, -1):
            if toks[k].low in {"and", "but"} and toks[k - 1].text in ",;":
                toks = toks[k + 1 :]
                break
        toks = _past_dateline(toks)
        late = self._subordinate_subject(toks)
        if late is not None:
            return late
        if toks and toks[0].low in _OPENS_SUBORDINATE:
            # "While Obi said he won…, Atiku concurred, saying “…”": the clause is the
            # main one, after the comma that closes the subordinate one (the last comma
            # a name follows). A pronoun there ("When Robby Mook… was asked…, he laughed
            # and said") most likely refers to the subordinate clause's subject: that
            # is read as before.
            for k in range(len(toks) - 3, 0, -1):
                nxt = toks[k + 1]
                if toks[k].text != ",":
                    continue
                if nxt.low in PRONOUNS:
                    break
                if nxt.cap:
                    toks = toks[k + 1 :]
                    j = 0
                    while j < len(toks) and toks[j].cap:
                        j += 1
                    if j and self._mention_at(nxt.start) is None:
                        # mid-sentence, a capital is a name's (not a sentence opener's)
                        return _Phrase([x.text for x in toks[:j]], nxt.start, toks[j - 1].end)
                    break
        # A participle set off by a comma, or one telling what the clause's utterance says
        # ("The District Attorney's Office issued a statement saying…"): either way it
        # is the clause's subject speaking.
        described = (
            self._described_subject(toks)
            if toks and (toks[-1].text == "," or toks[-1].low in UTTERANCES)
            else None
        )
        if described is not None:
            return described
        if toks and toks[0].low in _INTRODUCING:
            # "In her victory speech on Sunday night, Sheinbaum … thanked Lopez Obrador,
            # calling him “…”": the subject is the capitalised word after the phrase
            # setting the scene (not "In a lengthy, in-prison interview with…")
            comma = next(
                (
                    k for k, t in enumerate(toks[: 2 * _LEAD_WORDS])
                    if t.text == "," and k + 1 < len(toks) and toks[k + 1].cap
                ),
                None,
            )
            if comma is not None:
                toks = toks[comma + 1 :]
        if toks and toks[0].low == "the":
            # "The Tánaiste has since paid tribute to Mr Trudeau, saying…": an office in
            # capitals is its holder's, whoever the clause names after it, when the
            # article says who holds it
            j = 1
            while j < len(toks) and toks[j].cap:
                j += 1
            office = [x.text for x in toks[1:j]]
            if (
                j > 1
                and toks[j - 1].low in TITLES
                and not self._names_someone(toks, 1, j - 1)
                and self.names.resolve_role(office, toks[0].start) is not None
            ):
                return _Phrase([x.text for x in toks[:j]], toks[0].start, toks[j - 1].end)
        if toks and toks[0].low in INDEFINITE_ARTICLES:
            # "An Indian-origin taxi driver rescued Prince Harry… and termed them “…”":
            # someone new and unnamed, whoever the clause names after
            j = 1
            while (
                j < min(len(toks), _ROLE_PHRASE_WORDS)
                and toks[j].text not in ",;:—–()"
                and not (j > 1 and toks[j].low.endswith("ed"))
                # a name right after the article describes ("A Clinton campaign official")
                and (j == 1 or self._mention_at(toks[j].start) is None)
            ):
                j += 1
            return _Phrase([x.text for x in toks[:j]], toks[0].start, toks[j - 1].end)
        for k, t in enumerate(toks[:_LEAD_WORDS]):
            if t.low in POSSESSIVE and k + 1 < len(toks) and toks[k + 1].low in ORG_WORDS:
                return _Phrase([t.text, toks[k + 1].text], t.start, toks[k + 1].end)
            if t.low in PRONOUNS:
                return _Phrase([t.text], t.start, t.end)
            m = self._mention_at(t.start)
            if m is not None:
                if toks[-1].text == "," and _object_of(toks, k, m.start, owner=False):
                    # "…by the death of 22-year-old Mahsa Amini, calling it…" (the words
                    # after a quote, mid-sentence): the object of "of" is not the subject
                    # of a participle set off by a comma (but "footage of Trump saying")
                    continue
                return self._span_phrase(m.start, m.end)
            if t.low in CUE_OBJECTS - ARTICLES or t.low in CUES:
                break
        # A full name opening the clause that the index has not met ("Donald Trump
        # called…"); one capitalised word alone may be any sentence opener ("Hours later").
        j = 0
        while j < len(toks) and toks[j].cap and toks[j].low not in _NOT_A_NAME_START:
            j += 1
        if j >= 2 or (j == 1 and _ACRONYM.fullmatch(toks[0].text)):
            # (an acronym opens no sentence but as its subject: "INEC responded by
            # saying “…”")
            return _Phrase([x.text for x in toks[:j]], toks[0].start, toks[j - 1].end)
        return None

    def _subordinate_subject(self, toks: list[Word]) -> _Phrase | None:
        """The person opening a subordinate clause that runs on to the participle: "…
        took a dramatic turn as President Donald Trump raised his voice at Ukrainian
        President Volodymyr Zelenskyy, accusing him of “…”" (the participle goes on
        from the clause right before it). Not one closed by a comma before another
        clause ("When Smith arrived, Jones said, adding…")."""
        end = len(toks) - 1 if toks and toks[-1].text == "," else len(toks)
        for k in range(end - 1, 0, -1):
            t = toks[k]
            if t.text in ",;:—–()":
                return None
            if t.low not in _MID_SUBORDINATORS:
                continue
            j = k + 1
            while j < end and toks[j].cap and self._mention_at(toks[j].start) is None:
                j += 1  # the person's title ("President Donald Trump")
            m = self._mention_at(toks[j].start) if j < end else None
            if m is None or strip_possessive(toks[j].text) != toks[j].text:
                return None
            if self.text[m.end : m.end + 2] in ("’s", "'s"):
                return None  # "as Trump's lawyers argued": the owner is no subject
            nxt = self.text[m.end : m.end + _NEXT_CHARS].split()[:1]
            if not acts_as_subject(self.text, m.end) and not (nxt and nxt[0].endswith("ing")):
                return None  # "Romney went after Trump on Wednesday": no clause
            return self._span_phrase(m.start, m.end)
        return None

    @staticmethod
    def _described_subject(toks: list[Word]) -> _Phrase | None:
        """A clause opened by a described body or person, for a participle set off by a
        comma: "The company released its figures, saying…", "In a political move, the
        Norwegian Nobel Committee awarded Narges Mohammadi the prize, claiming…" (the
        name after the verb is its object, not the one claiming).

        The phrase is an article, any capitalised words, then role words, and must end
        in a role or a body ("the Republican nominee", "the company"); anything else
        ("The ad uses footage of Clinton, asking…") is left to the other readings.
        """
        if toks[0].low in _INTRODUCING:
            # the phrase that sets the scene ("In a political move,", "On Monday,")
            comma = next((k for k, t in enumerate(toks[:_LEAD_WORDS]) if t.text == ","), None)
            if comma is None:
                return None
            toks = toks[comma + 1 :]
        if len(toks) < 2 or toks[0].low not in ARTICLES:
            return None
        j = 1
        while j < len(toks) and toks[j].cap:
            j += 1
        while j < len(toks) and not toks[j].cap and toks[j].low in _DESCRIPTION_WORDS:
            j += 1
        if j == 1 or toks[j - 1].low not in _DESCRIBED:
            # "The royal family also shared…": an adjective or two before the body
            k = j
            while (k < len(toks) and k - j < _FREE_ADJECTIVES and toks[k].low.isalpha()
                   and not toks[k].cap and toks[k].low not in _DESCRIBED):
                k += 1
            if k >= len(toks) or toks[k].cap or toks[k].low not in _DESCRIBED:
                return None
            j = k + 1
        return _Phrase([x.text for x in toks[:j]], toks[0].start, toks[j - 1].end, described=True)

    def _make(self, phrase: _Phrase, cue: Word, pos: int) -> Attribution:
        cue_text = cue.text
        if cue.low == "according":
            cue_text = self.text[cue.start : cue.end + len(" to")]
        speaker = self._resolve(phrase)
        if (
            speaker is not None
            and phrase.end <= pos
            and not phrase.words[0][:1].isupper()
            and phrase.words[0].lower() in ARTICLES
            and len(phrase.words) >= 2
            and self.names.named_between(speaker, phrase.end, pos)
        ):
            # "the Russian president described Prigozhin as a “talented” person": a role
            # phrase is not the one its verb is said of, named between it and the quote
            speaker = " ".join(w for w in phrase.words if w.lower() not in ARTICLES)
        return Attribution(speaker, phrase.start, phrase.end, cue_text)

    def _apposed(self, pos: int) -> bool:
        """A name and a comma come right before ``pos``: what starts there describes
        that person ("Dean Johnson, a 55-year-old salesman from Sumter, says")."""
        text = self.text
        i = pos
        while i > 0 and text[i - 1] in " \t":
            i -= 1
        if i == 0 or text[i - 1] != ",":
            return False
        i -= 1
        while i > 0 and text[i - 1] in " \t":
            i -= 1
        return i > 0 and self.names.mention_at(i - 1) is not None

    def _resolve(self, phrase: _Phrase) -> str | None:
        words = [w for w in phrase.words if w not in {",", ";"}]
        last = phrase.end - len(words[-1]) if words else phrase.end
        if (
            words
            and is_capitalised(words[-1])
            and self.text[last : phrase.end] == words[-1]
            and named_anew(self.text, last)
        ):
            # "a 29-year-old citizen surnamed Yoon told Yonhap": that word is who
            # speaks, not the President Yoon named before (see people.named_anew)
            return strip_possessive(words[-1])
        # "former Gov. Bill Richardson", "then-Sen. Obama": the time words go with the title.
        while len(words) > 1 and (
            words[0].lower() in TIME_WORDS or words[0].lower().startswith(("then-", "ex-"))
        ):
            words = words[1:]
        # "ChatGPT-maker Open AI", "Paris-based Total", "75-year-old Carla Ballarini": a
        # compound modifier (its last part in lower case) describes the name;
        # "Jean-Pierre" and "Ocasio-Cortez" are names.
        while len(words) > 1 and _MODIFIER.fullmatch(words[0]):
            words = words[1:]
        # "Cruz himself", "Braynard is quoted", "he often", "Musk playfully": words after
        # the name or pronoun that the subject phrase swept up.
        cut = next(
            (
                k for k, w in enumerate(words)
                if k and (
                    w.lower() in SWEPT_UP or w in SWEPT_UP_WHEN
                    or (is_adverb(w) and (
                        words[k - 1][:1].isupper() or words[k - 1].lower() in PRONOUNS
                    ))
                )
            ),
            None,
        )  # and an adverb: "Musk playfully posted"
        if cut is not None:
            words = words[:cut]
        if not words:
            return None
        low = [w.lower().rstrip(".") for w in words]
        if len(words) == 1 and (low[0] in PRONOUNS or low[0] in POSSESSIVE):
            g = PRONOUNS.get(low[0]) or POSSESSIVE.get(low[0])
            if g in {"m", "f"}:
                p = self.names.subject_before(phrase.start, g)
                return p.name if p else None
            return None
        if low[0] in POSSESSIVE and low[-1] in ORG_WORDS:
            return " ".join(words)  # "his government": a body, not a person to resolve
        k = len(words)
        while k > 0 and words[k - 1][:1].isupper():
            k -= 1
        if (
            0 < k <= len(words) - 2
            and strip_possessive(words[-1]) == words[-1]
            and all(
                w.isalpha() and w not in STOPWORDS and w not in PREPOSITIONS
                and not w.endswith("ing")
                for written, w in zip(words[:k], low[:k], strict=True)
                if not written[:1].isupper()
            )
            and not words[0][:1].isupper()
        ):
            # "undecided Republican voter Stephanie Hooton", "pollster Frank Luntz": a
            # description, then the name (not "calling the Islamic State", "…attending
            # Prince Philip’s")
            return self.names.resolve_name(words[k:])
        if len(low) == 1 and low[0] in TITLES:
            # "…,'' the PM said": a title alone is whoever the article gives it (the
            # article before it is not in the phrase), never a name of its own
            return self.names.resolve_role(words, phrase.start) or words[0]
        if (
            (is_capitalised(words[0]) or (low[0] in PARTICLES and len(words) > 1))
            and is_capitalised(words[-1])
            and low[0] not in ARTICLES
        ):
            # a name, also one that opens with its particle ("le Pen tweeted")
            if len(words) > 2 and title_case_line(self.text, phrase.start, True):
                # a headline capitalises every word: "Rishi Sunak Enters Downing Street
                # Promising…" opens with the name of someone the article names
                known = {p.name for p in self.names.people}
                for j in range(len(words) - 1, 1, -1):
                    name = self.names.resolve_name(words[:j])
                    if name in known:
                        return name
            name = self.names.resolve_name(words)
            if len(words) > 1 and low[-1] in TITLES and name not in self._known:
                # "the South African President further added": a title in capitals,
                # whoever the article gives it in those words (South African President
                # Cyril Ramaphosa), never another holder ("Pennsylvania Gov." is not
                # Wisconsin's)
                holder = self.names.resolve_role(words, phrase.start)
                person = next((p for p in self.names.people if p.name == holder), None)
                if person is not None and set(low[:-1]) <= person.roles:
                    return holder
            return name
        # A function word is no role ("…,” it concluded): the index's roles are the
        # words it read before a name, which can be any ("…said it has fired CEO X").
        # A role is what the words before "for"/"to" say ("a spokesperson for OceanGate":
        # whoever the article introduced as its spokesperson, never OceanGate's CEO), and
        # a body or a document is no one's role ("the company's website").
        head = len(low)
        if low[0] in ARTICLES or low[0] in DETERMINERS:
            head = next((k for k, w in enumerate(low) if k and w in _SPEAKS_FOR), head)
        role = (
            None if (low[head - 1] in STOPWORDS and low[head - 1] not in TITLES)
            or strip_possessive(low[head - 1]) in IMPERSONAL_HEADS
            or low[head - 1] in ORG_WORDS
            or low[0] in _ONE_OF_MANY
            or counted(low)
            or (low[0] in INDEFINITE_ARTICLES and not self._apposed(phrase.start))
            or phrase.described
            else self.names.resolve_role(words[:head], phrase.start)
        )
        if role is not None and phrase.speaks_for is not None:
            them = self.names.mention_at(phrase.speaks_for)
            if them is not None and them.person.name == role:
                role = None  # "a spokesman for Smith": Smith is not his own spokesman
        if role is not None:
            return role
        if low[0] in ARTICLES:
            words = words[1:]
        return " ".join(words) or None


#: What a person's words are written in: "according to Axelrod's memoir" is Axelrod's.
_WRITINGS = UTTERANCES | {"memoir", "book", "account", "diary", "autobiography"}


def _frame_verb(toks: list[Word]) -> int | None:
    """Where the verb stands in words after a quote shaped as news attributes one, to the
    end of the sentence: a subject then its verb (“…?” Hannity pressed. / “…,” an angry
    Hollande retaliated. / “…,” the Washington Post reported.), or a verb in the past
    then a name (“…,” remembered Roy Verley, HP's former spokesman.). Read by shape, not
    from a list of verbs: outlets say a quote was pressed, retorted, shot back or
    reported in more ways than any list holds, and a quote that takes the previous
    speaker because its own verb is missing from one gets a wrong name.

    The subject is a name (capitalised), a pronoun or a phrase opened by an article,
    of a few words without a mark; the verb is the first lower-case word after its
    capitalised last word that is no function word, and not after a possessive (“…,”
    Broadway's hit musical, …: a noun). ``None`` when the words are shaped otherwise.
    """
    words = [t for t in toks if t.text[:1].isalnum()]
    if not words or len(words) > _FRAME_WORDS:
        return None
    first = toks[0]
    if not first.text[:1].isalpha():
        return None
    if not first.cap and first.low not in ARTICLES and first.low not in PRONOUNS:
        # a past tense then a name: “…,” remembered Roy Verley
        if (
            len(toks) >= 2
            and first.low.endswith("ed")
            and first.low not in STOPWORDS
            and toks[1].cap
            and toks[1].low not in WHEN
        ):
            return 0
        return None
    for k, t in enumerate(toks[1 : _FRAME_SUBJECT_WORDS + 1], start=1):
        if not t.text[:1].isalpha():
            return None  # a mark inside the subject: no simple frame
        if t.cap:
            continue
        before = toks[k - 1]
        if not (before.cap or before.low in PRONOUNS):
            continue  # "an angry Hollande": an adjective before the name
        if t.low in STOPWORDS or strip_possessive(before.text) != before.text:
            return None
        return k
    return None


def _renames_someone(toks: list[Word], j: int, i: int) -> bool:
    """The words between the commas ``toks[j]`` and ``toks[i]`` can name the person the
    words before them describe: not a place or a body ("from Greenville, South
    Carolina,"), nor the name of a body or document described ("the company, Acme,")."""
    head = toks[j - 1].low
    return head not in ORG_WORDS and strip_possessive(head) not in IMPERSONAL_HEADS and not any(
        t.low in ORG_WORDS for t in toks[j + 1 : i]
    )


def _token_range(toks: list[Word], phrase: _Phrase) -> tuple[int, int]:
    """The first and last index of ``toks`` inside ``phrase``'s span."""
    starts = [t.start for t in toks]
    return bisect_left(starts, phrase.start), bisect_left(starts, phrase.end) - 1


def _past_dateline(toks: list[Word]) -> list[Word]:
    """The words after a dateline that opens them ("New York, May 18: An Indian-origin
    taxi driver rescued…", "WASHINGTON (AP) — …"): a place and a date, capitalised
    words, figures and commas only, up to a colon or a dash. The place never speaks."""
    for k, t in enumerate(toks[:_DATELINE_WORDS]):
        if t.text in ":—–":
            return toks[k + 1 :] if k and toks[0].cap else toks
        if not (t.cap or t.text[:1].isdigit() or t.text in ",()"):
            return toks
    return toks


def _absolute_subject(toks: list[Word], k: int) -> _Phrase | None:
    """The subject a participle cue ``toks[k]`` has of its own after "with" ("He was
    rushed to hospital, with first responders saying he was “…”")."""
    j = k - 1
    while j >= 0 and toks[j].low != "with":
        if k - j > _ABSOLUTE_WORDS or toks[j].text in ",;:—–()" or toks[j].low in _NOT_ABSOLUTE:
            return None
        j -= 1
    if j < 0 or j + 1 == k:
        return None
    return _Phrase([x.text for x in toks[j + 1 : k]], toks[j + 1].start, toks[k - 1].end)


def _subordinate(toks: list[Word], subj: _Phrase) -> bool:
    """The subject opens a subordinate clause of time or reason ("after de Blasio")."""
    prev = next((t for t in reversed(toks) if t.end <= subj.start), None)
    return prev is not None and prev.low in SUBORDINATORS


def attribute(
    text: str, quotes: list[Span], woven: Sequence[bool], names: NameIndex | None = None
) -> list[Attribution]:
    """One attribution per quote span (``speaker`` None when nothing attributes it).

    ``woven`` says, per quote, whether it is part of the reporter's own clause
    (:func:`app.quotes.is_woven`): such a quote may take its speaker from a naming verb
    ("called it “…”") and never inherits the previous quote's.
    """
    if not quotes:
        return []
    return _Attributor(text, quotes, woven, names or NameIndex(text, quotes)).run()
