"""Who said each quote: a fitted choice among candidate speakers, or no name at all.

:mod:`app.quotes.attribution` finds the attributing words (the cue and the phrase before
or after it: a name, a pronoun, a role, a noun). Its phrase is good evidence but not the
answer: a pronoun may point past the person the article is about to a bystander ("with
her husband Hugh O'Leary by her side. She said: “…”"), a role may stay a role ("the
company said"), and a quote paragraph with no cue continues the previous speaker's
words. So each quote gets a few candidates — the phrase's own reading, the previous
quote's speaker, the people and the organisation the article is most about — each
described by features that carry across outlets (where the nomination came from, what
kind of phrase it was, how far, whether the candidate is a person the article names in
full, how often, whether in the headline or lead). A logistic model over those features,
fitted by ``benchmarks/quality/train_speaker_model.py`` on PolNeAR train and the
development stories, scores each; the best is the speaker when its probability clears
the threshold chosen there for few wrong names, and otherwise the quote gets no name
("speaker not named in this article"): a wrong name in a published comparison is worse
than a blank.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections import Counter
from collections.abc import Mapping, Sequence
from dataclasses import dataclass

from app.model import Span
from app.quotes.attribution import Attribution
from app.quotes.bodies import NOT_A_BODY, SPOKES, Bodies, capitals, is_impersonal
from app.quotes.logistic import probability
from app.quotes.people import (
    Mention,
    NameIndex,
    Person,
    acts_as_subject,
    ends_in_office,
    is_title,
    strip_possessive,
    surname_of,
    title_case_line,
)
from app.quotes.vocabulary import (
    COMMON_CAPS,
    CUES,
    DESCRIPTORS,
    FEMALE_TITLES,
    GOES_ON,
    HONORIFICS,
    IMPERSONAL_HEADS,
    INDEFINITE_ARTICLES,
    INSTITUTIONS,
    MALE_TITLES,
    ORG_WORDS,
    PARTICLES,
    POSSESSIVE,
    PREPOSITIONS,
    PRONOUNS,
    TITLE_LINKS,
    TITLES,
    UTTERANCES,
    role_synonyms,
)
from app.text.abbreviations import is_abbreviation
from app.text.tokens import Word, is_capitalised
from app.text.vocabulary import STOPWORDS

# A quote this many paragraphs after the previous one can still continue its speech
# (a resignation statement printed one sentence per paragraph).
_CONTINUES_PARAGRAPHS = 2
# The lead: where an article names who it is about.
_LEAD_CHARS = 300
# How many people mentioned before a pronoun are put forward for it, and how many
# mentions back it looks (bounded, so a list of thousands of names stays linear).
_PRONOUN_CANDIDATES = 4
_PRONOUN_REACH = 64
# How far back a sentence's start is looked for (a run with no full stop stays linear).
_SENTENCE_REACH = 2000
# How far before a name its run of capitalised words is followed back to an article.
_ARTICLE_REACH = 60
_ONE_OF_MANY = frozenset({"one", "another"})
# ... also written before a capitalised role the attribution reads alone ("One senior
# Tory MP": the words read are "Tory MP").
_ONE_OF_MANY_BEFORE = re.compile(r"\b(?:[Oo]ne|[Aa]nother)(?: [a-z][\w-]*){0,2} $")
# Dotted initials (U.S., U.K., E.U.): a country or a union, not someone speaking.
_INITIALS = re.compile(r"(?:[A-Z]\.){2,}")


@dataclass(frozen=True, slots=True)
class Candidate:
    """One possible speaker of one quote, with the evidence for it."""

    name: str
    features: tuple[str, ...]
    start: int | None  # the attributing words, when they name this candidate
    end: int | None
    cue: str | None


def _score(features: Sequence[str], weights: Mapping[str, float]) -> float:
    return probability(("bias", *features), weights)


def _bucket(n: int, edges: tuple[int, ...]) -> str:
    for e in edges:
        if n <= e:
            return f"<={e}"
    return f">{edges[-1]}"


class _Story:
    """What one document says about its people and organisations, computed once."""

    def __init__(self, text: str, title: str, quotes: Sequence[Span], names: NameIndex) -> None:
        self.text = text
        self.names = names
        counts = Counter(m.person.name for m in names.mentions)
        self.person_of: dict[str, Person] = {}  # name -> the first person of that name
        for p in names.people:
            self.person_of.setdefault(p.name, p)
        self.people = [p for p, _n in counts.most_common()]
        self.mention_counts = counts
        # Who the sentences are about: mentions that open a sentence or paragraph.
        subjects: Counter[str] = Counter()
        for m in names.mentions:
            before = text[max(0, m.start - 3) : m.start].rstrip(" \t")
            if not before or before[-1] in ".!?\n" or m.start < 3:
                subjects[m.person.name] += 1
        self.subject_top = subjects.most_common(1)[0][0] if subjects else None
        lead_end = min(len(text), _LEAD_CHARS)
        head = title.lower() + " " + text[:lead_end].lower()
        self.in_lead = {
            p.name
            for p in names.people
            if p.surname_low and p.surname_low in head
        }
        capitalised = capitals(names, quotes)
        self.orgs = self._organisations(capitalised)
        self.bodies = Bodies(text, names, capitalised)
        # What makes a capitalised run a person: met again by surname alone, given a
        # title, or introduced by a role ("Kyiv's mayor Vitali Klitschko"); "Le Parisien"
        # and "Font Size" are none of these. Role words found after a name are too loose
        # a sign ("Le Parisien informed…").
        # English names people without an article: a capitalised run the article only
        # ever writes after "the" ("the California Republican", "the King Richard star",
        # "the French leader", "the Oscars") describes someone or names a thing.
        articled: dict[str, bool] = {}
        for m in names.mentions:
            articled[m.person.name] = articled.get(m.person.name, True) and _after_article(
                text, m.start)
        self.articled = {name for name, every in articled.items() if every}
        self.personlike = {
            p.name
            for p in names.people
            if (p.titled or p.described) and p.name not in self.articled
        }
        for m in names.mentions:  # one pass over the mentions, not one per person
            p = m.person
            if p.name not in self.personlike and p.name not in self.articled and (
                acts_as_subject(text, m.end)
                or text[m.start : m.end] == p.surname
                or _after_cue(text, m.start)
            ):
                self.personlike.add(p.name)
        self.explicit_speakers: Counter[str] = Counter()
        # Paragraphs are the lines of prose (blank lines only separate them): a line
        # ending without a full stop or the like between two paragraphs ("Liz Truss
        # 'apologises' for mistakes as prime minister", a link to another story) does
        # not put a speaker further away.
        self.paragraph_starts = [0] + [
            m.end() for m in _PARAGRAPH.finditer(text) if _prose(text, m.end())
        ]

    @staticmethod
    def _organisations(capitalised: Sequence[tuple[Word, str]]) -> list[str]:
        """Of the capitalised words outside quotes that are not people's names
        (:func:`app.quotes.bodies.capitals`), the most frequent (OpenAI, Microsoft, the
        Academy): the speakers of institutional statements."""
        counts: Counter[str] = Counter()
        for _t, w in capitalised:
            if w.lower() not in NOT_A_BODY:
                counts[w] += 1
        return [w for w, n in counts.most_common(3) if n >= 2]

    def paragraph(self, pos: int) -> int:
        lo, hi = 0, len(self.paragraph_starts)
        while lo + 1 < hi:
            mid = (lo + hi) // 2
            if self.paragraph_starts[mid] <= pos:
                lo = mid
            else:
                hi = mid
        return lo

    def describe(self, name: str) -> list[str]:
        """Features of a candidate that do not depend on who nominated it."""
        out = []
        person = name in self.mention_counts
        words = name.split()
        if person:
            out.append("cand:person")
            out.append("cand:mentions" + _bucket(self.mention_counts[name], (1, 2, 4)))
            if len(words) >= 2:
                out.append("cand:full")
            if self.people and self.people[0] == name:
                out.append("cand:top-person")
            if self.subject_top == name:
                out.append("cand:top-subject")
            if name in self.personlike:
                out.append("cand:personlike")
        elif name in self.orgs:
            out.append("cand:org")
        elif any(w.lower().rstrip(".") in TITLES | DESCRIPTORS for w in words):
            out.append("cand:title-words")
        elif any(w.lower() in ORG_WORDS for w in words):
            out.append("cand:org-words")
        else:
            out.append("cand:unknown-cap")
        if self.explicit_speakers[name]:
            out.append("cand:named-speaker")  # the rules name it outright for a quote
        if name in self.in_lead:
            out.append("cand:lead")
        if len(words) > 3:
            out.append("cand:long")
        return out


# The word after a name (is it a verb of saying?).
_NEXT_WORD = re.compile(r"\s+(\w+)")
# Words at least between "X said" and a name that make the name part of what X says
# (the one told right after the verb, "Bandial told Khan", is left to the speaker model,
# which reads an object otherwise).
_REPORTED_WORDS = 1
# Words at most between a name and the quoted words said of it ("Navalny was “…”").
_SAID_OF_WORDS = 6
# A sentence opened by a subject pronoun: a name later in it is no subject.
_SUBJECT_OPENS = re.compile(r"(?:He|She|They)\b")
# A personal pronoun as a sentence's subject.
_SUBJECT_PRONOUN = re.compile(r"\b(?:[Hh]e|[Ss]he|[Tt]hey) (\w+)")


def _other_gender(phrase: str, person: Person | None) -> bool:
    """The phrase holds a title of the other gender than the article leaves no doubt
    ``person`` is: "His Majesty The King said" is never the late Queen, "the
    congresswoman said" never the senator the article calls "he"."""
    if person is None:
        return False
    sure = person.sure()
    if sure is None:
        return False
    words = {w.strip(",.").lower() for w in phrase.split()}
    return bool(words & (MALE_TITLES if sure == "f" else FEMALE_TITLES))


