"""Places and listed organisations: gazetteer look-up over the tokens, then the
choice between the readings of an ambiguous name.

Matching takes the longest run of up to ``max_words`` tokens whose text the
gazetteer knows, starting at a capitalised token. An ambiguous name ("Georgia",
"Tripoli", "Washington") takes the reading its context states ("Washington
state", "Paris, Texas", "Atlanta, Georgia"), else the reading whose country the
rest of the article mentions most, else the default (the country, the capital,
the largest city).

>>> from tidings.actors.tokens import tokenize
>>> text = "Officials in Atlanta, Georgia, met envoys from Tbilisi and Moscow."
>>> [(m.text, m.reading.value.country, m.reading.value.type) for m in find(text, tokenize(text))]
[('Atlanta', 'US', 'city'), ('Georgia', 'US', 'state'), ('Tbilisi', 'GE', 'city'), ('Moscow', 'RU', 'city')]
"""

from __future__ import annotations

import functools
import itertools
import operator
import re
from collections import Counter

import attrs

from ..patterns import alternation
from .gazetteer import Reading, gazetteer
from .tokens import Token, Tokens, gap, sentence_initial, tokenize

# Gaps allowed inside a multi-word name ("Washington, D.C." has a comma,
# "People's Republic of China" a possessive, "St. Louis" an abbreviation's dot).
_INNER_GAPS = frozenset({" ", ", ", "-", "'s ", "’s ", ". "})
_STATE_WORDS = frozenset({"state"})


@attrs.define
class Match:
    """A gazetteer name found in the text: tokens ``first``…``last`` (inclusive)."""

    first: int
    last: int
    start: int
    end: int
    text: str
    readings: list[Reading]
    reading: Reading


def find(text: str, tokens: Tokens) -> list[Match]:
    """Every gazetteer name in ``text`` (longest match, left to right), each with
    its chosen reading."""
    gaz = gazetteer()
    found: list[Match] = []
    n = len(tokens)
    resume = 0  # the token after the last name found
    # A name opens with an opening word, or with a word outside ASCII (which
    # the gazetteer may fold to one).
    listed = map(gaz.opening_words.__contains__, tokens.cap_lowers)
    opening = map(operator.or_, listed, map(operator.not_, map(str.isascii, tokens.cap_words)))
    for i in itertools.compress(tokens.caps, opening):
        tok = tokens[i]
        if i < resume or tok.lower == "the":
            continue
        best = None
        last = i
        while last < n and last - i < gaz.max_words:
            if last > i and gap(tokens, last) not in _INNER_GAPS:
                break
            surface = text[tok.start : tokens[last].end]
            readings = gaz.lookup(surface)
            if readings:
                best = Match(i, last, tok.start, tokens[last].end, surface, readings, readings[0])
            if tokens[last].possessive and text.startswith(("'s", "’s"), tokens[last].end):
                surface = text[tok.start : tokens[last].end + 2]  # "People's Republic of China"
            if not gaz.may_continue(surface):
                break
            last += 1
        if best is not None:
            found.append(best)
            resume = best.last + 1
    states = _state_abbreviations(text, tokens, found)
    if states:
        found = sorted(found + states, key=operator.attrgetter("first"))
    _choose_readings(text, tokens, found)
    return found


@functools.cache
def _abbreviation_pattern() -> tuple[re.Pattern[str], frozenset[str]]:
    """The AP abbreviations of US states as written ("Fla.", "N.Y.", "W.Va."),
    as one pattern, and the ``lower`` of the token each opens ("fla", "ny", "w")."""
    shorts = gazetteer().state_abbreviations
    pattern = re.compile(alternation(shorts) + r"(?!\w)")
    return pattern, frozenset(tokenize(short)[0].lower for short in shorts)


def _state_abbreviations(text: str, tokens: Tokens, found: list[Match]) -> list[Match]:
    """The AP abbreviations of US states, as written with their capital and
    dot, that cannot be ordinary words here: those that are no word ("Fla.",
    "Calif.") anywhere, the others ("Ind.", "Miss.", "Pa.") only after
    "<city>, " ("Columbus, Ind.", "Tupelo, Miss."). A lawmaker's party and
    state ("Sen. Bob Corker (R-Tenn.)") is a label of the person, read by the
    quotes layer as such: no place."""
    pattern, openings = _abbreviation_pattern()
    candidates = tokens.where(openings, capitalised=True)
    if not candidates:
        return []
    gaz = gazetteer()
    ends = {m.last: m for m in found}
    covered = {j for m in found for j in range(m.first, m.last + 1)}
    out: list[Match] = []
    resume = 0
    for i in candidates:
        tok = tokens[i]
        if i < resume or i in covered:
            continue
        written = pattern.match(text, tok.start)
        if written is None or tokens.gaps[i].endswith("."):
            continue
        short = written.group()
        if short in gaz.ambiguous_state_abbreviations and not _after_a_city(tokens, i, ends):
            continue
        last = i
        while tokens[last].end < written.end() - 1:  # "W.Va." is two tokens
            last += 1
        reading = gaz.state_abbreviations[short]
        out.append(Match(i, last, tok.start, written.end(), short, [reading], reading))
        resume = last + 1
    return out


