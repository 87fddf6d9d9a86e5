"""Who can travel: officials found by the actor layer, delegations, and the
pronouns and descriptions that point back to them.

An :class:`Actor` is one official however often named; a :class:`Mention` is
one place in the text where an actor is named or pointed to. :class:`Officials`
finds the mentions of one article sentence by sentence, when asked.
"""

from __future__ import annotations

import bisect
import functools
import re
from collections.abc import Callable, Iterable

import attrs
import regex

from tidings import Context, Entity, Span
from tidings.actors.coref import PRONOUN_WINDOW
from tidings.actors.gazetteer import country_code, demonym_country
from tidings.actors.leaders import leader_country

from .lexicon import AGENCY_TITLE, CORPORATE_TITLE, COUNTERPART, DESCRIPTOR, INTERNATIONAL_OFFICE, OFFICIAL_TITLE, POPE_COUNTRY
from .scan import Scan

_F = regex.IGNORECASE | regex.VERSION1

#: Pronouns and role descriptions that refer back to a person named before.
_POINTER = regex.compile(
    r"\b(?:he|she|him|his|her|(?:the|this)\s+(?:monarch|king|queen|premier|chancellor|envoy|emir|sultan"
    r"|(?:\p{L}+\s+)?(?:president|minister|secretary|chief|leader|director|ambassador|diplomat)))\b",
    _F,
)
#: What no pointer holds (anything but letters and spaces), nor any description
#: (which may also hold "." and "-": "U.S.", "high-level"): see :class:`~tidings_visits.scan.Scan`.
_POINTER_BARRIER = regex.compile(r"[^\p{L}\s]", _F)
_DESCRIPTOR_BARRIER = regex.compile(r"[^\p{L}\s.\-]", DESCRIPTOR.flags)
#: A word that every description holds.
_DESCRIPTOR_ANCHOR = re.compile(
    "delegation|Pope|minister|president|premier|chancellor|secretary|king|queen|prince|emir|envoy|ambassador"
)
#: Pronouns that are subjects.
_SUBJECT = regex.compile(r"he|she", _F)
#: A pronoun that is an object ("talks with her on Tuesday"), not a possessive ("with her counterpart").
_OBJECT = regex.compile(
    r"him|her(?=\s*(?:[^\p{L}\s]|\Z|(?:on|in|at|and|to|for|during|after|before|later|next|this|last|about|over"
    r"|since|when|while|as)\b))",
    _F,
)
#: Titles that travel abroad by office even when the text gives no nationality.
_DIPLOMATIC = regex.compile(
    r"\b(?:envoy|ambassador|diplomat(?:ic)?|foreign\s+minister|secretary\s+of\s+state|foreign\s+secretary"
    r"|delegation)\b",
    _F,
)
#: A demonym or country-like word right before a name ("Soviet … spokesman", "Syrian counterpart").
_CAPITALISED = regex.compile(r"\b(?:U\.S\.|U\.K\.|\p{Lu}\p{L}+\b)")
_OF = regex.compile(r"\s+of\s+(?:the\s+)?")
_TITLE_WINDOW = 60
_RESIDENT = regex.compile(r"\bambassador\b", _F)
#: A pope's country is the Holy See.
_PAPAL = regex.compile(r"\bpope\b", _F)
_ROVING = regex.compile(r"\b(?:special|roving|at[\s-]large|envoy)\b", _F)
#: The country an ambassador is posted to: "the German ambassador to Kenya" (up to
#: three capitalised words, the longest the gazetteer knows as a country).
_POSTED = regex.compile(r"\bambassador\s+to\s+(?:the\s+)?(\p{Lu}[\p{L}.]*(?:\s+\p{Lu}[\p{L}.]*){0,2})", _F)


def _posting(described: str) -> str | None:
    """The country of posting that ``described`` gives an ambassador, if any."""
    m = _POSTED.search(described)
    if m is None:
        return None
    words = m.group(1).split()
    return next((code for n in range(len(words), 0, -1) if (code := country_code(" ".join(words[:n])))), None)


