"""tidings-visits: diplomatic visit events (who went where, hosted by whom, when).

The plugin adds one extractor, ``visits``, which needs the ``person`` and
``place`` entities of the actor layer and the ``date`` entities of
tidings-dates, and produces ``diplomatic_visit`` events (see ``docs/visits.md``).
"""

from __future__ import annotations

import tidings

from .extractor import visits

__all__ = ["visits"]


@tidings.hookimpl
def tidings_extractors() -> list[tidings.Extractor]:
    return [visits]
