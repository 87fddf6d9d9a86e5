"""Hand-made entities, so the unit tests do not depend on the actor and date
extractors' exact output: each test names the people, places and dates it needs."""

from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import Any

import pytest
import regex

import tidings
from tidings import Entity, Organization, Person, Place, Span, TimeValue
from tidings_visits import visits

PersonSpec = tuple[str, str | None, str | None]  # full name, title, country
PlaceSpec = tuple[str | None, str]  # country, type
DateSpec = tuple[str, str]  # type, timex


def _spans(text: str, phrase: str) -> list[Span]:
    return [Span(m.start(), m.end()) for m in regex.finditer(r"(?<!\w)" + regex.escape(phrase) + r"(?!\w)", text)]


def _entities(
    text: str,
    people: Mapping[str, PersonSpec],
    places: Mapping[str, PlaceSpec],
    dates: Mapping[str, DateSpec],
    organizations: Mapping[str, str | None],
) -> list[Entity]:
    out: list[Entity] = []
    taken: list[Span] = []

    def free(span: Span) -> bool:
        return not any(span.overlaps(t) for t in taken)

    for phrase in sorted(people, key=len, reverse=True):
        name, title, country = people[phrase]
        for span in filter(free, _spans(text, phrase)):
            taken.append(span)
            out.append(Entity(kind="person", span=span, text=phrase,
                              value=Person(name=name, title=title, country=country)))
    for phrase in sorted(places, key=len, reverse=True):
        country, type_ = places[phrase]
        for span in filter(free, _spans(text, phrase)):
            taken.append(span)
            out.append(Entity(kind="place", span=span, text=phrase,
                              value=Place(name=phrase, country=country, type=type_)))
    for phrase, country in organizations.items():
        for span in filter(free, _spans(text, phrase)):
            out.append(Entity(kind="organization", span=span, text=phrase,
                              value=Organization(name=phrase, country=country)))
    for phrase, (type_, timex) in dates.items():
        for span in _spans(text, phrase):
            out.append(Entity(kind="date", span=span, text=phrase, value=TimeValue(type=type_, timex=timex)))
    return out


@pytest.fixture
def find_visits() -> Callable[..., list[dict[str, Any]]]:
    """``find_visits(text, published, people=…, places=…, dates=…, organizations=…)``: the visit
    events' attributes (with ``span`` text) that the extractor finds."""

    def run(
        text: str,
        published: str | None = "2026-01-28",
        *,
        people: Mapping[str, PersonSpec] = {},
        places: Mapping[str, PlaceSpec] = {},
        dates: Mapping[str, DateSpec] = {},
        organizations: Mapping[str, str | None] = {},
    ) -> list[dict[str, Any]]:
        found = _entities(text, people, places, dates, organizations)

        @tidings.extractor(name="given", produces={"person", "place", "date", "organization"})
        def given(ctx: tidings.Context) -> list[Entity]:
            return found

        result = tidings.Pipeline([given, visits], strict=True)(text, published=published)
        return [
            {**e.attributes, "roles": {r: x.text for r, x in e.roles.items()}, "span": e.span.of(text)}
            for e in result.events_of_kind("diplomatic_visit")
        ]

    return run
