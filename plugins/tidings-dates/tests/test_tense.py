"""The tense cues that place bare weekdays and months."""

from __future__ import annotations

import pytest
from tidings_dates.tense import tense


def at(text: str, word: str) -> int:
    return tense(text, 0, len(text), text.index(word))


@pytest.mark.parametrize(
    ("text", "word", "expected"),
    [
        ("Putin met Erdogan on Friday.", "Friday", -1),
        ("Putin will meet Erdogan on Friday.", "Friday", 1),
        ("Putin is expected to meet Erdogan on Friday.", "Friday", 1),
        ("Putin said he plans to meet Erdogan on Friday.", "Friday", 1),
        ("The talks, which had stalled, resume on Friday.", "Friday", 1),
        # "next to" is a place, not a time to come
        ("A bomb exploded next to the embassy on Friday.", "Friday", -1),
        # a participle after "be" is no past: the dividend is still to be paid
        ("Holders would under the plan eventually be paid in March.", "March", 1),
        # "United" is a name, not a verb in the past
        ("The father would be traveling to the United States on Thursday.", "Thursday", 1),
        ("No verb here on Friday.", "Friday", 0),
    ],
)
def test_tense_cues(text, word, expected):
    assert at(text, word) == expected


def test_weak_cue_loses_to_an_auxiliary():
    # "unspecified" ends in -ed but is an adjective; "would" decides.
    assert at("It would be paid on a still unspecified date in January.", "January") == 1


def test_cue_in_another_clause_counts_for_less():
    text = "Rebels will attack, officials warned on Friday."
    assert at(text, "Friday") == -1
