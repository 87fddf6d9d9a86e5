"""Properties that hold for any text: no crash, valid offsets, linear time."""

from __future__ import annotations

import time

import tidings
import tidings_dates
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

PIPELINE = tidings.Pipeline([tidings_dates.dates], strict=True)

_NEWS_WORDS = st.sampled_from(
    "on in the last next this Monday Friday May March October 2024 1990s late early mid- about more than "
    "two four-day 3pm 10:35 a.m. ago earlier later year years month week quarter third-quarter fiscal "
    "every daily now recently yesterday , . ' ’s - / 28/01/2026 Jan. 28 $ % «» “ ” 100000 "
    "99999999999999999999 days weeks Christmas Easter winter is due will had been meet arrives planned "
    "agreed to may o'clock four morning for the year ended ending year-end since until EST, \n".split(" ")
)
_TEXTS = st.one_of(
    st.text(max_size=300),
    st.lists(_NEWS_WORDS, max_size=80).map(" ".join),
    st.lists(st.one_of(_NEWS_WORDS, st.text(max_size=4)), max_size=80).map("".join),
)


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(text=_TEXTS, published=st.one_of(st.none(), st.dates()))
def test_any_text_gives_valid_dates(text, published):
    result = PIPELINE(text, published=published)
    assert result.errors == ()
    for e in result.of_kind("date"):
        assert 0 <= e.start < e.end <= len(text)
        assert text[e.start : e.end] == e.text
        assert e.value.type in {"DATE", "TIME", "DURATION", "SET"}
        assert e.value.timex
        if e.value.first is not None:
            assert e.value.first <= e.value.last


def _seconds(text: str) -> float:
    start = time.perf_counter()
    PIPELINE(text, published="2026-01-28")
    return time.perf_counter() - start


def test_calendar_edges_never_fail():
    text = "It was 100000 days ago, 5000 years later, last week, on Monday, at Christmas, last winter and 99999999999999999999 weeks ago."
    for published in ("0001-01-01", "9999-12-31", "2026-01-28", None):
        result = PIPELINE(text, published=published)
        assert result.errors == ()
    got = [(e.text, e.value.timex) for e in PIPELINE(text, published="2026-01-28").of_kind("date")]
    assert ("100000 days ago", "1752-04-14") in got
    assert all(not mention.startswith("99999") for mention, _ in got)


def test_time_is_roughly_linear_in_length():
    # Adversarial: long runs of what almost matches (digits, month names, hyphens, spaces).
    unit = "May 2024-2025 the late 1990s 12/12/12 mid-- 3:3 a.m. four-four-day years ago Jan. 28, " * 5
    small, large = unit * 20, unit * 160
    _seconds(small)  # warm the caches
    ratio = min(_seconds(large) for _ in range(2)) / min(_seconds(small) for _ in range(2))
    assert ratio < 8 * 3, ratio  # 8× the text: well under quadratic (64×)


def test_a_chain_of_ranges_does_not_walk_the_years():
    # each day ending a range must not start the next: the years would run to 9999,
    # each a new string for dateparser
    text = "Dec. 27 to Dec. 26 to " * 500
    assert _seconds(text) < 2.0
    values = {e.value.timex for e in PIPELINE(text, published="2026-01-28").of_kind("date")}
    assert values <= {"2025-12-26", "2025-12-27", "2026-12-26"}, sorted(values)[:5]


def test_pathological_runs_are_fast():
    for text in ("1" * 50_000, "-" * 50_000, "a " * 25_000, "May " * 12_000, "'" * 50_000, "x" * 50_000):
        assert _seconds(text) < 2.0, text[:10]


def test_html_remnants_and_unicode():
    text = "<p>On <b>Wednesday</b>, 28&nbsp;January 2026</p> — 🎉 in\u00a0October\u200b; ٢٠٢٤ and ２０２４."
    got = [(e.text, e.value.timex) for e in PIPELINE(text, published="2026-01-28").of_kind("date")]
    assert ("Wednesday", "2026-01-28") in got
    assert all(text[e.start : e.end] == e.text for e in PIPELINE(text, published="2026-01-28").of_kind("date"))
