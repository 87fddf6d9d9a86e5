"""Calendar arithmetic on TIMEX3 values: shifting, anchoring and intervals.

A resolved DATE value names a calendar interval; :func:`interval` gives its
granularity and its first and last day, so "December 2015" is the whole month:

>>> interval("2015-12")
('month', datetime.date(2015, 12, 1), datetime.date(2015, 12, 31))
>>> interval("1989-Q3")
('quarter', datetime.date(1989, 7, 1), datetime.date(1989, 9, 30))
>>> interval("199")
('decade', datetime.date(1990, 1, 1), datetime.date(1999, 12, 31))
>>> interval("XXXX-10")
('month', None, None)
"""

from __future__ import annotations

import datetime as dt
import functools

import regex

#: TIMEX3 season codes with the months each starts and ends (northern hemisphere).
SEASONS: dict[str, tuple[int, int]] = {"SP": (3, 5), "SU": (6, 8), "FA": (9, 11), "WI": (12, 2)}

_VALUE = regex.compile(
    r"""(?x)
    (?P<year>\d{4})
    (?: -(?P<month>\d\d)(?:-(?P<day>\d\d))?
      | -W(?P<week>\d\d?)(?P<weekend>-WE)?
      | -Q(?P<quarter>[1-4])
      | -H(?P<half>[12])
      | -(?P<season>SP|SU|FA|WI)
    )?
    (?:T(?P<time>[\w:]+))?
    \Z
    """
)
_DECADE = regex.compile(r"(?P<decade>\d{3})X?\Z|(?P<century>\d\d)\Z")
_UNRESOLVED = regex.compile(r"X{4}(?P<rest>(?:-[\dX]{2}){0,2})(?:T[\w:]+)?\Z")


def is_leap(year: int) -> bool:
    """Whether ``year`` has a 29 February.

    >>> is_leap(2024), is_leap(1900), is_leap(2000)
    (True, False, True)
    """
    return year % 4 == 0 and (year % 100 != 0 or year % 400 == 0)


def day_of(year: int, month: int, day: int) -> dt.date | None:
    """The day ``day`` of ``month`` in ``year``, or None when there is none
    (30 February, day 0, a year beyond 9999).

    >>> day_of(2026, 1, 28), day_of(2026, 2, 30), day_of(2024, 2, 29)
    (datetime.date(2026, 1, 28), None, datetime.date(2024, 2, 29))
    """
    try:
        return dt.date(year, month, day)
    except ValueError:
        return None


