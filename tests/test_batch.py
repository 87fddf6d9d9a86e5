"""Batch runs: ordering across workers, bounded streaming, resume after a crash,
malformed records in a big file, gzip in and out."""

from __future__ import annotations

import gzip
import io
import json
import multiprocessing
import os
import signal
import subprocess
import sys
import time
import types
from pathlib import Path

import pytest

from tidings import Article, InputError, TidingsError, batch

TESTS = Path(__file__).resolve().parent
if str(TESTS) not in sys.path:
    sys.path.insert(0, str(TESTS))
import _batch_extractors as bx  # noqa: E402


def digest(record: dict) -> tuple:
    """What must not change between runs: the article (id and text) and every
    entity but the worker's pid."""
    return (
        record["article"]["id"],
        record["article"]["text"],
        [(e["kind"], e["start"], e["end"], e["text"]) for e in record["entities"]],
    )


def read_jsonl(path: Path) -> list[dict]:
    opener = gzip.open if path.suffix == ".gz" else open
    with opener(path, "rt", encoding="utf-8") as fh:
        return [json.loads(line) for line in fh]


def write_corpus(path: Path, lines: list[str]) -> None:
    data = ("\n".join(lines) + "\n").encode("utf-8")
    path.write_bytes(gzip.compress(data) if path.suffix == ".gz" else data)


@pytest.mark.parametrize("start_method", [None, "fork", "forkserver", "spawn"])
def test_map_keeps_input_order_and_uses_every_worker(start_method):
    if start_method is not None and start_method not in multiprocessing.get_all_start_methods():
        pytest.skip(f"no {start_method} on this platform")
    texts = [json.loads(line)["text"] + " Slowly." for line in bx.corpus_lines(300)]  # 2 ms each
    pipeline = bx.pipeline()
    articles = (Article(t, id=f"a{i}") for i, t in enumerate(texts))
    results = list(batch.imap(pipeline, articles, jobs=2, start_method=start_method))
    assert [r.article.id for r in results] == [f"a{i}" for i in range(300)]
    single = [pipeline(Article(t, id=f"a{i}")) for i, t in enumerate(texts)]
    assert [[(e.id, e.text) for e in r.entities] for r in results] == [[(e.id, e.text) for e in r.entities] for r in single]
    assert results[12].of_kind("number")[0].value == {"names_before": 1}
    pids = {e.value["pid"] for r in results for e in r.of_kind("name")}
    assert len(pids) == 2 and os.getpid() not in pids


def test_map_with_one_job_runs_in_this_process():
    (result,) = bx.pipeline().map(["Only Me here."], jobs=1)
    assert [(e.text, e.value["pid"]) for e in result.of_kind("name")] == [("Only", os.getpid()), ("Me", os.getpid())]


def test_map_reads_ahead_a_bounded_window_and_stops_workers_when_closed():
    consumed = 0

    def articles():
        nonlocal consumed
        for i in range(100_000):
            consumed += 1
            yield f"Number {i}"

    results = bx.pipeline().map(articles(), jobs=2)
    first = next(results)
    assert first.article.text == "Number 0"
    window = 2 * batch.CHUNKS_AHEAD * batch.CHUNKSIZE
    assert consumed <= window + batch.CHUNKSIZE
    results.close()
    assert multiprocessing.active_children() == []


def test_a_worker_that_dies_or_cannot_start_is_an_error_not_a_hang():
    with pytest.raises(TidingsError, match="a worker process died or could not start"):
        list(bx.Pipeline([bx.die]).map(["fine"] * 100 + ["DIE"] + ["fine"] * 100, jobs=2))
    ghost = types.ModuleType("ghost_extractors")  # importable here, not in a fresh process
    exec("from tidings import extractor\n@extractor(name='ghost')\ndef ghost(ctx):\n    return []", ghost.__dict__)
    sys.modules["ghost_extractors"] = ghost
    try:
        with pytest.raises(TidingsError, match="start method 'spawn'"):
            list(batch.imap(bx.Pipeline([ghost.ghost]), ["a", "b"], jobs=2, start_method="spawn"))
    finally:
        del sys.modules["ghost_extractors"]


def test_map_rejects_no_workers_and_reraises_a_worker_failure_when_strict():
    with pytest.raises(InputError, match="at least 1 worker"):
        list(bx.pipeline().map(["x"], jobs=0))
    strict = bx.Pipeline([bx.boom], strict=True)
    with pytest.raises(ValueError, match="boom at 4"):
        list(strict.map(["fine"] * 40 + ["One BOOM"], jobs=2))
    lenient = bx.Pipeline([bx.boom])
    results = list(lenient.map(["fine"] * 40 + ["One BOOM"], jobs=2))
    assert [r.ok for r in results] == [True] * 40 + [False]
    assert results[-1].errors[0].message == "boom at 4"


