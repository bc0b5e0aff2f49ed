"""Flag text that is not the article. Flag, never delete.

Pasted and saved articles carry the page's furniture: donation pleas, comment prompts,
password forms, photo captions and credits, "Latest News". It stays in ``Document.text``
(a journalist must be able to see what was set aside) but the comparison skips it.

A keyword list alone flags reporting that mentions "support" or "comments" (on 90 real
saved pages, 41 of 57 keyword flags were article text: "one of the most popular AC
routers", "the monthly subscription rate for the service"), and misses a plea's middle
paragraphs, which contain no keyword at all.
A false flag hides news from every comparison while a missed one costs a stray match, so
a keyword only nominates a sentence, and evidence about the document decides:
- a *call to action* addresses the reader (subscribe, sign up, log in, donate, bookmark,
  join, share…) and stands apart: nothing else in its paragraph reports, and it carries
  no evidence of reporting (a figure, attributed speech, a quotation, narrative length,
  or a name the article's own reporting uses: "sign up for the Disney+ bundle" in a deals
  story names what the story is about, "Independent Premium" appears only in pleas);
- navigation labels ("Most popular", "Read more") count only as short lines;
- a plea is a *block*: once one opens, the sentences that follow belong to it while they
  talk about the outlet itself ("we need reporters", "The Independent is trusted…");
- a caption is a paragraph that ends with a photo credit ("Associated Press/Name") or
  opens with a wire caption's set words ("In this handout photo provided by…");
- the tail of an article is furniture once calls to action start there: short
  unpunctuated lines after them ("Comments", "filed under:") go with them;
- across a folder, short paragraphs repeated in several articles of one outlet are site
  furniture (:func:`flag_repeated`);
- HTML a page left in its text is furniture when its tags hold no words (an empty embed)
  or it is a link's call to action, and a label the page repeats between paragraphs
  ("Glasgow Times:") is too; a tag's address and digits are no evidence of reporting.
Quoted speech is removed before scoring, so "we" and "you" inside quotes never count.
"""

from __future__ import annotations

import dataclasses
import re
from collections import Counter, defaultdict
from collections.abc import Iterable, Sequence

from app.model import Boilerplate, Document, Span
from app.text.vocabulary import MONTHS, WEEKDAYS

_QUOTED = re.compile(r"“[^”]*”|\"[^\"]*\"|«[^»]*»")
# An HTML tag a page left in its text: an embed or a link its reader could not show.
_MARKUP = re.compile(
    r"</?[a-zA-Z][\w-]*(?:\s[^<>]*)?/?>"
    r"|\{\{[#^/!>]?\s*[\w.-]+\s*\}\}"  # a template's tag ("{{^userSubscribed}}")
)
_WORD = re.compile(r"\w")
_LETTER = re.compile(r"[^\W\d_]")
_EMBED = "markup of an embed or a link the page did not show"
_CAPTION = "photo caption and credit"
# A line that is a web address and nothing else.
_ADDRESS_LINE = re.compile(r"\s*(?:https?://)?(?:www\.)?([\w-]+(?:\.[\w-]+)+)/\S*\s*")
_ADDRESS = "the page's own address, printed as a line"

# Reader-directed calls to action. Each pattern addresses the reader or names the site's
# own machinery; "support" alone is not one ("she would support the bill"). A match is
# only a candidate: :func:`_stands_apart` decides (see there).
_CALL_TO_ACTION = re.compile(
    r"""
    \b(?:
        subscribe\b | subscription | subscribers?\b | sign[ -]?up\b | newsletter |
        log ?in\b | login\b | sign in\b | register\ (?:now|for\ free|here) |
        your\ (?:support|donation|contribution|account|inbox|email|password|subscription) |
        donate\b | make\ a\ (?:donation|contribution) |
        support\ (?:us|our\ journalism|independent) |
        bookmark | paywall | reset\ (?:your\ )?password | reset\ code |
        account\ email | post\ comments | commenting\ forum | comment\ section |
        join\ (?:our|the)\ (?:conversation|community|commenting|discussion) |
        join\ thought-provoking | follow\ (?:us|other\ \w+\ readers) |
        share\ this\ (?:article|story|post|page) |
        share\ on\ (?:facebook|twitter|x|whatsapp|linkedin|email) |
        click\ (?:here|to)\b | recommended\ for\ you | digital\ access |
        [\w.+-]+@[\w-]+\.[\w.]+ | (?<![\w@])@\w{2,} |
        image\ source | photo\ credit | (?:audio|video)\ player | getty\ images |
        skip\ to\ (?:content|main) |
        cookie | privacy\ policy | terms\ of\ (?:use|service) | all\ rights\ reserved |
        (?:your|another|a\ (?:different|newer|modern|supported))\ (?:web\ )?browser |
        (?:improve|enhance)\ your\ experience |
        (?:enable|turn\ on)\ javascript | (?:visit|use)\ our\ (?:site|website|app)\b |
        (?:is|are)\ (?:not|no\ longer)\ supported
    )
    """,
    re.IGNORECASE | re.VERBOSE,
)

