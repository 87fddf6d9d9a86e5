"""Word tables of news English time expressions, with their calendar meaning.

>>> MONTHS["sept"], WEEKDAYS["thursday"], UNITS["decades"]
(9, 3, ('decade', 'P', 'DE'))
"""

from __future__ import annotations

import regex

_SPACES = regex.compile(r"\s+")


def key(words: str) -> str:
    """The form a phrase is looked up by in these tables: lower case, straight
    apostrophes, one space between words.

    >>> key("New  Year’s")
    "new year's"
    """
    return _SPACES.sub(" ", words.lower().replace("’", "'"))

#: Month names and their usual abbreviations → month number.
MONTHS: dict[str, int] = {}
for _n, _name in enumerate(
    "january february march april may june july august september october november december".split(), 1
):
    MONTHS[_name] = _n
    MONTHS[_name[:3]] = _n
MONTHS["sept"] = 9

#: Weekday names → ISO weekday index (Monday 0).
WEEKDAYS: dict[str, int] = {
    name: i
    for i, name in enumerate("monday tuesday wednesday thursday friday saturday sunday".split())
}

#: Duration units (singular, plural, adjectival) → (calendar unit, TIMEX3 designator).
#: The designator is written after ``P`` (dates) or ``PT`` (clock units).
UNITS: dict[str, tuple[str, str, str]] = {}
for _unit, _kind, _code in [
    ("second", "PT", "S"), ("minute", "PT", "M"), ("hour", "PT", "H"),
    ("day", "P", "D"), ("night", "P", "D"), ("week", "P", "W"), ("weekend", "P", "WE"),
    ("month", "P", "M"), ("quarter", "P", "Q"), ("year", "P", "Y"),
    ("decade", "P", "DE"), ("century", "P", "CE"),
]:
    UNITS[_unit] = (_unit, _kind, _code)
    UNITS[_unit + "s"] = (_unit, _kind, _code)
UNITS["centuries"] = UNITS["century"]
UNITS["millennium"] = UNITS["millennia"] = ("millennium", "P", "ML")

#: How many of the base unit one unit holds, to write decades as years (``P10Y``).
UNIT_SCALE: dict[str, tuple[int, str]] = {
    "DE": (10, "Y"), "CE": (100, "Y"), "ML": (1000, "Y"), "WE": (2, "D"),
}

#: Parts of the day → TIMEX3 codes.
DAY_PARTS: dict[str, str] = {
    "morning": "MO", "afternoon": "AF", "evening": "EV", "night": "NI",
    "midday": "MI", "noon": "12:00", "midnight": "24:00", "overnight": "NI",
}

#: Seasons → TIMEX3 codes.
SEASON_CODES: dict[str, str] = {
    "spring": "SP", "summer": "SU", "fall": "FA", "autumn": "FA", "winter": "WI",
}

#: Ordinals used for quarters, halves and days.
ORDINALS: dict[str, int] = {
    "first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6,
    "1st": 1, "2nd": 2, "3rd": 3, "4th": 4,
}

#: Frequency adverbs → (TIMEX3 SET value).
FREQUENCIES: dict[str, str] = {
    "hourly": "PT1H", "daily": "P1D", "nightly": "P1D", "weekly": "P1W", "biweekly": "P2W",
    "monthly": "P1M", "quarterly": "P1Q", "annually": "P1Y", "yearly": "P1Y",
}

#: Words for the present or the past as a whole (the rest of the references,
#: "recently", "the coming weeks", "the future", are read by their shape).
REFERENCES: dict[str, str] = {
    "now": "PRESENT_REF", "right now": "PRESENT_REF", "currently": "PRESENT_REF",
    "nowadays": "PRESENT_REF", "at present": "PRESENT_REF", "these days": "PRESENT_REF",
    "the past": "PAST_REF",
}

#: Approximators and bounds written before a time, → TIMEX3 mod.
APPROXIMATORS: dict[str, str] = {
    "about": "APPROX", "around": "APPROX", "roughly": "APPROX", "approximately": "APPROX",
    "some": "APPROX", "circa": "APPROX", "nearly": "EQUAL_OR_LESS", "almost": "EQUAL_OR_LESS",
    "more than": "MORE_THAN", "over": "MORE_THAN", "upwards of": "MORE_THAN",
    "less than": "LESS_THAN", "under": "LESS_THAN", "fewer than": "LESS_THAN",
    "at least": "EQUAL_OR_MORE", "no less than": "EQUAL_OR_MORE",
    "up to": "EQUAL_OR_LESS", "no more than": "EQUAL_OR_LESS", "at most": "EQUAL_OR_LESS",
    "within": "EQUAL_OR_LESS",
}

#: Position inside a period, written before it, → TIMEX3 mod.
POSITIONS: dict[str, str] = {
    "early": "START", "earlier": "START", "the beginning of": "START", "the start of": "START",
    "the early": "START", "mid": "MID", "the middle of": "MID", "the mid": "MID",
    "late": "END", "the late": "END", "the end of": "END", "later": "END",
    "early on": "START", "late on": "END",
    "earlier in": "START", "early in": "START", "later in": "END", "late in": "END",
}

#: Counts that are not written numbers: articles and vague quantities
#: (``None``, which TIMEX3 writes ``X``). Written numbers go to
#: :func:`tidings.numbers.parse_number`.
QUANTITY_WORDS: dict[str, int | None] = {
    "a": 1, "an": 1, "a couple of": 2, "couple of": 2, "a couple": 2, "a few": None, "few": None,
    "several": None, "many": None, "some": None, "a number of": None, "dozens of": None,
    "hundreds of": None,
}
