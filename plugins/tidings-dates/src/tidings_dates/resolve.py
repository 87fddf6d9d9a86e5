"""What each candidate means: its TIMEX3 type, value and mod.

Relative expressions are resolved against the publication date and the tense
of their clause (:mod:`tidings_dates.tense`); expressions that count from an
earlier time ("the next day", "a year earlier") use the last date the article
named. Without a publication date, relative values stay unresolved
(``XXXX-10``) rather than guessed.

>>> import datetime as dt
>>> from tidings_dates.grammar import candidates
>>> text = "He said on Wednesday the deal had closed in October, after four months."
>>> r = Resolver(text, dt.date(2026, 1, 28))
>>> [(text[c.start:c.end], r.resolve(c)) for c in candidates(text)]
[('Wednesday', ('DATE', '2026-01-28', None)), ('October', ('DATE', '2025-10', None)), ('four months', ('DURATION', 'P4M', None))]
>>> Resolver(text, None).resolve(candidates(text)[1])
('DATE', 'XXXX-10', None)
"""

from __future__ import annotations

import datetime as dt
import functools
from collections.abc import Callable
from decimal import Decimal

import regex
from tidings.numbers import parse_number

from . import calendar as cal
from .absolute import parse_day
from .grammar import RULES, Candidate
from .lexicon import (
    DAY_PARTS,
    FREQUENCIES,
    MONTHS,
    ORDINALS,
    QUANTITY_WORDS,
    REFERENCES,
    SEASON_CODES,
    UNIT_SCALE,
    UNITS,
    WEEKDAYS,
    key,
)
from .tense import DEADLINE_SETTER, SPAN_END, SPAN_REACH, Cue, find_cues, tense

#: (type, value, mod) of one time expression.
Reading = tuple[str, str, "str | None"]

#: How far back (code points) a named day still dates a bare clock time.
_NEAR = 400
_ABSOLUTE = dict(RULES)["absolute"]
_WEEKDAY = dict(RULES)["weekday"]
#: Between a clock time and the day written after it: a comma, "on", or an
#: agency's universal time in brackets ("6 a.m. local time (0300 GMT) on Sunday").
#: Before the second day of a range, and how far (code points) from the first.
_RANGE_END = regex.compile(r"(?i)(?:(?<!\p{L})(?:to|until|till|through|and)|[-–—])\s*\Z")
_RANGE = 30
#: After the first day of a range.
_RANGE_START = regex.compile(r"(?i)\s*(?:(?:to|until|till|through|and)(?!\p{L})|[-–—])\s*")
_GAP = regex.compile(r"[,\s]{0,3}(?:\([^()]{1,24}\)\s{0,3})?(?:on\s+)?")
_COMPARISON = regex.compile(r"(?i)\b(?:compared\s+with|compared\s+to|versus|corresponding\s+period|same\s+period)\b")
#: Words showing that a passage reports periodic (quarterly) figures.
_QUARTERLY = regex.compile(r"(?i)quarter|period")
#: How far before "a year earlier" (code points) a quarter named makes it compare
#: quarterly figures: a story's lead and the paragraphs that give its figures.
_QUARTERLY_REACH = 1000
_OF = regex.compile(r"(?i)\s+of(?!\p{L})")
_POSSESSIVE = regex.compile(r"['’]s(?!\p{L})")
#: How far before a bare month after "until", "by" or "through" (code points)
#: a word that sets a deadline (:data:`~tidings_dates.tense.DEADLINE_SETTER`) is
#: looked for: the nearest such month whatever the tense ("gave the bidder until
#: mid-November", "extended loans through January", "a program to repay the
#: loan by February"); without one it is a span in the story's past ("had fled
#: by March").
_DEADLINE_REACH = 160
_DIGITS = regex.compile(r"\d+")
_RATE_BEFORE = regex.compile(
    r"(?:\d|\p{Sc}|(?i:times|percent|%|cents?|dollars?|thousand|million|billion|hours|days|units|once|twice))\s*\Z"
)
#: Words after a length that count it from publication ("two years ago"); the
#: rest ("two days later", "a year earlier") count from the last date named.
_FROM_NOW = frozenset({"ago", "or so ago", "from now", "hence", "back"})
#: Units that "two days later" counts from the last day named, not the last date.
_DAY_UNITS = frozenset({"day", "night", "week", "hour", "minute", "second"})
#: Words after a length that count it backwards.
_BACKWARDS = frozenset({"ago", "or so ago", "earlier", "back"})
_PAST_OFFSETS = frozenset({"last", "past", "previous", "prior", "this past"})
_NEXT_OFFSETS = frozenset({"next", "coming", "following", "upcoming", "this coming"})
#: Offsets of a weekday that count from the day the article last named, not from publication.
_ANAPHORIC = frozenset({"that", "previous", "following"})
_EDGES = {"end": "END", "beginning": "START", "start": "START", "middle": "MID"}
#: After "today's" or "tomorrow's", what makes it an age rather than a day.
_AGE = regex.compile(
    r"(?i)['’]s\s+(?:world|society|youth|young|generation|children|kids|families|culture|economy|times|age|era)(?!\p{L})"
)
_WORD = regex.compile(r"\p{L}+")
#: Before "a day", "a year": a kind of day, not a length ("such a day", "what a year").
_KIND_OF = regex.compile(r"(?i)(?<!\p{L})(?:such|what|quite|many)\s+\Z")
#: Before "one day": a modal makes it some day to come ("Islam will one day be ..."), not a length.
_MODAL = regex.compile(r"(?i)(?<!\p{L})(?:will|would|could|can|may|might|shall|should|must)\s+\Z")
#: What may stand before the first word of a sentence.
_OPENING = regex.compile(r"[\W_]*")
_QUARTER_VALUE = regex.compile(r"\d{4}-Q\d\Z")
_MONTH_VALUE = regex.compile(r"\d{4}-\d\d\Z")
#: Lengths over which companies report figures.
_PERIODS_OF_FIGURES = frozenset({"P6M", "P9M", "P12M", "P1Y"})
_QUARTER_OF_REFERENCE = frozenset({"year-ago", "year-earlier", "comparable"})
_HOLIDAYS: dict[str, tuple[int, int]] = {
    "christmas": (12, 25), "christmas day": (12, 25), "christmas eve": (12, 24),
    "new year's": (1, 1), "new year's day": (1, 1), "new year's eve": (12, 31),
    "halloween": (10, 31), "valentine's day": (2, 14), "independence day": (7, 4),
    "fourth of july": (7, 4), "july fourth": (7, 4),
    "boxing day": (12, 26),
}