def _after_a_city(tokens: Tokens, i: int, ends: dict[int, Match]) -> bool:
    """Whether token ``i`` follows "<city>, ": a city of the gazetteer, a
    dateline's name in capitals ("TUPELO, Miss."), or a capitalised name
    inside a sentence ("in Tupelo, Miss."; not "Thanks, Pa.")."""
    if i == 0 or gap(tokens, i) != ", " or not tokens[i - 1].cap:
        return False
    place = ends.get(i - 1)
    if place is not None:
        return any(r.type == "city" for r in place.readings)
    if tokens[i - 1].text.isupper() and len(tokens[i - 1].text) > 1:
        return True
    first = i - 1
    while first > 0 and tokens[first - 1].cap and gap(tokens, first) == " ":
        first -= 1
    return not sentence_initial(tokens, first)


def _choose_readings(text: str, tokens: list[Token], found: list[Match]) -> None:
    # What the rest of the article supports: each country its unambiguous
    # mentions; a US state reading, the other US states and cities named.
    support = Counter(
        m.readings[0].value.country for m in found if len({r.value.country for r in m.readings}) == 1
    )
    us_local = sum(
        1
        for m in found
        if len(m.readings) == 1 and m.reading.value.country == "US" and m.reading.type in {"state", "city"}
        and m.reading.value.name != "Washington"
    )
    for k, m in enumerate(found):
        if len(m.readings) == 1:
            continue
        m.reading = _stated(text, tokens, found, k) or max(m.readings, key=lambda r: _plausible(r, m, support, us_local))


def _plausible(reading: Reading, m: Match, support: Counter[str | None], us_local: int) -> tuple[int, int]:
    """How well the article supports ``reading`` of ``m`` (the larger the better).
    Cities of one name in several countries: the best-known (the gazetteer's
    first) wherever its country is named at all ("St. Petersburg" is Russia's in
    an American article that names Russia, Florida's where Russia is not named);
    otherwise a state reading by the other US states and cities named, any
    other by how often its country is named."""
    if all(r.type == "city" for r in m.readings):
        return int(support[reading.value.country] > 0), -m.readings.index(reading)
    if reading.type == "state":
        return us_local, -m.readings.index(reading)
    return support[reading.value.country], -m.readings.index(reading)


def _stated(text: str, tokens: list[Token], found: list[Match], k: int) -> Reading | None:
    """The reading the immediate context states: "X state", "state of X",
    "X, <state or country>", "<city>, X", or a list with an unambiguous name of
    one type ("Georgia and Ukraine", "Georgia and Texas")."""
    m = found[k]
    nxt = m.last + 1
    if nxt < len(tokens) and tokens[nxt].lower in _STATE_WORDS and gap(tokens, nxt) == " ":
        return _of_type(m, "state")
    if m.first >= 2 and tokens[m.first - 1].lower == "of" and tokens[m.first - 2].lower in _STATE_WORDS:
        return _of_type(m, "state")
    if k + 1 < len(found) and found[k + 1].first == nxt and gap(tokens, nxt) == ", ":
        after = found[k + 1].reading
        if after.type in {"state", "country"}:
            return _in_country(m, after.value.country)
    for other in (found[k - 1] if k else None, found[k + 1] if k + 1 < len(found) else None):
        if other is not None and len(other.readings) == 1 and _coordinated(text, m, other):
            same = _of_type(m, other.reading.type)
            if same is not None:
                return same
    if k > 0 and found[k - 1].last + 1 == m.first and gap(tokens, m.first) == ", ":
        before = found[k - 1].reading
        if before.type == "city":
            return next((r for r in m.readings if r.type != "city" and r.value.country == before.value.country), None)
    return None


def _coordinated(text: str, a: Match, b: Match) -> bool:
    """Whether two names are joined as a list ("Georgia and Ukraine", "Texas, Georgia")."""
    first, second = (a, b) if a.start < b.start else (b, a)
    return text[first.end : second.start] in {" and ", " or ", ", ", ", and "}


def _of_type(m: Match, type_: str) -> Reading | None:
    return next((r for r in m.readings if r.type == type_), None)


def _in_country(m: Match, country: str | None) -> Reading | None:
    return next((r for r in m.readings if r.value.country == country), None)
