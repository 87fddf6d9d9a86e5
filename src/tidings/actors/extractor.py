"""The ``actors`` extractor: people, places and organisations, with coreference.

It tokenises the text once, looks places and listed organisations up in the
gazetteer, finds people (:mod:`.people`) and organisations by pattern
(:mod:`.organizations`), groups the mentions of each person and organisation,
and resolves role descriptions ("the Russian president") to the person they
name (:mod:`.descriptions`, :func:`.coref.pick`).

>>> import tidings
>>> text = "Russian President Vladimir Putin met Syrian leader Ahmed al-Sharaa in Moscow. Putin thanked Al-Sharaa’s team."
>>> result = tidings.Pipeline([actors])(text)
>>> [(e.text, e.value.name, e.value.country) for e in result.of_kind("person")]
[('Vladimir Putin', 'Vladimir Putin', 'RU'), ('Ahmed al-Sharaa', 'Ahmed al-Sharaa', 'SY'), ('Putin', 'Vladimir Putin', 'RU'), ('Al-Sharaa', 'Ahmed al-Sharaa', 'SY')]
>>> [(e.text, e.value.country, e.value.type) for e in result.of_kind("place")]
[('Moscow', 'RU', 'city')]
"""

from __future__ import annotations

import bisect
import functools
from collections.abc import Iterator

import attrs
import regex

from ..extractor import Context, extractor
from ..model import Entity, Span
from ..values import Organization, Person
from . import descriptions, organizations, people, places
from .coref import Candidate, pick
from .gazetteer import capital, demonym_country, fold, gazetteer
from .leaders import leader_country
from .lexicon import EPONYMOUS_HEADS, LOCATIVES, PLACE_PREPOSITIONS, SPEECH_ONLY
from .people import Name, display_title
from .tokens import Token, gap, tokenize


#: Between a description and the name in apposition: ", " after an optional
#: "of <place>" ("the Emir of Qatar, Sheikh Tamim"), an honorific skipped.
_APPOSITION = regex.compile(
    r"(?: of (?:the )?\p{Lu}[\p{L}.'’-]*(?: \p{Lu}[\p{L}.'’-]*){0,3})?, (?:(?:Sheikh|Mr\.|Mrs\.|Ms\.|Dr\.) )?"
)


#: Up to four capitalised words, each followed by a space: a title before a name.
_TITLE_WORDS = regex.compile(r"(?:\p{Lu}[\p{L}.-]* ){1,4}")


def _fullness(name: Name) -> tuple[int, int, int]:
    return (name.last - name.first, len(name.text), -name.start)


_RANKS = {"head": 2, "minister": 1}


@functools.lru_cache(maxsize=1 << 10)
def _rank(title: str) -> int:
    return _RANKS.get(gazetteer().titles.get(title.casefold(), ""), 0)


@attrs.define
class _Person:
    """The mentions of one person, and what the article says of them."""

    names: list[Name]
    title: str | None = None
    country: str | None = None
    gender: str | None = None
    first: int = -1
    #: The mention with the fullest name (most words, then longest, then first).
    fullest: Name = attrs.field(default=None)

    def add(self, name: Name) -> None:
        if not self.names or _fullness(name) > _fullness(self.fullest):
            self.fullest = name
        self.names.append(name)
        self.first = name.start if self.first < 0 else min(self.first, name.start)
        self.learn(name.title, name.country, name.gender)

    def learn(self, title: str | None, country: str | None, gender: str | None = None) -> None:
        """Keep the first country and gender stated, and the highest title:
        an office ("President") over a role ("Nominee", "Spokesman")."""
        if title and (self.title is None or _rank(title) > _rank(self.title)):
            self.title = title
        self.country = self.country or country
        self.gender = self.gender or gender


def _within(short: tuple[str, ...], full: tuple[str, ...]) -> bool:
    """Whether the words ``short`` can name the person called ``full``: its
    surname alone, or a run of its words that keeps its first or last word
    ("Bin Laden" or "Osama bin Laden" for "Osama bin Laden", "Juan Miguel" for
    "Juan Miguel Gonzalez")."""
    if len(short) == 1:
        return short[0] == full[-1]
    if short[0] == full[0]:
        return full[: len(short)] == short
    return short[-1] == full[-1] and full[-len(short) :] == short


