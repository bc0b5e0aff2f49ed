"""People named in one document: name runs, canonical names, roles, genders, mentions.

Names are capitalised word runs with titles (President, Sen., Rep., press secretary…)
stripped; a surname alone ("Psaki", "Zelenksy") resolves to the document's full name
with that surname (allowing one typo); role phrases ("the reporter", "the Ukrainian
president") resolve to the person most recently introduced with that role; the gender
used to resolve pronouns is learnt from the document itself (titles, and the pronouns
that follow a name). :mod:`app.quotes.attribution` asks this index who a phrase names.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections import Counter
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from functools import lru_cache
from itertools import compress
from operator import itemgetter

from rapidfuzz.distance import OSA

from app.model import Span
from app.quotes.vocabulary import (
    ARTICLES,
    AUXILIARIES,
    COMMON_CAPS,
    CUES,
    DESCRIPTORS,
    FEMALE_TITLES,
    MALE_TITLES,
    ORG_WORDS,
    PARTICLES,
    PREPOSITIONS,
    SUBORDINATORS,
    SUFFIXES,
    TITLES,
    role_synonyms,
)
from app.text.abbreviations import is_abbreviation
from app.text.tokens import WORD_CAP, WORD_LOW, WORD_TEXT, Word
from app.text.tokens import words as split_words
from app.text.vocabulary import CARDINALS, STOPWORDS


def tokens(text: str, start: int, end: int) -> list[Word]:
    """The words of ``text[start:end]`` and the marks that end a name or a clause
    (:func:`app.text.tokens.words`); an abbreviation or initial keeps its period."""
    return split_words(text, start, end, marks=True, keeps_period=is_abbreviation)


# How far the name rules look, in characters or words: past what news copy writes
# around a name, and bounded so hostile text stays linear.
_NEXT_WORD_REACH = 20  # characters after a name holding the verb it is the subject of
_ROLE_REACH = 80  # characters before a name (or of an appositive) holding its role words
_ROLE_WORDS = 5  # words before a name read as its role ("CNN senior correspondent")
_SET_OFF_ROLE_WORDS = 9  # words of a role set off before a name ("the head of the…, X")
# Words that, right before a name, make it a thing's, a body's or a place's (_determined).
_DETERMINING = frozenset({"the", "a", "an", "its", "their", "our", "another"})
# Nouns that end as adverbs do ("her family said", "a Trump ally said").
_NOUNS_IN_LY = frozenset(
    ["family", "ally", "rally", "assembly", "supply", "reply", "monopoly", "anomaly", "bully"]
)
_SUBJECT_REACH = 40  # characters into a sentence its subject starts by (subject_before)
_PRONOUN_CHAIN = 3  # pronouns a subject pronoun is followed back through (subject_before)
_SUBJECT_PRONOUN = {
    "m": re.compile(r"\b[Hh]e\b"),
    "f": re.compile(r"\b[Ss]he\b"),
}
# Words before a name that make it no subject of its sentence (NameIndex._opens).
_NOT_OPENING = PREPOSITIONS | SUBORDINATORS | {
    "in", "as", "when", "while", "if", "of", "during", "into", "over", "amid", "despite",
    "unlike", "like", "than", "whether",
}
_APPOSITIVE_REACH = 120  # characters after a name holding ", D-Calif., the chairman of…"
_APPOSITIVE_WORDS = 6  # words of an appositive read as roles
#: Letters from which a capitalised word ending in "ing" that opens a sentence is a
#: participle, not a first name ("King", "Ming" and "Xing" are shorter)
_PARTICIPLE_LETTERS = 6
_PRONOUN_REACH = 150  # characters after a mention in which its pronoun is looked for
#: A title says a person's gender more surely than a pronoun nearby does: it counts as
#: this many of them.
_TITLE_GENDER = 3
# Compiled once (the name index asks them for every name and every mention).
_APPOSITIVE = re.compile(
    r",\s*(?:[A-Z]-[A-Z][\w.]*,\s*)?(?:\d+,\s*)?(the|a|an)\s+"
    rf"([^,.;“”\"]{{1,{_ROLE_REACH}}})"
)
_PRONOUN = re.compile(r"\b(he|she|his|her|him|hers|himself|herself)\b", re.IGNORECASE)
_CLAUSE_END = re.compile(r"[.!?]\s|\n")
# What introduces one capitalised word as a new person's name ("a man surnamed Li", "a
# woman named Kim"), searched for right before the word.
_NAMED_BEFORE = re.compile(r"\b(?:sur)?named[ \t]+$")
#: Titles that make a person of the name after them ("former" alone does not).
_TITLES_OF_NOW = TITLES - {"former"}
# Words saying a role was held before ("former US President Jimmy Carter"); not
# "outgoing", whose holder is still in office.
_FORMER = frozenset({"former", "late"})
#: Words a role before a name never runs back past: articles, a verb of saying, and
#: the prepositions that put a name in a place or a time ("near Myrtle Beach").
_NOT_ROLES = frozenset(
    {"the", "a", "an", ",", "said", "says", "and", "near", "in", "into", "off", "over",
     "across", "under", "through", "after", "before", "during", "since", "via"}
) | PREPOSITIONS
#: Surnames this long or longer may differ by one typo ("Zelenksy"); shorter ones are
#: too often other names ("Rice"/"Rick").
_TYPO_LENGTH = 6


def named_anew(text: str, pos: int) -> bool:
    """Is the word at ``pos`` given as a new person's name ("a man surnamed Li", "a
    woman named Kim")? Such a word alone is that person's, whoever else the article
    calls so (President Yoon, before "a 29-year-old citizen surnamed Yoon")."""
    lo = max(0, pos - 12)
    return text.find("named", lo, pos) >= 0 and _NAMED_BEFORE.search(text, lo, pos) is not None


def surname_of(name: str) -> str:
    """The last word of a name that is no suffix: "John J. Ray III" is "Ray"."""
    parts = [p for p in name.split() if p.lower().strip(",") not in SUFFIXES]
    return parts[-1] if parts else name


def is_adverb(word: str) -> bool:
    """"playfully", "heavily": an adverb, which names no one and is no one's role."""
    return word.islower() and word.endswith("ly") and word not in _NOUNS_IN_LY


#: ", 33," right after a name: news copy gives ages to people only.
_AGE = re.compile(r",\s?\d{1,3},")


def acts_as_subject(text: str, end: int) -> bool:
    """The name ending at ``end`` is the subject of a verb: "Jacinda Ardern announced…",
    "Smith has…" — people act in news copy; "New York" and "Font Size" do not — or is
    given an age ("Ashlyn Preaux, 33, went out…")."""
    if _AGE.match(text, end):
        return True
    after = text[end : end + _NEXT_WORD_REACH].split()
    if not after:
        return False
    w = after[0].strip(",.;:").lower()
    return w.isalpha() and (w in AUXILIARIES or w in CUES or (len(w) > 4 and w.endswith("ed")))


