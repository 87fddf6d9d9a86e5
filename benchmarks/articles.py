"""The articles a benchmark runs on: the dev sets' texts, mixed, trimmed to a budget.

Articles travel to the worker processes as plain dicts (``id``, ``text``,
``published``) so that a worker for a peer library need not import tidings.

>>> docs = [{"id": "a", "text": "One."}, {"id": "b", "text": "Two two."}, {"id": "c", "text": "One."}]
>>> [a["id"] for a in unique(docs)]
['a', 'b']
>>> [a["id"] for a in within(unique(docs), max_chars=3)]
['a']
>>> [a["id"] for a in repeated(unique(docs), 3)]
['a', 'b', 'a~2']
"""

from __future__ import annotations

import itertools
import json
import random
from collections.abc import Iterable, Sequence
from pathlib import Path
from typing import Any

#: The shared evaluation sets sit beside the repository (``../shared/eval``).
DEV_SETS = Path(__file__).resolve().parents[2] / "shared" / "eval"

Doc = dict[str, Any]

#: A short article every system runs once before it is timed, so that lazy loading
#: (models, caches, compiled patterns) counts as load time, not as the first
#: article's. It holds the usual shapes of dates, money, quotes and names.
WARM_UP: Doc = {
    "id": "warm-up",
    "published": "2026-01-28",
    "text": (
        "MOSCOW, Jan. 28 (Reuters) - Russian President Vladimir Putin met Syrian President "
        "Ahmed al-Sharaa in the Kremlin on Wednesday and said relations \u201ccontinue to "
        "progress.\u201d The talks, first planned for Monday, January 5, 2026, follow a visit "
        "on 2025-12-30.\n"
        "Syria will receive $2.5 million (\u20ac2.1 million) in aid, a 4% rise on last year, "
        "the Foreign Ministry said, and Putin will visit Damascus next month. \u201cIt is a "
        "fair deal,\u201d the minister told reporters."
    ),
}


def dev_set_files(root: Path = DEV_SETS) -> list[Path]:
    """Every ``*/*.jsonl`` gold file under ``root``, sorted."""
    return sorted(root.glob("*/*.jsonl"))


def read(paths: Iterable[Path]) -> list[Doc]:
    """The articles of JSONL files (``text`` and, where given, ``id`` and ``published``)."""
    docs = []
    for path in paths:
        with open(path, encoding="utf-8") as lines:
            for n, line in enumerate(lines, 1):
                if not line.strip():
                    continue
                record = json.loads(line)
                docs.append(
                    {
                        "id": str(record.get("id") or f"{path.stem}:{n}"),
                        "text": record["text"],
                        "published": record.get("published"),
                    }
                )
    return docs


def unique(docs: Iterable[Doc]) -> list[Doc]:
    """The first article of each distinct text (the dev sets share some articles)."""
    seen: set[str] = set()
    out = []
    for doc in docs:
        if doc["text"] not in seen:
            seen.add(doc["text"])
            out.append(doc)
    return out


def mixed(docs: Sequence[Doc], seed: int = 0) -> list[Doc]:
    """The articles in a fixed pseudo-random order, so that any prefix mixes the sets."""
    out = list(docs)
    random.Random(seed).shuffle(out)
    return out


def within(docs: Iterable[Doc], max_chars: int) -> list[Doc]:
    """The longest prefix holding at most ``max_chars`` characters (never empty)."""
    out: list[Doc] = []
    total = 0
    for doc in docs:
        total += len(doc["text"])
        if out and total > max_chars:
            break
        out.append(doc)
    return out


def repeated(docs: Sequence[Doc], count: int) -> list[Doc]:
    """``count`` articles cycling through ``docs``; repeats get distinct ids (``id~2``)."""
    out = []
    for i, doc in enumerate(itertools.islice(itertools.cycle(docs), count)):
        turn = i // len(docs) + 1
        out.append(doc if turn == 1 else {**doc, "id": f"{doc['id']}~{turn}"})
    return out


def characters(docs: Iterable[Doc]) -> int:
    """Total length of the texts, in code points."""
    return sum(len(doc["text"]) for doc in docs)
