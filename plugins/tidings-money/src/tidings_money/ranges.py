"""Pairs of amounts that share a currency: ranges ("$2.5-3 billion", "2 million to
3 million marks", "3-4%") and comparisons ("rose to 3.2 billion euros from 2.9 billion").

Each end of a range is its own mention; an end written without its currency,
percent sign or scale takes them from the other end. So does the earlier amount
of a comparison that writes the currency only once.

>>> text = "between 2 and 3 percent"
>>> joins_range(text, 8, 9, 14)
True
>>> joins_range("2 and 3 percent", 0, 1, 6)
False
>>> text = "rose to 3.2 billion euros from 2.9 billion."
>>> compares_with(text, 8, 25, 31, 42)
True
>>> text = "rose to 3.2 billion euros from 2.9 billion shares."
>>> compares_with(text, 8, 25, 31, 42)
False
"""

from __future__ import annotations

import regex

_CONNECTOR = regex.compile(r"[^\S\n]*(?:(?P<dash>[-–—])|(?P<word>to|or)|(?P<and>and))[^\S\n]*", regex.IGNORECASE)
_BETWEEN = regex.compile(r"(?<![\p{L}])between[^\S\n]+\S{0,4}\Z", regex.IGNORECASE)
# "to (a record) <amount> from|compared with <bare number>"
_TO = regex.compile(r"(?<![\p{L}])to[^\S\n]+(?:a[^\S\n]+record[^\S\n]+)?\Z", regex.IGNORECASE)
_FROM = regex.compile(r"[^\S\n]+(?:from|compared[^\S\n]+with)[^\S\n]+", regex.IGNORECASE)
# A word after the bare number that makes it a count of something else ("from 40 stores"),
# unlike the words of time that follow a comparison ("from 2.9 billion a year earlier").
_COUNTED = regex.compile(
    r"-?[^\S\n]*(?!(?:an?|in|last|the|at|on|during|earlier|previously|before)(?![\p{L}]))\p{L}",
    regex.IGNORECASE,
)


def joins_range(text: str, left_start: int, left_end: int, right_start: int) -> bool:
    """Whether the number ending at ``left_end`` and the one starting at
    ``right_start`` are the two ends of one range ("and" only after "between")."""
    if right_start - left_end > 8:
        return False
    m = _CONNECTOR.fullmatch(text, left_end, right_start)
    if m is None:
        return False
    return not m.group("and") or _BETWEEN.search(text, max(0, left_start - 14), left_start) is not None


def compares_with(text: str, left_start: int, left_end: int, right_start: int, right_end: int) -> bool:
    """Whether the bare number at ``text[right_start:right_end]`` is what the amount
    at ``text[left_start:left_end]`` is compared with, in its currency ("rose to
    3.2 billion euros from 2.9 billion")."""
    return (
        _FROM.fullmatch(text, left_end, right_start) is not None  # the rarest first
        and _TO.search(text, max(0, left_start - 16), left_start) is not None
        and _COUNTED.match(text, right_end) is None
    )
