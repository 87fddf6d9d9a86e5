"""The table's names as one trie pattern (tidings.patterns): it finds what the longest-first alternation finds."""

from __future__ import annotations

import regex
from hypothesis import given, settings
from hypothesis import strategies as st

from tidings.patterns import alternation
from tidings_money.currencies import NAME_SPACE
from tidings_money.markers import TABLE

_CUES = sorted({cue for c in TABLE.currencies.values() for cue in c.cues})
_PIECES = [*_CUES[::7], "Curaçao", "São Paulo", "U.S.", "US", "USA", "EU", " ", ", ", "-", "5", "é", "ß", "’", "\n", "x"]


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(_PIECES), max_size=12).map("".join))
def test_trie_is_the_longest_first_alternation(text: str) -> None:
    words = [*_CUES[::7], "Curaçao", "São Paulo", "U.S.", "US"]
    flat = "|".join(regex.escape(w).replace(r"\ ", NAME_SPACE) for w in sorted(set(words), key=len, reverse=True))
    whole = r"(?<![\p{{L}}\p{{N}}])(?:{})(?![\p{{L}}\p{{N}}])"
    trie = regex.compile(whole.format(alternation(words, space=NAME_SPACE)))
    found = [m.span() for m in regex.finditer(whole.format(flat), text)]
    assert [m.span() for m in trie.finditer(text)] == found
