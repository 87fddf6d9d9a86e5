"""The one plugin manager: entry-point discovery, built-in plugins, listing.

>>> pm = new_plugin_manager(entry_points=False)
>>> all(name in dict(pm.list_name_plugin()) for name in DEFAULT_PLUGINS)
True
"""

from __future__ import annotations

import functools
import importlib
from typing import Any

import attrs
import pluggy

from . import hookspecs
from .extractor import Extractor, describe
from .values import VALUE_TYPES

ENTRY_POINT_GROUP = "tidings"

#: Built-in plugins, registered through the same hooks as installed ones.
DEFAULT_PLUGINS: tuple[str, ...] = ("tidings.default_plugins.actors",)

#: Which distribution provides each kind the project knows, for error messages.
KIND_PROVIDERS: dict[str, str] = {
    "person": "tidings (built-in actors)",
    "place": "tidings (built-in actors)",
    "organization": "tidings (built-in actors)",
    "demonym": "tidings (built-in, optional: enable 'demonyms')",
    "date": "tidings-dates",
    "money": "tidings-money",
    "percent": "tidings-money",
    "quote": "tidings-quotes",
    "reported_speech": "tidings-quotes",
    "diplomatic_visit": "tidings-visits",
}


def new_plugin_manager(*, entry_points: bool = True, builtins: bool = True) -> pluggy.PluginManager:
    """A fresh manager with the hookspecs, the built-ins and (optionally) every
    plugin installed under the ``tidings`` entry-point group. Tests use
    ``entry_points=False`` and register their own plugin objects."""
    pm = pluggy.PluginManager("tidings")
    pm.add_hookspecs(hookspecs)
    if builtins:
        for name in DEFAULT_PLUGINS:
            pm.register(importlib.import_module(name), name=name)
    if entry_points:
        pm.load_setuptools_entrypoints(ENTRY_POINT_GROUP)
    return pm


@functools.lru_cache(maxsize=1)
def plugin_manager() -> pluggy.PluginManager:
    """The process-wide manager, built on first use (plugins load once)."""
    return new_plugin_manager()


def value_types(pm: pluggy.PluginManager | None = None) -> dict[str, type]:
    """``{kind: value class}``: the core's kinds plus those plugins declare."""
    pm = pm or plugin_manager()
    types = dict(VALUE_TYPES)
    for declared in pm.hook.tidings_value_types():
        types.update(declared)
    return types


def _plugin_name(pm: pluggy.PluginManager, plugin: Any) -> str:
    return pm.get_name(plugin) or getattr(plugin, "__name__", repr(plugin))


def collect_extractors(pm: pluggy.PluginManager | None = None) -> list[Extractor]:
    """Every extractor the registered plugins provide, tagged with its plugin."""
    pm = pm or plugin_manager()
    out: list[Extractor] = []
    for impl in pm.hook.tidings_extractors.get_hookimpls():
        plugin = _plugin_name(pm, impl.plugin)
        for ext in impl.function() or ():
            out.append(ext if ext.plugin else _with_plugin(ext, plugin))
    return out


def _with_plugin(ext: Extractor, plugin: str) -> Extractor:
    return attrs.evolve(ext, plugin=plugin)


def list_plugins(pm: pluggy.PluginManager | None = None) -> list[dict[str, Any]]:
    """Registered plugins with version, hooks and extractors (``tidings plugins``)."""
    pm = pm or plugin_manager()
    dists = {id(plugin): dist for plugin, dist in pm.list_plugin_distinfo()}
    from . import serialize

    extractors = collect_extractors(pm)
    out = []
    for name, plugin in pm.list_name_plugin():
        if plugin is None:
            continue
        dist = dists.get(id(plugin))
        out.append(
            {
                "name": dist.project_name if dist else name,
                "module": getattr(plugin, "__name__", name),
                "version": dist.version if dist else serialize.TIDINGS_VERSION,
                "builtin": name in DEFAULT_PLUGINS,
                "hooks": sorted(h.name for h in pm.get_hookcallers(plugin) or ()),
                "extractors": [describe(e) for e in extractors if e.plugin == name],
            }
        )
    return sorted(out, key=lambda p: (not p["builtin"], p["name"]))
