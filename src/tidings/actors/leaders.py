"""Well-known leaders whose country news English leaves unsaid.

"President Nixon arrived in Peking" and "Queen Elizabeth II arrived in Dublin"
state no country: the reader knows it. ``data/leaders.json`` (hand-curated, its
source noted in the file) lists heads of state and government, royals, popes
and a few other office holders of the news archive era and today, by the names
news gives them: a full name, a title with a name, or a surname that alone
names one person. The actor extractor asks it only for a person the article
gives no country.

>>> leader_country("Richard Nixon"), leader_country("Nixon", "President")
('US', 'US')
>>> leader_country("Elizabeth II", "Queen"), leader_country("Elizabeth", "Queen"), leader_country("John Paul II", "Pope")
('GB', 'GB', 'VA')
>>> leader_country("Bashar Assad"), leader_country("Recep Tayyip Erdoğan")
('SY', 'TR')
>>> leader_country("Castro") is None, leader_country("Castro", "President"), leader_country("Julian Castro") is None
(True, 'CU', True)
"""

from __future__ import annotations

import functools
import json
from importlib import resources

from .gazetteer import fold
from .people import surname_key


def key(name: str) -> str:
    """The look-up key of a name: accents, case, dots and "al-" style
    particles folded ("Bashar al-Assad" and "Bashar Assad" give one key).

    >>> key("George H.W. Bush"), key("Bashar al-Assad")
    ('george hw bush', 'bashar assad')
    """
    return " ".join(surname_key(word) for word in fold(name).replace(".", "").split(" ") if word)


@functools.lru_cache(maxsize=1)
def _leaders() -> dict[str, str]:
    raw = json.loads(resources.files(__package__).joinpath("data/leaders.json").read_text(encoding="utf-8"))
    return {key(name): cc for cc, names in raw.items() if not cc.startswith("_") for name in names}


@functools.lru_cache(maxsize=1 << 12)
def leader_country(name: str, title: str | None = None) -> str | None:
    """The alpha-2 code of the country of the well-known leader called ``name``
    (the fullest name an article gives), or, with the ``title`` that introduced
    the name, called "<title> <name>"; None when the list does not know it."""
    leaders = _leaders()
    found = leaders.get(key(name))
    if found is None and title:
        found = leaders.get(key(f"{title} {name}"))
    return found
