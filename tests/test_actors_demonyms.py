"""The optional demonyms extractor."""

from __future__ import annotations

import tidings
from tidings.actors import actors, demonyms


def found(text: str) -> list[tuple[str, str]]:
    result = tidings.Pipeline([actors, demonyms])(text)
    return [(e.text, e.value.country) for e in result.of_kind("demonym")]


def test_single_multiword_and_plural_demonyms():
    assert found("Israeli and Papua New Guinean envoys met Saudis.") == [
        ("Israeli", "IL"), ("Papua New Guinean", "PG"), ("Saudis", "SA")
    ]


def test_words_inside_names_and_lower_case_are_not_demonyms():
    text = "The Syrian Arab Republic said french fries are sold in New Zealand."
    assert found(text) == []


def test_it_is_off_unless_enabled():
    text = "Russian officials said so."
    assert tidings.extract(text).of_kind("demonym") == ()
    enabled = tidings.Pipeline(enable=["demonyms"])(text)
    assert [(e.text, e.value.name, e.extractor) for e in enabled.of_kind("demonym")] == [("Russian", "Russia", "demonyms")]