@attrs.frozen
class Actor:
    """An official who may travel: ``key`` identifies them across mentions."""

    key: str
    name: str
    country: str | None
    official: bool
    international: bool
    diplomatic: bool
    #: An ambassador lives where posted: met there, they have not travelled.
    resident: bool = False
    #: The country an ambassador is posted to: a trip inside it is no visit.
    posted: str | None = None
    entity: Entity | None = attrs.field(default=None, eq=False)
    #: The country is only the story's dateline, no word about the person.
    assumed: bool = False

    @property
    def stated_country(self) -> str | None:
        """The country the article gives this actor, None if only assumed from the dateline."""
        return None if self.assumed else self.country

    @property
    def may_travel(self) -> bool:
        """Whether this actor can be the visitor of a diplomatic visit."""
        if not self.official:
            return False
        return self.country is not None or self.international or self.diplomatic


@attrs.frozen
class Mention:
    """An actor named, or pointed to, at ``span``. Who they are is worked out when
    first asked for (``actor``): most people a sentence names are never asked about."""

    span: Span
    #: The official's :attr:`Actor.key`.
    key: str
    _actor: Callable[[], Actor] = attrs.field(alias="actor", eq=False, repr=False)

    @property
    def actor(self) -> Actor:
        """The official named or pointed to."""
        return self._actor()

    def same(self, other: Mention | None) -> bool:
        """Whether ``other`` mentions the same official (another key is another official)."""
        return other is not None and self.key == other.key and self.actor == other.actor


def _known(span: Span, actor: Actor) -> Mention:
    """A mention of an official already described."""
    return Mention(span, actor.key, lambda: actor)


def _bodies_before(bodies: list[tuple[int, str]], start: int, floor: int) -> list[tuple[int, str]]:
    """The national organisations (``bodies``: sorted (start, country)) in the
    words before ``start``, not before ``floor``: "FBI" in "FBI Director"."""
    lo = max(floor, start - _TITLE_WINDOW)
    return bodies[bisect.bisect_left(bodies, (lo,)) : bisect.bisect_left(bodies, (start,))]


def _country_before(ctx: Context, bodies: list[tuple[int, str]], start: int, floor: int) -> str | None:
    """The country of the nearest demonym or national body in the words before
    ``start`` (not before ``floor``): "Soviet … spokesman", "FBI Director"."""
    lo = max(floor, start - _TITLE_WINDOW)
    found = [(m.start(), demonym_country(m.group())) for m in _CAPITALISED.finditer(ctx.text, lo, start)]
    found = [f for f in found + _bodies_before(bodies, start, floor) if f[1]]
    return max(found)[1] if found else None


def _country_of(text: str, nations: dict[int, str], end: int) -> str | None:
    """The country in "<name> of <country>" ("King Hussein of Jordan"); ``nations``
    maps the start of each country mention to its code."""
    m = _OF.match(text, end, end + 16)
    return nations.get(m.end()) if m else None


