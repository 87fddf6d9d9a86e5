"""Trips: the mentions of one visitor's journey to one country, merged.

A :class:`Sighting` is one clause that says (or implies) that an actor travels to
a country; a :class:`Trip` gathers the sightings of the same visitor and
destination country and keeps the richest facts: a city over a country, a named
host, the date and status of its most explicit sighting.

>>> from tidings_visits.participants import Actor
>>> sharaa = Actor(key="ahmed al-sharaa", name="Ahmed al-Sharaa", country="SY", official=True,
...                international=False, diplomatic=False)
>>> moscow = Place(name="Moscow", country="RU", type="city")
>>> trip = Trip(visitor=sharaa, country="RU")
>>> trip.add(Sighting(visitor=sharaa, country="RU", place=None, place_entity=None, span=Span(0, 9),
...                   status="ongoing", strength=1, explicit=0))
>>> trip.add(Sighting(visitor=sharaa, country="RU", place=moscow, place_entity=None, span=Span(10, 40),
...                   status="occurred", strength=2, date="2026-01-28"))
>>> trip.best().status, trip.destination()[0].name, trip.dated().date
('occurred', 'Moscow', '2026-01-28')
>>> import datetime as dt
>>> trip.fits((dt.date(2026, 2, 1), dt.date(2026, 2, 1))), trip.fits((dt.date(2025, 10, 1), dt.date(2025, 10, 31)))
(True, False)
"""

from __future__ import annotations

import datetime as dt
from typing import Any

import attrs

from tidings import Entity, Place, Span

from .participants import Actor
from .status import DATE
from .when import interval

#: Dated mentions further apart than this are different trips ("her previous visit, in 2012").
SAME_TRIP_DAYS = 45


@attrs.define
class Sighting:
    """One clause about a trip: who goes where, and what the clause says about it."""

    visitor: Actor
    country: str
    place: Place | None
    place_entity: Entity | None
    span: Span
    status: str
    strength: int
    date: str | None = None
    date_entity: Entity | None = None
    host: Actor | None = None
    ordinal: int | None = None
    purpose: str | None = None
    #: How directly the destination is named: 2 in the clause, 1 by the dateline
    #: or the article, 0 inferred from a meeting's host.
    explicit: int = 2
    #: The clause that tells it, within ``span``.
    clause: Span = Span(0, 0)
    #: Told as before the clause's news ("after a visit to Moscow"): the clause's date is not its own.
    earlier: bool = False

    @property
    def rank(self) -> tuple[int, int, bool]:
        return (self.strength, self.explicit, self.date is not None)


@attrs.define
class Trip:
    """All sightings of one visitor's journey to one country."""

    visitor: Actor
    country: str
    sightings: list[Sighting] = attrs.field(factory=list)
    host: Actor | None = None
    _earliest_end: dt.date | None = attrs.field(default=None, repr=False)
    _latest_start: dt.date | None = attrs.field(default=None, repr=False)

    def add(self, sighting: Sighting) -> None:
        """Add a mention of this trip."""
        self.sightings.append(sighting)
        days = interval(sighting.date)
        if days is not None:
            self._earliest_end = min(self._earliest_end or days[1], days[1])
            self._latest_start = max(self._latest_start or days[0], days[0])

    def fits(self, days: tuple[dt.date, dt.date]) -> bool:
        """Whether a mention dated ``days`` can be part of this trip: it is within
        :data:`SAME_TRIP_DAYS` of every dated mention already in it."""
        if self._earliest_end is None or self._latest_start is None:
            return True
        return max(days[0] - self._earliest_end, self._latest_start - days[1]).days <= SAME_TRIP_DAYS

    def best(self) -> Sighting:
        """The sighting that states the trip most explicitly (earliest on ties),
        whose status the trip takes; a trip that a dated or worded sighting shows
        under way or done is not a plan, whatever its later legs are."""
        ranked = sorted(self.sightings, key=lambda s: (s.rank, -s.span.start), reverse=True)
        if ranked[0].status == "planned":
            started = [s for s in ranked if s.status in ("ongoing", "occurred") and s.strength >= DATE]
            if started:
                return started[0]
        return ranked[0]

    def destination(self) -> tuple[Place | None, Entity | None]:
        """The most specific place named: a city over a region over the country."""
        order = {"city": 0, "geo": 1, "region": 2, "state": 2, "country": 3}
        named = [s for s in self.sightings if s.place is not None]
        if not named:
            return None, None
        top = min(named, key=lambda s: (-s.explicit, order.get(s.place.type, 1), s.span.start))
        return top.place, top.place_entity

    def dated(self) -> Sighting | None:
        """The sighting whose date dates the trip: the best one if it has a date,
        else the most explicit one that has; a mention dated within its date more
        precisely refines it ("next week" … "on Feb. 9")."""
        best = self.best()
        with_date = [s for s in self.sightings if s.date is not None]
        if best.date is not None:
            chosen = best
        elif with_date:
            chosen = max(with_date, key=lambda s: (s.rank, -s.span.start))
        else:
            return None
        outer = interval(chosen.date)
        if outer is None:
            return chosen
        inner = [(days, s) for s in with_date if (days := interval(s.date)) is not None
                 and outer[0] <= days[0] and days[1] <= outer[1] and days != outer]
        return min(inner, key=lambda x: (x[0][1] - x[0][0], x[1].span.start))[1] if inner else chosen

    def first_of(self, attribute: str) -> Any:
        """The first non-empty value of ``attribute`` across sightings, in text order."""
        for s in sorted(self.sightings, key=lambda s: s.span.start):
            value = getattr(s, attribute)
            if value is not None:
                return value
        return None
