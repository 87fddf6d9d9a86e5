"""An HTML page showing one article's extractions, for a reviewer (like displaCy).

Every entity is highlighted in the article by kind (colour legend; hover shows
the normalised value and the extractor), each quote links to its speaker's
mention, and the events are listed in a table. The page is self-contained (style
and a few lines of script inline) and every piece of the article is escaped.

>>> from tidings import Article, Entity, Result, Span
>>> text = "Putin <b>met</b> al-Sharaa."
>>> result = Result(article=Article(text, id="a1"),
...                 entities=[Entity(kind="person", span=Span(0, 5), text="Putin", extractor="actors")])
>>> page = render_html(result)
>>> '<mark class="ent k-person" data-kind="person"' in page
True
>>> "&lt;b&gt;met&lt;/b&gt;" in page and "<b>met</b>" not in page
True
"""

from __future__ import annotations

import functools
import html
import json
import zlib
from collections.abc import Iterator, Mapping, Sequence
from importlib import resources
from typing import Any

import attrs
import regex

from . import corpus
from .errors import InputError
from .model import Article, Entity, Event, Result
from .pipeline import Pipeline
from .serialize import result_from_dict, to_jsonable

#: Background colour of each kind the project knows; other kinds get one from
#: :data:`SPARE_COLOURS`, chosen by a hash of the kind so it is stable.
KIND_COLOURS: dict[str, str] = {
    "person": "#c9bffd",
    "place": "#fed49a",
    "organization": "#a6f0f0",
    "date": "#bfe1d9",
    "money": "#d4edb0",
    "percent": "#e4e7d2",
    "quote": "#fff3b0",
    "reported_speech": "#dde7f0",
}
SPARE_COLOURS = ("#f4c7de", "#c7d7f4", "#e1d5c0", "#d9f4c7", "#f4e3c7", "#c7f4ee", "#e3c7f4")

#: Kinds whose value names a speaker (``value.speaker`` is an entity id).
SPEECH_KINDS = frozenset({"quote", "reported_speech"})

_NOT_CLASS = regex.compile(r"[^a-z0-9_-]+")
_SURROGATE = regex.compile(r"[\ud800-\udfff]")
_WEB_URL = regex.compile(r"https?://", regex.IGNORECASE)


def _esc(text: str, *, attribute: bool = False) -> str:
    """HTML-escaped text; lone surrogates (which UTF-8 cannot carry) become U+FFFD."""
    return html.escape(_SURROGATE.sub("\ufffd", text), quote=attribute)


def kind_colour(kind: str) -> str:
    """The highlight colour of an entity kind.

    >>> kind_colour("person"), kind_colour("gadget") == kind_colour("gadget")
    ('#c9bffd', True)
    """
    return KIND_COLOURS.get(kind) or SPARE_COLOURS[zlib.crc32(kind.encode()) % len(SPARE_COLOURS)]


def _css_class(kind: str) -> str:
    return "k-" + (_NOT_CLASS.sub("-", kind.lower()) or "x")


def describe_value(value: Any) -> str:
    """A value object as ``key: value`` lines (empty fields left out).

    >>> from tidings.values import Money
    >>> print(describe_value(Money(amount="3000000000", currency="USD")))
    amount: 3000000000
    currency: USD
    uncertain: false
    """
    data = to_jsonable(value)
    if not isinstance(data, Mapping):
        return "" if data is None else json.dumps(data, ensure_ascii=False)
    return "\n".join(
        f"{key}: {item if isinstance(item, str) else json.dumps(item, ensure_ascii=False)}"
        for key, item in data.items()
        if item is not None
    )


