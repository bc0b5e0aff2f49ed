"""Words written with a period that is not (or not always) a sentence's end.

One list for the engine, kept as data apart from the rules that read it: the sentence
splitter (:mod:`app.text.segment`) uses the classes below, and anything else that asks
"is this word an abbreviation?" (the quote stage's name scanner, the plain-text headline
test) can take :data:`ABBREVIATIONS`. Forms are written without their period, in the
case news copy writes them: comparisons are case-sensitive so that "no." at the end of
a sentence is not "No. 1".
"""

from __future__ import annotations


def _words(text: str) -> frozenset[str]:
    return frozenset(text.split())


# Before a name or a number, never at a sentence's end: titles and honorifics, ranks,
# "No. 1", "Roe v. Wade".
TITLES = _words(
    """Mr Mrs Ms Mx Messrs Mmes Dr Drs Prof Profs Rev Revd Fr Msgr St Sen Sens Rep Reps Gov
    Govs Lt Col Gen Gens Maj Brig Capt Cmdr Cdr Comdr Adm Sgt Cpl Pvt Pfc Spc Ens Supt
    Insp Det Const Hon Rt Pres Amb Atty Sec Mt Ft No Nos Vol Vols Fig Figs pp v vs
    approx est Op Ed"""
)
# After a name, and so sometimes at a sentence's end: name suffixes, company and street
# suffixes, "etc.". A sentence ends after one only when one clearly starts next
# ("Pitt, Briggs & Co. It closed", but "Apple Inc. Chief Executive Tim Cook").
SUFFIXES = _words(
    """Jr Sr Esq Inc Corp Co Cos Ltd Plc plc LLC LLP Bros Dept Univ Assn Ave Blvd Rd
    etc"""
)
# Before a page, section or article number, where they never end a sentence ("p. 55",
# "Art. 5"); before anything else they are ordinary words.
BEFORE_NUMBER = _words(
    """p pp para paras Para ch chap Ch Chap sec sect Sect art arts Art Arts vol vols n nn
    ed eds ver Ver"""
)
# Months, days and US states: dates ("Feb. 24") and party tags ("D-Calif."); a sentence
# ends after one only when one clearly starts next.
MONTHS_DAYS = _words(
    """Jan Feb Mar Apr Jun Jul Aug Sep Sept Oct Nov Dec Mon Tue Tues Wed Thu Thur Thurs
    Fri Sat Sun"""
)
STATES = _words(
    """Ala Ariz Ark Calif Colo Conn Del Fla Ga Ill Ind Kan Kans Ky La Md Mass Mich Minn Miss
    Mo Mont Neb Nev Okla Ore Pa Penn Tenn Tex Va Vt Wash Wis Wisc Wyo"""
)
# Dotted forms (compared lower-case, without the final period) that never end a
# sentence, and those that are times of day.
LATIN = _words("e.g i.e cf viz")
TIMES = _words("a.m p.m")

# Every form above, lower-cased: "is this word, period and all, an abbreviation?"
ABBREVIATIONS = frozenset(
    w.lower() for w in TITLES | SUFFIXES | BEFORE_NUMBER | MONTHS_DAYS | STATES | LATIN | TIMES
)
