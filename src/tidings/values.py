"""Typed value objects: the normalised meaning of each kind of entity.

One frozen attrs class per kind used across the project. The JSON contract
(``docs/schema.md``) names their keys; :mod:`tidings.serialize` turns them into
JSON and back through :data:`VALUE_TYPES`.

>>> Money(amount="3000000000", currency="usd")
Money(amount=Decimal('3000000000'), currency='USD', mod=None, symbol=None, uncertain=False)
"""

from __future__ import annotations

import datetime as dt
from decimal import Decimal, InvalidOperation
from typing import Any

import attrs

from .errors import InputError


def _decimal(value: Any) -> Decimal:
    if isinstance(value, Decimal):
        return value
    if isinstance(value, (int, str)) and not isinstance(value, bool):
        try:
            return Decimal(value)
        except InvalidOperation:
            pass
    raise InputError(f"amount: expected a decimal number, got {value!r}")


def _upper_or_none(value: str | None) -> str | None:
    return None if value is None else value.upper()


def _optional_date(value: Any) -> dt.date | None:
    if value is None or isinstance(value, dt.date):
        return value
    if isinstance(value, str):
        return dt.date.fromisoformat(value)
    raise InputError(f"expected a date or ISO string, got {value!r}")


_opt_str = attrs.validators.optional(attrs.validators.instance_of(str))


@attrs.frozen(kw_only=True)
class Person:
    """A person: ``name`` is the fullest name the article gives (coreference
    resolved), ``title`` and ``country`` (ISO 3166-1 alpha-2) where known.
    ``canonical`` is the id of the mention that carries the fullest name
    (``None`` on that mention itself)."""

    name: str = attrs.field(validator=attrs.validators.instance_of(str))
    title: str | None = attrs.field(default=None, validator=_opt_str)
    country: str | None = attrs.field(default=None, converter=_upper_or_none)
    canonical: str | None = attrs.field(default=None, validator=_opt_str)


@attrs.frozen(kw_only=True)
class Place:
    """A place: ``type`` is ``country``, ``city``, ``region``, ``state``,
    ``supranational`` or ``geo`` (rivers, seas…); ``country`` is alpha-2 or None."""

    name: str = attrs.field(validator=attrs.validators.instance_of(str))
    country: str | None = attrs.field(default=None, converter=_upper_or_none)
    type: str = attrs.field(default="geo", validator=attrs.validators.instance_of(str))


@attrs.frozen(kw_only=True)
class Organization:
    """A named organisation; ``abbreviation`` links "HTS" and its full name."""

    name: str = attrs.field(validator=attrs.validators.instance_of(str))
    abbreviation: str | None = attrs.field(default=None, validator=_opt_str)
    country: str | None = attrs.field(default=None, converter=_upper_or_none)
    canonical: str | None = attrs.field(default=None, validator=_opt_str)


@attrs.frozen(kw_only=True)
class TimeValue:
    """A TIMEX3 value: ``type`` (DATE, TIME, DURATION, SET), ``timex`` and ``mod``.

    ``granularity`` (``day``, ``month``, ``year``…) and the calendar interval
    ``first`` … ``last`` (inclusive days) say what a DATE denotes, when it is
    resolved: "December 2015" is 2015-12-01 … 2015-12-31.
    """

    type: str = attrs.field(validator=attrs.validators.in_({"DATE", "TIME", "DURATION", "SET"}))
    timex: str = attrs.field(validator=attrs.validators.instance_of(str))
    mod: str | None = attrs.field(default=None, validator=_opt_str)
    granularity: str | None = attrs.field(default=None, validator=_opt_str)
    first: dt.date | None = attrs.field(default=None, converter=_optional_date)
    last: dt.date | None = attrs.field(default=None, converter=_optional_date)


@attrs.frozen(kw_only=True)
class Money:
    """An amount of money in a currency's major unit, ISO 4217 ``currency``.

    ``mod`` records approximation or bounds ("about", "more than"); ``symbol``
    keeps an ambiguous sign and ``uncertain`` says the currency was not decided
    by the text.
    """

    amount: Decimal = attrs.field(converter=_decimal)
    currency: str = attrs.field(converter=str.upper)
    mod: str | None = attrs.field(default=None, validator=_opt_str)
    symbol: str | None = attrs.field(default=None, validator=_opt_str)
    uncertain: bool = attrs.field(default=False, validator=attrs.validators.instance_of(bool))


@attrs.frozen(kw_only=True)
class Percent:
    """A percentage: ``unit`` is ``percent`` or ``percentage_point``."""

    amount: Decimal = attrs.field(converter=_decimal)
    unit: str = attrs.field(
        default="percent", validator=attrs.validators.in_({"percent", "percentage_point"})
    )


@attrs.frozen(kw_only=True)
class Quote:
    """A quotation: ``speaker`` is the id of the speaker's entity (or None),
    ``speaker_name`` the fullest name or description, ``cue`` the speech verb.

    ``source_start`` / ``source_end`` locate the attribution as written next to
    the quote ("he", "the mayor", "Putin"), the provenance of the speaker.
    """

    speaker: str | None = attrs.field(default=None, validator=_opt_str)
    speaker_name: str | None = attrs.field(default=None, validator=_opt_str)
    cue: str | None = attrs.field(default=None, validator=_opt_str)
    source_start: int | None = attrs.field(default=None)
    source_end: int | None = attrs.field(default=None)


#: Value class of each entity kind, used to load JSON back into typed values.
#: Kinds not listed here keep a plain ``dict`` value.
VALUE_TYPES: dict[str, type] = {
    "person": Person,
    "place": Place,
    "demonym": Place,
    "organization": Organization,
    "date": TimeValue,
    "money": Money,
    "percent": Percent,
    "quote": Quote,
    "reported_speech": Quote,
}
