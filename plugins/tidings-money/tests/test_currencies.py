"""The shipped ISO 4217 table: complete, consistent, and what the lookups say."""

from __future__ import annotations

import json
from importlib import resources

import pytest

from tidings_money.currencies import load_table

TABLE = load_table()

# A sample of current ISO 4217 codes across every continent, and the withdrawn
# codes newswire archives use.
CURRENT = """USD EUR JPY GBP CNY INR RUB CHF CAD AUD BRL ZAR NGN KES EGP SAR AED TRY KRW MXN ARS IDR VND UAH PLN
XOF XAF XDR""".split()
LEGACY = "DEM FRF NLG ITL ESP FIM BEF ATS PTE IEP GRD LUF XEU".split()


def test_all_current_and_legacy_codes() -> None:
    for code in CURRENT + LEGACY:
        assert code in TABLE.currencies, code
    assert len(TABLE.currencies) >= 175
    assert all(TABLE.currencies[c].withdrawn == 2002 for c in "DEM FRF NLG ITL ESP FIM".split())
    assert all(TABLE.currencies[c].withdrawn is None for c in CURRENT)


def test_every_currency_has_a_name_and_used_ones_a_unit_word() -> None:
    raw = json.loads(resources.files("tidings_money").joinpath("data/currencies.json").read_text("utf-8"))
    for code, row in raw["currencies"].items():
        assert row["name"], code
        if not code.startswith("X") or row["cues"]:
            assert row["units"], code


def test_plural_and_adjective_forms() -> None:
    assert TABLE.units["roubles"].codes == TABLE.units["rubles"].codes
    assert {"RUB", "BYN"} <= set(TABLE.units["Rubles".lower()].codes)
    assert set(TABLE.units["kronor"].codes) == {"SEK", "ISK"}
    assert set(TABLE.units["kroner"].codes) == {"NOK", "DKK"}
    assert TABLE.units["pence"].divisor == 100 and TABLE.units["pence"].key == "penny"
    assert TABLE.adjective_code("Saudi", TABLE.units["riyals"]) == "SAR"
    assert TABLE.adjective_code("Russian", TABLE.units["rubles"]) is None  # RUB and the 1990s RUR
    assert TABLE.adjective_code("Swiss", TABLE.units["dollars"]) is None


def test_shared_signs_and_their_defaults() -> None:
    dollar = TABLE.signs["$"]
    assert {"USD", "CAD", "AUD", "HKD"} <= set(dollar.codes)
    assert (dollar.defaults[0], dollar.certain) == ("USD", True)
    assert set(TABLE.signs["¥"].codes) == {"JPY", "CNY"} and not TABLE.signs["¥"].certain
    assert TABLE.signs["C$"].defaults[0] == "CAD"


def test_years_in_use() -> None:
    euro, franc = TABLE.currencies["EUR"], TABLE.currencies["FRF"]
    assert not euro.in_use(1989) and euro.in_use(2024) and euro.in_use(None)
    assert franc.in_use(1989) and not franc.in_use(2002) and not franc.in_use(None)


def test_table_matches_its_script() -> None:
    """The shipped JSON is what scripts/make_currencies.py makes (needs pycountry)."""
    import importlib.util
    from pathlib import Path

    pycountry = pytest.importorskip("pycountry", reason="pycountry is only needed to regenerate the table")
    script = Path(__file__).resolve().parents[1] / "scripts" / "make_currencies.py"
    spec = importlib.util.spec_from_file_location("make_currencies", script)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    shipped = json.loads(resources.files("tidings_money").joinpath("data/currencies.json").read_text("utf-8"))
    made = module.build()
    assert {c.alpha_3 for c in pycountry.currencies} <= set(made["currencies"])
    if made["source"] == shipped["source"]:  # same pycountry release: byte-for-byte the same table
        assert made == shipped
    else:  # a newer release may add codes, never lose the curated ones
        assert set(shipped["currencies"]) <= set(made["currencies"]) | set(module.WITHDRAWN)