def _speaks_for(phrase: str, person: Person | None) -> bool:
    """The phrase names someone who speaks for another ("The spokesperson said") and
    the article never gives ``person`` that role: a spokesperson is the one the article
    is about only when it introduced them as one ("Pentagon spokesman John Kirby")."""
    words = {w.strip(",.").lower() for w in phrase.split()}
    # a press secretary, officer or aide speaks for another as a spokesperson does
    said_for = (words & SPOKES) | (words & {"press"})
    return bool(said_for) and (person is None or not said_for & person.roles)


def _described_apart(phrase: str, top: str, story: _Story) -> bool:
    """The phrase describes its holder by nation or party ("the French president said")
    as the article describes someone else ("French leader Emmanuel Macron") and never
    the one it is most about (Lula): the words are not the latter's."""
    said = {w.strip(",.").lower() for w in phrase.split()} & DESCRIPTORS
    person = story.person_of.get(top)
    if not said or person is None or said & person.roles:
        return False
    return any(said & p.roles for p in story.person_of.values() if p is not person)


def _someone_else(phrase: str, a: Attribution, q: Span, top: str, story: _Story) -> bool:
    """The role phrase cannot be the article's main person's, whom the speaker model
    would otherwise nominate for it ("top-for")."""
    first = phrase.split()[0].lower()
    person = story.person_of.get(top)
    return (
        # "an analyst told CNN", "said a senior official": someone new, unnamed
        first in INDEFINITE_ARTICLES
        # "His Pentagon chief said", "her lawyer told": someone's, not them
        or first in POSSESSIVE
        or _other_gender(phrase, person)
        or _speaks_for(phrase, person)
        or _described_apart(phrase, top, story)
        or _spoken_of(a, q, top, story)
        or _office_of_another(phrase, top, story)
        # "Mr. Abe’s grandfather said": someone of theirs, not them
        or any(
            strip_possessive(w) != w and strip_possessive(w) in top.split()
            for w in phrase.split()
        )
    )


def _office_of_another(phrase: str, top: str, story: _Story) -> bool:
    """The phrase names an office in capitals ("The Russian President praised…") that
    the article never gives the main person, whom it gives another ("Wagner chief
    Yevgeny Prigozhin"): whoever holds it speaks, not the one the article is about."""
    head = phrase.split()[-1].strip(",.")
    person = story.person_of.get(top)
    if person is None or not head[:1].isupper() or head.lower() not in TITLES:
        return False
    # known by another office ("Wagner chief"), never by this one
    return bool(person.roles & TITLES) and not role_synonyms(head.lower()) & person.roles


def _spoken_of(a: Attribution, q: Span, top: str, story: _Story) -> bool:
    """The article's main person is named between the attributing words and the quote
    after them: the one the words are said of ("the Russian president described
    Prigozhin as a “talented” person", "the Russian leader said Prigozhin was “…”"),
    so not whoever the phrase ("the Russian president") stands for."""
    if a.end is None or a.end > q.start:
        return False
    return story.names.named_between(top, a.end, q.start)


#: Last words of a phrase that name a body, never an office's holder
#: ("Polish Foreign Ministry", "Iranian state television").
_BODY_HEADS = ORG_WORDS | INSTITUTIONS


def _phrase_kind(text: str, a: Attribution, story: _Story) -> str:
    assert a.start is not None and a.end is not None
    phrase = text[a.start : a.end]
    low = phrase.lower().split()
    if low == ["it"]:
        return "noun"  # "It said that uninsured depositors…": a body, as "it said" is
    if len(low) == 1 and (low[0] in PRONOUNS or low[0] in POSSESSIVE):
        return "pronoun"
    if all(_INITIALS.fullmatch(w) for w in phrase.split() if w.lower() != "the"):
        return "place"
    if len(low) == 2 and low[0] in POSSESSIVE and low[1] in UTTERANCES:
        return "pronoun"  # "her statement read": whoever "her" is speaks
    if len(low) == 2 and low[0] in POSSESSIVE and low[1] in ORG_WORDS:
        return "body"  # "his government released…": the institution of the one named
    if _epithet(text, a, story):
        if low[-1].strip(".,") in TITLES:
            # "the Prime Minister said": whoever holds the office; but "the King Richard
            # star" is a star, whatever title its film's name holds
            return "title"
        return "epithet"  # "the California Republican added": someone just named
    # A name may open with a particle ("le Pen tweeted", "van Gogh"): it is still a name.
    written = phrase.split()
    capital = is_capitalised(written[0]) or (
        len(low) > 1 and low[0] in PARTICLES and written[1][:1].isupper()
    )
    owner = strip_possessive(written[0]) != written[0]  # "Trump's": a name owning the rest
    if capital and len(written) > 1 and owner and written[-1].islower():
        # "McCarthy's spokesman", "Trump's press secretary": someone of theirs, as "his
        # spokesman" is; "Trump's campaign" is their body
        return "body" if low[-1] in ORG_WORDS else "noun"
    if a.speaker in story.mention_counts:
        return "name" if capital else "role"
    if capital:
        if len(low) == 2 and low[0].rstrip(".") in HONORIFICS and phrase.split()[1][:1].isupper():
            return "cap"  # "Mr. King told me": an honorific names the one it precedes
        if len(low) > 1 and low[-1].endswith("s") and low[-1][:1] == phrase.split()[-1][:1]:
            return "group"  # "Ukrainian intelligence officials": a body of people
        if (
            len(low) > 1
            and low[-1].endswith("s")
            and low[-1] not in TITLES
            and all(w in DESCRIPTORS for w in low[:-1] if w != "the")
        ):
            return "group"  # "Palestinian Christians said": a people, no one's title
        if low[0] not in INDEFINITE_ARTICLES and low[-1] not in _BODY_HEADS and any(
            w.lower().rstrip(".") in TITLES | DESCRIPTORS for w in phrase.split()
        ):
            # not "A spokesman said", "An aide to the prime minister said": someone new
            # and unnamed, capitalised only to open the sentence ("The minority leader
            # said" refers back to whoever holds the office); "Polish Foreign Ministry" is
            # a body, not an office's holder
            return "title"
        return "cap"
    return "noun"


