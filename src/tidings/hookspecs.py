"""Every hook a tidings plugin can implement, one docstring each.

A plugin is a module (or object) with functions marked ``@tidings.hookimpl``,
registered through the ``tidings`` entry-point group::

    [project.entry-points.tidings]
    vessels = "tidings_vessels"
"""

from __future__ import annotations

from typing import TYPE_CHECKING

import pluggy

if TYPE_CHECKING:
    from .extractor import Extractor

hookspec = pluggy.HookspecMarker("tidings")
hookimpl = pluggy.HookimplMarker("tidings")


@hookspec
def tidings_extractors() -> list[Extractor]:
    """Return the extractors this plugin provides.

    Called once, when a pipeline is built. Each extractor declares what it needs
    and produces; pluggy concatenates the lists of every plugin, and the pipeline
    orders them from those declarations.
    """


@hookspec
def tidings_value_types() -> dict[str, type]:
    """Return ``{kind: value class}`` for entity kinds this plugin introduces.

    Used to load JSON output back into typed values. Kinds used across the
    project (date, money, person, …) are already known to the core; a plugin with
    a new kind returns its own attrs class here.
    """
