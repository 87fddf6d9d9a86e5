"""Definite descriptions of people and capitals: "the Russian president", "his
Syrian counterpart", "the deposed Syrian leader", "Russia's president", "the
Russian capital".

A description is a determiner (the, his, her, its, their, or a country in the
possessive), at most two modifiers, an optional demonym or country, and a role
from the gazetteer's list (or "capital"), perhaps followed by "of" and a country
("the president of Syria"). A role followed by a name is a title,
not a description ("Russian President Vladimir Putin").

>>> from tidings.actors.tokens import tokenize
>>> text = "The deposed Syrian leader fled to the Russian capital."
>>> [(d.text, d.kind, d.description.country, d.description.role) for d in find(text, tokenize(text), {})]
[('The deposed Syrian leader', 'person', 'SY', 'leader'), ('the Russian capital', 'place', 'RU', 'capital')]
"""

from __future__ import annotations

import functools

import attrs

from .coref import Description
from .gazetteer import demonym_country, gazetteer
from .lexicon import STOPWORDS
from .people import country_after
from .tokens import Token, Tokens, gap

_DETERMINERS = frozenset({"the", "his", "her", "its", "their"})
#: How many tokens after its determiner a role may start.
_REACH = 5
#: Modifiers that make the role another one ("the majority leader", "the band leader").
_ROLE_CHANGERS = frozenset(
    """assistant deputy vice majority minority band party opposition team group union rebel militia
    spiritual religious student gang cult tribal""".split()
)
#: Roles too vague to resolve to someone named earlier ("the official" is new).
_VAGUE = frozenset({"official", "head", "chief", "diplomat", "host", "guest", "secretary", "general"})


@attrs.define
class Mention:
    """A description at tokens ``first``…``last``: ``kind`` is "person" or "place"."""

    first: int
    last: int
    start: int
    end: int
    text: str
    kind: str
    description: Description


def role_starts() -> frozenset[str]:
    """The words a role opens with, which descriptions are looked for from."""
    return _roles()[1]


@functools.cache
def _roles() -> tuple[frozenset[str], frozenset[str]]:
    """The gazetteer's roles and "capital", and the words they open with."""
    roles = frozenset(gazetteer().roles | {"capital"})
    return roles, frozenset(r.split(" ")[0] for r in roles)


def _role_at(tokens: list[Token], j: int, roles: frozenset[str], starts: frozenset[str]) -> int | None:
    """The last token of the longest role phrase starting at ``j`` (``starts``
    holds the first words of the ``roles``)."""
    if tokens[j].lower not in starts:
        return None
    best = None
    words: list[str] = []
    for k in range(j, min(j + 4, len(tokens))):
        words.append(tokens[k].lower)
        if " ".join(words) in roles:
            best = k
    return best


def find(text: str, tokens: Tokens, places: dict[int, str]) -> list[Mention]:
    """Every description of a person or a capital in ``text``. ``places`` maps the
    index of a country token to its alpha-2 code."""
    roles, starts = _roles()
    out: list[Mention] = []
    n = len(tokens)
    resume = 0  # the token after the last description
    # A role starts at most _REACH tokens after the determiner: a demonym of
    # up to two words and two modifiers may stand between.
    near = {r - d for r in tokens.where(starts) for d in range(1, _REACH + 1)}
    lowers = tokens.lowers
    openers = sorted(i for i in near if i >= 0 and lowers[i] in _DETERMINERS)
    possessive_places = {i for i in places if tokens[i].possessive}  # "Russia's president"
    for i in sorted(possessive_places.union(openers)) if possessive_places else openers:
        if i < resume:
            continue
        tok = tokens[i]
        possessive_country = tok.possessive and i in places
        country = places.get(i) if possessive_country else None
        j = i + 1
        modifiers = 0
        role_end = None
        while j < n and gap(tokens, j) == " ":
            role_end = _role_at(tokens, j, roles, starts)
            if role_end is not None:
                break
            word = tokens[j]
            # Demonyms are capitalised: a word in lower case is none.
            cc = (demonym_country(word.text) if word.cap else None) or (places.get(j) if not word.possessive else None)
            if cc is None and word.cap and j + 1 < n and tokens[j + 1].start == word.end + 1:
                cc = demonym_country(f"{word.text} {tokens[j + 1].text}")  # "the North Korean leader"
                j += 1 if cc else 0
            if cc and country is None:
                country = cc
            elif word.cap or word.lower in STOPWORDS or word.lower in _ROLE_CHANGERS or modifiers == 2 or word.possessive:
                break
            else:
                modifiers += 1
            j += 1
        if role_end is None or not _is_description(tokens, role_end):
            continue
        resume = role_end + 1
        role = " ".join(t.lower for t in tokens[j : role_end + 1])
        country = country or country_after(tokens, role_end, places)
        if role in _VAGUE or (role == "capital" and country is None):
            continue
        start, end = tok.start, tokens[role_end].end
        kind = "place" if role == "capital" else "person"
        out.append(Mention(i, role_end, start, end, text[start:end], kind, Description(country=country, role=role)))
    return out


def _is_description(tokens: list[Token], last: int) -> bool:
    """A role followed by a capitalised name is a title, not a description."""
    j = last + 1
    if j >= len(tokens):
        return True
    nxt = tokens[j]
    return not (gap(tokens, j) == " " and nxt.cap and nxt.lower not in STOPWORDS)