def _named_body(phrase: str, story: _Story) -> str | None:
    """The organisation a definite description names, when its head word is one the
    article writes as a name: "the academy", "the film academy" where the article says
    "the Academy" (one of :attr:`_Story.orgs`); never "the company", which names none."""
    low = phrase.lower().split()
    if not 2 <= len(low) <= 3 or low[0] != "the":
        return None
    head = low[-1].strip(",.;:")
    return next((org for org in story.orgs if org.lower() == head), None)


_PARAGRAPH = re.compile(r"\n(?=[^\n\r])")  # a line break before a line's first character


def _introduced(story: _Story, text: str, par: int) -> str | None:
    """Who the paragraph before ``par`` has speaking without quoting ("David Seymour
    commented on the incident.", "England captain Harry Kane lauded his team … but said
    they could not keep the momentum going."), if anyone: the last person named there
    just before a verb of saying, or opening a sentence whose verb of saying is theirs,
    in a paragraph holding no quotation of its own."""
    if par < 1:
        return None
    start, end = story.paragraph_starts[par - 1], story.paragraph_starts[par]
    if any(c in text[start:end] for c in "\"“”"):
        return None
    mentions = story.names.mentions
    k = story.names.mentions_before(end)
    nxt = end  # where the next mention (or the paragraph) starts
    ends = [e.end() for e in _SENTENCE_END.finditer(text, start, end)]  # its sentences'
    while k > 0 and mentions[k - 1].start >= start:
        m = mentions[k - 1]
        k -= 1
        # the verb of saying right after the name ("David Seymour commented…")
        after = text[m.end : m.end + 20].split()[:1]
        if after and after[0].strip(",.;:").lower() in CUES:
            return None if m.person.name in story.articled else m.person.name
        # ... or later in its sentence, when the name opens it ("England captain Harry
        # Kane lauded his team … but said they could not keep the momentum going."),
        # before anyone else is named
        opened = bisect_right(ends, m.start)  # sentences ended before the name
        lead = text[ends[opened - 1] if opened else start : m.start]
        stop = _SENTENCE_END.search(text, m.end, nxt)
        words = text[m.end : stop.start() if stop else nxt].split()[:_INTRO_WORDS]
        cue = next((j for j, w in enumerate(words) if w.strip(",.;:").lower() in CUES), None)
        if (
            cue is not None
            and len(lead.split()) <= _INTRO_LEAD_WORDS
            # the verb is the name's: no clause set off between them (", an intelligence
            # agency said"), and not a passive ("is said to be considering")
            and not any(w.endswith(",") for w in words[:cue])
            # the name's own, not a body it names ("the Trump campaign issued…")
            and not (words and words[0].strip(",.;:").lower() in ORG_WORDS)
            and not (cue and words[cue - 1].lower() in _BE)
        ):
            return None if m.person.name in story.articled else m.person.name
        nxt = m.start
    return None


#: Words after a name in which the verb of saying of :func:`_introduced` is looked for,
#: and the words (a title, a role) its sentence may open with before the name.
_INTRO_WORDS = 25
_INTRO_LEAD_WORDS = 3
_BE = frozenset({"is", "was", "are", "were", "be", "been", "being"})
_SENTENCE_END = re.compile(r"[.!?](?:\s|$)")


def _left_open(text: str, q: Span) -> bool:
    """The quote runs to the end of its paragraph with no closing mark: news style for
    a quotation that goes on in the next paragraph."""
    rest = text[q.end : q.end + 3].lstrip(" \t")
    return not rest or rest[0] in "\r\n"


def _names_in(text: str, q: Span, name: str) -> bool:
    """The quote names ``name`` by surname (or in full), as a word: it speaks of them.

    People seldom call themselves by their surname, so a quote that does is no guess of
    theirs; only for a guess (no attributing words): "Trump said: “Trump will win”" is
    still Trump's.
    """
    if surname_of(name) not in text[q.start : q.end]:
        return False  # (most quotes name no one: no pattern to make)
    surname = re.escape(surname_of(name))
    for m in re.compile(rf"(?<![\w-]){surname}(?![\w-])").finditer(text, q.start, q.end):
        after = text[m.end() : m.end() + 20].split()[:1]
        if not (after and after[0].strip(",.") in CUES):
            return True  # (not "…elected, Truss said in a statement": a closing mark lost)
    return False


def _opens_paragraph(text: str, q: Span) -> bool:
    """The quote's opening mark is the first thing in its paragraph."""
    return q.start < 2 or text[q.start - 2] in "\r\n"


def _prose(text: str, start: int) -> bool:
    """The line at ``start`` ends like a sentence (or runs on into a quotation)."""
    end = text.find("\n", start)
    line = text[start : end if end >= 0 else len(text)].rstrip()
    return line[-1:] in ".!?:;,\"”’'…)" if line else False


def _spoken_about(text: str, a: Attribution, q: Span) -> bool:
    """The name follows its cue yet is not the one speaking.

    English puts the speaker after the cue only with a finite verb and only when the
    quotation comes first or a comma or colon sets it off ("“…,” said Psaki"; "said
    Psaki: “…”"). After an -ing form the name is its object ("calling Macron “unworthy
    of his office”"), and a quotation running straight on from the name makes the name
    its subject ("the review concluded Mr Altman “was not consistently candid”").
    """
    if a.cue is None or a.start is None or a.end is None:
        return False
    before = text[max(0, a.start - 40) : a.start].split()
    if not before or before[-1].lower() != a.cue.lower():
        return False
    if a.cue.lower().endswith("ing"):
        return True
    between = text[a.end : q.start]  # nothing but a space and the opening mark
    return a.end <= q.start and len(between) <= 3 and not between.strip(" “\"‘'")


def _absolute(text: str, a: Attribution, prep: str) -> bool:
    """"with" opens the subject of the participle cue right after it ("with Sen. John
    McCain calling it a “Chinese menu”"): the one speaking, not someone spoken with."""
    if prep.lower() != "with" or a.cue is None or a.end is None:
        return False
    after = text[a.end : a.end + len(a.cue) + 2].split()[:1]
    return a.cue.lower().endswith("ing") and after == [a.cue]


def _after_cue(text: str, start: int) -> bool:
    """A verb of saying comes right before the name ("…,” said Nick Witney"): the
    inverted subject of a quotation, someone speaking."""
    before = text[max(0, start - 15) : start].split()[-1:]
    return bool(before) and before[0].lower() in CUES


