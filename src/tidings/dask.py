"""Running a pipeline over a Dask bag or dataframe, across a cluster.

Needs the optional extra: ``pip install "tidings[dask]"``. Dask is imported only
when a function here is called, so the core works without it.

Each partition is processed by one task; the pipeline travels to the workers
once, pickled, and each worker process unpickles (builds) it once and keeps it
for every later partition. As in a batch run, a bad record (no ``text``, a bad
field, not a record at all) is skipped and reported, never failing its
partition: logged on its worker, and listed by :func:`bad_records`.

>>> import dask.bag as db
>>> from tidings import Pipeline
>>> bag = db.from_sequence([{"id": "a", "text": "One."}, {"id": "b", "text": "Two."}], npartitions=2)
>>> [r.article.id for r in extract_bag(bag, Pipeline([])).compute(scheduler="sync")]
['a', 'b']
"""

from __future__ import annotations

import functools
import json
import logging
import math
import pickle
from collections.abc import Iterable, Iterator, Mapping
from typing import Any

import attrs

from .corpus import article_from_json
from .errors import InputError
from .model import Article, Result
from .pipeline import Pipeline

log = logging.getLogger(__name__)


def _require_dask() -> Any:
    try:
        import cloudpickle
        import dask.bag  # noqa: F401
    except ImportError:
        raise InputError('tidings.dask needs Dask: pip install "tidings[dask]"') from None
    return cloudpickle


@functools.lru_cache(maxsize=4)
def _worker_pipeline(blob: bytes | None) -> Pipeline:
    """The pipeline pickled in ``blob`` (None: every installed extractor), built
    once per worker process."""
    return Pipeline() if blob is None else pickle.loads(blob)


def _missing(value: Any) -> bool:
    """None, or a dataframe's NaN for an empty cell."""
    return value is None or (isinstance(value, float) and math.isnan(value))


def as_article(item: Article | str | Mapping[str, Any]) -> Article:
    """An Article from what a bag may hold: an Article, a text, or a JSONL-style
    record (a mapping with ``text`` and optional ``id``, ``published``…).

    >>> as_article({"id": 7, "text": "Hi.", "published": "2026-01-28"}).id
    '7'
    """
    if isinstance(item, (Article, str)):
        return Article.coerce(item)
    if isinstance(item, Mapping):
        return article_from_json({k: v for k, v in item.items() if not _missing(v)}, "dask record")
    if isinstance(item, Unreadable):
        raise InputError(f"dask record: {item.reason}")
    raise InputError(f"dask record: expected an Article, a str or a mapping, got {type(item).__name__}")


@attrs.frozen
class Unreadable:
    """A line of a JSONL file that holds no JSON (see :func:`read_jsonl`): a bad
    record, with the reason."""

    reason: str


def _json_record(line: str) -> Any:
    try:
        return json.loads(line.rstrip("\r\n"))
    except json.JSONDecodeError as exc:
        return Unreadable(f"malformed JSON: {exc.msg} (column {exc.colno})")


def read_jsonl(urlpath: Any, **kwargs: Any) -> Any:
    """A Dask bag of the records of JSONL files: ``dask.bag.read_text(urlpath,
    **kwargs)`` (a glob or a list of paths or URLs; ``.gz`` by suffix), blank lines
    left out, each line decoded. A line that is not JSON becomes an
    :class:`Unreadable`, which :func:`extract_bag` skips and :func:`bad_records`
    reports, as a batch run does, instead of failing its partition."""
    _require_dask()
    import dask.bag

    return dask.bag.read_text(urlpath, **kwargs).filter(str.strip).map(_json_record)


@attrs.frozen
class BadRecord:
    """An item of a bag that is no article: where it is (its partition and its
    place in it, from 0) and why (the message of its :class:`InputError`)."""

    partition: int
    item: int
    message: str


def _outcomes(items: Iterable[Any], partition: int) -> Iterator[Article | BadRecord]:
    """Each item as an Article, or as the BadRecord that says why it is none."""
    for i, item in enumerate(items):
        try:
            yield as_article(item)
        except InputError as exc:
            yield BadRecord(partition=partition, item=i, message=str(exc))


def _extract_partition(items: Iterable[Any], partition: list[int], blob: bytes | None) -> list[Result]:
    pipeline = _worker_pipeline(blob)
    results = []
    for outcome in _outcomes(items, partition[0]):
        if isinstance(outcome, BadRecord):
            log.warning("skipped partition %d item %d: %s", outcome.partition, outcome.item, outcome.message)
        else:
            results.append(pipeline(outcome))
    return results


def _bad_in_partition(items: Iterable[Any], partition: list[int]) -> list[BadRecord]:
    return [outcome for outcome in _outcomes(items, partition[0]) if isinstance(outcome, BadRecord)]


def _partition_numbers(bag: Any) -> Any:
    """A bag holding each partition's number, partitioned like ``bag``."""
    import dask.bag

    return dask.bag.from_sequence(range(bag.npartitions), npartitions=bag.npartitions)


def extract_bag(bag: Any, pipeline: Pipeline | None = None) -> Any:
    """A Dask bag of :class:`~tidings.Result`, one per good item of ``bag``
    (Articles, texts or records with a ``text`` key), in the bag's order; a bad
    item is skipped and logged on its worker (:func:`bad_records` lists them).

    ``pipeline`` defaults to every extractor installed on the workers. To write
    JSONL: ``extract_bag(bag).map(tidings.serialize.dumps).to_textfiles("out-*.jsonl.gz")``.
    """
    cloudpickle = _require_dask()
    blob = None if pipeline is None else cloudpickle.dumps(pipeline)
    return bag.map_partitions(_extract_partition, _partition_numbers(bag), blob)


def bad_records(bag: Any) -> Any:
    """A Dask bag of a :class:`BadRecord` for each item of ``bag`` that
    :func:`extract_bag` skips, in the bag's order. It only reads the items
    (no extractor runs), so it costs what reading the input costs."""
    _require_dask()
    return bag.map_partitions(_bad_in_partition, _partition_numbers(bag))


def extract_dataframe(df: Any, pipeline: Pipeline | None = None) -> Any:
    """A Dask bag of results, one per row of a Dask dataframe with a ``text``
    column (and optionally ``id``, ``title``, ``published``, ``source``, ``url``,
    ``language``), in row order."""
    _require_dask()
    return extract_bag(df.to_bag(index=False, format="dict"), pipeline)
