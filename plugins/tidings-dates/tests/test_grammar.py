"""The grammar's scanning machinery: it tries a rule only where a match can be."""

from __future__ import annotations

import json
from pathlib import Path

import regex
from tidings_dates.grammar import OPENERS, RULES, _opening, candidates

HELDOUT = Path(__file__).resolve().parent / "data" / "heldout.jsonl"
TEXTS = [json.loads(line)["text"] for line in HELDOUT.read_text(encoding="utf-8").splitlines()]


def test_every_match_opens_with_one_of_its_rules_openers():
    for name, pattern in RULES:
        if name in OPENERS:
            opening = regex.compile(_opening(name))
            for text in TEXTS:
                for m in pattern.finditer(text):
                    assert opening.match(text, m.start()), (name, m.group())


def test_candidates_are_the_matches_that_hold_a_trigger_word():
    # the rules run only around their trigger words; on real articles every
    # match of a rule holds one, so each is found (or loses to a longer one)
    for text in TEXTS:
        found = [(c.start, c.end) for c in candidates(text)]
        for name, pattern in RULES:
            for m in pattern.finditer(text):
                assert any(start < m.end() and m.start() < end for start, end in found), (name, m.group())

