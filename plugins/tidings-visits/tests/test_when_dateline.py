"""Calendar values that date a visit, and datelines that place a story."""

from __future__ import annotations

import datetime as dt

import pytest

from tidings import Entity, Place, Span, TimeValue
from tidings_visits.dateline import dateline_place
from tidings_visits.when import calendar_value, dating, interval


@pytest.mark.parametrize(
    ("timex", "value"),
    [("2026-01-28", "2026-01-28"), ("1998-08-18TMO", "1998-08-18"), ("2025-12", "2025-12"),
     ("1999-W02", "1999-W02"), ("2024-Q4", "2024-Q4"), ("2024", "2024"), ("P4M", None),
     ("PRESENT_REF", None), ("2024-13x", None), ("", None), (None, None)],
)
def test_calendar_value(timex, value):
    assert calendar_value(timex) == value


def test_intervals():
    assert interval("2024-Q4") == (dt.date(2024, 10, 1), dt.date(2024, 12, 31))
    assert interval("2024") == (dt.date(2024, 1, 1), dt.date(2024, 12, 31))
    assert interval("2024-02-30") is None
    assert interval("P3D") is None


def test_durations_and_sets_do_not_date_a_visit():
    def entity(type_: str, timex: str) -> Entity:
        return Entity(kind="date", span=Span(0, 4), text="four", value=TimeValue(type=type_, timex=timex))

    assert dating(entity("DURATION", "P4M")) is None
    assert dating(entity("SET", "P1W")) is None
    assert dating(entity("DATE", "2026-01-28")) == "2026-01-28"


@pytest.mark.parametrize(
    ("text", "name", "country"),
    [
        ("\n\nNAIROBI, Kenya (AP) _\n\nAlbright arrived.", "Nairobi", "KE"),
        ("DAR ES SALAAM, Tanzania (AP) _ U.S. Secretary", "Dar es Salaam", "TZ"),
        ("WARSAW, February 26 (Xinhua) -- The presidents", "Warsaw", "PL"),
        ("MOSCOW (AP)_ Presidents Leonid Kuchma", "Moscow", "RU"),
    ],
)
def test_dateline_places_the_story(text, name, country):
    _, place, _ = dateline_place(text, [])
    assert (place.name, place.country) == (name, country)


def test_dateline_prefers_the_place_entity_and_needs_an_agency():
    text = "WASHINGTON (AP) -- Officials said"
    entity = Entity(kind="place", span=Span(0, 10), text="WASHINGTON",
                    value=Place(name="Washington", country="US", type="city"))
    assert dateline_place(text, [entity]) == (Span(0, 10), entity.value, entity)
    assert dateline_place("Relations between the two countries continue.", []) is None