# Navigation labels ("Most popular", "Read more: …", "Related topics") are furniture only
# as a label: at the start of a short line. Inside a sentence they are ordinary words
# ("one of the most popular routers").
_NAV_LABEL = re.compile(
    r"^\W*(?:read\ (?:more|next|also)|also\ read|see\ also|"
    r"related\ (?:articles|stories|topics|content)|latest\ news|"
    r"most\ (?:read|popular|viewed)|filed\ under|advertisement|more\ on\ this\ story)\b",
    re.IGNORECASE | re.VERBOSE,
)
_LABEL_WORDS = 8

# Evidence that a sentence reports rather than asks: a figure, attributed speech, a
# quotation, or the length of narrative. Calls to action are short and carry none.
_FIGURE = re.compile(r"\d")
_ATTRIBUTION = re.compile(
    r"\b(?:said|says|told|according\ to|reported|announced|wrote|added|explained)\b",
    re.IGNORECASE | re.VERBOSE,
)
_HAS_QUOTATION = re.compile(r"“[^”]{3,}”|\"[^\"]{3,}\"|«[^»]{3,}»")
_MAX_CTA_WORDS = 25
_CAPITALISED = re.compile(r"^[A-Z][\w+’'&.\-]*$")
_LEADING_MARK = re.compile(r"^[\W_]+")

# Lines that are furniture on their own (compared after stripping punctuation, lower case).
_FURNITURE_LINES = frozenset(
    " ".join(item.split())  # the items wrap across the lines below
    for item in """comments|latest news|related articles|related stories|related topics|more
    on this story|read more|share|share this article|advertisement|most read|most popular|
    trending|filed under|topics|tags|newsletter|sign up|subscribe|follow us|you may also like|
    recommended|more from|top stories|watch|listen|print|email|menu|left menu|main menu|
    facebook|twitter|whatsapp|telegram|linkedin|reddit|pinterest|googlenews|google news|
    copy link|published|updated|connect with us""".split(
        "|"
    )
)

# A photo credit: an agency or "Photo:" label, optionally "/ Photographer", at the end,
# or a copyright line ("Copyright Omar Sanadiki/Copyright 2023 The AP. All rights
# reserved", under a Euronews picture).
# The agency must stand apart from the sentence before it ("… Kyiv. AP", "(Reuters)",
# "Novak Djokovic (Getty)", "| Getty Images"): "he told the AP." ends a reporting
# sentence, not a caption.
_CREDIT = re.compile(
    r"""(?:
        (?:^|(?<=[.!?|/—–(:]))\s*
        (?:Associated\ Press|AP\ Photo|AP|Reuters|Getty(?:\ Images)?|AFP|
           REUTERS(?=\s*/)|(?<=[/(])REUTERS|(?<=[/(]\ )REUTERS|
           AFP\ via\ Getty\ Images|EPA|EPA-EFE|Shutterstock|Bloomberg|PA\ Wire|PA\ Media|Alamy|
           Sipa|Anadolu(?:\ Agency)?|TASS|Xinhua|UPI|NurPhoto|Pool)
        (?:\s*/\s*[A-Z][\w.’'\- ]{1,40})?
        # Reuters' own page: "REUTERS/Agustin Marcarian/File Photo Acquire Licensing Rights"
        # (a story ending "… mourning. REUTERS" is the wire's, not a picture's)
        (?:\s*/\s*File\ Photo)?(?:\s+Acquire\ Licensing\ Rights)?
      | (?:[A-Z][\w.’'\-]*\s+){1,5}via\ (?:AP|Reuters|AFP|Getty\ Images|EPA|Xinhua|TASS)
        # a source's picture an agency sent ("Fulton County Sheriff's Office via AP")
      | \((?:[A-Z][\w.’'\-]*\s+){1,4}via\ [A-Z][\w.’'\- ]{1,30}\)  # "(Kremlin Pool Photo via EPA)"
      | (?:Photo|Photograph|Image|Picture|Credit)s?\s*(?:by|:)\s*[A-Z][\w.’'/\- ]{1,60}
      | (?:^|(?<=[.!?|]))\s*(?:©|Copyright)\s*(?:\d{4}\s+)?[A-Z][\w.’'/\- ]{1,60}?
        (?:\.\s*All\ rights\ reserved)?
        # the sign itself before any name, however written ("Copyright © africanews")
      | (?:^|(?<=[.!?|]))\s*(?:Copyright\s*)?©\s*(?:\d{4}\s+)?\w[\w.’'/\- ]{1,60}?
        (?:\.\s*All\ rights\ reserved)?
    )\s*(?:(?<=\w)\))?\s*\.?$""",
    re.VERBOSE,
)