def _word_of(w: str) -> str:
    """How :meth:`NameIndex._split_run` reads a word of a run against the word lists."""
    return strip_possessive(w).lower().rstrip(".")


def is_title(low: str) -> bool:
    """A title, also hyphenated of titles ("vice-president", "vice-chancellor") or with
    "-elect" ("president-elect", "prime minister-elect")."""
    if low.endswith("-elect"):
        low = low[: -len("-elect")]
    return low in TITLES or ("-" in low and all(p in TITLES for p in low.split("-")))


def strip_possessive(w: str) -> str:
    """``w`` without a possessive ending ("Trump’s", "Joneses’"); asked of every
    capitalised word, so the last character is looked at first."""
    last = w[-1:]
    if last == "s":
        return w[:-2] if w.endswith(("’s", "'s")) else w
    if last == "’" or last == "'":
        return w[:-1]
    return w


# ---------------------------------------------------------------------------- names


@dataclass(slots=True)
class Person:
    name: str  # canonical: titles stripped, full name as first written
    roles: set[str] = field(default_factory=set)
    gender: Counter = field(default_factory=Counter)
    titled: bool = False
    described: bool = False  # a role word stood before the name once ("mayor Vitali …")
    mentions: list[int] = field(default_factory=list)  # start offsets, text order
    surname: str = field(default="", init=False)  # looked up for every name met
    surname_low: str = field(default="", init=False)

    def __post_init__(self) -> None:
        self.surname = surname_of(self.name)
        self.surname_low = self.surname.lower()

    def guess(self) -> str | None:
        if not self.gender:
            return None
        (g, _n), *_ = self.gender.most_common(1)
        return g

    def sure(self) -> str | None:
        """The gender when the article leaves no doubt: a title ("Ms.", "Sir"), or two
        pronouns that refer to them at least two to one; one pronoun may be another's
        ("Warren's grilling he hadn't…")."""
        g = self.guess()
        if g is None:
            return None
        n = self.gender[g]
        return g if n >= 2 and 2 * (sum(self.gender.values()) - n) <= n else None


@dataclass(frozen=True, slots=True)
class Mention:
    start: int
    end: int
    person: Person


#: Surnames longer than this are not indexed by their one-deleted forms (a 70,000-letter
#: "name" would make 70,000 of them); the few there are are asked one by one.
_LONG_SURNAME = 40


@lru_cache(maxsize=4096)
def _one_deleted(s: str) -> frozenset[str]:
    """``s`` and every form of it with one character deleted: two strings within one
    edit (insertion, deletion, substitution, adjacent transposition) share one.
    Cached: an article names the same few people over and over."""
    return frozenset({s} | {s[:i] + s[i + 1 :] for i in range(len(s))})


def title_case_line(text: str, pos: int, closed: bool = False) -> bool:
    """The line holding ``pos`` is written in title case, as headlines are ("State
    Regulator Closes Silicon Valley Bank and Appoints FDIC"): its capitals are no name.
    Every word of four letters or more is capitalised, there are at least four, and the
    line does not end as a sentence does ("The Academy of Motion Picture Arts and
    Sciences met on Monday." is prose), unless ``closed`` lets it (some archives close
    their headlines with a full stop: "Hollande Says Trump ‘Makes You Want To Retch.’").
    A line ending in a colon introduces what follows, as a speaker's label in a round-up
    of reactions does ("NATO Secretary-General Jens Stoltenberg:"): no headline.
    """
    start = text.rfind("\n", 0, pos) + 1
    end = text.find("\n", pos)
    end = len(text) if end < 0 else end
    # Word by word, stopping at the first long word in lower case (prose stops there at
    # once): the line is not copied and split whole for every name on it.
    long = 0
    for m in _NON_SPACE.finditer(text, start, end):
        w = m.group().lstrip("‘“\"'«(")
        if len(w) >= 4:
            if not w[:1].isupper():
                return False
            long += 1
    line = text[start:end].rstrip()
    return (
        long >= 4
        and (closed or not line.endswith((".", "!")))
        and not line.endswith(":")
        and not _label(line)
    )


#: Words of a line that labels the quote under it with a title and a name.
_LABEL_LINE_WORDS = 8


def _label(line: str) -> bool:
    """A line that is a title and a name, and nothing else ("French President Emmanuel
    Macron", "UN Secretary-General Antonio Guterres"): a round-up's label above the
    speaker's words, whose capitals are the person's, not a headline's."""
    words = line.split()
    if len(words) > _LABEL_LINE_WORDS:
        return False
    last = max((k for k, w in enumerate(words) if is_title(w.lower().rstrip("."))), default=-1)
    name = words[last + 1 :]
    return last >= 0 and 2 <= len(name) <= 3 and all(
        w[:1].isupper() and w.replace("-", "").replace("'", "").isalpha() for w in name
    )


def same_surname(a: str, b: str) -> bool:
    a, b = a.lower(), b.lower()
    if a == b:
        return True
    return min(len(a), len(b)) >= _TYPO_LENGTH and OSA.distance(a, b) <= 1


#: Offices written "Title of X" before their holder's name ("Secretary of State John
#: Kerry", "Chief of Staff Denis McDonough", "Chancellor of the Exchequer Jeremy Hunt",
#: "Speaker of the House Nancy Pelosi"). Not "director of" or "president of", which
#: are followed by the body they lead ("director of the Texas Politics Project").
_OFFICES = frozenset({"secretary", "minister", "chief", "chancellor", "speaker"})
# Offices held *to* a country or body, whose holder's name follows it ("Ambassador to
# Israel Steffen Seibert", "Envoy to the UN Linda Thomas-Greenfield"); not "aide to",
# whose object is the person served.
_OFFICES_TO = frozenset({"ambassador", "envoy"})


def after_office(toks: list[Word], i: int) -> bool:
    """Whether the run at ``toks[i]`` follows an office's "Title of (the)", "Title for
    (the)" ("Federal Minister for Defence Khwaja Asif", as Commonwealth governments
    name their ministers) or "Title to (the)" (see :data:`_OFFICES_TO`)."""
    return ends_in_office([t.low for t in toks[max(0, i - 3) : i]])


def ends_in_office(lows: Sequence[str]) -> bool:
    """Whether the lower-case words end in an office's "Title of (the)" (see
    :func:`after_office`): what comes next is the office's object, then its holder."""
    k = len(lows) - 2 if lows and lows[-1] == "the" else len(lows) - 1
    if k < 1:
        return False
    link, office = lows[k], lows[k - 1]
    return (link in ("of", "for") and office in _OFFICES) or (
        link == "to" and office in _OFFICES_TO
    )


