"""Shared text helpers: sentence and paragraph spans, linear time."""

from __future__ import annotations

import time

from hypothesis import given, settings, strategies as st

from tidings import Article
from tidings.extractor import Context
from tidings.text import paragraphs, sentences


def texts(s: str) -> list[str]:
    return [s[x.start : x.end] for x in sentences(s)]


def test_abbreviations_initials_and_quotes_do_not_split():
    s = "Mr. Smith met Dr. J. Doe in the U.S. capital. “It went well,” he said. Then he left!"
    assert texts(s) == ["Mr. Smith met Dr. J. Doe in the U.S. capital.", "“It went well,” he said.", "Then he left!"]


def test_titles_of_legislators_and_officers_do_not_split():
    s = "State Del. Marcia Price and Sens. Tim Kaine and Mark Warner met Atty. Gen. Mark Herring. They spoke."
    assert texts(s) == ["State Del. Marcia Price and Sens. Tim Kaine and Mark Warner met Atty. Gen. Mark Herring.", "They spoke."]


def test_lines_are_paragraphs_and_never_joined():
    s = "Headline without stop\nBody one. Body two.\n\n  \nLast"
    assert [s[p.start : p.end] for p in paragraphs(s)] == ["Headline without stop", "Body one. Body two.", "Last"]
    assert texts(s) == ["Headline without stop", "Body one.", "Body two.", "Last"]


def test_lowercase_after_stop_does_not_split():
    assert texts("He paid 3.5 million. it was e.g. fine.") == ["He paid 3.5 million. it was e.g. fine."]


def test_context_sentence_lookup():
    ctx = Context(Article("One here. Two there.\nThree."))
    assert [ctx.text[s.start : s.end] for s in ctx.sentences] == ["One here.", "Two there.", "Three."]
    assert ctx.sentence_at(12).start == 10
    assert ctx.sentence_at(9) is None  # the space between sentences
    assert ctx.sentence_index(9) == 0 and ctx.sentence_index(0) == 0


@settings(max_examples=200, deadline=None)
@given(st.text())
def test_any_text_gives_valid_ordered_spans(s):
    spans = sentences(s)
    assert all(0 <= a.start < a.end <= len(s) for a in spans)
    assert all(a.end <= b.start for a, b in zip(spans, spans[1:]))
    assert all(s[a.start : a.end].strip() == s[a.start : a.end] for a in spans)


def test_time_is_linear_in_length():
    unit = "Mr. A. B. said “x.” Then... U.S. $3.5 ok!! " * 50

    def cost(n: int) -> float:
        text = unit * n
        t = time.perf_counter()
        sentences(text)
        return time.perf_counter() - t

    small, large = min(cost(20) for _ in range(3)), min(cost(200) for _ in range(3))
    assert large < small * 10 * 3  # 10x the text, well under 30x the time
