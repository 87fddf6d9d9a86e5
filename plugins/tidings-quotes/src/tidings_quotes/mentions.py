"""Who a stretch of text could name as a speaker: people and organisations
found by the actor layer, capitalised names, pronouns and descriptions
("a State Department spokesperson", "the mayor", a poll's "63 percent of voters").

>>> text = "Earlier, a State Department spokesperson and Mr. Obama met him"
>>> [(m.kind, text[m.start:m.end]) for m in mentions(text, 0, len(text))]
[('description', 'a State Department spokesperson'), ('name', 'Mr. Obama'), ('pronoun', 'him')]
"""

from __future__ import annotations

import bisect
import operator
import re
from collections.abc import Iterator, Sequence
from typing import Any

import attrs
import regex

from tidings import Entity
from tidings.patterns import alternation

#: Entity kinds that can speak: a country or capital speaks for its government
#: ("Japan branded North Korea an “outlaw nation”", "Moscow said").
SPEAKER_KINDS = frozenset({"person", "organization", "place"})
#: Personal pronouns that can stand for a speaker, and the object forms.
PRONOUNS = frozenset("he she they it i we him her them us".split())

# Nouns that head a description of a speaker.
_ROLE_WORDS = """spokesman spokeswoman spokesperson official officials source sources aide aides adviser
    advisers advisor advisors assistant assistants staffer staffers president minister secretary mayor
    governor senator congressman congresswoman lawmaker lawmakers legislator legislators representative
    chair chairman chairwoman chief director leader head ambassador envoy diplomat diplomats general
    commander officer officers police authorities government administration ministry department agency
    office campaign committee council court judge prosecutor prosecutors lawyer lawyers attorney attorneys
    statement report letter complaint memo newspaper paper magazine website network channel broadcaster
    outlet analyst analysts expert experts economist economists researcher researchers scientist
    scientists professor doctor witness witnesses resident residents critic critics supporter supporters
    voter voters user users narrator questioner candidate nominee king queen prince pope kremlin palace
    pentagon group union company firm bank survey poll study""".split() + ["prime minister", "white house"]
_ROLES = alternation(_ROLE_WORDS)
_DESCRIPTION = regex.compile(
    r"(?<![\p{L}\p{N}])(?:the|a|an|another|one|two|three|several|many|some|other|his|her|their|its|our)"
    r"\s+(?:(?!(?:and|or|who|said)\s)[\p{L}\p{N}'’.&-]+\s+){0,5}" + _ROLES + r"(?![\p{L}\p{N}])",
    regex.IGNORECASE,
)
# A role word on its own: a window without one holds no description, and the
# (slow) description pattern is not run there.
_ROLE = re.compile(r"(?<![^\W_])" + _ROLES + r"(?![^\W_])", re.IGNORECASE)
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
# A contracted verb or possessive ending a word ("He’s", "She’d", "Trump’s").
_CONTRACTION = regex.compile(r"['’](?:s|d|ll|re|ve|m)\Z", regex.IGNORECASE)
# The definite article right before a name ("the Kremlin", "the White House").
_THE = regex.compile(r"(?<![\p{L}\p{N}])(?i:the)[\s\u00a0]+\Z")
# "R-Wis.", "D-N.C.": a party and state tag, not a name.
_PARTY_TAG = regex.compile(r"[RDI]-[\p{Lu}][\p{L}.-]*")
# What stands right before a US state in a lawmaker's party-state tag: "(R-Wis.)", ", D-Va.,".
_PARTY_BEFORE = regex.compile(r"(?:\(|,\s)[RDI]-\Z")
# A place name of up to four capitalised words, in a hometown apposition.
PLACE_WORDS = r"\p{Lu}[\p{L}'’.-]*(?:\s\p{Lu}[\p{L}'’.-]*){0,3}"
# What stands before a place in a hometown apposition, "<person>, [age,] of <place>[, <place>],":
# "Donna Rawlings, 59, of Ashton, Md., said" (group 1: "of").
_HOMETOWN_BEFORE = regex.compile(
    r"\p{L}\.?,\s(?:\d{1,3},\s)?(of)\s(?:" + PLACE_WORDS + r",\s){0,2}\Z"
)
# How far before a place its hometown apposition is looked for.
HOMETOWN_REACH = 80
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


