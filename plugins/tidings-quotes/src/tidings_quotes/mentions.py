"""Who a stretch of text could name as a speaker: people and organisations
found by the actor layer, capitalised names, pronouns and descriptions
("a State Department spokesperson", "the mayor", a poll's "63 percent of voters").

>>> text = "Earlier, a State Department spokesperson and Mr. Obama met him"
>>> [(m.kind, text[m.start:m.end]) for m in mentions(text, 0, len(text))]
[('description', 'a State Department spokesperson'), ('name', 'Mr. Obama'), ('pronoun', 'him')]
"""

from __future__ import annotations

import bisect
from collections.abc import Iterator, Sequence

import attrs
import regex

from tidings import Entity

#: Entity kinds that can speak: a country or capital speaks for its government
#: ("Japan branded North Korea an “outlaw nation”", "Moscow said").
SPEAKER_KINDS = frozenset({"person", "organization", "place"})
#: Personal pronouns that can stand for a speaker, and the object forms.
PRONOUNS = frozenset("he she they it i we him her them us".split())

# Nouns that head a description of a speaker.
_ROLES = r"""(?:spokes(?:man|woman|person)|officials?|sources?|aides?|advis[eo]rs?|
    assistants?|staffers?|president|prime\s+minister|minister|secretary|mayor|governor|senator|
    congress(?:man|woman)|lawmakers?|legislators?|representative|chair(?:man|woman)?|chief|director|
    leader|head|ambassador|envoy|diplomats?|general|commander|officers?|police|authorities|
    government|administration|ministry|department|agency|office|campaign|committee|council|
    court|judge|prosecutors?|lawyers?|attorneys?|statement|report|letter|complaint|memo|
    newspaper|paper|magazine|website|network|channel|broadcaster|outlet|analysts?|
    experts?|economists?|researchers?|scientists?|professor|doctor|witness(?:es)?|residents?|
    critics?|supporters?|voters?|users?|narrator|questioner|candidate|nominee|king|queen|
    prince|pope|kremlin|palace|white\s+house|pentagon|group|union|company|firm|bank|
    survey|poll|study)"""

_DESCRIPTION = regex.compile(
    r"(?<![\p{L}\p{N}])(?:the|a|an|another|one|two|three|several|many|some|other|his|her|their|its|our)"
    r"\s+(?:(?!(?:and|or|who|said)\s)[\p{L}\p{N}'’.&-]+\s+){0,5}" + _ROLES + r"(?![\p{L}\p{N}])",
    regex.IGNORECASE | regex.VERBOSE,
)
# A share of people, as polls speak: "63 percent", "52% of registered voters".
_SHARE = regex.compile(
    r"(?<![\p{L}\p{N}.,])\d[\d.,]*\s?(?:%|percent|per\s+cent)(?![\p{L}\p{N}])"
    r"(?:\s+of\s+(?:[\p{Ll}-]+\s+){0,3}[\p{Ll}-]+s(?![\p{L}]))?"
)
# A pronoun, alone or contracted with its verb ("He’s claiming", "she’d said").
_PRONOUN = regex.compile(
    r"(?<![\p{L}\p{N}'’-])(?i:he|she|they|it|we|him|her|them|us|I)"
    r"(?![\p{L}\p{N}-]|['’](?!(?i:s|d|ll|re|ve|m)(?![\p{L}\p{N}])))"
)
# A capitalised word: an abbreviation keeps its full stop ("Rep.", "U.S."), a
# longer word does not ("Machado." ends a sentence).
_CAP = r"(?:\p{Lu}(?:\.\p{Lu})+\.?|\p{Lu}\p{Ll}{0,3}\.|\p{Lu}[\p{L}\p{N}'’-]*)"
# A run of capitalised words, with the particles names carry ("Bashar al-Assad").
_NAME = regex.compile(
    r"(?<![\p{L}\p{N}'’-])" + _CAP
    + r"(?:\s(?:" + _CAP + r"|(?:al|el|bin|ibn|de|da|del|der|van|von|la|le|du|dos)(?=\s\p{Lu}))){0,5}"
)
_TOKEN = regex.compile(r"\S+")
# A contracted verb or possessive ending a word ("He’s", "She’d", "Trump’s").
_CONTRACTION = regex.compile(r"['’](?:s|d|ll|re|ve|m)\Z", regex.IGNORECASE)
# The definite article right before a name ("the Kremlin", "the White House").
_THE = regex.compile(r"(?<![\p{L}\p{N}])(?i:the)[\s\u00a0]+\Z")
# "R-Wis.", "D-N.C.": a party and state tag, not a name.
_PARTY_TAG = regex.compile(r"[RDI]-[\p{Lu}][\p{L}.-]*")
# Capitalised words that start sentences or name things other than speakers.
_NOT_NAMES = frozenset(
    """a an the in on at of for to by from with during after before since until as but and or so yet
    however meanwhile still also then when while if because though although earlier later last this
    that these those there here it its he she they we i his her their our my you your what which who
    monday tuesday wednesday thursday friday saturday sunday january february march april may june
    july august september october november december today yesterday tomorrow according asked
    speaking writing mr mrs ms dr following despite amid among under over more most only some many
    several both all each every another other such even just now once perhaps instead indeed
    ironically meanwhile""".split()
)


