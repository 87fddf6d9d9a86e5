"""In-article coreference for people and organisations: the API other extractors use.

Every ``person`` entity the actors extractor makes carries the fullest name of
its person in ``value.name`` and, unless it is that fullest mention itself, the
id of the mention that carries it in ``value.canonical``. :func:`canonical`
follows that link; :func:`antecedent` finds who a pronoun ("he") or a role
description ("the Syrian leader") at an offset most plausibly refers to.

>>> import tidings
>>> from tidings.actors import actors
>>> text = ("Russian President Vladimir Putin met Ahmed al-Sharaa, Syria's interim president. "
...         "Al-Sharaa thanked Putin. The Russian president said he was pleased.")
>>> result = tidings.Pipeline([actors])(text)
>>> ctx = tidings.Context(result.article, result.entities)
>>> later = [e for e in ctx.of_kind("person") if e.text == "Putin"][0]
>>> canonical(ctx, later).text
'Vladimir Putin'
>>> antecedent(ctx, text.index("he was"), description="he").value.name
'Vladimir Putin'
>>> antecedent(ctx, len(text), description="the Syrian leader").text
'Ahmed al-Sharaa'
"""

from __future__ import annotations

import bisect
import functools
import weakref
from collections.abc import Callable, Sequence
from typing import Generic, Protocol, TypeVar

import attrs

from ..extractor import Context
from ..model import Entity
from .gazetteer import country_code, gazetteer
from .people import demonym_ending_at
from .tokens import tokenize

#: Roles that fit any person, whatever their title.
GENERIC_ROLES = frozenset({"counterpart", "official", "head", "chief", "host", "guest"})
#: Roles that only fit heads of state or government (or someone with no title known).
HEAD_ROLES = frozenset({"leader", "head of state", "ruler", "strongman", "dictator", "despot", "monarch"})
_DIPLOMAT_TITLES = ("minister", "secretary", "envoy", "ambassador")
_MALE_PRONOUNS = frozenset({"he", "him", "his", "himself"})
_FEMALE_PRONOUNS = frozenset({"she", "her", "hers", "herself"})
#: How many sentences back a pronoun looks for its antecedent.
PRONOUN_WINDOW = 3
#: How many person mentions back a description looks.
LOOKBACK = 200


@attrs.frozen
class Description:
    """What a pronoun or role description says of its referent."""

    country: str | None = None
    role: str | None = None
    gender: str | None = None


@functools.lru_cache(maxsize=1 << 12)
def describe(words: str) -> Description:
    """Read a pronoun or a description ("the Syrian leader", "Russia's president", "she").
    (Cached: articles repeat their "he", "she" and "the president".)

    >>> describe("his Syrian counterpart")
    Description(country='SY', role='counterpart', gender=None)
    >>> describe("the North Korean leader").country
    'KP'
    >>> describe("she")
    Description(country=None, role=None, gender='female')
    """
    tokens = tokenize(words)
    lows = [t.lower for t in tokens]
    if len(lows) == 1 and (lows[0] in _MALE_PRONOUNS or lows[0] in _FEMALE_PRONOUNS):
        return Description(gender="male" if lows[0] in _MALE_PRONOUNS else "female")
    country = None
    for j, t in enumerate(tokens):
        country = demonym_ending_at(tokens, j) or (country_code(t.text) if t.cap else None)
        if country:
            break
    roles = gazetteer().roles
    role = None
    for width in (3, 2, 1):
        for i in range(len(lows) - width + 1):
            phrase = " ".join(lows[i : i + width])
            if phrase in roles:
                role = phrase
                break
        if role:
            break
    gender = gazetteer_gender(lows)
    return Description(country=country, role=role, gender=gender)


def gazetteer_gender(words: Sequence[str]) -> str | None:
    """"female"/"male" when a word is a gendered title or honorific, else None."""
    gaz = gazetteer()
    for w in words:
        if w in gaz.female:
            return "female"
        if w in gaz.male:
            return "male"
    return None


def role_fits(role: str | None, title: str | None) -> bool:
    """Whether a description's role can name someone with ``title``.

    >>> role_fits("president", "President"), role_fits("president", "Foreign Minister")
    (True, False)
    >>> role_fits("leader", "President"), role_fits("diplomat", "Secretary of State")
    (True, True)
    """
    if role is None or title is None or role in GENERIC_ROLES:
        return True
    group = gazetteer().titles.get(title.casefold())
    if role in HEAD_ROLES:
        return group == "head"
    if role in {"diplomat", "top diplomat"}:
        return any(w in title.casefold() for w in _DIPLOMAT_TITLES)
    held = title.casefold()
    return held == role or held.endswith(" " + role)


class Profile(Protocol):
    """What :func:`pick` reads of a person: country, title and gender, if known."""

    country: str | None
    title: str | None
    gender: str | None


P = TypeVar("P", bound=Profile)


@attrs.frozen
class Known:
    """The profile of a person entity, for :func:`antecedent`. Its gender is read
    from the text only when :func:`pick` first asks (most people of an article
    are never compared by gender); ``read_gender`` must not hold the context,
    which the index of its people is cached under by a weak reference."""

    country: str | None
    title: str | None
    entity: Entity
    read_gender: Callable[[], str | None] = attrs.field(repr=False)

    @functools.cached_property
    def gender(self) -> str | None:
        return self.read_gender()


@attrs.frozen
class Candidate(Generic[P]):
    """A mention ending at ``end`` in sentence ``sentence`` of ``person``."""

    end: int
    sentence: int
    person: P