@pytest.mark.parametrize("suffix", [".jsonl", ".jsonl.gz"])
def test_gzip_in_and_out_match_the_plain_single_process_run(tmp_path, suffix):
    lines = bx.corpus_lines(120)
    src = tmp_path / f"in{suffix}"
    write_corpus(src, lines)
    plain = tmp_path / "plain.jsonl"
    write_corpus(plain, lines)
    reference = tmp_path / "ref.jsonl"
    batch.run_file(str(plain), str(reference), pipeline=bx.pipeline(), jobs=1)
    out = tmp_path / f"out{suffix}"
    summary = batch.run_file(str(src), str(out), pipeline=bx.pipeline(), jobs=2)
    assert (summary.written, summary.bad, summary.resumed) == (120, 0, 0)
    if suffix.endswith(".gz"):
        assert out.read_bytes()[:2] == b"\x1f\x8b"
    assert [digest(r) for r in read_jsonl(out)] == [digest(r) for r in read_jsonl(reference)]
    assert len(read_jsonl(reference)) == 120


def test_malformed_lines_in_the_middle_of_a_big_file_are_skipped_in_place(tmp_path):
    lines = bx.corpus_lines(2000)
    broken = {500: '{"id": "x", "text": ', 1000: "not json at all", 1500: '{"id": "y"}'}
    for i, bad in broken.items():
        lines[i] = bad
    src = tmp_path / "big.jsonl"
    write_corpus(src, lines)
    out = tmp_path / "out.jsonl"
    errors: list[str] = []
    summary = batch.run_file(str(src), str(out), pipeline=bx.pipeline(), jobs=2, on_bad=lambda e: errors.append(str(e)))
    ids = [r["article"]["id"] for r in read_jsonl(out)]
    assert ids == [f"a{i}" for i in range(2000) if i not in broken]
    assert summary.bad == 3 and summary.written == 1997
    assert [e.split(":")[1] for e in errors] == ["501", "1001", "1501"]
    assert "malformed JSON" in errors[0] and "no string 'text'" in errors[2]

    with pytest.raises(InputError, match=r"big.jsonl:501: malformed JSON"):
        batch.run_file(str(src), str(out), pipeline=bx.pipeline(), jobs=2, strict=True)
    assert [r["article"]["id"] for r in read_jsonl(out)] == [f"a{i}" for i in range(500)]


def test_resume_output_cuts_an_unfinished_last_line_only(tmp_path):
    out = tmp_path / "out.jsonl"
    batch.run_file(_corpus(tmp_path, 5), str(out), pipeline=bx.pipeline(), jobs=1)
    whole = out.read_bytes()
    out.write_bytes(whole + b'{"tidings_version": "0.1.0", "article": {"id": "a5", "te')
    assert batch.resume_output(str(out)) == {f"a{i}": 1 for i in range(5)}
    assert out.read_bytes() == whole


def test_resume_output_refuses_a_file_that_is_not_tidings_output(tmp_path):
    out = tmp_path / "corpus.jsonl"
    content = b'{"id": "a", "text": "One."}\n{"id": "b", "text": "Tw'
    out.write_bytes(content)
    with pytest.raises(InputError, match=r"corpus.jsonl:1: not a tidings result line"):
        batch.resume_output(str(out))
    assert out.read_bytes() == content


