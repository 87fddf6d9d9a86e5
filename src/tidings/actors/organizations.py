"""Organisations found by pattern: capitalised names with an organisation head
word ("Syrian Democratic Forces", "Ministry of Defence", "Russia's Foreign
Ministry"), names followed by an abbreviation in brackets, which links the
abbreviation's later mentions to the full name, and a country's delegation.

Listed organisations ("the Kremlin", "NATO", "Hayat Tahrir al-Sham") come from the
gazetteer (:mod:`tidings.actors.places`); this module adds the rest.

>>> from tidings.actors.tokens import tokenize
>>> text = "Russia's Foreign Ministry and the Syrian Observatory for Human Rights (SOHR) agreed. SOHR said so."
>>> [(o.text, o.abbreviation, o.country) for o in find(text, tokenize(text), {}, {0: "RU"})]
[('Foreign Ministry', None, 'RU'), ('Syrian Observatory for Human Rights', 'SOHR', 'SY'), ('SOHR', 'SOHR', 'SY'), ('SOHR', 'SOHR', 'SY')]
"""

from __future__ import annotations

import bisect
import itertools
import operator

import attrs

from .gazetteer import demonym_country, gazetteer
from .lexicon import EPONYMOUS_HEADS, STOPWORDS
from .tokens import Token, Tokens, gap, sentence_initial

_GROUPS = frozenset({"delegation", "delegations"})
#: Words by which news refers back to an organisation it named ("the ministry").
_REFERENCE_NOUNS = frozenset(
    """ministry department agency commission committee council party union company bank court
    army group organization organisation movement alliance coalition institute foundation
    association federation authority office bureau service parliament assembly senate""".split()
)
#: Capitalised words by which news refers back to a newspaper it named ("the
#: Times" after "The New York Times", "the Post").
_PUBLICATION_NOUNS = frozenset(
    "Times Post Journal Herald Tribune Globe Chronicle Gazette Telegraph Guardian Observer Inquirer Examiner".split()
)
#: The words "the ministry", "the Times" and the like end with, in lower case.
_REFERRING_WORDS = _REFERENCE_NOUNS | {noun.casefold() for noun in _PUBLICATION_NOUNS}
#: The lower-case words the rules here look tokens up by.
KEYWORDS = _REFERRING_WORDS | _GROUPS
_THE = frozenset({"the"})
#: Verbs with which an outlet reports ("The Hill reported").
_REPORTING = frozenset("reported reports wrote writes said says noted notes added adds".split())
_start = operator.attrgetter("start")
#: The most tokens a capitalised run of an organisation's name spans.
_MAX_RUN = 9
_CONNECTORS = frozenset({"of", "for", "and", "on", "the", "de", "al"})
#: Bodies named for what they sit on ("Committee on Foreign Relations").
_SITS_ON = frozenset({"Committee", "Commission", "Council", "Conference", "Subcommittee", "Panel", "Board"})


@attrs.define
class OrgName:
    """An organisation mention: tokens ``first``…``last`` (inclusive)."""

    first: int
    last: int
    start: int
    end: int
    text: str
    abbreviation: str | None = None
    country: str | None = None
    key: str = ""


def _run_end(tokens: list[Token], k: int, blocked: dict[int, str]) -> int:
    """The last token of the capitalised run from ``k`` (connectors allowed inside)."""
    heads = gazetteer().organization_heads
    last = k
    j = k + 1
    while j < len(tokens) and j - k < _MAX_RUN:
        if gap(tokens, j) != " " or tokens[j - 1].possessive or blocked.get(j) == "person":
            break
        tok = tokens[j]
        if tok.cap and tok.lower not in STOPWORDS and not _header(tok):
            last = j
        elif tok.lower not in _CONNECTORS or blocked.get(j - 1) == "place" or _ends_run(tok.lower, tokens[j - 1].text, heads):
            break
        j += 1
    return last


def _header(tok: Token) -> bool:
    """A word in capitals longer than an acronym: a section header ("EUROBONDS")."""
    return len(tok.text) > 5 and tok.text.isupper()


def _ends_run(word: str, previous: str, heads: frozenset[str]) -> bool:
    """Whether a connector ends the name: "and" after a complete name ("Foreign
    Ministry and the …"), "on" but after a body that sits on something
    ("Committee on …"), "the" but after "of", "for" or "on"."""
    if word == "and":
        return previous in heads
    if word == "on":
        return previous not in _SITS_ON
    return word == "the" and previous.casefold() not in {"of", "for", "on"}


def _head_ends(words: list[Token], heads: frozenset[str]) -> bool:
    """Whether the run's last organisation word ends it or opens its complement
    ("Syrian Democratic Forces", "Bank of America"; not "Latest Police Shooting")."""
    if len(words) < 2:
        return False
    return any(
        t.text in heads and (i == len(words) - 1 or words[i + 1].lower in {"of", "for", "on"})
        for i, t in enumerate(words)
    )


