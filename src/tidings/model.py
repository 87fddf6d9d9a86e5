"""The value types every extractor works with: Article, Span, Entity, Event, Result.

All are frozen attrs classes, validated at construction.

>>> art = Article("Putin met al-Sharaa on Wednesday.", published="2026-01-28")
>>> art.published
datetime.date(2026, 1, 28)
>>> span = Span(23, 32)
>>> span.of(art.text)
'Wednesday'
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator, Mapping
from typing import Any

import attrs

from .errors import InputError

_setattr = object.__setattr__  # how a frozen attrs instance is filled in


def _type_error(instance: Any, name: str, kind: type | tuple[type, ...], optional: bool) -> InputError:
    expected = kind.__name__ if isinstance(kind, type) else " or ".join(k.__name__ for k in kind)
    return InputError(
        f"{type(instance).__name__}.{name}: expected {expected}"
        f"{' or None' if optional else ''}, got {type(getattr(instance, name)).__name__}"
    )


def _field_type(name: str, kind: type | tuple[type, ...], optional: bool = True):
    """An attrs validator that names the field in its message."""

    def check(instance: Any, attribute: attrs.Attribute, value: Any) -> None:
        if value is None and optional:
            return
        if not isinstance(value, kind):
            raise _type_error(instance, name, kind, optional)

    return check


def _check_types(instance: Any, fields: tuple[tuple[str, type], ...]) -> None:
    """Raise for the first of ``fields`` (name, type) whose value is not an instance
    of its type: one call per object where a validator per field would be one each."""
    for name, kind in fields:
        if not isinstance(getattr(instance, name), kind):
            raise _type_error(instance, name, kind, optional=False)


def parse_published(value: Any) -> dt.date | dt.datetime | None:
    """Turn ``published`` into a date or datetime; ISO 8601 strings are accepted.

    >>> parse_published("2026-01-28T10:30:00Z")
    datetime.datetime(2026, 1, 28, 10, 30, tzinfo=datetime.timezone.utc)
    >>> parse_published("28 Jan")
    Traceback (most recent call last):
    ...
    tidings.errors.InputError: published: '28 Jan' is not an ISO 8601 date (YYYY-MM-DD) or datetime
    """
    if value is None or isinstance(value, dt.date):  # datetime is a date too
        return value
    if isinstance(value, str):
        text = value.strip()
        if not text:
            return None
        try:
            if len(text) == 10:
                return dt.date.fromisoformat(text)
            return dt.datetime.fromisoformat(text.replace("Z", "+00:00"))
        except ValueError:
            raise InputError(
                f"published: {value!r} is not an ISO 8601 date (YYYY-MM-DD) or datetime"
            ) from None
    raise InputError(f"Article.published: expected date, datetime or ISO string, got {type(value).__name__}")


@attrs.frozen
class Span:
    """Half-open code-point offsets ``[start, end)`` into an article's text."""

    start: int
    end: int

    def __attrs_post_init__(self) -> None:
        if type(self.start) is not int or type(self.end) is not int:  # the fast path is exact ints
            _check_types(self, _SPAN_TYPES)
        if not 0 <= self.start <= self.end:
            raise InputError(f"Span: need 0 <= start <= end, got ({self.start}, {self.end})")

    def __len__(self) -> int:
        return self.end - self.start

    def of(self, text: str) -> str:
        """The part of ``text`` this span covers."""
        return text[self.start : self.end]

    def overlaps(self, other: Span) -> bool:
        """True when the two spans share at least one character."""
        return self.start < other.end and other.start < self.end

    def contains(self, other: Span) -> bool:
        """True when ``other`` lies inside this span."""
        return self.start <= other.start and other.end <= self.end


@attrs.frozen
class Article:
    """A news article: its text and what is known about it.

    ``published`` (the document creation time) anchors relative dates; it takes a
    date, a datetime or an ISO 8601 string.

    >>> Article(b"bytes")
    Traceback (most recent call last):
    ...
    tidings.errors.InputError: Article.text: expected str, got bytes
    """

    text: str = attrs.field(validator=_field_type("text", str, optional=False))
    id: str | None = attrs.field(default=None, kw_only=True, validator=_field_type("id", str))
    title: str | None = attrs.field(default=None, kw_only=True, validator=_field_type("title", str))
    published: dt.date | dt.datetime | None = attrs.field(
        default=None, kw_only=True, converter=parse_published
    )
    source: str | None = attrs.field(default=None, kw_only=True, validator=_field_type("source", str))
    url: str | None = attrs.field(default=None, kw_only=True, validator=_field_type("url", str))
    language: str | None = attrs.field(
        default=None, kw_only=True, validator=_field_type("language", str)
    )

    @classmethod
    def coerce(cls, article: Article | str, **fields: Any) -> Article:
        """An Article from an Article (fields override) or from a plain string."""
        if isinstance(article, Article):
            return attrs.evolve(article, **fields) if fields else article
        return cls(article, **fields)

    @property
    def published_date(self) -> dt.date | None:
        """``published`` as a plain date (the day of publication), or None."""
        if isinstance(self.published, dt.datetime):
            return self.published.date()
        return self.published


_SPAN_TYPES = (("start", int), ("end", int))