def _segments(length: int, entities: Sequence[Entity]) -> Iterator[tuple[int, int, list[int]]]:
    """``(start, end, covering)`` for each stretch of text between entity
    boundaries; ``covering`` lists the indexes of the entities over it, outermost
    first (earlier start, then longer)."""
    starts: dict[int, list[int]] = {}
    for i, e in enumerate(entities):
        if e.start < e.end <= length:
            starts.setdefault(e.start, []).append(i)
    bounds = sorted({0, length, *starts, *(entities[i].end for group in starts.values() for i in group)})
    active: list[int] = []
    for start, end in zip(bounds, bounds[1:]):
        active = [i for i in active if entities[i].end > start] + starts.get(start, [])
        active.sort(key=lambda i: (entities[i].start, -entities[i].end, i))
        yield start, end, active


def _tooltip(entity: Entity, speaker: Entity | None) -> str:
    lines = [f"{entity.kind} · {entity.extractor or 'unknown extractor'}"]
    if entity.confidence != 1.0:
        lines[0] += f" · confidence {entity.confidence:g}"
    described = describe_value(entity.value)
    if described:
        lines.append(described)
    if speaker is not None:
        lines.append(f"speaker mention: {speaker.text}")
    return "\n".join(lines)


def _article_html(result: Result, anchors: Mapping[str, str]) -> str:
    """The article text with the entities as nested ``<mark>`` elements (a quote
    with a known speaker is a link to the speaker's mention instead); an entity
    crossing another's boundary is split, each piece carrying its id and the
    last one its label."""
    text = result.article.text
    entities = result.entities
    by_id = {e.id: e for e in entities}
    out: list[str] = []
    # Open elements: entity index, whether a link, and the slot of the opening
    # tag in ``out``, filled in when the element closes and its end is known.
    stack: list[tuple[int, bool, int]] = []
    anchored: set[int] = set()  # entities whose first piece (with the id) is out

    def close(keep: int, at: int) -> None:
        for i, link, slot in reversed(stack[keep:]):
            entity = entities[i]
            first = i not in anchored
            anchored.add(i)
            out[slot] = _open_tag(entity, by_id, anchors, first=first, last=at >= entity.end, link=link)
            out.append("</a>" if link else "</mark>")
        del stack[keep:]

    for start, end, covering in _segments(len(text), entities):
        keep = 0
        while keep < min(len(stack), len(covering)) and stack[keep][0] == covering[keep]:
            keep += 1
        close(keep, start)
        for i in covering[keep:]:
            in_link = any(link for _, link, _ in stack)
            stack.append((i, not in_link and _speaker(entities[i], by_id) is not None, len(out)))
            out.append("")
        out.append(_esc(text[start:end]))
    close(0, len(text))
    return "".join(out)


def _speaker(entity: Entity, by_id: Mapping[str, Entity]) -> Entity | None:
    speaker_id = getattr(entity.value, "speaker", None) if entity.kind in SPEECH_KINDS else None
    return by_id.get(speaker_id) if isinstance(speaker_id, str) else None


def _open_tag(
    entity: Entity, by_id: Mapping[str, Entity], anchors: Mapping[str, str], *, first: bool, last: bool, link: bool
) -> str:
    """The opening tag of one piece of ``entity``: the ``first`` piece carries
    the anchor id, the ``last`` one the label; a ``link`` points to the speaker."""
    speaker = _speaker(entity, by_id)
    attrs = [
        f'class="ent {_css_class(entity.kind)}"',
        f'data-kind="{_esc(entity.kind, attribute=True)}"',
        f'data-id="{_esc(entity.id, attribute=True)}"',
    ]
    if first:
        attrs.append(f'id="{anchors[entity.id]}"')
    if last:
        attrs.append(f'data-label="{_esc(entity.kind, attribute=True)}"')
    attrs.append(f'title="{_esc(_tooltip(entity, speaker), attribute=True)}"')
    if link and speaker is not None:
        attrs.append(f'href="#{anchors[speaker.id]}" data-speaker="{anchors[speaker.id]}"')
        return f"<a {' '.join(attrs)}>"
    return f"<mark {' '.join(attrs)}>"