def _group_people(names: list[Name]) -> dict[int, _Person]:
    """Map each name (by start offset) to its person. The fullest names found
    first make the people; a shorter name joins the person it can name that
    was mentioned last before it (else the first one mentioned after it)."""
    by_word: dict[str, list[_Person]] = {}
    owner: dict[int, _Person] = {}
    starts: dict[int, list[int]] = {}
    for name in sorted(names, key=lambda m: (-len(m.words), m.start)):
        fits = [
            p for p in by_word.get(name.words[-1], ()) if _within(name.words, p.fullest.words) and _agree(name, p)
        ]
        if not fits and len(name.words) == 1:
            # A given name alone ("Hillary"), a family name written first ("Xi",
            # "Kim") or a name used alone ("Lula" of "Luiz Inácio Lula da Silva")
            # names the one person of the article whose name has that word.
            fits = [p for p in by_word.get(name.words[0], ()) if _agree(name, p)]
            fits = fits if len(fits) == 1 else []
        person = max(fits, key=lambda p: _last_before(starts[id(p)], name.start), default=None)
        if person is None:
            person = _Person([])
            starts[id(person)] = []
            for word in set(name.words):
                by_word.setdefault(word, []).append(person)
        person.add(name)
        bisect.insort(starts[id(person)], name.start)
        owner[name.start] = person
    return owner


def _agree(name: Name, person: _Person) -> bool:
    """Whether a mention may name the person: no clash of gender ("Mr. Obama"
    is not Michelle Obama), of country ("King Hussein of Jordan" is not Iraq's
    Saddam Hussein) nor of office ("President Smith" is not Foreign Minister
    Smith)."""
    if name.gender and person.gender and name.gender != person.gender:
        return False
    if name.country and person.country and name.country != person.country:
        return False
    return not (name.title and person.title and _rank(name.title) and _rank(person.title) and name.title != person.title)


def _last_before(starts: list[int], offset: int) -> tuple[bool, int]:
    """Rank a person for a mention at ``offset``: mentioned before it (latest
    first), else mentioned after it (earliest first)."""
    i = bisect.bisect_left(starts, offset)
    return (True, starts[i - 1]) if i else (False, -starts[0])


@functools.lru_cache(maxsize=1 << 12)
def _entity_id(kind: str, start: int, end: int) -> str:
    return Entity(kind=kind, span=Span(start, end), text="").id


def _entity(kind: str, start: int, end: int, text: str, value: object, confidence: float = 1.0) -> Entity:
    """An entity of this extractor, named and with its id as the pipeline
    would stamp them (which spares the pipeline a copy of each)."""
    return Entity(
        kind=kind,
        span=Span(start, end),
        text=text,
        value=value,
        extractor="actors",
        confidence=confidence,
        id=_entity_id(kind, start, end),
    )


@functools.cache
def _keywords() -> frozenset[str]:
    """The lower-case words the rules look tokens up by (title words, the
    words roles open with, locatives, organisation nouns), indexed as the text
    is tokenised."""
    return gazetteer().title_words | descriptions.role_starts() | LOCATIVES | organizations.KEYWORDS