def _after_article(text: str, start: int) -> bool:
    """The capitalised run holding the word at ``start`` opens with "the"."""
    words = text[max(0, start - _ARTICLE_REACH) : start].split()
    while words and words[-1][:1].isupper() and words[-1].lower() != "the" and (
        not words[-1].endswith((".", ",", ";", ":", "”", '"'))
    ):
        if strip_possessive(words[-1]) != words[-1]:
            return False  # "The Post's Chris Cillizza": a name after its owner's
        words.pop()
    # "Prime Minister of the Bahamas Phillip Davis": the office's object has the article,
    # not the name after it
    return bool(words) and words[-1].lower() == "the" and not ends_in_office(
        [w.lower() for w in words[-3:]]
    )


def _epithet(text: str, a: Attribution, story: _Story) -> bool:
    """The attributing words are a description with "the" ("the Head of State", "the
    King Richard star"), not a name — unless they name an organisation ("the Academy")."""
    assert a.start is not None and a.speaker is not None
    phrase = text[a.start : a.end]
    if not (phrase.lower().startswith("the ") or _after_article(text, a.start)):
        return False
    if not any(w[:1].isupper() for w in phrase.split() if w.lower() != "the"):
        return False  # "the company": a noun, read as one
    if phrase.startswith("The ") and _after_cue(text, a.start):
        # "…”, said The Guardian": a capital "The" right after the verb of saying,
        # inside the sentence, is a name's own (a newspaper's), not a description's
        return False
    if phrase.split()[-1] in UTTERANCES:
        return False  # "the Belarusian statement": a document, never someone just named
    if a.speaker in story.orgs or any(
        w.lower().strip(".,") in ORG_WORDS for w in a.speaker.split()
    ):
        return False
    after = text[a.end : a.end + 30].split()[:1]
    if after and after[0].strip(".,;:").lower() in TITLES | DESCRIPTORS:
        return True  # "the French leader": the capitalised word only qualifies a role
    words = phrase.split()
    run = 0
    while run < len(words) and words[-1 - run][:1].isupper() and (
        words[-1 - run].lower().rstrip(".,") not in TITLES | DESCRIPTORS
    ):
        run += 1
    if run >= 2 and run < len(words) and words[-1 - run].lower().rstrip(".") in TITLES:
        return False  # "the Rev. Peter Wherry": a title, then a full name
    return a.speaker in story.articled or a.speaker not in story.mention_counts


def _gender_fits(story: _Story, name: str, pronoun: str) -> bool:
    want = PRONOUNS.get(pronoun.lower()) or POSSESSIVE.get(pronoun.lower())
    person = story.person_of.get(name)
    g = person.guess() if person is not None else None
    return g is None or want not in {"m", "f"} or g == want


_QUOTED = re.compile(r"“[^”]*”|\"[^\"]*\"")
# How far after a woven quotation its sentence is read for a verb of saying.
_SENTENCE_AFTER = 300
_UNNAMED_SUBJECT = re.compile(r"(?:The|A|An|One)\s+[a-z]")
_SENTENCE_END = re.compile(r"[.!?][”\"’]?(?=\s)|\n")


def _guessed(tag: str) -> bool:
    """A nomination that is a guess: the people or body the article is most about, the
    last speaker or the one the paragraph before has speaking, put forward for a quote
    with no attributing words."""
    return tag.startswith(("top", "prev:", "org-for:", "intro:"))


# Someone unnamed right after a quotation and its comma: “…,” one survivor could be
# heard calling out.
_UNNAMED_AFTER = re.compile(r"\s*(?:,\s*[”\"’]|[”\"’]\s*,)\s*(?:the|a|an|one)\s+[a-z]")


def _unnamed_after(text: str, q: Span) -> bool:
    """The words right after the quotation's comma are someone unnamed ("“I don’t have
    the strength anymore,” one survivor could be heard calling out")."""
    return bool(_UNNAMED_AFTER.match(text, q.end - 1 if text[q.end - 1 : q.end] == "," else q.end))


def _a_title(quoted: str) -> bool:
    """The quoted words name a thing rather than say something: a title or a name in
    title case ("The Two Popes", "Mother of the Church") or a hashtag
    ("#GoodbyeTwitter"). Nobody is guessed to have said them."""
    words = quoted.strip(" ,.;:!?").split()
    if len(words) == 1:
        return words[0].startswith("#")
    long = [w for w in words if len(w.strip("‘’'\"")) >= 4]
    return 2 <= len(words) <= 8 and len(long) >= 2 and all(
        w[:1].isupper() for w in (words[0], *long))


def _said_by_someone_unnamed(text: str, q: Span) -> bool:
    """The sentence holding ``q`` opens with someone unnamed ("The rescuer…", "A
    resident…", "One survivor…") and has a verb of saying outside its quotations, none
    of whose subject is a pronoun."""
    start = _sentence_start(text, q.start)
    if not _UNNAMED_SUBJECT.match(text, start, q.start):
        return False
    end = _SENTENCE_END.search(text, q.end, q.end + _SENTENCE_AFTER)
    stop = end.start() if end else min(len(text), q.end + _SENTENCE_AFTER)
    words = [w.lower() for w in re.findall(r"[A-Za-z]+", _QUOTED.sub(
        " ", text[start : q.start] + " " + text[q.end : stop]))]
    cued = [k for k, w in enumerate(words) if w in CUES]
    # "The program was a “good thing”…, he remarked": a pronoun speaks, someone named
    return bool(cued) and not any(k and words[k - 1] in PRONOUNS for k in cued)


def _may_be(story: _Story, name: str, text: str, a: Attribution) -> bool:
    """Whether the pronoun of ``a`` may refer to ``name``: "he" and "she" name a person
    the article names, of their gender when the article leaves no doubt of it
    (:meth:`Person.sure`): "…,” she says after a man spoke is someone else's; after
    "Perhaps, he said" read as a name, "he" is no "Perhaps"."""
    if a.start is None or a.end is None:
        return True
    pron = text[a.start : a.end]
    if PRONOUNS.get(pron.lower()) not in {"m", "f"}:
        return True  # "they", "his campaign", a name: not a "he" or a "she" alone
    if name not in story.mention_counts:
        return False
    person = story.person_of.get(name)
    sure = person.sure() if person is not None else None
    return sure is None or sure == PRONOUNS[pron.lower()]


#: The last sentence break before the end of the searched stretch: the greedy ``.*``
#: runs to the end and backs off in C to the nearest break, where walking back one
#: character at a time in Python cost a call up to two thousand steps. The look-behinds
#: may read before the stretch, as the walk did.
_LAST_BREAK = re.compile(r".*(?:\n|(?<=[.!?]) |(?<=[.!?][”\"]) )", re.S)


def _sentence_start(text: str, pos: int) -> int:
    """Where the sentence holding ``pos`` starts (a full stop and space, or a line).

    A closing quotation mark ends a sentence only after a full stop, "!" or "?": in
    "Brockman told colleagues “I quit” the firm…" the sentence goes on.
    """
    floor = max(0, pos - _SENTENCE_REACH)
    m = _LAST_BREAK.match(text, floor, pos)
    return m.end() if m else floor


