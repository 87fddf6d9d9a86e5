"""A pattern's matches in a text, searched for only where they are asked for.

The visits extractor reads few sentences of an article, but what it finds in them
must be what a search of the whole text finds there: a match that a whole-text
search would have begun earlier, or that would have swallowed the start of
another, must be seen the same way. A :class:`Scan` knows a *barrier* for its
pattern: a character that no match holds nor looks past (for a pattern of words
and spaces, any other character). A search that starts at a barrier is in step
with the whole-text search from there on, so the text is searched in stretches
between barriers, each once, and only around the offsets asked about.

>>> import regex
>>> scan = Scan("He said: the minister, she said.", regex.compile(r"(?i)\\b(?:he|she|the\\s+minister)\\b"),
...             regex.compile(r"[^\\p{L}\\s]"))
>>> [m.group() for m in scan.starting_in(20, 40)]
['she']
>>> [m.group() for m in scan.starting_in(0, 40)]
['He', 'the minister', 'she']
"""

from __future__ import annotations

import bisect
import functools
import re

import regex


@functools.lru_cache(maxsize=None)
def _reversed(barrier: regex.Pattern) -> regex.Pattern:
    """``barrier`` searching backwards."""
    return regex.compile(barrier.pattern, barrier.flags | regex.REVERSE)


class Scan:
    """The matches of ``pattern`` in ``text``, as one search of the whole text finds
    them; ``barrier`` matches one character that no match can hold or look past.
    Every match holds a match of ``anchor``, if given (a quicker pattern that needs
    nothing around it): a stretch without one is not searched."""

    def __init__(
        self, text: str, pattern: regex.Pattern, barrier: regex.Pattern, anchor: re.Pattern | None = None
    ):
        self.text = text
        self._pattern = pattern
        self._anchor = anchor
        self._after = barrier
        self._before = _reversed(barrier)
        #: Stretches searched, sorted and disjoint: [start, end) between barriers or the text's ends.
        self._done: list[tuple[int, int]] = []
        self._found: list[regex.Match] = []
        self._starts: list[int] = []

    def starting_in(self, start: int, end: int) -> list[regex.Match]:
        """The matches that start at or after ``start`` and before ``end``, in order."""
        start, end = self._cover(start, end)
        return self._found[bisect.bisect_left(self._starts, start) : bisect.bisect_left(self._starts, end)]

    def overlapping(self, start: int, end: int) -> list[regex.Match]:
        """The matches that overlap [``start``, ``end``), in order."""
        start, end = self._cover(start, end)
        j = i = bisect.bisect_left(self._starts, end)
        while i > 0 and self._found[i - 1].end() > start:
            i -= 1  # matches do not overlap one another: their ends are in order too
        return self._found[i:j]

    def _cover(self, start: int, end: int) -> tuple[int, int]:
        """Search every stretch that holds a match overlapping [``start``, ``end``)."""
        start, end = max(0, start), min(len(self.text), end)
        k = bisect.bisect_right(self._done, (start, len(self.text) + 1)) - 1
        if start < end and not (k >= 0 and end <= self._done[k][1]):
            for gap in self._gaps(self._edge_before(start), self._edge_after(end)):
                self._search(*gap)
        return start, end

    def _edge_before(self, at: int) -> int:
        """A barrier (or the text's start) at or before ``at``, looked for no further
        back than the stretch searched before it."""
        k = bisect.bisect_right(self._done, (at, len(self.text) + 1)) - 1
        if k >= 0 and at < self._done[k][1]:
            return self._done[k][0]
        floor = self._done[k][1] if k >= 0 else 0
        m = self._before.search(self.text, floor, at + 1)
        return m.start() if m else floor

    def _edge_after(self, at: int) -> int:
        """A barrier (or the text's end) at or after ``at``, looked for no further than
        the next stretch searched."""
        k = bisect.bisect_right(self._done, (at, len(self.text) + 1))
        if k > 0 and at < self._done[k - 1][1]:
            return self._done[k - 1][1]
        ceiling = self._done[k][0] if k < len(self._done) else len(self.text)
        m = self._after.search(self.text, at, ceiling)
        return m.start() if m else ceiling

    def _gaps(self, start: int, end: int) -> list[tuple[int, int]]:
        """The parts of [start, end) not searched yet (their ends are barriers too)."""
        gaps = []
        at = start
        for lo, hi in self._done[max(0, bisect.bisect_right(self._done, (start, len(self.text) + 1)) - 1) :]:
            if lo >= end:
                break
            if lo > at:
                gaps.append((at, lo))
            at = max(at, hi)
        if at < end:
            gaps.append((at, end))
        return gaps

    def _search(self, start: int, end: int) -> None:
        """Search the stretch [start, end), whose ends are barriers or the text's ends."""
        stop = min(len(self.text), end + 1)
        if self._anchor is None or self._anchor.search(self.text, start, stop):
            found = list(self._pattern.finditer(self.text, start, stop))
        else:
            found = []
        i = bisect.bisect_left(self._starts, start)
        self._found[i:i] = found
        self._starts[i:i] = [m.start() for m in found]
        k = bisect.bisect_left(self._done, (start, end))
        self._done.insert(k, (start, end))
        # Merge with the neighbours it touches.
        if k + 1 < len(self._done) and self._done[k + 1][0] == end:
            self._done[k : k + 2] = [(start, self._done[k + 1][1])]
        if k > 0 and self._done[k - 1][1] == start:
            self._done[k - 1 : k + 1] = [(self._done[k - 1][0], self._done[k][1])]
