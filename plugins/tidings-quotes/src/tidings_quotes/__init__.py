"""tidings-quotes: quotations in news text, who said them, and reported speech.

The plugin registers one extractor, ``quotes``, which needs the ``person``
entities of the actor layer and produces ``quote`` and ``reported_speech``
entities whose value is a :class:`tidings.Quote` (speaker id, speaker name, cue).
"""

from __future__ import annotations

import tidings

from .extract import quotes

__all__ = ["quotes"]


@tidings.hookimpl
def tidings_extractors() -> list[tidings.Extractor]:
    """The extractors of this plugin."""
    return [quotes]
