"""Pairing quotation marks: every style news uses, apostrophes, nesting,
run-on paragraphs and damaged text."""

from __future__ import annotations

import pytest

from tidings_quotes.marks import Role, quotations, role


def inside(text: str) -> list[str]:
    return [text[q.start : q.end] for q in quotations(text)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("He said “we agree” today.", ["we agree"]),
        ('He said "we agree" today.', ["we agree"]),
        ("He said ‘we agree’ today.", ["we agree"]),
        ("He said 'we agree' today.", ["we agree"]),
        ("Il a dit « nous sommes d’accord » hier.", [" nous sommes d’accord "]),
        ("Er sagte „wir stimmen zu“ gestern.", ["wir stimmen zu"]),
        ("Er sagte »wir stimmen zu« gestern.", ["wir stimmen zu"]),
        ("''This isn't reform,'' said Douglas Holtz-Eakin.", ["This isn't reform,"]),
        ("``We agree,'' he said, `no doubt'.", ["We agree,", "no doubt"]),
        ("「同意します」と彼は言った。", ["同意します"]),
    ],
)
def test_each_mark_style(text: str, expected: list[str]) -> None:
    assert inside(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Al-Sharaa’s second visit to Moscow’s Kremlin",
        "They don’t know and won’t say.",
        "The ’90s were different, rock ’n’ roll too.",
        "Chris' and James' cars.",
        "Trump is 6'3\" tall.",
    ],
)
def test_apostrophes_are_not_quotes(text: str) -> None:
    assert inside(text) == []


def test_roles_of_marks() -> None:
    assert role("say “yes", 4) is Role.OPEN
    assert role("yes” he", 3) is Role.CLOSE
    assert role("don’t", 3) is Role.NONE
    assert role('a " b', 2) is Role.EITHER
    assert role("Davis’ view", 5) is Role.CLOSE_OR_APOSTROPHE


def test_nested_quotes_have_depth() -> None:
    text = "“He told me ‘it’s over’ yesterday,” she said."
    found = [(text[q.start : q.end], q.depth) for q in quotations(text)]
    assert found == [("He told me ‘it’s over’ yesterday,", 0), ("it’s over", 1)]


def test_newswire_multi_paragraph_convention() -> None:
    text = "“The first paragraph goes on.\n“The second one too.\n“The last one ends,” she said.\nAfter."
    found = quotations(text)
    assert [text[q.start : q.end] for q in found] == [
        "The first paragraph goes on.",
        "The second one too.",
        "The last one ends,",
    ]
    assert {q.chain for q in found} == {1}
    assert [q.closing for q in found] == [None, None, "”"]


def test_unbalanced_mark_stays_in_its_paragraph() -> None:
    text = "He said “this never closes.\nA new paragraph with “a real quote” in it."
    found = [(text[q.start : q.end], q.closing) for q in quotations(text)]
    assert found == [("this never closes.", None), ("a real quote", "”")]


def test_stray_closing_marks_are_ignored() -> None:
    assert inside("Nothing” here and ” there.") == []


def test_mixed_straight_and_curly_marks_pair() -> None:
    assert inside('He said “we agree" and left.') == ["we agree"]


def test_empty_and_mark_only_text() -> None:
    assert quotations("") == []
    assert all(0 <= q.start <= q.end for q in quotations("“”“”\"\"''‘’«»"))


def test_a_straight_mark_opening_block_paragraphs_of_a_curly_text_is_no_quote() -> None:
    # Conversions put a lone " before each paragraph of a block quote or a transcript;
    # the writer's own marks are curly, and the quotes inside are quotes of their own.
    text = "“Yes,” she said.\n\"Trump walked onto the stage, chanting “U-S-A!”\n\"Kevin was snoring."
    assert inside(text) == ["Yes,", "U-S-A!"]
    assert [q.depth for q in quotations(text)] == [0, 0]


def test_a_straight_mark_opening_a_paragraph_still_runs_on_in_a_straight_text() -> None:
    text = '"The first part goes on.\n"The last part ends here," she said.'
    assert inside(text) == ["The first part goes on.", "The last part ends here,"]
