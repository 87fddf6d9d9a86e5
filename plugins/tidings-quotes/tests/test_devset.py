"""Regression test on the dev set (PolNeAr political news, 84 documents, 782 quotes).

The dev set lives beside the repository (``<repo>/../shared/eval/quotes/``); CI
runs a fresh clone with ``shared/`` next to it. The thresholds are what the
extractor reliably reaches today, a little below the measured figures (see
``docs/quotes.md``, "Evaluation"). Speaker accuracy (target 0.90) is met. Quote
F1 (target 0.92) and quote-and-speaker F1 (target 0.85) are met only on the
documents that have gold quotes: seven NYT documents quote with '' marks and
carry no gold quote at all, so every quotation found there counts as spurious.
"""

from __future__ import annotations

from collections.abc import Mapping
from functools import lru_cache
from pathlib import Path
from typing import Any

import pytest

import tidings
from tidings.actors import actors
from tidings.evaluate import LayerScore, gold_article, match, read_gold, same_name, system_records

from tidings_quotes import quotes

DEV = Path(__file__).resolve().parents[3].parent / "shared" / "eval" / "quotes" / "polnear_dev.jsonl"

pytestmark = pytest.mark.skipif(not DEV.exists(), reason=f"dev set not found at {DEV}")


def _half_overlap(s: Mapping[str, Any], g: Mapping[str, Any]) -> bool:
    longer = max(s["end"] - s["start"], g["end"] - g["start"])
    return 2 * max(0, min(s["end"], g["end"]) - max(s["start"], g["start"])) >= longer > 0


def _named(gold: Mapping[str, Any]) -> str | None:
    """The gold speaker when it is a name: not a pronoun ("he"), not a
    description ("the mayor"), an appositive cut off ("Kenneth Baer, a former …")."""
    speaker = gold.get("speaker")
    if gold.get("speaker_is_pronoun") or not speaker or not speaker[0].isupper():
        return None
    if speaker.split()[0] in {"The", "A", "An", "His", "Her", "Their", "Its", "One", "Another"}:
        return None
    return speaker.split(",")[0].split(" (")[0]


@lru_cache(maxsize=1)
def scores() -> dict[str, float]:
    pipeline = tidings.Pipeline([actors, quotes])
    everything, annotated = LayerScore("quotes"), LayerScore("quotes")
    named = right = 0
    for doc in read_gold(DEV):
        system = system_records(pipeline(gold_article(doc)), "quotes")
        everything.add(doc["id"], system, doc["quotes"])
        if doc["quotes"]:
            annotated.add(doc["id"], system, doc["quotes"])
        for i, j in match(system, doc["quotes"], _half_overlap):
            name = _named(doc["quotes"][j])
            if name is not None:
                named += 1
                right += same_name(system[i]["speaker"], name)
    all_, ann = everything.to_dict(), annotated.to_dict()
    return {
        "f1": all_["match"]["f1"],
        "recall": all_["match"]["recall"],
        "speaker_accuracy": all_["speaker"]["accuracy"],
        "speaker_f1": all_["speaker"]["f1"],
        "annotated_f1": ann["match"]["f1"],
        "annotated_speaker_f1": ann["speaker"]["f1"],
        "annotated_precision": ann["match"]["precision"],
        "named_speaker_accuracy": right / named,
    }


def test_quote_f1() -> None:
    # Below the 0.92 target: the seven documents without gold quotes (above).
    got = scores()
    assert got["f1"] >= 0.895, got
    assert got["recall"] >= 0.96, got


def test_quote_f1_on_documents_with_annotated_quotes() -> None:
    got = scores()
    assert got["annotated_f1"] >= 0.955, got
    assert got["annotated_precision"] >= 0.945, got


def test_speaker_accuracy() -> None:
    got = scores()
    # As `tidings evaluate` scores it: the name, or the attribution span ("he",
    # "the mayor") against the gold speaker's span.
    assert got["speaker_accuracy"] >= 0.94, got
    # Gold speakers that are names, matched by name alone.
    assert got["named_speaker_accuracy"] >= 0.935, got


def test_quote_and_speaker_f1() -> None:
    got = scores()
    # All documents: held below the 0.85 target by the spurious quotes of the
    # seven documents without gold quotes.
    assert got["speaker_f1"] >= 0.84, got
    assert got["annotated_speaker_f1"] >= 0.90, got