# A wire caption says what the picture shows in the agencies' own set words: "In this
# handout photo provided by UK Parliament, …" (AP), "This video grab taken from handout
# footage … shows …" (AFP), "In this photo illustration, …". Reporting about a picture
# ("A video shows officers…") does not open so.
_CAPTION_OPENER = re.compile(
    r"""^\W*(?:
        In\ this\ (?:\w+\ ){0,2}(?:photo|picture|image|photograph|video|screen\ ?grab)s?\b
      | This\ (?:handout\ )?(?:photo|picture|image|photograph|video\ grab|image\ grab|
                             screen\ ?grab|frame\ grab)\ (?:taken|released|provided|obtained|
                             posted|made\ available|from|grab)\b
    )""",
    re.VERBOSE,
)
# Where each person stands in the picture, after their name ("Iranian President Ebrahim
# Raisi (L) and Foreign Minister Hossein Amir-Abdollahian (R)", "George Zimmerman (left)
# shot and killed Trayvon Martin (right)…"): a caption's convention. ("(R)" alone is a
# Republican's party, "Gov. Pat McCrory (R)".)
_PLACED = re.compile(r"\b[A-Z][\w’'-]*\s\((?:L|L-R|R-L|left|right|centre|center)\)")

# Of those, the set words no reporting sentence opens with, so that a caption run into
# the article's paragraph (inews.co.uk under a Titan picture: "TOPSHOT - (COMBO) This
# combination of pictures… A May 31, 2013, file photo of Paul-Henri Nargeolet…") is set
# aside sentence by sentence: a file or undated picture, one a source lent, AFP's combo.
_CAPTION_SENTENCE = re.compile(
    r"""^\W*(?:
        This\ combination\ of\ (?:photos|pictures|images)\b
      | TOPSHOT\b
      | An?\ (?:[\w,]+\ ){0,4}?(?:file|undated)\ (?:handout\ )?(?:photo|picture|image|photograph)\b
      | An?\ (?:\w+\ )?(?:photo|picture|image|photograph|portrait)\ courtesy\ of\b
    )""",
    re.VERBOSE,
)

# The outlet talking about itself: first person plural about journalism, or its name as
# the subject ("The Independent is…"). Only used to extend a plea block, never alone.
_SELF_PROMO = re.compile(
    r"""\b(?:
        we\ (?:need|believe|choose|know|rely|depend|can|are|will|keep|want)|
        our\ (?:reporting|journalism|journalists|reporters|readers|mission|newsroom|work|
             latest\ documentary|coverage)|
        allows\ us | helps\ us | (?:quality|independent)\ journalism | journalists? |
        reporters?\ on\ the\ ground | paywalls? | readers | donation | afford\ it |
        on\ the\ ground\ when | trusted\ by | political\ spectrum
    )\b""",
    re.IGNORECASE | re.VERBOSE,
)

# A plea opens with a reader-directed headline such as "Your support helps us…".
_PLEA_OPENER = re.compile(
    r"^(?:your\ (?:support|donation)|support\ (?:us|our)|help\ us|please\ (?:consider|donate)|"
    r"we\ need\ your|become\ a\ (?:member|supporter|subscriber)|"
    r"independent\ journalism\ needs|before\ you\ go)",
    re.IGNORECASE | re.VERBOSE,
)