def _describe(
    ctx: Context,
    entities: list[Entity],
    bodies: list[tuple[int, str]],
    nations: dict[int, str],
    home: str | None,
    people_ends: list[int],
) -> Actor:
    """One actor from all the person entities that name them. The words before a
    mention describe it back to the previous person named (``people_ends``,
    sorted), so "Castro said the boy's father, Juan Miguel" gives no title."""
    text = ctx.text
    best = min(entities, key=lambda e: (getattr(e.value, "canonical", None) is not None, e.start))
    name = getattr(best.value, "name", None) or best.text
    country = next((e.value.country for e in entities if getattr(e.value, "country", None)), None)
    titles = []
    agency = False
    for e in entities:
        sentence = ctx.sentence_at(e.start) or Span(0, len(text))
        i = bisect.bisect_right(people_ends, e.start) - 1
        floor = max(sentence.start, people_ends[i] if i >= 0 else 0)
        title = getattr(e.value, "title", None) or ""
        window = text[max(floor, e.start - _TITLE_WINDOW) : e.start]
        after = text[e.end : min(sentence.end, e.end + _TITLE_WINDOW)]
        # The title, the words before, an apposition after, and the mention itself
        # when it is a description ("his Syrian counterpart", "the monarch").
        appositive = after.split(",", 2)[1] if after.startswith(",") else ""
        titles.append(f"{title} {window} {appositive} {e.text}")
        agency = agency or bool(_bodies_before(bodies, e.start, floor))
        if country is None:
            country = _country_of(text, nations, e.end) or _country_before(ctx, bodies, e.start, floor)
    described = " ".join(titles)
    # A well-known leader is an official even when the article gives no title ("Shinzo Abe").
    official = (
        OFFICIAL_TITLE.search(described) is not None or (agency and AGENCY_TITLE.search(described) is not None)
        or leader_country(name) is not None
    )
    international = INTERNATIONAL_OFFICE.search(described) is not None
    if international:
        country = next((e.value.country for e in entities if getattr(e.value, "country", None)), None)
        if country is None and _PAPAL.search(described):
            country = POPE_COUNTRY
    return Actor(
        key=name.casefold(),
        name=name,
        country=country or (None if international else home),
        assumed=country is None and not international and home is not None,
        official=official and CORPORATE_TITLE.search(described) is None,
        international=international,
        diplomatic=_DIPLOMATIC.search(described) is not None,
        resident=_RESIDENT.search(described) is not None and _ROVING.search(described) is None,
        posted=_posting(described),
        entity=best,
    )


def _descriptor(m: regex.Match) -> Mention | None:
    """The official that a :data:`~tidings_visits.lexicon.DESCRIPTOR` match
    describes, if it describes one: a delegation, the Pope, an office."""
    span = Span(m.start(), m.end())
    if m.group("office"):
        country = demonym_country(m.group("nation"))
        if country is None:
            return None
        name = f"{m.group('nation')} {m.group('office')}"
        return _known(span, Actor(
            key=name.casefold(), name=name, country=country, official=True,
            international=False, diplomatic=_DIPLOMATIC.search(name) is not None,
        ))
    if m.group("pope"):
        return _known(span, Actor(
            key="pope", name="the Pope", country=POPE_COUNTRY, official=True,
            international=True, diplomatic=True,
        ))
    words = m.group().split()
    if words[0].casefold() in ("a", "an", "the"):
        words = words[1:]
    country = demonym_country(m.group("demonym")) if m.group("demonym") else None
    if country is None and m.group("demonym"):
        words = words[len(m.group("demonym").split()):]  # not a nationality ("Tuesday delegation")
    if len(words) < 2:
        return None  # a bare "delegation" says nothing about who travels
    name = " ".join(words)
    return _known(span, Actor(
        key=name.casefold(), name=name, country=country, official=True,
        international=False, diplomatic=True,
    ))


def _key(person: Entity) -> str:
    return (getattr(person.value, "name", None) or person.text).casefold()


