"""Scoring: matching rules and the numbers they give, on hand-made cases."""

from __future__ import annotations

import json

import pytest

from tidings import Entity, Event, Pipeline, Span, extractor
from tidings.evaluate import Counts, evaluate, match, read_gold, same_name, same_speaker
from tidings.errors import InputError
from tidings.values import Money, Quote, TimeValue

TEXT = "On Wednesday, Putin said it was “a step” and cost $3 billion."


@extractor(name="fake", produces={"date", "money", "quote", "diplomatic_visit"})
def fake(ctx):
    yield Entity(kind="date", span=Span(3, 12), text="Wednesday", value=TimeValue(type="DATE", timex="2026-01-28"))
    yield Entity(kind="date", span=Span(14, 19), text="Putin", value=TimeValue(type="DATE", timex="XXXX"))
    yield Entity(kind="money", span=Span(50, 52), text="$3", value=Money(amount="3", currency="USD"))
    yield Entity(kind="quote", span=Span(33, 40), text="a step”", value=Quote(speaker_name="Putin"))
    yield Event(kind="diplomatic_visit", span=Span(0, 60), attributes={
        "visitor_name": "Vladimir Putin", "destination_country": "SY", "host_name": "Assad",
        "date": "2026-01-28", "status": "planned"})


GOLD = {
    "id": "g", "published": "2026-01-28", "text": TEXT,
    "layers": ["dates", "money", "quotes", "visits"],
    "dates": [{"start": 3, "end": 12, "type": "DATE", "value": "2026-01-28"},
              {"start": 0, "end": 2, "type": "DATE", "value": "X"}],
    "money": [{"start": 50, "end": 60, "amount": "3000000000", "currency": "USD"}],
    "quotes": [{"start": 33, "end": 39, "speaker": "Vladimir Putin"}],
    "visits": [{"visitor": "Putin", "destination_country": "SY", "host": "Bashar al-Assad",
                "date": "2026-01-28", "status": "occurred"}],
}


def test_scores_each_layer_by_its_rules():
    scores = {k: v.to_dict() for k, v in evaluate([GOLD], Pipeline([fake])).items()}
    d = scores["dates"]
    assert (d["strict"]["correct"], d["strict"]["system"], d["strict"]["gold"]) == (1, 2, 2)
    assert d["relaxed"]["f1"] == 0.5 and d["value"]["accuracy"] == 1.0
    m = scores["money"]
    assert m["exact"]["correct"] == 0 and m["overlap"]["correct"] == 1 and m["value"]["correct"] == 0
    q = scores["quotes"]
    assert q["match"]["correct"] == 1 and q["speaker"]["accuracy"] == 1.0  # 6 of 7 chars overlap
    v = scores["visits"]
    assert v["match"]["f1"] == 1.0
    assert (v["host"]["accuracy"], v["date"]["accuracy"], v["status"]["accuracy"]) == (1.0, 1.0, 0.0)


def test_layers_not_annotated_are_not_scored():
    doc = dict(GOLD, layers=["money"])
    assert list(evaluate([doc], Pipeline([fake]))) == ["money"]
    assert list(evaluate([GOLD], Pipeline([fake]), layers=["quotes"])) == ["quotes"]
    with pytest.raises(InputError, match="unknown layer"):
        evaluate([GOLD], Pipeline([fake]), layers=["weather"])


def test_matching_is_one_to_one_exact_first():
    sys_ = [{"start": 0, "end": 10}, {"start": 0, "end": 5}]
    gold = [{"start": 0, "end": 5}]
    assert match(sys_, gold, lambda s, g: True) == [(1, 0)]


def test_counts_handle_empty_sides():
    assert Counts(0, 0, 0).f1 == 1.0
    assert Counts(0, 3, 0).precision == 0.0 and Counts(0, 0, 2).recall == 0.0
    c = Counts(3, 4, 6)
    assert (c.precision, c.recall, round(c.f1, 3)) == (0.75, 0.5, 0.6)


@pytest.mark.parametrize(
    ("a", "b", "same"),
    [
        ("Vladimir Putin", "Putin", True),
        ("Ahmed al-Sharaa", "Al-Sharaa", True),
        ("President Donald Trump", "donald trump", True),
        ("Mr. Netanyahu", "Benjamin Netanyahu", True),
        ("José Martí", "Jose Marti", True),
        ("Donald Trump", "Donald Tusk", False),
        ("Putin", None, False),
        (None, "", True),
    ],
)
def test_same_name(a, b, same):
    assert same_name(a, b) is same


def test_read_gold_reports_bad_lines(tmp_path):
    f = tmp_path / "g.jsonl"
    f.write_text(json.dumps(GOLD) + "\n{oops\n")
    docs = read_gold(f)
    assert next(docs)["id"] == "g"
    with pytest.raises(InputError, match=r"g.jsonl:2: invalid JSON"):
        next(docs)


@pytest.mark.parametrize(
    ("system", "gold", "right"),
    [
        ({"speaker": "Kenneth Baer"}, {"speaker": "Kenneth Baer, a former official who runs a firm"}, True),
        ({"speaker": "Kenneth Baer"}, {"speaker": "Kenneth Baer (D)"}, True),
        ({"speaker": "Jane Roe", "speaker_start": 40, "speaker_end": 42},
         {"speaker": "he", "speaker_is_pronoun": True, "speaker_start": 40, "speaker_end": 42}, True),
        ({"speaker": "Jane Roe", "speaker_start": 10, "speaker_end": 18},
         {"speaker": "he", "speaker_is_pronoun": True, "speaker_start": 40, "speaker_end": 42}, False),
        ({"speaker": "He"}, {"speaker": "he", "speaker_is_pronoun": True}, False),
        ({"speaker": "Bill Smith", "speaker_start": 5, "speaker_end": 14},
         {"speaker": "the mayor", "speaker_start": 1, "speaker_end": 10}, True),
        ({"speaker": "Bill Smith"}, {"speaker": "the mayor", "speaker_start": 1, "speaker_end": 10}, False),
    ],
)
def test_same_speaker_by_name_or_attribution_span(system, gold, right):
    assert same_speaker(system, gold) is right
