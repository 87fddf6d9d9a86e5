"""Deciding which currency a shared sign or word means in an article.

"¥" is JPY or CNY, "kr" Swedish, Norwegian, Danish or Icelandic, "francs" French
or Swiss: the country words of the sentence decide, then those of the article;
withdrawn currencies count only before their withdrawal. When nothing decides,
the sign's default is taken and marked uncertain, unless the default is the
newswire convention (a bare "$" is USD).

>>> from tidings_money.currencies import load_table
>>> table = load_table()
>>> text = "The fund, based in Oslo, raised kr 200 million."
>>> resolve(table.signs["kr"], Cues(text, table), year=2024, window=(0, len(text)))
('NOK', True)
>>> resolve(table.signs["kr"], Cues("It cost kr 200.", table), year=2024, window=(0, 15))
('SEK', False)
>>> resolve(table.units["francs"], Cues("Paris said 5 billion francs.", table), year=1989, window=(0, 28))
('FRF', True)
"""

from __future__ import annotations

import bisect
import functools
from collections import Counter

import regex

from tidings.patterns import alternation

from .currencies import NAME_SPACE, Surface, Table


@functools.cache
def cue_pattern(table: Table) -> tuple[regex.Pattern[str], dict[str, frozenset[str]]]:
    """The pattern of the country words of ``table`` and the currencies each points to (built once)."""
    owners: dict[str, set[str]] = {}
    for c in table.currencies.values():
        for cue in c.cues:
            owners.setdefault(cue, set()).add(c.code)
    pattern = regex.compile(r"(?<![\p{L}\p{N}])" + alternation(owners, space=NAME_SPACE) + r"(?![\p{L}\p{N}])")
    return pattern, {w: frozenset(c) for w, c in owners.items()}


class Cues:
    """The country words of one article, found once, on first use."""

    def __init__(self, text: str, table: Table):
        self.text = text
        self.table = table
        self._starts: list[int] | None = None
        self._codes: list[frozenset[str]] = []
        self._by_code: dict[str, list[int]] = {}
        self._counts: dict[tuple[tuple[str, ...], int, int | None], Counter[str]] = {}

    def _index(self) -> list[int]:
        if self._starts is None:
            pattern, owners = cue_pattern(self.table)
            hits = [(m.start(), owners[m.group()]) for m in pattern.finditer(self.text)]
            self._starts = [s for s, _ in hits]
            self._codes = [c for _, c in hits]
            for start, codes in hits:
                for code in codes:
                    self._by_code.setdefault(code, []).append(start)
        return self._starts

    def counts(self, codes: tuple[str, ...], start: int = 0, end: int | None = None) -> Counter[str]:
        """How often each of ``codes`` is pointed to by a cue in ``text[start:end]``
        (remembered: many amounts in one sentence count its cues once)."""
        key = (codes, start, end)
        if key not in self._counts:
            self._counts[key] = self._count(codes, start, end)
        return self._counts[key]

    def nearest(self, codes: tuple[str, ...], at: int, start: int, end: int) -> str | None:
        """The code among ``codes`` whose nearest cue within ``text[start:end]`` is
        nearest to ``at`` (None on a tie or without cues)."""
        self._index()
        distances = []
        for code in codes:
            starts = self._by_code.get(code, [])
            i = bisect.bisect_left(starts, at)
            near = [p for p in starts[max(0, i - 1) : i + 1] if start <= p < end]
            if near:
                distances.append((min(abs(p - at) for p in near), code))
        distances.sort()
        if distances and (len(distances) == 1 or distances[0][0] < distances[1][0]):
            return distances[0][1]
        return None

    def _count(self, codes: tuple[str, ...], start: int, end: int | None) -> Counter[str]:
        starts = self._index()
        lo = bisect.bisect_left(starts, start)
        hi = len(starts) if end is None else bisect.bisect_left(starts, end)
        wanted = set(codes)
        return Counter(c for owners in self._codes[lo:hi] for c in owners if c in wanted)


def _best(counts: Counter[str]) -> str | None:
    ranked = counts.most_common(2)
    if ranked and (len(ranked) == 1 or ranked[0][1] > ranked[1][1]):
        return ranked[0][0]
    return None


@functools.cache
def _in_use(table: Table, surface: Surface, year: int | None) -> tuple[tuple[str, ...], str]:
    """The codes of ``surface`` in use in ``year`` (all of them when none is), and
    its default then (the first default in use, else the first code in use)."""
    live = tuple(c for c in surface.codes if table.currencies[c].in_use(year)) or surface.codes
    return live, next((c for c in surface.defaults if c in live), live[0])


def resolve(
    surface: Surface,
    cues: Cues,
    *,
    year: int | None,
    window: tuple[int, int],
    at: int | None = None,
    named: str | None = None,
    require_cue: bool | None = None,
) -> tuple[str, bool] | None:
    """The currency ``surface`` means and whether the text decided it.

    ``named`` is the code an adjective fixed ("Canadian" dollars); ``window`` the
    sentence and ``at`` the mention's offset in it: where the sentence names
    several countries equally often, the nearest decides. None when the surface
    is also an ordinary word ("pounds", "won") and no country of its currencies
    is in the article; ``require_cue`` overrides that test (a scale word makes
    "5 million pounds" money).
    """
    if named is not None:
        return named, True
    at = window[0] if at is None else at
    if (surface.needs_cue if require_cue is None else require_cue) and not cues.counts(surface.codes):
        return None
    live, default = _in_use(cues.table, surface, year)
    if surface.certain and default in surface.defaults:
        return default, True
    # The sentence may name a country whose currency is gone ("marks" in Bonn,
    # written today about 1990); the article as a whole only chooses among live ones.
    in_sentence = cues.counts(surface.codes, *window)
    best = _best(in_sentence) or (cues.nearest(surface.codes, at, *window) if in_sentence else None)
    if best is not None:
        return best, True
    if len(live) == 1:
        return live[0], True
    best = _best(cues.counts(live))
    if best is not None:
        return best, True
    return default, False
