"""The vocabulary of news attribution: cue verbs, titles, roles and the words around names.

Kept apart from the rules that use it (:mod:`app.quotes.people`,
:mod:`app.quotes.attribution`) because it is data: the lists grow as copy from new
outlets shows a verb or a title they miss, and reading them should not mean reading
the rules.
"""

from __future__ import annotations

from app.text.vocabulary import CARDINALS, MONTHS, WEEKDAYS

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
        "found",
        "finds",
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
        # The participles of the verbs above that set a quote off after a clause ("…
        # condemned the performance, stating, “…”", "…, responding that he’s “…”"); not
        # those that as often describe a noun ("promising", "demanding", "continuing", "a
        # report suggesting").
        "responding", "replying", "arguing", "insisting", "claiming", "declaring",
        "stating", "answering", "acknowledging", "admitting", "announcing", "asserting",
        "complaining", "conceding", "confirming", "denying", "emphasising", "emphasizing",
        "lamenting", "observing", "reiterating", "stressing", "urging",
        "vowing", "recalling", "quipping", "joking", "exclaiming", "cautioning",
        "countering", "contending", "boasting", "remarking", "retorting",
    ]
)
# Cue words that are also nouns: after a determiner ("his own notes", "the claims",
# "her posts") they name a thing, not an act of speaking.
DETERMINERS = frozenset(
    ["the", "a", "an", "his", "her", "their", "its", "our", "my", "your", "own", "these",
     "those", "this", "whose", "such", "new", "latest", "several", "many"]
)
CUE_OBJECTS = frozenset(
    ["reporters", "journalists", "the", "a", "an", "us", "them", "him", "her", "me"]
)
PRONOUNS = {"he": "m", "she": "f", "they": "p", "i": "1", "we": "p"}
POSSESSIVE = {"his": "m", "her": "f", "him": "m", "their": "p"}
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
        # honorifics of South Asia, West Africa and the Gulf ("Shri Narendra Modi",
        # "Alhaji Atiku Abubakar", "Sheikh Hasina"), and of parliaments ("Hon.")
        "shri",
        "sri",
        "smt",
        "alhaji",
        "alhaja",
        "sheikh",
        "hon",
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
        "undersecretary",
        "treasurer",
        "secretary-general",  # of the UN, NATO…
        "director-general",  # of the WHO, the BBC…
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
        "taoiseach",  # Ireland's prime minister and deputy ("Tánaiste Micheál Martin")
        "tánaiste",
        "tanaiste",
        "commissioner",
        "coordinator",
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
        # Business and parliamentary titles ("fired CEO Sam Altman", "Labour MP Jess
        # Phillips", "Chief Executive Tim Cook", "co-founder Greg Brockman").
        "ceo", "cfo", "cto", "coo", "executive", "founder", "co-founder", "cofounder", "mp",
        "mep", "pm", "administrator",  # "the PM said", "Nasa Administrator Bill Nelson"
        # Abbreviated titles the name scanner keeps with their period ("Sens. Rand Paul
        # and Mike Lee"), less those that are also names in capitals ("RT", "DET").
        "amb", "atty", "brig", "cdr", "cmdr", "comdr", "cpl", "drs", "fr", "gens", "govs",
        "insp", "maj", "messrs", "mmes", "msgr", "pfc", "pres", "profs", "pvt", "reps",
        "revd", "sens", "supt",
    ]
)
FEMALE_TITLES = frozenset(
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
MALE_TITLES = frozenset(
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
# Honorifics: always followed by the name of the one they honour ("Mr. King").
HONORIFICS = frozenset({"mr", "mrs", "ms", "miss", "dr"})
# Capitalised words that start a sentence or name a day or month, not a person.
COMMON_CAPS = frozenset(
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
        # conjunctions and prepositions that open a sentence before a name ("Once
        # Shonibare reached the street…", "Amid the rubble, …")
        "once",
        "whether",
        "upon",
        "amid",
        "without",
        "within",
        "through",
        "throughout",
        "against",
        "between",
        "across",
        "toward",
        "towards",
        "beyond",
        "following",
        # a picture's labels ("Image Credit: AP", "Photo: AFP"), never a name's words
        "image",
        "photo",
        "picture",
        "credit",
        "caption",
    ]
) | WEEKDAYS | MONTHS

# What a person writes or says, owned: "her statement read", "his letter said" is the
# owner speaking (a closed class of English nouns, not of any outlet's habits).
UTTERANCES = frozenset(
    ["statement", "letter", "tweet", "post", "message", "speech", "remarks", "note",
     "email", "memo", "announcement", "video", "op-ed", "column", "blog", "website",
     "report", "release"]
)
#: Nouns that describe an organisation the article names ("the company said", "its
#: board"): :mod:`app.quotes.speakers` reads them as that body.
INSTITUTIONS = frozenset(
    ["company", "firm", "board", "organisation", "organization", "group", "agency",
     "academy", "committee", "council", "commission", "club", "league", "union", "network",
     "startup", "start-up", "corporation", "bank", "foundation", "institute", "association",
     "federation", "studio", "charity", "regulator", "broadcaster", "ministry", "department",
     # the state's bodies ("the Russian prison service said", "the embassy said")
     "service", "office", "government", "administration", "embassy", "court", "police",
     "army", "military", "parliament", "palace",
     # the press ("Iranian state television said", "the newspaper reported")
     "television", "tv", "radio", "newspaper", "channel"]
)
#: Heads of descriptions that name a body or a document, never a person ("the company",
#: "the statement").
IMPERSONAL_HEADS = INSTITUTIONS | UTTERANCES
#: Of those, the parts of a body that speak for it ("OpenAI's board said").
PARTS_OF_BODIES = frozenset(["board"])
ORG_WORDS = frozenset(
    [
        # places named as a name is ("Windsor Castle", "Red Square", "Key Bridge")
        "castle",
        "square",
        "bridge",
        "airport",
        "hospital",
        "prison",
        "stadium",
        "arena",
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
        "academy",
        "association",
        "society",
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
        # carriers named as a name is ("Jeju Air", "Norfolk Southern Railway")
        "air",
        "airline",
        "airlines",
        "airways",
        "railway",
        "railways",
        "railroad",
        # gatherings named as bodies are ("the Democratic National Convention")
        "convention",
        "conference",
        "summit",
        # weather named as people are ("Storm Daniel", "Hurricane Otis")
        "storm",
        "hurricane",
        "typhoon",
        "cyclone",
        "city",
        "county",
        "co",  # "Kells, Co Meath", "Ford Motor Co": a county or a company, no one
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
DESCRIPTORS = frozenset(
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
PARTICLES = frozenset(
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
SUFFIXES = frozenset(["jr", "jr.", "sr", "sr.", "ii", "iii", "iv"])
ROLE_SYNONYMS = [
    {"reporter", "correspondent", "journalist"},
    {"spokesman", "spokeswoman", "spokesperson"},
    {"senator", "sen"},
    {"representative", "rep", "congressman", "congresswoman", "lawmaker"},
    {"governor", "gov"},
    {"candidate", "nominee"},
    {"aide", "adviser", "advisor"},
    {"pm", "premier", "prime"},  # "the PM" is whoever the article calls "Prime Minister"
]


def role_synonyms(head: str) -> set[str]:
    """``head`` (a lower-case role word) and the words that name the same role."""
    return next((group for group in ROLE_SYNONYMS if head in group), {head})

# Verbs that frame a partial quote woven into the reporter's clause: “Trump called the
# plan “an absolute disgrace””, “she accused him of “lying””. Not cues for a free-standing
# quote (“He called. “We are…”” is no attribution), so they count only for woven quotes.
WOVEN_CUES = frozenset(
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
TIME_WORDS = frozenset(
    ["former", "then", "late", "outgoing", "incoming", "longtime", "acting", "retired", "now"]
)
SWEPT_UP = frozenset(
    ["himself", "herself", "themselves", "itself", "is", "was", "has", "had", "often",
     "also", "again", "once", "still", "even", "quoted", "later", "now", "then"]
)
# Before a cue verb these make it no act of speaking by the clause's subject: "if asked",
# "when asked", "was told".
NOT_SPEAKING = frozenset(
    ["if", "when", "unless", "once", "being", "was", "were", "is", "are", "be", "been"]
)
# Cue verbs whose next name is the one spoken to ("telling Reuters"), never the speaker.
TAKES_OBJECT = frozenset(
    ["told", "tells", "telling", "tell", "asked", "asks", "asking", "urged", "urges",
     "warned", "warns", "warning", "assured", "assures", "thanked", "scolded"]
)
# Words opening a subordinate clause of time or reason: a verb of saying inside one
# ("…, after de Blasio stated an interest in ending business with Trump.") tells what
# happened, and does not attribute a quote further on.
SUBORDINATORS = frozenset(
    ["after", "before", "since", "until", "because", "although", "though", "whereas"]
)
# Prepositions and conjunctions (a closed class) that may open a sentence and are no
# one's name ("From" is: Al From; "It" is a pronoun), nor in app.text.vocabulary.STOPWORDS.
CLAUSE_OPENERS = frozenset(
    "amid amidst among amongst despite following since although though unless whereas "
    "upon within without throughout toward towards via beyond across along around behind "
    "beneath beside besides inside outside underneath near onto past".split()
)
STOP_AFTER_CUE = frozenset(
    ["in", "on", "at", "to", "that", "who", "which", "as", "when", "while", "after", "before"]
)


WHEN_ADVERBS = frozenset(["today", "yesterday", "tonight", "earlier", "later"])
WHEN = WEEKDAYS | MONTHS | WHEN_ADVERBS
# When, between a subject and its verb ("Benjamin Netanyahu last night said"): swept up
# too (with SWEPT_UP), written in lower case ("India Today" is a name).
SWEPT_UP_WHEN = WHEN_ADVERBS | {"last"}
# Lower-case words a title runs on over before a name ("Ambassador to Israel", "Minister
# of State for Europe", "Secretary-General of the United Nations").
TITLE_LINKS = frozenset({"to", "of", "for", "the", "and"})
NOT_IN_NAME = frozenset(
    ["to", "before", "after", "and", "but", "or", "in", "on", "at", "with", "by", "for",
     "from", "as", "that", "who", "which", "when", "while", "if", "because", "then", "of",
     "also", "has", "had", "was", "is", "will", "would"]
)

# Words that mark quoted words as someone speaking for themselves ("I", "we", "you").
FIRST_SECOND_PERSON = frozenset(
    [
        "i", "we", "you", "my", "our", "us", "me", "your",
        "i’m", "i'm", "we’re", "we're", "you’re", "you're", "i’ve", "i've",
        "we’ve", "we've", "i’ll", "i'll", "we’ll", "we'll", "mine", "ours",
        "myself", "ourselves",
    ]
)

# Words before an opening mark that name or label rather than report speech
# ("dubbed it “…”", "described as “…”").
NAMING_WORDS = frozenset(
    [
        "called", "calls", "call", "calling", "dubbed", "dubs", "labeled", "labelled",
        "labels", "titled", "entitled", "named", "nicknamed", "branded", "brands", "termed",
        "terms", "deemed", "describes", "described", "describing", "as",
    ]
)

# Function words before an opening mark: the quote sits inside the reporter's phrase.
QUOTE_LEAD_FUNCTION_WORDS = frozenset(
    [
        "the", "a", "an", "of", "in", "on", "for", "to",
        "with", "about", "by", "from", "at", "into", "and", "or",
        "his", "her", "their", "its", "this", "these", "so-called", "was",
        "is", "be", "been", "are", "were", "not", "more", "most",
    ]
)

# Cue verbs that say the last speaker goes on ("…,” she continued / he added).
GOES_ON = frozenset({"continued", "continues", "added", "adds", "went"})
# Words before a name that make it the one spoken to or about, not the speaker
# ("apologised to Rock", "with husband Hugh O'Leary").
PREPOSITIONS = frozenset({"to", "with", "at", "by", "for", "from", "against", "about", "on"})
# Verbs right after a name that show it acting ("Smith has…", "Ardern said…").
AUXILIARIES = frozenset({"has", "had", "is", "was", "will", "would", "says", "said", "told"})

# The articles: a role phrase starts with one ("the reporter"), a name does not.
ARTICLES = frozenset({"the", "a", "an"})
INDEFINITE_ARTICLES = frozenset({"a", "an"})  # someone new and unnamed ("A spokesman said")


def counted(low: list[str]) -> bool:
    """The lower-case words open with a count ("63 percent said", "the two officials
    told"): several people, someone new and none of them one the article gave the role
    (not an ordinal: "the first lady", "the second official" are one person each)."""
    if low[:1] and low[0] in ARTICLES:
        low = low[1:]
    if not low:
        return False
    return low[0][:1].isdigit() or (low[0] in CARDINALS and low[0] not in {"zero", "one"})


# The first words of attributing words that name no one: a noun phrase ("the letter",
# "one Democratic source", "their statement") or a pronoun ("she", "it", "they").
UNNAMED_OPENERS = (
    ARTICLES | DETERMINERS | {"one", "another", "it", "he", "she", "they", "we", "i"}
)
# Words between a subject and its cue verb that are not part of the subject: "Trump
# also said", "Psaki has repeatedly said", "Beck flatly denied".
# (and any adverb in -ly: "reportedly", "publicly"; app.quotes.people.is_adverb)
BEFORE_CUE = frozenset(
    [
        "then", "also", "later", "earlier", "once", "has", "had", "have", "would", "will",
        "was", "is", "again", "further", "just", "did", "does",
    ]
)
# First words of a few quoted words that make them a clause of their own, not a scare
# quote (“I don’t know”, “let them”).
CLAUSE_START = frozenset(
    [
        "i", "we", "you", "he", "she", "they", "it", "this", "that", "there", "these",
        "those", "i’m", "i'm", "we’re", "we're", "it’s", "it's", "don’t", "don't", "let",
    ]
)
# Cue verbs right before an opening mark: the quote stands as someone's words (“…said
# “We are…”), not woven into the reporter's own clause (“planned to “encircle…”").
FRAME_WORDS = frozenset(
    [
        "said", "says", "say", "saying", "added", "adds", "told", "tells", "wrote",
        "writes", "tweeted", "asked", "asks", "replied", "continued", "declared", "stated",
        "posted", "explained", "noted", "warned", "insisted", "argued", "answered",
        "responded", "remarked", "exclaimed", "shouted", "yelled", "reads", "read",
        "chanted", "began",
    ]
)
# Lower-case words that may follow a closing mark without the quote being part of the
# reporter's sentence: the attribution that follows it ("…,” he said / said Mr. X).
ATTRIBUTION_START = frozenset(["he", "she", "they", "we", "i", "it", "according"]) | ARTICLES