def _legend_html(entities: Sequence[Entity]) -> str:
    counts: dict[str, int] = {}
    for e in entities:
        counts[e.kind] = counts.get(e.kind, 0) + 1
    items = "".join(
        f'<li><span class="swatch {_css_class(kind)}"></span>{_esc(kind)} <small>{n}</small></li>'
        for kind, n in sorted(counts.items())
    )
    return f'<ul class="legend">{items or "<li>no entities found</li>"}</ul>'


def _events_html(events: Sequence[Event], anchors: Mapping[str, str], text: str) -> str:
    if not events:
        return "<p>No events.</p>"
    rows = []
    for v in events:
        roles = "<br>".join(
            f'{_esc(role)}: <a href="#{anchors[e.id]}">{_esc(e.text)}</a>'
            if e.id in anchors
            else f"{_esc(role)}: {_esc(e.text)}"
            for role, e in v.roles.items()
        )
        attributes = "<br>".join(_esc(line) for line in describe_value(dict(v.attributes)).splitlines())
        rows.append(
            f'<tr><td>{_esc(v.kind)}</td><td class="evidence">{_esc(text[v.start:v.end])}</td>'
            f"<td>{roles}</td><td>{attributes}</td><td>{_esc(v.extractor)}</td></tr>"
        )
    head = "<tr><th>kind</th><th>evidence</th><th>roles</th><th>attributes</th><th>extractor</th></tr>"
    return f'<table class="events">{head}{"".join(rows)}</table>'


def _errors_html(result: Result) -> str:
    if not result.errors:
        return ""
    items = "".join(f"<li>{_esc(e.extractor)}: {_esc(e.type)}: {_esc(e.message)}</li>" for e in result.errors)
    return f'<h2>Extractor errors</h2><ul class="errors">{items}</ul>'


def _header_html(result: Result) -> str:
    a = result.article
    facts = [
        ("id", a.id),
        ("published", a.published.isoformat() if a.published else None),
        ("source", a.source),
        ("language", a.language),
    ]
    parts = [f"{name}: {_esc(value)}" for name, value in facts if value]
    if a.url:
        url = _esc(a.url, attribute=True)
        parts.append(f'<a href="{url}" rel="noreferrer">{_esc(a.url)}</a>' if _WEB_URL.match(a.url) else _esc(a.url))
    return f'<h1>{_esc(a.title or a.id or "Article")}</h1><p class="meta">{" · ".join(parts)}</p>'


def _kind_css(entities: Sequence[Entity]) -> str:
    kinds = sorted({e.kind for e in entities})
    return "\n".join(f".{_css_class(k)} {{ background: {kind_colour(k)}; }}" for k in kinds)


_PLACEHOLDER = regex.compile(r"\{\{(\w+)\}\}")


def render_html(result: Result) -> str:
    """A self-contained HTML page showing ``result`` (see the module docstring)."""
    anchors = {e.id: f"e{n}" for n, e in enumerate(result.entities)}
    title = result.article.title or result.article.id or "Article"
    parts = {
        "title": _esc(f"tidings · {title}"),
        "kind_css": _kind_css(result.entities),
        "header": _header_html(result),
        "legend": _legend_html(result.entities),
        "article": _article_html(result, anchors),
        "events": _events_html(result.events, anchors, result.article.text),
        "errors": _errors_html(result),
    }
    return _PLACEHOLDER.sub(lambda m: parts[m.group(1)], _template())


@functools.lru_cache(maxsize=1)
def _template() -> str:
    return resources.files(__package__).joinpath("render.html").read_text(encoding="utf-8")