@functools.lru_cache(maxsize=1024)
def count(word: str) -> Decimal | None:
    """The number a count word or numeral stands for; None when vague ("several").

    >>> count("four"), count("a couple of"), count("several"), count("5 1/2")
    (Decimal('4'), Decimal('2'), None, Decimal('5.5'))
    """
    phrase = key(word)
    if phrase in QUANTITY_WORDS:
        n = QUANTITY_WORDS[phrase]
        return None if n is None else Decimal(n)
    return parse_number(word.replace("-", " "))


def duration_value(n: Decimal | None, unit_word: str) -> str:
    """The TIMEX3 duration of ``n`` units (``X`` when vague).

    >>> duration_value(Decimal(4), "months"), duration_value(Decimal(1), "decade"), duration_value(Decimal(48), "hours")
    ('P4M', 'P10Y', 'PT48H')
    >>> duration_value(None, "years"), duration_value(Decimal("2.5"), "years"), duration_value(Decimal("5.5"), "hours")
    ('PXY', 'P2Y6M', 'PT5H30M')
    """
    _, prefix, code = UNITS[unit_word.lower()]
    if code in UNIT_SCALE:
        factor, code = UNIT_SCALE[code]
        n = None if n is None else n * factor
    if n is None:
        return f"{prefix}X{code}"
    whole, fraction = divmod(n, 1)
    smaller = _SMALLER.get((prefix, code))
    if fraction and smaller and (fraction * smaller[0]) % 1 == 0:
        factor, small_prefix, small_code = smaller
        rest = format((fraction * factor).normalize(), "f")
        if whole == 0:
            return f"{small_prefix}{rest}{small_code}"
        joiner = "T" if small_prefix == "PT" and prefix == "P" else ""
        return f"{prefix}{int(whole)}{code}{joiner}{rest}{small_code}"
    return f"{prefix}{format(n.normalize(), 'f')}{code}"


#: The next smaller unit of each duration unit, to write fractions as TIMEX3 does
#: ("2 1/2 years" is P2Y6M): (how many, prefix, designator).
_SMALLER: dict[tuple[str, str], tuple[int, str, str]] = {
    ("P", "Y"): (12, "P", "M"), ("P", "D"): (24, "PT", "H"), ("P", "W"): (7, "P", "D"),
    ("PT", "H"): (60, "PT", "M"), ("PT", "M"): (60, "PT", "S"),
}


def _year_before(value: str) -> str:
    """The same period a year earlier: ``1989-Q3`` → ``1988-Q3``."""
    year, rest = value.split("-", 1)
    return f"{int(year) - 1:04d}-{rest}"


def _year_with_weekday(year: int, month: int, day: int, weekday: int, direction: int) -> int:
    """The year nearest ``year``, looking back in a past clause (``direction``
    -1) and ahead in a future one, in which ``month``/``day`` falls on
    ``weekday``: "came out on Tuesday, Sept. 11" is 2018, not 2025. A day of the
    year comes back to the same weekday within eleven years; ``year`` if none
    is found (29 February).

    >>> _year_with_weekday(2025, 9, 11, 1, -1), _year_with_weekday(2025, 9, 11, 1, 1)
    (2018, 2029)
    """
    for distance in range(12):
        try:
            if dt.date(year + direction * distance, month, day).weekday() == weekday:
                return year + direction * distance
        except ValueError:
            continue
    return year


def holiday(name: str, year: int) -> dt.date:
    """The day of a holiday in ``year``.

    >>> holiday("Thanksgiving", 1998), holiday("Easter Sunday", 2026), holiday("Christmas Eve", 2025)
    (datetime.date(1998, 11, 26), datetime.date(2026, 4, 5), datetime.date(2025, 12, 24))
    """
    phrase = key(name).removeprefix("the ")
    if phrase in _HOLIDAYS:
        return dt.date(year, *_HOLIDAYS[phrase])
    first_word = phrase.split()[0]
    if first_word == "thanksgiving":  # fourth Thursday of November
        return cal.nearest_weekday(dt.date(year, 11, 1), 3, 1) + dt.timedelta(weeks=3)
    if first_word == "labor":  # first Monday of September
        return cal.nearest_weekday(dt.date(year, 9, 1), 0, 1)
    if first_word == "election":  # the Tuesday after the first Monday of November
        return cal.nearest_weekday(dt.date(year, 11, 2), 1, 1)
    if first_word == "memorial":  # last Monday of May
        return cal.nearest_weekday(dt.date(year, 5, 31), 0, -1)
    return _easter(year)


