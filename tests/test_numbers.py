"""Tests for tidings.numbers: written and digit numbers, scales, offsets, speed."""

from __future__ import annotations

import time
from decimal import Decimal

import pytest
from hypothesis import example, given, settings
from hypothesis import strategies as st

from tidings.numbers import find_numbers, parse_number


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("0", "0"),
        ("42", "42"),
        ("1,234.5", "1234.5"),
        ("1,000,000", "1000000"),
        (".5", "0.5"),
        ("1.234,5", "1234.5"),
        ("1.234.567", "1234567"),
        ("3,5 mln", "3500000"),
        ("1,5 mld", "1500000000"),
        ("5\u00a0000", "5000"),
        ("1\u202f234\u202f567,5", "1234567.5"),
        ("1.2bn", "1200000000"),
        ("1.2 bn", "1200000000"),
        ("5b", "5000000000"),
        ("200m", "200000000"),
        ("3k", "3000"),
        ("1.5 million", "1500000"),
        ("1.6-billion", "1600000000"),
        ("1billion", "1000000000"),
        ("3 trillion", "3000000000000"),
        ("12 crore", "120000000"),
        ("5 lakh", "500000"),
        ("11.11 lakh crore", "11110000000000"),
        ("75 thousand-crore", "750000000000"),
        ("6 3/8", "6.375"),
        ("6½", "6.5"),
        ("zero", "0"),
        ("seven", "7"),
        ("Nineteen", "19"),
        ("twenty-two", "22"),
        ("twenty two", "22"),
        ("one hundred and five", "105"),
        ("nineteen hundred and ninety-nine", "1999"),
        ("two billion", "2000000000"),
        ("two million three hundred thousand", "2300000"),
        ("a million", "1000000"),
        ("a hundred", "100"),
        ("half a million", "500000"),
        ("a half million", "500000"),
        ("one half", "0.5"),
        ("a quarter of a million", "250000"),
        ("three quarters of a billion", "750000000"),
        ("one and a half billion", "1500000000"),
        ("two and a half", "2.5"),
        ("a dozen", "12"),
        ("two dozen", "24"),
        ("half a dozen", "6"),
        ("one point six billion", "1600000000"),
        ("two point five", "2.5"),
        ("zero point two five", "0.25"),
    ],
)
def test_parse_number(text: str, value: str) -> None:
    assert parse_number(text) == Decimal(value)


@pytest.mark.parametrize(
    "text",
    ["", "   ", "a", "and", "point", "one point", "dozens", "hundreds", "two and three", "one two", "the", "1 2",
     "ten twenty"],
)
def test_not_one_number(text: str) -> None:
    assert parse_number(text) is None


def test_scale_is_reported_for_range_ends() -> None:
    found = list(find_numbers("$2.5-3 billion"))
    assert [(n.text, n.value, n.scale) for n in found] == [
        ("2.5", Decimal("2.5"), Decimal(1)),
        ("3 billion", Decimal("3000000000"), Decimal(10) ** 9),
    ]


def test_offsets_and_several_numbers_in_one_run_of_words() -> None:
    text = "They met one of the two hundred delegates, and five or six more."
    found = list(find_numbers(text))
    assert [(n.text, n.value) for n in found] == [
        ("one", Decimal(1)),
        ("two hundred", Decimal(200)),
        ("five", Decimal(5)),
        ("six", Decimal(6)),
    ]
    assert all(text[n.start : n.end] == n.text for n in found)


def test_decimal_comma_only_when_unambiguous() -> None:
    # An English reader sees two numbers here, not 2009.10.
    assert [n.text for n in find_numbers("in 2009,10 people")] == ["2009"]
    assert [n.value for n in find_numbers("up 2,5% and 3,5 mln")] == [Decimal("2.5"), Decimal("3500000")]
    assert [n.value for n in find_numbers("1,500 people")] == [Decimal(1500)]


def test_no_number_inside_words_or_versions() -> None:
    assert list(find_numbers("A320 v1.2.3 someone tension often")) == []


def test_glued_digits_only_on_request() -> None:
    assert list(find_numbers("R5bn DM100")) == []
    assert [(n.text, n.value) for n in find_numbers("R5bn DM100", glued=True)] == [
        ("5bn", Decimal(5_000_000_000)),
        ("100", Decimal(100)),
    ]


def test_dot_after_a_word_is_no_decimal_point() -> None:
    assert [(n.text, n.value) for n in find_numbers("Rs.500", glued=True)] == [("500", Decimal(500))]


