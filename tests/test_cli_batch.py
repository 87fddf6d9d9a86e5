"""``tidings extract --jobs/--resume`` and ``tidings render`` from the command line."""

from __future__ import annotations

import io
import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from tidings import cli

TESTS = Path(__file__).resolve().parent
if str(TESTS) not in sys.path:
    sys.path.insert(0, str(TESTS))
import _batch_extractors as bx  # noqa: E402

SEED = TESTS.parent / "seeds" / "rt-putin-al-sharaa.txt"


@pytest.fixture
def test_pipeline(monkeypatch):
    """The CLI runs the small test pipeline instead of the installed extractors."""
    monkeypatch.setattr(cli, "_pipeline", lambda args: bx.pipeline(strict=args.strict))


@pytest.fixture
def corpus(tmp_path) -> Path:
    path = tmp_path / "corpus.jsonl"
    path.write_text("\n".join(bx.corpus_lines(50)) + "\n", encoding="utf-8")
    return path


def run(capsys, *argv: str) -> tuple[int, str, str]:
    code = cli.main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def ids_and_entities(path: Path) -> list[tuple]:
    records = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()]
    return [(r["article"]["id"], [(e["id"], e["text"]) for e in r["entities"]]) for r in records]


def test_jobs_two_writes_what_jobs_one_writes_and_is_quiet_off_a_terminal(capsys, tmp_path, corpus, test_pipeline):
    one, two = tmp_path / "one.jsonl", tmp_path / "two.jsonl"
    assert run(capsys, "extract", str(corpus), "-o", str(one), "--jobs", "1") == (0, "", "")
    assert run(capsys, "extract", str(corpus), "-o", str(two), "--jobs", "2") == (0, "", "")
    assert ids_and_entities(two) == ids_and_entities(one)
    assert [i for i, _ in ids_and_entities(two)] == [f"a{i}" for i in range(50)]


def test_progress_bar_on_a_terminal(tmp_path, corpus, test_pipeline):
    class Terminal(io.StringIO):
        def isatty(self) -> bool:
            return True

    err = Terminal()
    args = cli.build_parser().parse_args(["extract", str(corpus), "-o", str(tmp_path / "o.jsonl"), "--jobs", "2"])
    assert cli.cmd_extract(args, err) == 0
    last = err.getvalue().rsplit("\r", 1)[-1]
    assert last.startswith("[########################] 100% 50/50 ") and "articles/s" in last
    assert last.endswith("0s left\x1b[K\n")

    with corpus.open("a", encoding="utf-8") as fh:
        fh.write("{broken\n")
    err = Terminal()
    assert cli.cmd_extract(args, err) == 1
    shown = err.getvalue()
    message = f"\r\x1b[Ktidings: skipped {corpus}:51: malformed JSON"
    assert message in shown  # on a line of its own, the bar cleared first
    *_, bar, summary = shown.splitlines()
    assert bar.rsplit("\r", 1)[-1].startswith("[########################]  98% 50/51 ")
    assert summary == "tidings: 1 bad record(s) skipped"


def test_resume_finishes_an_interrupted_run(capsys, tmp_path, corpus, test_pipeline):
    full = tmp_path / "full.jsonl"
    assert run(capsys, "extract", str(corpus), "-o", str(full), "--jobs", "1")[0] == 0
    out = tmp_path / "out.jsonl"
    lines = full.read_text(encoding="utf-8").splitlines(keepends=True)
    out.write_text("".join(lines[:20]) + lines[20][:77], encoding="utf-8")  # died writing record 21
    code, stdout, err = run(capsys, "extract", str(corpus), "-o", str(out), "--jobs", "2", "--resume")
    assert (code, stdout) == (0, "")
    assert err == f"tidings: resumed after 20 article(s) already in {out}\n"
    assert ids_and_entities(out) == ids_and_entities(full)
    code, _, err = run(capsys, "extract", str(corpus), "-o", str(out), "--resume")
    assert code == 0 and err == f"tidings: resumed after 50 article(s) already in {out}\n"
    assert ids_and_entities(out) == ids_and_entities(full)


INTERRUPTED_RUN = """
import sys
sys.path.insert(0, {tests!r})
import _batch_extractors as bx
from tidings import cli
cli._pipeline = lambda args: bx.pipeline()
sys.exit(cli.main(["extract", {src!r}, "-o", {out!r}, "--jobs", "2"]))
"""


