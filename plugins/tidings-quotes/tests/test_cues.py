"""Speech cues: whole words after any character that is not part of a word."""

from __future__ import annotations

import re

import pytest

from tidings_quotes.cues import CueIndex, _FORMS, find_cues

# The definition the fast scan must agree with: a cue form not preceded by a
# letter, digit, underscore, apostrophe or hyphen.
_REFERENCE = re.compile(r"(?<![\w'’-])(" + _FORMS + ")")


def _reference(text: str) -> list[tuple[int, str]]:
    return [(m.start(1), " ".join(m.group(1).split())) for m in _REFERENCE.finditer(text)]


@pytest.mark.parametrize(
    "text",
    [
        "said Putin",
        "He said, adding that\nsaid “said” (said) —said /said «said»",
        "ésaid über-said x’said don'said re-said _said 9said Éadded",
        "« added » ‹noted› „warned“ 「said」 …said\tsaid\u00a0said",
        "he went\non, according  to her; she went on",
        "",
    ],
)
def test_cues_are_whole_words_after_any_separator(text: str) -> None:
    assert [(c.start, c.word) for c in find_cues(text)] == _reference(text)


def test_a_word_part_is_no_cue() -> None:
    assert [c.word for c in find_cues("ésaid x’said don'said re-said saidx")] == []


def test_index_answers_by_span() -> None:
    text = "“Yes,” he said. “No,” she added."
    index = CueIndex(text)
    assert [c.word for c in index.between(0, 16)] == ["said"]
    assert [c.word for c in index.between(16, len(text))] == ["added"]
    assert index.between(0, text.index("said") + 2) == []
