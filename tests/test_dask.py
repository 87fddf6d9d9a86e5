"""The pipeline on a real local Dask cluster (two worker processes) gives what
the single-process run gives, building the pipeline once per worker."""

from __future__ import annotations

import gzip
import json
import sys
from pathlib import Path

import pytest

import tidings
from tidings import Article, InputError
from tidings import dask as tdask

dask = pytest.importorskip("dask", reason="needs the tidings[dask] extra")
dask_bag = pytest.importorskip("dask.bag", reason="needs the tidings[dask] extra")
distributed = pytest.importorskip("distributed", reason="needs the tidings[dask] extra")

TESTS = Path(__file__).resolve().parent
if str(TESTS) not in sys.path:
    sys.path.insert(0, str(TESTS))
import _batch_extractors as bx  # noqa: E402

SEED = TESTS.parent / "seeds" / "rt-putin-al-sharaa.txt"


def digest(result: tidings.Result) -> tuple:
    return (result.article.id, [(e.id, e.kind, e.text) for e in result.entities])


@pytest.fixture(scope="module")
def client():
    cluster = distributed.LocalCluster(
        n_workers=2, threads_per_worker=1, processes=True, dashboard_address=None, silence_logs=40
    )
    with cluster, distributed.Client(cluster) as c:
        yield c


def test_bag_on_two_worker_processes_matches_the_single_process_run(client):
    records = [json.loads(line) for line in bx.corpus_lines(60)]
    # Bad records in the middle of partitions 2 and 7 (5 items each): skipped and reported.
    with_bad = records[:12] + [{"id": "no-text"}] + records[12:33] + [7] + records[33:]
    bag = dask_bag.from_sequence(with_bad, npartitions=13)
    results, bad = dask.compute(tdask.extract_bag(bag, bx.pipeline()), tdask.bad_records(bag))
    single = [bx.pipeline()(tdask.as_article(r)) for r in records]
    assert [digest(r) for r in results] == [digest(r) for r in single]
    assert [r.article.id for r in results] == [f"a{i}" for i in range(60)]
    assert bad == [
        tdask.BadRecord(partition=2, item=2, message="dask record: record has no string 'text'"),
        tdask.BadRecord(partition=6, item=4, message="dask record: expected an Article, a str or a mapping, got int"),
    ]
    worker_pids = set(client.run(bx.pid).values())
    found_by = {e.value["pid"] for r in results for e in r.of_kind("name")}
    assert found_by == worker_pids and len(worker_pids) == 2
    assert sorted(client.run(bx.pipelines_built).values()) == [1, 1]  # built once per worker


def test_the_documented_recipe_reads_and_writes_gzip_jsonl_parts(client, tmp_path):
    lines = bx.corpus_lines(30)
    for part in range(3):
        with gzip.open(tmp_path / f"in-{part}.jsonl.gz", "wt", encoding="utf-8") as fh:
            fh.write("\n".join(lines[10 * part : 10 * part + 10]) + "\n")
            if part == 1:  # a blank line (nothing) and a malformed one (a bad record) at the end
                fh.write('\n{"id": "broken", "text": \n')
    records = tdask.read_jsonl(str(tmp_path / "in-*.jsonl.gz"))
    tdask.extract_bag(records, bx.pipeline()).map(tidings.serialize.dumps).to_textfiles(str(tmp_path / "out-*.jsonl.gz"))
    assert tdask.bad_records(records).compute() == [
        tdask.BadRecord(partition=1, item=10, message="dask record: malformed JSON: Expecting value (column 26)")
    ]
    written = []
    for part in sorted(tmp_path.glob("out-*.jsonl.gz")):
        with gzip.open(part, "rt", encoding="utf-8") as fh:
            written.extend(tidings.Result.from_json(line) for line in fh)
    single = [bx.pipeline()(tdask.as_article(json.loads(line))) for line in lines]
    assert [digest(r) for r in written] == [digest(r) for r in single]


def test_dataframe_rows_become_articles_in_order(client):
    pd = pytest.importorskip("pandas", reason="extract_dataframe needs dask[dataframe]")
    dd = pytest.importorskip("dask.dataframe", reason="extract_dataframe needs dask[dataframe]")
    frame = pd.DataFrame(
        {
            "id": ["d1", "d2", "d3", "d4"],
            "text": ["Ada met 3 people.", "Bob left.", "No names 7.", "Cy and Di saw 1."],
            "published": ["2026-01-28", None, "2026-01-27", None],
        }
    )
    results = tdask.extract_dataframe(dd.from_pandas(frame, npartitions=2), bx.pipeline()).compute()
    assert [r.article.id for r in results] == ["d1", "d2", "d3", "d4"]
    assert [str(r.article.published) for r in results] == ["2026-01-28", "None", "2026-01-27", "None"]
    assert [[e.text for e in r.entities] for r in results] == [["Ada", "3"], ["Bob"], ["No", "7"], ["Cy", "Di", "1"]]


def test_installed_pipeline_on_the_seed_article_matches_tidings_extract(client):
    text = SEED.read_text(encoding="utf-8")
    article = Article(text, id="seed", published="2026-01-28")
    bag = dask_bag.from_sequence([article, Article(text[:500], id="head", published="2026-01-28")], npartitions=2)
    results = tdask.extract_bag(bag).compute()
    assert [r.to_dict() for r in results] == [
        tidings.extract(article).to_dict(),
        tidings.extract(Article(text[:500], id="head", published="2026-01-28")).to_dict(),
    ]


def test_a_record_without_text_is_refused_with_its_reason():
    with pytest.raises(InputError, match="dask record: record has no string 'text'"):
        tdask.as_article({"id": "x"})
    with pytest.raises(InputError, match="expected an Article, a str or a mapping, got int"):
        tdask.as_article(3)
