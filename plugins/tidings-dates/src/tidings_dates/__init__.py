"""tidings-dates: every date, time, duration and set in a news article,
normalised to TIMEX3 against the publication date.

>>> from tidings import Pipeline
>>> result = Pipeline([dates])("Putin met al-Sharaa on Wednesday, four months after October.", published="2026-01-28")
>>> [(e.text, e.value.type, e.value.timex, e.value.first) for e in result.of_kind("date")]
[('Wednesday', 'DATE', '2026-01-28', datetime.date(2026, 1, 28)), ('four months', 'DURATION', 'P4M', None), ('October', 'DATE', '2025-10', datetime.date(2025, 10, 1))]
"""

from __future__ import annotations

from collections.abc import Iterator

import tidings
from tidings import Entity, Span
from tidings.values import TimeValue

from .absolute import day_order
from .calendar import interval
from .grammar import candidates
from .modifiers import qualify
from .resolve import Resolver

__all__ = ["dates", "find_dates", "tidings_extractors"]


def find_dates(ctx: tidings.Context) -> Iterator[Entity]:
    """The date entities of ``ctx.article``, in text order."""
    text = ctx.text
    article = ctx.article

    def sentence_at(offset: int) -> tuple[int, int]:
        span = ctx.sentence_at(offset)
        return (span.start, span.end) if span is not None else (0, len(text))

    found = candidates(text)
    # Only an article with numeric dates needs their order worked out.
    order = day_order(text, article.url, article.language) if any(c.rule == "numeric" for c in found) else "MDY"
    resolver = Resolver(text, article.published_date, sentence_at, order)
    for c in found:
        reading = resolver.resolve(c)
        if reading is None:
            continue
        kind, value, mod = reading
        start, mod = qualify(text, c.start, kind, mod)
        granularity, first, last = interval(value) if kind in ("DATE", "TIME") else (None, None, None)
        yield Entity(
            kind="date",
            span=Span(start, c.end),
            text=text[start : c.end],
            value=TimeValue(type=kind, timex=value, mod=mod, granularity=granularity, first=first, last=last),
            extractor="dates",
        )


dates = tidings.extractor(
    name="dates",
    produces={"date"},
    description="Dates, times, durations and sets, normalised to TIMEX3 against the publication date",
)(find_dates)


@tidings.hookimpl
def tidings_extractors() -> list[tidings.Extractor]:
    """The plugin's one extractor, ``dates``."""
    return [dates]