def _default_id(self: Entity | Event) -> str:
    """``"<kind>-<start>-<end>"`` (the pipeline makes ids unique); a span that is no
    :class:`Span` is left to the type check that follows."""
    span = self.span
    return f"{self.kind}-{span.start}-{span.end}" if isinstance(span, Span) else ""


def _id_field() -> Any:
    return attrs.field(default=attrs.Factory(_default_id, takes_self=True))


class _Located:
    """``start`` and ``end`` shortcuts for anything with a ``span``."""

    __slots__ = ()
    span: Span

    @property
    def start(self) -> int:
        return self.span.start

    @property
    def end(self) -> int:
        return self.span.end


@attrs.frozen(kw_only=True)
class Entity(_Located):
    """Something an extractor found: a typed ``value`` at an exact ``span``.

    ``text`` is always ``article.text[span.start:span.end]``; ``id`` defaults to
    ``"<kind>-<start>-<end>"`` and is made unique by the pipeline.

    >>> from tidings.values import Percent
    >>> e = Entity(kind="percent", span=Span(10, 12), text="4%", value=Percent(amount="4"), extractor="money")
    >>> e.id, str(e.value.amount)
    ('percent-10-12', '4')
    """

    kind: str
    span: Span
    text: str
    value: Any = None
    extractor: str = ""
    confidence: float = attrs.field(default=1.0, converter=float)
    id: str = _id_field()

    def __attrs_post_init__(self) -> None:
        exact = type(self.kind) is str and type(self.span) is Span and type(self.text) is str
        if not (exact and type(self.extractor) is str):  # the checks by type() are the fast path
            _check_types(self, _ENTITY_TYPES)

    def _stamped(self, id: str, extractor: str) -> Entity:
        """This entity with another ``id`` and ``extractor`` (both strings): the
        pipeline's stamp, copied field by field without re-running the checks the
        fields already passed (``attrs.evolve`` costs three times as much)."""
        new = object.__new__(Entity)
        _setattr(new, "kind", self.kind)
        _setattr(new, "span", self.span)
        _setattr(new, "text", self.text)
        _setattr(new, "value", self.value)
        _setattr(new, "extractor", extractor)
        _setattr(new, "confidence", self.confidence)
        _setattr(new, "id", id)
        return new


@attrs.frozen(kw_only=True)
class Event(_Located):
    """A relation between entities, such as a diplomatic visit.

    ``roles`` maps role names to entities; ``attributes`` holds the event's
    normalised facts (plain JSON values); ``span`` is its evidence.
    """

    kind: str
    span: Span
    roles: Mapping[str, Entity] = attrs.field(factory=dict, converter=dict)
    attributes: Mapping[str, Any] = attrs.field(factory=dict, converter=dict)
    extractor: str = ""
    id: str = _id_field()

    def __attrs_post_init__(self) -> None:
        if not (type(self.kind) is str and type(self.span) is Span and type(self.extractor) is str):
            _check_types(self, _EVENT_TYPES)


_ENTITY_TYPES = (("kind", str), ("span", Span), ("text", str), ("extractor", str))
_EVENT_TYPES = (("kind", str), ("span", Span), ("extractor", str))


@attrs.frozen(kw_only=True)
class ExtractorError:
    """An extractor that raised, or returned something invalid, on one article."""

    extractor: str
    type: str
    message: str


@attrs.frozen(kw_only=True)
class Result:
    """What a pipeline found in one article.

    >>> import tidings
    >>> r = Result(article=Article("No facts here."))
    >>> r.of_kind("date"), r.ok
    ((), True)
    """

    article: Article
    entities: tuple[Entity, ...] = attrs.field(default=(), converter=tuple)
    events: tuple[Event, ...] = attrs.field(default=(), converter=tuple)
    errors: tuple[ExtractorError, ...] = attrs.field(default=(), converter=tuple)

    @property
    def ok(self) -> bool:
        """True when no extractor failed on this article."""
        return not self.errors

    def of_kind(self, *kinds: str) -> tuple[Entity, ...]:
        """The entities of the given kinds, in text order."""
        return tuple(e for e in self.entities if e.kind in kinds)

    def events_of_kind(self, *kinds: str) -> tuple[Event, ...]:
        """The events of the given kinds."""
        return tuple(e for e in self.events if e.kind in kinds)

    def entity(self, entity_id: str) -> Entity:
        """The entity with this id (KeyError if there is none)."""
        for e in self.entities:
            if e.id == entity_id:
                return e
        raise KeyError(entity_id)

    def __iter__(self) -> Iterator[Entity]:
        return iter(self.entities)

    def to_dict(self) -> dict[str, Any]:
        """The JSON-ready form described in ``docs/schema.md``."""
        from .serialize import result_to_dict

        return result_to_dict(self)

    def to_json(self, **kwargs: Any) -> str:
        """The result as a JSON string (keyword arguments go to ``json.dumps``)."""
        from .serialize import dumps

        return dumps(self, **kwargs)

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> Result:
        """Load a result written by :meth:`to_dict`; the round trip is exact."""
        from .serialize import result_from_dict

        return result_from_dict(data)

    @classmethod
    def from_json(cls, text: str) -> Result:
        """Load a result written by :meth:`to_json`."""
        from .serialize import loads

        return loads(text)
