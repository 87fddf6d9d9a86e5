"""The value types: construction, validation and coercion at the boundary."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest

from tidings import Article, Entity, Event, InputError, Money, Percent, Result, Span
from tidings.values import TimeValue


def test_article_from_plain_string_and_iso_date():
    art = Article("Hello.", published="2026-01-28", id="a1")
    assert art.text == "Hello."
    assert art.published == dt.date(2026, 1, 28)
    assert art.published_date == dt.date(2026, 1, 28)
    assert Article.coerce("Hi").text == "Hi"


def test_article_accepts_datetime_with_timezone():
    art = Article("x", published="2026-01-28T10:30:00Z")
    assert art.published == dt.datetime(2026, 1, 28, 10, 30, tzinfo=dt.timezone.utc)
    assert art.published_date == dt.date(2026, 1, 28)


@pytest.mark.parametrize(
    ("kwargs", "field"),
    [
        ({"text": b"bytes"}, "text"),
        ({"text": None}, "text"),
        ({"text": "x", "title": b"t"}, "title"),
        ({"text": "x", "id": 3}, "id"),
        ({"text": "x", "published": 20260128}, "published"),
        ({"text": "x", "published": "28/01/2026"}, "published"),
    ],
)
def test_article_rejects_wrong_types_naming_the_field(kwargs, field):
    text = kwargs.pop("text")
    with pytest.raises(InputError, match=field):
        Article(text, **kwargs)


def test_coerce_overrides_fields_of_an_existing_article():
    art = Article("x", published="2020-01-01")
    assert Article.coerce(art, published="2021-02-02").published == dt.date(2021, 2, 2)
    assert Article.coerce(art) is art


def test_span_validates_and_slices():
    assert Span(2, 5).of("abcdefg") == "cde"
    assert len(Span(2, 5)) == 3
    assert Span(0, 3).overlaps(Span(2, 4)) and not Span(0, 2).overlaps(Span(2, 4))
    assert Span(0, 10).contains(Span(2, 4)) and not Span(3, 10).contains(Span(2, 4))
    with pytest.raises(InputError):
        Span(5, 2)
    with pytest.raises(InputError):
        Span(-1, 2)
    with pytest.raises(InputError, match="start"):
        Span("1", 2)


def test_entity_default_id_and_frozen():
    e = Entity(kind="percent", span=Span(3, 5), text="4%", value=Percent(amount="4"))
    assert e.id == "percent-3-5"
    assert (e.start, e.end) == (3, 5)
    with pytest.raises(AttributeError):
        e.kind = "money"  # type: ignore[misc]


def test_value_objects_normalise_and_validate():
    m = Money(amount="3e9", currency="usd")
    assert m.amount == Decimal("3000000000") and m.currency == "USD"
    with pytest.raises(InputError, match="amount"):
        Money(amount="three", currency="USD")
    with pytest.raises(ValueError):
        Percent(amount="4", unit="basis_point")
    t = TimeValue(type="DATE", timex="2015-12", granularity="month", first="2015-12-01", last="2015-12-31")
    assert t.first == dt.date(2015, 12, 1)
    with pytest.raises(ValueError):
        TimeValue(type="MOMENT", timex="x")


def test_result_selects_by_kind_and_id():
    art = Article("4% of $3")
    pct = Entity(kind="percent", span=Span(0, 2), text="4%", value=Percent(amount="4"))
    usd = Entity(kind="money", span=Span(6, 8), text="$3", value=Money(amount="3", currency="USD"))
    ev = Event(kind="pair", span=Span(0, 8), roles={"a": pct, "b": usd})
    r = Result(article=art, entities=[pct, usd], events=[ev])
    assert r.of_kind("money") == (usd,)
    assert r.of_kind("money", "percent") == (pct, usd)
    assert r.entity("percent-0-2") is pct
    assert r.events_of_kind("pair") == (ev,)
    assert list(r) == [pct, usd]
    with pytest.raises(KeyError):
        r.entity("nope")


@pytest.mark.parametrize(
    ("kwargs", "message"),
    [
        ({"kind": 1, "span": Span(0, 1), "text": "x"}, "Entity.kind: expected str, got int"),
        ({"kind": "k", "span": None, "text": "x"}, "Entity.span: expected Span, got NoneType"),
        ({"kind": "k", "span": (0, 1), "text": "x"}, "Entity.span: expected Span, got tuple"),
        ({"kind": "k", "span": Span(0, 1), "text": b"x"}, "Entity.text: expected str, got bytes"),
        ({"kind": "k", "span": Span(0, 1), "text": "x", "extractor": None}, "Entity.extractor: expected str"),
    ],
)
def test_entity_rejects_wrong_types_naming_the_field(kwargs, message):
    with pytest.raises(InputError, match=message):
        Entity(**kwargs)


def test_event_and_span_reject_wrong_types_naming_the_field():
    with pytest.raises(InputError, match="Event.span: expected Span, got tuple"):
        Event(kind="visit", span=(0, 1))
    with pytest.raises(InputError, match="Span.end: expected int, got float"):
        Span(0, 1.0)
    assert Span(True, 2).end == 2  # an int subclass is an int, as before


def test_stamped_copies_every_field():
    import attrs

    e = Entity(kind="money", span=Span(1, 3), text="$4", value=Money(amount="4", currency="USD"), confidence=0.25)
    assert e._stamped("m#2", "money") == attrs.evolve(e, id="m#2", extractor="money")
    # Every field is copied: a field added to Entity without a line in _stamped fails here.
    stamped = e._stamped(e.id, e.extractor)
    assert {a.name: getattr(stamped, a.name) for a in attrs.fields(Entity)} == attrs.asdict(e, recurse=False)
