"""The pipeline: orders extractors by what they need and produce, runs them,
isolates the ones that fail.

>>> from tidings import Pipeline, Entity, Span, extractor
>>> @extractor(name="shouting", produces={"shout"})
... def shouting(ctx):
...     return [Entity(kind="shout", span=Span(0, 4), text=ctx.text[:4])]
>>> p = Pipeline([shouting])
>>> [e.text for e in p("WHAT a day").entities]
['WHAT']
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Iterable, Iterator, Sequence
from typing import Any

import attrs

from .errors import PluginError
from .extractor import Context, Extractor, extractor
from .model import Article, Entity, Event, ExtractorError, Result
from .plugins import KIND_PROVIDERS, collect_extractors

log = logging.getLogger(__name__)


def order_extractors(extractors: Sequence[Extractor]) -> list[Extractor]:
    """Extractors in an order where each comes after every producer of what it needs.

    Keeps the given order where the needs allow it. Raises :class:`PluginError`
    naming the extractor for a need nobody produces (and the plugin that would)
    and for a cycle.
    """
    names = [e.name for e in extractors]
    dupes = sorted({n for n in names if names.count(n) > 1})
    if dupes:
        raise PluginError(f"two extractors share the name {dupes[0]!r}; disable or rename one")
    producers: dict[str, list[Extractor]] = {}
    for e in extractors:
        for kind in e.produces:
            producers.setdefault(kind, []).append(e)
    for e in extractors:
        for kind in sorted(e.needs):
            if kind not in producers:
                hint = KIND_PROVIDERS.get(kind)
                where = f"; install or enable {hint}" if hint else ""
                raise PluginError(
                    f"extractor {e.name!r} ({e.plugin or 'registered by hand'}) needs {kind!r}, "
                    f"which no enabled extractor produces{where}"
                )
    ordered: list[Extractor] = []
    done: set[str] = set()
    remaining = list(extractors)
    while remaining:
        for e in remaining:
            deps = {p.name for kind in e.needs for p in producers[kind] if p is not e}
            if deps <= done:
                ordered.append(e)
                done.add(e.name)
                remaining.remove(e)
                break
        else:
            cycle = ", ".join(sorted(e.name for e in remaining))
            raise PluginError(f"extractors {cycle} need each other's output in a cycle")
    return ordered


@attrs.define
class Pipeline:
    """Extractors, ordered once, run on as many articles as you like.

    With no ``extractors``, it takes every installed one (built-ins and plugins)
    except optional ones, which ``enable`` adds by name; given ``extractors`` are
    all taken. ``select`` keeps only
    the named extractors, ``disable`` drops some; ``strict``
    re-raises an extractor's exception instead of recording it on the result.
    A pipeline pickles (to worker processes) when its extractors are module-level.
    """

    extractors: Sequence[Extractor] | None = None
    select: Iterable[str] | None = attrs.field(default=None, kw_only=True)
    disable: Iterable[str] = attrs.field(default=(), kw_only=True)
    enable: Iterable[str] = attrs.field(default=(), kw_only=True)
    strict: bool = attrs.field(default=False, kw_only=True)
    _ordered: list[Extractor] = attrs.field(init=False, factory=list)

    def __attrs_post_init__(self) -> None:
        discovered = self.extractors is None
        found = collect_extractors() if discovered else list(self.extractors)
        self.select = None if self.select is None else tuple(self.select)
        self.disable = tuple(self.disable)
        self.enable = tuple(self.enable)
        known = {e.name for e in found}
        for name in (*(self.select or ()), *self.disable, *self.enable):
            if name not in known:
                raise PluginError(f"no extractor named {name!r}; known: {', '.join(sorted(known))}")
        if discovered:  # optional extractors come only when named
            named = {*self.enable, *(self.select or ())}
            found = [e for e in found if not e.optional or e.name in named]
        self.extractors = tuple(found)
        self._ordered = order_extractors(
            [e for e in found if (self.select is None or e.name in self.select) and e.name not in self.disable]
        )

    @property
    def steps(self) -> tuple[Extractor, ...]:
        """The enabled extractors, in the order they run."""
        return tuple(self._ordered)

    def register(self, ext: Extractor) -> Extractor:
        """Add an extractor (re-ordering the pipeline); returns it, so it can decorate."""
        self.extractors = (*self.extractors, ext)
        self._ordered = order_extractors([*self._ordered, ext])
        return ext

    def extractor(self, **kwargs: Any) -> Callable[..., Extractor]:
        """Decorator: ``@pipeline.extractor(name=..., produces=...)`` registers a function."""
        return lambda function: self.register(extractor(**kwargs)(function))

    def __call__(self, article: Article | str, **fields: Any) -> Result:
        """Run every step on one article (a string or an :class:`Article`)."""
        art = Article.coerce(article, **fields)
        ctx = Context(art)
        errors: list[ExtractorError] = []
        ids = _Ids()
        for step in self._ordered:
            try:
                entities, events = _accept(step, art.text, step(ctx) or (), ids)
            except Exception as exc:
                if self.strict:
                    raise
                log.warning("extractor %s failed on article %s: %s", step.name, art.id, exc)
                errors.append(ExtractorError(extractor=step.name, type=type(exc).__name__, message=str(exc)))
                continue
            ctx.add(entities, events)
        return Result(article=art, entities=ctx.entities, events=ctx.events, errors=errors)

    run = __call__

    def pipe(self, articles: Iterable[Article | str]) -> Iterator[Result]:
        """Run on each article in turn, lazily, keeping the order."""
        for article in articles:
            yield self(article)

    def map(self, articles: Iterable[Article | str], *, jobs: int | None = None) -> Iterator[Result]:
        """Run on many articles with ``jobs`` worker processes (default: the CPU
        count), yielding the results lazily in input order (see :mod:`tidings.batch`).

        >>> [r.article.text for r in Pipeline([]).map(["One.", "Two."], jobs=1)]
        ['One.', 'Two.']
        """
        from .batch import imap

        return imap(self, articles, jobs=jobs)

    def __reduce__(self) -> tuple[Any, ...]:
        return (_rebuild, (self.extractors, self.select, self.disable, self.enable, self.strict))


def _rebuild(
    extractors: Sequence[Extractor], select: Any, disable: Any, enable: Any, strict: bool
) -> Pipeline:
    return Pipeline(extractors, select=select, disable=disable, enable=enable, strict=strict)


@attrs.define
class _Ids:
    """Ids taken in a result (or by one step, until its output is accepted) and,
    for each id wanted more than once, the next ``#n`` to try: every number below
    it is taken, so that n copies of one id cost n steps, not n²."""

    taken: set[str] = attrs.field(factory=set)
    next_n: dict[str, int] = attrs.field(factory=dict)

    def renamed(self, wanted: str, result: _Ids) -> str:
        """``wanted#2``, ``wanted#3``…: the first that neither this step's ids nor
        the ``result``'s hold (for a ``wanted`` one of them holds)."""
        n = self.next_n.get(wanted) or result.next_n.get(wanted, 2)
        new_id = f"{wanted}#{n}"
        while new_id in self.taken or new_id in result.taken:
            n += 1
            new_id = f"{wanted}#{n}"
        self.next_n[wanted] = n + 1
        return new_id

    def add_to(self, result: _Ids) -> None:
        """Make this step's ids the result's."""
        result.taken |= self.taken
        result.next_n.update(self.next_n)


