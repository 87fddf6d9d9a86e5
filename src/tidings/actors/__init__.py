"""The built-in actor layer: people, places and organisations, with coreference.

The :data:`actors` extractor produces ``person``, ``place`` and ``organization``
entities (see ``docs/actors.md``). Other extractors build on it through
:func:`canonical`, :func:`mentions` and :func:`antecedent` (coreference) and the
gazetteer look-ups :func:`demonym_country`, :func:`country_code`,
:func:`country_name`, :func:`capital` and :func:`lookup_place`.

>>> demonym_country("Syrian"), capital("SY").name
('SY', 'Damascus')
"""

from .coref import antecedent, canonical, describe, mentions
from .nationalities import demonyms
from .extractor import actors, find_actors
from .gazetteer import capital, country_code, country_name, demonym_country, lookup_place

__all__ = [
    "actors",
    "antecedent",
    "canonical",
    "capital",
    "country_code",
    "country_name",
    "demonym_country",
    "demonyms",
    "describe",
    "find_actors",
    "lookup_place",
    "mentions",
]
