"""Metadata a journalist can cite: a headline, people's names, the publication's own name.

Extractors return what a page says about itself, and pages say odd things: the site's
name as the title, "Phil Helsel is a reporter" or "Admin" as the author, a copyright
line or a sub-domain ("Hosted") as the site. The report cites these fields, so each is
checked against evidence from the same page — chiefly the site's own web address:
- the outlet is what the publisher declares (site name, publisher in structured data)
  when that reads as a name, else the part of the page title that echoes the web
  address, else the address itself; never a copyright line or a tagline;
- the title is the headline with the site's name cut off ("Headline | Site");
- the author is people only: roles, dates, agencies, the site's own name, handles and
  credentials are removed, and what is left must look like a person's name.
Everything stays editable by the user; this only decides what is shown first.
"""

from __future__ import annotations

import re
import unicodedata
from urllib.parse import urlsplit

# Separators sites put between a headline and their name: "Headline | Site",
# "Headline - Site", "Site: Headline" is rarer and not cut (it is often a rubric).
_TITLE_SEGMENTS = re.compile(r"\s+[|–—-]\s+|\s*\|\s*|\s+::\s+")
_SECOND_LEVEL = frozenset({"co", "com", "org", "net", "gov", "ac", "edu", "ne", "or", "go"})
_GENERIC_LABELS = frozenset({"www", "m", "mobile", "amp", "blog", "blogs", "news", "edition"})

_DECLINED = re.compile(r"©|\(c\)|copyright|all rights reserved|\b(?:19|20)\d\d\b", re.I)
_TAGLINE_WORDS = 4

# Author cleaning. Roles and agencies are vocabulary of bylines, not of any one outlet.
_BY = re.compile(
    r"^(?:(?:analysis|commentary|opinion|story|text|words|photos?|video|report(?:ing)?)\s+)?"
    r"by\s+",
    re.IGNORECASE,
)
_IS_A = re.compile(r"\s+(?:is|was)\s+(?:a|an|the|our)\b.*$", re.IGNORECASE)
_ROLE = re.compile(
    r"\b(?:writer|editor|editors|editorial|reporter|correspondent|columnist|contributor|"
    r"contributing|staff|desk|team|admin|administrator|webmaster|wire|services?|"
    r"newsroom|bureau|editor-at-large|producer|guest|author)\b",
    re.IGNORECASE,
)
_AGENCY = re.compile(
    r"\b(?:the\s+)?(?:associated\s+press|reuters|agence\s+france[- ]presse|afp|ap|dpa|"
    r"upi|press\s+association|bloomberg(?:\s+news)?)\s*$",
    re.IGNORECASE,
)
# Dates glued to a byline's end ("Malcolm Owen Monday", "Published"): only trailing
# words go, so a person called June or May keeps her name.
_TRAILING_DATE = re.compile(
    r"(?:^|\s+)(?:published|updated|posted|monday|tuesday|wednesday|thursday|friday|"
    r"saturday|sunday|january|february|march|april|may|june|july|august|september|"
    r"october|november|december)\.?$",
    re.IGNORECASE,
)
_AUTHOR_SPLIT = re.compile(r"\s*(?:;|,|\||&|\band\b|\bund\b|\bet\b|\by\b)\s*")
_PARTICLES = frozenset(
    {"de", "da", "do", "dos", "das", "del", "della", "di", "du", "la", "le", "van", "von",
     "der", "den", "ter", "bin", "al", "el", "y", "e"}
)
_MAX_NAME_WORDS = 5


def fold(s: str) -> str:
    """Letters and digits only, accents removed, lower case: for comparing names."""
    decomposed = unicodedata.normalize("NFKD", s)
    bare = "".join(c for c in decomposed if not unicodedata.combining(c))
    return re.sub(r"[\W_]+", "", bare.casefold())


def host_of(url: str) -> str:
    """The web address's host without "www.", or "" when there is none."""
    try:
        host = urlsplit(url).hostname or ""
    except ValueError:
        return ""
    return host.removeprefix("www.")


def site_label(host: str) -> str:
    """The host's distinctive label: washingtonpost for www.washingtonpost.com,
    bbc for bbc.co.uk, ap for hosted.ap.org (the sub-domain is not the publisher)."""
    parts = [p for p in host.lower().split(".") if p]
    if len(parts) < 2:
        return parts[0] if parts else ""
    parts = parts[:-1]  # the top-level domain
    if len(parts) > 1 and parts[-1] in _SECOND_LEVEL:
        parts = parts[:-1]
    while len(parts) > 1 and parts[-1] in _GENERIC_LABELS:
        parts = parts[:-1]
    return parts[-1]


def echoes_site(text: str, host: str) -> bool:
    """Does a short text name the site of ``host`` (its letters contain or are in the label)?"""
    label = fold(site_label(host))
    q = fold(text)
    if len(label) < 2 or not q or len(text.split()) > _TAGLINE_WORDS + 1:
        return False
    return label in q or (len(q) >= 3 and q in label)


def _reads_as_name(name: str) -> bool:
    """A publication's name: short, starts with a capital (or a non-Latin letter),
    no copyright line, not a sentence-like tagline."""
    words = name.split()
    if not words or len(name) > 60 or _DECLINED.search(name) or name.startswith("@"):
        return False
    first = words[0][0]
    if first.isalpha() and first.isascii() and not first.isupper():
        return False
    lower = [w for w in words[1:] if w[0].isalpha() and w[0].islower()]
    return len(words) <= _TAGLINE_WORDS and len(lower) <= 1 and not (lower and len(words) > 2)


