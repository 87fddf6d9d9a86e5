"""Ranges of amounts: "$2.5-3 billion", "2 million to 3 million marks", "3-4%".

Each end of a range is its own mention; an end written without its currency,
percent sign or scale takes them from the other end.

>>> text = "between 2 and 3 percent"
>>> joins_range(text, 8, 9, 14)
True
>>> joins_range("2 and 3 percent", 0, 1, 6)
False
"""

from __future__ import annotations

import regex

_CONNECTOR = regex.compile(r"[^\S\n]*(?:(?P<dash>[-–—])|(?P<word>to|or)|(?P<and>and))[^\S\n]*", regex.IGNORECASE)
_BETWEEN = regex.compile(r"(?<![\p{L}])between[^\S\n]+\S{0,4}\Z", regex.IGNORECASE)


def joins_range(text: str, left_start: int, left_end: int, right_start: int) -> bool:
    """Whether the number ending at ``left_end`` and the one starting at
    ``right_start`` are the two ends of one range ("and" only after "between")."""
    if right_start - left_end > 8:
        return False
    m = _CONNECTOR.fullmatch(text, left_end, right_start)
    if m is None:
        return False
    return not m.group("and") or _BETWEEN.search(text, max(0, left_start - 14), left_start) is not None
