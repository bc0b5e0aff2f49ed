"""Who said each quote: cue verbs, speaker phrases, pronouns and names within a document.

A light, rule-based name model rather than an NLP model: news attribution is formulaic
(“…,” X said / said X / X said: “…” / according to X), the rules are inspectable when a
journalist asks "why this speaker?", and nothing has to be downloaded or bundled.

Names are capitalised word runs with titles (President, Sen., Rep., press secretary…)
stripped; a surname alone ("Psaki", "Zelenksy") resolves to the document's full name
with that surname (allowing one typo); role phrases ("the reporter", "the Ukrainian
president") resolve to the person most recently introduced with that role; pronouns
resolve to the most recent person of a compatible gender, the gender being learnt from
the document itself (titles, and the pronouns that follow a name).
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections import Counter
from dataclasses import dataclass, field
from typing import NamedTuple

from rapidfuzz.distance import OSA

from app.model import Span

CUES = frozenset(
    [
        "said",
        "says",
        "say",
        "saying",
        "told",
        "tells",
        "telling",
        "added",
        "adds",
        "adding",
        "continued",
        "continues",
        "replied",
        "replies",
        "wrote",
        "writes",
        "writing",
        "tweeted",
        "tweets",
        "tweeting",
        "warned",
        "warns",
        "warning",
        "insisted",
        "insists",
        "asked",
        "asks",
        "asking",
        "explained",
        "explains",
        "explaining",
        "noted",
        "notes",
        "noting",
        "stated",
        "states",
        "declared",
        "declares",
        "argued",
        "argues",
        "claimed",
        "claims",
        "responded",
        "responds",
        "answered",
        "answers",
        "recalled",
        "recalls",
        "acknowledged",
        "acknowledges",
        "announced",
        "announces",
        "suggested",
        "suggests",
        "pledged",
        "pledges",
        "urged",
        "urges",
        "admitted",
        "admits",
        "posted",
        "posts",
        "quipped",
        "joked",
        "remarked",
        "shouted",
        "exclaimed",
        "conceded",
        "concedes",
        "cautioned",
        "complained",
        "complains",
        "emphasized",
        "emphasised",
        "stressed",
        "stresses",
        "observed",
        "predicted",
        "predicts",
        "vowed",
        "vows",
        "promised",
        "promises",
        "concluded",
        "countered",
        "counters",
        "retorted",
        "whispered",
        "yelled",
        "mused",
        "boasted",
        "lamented",
        "reiterated",
        "reiterates",
        "thundered",
        "added",
        "wrote",
        "testified",
        "testifies",
        "charged",
        "charges",
        "contended",
        "contends",
        "maintained",
        "maintains",
        "assured",
        "assures",
        "confirmed",
        "confirms",
        "denied",
        "denies",
        "agreed",
        "agrees",
        "chimed",
        "scoffed",
        "sniped",
        "cried",
        "pleaded",
        "reads",
        "read",
        "yells",
        "shouts",
        "shouted",
        "chanted",
        "chants",
        "demanded",
        "demands",
        "scolded",
        "snapped",
        "wondered",
        "commented",
        "recounted",
        "recounts",
        "interjected",
        # Speech verbs of colour, common in copy: "“…,” Trump barked".
        "barked", "beamed", "boomed", "bellowed", "gushed", "sighed", "laughed", "fumed",
        "growled", "muttered", "murmured", "screamed", "hollered", "proclaimed", "asserted",
        "elaborated", "reasoned", "repeated", "texted", "emailed", "riffed", "raged",
        "marveled", "marvelled", "quipped", "deadpanned", "teased", "vowed",
    ]
)
# Cue words that are also nouns: after a determiner ("his own notes", "the claims",
# "her posts") they name a thing, not an act of speaking.
_DETERMINERS = frozenset(
    ["the", "a", "an", "his", "her", "their", "its", "our", "my", "your", "own", "these",
     "those", "this", "whose", "such", "new", "latest", "several", "many"]
)
_CUE_OBJECTS = frozenset(
    ["reporters", "journalists", "the", "a", "an", "us", "them", "him", "her", "me"]
)
PRONOUNS = {"he": "m", "she": "f", "they": "p", "i": "1", "we": "p"}
_POSSESSIVE = {"his": "m", "her": "f", "him": "m", "their": "p"}
TITLES = frozenset(
    [
        "president",
        "vice",
        "sen",
        "senator",
        "rep",
        "representative",
        "congressman",
        "congresswoman",
        "gov",
        "governor",
        "dr",
        "mr",
        "mrs",
        "ms",
        "miss",
        "mx",
        "prof",
        "professor",
        "gen",
        "general",
        "lt",
        "col",
        "colonel",
        "capt",
        "captain",
        "sgt",
        "adm",
        "admiral",
        "secretary",
        "minister",
        "chancellor",
        "mayor",
        "judge",
        "justice",
        "speaker",
        "chairman",
        "chairwoman",
        "chair",
        "director",
        "ambassador",
        "pope",
        "king",
        "queen",
        "prince",
        "princess",
        "rev",
        "reverend",
        "sir",
        "lord",
        "lady",
        "dame",
        "spokesman",
        "spokeswoman",
        "spokesperson",
        "leader",
        "premier",
        "commissioner",
        "attorney",
        "sheriff",
        "chief",
        "officer",
        "correspondent",
        "reporter",
        "host",
        "anchor",
        "candidate",
        "nominee",
        "former",
        "deputy",
        "acting",
        "press",
        "sec",
        "rabbi",
        "father",
        "sister",
        "brother",
        "coach",
        "detective",
        "agent",
        "lawmaker",
        "officials",
        "official",
        "aide",
        "adviser",
        "advisor",
        "analyst",
        "economist",
    ]
)
_FEMALE_TITLES = frozenset(
    [
        "mrs",
        "ms",
        "miss",
        "queen",
        "princess",
        "lady",
        "dame",
        "congresswoman",
        "chairwoman",
        "spokeswoman",
    ]
)
_MALE_TITLES = frozenset(
    [
        "mr",
        "king",
        "prince",
        "sir",
        "lord",
        "congressman",
        "chairman",
        "spokesman",
        "father",
        "brother",
    ]
)
_ABBREV = frozenset(
    [
        "rep",
        "sen",
        "gov",
        "dr",
        "mr",
        "mrs",
        "ms",
        "mx",
        "prof",
        "gen",
        "lt",
        "col",
        "capt",
        "sgt",
        "adm",
        "rev",
        "st",
        "jr",
        "sr",
        "inc",
        "co",
        "corp",
        "no",
        "vs",
        "mt",
        "ft",
        "sec",
        "dept",
        "gov't",
    ]
)
# Capitalised words that start a sentence or name a day, not a person.
_COMMON_CAPS = frozenset(
    [
        "the",
        "a",
        "an",
        "and",
        "but",
        "or",
        "so",
        "if",
        "as",
        "at",
        "in",
        "on",
        "of",
        "for",
        "to",
        "by",
        "with",
        "from",
        "into",
        "after",
        "before",
        "when",
        "while",
        "where",
        "why",
        "how",
        "what",
        "who",
        "which",
        "this",
        "that",
        "these",
        "those",
        "there",
        "here",
        "it",
        "its",
        "he",
        "she",
        "they",
        "we",
        "i",
        "you",
        "his",
        "her",
        "their",
        "our",
        "my",
        "your",
        "some",
        "many",
        "most",
        "all",
        "any",
        "each",
        "every",
        "no",
        "not",
        "yes",
        "also",
        "then",
        "now",
        "later",
        "earlier",
        "meanwhile",
        "still",
        "however",
        "perhaps",
        "instead",
        "even",
        "just",
        "only",
        "although",
        "though",
        "because",
        "since",
        "until",
        "unless",
        "despite",
        "during",
        "over",
        "under",
        "among",
        "monday",
        "tuesday",
        "wednesday",
        "thursday",
        "friday",
        "saturday",
        "sunday",
        "january",
        "february",
        "march",
        "april",
        "may",
        "june",
        "july",
        "august",
        "september",
        "october",
        "november",
        "december",
        "according",
        "asked",
        "speaking",
        "like",
        "unlike",
        "both",
        "either",
        "neither",
        "other",
        "another",
        "such",
        "one",
        "two",
        "three",
        "more",
    ]
)
_ORG_WORDS = frozenset(
    [
        "house",
        "senate",
        "committee",
        "congress",
        "department",
        "ministry",
        "office",
        "agency",
        "council",
        "court",
        "university",
        "college",
        "school",
        "street",
        "avenue",
        "party",
        "news",
        "post",
        "times",
        "journal",
        "press",
        "network",
        "company",
        "inc",
        "corp",
        "group",
        "union",
        "nations",
        "states",
        "united",
        "kingdom",
        "republic",
        "federation",
        "intelligence",
        "service",
        "services",
        "police",
        "army",
        "forces",
        "force",
        "guard",
        "bank",
        "fund",
        "foundation",
        "institute",
        "center",
        "centre",
        "media",
        "telegram",
        "twitter",
        "facebook",
        "instagram",
        "youtube",
        "cnn",
        "bbc",
        "nbc",
        "cbs",
        "abc",
        "fox",
        "ap",
        "reuters",
        "afp",
        "premium",
        "independent",
        "examiner",
        "administration",
        "government",
        "campaign",
        "commission",
        "board",
        "church",
        "hospital",
        "airport",
        "station",
        "city",
        "county",
        "province",
        "region",
        "ukraine",
        "russia",
        "kyiv",
        "moscow",
        "europe",
        "america",
        "washington",
        "london",
        "paris",
        "new",
        "south",
        "north",
        "east",
        "west",
        "san",
        "los",
        "las",
        "saint",
        "fort",
        "mount",
        "lake",
        "port",
        "democrats",
        "republicans",
        "gop",
        "fbi",
        "cia",
        "nato",
        "eu",
        "un",
    ]
)
_DESCRIPTORS = frozenset(
    [
        "republican",
        "democratic",
        "democrat",
        "independent",
        "gop",
        "ukrainian",
        "russian",
        "american",
        "british",
        "french",
        "german",
        "polish",
        "chinese",
        "israeli",
        "palestinian",
        "iranian",
        "indian",
        "canadian",
        "mexican",
        "european",
        "us",
        "u.s.",
        "former",
        "then",
        "incumbent",
    ]
)
_PARTICLES = frozenset(
    [
        "de",
        "da",
        "di",
        "del",
        "della",
        "van",
        "von",
        "der",
        "den",
        "le",
        "la",
        "du",
        "bin",
        "al",
        "ibn",
        "st.",
    ]
)
_SUFFIXES = frozenset(["jr", "jr.", "sr", "sr.", "ii", "iii", "iv"])
_ROLE_SYNONYMS = [
    {"reporter", "correspondent", "journalist"},
    {"spokesman", "spokeswoman", "spokesperson"},
    {"senator", "sen"},
    {"representative", "rep", "congressman", "congresswoman", "lawmaker"},
    {"governor", "gov"},
    {"candidate", "nominee"},
    {"aide", "adviser", "advisor"},
]
# Verbs that frame a partial quote woven into the reporter's clause: “Trump called the
# plan “an absolute disgrace””, “she accused him of “lying””. Not cues for a free-standing
# quote (“He called. “We are…”” is no attribution), so they count only for woven quotes.
_WOVEN_CUES = frozenset(
    [
        "called", "calls", "call", "calling", "described", "describes", "describing",
        "dubbed", "dubs", "labeled", "labelled", "labels", "branded", "termed",
        "accused", "accuses", "accusing", "criticized", "criticised", "criticizes",
        "praised", "praises", "praising", "blasted", "blasts", "slammed", "slams",
        "mocked", "mocks", "hailed", "hails", "touted", "touts", "defended", "defends",
        "dismissed", "dismisses", "cited", "cites", "citing", "referring", "referred",
        "promising", "vowing", "pledging", "urging", "arguing", "insisting", "claiming",
        "pointed", "likened", "compared", "thanked", "lauded", "decried", "denounced",
        "condemned", "condemning", "condemns", "attacked", "attacking", "ridiculed",
    ]
)
_TIME_WORDS = frozenset(
    ["former", "then", "late", "outgoing", "incoming", "longtime", "acting", "retired", "now"]
)
_SWEPT_UP = frozenset(
    ["himself", "herself", "themselves", "itself", "is", "was", "has", "had", "often",
     "also", "again", "once", "still", "even", "quoted", "later", "now", "then"]
)
# Before a cue verb these make it no act of speaking by the clause's subject: "if asked",
# "when asked", "was told".
_NOT_SPEAKING = frozenset(
    ["if", "when", "unless", "once", "being", "was", "were", "is", "are", "be", "been"]
)
# Cue verbs whose next name is the one spoken to ("telling Reuters"), never the speaker.
_TAKES_OBJECT = frozenset(
    ["told", "tells", "telling", "tell", "asked", "asks", "asking", "urged", "urges",
     "warned", "warns", "warning", "assured", "assures", "thanked", "scolded"]
)
_STOP_AFTER_CUE = frozenset(
    ["in", "on", "at", "to", "that", "who", "which", "as", "when", "while", "after", "before"]
)

_TOKEN = re.compile(r"(?:[^\W\d_]\.){2,}|[^\W_][\w’'\-]*\.?|[,;:—–()]")


@dataclass(frozen=True, slots=True)
class Attribution:
    speaker: str | None
    start: int | None
    end: int | None
    cue: str | None


class _Tok(NamedTuple):
    """A word or punctuation mark; ``low`` and ``cap`` are computed once, at creation,
    because attribution looks at them for every token many times over."""

    text: str
    start: int
    end: int
    low: str
    cap: bool



def _tokens(text: str, start: int, end: int) -> list[_Tok]:
    """Tokens of ``text[start:end]``; the hot loop of attribution, so kept lean."""
    out = []
    append = out.append
    for m in _TOKEN.finditer(text, start, end):
        w = m.group()
        s, e = m.span()
        low = w.lower()
        if w[-1] == "." and len(w) > 1:
            # A final period belongs to the word only for abbreviations and initials.
            low = low.rstrip(".")
            if "." not in w[:-1] and low not in _ABBREV and not (
                len(low) == 1 and w[0].isupper()
            ):
                w, e = w[:-1], e - 1
        if "’" in low:
            low = low.replace("’", "'")
        append(_Tok(w, s, e, low, w[0].isupper()))
    return out


def _strip_possessive(w: str) -> str:
    for suf in ("’s", "'s", "’", "'"):
        if w.endswith(suf):
            return w[: -len(suf)]
    return w


# ---------------------------------------------------------------------------- names


@dataclass(slots=True)
class Person:
    name: str  # canonical: titles stripped, full name as first written
    roles: set[str] = field(default_factory=set)
    gender: Counter = field(default_factory=Counter)
    titled: bool = False
    mentions: list[int] = field(default_factory=list)  # start offsets, text order
    surname: str = field(default="", init=False)  # looked up for every name met
    surname_low: str = field(default="", init=False)

    def __post_init__(self) -> None:
        parts = [p for p in self.name.split() if p.lower() not in _SUFFIXES]
        self.surname = parts[-1] if parts else self.name
        self.surname_low = self.surname.lower()

    def guess(self) -> str | None:
        if not self.gender:
            return None
        (g, _n), *_ = self.gender.most_common(1)
        return g


@dataclass(frozen=True, slots=True)
class Mention:
    start: int
    end: int
    person: Person


def _same_surname(a: str, b: str) -> bool:
    a, b = a.lower(), b.lower()
    if a == b:
        return True
    return min(len(a), len(b)) >= 6 and OSA.distance(a, b) <= 1


class NameIndex:
    """Every person named in one document, and where, outside its quotations."""

    def __init__(self, text: str, quotes: list[Span]) -> None:
        self.text = text
        self.people: list[Person] = []
        self.mentions: list[Mention] = []
        self._inside = quotes
        self._starts = [q.start for q in quotes]
        runs = list(self._runs())
        full: dict[str, Person] = {}
        singles: list[tuple[int, int, list[str], set[str], bool]] = []
        for s, e, words, roles, titled in runs:
            if len(words) >= 2 and self._personish(words, titled):
                key = " ".join(words).lower()
                p = full.get(key)
                if p is None:
                    p = self._find(words[-1], list(full.values()), first=words[0])
                if p is None:
                    p = Person(" ".join(words))
                    full[key] = p
                    self.people.append(p)
                else:
                    full[key] = p
                p.roles |= roles
                p.titled |= titled
                self.mentions.append(Mention(s, e, p))
            elif len(words) == 1:
                singles.append((s, e, words, roles, titled))
        surnames_alone = Counter(w[0].lower() for _s, _e, w, _r, _t in singles)
        for s, e, words, roles, titled in singles:
            p = self._find(words[0], self.people)
            if p is None and titled:
                p = Person(words[0], titled=True)
                self.people.append(p)
            if p is not None:
                p.roles |= roles
                self.mentions.append(Mention(s, e, p))
        # A two-word run without a title is a person only if it is also met by surname
        # (people are; "New York" is not) or has a role: keeps places out of pronouns.
        self.mentions = [
            m
            for m in self.mentions
            if m.person.titled
            or m.person.roles
            or surnames_alone[m.person.surname.lower()] > 0
            or " " not in m.person.name
        ]
        self.mentions.sort(key=lambda m: m.start)
        for m in self.mentions:
            m.person.mentions.append(m.start)
        self._learn_gender()

    # -- building

    def _in_quote(self, pos: int) -> bool:
        k = bisect_right(self._starts, pos + 1) - 1  # quotes are in text order
        return k >= 0 and pos < self._inside[k].end + 1

    def _runs(self):  # type: ignore[no-untyped-def]
        """Capitalised runs (with their titles and roles) outside quotations."""
        toks = _tokens(self.text, 0, len(self.text))
        i = 0
        while i < len(toks):
            t = toks[i]
            if not t.cap or self._in_quote(t.start):
                i += 1
                continue
            j = i
            while j < len(toks) and (
                toks[j].cap or (toks[j].low in _PARTICLES and j + 1 < len(toks) and toks[j + 1].cap)
            ):
                gap = self.text[toks[j - 1].end if j > i else t.start : toks[j].start]
                if j > i and toks[j - 1].low.rstrip(".") not in _ABBREV and (
                    "\n" in gap
                    # "… Sheldon Adelson. Hours later": a sentence ended (but "J. D. Vance")
                    or ("." in gap and len(toks[j - 1].text.rstrip(".")) > 1)
                ):
                    break
                j += 1
                if _strip_possessive(toks[j - 1].text) != toks[j - 1].text:
                    break
            run = toks[i:j]
            roles = self._roles_before(toks, i)
            i = max(j, i + 1)
            yield from self._split_run(run, roles)

    def _split_run(self, run: list[_Tok], before: set[str]):  # type: ignore[no-untyped-def]
        words = [_strip_possessive(t.text) for t in run]
        k = 0
        roles: set[str] = set()
        titled = False
        # Strip leading common words, descriptors and titles.
        last_title = -1
        for n, w in enumerate(words):
            lw = w.lower().rstrip(".")
            if lw in TITLES:
                last_title = n
        while k < len(words) and words[k].lower().rstrip(".") in _COMMON_CAPS:
            k += 1
        if last_title >= k:
            roles |= {w.lower().rstrip(".") for w in words[k : last_title + 1]}
            titled = any(
                w.lower().rstrip(".") in TITLES - {"former"} for w in words[k : last_title + 1]
            )
            k = last_title + 1
        while k < len(words) - 1 and words[k].lower() in _DESCRIPTORS:
            roles.add(words[k].lower())
            k += 1
        if k >= len(words):
            return
        name = words[k:]
        if any(w.lower() in _ORG_WORDS for w in name) and not titled:
            return
        if name[0].lower() in _COMMON_CAPS:
            return
        s, e = run[k].start, run[-1].start + len(words[-1])
        roles |= before | self._roles_after(e)
        yield s, e, name, roles, titled

    @staticmethod
    def _roles_before(toks: list[_Tok], i: int) -> set[str]:
        """Lower-case role words just before a name: "CNN senior correspondent" X."""
        floor = toks[i].start - 80 if i < len(toks) else 0
        out: set[str] = set()
        for t in reversed(toks[max(0, i - 5) : i]):
            if t.start < floor:
                break
            lw = t.low
            if lw in {"the", "a", "an", ",", "said", "says", "and", "by", "with", "to"}:
                break
            if t.text in ",;:—–()":
                break
            out.add(_strip_possessive(lw))
        return out

    def _roles_after(self, pos: int) -> set[str]:
        """An appositive: X, D-Calif., the chairman of the House Intelligence Committee."""
        m = re.match(
            r",\s*(?:[A-Z]-[A-Z][\w.]*,\s*)?(?:\d+,\s*)?(the|a|an)\s+([^,.;“”\"]{1,80})",
            self.text[pos : pos + 120],
        )
        if not m:
            return set()
        after = self.text[pos + m.end() : pos + m.end() + 1]
        words = m.group(2).split()
        if after not in {",", ".", ""} or any(w.lower() in CUES for w in words):
            return set()  # "Zelensky, the reporter said": a new clause, not an appositive
        out = set()
        for w in words[:6]:
            lw = w.lower()
            if lw in {"of", "for", "on", "in", "at", "who", "which"}:
                break
            out.add(lw)
        return out

    def _personish(self, words: list[str], titled: bool) -> bool:
        if titled:
            return True
        return not any(w.lower() in _ORG_WORDS or (w.isupper() and len(w) > 1) for w in words)

    def _find(self, surname: str, people: list[Person], first: str | None = None) -> Person | None:
        """The person with this surname (most mentioned, then first named)."""
        best = None
        low = surname.lower()
        first_low = first.lower() if first is not None else None
        for p in people:
            if " " not in p.name and first is not None:
                continue
            other = p.surname_low
            if other != low and (
                abs(len(other) - len(low)) > 1 or min(len(other), len(low)) < 6
            ):
                continue  # cheap reject before the edit distance
            if (
                _same_surname(other, low)
                and (first_low is None or p.name.split()[0].lower() == first_low)
                and (best is None or len(p.mentions) > len(best.mentions))
            ):
                best = p
        return best

    def _learn_gender(self) -> None:
        for p in self.people:
            if p.roles & _FEMALE_TITLES:
                p.gender["f"] += 3
            if p.roles & _MALE_TITLES:
                p.gender["m"] += 3
        # The first personal pronoun after a mention in its sentence usually refers to it.
        pron = re.compile(r"\b(he|she|his|her|him|hers|himself|herself)\b", re.IGNORECASE)
        for n, m in enumerate(self.mentions):
            nxt = self.mentions[n + 1].start if n + 1 < len(self.mentions) else len(self.text)
            window = self.text[m.end : min(nxt, m.end + 150)]
            stop = re.search(r"[.!?]\s|\n", window)
            if stop:
                window = window[: stop.start()]
            hit = pron.search(window)
            if hit and not self._in_quote(m.end + hit.start()):
                g = "m" if hit.group(1).lower() in {"he", "his", "him", "himself"} else "f"
                m.person.gender[g] += 1

    # -- resolution

    def resolve_name(self, words: list[str]) -> str:
        """Canonical form of a written name: titles stripped, surname to full name."""
        k = 0
        low = [w.lower().rstrip(".") for w in words]
        for n, lw in enumerate(low):
            if lw in TITLES and n < len(words) - 1:
                k = n + 1
        while k < len(words) - 1 and (low[k] in _DESCRIPTORS or low[k] in _COMMON_CAPS):
            k += 1
        name = [_strip_possessive(w) for w in words[k:]]
        if not name:
            return " ".join(words)
        if len(name) == 1:
            p = self._find(name[0], self.people)
            if p is not None:
                return p.name
        else:
            key = " ".join(name).lower()
            for p in self.people:
                if p.name.lower() == key:
                    return p.name
            p = self._find(name[-1], [q for q in self.people if " " in q.name], first=name[0])
            if p is not None:
                return p.name
        return " ".join(name)

    def person_before(self, pos: int, gender: str | None = None) -> Person | None:
        """The most recently mentioned person before ``pos`` of a compatible gender."""
        for m in reversed(self.mentions):
            if m.start >= pos:
                continue
            g = m.person.guess()
            if gender in {"m", "f"} and g is not None and g != gender:
                continue
            return m.person
        return None

    def resolve_role(self, words: list[str], pos: int) -> str | None:
        """A role phrase ("the reporter") to the person most recently given that role."""
        low = [w.lower().rstrip(".") for w in words]
        head = low[-1]
        heads = {head}
        for group in _ROLE_SYNONYMS:
            if head in group:
                heads = group
        mods = set(low[:-1]) - {"the", "a", "an", "then", "his", "her", "their"}
        best: tuple[int, int, Person] | None = None
        for m in self.mentions:
            if m.start >= pos:
                break
            p = m.person
            if not p.roles & heads:
                continue
            score = (len(p.roles & mods), m.start)
            if best is None or score > best[:2]:
                best = (score[0], score[1], p)
        return best[2].name if best else None


# ---------------------------------------------------------------------- sentences


def _boundary_before(text: str, pos: int, floor: int) -> int:
    """Start of the sentence holding ``pos`` (never before ``floor``)."""
    i = pos - 1
    while i > floor:
        ch = text[i]
        if ch == "\n":
            before = text[floor:i].rstrip()
            if not _continues_line(before):
                return i + 1
        elif ch in ".!?" and text[i + 1 : i + 2].isspace():
            word = re.search(r"([\w.’']+)$", text[max(floor, i - 20) : i])
            w = word.group(1).lower() if word else ""
            if w.rstrip(".") not in _ABBREV and not (len(w) == 1 and w.isalpha()) and "." not in w:
                j = i + 1
                while j < pos and text[j].isspace():
                    j += 1
                if j < pos and (text[j].isupper() or text[j] in "“\"‘'«"):
                    return i + 1
        i -= 1
    return floor


_LAST_WORD = re.compile(r"([\w.’']+)\W*$")


def _continues_line(before: str) -> bool:
    """A line break inside a sentence: after a title ("said Rep.") or a comma."""
    if not before:
        return False
    last = _LAST_WORD.search(before)
    w = last.group(1).lower().rstrip(".") if last else ""
    if w in _ABBREV:
        return True
    # "…,” Clinton said.\n“…": a cue that ends its sentence does not run on.
    return before.endswith(",") or (w in CUES and before[-1:] not in ".!?")


def _boundary_after(text: str, pos: int, ceiling: int) -> int:
    """End of the sentence that starts at ``pos`` (never after ``ceiling``)."""
    i = pos
    while i < ceiling:
        ch = text[i]
        if ch == "\n" and not _continues_line(text[pos:i].rstrip()):
            return i
        if ch in ".!?" and (i + 1 >= len(text) or text[i + 1].isspace()):
            word = re.search(r"([\w.’']+)$", text[max(pos, i - 20) : i])
            w = word.group(1).lower() if word else ""
            if w.rstrip(".") not in _ABBREV and not (len(w) == 1 and w.isalpha()):
                return i
        i += 1
    return ceiling


# -------------------------------------------------------------------- attribution

_DASH_BYLINE = re.compile(
    r"[ \t\u00a0]*[―—][ \t\u00a0]*([A-Z][\w.’'-]*(?:[ \t\u00a0]+[A-Z][\w.’'-]*){0,4})"
)
_WHEN = frozenset(
    "monday tuesday wednesday thursday friday saturday sunday today yesterday tonight "
    "january february march april may june july august september october november "
    "december earlier later".split()
)
_NOT_IN_NAME = frozenset(
    ["to", "before", "after", "and", "but", "or", "in", "on", "at", "with", "by", "for",
     "from", "as", "that", "who", "which", "when", "while", "if", "because", "then", "of",
     "also", "has", "had", "was", "is", "will", "would"]
)


def _name_opening(toks: list[_Tok]) -> _Phrase | None:
    """The name that opens an attribution written after its quote.

    ``Tulsa police Chief Chuck Jordan`` / ``Rep. Gwen Moore (D-Wis.)`` / ``Scott Pruitt,
    the Republican attorney general of Oklahoma,`` / ``Mr. Morgan of the Sierra Club``:
    the last capitalised run before any function word, appositive or party tag.
    """
    head: list[_Tok] = []
    depth = 0
    for t in toks:
        if t.text == "(":
            depth += 1
        elif t.text == ")":
            depth = max(0, depth - 1)
        elif depth == 0:
            if t.text in ",;:—–" or t.low in _NOT_IN_NAME or t.low in CUES:
                break
            head.append(t)
    if not head or (not head[0].cap and len(head) > 6):
        return None
    lower = [t for t in head if not t.cap]
    if len(lower) > 3 or any(t.low.endswith("s") and t.low not in TITLES for t in lower):
        return None  # a clause ("Blige sings…"), not a name with its role
    j = len(head)
    while j > 0 and not head[j - 1].cap:
        j -= 1
    i = j
    while i > 0 and (head[i - 1].cap or head[i - 1].low in _PARTICLES):
        i -= 1
    if i == j:
        return None
    return _Phrase([t.text for t in head[i:j]], head[i].start, head[j - 1].end)


@dataclass(frozen=True, slots=True)
class _Phrase:
    words: list[str]
    start: int
    end: int


class _Attributor:
    def __init__(self, text: str, quotes: list[Span]) -> None:
        self.text = text
        self.quotes = quotes
        self.names = NameIndex(text, quotes)

    def _outer(self, q: Span) -> tuple[int, int]:
        """The quote with its marks."""
        s, e = q.start, q.end
        while (
            s > 0
            and (self.text[s - 1] in "“”„«»‹›‘’\"'" or self.text[s - 1] == " ")
            and q.start - s < 2
        ):
            s -= 1
        while e < len(self.text) and e - q.end < 4 and (
            self.text[e] in "“”„«»‹›‘’\"'.,!?;:—–"
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
            a = self._after(e, nxt) if self._after_allowed(q) else None
            b = self._before(max(prev_end, 0), s, woven=self._is_woven(q))
            if b is not None and (a is None or b[1]):
                found: Attribution | None = b[0]
            else:
                found = a
            if found is None and out and self._same_run(self.quotes[n - 1], q):
                found = out[-1]
            if found is None:
                found = Attribution(None, None, None, None)
            out.append(found)
            prev_end = e
        return out

    def _after_allowed(self, q: Span) -> bool:
        return True

    def _same_run(self, prev: Span, q: Span) -> bool:
        """Consecutive quotes with nothing but attribution between: the same speaker."""
        from app.quotes import is_woven

        if is_woven(self.text, q):
            return False
        gap = self.text[prev.end : q.start]
        if gap.count("\n") > 2 or len(gap) > 400:
            return False
        words = [t for t in _tokens(self.text, prev.end, q.start) if t.text[:1].isalpha()]
        if len(words) <= 6 or (len(gap) <= 120 and any(t.low in CUES for t in words)):
            return True
        # “…,” said X, a long description of X. “…”: the attribution sits between.
        return "\n" not in gap.strip() and any(t.low in CUES for t in words[:3])

    # -- after the quote: “…,” X said / said X / according to X

    def _after(self, pos: int, limit: int) -> Attribution | None:
        end = _boundary_after(self.text, pos, min(limit, pos + 250))
        byline = _DASH_BYLINE.match(self.text, pos, end)
        if byline:
            # A list of reader quotes: “…” ― Adriana Rodarte
            words = byline.group(1).split()
            return Attribution(
                self.names.resolve_name(words), byline.start(1), byline.end(1), None
            )
        toks = _tokens(self.text, pos, end)
        if toks and toks[0].text in ",;:—–(":
            toks = toks[1:]
        # A subject written out after the quote may be long: “…” Sen. Claire McCaskill
        # (D-Mo.) said / “…” Scott Pruitt, the attorney general of Oklahoma, said.
        reach = 40 if toks and (toks[0].cap or toks[0].low in {"the", "a", "an"}) else 10
        for k, t in enumerate(toks[:reach]):
            if t.low == "according" and k + 1 < len(toks) and toks[k + 1].low == "to":
                return self._subject_after(toks[k + 2 :], t, pos)
            if t.low in CUES and not (k > 0 and toks[k - 1].low in _DETERMINERS):
                if k == 0:
                    return self._subject_after(toks[1:], t, pos)
                subj = self._subject_before(toks[:k], pos, strict=True)
                if subj is None or subj.start > toks[0].end:
                    subj = _name_opening(toks[:k])
                if subj is not None:
                    return self._make(subj, t, pos)
                return None
            if k == 0 and t.low in _STOP_AFTER_CUE:
                return None
        return None

    def _subject_after(self, toks: list[_Tok], cue: _Tok, pos: int) -> Attribution | None:
        if toks and toks[0].low in _CUE_OBJECTS - {"the", "a", "an"}:
            return None
        words: list[_Tok] = []
        for t in toks[:8]:
            if t.text in ",;:—–()" or t.low in {"who", "which", "that", "in", "on", "at", "during"}:
                break
            if words and words[-1].cap and not t.cap and t.low not in _PARTICLES:
                break
            words.append(t)
        if not words or words[0].low in _WHEN:
            return None  # "said Friday", "said Monday": a day, not a speaker
        return self._make(_Phrase([w.text for w in words], words[0].start, words[-1].end), cue, pos)

    # -- before the quote: X said: “…” / X told reporters “…” / according to X, “…”

    def _is_woven(self, q: Span) -> bool:
        from app.quotes import is_woven

        return is_woven(self.text, q)

    def _before(
        self, floor: int, pos: int, woven: bool = False
    ) -> tuple[Attribution, bool] | None:
        start = _boundary_before(self.text, pos, floor)
        toks = _tokens(self.text, start, pos)
        for k in range(len(toks) - 1, -1, -1):
            t = toks[k]
            if t.low == "to" and k > 0 and toks[k - 1].low == "according":
                att = self._subject_after(toks[k + 1 :], toks[k - 1], pos)
                if att is not None and att.speaker and att.end is not None:
                    rest = _tokens(self.text, att.end, pos)
                    if not rest or not rest[0].text[:1].islower():
                        return att, True
                continue
            if t.low not in CUES and not (woven and t.low in _WOVEN_CUES):
                continue
            if k > 0 and (
                toks[k - 1].low in _DETERMINERS
                or (toks[k - 1].low in _NOT_SPEAKING and not t.low.endswith("ing"))
            ):
                continue  # "his notes", "if asked", "was told"; but "is telling" speaks
            tail = [x for x in toks[k + 1 :] if x.text not in ",:;—–"]
            near = len(tail) <= 3 and all(
                x.low in _CUE_OBJECTS or x.cap or x.low == "that" for x in tail
            )
            if (t.low.endswith("ing") and (k == 0 or toks[k - 1].low != "as")) or (
                k > 0 and toks[k - 1].low in {"and", "but"}
            ):
                # "…, saying: “…”" and "Trump called on her to resign and said, “…”": the
                # participle's or second verb's subject is the clause's subject.
                subj = self._clause_subject(toks[:k]) or self._nearest_person(toks[:k])
            else:
                subj = self._subject_before(toks[:k], pos)
            if (
                subj is None
                and near
                and k + 1 < len(toks)
                and toks[k + 1].cap
                and t.low not in _TAKES_OBJECT
            ):
                inv = self._subject_after(toks[k + 1 :], t, pos)
                if inv is not None:
                    return inv, near
            if subj is None:
                subj = self._nearest_person(toks[:k])
            if subj is not None:
                return self._make(subj, t, pos), near
            return None
        return self._colon_intro(toks, pos)

    def _colon_intro(self, toks: list[_Tok], pos: int) -> tuple[Attribution, bool] | None:
        """``A friend commented: “…”`` / ``Obama is rolling out a new message: “…”``.

        A sentence that ends in a colon right before the quote introduces it; its
        subject (the first person or pronoun in its first words) is the speaker.
        """
        if not self.text[:pos].rstrip(" \t“\"'‘«").endswith(":") or not toks:
            return None
        lead = toks[:8]
        while lead and lead[0].low in {"and", "but", "so", "yet", "then"}:
            lead = lead[1:]  # "And Mr. Christie gloated: “…”"
        subj = None
        for k, t in enumerate(lead):
            if t.low in PRONOUNS:
                subj = _Phrase([t.text], t.start, t.end)
                break
            m = self._mention_at(t.start)
            if m is not None:
                subj = _Phrase(self.text[m.start : m.end].split(), m.start, m.end)
                break
            if t.low in {"a", "an", "the"} and k + 1 < len(lead) and not lead[k + 1].cap:
                subj = _Phrase([t.text, lead[k + 1].text], t.start, lead[k + 1].end)
                break
            if t.text in ",;—–" or t.low in _NOT_IN_NAME - {"then", "also"}:
                break
        if subj is None:
            return None
        # The cue: a cue verb if there is one, else the verb right after the subject.
        cue = next((x for x in toks if x.low in CUES), None) or next(
            (x for x in toks if x.start >= subj.end and x.text[:1].islower()), toks[-1]
        )
        return self._make(subj, cue, pos), False

    def _mention_at(self, pos: int) -> Mention | None:
        for m in self.names.mentions:
            if m.start <= pos < m.end:
                return m
            if m.start > pos:
                break
        return None

    def _subject_before(self, toks: list[_Tok], pos: int, strict: bool = False) -> _Phrase | None:
        """The noun phrase that ends just before a cue verb."""
        i = len(toks) - 1
        skip = {
            "then",
            "also",
            "later",
            "earlier",
            "once",
            "has",
            "had",
            "have",
            "would",
            "will",
            "was",
            "is",
            "reportedly",
            "again",
            "further",
            "previously",
            "recently",
            "repeatedly",
            "simply",
            "only",
            "just",
            "quickly",
            "flatly",
            "publicly",
            "privately",
            "angrily",
            "calmly",
            "did",
            "does",
        }
        while i >= 0 and toks[i].low in skip:
            i -= 1
        if i > 0 and toks[i].low in _WHEN:
            # "Beck on Wednesday called …": the day is not the speaker.
            i -= 1
            if toks[i].low in {"on", "last", "this", "late", "early"}:
                i -= 1
            while i >= 0 and toks[i].low in skip:
                i -= 1
        if i > 0 and toks[i].low == "as":
            i -= 1  # cited officials as saying
        if i < 0:
            return None
        t = toks[i]
        if t.low == "who" and i > 0:
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
            if j > 0 and toks[j - 1].cap:
                i = j - 1
                t = toks[i]
            else:
                return None
        if t.low in PRONOUNS:
            return _Phrase([t.text], t.start, t.end)
        if t.cap:
            j = i
            while j > 0 and (toks[j - 1].cap or toks[j - 1].low in _PARTICLES):
                j -= 1
            # Keep a title run's role words only when capitalised; stop at sentence words.
            words = [x.text for x in toks[j : i + 1]]
            return _Phrase(words, toks[j].start, toks[i].end)
        # A role phrase: the reporter / a senior U.S. official / the Ukrainian president.
        j = i
        while j >= 0 and i - j < 6:
            if toks[j].low in {"the", "a", "an", "his", "her", "their", "its"}:
                words = [x.text for x in toks[j : i + 1]]
                return _Phrase(words, toks[j].start, toks[i].end)
            if (
                toks[j].text in ",;:—–()"
                or toks[j].low in _STOP_AFTER_CUE | {"and", "but"}
                or (j < i and toks[j].low.endswith("ed") and toks[j].low not in TITLES)
            ):
                words = [x.text for x in toks[j + 1 : i + 1]]
                if j < i and len(words) <= 4:
                    return _Phrase(words, toks[j + 1].start, toks[i].end)
                break
            j -= 1
        if j < 0 and not strict and i - j <= 4:
            words = [x.text for x in toks[0 : i + 1]]
            if words and all(w[:1].isalpha() for w in words):
                return _Phrase(words, toks[0].start, toks[i].end)
        if strict and j < 0 and i <= 3:
            words = [x.text for x in toks[0 : i + 1]]
            return _Phrase(words, toks[0].start, toks[i].end)
        return None

    def _nearest_person(self, toks: list[_Tok]) -> _Phrase | None:
        """Fallback: the closest name or personal pronoun before the cue."""
        for k in range(len(toks) - 1, -1, -1):
            t = toks[k]
            if t.low in _POSSESSIVE and k + 1 < len(toks) and toks[k + 1].low in _ORG_WORDS:
                # "his government released an update warning…": the body, not the man.
                return _Phrase([t.text, toks[k + 1].text], t.start, toks[k + 1].end)
            if t.low in PRONOUNS or t.low in _POSSESSIVE:
                return _Phrase([t.text], t.start, t.end)
            m = self._mention_at(t.start)
            if m is not None:
                return _Phrase(self.text[m.start : m.end].split(), m.start, m.end)
        return None

    def _clause_subject(self, toks: list[_Tok]) -> _Phrase | None:
        """The person a clause opens with: the subject of a participle cue.

        In "Trump attacked Clinton for her vote, saying, “…”" the one saying is Trump,
        not the nearer Clinton.
        """
        for k, t in enumerate(toks[:8]):
            if t.low in _POSSESSIVE and k + 1 < len(toks) and toks[k + 1].low in _ORG_WORDS:
                return _Phrase([t.text, toks[k + 1].text], t.start, toks[k + 1].end)
            if t.low in PRONOUNS:
                return _Phrase([t.text], t.start, t.end)
            m = self._mention_at(t.start)
            if m is not None:
                return _Phrase(self.text[m.start : m.end].split(), m.start, m.end)
            if t.low in _CUE_OBJECTS - {"the", "a", "an"} or t.low in CUES:
                break
        # A full name opening the clause that the index has not met ("Donald Trump
        # called…"); one capitalised word alone may be any sentence opener ("Hours later").
        j = 0
        while j < len(toks) and toks[j].cap and toks[j].low not in _COMMON_CAPS | _NOT_IN_NAME:
            j += 1
        if j >= 2:
            return _Phrase([x.text for x in toks[:j]], toks[0].start, toks[j - 1].end)
        return None

    def _make(self, phrase: _Phrase, cue: _Tok, pos: int) -> Attribution:
        cue_text = cue.text
        if cue.low == "according":
            cue_text = self.text[cue.start : cue.end + 3]
        return Attribution(self._resolve(phrase), phrase.start, phrase.end, cue_text)

    def _resolve(self, phrase: _Phrase) -> str | None:
        words = [w for w in phrase.words if w not in {",", ";"}]
        # "former Gov. Bill Richardson", "then-Sen. Obama": the time words go with the title.
        while len(words) > 1 and (
            words[0].lower() in _TIME_WORDS or words[0].lower().startswith(("then-", "ex-"))
        ):
            words = words[1:]
        # "Cruz himself", "Braynard is quoted", "he often": words after the name or pronoun
        # that the subject phrase swept up.
        cut = next((k for k, w in enumerate(words) if k and w.lower() in _SWEPT_UP), None)
        if cut is not None:
            words = words[:cut]
        if not words:
            return None
        low = [w.lower().rstrip(".") for w in words]
        if len(words) == 1 and (low[0] in PRONOUNS or low[0] in _POSSESSIVE):
            g = PRONOUNS.get(low[0]) or _POSSESSIVE.get(low[0])
            if g in {"m", "f"}:
                p = self.names.person_before(phrase.start, g)
                return p.name if p else None
            return None
        if low[0] in _POSSESSIVE and low[-1] in _ORG_WORDS:
            return " ".join(words)  # "his government": a body, not a person to resolve
        if words[0][:1].isupper() and words[-1][:1].isupper() and low[0] not in {"the", "a", "an"}:
            return self.names.resolve_name(words)
        role = self.names.resolve_role(words, phrase.start)
        if role is not None:
            return role
        if low[0] in {"the", "a", "an"}:
            words = words[1:]
        return " ".join(words) or None


def attribute(text: str, quotes: list[Span]) -> list[Attribution]:
    """One attribution per quote span (``speaker`` None when nothing attributes it)."""
    if not quotes:
        return []
    return _Attributor(text, quotes).run()