_POSITION = operator.attrgetter("start", "end")
_RUN_WORD = regex.compile(r"[\p{L}\p{N}]+")
# What no mention holds (a comma after a digit may be in "1,000 percent"); read backwards.
_SEPARATOR = regex.compile(r"(?r)[;:()\"“”—–!?]|(?<!\d),")


@attrs.frozen
class Mention:
    """A possible speaker: ``kind`` is ``entity``, ``name``, ``pronoun``,
    ``description`` (a role: "the Russian president", resolved to a person
    where the article names one) or ``phrase`` (a noun phrase taken as
    written: "The article"); ``entity`` is set for the actor layer's mentions."""

    start: int
    end: int
    kind: str
    entity: Entity | None = None


def _trim_name(text: str, start: int, end: int) -> tuple[int, int]:
    """Drop leading words that are capitalised only because they start a clause
    ("During Putin" → "Putin"), keeping abbreviated titles ("Mr. Obama"), and
    a trailing possessive, full stop or comma."""
    words = text[start:end].split()  # one space between the words of a run
    i = 0
    while i < len(words) and _bare(words[i]) in _NOT_NAMES and not (
        words[i].endswith(".") and len(words[i]) <= 4 and i + 1 < len(words)
    ):
        i += 1
    if i == len(words):
        return start, start
    s = start + sum(len(w) + 1 for w in words[:i])
    if text.endswith(("’s", "'s"), s, end):
        end -= 2
    while end > s and text[end - 1] in ".,’'":
        end -= 1
    return s, end


def _bare(word: str) -> str:
    """A word without a closing full stop or comma, a contraction or
    possessive, and capitals ("Trump’s," → "trump")."""
    word = word.rstrip(".,")
    if "'" in word or "’" in word:
        word = _CONTRACTION.sub("", word)
    return word.lower()


def names(text: str, lo: int = 0, hi: int | None = None) -> Iterator[tuple[int, int]]:
    """Spans of the capitalised names in ``text[lo:hi]``.

    >>> text = "But Vladimir Putin and Mr. Obama met."
    >>> [text[s:e] for s, e in names(text)]
    ['Vladimir Putin', 'Mr. Obama']
    """
    for m in _NAME.finditer(text, lo, len(text) if hi is None else hi):
        span = _named(text, m.start(), m.end())
        if span is not None:
            yield span


