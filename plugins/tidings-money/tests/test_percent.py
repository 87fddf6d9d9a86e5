"""Percentages: forms, units, ranges and what is not a percentage."""

from __future__ import annotations

import pytest

import tidings
from tidings_money import money

PIPELINE = tidings.Pipeline([money])


def percents(text: str) -> list[tuple[str, str, str]]:
    """(span text, value, unit) of each percent entity."""
    result = PIPELINE(text)
    assert not result.errors
    return [(e.text, format(e.value.amount, "f"), e.value.unit) for e in result.of_kind("percent")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("up 4%", [("4%", "4", "percent")]),
        ("up 4 %", [("4 %", "4", "percent")]),
        ("4 percent", [("4 percent", "4", "percent")]),
        ("four per cent", [("four per cent", "4", "percent")]),
        ("Twelve Percent", [("Twelve Percent", "12", "percent")]),
        ("12.5 pct", [("12.5 pct", "12.5", "percent")]),
        ("up 1.5 pct. in May", [("1.5 pct.", "1.5", "percent")]),
        ("It rose 4 pct. The bank", [("4 pct", "4", "percent")]),
        ("cut by 0.25 pct point", [("0.25 pct point", "0.25", "percentage_point")]),
        ("a 1/2 percent rise and 3/4%", [("1/2 percent", "0.5", "percent"), ("3/4%", "0.75", "percent")]),
        ("in 10/12% and 5/2%", [("12%", "12", "percent"), ("2%", "2", "percent")]),
        ("a 3.5pc rise", [("3.5pc", "3.5", "percent")]),
        ("a 4-percent rise", [("4-percent", "4", "percent")]),
        ("a 10percent rise", [("10percent", "10", "percent")]),
        ("6 3/8%", [("6 3/8%", "6.375", "percent")]),
        (".85%", [(".85%", "0.85", "percent")]),
        ("2,5% inflation", [("2,5%", "2.5", "percent")]),
        ("3 percentage points", [("3 percentage points", "3", "percentage_point")]),
        ("one percentage point", [("one percentage point", "1", "percentage_point")]),
        ("half a percentage point", [("half a percentage point", "0.5", "percentage_point")]),
        ("rose 0.4 percent, to 4.4 percent", [("0.4 percent", "0.4", "percent"), ("4.4 percent", "4.4", "percent")]),
    ],
)
def test_forms(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert percents(text) == expected


def test_span_stays_on_the_percentage() -> None:
    text = "Sales were up 4% year on year."
    [e] = PIPELINE(text).of_kind("percent")
    assert (e.start, e.end, e.text) == (14, 16, "4%")


def test_ranges_give_two_values() -> None:
    assert percents("3-4% growth") == [("3", "3", "percent"), ("4%", "4", "percent")]
    assert percents("between 3 and 4 percent") == [("3", "3", "percent"), ("4 percent", "4", "percent")]
    assert percents("2% to 2.5%") == [("2%", "2", "percent"), ("2.5%", "2.5", "percent")]
    assert percents("2 to 3 percentage points") == [
        ("2", "2", "percentage_point"),
        ("3 percentage points", "3", "percentage_point"),
    ]


@pytest.mark.parametrize(
    "text",
    [
        "a third of voters, half the city, double the size",
        "the rate rose 110 basis points",
        "Clinton led by 7 points; the Dow fell 39.55 points",
        "in 2 years 4 persons left",
        "B52%",
    ],
)
def test_not_percentages(text: str) -> None:
    assert percents(text) == []


def test_percent_is_not_money() -> None:
    result = PIPELINE("Inflation was 4 per cent, or 5 cents on the dollar.")
    assert [(e.kind, e.text) for e in result.entities] == [("percent", "4 per cent"), ("money", "5 cents")]


def test_a_year_before_to_is_no_range_end() -> None:
    assert percents("Sales rose in 1988 to 4.5% and from 5% in 1999 to 6%.") == [
        ("4.5%", "4.5", "percent"),
        ("5%", "5", "percent"),
        ("6%", "6", "percent"),
    ]
