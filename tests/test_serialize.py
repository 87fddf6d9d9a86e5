"""JSON output: exact round trips and the published JSON Schema."""

from __future__ import annotations

import json
from decimal import Decimal

import jsonschema
import pytest

from tidings import Article, Entity, Event, InputError, Result, Span
from tidings.model import ExtractorError
from tidings.serialize import SCHEMA_VERSION, dumps, load_schema, loads, result_to_dict
from tidings.values import Money, Percent, Person, Place, Quote, TimeValue

TEXT = "Putin said trade grew 4% to $3 billion in Moscow on Wednesday, “a step”."


def sample_result() -> Result:
    art = Article(TEXT, id="a1", title="T", published="2026-01-28", source="Wire", url="https://x.test/a")
    putin = Entity(kind="person", span=Span(0, 5), text="Putin", value=Person(name="Vladimir Putin", title="President", country="RU"), extractor="actors")
    pct = Entity(kind="percent", span=Span(22, 24), text="4%", value=Percent(amount="4"), extractor="money")
    usd = Entity(kind="money", span=Span(28, 38), text="$3 billion", value=Money(amount="3000000000", currency="USD", mod="APPROX"), extractor="money", confidence=0.9)
    moscow = Entity(kind="place", span=Span(42, 48), text="Moscow", value=Place(name="Moscow", country="RU", type="city"), extractor="actors")
    wed = Entity(kind="date", span=Span(52, 61), text="Wednesday", value=TimeValue(type="DATE", timex="2026-01-28", granularity="day", first="2026-01-28", last="2026-01-28"), extractor="dates")
    quote = Entity(kind="quote", span=Span(64, 70), text="a step", value=Quote(speaker=putin.id, speaker_name="Vladimir Putin", cue="said"), extractor="quotes")
    custom = Entity(kind="vessel", span=Span(11, 16), text="trade", value={"imo": None, "tags": ["x"]}, extractor="mine")
    visit = Event(
        kind="diplomatic_visit",
        span=Span(0, 62),
        roles={"visitor": putin, "destination": moscow, "date": wed},
        attributes={"visitor_name": "Vladimir Putin", "visitor_country": "RU", "destination_name": "Moscow",
                    "destination_country": "RU", "host_name": None, "date": "2026-01-28", "status": "occurred",
                    "ordinal": 2, "purpose": None, "cameo": {"visitor": "042", "host": "043"}},
        extractor="visits",
    )
    return Result(
        article=art,
        entities=[putin, custom, pct, usd, moscow, wed, quote],
        events=[visit],
        errors=[ExtractorError(extractor="broken", type="RuntimeError", message="kaboom")],
    )


def test_round_trip_is_exact():
    r = sample_result()
    back = loads(dumps(r))
    assert back == r
    assert back.entity("money-28-38").value.amount == Decimal("3000000000")
    assert back.events[0].roles["visitor"] is back.entity("person-0-5")
    assert Result.from_dict(r.to_dict()) == r
    assert Result.from_json(r.to_json()) == r


def test_json_contract_top_level_and_values():
    d = json.loads(sample_result().to_json())
    assert list(d) == ["tidings_version", "schema_version", "article", "entities", "events", "errors"]
    assert d["schema_version"] == SCHEMA_VERSION
    money = next(e for e in d["entities"] if e["kind"] == "money")
    assert money["value"]["amount"] == "3000000000" and money["value"]["currency"] == "USD"
    assert set(money) == {"id", "kind", "start", "end", "text", "value", "extractor", "confidence"}
    assert d["events"][0]["roles"] == {"visitor": "person-0-5", "destination": "place-42-48", "date": "date-52-61"}
    assert d["article"]["published"] == "2026-01-28"


def test_schema_validates_output_and_rejects_broken_output():
    schema = load_schema()
    jsonschema.Draft202012Validator.check_schema(schema)
    good = result_to_dict(sample_result())
    jsonschema.validate(good, schema)
    bad = json.loads(json.dumps(good))
    bad["entities"][2]["value"]["amount"] = "four"  # percent amount must be a decimal string
    with pytest.raises(jsonschema.ValidationError):
        jsonschema.validate(bad, schema)
    bad = json.loads(json.dumps(good))
    del bad["events"][0]["attributes"]["status"]
    with pytest.raises(jsonschema.ValidationError):
        jsonschema.validate(bad, schema)


def test_loading_something_else_is_an_input_error():
    with pytest.raises(InputError, match="not a tidings result"):
        Result.from_dict({"article": {}})


def test_unicode_survives_without_escaping():
    text = dumps(sample_result())
    assert "“a step”" in text
