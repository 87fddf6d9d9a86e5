"""The one small error hierarchy of tidings.

Every error the library raises on purpose is a :class:`TidingsError`; the command
line turns each into a one-line message and exit status 2.
"""

from __future__ import annotations


class TidingsError(Exception):
    """Base class of every error tidings raises on purpose."""


class InputError(TidingsError, ValueError):
    """Bad input at the edge: an article field, a file, a JSON line, an option."""


class PluginError(TidingsError):
    """An extractor or plugin is misdeclared: missing needs, cycles, bad output."""