def office_at(toks: list[Word], i: int) -> int:
    """Where the office word of :func:`after_office`'s run at ``toks[i]`` is
    ("secretary")."""
    return i - 3 if toks[i - 1].low == "the" else i - 2


def office_object(words: list[str]) -> int:
    """Where the person's name starts in a run that opens with an office's object.

    A name is a first name and a surname, with a middle initial or a particle between
    ("John F. Kerry", "Charles de Gaulle"); what comes before is the office's ("State",
    "Homeland Security", "Exchequer"). Two words are the object and a surname
    ("Secretary of State Kerry"), one the object alone ("Secretary of State said").
    """
    n = len(words)
    while n > 2 and words[n - 1].lower().strip(",.") in SUFFIXES:
        n -= 1  # "Secretary of Defense Lloyd J. Austin III": the suffix ends the name
    if n >= 4 and (is_abbreviation(words[n - 2].rstrip(".")) or words[n - 2].endswith(".")
                   or words[n - 2].lower() in PARTICLES):
        return n - 3
    if n >= 3:
        return n - 2
    return n - 1 if n == 2 else n


_NON_SPACE = re.compile(r"\S+")
# Marks between two capitalised words that part two names ("Burhan - Hemedti", a
# caption's "Biden / Xi").
_RUN_BREAK = re.compile(r"[-–—/|]")
# Words a first line may have to read as a headline (a lead paragraph has more).
_HEADLINE_WORDS = 20
# The words of a picture's credit right before a name ("AP Photo/", "Photo by", "Credit:").
_CREDIT = re.compile(
    r"\b(?:photo(?:graph)?s?|pictures?|images?|credit|video)\s*(?:/|:|by)\s*$", re.I
)
_CREDIT_REACH = 30  # characters before a name holding its credit's words
# A word of furniture glued to a first name: "IconBenjamin", "ShortsBoonchuay".
_GLUED = re.compile(r"([A-Z][A-Za-z]*[a-z]{3})([A-Z][a-z]+)")
_WORD_BEFORE = re.compile(r"\b(\w+)\s+$")  # the word before a position (_article_before)
_WORD_BEFORE_REACH = 12
# A caption's credit ending its line after a full stop: "AP", "AFP", "Reuters/File",
# "Tayfun Coskun/Anadolu via Getty Images" (see _captioned).
_CREDIT_TAIL = re.compile(r"[.!?](?:\s+(?:[A-Z][\w&'-]*(?:/[A-Z][\w&'-]*)*|via)){1,6}$")
_CREDIT_TAIL_REACH = 120  # characters at a line's end a credit is looked for in
# A parenthesis (a photo credit after a caption's name).
_PARENTHESIS = re.compile(r"\([^()\n]*\)")
# A word written right after "Mr." or "Ms.": a surname, whatever else it may be.
_HONOURED = re.compile(r"\b(?:Mr|Ms|Mrs|Dr|Miss)\.? ([A-Z][\w'’-]*)")


def _headline(line: str) -> bool:
    """The article's first line reads as a headline: short and not ended as a sentence
    is. Its runs run words together ("Lula wins the elections in Brazil Lula wins…",
    a page's title printed twice) and name no one the body does not. Stricter than the
    loader's :func:`app.ingest.plaintext.looks_like_headline`, which also takes a short
    first sentence ("Nicola Sturgeon resigns.") whose names must stay people (112 quotes
    of the development sets lost their full-name speaker with it)."""
    words = line.split()
    return 0 < len(words) <= _HEADLINE_WORDS and not line.rstrip().endswith(
        (".", "!", "?", ":", "\"", "”", "’", "'"))


def _labels_line(text: str, start: int, end: int) -> bool:
    """The name at ``[start, end)`` is all its line says, but for a parenthesis ("Novak
    Djokovic (Getty)"): a caption, a byline, a heading."""
    ls = text.rfind("\n", 0, start) + 1
    le = text.find("\n", end)
    rest = text[ls:start] + _PARENTHESIS.sub("", text[end : len(text) if le < 0 else le])
    return not any(c.isalpha() for c in rest)


def _captioned(
    text: str, start: int, seen: dict[int, bool], quoted: Callable[[int], bool]
) -> bool:
    """The line holding ``start`` is a picture's caption: it ends, after a full stop,
    in its credit alone ("…at a hospital in Ahmedabad. AP", "…on Friday. AFP",
    "…County, on Jan. 9, 2025.  Tayfun Coskun/Anadolu via Getty Images"). Who a caption
    shows is no one a pronoun in the text below refers to. ``seen``: the lines read so
    far, by their start (a long line naming many people is read once). ``quoted``:
    whether a position is inside a quotation, where capitals after a full stop are
    someone's words ("…declared: “…a precise and deadly operation. Am Yisrael Chai"),
    no credit."""
    ls = text.rfind("\n", 0, start) + 1
    if ls not in seen:
        le = text.find("\n", start)
        line = text[ls : len(text) if le < 0 else le].rstrip()
        credit = _CREDIT_TAIL.search(line, max(0, len(line) - _CREDIT_TAIL_REACH))
        seen[ls] = credit is not None and not quoted(ls + credit.start())
    return seen[ls]


def _unglued(text: str, run: tuple) -> tuple:  # type: ignore[type-arg]
    """``run`` (see :meth:`NameIndex._runs`) without the word of page furniture glued to
    a first name ("Camera IconBenjamin Netanyahu", "More ShortsBoonchuay Duangmanee"): a
    word inside the run whose last capital follows three lower-case letters, before a
    surname, starts the name there ("RoseAnn DeMoro", "McDonald" and "UnitedHealthcare
    CEO" are left as they are)."""
    s, e, words, *rest = run
    for i in range(len(words) - 2, 0, -1):
        if words[i][1:].islower():
            continue  # no capital inside the word (most words): nothing glued
        m = _GLUED.fullmatch(words[i])
        nxt = words[i + 1]
        if m and nxt[:1].isupper() and not is_title(nxt.lower().rstrip(".")):
            at = text.find(words[i], s) + len(m.group(1))
            return (at, e, [m.group(2), *words[i + 1 :]], *rest)
    return run


def _credited(text: str, start: int) -> bool:
    """The name at ``start`` is a picture's credit ("(AP Photo/Manish Swarup)", "Photo
    by Jane Doe", "Credit: John Roe"): the photographer's, no one the article names."""
    lo = max(0, start - _CREDIT_REACH)
    before = text[lo:start]
    if "/" not in before and ":" not in before and "by" not in before:
        return False  # (most names: the question asked cheaply first)
    return _CREDIT.search(text, lo, start) is not None