class Speakers(Sequence[Entity]):
    """The actor layer's entities of one article (in text order), which is what
    the functions reading speakers take, with what :func:`mentions` needs of
    them and of the article's names kept from call to call.

    >>> text = "But Vladimir Putin and Mr. Obama met Putin."
    >>> speakers = Speakers(text, [])
    >>> [text[s:e] for s, e in speakers.longer_names_with("Putin")], text[slice(*speakers.name(0, 18))]
    (['Vladimir Putin'], 'Vladimir Putin')
    """

    def __init__(self, text: str, entities: Sequence[Entity]) -> None:
        self.text = text
        self.entities = list(entities)
        self.starts = [e.span.start for e in self.entities]
        self.ends = [e.span.end for e in self.entities]
        self.speaks = [e.kind in SPEAKER_KINDS for e in self.entities]
        self._mentions: dict[tuple[int, int], Mention] = {}  # (an entity's index, its start) -> its mention
        self._article: dict[int, int] = {}  # an entity's index -> where its mention starts with "the"
        self.muted: dict[int, int] = {}  # a place's index -> where the stretch that keeps it from speaking starts
        for k, e in enumerate(self.entities):
            start = _muted_from(text, e.span.start) if e.kind == "place" else None
            if start is not None:
                self.muted[k] = start
        self._runs: list[tuple[int, int]] | None = None  # the text's capitalised runs, found when first asked
        self._by_word: dict[str, list[int]] = {}  # a word -> the runs that hold it
        self._trimmed: dict[str, tuple[int, int] | None] = {}  # a run's name, as offsets into the run

    def __len__(self) -> int:
        return len(self.entities)

    def __getitem__(self, i: Any) -> Any:
        return self.entities[i]

    def name(self, start: int, end: int) -> tuple[int, int] | None:
        """The name the run ``text[start:end]`` holds (trimmed once per distinct run)."""
        run = self.text[start:end]
        if run not in self._trimmed:
            span = _named(self.text, start, end)
            self._trimmed[run] = None if span is None else (span[0] - start, span[1] - start)
        offsets = self._trimmed[run]
        return None if offsets is None else (start + offsets[0], start + offsets[1])

    def mention_start(self, k: int, lo: int) -> int:
        """Where the mention of the ``k``-th entity starts within ``text[lo:]``,
        once the article the actor layer leaves out is put back (see
        :func:`_with_article`; its "the" stands in one place, found once)."""
        start = self.entities[k].span.start
        if k not in self._article:
            self._article[k] = _with_article(self.text, 0, start)
        found = self._article[k]
        return found if found >= lo else start

    def mention(self, k: int, lo: int) -> Mention:
        """The mention of the ``k``-th entity within ``text[lo:]`` (see :meth:`mention_start`)."""
        key = (k, self.mention_start(k, lo))
        if key not in self._mentions:
            self._mentions[key] = Mention(key[1], self.ends[k], "entity", self.entities[k])
        return self._mentions[key]

    def has_person(self, lo: int, hi: int) -> bool:
        """Whether a person of the actor layer is named within ``text[lo:hi]``."""
        for k in range(bisect.bisect_left(self.starts, lo), len(self.entities)):
            e = self.entities[k]
            if e.span.start >= hi:
                break
            if e.kind == "person" and e.span.end <= hi:
                return True
        return False

    def longer_names_with(self, word: str) -> list[tuple[int, int]]:
        """The names of the whole text (as :func:`names` gives them) whose
        capitalised run holds ``word`` and another word (runs of letters and
        digits), in text order: where a fuller form of a name ending with
        ``word`` can be."""
        if self._runs is None:
            self._runs = [m.span() for m in _NAME.finditer(self.text)]
            for k, (start, end) in enumerate(self._runs):
                run = self.text[start:end]
                if run.isascii() and run.isalnum():
                    continue  # one word (most runs): no fuller form of any name
                held = _RUN_WORD.findall(run)
                for one in set(held) if len(held) > 1 else ():
                    self._by_word.setdefault(one, []).append(k)
        found = (self.name(*self._runs[k]) for k in self._by_word.get(word, ()))
        return [span for span in found if span is not None]


def _muted_from(text: str, start: int) -> int | None:
    """Where the stretch that keeps a place starting at ``start`` from speaking
    starts: the place of a party-state tag ("Paul D. Ryan (R-Wis.) said") is no
    speaker, nor any name of a hometown apposition ("Donna Rawlings, 59, of
    Ashton, Md., said", from its "of"); None for a place that can speak.

    >>> text = "Donna Rawlings, 59, of Ashton, Md., said"
    >>> text[_muted_from(text, 31):], _muted_from("Sen. Tim Kaine (D-Va.)", 18), _muted_from("Ryan, R-Wis., said", 8)
    ('of Ashton, Md., said', 18, 8)
    >>> _muted_from("Moscow said", 0)
    """
    if start < 2 or (text[start - 1] != "-" and text[start - 2] not in ",f"):  # "R-", ", ", "of "
        return None
    if _PARTY_BEFORE.search(text, max(0, start - 4), start):
        return start
    found = _HOMETOWN_BEFORE.search(text, max(0, start - HOMETOWN_REACH), start)
    return found.start(1) if found is not None else None


def _named(text: str, start: int, end: int) -> tuple[int, int] | None:
    """The name a run of capitalised words holds (None when it holds none)."""
    s, e = _trim_name(text, start, end)
    if e <= s or (text.startswith("-", s + 1) and _PARTY_TAG.fullmatch(text, s, e)):
        return None
    return s, e


