"""What an extractor is, and the context it is handed.

An extractor has a ``name``, the entity kinds it ``needs`` and the kinds it
``produces`` (spaCy's *requires* / *assigns*), and one function that takes a
:class:`Context` and returns new entities and events.

>>> import regex
>>> from tidings import Entity, Span
>>> EMAIL = regex.compile(r"[\\w.+-]+@[\\w-]+\\.[\\w.]+\\w")
>>> @extractor(name="emails", produces={"email"})
... def emails(ctx):
...     for m in EMAIL.finditer(ctx.text):
...         yield Entity(kind="email", span=Span(m.start(), m.end()), text=m.group(), value={"address": m.group().lower()})
>>> emails.name, sorted(emails.produces)
('emails', ['email'])
"""

from __future__ import annotations

import functools
import importlib
import operator
import sys
from collections.abc import Callable, Iterable, Sequence
from typing import Any, Union

import attrs

from . import text as textlib
from .model import Article, Entity, Event, Span

Found = Union[Entity, Event]
ExtractFunction = Callable[["Context"], Iterable[Found]]


def _kinds(value: Iterable[str] | str) -> frozenset[str]:
    return frozenset([value] if isinstance(value, str) else value)


@attrs.frozen(kw_only=True)
class Extractor:
    """A named step of the pipeline.

    ``function`` must be importable by name (a module-level function) for the
    pipeline to be sent to worker processes.
    """

    name: str = attrs.field(validator=attrs.validators.instance_of(str))
    function: ExtractFunction = attrs.field(validator=attrs.validators.is_callable())
    needs: frozenset[str] = attrs.field(default=frozenset(), converter=_kinds)
    produces: frozenset[str] = attrs.field(default=frozenset(), converter=_kinds)
    description: str = ""
    plugin: str = attrs.field(default="", eq=False)
    optional: bool = False

    def __call__(self, ctx: Context) -> Iterable[Found]:
        return self.function(ctx)

    def __reduce__(self) -> tuple[Any, ...]:
        # The decorator puts the Extractor where the function was, so pickle
        # could not find the function by name: send its module and name instead.
        fn: Any = self.function
        module = sys.modules.get(getattr(fn, "__module__", ""), None)
        found = getattr(module, getattr(fn, "__qualname__", ""), None)
        if isinstance(found, Extractor) and found.function is fn:
            fn = (fn.__module__, fn.__qualname__)
        return (_rebuild, (fn, self.name, self.needs, self.produces, self.description, self.plugin, self.optional))


def _rebuild(
    fn: ExtractFunction | tuple[str, str],
    name: str,
    needs: frozenset[str],
    produces: frozenset[str],
    description: str,
    plugin: str,
    optional: bool,
) -> Extractor:
    if isinstance(fn, tuple):
        fn = getattr(importlib.import_module(fn[0]), fn[1]).function
    return Extractor(
        name=name, function=fn, needs=needs, produces=produces, description=description,
        plugin=plugin, optional=optional,
    )


def extractor(
    *,
    name: str | None = None,
    needs: Iterable[str] = (),
    produces: Iterable[str] = (),
    description: str | None = None,
    optional: bool = False,
) -> Callable[[ExtractFunction], Extractor]:
    """Decorator that turns ``function(ctx)`` into an :class:`Extractor`.

    An ``optional`` extractor is left out of pipelines unless asked for by name
    (``Pipeline(enable=[...])`` or ``select=[...]``, ``tidings extract --enable``).
    """

    def wrap(function: ExtractFunction) -> Extractor:
        doc = (function.__doc__ or "").strip().splitlines()
        return Extractor(
            name=name or function.__name__,
            function=function,
            needs=frozenset(needs),
            produces=frozenset(produces),
            description=description if description is not None else (doc[0] if doc else ""),
            optional=optional,
        )

    return wrap


#: The sort key of text order: (start, end) of an entity's span.
_text_order = operator.attrgetter("span.start", "span.end")


class Context:
    """An article plus everything the extractors before this one produced.

    Sentences and paragraphs are computed once per article and shared.
    """

    def __init__(self, article: Article, entities: Sequence[Entity] = (), events: Sequence[Event] = ()):
        self.article = article
        self.text = article.text
        self._entities: list[Entity] = list(entities)
        self._events: list[Event] = list(events)
        self._by_kind: dict[str, list[Entity]] | None = None
        self._version = 0

    @property
    def entities(self) -> tuple[Entity, ...]:
        """All entities found so far, in text order."""
        return tuple(self._entities)

    @property
    def events(self) -> tuple[Event, ...]:
        """All events found so far."""
        return tuple(self._events)

    def of_kind(self, *kinds: str) -> list[Entity]:
        """Entities of the given kinds found so far, in text order."""
        if self._by_kind is None:
            self._by_kind = {}
            for e in self._entities:
                self._by_kind.setdefault(e.kind, []).append(e)
        if len(kinds) == 1:
            return list(self._by_kind.get(kinds[0], ()))
        return sorted((e for k in kinds for e in self._by_kind.get(k, ())), key=_text_order)

    def add(self, entities: Iterable[Entity], events: Iterable[Event]) -> None:
        """Record an extractor's output (used by the pipeline)."""
        self._entities.extend(entities)
        self._entities.sort(key=_text_order)
        self._events.extend(events)
        self._by_kind = None
        self._version += 1

    @property
    def version(self) -> int:
        """Grows each time output is added: a key for caches of derived data."""
        return self._version

    @functools.cached_property
    def sentences(self) -> list[Span]:
        """Sentence spans of the text (see :func:`tidings.text.sentences`)."""
        return textlib.sentences(self.text)

    @functools.cached_property
    def paragraphs(self) -> list[Span]:
        """Paragraph (line) spans of the text."""
        return textlib.paragraphs(self.text)

    @functools.cached_property
    def _sentence_starts(self) -> list[int]:
        return [s.start for s in self.sentences]

    def sentence_at(self, offset: int) -> Span | None:
        """The sentence holding ``offset`` (None between sentences or past the end)."""
        i = textlib.index_of(self._sentence_starts, offset)
        if i >= 0 and offset < self.sentences[i].end:
            return self.sentences[i]
        return None

    def sentence_index(self, offset: int) -> int:
        """The index of the last sentence starting at or before ``offset`` (-1 if none)."""
        return textlib.index_of(self._sentence_starts, offset)

    def __repr__(self) -> str:
        return f"Context(article={self.article.id!r}, entities={len(self._entities)}, events={len(self._events)})"


def describe(ext: Extractor) -> dict[str, Any]:
    """A JSON-ready description of an extractor, as ``tidings plugins`` shows it."""
    return {
        "name": ext.name,
        "plugin": ext.plugin,
        "needs": sorted(ext.needs),
        "produces": sorted(ext.produces),
        "description": ext.description,
        "optional": ext.optional,
    }
