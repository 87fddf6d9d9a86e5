"""The qualifiers written before a time: found as the forward search finds them."""

from __future__ import annotations

import json
from pathlib import Path

from tidings_dates.modifiers import _ENDS_QUALIFIED, _PREFIX, _WINDOW, qualify

HELDOUT = Path(__file__).resolve().parent / "data" / "heldout.jsonl"


def test_the_backward_check_sees_a_qualifier_wherever_the_search_finds_one():
    # qualify searches only where the one backward attempt says a qualifier ends
    texts = [json.loads(line)["text"] for line in HELDOUT.read_text(encoding="utf-8").splitlines()]
    texts.append(
        "no more than  two, just about three, the mid-1990s, midNovember, pre-war, post-1959, "
        "the beginning of\nMay, LATE ON Friday, earlier in the year, upwards of ten, at most, 1994-"
    )
    found = 0
    for text in texts:
        for end in range(len(text) + 1):
            lo = max(0, end - _WINDOW)
            searched = _PREFIX.search(text, lo, end) is not None
            assert (_ENDS_QUALIFIED.match(text, lo, end) is not None) == searched, text[lo:end]
            found += searched
    assert found > 50


def test_the_leftmost_qualifier_is_the_one_taken():
    text = "It lasted no more than two years, just about a decade."
    assert qualify(text, text.index("two"), "DURATION", None) == (text.index("no more"), "EQUAL_OR_LESS")
    assert qualify(text, text.index("a decade"), "DURATION", None) == (text.index("a decade"), "APPROX")
