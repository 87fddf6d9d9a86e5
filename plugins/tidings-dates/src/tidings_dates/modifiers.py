"""Words written before a time that qualify it: its ``mod`` and its span.

A position in the period ("late 2024", "mid-November", "the end of 1990") and a
bound ("more than a decade", "nearly two weeks", "post-1959") are part of the
time's span, as in the TimeBank annotation; a plain approximation ("about two
years", "around Wednesday", "within a week") only sets ``mod`` and stays out of
the span, as the annotation guidelines ask; so does "over", which means
"during" ("over three years") as often as "more than".

>>> text = "It lasted more than a decade, about two years after late 2024."
>>> def show(time, kind):
...     start, mod = qualify(text, text.index(time), kind, None)
...     return text[start : text.index(time) + len(time)], mod
>>> show("a decade", "DURATION"), show("two years", "DURATION"), show("2024", "DATE")
(('more than a decade', 'MORE_THAN'), ('two years', 'APPROX'), ('late 2024', 'END'))
"""

from __future__ import annotations

import regex

from tidings.patterns import alternation
from .lexicon import APPROXIMATORS, POSITIONS, key

#: Words written before a time that belong to it: a position in the period
#: ("late 2024", "mid-November") or an approximation ("about two years").
_PREFIX = regex.compile(
    rf"""(?x)(?<![\p{{L}}\p{{N}}])(?:
      (?P<approx>{alternation(APPROXIMATORS)})\s+
      | (?P<position>{alternation(POSITIONS)})(?:\s+|-)
      | (?P<position>(?i:mid))-?
      | (?P<bound>(?i:pre|post))-
      | (?P<approx>(?i:just)\s+(?:over|under|about))\s+
    )\Z""",
    flags=regex.IGNORECASE,
)


#: The same pattern matched backwards from the time, in one attempt: whether
#: any qualifier ends there at all (the search tries every start in the
#: window, and nine times in ten there is none).
_ENDS_QUALIFIED = regex.compile(_PREFIX.pattern, _PREFIX.flags | regex.REVERSE)

#: How far before a time its qualifier may start (code points).
_WINDOW = 24
#: A time with its own determiner takes no approximator: "over the next year".
_DETERMINED = regex.compile(r"(?i:the|this|that|next|last)\s")
#: Approximators that stay out of the span (the rest, bounds, are part of it).
_OUTSIDE = frozenset(
    {"about", "around", "almost", "roughly", "approximately", "some", "circa", "just about", "within", "over"}
)
_POSITION_TYPES = frozenset({"DATE", "TIME"})
#: A bound on a length, said of a point in time: "more than 30 years ago" is
#: before the date 30 years ago, "nearly four years ago" about then.
_AS_POINT = {"MORE_THAN": "BEFORE", "LESS_THAN": "AFTER", "EQUAL_OR_MORE": "ON_OR_BEFORE", "EQUAL_OR_LESS": "APPROX"}


def qualify(text: str, start: int, kind: str, mod: str | None) -> tuple[int, str | None]:
    """The start of the time at ``start`` with its qualifier, and its ``mod``."""
    lo = max(0, start - _WINDOW)
    if _ENDS_QUALIFIED.match(text, lo, start) is None:
        return start, mod
    prefix = _PREFIX.search(text, lo, start)
    if prefix is None:
        return start, mod
    if prefix["position"]:
        if kind in _POSITION_TYPES and mod is None:
            return prefix.start(), POSITIONS[key(prefix["position"])]
    elif prefix["bound"]:
        if kind == "DATE":
            return prefix.start(), "BEFORE" if prefix["bound"].lower() == "pre" else "AFTER"
    elif not _DETERMINED.match(text, start):
        word = key(prefix["approx"])
        mod = mod or APPROXIMATORS.get(word, "APPROX")
        if kind != "DURATION":
            mod = _AS_POINT.get(mod, mod)
        return (start if word in _OUTSIDE else prefix.start()), mod
    return start, mod
