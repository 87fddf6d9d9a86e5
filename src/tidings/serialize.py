"""JSON in and out: the one place values become JSON and come back.

The output contract is documented in ``docs/schema.md`` and checked by
``src/tidings/schema/result.schema.json``. ``SCHEMA_VERSION`` changes only when
that contract does.
"""

from __future__ import annotations

import datetime as dt
import functools
import json
from collections.abc import Mapping
from decimal import Decimal
from importlib import metadata
from pathlib import Path
from typing import Any

import attrs

from .errors import InputError
from .model import Article, Entity, Event, ExtractorError, Result, Span, parse_published
from .plugins import value_types

SCHEMA_VERSION = "1.0"

#: The JSON Schema (draft 2020-12) of :func:`result_to_dict`'s output.
SCHEMA_FILE = Path(__file__).parent / "schema" / "result.schema.json"

try:
    TIDINGS_VERSION = metadata.version("tidings")
except metadata.PackageNotFoundError:  # running from a source tree
    TIDINGS_VERSION = "0+unknown"


#: Types that are JSON as they are (exact types: a subclass takes the long way).
_PLAIN = frozenset({str, int, float, bool, type(None)})


@functools.lru_cache(maxsize=None)
def _field_names(cls: type) -> tuple[str, ...] | None:
    """The attribute names of an attrs class, in order (None for other classes)."""
    return tuple(f.name for f in attrs.fields(cls)) if attrs.has(cls) else None


def to_jsonable(value: Any) -> Any:
    """Plain JSON data from a value object, Decimal, date or container."""
    cls = type(value)
    if cls in _PLAIN:
        return value
    names = _field_names(cls)
    if names is not None:
        return {name: to_jsonable(getattr(value, name)) for name in names}
    if isinstance(value, Decimal):
        return format(value, "f")
    if isinstance(value, (dt.date, dt.datetime)):
        return value.isoformat()
    if isinstance(value, Mapping):
        return {str(k): to_jsonable(v) for k, v in value.items()}
    if isinstance(value, (list, tuple)):
        return [to_jsonable(v) for v in value]
    return value


def value_from_jsonable(kind: str, data: Any, types: Mapping[str, type]) -> Any:
    """The typed value object for ``kind`` (a dict for kinds without one)."""
    cls = types.get(kind)
    if cls is None or not isinstance(data, Mapping):
        return data
    names = {f.name for f in attrs.fields(cls)}
    return cls(**{k: v for k, v in data.items() if k in names})


def article_to_dict(article: Article) -> dict[str, Any]:
    return {
        "id": article.id,
        "title": article.title,
        "published": article.published.isoformat() if article.published else None,
        "source": article.source,
        "url": article.url,
        "language": article.language,
        "text": article.text,
    }


def entity_to_dict(entity: Entity) -> dict[str, Any]:
    return {
        "id": entity.id,
        "kind": entity.kind,
        "start": entity.span.start,
        "end": entity.span.end,
        "text": entity.text,
        "value": to_jsonable(entity.value),
        "extractor": entity.extractor,
        "confidence": entity.confidence,
    }


def event_to_dict(event: Event) -> dict[str, Any]:
    return {
        "id": event.id,
        "kind": event.kind,
        "start": event.span.start,
        "end": event.span.end,
        "roles": {role: entity.id for role, entity in event.roles.items()},
        "attributes": to_jsonable(event.attributes),
        "extractor": event.extractor,
    }


def result_to_dict(result: Result) -> dict[str, Any]:
    """The JSON-ready form of a result (see ``docs/schema.md``)."""
    return {
        "tidings_version": TIDINGS_VERSION,
        "schema_version": SCHEMA_VERSION,
        "article": article_to_dict(result.article),
        "entities": [entity_to_dict(e) for e in result.entities],
        "events": [event_to_dict(e) for e in result.events],
        "errors": [to_jsonable(e) for e in result.errors],
    }


def result_from_dict(data: Mapping[str, Any]) -> Result:
    """Load what :func:`result_to_dict` wrote back into typed objects; value
    classes come from the core and the installed plugins' ``tidings_value_types``."""
    types = value_types()
    try:
        a = data["article"]
        article = Article(
            a["text"],
            id=a.get("id"),
            title=a.get("title"),
            published=parse_published(a.get("published")),
            source=a.get("source"),
            url=a.get("url"),
            language=a.get("language"),
        )
        entities = [
            Entity(
                id=e["id"],
                kind=e["kind"],
                span=Span(e["start"], e["end"]),
                text=e["text"],
                value=value_from_jsonable(e["kind"], e["value"], types),
                extractor=e["extractor"],
                confidence=e["confidence"],
            )
            for e in data["entities"]
        ]
        by_id = {e.id: e for e in entities}
        events = [
            Event(
                id=v["id"],
                kind=v["kind"],
                span=Span(v["start"], v["end"]),
                roles={role: by_id[eid] for role, eid in v["roles"].items()},
                attributes=v["attributes"],
                extractor=v["extractor"],
            )
            for v in data["events"]
        ]
        errors = [ExtractorError(**e) for e in data["errors"]]
    except (KeyError, TypeError) as exc:
        raise InputError(f"not a tidings result: missing or bad field {exc}") from None
    return Result(article=article, entities=entities, events=events, errors=errors)


def load_schema() -> dict[str, Any]:
    """The JSON Schema of a serialised result, as a dict."""
    return json.loads(SCHEMA_FILE.read_text(encoding="utf-8"))


def dumps(result: Result, **kwargs: Any) -> str:
    """A result as JSON text."""
    kwargs.setdefault("ensure_ascii", False)
    return json.dumps(result_to_dict(result), **kwargs)


def loads(text: str) -> Result:
    """A result from JSON text written by :func:`dumps`."""
    return result_from_dict(json.loads(text))