def _object(text: str, start: int, sentence: int | None = None) -> bool:
    """The name at ``start`` follows a preposition, at once or one word back ("to Rock",
    "with husband Hugh O'Leary"): someone spoken to or about. ``sentence``: where its
    sentence starts, when the caller knows."""
    if sentence is None:
        sentence = _sentence_start(text, start)
    words = text[max(sentence, start - 25) : start].split()
    return bool(words) and not words[-1].endswith(",") and (
        # (after a comma a clause starts: "released on Monday, Navalnaya expressed…")
        words[-1].lower() in PREPOSITIONS | {"husband", "wife", "partner"}
        or (len(words) > 1 and words[-2].lower() in PREPOSITIONS)
    )


def _nominate_before(
    story: _Story, text: str, a: Attribution, q: Span, nominated: dict[str, list[str]]
) -> None:
    """The people mentioned before a pronoun, nearest first, that its gender allows.

    Each carries where it was mentioned: as the subject of its sentence (the first person
    named there, not behind a preposition: "In his post, Smith added…") or as an object
    ("apologised to Rock", "with husband Hugh O'Leary by her side"), in the pronoun's
    own sentence, the one before, or further back. News refers back to subjects: the
    nearest name is often a bystander.
    """
    assert a.start is not None and a.end is not None
    pron = text[a.start : a.end].lower().split()[0]  # "her" of "her statement"
    want = PRONOUNS.get(pron) or POSSESSIVE.get(pron)
    here = _sentence_start(text, min(a.start, q.start))
    before = _sentence_start(text, max(0, here - 2)) if here > 0 else 0
    firsts: dict[int, int] = {}  # sentence start -> first non-object mention's start
    fronted = text[max(here, a.start - 3) : a.start].rstrip().endswith(",")
    seen: list[str] = []
    mentions = story.names.mentions
    upto = story.names.mentions_before(a.start)
    for m in reversed(mentions[max(0, upto - _PRONOUN_REACH) : upto]):
        if m.person.name in story.articled or _after_article(text, m.start):
            continue  # "the Oscars", "the King Richard star": no one a pronoun refers to
        g = m.person.guess()
        if g is not None and want in {"m", "f"} and g != want:
            continue  # "she" is not the man named before her
        start = _sentence_start(text, m.start)
        obj = _object(text, m.start, start) or (
            # "Putin’s “illegal war…”": the name owns what is quoted, says nothing
            text[m.end : m.end + 2] in ("’s", "'s") and text[m.end + 2 : m.end + 4].lstrip()[:1]
            in ("“", '"', "‘")
        ) or (
            # "After sitting down beside her deputy Grant Robertson, she said…": the name
            # is in a clause put before the pronoun, which is itself the subject.
            start >= here and fronted
        ) or _reported_by_name(story, text, start, m) or (
            # "He denounced… and accused Yevgeny Prigozhin of “treason”": the sentence's
            # subject is the pronoun (not one inside a quotation: the speaker's word)
            _SUBJECT_OPENS.match(text, start, m.start) is not None
            and not story.names.in_quote(start)
        ) or (
            # "Navalny was “so many things that Putin is not,” he said": the one the
            # quoted words are said of, in their own sentence, is not the "he" saying them
            start == here and m.start < q.start and a.start >= q.end
            and _said_of(text, m.end, q.start)
        )
        if not obj:
            firsts[start] = m.start  # walking backwards: the last write is the first
        if m.person.name in seen:
            continue
        seen.append(m.person.name)
        rank = len(seen)
        where = "here" if start >= here else "before" if start >= before else "far"
        tags = [f"pron:recent{min(rank, 3)}", f"pron:{where}",
                "pron:object" if obj else f"pron:{where}&mention"]
        if rank == 1 and not obj and (
            story.names.mentions_before(m.start) == story.names.mentions_before(start)
        ) and not _reported_by_pronoun(text[start : m.start]):
            # centering: the subject just named (not in what "he said they were pursued by
            # a black Honda Accord" reports: its subject is the one "he" refers to)
            tags.append("pron:nearest-is-subject")
        if g is not None:
            tags.append("pron:gender-known")
        nominated.setdefault(m.person.name, []).extend(tags)
        if len(seen) >= _PRONOUN_CANDIDATES:
            break
    # Subjects of the pronoun's sentence and the one before.
    for label, start in (("here", here), ("before", before)):
        pos = firsts.get(start)
        if pos is None:
            continue
        m = mentions[story.names.mentions_before(pos)]
        nominated.setdefault(m.person.name, []).append(f"pron:subject-{label}")


#: A sentence opened by a body as its subject ("The French foreign ministry re-affirmed",
#: "State Television IRIB reported", "Iranian state media said"), or by someone new ("An
#: Iranian official reported"): the head noun, then the verb (an acronym may name the
#: body between), never a title or a name ("Federation president Luis Rubiales").
_OTHER_VOICE = re.compile(
    r"(?P<det>(?:The|A|An|Its|Their)\s+)?(?P<first>[\w’'-]+\s+)?(?:[\w’'-]+\s+){0,2}?(?i:"
    + "|".join(sorted(INSTITUTIONS | {"media"}))
    + r")(?:\s+[A-Z]{2,6})?\s+(?P<next>[a-z][\w’'-]*)"
    + r"|(?:A|An|One|Another)\s+(?:[\w’'.-]+\s+){0,3}?(?i:"
    + "|".join(sorted(TITLES))
    + r")\s+(?P<verb>[a-z][\w’'-]*)"
)


def _body_opens(text: str, pos: int) -> bool:
    """A body or someone new opens, as its subject, the sentence holding ``pos``
    (without an article, not after an opener: "After the Supreme Court…" is no subject)."""
    start = _sentence_start(text, pos)
    m = _OTHER_VOICE.match(text, start, pos)
    if m is None:
        return False
    nxt = m.group("next") or m.group("verb") or ""
    if nxt == "of" or nxt in TITLES:
        return False  # "the Ministry of the Interior", "Federation president Luis Rubiales"
    if m.group("det") is None and m.group("first") is not None:
        first = m.group("first").strip()
        return first[:1].isupper() and first.lower() not in COMMON_CAPS
    return True


# A second subject joined to the first ("Hillary Clinton and Sen. Bernie Sanders").
_AND_NAME = re.compile(r"(?:\s*\([^()\n]{1,40}\))?,?\s+and\s+[A-Z]")


# Marks before a sentence's subject that are no words of it: a dash after a dateline, a
# list's bullet ("  • Ukrainian President Volodymyr Zelenskyy has spoken of a “…”").
_LEAD_MARKS = frozenset({"—", "--", "•", "·", "▪", "◦", "‣"})
#: Words of an office written in lower case before a name (see _office_lead).
_ROLE_LEAD_WORDS = 7