class Officials:
    """Every mention of an official or a delegation in one article, pointers
    resolved, found sentence by sentence when asked for.

    A pronoun or a description ("the FBI chief") points to the nearest person
    named before it, within :data:`tidings.actors.coref.PRONOUN_WINDOW`
    sentences. (The actor layer's ``coref.antecedent`` weighs gender and title
    too, but each call scans every person before it; here a pointer looks only
    at the few names before it, and descriptions the actor layer already resolved
    come in as person entities.) ``home`` is the country of the story's dateline:
    an official of no stated nationality in a wire story is taken to be its
    country's ("CANBERRA (AP) — Tourism Minister Andrew Thomson …").

    Descriptions (delegations, the Pope, "the Indian foreign minister") and
    pointers are searched for only in the sentences asked about and the names
    just before them (:class:`~tidings_visits.scan.Scan`), each official is
    described once, when first met, and a sentence's mentions are what reading
    the whole article at once would give it.
    """

    def __init__(self, ctx: Context, home: str | None = None):
        self.ctx = ctx
        self.home = home
        self._people = ctx.of_kind("person")
        spans = [(e.span.start, e.span.end) for e in self._people]
        if spans != sorted(spans):
            self._people.sort(key=lambda e: (e.span.start, e.span.end))
            spans.sort()
        self._starts = [start for start, _ in spans]
        self._ends = [end for _, end in spans]
        self._descriptions = Scan(ctx.text, DESCRIPTOR, _DESCRIPTOR_BARRIER, _DESCRIPTOR_ANCHOR)
        self._pointers = Scan(ctx.text, _POINTER, _POINTER_BARRIER)
        self._actors: dict[str, Actor] = {}
        self._sentences: dict[int, list[Mention]] = {}

    @functools.cached_property
    def _groups(self) -> dict[str, list[Entity]]:
        groups: dict[str, list[Entity]] = {}
        for e in self.ctx.of_kind("person"):
            groups.setdefault(_key(e), []).append(e)
        return groups

    @functools.cached_property
    def _bodies(self) -> list[tuple[int, str]]:
        """National organisations, as sorted (start, country)."""
        return sorted(
            (o.start, o.value.country) for o in self.ctx.of_kind("organization") if getattr(o.value, "country", None)
        )

    @functools.cached_property
    def _nations(self) -> dict[int, str]:
        """The country of each country mention, by its start."""
        return {p.start: p.value.country for p in self.ctx.of_kind("place")
                if getattr(p.value, "type", None) == "country" and p.value.country}

    @functools.cached_property
    def _sorted_ends(self) -> list[int]:
        return sorted(self._ends)

    def actor(self, key: str) -> Actor:
        """The official that the person entities of ``key`` name."""
        if key not in self._actors:
            self._actors[key] = _describe(
                self.ctx, self._groups[key], self._bodies, self._nations, self.home, self._sorted_ends
            )
        return self._actors[key]

    def _named(self, span: Span, key: str) -> Mention:
        """A mention of the person of ``key``, described when first asked for."""
        return Mention(span, key, functools.partial(self.actor, key))

    def in_sentence(self, i: int) -> list[Mention]:
        """The mentions from the start of sentence ``i`` to the start of the next, in text order."""
        if i not in self._sentences:
            sentences = self.ctx.sentences
            start = sentences[i].start
            end = sentences[i + 1].start if i + 1 < len(sentences) else len(self.ctx.text)
            found = [self._named(e.span, _key(e)) for e in self._people_in(start, end)]
            found += self._described(start, end)
            found.sort(key=lambda m: m.span.start)
            found += self._pointed(start, end)
            found.sort(key=lambda m: m.span.start)
            self._sentences[i] = found
        return self._sentences[i]

    def sentences_naming(self, key: str) -> list[int]:
        """The indices of the sentences that mention the official ``key``. A pointer
        looks back no further than :data:`~tidings.actors.coref.PRONOUN_WINDOW`
        sentences, so only the sentences from one naming them to that many after
        are read (a description, which has no person entity, may be anywhere)."""
        count = len(self.ctx.sentences)
        if key in self._groups:
            near = {self.ctx.sentence_index(e.start) + d for e in self._groups[key] for d in range(PRONOUN_WINDOW + 1)}
            candidates: Iterable[int] = sorted(i for i in near if 0 <= i < count)
        else:
            candidates = range(count)
        return [i for i in candidates if any(m.key == key for m in self.in_sentence(i))]

    def _people_in(self, start: int, end: int) -> list[Entity]:
        return self._people[bisect.bisect_left(self._starts, start) : bisect.bisect_left(self._starts, end)]

    def _described(self, start: int, end: int) -> list[Mention]:
        """Officials described without a name, starting from ``start`` to ``end``."""
        return self._accepted(self._descriptions.starting_in(start, end))

    def _accepted(self, matches: list[regex.Match]) -> list[Mention]:
        """The descriptions among ``matches`` that stand for an official; a person
        entity over the words takes precedence."""
        out = []
        for m in matches:
            i = bisect.bisect_left(self._starts, m.end())
            if any(p.span.overlaps(Span(m.start(), m.end())) for p in self._people[max(0, i - 2) : i]):
                continue  # the actor layer tied it to a named person
            mention = _descriptor(m)
            if mention is not None:
                out.append(mention)
        return out

    def _named_around(self, at: int) -> tuple[list[tuple[Span, str | None]], int]:
        """The names (person entities with their key, descriptions with None) from
        the eighth person ending by offset ``at`` to the second ending after it,
        and the index of the first of them that ends after ``at``."""
        k = bisect.bisect_right(self._ends, at)
        first, last = max(0, k - 8), min(len(self._people), k + 2)
        start = self._people[first].start if first > 0 else 0
        end = self._people[last].start if last < len(self._people) else len(self.ctx.text)
        named: list[tuple[Span, str | None]] = [(e.span, _key(e)) for e in self._people[first:last]]
        named += [(d.span, None) for d in self._described(start, end)]
        named.sort(key=lambda n: n[0].start)
        return named, next((j for j, n in enumerate(named) if n[0].end > at), len(named))

    def _antecedent(self, m: regex.Match) -> str | None:
        """The key of the person that pointer ``m`` points to, if any: the last of
        the eight names before it that is a person's, but for a "He" or "She"
        opening a sentence, not one just met ("… talks with Prime Minister Donald
        Tusk. He will meet …": the next sentence goes on about the one who met them)."""
        ctx, span = self.ctx, Span(m.start(), m.end())
        j = bisect.bisect_left(self._starts, span.end)
        if any(e.span.overlaps(span) for e in self._people[max(0, j - 2) : j]) or self._accepted(
            self._descriptions.overlapping(span.start, span.end)
        ):
            return None  # part of a name or title
        k = bisect.bisect_right(self._ends, span.start)
        if k == 0 or ctx.sentence_index(span.start) - ctx.sentence_index(self._people[k - 1].start) > PRONOUN_WINDOW:
            return None  # no person near enough (one further back is further still)
        if len(self._described(self._people[k - 1].start, span.start)) >= 8:
            return None  # no person among the eight names before it
        antecedent: tuple[Span, str | None] = (self._people[k - 1].span, _key(self._people[k - 1]))
        sentence = ctx.sentence_at(span.start)
        if (
            sentence is not None and span.start == sentence.start and _SUBJECT.fullmatch(m.group())
            and COUNTERPART.search(ctx.text, max(0, antecedent[0].start - 60), antecedent[0].start)
        ):
            named, i = self._named_around(span.start)
            persons = [n for n in named[max(0, i - 8) : i] if n[1] is not None]
            while len(persons) > 1 and COUNTERPART.search(
                ctx.text, max(0, antecedent[0].start - 60), antecedent[0].start
            ):
                persons.pop()
                antecedent = persons[-1]
        elif (
            sentence is not None and (o := _OBJECT.match(ctx.text, span.start)) is not None and o.end() == span.end
            and COUNTERPART.search(ctx.text, max(0, span.start - 60), span.start)
        ):
            # "Lavrov will hold talks with her": the one met is not the subject of the
            # clause, so not a person the sentence names other than as one met.
            named, i = self._named_around(span.start)
            persons = [n for n in named[max(0, i - 8) : i] if n[1] is not None]
            while persons and persons[-1][0].start >= sentence.start and not COUNTERPART.search(
                ctx.text, max(0, persons[-1][0].start - 60), persons[-1][0].start
            ):
                persons.pop()
            if not persons:
                return None
            antecedent = persons[-1]
        if ctx.sentence_index(span.start) - ctx.sentence_index(antecedent[0].start) > PRONOUN_WINDOW:
            return None
        return antecedent[1]

    def _pointed(self, start: int, end: int) -> list[Mention]:
        """Pronouns and descriptions from ``start`` to ``end`` that point back to a person."""
        k = bisect.bisect_right(self._ends, end)
        if k == 0 or self.ctx.sentence_index(start) - self.ctx.sentence_index(self._people[k - 1].start) > PRONOUN_WINDOW:
            # No person near enough for any of them (see :meth:`_antecedent`: the person
            # ending last before ``end`` is the latest any of them can point to).
            return []
        out = []
        for m in self._pointers.starting_in(start, end):
            key = self._antecedent(m)
            if key is not None:
                out.append(self._named(Span(m.start(), m.end()), key))
        return out