def pick(candidates: Sequence[Candidate[P]], offset: int, sentence: int, description: Description | None) -> P | None:
    """The most plausible referent among ``candidates`` (sorted by end) ending before ``offset``.

    A pronoun takes the latest person within :data:`PRONOUN_WINDOW` sentences whose
    gender does not clash. A description takes the latest person whose country and
    title fit; a person of unknown country and title only when no person of the
    stated country is more recent and it stands in the same or the previous sentence
    ("President Bush" is no "Iraqi president"); a
    description without a country ("the president") only a person whose title
    is known to fit. At most :data:`LOOKBACK` mentions are considered.
    """
    description = description or Description()
    pronoun = description.role is None and description.country is None
    stop = bisect.bisect_right(candidates, offset, key=lambda c: c.end)
    for c in reversed(candidates[max(0, stop - LOOKBACK) : stop]):
        p = c.person
        if description.gender and p.gender and p.gender != description.gender:
            continue
        if pronoun:
            return p if sentence - c.sentence <= PRONOUN_WINDOW else None
        if not role_fits(description.role, p.title) or (description.country is None and p.title is None):
            continue
        if description.country and p.country != description.country:
            if p.country is not None or p.title is not None or sentence - c.sentence > 1:
                continue
        return p
    return None


def _by_id(ctx: Context, kind: str) -> dict[str, Entity]:
    return {e.id: e for e in ctx.of_kind(kind)}


def _head(entity: Entity, by_id: dict[str, Entity]) -> Entity:
    target = getattr(entity.value, "canonical", None)
    return by_id.get(target, entity) if target else entity


def canonical(ctx: Context, entity: Entity) -> Entity:
    """The mention carrying the fullest name of ``entity``'s person or organisation
    (``entity`` itself when it is that mention, or when nothing links it)."""
    if not getattr(entity.value, "canonical", None):
        return entity
    return _head(entity, _by_id(ctx, entity.kind))


def mentions(ctx: Context, entity: Entity) -> list[Entity]:
    """Every mention of the same person or organisation as ``entity``, in text order."""
    head = canonical(ctx, entity)
    return [e for e in ctx.of_kind(entity.kind) if e.id == head.id or getattr(e.value, "canonical", None) == head.id]


def _gender(text: str, entity: Entity, group: Sequence[Entity]) -> str | None:
    """A person's gender: from a gendered title or honorific before one of its
    mentions ``group`` in ``text`` ("Mrs.", "Queen", "spokeswoman"), else from
    the given name."""
    for m in group:
        before = tokenize(text[max(0, m.start - 30) : m.start])[-2:]
        found = gazetteer_gender([t.lower for t in before])
        if found:
            return found
    words = entity.value.name.split(" ")
    sex = gazetteer().given_names.get(words[0]) if len(words) > 1 else None
    return {"m": "male", "f": "female"}.get(sex or "")


class _PersonIndex:
    """Every person mention of an article, profiled once: candidates sorted by
    end, and the mention starting at each offset. Built once per context (and
    again only when its person entities change), so that asking for many
    antecedents costs time linear in the article, not in mentions × people."""

    def __init__(self, ctx: Context, people: list[Entity]):
        by_id = {e.id: e for e in people}
        groups: dict[str, list[Entity]] = {}
        for e in people:
            groups.setdefault(_head(e, by_id).id, []).append(e)
        profiles = {
            head_id: Known(head.value.country, head.value.title, head, functools.partial(_gender, ctx.text, head, groups[head_id]))
            for head_id, head in ((h, by_id[h]) for h in groups)
        }
        self.candidates = [
            Candidate(e.end, ctx.sentence_index(e.start), profiles[_head(e, by_id).id])
            for e in sorted(people, key=lambda e: e.end)
        ]
        self.starting = {e.start: profiles[_head(e, by_id).id].entity for e in people}


_INDEXES: weakref.WeakKeyDictionary[Context, tuple[int, _PersonIndex]] = weakref.WeakKeyDictionary()


def _person_index(ctx: Context) -> _PersonIndex:
    cached = _INDEXES.get(ctx)
    if cached is None or cached[0] != ctx.version:
        cached = (ctx.version, _PersonIndex(ctx, ctx.of_kind("person")))
        _INDEXES[ctx] = cached
    return cached[1]


def antecedent(ctx: Context, offset: int, *, description: str | None = None) -> Entity | None:
    """The canonical person entity a pronoun or role description at ``offset`` most
    plausibly refers to, looking only at mentions that end before ``offset``.

    ``description`` is the words themselves ("he", "the Russian president", "his
    Syrian counterpart"); without it the latest person within a few sentences is
    returned. Callers attributing a quotation pass the quotation's start, so names
    inside the quotation are not taken. A pronoun at ``offset`` that starts a
    person's name ("He" of "Vice Premier He Lifeng") is that person. Repeated
    calls on one context share one index of its people.

    >>> import tidings
    >>> from tidings.actors import actors
    >>> text = "Xi met Vice Premier He Lifeng. He said so."
    >>> ctx = tidings.Context(tidings.Article(text), tidings.Pipeline([actors])(text).entities)
    >>> antecedent(ctx, text.index("He Lifeng"), description="He").value.name
    'He Lifeng'
    >>> antecedent(ctx, text.index("He said"), description="He").value.name
    'He Lifeng'
    """
    wanted = describe(description) if description else None
    index = _person_index(ctx)
    if wanted is not None and wanted.role is None and wanted.country is None and offset in index.starting:
        return index.starting[offset]  # "He" of "Vice Premier He Lifeng" is no pronoun: it names him
    found = pick(index.candidates, offset, ctx.sentence_index(offset), wanted)
    return found.entity if found else None
