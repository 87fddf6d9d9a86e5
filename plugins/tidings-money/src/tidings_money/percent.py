"""The percent marker after a number: "4%", "4 percent", "four per cent",
"12.5 pct", "3.5pc", "3 percentage points"; and the lone fraction of bond
quotes before it ("1/2%", "a 3/4 percentage point").

>>> text = "rose 3 percentage points to 12.5 pct"
>>> percent_after(text, 6), text[6:24]
((24, 'percentage_point'), ' percentage points')
>>> percent_after(text, text.index(" pct")), percent_after("4 persons", 1)
((36, 'percent'), None)
>>> [percent_after(t, 1) for t in ("4 pct. in May", "4 pct. The bank")]
[(6, 'percent'), (5, 'percent')]
"""

from __future__ import annotations

from decimal import Decimal

import regex

# The point of "pct." and "pts." belongs to them inside a sentence ("4 pct. in May"),
# not where it ends it ("rose 4 pct. The bank ...").
_ABBREVIATION_POINT = r"(?:\.(?=[^\S\n]*[,;:)]|[^\S\n]+(?-i:[\p{Ll}\p{N}])))?"
_PERCENT = regex.compile(
    r"""
    (?:
        [^\S\n]{0,2}(?P<sign>[%٪％])(?:[^\S\n]{1,2}(?i:(?P<sign_points>points?|pts?POINT)))?
      | (?:[^\S\n]{0,3}|-)(?i:(?P<points>
            percentage(?:[^\S\n]{1,3}|-)points?
          | (?:percent(?:age)?|pct)[^\S\n]{1,3}(?:points?|pts?POINT)
        ))
      | (?:[^\S\n]{0,3}|-)(?i:(?P<word>per[^\S\n]?cent|per-cent|pctPOINT))
      | (?P<pc>pc)
    )
    (?![\p{L}\p{N}])
    """.replace("POINT", _ABBREVIATION_POINT),
    regex.VERBOSE,
)


def percent_after(text: str, end: int) -> tuple[int, str] | None:
    """Where the percent marker after the number ending at ``end`` ends, and its
    unit (``percent`` or ``percentage_point``); None when there is none."""
    m = _PERCENT.match(text, end)
    if m is None:
        return None
    if m.group("sign_points") or m.group("points"):
        return m.end(), "percentage_point"
    return m.end(), "percent"


# The numerator of a fraction written without a whole number, before its
# denominator: "1/" of "1/2%" (not "6 3/8%", read whole by tidings.numbers, nor "10/12").
_NUMERATOR = regex.compile(r"(?<![\p{N}/.,]|\p{N}[^\S\n])(?P<numer>\d{1,2})/\Z")
_DENOMINATORS = frozenset({"2", "4", "8", "16", "32"})


def fraction_before(text: str, start: int, denominator: str) -> tuple[int, Decimal] | None:
    """Where a lone bond fraction starts and its value, when the number
    ``denominator`` at ``start`` is its denominator ("1/2%" is 0.5).

    >>> text = "a 1/2% rise"
    >>> fraction_before(text, 4, "2")
    (2, Decimal('0.5'))
    >>> fraction_before("in 10/12", 6, "12") is None, fraction_before("6 3/8", 4, "8") is None
    (True, True)
    """
    if denominator not in _DENOMINATORS:
        return None
    m = _NUMERATOR.search(text, max(0, start - 3), start)
    if m is None or int(m.group("numer")) >= int(denominator):
        return None
    return m.start(), Decimal(m.group("numer")) / Decimal(denominator)