_REPEATED = "repeated across this outlet's articles"
_REPEATED_LABEL = "a label the page repeats between paragraphs"
_REPEATED_WORDS = 15
_SENTENCE_PUNCT = re.compile(r"[.!?…][”’\"')\]]*$")


#: Words a line giving when the page was published is made of, besides figures and a
#: time zone ("July 10, 2022 at 18:13 JST", "Monday, July 11, 2022", "Updated: 3 pm").
_WHEN_WORDS = MONTHS | WEEKDAYS | {m[:3] for m in MONTHS | WEEKDAYS} | {"sept"}
_STAMP_WORDS = frozenset({"published", "updated", "posted"})
_DATE_WORDS = _WHEN_WORDS | _STAMP_WORDS | {"at", "on", "am", "pm", "last"}
_CLOCK = re.compile(r"\b\d{1,2}[:.]\d{2}\b")


def is_timestamp(line: str) -> bool:
    """The line says when, and nothing else: a date or a time, never a headline."""
    words = [w.strip(",.:;|()-–—") for w in line.split()]
    words = [w for w in words if any(c.isalpha() for c in w)]
    low = [w.lower().replace(".", "") for w in words]  # "a.m." is "am"
    when = any(w in _WHEN_WORDS for w in low) or bool(_CLOCK.search(line))
    return (
        when
        and any(c.isdigit() for c in line)
        and all(
            lw in _DATE_WORDS or (w.isupper() and len(w) <= 4)  # a time zone: "JST"
            for w, lw in zip(words, low, strict=True)
        )
    )


# A clip's running time after its title ("… bridge collapse site 02:12", "-- Part 1
# 02:56"): a video or audio teaser, where a time of day follows a word saying when ("at
# 10:30", "Friday, February 16, 2024 | 15:55").
_RUNNING_TIME = re.compile(r"(?:\d{1,2}:)?\d{1,2}:\d{2}")
_BEFORE_A_TIME = frozenset({"at", "by", "until", "till", "from", "to", "before", "after",
                            "around", "since", "about", "and", "or", "updated", "published"})
_TEASER_WORDS = 24  # words a clip's title runs to


def _media_teaser(line: str) -> bool:
    """The line is a clip's title and its running time, and nothing else."""
    words = line.split()
    if not 4 <= len(words) <= _TEASER_WORDS + 1 or not _RUNNING_TIME.fullmatch(words[-1]):
        return False
    before = words[-2]
    if before[-1] in ".!?:;|,)" or (before.isdigit() and len(before) == 4):
        return False  # a sentence ended, or a date: "… 2024 | 15:55", "Updated: 12:17"
    low = before.lower()
    return low not in _BEFORE_A_TIME and low not in _WHEN_WORDS and not is_timestamp(line)


def _stamped(line: str) -> bool:
    """When the page was published or updated ("Last updated: Fri 28 Oct 2022, 10:06
    AM"): the page's, where a date alone may be the article's ("29 November 2018 | 20
    January 2019", an exhibition's dates)."""
    if is_timestamp(line):
        return any(w.strip(",.:;|()").lower() in _STAMP_WORDS for w in line.split())
    # a publisher's name and the date, set apart by dashes or bars ("- The Washington
    # Times - Thursday, August 24, 2023")
    parts = [p.strip() for p in _STAMP_SEPARATOR.split(line) if p.strip()]
    return len(parts) == 2 and is_timestamp(parts[1]) and _publisher(parts[0])


_STAMP_SEPARATOR = re.compile(r"\s[-–—|]\s|^\s*[-–—|]\s")
_PUBLISHER_WORDS = 5  # words of a publisher's name before its date


def _publisher(name: str) -> bool:
    """A name in title case, as a publisher's is ("The Washington Times")."""
    words = name.split()
    return 0 < len(words) <= _PUBLISHER_WORDS and all(
        w[:1].isupper() or w.lower() in {"the", "of", "and"} for w in words
    ) and words[0][:1].isupper()


def _own_address(line: str, outlet: str) -> bool:
    """The line is a web address on the outlet's own site (a page printing its link,
    whose slug words would match other outlets' headlines); an address elsewhere is a
    source the article cites, which its reader may want. (Not
    :func:`app.ingest.metadata.echoes_site`: importing the loader's package from here,
    a stage it builds on, would be circular.)"""
    m = _ADDRESS_LINE.fullmatch(line)
    if m is None or not outlet:
        return False
    host, site = m.group(1).lower(), outlet.lower().removeprefix("www.")
    return site in host or host.removeprefix("www.") in site


