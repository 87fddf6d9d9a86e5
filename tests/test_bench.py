"""Smoke test of the benchmark script: it runs, measures every installed extractor
and the pipeline in worker processes, and reports them in the documented shape.
Timings are not asserted (the machine is shared); structure and counts are."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

import tidings

ROOT = Path(__file__).resolve().parents[1]
BENCH = ROOT / "benchmarks" / "bench.py"
TEXTS = [
    "Russian President Vladimir Putin met Ahmed al-Sharaa in Moscow on Wednesday.",
    "“Relations continue to progress,” Putin said. Syria will get $2.5 million, up 4%.",
    "Nothing happened here.",
]


def run_bench(tmp_path: Path, *args: str) -> subprocess.CompletedProcess[str]:
    corpus = tmp_path / "tiny.jsonl"
    corpus.write_text(
        "".join(json.dumps({"id": f"t{i}", "text": t, "published": "2026-01-28"}) + "\n" for i, t in enumerate(TEXTS)),
        encoding="utf-8",
    )
    command = [sys.executable, str(BENCH), "--quick", "--no-peers", "--corpus", str(corpus), *args]
    return subprocess.run(command, capture_output=True, text=True, timeout=600, cwd=tmp_path)


@pytest.fixture(scope="module")
def report(tmp_path_factory: pytest.TempPathFactory) -> dict:
    done = run_bench(tmp_path_factory.mktemp("bench"), "--json")
    assert done.returncode == 0, done.stderr
    return json.loads(done.stdout)


def test_every_installed_extractor_and_the_pipeline_are_measured(report: dict) -> None:
    steps = [step.name for step in tidings.Pipeline().steps]
    names = [row["system"] for row in report["systems"]]
    assert names == [
        "tidings:text",
        *(f"tidings:{s}" for s in steps),
        "tidings:pipeline",
        "tidings:batch",
        "tidings:gazetteer",
    ]
    assert not any(row["peer"] for row in report["systems"])
    assert report["comparisons"] == []


def test_each_measured_row_counts_the_whole_tiny_corpus(report: dict) -> None:
    chars = sum(len(t) for t in TEXTS)
    assert report["corpus"] == {"articles": 3, "chars": chars, "sources": ["tiny.jsonl"]}
    rows = {row["system"]: row for row in report["systems"]}
    for name in ["tidings:text", "tidings:pipeline", *(f"tidings:{s.name}" for s in tidings.Pipeline().steps)]:
        row = rows[name]
        assert row["status"] == "ok", row
        assert (row["articles"], row["chars"], row["errors"]) == (3, chars, 0)
        assert row["chars_per_s"] > 0 and row["articles_per_s"] > 0
        assert 0 < row["rss_load_mib"] <= row["peak_rss_mib"] + 1
        if name != "tidings:text":  # and the three joined into one article, timed once more
            assert (row["long_article"]["articles"], row["long_article"]["chars"]) == (3, chars + 2 * 2)
    batch = rows["tidings:batch"]
    assert (batch["status"], batch["articles"]) == ("ok", 40)
    assert [run["jobs"] for run in batch["runs"]] == [1, 2]
    assert all(run["articles"] == 40 and run["chars_per_s"] > 0 for run in batch["runs"])
    # jobs=1 and jobs=2 must write the same results, in the same order
    assert [run["written"] for run in batch["runs"]] == [40, 40]
    assert batch["runs"][0]["output_sha256"] == batch["runs"][1]["output_sha256"]
    if Path("/proc/self/smaps_rollup").exists():  # Linux: the workers' memory is sampled
        assert 0 < batch["worker_uss_mib"] <= batch["worker_rss_mib"]
    gazetteer = rows["tidings:gazetteer"]
    assert gazetteer["status"] == "ok" and gazetteer["kept_mib"] > 0


def test_each_step_alone_finds_what_it_finds_in_the_pipeline(report: dict) -> None:
    found = report["step_share"]["found"]
    assert found["steps"] == found["pipeline"] > 0
    assert set(report["step_share"]["share_of_pipeline"]) == {
        "tidings:text", *(f"tidings:{s.name}" for s in tidings.Pipeline().steps)
    }


def test_sentences_found_by_the_text_helpers(report: dict) -> None:
    row = next(r for r in report["systems"] if r["system"] == "tidings:text")
    # 4 sentences in 3 one-line paragraphs
    assert row["found"] == 4 + 3


def test_targets_only_judge_what_was_measured(report: dict) -> None:
    assert [t["group"] for t in report["targets"]] == ["batch"]
    assert report["targets"][0]["target"] == 1.8


def test_only_keeps_the_named_groups_and_rejects_unknown_ones(tmp_path: Path) -> None:
    done = run_bench(tmp_path, "--only", "text")
    assert done.returncode == 0, done.stderr
    table = [line.split()[0] for line in done.stdout.splitlines() if line.startswith("tidings:")]
    assert table == ["tidings:text"]
    assert "chars/s" in done.stdout
    bad = run_bench(tmp_path, "--only", "nonsense")
    assert bad.returncode != 0
    assert "no group 'nonsense'" in bad.stderr


def test_helper_doctests_pass() -> None:
    modules = sorted(str(p) for p in (ROOT / "benchmarks").glob("*.py") if p.name != "bench.py")
    done = subprocess.run([sys.executable, "-m", "doctest", *modules], capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stdout + done.stderr