def find_actors(ctx: Context) -> Iterator[Entity]:
    """Every person, place and organisation mention of ``ctx.article``."""
    text = ctx.text
    tokens = tokenize(text, _keywords())
    if not tokens:
        return
    matches = places.find(text, tokens)
    blocked: dict[int, str] = {}
    countries: dict[int, str] = {}
    for m in matches:
        for j in range(m.first, m.last + 1):
            blocked[j] = m.reading.kind
        if m.reading.value.country and m.reading.type in {"country", "organization"}:
            countries[m.last] = m.reading.value.country
    # A city or state name may also be a given name ("Vladimir Putin", "Denzel
    # Washington"): a name of several words found by its context overrides it.
    soft = {m.first for m in matches if m.first == m.last and _may_be_a_name(tokens, m)}
    speaking = {m.first for m in matches if m.first == m.last and _speaks(tokens, m.first)}
    found = people.find(text, tokens, set(blocked) - soft - speaking, countries)
    surnames = {n.words[-1] for n in found if n.last > n.first}
    overridden = soft | speaking
    names = [
        n
        for n in found
        if not (n.first == n.last and n.first in overridden and not n.titled)
        or n.first in speaking and n.words[-1] in surnames  # "Jordan said" after "Rep. Jim Jordan"
    ]
    for name in names:
        for j in range(name.first, name.last + 1):
            blocked[j] = "person"
    matches = [m for m in matches if blocked.get(m.first) != "person"]
    orgs = organizations.find(text, tokens, blocked, countries)
    names, orgs = _short_organisation_names(tokens, names, orgs)
    absorbed = {j for o in orgs for j in range(o.first, o.last + 1)}
    matches = [m for m in matches if absorbed.isdisjoint(range(m.first, m.last + 1))] if absorbed else matches
    described = [
        d
        for d in descriptions.find(text, tokens, countries)
        if not any(blocked.get(j) == "person" or j in absorbed for j in range(d.first, d.last + 1))
    ]

    owner = _group_people(names)
    for person in {id(p): p for p in owner.values()}.values():
        person.country = person.country or leader_country(person.fullest.text, person.title)
    yield from _resolve_descriptions(ctx, names, described, owner)
    values: dict[tuple[int, bool], Person] = {}  # one value per person for its head, one for the rest
    for name in names:
        person = owner[name.start]
        head = person.fullest
        value = values.get((id(person), head is name))
        if value is None:
            canonical = None if head is name else _entity_id("person", head.start, head.end)
            value = Person(name=head.text, title=person.title, country=person.country, canonical=canonical)
            values[id(person), head is name] = value
        yield _entity("person", name.start, name.end, name.text, value)
    for m in matches:
        if m.reading.kind == "place":
            yield _entity("place", m.start, m.end, m.text, m.reading.value)
    refs = [r for r in organizations.references(text, tokens, blocked) if r.first not in absorbed and r.last not in absorbed]
    yield from _organizations(matches, orgs, refs)


def _speaks(tokens: list[Token], k: int) -> bool:
    """Whether the word at token ``k`` is the subject of a verb that only
    attributes speech ("Jordan said"): a place so used is a person when the
    article names someone with that surname ("Rep. Jim Jordan")."""
    j = k + 1
    return j < len(tokens) and not tokens[k].possessive and tokens[j].lower in SPEECH_ONLY and gap(tokens, j) == " "


def _may_be_a_name(tokens: list[Token], m: places.Match) -> bool:
    """Whether a one-word place may be part of a person's name: any city or
    state ("Vladimir Putin", "Denzel Washington"), a country after a given name
    ("Jim Jordan") or one that is a given name before a capitalised word ("Chad
    Smith"), unless a preposition governs it ("ambassador to Kenya Prudence
    Bushnell")."""
    if m.reading.type in {"city", "state"}:
        return True
    if m.reading.type != "country":
        return False
    given = gazetteer().given_names
    before = tokens[m.first - 1] if m.first else None
    after = tokens[m.first + 1] if m.first + 1 < len(tokens) else None
    if before is not None and before.lower in PLACE_PREPOSITIONS:
        return False  # "ambassador to Kenya Prudence Bushnell"
    return (before is not None and before.end + 1 == tokens[m.first].start and before.text in given) or (
        m.text in given and after is not None and after.cap and after.start == tokens[m.first].end + 1
    )