def test_ctrl_c_stops_cleanly_keeping_complete_lines_and_resume_does_the_rest(capsys, tmp_path, test_pipeline):
    lines = [line.replace('", "published"', ' Slowly.", "published"') for line in bx.corpus_lines(400)]
    src = tmp_path / "c.jsonl"
    src.write_text("\n".join(lines) + "\n", encoding="utf-8")
    out = tmp_path / "o.jsonl"
    script = INTERRUPTED_RUN.format(tests=str(TESTS), src=str(src), out=str(out))
    proc = subprocess.Popen([sys.executable, "-c", script], start_new_session=True, stderr=subprocess.PIPE, text=True)
    while proc.poll() is None and (not out.exists() or out.stat().st_size < 30_000):
        time.sleep(0.005)
    os.killpg(proc.pid, signal.SIGINT)  # Ctrl-C reaches the run and its workers
    _, stderr = proc.communicate(timeout=60)
    assert (proc.returncode, stderr) == (130, "")
    done = [json.loads(line)["article"]["id"] for line in out.read_text(encoding="utf-8").splitlines()]
    assert 0 < len(done) < 400 and done == [f"a{i}" for i in range(len(done))]
    code, _, err = run(capsys, "extract", str(src), "-o", str(out), "--jobs", "2", "--resume")
    assert code == 0 and err == f"tidings: resumed after {len(done)} article(s) already in {out}\n"
    assert [i for i, _ in ids_and_entities(out)] == [f"a{i}" for i in range(400)]


def test_bad_options_are_one_line_errors_with_status_2(capsys, tmp_path, corpus, test_pipeline):
    code, _, err = run(capsys, "extract", str(corpus), "--jobs", "0")
    assert code == 2 and err == "tidings extract: error: argument -j/--jobs: need at least 1 worker process, got 0\n"
    code, _, err = run(capsys, "extract", str(corpus), "--jobs", "many")
    assert code == 2 and "expected a number of worker processes, got 'many'" in err
    code, _, err = run(capsys, "extract", str(corpus), "--resume")
    assert (code, err) == (2, "tidings: error: --resume needs an output file (-o) in the jsonl format\n")
    not_ours = tmp_path / "notes.jsonl"
    not_ours.write_text('{"note": 1}\n', encoding="utf-8")
    code, _, err = run(capsys, "extract", str(corpus), "-o", str(not_ours), "--resume")
    assert (code, err) == (2, f"tidings: error: {not_ours}:1: not a tidings result line; not resuming into this file\n")
    assert not_ours.read_text(encoding="utf-8") == '{"note": 1}\n'


def test_bad_records_among_many_with_workers(capsys, tmp_path, test_pipeline):
    lines = bx.corpus_lines(300)
    lines[150] = "{oops"
    src = tmp_path / "c.jsonl"
    src.write_text("\n".join(lines) + "\n", encoding="utf-8")
    out = tmp_path / "o.jsonl.gz"
    code, _, err = run(capsys, "extract", str(src), "-o", str(out), "--jobs", "2")
    assert code == 1
    assert err.splitlines() == [
        f"tidings: skipped {src}:151: malformed JSON: Expecting property name enclosed in double quotes (column 2)",
        "tidings: 1 bad record(s) skipped",
    ]
    import gzip

    with gzip.open(out, "rt", encoding="utf-8") as fh:
        assert [json.loads(line)["article"]["id"] for line in fh] == [f"a{i}" for i in range(300) if i != 150]


def test_installed_pipeline_gives_the_same_output_with_one_or_two_jobs(tmp_path):
    text = SEED.read_text(encoding="utf-8")
    src = tmp_path / "seeds.jsonl"
    records = [{"id": f"s{i}", "text": text[: 400 * (i + 1)], "published": "2026-01-28"} for i in range(6)]
    src.write_text("".join(json.dumps(r) + "\n" for r in records), encoding="utf-8")
    outputs = []
    for jobs in ("1", "2"):
        out = tmp_path / f"out{jobs}.jsonl"
        done = subprocess.run(
            [sys.executable, "-m", "tidings", "extract", str(src), "-o", str(out), "--jobs", jobs],
            capture_output=True,
            text=True,
            timeout=120,
        )
        assert done.returncode == 0, done.stderr
        outputs.append(out.read_text(encoding="utf-8"))
    assert outputs[0] == outputs[1]
    assert [json.loads(line)["article"]["id"] for line in outputs[1].splitlines()] == [f"s{i}" for i in range(6)]


