"""The percent marker after a number: "4%", "4 percent", "four per cent",
"12.5 pct", "3.5pc", "3 percentage points".

>>> text = "rose 3 percentage points to 12.5 pct"
>>> percent_after(text, 6), text[6:24]
((24, 'percentage_point'), ' percentage points')
>>> percent_after(text, text.index(" pct")), percent_after("4 persons", 1)
((36, 'percent'), None)
>>> [percent_after(t, 1) for t in ("4 pct. in May", "4 pct. The bank")]
[(6, 'percent'), (5, 'percent')]
"""

from __future__ import annotations

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