def test_leading_zeros_are_not_a_number() -> None:
    # "5 000" with a plain space: the "000" alone must not read as zero.
    assert [n.text for n in find_numbers("5 000 euros, agent 007")] == ["5"]
    assert [n.value for n in find_numbers("0.5 and 0")] == [Decimal("0.5"), Decimal(0)]


def test_spaced_single_letters_are_not_scales() -> None:
    assert [(n.text, n.value) for n in find_numbers("a 5 m drop")] == [("5", Decimal(5))]
    assert [(n.text, n.value) for n in find_numbers("the 5km race")] == [("5", Decimal(5))]


def test_search_window() -> None:
    text = "one two three"
    assert [n.text for n in find_numbers(text, 4, 7)] == ["two"]


def test_number_words_in_any_case_beside_letters_that_fold_to_two() -> None:
    # Number words are looked for in the case folding, where "ß" becomes "ss".
    assert [(n.start, n.text) for n in find_numbers("Straße: TWO million, a  Dozen")] == [
        (8, "TWO million"),
        (21, "a  Dozen"),
    ]
    assert [(n.start, n.text) for n in find_numbers("Twenty-Five GmbH, İki one")] == [(0, "Twenty-Five"), (22, "one")]


_WORDS_ALPHABET = ["one", "TWO", "Hundred", "a", "An", "and", "of", "point", "half", "quarters", "dozen", "million",
                   "teen", "often", " ", "  ", "-", "\n", "\u00a0", "ß", "ſ", "İ", "ﬁve", "é", "\u0301", "_", "1", "½"]


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(_WORDS_ALPHABET), max_size=12).map("".join), st.integers(-3, 40))
@example("half a  million, an-dozen", 0)
@example("ß a one", 3)
def test_number_words_are_the_words_pattern_matches(text: str, start: int) -> None:
    # The words are looked for only where one starts: the same runs as the pattern's scan.
    from tidings.numbers import _WORDS_PATTERN, _word_runs

    start, stop, _ = slice(start, None).indices(len(text))
    assert [m.span() for m in _word_runs(text, start, stop)] == [
        m.span() for m in _WORDS_PATTERN.finditer(text, start, stop)
    ]


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet="0123456789٣,. -/½abmk_\u00a0"), st.integers(-3, 20), st.booleans())
@example(".5 and 1.5, x.5", 0, False)
def test_numbers_in_digits_are_the_digit_pattern_matches(text: str, start: int, glued: bool) -> None:
    # Digits are looked for only where a run of digits (or the point before it) starts.
    from tidings.numbers import _DIGIT_PATTERN, _GLUED_DIGIT_PATTERN, _digit_starts, _matches_at

    pattern = _GLUED_DIGIT_PATTERN if glued else _DIGIT_PATTERN
    start, stop, _ = slice(start, None).indices(len(text))
    assert [m.span() for m in _matches_at(pattern, text, _digit_starts(text, start, stop), stop)] == [
        m.span() for m in pattern.finditer(text, start, stop)
    ]


def test_over_long_digit_runs_are_not_numbers() -> None:
    assert list(find_numbers("9" * 500)) == []
    # Nor fractions with an over-long numerator or denominator (int() refuses 4,300 digits).
    assert list(find_numbers("1 1/" + "9" * 5000)) == list(find_numbers("1 " + "9" * 5000 + "/2")) == []


@settings(max_examples=200, deadline=None)
@given(st.text())
def test_any_text_gives_valid_offsets(text: str) -> None:
    for n in find_numbers(text):
        assert 0 <= n.start < n.end <= len(text)
        assert text[n.start : n.end] == n.text
        assert isinstance(n.value, Decimal)


@settings(max_examples=200, deadline=None)
@given(st.text(alphabet="0123456789,. -/½abmkilonhdrtwe"))
def test_number_alphabet_never_crashes(text: str) -> None:
    for n in find_numbers(text):
        assert text[n.start : n.end] == n.text


def _seconds(text: str) -> float:
    """The best of three timings (the machine is shared: noise only adds time)."""
    best = float("inf")
    for _ in range(3):
        t = time.perf_counter()
        list(find_numbers(text))
        best = min(best, time.perf_counter() - t)
    return best


@pytest.mark.parametrize(
    "unit",
    ["1", "1,", "1,111", "1.", "1 ", "one ", "a ", "and ", "twenty-", "half a ", "1 1/", "3,5 "],
)
def test_linear_time(unit: str) -> None:
    small, big = _seconds(unit * 2_000), _seconds(unit * 20_000)
    # Ten times the input may cost at most 40 times the time (linear plus noise; quadratic is 100).
    assert big < max(40 * small, 0.25)