def last_day(year: int, month: int) -> dt.date:
    """The last day of a month.

    >>> last_day(2024, 2)
    datetime.date(2024, 2, 29)
    """
    nxt = dt.date(year + month // 12, month % 12 + 1, 1)
    return nxt - dt.timedelta(days=1)


def add_months(year: int, month: int, n: int) -> tuple[int, int]:
    """(year, month) ``n`` months later (earlier if negative).

    >>> add_months(2026, 1, -4)
    (2025, 9)
    """
    index = year * 12 + month - 1 + n
    return index // 12, index % 12 + 1


def week_value(day: dt.date) -> str:
    """The ISO week holding ``day``, as TIMEX3 writes it.

    >>> week_value(dt.date(2026, 1, 28))
    '2026-W05'
    """
    year, week, _ = day.isocalendar()
    return f"{year}-W{week:02d}"


def quarter_of(day: dt.date) -> tuple[int, int]:
    """(year, quarter) holding ``day``."""
    return day.year, (day.month - 1) // 3 + 1


def season_of(day: dt.date) -> tuple[int, str]:
    """(year, season code) holding ``day``; a winter bears the year it starts in,
    so January belongs to the previous year's winter.

    >>> season_of(dt.date(1998, 12, 20)), season_of(dt.date(1999, 1, 20)), season_of(dt.date(1998, 10, 1))
    ((1998, 'WI'), (1998, 'WI'), (1998, 'FA'))
    """
    if day.month <= 2:
        return day.year - 1, "WI"
    if day.month == 12:
        return day.year, "WI"
    code = next(code for code, (first, last) in SEASONS.items() if first <= day.month <= last)
    return day.year, code


def nearest_weekday(anchor: dt.date, weekday: int, direction: int) -> dt.date:
    """The ``weekday`` (Monday 0) on or before ``anchor`` (direction -1) or on
    or after it (+1).

    >>> nearest_weekday(dt.date(2026, 1, 28), 2, -1), nearest_weekday(dt.date(2026, 1, 28), 4, -1)
    (datetime.date(2026, 1, 28), datetime.date(2026, 1, 23))
    """
    delta = (weekday - anchor.weekday()) % 7
    if direction < 0:
        return anchor - dt.timedelta(days=(7 - delta) % 7)
    return anchor + dt.timedelta(days=delta)


def closest_weekday(anchor: dt.date, weekday: int) -> dt.date:
    """The ``weekday`` nearest ``anchor``, before or after it (no more than
    three days away: a week has no tie).

    >>> closest_weekday(dt.date(2026, 1, 28), 4), closest_weekday(dt.date(2026, 1, 28), 0)
    (datetime.date(2026, 1, 30), datetime.date(2026, 1, 26))
    """
    after = nearest_weekday(anchor, weekday, 1)
    return after if (after - anchor).days <= 3 else after - dt.timedelta(days=7)


def nearest_month(anchor: dt.date, month: int, direction: int) -> tuple[int, int]:
    """(year, month) of the ``month`` on or before (direction -1) or on or
    after (+1) the month of ``anchor``.

    >>> nearest_month(dt.date(2026, 1, 28), 10, -1), nearest_month(dt.date(2026, 1, 28), 10, 1)
    ((2025, 10), (2026, 10))
    """
    if direction < 0:
        return (anchor.year if month <= anchor.month else anchor.year - 1), month
    return (anchor.year if month >= anchor.month else anchor.year + 1), month


def closest_month(anchor: dt.date, month: int) -> tuple[int, int]:
    """(year, month) of the ``month`` nearest the month of ``anchor``, before
    or after it (before on a tie).

    >>> closest_month(dt.date(1989, 10, 30), 1), closest_month(dt.date(1989, 10, 30), 8)
    ((1990, 1), (1989, 8))
    """
    before, after = nearest_month(anchor, month, -1), nearest_month(anchor, month, 1)
    ahead = (after[0] - anchor.year) * 12 + month - anchor.month
    back = (anchor.year - before[0]) * 12 + anchor.month - month
    return after if ahead < back else before


def shift(anchor: dt.date, unit: str, n: int) -> str:
    """The TIMEX3 value of the ``unit`` that is ``n`` units from ``anchor``.

    Raises :class:`OverflowError` beyond the years 1 to 9999, which
    :mod:`datetime` cannot hold either.

    >>> shift(dt.date(2026, 1, 28), "month", -1), shift(dt.date(2026, 1, 28), "year", 1)
    ('2025-12', '2027')
    >>> shift(dt.date(2026, 1, 28), "week", -1), shift(dt.date(2026, 1, 28), "quarter", -1)
    ('2026-W04', '2025-Q4')
    """
    value = _shift(anchor, unit, n)
    if not 1 <= int(value[:4].ljust(4, "0")) <= 9999 or value.startswith("-"):
        raise OverflowError(f"{n} {unit}s from {anchor} is off the calendar")
    return value


def _shift(anchor: dt.date, unit: str, n: int) -> str:
    if unit == "day":
        return (anchor + dt.timedelta(days=n)).isoformat()
    if unit in ("week", "weekend"):
        value = week_value(anchor + dt.timedelta(weeks=n))
        return value + "-WE" if unit == "weekend" else value
    if unit == "month":
        return "%04d-%02d" % add_months(anchor.year, anchor.month, n)
    if unit == "quarter":
        year, quarter = quarter_of(anchor)
        index = year * 4 + quarter - 1 + n
        return f"{index // 4:04d}-Q{index % 4 + 1}"
    if unit == "half":
        index = anchor.year * 2 + (anchor.month > 6) + n
        return f"{index // 2:04d}-H{index % 2 + 1}"
    if unit == "year":
        return f"{anchor.year + n:04d}"
    if unit == "decade":
        return f"{anchor.year // 10 + n:03d}"
    if unit == "century":
        return f"{anchor.year // 100 + n:02d}"
    raise ValueError(f"unknown calendar unit {unit!r}")


@functools.lru_cache(maxsize=4096)
def interval(value: str) -> tuple[str | None, dt.date | None, dt.date | None]:
    """(granularity, first day, last day) of a TIMEX3 DATE or TIME value.

    Unresolved values (``XXXX-10``) keep their granularity and no days; values
    that name no interval (``PRESENT_REF``, durations) give ``(None, None, None)``.
    An article names the same values again and again: they are remembered.
    """
    m = _VALUE.match(value)
    if m is None:
        d = _DECADE.match(value)
        if d and d["decade"]:
            start = int(d["decade"]) * 10
            return "decade", dt.date(start, 1, 1), dt.date(start + 9, 12, 31)
        if d and d["century"]:
            start = int(d["century"]) * 100
            return "century", dt.date(start, 1, 1), dt.date(start + 99, 12, 31)
        u = _UNRESOLVED.match(value)
        if u:
            granularity = ("year", "month", "day")[u["rest"].count("-")]
            return ("time" if "T" in value else granularity), None, None
        return None, None, None
    try:
        return _resolved_interval(m)
    except ValueError:
        return None, None, None


def _resolved_interval(m: regex.Match[str]) -> tuple[str, dt.date, dt.date]:
    year = int(m["year"])
    if m["day"]:
        day = dt.date(year, int(m["month"]), int(m["day"]))
        return ("time" if m["time"] else "day"), day, day
    if m["month"]:
        month = int(m["month"])
        return "month", dt.date(year, month, 1), last_day(year, month)
    if m["week"]:
        monday = dt.date.fromisocalendar(year, int(m["week"]), 1)
        if m["weekend"]:
            return "weekend", monday + dt.timedelta(days=5), monday + dt.timedelta(days=6)
        return "week", monday, monday + dt.timedelta(days=6)
    if m["quarter"]:
        first = (int(m["quarter"]) - 1) * 3 + 1
        return "quarter", dt.date(year, first, 1), last_day(year, first + 2)
    if m["half"]:
        first = 1 if m["half"] == "1" else 7
        return "half", dt.date(year, first, 1), last_day(year, first + 5)
    if m["season"]:
        first, last = SEASONS[m["season"]]
        if m["season"] == "WI":
            return "season", dt.date(year, first, 1), last_day(year + 1, last)
        return "season", dt.date(year, first, 1), last_day(year, last)
    return "year", dt.date(year, 1, 1), dt.date(year, 12, 31)