def _easter(year: int) -> dt.date:
    """Gregorian Easter Sunday (the anonymous computus)."""
    a, b, c = year % 19, year // 100, year % 100
    d, e = divmod(b, 4)
    f = (b + 8) // 25
    g = (b - f + 1) // 3
    h = (19 * a + b - d - g + 15) % 30
    i, k = divmod(c, 4)
    l_ = (32 + 2 * e + 2 * i - h - k) % 7
    m = (a + 11 * h + 22 * l_) // 451
    month, day = divmod(h + l_ - 7 * m + 114, 31)
    return dt.date(year, month, day + 1)


def spoken_year(m: regex.Match[str], named: bool = False) -> int | None:
    """The year of a :data:`~tidings_dates.grammar.SPOKEN_YEAR` in ``m``, None
    for "twenty-two", a number, unless ``named`` ("the year twenty-two")."""
    if m["thousand"]:
        return 2000 + int(count(m["ones"]) or 0) if m["ones"] else 2000
    century = {"eighteen": 18, "nineteen": 19, "twenty": 20}[m["century"].lower()]
    rest = count(key(m["rest"]).removeprefix("oh").strip())
    if century == 20 and not named and rest is not None and rest < 10:
        return None
    return century * 100 + int(rest or 0)


class Resolver:
    """Resolves the candidates of one article, in text order.

    It remembers the last day, the last date and the reported quarter the
    article named: the references of "the next day", "that year", "the
    year-earlier quarter" and the like.
    """

    def __init__(
        self,
        text: str,
        published: dt.date | None,
        sentence_at: Callable[[int], tuple[int, int]] | None = None,
        order: str = "MDY",
    ):
        self.text = text
        self.published = published
        self.order = order
        self._sentence_at = sentence_at or (lambda offset: (0, len(text)))
        self.reference_day: dt.date | None = published
        self._reference_day_at = -1  # where the article last named a day
        self._at = 0  # where the candidate being resolved starts
        self.reference_point: dt.date | None = published
        self.reference_quarter: str | None = None
        #: Whether the figures compared are a quarter's ("profit rose from $4 million a
        #: year earlier") or, after "the first nine months" or "the year ended June 30",
        #: a longer period's, whose "a year earlier" is the year before.
        self._quarterly_figures = True
        self._written_year: tuple[int, int] | None = None  # the last year written out, and where
        self._named_month: tuple[dt.date, int] | None = None  # the last month named, and where
        self._clock_weekday: tuple[int, dt.date] | None = None  # where a clock time's weekday is, and its day
        self._range_end_at = -1  # where the last day that ends a range ("to Jan. 5") starts
        self._cues: dict[int, list[Cue]] = {}  # the tense cues of each sentence, by its start

    # --- shared helpers -----------------------------------------------------------

    def direction(self, c: Candidate) -> int:
        """-1 (past) or +1 (future) for a bare weekday, month or quarter;
        news English reports the past unless a cue says otherwise."""
        return 1 if self._tense(c) > 0 else -1

    def _tense(self, c: Candidate) -> int:
        """The tense of the clause around ``c``: -1, +1, or 0 without a cue."""
        start, end = self._sentence_at(c.start)
        if start not in self._cues:
            self._cues[start] = find_cues(self.text, start, end)
        return tense(self.text, start, end, c.start, c.end, self._cues[start])

    def _day(self, day: dt.date | None) -> str:
        if day is None:
            return "XXXX-XX-XX"
        self.reference_day = day
        self._reference_day_at = self._at
        return day.isoformat()

    def _relative(self, unit: str, n: int, anchor: dt.date | None) -> str:
        """``n`` units from ``anchor`` (unresolved without one)."""
        if anchor is None:
            return {"day": "XXXX-XX-XX", "week": "XXXX-WXX", "weekend": "XXXX-WXX-WE", "month": "XXXX-XX",
                    "quarter": "XXXX-QX", "half": "XXXX-HX", "year": "XXXX", "decade": "XXX", "century": "XX"}[unit]
        value = cal.shift(anchor, unit, n)
        if unit == "day":
            self.reference_day = anchor + dt.timedelta(days=n)
            self._reference_day_at = self._at
        if unit == "quarter":
            self._refer_to_quarter(value)
        return value

    def _month_value(self, month: int, direction: int, rel: str | None) -> str:
        p = self.published
        if p is None:
            return f"XXXX-{month:02d}"
        if rel in _PAST_OFFSETS:
            year = p.year if month < p.month else p.year - 1
        elif rel in _NEXT_OFFSETS:
            year = p.year if month > p.month else p.year + 1
        elif rel == "this":
            year = p.year
        else:
            year, _ = cal.nearest_month(p, month, direction)
        return f"{year:04d}-{month:02d}"

    def _weekday_day(self, weekday: int, direction: int, rel: str | None) -> dt.date | None:
        p = self.published
        if rel in _ANAPHORIC and self.reference_day is not None:
            # "that Friday", "the previous Friday", "the following Monday": from the day last named
            p = self.reference_day
        if p is None:
            return None
        if rel in _PAST_OFFSETS:
            return cal.nearest_weekday(p - dt.timedelta(days=1), weekday, -1)
        if rel in _NEXT_OFFSETS:
            return cal.nearest_weekday(p + dt.timedelta(days=1), weekday, 1)
        return cal.nearest_weekday(p, weekday, direction)

    def _year_of(self, month: int, day: int, c: Candidate) -> int | None:
        """The year of a day written without one: the publication year, moved
        by a year when the tense says the day lies on the other side."""
        start = self._range_start(c)
        if start is not None:  # "from Dec. 26 to Jan. 5": the end is on or after the start
            self._range_end_at = c.start
            return start.year if (month, day) >= (start.month, start.day) else start.year + 1
        end = _RANGE_START.match(self.text, c.end)
        written = None if end is None else _ABSOLUTE.match(self.text, end.end())
        if written is not None and written["year"] and written["day"]:
            # "from Nov. 26 to Dec. 5, 2023": the start takes the year of the end
            last = (MONTHS[written["month"].lower().rstrip(".")], int(written["day"]))
            return int(written["year"]) - ((month, day) > last)
        p = self.published
        if p is None:
            return None
        direction = self.direction(c)
        if (month, day) == (2, 29):  # the nearest leap year on the tense's side
            year = p.year
            while not cal.is_leap(year):
                year += direction
            return year
        try:
            candidate = dt.date(p.year, month, day)
        except ValueError:
            return p.year
        gap = (candidate - p).days
        if direction < 0 and gap > 60:
            return p.year - 1
        if direction > 0 and gap < -60:
            return p.year + 1
        return p.year

    def _deadline(self, c: Candidate, direction: int, rel: str | None) -> bool:
        """Whether a bare weekday or month in a past clause is a deadline that
        a grant, a plan or a duty earlier in the sentence sets ("gave the
        bidder until mid-November", "voting was extended until Friday"): it
        then lies near publication on either side, not in the story's past."""
        return (
            direction < 0
            and rel is None
            and SPAN_END.search(self.text, max(0, c.start - SPAN_REACH), c.start) is not None
            and DEADLINE_SETTER.search(
                self.text, max(self._sentence_at(c.start)[0], c.start - _DEADLINE_REACH), c.start
            ) is not None
        )

    def _range_start(self, c: Candidate) -> dt.date | None:
        """The day named just before ``c`` when ``c`` ends a range with it
        ("from Dec. 26 to Jan. 5", "Dec. 26-Jan. 5"), unless that day ends a
        range itself (a chain of ranges would walk the years)."""
        if self.reference_day is None or not 0 <= c.start - self._reference_day_at <= _RANGE:
            return None
        if self._reference_day_at == self._range_end_at:
            return None
        return self.reference_day if _RANGE_END.search(self.text, max(0, c.start - 10), c.start) else None

    # --- one method per rule ------------------------------------------------------

    def resolve(self, c: Candidate) -> Reading | None:
        """The reading of a candidate, or None when it is not a time after all."""
        handler: Callable[[Candidate], Reading | None] = getattr(self, "_" + c.rule)
        self._at = c.start
        try:
            reading = handler(c)
        except (OverflowError, ValueError):
            return None  # "a million days ago": before year 1 or after 9999, off the calendar
        written = c.match["year"] if "year" in c.match.re.groupindex else None
        if reading is not None and written and written.isdigit():
            self._written_year = (int(written), c.start)
        if reading is not None and reading[0] == "DATE":
            _, first, _ = cal.interval(reading[1])
            if first is not None:
                self.reference_point = first  # for "that year", "the following month"
            if _QUARTER_VALUE.match(reading[1]):
                self._quarterly_figures = True
            if first is not None and _MONTH_VALUE.match(reading[1]):
                self._named_month = (first, c.start)
        elif reading is not None and reading[1] in _PERIODS_OF_FIGURES and c.match.group()[:4].lower() == "the ":
            self._quarterly_figures = False  # "in the first nine months", "for the year ended June 30"
        return reading

    def _absolute(self, c: Candidate) -> Reading | None:
        m = c.match
        month = MONTHS[m["month"].lower().rstrip(".")]
        if m["day"] is None:
            year = int(m["year"]) if m["year"] else spoken_year(m)
            return None if year is None else ("DATE", f"{year:04d}-{month:02d}", None)
        day = int(m["day"])
        year = int(m["year"]) if m["year"] else self._year_of(month, day, c)
        if year is not None and not m["year"] and m["weekday"]:
            year = _year_with_weekday(year, month, day, WEEKDAYS[m["weekday"].lower()], self.direction(c))
        if year is None:
            return ("DATE", f"XXXX-{month:02d}-{day:02d}", None) if 1 <= day <= 31 else None
        parsed = cal.day_of(year, month, day)
        if parsed is None:
            return None
        if m["weekof"]:  # "the week of March 6"
            return "DATE", cal.week_value(parsed), None
        return "DATE", self._day(parsed), None

    def _numeric(self, c: Candidate) -> Reading | None:
        m = c.match
        parsed = parse_day(m["iso"], "YMD") if m["iso"] else parse_day(m.group(), self.order)
        return None if parsed is None else ("DATE", self._day(parsed), None)

    def _weekday(self, c: Candidate) -> Reading | None:
        m = c.match
        rel = key(m["rel"]).removeprefix("the ") if m["rel"] else None
        weekday = WEEKDAYS[m["weekday"].lower()]
        if self._clock_weekday is not None and self._clock_weekday[0] == c.start:
            # "midnight on Friday": the day the clock time before it was given
            return self._with_part(self._clock_weekday[1], m["part"], f"XXXX-WXX-{weekday + 1}")
        # "Wednesday's ruling": a possessive weekday names what already happened.
        possessive = _POSSESSIVE.match(self.text, c.end) is not None
        direction = -1 if possessive else self.direction(c)
        if self.published is not None and self._deadline(c, direction, rel):
            day: dt.date | None = cal.closest_weekday(self.published, weekday)
        else:
            day = self._weekday_day(weekday, direction, rel)
        return self._with_part(day, m["part"], f"XXXX-WXX-{weekday + 1}")

    def _with_part(self, day: dt.date | None, part: str | None, unresolved: str) -> Reading:
        value = self._day(day) if day is not None else unresolved
        if part:
            return "TIME", f"{value}T{DAY_PARTS[part.lower()]}", None
        return "DATE", value, None

    def _month(self, c: Candidate) -> Reading | None:
        m = c.match
        month = MONTHS[m["month"].lower()]
        if m["yrel"] and self.published is not None:
            year = self.published.year + {"this": 0, "last": -1, "next": 1}[m["yrel"].lower()]
            return "DATE", f"{year:04d}-{month:02d}", None
        rel = key(m["rel"]) if m["rel"] else None
        direction = self.direction(c)
        if self.published is not None and self._deadline(c, direction, rel):
            year, _ = cal.closest_month(self.published, month)
            return "DATE", f"{year:04d}-{month:02d}", None
        return "DATE", self._month_value(month, direction, rel), None

    def _year(self, c: Candidate) -> Reading | None:
        return "DATE", c.match["year"], None

    def _spoken_year(self, c: Candidate) -> Reading | None:
        year = spoken_year(c.match, c.match.group().lower().startswith("the"))
        return None if year is None else ("DATE", f"{year:04d}", None)

    def _decade(self, c: Candidate) -> Reading | None:
        m = c.match
        if m["century"]:
            return "DATE", f"{m['century']}{m['decade']}", None
        if m["short"]:
            century = 19
            if self.published and self.published.year >= 2000 and int(m["short"]) <= self.published.year % 100 // 10:
                century = 20
            return "DATE", f"{century}{m['short']}", None
        decade = "twenties thirties forties fifties sixties seventies eighties nineties".split().index(m["word"].lower()) + 2
        return "DATE", f"19{decade}", None

    def _century(self, c: Candidate) -> Reading | None:
        word = c.match["ordinal"].lower()
        words = {"eighteenth": 18, "nineteenth": 19, "twentieth": 20, "twenty-first": 21}
        n = words.get(word) or int(_DIGITS.match(word).group())
        return ("DATE", f"{n - 1:02d}", None) if n >= 1 else None

    def _quarter(self, c: Candidate) -> Reading | None:
        m = c.match
        unit = (m["unit"] or ("half" if m["hnum"] else "quarter")).lower().replace("period", "quarter")
        number = int(m["qnum"] or m["hnum"] or 0) or ORDINALS.get((m["ordinal"] or "").lower())
        if m["months"]:  # "the April-June quarter"
            number = (MONTHS[m["months"].split("-")[0].lower()] + 2) // 3
        latest = (m["latest"] or "").lower()
        if latest == "last" and number is None and (m["year"] or m["rel"]):
            number, latest = (4 if unit == "quarter" else 2), ""  # "the last half of 1989"
        if number is None and not latest and not m["owner"] and not m.group().lower().startswith("the"):
            return None
        if number is not None and number > (4 if unit == "quarter" else 2):
            return None
        code = "Q" if unit == "quarter" else "H"
        year = self._owner_year(m)
        p = self.published
        if number is not None:
            if year is None and p is not None:
                current = (p.month - 1) // (3 if code == "Q" else 6) + 1
                # the latest one begun; one still to come in a future clause ("results
                # are due in the second half"), as an earnings report looks forward to
                # the quarter just ended ("will report third-quarter results")
                later = number > current and not latest and self._tense(c) > 0
                year = p.year if number <= current or later else p.year - 1
                if latest in _QUARTER_OF_REFERENCE:
                    year -= 1
            value = f"{year:04d}-{code}{number}" if year is not None else f"XXXX-{code}{number}"
        elif year is not None:
            # "last year's quarter", "the 1988 period": the reported quarter in that year,
            # or the year itself when the figures compared are for months or a year
            if m["unit"].lower() == "period" and not self._quarterly_figures:
                return "DATE", f"{year:04d}", None
            known = self.reference_quarter if code == "Q" and self.reference_quarter else f"-{code}X"
            return "DATE", f"{year:04d}{known[4:]}", None
        else:
            value = self._period(code, latest)
        if code == "Q" and latest not in _QUARTER_OF_REFERENCE:
            self._refer_to_quarter(value)
        return "DATE", value, None

    def _refer_to_quarter(self, value: str) -> None:
        """Make ``value`` the quarter the article reports on, unless it is
        unresolved or still to come (an outlook is not the reference). Once
        a quarter that is over is reported on, an earlier quarter
        ("third-quarter profit rose ... after a flat second quarter") or one
        not yet over ("into the fourth quarter") does not take its place."""
        _, first, last = cal.interval(value)
        if first is None or last is None or (self.published is not None and first > self.published):
            return
        if self.reference_quarter is not None and self.published is not None:
            _, reported, reported_last = cal.interval(self.reference_quarter)
            if reported_last is not None and reported_last < self.published and (first < reported or last >= self.published):
                return
        self.reference_quarter = value

    def _owner_year(self, m: regex.Match[str]) -> int | None:
        owner = m["year"] or m["owner"]
        if owner and owner[0].isdigit():
            return int(owner)
        rel = (m["rel"] or owner or "").lower().split()
        if not rel or self.published is None:
            return None
        return self.published.year + {"this": 0, "last": -1, "next": 1}[rel[0]]

    def _period(self, code: str, latest: str) -> str:
        """A quarter or half named by position: the one the article is about
        ("the quarter"), the one a year before it, the last or next one."""
        p = self.published
        unit = "quarter" if code == "Q" else "half"
        if p is None:
            return f"XXXX-{code}X"
        if code == "Q" and latest in _QUARTER_OF_REFERENCE | {"same"} and self.reference_quarter:
            return self.reference_quarter if latest == "same" else _year_before(self.reference_quarter)
        if latest in ("current",):
            return cal.shift(p, unit, 0)
        if latest in _NEXT_OFFSETS:
            return cal.shift(p, unit, 1)
        if code == "Q" and self.reference_quarter and latest in ("", "same"):
            return self.reference_quarter
        shifted = cal.shift(p, unit, -1)
        if latest in _QUARTER_OF_REFERENCE:
            return _year_before(shifted)
        return shifted

    def _offset(self, c: Candidate) -> Reading | None:
        m = c.match
        if m["unit"] and self._titled(c, m.start("unit")):
            return None
        rel = key(m["rel"] or "this")
        unit = (m["unit"] or "day").lower()
        if unit in ("season",):
            return None
        if m["part"]:
            n = {"next": 1, "following": 1, "previous": -1}.get(rel, 0)
            day = None if self.reference_day is None else self.reference_day + dt.timedelta(days=n)
            return self._with_part(day, m["part"], "XXXX-XX-XX")
        if m["fiscal"] or rel == "full":
            anchor = self.published
            return "DATE", self._relative("year", -1 if rel in _PAST_OFFSETS | {"latest"} else 0, anchor), None
        if unit in SEASON_CODES:
            return "DATE", self._season_value(SEASON_CODES[unit], rel, self.direction(c)), None
        n = -1 if rel in _PAST_OFFSETS else 1 if rel in _NEXT_OFFSETS else 0
        if unit == "year" and n == -1 and self.reference_quarter and self._quarterly_figures and self._compares(c):
            return "DATE", _year_before(self.reference_quarter), None
        if unit == "quarter" and rel == "this" and self.reference_quarter and _POSSESSIVE.match(self.text, c.end):
            return "DATE", self.reference_quarter, None  # "this quarter's loss": the quarter reported on
        anchored_on_reference = rel in ("previous", "prior", "following", "same", "that")
        anchor = self.published
        if anchored_on_reference:
            anchor = self.reference_day if unit == "day" else self.reference_point
        if unit == "day" and not anchored_on_reference:
            if rel != "next":
                return None
            anchor = self.reference_day  # "the next day" counts from the day just named
        if unit == "weekend" and rel in ("this", "that", "same") and anchor is not None:
            n = -1 if anchor.weekday() < 5 and self.direction(c) < 0 else 0
        return "DATE", self._relative(unit, n, anchor), None

    def _year_ended(self, c: Candidate) -> Reading | None:
        return "DURATION", "P1Y", None

    def _the_period(self, c: Candidate) -> Reading | None:
        """"For the year": the year written just before, else the publication
        year; "for the week", "the month": the one of the day named just
        before, else of publication."""
        unit = c.match["unit"]
        if unit == "year" and self._written_year is not None and c.start - self._written_year[1] <= _NEAR:
            return "DATE", f"{self._written_year[0]:04d}", None
        recent = unit != "year" and 0 <= c.start - self._reference_day_at <= _NEAR
        return "DATE", self._relative(unit, 0, self.reference_day if recent else self.published), None

    def _titled(self, c: Candidate, unit: int) -> bool:
        """Whether the unit word at ``unit`` is capitalised inside a sentence:
        a title or a name ("ABC's This Week", "CBS's 60 Minutes", "the Six-Day
        War"), not a time."""
        if not self.text[unit].isupper():
            return False
        start, _ = self._sentence_at(c.start)
        return _OPENING.fullmatch(self.text, start, c.start) is None

    def _compares(self, c: Candidate) -> bool:
        """Whether the clause compares figures with a period ("compared with
        $3 million last year"): the period is then the reported quarter's."""
        start, _ = self._sentence_at(c.start)
        return _COMPARISON.search(self.text, max(start, c.start - 80), c.start) is not None

    def _season_value(self, code: str, rel: str | None, direction: int) -> str:
        p = self.published
        if p is None:
            return f"XXXX-{code}"
        year, current = cal.season_of(p)
        codes = list(cal.SEASONS)
        now = year * 4 + codes.index(current)
        ahead = (codes.index(code) - codes.index(current)) % 4  # 0: the season we are in
        if rel in _PAST_OFFSETS:
            index = now - ((4 - ahead) % 4 or 4)
        elif rel in _NEXT_OFFSETS:
            index = now + (ahead or 4)
        elif ahead == 0:
            index = now  # "this summer", "in the summer", said in summer
        else:
            index = now + ahead if direction > 0 else now - (4 - ahead)
        return f"{index // 4:04d}-{codes[index % 4]}"

    def _edge(self, c: Candidate) -> Reading | None:
        m = c.match
        words = m["pos"].lower().split()
        if words[-1] in ("earlier", "ago"):
            return self._shifted(c, "year", -1, "earlier")
        mod = next(_EDGES[w] for w in words if w in _EDGES)
        unit = m["unit"].lower()
        # "the index has risen since year-end": in a past clause, before this
        # year is out, the end is last year's
        n = -1 if mod == "END" and unit in ("year", "quarter", "month") and self._tense(c) < 0 else 0
        return "DATE", self._relative(unit, n, self.published), mod

    def _duration(self, c: Candidate) -> Reading | None:
        m = c.match
        if self._titled(c, m.start("unit")):
            return None
        unit = m["unit"].lower()
        word = m["num"]
        if key(word) in ("a", "an") and unit != UNITS[unit][0]:
            return None  # "a years": a plural after "a" is some other construction
        if unit == "second" and key(word) in ("a", "an", "one", "the"):
            return None
        n = count(word)
        if n is None and key(word) not in QUANTITY_WORDS:
            return None
        if m["half"] and n is not None:
            n += Decimal("0.5")  # "a year and a half"
        if unit.startswith("quarter") and n in (1, 3) and _OF.match(self.text, c.end):
            return None  # a fraction: "a quarter of the market", "three quarters of the vote"
        ago = key(m["ago"]) if m["ago"] else ""
        pre = key(m["pre"]) if m["pre"] else ""
        if ago in ("ago", "or so ago") and n is None:
            return "DATE", "PAST_REF", None
        if ago and not ago.endswith("or so") and n is not None and n == int(n) and UNITS[unit][1] == "P":
            return self._shifted(c, unit, -int(n) if ago in _BACKWARDS else int(n), ago)
        if key(word) in ("a", "an") and not pre and _RATE_BEFORE.search(self.text, max(0, c.start - 16), c.start):
            return None  # a rate ("$5 a year", "24 hours a day"), not a time
        if key(word) in ("a", "an") and not pre and _KIND_OF.search(self.text, max(0, c.start - 8), c.start):
            return None
        if (unit == "day" and key(word) == "one" and not pre and not ago
                and _MODAL.search(self.text, max(0, c.start - 10), c.start)):
            return "DATE", "FUTURE_REF", None
        mod = "APPROX" if ago.endswith("or so") else None
        return "DURATION", duration_value(n, unit), mod

    def _shifted(self, c: Candidate, unit_word: str, n: int, ago: str) -> Reading:
        """"two days ago" from the publication date, "two days earlier" from the
        last date named; the value has the granularity of the unit."""
        unit = UNITS[unit_word][0]
        anchor = self.published if ago in _FROM_NOW else self.reference_day
        if (ago == "later" or abs(n) > 1) and ago not in _FROM_NOW and unit not in _DAY_UNITS:
            # "20 years later", "three months earlier" count from the last date named,
            # a year as well as a day ("a year earlier" compares figures: see above)
            anchor = self.reference_point
        quarterly = _QUARTERLY.search(self.text, max(0, c.start - _QUARTERLY_REACH), c.start) is not None
        if unit == "year" and n == -1 and ago in ("earlier", "ago") and self.reference_quarter and quarterly and self._quarterly_figures:
            # "profit rose ... from $4 million a year earlier": the reported quarter's
            return "DATE", _year_before(self.reference_quarter), None
        if unit in ("night",):
            unit = "day"
        month = self._month_compared(c)
        if unit == "year" and n == -1 and ago in _BACKWARDS and month is not None:
            # "exports rose in January from a year earlier": the same month a year before
            return "DATE", self._relative("month", -12, month), None
        if unit in ("decade", "century", "millennium"):
            factor = {"decade": 10, "century": 100, "millennium": 1000}[unit]
            unit, n = "year", n * factor
        return "DATE", self._relative(unit, n, anchor), ("APPROX" if ago == "or so ago" else None)

    def _month_compared(self, c: Candidate) -> dt.date | None:
        """The month named earlier in the sentence of ``c``, which a year-back
        comparison there refers to."""
        if self._named_month is None:
            return None
        start, _ = self._sentence_at(c.start)
        return self._named_month[0] if self._named_month[1] >= start else None

    def _adjective(self, c: Candidate) -> Reading | None:
        m = c.match
        if self._titled(c, m.start("plural") if m["plural"] else m.start("unit")):
            return None  # "the Six-Day War"
        if m["plural"]:
            return "DURATION", duration_value(None, m["plural"]), None
        return "DURATION", duration_value(count(m["num"]), m["unit"]), None

    def _vague(self, c: Candidate) -> Reading | None:
        unit = c.match["unit"].lower()
        if unit == "ages":
            return "DURATION", "PXY", None
        return "DURATION", duration_value(None, unit), ("APPROX" if c.match["unit2"] else None)

    def _set(self, c: Candidate) -> Reading | None:
        m = c.match
        if m["freq"]:
            return "SET", FREQUENCIES[m["freq"].lower()], None
        if m["weekday"]:  # "every Friday", "on Fridays", "Tuesday nights"
            part = f"T{DAY_PARTS[m['parts'].lower()[:-1]]}" if m["parts"] else ""
            return "SET", f"XXXX-WXX-{WEEKDAYS[m['weekday'].lower()] + 1}{part}", None
        if m["month"]:  # "each July"
            return "SET", f"XXXX-{MONTHS[m['month'].lower()]:02d}", None
        if m["part"]:
            return "SET", f"XXXX-XX-XXT{DAY_PARTS[m['part'].lower()]}", None
        n = count(m["num"]) if m["num"] else Decimal(1)
        return "SET", duration_value(n, m["unit"]), None

    def _clock(self, c: Candidate) -> Reading | None:
        m = c.match
        if m["named"]:  # "noon", "mid-afternoon", "in the morning"
            clock = DAY_PARTS[_WORD.findall(m["named"].lower())[-1]]
        else:
            hour = int(m["hour"]) if m["hour"].isdigit() else int(count(m["hour"]) or 0)
            minute = int(m["minute"] or 0)
            ampm = (m["ampm"] or "").lower()
            if m["inpart"]:  # "four in the morning", "8 in the evening"
                evening = m["inpart"].lower() != "morning" and not (m["inpart"].lower() == "night" and hour < 5)
                ampm = "pm" if evening else "am"
            if hour > 23 or (ampm and not 1 <= hour <= 12):
                return None
            if ampm.startswith("p") and hour < 12:
                hour += 12
            elif ampm.startswith("a") and hour == 12:
                hour = 0
            clock = f"{hour:02d}:{minute:02d}"
        day = self._day_of_clock(c)
        return "TIME", f"{day}T{clock}", None

    def _day_of_clock(self, c: Candidate) -> str:
        word = (c.match["weekday"] or "").lower()
        if word in WEEKDAYS:
            day = self._weekday_day(WEEKDAYS[word], self.direction(c), None)
        elif word and self.published is not None:
            day = self.published + dt.timedelta(days={"today": 0, "tonight": 0, "yesterday": -1, "tomorrow": 1}[word])
        else:
            # the day written in the time ("5 p.m. EST, Nov. 9") or right after it
            written = c.match.start("date") if c.match["date"] else _GAP.match(self.text, c.end).end()
            following = self._date_at(written, c)
            if following is not None:
                return following
            # the day named just before ("on Friday ... at 10 a.m."), else publication
            # day; a day to come does not date a time in a past clause, nor a past
            # day one in a future clause
            recent = 0 <= c.start - self._reference_day_at <= _NEAR
            day = self.reference_day if recent and self._same_side(self.reference_day, c) else self.published
        return day.isoformat() if day is not None else "XXXX-XX-XX"

    def _same_side(self, day: dt.date | None, c: Candidate) -> bool:
        """Whether ``day`` lies on the side of publication that the tense of
        ``c``'s clause looks to (any side without a cue or a publication date)."""
        tense_of = self._tense(c)
        if day is None or self.published is None or tense_of == 0:
            return True
        return (day > self.published) == (tense_of > 0) or day == self.published

    def _date_at(self, after: int, c: Candidate) -> str | None:
        """The day written at ``after`` that dates the clock time ``c`` ("5 p.m.
        EST, Nov. 9", "06:00 GMT on Sunday"), if any."""
        m = _ABSOLUTE.match(self.text, after)
        if m is not None and m["day"] is not None:
            reading = self._absolute(Candidate(m.start(), m.end(), "absolute", m))
            return None if reading is None else reading[1]
        m = _WEEKDAY.match(self.text, after)
        if m is not None:  # "at 7:30 on Tuesday morning" too
            day = self._weekday_day(WEEKDAYS[m["weekday"].lower()], self.direction(c), None)
            if day is None:
                return None
            self._clock_weekday = (m.start(), day)
            return day.isoformat()
        return None

    def _deictic(self, c: Candidate) -> Reading | None:
        m = c.match
        word = key(m["word"] or m["this"])
        offsets = {"today": 0, "this": 0, "tonight": 0, "yesterday": -1, "last": -1, "tomorrow": 1,
                   "the day before yesterday": -2, "the day after tomorrow": 2}
        part = m["part"] or ("night" if word == "tonight" else None)
        if word == "last" and part.lower() not in ("night", "evening"):
            return None  # "last night" is yesterday's; "last morning" names no day
        if word in ("today", "tomorrow") and _AGE.match(self.text, c.end):
            return None  # "today's world", "tomorrow's children": an age, not a day
        p = self.published
        day = None if p is None else p + dt.timedelta(days=offsets[word])
        return self._with_part(day, part, "XXXX-XX-XX")

    def _reference(self, c: Candidate) -> Reading | None:
        word = key(c.match["word"])
        last = word.split()[-1]
        if word.startswith("recent ") and last in UNITS:
            return "DURATION", duration_value(None, last), None  # "recent years": some years up to now
        if "coming" in word or word.endswith(("future", " term")):
            return "DATE", "FUTURE_REF", None
        if "recent" in word or word.startswith("past"):
            return "DATE", "PAST_REF", None
        return "DATE", REFERENCES[word], None

    def _season(self, c: Candidate) -> Reading | None:
        m = c.match
        code = SEASON_CODES[m["season"].lower()]
        year = int(m["year"]) if m["year"] else spoken_year(m) if m["century"] or m["thousand"] else None
        if year is not None:
            return "DATE", f"{year:04d}-{code}", None
        return "DATE", self._season_value(code, None, self.direction(c)), None

    def _holiday(self, c: Candidate) -> Reading | None:
        m = c.match
        p = self.published
        if m["year"]:
            return "DATE", self._day(holiday(m["name"], int(m["year"]))), None
        if p is None:
            return "DATE", "XXXX-XX-XX", None
        rel = (m["rel"] or "").lower()
        day = holiday(m["name"], p.year)
        if rel == "last":
            years = -1 if day >= p else 0
        elif rel == "next":
            years = 1 if day <= p else 0
        elif rel == "this":
            years = 0
        elif self.direction(c) < 0:
            years = -1 if day > p else 0
        else:
            years = 1 if day < p else 0
        return "DATE", self._day(holiday(m["name"], p.year + years)), None