def test_render_writes_a_page_from_an_article_or_a_saved_result(capsys, tmp_path, corpus, test_pipeline):
    page = tmp_path / "page.html"
    assert run(capsys, "render", str(corpus), "--id", "a3", "-o", str(page)) == (0, "", "")
    html = page.read_text(encoding="utf-8")
    assert "<h1>a3</h1>" in html
    assert '<mark class="ent k-name" data-kind="name" data-id="name-0-7" id="e0" data-label="name"' in html

    saved = tmp_path / "result.json"
    article = tmp_path / "evil.txt"
    article.write_text('Ada wrote <script>alert("x")</script> 2 times.', encoding="utf-8")
    assert run(capsys, "extract", str(article), "--format", "json", "-o", str(saved))[0] == 0
    code, out, _ = run(capsys, "render", str(saved))
    assert code == 0 and out.startswith("<!DOCTYPE html>")
    assert '&lt;script&gt;alert("x")&lt;/script&gt;' in out and "<script>alert" not in out

    code, _, err = run(capsys, "render", str(corpus), "--id", "nope")
    assert (code, err) == (2, f"tidings: error: {corpus}: no article with id 'nope'\n")
    code, _, err = run(capsys, "render", str(tmp_path / "missing.txt"))
    assert code == 2 and err.startswith(f"tidings: error: {tmp_path / 'missing.txt'}: cannot open")


def test_render_picks_one_record_of_a_corpus_run_s_output_by_id_or_number(capsys, tmp_path, corpus, test_pipeline):
    for name, fmt in (("out.jsonl", "jsonl"), ("out.jsonl.gz", "jsonl"), ("out.json", "json")):
        out = tmp_path / name
        assert run(capsys, "extract", str(corpus), "--format", fmt, "-o", str(out))[0] == 0
        code, by_id, _ = run(capsys, "render", str(out), "--id", "a7")
        assert code == 0 and "<h1>a7</h1>" in by_id
        code, by_number, _ = run(capsys, "render", str(out), "--record", "8")
        assert code == 0 and by_number == by_id
        code, first, _ = run(capsys, "render", str(out))
        assert code == 0 and "<h1>a0</h1>" in first
        code, _, err = run(capsys, "render", str(out), "--record", "51")
        assert (code, err) == (2, f"tidings: error: {out}: no record 51; the file holds 50\n")
        code, _, err = run(capsys, "render", str(out), "--id", "a50")
        assert (code, err) == (2, f"tidings: error: {out}: no article with id 'a50'\n")


def test_a_saved_result_is_shown_as_it_is_not_run_again(capsys, tmp_path, corpus, test_pipeline, monkeypatch):
    out = tmp_path / "out.jsonl"
    assert run(capsys, "extract", str(corpus), "-o", str(out))[0] == 0
    monkeypatch.setattr(cli, "_pipeline", lambda args: bx.Pipeline([bx.boom], strict=True))
    code, page, _ = run(capsys, "render", str(out), "--record", "2")
    assert code == 0 and "<h1>a1</h1>" in page and 'data-kind="name"' in page


def test_render_by_number_counts_bad_and_id_less_records_and_reports_a_bad_one(capsys, tmp_path, test_pipeline):
    src = tmp_path / "mixed.jsonl"
    src.write_text('{"text": "Ada one."}\n\n{"text": "Bob two.", oops}\n{"text": "Cy three."}\n', encoding="utf-8")
    code, page, _ = run(capsys, "render", str(src), "--record", "3")
    assert code == 0 and " three." in page and " one." not in page and "<h1>Article</h1>" in page
    code, _, err = run(capsys, "render", str(src), "--record", "2")
    assert code == 2 and err.startswith(f"tidings: error: {src}:3: malformed JSON")
    code, page, _ = run(capsys, "render", str(src))
    assert code == 0 and " one." in page and " three." not in page


@pytest.mark.parametrize(
    ("argv", "message"),
    [
        (["--record", "0"], "argument --record: record numbers start at 1, got 0"),
        (["--record", "two"], "argument --record: expected a record number, got 'two'"),
        (["--record", "1", "--id", "a1"], "argument --id: not allowed with argument --record"),
    ],
)
def test_render_record_options_are_checked(capsys, corpus, argv, message):
    code, _, err = run(capsys, "render", str(corpus), *argv)
    assert (code, err) == (2, f"tidings render: error: {message}\n")