def _accept(step: Extractor, text: str, found: Iterable[Any], ids: _Ids) -> tuple[list[Entity], list[Event]]:
    """Check an extractor's output against what it declared and stamp it, in one pass:
    entities and events apart, the extractor's name on each item that has none, and
    ids unique across the whole result (``ids``, grown only when all is well). This
    extractor's events are re-pointed at its renamed entities.

    Raises :class:`PluginError` for an item that is not an Entity or Event, an entity
    whose text is not the text at its span, an event past the end of the text, or a
    kind the extractor does not declare.
    """
    name, produces, size = step.name, step.produces, len(text)
    mine = _Ids()
    originals: list[str] = []
    entities: list[Entity] = []
    found_events: list[Event] = []
    for item in found:
        if isinstance(item, Entity):
            span = item.span
            if span.end > size or text[span.start : span.end] != item.text:
                raise PluginError(
                    f"{name} returned entity {item.id} whose text {item.text!r} is not "
                    f"text[{span.start}:{span.end}]"
                )
        elif isinstance(item, Event):
            if item.span.end > size:
                raise PluginError(f"{name} returned event {item.id} past the end of the text")
        else:
            raise PluginError(f"{name} returned {type(item).__name__}, not an Entity or Event")
        if item.kind not in produces:
            raise PluginError(f"{name} returned kind {item.kind!r}, not among its declared products")
        if isinstance(item, Event):  # stamped after the entities, which its roles may hold
            found_events.append(item)
            continue
        wanted = item.id
        new_id = wanted if wanted not in mine.taken and wanted not in ids.taken else mine.renamed(wanted, ids)
        mine.taken.add(new_id)
        originals.append(wanted)
        if new_id != wanted or not item.extractor:
            item = (
                item._stamped(new_id, item.extractor or name) if type(item) is Entity
                else attrs.evolve(item, id=new_id, extractor=item.extractor or name)
            )
        entities.append(item)
    events = _stamp_events(name, found_events, originals, entities, ids, mine) if found_events else []
    mine.add_to(ids)
    return entities, events


def _stamp_events(
    name: str, events: list[Event], originals: list[str], entities: list[Entity], ids: _Ids, mine: _Ids
) -> list[Event]:
    """Stamp events like entities (after them), their roles re-pointed at this
    extractor's stamped entities: a role holding an entity by its original id gets
    the first entity stamped from that id."""
    renamed: dict[str, str] = {}
    for wanted, e in zip(originals, entities):
        renamed.setdefault(wanted, e.id)
    by_id = {e.id: e for e in entities}
    out = []
    for v in events:
        roles = {r: by_id.get(renamed.get(ent.id, ent.id), ent) for r, ent in v.roles.items()}
        new_id = v.id if v.id not in mine.taken and v.id not in ids.taken else mine.renamed(v.id, ids)
        mine.taken.add(new_id)
        out.append(attrs.evolve(v, id=new_id, roles=roles, extractor=v.extractor or name))
    return out
