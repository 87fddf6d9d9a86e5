"""Status of a visit from the words of its clause and from its date."""

from __future__ import annotations

import datetime as dt

import pytest

from tidings_visits.status import CUE, DATE, DEFAULT, cue, status_of

PUB = dt.date(2026, 1, 28)


def day(iso: str) -> tuple[dt.date, dt.date]:
    d = dt.date.fromisoformat(iso)
    return d, d


@pytest.mark.parametrize(
    ("clause", "expected"),
    [
        ("Macron will visit Beijing", "planned"),
        ("Macron is expected to travel to Beijing", "planned"),
        ("He's expected to meet Aziz later", "planned"),
        ("Macron plans to visit Beijing", "planned"),
        ("she looked forward to visiting Kenya", "planned"),
        ("the eve of the Pope's visit", "planned"),
        ("Just ahead of Albright's trip", "planned"),
        ("Macron's upcoming trip to Beijing", "planned"),
        ("Macron postponed his visit", "cancelled"),
        ("the trip was called off", "cancelled"),
        ("a cancelled visit to Delhi", "cancelled"),
        ("Mr. Blair's current visit to Washington", "ongoing"),
        ("a delegation was en route to Tehran", "ongoing"),
        ("Scharping, ending a two-day visit", "ongoing"),
        ("Xi is visiting Moscow", "ongoing"),
        ("Macron visited Beijing", None),
        ("William Cohen met visiting Chinese Defense Minister Chi Haotian", None),
        ("She was scheduled to meet Moi in a five-hour visit", None),
    ],
)
def test_cue(clause, expected):
    assert cue(clause) == expected


def test_modal_after_the_travel_word_is_not_a_plan():
    clause = "Thomson, who visited India, said flights would rise"
    assert cue(clause, until=clause.index("India")) is None
    assert cue(clause) == "planned"


@pytest.mark.parametrize(
    ("clause", "days", "kwargs", "expected"),
    [
        ("met him on Wednesday", day("2026-01-28"), {}, ("occurred", DATE)),
        ("met him today", day("2026-01-28"), {}, ("ongoing", DATE)),
        ("arrived in Moscow on Wednesday", day("2026-01-28"), {}, ("ongoing", DATE)),
        ("signed the plan Wednesday", day("2026-01-28"), {"at_dateline": True}, ("ongoing", DATE)),
        ("visited Washington in December", (dt.date(2025, 12, 1), dt.date(2025, 12, 31)), {}, ("occurred", DATE)),
        ("travels to Paris on Friday", day("2026-01-30"), {}, ("planned", DATE)),
        ("left Monday for consultations", day("2026-01-26"), {}, ("ongoing", DATE)),
        ("left in March for consultations", day("2025-03-02"), {}, ("occurred", DATE)),
        ("met this week", (dt.date(2026, 1, 26), dt.date(2026, 2, 1)), {}, ("occurred", DEFAULT)),
        ("spent five hours in Tanzania", None, {}, ("occurred", DEFAULT)),
        ("on a visit to India", None, {}, ("ongoing", DEFAULT)),
        ("on a visit to India", None, {"at_dateline": True}, ("ongoing", DEFAULT)),
        ("will visit India", None, {}, ("planned", CUE)),
    ],
)
def test_status_of(clause, days, kwargs, expected):
    assert status_of(clause, days, PUB, **kwargs) == expected