def _unmarked(s: str) -> str:
    """``s`` without HTML tags left in the text ("<a href=\"https://…/d_GzNlH2WEM\">"):
    their attributes are no quotation and their digits no figure."""
    return _MARKUP.sub(" ", s) if "<" in s or "{{" in s else s


def _unquoted(s: str) -> str:
    return _QUOTED.sub(" ", _unmarked(s))


def _is_call_to_action(s: str) -> bool:
    return bool(_CALL_TO_ACTION.search(_unquoted(s)))


# The desk's note on a story still being written ("This is a developing story and will be
# updated.", "Check back for possible updates"): about the page, not the event, and the
# same words in every outlet, so two outlets' notes would be a fact they share.
_DEVELOPING = re.compile(
    r"""^\W*(?:this\ is\ a\ (?:developing|breaking)(?:\ news)?\ story
         |this\ (?:news\ )?story\ is\ (?:developing|still\ developing)
         |check\ back\ (?:later\ |soon\ )?for\ (?:possible\ |more\ |further\ )?updates)
       (?:\ and\ will\ be\ updated)?\W*$""",
    re.IGNORECASE | re.VERBOSE,
)


def _twin(alt: str, caption: str) -> bool:
    """``alt`` is ``caption`` without its credit: a picture's text printed twice."""
    alt = alt.strip()
    return len(alt) >= _TWIN_CHARS and caption.strip().startswith(alt)


_TWIN_CHARS = 20  # a line this long repeated at a caption's start is its alt text


# A line pointing at the page's embedded clip ("Watch the full interview below:"): the
# player is gone from the saved text, and the line reports nothing.
_EMBED_POINTER = re.compile(
    r"""^\W*(?:watch|listen\ to|see)\ (?:the\ |his\ |her\ |their\ )?(?:full\ |entire\ )?
        (?:interview|video|clip|speech|remarks|exchange|segment|conversation)
        (?:\ below|\ above|\ here)\W*$""",
    re.IGNORECASE | re.VERBOSE,
)


#: Who wrote the article ("By Adrienne Vogt, Aditi Sangal and Meg Wagner, CNN"), as a
#: line opens with it (also how :mod:`app.ingest.plaintext` tells a byline from a title).
BYLINE = re.compile(r"By:?\s+(?:[A-Z][\w.’'-]*\s+){1,3}?[A-Z][\w.’'-]*(?:,|\s+and\b|\s*$)")


def _is_byline(line: str) -> bool:
    """The line names its authors and nothing else: names, commas and "and" ("By
    Tuesday Afternoon, the storm had passed" goes on as a sentence). On a line of its
    own it is the page's credit, not the report, and no fact two outlets share."""
    return BYLINE.match(line.strip()) is not None and all(
        w[:1].isupper() or w in {"and", "&"} for w in line.split()[1:]
    )


def _is_furniture_line(s: str) -> bool:
    bare = re.sub(r"[^\w ]+", "", s).strip().lower()
    return (
        bare in _FURNITURE_LINES
        or _DEVELOPING.match(s) is not None
        or _EMBED_POINTER.match(s) is not None
    )


# A page's widgets printed as lines of their own: a reading time ("3 Min Read", "·3-min
# read"), a weather reading ("26.3 C"), an image's file name ("libya 5-1694694102370":
# a millisecond clock in it).
_READING_TIME = re.compile(r"\W*\d+\s*-?\s*min(?:ute)?s?\.?\s+read\W*", re.IGNORECASE)
_WEATHER = re.compile(r"\W*-?\d{1,2}(?:[.,]\d)?\s*°?\s*[CF]\W*")
_FILE_NAME = re.compile(r"\S*\d{10,}\S*")
_FILE_NAME_WORDS = 4
_YEAR = re.compile(r"\b(?:19|20)\d{2}\b")


_WIDGET = "page widget (a date, a reading time, the weather, a file name)"