def _sentence_subject(story: _Story, text: str, pos: int) -> Mention | None:
    """The mention of the person who opens the sentence holding ``pos`` (after a title or
    role: "French President Emmanuel Macron has threatened to…"), if one does."""
    start = _sentence_start(text, pos)
    before = text[max(0, start - 20) : start].split()[-1:]
    if before and is_abbreviation(before[0].rstrip(".")):
        # a title's full stop ends no sentence: the sentence starts before the title
        # ("Mr. Modi offered “…”"), and "…accuse Rep. Matt Gaetz" opens with no name
        title = text.rfind(before[0], 0, start)
        start = _sentence_start(text, title) if title > 0 else start
        before = text[max(0, start - 20) : start].split()[-1:]
        if before and is_abbreviation(before[0].rstrip(".")):
            return None
    mentions = story.names.mentions
    k = story.names.mentions_before(start)
    if k >= len(mentions) or mentions[k].start >= pos:
        return None
    m = mentions[k]
    lead_text = text[start : m.start]
    # A dateline ends at its colon or dash ("Paris, Jan 5: French President Emmanuel
    # Macron has threatened…"): the sentence proper starts after it.
    cut = max(lead_text.rfind(": "), lead_text.rfind("— "), lead_text.rfind("-- "))
    lead = lead_text[cut + 1 :].split() if cut >= 0 else lead_text.split()
    lead = [w for w in lead if w not in _LEAD_MARKS]
    if not _titled_lead(lead) and not _office_lead(lead, m.person):
        # "Earlier in the day, OpenAI ousted Altman…", "In Le Parisien, Macron said…":
        # the name does not open the sentence as its subject
        return None
    if text[m.end : m.end + 2] in ("’s", "'s") or m.person.name in story.articled:
        return None  # "Macron’s perceived show of “contempt”": his, not he
    if m.person.name not in story.personlike or len(m.person.name.split()) > 3:
        return None  # "Veto Power Impedes Peace Efforts: …": a heading, not a person
    if _AND_NAME.match(text, m.end):
        return None  # "Clinton and Sen. Bernie Sanders ended in a “virtual tie”": two
    close = text.find("\n", pos)
    quoted = text[pos : close if close >= 0 else len(text)]
    if not text[m.end : pos].strip(" “\"‘") and re.search(r"[.!?][”\"’]", quoted):
        # 'Biden “kind of misspoke. This is not something he should talk about.”': the
        # quoted sentence runs on from the name, whose predicate it is; someone else's
        # words about him
        return None
    return m


def _titled_lead(lead: list[str]) -> bool:
    """A few capitalised words before the name, a title's ("French President"), the
    office's own linking words between them ("US Secretary of State Antony Blinken")."""
    return len(lead) <= 4 and not any(
        (not w[:1].isupper() or w.lower().strip(",") in COMMON_CAPS)
        and not (0 < k < len(lead) - 1 and w in TITLE_LINKS)
        for k, w in enumerate(lead)
    )


def _office_lead(lead: list[str], person: Person) -> bool:
    """An office written in lower case, as Irish and British outlets write it, before
    the name ("Tánaiste and minister for foreign affairs Simon Harris also extended his
    sympathy “…”"): a title word, and every other word a title's, a link between them
    or one of the words the article gives the person as roles."""
    lows = [w.lower().strip(",") for w in lead]
    if not lows or len(lows) > _ROLE_LEAD_WORDS or not any(is_title(w) for w in lows):
        return False
    return all(
        is_title(w)
        or w in person.roles
        or (0 < k < len(lows) - 1 and w in TITLE_LINKS)
        or (lead[k][:1].isupper() and w not in COMMON_CAPS)
        for k, w in enumerate(lows)
    )


def _reported_by_name(story: _Story, text: str, start: int, named: Mention) -> bool:
    """Someone named in the sentence before ``named`` (from ``start``) says what holds it
    ("journalist Hamid Mir said just before the arrest, Imran Khan was waiting…",
    "Kilicdaroglu suggested Erdogan used intimidation"): that name is what is reported,
    no one acting. Not the one told right after the verb ("Bandial told Khan, “…”")."""
    names = story.names
    pos = named.start
    for m in names.mentions[names.mentions_before(start) : names.mentions_before(pos)]:
        after = _NEXT_WORD.match(text, m.end, pos)
        if after is None or after.group(1).lower() not in CUES:
            continue
        if len(text[after.end() : pos].split()) >= _REPORTED_WORDS:
            return True
        verb = _NEXT_WORD.match(text, named.end)  # "…suggested Erdogan used…"
        if verb is not None and verb.group(1).islower() and verb.group(1) not in (
            PREPOSITIONS | {"that"}
        ):
            return True
    return False


def _said_of(text: str, end: int, start: int) -> bool:
    """Between a name (ending at ``end``) and a quotation (``start``) stand a few words
    with no verb of saying and no colon ("Navalny was “…”", "…described it as “…”"): the
    quoted words are said of the name, not introduced as its words ("Fallon fired back:
    “…”", "Christie gave a one-word answer. “…”")."""
    between = text[end:start]
    words = [w.strip(",.;“”\"‘’'").lower() for w in between.split()]
    return (
        ":" not in between
        and not any(c in between for c in ".!?")
        and len(words) <= _SAID_OF_WORDS
        and not any(w in CUES for w in words)
    )


def _reported_by_pronoun(before: str) -> bool:
    """A pronoun and a verb of saying come before a name in its sentence, outside quotes
    ("he said they were pursued by a black Honda Accord", "he noted that Shelf Engine
    has raised…"): the name is inside what someone already referred to reports, not the
    sentence's subject ("…that he had fled – but Zelensky insisted…" still is)."""
    outside = _QUOTED.sub(" ", before)
    return any(m.group(1).lower() in CUES for m in _SUBJECT_PRONOUN.finditer(outside))


def _no_one_since(story: _Story, text: str, speaker: str, since: int, a: Attribution) -> bool:
    """Nobody but ``speaker`` is named as acting between the last quote ``speaker`` was
    named for and the pronoun ("he", "she").

    News refers back to whoever spoke last when no one else has come in between:
    "“…,” Smith continued. ⏎ The actor also apologised to the Academy. ⏎ “…,” he added."
    Someone named since as a subject may be the one meant, whatever gender the article
    seems to give them (a guess), and leaves the choice to the model; someone named behind
    a preposition ("…an apology addressed to Rock") is spoken to, not speaking.
    """
    if a.start is None or a.end is None:
        return False
    want = PRONOUNS.get(text[a.start : a.end].lower())
    if want not in {"m", "f"}:
        return False  # "they" may be a group the last speaker belongs to
    mentions = story.names.mentions
    for m in mentions[story.names.mentions_before(since) : story.names.mentions_before(a.start)]:
        if m.person.name == speaker or m.person.name in story.articled:
            continue
        if not _object(text, m.start) and not _after_article(text, m.start):
            return False  # "the European reluctance": no one acting
    return True


