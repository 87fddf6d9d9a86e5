"""Running a pipeline over a Dask bag or dataframe, across a cluster.

Needs the optional extra: ``pip install "tidings[dask]"``. Dask is imported only
when a function here is called, so the core works without it.

Each partition is processed by one task; the pipeline travels to the workers
once, pickled, and each worker process unpickles (builds) it once and keeps it
for every later partition.

>>> import dask.bag as db
>>> from tidings import Pipeline
>>> bag = db.from_sequence([{"id": "a", "text": "One."}, {"id": "b", "text": "Two."}], npartitions=2)
>>> [r.article.id for r in extract_bag(bag, Pipeline([])).compute(scheduler="sync")]
['a', 'b']
"""

from __future__ import annotations

import functools
import math
import pickle
from collections.abc import Iterable, Mapping
from typing import Any

from .corpus import article_from_json
from .errors import InputError
from .model import Article, Result
from .pipeline import Pipeline


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
    raise InputError(f"dask record: expected an Article, a str or a mapping, got {type(item).__name__}")


def _extract_partition(items: Iterable[Any], blob: bytes | None) -> list[Result]:
    pipeline = _worker_pipeline(blob)
    return [pipeline(as_article(item)) for item in items]


def extract_bag(bag: Any, pipeline: Pipeline | None = None) -> Any:
    """A Dask bag of :class:`~tidings.Result`, one per item of ``bag`` (Articles,
    texts or records with a ``text`` key), in the bag's order.

    ``pipeline`` defaults to every extractor installed on the workers. To write
    JSONL: ``extract_bag(bag).map(tidings.serialize.dumps).to_textfiles("out-*.jsonl.gz")``.
    """
    cloudpickle = _require_dask()
    blob = None if pipeline is None else cloudpickle.dumps(pipeline)
    return bag.map_partitions(_extract_partition, blob)


def extract_dataframe(df: Any, pipeline: Pipeline | None = None) -> Any:
    """A Dask bag of results, one per row of a Dask dataframe with a ``text``
    column (and optionally ``id``, ``title``, ``published``, ``source``, ``url``,
    ``language``), in row order."""
    _require_dask()
    return extract_bag(df.to_bag(index=False, format="dict"), pipeline)