def load_result(
    path: str,
    *,
    record_id: str | None = None,
    record: int | None = None,
    pipeline: Pipeline | None = None,
    **fields: Any,
) -> Result:
    """The result to render from ``path``: the first good record, the article
    ``record_id``, or the ``record``-th record (from 1) of the file.

    ``path`` is a ``.txt`` article (one record), a ``.jsonl[.gz]`` file (a record a
    non-blank line) or a ``.json`` file (a record a JSON document, as ``tidings
    extract --format json`` writes them one after another). A record is a saved
    result, shown as it is, or an input article, run through ``pipeline``
    (default: every installed extractor); ``fields`` are Article fields for an
    article that lacks them (``published=…``). So both a corpus and the output of
    a corpus run can be rendered record by record. Raises :class:`InputError`,
    naming the file, when there is no such record or the chosen one is bad.
    """
    if record_id is not None and record is not None:
        raise InputError("choose the record by id or by number, not both")
    if record is not None and record < 1:
        raise InputError(f"record numbers start at 1, got {record}")
    fields = {k: v for k, v in fields.items() if v is not None}
    pipeline = pipeline if pipeline is not None else Pipeline()
    count = 0
    for count, found in enumerate(_records(path, fields), 1):
        if record is not None and count != record:
            continue
        if record is not None or (found.error is None and record_id in (None, found.article_id)):
            return found.result(pipeline)
    if record is not None:
        raise InputError(f"{path}: no record {record}; the file holds {count}")
    which = f"article with id {record_id!r}" if record_id is not None else "readable article"
    raise InputError(f"{path}: no {which}")


@attrs.frozen
class _Record:
    """A record of a file to render: a saved result (the decoded JSON), an input
    article, or the error of a bad record."""

    where: str
    saved: Mapping[str, Any] | None = None
    article: Article | None = None
    error: InputError | None = None

    @property
    def article_id(self) -> str | None:
        """The id of the record's article (None without one, or for a bad record)."""
        if self.article is not None:
            return self.article.id
        found = self.saved.get("article") if self.saved is not None else None
        article_id = found.get("id") if isinstance(found, Mapping) else None
        return article_id if isinstance(article_id, str) else None

    def result(self, pipeline: Pipeline) -> Result:
        """The saved result, or ``pipeline``'s on the article; raises the error of a bad record."""
        if self.error is not None:
            raise self.error
        if self.article is not None:
            return pipeline(self.article)
        try:
            return result_from_dict(self.saved or {})
        except InputError as exc:
            raise InputError(f"{self.where}: {exc}") from None


def _records(path: str, fields: Mapping[str, Any]) -> Iterator[_Record]:
    if path.endswith(".json"):
        objects: Iterator[tuple[str, Any]] = _json_documents(path)
    elif corpus.is_jsonl(path):
        objects = corpus.json_lines(path)
    else:
        yield _Record(path, article=corpus.read_text(path, **fields).article)
        return
    for where, data in objects:
        if isinstance(data, InputError):
            yield _Record(where, error=data)
        elif isinstance(data, Mapping) and "article" in data and "entities" in data:
            yield _Record(where, saved=data)
        else:
            try:
                article = corpus.article_from_json(data, where, **fields)
            except InputError as exc:
                yield _Record(where, error=exc)
                continue
            yield _Record(where, article=article)


_SPACE = regex.compile(r"\s*")


def _json_documents(path: str) -> Iterator[tuple[str, Any]]:
    """``(path:line, object)`` for each JSON document of a file, one after
    another (an :class:`InputError` for one that does not parse, which ends it)."""
    with corpus.open_binary(path) as fh:
        raw = fh.read()
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise InputError(f"{path}: not UTF-8 (byte {exc.start})") from None
    decoder = json.JSONDecoder()
    pos, line = 0, 1
    while True:
        start = _SPACE.match(text, pos).end()
        line += text.count("\n", pos, start)
        if start == len(text):
            return
        try:
            data, pos = decoder.raw_decode(text, start)
        except json.JSONDecodeError as exc:
            yield f"{path}:{exc.lineno}", InputError(f"{path}:{exc.lineno}: not JSON ({exc.msg}, column {exc.colno})")
            return
        yield f"{path}:{line}", data
        line += text.count("\n", start, pos)