def _is_widget(line: str) -> bool:
    """A line of a page's widget, not of the article: a reading time, a weather
    reading, an image's file name, or a date alone."""
    line = line.strip()
    return bool(
        _READING_TIME.fullmatch(line)
        or _WEATHER.fullmatch(line)
        or (len(line.split()) <= _FILE_NAME_WORDS and _FILE_NAME.search(line))
        # one date (a page's date, an entry's stamp); times alone or two dates are a
        # listing's ("9.30 A.M. / 7.00 P.M.", "29 November 2018 | 20 January 2019")
        or (is_timestamp(line) and len(_YEAR.findall(line)) == 1)
    )


def _is_nav_label(s: str) -> bool:
    """A label alone ("Most popular"), or one that introduces a link ("READ MORE: …")."""
    m = _NAV_LABEL.search(s)
    if not m:
        return False
    return len(s.split()) <= _LABEL_WORDS or s[m.end() :].lstrip().startswith(":")


def _is_short_unpunctuated(s: str) -> bool:
    return len(s.split()) <= 12 and not _SENTENCE_PUNCT.search(s)


def _names(s: str) -> set[str]:
    """Capitalised words inside a sentence (not its first word), folded.

    A title-case line ("Share on Facebook", "All Rights Reserved") is a label, not a
    sentence naming someone, so it has no names here.
    """
    words = [w.strip(",;:()[]\"“”‘’'!?.") for w in _LEADING_MARK.sub("", _unquoted(s)).split()]
    words = [w for w in words if w]
    caps = [w for w in words[1:] if _CAPITALISED.match(w) and w != "I" and not w.startswith("I’")]
    if len(caps) * 2 >= len(words):
        return set()
    return {w.casefold() for w in caps}


def _reports(s: str, reported_names: set[str]) -> bool:
    """True when the sentence carries evidence of reporting (see ``_FIGURE`` above).

    A name counts when the article's reporting names it elsewhere: "Sign up for the
    Disney+ bundle using your Hulu account" names companies the article is about, while
    "Subscribe to Independent Premium" names a product only the calls to action mention.
    """
    bare = _unquoted(s)
    return bool(
        _FIGURE.search(bare)
        or _ATTRIBUTION.search(bare)
        or _HAS_QUOTATION.search(_unmarked(s))
        or len(s.split()) > _MAX_CTA_WORDS
        or _names(s) & reported_names
    )


