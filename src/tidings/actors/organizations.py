"""Organisations found by pattern: capitalised names with an organisation head
word ("Syrian Democratic Forces", "Ministry of Defence", "Russia's Foreign
Ministry"), and names followed by an abbreviation in brackets, which links the
abbreviation's later mentions to the full name.

Listed organisations ("the Kremlin", "NATO", "Hayat Tahrir al-Sham") come from the
gazetteer (:mod:`tidings.actors.places`); this module adds the rest.

>>> from tidings.actors.tokens import tokenize
>>> text = "Russia's Foreign Ministry and the Syrian Observatory for Human Rights (SOHR) agreed. SOHR said so."
>>> [(o.text, o.abbreviation, o.country) for o in find(text, tokenize(text), {}, {0: "RU"})]
[('Foreign Ministry', None, 'RU'), ('Syrian Observatory for Human Rights', 'SOHR', 'SY'), ('SOHR', 'SOHR', 'SY'), ('SOHR', 'SOHR', 'SY')]
"""

from __future__ import annotations

import attrs

from .gazetteer import demonym_country, gazetteer
from .people import STOPWORDS
from .tokens import Token, gap

_CONNECTORS = frozenset({"of", "for", "and", "on", "the", "de", "al"})


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


def _run_end(text: str, tokens: list[Token], k: int, blocked: dict[int, str]) -> int:
    """The last token of the capitalised run from ``k`` (connectors allowed inside)."""
    heads = gazetteer().organization_heads
    has_head = tokens[k].text in heads
    last = k
    j = k + 1
    while j < len(tokens) and j - k < 9:
        if gap(text, tokens, j) != " " or tokens[j - 1].possessive or blocked.get(j) == "person":
            break
        tok = tokens[j]
        if tok.cap and tok.lower not in STOPWORDS:
            last = j
            has_head = has_head or tok.text in heads
        elif tok.lower not in _CONNECTORS or _ends_run(tok.lower, tokens[j - 1].lower, has_head):
            break
        j += 1
    return last


def _ends_run(word: str, previous: str, has_head: bool) -> bool:
    """Whether a connector ends the name: "and" after a complete name ("Foreign
    Ministry and the …"), "the" anywhere but after "of"/"for"."""
    if word == "and":
        return has_head
    return word == "the" and previous not in {"of", "for"}


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
    if j < len(tokens) and gap(text, tokens, j) == " (" and text.startswith(")", tokens[j].end):
        word = tokens[j].text
        if word.replace(".", "").isupper() and 2 <= len(word) <= 8:
            return word
    return None


def _country(tokens: list[Token], first: int, places: dict[int, str]) -> str | None:
    cc = demonym_country(tokens[first].text)
    if cc:
        return cc
    if first > 0:
        return places.get(first - 1) if tokens[first - 1].possessive else demonym_country(tokens[first - 1].text)
    return None


def find(text: str, tokens: list[Token], blocked: dict[int, str], places: dict[int, str]) -> list[OrgName]:
    """Organisations named by pattern. ``blocked`` maps token indices already
    taken to their kind ("person", "place", "organization"); a run may start on
    a place or demonym ("US Army") but not cross a person. ``places`` maps
    country tokens to their alpha-2 code."""
    heads = gazetteer().organization_heads
    found: list[OrgName] = []
    by_abbreviation: dict[str, OrgName] = {}
    k = 0
    n = len(tokens)
    while k < n:
        tok = tokens[k]
        if not tok.cap or tok.lower in STOPWORDS or blocked.get(k) in {"person", "organization"}:
            k += 1
            continue
        last = _run_end(text, tokens, k, blocked)
        words = tokens[k : last + 1]
        head_at = [i for i, t in enumerate(words) if t.text in heads]
        abbreviation = _abbreviation_after(text, tokens, last)
        named = bool(head_at) and (head_at[-1] > 0 or len(words) > 1) and not all(k + i in blocked for i in range(len(words)))
        if abbreviation and len(words) >= 2 and _initials_fit(abbreviation, words):
            named = True
        if not named or any(blocked.get(k + i) == "organization" for i in range(len(words))):
            k += 1 if not named else last + 1
            continue
        org = OrgName(k, last, tok.start, tokens[last].end, text[tok.start : tokens[last].end], abbreviation)
        org.country = _country(tokens, k, places)
        org.key = org.text.casefold()
        found.append(org)
        if abbreviation:
            by_abbreviation[abbreviation] = org
        k = last + 1
    covered = {j for o in found for j in range(o.first, o.last + 1)}
    for j, tok in enumerate(tokens):
        head = by_abbreviation.get(tok.text)
        if head and j not in blocked and j not in covered:
            found.append(OrgName(j, j, tok.start, tok.end, tok.text, tok.text, head.country, head.key))
    return sorted(found, key=lambda o: o.start)
