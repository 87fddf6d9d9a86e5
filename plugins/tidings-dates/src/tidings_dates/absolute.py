"""Numeric dates through dateparser: only candidate strings, each parsed once.

dateparser knows the many readings of numeric dates ("28/01/2026", "1.2.26"),
but it is slow per call and resolves relative expressions without tense, so the
grammar finds the candidates and hands over the bare string; results are cached
per string and date order. A date with a month name needs no parser: its day
is checked by :func:`tidings_dates.calendar.day_of`.

>>> parse_day("Jan. 28 2026"), parse_day("28/01/2026", "DMY"), parse_day("Feb. 30 2026")
(datetime.date(2026, 1, 28), datetime.date(2026, 1, 28), None)
>>> day_order("01/28/2026 and 12/30/2025"), day_order("28.01.2026"), day_order("01/02/2026", url="https://www.bbc.co.uk/x")
('MDY', 'DMY', 'DMY')
"""

from __future__ import annotations

import datetime as dt
import functools
import urllib.parse

import dateparser
import regex

_SETTINGS = {"PREFER_DAY_OF_MONTH": "first", "REQUIRE_PARTS": ["day", "month", "year"]}
_NUMERIC = regex.compile(r"(?<![\d/.])([0-3]?\d)([/.\-])([0-3]?\d)\2(?:\d{4}|\d\d)(?![\d/.]\d)")
#: Country-code domains of sources that write the month first.
_MONTH_FIRST_DOMAINS = frozenset({"us", "ph", "fm", "pw", "mh"})
#: Generic domains, whose sources mostly write the month first.
_GENERIC_DOMAINS = frozenset({"com", "org", "net", "gov", "edu", "mil", "int", "info", "news"})


@functools.lru_cache(maxsize=8192)
def parse_day(string: str, order: str = "MDY") -> dt.date | None:
    """The day ``string`` names (day, month and year required), or None."""
    try:
        parsed = dateparser.parse(string, languages=["en"], settings={**_SETTINGS, "DATE_ORDER": order})
    except (ValueError, OverflowError):
        return None
    return parsed.date() if parsed else None


def day_order(text: str, url: str | None = None, language: str | None = None, default: str = "MDY") -> str:
    """The order of numeric dates in an article: what its unambiguous dates
    show (a first number above 12 is a day), else what its language tag says
    (``en-US`` month first, ``en-GB``, ``fr`` … day first), else what its web
    domain suggests (a country domain other than ``.us``: day first), else
    ``default``.

    >>> day_order("On 03/02/2026.", language="en-GB"), day_order("On 03/02/2026.", language="en-US")
    ('DMY', 'MDY')
    """
    for m in _NUMERIC.finditer(text):
        first, second = int(m[1]), int(m[3])
        if first > 12 >= second:
            return "DMY"
        if second > 12 >= first:
            return "MDY"
        if m[2] == ".":
            return "DMY"
    if language:
        tag = language.replace("_", "-").lower().split("-")
        if len(tag) > 1 or tag[0] != "en":
            return "MDY" if tag[-1] in _MONTH_FIRST_DOMAINS and tag[0] == "en" else "DMY"
    host = urllib.parse.urlsplit(url).hostname if url else None
    if host:
        domain = host.rsplit(".", 1)[-1].lower()
        if domain not in _GENERIC_DOMAINS and domain not in _MONTH_FIRST_DOMAINS:
            return "DMY"
    return default