def test_resume_output_of_a_gzip_cut_off_mid_stream_keeps_its_complete_lines(tmp_path):
    out = tmp_path / "out.jsonl.gz"
    batch.run_file(_corpus(tmp_path, 40), str(out), pipeline=bx.pipeline(), jobs=1)
    data = out.read_bytes()
    out.write_bytes(data[: len(data) * 2 // 3])  # what a killed writer leaves
    done = batch.resume_output(str(out))
    assert 0 < sum(done.values()) < 40
    kept = read_jsonl(out)  # the file is whole gzip again
    assert [r["article"]["id"] for r in kept] == [f"a{i}" for i in range(len(kept))]
    assert sum(done.values()) == len(kept)


def _corpus(tmp_path: Path, n: int, *, slow: bool = False, ids: bool = True) -> str:
    lines = bx.corpus_lines(n)
    if slow:
        lines = [line.replace('", "published"', ' Slowly.", "published"') for line in lines]
    if not ids:
        lines = [json.dumps({k: v for k, v in json.loads(line).items() if k != "id"}) for line in lines]
    src = tmp_path / "in.jsonl"
    write_corpus(src, lines)
    return str(src)


CRASHING_RUN = """
import sys
sys.path.insert(0, {tests!r})
import _batch_extractors as bx
from tidings import batch
batch.run_file({src!r}, {out!r}, pipeline=bx.pipeline(), jobs=2)
"""


@pytest.mark.parametrize(("name", "ids"), [("out.jsonl", True), ("out.jsonl.gz", True), ("out.jsonl", False)])
def test_resume_after_a_crash_mid_file_loses_and_repeats_nothing(tmp_path, name, ids):
    src = _corpus(tmp_path, 400, slow=True, ids=ids)
    reference = tmp_path / "ref.jsonl"
    batch.run_file(src, str(reference), pipeline=bx.pipeline(), jobs=1)
    out = tmp_path / name
    full = reference.read_bytes()
    quarter = len(gzip.compress(full) if name.endswith(".gz") else full) // 4
    script = CRASHING_RUN.format(tests=str(TESTS), src=src, out=str(out))
    proc = subprocess.Popen([sys.executable, "-c", script], start_new_session=True)
    try:
        while proc.poll() is None and (not out.exists() or out.stat().st_size < quarter):
            time.sleep(0.005)
    finally:
        os.killpg(proc.pid, signal.SIGKILL)  # the run and its workers die mid-file
        proc.wait()
    if name.endswith(".jsonl"):
        with open(out, "ab") as fh:  # and as if it died in the middle of a line
            fh.write(b'{"tidings_version": "0.1.0", "schema_version": "1.0", "article": {"id": "a3')
    summary = batch.run_file(src, str(out), pipeline=bx.pipeline(), jobs=2, resume=True)
    assert 0 < summary.resumed < 400
    assert summary.resumed + summary.written == 400
    assert [digest(r) for r in read_jsonl(out)] == [digest(r) for r in read_jsonl(reference)]


def test_resume_skips_repeated_ids_as_often_as_they_were_done(tmp_path):
    lines = [json.dumps({"id": "same", "text": f"Copy {i}"}) for i in range(3)]
    src = tmp_path / "in.jsonl"
    write_corpus(src, lines)
    out = tmp_path / "out.jsonl"
    batch.run_file(str(src), str(out), pipeline=bx.pipeline(), jobs=1)
    out.write_text(out.read_text().splitlines(keepends=True)[0])  # only the first copy was done
    summary = batch.run_file(str(src), str(out), pipeline=bx.pipeline(), jobs=1, resume=True)
    assert (summary.resumed, summary.written) == (1, 2)
    assert [r["article"]["text"] for r in read_jsonl(out)] == ["Copy 0", "Copy 1", "Copy 2"]


def test_resume_without_ids_knows_an_article_by_all_its_fields(tmp_path):
    records = [
        {"text": "Same text."},
        {"text": "Same text.", "published": "2026-01-28"},  # another article
        {"id": "x", "text": "Same text."},
        {"text": "Same text."},  # the first one again: done as often as it occurs
        {"text": "Other text."},
    ]
    src = tmp_path / "in.jsonl"
    write_corpus(src, [json.dumps(r) for r in records])
    out = tmp_path / "out.jsonl"
    batch.run_file(str(src), str(out), pipeline=bx.pipeline(), jobs=1)
    reference = out.read_text()
    lines = reference.splitlines(keepends=True)
    done = batch.resume_output(str(out))
    assert sorted(done.values()) == [1, 1, 1, 2] and done["x"] == 1
    for kept in range(len(lines) + 1):
        out.write_text("".join(lines[:kept]))
        summary = batch.run_file(str(src), str(out), pipeline=bx.pipeline(), jobs=1, resume=True)
        assert (summary.resumed, summary.written) == (kept, 5 - kept)
        assert out.read_text() == reference


def test_resume_needs_a_jsonl_file(tmp_path):
    src = tmp_path / "in.jsonl"
    write_corpus(src, [json.dumps({"text": "No id."})])
    with pytest.raises(InputError, match="--resume needs an output file"):
        batch.run_file(str(src), None, pipeline=bx.pipeline(), resume=True)


def test_text_that_utf8_cannot_carry_is_written_as_json_escapes(tmp_path):
    src = tmp_path / "in.jsonl"
    src.write_bytes(b'{"id": "s", "text": "Half \\ud800 a pair."}\n')
    out = tmp_path / "out.jsonl"
    assert batch.run_file(str(src), str(out), pipeline=bx.pipeline(), jobs=1).written == 1
    (record,) = read_jsonl(out)
    assert record["article"]["text"] == "Half \ud800 a pair."
    assert b"\\ud800" in out.read_bytes()


def test_progress_bar_shows_rate_and_time_left():
    stream = io.StringIO()
    bar = batch.Progress(stream, total=200, interval=0)
    bar.start -= 2.0  # two seconds in
    bar(50)
    line = stream.getvalue()
    assert line.startswith("\r[######..................]  25% 50/200  25.0 articles/s  6s left")
    unknown = batch.Progress(io.StringIO(), total=None, interval=0)
    unknown.start -= 4.0
    unknown(10)
    assert unknown.stream.getvalue().startswith("\r10 articles  2.5 articles/s")


def test_count_lines_counts_a_last_line_without_newline(tmp_path):
    path = tmp_path / "c.jsonl"
    path.write_bytes(b"a\nb\nc")
    assert batch.count_lines(str(path)) == 3
    path.write_bytes(b"a\nb\n")
    assert batch.count_lines(str(path)) == 2
    assert batch.count_lines(str(tmp_path / "c.jsonl.gz")) is None
    assert batch.count_lines(str(tmp_path / "missing.jsonl")) is None
