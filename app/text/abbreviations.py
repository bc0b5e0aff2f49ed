"""Words written with a period that is not (or not always) a sentence's end.

One list for the engine, kept as data apart from the rules that read it: the sentence
splitter (:mod:`app.text.segment`) weighs each class below by its context, and the
rules that only ask "does a period after this word end the sentence?" (the quote
stage's name scanner and attribution, the plain-text headline test) ask
:func:`is_abbreviation`. Forms are written without their period, in the case news copy
writes them, and compared that way: "No." before a number is an abbreviation, "no." at
the end of a sentence is not.
"""

from __future__ import annotations

from app.text.vocabulary import words

# Before a name or a number, never at a sentence's end: titles and honorifics, ranks,
# "No. 1", "Roe v. Wade".
TITLES = words(
    """Mr Mrs Ms Mx Messrs Mmes Dr Drs Prof Profs Rev Revd Fr Msgr St Sen Sens Rep Reps Gov
    Govs Lt Col Gen Gens Maj Brig Capt Cmdr Cdr Comdr Adm Sgt Cpl Pvt Pfc Spc Ens Supt
    Insp Det Const Hon Rt Pres Amb Atty Sec Mt Ft No Nos Vol Vols Fig Figs pp v vs
    approx est Op Ed"""
)
# After a name, and so sometimes at a sentence's end: name suffixes, company and street
# suffixes, "etc.". A sentence ends after one only when one clearly starts next
# ("Pitt, Briggs & Co. It closed", but "Apple Inc. Chief Executive Tim Cook").
SUFFIXES = words(
    """Jr Sr Esq Inc Corp Co Cos Ltd Plc plc LLC LLP Bros Dept Univ Assn Ave Blvd Rd
    etc"""
)
# Before a page, section or article number, where they never end a sentence ("p. 55",
# "Art. 5"); before anything else they are ordinary words.
BEFORE_NUMBER = words(
    """p pp para paras Para ch chap Ch Chap sec sect Sect art arts Art Arts vol vols n nn
    ed eds ver Ver"""
)
# Months, days and US states: dates ("Feb. 24") and party tags ("D-Calif."); a sentence
# ends after one only when one clearly starts next.
MONTHS_DAYS = words(
    """Jan Feb Mar Apr Jun Jul Aug Sep Sept Oct Nov Dec Mon Tue Tues Wed Thu Thur Thurs
    Fri Sat Sun"""
)
STATES = words(
    """Ala Ariz Ark Calif Colo Conn Del Fla Ga Ill Ind Kan Kans Ky La Md Mass Mich Minn Miss
    Mo Mont Neb Nev Okla Ore Pa Penn Tenn Tex Va Vt Wash Wis Wisc Wyo"""
)
# Dotted forms (compared lower-case, without the final period) that never end a
# sentence, and those that are times of day.
LATIN = words("e.g i.e cf viz")
TIMES = words("a.m p.m")

# Every form above, lower-cased: the whole list at a glance (the rules read the classes
# or ask :func:`is_abbreviation`, which keep case).
ABBREVIATIONS = frozenset(
    w.lower() for w in TITLES | SUFFIXES | BEFORE_NUMBER | MONTHS_DAYS | STATES | LATIN | TIMES
)

# Titles before a name and suffixes after one: what a period after a word alone says is
# no sentence's end. Months, states and the rest need the context the segmenter reads.
_NAME_WORDS = TITLES | SUFFIXES
_ANY_CASE = frozenset(w for w in _NAME_WORDS if w.islower())  # vs, etc, pp, approx
_CAPITALISED = frozenset(w.lower() for w in _NAME_WORDS if not w.islower())  # Sen, No, Inc


def is_abbreviation(word: str) -> bool:
    """``word`` (without its period) is a title or a name or company suffix, written as
    news copy writes it: "Sen", "SEN" (a headline), "Inc", "vs"; but not "no" or "sen",
    which a lower-case list would take for "No." and "Sen." at every sentence's end."""
    low = word.lower()
    return low in _ANY_CASE or (low in _CAPITALISED and word[:1].isupper())