def _initials_fit(abbreviation: str, words: list[Token]) -> bool:
    """Whether "SOHR" can abbreviate "Syrian Observatory for Human Rights"."""
    initials = "".join(t.text[0] for t in words if t.cap).upper()
    letters = [c for c in abbreviation.upper() if c.isalpha()]
    pos = 0
    for c in letters:
        pos = initials.find(c, pos) + 1
        if pos == 0:
            return False
    return bool(letters) and letters[0] == initials[:1]


def _abbreviation_after(text: str, tokens: list[Token], last: int) -> str | None:
    j = last + 1
    if j < len(tokens) and gap(tokens, j) == " (" and text.startswith(")", tokens[j].end):
        word = tokens[j].text
        if word.replace(".", "").isupper() and 2 <= len(word) <= 8:
            return word
    return None


def _country(tokens: list[Token], first: int, places: dict[int, str]) -> str | None:
    """The country an organisation's name starts with ("Syrian Democratic
    Forces", "US Army") or that stands right before it ("Russia's Foreign Ministry")."""
    cc = demonym_country(tokens[first].text) or places.get(first)
    if cc or first == 0:
        return cc
    before = tokens[first - 1]
    if tokens[first].start - before.end > (3 if before.possessive else 1):
        return None
    return places.get(first - 1) if before.possessive else demonym_country(before.text)


def _delegations(text: str, tokens: Tokens, blocked: dict[int, str], places: dict[int, str]) -> list[OrgName]:
    """A country's delegation ("an Iraqi diplomatic delegation", "Syria's
    delegation"): the group that travels when no one in it is named."""
    out = []
    for j in tokens.where(_GROUPS):
        tok = tokens[j]
        if j in blocked:
            continue
        for k in range(j - 1, max(-1, j - 4), -1):
            if gap(tokens, k + 1) != " " and not (tokens[k].possessive and k in places):
                break
            country = demonym_country(tokens[k].text) or places.get(k)
            if country:
                first = k + 1 if tokens[k].possessive else k
                start = tokens[first].start
                out.append(OrgName(first, j, start, tok.end, text[start : tok.end], None, country, text[start : tok.end].casefold()))
                break
            if tokens[k].cap or tokens[k].lower in STOPWORDS:
                break
    return out


def _publications(text: str, tokens: Tokens, blocked: dict[int, str]) -> list[OrgName]:
    """A title with a capital "The" inside a sentence that reports or says
    something: a publication or outlet ("… The Hill reported", "as The New
    Yorker wrote")."""
    out = []
    for j in tokens.where(_THE, capitalised=True):
        tok = tokens[j]
        if tok.text != "The" or j == 0 or sentence_initial(tokens, j):
            continue
        last = j
        while last + 1 < len(tokens) and last - j < 4 and tokens[last + 1].cap and gap(tokens, last + 1) == " ":
            last += 1
        after = last + 1
        if last == j or after >= len(tokens) or tokens[after].lower not in _REPORTING or gap(tokens, after) != " ":
            continue
        if any(k in blocked for k in range(j + 1, last + 1)) or tokens[last].possessive:
            continue
        start, end = tok.start, tokens[last].end
        out.append(OrgName(j, last, start, end, text[start:end], None, None, text[start:end].casefold()))
    return out


@attrs.frozen
class Reference:
    """"the ministry", "the agency": a later reference to an organisation named
    before, by the word that names its kind (``noun``)."""

    first: int
    last: int
    start: int
    end: int
    text: str
    noun: str


def references(text: str, tokens: Tokens, blocked: dict[int, str]) -> list[Reference]:
    """Every "the <organisation word>" (ministry, agency, commission …, or a
    newspaper's last word written with its capital: "the Times") in ``text``.

    >>> from tidings.actors.tokens import tokenize
    >>> text = "The ministry said the commission and the Agency for Development disagreed, the Times wrote."
    >>> [(r.text, r.noun) for r in references(text, tokenize(text), {})]
    [('The ministry', 'ministry'), ('the commission', 'commission'), ('the Times', 'times')]
    """
    out = []
    for j in tokens.where(_REFERRING_WORDS):
        if j == 0:
            continue
        tok, det = tokens[j], tokens[j - 1]
        if det.lower not in {"the", "its", "their"} or j in blocked:
            continue
        if tok.lower not in _REFERENCE_NOUNS and not (tok.text in _PUBLICATION_NOUNS and det.lower == "the"):
            continue
        if gap(tokens, j) != " " or _named_after(tokens, j):
            continue
        out.append(Reference(j - 1, j, det.start, tok.end, text[det.start : tok.end], tok.lower))
    return out


def _named_after(tokens: list[Token], j: int) -> bool:
    """Whether the word goes on into a name ("the Agency for Development", "the Ministry Of")."""
    k = j + 1
    return k < len(tokens) and gap(tokens, k) == " " and (tokens[k].cap or tokens[k].lower in {"of", "for", "on"})


