"""The seed article: exactly its five dates, with their values, and nothing else."""

from __future__ import annotations

import json
from pathlib import Path

import tidings

SEED = Path(__file__).resolve().parents[3] / "seeds" / "rt-putin-al-sharaa.gold.json"


def test_seed_article_dates_exactly(pipeline):
    doc = json.loads(SEED.read_text(encoding="utf-8"))
    article = tidings.Article(doc["text"], published=doc["published"])
    got = [(e.text, e.value.type, e.value.timex, e.value.mod) for e in pipeline(article).of_kind("date")]
    assert got == [
        ("Wednesday", "DATE", "2026-01-28", None),
        ("four months", "DURATION", "P4M", None),
        ("late 2024", "DATE", "2024", "END"),
        ("October", "DATE", "2025-10", None),
        ("December", "DATE", "2025-12", None),
    ]


def test_seed_offsets_match_the_gold(pipeline):
    doc = json.loads(SEED.read_text(encoding="utf-8"))
    result = pipeline(tidings.Article(doc["text"], published=doc["published"]))
    assert [(e.start, e.end) for e in result.of_kind("date")] == [(g["start"], g["end"]) for g in doc["dates"]]
