"""The grammar's scanning machinery: it tries a rule only where a match can be."""

from __future__ import annotations

import json
from pathlib import Path

import regex
from tidings_dates.grammar import _TRIGGER, _TRIGGER_ASCII, OPENERS, RULES, _opening, candidates

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



def _tokens(scan, lowered):
    return [(m.start(), m.end(), m.groupdict()) for m in scan.finditer(lowered)]


def test_the_ascii_trigger_scan_finds_what_the_unicode_one_does():
    # on ASCII text, every class of the pattern means the same in both modes;
    # the separators U+001C-U+001F (white space to the stdlib only outside
    # ASCII mode) sit where a clock time allows space ("5\x1cpm")
    control = "".join(map(chr, range(32)))
    texts = [text for text in TEXTS if text.isascii()]
    texts += ["at 5\x1cpm, 6\x1d a.m. and 7:30\x1f pm on 12/03/2024 in the 1990s, fy2025 q3 " + control]
    texts += ["".join(chr(c) for c in range(128)) * 2]
    assert len(texts) > 10
    for text in texts:
        lowered = " " + text.lower()
        assert _tokens(_TRIGGER_ASCII, lowered) == _tokens(_TRIGGER, lowered)
    assert _tokens(_TRIGGER_ASCII, " at 5\x1cpm")[0][2]["clock"] == "5\x1cpm"