def _short_organisation_names(
    tokens: list[Token], names: list[Name], orgs: list[organizations.OrgName]
) -> tuple[list[Name], list[organizations.OrgName]]:
    """Names that begin an organisation's longer name found in the article are
    that organisation ("Polly Peck" after "Polly Peck International Inc"), unless
    the organisation is named after a person ("Clinton Foundation")."""
    by_first: dict[str, list[tuple[tuple[str, ...], organizations.OrgName]]] = {}
    for o in orgs:
        if tokens[o.last].text in EPONYMOUS_HEADS:
            continue  # "Clinton" is no short form of "Clinton Foundation"
        words = tuple(t.lower for t in tokens[o.first : o.last + 1])
        by_first.setdefault(words[0], []).append((words, o))
    kept: list[Name] = []
    for name in names:
        if name.titled or tokens[name.first].lower not in by_first:
            kept.append(name)
            continue
        words = tuple(t.lower for t in tokens[name.first : name.last + 1])
        full = next(
            (o for w, o in by_first.get(words[0], ()) if len(w) > len(words) and w[: len(words)] == words), None
        )
        if full is None:
            kept.append(name)
        else:
            orgs.append(organizations.OrgName(name.first, name.last, name.start, name.end, name.text, None, full.country, full.key))
    return kept, sorted(orgs, key=lambda o: o.start)


def _resolve_descriptions(
    ctx: Context, names: list[Name], described: list[descriptions.Mention], owner: dict[int, _Person]
) -> Iterator[Entity]:
    """Person entities for the descriptions that resolve to a named person (who
    then takes the country the description gives, if unknown) or that name an
    office with its holder unnamed (:func:`_unnamed`), place entities for "the
    <demonym> capital"."""
    candidates = [Candidate(n.end, ctx.sentence_index(n.start), owner[n.start]) for n in sorted(names, key=lambda n: n.end)]
    by_start = {n.start: n for n in names}
    pending: list[tuple[descriptions.Mention, _Person]] = []
    unnamed: dict[tuple[str | None, str | None], Entity] = {}
    for d in described:
        if d.kind == "place":
            city = capital(d.description.country or "")
            if city is not None:
                yield _entity("place", d.start, d.end, d.text, city, confidence=0.9)
            continue
        person = _apposed(ctx.text, d, by_start, owner)
        if person is not None:  # "the Emir of Qatar, Sheikh Tamim": the description is his title
            role = d.description.role or ""
            person.learn(display_title(role) if gazetteer().titles.get(role) in {"head", "minister"} else None, None)
        else:
            person = pick(candidates, d.start, ctx.sentence_index(d.start), d.description)
        if person is None:
            entity = _unnamed(d, unnamed)
            if entity is not None:
                yield entity
            continue
        person.learn(None, d.description.country)
        bisect.insort(candidates, Candidate(d.end, ctx.sentence_index(d.start), person), key=lambda c: c.end)
        pending.append((d, person))
    for d, person in pending:
        head = person.fullest
        value = Person(
            name=head.text,
            title=person.title,
            country=person.country,
            canonical=_entity_id("person", head.start, head.end),
        )
        yield _entity("person", d.start, d.end, d.text, value, confidence=0.8)


def _unnamed(d: descriptions.Mention, seen: dict[tuple[str | None, str | None], Entity]) -> Entity | None:
    """A person entity for an office whose holder the article does not name: a
    head of state or government or a minister of a stated country ("the Syrian
    president", "Iran's foreign minister"), or the Pope. Its name is the
    description; later descriptions of the same office link to the first."""
    role, country = d.description.role, d.description.country
    if gazetteer().titles.get(role or "") not in {"head", "minister"} or (country is None and role != "pope"):
        return None
    first = seen.get((role, country))
    name = first.value.name if first else d.text[0].lower() + d.text[1:] if d.text.startswith("The ") else d.text
    value = Person(name=name, title=display_title(role or ""), country=country, canonical=first.id if first else None)
    entity = _entity("person", d.start, d.end, d.text, value, confidence=0.6)
    seen.setdefault((role, country), entity)
    return entity


