"""Calendar dates of visits: which date entities can date a trip, and the days they cover.

A visit is dated by a calendar DATE (``2026-01-28``, ``2025-12``, ``1999-W02``):
durations, sets and undetermined references ("recently") cannot date it. A time
of day is cut to its day, since the guidelines date visits by day.

>>> calendar_value("1998-08-18TMO")
'1998-08-18'
>>> calendar_value("P4M") is None, calendar_value("PAST_REF") is None
(True, True)
>>> interval("1999-W02")
(datetime.date(1999, 1, 11), datetime.date(1999, 1, 17))
>>> interval("2025-12")
(datetime.date(2025, 12, 1), datetime.date(2025, 12, 31))
"""

from __future__ import annotations

import calendar
import datetime as dt

import regex

from tidings import Entity

_CALENDAR = regex.compile(r"(\d{4})(?:-(?:(\d{2})(?:-(\d{2}))?|W(\d{2})|Q([1-4])|(SP|SU|FA|WI|H[12])))?")


def calendar_value(timex: str | None) -> str | None:
    """The calendar part of a TIMEX3 value (no time of day), or None if it has none."""
    if not timex:
        return None
    m = _CALENDAR.match(timex)
    if m is None or (m.end() < len(timex) and timex[m.end()] != "T"):
        return None
    return m.group()


def interval(timex: str | None) -> tuple[dt.date, dt.date] | None:
    """The first and last day a calendar TIMEX3 value covers, or None."""
    value = calendar_value(timex)
    if value is None:
        return None
    m = _CALENDAR.match(value)
    year = int(m.group(1))
    if not dt.MINYEAR <= year <= dt.MAXYEAR - 1:
        return None
    try:
        if m.group(3):
            day = dt.date(year, int(m.group(2)), int(m.group(3)))
            return day, day
        if m.group(2):
            month = int(m.group(2))
            return dt.date(year, month, 1), dt.date(year, month, calendar.monthrange(year, month)[1])
        if m.group(4):
            monday = dt.date.fromisocalendar(year, int(m.group(4)), 1)
            return monday, monday + dt.timedelta(days=6)
        if m.group(5):
            quarter = int(m.group(5))
            first = dt.date(year, 3 * quarter - 2, 1)
            last_month = 3 * quarter
            return first, dt.date(year, last_month, calendar.monthrange(year, last_month)[1])
    except ValueError:
        return None
    return dt.date(year, 1, 1), dt.date(year, 12, 31)


def dating(entity: Entity) -> str | None:
    """The calendar value a date entity gives a visit, or None if it cannot date one."""
    value = entity.value
    if getattr(value, "type", None) not in ("DATE", "TIME"):
        return None
    return calendar_value(getattr(value, "timex", None))
