"""Robustness: any text, valid offsets, linear time on text full of quotation marks."""

from __future__ import annotations

import time
from collections.abc import Iterator

from hypothesis import given, settings
from hypothesis import strategies as st

import tidings
from tidings import Entity, Person, Span

from tidings_quotes import quotes
from tidings_quotes.marks import quotations


@tidings.extractor(name="names", produces={"person"})
def names(ctx: tidings.Context) -> Iterator[Entity]:
    """Every "Anna Berg" as a person, so that speakers resolve without the actor layer."""
    start = ctx.text.find("Anna Berg")
    while start >= 0:
        yield Entity(kind="person", span=Span(start, start + 9), text="Anna Berg", value=Person(name="Anna Berg"))
        start = ctx.text.find("Anna Berg", start + 1)


PIPELINE = tidings.Pipeline([names, quotes], strict=True)
PIECES = st.sampled_from(
    ["“", "”", '"', "'", "‘", "’", "«", "»", "„", "''", "``", "`", " ", "\n", "said", " he said", "Anna Berg", ",", ".",
     ":", "—", "<p>", "&amp;", "don’t", "\u00a0", "é", "🙂", "according to", "Hello world"]
)


@settings(max_examples=300, deadline=None)
@given(st.lists(PIECES, max_size=60).map("".join))
def test_any_text_gives_valid_quotes(text: str) -> None:
    result = PIPELINE(text)
    assert result.errors == ()
    for e in result.entities:
        assert 0 <= e.start <= e.end <= len(text)
        assert e.text == text[e.start : e.end]
    for q in quotations(text):
        assert 0 <= q.start <= q.end <= len(text)


@settings(max_examples=200, deadline=None)
@given(st.text(max_size=300))
def test_arbitrary_unicode_never_crashes(text: str) -> None:
    assert PIPELINE(text).errors == ()


def _seconds(pipeline: tidings.Pipeline, text: str) -> float:
    """The CPU time of the best of three runs: other processes on a loaded
    machine neither slow it down nor make one unlucky run count."""
    times = []
    for _ in range(3):
        start = time.process_time()
        pipeline(text)
        times.append(time.process_time() - start)
    return min(times)


def _ratio(pipeline: tidings.Pipeline, unit: str) -> float:
    """How much longer 4× the text takes (about 4 when linear, 16 when quadratic)."""
    small, large = unit * 300, unit * 1200
    return _seconds(pipeline, large) / max(_seconds(pipeline, small), 1e-4)


def test_linear_time_on_text_full_of_quotation_marks() -> None:
    unit = "“‘«„\"' ”’» Anna Berg said “yes, ‘no’ and \"maybe\" Anna Berg said: ``x'' "
    assert _ratio(PIPELINE, unit) < 6


def test_linear_time_with_pronoun_speakers() -> None:
    # Without person entities: pronouns resolve through this plugin alone (the
    # actor layer's coreference has its own cost, tested with that layer).
    no_people = tidings.Pipeline([tidings.extractor(name="none", produces={"person"})(_nobody), quotes])
    unit = "“‘«„\"' ”’» Anna Berg said “yes, ‘no’ and \"maybe\" he said: ''x'' she added. "
    assert _ratio(no_people, unit) < 6


def _nobody(ctx: tidings.Context) -> Iterator[Entity]:
    return iter(())


def test_unclosed_marks_do_not_swallow_the_article() -> None:
    text = "Anna Berg said “this never closes.\n" + "A plain paragraph.\n" * 50
    spans = [q.span for q in quotations(text)]
    assert spans == [Span(16, 34)]