def _run_starts(text: str, tokens: Tokens, heads: frozenset[str]) -> list[int]:
    """The capitalised tokens a run that names an organisation may start from:
    those with an organisation word or a bracket (of an abbreviation after
    the run) within the :data:`_MAX_RUN` tokens a run spans."""
    near: set[int] = set()
    for h in itertools.compress(tokens.caps, map(heads.__contains__, tokens.cap_words)):
        near.update(range(h - _MAX_RUN + 1, h + 1))
    at = text.find("(")
    while at >= 0:
        after = bisect.bisect_right(tokens, at, key=_start)  # the first token after the bracket
        near.update(range(after - _MAX_RUN, after))
        at = text.find("(", at + 1)
    return list(itertools.compress(tokens.caps, map(near.__contains__, tokens.caps)))


def find(text: str, tokens: Tokens, blocked: dict[int, str], places: dict[int, str]) -> list[OrgName]:
    """Organisations named by pattern. ``blocked`` maps token indices already
    taken to their kind ("person", "place", "organization"); a run may start on
    a place or demonym ("US Army") but not cross a person. ``places`` maps
    country tokens to their alpha-2 code."""
    heads = gazetteer().organization_heads
    found: list[OrgName] = []
    by_abbreviation: dict[str, OrgName] = {}
    resume = 0  # the token after the last run that named an organisation
    for k in _run_starts(text, tokens, heads):
        tok = tokens[k]
        if k < resume or tok.lower in STOPWORDS or _header(tok) or blocked.get(k) in {"person", "organization"}:
            continue
        last = _run_end(tokens, k, blocked)
        words = tokens[k : last + 1]
        abbreviation = _abbreviation_after(text, tokens, last)
        named = _head_ends(words, heads) and not all(k + i in blocked for i in range(len(words)))
        if abbreviation and len(words) >= 2 and _initials_fit(abbreviation, words):
            named = True
        if not named:
            continue
        if any(blocked.get(k + i) == "organization" for i in range(len(words))):
            resume = last + 1
            continue
        resume = last + 1
        org = OrgName(k, last, tok.start, tokens[last].end, text[tok.start : tokens[last].end], abbreviation)
        org.country = _country(tokens, k, places)
        org.key = org.text.casefold()
        found.append(org)
        if abbreviation:
            by_abbreviation[abbreviation] = org
    found += _delegations(text, tokens, blocked, places)
    found += [p for p in _publications(text, tokens, blocked) if not any(o.first <= p.last and p.first <= o.last for o in found)]
    covered = {j for o in found for j in range(o.first, o.last + 1)}
    by_first = _first_words(tokens, found, tokens.common)
    short = by_abbreviation.keys() | by_first.keys()
    # Found by their lower-case form (as tokens give it), then kept as written.
    for j in tokens.where({word.replace(".", "").casefold() for word in short}) if short else ():
        tok = tokens[j]
        if tok.text not in short or j in blocked or j in covered:
            continue
        head = by_abbreviation.get(tok.text)
        if head:
            found.append(OrgName(j, j, tok.start, tok.end, tok.text, tok.text, head.country, head.key))
        elif tok.text in by_first and _alone(tokens, j):
            head = by_first[tok.text]  # "Peabody" after "Peabody Energy"
            found.append(OrgName(j, j, tok.start, tok.end, tok.text, head.abbreviation, head.country, head.key))
    return sorted(found, key=lambda o: o.start)


def _first_words(tokens: list[Token], found: list[OrgName], common: frozenset[str]) -> dict[str, OrgName]:
    """The organisations named by a name of several words whose first word may
    stand for the whole ("Peabody" of "Peabody Energy", not "Foreign" of "Foreign
    Ministry", "Syrian" of "Syrian Democratic Forces" nor "Clinton" of "Clinton
    Foundation"), by that word; a word that opens two names stands for neither,
    and neither does a word the article writes in lower case (``common``), a
    title or a ministry's portfolio ("Justice" of "Justice Department")."""
    gaz = gazetteer()
    out: dict[str, OrgName] = {}
    clashing: set[str] = set()
    for o in found:
        word = tokens[o.first]
        if o.last == o.first or word.text in gaz.not_in_names or word.text in gaz.given_names:
            continue
        if word.lower in common or word.lower in gaz.titles or word.text in gaz.portfolios:
            continue  # "Coal" of "Coal Corporation", "Justice" of "Justice Department"
        if tokens[o.last].text in EPONYMOUS_HEADS:
            continue  # "Clinton" of "Clinton Foundation" is the person
        if word.lower in STOPWORDS or demonym_country(word.text) or word.text.isupper() or word.possessive:
            continue
        if out.get(word.text, o).key != o.key:
            clashing.add(word.text)
        out.setdefault(word.text, o)
    return {w: o for w, o in out.items() if w not in clashing}


def _alone(tokens: list[Token], j: int) -> bool:
    """Whether token ``j`` stands alone: no capitalised word joined to it."""
    before = j > 0 and tokens[j - 1].cap and gap(tokens, j) == " " and not tokens[j - 1].possessive
    after = j + 1 < len(tokens) and tokens[j + 1].cap and gap(tokens, j + 1) == " " and not tokens[j].possessive
    return not before and not after
