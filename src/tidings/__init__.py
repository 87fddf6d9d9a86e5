"""tidings: turn news articles into structured, checkable facts.

>>> import tidings
>>> result = tidings.extract("Nothing happened.", published="2026-01-28")
>>> result.article.published
datetime.date(2026, 1, 28)
"""

from __future__ import annotations

import functools
from typing import Any

from .errors import InputError, PluginError, TidingsError
from .extractor import Context, Extractor, extractor
from .hookspecs import hookimpl
from .model import Article, Entity, Event, ExtractorError, Result, Span
from .pipeline import Pipeline
from .serialize import SCHEMA_VERSION, TIDINGS_VERSION as __version__
from .values import Money, Organization, Percent, Person, Place, Quote, TimeValue

__all__ = [
    "Article",
    "Context",
    "Entity",
    "Event",
    "Extractor",
    "ExtractorError",
    "InputError",
    "Money",
    "Organization",
    "Percent",
    "Person",
    "Pipeline",
    "PluginError",
    "Place",
    "Quote",
    "Result",
    "SCHEMA_VERSION",
    "Span",
    "TidingsError",
    "TimeValue",
    "__version__",
    "default_pipeline",
    "extract",
    "extractor",
    "hookimpl",
]


@functools.lru_cache(maxsize=1)
def default_pipeline() -> Pipeline:
    """The pipeline of every installed extractor, built once per process."""
    return Pipeline()


def extract(article: Article | str, **fields: Any) -> Result:
    """Run every installed extractor on one article.

    ``article`` is an :class:`Article` or plain text; keyword arguments are
    Article fields (``published="2026-01-28"``, ``id=…``, ``title=…``).
    """
    return default_pipeline()(article, **fields)
