"""Who can travel: officials found by the actor layer, delegations, and the
pronouns and descriptions that point back to them.

An :class:`Actor` is one official however often named; a :class:`Mention` is
one place in the text where an actor is named or pointed to.
"""

from __future__ import annotations

import bisect
from collections.abc import Iterable

import attrs
import regex

from tidings import Context, Entity, Span
from tidings.actors.coref import PRONOUN_WINDOW
from tidings.actors.gazetteer import demonym_country
from tidings.actors.leaders import leader_country

from .lexicon import AGENCY_TITLE, CORPORATE_TITLE, COUNTERPART, DESCRIPTOR, INTERNATIONAL_OFFICE, OFFICIAL_TITLE, POPE_COUNTRY

_F = regex.IGNORECASE | regex.VERSION1

#: Pronouns and role descriptions that refer back to a person named before.
_POINTER = regex.compile(
    r"\b(?:he|she|him|his|her|(?:the|this)\s+(?:monarch|king|queen|premier|chancellor|envoy|emir|sultan"
    r"|(?:\p{L}+\s+)?(?:president|minister|secretary|chief|leader|director|ambassador|diplomat)))\b",
    _F,
)
#: Pronouns that are subjects.
_SUBJECT = regex.compile(r"he|she", _F)
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
    """An actor named, or pointed to, at ``span``."""

    span: Span
    actor: Actor


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
        entity=best,
    )


def _descriptors(text: str, people: list[Span]) -> Iterable[Mention]:
    """Delegations, popes and officials described by office, which travel
    without a personal name; ``people`` (sorted) are the spans of person
    entities, which take precedence."""
    starts = [p.start for p in people]
    for m in DESCRIPTOR.finditer(text):
        span = Span(m.start(), m.end())
        i = bisect.bisect_left(starts, span.end)
        if any(p.overlaps(span) for p in people[max(0, i - 2) : i]):
            continue  # the actor layer tied it to a named person
        if m.group("office"):
            country = demonym_country(m.group("nation"))
            if country is None:
                continue
            name = f"{m.group('nation')} {m.group('office')}"
            yield Mention(span, Actor(
                key=name.casefold(), name=name, country=country, official=True,
                international=False, diplomatic=_DIPLOMATIC.search(name) is not None,
            ))
            continue
        if m.group("pope"):
            yield Mention(Span(m.start(), m.end()), Actor(
                key="pope", name="the Pope", country=POPE_COUNTRY, official=True,
                international=True, diplomatic=True,
            ))
            continue
        words = m.group().split()
        if words[0].casefold() in ("a", "an", "the"):
            words = words[1:]
        country = demonym_country(m.group("demonym")) if m.group("demonym") else None
        if country is None and m.group("demonym"):
            words = words[1:]  # not a nationality ("Tuesday delegation")
        if len(words) < 2:
            continue  # a bare "delegation" says nothing about who travels
        name = " ".join(words)
        yield Mention(Span(m.start(), m.end()), Actor(
            key=name.casefold(), name=name, country=country, official=True,
            international=False, diplomatic=True,
        ))


def mentions(ctx: Context, home: str | None = None) -> list[Mention]:
    """Every mention of an official or a delegation, pointers resolved, in text order.

    A pronoun or a description ("the FBI chief") points to the nearest person
    named before it, within :data:`tidings.actors.coref.PRONOUN_WINDOW`
    sentences. (The actor layer's ``coref.antecedent`` weighs gender and title
    too, but each call scans every person before it; pointers are resolved here
    in one linear pass, and descriptions the actor layer already resolved come
    in as person entities.) ``home`` is the country of the story's dateline: an
    official of no stated nationality in a wire story is taken to be its
    country's ("CANBERRA (AP) — Tourism Minister Andrew Thomson …").
    """
    bodies = sorted(
        (o.start, o.value.country) for o in ctx.of_kind("organization") if getattr(o.value, "country", None)
    )
    groups: dict[str, list[Entity]] = {}
    for e in ctx.of_kind("person"):
        key = (getattr(e.value, "name", None) or e.text).casefold()
        groups.setdefault(key, []).append(e)
    nations = {p.start: p.value.country for p in ctx.of_kind("place")
               if getattr(p.value, "type", None) == "country" and p.value.country}
    people_ends = sorted(e.end for e in ctx.of_kind("person"))
    actors = {key: _describe(ctx, es, bodies, nations, home, people_ends) for key, es in groups.items()}
    named = [Mention(e.span, actors[key]) for key, es in groups.items() for e in es]
    named += _descriptors(ctx.text, [e.span for e in ctx.of_kind("person")])
    named.sort(key=lambda m: m.span.start)
    out = list(named)
    taken = [m.span for m in named]
    i = 0
    for m in _POINTER.finditer(ctx.text):
        span = Span(m.start(), m.end())
        while i < len(named) and named[i].span.end <= span.start:
            i += 1
        if any(t.overlaps(span) for t in taken[max(0, i - 2) : i + 2]):
            continue  # part of a name or title
        persons = [n for n in named[max(0, i - 8) : i] if n.actor.entity is not None]
        if not persons:
            continue
        antecedent = persons[-1]
        sentence = ctx.sentence_at(span.start)
        while (
            sentence is not None and span.start == sentence.start and _SUBJECT.fullmatch(m.group())
            and len(persons) > 1 and COUNTERPART.search(ctx.text, max(0, antecedent.span.start - 60), antecedent.span.start)
        ):
            # "… talks with Prime Minister Donald Tusk. He will meet …": the one met
            # is not who the next sentence goes on about; the one who met them is.
            persons.pop()
            antecedent = persons[-1]
        if ctx.sentence_index(span.start) - ctx.sentence_index(antecedent.span.start) <= PRONOUN_WINDOW:
            out.append(Mention(span, antecedent.actor))
    out.sort(key=lambda m: m.span.start)
    return out
