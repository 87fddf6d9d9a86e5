"""tidings-money: money amounts with ISO 4217 currencies, and percentages.

>>> import tidings
>>> from tidings_money import money
>>> result = tidings.Pipeline([money])("Gazprom paid $3 billion and 5 billion rubles, up 4%.")
>>> [(e.kind, e.text, str(e.value.amount)) for e in result.entities]
[('money', '$3 billion', '3000000000'), ('money', '5 billion rubles', '5000000000'), ('percent', '4%', '4')]
>>> [e.value.currency for e in result.of_kind("money")]
['USD', 'RUB']
"""

from __future__ import annotations

import tidings

from .extract import money

__all__ = ["money"]


@tidings.hookimpl
def tidings_extractors() -> list[tidings.Extractor]:
    return [money]
