"""Shared regular-expression building blocks: the trie alternation."""

from __future__ import annotations

import re

import pytest
import regex
from hypothesis import given, settings
from hypothesis import strategies as st

from tidings.patterns import alternation

_PHRASES = st.lists(st.text(alphabet="abc.é", min_size=1, max_size=3), min_size=1, max_size=3).map(" ".join)
_WORDS = st.lists(_PHRASES, min_size=1, max_size=8)
_TEXTS = st.text(alphabet="ab c.é\n", max_size=30)


def _longest_first(words: list[str], space: str) -> str:
    escaped = (re.escape(w).replace(r"\ ", space) for w in sorted(set(words), key=len, reverse=True))
    return "(?:" + "|".join(escaped) + ")"


@settings(max_examples=300, deadline=None)
@given(_WORDS, _TEXTS, st.sampled_from([r"\s+", r"\ "]))
def test_the_trie_matches_as_the_longest_first_alternation(words: list[str], text: str, space: str) -> None:
    for engine in (re, regex):
        trie = engine.compile(alternation(words, space=space))
        flat = engine.compile(_longest_first(words, space))
        assert [m.span() for m in trie.finditer(text)] == [m.span() for m in flat.finditer(text)]


def test_phrases_that_extend_one_another() -> None:
    words = ["a", "a couple", "a couple of", "an", "another", "few", "a few", "fewer"]
    trie = re.compile(alternation(words) + r"(?!\w)")
    flat = re.compile(_longest_first(words, r"\s+") + r"(?!\w)")
    for text in ["a couple of days", "a  couple", "another day", "an hour", "a few", "fewer", "a fewer", "an"]:
        assert [m.span() for m in trie.finditer(text)] == [m.span() for m in flat.finditer(text)], text


def test_a_word_matches_only_where_its_own_ending_does() -> None:
    pattern = re.compile(alternation(["say", "says", "say so"], end=lambda w: r"\b" if w.endswith("s") else "!"))
    assert [m.group() for m in pattern.finditer("says, say! say so! say ")] == ["says", "say!", "say so!"]


def test_white_space_inside_a_word_is_the_space_pattern() -> None:
    assert re.fullmatch(alternation(["according to"]), "according \n to")
    assert not re.fullmatch(alternation(["according to"], space=r"\ "), "according  to")
    assert re.fullmatch(alternation(["U.S. $"], space=r"\ "), "U.S. $")


def test_only_phrases_are_taken() -> None:
    for word in ["", " a", "a ", "a  b"]:
        with pytest.raises(ValueError, match="not a phrase"):
            alternation(["ok", word])