def _cap_after_particles(toks: list[Word], j: int) -> bool:
    """A name goes on after the particles at ``toks[j]``: "von der Leyen", "de la Cruz"
    (two particles at most)."""
    for k in (j + 1, j + 2):
        if k >= len(toks):
            return False
        if toks[k].cap:
            return True
        if toks[k].low not in PARTICLES:
            return False
    return False


def _role_set_off(toks: list[Word], comma: int) -> set[str]:
    """The role a name set off by a comma is given before it: "The head of the European
    Commission, Ursula von der Leyen, also congratulated…", "the Australian prime
    minister, Anthony Albanese": an article opens the phrase and a title heads it."""
    j = comma - 1
    while j >= 0 and comma - j <= _SET_OFF_ROLE_WORDS:
        low = toks[j].low
        if low in ARTICLES and (j == 0 or toks[j - 1].low != "of"):
            break  # the phrase's article ("the head of the European Commission")
        if not low.isalpha() or (low in STOPWORDS and low not in ARTICLES and low != "of"):
            return set()  # a clause ("whether the other is qualified to be president,")
        j -= 1
    if j < 0 or toks[j].low not in ARTICLES or comma - j < 2:
        return set()
    words = [t.low for t in toks[j + 1 : comma] if t.low not in ARTICLES]
    head = words[: words.index("of")] if "of" in words else words
    if not head or not (is_title(head[-1]) or head[-1] == "head"):
        return set()
    return set(words) - {"of"}


def _in_words_a_number(word: str) -> bool:
    """A number in words, capitalised to open a sentence ("Thirty-three", "Two",
    "Dozens")."""
    low = word.lower()
    return all(p in CARDINALS or (p.endswith("s") and p[:-1] in CARDINALS)
               for p in low.split("-"))


def _article_before(text: str, pos: int) -> bool:
    """An article is the word right before ``pos``."""
    m = _WORD_BEFORE.search(text, max(0, pos - _WORD_BEFORE_REACH), pos)
    return m is not None and m.group(1).lower() in ARTICLES


def opens_sentence(text: str, pos: int) -> bool:
    """Nothing but a sentence end, a line break or an opening quotation mark is right
    before ``pos``."""
    before = text[max(0, pos - 3) : pos].strip(" “\"‘'")
    return not before or before[-1] in ".!?\n"


