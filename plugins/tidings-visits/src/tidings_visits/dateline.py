"""The dateline of a wire story: the place it is filed from ("NAIROBI, Kenya (AP) _").

A story filed from a foreign capital tells where a visiting official is even when
a sentence does not ("Scharping, ending a two-day visit, said …").

>>> m = DATELINE.match("\\n\\nNAIROBI, Kenya (AP) _\\n\\nU.S. Secretary of State …")
>>> m.group("city"), m.group("region")
('NAIROBI', 'Kenya')
>>> m = DATELINE.match("WARSAW, February 26 (Xinhua) --")
>>> m.group("city"), m.group("region")
('WARSAW', None)
>>> DATELINE.match("Relations between the two countries (RT)") is None
True
"""

from __future__ import annotations

import regex

from tidings import Entity, Place, Span
from tidings.actors.gazetteer import lookup_place

_MONTH = r"(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)\p{L}*\.?\s+\d{1,2}"

#: An upper-case city, an optional region or country, an optional date, the agency.
DATELINE = regex.compile(
    r"\s{0,20}(?P<city>\p{Lu}[\p{Lu}\p{M}'.-]*(?:[ ][\p{Lu}\p{M}'.-]+){0,3})"
    r"(?:,\s(?!" + _MONTH + r")(?P<region>\p{Lu}[\p{L}.]*(?:[ ][\p{L}.]+){0,3}))?"
    r"(?:,\s" + _MONTH + r")?"
    r"\s{0,3}\((?:AP|Reuters|AFP|Xinhua|UPI|dpa|DPA|Kyodo|Tass|TASS|ANSA|EFE|IANS|PTI|CNN|BBC|RT)\)",
    regex.VERSION1,
)


def dateline_place(text: str, places: list[Entity]) -> tuple[Span, Place, Entity | None] | None:
    """The span, place and place entity (if any) of the dateline at the start of
    ``text``, if there is one.

    A place entity over the city gives the place; otherwise the city is looked
    up, preferring a reading in the country of the region named after it.

    >>> span, place, entity = dateline_place("MOSCOW (AP)_ Presidents met.", [])
    >>> span, place.name, place.country, entity
    (Span(start=0, end=6), 'Moscow', 'RU', None)
    """
    m = DATELINE.match(text, 0, 200)
    if m is None:
        return None
    city = Span(m.start("city"), m.end("city"))
    for entity in places:
        if entity.span.overlaps(city) and getattr(entity.value, "country", None):
            return city, entity.value, entity
    region_country = None
    if m.group("region"):
        region = Span(m.start("region"), m.end("region"))
        for entity in places:
            if entity.span.overlaps(region) and getattr(entity.value, "country", None):
                region_country = entity.value.country
        if region_country is None:
            readings = [p for p in lookup_place(m.group("region")) if p.country]
            region_country = readings[0].country if readings else None
    readings = [p for p in lookup_place(m.group("city").title()) if p.country]
    if region_country is not None:
        readings = [p for p in readings if p.country == region_country] or [
            Place(name=m.group("city").title(), country=region_country, type="city")
        ]
    return (city, readings[0], None) if readings else None
