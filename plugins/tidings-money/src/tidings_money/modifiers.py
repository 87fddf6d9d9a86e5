"""Approximations and bounds before an amount: "about $5", "more than 11 billion francs".

They stay outside the span (GUIDELINES) and are recorded as a TIMEX3-style
``mod``, the same codes the dates layer uses.

>>> text = "It will cost more than $3 billion."
>>> modifier_before(text, text.index("$"))
'MORE_THAN'
>>> modifier_before("a fee of $3", 9) is None
True
"""

from __future__ import annotations

import regex

#: Words before an amount and the ``mod`` each records.
MODIFIERS: dict[str, str] = {
    "about": "APPROX", "around": "APPROX", "approximately": "APPROX", "roughly": "APPROX",
    "some": "APPROX", "an estimated": "APPROX", "estimated": "APPROX", "close to": "APPROX",
    "nearly": "LESS_THAN", "almost": "LESS_THAN", "less than": "LESS_THAN", "under": "LESS_THAN",
    "below": "LESS_THAN", "just under": "LESS_THAN", "fewer than": "LESS_THAN",
    "more than": "MORE_THAN", "over": "MORE_THAN", "above": "MORE_THAN", "in excess of": "MORE_THAN",
    "upwards of": "MORE_THAN", "just over": "MORE_THAN", "exceeding": "MORE_THAN",
    "up to": "EQUAL_OR_LESS", "at most": "EQUAL_OR_LESS", "no more than": "EQUAL_OR_LESS",
    "as much as": "EQUAL_OR_LESS", "not more than": "EQUAL_OR_LESS",
    "at least": "EQUAL_OR_MORE", "no less than": "EQUAL_OR_MORE", "not less than": "EQUAL_OR_MORE",
    "a minimum of": "EQUAL_OR_MORE", "as little as": "EQUAL_OR_MORE",
}
_WINDOW = 24
_MODIFIER = regex.compile(
    r"(?<![\p{L}])(?P<mod>"
    + "|".join(sorted((w.replace(" ", r"[^\S\n]+") for w in MODIFIERS), key=len, reverse=True))
    + r")[^\S\n]+\Z",
    regex.IGNORECASE,
)

# A cheap test first: the letters before the blanks must be a modifier's last word.
_LAST_WORD = regex.compile(r"(?r)(\p{L}*)[^\S\n]+")
_LAST_WORDS = frozenset(w.split()[-1] for w in MODIFIERS)


def modifier_before(text: str, start: int) -> str | None:
    """The ``mod`` of the words right before ``text[start]``, if any."""
    lo = max(0, start - _WINDOW)
    last = _LAST_WORD.match(text, lo, start)
    if last is None or (last[1].isascii() and last[1].lower() not in _LAST_WORDS):
        return None
    m = _MODIFIER.search(text, lo, start)
    return MODIFIERS[" ".join(m.group("mod").lower().split())] if m else None
