"""Scores on gold files: the seed article and the development set (regression).

The development set lives outside the repository, in ``shared/eval/`` beside the
clone (as in CI); the test is skipped, with the reason, where it is absent.
"""

from __future__ import annotations

from pathlib import Path

import pytest

import tidings
from tidings.evaluate import evaluate, read_gold
from tidings_money import money

REPO = Path(__file__).resolve().parents[3]
DEV = REPO.parent / "shared" / "eval" / "numbers" / "tbaq_numbers_dev.jsonl"
SEED = REPO / "seeds" / "rt-putin-al-sharaa.gold.json"
#: The plugin's own held-out set (scripts/make_heldout.py), written after round 1.
HELDOUT = Path(__file__).resolve().parent / "data" / "heldout.jsonl"

#: The issue's targets: overlap-span F1 and full F1 (span and value right).
TARGETS = {"money": (0.97, 0.95), "percents": (0.99, 0.98)}


def test_seed_has_one_percent_and_no_money() -> None:
    [doc] = list(read_gold(SEED))
    result = tidings.Pipeline([money])(doc["text"], published=doc["published"])
    assert not result.of_kind("money")
    [percent] = result.of_kind("percent")
    assert (percent.text, str(percent.value.amount), percent.value.unit) == ("4%", "4", "percent")
    gold = doc["percents"][0]
    assert (percent.start, percent.end) == (gold["start"], gold["end"])


@pytest.mark.skipif(not DEV.exists(), reason=f"development set not found at {DEV}")
@pytest.mark.parametrize("layer", sorted(TARGETS))
def test_dev_set_meets_targets(layer: str) -> None:
    scores = evaluate(read_gold(DEV), tidings.Pipeline([money]), layers=[layer])[layer]
    overlap_target, full_target = TARGETS[layer]
    assert scores.overlap.gold > 100  # the set really was scored
    assert scores.overlap.f1 >= overlap_target, scores.to_dict()
    assert scores.attributes["value"].f1 >= full_target, scores.to_dict()


#: What the held-out set scored after round 2 (overlap F1, full F1); the first
#: measurement, before any fix, is in docs/money.md.
HELDOUT_SCORES = {"money": (1.0, 1.0), "percents": (1.0, 1.0)}


@pytest.mark.parametrize("layer", sorted(HELDOUT_SCORES))
def test_heldout_set_keeps_its_scores(layer: str) -> None:
    scores = evaluate(read_gold(HELDOUT), tidings.Pipeline([money]), layers=[layer])[layer]
    overlap, full = HELDOUT_SCORES[layer]
    assert scores.overlap.gold > 60
    assert scores.overlap.f1 >= overlap, scores.to_dict()
    assert scores.attributes["value"].f1 >= full, scores.to_dict()


def test_heldout_file_is_what_its_script_makes() -> None:
    import importlib.util
    import json

    script = Path(__file__).resolve().parents[1] / "scripts" / "make_heldout.py"
    spec = importlib.util.spec_from_file_location("make_heldout", script)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    made = [module.gold_record(*article) for article in module.ARTICLES]
    shipped = [json.loads(line) for line in HELDOUT.read_text(encoding="utf-8").splitlines()]
    assert made == shipped
    assert len(shipped) == 25