def _apposed(text: str, d: descriptions.Mention, by_start: dict[int, Name], owner: dict[int, _Person]) -> _Person | None:
    """The person named right after a description ("his Syrian counterpart,
    Ahmed al-Sharaa", "the Emir of Qatar, Sheikh Tamim")."""
    m = _APPOSITION.match(text, d.end)
    if m is None:
        return None
    name = by_start.get(m.end()) or _after_title(text, m.end(), by_start)
    return owner[name.start] if name else None


def _after_title(text: str, offset: int, by_start: dict[int, Name]) -> Name | None:
    """The name a title at ``offset`` introduces ("Prime Minister Mohammed Shia
    al-Sudani" in "his Iraqi counterpart, Prime Minister Mohammed Shia al-Sudani",
    "Iraqi Prime Minister …" in "his counterpart, Iraqi Prime Minister …")."""
    m = _TITLE_WORDS.match(text, offset)
    if m is None:
        return None
    for start in (s for s in range(m.end(), offset, -1) if s in by_start):
        name = by_start[start]
        words = text[offset:start].split()
        for skip in (0, 1, 2):  # a demonym of up to two words first: "Iraqi Prime Minister …"
            if skip and not demonym_country(" ".join(words[:skip])):
                continue
            if name.titled and fold(" ".join(words[skip:])).replace(".", "") in gazetteer().titles:
                return name
    return None


#: How many organisation mentions back "the ministry" looks.
LOOKBACK_ORGS = 50


@attrs.frozen
class _OrgMention:
    start: int
    end: int
    text: str
    key: str
    value: Organization


def _organizations(
    matches: list[places.Match], orgs: list[organizations.OrgName], refs: list[organizations.Reference]
) -> Iterator[Entity]:
    """Organisation entities. The mentions of one organisation share its name,
    abbreviation and country, and link to the mention with the longest name; a
    reference ("the ministry") links to the latest organisation before it whose
    name has that word (confidence 0.7)."""
    mentions = [
        _OrgMention(m.start, m.end, m.text, m.reading.value.name.casefold(), m.reading.value)
        for m in matches
        if m.reading.kind == "organization"
    ]
    mentions += [
        _OrgMention(o.start, o.end, o.text, o.key, Organization(name=o.text, abbreviation=o.abbreviation, country=o.country))
        for o in orgs
    ]
    mentions.sort(key=lambda m: m.start)
    heads: dict[str, _OrgMention] = {}
    #: Per organisation, the first abbreviation and the first country stated.
    merged: dict[str, tuple[str | None, str | None]] = {}
    for m in mentions:
        head = heads.setdefault(m.key, m)
        if len(m.text) > len(head.text):
            heads[m.key] = m
        abbreviation, country = merged.get(m.key, (None, None))
        merged[m.key] = (abbreviation or m.value.abbreviation, country or m.value.country)

    values: dict[tuple[str, str | None], Organization] = {}  # one per organisation and canonical id

    def organization(key: str, canonical: str | None) -> Organization:
        value = values.get((key, canonical))
        if value is None:
            abbreviation, country = merged[key]
            name = heads[key].value.name
            value = values[key, canonical] = Organization(
                name=name, abbreviation=abbreviation, country=country, canonical=canonical
            )
        return value

    for m in mentions:
        head = heads[m.key]
        canonical = None if head is m else _entity_id("organization", head.start, head.end)
        yield _entity("organization", m.start, m.end, m.text, organization(m.key, canonical))
    starts = [m.start for m in mentions]
    for r in refs:
        stop = bisect.bisect_left(starts, r.start)
        before = mentions[max(0, stop - LOOKBACK_ORGS) : stop]
        named = next((m for m in reversed(before) if r.noun in m.value.name.casefold().split()), None)
        if named is not None:
            head = heads[named.key]
            canonical = _entity_id("organization", head.start, head.end)
            value = organization(named.key, canonical)
            yield _entity("organization", r.start, r.end, r.text, value, confidence=0.7)


@extractor(name="actors", produces={"person", "place", "organization"})
def actors(ctx: Context) -> Iterator[Entity]:
    """People, places and organisations, with in-article coreference."""
    return find_actors(ctx)


__all__ = ["actors", "find_actors"]