def candidates(
    text: str,
    title: str,
    quotes: Sequence[Span],
    woven: Sequence[bool],
    found: Sequence[Attribution],
    names: NameIndex,
) -> list[list[Candidate]]:
    """For every quote, its candidate speakers (possibly none) with their features."""
    story = _Story(text, title, quotes, names)
    # What kind of phrase each attribution is, read once for the counts and the quotes.
    phrase_kinds = [
        _phrase_kind(text, a, story)
        if a.speaker is not None and a.start is not None and a.end is not None
        else None
        for a in found
    ]
    for a, base in zip(found, phrase_kinds, strict=True):
        if a.speaker is not None and base in {"name", "role"}:
            story.explicit_speakers[a.speaker] += 1
    out: list[list[Candidate]] = []
    prev_speaker: str | None = None
    prev_end = 0  # where the last quote the attributing words named a speaker for ends
    prev_par = -10
    open_par: int | None = None  # paragraph of the last quote left open at its end
    for q, w, a, base in zip(quotes, woven, found, phrase_kinds, strict=True):
        par = story.paragraph(q.start)
        kind = base
        nominated: dict[str, list[str]] = {}
        where: dict[str, tuple[int | None, int | None, str | None]] = {}
        has_cue = a.speaker is not None
        cue_tag = "cue" if has_cue else "nocue"
        # "…,” it concluded: a body or a document speaks, never a person.
        thing = a.start is not None and text[a.start : a.end].lower() == "it"
        # "the company's website", "the statement", "a spokesperson for OceanGate": no
        # one the article is most about, whoever the words are (a guess would be wrong).
        impersonal = thing or (a.start is not None and is_impersonal(text[a.start : a.end]))
        if a.speaker is not None and a.start is not None and a.end is not None:
            side = "after" if a.start >= q.end else "before"
            dist = a.start - q.end if side == "after" else q.start - a.end
            if text[a.end : a.end + 2] in ("’s", "'s") and 0 <= q.start - a.end <= 6:
                # "Vladimir Putin’s “illegal war…”": the quote is about his war, and
                # the name is no attribution at all.
                kind = "possessive"
            prep = text[max(0, a.start - 12) : a.start].split()[-1:]
            far = _bucket(max(0, dist), (20, 80, 250))
            tags = [f"rule:{kind}", f"rule:{side}", f"rule:dist{far}"]
            according = (a.cue or "").lower().startswith("according")
            if kind in {"name", "cap"} and not according and (
                (prep and prep[0].lower() in PREPOSITIONS and not _absolute(text, a, prep[0]))
                or _spoken_about(text, a, q)
            ):
                # "…would like to publicly apologize" to Rock, adding that the slap was
                # “out of line”"; calling Macron “unworthy of his office”: the one spoken
                # to (or about) is not the speaker.
                kind = "addressee"
            body = _named_body(text[a.start : a.end], story) if kind == "noun" else None
            if body is None and kind in {"noun", "cap", "pronoun"}:
                body = story.bodies.described(text[a.start : a.end], a.start)
            if body is not None:
                # "the academy said" in an article that names the Academy: that body
                kind = "body"
                a = Attribution(body, a.start, a.end, a.cue)
            if kind in {"place", "possessive", "addressee"}:
                pass  # "The U.S. said…", "Putin’s “…”": no one named speaking
            elif (
                a.speaker[:1].isupper()
                and kind not in {"title", "epithet"}
                and not thing
                and not (kind == "noun" and a.speaker.split()[-1] in IMPERSONAL_HEADS)
            ) or kind == "body":
                # a name, never "the company", "the Californian agency" (a body no
                # named one fits), "the Belarusian statement" nor "the California
                # Republican"
                nominated.setdefault(a.speaker, []).extend(tags)
                where[a.speaker] = (a.start, a.end, a.cue)
            if kind in {"noun", "cap", "pronoun"} and story.orgs:
                nominated.setdefault(story.orgs[0], []).append(f"org-for:{kind}")
            if (
                kind in {"noun", "role", "title"}
                and story.people
                and not impersonal
                and not _someone_else(text[a.start : a.end], a, q, story.people[0], story)
            ):
                nominated.setdefault(story.people[0], []).append(f"top-for:{kind}")
            if kind == "epithet" and story.people:
                nominated.setdefault(story.people[0], []).append("top-for:epithet")
            if kind in {"pronoun", "epithet"}:
                # An epithet refers back like a pronoun ("Smith said… the King Richard
                # star said"): to someone just named, not to whom the article names most.
                _nominate_before(story, text, a, q, nominated)
            # Whoever the phrase is read as, the phrase is still the attributing words.
            for name in nominated:
                where.setdefault(name, (a.start, a.end, a.cue))
        gap = par - prev_par
        # A body opening the sentence of a quote woven into it ("The French foreign
        # ministry re-affirmed “…”" after Baerbock's words) is another voice: neither the
        # last speaker nor the people the article is most about.
        voiced = not has_cue and _body_opens(text, q.start)
        # A guess never goes to someone the quote speaks of (see _names_in).
        of_prev = (
            not has_cue
            and prev_speaker in story.personlike
            and (_names_in(text, q, prev_speaker) or voiced)
        )
        if prev_speaker is not None and gap <= _CONTINUES_PARAGRAPHS and not of_prev and not (
            impersonal and prev_speaker in story.mention_counts
        ) and _may_be(story, prev_speaker, text, a):
            tags = nominated.setdefault(prev_speaker, [])
            tags.append(f"prev:{gap}:{cue_tag}")
            if (
                kind == "pronoun"
                and (gap == 0 or (gap == 1 and (a.cue or "").lower() in GOES_ON))
                and a.start is not None
                and _gender_fits(story, prev_speaker, text[a.start : a.end])
            ):
                tags.append("pron:continues")  # "…,” she continued: the last speaker
            elif (
                kind == "pronoun"
                and prev_speaker in story.personlike
                and a.start is not None
                and _gender_fits(story, prev_speaker, text[a.start : a.end])
                and _no_one_since(story, text, prev_speaker, prev_end, a)
            ):
                tags.append("pron:last-speaker")  # no one else named since they spoke
                where[prev_speaker] = (a.start, a.end, a.cue)  # whom the pronoun names
            elif thing and gap <= 1:
                # A statement from OpenAI's board said… ⏎ “…,” it concluded: "it" goes
                # on with the body (never a person: see above) that spoke last.
                tags.append("pron:continues")
                where[prev_speaker] = (a.start, a.end, a.cue)
        # Quoted words naming a thing (a title, a name: see _a_title) are nobody's guess
        # to have said, nor, in running text, the sentence's subject's ("fled ‘Gono
        # Bhaban’", "on Wednesday’s “Sean Hannity Show.”"); but a headline in title case
        # capitalises a speaker's words too ("Elizabeth Warren: Donald Trump Is a
        # ‘Proven Failure’ in Business").
        a_thing = not has_cue and _a_title(text[q.start : q.end])
        if not has_cue and w and not (
            a_thing and not title_case_line(text, q.start, closed=True)
        ):
            subject = _sentence_subject(story, text, q.start)
            if subject is not None:
                # "House Minority Leader Hakeem Jeffries “definitively” called for…": a
                # quotation woven into a sentence with no verb of saying is its subject's
                nominated.setdefault(subject.person.name, []).append("woven:subject")
                where.setdefault(subject.person.name, (subject.start, subject.end, None))
        uncued_opener = a.speaker is None and _opens_paragraph(text, q)
        if (
            uncued_opener
            and prev_speaker is not None
            and open_par == par - 1
            and not of_prev
        ):
            # She said: "I recognise… ⏎ "I am resigning…: a paragraph opening a quote
            # after one left open goes on with the same speech.
            nominated.setdefault(prev_speaker, []).append("quote:continues")
        if uncued_opener:
            named = _introduced(story, text, par)
            if named is not None:
                # David Seymour commented on the incident. ⏎ "I'm absolutely shocked…":
                # the quote that opens the next paragraph is what was said.
                nominated.setdefault(named, []).append("intro:cue")
        if _left_open(text, q):
            open_par = par
        elif open_par is not None and par > open_par:
            open_par = None
        if kind != "pronoun" and not impersonal and not voiced:
            # A pronoun is read among the people before it; elsewhere the people the
            # article is most about may be the ones speaking.
            for rank, p in enumerate(story.people[:2]):
                if (has_cue or not _names_in(text, q, p)) and _may_be(story, p, text, a):
                    # a bare quote naming someone ("Boris Johnson right until the last
                    # demonstrating…", "Laporta understood and respected Messi’s
                    # decision") is said of them, not their words
                    nominated.setdefault(p, []).append(f"top{rank + 1}:{cue_tag}")
        if story.orgs:
            nominated.setdefault(story.orgs[0], []).append(f"top-org:{cue_tag}")
        if a.start is not None and (
            (text[a.start : a.end].split() or [""])[0].lower() in _ONE_OF_MANY
            or (
                text[a.start : a.start + 1].isupper()  # a name or a role, not "he"
                and _ONE_OF_MANY_BEFORE.search(text, max(0, a.start - 40), a.start)
            )
        ):
            # "one Clinton aide", "another supporter", "One senior Tory MP told": the
            # outlet names one of many and keeps them unnamed; so does Parallax.
            nominated = {}
        if not has_cue and (
            (w and _said_by_someone_unnamed(text, q))
            or (not w and _unnamed_after(text, q))
            or a_thing
        ):
            # "The rescuer on the clip, which showed…, said homes were “totally
            # destroyed”": the sentence has someone it does not name saying it; whom the
            # article is most about, or who spoke last, would be a guess against it.
            nominated = {n: t for n, t in nominated.items() if not all(map(_guessed, t))}
        quote_tags = ["woven"] if w else []
        cands = []
        for name, feats in nominated.items():
            if name not in story.mention_counts and all(
                    word.lower() in STOPWORDS for word in name.split()):
                continue  # "This", "So", "He", "Some": a capitalised word, no one's name
            s, e, cue = where.get(name, (None, None, None))
            tags = sorted(set(feats)) + story.describe(name) + quote_tags
            if "cand:person" in tags and _names_in(text, q, name):
                # (a body names itself in its statements: "ESPN is an inclusive company")
                tags.append(NAMED_IN_QUOTE)
            cands.append(Candidate(name, tuple(tags), s, e, cue))
        out.append(cands)
        read = next((c for c in cands if c.name == a.speaker), None)
        if read is not None and any(t.startswith("rule:") for t in read.features) and (
            kind != "pronoun" or _explicit(read)
        ):
            # The last one the attributing words name — a pronoun only when it surely
            # refers back ("he added" after "…apologize" to Rock is not Rock speaking).
            prev_speaker = a.speaker
            prev_end = q.end
        if a.speaker is not None or not w:
            prev_par = par
    return out


