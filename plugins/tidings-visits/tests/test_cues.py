"""The cues: every sentence where a trigger family matches is read, with that family."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from tidings.text import sentences
from tidings_visits.cues import cued
from tidings_visits.lexicon import FAMILIES
DATA = Path(__file__).parent / "data" / "heldout.jsonl"
DEV = Path(__file__).resolve().parents[3].parent / "shared" / "eval" / "visits" / "dev.jsonl"

#: One phrase for each way each family has to match, in sentences of their own.
PHRASES = [
    "He made a State Visit.", "A 3-day trip.", "Her tours.", "A stopover.", "The journey.", "A mission.",
    "The summit.", "His final stop here.", "It stops in Rome.", "She arrived at noon.", "They fly on to Rome.",
    "He flew to Paris.", "He has flown to Oslo.", "They travelled to Kyiv.", "Heading to Rome.",
    "She jetted to Rome.", "He left Tuesday for Rome.", "She is leaving for Rome.", "En route to Rome.",
    "He spent a day.", "He is expected in Rome.", "Due in Rome.", "He landed at Heathrow.",
    "They stayed in Rome.", "They held talks in Rome.", "A tour took him to Rome.", "It takes them on to Rome.",
    "He attended.", "Smith, in Rome, said.", "Smith is in Rome.", "While in Rome.", "Now in Rome.",
    "Currently in Rome.", "He was in Rome.", "They were in Rome.", "To be in Rome.", "He said here.",
    "He flew home.", "He went back home.", "They met.", "They meet with him.", "Talks with him.",
    "A joint news conference with him.", "A summit with him.", "A rendezvous.", "He hosted him.",
    "She welcomed him.", "He received him.", "They greeted him.", "They rolled out the red carpet for him.",
    "He invited him.", "SHE ARRIVED.", "Prime Minister Trudeau, in Rome, said.",
]


def _missed(text: str) -> list[tuple[str, str]]:
    """The (family, sentence) pairs where the family matches but the sentence is not
    cued for it, or the search its cue sets up finds other matches."""
    spans = sentences(text)
    read = {s: {name: (pattern, start) for name, pattern, start in found} for s, found in cued(text, spans)}
    missed = []
    for s in spans:
        for name, family in FAMILIES.items():
            matches = [m.span() for m in family.finditer(text, s.start, s.end)]
            if not matches:
                continue
            pattern, start = read.get(s, {}).get(name, (None, None))
            if pattern is None or [m.span() for m in pattern.finditer(text, start, s.end)] != matches:
                missed.append((name, text[s.start : s.end]))
    return missed


def test_every_phrase_is_cued_for_its_family():
    assert all(any(p.search(x) for p in FAMILIES.values()) for x in PHRASES)
    assert _missed(" ".join(PHRASES)) == []


def test_a_sentence_without_cues_is_not_read():
    text = "Markets fell on Monday. Putin met Xi in Beijing. Prices rose."
    assert [(text[s.start : s.end], [name for name, _, _ in found]) for s, found in cued(text, sentences(text))] == [
        ("Putin met Xi in Beijing.", ["meet"])
    ]


@pytest.mark.parametrize("path", [DATA, DEV], ids=["held-out", "dev"])
def test_articles_lose_no_trigger(path):
    if not path.exists():
        pytest.skip(f"{path} is not there")
    for line in path.read_text(encoding="utf-8").splitlines():
        if line.strip():
            assert _missed(json.loads(line)["text"]) == []


def test_a_letter_that_folds_to_several_makes_every_sentence_read():
    text = "Die Straße ist lang. Nothing here."
    assert [[(name, pattern) for name, pattern, _ in found] for _, found in cued(text, sentences(text))] == [
        list(FAMILIES.items())
    ] * 2


WORDS = st.sampled_from(
    ["visit", "Visited", "trip", "flew", "to", "on", "head", "headed", "left", "for", "in", "at", "is", "was", "met",
     "talks", "with", "took", "him", "home", "here", "hosted", "red", "carpet", "rolled", "out", "the", "en",
     "route", "expected", "due", "landed", "stayed", "Smith", "ſtop", "KING", "x1", "_", "é", "state", "10-day",
     "ex-", "held", "joint", "press", "news", "conference", "summit", "a", "final", "stop", "stops"]
)
SEPARATORS = st.sampled_from([" ", "  ", ", ", ". ", "\n", "-", "", "\u00a0", ";", "\u2028"])


@settings(max_examples=500, deadline=None)
@given(st.lists(st.tuples(WORDS, SEPARATORS), max_size=30))
def test_random_texts_lose_no_trigger(pairs):
    assert _missed("".join(w + s for w, s in pairs)) == []


def test_a_simply_folded_text_is_searched_as_the_families_would():
    assert _missed("He ﬂew to Rome. She flew to Rome. They MET in Oslo. The 10-day STATE visit began.") == []


def test_a_family_is_searched_from_the_word_before_its_first_cue():
    text = "Markets fell, and then Chancellor Scholz held talks in Paris."
    (_, found), = cued(text, sentences(text))
    assert [(name, text[start:start + 4]) for name, _, start in found] == [("travel", "held")]