def detect(
    text: str,
    paragraphs: tuple[Span, ...],
    sentences: tuple[Span, ...],
    outlet: str = "",
) -> tuple[Boilerplate, ...]:
    """Boilerplate spans (whole paragraphs or single sentences), in text order.

    A sentence that merely mentions subscriptions, sign-ups or sharing is flagged only
    when it stands apart (nothing else in its paragraph reports) and carries no
    evidence of reporting: a false flag hides news from every comparison, a missed flag
    costs at most a stray match, so doubt keeps the text. ``outlet`` (when known) lets the
    outlet's own name count as self-promotion rather than as a name in the news.
    """
    by_para: list[list[Span]] = [[] for _ in paragraphs]
    pi = 0
    for s in sentences:
        while pi < len(paragraphs) and paragraphs[pi].end <= s.start:
            pi += 1
        if pi < len(paragraphs):
            by_para[pi].append(s)

    reasons: dict[Span, str] = {}
    candidates: list[tuple[Span, list[Span]]] = []
    in_plea = False
    last: Span | None = None  # the paragraph before, as a caption's twin (see below)
    for para, sents in zip(paragraphs, by_para, strict=True):
        ptext = para.slice(text)
        before, last = last, para
        if (
            _CREDIT.search(ptext)
            or _CAPTION_OPENER.match(ptext)
            or _CAPTION_SENTENCE.match(ptext)
            or _PLACED.search(ptext)
        ) and len(sents) <= 3:
            reasons[para] = _CAPTION
            in_plea = False
            if before is not None and _twin(before.slice(text), ptext):
                # the picture's alt text over its caption (CNN: the caption's words, then
                # the same words and "(Andrew Harnik/AP)"): the same caption
                for k in [k for k in reasons if before.start <= k.start and k.end <= before.end]:
                    del reasons[k]
                candidates = [c for c in candidates if not before.start <= c[0].start < before.end]
                reasons[before] = _CAPTION
            continue
        if _own_address(ptext, outlet):
            reasons[para] = _ADDRESS
            continue
        for s in sents or [para]:
            stext = s.slice(text)
            if _PLEA_OPENER.search(stext):
                in_plea = True
                reasons[s] = "donation or subscription plea"
            elif in_plea and (_SELF_PROMO.search(_unquoted(stext)) or _is_call_to_action(stext)):
                reasons[s] = "donation or subscription plea"
            else:
                in_plea = False
                if _is_furniture_line(stext) or _is_nav_label(stext) or _stamped(stext):
                    reasons[s] = "page furniture"
                elif _is_byline(stext) and stext.strip() == ptext.strip():
                    reasons[s] = "byline"
                elif _CAPTION_SENTENCE.match(stext):
                    reasons[s] = _CAPTION
                elif _media_teaser(line := stext.strip()) and line == ptext.strip():
                    reasons[s] = "video or audio teaser"
                elif _MARKUP.search(stext) and not _WORD.search(_unmarked(stext)):
                    reasons[s] = _EMBED  # "<tweet tweet-id=…><tweet/>.": an empty embed
                elif _is_widget(stext) and stext.strip() == ptext.strip():
                    reasons[s] = _WIDGET
                elif _is_call_to_action(stext):
                    candidates.append((s, sents or [para]))

    # Names the article's own reporting uses (not the outlet's, not only its pleas).
    own = {w.casefold() for w in re.findall(r"\w+", outlet)}
    pending = {s for s, _ in candidates}
    reported = _names_of(text, (s for s in sentences if s not in reasons and s not in pending))
    reported -= own
    evident = {s for s, _ in candidates if _reports(s.slice(text), reported)}
    for s, sents in candidates:
        # Standing apart: nothing else in its paragraph reports (a call to action shares
        # its paragraph only with other calls to action or a few words, "Here’s why.").
        apart = all(
            (p in pending and p not in evident) or len(p.slice(text).split()) <= _LABEL_WORDS - 2
            for p in sents
        )
        if s in evident:
            continue
        if apart:
            reasons[s] = "call to action (subscribe, comment, sign in, share)"
        elif _MARKUP.search(s.slice(text)):
            # a link the page left as markup ("<a href=…>Click here to view this
            # embed</a>."): the tags say it is the page's, whatever stands beside it
            reasons[s] = _EMBED

    # A label the page repeats between paragraphs, introducing what it did not show
    # ("Glasgow Times:" four times around embedded posts), or a rule of marks ("___"):
    # an article never repeats a paragraph like that. (Not any short repeated line: "-
    # Sanders." after each quote of a fact-check says who said it.)
    normalised = [_normalise(p.slice(text)) for p in paragraphs]
    said = Counter(normalised)
    for para, sents, key in zip(paragraphs, by_para, normalised, strict=True):
        ptext = para.slice(text).strip()
        if (
            said[key] > 1
            and len(ptext.split()) <= _LABEL_WORDS - 2
            and (ptext.endswith(":") or not _LETTER.search(ptext))
            and not _reports(ptext, reported)
        ):
            for p in sents or [para]:
                reasons.setdefault(p, _REPEATED_LABEL)

    _extend_tail(text, paragraphs, by_para, reasons)
    _absorb_paragraphs(paragraphs, by_para, reasons, text)
    spans = sorted(reasons)
    return tuple(Boilerplate(sp.start, sp.end, reasons[sp]) for sp in spans)


def _extend_tail(
    text: str,
    paragraphs: tuple[Span, ...],
    by_para: list[list[Span]],
    reasons: dict[Span, str],
) -> None:
    """After the first call to action in the last paragraphs, short lines go with it.

    Only after some reporting: a banner above a short page ("IE 11 is not supported…")
    opens no tail, and the headline and lines under it stay the article's."""
    tail_start = max(0, len(paragraphs) - 8)
    reported = any(
        not _is_short_unpunctuated(s.slice(text)) and s not in reasons
        for i in range(tail_start)
        for s in by_para[i] or [paragraphs[i]]
    )
    seen = False
    for i in range(tail_start, len(paragraphs)):
        sents = by_para[i] or [paragraphs[i]]
        why = [reasons.get(s, reasons.get(paragraphs[i])) for s in sents]
        # a caption stands among the paragraphs ("Photo: AP"), and a live report's
        # times between its entries: they end nothing
        if reported and any(r is not None and r not in (_CAPTION, _WIDGET) for r in why):
            seen = True
        reported = reported or not all(
            r is not None or _is_short_unpunctuated(s.slice(text))
            for r, s in zip(why, sents, strict=True)
        )
        if not seen:
            continue
        for s in sents:
            if s not in reasons and _is_short_unpunctuated(s.slice(text)):
                reasons[s] = "page furniture at the end of the article"


