"""Plugin discovery through the ``tidings`` entry-point group, and listing.

The example plugin in ``examples/tidings-emails`` (the one docs/plugins.md walks
through) is made discoverable as a real installed distribution: a ``.dist-info``
folder with its entry points on ``sys.path``, which is what pip would write.
"""

from __future__ import annotations

import shutil
import sys
from pathlib import Path

import attrs
import pytest

import tidings
from tidings import Pipeline, hookimpl
from tidings.plugins import collect_extractors, list_plugins, new_plugin_manager, plugin_manager, value_types

EXAMPLE = Path(__file__).resolve().parents[1] / "examples" / "tidings-emails"
TEXT = "Write to Press.Office@example.org or desk@news.example.co.uk today."


@pytest.fixture
def installed_example(tmp_path, monkeypatch):
    """The example plugin, installed the way pip installs it (module + dist-info)."""
    shutil.copytree(EXAMPLE / "src" / "tidings_emails", tmp_path / "tidings_emails")
    info = tmp_path / "tidings_emails-0.1.0.dist-info"
    info.mkdir()
    (info / "METADATA").write_text("Metadata-Version: 2.1\nName: tidings-emails\nVersion: 0.1.0\n")
    entry_points = (EXAMPLE / "pyproject.toml").read_text().split("[project.entry-points.tidings]")[1]
    (info / "entry_points.txt").write_text("[tidings]\n" + entry_points.strip().replace('"', "") + "\n")
    monkeypatch.syspath_prepend(str(tmp_path))
    yield
    sys.modules.pop("tidings_emails", None)


def test_entry_point_plugin_is_discovered_and_runs(installed_example):
    pm = new_plugin_manager(builtins=False)
    exts = [e for e in collect_extractors(pm) if e.name == "emails"]
    assert len(exts) == 1 and exts[0].plugin == "emails"
    r = Pipeline(exts)(TEXT)
    assert [e.value["address"] for e in r.of_kind("email")] == ["press.office@example.org", "desk@news.example.co.uk"]
    listed = {p["name"]: p for p in list_plugins(pm)}
    assert listed["tidings-emails"]["version"] == "0.1.0"
    assert listed["tidings-emails"]["extractors"][0]["produces"] == ["email"]
    assert listed["tidings-emails"]["builtin"] is False


def test_the_same_extractor_registered_by_hand(installed_example):
    import tidings_emails

    p = Pipeline([])
    p.register(tidings_emails.emails)
    assert [e.text for e in p(TEXT).entities] == ["Press.Office@example.org", "desk@news.example.co.uk"]


class VesselPlugin:
    """A plugin object registered directly, with its own value type."""

    @attrs.frozen
    class Vessel:
        name: str

    @hookimpl
    def tidings_extractors(self):
        @tidings.extractor(name="vessels", produces={"vessel"})
        def vessels(ctx):
            i = ctx.text.find("MV ")
            if i >= 0:
                yield tidings.Entity(kind="vessel", span=tidings.Span(i, i + 9), text=ctx.text[i : i + 9],
                                     value=self.Vessel(ctx.text[i + 3 : i + 9]))

        return [vessels]

    @hookimpl
    def tidings_value_types(self):
        return {"vessel": self.Vessel}


@pytest.fixture
def vessel_plugin():
    """VesselPlugin registered with the process-wide manager, for this test only."""
    pm = plugin_manager()
    plugin = VesselPlugin()
    pm.register(plugin, name="vessels-plugin")
    yield pm
    pm.unregister(plugin)


def test_plugin_object_with_value_type_round_trips(vessel_plugin):
    exts = [e for e in collect_extractors(vessel_plugin) if e.plugin == "vessels-plugin"]
    assert [e.name for e in exts] == ["vessels"]
    assert value_types()["vessel"] is VesselPlugin.Vessel
    r = Pipeline(exts)("The MV Aurora docked.")
    assert r.entities[0].value == VesselPlugin.Vessel("Aurora")
    assert tidings.Result.from_json(r.to_json()) == r


def test_listing_without_plugins_is_empty():
    pm = new_plugin_manager(entry_points=False, builtins=False)
    assert list_plugins(pm) == []
