"""Plain-text tables of results, for reading in a terminal (``--format table``)."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from .model import Entity, Event, Result
from .serialize import to_jsonable

_MAX_TEXT = 48


def _short(text: str, width: int = _MAX_TEXT) -> str:
    flat = " ".join(text.split())
    return flat if len(flat) <= width else flat[: width - 1] + "…"


def value_summary(value: Any) -> str:
    """A value object as ``key=value`` pairs, leaving out empty fields."""
    data = to_jsonable(value)
    if not isinstance(data, Mapping):
        return "" if data is None else str(data)
    return "  ".join(f"{k}={v}" for k, v in data.items() if v not in (None, False, "", [], {}))


def event_summary(event: Event) -> str:
    """One line for an event: its roles, then its other attributes."""
    a = event.attributes
    if event.kind == "diplomatic_visit":
        def who(name: Any, country: Any) -> str:
            return f"{name or '?'}{f' ({country})' if country else ''}"

        parts = [
            f"{who(a.get('visitor_name'), a.get('visitor_country'))} → "
            f"{who(a.get('destination_name'), a.get('destination_country'))}"
        ]
        parts += [f"{k} {a[k]}" for k in ("host_name", "date", "status", "ordinal") if a.get(k)]
        return ", ".join(p.replace("host_name", "host") for p in parts)
    roles = ", ".join(f"{r}={e.text}" for r, e in event.roles.items())
    return "  ".join(filter(None, [roles, value_summary(dict(a))]))


def format_table(result: Result) -> str:
    """The result as aligned columns: entities by text order, then events and errors."""
    art = result.article
    head = f"{art.id or 'article'}"
    if art.published:
        head += f"  published {art.published.isoformat()}"
    head += f"  {len(art.text):,} characters"
    if art.title:
        head += f"\n{_short(art.title, 100)}"
    rows = [("KIND", "SPAN", "TEXT", "VALUE", "BY")]
    rows += [_entity_row(e) for e in result.entities]
    widths = [max(len(r[i]) for r in rows) for i in range(4)]
    lines = [head, ""]
    for r in rows:
        lines.append("  ".join(c.ljust(w) for c, w in zip(r[:4], widths)) + "  " + r[4])
    if len(rows) == 1:
        lines.append("(no entities)")
    if result.events:
        lines += ["", "EVENTS"]
        lines += [f"{e.kind}  {e.start}-{e.end}  {event_summary(e)}" for e in result.events]
    if result.errors:
        lines += ["", "ERRORS"]
        lines += [f"{e.extractor}: {e.type}: {e.message}" for e in result.errors]
    return "\n".join(lines)


def _entity_row(e: Entity) -> tuple[str, str, str, str, str]:
    return (e.kind, f"{e.start}-{e.end}", _short(e.text), _short(value_summary(e.value), 70), e.extractor)
