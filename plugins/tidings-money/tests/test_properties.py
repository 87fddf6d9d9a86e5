"""Property tests: any text, valid offsets, values of the right type, linear time."""

from __future__ import annotations

import time
from decimal import Decimal

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import tidings
from tidings.values import Money, Percent
from tidings_money import money

PIPELINE = tidings.Pipeline([money], strict=True)

MONEYISH = st.text(alphabet="0123456789 ,.-$€£¥%#krRsUSCAD dollarseuropnt\n½billionm")


def check(text: str) -> None:
    result = PIPELINE(text, published="1999-01-01")
    for e in result.entities:
        assert 0 <= e.start < e.end <= len(text)
        assert text[e.start : e.end] == e.text
        assert isinstance(e.value, Money if e.kind == "money" else Percent)
    spans = [(e.start, e.end) for e in result.entities]
    assert all(a[1] <= b[0] for a, b in zip(spans, spans[1:], strict=False)), "mentions must not overlap"


@settings(max_examples=150, deadline=None)
@given(st.text())
def test_any_unicode_text(text: str) -> None:
    check(text)


@settings(max_examples=300, deadline=None)
@given(MONEYISH)
def test_money_like_text(text: str) -> None:
    check(text)


def test_html_remnants_and_empty_text() -> None:
    check("")
    check("<p>Price: <b>$5</b>&nbsp;million &amp; 4%</p>")
    result = PIPELINE("<td>$5 million</td><td>4%</td>")
    assert [e.text for e in result.entities] == ["$5 million", "4%"]
    result = PIPELINE("<p>&pound;5m and &euro;3bn, up 4&#37;</p>")
    assert [(e.text, e.value.currency) for e in result.of_kind("money")] == [("&pound;5m", "GBP"), ("&euro;3bn", "EUR")]


def _seconds(text: str) -> float:
    """The best of three timings (the machine is shared: noise only adds time)."""
    best = float("inf")
    for _ in range(3):
        t = time.perf_counter()
        PIPELINE(text)
        best = min(best, time.perf_counter() - t)
    return best


@pytest.mark.parametrize(
    "unit",
    ["1", "1,", "9" * 50 + " ", "$1 ", "$", "dollars ", "1 dollars ", "kr ", "US$ ", "5% ", "Canadian ",
     "billion ", "1-", "#", "francs Paris ", "kr 1 Oslo Copenhagen ", "¥5 China Japan ",
     "A$1 Sydney $2 "],
)
def test_linear_time(unit: str) -> None:
    small, big = _seconds(unit * 500), _seconds(unit * 5_000)
    # Ten times the input may take at most 40 times as long (linear plus noise; quadratic is 100).
    assert big < max(40 * small, 0.5)


FORMATS = [
    ("${:,}", 1, "USD"),
    ("US${} million", 10**6, "USD"),
    ("€{}m", 10**6, "EUR"),
    ("£{}bn", 10**9, "GBP"),
    ("{:,} euros", 1, "EUR"),
    ("{} billion yen", 10**9, "JPY"),
    ("{} million Canadian dollars", 10**6, "CAD"),
    ("CHF {}", 1, "CHF"),
    ("{} cents", 0.01, "USD"),
]


@settings(max_examples=200, deadline=None)
@given(
    st.integers(min_value=1, max_value=10**12),
    st.sampled_from(FORMATS),
    st.sampled_from(["It paid ", "Sales were about ", "(", "- "]),
    st.sampled_from([".", " a share.", ")", " in 2024, up 4%."]),
)
def test_written_amounts_read_back(n: int, fmt: tuple[str, float, str], before: str, after: str) -> None:
    pattern, scale, currency = fmt
    mention = pattern.format(n)
    text = before + mention + after
    money_found = PIPELINE(text, published="2024-06-01").of_kind("money")
    assert [(e.text, e.value.currency) for e in money_found] == [(mention, currency)]
    expected = Decimal(n) * Decimal(str(scale))
    assert money_found[0].value.amount == expected


@settings(max_examples=150, deadline=None)
@given(
    st.decimals(min_value=0, max_value=1000, places=2, allow_nan=False),
    st.sampled_from(["{}%", "{} percent", "{} per cent", "{} pct", "{} percentage points"]),
)
def test_written_percentages_read_back(value: Decimal, pattern: str) -> None:
    mention = pattern.format(value)
    [e] = PIPELINE(f"Turnout rose {mention} on Sunday.").of_kind("percent")
    assert (e.text, e.value.amount) == (mention, value)
    assert e.value.unit == ("percentage_point" if "points" in pattern else "percent")