@attrs.frozen
class Mention:
    """A possible speaker: ``kind`` is ``entity``, ``name``, ``pronoun`` or
    ``description``; ``entity`` is set for the actor layer's mentions."""

    start: int
    end: int
    kind: str
    entity: Entity | None = None


def _trim_name(text: str, start: int, end: int) -> tuple[int, int]:
    """Drop leading words that are capitalised only because they start a clause
    ("During Putin" → "Putin"), keeping abbreviated titles ("Mr. Obama"), and
    a trailing possessive, full stop or comma."""
    words = list(_TOKEN.finditer(text[start:end]))
    i = 0
    while i < len(words) and _CONTRACTION.sub("", words[i].group().rstrip(".,")).lower() in _NOT_NAMES and not (
        words[i].group().endswith(".") and len(words[i].group()) <= 4 and i + 1 < len(words)
    ):
        i += 1
    if i == len(words):
        return start, start
    s = start + words[i].start()
    if text.endswith(("’s", "'s"), s, end):
        end -= 2
    while end > s and text[end - 1] in ".,’'":
        end -= 1
    return s, end


def names(text: str, lo: int = 0, hi: int | None = None) -> Iterator[tuple[int, int]]:
    """Spans of the capitalised names in ``text[lo:hi]``.

    >>> text = "But Vladimir Putin and Mr. Obama met."
    >>> [text[s:e] for s, e in names(text)]
    ['Vladimir Putin', 'Mr. Obama']
    """
    for m in _NAME.finditer(text, lo, len(text) if hi is None else hi):
        s, e = _trim_name(text, m.start(), m.end())
        if e > s and not _PARTY_TAG.fullmatch(text, s, e):
            yield s, e


def _with_article(text: str, lo: int, start: int) -> int:
    """Where an actor's mention starts once the article the actor layer leaves
    out is put back: "the Kremlin said" is the attribution as written.

    >>> _with_article("as the Kremlin said", 0, 7), _with_article("Kremlin", 0, 0)
    (3, 0)
    """
    found = _THE.search(text, max(lo, start - 8), start)
    return found.start() if found is not None else start


def mentions(text: str, lo: int, hi: int, entities: Sequence[Entity] = ()) -> list[Mention]:
    """Possible speakers inside ``text[lo:hi]``, in text order.

    ``entities`` are the actor layer's mentions of :data:`SPEAKER_KINDS`, in
    text order; a name or description that overlaps one gives way to it.
    """
    first = bisect.bisect_left(entities, lo, key=lambda e: e.span.start)
    inside = []
    for k in range(first, len(entities)):  # not islice: it would step over the first ones
        e = entities[k]
        if e.span.start >= hi:
            break
        if e.span.end <= hi:
            inside.append(e)
    found = [
        Mention(_with_article(text, lo, e.span.start), e.span.end, "entity", e)
        for e in inside
        if e.kind in SPEAKER_KINDS
    ]
    taken = [(e.span.start, e.span.end) for e in inside]

    def free(s: int, e: int) -> bool:
        return all(e <= a or s >= b for a, b in taken)

    for pattern in (_DESCRIPTION, _SHARE):
        for m in pattern.finditer(text, lo, hi):
            if free(m.start(), m.end()):
                found.append(Mention(m.start(), m.end(), "description"))
                taken.append((m.start(), m.end()))
    for s, e in names(text, lo, hi):
        if free(s, e):
            found.append(Mention(s, e, "name"))
            taken.append((s, e))
    for m in _PRONOUN.finditer(text, lo, hi):
        if free(m.start(), m.end()):
            found.append(Mention(m.start(), m.end(), "pronoun"))
    found.sort(key=lambda m: (m.start, m.end))
    return found
