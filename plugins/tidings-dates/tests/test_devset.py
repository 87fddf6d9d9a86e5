"""Regression on the TimeBank + AQUAINT dev set (TempEval-3 measures).

The set lives beside the repository (``<repo>/../shared/eval``); the test is
skipped, with the reason shown, where it is absent.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from tidings.evaluate import evaluate, read_gold

DEV = Path(__file__).resolve().parents[3] / ".." / "shared" / "eval" / "dates" / "tbaq.jsonl"

#: Floors just under the scores reached (the issue asked for relaxed 0.90, strict
#: 0.82, value 0.80, type 0.85): a score below any of them fails the build.
TARGETS = {"relaxed": 0.94, "strict": 0.88, "value": 0.82, "type": 0.90}


@pytest.fixture(scope="module")
def scores(pipeline):
    if not DEV.exists():
        pytest.skip(f"dev set not found at {DEV.resolve()}")
    return evaluate(read_gold(DEV), pipeline, ["dates"])["dates"].to_dict()


@pytest.mark.parametrize("measure", sorted(TARGETS))
def test_dev_set_f1_meets_target(scores, measure):
    assert scores[measure]["f1"] >= TARGETS[measure], scores[measure]


def test_dev_set_is_the_full_set(scores):
    # A truncated or swapped file would make the thresholds meaningless.
    assert scores["relaxed"]["gold"] == 1822
