"""The optional ``demonyms`` extractor: national adjectives and demonyms as
mentions of their country ("Syrian", "South Korean", "Emiratis").

The actor layer already uses demonyms as an attribute (a person's nationality,
"his Syrian counterpart"); this extractor is for users who want them as mentions
of their own. It is optional: ``Pipeline(enable=["demonyms"])`` or
``tidings extract --enable demonyms``. Words inside a place or organisation name
("the Syrian Arab Republic") are left to that entity.

>>> import tidings
>>> from tidings.actors import actors
>>> text = "Syrian and South Korean officials met Emiratis in Moscow."
>>> result = tidings.Pipeline([actors, demonyms])(text)
>>> [(e.text, e.value.name, e.value.country) for e in result.of_kind("demonym")]
[('Syrian', 'Syria', 'SY'), ('South Korean', 'South Korea', 'KR'), ('Emiratis', 'United Arab Emirates', 'AE')]
"""

from __future__ import annotations

from collections.abc import Iterator

from ..extractor import Context, extractor
from ..model import Entity, Span
from ..values import Place
from .gazetteer import country_name, demonym_country
from .tokens import tokenize

#: The longest demonym in words ("Papua New Guinean").
_MAX_WORDS = 3


@extractor(name="demonyms", needs={"place", "organization"}, produces={"demonym"}, optional=True)
def demonyms(ctx: Context) -> Iterator[Entity]:
    """National adjectives and demonyms as country mentions (optional)."""
    text = ctx.text
    taken = sorted((e.start, e.end) for e in ctx.of_kind("place", "organization"))
    tokens = tokenize(text)
    i, t = 0, 0
    while i < len(tokens):
        if not tokens[i].cap:
            i += 1
            continue
        for n in range(min(_MAX_WORDS, len(tokens) - i), 0, -1):
            run = tokens[i : i + n]
            if not all(tok.cap for tok in run) or any(text[a.end : b.start] != " " for a, b in zip(run, run[1:])):
                continue
            start, end = run[0].start, run[-1].end
            code = demonym_country(text[start:end])
            if code is None:
                continue
            while t < len(taken) and taken[t][1] <= start:
                t += 1
            if t < len(taken) and taken[t][0] < end:
                break  # part of a place or organisation name
            yield Entity(
                kind="demonym",
                span=Span(start, end),
                text=text[start:end],
                value=Place(name=country_name(code) or code, country=code, type="demonym"),
                confidence=0.9,
            )
            i += n - 1
            break
        i += 1