class NameIndex:
    """Every person named in one document, and where, outside its quotations."""

    def __init__(
        self,
        text: str,
        quotes: list[Span],
        speakers: frozenset[str] = frozenset(),
        like: NameIndex | None = None,
    ) -> None:
        """``speakers``: names the attribution found speaking ("Macron stated: …", "said
        Nick Witney") — a person even without a title, a first name or a second mention
        anywhere in the article.
        ``like``: an index of the same text and quotes, whose words and name runs (which
        the speakers do not change) are taken instead of being found again.

        A name on a line of its own ("Novak Djokovic (Getty)" under a photo, a byline)
        labels something: it is no mention a pronoun can refer back to."""
        self.text = text
        self.people: list[Person] = []
        self._surname_index: dict[str, list[int]] = {}  # see _add
        self._long_surnames: list[int] = []
        self._by_name: dict[str, Person] | None = None  # lower-case name -> first person
        # What _find gave for a surname (and first name) while the people and their
        # mentions stay as they are: an article names the same few people over and over.
        self._found: dict[tuple[str, str | None], Person | None] = {}
        # the titled people by first name, for _find (made at the first question)
        self._firsts: dict[str, list[Person]] | None = None
        self._middles: dict[str, list[Person]] = {}  # by the middle words of names (_find)
        self.mentions: list[Mention] = []
        # the office holders among the mentions read so far (see _office_holders)
        self._offices: tuple[list[Mention], int, set[int]] = (self.mentions, 0, set())
        self._inside = quotes
        # The whole text's tokens, kept: later stages (the organisations a story names)
        # read them instead of tokenising the article again.
        self._starts = [q.start for q in quotes]
        self._honoured: frozenset[str] | None = None  # see _surname_title
        self._sentence_ends: list[int] | None = None  # see subject_before
        self._lower: frozenset[str] | None = None  # words written in lower case: see
        # _capitalised_to_open (made only when a run could need them)
        if like is not None:
            self.tokens = like.tokens
            self._lower = like._lower  # the same words
            runs = like._name_runs
        else:
            self.tokens = tokens(text, 0, len(text))
            runs = [_unglued(text, r) for r in self._runs()]
        self._name_runs = runs
        full: dict[str, Person] = {}
        singles: list[tuple[int, int, list[str], set[str], bool, bool]] = []
        # A headline in title case capitalises every word: its runs ("Progressives Are
        # Celebrating Hillary Clinton") name only people the article names elsewhere, so
        # they are read after the rest and make no one new.
        lines: dict[int, bool] = {}
        head_runs = []
        breaks = [m.start() for m in re.finditer("\n", text)] if runs else []
        for run in runs:
            # the line's start by a binary search: a long text of one line stays linear
            k = bisect_left(breaks, run[0])
            line = breaks[k - 1] + 1 if k else 0
            if line not in lines:
                lines[line] = title_case_line(text, run[0], closed=True) or (
                    line == 0 and _headline(text[: breaks[0] if breaks else len(text)]))
            if lines[line] and len(run[2]) >= 2:
                head_runs.append(run)
        headed = {id(r) for r in head_runs}
        for run in [*(r for r in runs if id(r) not in headed), *head_runs]:
            s, e, words, roles, titled, described, determined = run
            if len(words) >= 2 and self._personish(words, titled):
                key = " ".join(words).lower()
                p = full.get(key)
                if p is None:
                    p = self._find(words[-1], first=words[0])  # full's people, in order
                if p is None and (id(run) in headed or determined):
                    # a headline's run names no one the body does not; a determined one
                    # names a thing (see _determined)
                    continue
                if p is None:
                    p = Person(" ".join(words))
                    full[key] = p
                    self._add(p)
                else:
                    full[key] = p
                p.roles |= roles
                if titled and not p.titled:
                    p.titled = True
                    self._firsts = None  # one more person _find may know by first name
                p.described |= described
                self.mentions.append(Mention(s, e, p))
            elif len(words) == 1:
                singles.append((s, e, words, roles, titled, determined))
        surnames_alone = Counter(w[0].lower() for _s, _e, w, _r, _t, _d in singles)
        for s, e, words, roles, titled, determined in singles:
            if named_anew(text, s):
                # "a 29-year-old citizen surnamed Yoon": someone named for the first
                # time, by that word alone, whoever else the article calls so (President
                # Yoon): a person of this mention only, whom no later "Yoon" finds
                self.mentions.append(Mention(s, e, Person(words[0])))
                continue
            p = self._find(words[0])
            if p is None and (titled or (
                words[0] in speakers
                and not determined
                # a party or a nation alone is who someone is, never a name ("the
                # Republican added" after "Republican presidential candidate Donald
                # Trump")
                and words[0].lower() not in DESCRIPTORS
            )):
                p = Person(words[0], titled=titled)
                self._add(p)
            if p is not None:
                p.roles |= roles
                self.mentions.append(Mention(s, e, p))
        # A two-word run without a title is a person only if it is also met by surname
        # (people are; "New York" is not) or has a role: keeps places out of pronouns.
        # (or acts as a subject; not after an article: "a woman who lost her home in the
        # Eaton Fire said" is no fire speaking)
        # which lines are captions (see _captioned), asked again of the same text
        captions = like._captions if like is not None else {}
        self._captions = captions
        acting = {
            id(m.person) for m in self.mentions
            if acts_as_subject(text, m.end) and not _article_before(text, m.start)
        }
        self.mentions = [
            m
            for m in self.mentions
            if (
                m.person.titled
                or m.person.roles
                or surnames_alone[m.person.surname.lower()] > 0
                or " " not in m.person.name
                or id(m.person) in acting
                or m.person.name in speakers  # "…,” said Nick Witney, a fellow at…"
            )
            and not _labels_line(text, m.start, m.end)  # see the docstring
            and not _credited(text, m.start)
            and not _captioned(text, m.start, captions, self._in_quote)
        ]
        self.mentions.sort(key=lambda m: m.start)
        for m in self.mentions:
            m.person.mentions.append(m.start)
        self._found.clear()  # who is "most mentioned" changed
        self._firsts = None
        self._learn_gender()
        self._index_mentions()

    # -- building

    def in_quote(self, pos: int) -> bool:
        """Whether ``pos`` is inside one of the document's quotations."""
        return self._in_quote(pos)

    def _in_quote(self, pos: int) -> bool:
        k = bisect_right(self._starts, pos + 1) - 1  # quotes are in text order
        return k >= 0 and pos < self._inside[k].end + 1

    def _runs(self):  # type: ignore[no-untyped-def]
        """Capitalised runs (with their titles and roles) outside quotations."""
        toks = self.tokens
        text = self.text
        n = len(toks)
        i = 0
        # Only a capitalised word starts a run: the others are skipped in one pass.
        for c in compress(range(n), map(WORD_CAP, toks)):
            if c < i:
                continue  # inside the last run
            i = c
            if self._in_quote(toks[i].start):
                i += 1
                continue
            j = i
            while j < n:
                tj = toks[j]
                if not (tj.cap or (tj.low in PARTICLES and _cap_after_particles(toks, j))):
                    break
                if j > i:
                    # "… Sheldon Adelson. Hours later": a sentence ended (but "J. D. Vance")
                    gap = text[toks[j - 1].end : tj.start]
                    if gap != " ":  # (one space between, as between most: no break)
                        prev = toks[j - 1].text.rstrip(".")
                        if not is_abbreviation(prev) and (
                            "\n" in gap or ("." in gap and len(prev) > 1)
                            or _RUN_BREAK.search(gap)
                        ):
                            break  # (a dash or a slash between: "Burhan - Hemedti")
                j += 1
                if strip_possessive(tj.text) != tj.text:
                    break
            first = i
            i = max(j, i + 1)
            if j == first + 1 and _word_of(toks[first].text) in COMMON_CAPS:
                continue  # one sentence opener ("The", "But"): most runs, and no name
            yield from self._split_run(toks, first, j)

    def _split_run(self, toks: list[Word], i: int, j: int):  # type: ignore[no-untyped-def]
        """The name in the run ``toks[i:j]``, if any, with its roles (the words before
        it are read only for a run that holds a name: most runs are "The", "But")."""
        run = toks[i:j]
        words = [strip_possessive(t.text) for t in run]
        lows = [w.lower().rstrip(".") for w in words]
        k = 0
        roles: set[str] = set()
        titled = False
        # Strip leading common words, descriptors and titles.
        last_title = -1
        # The last word is a title ("First Minister") unless it is a surname: after an
        # initial ("Representative Peter T. King") or written after "Mr." or "Ms." in the
        # article ("Charlie King"… "Mr. King said").
        named = len(words) >= 2 and lows[-1] in TITLES and self._surname_title(words)
        for n, lw in enumerate(lows[:-1] if named else lows):
            if is_title(lw):
                last_title = n
        while k < len(words) and lows[k] in COMMON_CAPS:
            k += 1
        if last_title >= k:
            roles |= set(lows[k : last_title + 1])
            titled = any(lw in _TITLES_OF_NOW for lw in lows[k : last_title + 1])
            k = last_title + 1
        while k < len(words) - 1 and words[k].lower() in DESCRIPTORS:
            roles.add(words[k].lower())
            k += 1
        if k >= len(words):
            return
        name = words[k:]
        if any(w.lower() in ORG_WORDS for w in name) and not titled:
            return
        if k == 0 and i >= 2 and toks[i - 1].low == "of" and toks[i - 2].low in ORG_WORDS:
            # "the Academy of Motion Picture Arts and Sciences": a run right after an
            # organisation's "… of" goes on naming it (a title between them starts a
            # person: "Bank of England Governor Andrew Bailey")
            return
        if k == 0 and after_office(toks, i):
            # "Secretary of State John Kerry", "Chancellor of the Exchequer Jeremy Hunt":
            # the run opens with what the office is of; the person is the name at its end
            k = office_object(words)
            if k >= len(words):
                return
            # the office's own title words too: "Prime Minister of the Bahamas Phillip
            # Davis" holds "prime minister", so "the Prime Minister said" is his
            office = office_at(toks, i)
            roles.add(toks[office].low)
            roles |= self._roles_before(toks, office + 1)
            titled = True
            name = words[k:]
        if name[0].lower() in COMMON_CAPS or _in_words_a_number(name[0]):
            return  # ("Thirty-three Israeli hostages will be released…": a count)
        if self._capitalised_to_open(name, toks, i + k):
            # "Actor Will Smith apologized…" where the article writes "actor Chris Rock":
            # the first word is a role, capitalised only because it opens the sentence;
            # before a surname alone it is any word ("Is Sanders finally connecting…?").
            if len(name) > 2:
                roles.add(name[0].lower())
            k += 1
            name = name[1:]
        s, e = run[k].start, run[-1].start + len(words[-1])
        before = self._roles_before(toks, i)
        roles |= before | self._roles_after(e)
        yield s, e, name, roles, titled, bool(before), not titled and self._determined(toks, i, k)

    def _determined(self, toks: list[Word], i: int, k: int) -> bool:
        """An article or a possessive determiner right before the name ``toks[i + k:]``
        ("the Armenian Patriarchate", "the Florida senator", "its Santa Clara offices",
        "another Bay Area bank"), also before a descriptor opening the run ("the French
        Crown Jewels"), or a common noun's possessive ("the museum's Apollo Gallery"): a
        thing, a body or a place. A person's name takes one only through a title or a
        role between ("the late John McCain", "her mother Doria Ragland"), which this
        leaves alone; so it does a thing described first ("a black Honda Accord"), which
        :func:`app.quotes.speakers` keeps out of a pronoun's reach another way. A
        capitalised owner is no determiner ("France's Emmanuel Macron")."""
        if k > 0:
            if toks[i + k - 1].low in _DETERMINING:
                return True
            if not all(toks[x].low in DESCRIPTORS for x in range(i, i + k)):
                return False
            # only descriptors open the run: the word before them decides
        if i == 0:
            return False
        prev = toks[i - 1]
        if not self.text[prev.end : toks[i].start].isspace():
            return False
        return prev.low in _DETERMINING or (
            prev.text[:1].islower() and prev.text.endswith(("'s", "’s"))
        )

    def _surname_title(self, words: list[str]) -> bool:
        """The title word ending ``words`` is a surname there (see :meth:`_split_run`)."""
        if re.fullmatch(r"[A-Z]\.", words[-2]):
            return True
        if self._honoured is None:  # read once: titles end runs all through an article
            self._honoured = frozenset(_HONOURED.findall(self.text))
        return words[-1] in self._honoured

    def _lower_words(self) -> frozenset[str]:
        """The words the article writes in lower case (read at the first question)."""
        if self._lower is None:
            toks = self.tokens  # (compress and map: no Python call per word)
            firsts = map(itemgetter(0), map(WORD_TEXT, toks))
            self._lower = frozenset(compress(map(WORD_LOW, toks), map(str.islower, firsts)))
        return self._lower

    def written_in_lower(self, word: str) -> bool:
        """Whether the article also writes ``word`` in lower case ("Reports say…" where
        it writes "reports")."""
        return word.lower() in self._lower_words()

    def _capitalised_to_open(self, name: list[str], toks: list[Word], i: int) -> bool:
        """Whether ``name`` (its first word ``toks[i]``) opens a sentence with a word
        the article writes in lower case elsewhere, before a name of two words or more
        of its own ("Actor Will Smith", not "Will Smith" however often it says "will"),
        or before a surname in the headline ("Is Sanders finally connecting…?", "Top
        Clinton adviser…") when the article names someone else of that surname in full
        and never writes the two words together again ("Will Smith" opening three of
        its sentences is a name).
        """
        rest = [w for w in name[1:] if w.lower().rstrip(".") not in SUFFIXES]
        if not rest or (rest[0].lower() in PARTICLES) or name[0].lower() in PARTICLES:
            return False
        if (
            len(name[0]) >= _PARTICIPLE_LETTERS
            and name[0].endswith("ing")
            and opens_sentence(self.text, toks[i].start)
        ):
            # "Condemning Hamas' attack, the UN envoy…", "Visiting Richmond, Clinton…":
            # a participle opening the sentence, before whatever it governs
            return True
        if name[0].lower() not in self._lower_words():
            return False
        if len(rest) >= 2:
            return True
        if not opens_sentence(self.text, toks[i].start):
            return False
        # a surname after one word: only in the headline (the first line), once there
        # and nowhere else, where the article names someone else of that surname in full
        line = self.text.find("\n")
        if line < 0 or toks[i].start > line:
            return False
        pattern = r"(?<!\w)" + r"\s+".join(map(re.escape, name)) + r"(?!\w)"
        if len(re.findall(pattern, self.text)) != 1:
            return False
        firsts = re.findall(r"([A-Z][\w'’.-]*)\s+" + re.escape(name[1]) + r"(?!\w)", self.text)
        return any(f != name[0] for f in firsts)

    @staticmethod
    def _roles_before(toks: list[Word], i: int) -> set[str]:
        """Lower-case role words just before a name: "CNN senior correspondent" X."""
        floor = toks[i].start - _ROLE_REACH if i < len(toks) else 0
        if i >= 3 and toks[i - 1].text == "," and toks[i].start - toks[i - 1].end <= 1:
            # (a comma and a space: not a quotation's close, “…the father of Obamacare,”
            # Powe wrote)
            return _role_set_off(toks, i - 1)
        out: set[str] = set()
        first = ""  # the role's first word in the text, read last
        if i >= 3 and toks[i - 1].text == ")" and toks[i - 3].text == "(" and (
            toks[i - 2].text.isupper()
        ):
            # "Chief Justice of Pakistan (CJP) Umar Ata Bandial": the title's acronym,
            # a role of its own ("remarked the CJP")
            out.add(toks[i - 2].low)
            i -= 3
        for t in reversed(toks[max(0, i - _ROLE_WORDS) : i]):
            if t.start < floor:
                break
            lw = t.low
            if not out and len(lw) > 4 and lw.endswith("ed") and lw not in TITLES:
                # "The Chancellor sacked Christian Lindner": a verb's object, whose
                # roles are not the words before the verb
                break
            if not out and (lw.endswith("ern") or is_adverb(lw)):
                # "the heavily populated eastern Marmara Sea region": an adjective right
                # before the run makes it a place or a thing, not someone with a role
                break
            if lw in _NOT_ROLES:
                break  # "off the coast near Myrtle Beach": a place, no one's role
            if t.text in ",;:—–()" or not any(c.isalpha() for c in lw):
                break  # a mark, or a figure ("the 2023 Nobel Peace Prize"): no role
            out.add(strip_possessive(lw))
            first = lw
        if out and first == "of":
            # "…, woman says of devastating Eaton Fire": the words open with "of", so the
            # name is a preposition's object, not someone with a role ("head of security
            # Jane Doe" opens with its role)
            return set()
        return out

    def _roles_after(self, pos: int) -> set[str]:
        """An appositive: X, D-Calif., the chairman of the House Intelligence Committee."""
        m = _APPOSITIVE.match(self.text[pos : pos + _APPOSITIVE_REACH])
        if not m:
            return set()
        after = self.text[pos + m.end() : pos + m.end() + 1]
        words = m.group(2).split()
        if after not in {",", ".", ""} or any(w.lower() in CUES for w in words):
            return set()  # "Zelensky, the reporter said": a new clause, not an appositive
        out = set()
        for w in words[:_APPOSITIVE_WORDS]:
            lw = w.lower()
            if lw in {"of", "for", "on", "in", "at", "who", "which"}:
                break
            out.add(lw)
        return out

    def _personish(self, words: list[str], titled: bool) -> bool:
        if titled:
            return True
        # an acronym ("FBI", "NHS") makes a body; an initial ("Paul R. Pillar") does not
        return not any(
            w.lower() in ORG_WORDS or (w.isupper() and len(w.rstrip(".")) > 1) for w in words)

    def _add(self, p: Person) -> None:
        """Take ``p`` into :attr:`people` and into the surname index :meth:`_find` reads."""
        n = len(self.people)
        self.people.append(p)
        self._found.clear()
        self._firsts = None
        key = p.surname_low.lower()
        if len(key) > _LONG_SURNAME:
            self._long_surnames.append(n)
            self._surname_index.setdefault(key, []).append(n)
        else:
            for k in _one_deleted(key):
                self._surname_index.setdefault(k, []).append(n)

    def _find(self, surname: str, first: str | None = None) -> Person | None:
        """The person with this surname (most mentioned, then first named); a word alone
        that is no one's surname but the first name of one person holding an office is
        that person ("Sir John warned…" after "Sir John Major"; "Yoon said" after
        "President Yoon Suk Yeol", whose family name comes first, as Korean, Chinese and
        Hungarian names put it).

        Only the people whose surname is within one edit of it are looked at (an index
        of the surnames with one letter deleted), in the order they were named: asking
        every person for every name met was quadratic in the people an article names.
        """
        asked = (surname, first)
        if asked in self._found:
            return self._found[asked]
        best = self._look_up(surname, first)
        if best is None and first is None:
            # only someone the article gives an office ("President Yoon Suk Yeol", "Sir
            # Keir Starmer"): an untitled run opening with a place or a month ("Japan
            # January", a caption's "Italy Alessandro Garofalo") is no one's first name
            if self._firsts is None:
                self._firsts, self._middles = {}, {}
                office = self._office_holders()
                for q in self.people:
                    # titled, or holding an office written in lower case ("South
                    # Korean prime minister Han Duck-soo … Han said")
                    if (q.titled or id(q) in office) and " " in q.name:
                        self._firsts.setdefault(q.name.split()[0], []).append(q)
                    words = q.name.split()
                    for w in set(words[1:-1]):
                        if w[:1].isupper() and not w.endswith("."):
                            self._middles.setdefault(w, []).append(q)
            firsts = self._firsts.get(surname, ())
            # or the middle of one person's name of three words or more ("Kumar said"
            # after "Vishwash Kumar Ramesh", "Lula" after "Luiz Inacio Lula da Silva")
            middles = self._middles.get(surname, ())
            best = firsts[0] if len(firsts) == 1 else (
                middles[0]
                if not firsts and len(middles) == 1
                # (not a headline's "Hillary Clinton Can")
                and middles[0].surname.lower() not in self._lower_words()
                else None
            )
        self._found[asked] = best
        return best

    def _office_holders(self) -> set[int]:
        """The people (by ``id``) one of the :data:`_OFFICES` is given in lower case,
        right before a mention ("South Korean prime minister Han Duck-soo") or in an
        appositive after it ("Ban Ki-moon, the globe-trotting secretary general of the
        United Nations, …")."""
        # Read once per mention: the question comes again after every person added.
        if self._offices[0] is not self.mentions:
            self._offices = (self.mentions, 0, set())
        mentions, seen, out = self._offices
        for m in mentions[seen:]:
            if id(m.person) in out:
                continue
            before = self.text[max(0, m.start - 30) : m.start].split()
            if (before and before[-1].lower() in _OFFICES) or not self._roles_after(
                m.end
            ).isdisjoint(_OFFICES):
                out.add(id(m.person))
        self._offices = (mentions, len(mentions), out)
        return out

    def _look_up(self, surname: str, first: str | None) -> Person | None:
        """:meth:`_find` without its memory."""
        best = None
        low = surname.lower()
        first_low = first.lower() if first is not None else None
        key = low.lower()
        near: set[int] = set(self._surname_index.get(key, ()))
        if len(key) <= _LONG_SURNAME + 1:
            for k in _one_deleted(key):
                near.update(self._surname_index.get(k, ()))
        if len(key) >= _LONG_SURNAME:
            near.update(self._long_surnames)
        for n in sorted(near):
            p = self.people[n]
            if " " not in p.name and first is not None:
                continue
            other = p.surname_low
            if other != low and (
                abs(len(other) - len(low)) > 1 or min(len(other), len(low)) < _TYPO_LENGTH
            ):
                continue  # cheap reject before the edit distance
            if (
                same_surname(other, low)
                and (first_low is None or p.name.split()[0].lower() == first_low)
                and (best is None or len(p.mentions) > len(best.mentions))
            ):
                best = p
        return best

    def _learn_gender(self) -> None:
        for p in self.people:
            if p.roles & FEMALE_TITLES:
                p.gender["f"] += _TITLE_GENDER
            if p.roles & MALE_TITLES:
                p.gender["m"] += _TITLE_GENDER
        # The first personal pronoun after a mention in its sentence usually refers to it.
        for n, m in enumerate(self.mentions):
            nxt = self.mentions[n + 1].start if n + 1 < len(self.mentions) else len(self.text)
            window = self.text[m.end : min(nxt, m.end + _PRONOUN_REACH)]
            stop = _CLAUSE_END.search(window)
            if stop:
                window = window[: stop.start()]
            hit = _PRONOUN.search(window)
            if hit and not self._in_quote(m.end + hit.start()):
                g = "m" if hit.group(1).lower() in {"he", "his", "him", "himself"} else "f"
                m.person.gender[g] += 1

    # -- resolution

    def resolve_name(self, words: list[str]) -> str:
        """Canonical form of a written name: titles stripped, surname to full name."""
        k = 0
        low = [w.lower().rstrip(".") for w in words]
        for n, lw in enumerate(low):
            if is_title(lw) and n < len(words) - 1:
                k = n + 1
        while k < len(words) - 1 and (low[k] in DESCRIPTORS or low[k] in COMMON_CAPS):
            k += 1
        name = [strip_possessive(w) for w in words[k:]]
        if not name:
            return " ".join(words)
        if len(name) == 1:
            p = self._find(name[0])
            if p is not None:
                return p.name
        else:
            key = " ".join(name).lower()
            if self._by_name is None:
                self._by_name = {}
                for q in self.people:
                    self._by_name.setdefault(q.name.lower(), q)
            p = self._by_name.get(key)
            if p is None:
                # "Counsel James A. Baker" where the index has "James A. Baker": the
                # written words end with the full name of someone it knows
                p = next((self._by_name[k] for j in range(1, len(name) - 1)
                          if (k := " ".join(name[j:]).lower()) in self._by_name), None)
            if p is not None:
                return p.name
            p = self._find(name[-1], first=name[0])  # only people with a first name
            if p is not None:
                return p.name
            if all(w.lower() in PARTICLES for w in name[:-1]):
                # "le Pen" after "Marine le Pen": a surname with its particle
                p = self._find(" ".join(name)) or self._find(name[-1])
                if p is not None:
                    return p.name
        return " ".join(name)

    def _index_mentions(self) -> None:
        """Sorted starts and running end maxima of the mentions, and per gender the
        mentions a pronoun of that gender may refer to: every question a quote asks of
        the index is then a binary search, not a walk over every mention before it."""
        self._mention_starts = [m.start for m in self.mentions]
        self._end_max: list[int] = []
        top = -1
        for m in self.mentions:
            top = max(top, m.end)
            self._end_max.append(top)
        guesses = [m.person.guess() for m in self.mentions]
        self._by_gender: dict[str, tuple[list[int], list[Mention]]] = {}
        for g in ("m", "f"):
            fits = [m for m, mg in zip(self.mentions, guesses, strict=True) if mg in {None, g}]
            self._by_gender[g] = ([m.start for m in fits], fits)
        self._role_people: dict[str, list[Person]] = {}
        for p in self.people:
            for role in p.roles:
                self._role_people.setdefault(role, []).append(p)

    def mention_at(self, pos: int) -> Mention | None:
        """The first mention (in text order) whose words hold ``pos``, if any."""
        k = bisect_right(self._mention_starts, pos)  # mentions starting at or before pos
        j = bisect_right(self._end_max, pos, 0, k)  # the first of them ending after pos
        return self.mentions[j] if j < k else None

    def mentions_before(self, pos: int) -> int:
        """How many mentions start before ``pos``: ``mentions[:k]`` are they, in text order.

        A binary search, so a quote can walk back from itself without visiting every
        later mention (walking all of them per quote is quadratic in a long article).
        """
        return bisect_left(self._mention_starts, pos)

    def named_between(self, name: str, start: int, end: int) -> bool:
        """Whether the person called ``name`` is mentioned in ``[start, end)``."""
        lo, hi = self.mentions_before(start), self.mentions_before(end)
        return any(m.person.name == name for m in self.mentions[lo:hi])

    def person_before(self, pos: int, gender: str | None = None) -> Person | None:
        """The most recently mentioned person before ``pos`` of a compatible gender."""
        if gender in {"m", "f"}:
            starts, fits = self._by_gender[gender]
        else:
            starts, fits = self._mention_starts, self.mentions
        k = bisect_left(starts, pos)
        return fits[k - 1].person if k else None

    def subject_before(self, pos: int, gender: str, depth: int = 0) -> Person | None:
        """:meth:`person_before`, unless a compatible person opens the sentence that
        mention is in: then that one, its subject ("But opposition leader Lee Jae-myung
        on Sunday urged the judges to remove Yoon. “…,” he said": Lee). A pronoun
        refers back to the last sentence's subject before its objects; when that subject
        is itself a pronoun ("…, he quoted St. Augustine: “…” … he stressed"), to
        what that one refers to."""
        starts, fits = self._by_gender[gender]
        k = bisect_left(starts, pos)
        if not k:
            return None
        last = fits[k - 1]
        if self._sentence_ends is None:
            self._sentence_ends = [m.end() for m in _CLAUSE_END.finditer(self.text)]
        e = bisect_right(self._sentence_ends, last.start)
        opening = self._sentence_ends[e - 1] if e else 0
        first = fits[bisect_left(starts, opening)]
        if first is last and depth < _PRONOUN_CHAIN and not acts_as_subject(self.text, last.end):
            subject = _SUBJECT_PRONOUN[gender].search(self.text, opening, last.start)
            if subject is not None and not self._in_quote(subject.start()):
                return self.subject_before(subject.start(), gender, depth + 1)
        if (
            first is not last
            and first.start - opening <= _SUBJECT_REACH
            # "Days after Tsege's arrest, Nega volunteered…": an owner is no subject
            and self.text[first.end : first.end + 2] not in ("’s", "'s")
            and self._opens(opening, first.start)
            and not title_case_line(self.text, first.start, True)
        ):
            return first.person
        return last.person

    def _opens(self, start: int, end: int) -> bool:
        """Do the words from a sentence's start to a name leave it the sentence's
        subject? Titles and descriptions may come first ("But opposition leader Lee
        Jae-myung…"); a preposition, a subordinator or a participle opens a phrase the
        name is inside ("Asked whether Donald Trump…, Ban demurred", "In a letter to
        Putin, Maduro…"), unless a comma closes that phrase before the name ("In his
        victory speech, Carney issued a dire warning"), right before the name ("With
        her husband, former President Bill Clinton, standing by her side, Hillary
        Clinton…" is no subject's)."""
        before = self.text[start:end]
        if before.rstrip().endswith(","):
            return True
        for w in before.split():
            low = w.strip("“”\"'‘’(),").lower()
            if low in _NOT_OPENING or low.endswith(("ed", "ing")):
                return False
        return True

    def resolve_role(self, words: list[str], pos: int) -> str | None:
        """A role phrase ("the reporter") to the person most recently given that role."""
        low = [w.lower().rstrip(".") for w in words]
        heads = role_synonyms(low[-1])
        mods = set(low[:-1]) - {"the", "a", "an", "then", "his", "her", "their"}
        # "the Democratic presidential candidate" is not the Republican one: a person
        # described by another party or nation than the phrase names is not meant
        kinds = mods & DESCRIPTORS
        # "the US President" is not the former one ("former US President Jimmy Carter"),
        # nor "the former president" the one in office, while a holder of the role in
        # the same tense is there to be meant
        past = bool(mods & _FORMER)
        # The best mention before ``pos`` of a person with the role: for each such person
        # their last one there (people found through the role, not every mention before).
        best: Person | None = None
        best_score: tuple[bool, int, int] | None = None
        seen: set[int] = set()
        for role in heads:
            for p in self._role_people.get(role, ()):
                if id(p) in seen:
                    continue
                seen.add(id(p))
                k = bisect_left(p.mentions, pos)
                if not k:
                    continue
                theirs = p.roles & DESCRIPTORS
                if kinds and theirs and not kinds & theirs:
                    continue
                score = (
                    bool(p.roles & _FORMER) == past, len(p.roles & mods), p.mentions[k - 1]
                )
                if best_score is None or score > best_score:
                    best, best_score = p, score
        return best.name if best else None
