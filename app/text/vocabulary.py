"""Engine-wide word lists: data, kept apart from the rules that read them.

The folding and scoring rules (:mod:`app.text.fold`, :mod:`app.scoring`,
:mod:`app.align`, :mod:`app.grouping`, :mod:`app.facts`, :mod:`app.story`) and the quote
stage's vocabulary (:mod:`app.quotes.vocabulary`) take their function words, everyday
words, negations, number words, months and weekdays from here, so a list grows in one
place. Forms are lower case (folded), as the rules compare them.
"""

from __future__ import annotations


def words(text: str) -> frozenset[str]:
    """A word list written as one string: easier to read and edit than a list literal."""
    return frozenset(text.split())


WEEKDAYS = words("monday tuesday wednesday thursday friday saturday sunday")
MONTHS = words(
    "january february march april may june july august september october november december"
)

NUMBER_WORDS = {
    "zero": "0", "one": "1", "two": "2", "three": "3", "four": "4", "five": "5",
    "six": "6", "seven": "7", "eight": "8", "nine": "9", "ten": "10", "eleven": "11",
    "twelve": "12", "thirteen": "13", "fourteen": "14", "fifteen": "15", "sixteen": "16",
    "seventeen": "17", "eighteen": "18", "nineteen": "19", "twenty": "20",
    "thirty": "30", "forty": "40", "fifty": "50", "sixty": "60", "seventy": "70",
    "eighty": "80", "ninety": "90", "hundred": "100", "thousand": "1000",
    "million": "1000000", "billion": "1000000000", "dozen": "12", "first": "1st",
    "second": "2nd", "third": "3rd", "half": "0.5",
}
#: The cardinal numbers in words ("two", "dozen"; not "first" nor "half").
CARDINALS = frozenset(w for w, n in NUMBER_WORDS.items() if n.isdigit())
NEGATIONS = words(
    "not no never none nobody nothing neither nor without cannot n't nowhere"
)

# Function words. They still count (a little) so that "the president said that" alone
# never makes a match, but rare words decide.
STOPWORDS = words(
    """a about above after again against all also am an and any are as at be because
    been before being below between both but by can could did do does doing down during
    each few for from further had has have having he her here hers herself him himself
    his how i if in into is it its itself just me more most my myself of off on once only
    or other our ours ourselves out over own same she should so some such than that the
    their theirs them themselves then there these they this those through to too under
    until up very was we were what when where which while who whom why will with would
    you your yours yourself yourselves said say says saying told tell tells according
    added also s t mr mrs ms dr just may might must shall us well still even yet
    already much many would could there"""
)

# Everyday words that are rare in a small set of articles only by chance ("made clear",
# "at the moment", "put"): IDF from three documents cannot know they are ordinary, so
# they never anchor a match and count half. Folded and stemmed forms (see ``stem``).
COMMON = words(
    """make mad made put get got go going gon come came take took give gave given know
    knew known think thought see saw seen want look use find found ask work seem feel
    try tri leave left call kept keep let begin show hear heard play run move live
    believe held hold bring brought happen write wrote provid sit stand stood lose lost
    pay paid meet met includ continu set learn chang lead led understand watch follow
    stop creat speak spoke read allow add spend spent grow open walk win won offer
    remember consider appear buy wait serv die sent send expect build built stay fell
    fall cut reach remain suggest rais pass sell requir decid pull need mean meant
    time year people way day man men thing woman women life child children world
    part place case week point home room area money lot right kind hand side end line
    member name idea kind moment air reason result question fact month hour minute
    morning night today yesterday tomorrow ago good new old last long great little own
    other right big high different small large next early young important few bad
    same able clear later late recent recently really now just very often even back
    away however almost around enough far less least lot perhaps quite rather since
    sure thing though through whether yes every another anything something nothing
    everything someone anyone everyone thing way lot ever never always sometimes
    already also again yet still become becam becom seen look told including"""
)
