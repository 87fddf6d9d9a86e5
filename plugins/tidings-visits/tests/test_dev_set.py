"""Regression floors: the seed article and the newswire development set, scored
with the real actor, date and visit extractors (``tidings evaluate``)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

import tidings
from tidings.evaluate import evaluate, gold_article, read_gold
from tidings.serialize import load_schema
from tidings_visits import visits

REPO = Path(__file__).resolve().parents[3]
SEED = REPO / "seeds" / "rt-putin-al-sharaa.gold.json"
DEV = REPO.parent / "shared" / "eval" / "visits" / "dev.jsonl"
#: 26 wire articles written and annotated for the generalisation audits (docs/visits.md).
HELDOUT = Path(__file__).parent / "data" / "heldout.jsonl"
#: 23 more, written and annotated before the extractor ran on them (round 4, docs/visits.md).
HELDOUT2 = Path(__file__).parent / "data" / "heldout2.jsonl"

#: The issue's targets; the development set reaches them with the current
#: actor and date layers (measured: match F1 1.0, host 1.0, date 1.0, status 1.0).
FLOORS = {"match": 0.85, "host": 0.85, "date": 0.80, "status": 0.90}
#: What the held-out set reaches after the round-3 fixes (measured: match F1, host,
#: date and status 1.0 on all 26 articles; the first 22 before the round-2 audit:
#: 0.794, 0.720, 0.840, 0.880).
HELDOUT_FLOORS = {"match": 0.97, "host": 0.97, "date": 0.97, "status": 0.97}
#: What the second held-out set reaches after the round-5 fixes, once the actor layer
#: found "Choe Son Hui" and "Rio" (measured: match F1, host, date and status 1.0; after
#: round 4 0.920, 1.0, 1.0, 1.0; first run 0.885, 0.870, 0.913, 0.913).
HELDOUT2_FLOORS = {"match": 0.97, "host": 0.97, "date": 0.97, "status": 0.97}


@pytest.fixture(scope="module")
def pipeline() -> tidings.Pipeline:
    """The actor, date and visit extractors only, whatever else is installed."""
    tidings_dates = pytest.importorskip("tidings_dates", reason="tidings-dates is not installed")
    from tidings.actors import actors

    return tidings.Pipeline([actors, tidings_dates.dates, visits])


def test_seed_article_has_exactly_its_two_visits(pipeline):
    doc = json.loads(SEED.read_text(encoding="utf-8"))
    result = pipeline(gold_article(doc))
    got = [
        {k: v.attributes[k] for k in ("visitor_name", "visitor_country", "destination_name",
                                      "destination_country", "host_name", "date", "status", "ordinal")}
        for v in result.events_of_kind("diplomatic_visit")
    ]
    assert got == [
        {"visitor_name": "Ahmed al-Sharaa", "visitor_country": "SY", "destination_name": "Moscow",
         "destination_country": "RU", "host_name": "Vladimir Putin", "date": "2026-01-28",
         "status": "occurred", "ordinal": 2},
        {"visitor_name": "Ahmed al-Sharaa", "visitor_country": "SY", "destination_name": "Washington",
         "destination_country": "US", "host_name": "Donald Trump", "date": "2025-12",
         "status": "occurred", "ordinal": None},
    ]
    first = result.events_of_kind("diplomatic_visit")[0]
    assert {r: e.kind for r, e in first.roles.items()} == {
        "visitor": "person", "host": "person", "destination": "place", "date": "date"}


def test_seed_output_follows_the_json_schema_and_round_trips(pipeline):
    jsonschema = pytest.importorskip("jsonschema")
    result = pipeline(gold_article(json.loads(SEED.read_text(encoding="utf-8"))))
    data = result.to_dict()
    jsonschema.validate(data, load_schema())
    assert tidings.Result.from_dict(data).events == result.events


def _scores(pipeline: tidings.Pipeline, path: Path) -> dict[str, float]:
    score = evaluate(read_gold(path), pipeline, ["visits"])["visits"].to_dict()
    return {
        "match": score["match"]["f1"],
        "host": score["host"]["accuracy"],
        "date": score["date"]["accuracy"],
        "status": score["status"]["accuracy"],
    }


@pytest.mark.skipif(not DEV.exists(), reason=f"development set not found at {DEV}")
def test_dev_set_meets_the_targets(pipeline):
    measured = _scores(pipeline, DEV)
    below = {k: v for k, v in measured.items() if v < FLOORS[k]}
    assert not below, f"below the floors {FLOORS}: {measured}"


def test_heldout_set_keeps_its_scores(pipeline):
    measured = _scores(pipeline, HELDOUT)
    below = {k: v for k, v in measured.items() if v < HELDOUT_FLOORS[k]}
    assert not below, f"below the floors {HELDOUT_FLOORS}: {measured}"


def test_second_heldout_set_keeps_its_scores(pipeline):
    measured = _scores(pipeline, HELDOUT2)
    below = {k: v for k, v in measured.items() if v < HELDOUT2_FLOORS[k]}
    assert not below, f"below the floors {HELDOUT2_FLOORS}: {measured}"


@pytest.mark.parametrize("doc_id", ["h2-negatives-sport", "h2-negatives-tourists"])
def test_second_heldout_negatives_give_no_visit(pipeline, doc_id):
    """Sports teams 'visiting', tourists, 'visit the website', a domestic tour, a video link."""
    doc = next(d for d in read_gold(HELDOUT2) if d["id"] == doc_id)
    assert pipeline(gold_article(doc)).events_of_kind("diplomatic_visit") == ()


def test_heldout_negatives_give_no_visit(pipeline):
    """Domestic trips, phone and video calls, tourists and 'visit our website'."""
    doc = next(d for d in read_gold(HELDOUT) if d["id"] == "heldout-negatives-texas")
    assert pipeline(gold_article(doc)).events_of_kind("diplomatic_visit") == ()
