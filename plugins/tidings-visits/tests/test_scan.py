"""A Scan finds, wherever it is asked, what one search of the whole text finds."""

from __future__ import annotations

import regex
from hypothesis import given, settings
from hypothesis import strategies as st

from tidings_visits.scan import Scan

#: Words and spaces, like the pointers of the participants module.
POINTER = regex.compile(r"\b(?:he|she|the\s+(?:\p{L}+\s+)?minister)\b", regex.IGNORECASE | regex.VERSION1)
LETTERS_AND_SPACES = regex.compile(r"[^\p{L}\s]", regex.IGNORECASE | regex.VERSION1)
#: Matches that look past their end, and may hold "." and "-".
POPE = regex.compile(r"\b(?:the\s+)?Pope\b(?!\s+\p{Lu})|\b[A-Z][\p{L}.-]+\s+delegation\b")
DOTS_AND_DASHES = regex.compile(r"[^\p{L}\s.\-]")

WORDS = st.sampled_from(["he", "She", "the", "foreign", "minister", "Pope", "Francis", "U.S.", "high-level",
                         "delegation", "x", "ß", "İ", "5", "a1", "_", "é"])
SEPARATORS = st.sampled_from([" ", "  ", "\n", ", ", ". ", "; ", "-", "", ".", '"'])
TEXTS = st.lists(st.tuples(WORDS, SEPARATORS), max_size=40).map(lambda pairs: "".join(w + s for w, s in pairs))
ASKS = st.lists(st.tuples(st.integers(0, 300), st.integers(0, 60)), min_size=1, max_size=8)


def _spans(matches):
    return [(m.start(), m.end()) for m in matches]


@settings(max_examples=300, deadline=None)
@given(TEXTS, ASKS)
def test_any_questions_in_any_order_get_the_whole_text_answers(text, asks):
    for pattern, barrier in ((POINTER, LETTERS_AND_SPACES), (POPE, DOTS_AND_DASHES)):
        whole = _spans(pattern.finditer(text))
        scan = Scan(text, pattern, barrier)
        for start, length in asks:
            end = start + length
            assert _spans(scan.starting_in(start, end)) == [s for s in whole if start <= s[0] < end]
            if start < end:
                assert _spans(scan.overlapping(start, end)) == [s for s in whole if s[0] < end and s[1] > start]
        assert _spans(scan.starting_in(0, len(text))) == whole


def test_a_text_without_barriers_is_searched_once():
    text = "he " * 1000
    scan = Scan(text, POINTER, LETTERS_AND_SPACES)
    assert len(scan.starting_in(1500, 1503)) == 1
    assert scan._done == [(0, len(text))]
    assert len(scan.starting_in(0, len(text))) == 1000