# The rules' own reading stands for these phrases: on PolNeAR dev they are right 95 % of
# the time, and on the seeds every time; the model, fitted mostly on six stories, cannot
# yet tell their few mistakes apart (see the note in train_speaker_model.py).
EXPLICIT = frozenset({"rule:name", "rule:role", "rule:body", "rule:group"})
# Readings that carry the last speech on: "…,” she continued; a quotation left open; a
# quote opening the paragraph after "X commented on the incident."; and a quotation woven
# into a sentence with no verb of saying, read as the words of the person opening it.
CONTINUES = frozenset(
    {"pron:continues", "pron:last-speaker", "quote:continues", "intro:cue", "woven:subject"}
)
# A candidate whose name the quoted words themselves hold.
NAMED_IN_QUOTE = "quote:names-them"
# Readings the rules decide alone: the model is not fitted on them (the trainer drops
# them), so a new reading does not move the weights every other reading relies on.
RULE_ONLY = frozenset({"pron:last-speaker", "woven:subject"})
# How much likelier another candidate must be to overrule the attributing words' reading:
# on the stories, leave-one-event-out, 0.2 and 0.4 do equally well and 0.6 or never
# slightly worse; the larger of the two keeps more of the rules' readings.
SWITCH_MARGIN = 0.4


def _explicit(c: Candidate | Sequence[str]) -> bool:
    """The attributing words name this candidate outright ("…,” Psaki said / the reporter,
    resolved to the one the article calls that; "he", resolved to the person last
    named as a sentence's subject)."""
    f = set(c.features if isinstance(c, Candidate) else c)
    if f & CONTINUES:
        return True
    if "top-for:title" in f and {"cand:lead", "cand:top-person"} <= f:
        # "The Prime Minister said" in an article that leads with Boris Johnson and
        # names him most: the title is his (people, not titles).
        return True
    if "rule:pronoun" in f:
        # The pronoun read as the nearest person its gender allows when that person is
        # the subject of the sentence naming them ("Kyiv's mayor Vitali Klitschko said…
        # “…,” he said": centering); a nearest name behind a preposition or inside the
        # predicate ("…apologised to Rock") leaves the choice to the model.
        return (
            "pron:nearest-is-subject" in f
            and "pron:object" not in f
            and "cand:personlike" in f
        )
    if "rule:name" in f and "cand:personlike" not in f:
        # A capitalised run never met by surname alone nor with a title or role ("Le
        # Parisien", "Font Size") may be no person at all: the model decides.
        return False
    return bool(f & EXPLICIT)


def pick(scored: Sequence[tuple[Sequence[str], float]], threshold: float) -> int | None:
    """Which candidate speaks (an index into ``scored``), or None to name nobody.

    The attributing words' own reading of a name, a role, a pronoun the sentence's
    subject just named or one continuing the last speaker, and a quote going on from
    one left open (``CONTINUES``, ``_explicit``), stands unless another candidate beats
    it by ``SWITCH_MARGIN`` — the bystander a pronoun's nearest name can be, a newspaper
    taken for the last speaker ("…,” he said in the interview with Le Parisien), the
    board behind a chief executive's name. The one the paragraph before has speaking
    ("X commented on the incident.") always stands: the model has never seen that cue;
    so does a pronoun read as the last speaker when no one else has been named acting
    since, and a quotation woven into a sentence with no verb of saying read as its
    subject's ("Hakeem Jeffries “definitively” called for…") (``RULE_ONLY``).
    Everywhere else — an epithet ("the California Republican"), a noun ("the company"),
    a capitalised phrase that names nobody ("Font Size"), no cue at all — the best
    candidate speaks when its probability clears ``threshold``; otherwise no name is
    given.
    """
    if not scored:
        return None
    # Someone the quoted words name ("We are heartbroken because of the death of Pope
    # Francis,” he said) is who they are about, not who says them: the model never
    # guesses them (the attributing words' own reading still stands).
    guessable = [k for k, (f, _p) in enumerate(scored) if NAMED_IN_QUOTE not in f]
    best = max(guessable or range(len(scored)), key=lambda k: scored[k][1])
    explicit = next((k for k, (f, _p) in enumerate(scored) if CONTINUES & set(f)), None)
    if explicit is None:
        explicit = next((k for k, (f, _p) in enumerate(scored) if _explicit(f)), None)
    if explicit is not None:
        if "rule:pronoun" in scored[explicit][0] and "pron:continues" not in scored[explicit][0]:
            if NAMED_IN_QUOTE in scored[explicit][0]:
                # "Lindner responded… that Scholz would not discuss. “Olaf Scholz has long
                # failed…,” he said": the nearest name is whom the words are about
                return best if best in guessable and scored[best][1] >= threshold else None
            return explicit  # centering: the subject just named ("Klitschko said… he said")
        if RULE_ONLY & set(scored[explicit][0]) or "intro:cue" in scored[explicit][0]:
            # the speech the paragraph before announced; the last speaker, no one else
            # named since
            return explicit
        return best if scored[best][1] - scored[explicit][1] > SWITCH_MARGIN else explicit
    return best if scored[best][1] >= threshold and best in guessable else None


def decide(
    cands: Sequence[Sequence[Candidate]], weights: Mapping[str, float], threshold: float
) -> list[tuple[Attribution, float]]:
    """Each quote's speaker (see :func:`pick`), with the model's probability for it."""
    out = []
    for cs in cands:
        scored = [(c.features, _score(c.features, weights)) for c in cs]
        k = pick(scored, threshold)
        if k is None:
            out.append((Attribution(None, None, None, None), max((p for _f, p in scored),
                                                                  default=0.0)))
        else:
            c = cs[k]
            out.append((Attribution(c.name, c.start, c.end, c.cue), scored[k][1]))
    return out
