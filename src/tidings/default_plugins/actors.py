"""Built-in plugin: the ``actors`` extractor (people, places, organisations) and
the optional ``demonyms`` extractor."""

from __future__ import annotations

from ..actors import actors, demonyms
from ..extractor import Extractor
from ..hookspecs import hookimpl


@hookimpl
def tidings_extractors() -> list[Extractor]:
    """The actor layer, registered like any plugin's extractor."""
    return [actors, demonyms]