def _absorb_paragraphs(
    paragraphs: tuple[Span, ...],
    by_para: list[list[Span]],
    reasons: dict[Span, str],
    text: str,
) -> None:
    """A paragraph at least half made of flagged sentences, the rest short, is furniture
    as a whole ("IE 11 is not supported. For an optimal experience visit our site…").

    "Only subscribers are eligible to post comments. Please subscribe… Here's why." — the
    last sentence has no keyword but belongs to its paragraph.
    """
    for para, sents in zip(paragraphs, by_para, strict=True):
        if para in reasons or len(sents) < 2:
            continue
        flagged = [s for s in sents if s in reasons]
        rest = [s for s in sents if s not in reasons]
        if len(flagged) * 2 >= len(sents) and all(
            len(s.slice(text).split()) <= 6 for s in rest
        ):
            reason = Counter(reasons[s] for s in flagged).most_common(1)[0][0]
            for s in flagged:
                del reasons[s]
            reasons[para] = reason


def _normalise(s: str) -> str:
    return " ".join(s.lower().split())


def flag_repeated(documents: Sequence[Document]) -> list[Document]:
    """Flag paragraphs repeated across at least two articles of the same outlet.

    Only short paragraphs (at most 15 words) and never an article's first paragraph
    (its headline) count: site furniture is short. And only what is repeated across
    two *different* stories of the outlet, and carries no evidence of reporting (see
    :func:`_reports`): an outlet's two versions of one story (they share a long
    paragraph word for word) share their one-sentence paragraphs too, quotes and facts
    ("“The Academy condemns the actions of Mr Smith,” said the organisation"), and
    comparing the versions is how a journalist sees what the outlet changed; two of its
    stories may repeat a line of background ("Twitter was bought for $44 billion last
    year"), which is still news.
    """
    by_outlet: dict[str, list[int]] = defaultdict(list)
    for i, d in enumerate(documents):
        if d.outlet.strip():
            by_outlet[d.outlet.strip().lower()].append(i)

    extra: dict[int, list[Boilerplate]] = defaultdict(list)
    for members in by_outlet.values():
        if len(members) < 2:
            continue
        seen_in: dict[str, set[int]] = defaultdict(set)
        long_in: dict[str, set[int]] = defaultdict(set)
        for i in members:
            d = documents[i]
            for p in d.paragraphs[1:]:
                words = p.slice(d.text).split()
                if 0 < len(words) <= _REPEATED_WORDS:
                    seen_in[_normalise(p.slice(d.text))].add(i)
                elif words:
                    long_in[_normalise(p.slice(d.text))].add(i)
        versions = {
            (i, j) for docs in long_in.values() for i in docs for j in docs if i != j
        }
        for i in members:
            d = documents[i]
            repeated = [
                p
                for p in d.paragraphs[1:]
                if not d.is_boilerplate(p)
                # not once only, nor only in versions of this story
                and not all(
                    (i, j) in versions
                    for j in seen_in.get(_normalise(p.slice(d.text)), set()) - {i}
                )
            ]
            if not repeated:
                continue
            reported = _reported_names(d, repeated)
            extra[i] += [
                Boilerplate(p.start, p.end, _REPEATED)
                for p in repeated
                if not _reports(p.slice(d.text), reported)
            ]

    out = list(documents)
    for i, flags in extra.items():
        merged = tuple(sorted((*out[i].boilerplate, *flags), key=lambda b: (b.start, b.end)))
        out[i] = dataclasses.replace(out[i], boilerplate=merged)
    return out


def _reported_names(doc: Document, suspects: Sequence[Span]) -> set[str]:
    """The names the article's own reporting uses: its sentences neither set aside nor
    inside the ``suspects`` (a footer's "Example Media Group" is not reporting)."""
    return _names_of(
        doc.text,
        (
            s
            for s in doc.sentences
            if not doc.is_boilerplate(s) and not any(p.start <= s.start < p.end for p in suspects)
        ),
    )


def _names_of(text: str, sentences: Iterable[Span]) -> set[str]:
    """The names (:func:`_names`) of these sentences of ``text``."""
    return {name for s in sentences for name in _names(s.slice(text))}