def outlet(declared: list[str], titles: list[str], url: str, fallback: str) -> str:
    """The publication's name, from the best evidence the page gives (module docstring).

    With a web address, a name that echoes it wins: a declared one (the segment that
    names the site when a tagline is bundled in, "LinkNaija | Nigeria's popular news
    platform"), the fullest spelling first ("The Hill" over "TheHill"), then the title's
    site segment (of any of ``titles``). Then any declared name that reads as one and is
    not a sub-domain's word ("Hosted" on hosted.ap.org), then the address itself.
    """
    host = host_of(url)
    candidates = [d.strip() for d in declared if d and d.strip()]
    segments = [s.strip() for d in candidates for s in _TITLE_SEGMENTS.split(d) if s.strip()]
    if host:
        echoing = [s for s in segments if echoes_site(s, host) and _reads_as_name(s)]
        if echoing:
            return max(echoing, key=lambda s: (len(s.split()), -segments.index(s)))
    for title in titles:
        parts = [s.strip() for s in _TITLE_SEGMENTS.split(title) if s.strip()]
        if len(parts) > 1:
            for s in (parts[-1], parts[0]):
                site = echoes_site(s, host) if host else len(s.split()) <= 3
                if site and _reads_as_name(s):
                    return s
    subdomains = {fold(p) for p in host.split(".")[:-2]} - {fold(site_label(host))}
    for d in candidates:
        if _reads_as_name(d) and fold(d) not in subdomains:
            return d
    return host or fallback


def headline(title: str, site: str, url: str, alternatives: list[str]) -> str:
    """The title without the site's name around it; the site's name alone is no title.

    ``alternatives`` are the page's other headline statements, the <title> element last.
    When that element reads "Headline | Site" and shares no word with the extracted title,
    the extracted title was the site's banner (a logo in the first heading), and the
    element's headline is taken.
    """
    host = host_of(url)

    def is_site(s: str) -> bool:
        q = fold(s)
        return bool(q) and (q == fold(site) or (bool(host) and echoes_site(s, host)))

    def cleaned(t: str) -> tuple[str, bool]:
        segments = [s.strip() for s in _TITLE_SEGMENTS.split(t or "") if s.strip()]
        cut = False
        while len(segments) > 1 and is_site(segments[-1]):
            segments.pop()
            cut = True
        while len(segments) > 1 and is_site(segments[0]):
            segments.pop(0)
            cut = True
        return (_rejoin(t, segments) if segments else ""), cut

    own, _ = cleaned(title)
    if alternatives:
        element, cut = cleaned(alternatives[-1])
        words = {fold(w) for w in own.split()} - {""}
        if element and cut and not words & {fold(w) for w in element.split()}:
            return element
    for t in [own] + [cleaned(a)[0] for a in alternatives]:
        if t and not is_site(t):
            return t
    return (title or "").strip()


def _rejoin(original: str, segments: list[str]) -> str:
    """The original text from the first kept segment to the last (separators kept)."""
    start = original.find(segments[0])
    end = original.rfind(segments[-1]) + len(segments[-1])
    return original[start:end].strip() if 0 <= start < end else " ".join(segments)


def authors(raw: str, site_names: list[str], url: str = "") -> str:
    """People's names only, ", "-separated (see the module docstring); "" when none."""
    host = host_of(url)
    sites = {fold(s) for s in site_names if fold(s)}
    kept: list[str] = []
    seen: set[tuple[str, str]] = set()
    for part in _AUTHOR_SPLIT.split(raw or ""):
        name = _person(part, sites, host)
        if not name:
            continue
        words = name.split()
        key = (fold(words[0]), fold(words[-1]))
        if key not in seen:
            seen.add(key)
            kept.append(name)
    return ", ".join(kept)


def is_role(text: str) -> bool:
    """ "Staff Writer", "Contributing editor": a byline's role, not a name or a publication."""
    return bool(_ROLE.search(text))


def _person(part: str, sites: set[str], host: str) -> str:
    s = _BY.sub("", part.strip())
    s = _IS_A.sub("", s)
    for _ in range(3):
        s = _AGENCY.sub("", _TRAILING_DATE.sub("", s.strip()))
    s = " ".join(s.split()).strip(" .:-–—")
    if not s or _ROLE.search(s) or re.search(r"\d|@|https?:|www\.", s):
        return ""
    q = fold(s)
    if q in sites or any(len(x) >= 4 and x in q for x in sites):
        return ""
    if host and echoes_site(s, host):
        return ""
    words = s.split()
    if len(words) > _MAX_NAME_WORDS or words[0].lower() == "the":
        return ""
    if len(words) == 1 and (s.isupper() or len(s) < 3):
        return ""  # credentials (MS, RDN) and initials are not a name
    if not s.isupper() and any(len(w) > 1 and w.isupper() and w.isalpha() for w in words):
        return ""  # "BBC News", "CNN Politics": an acronym marks an organisation
    for w in words:
        if w.lower() in _PARTICLES:
            continue
        if w[0].isalpha() and w[0].isascii() and not w[0].isupper():
            return ""
    if s.isupper():
        s = " ".join(w.capitalize() if w.lower() not in _PARTICLES else w.lower() for w in words)
    return s