def _with_article(text: str, lo: int, start: int) -> int:
    """Where an actor's mention starts once the article the actor layer leaves
    out is put back: "the Kremlin said" is the attribution as written.

    >>> _with_article("as the Kremlin said", 0, 7), _with_article("Kremlin", 0, 0)
    (3, 0)
    """
    found = _THE.search(text, max(lo, start - 8), start)
    return found.start() if found is not None else start


def clause_start(text: str, lo: int, hi: int, entities: Sequence[Entity] = ()) -> int:
    """Where the stretch ``text[lo:hi]`` can be cut so that no mention runs
    across the cut: right after its last separator that no mention holds (a
    semicolon, colon, bracket, quotation mark, dash, ``!``, ``?``, or a comma
    not after a digit), unless an entity of the actor layer runs across it.
    The mentions of ``text[cut:hi]`` are then those of ``text[lo:hi]`` that
    start at or after the cut, whatever ``lo`` is.

    >>> text = "Asked about it on Monday, Putin said"
    >>> text[clause_start(text, 0, 31):31]
    ' Putin'
    """
    separator = _SEPARATOR.search(text, lo, hi)
    if separator is None:
        return lo
    cut = separator.end()
    index = entities if isinstance(entities, Speakers) else None
    starts = index.starts if index is not None else [e.span.start for e in entities]
    for k in range(bisect.bisect_left(starts, lo), bisect.bisect_left(starts, cut)):
        if entities[k].span.end > cut:
            return lo
    return cut


def mentions(text: str, lo: int, hi: int, entities: Sequence[Entity] = ()) -> list[Mention]:
    """Possible speakers inside ``text[lo:hi]``, in text order.

    ``entities`` are the actor layer's mentions of :data:`SPEAKER_KINDS`, in
    text order (best as :class:`Speakers`, whose names are found once); a
    name or description that overlaps one gives way to it.
    """
    index = entities if isinstance(entities, Speakers) and entities.text is text else Speakers(text, entities)
    found = []
    taken = []  # the spans of the mentions found so far, and of every entity inside
    starts, ends = index.starts, index.ends
    for k in range(bisect.bisect_left(starts, lo), len(starts)):
        if starts[k] >= hi:
            break
        if ends[k] <= hi:
            if k in index.muted:  # no speaker, nor any name of the stretch before it
                taken.append((max(lo, index.muted[k]), ends[k]))
                continue
            taken.append((starts[k], ends[k]))
            if index.speaks[k]:
                found.append(index.mention(k, lo))
    if _ROLE.search(text, lo, hi):
        _add(found, taken, _DESCRIPTION.finditer(text, lo, hi))
    if text.find("%", lo, hi) >= 0 or text.find("per", lo, hi) >= 0:  # what a share ends with
        _add(found, taken, _SHARE.finditer(text, lo, hi))
    for m in _NAME.finditer(text, lo, hi):
        span = index.name(*m.span())
        if span is not None and (not taken or _free(taken, *span)):
            found.append(Mention(span[0], span[1], "name"))
            taken.append(span)
    for m in _PRONOUN.finditer(text, lo, hi):
        if not taken or _free(taken, *m.span()):
            found.append(Mention(m.start(), m.end(), "pronoun"))
    if len(found) > 1:
        found.sort(key=_POSITION)
    return found


def _add(found: list[Mention], taken: list[tuple[int, int]], matches: Iterator[regex.Match[str]]) -> None:
    """Add the descriptions ``matches`` that overlap nothing ``taken``."""
    for m in matches:
        if _free(taken, *m.span()):
            found.append(Mention(m.start(), m.end(), "description"))
            taken.append(m.span())


def _free(taken: list[tuple[int, int]], start: int, end: int) -> bool:
    """Whether ``text[start:end]`` overlaps none of the spans ``taken``."""
    for a, b in taken:
        if start < b and end > a:
            return False
    return True
