"""The ``tidings`` command: outputs, and one-line errors for every bad input."""

from __future__ import annotations

import gzip
import json
import subprocess
import sys
from pathlib import Path

import pytest

from tidings import Result
from tidings.cli import main

SEED = Path(__file__).resolve().parents[1] / "seeds" / "rt-putin-al-sharaa.txt"


def run(capsys, *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def test_extract_txt_as_table_and_json(capsys, tmp_path):
    code, out, err = run(capsys, "extract", str(SEED), "--published", "2026-01-28")
    assert code == 0 and err == ""
    assert out.startswith("rt-putin-al-sharaa  published 2026-01-28  2,338 characters")
    code, out, _ = run(
        capsys, "extract", str(SEED), "--published", "2026-01-28", "--format", "json",
        "--title", "T", "--source", "RT News", "--id", "seed",
    )
    r = Result.from_json(out)
    assert (r.article.id, r.article.title, r.article.source) == ("seed", "T", "RT News")
    assert r.article.text == SEED.read_text(encoding="utf-8")


def test_jsonl_streams_skips_bad_lines_and_keeps_good_ones(capsys, tmp_path):
    src = tmp_path / "in.jsonl"
    src.write_bytes(
        b'{"id": "a", "text": "One.", "published": "2026-01-01", "extra": 1}\n'
        b"{not json\n"
        b"\n"
        b'{"id": 7, "text": "Two."}\n'
        b'{"id": "c", "text": "caf\xe9"}\n'
        b'{"id": "d"}\n'
        b'{"id": "e", "text": "Three.", "published": "yesterday"}\n'
        b'{"id": "f", "text": "Four."}\n'
    )
    out_path = tmp_path / "out.jsonl"
    code, out, err = run(capsys, "extract", str(src), "-o", str(out_path), "--published", "2020-05-05")
    assert code == 1
    records = [json.loads(line) for line in out_path.read_text().splitlines()]
    assert [r["article"]["id"] for r in records] == ["a", "7", "f"]
    assert [r["article"]["published"] for r in records] == ["2026-01-01", "2020-05-05", "2020-05-05"]
    lines = err.strip().splitlines()
    assert f"{src}:2: malformed JSON" in lines[0]
    assert f"{src}:5: not UTF-8" in lines[1]
    assert f"{src}:6: record has no string 'text'" in lines[2]
    assert f"{src}:7:" in lines[3] and "published" in lines[3]
    assert lines[-1] == "tidings: 4 bad record(s) skipped"


def test_strict_stops_at_the_first_bad_line(capsys, tmp_path):
    src = tmp_path / "in.jsonl"
    src.write_text('{"id": "a", "text": "One."}\n[1, 2]\n{"id": "b", "text": "Two."}\n')
    out_path = tmp_path / "out.jsonl"
    code, _, err = run(capsys, "extract", str(src), "-o", str(out_path), "--strict")
    assert code == 2
    assert err.count("\n") == 1 and f"{src}:2: expected a JSON object" in err
    assert [json.loads(l)["article"]["id"] for l in out_path.read_text().splitlines()] == ["a"]


def test_gzip_in_and_out(capsys, tmp_path):
    src = tmp_path / "in.jsonl.gz"
    with gzip.open(src, "wt", encoding="utf-8") as fh:
        fh.write('{"id": "z", "text": "Zed."}\n')
    out_path = tmp_path / "out.jsonl.gz"
    assert run(capsys, "extract", str(src), "-o", str(out_path))[0] == 0
    with gzip.open(out_path, "rt", encoding="utf-8") as fh:
        assert json.loads(fh.readline())["article"]["id"] == "z"


@pytest.mark.parametrize(
    ("argv", "message"),
    [
        (["extract", "missing.txt"], "missing.txt: cannot open"),
        (["extract", str(SEED), "--published", "Jan 28"], "'Jan 28' is not an ISO 8601 date"),
        (["extract", str(SEED), "--format", "xml"], "invalid choice: 'xml'"),
        (["extract", str(SEED), "--only", "nope"], "no extractor named 'nope'"),
        (["evaluate", "missing.jsonl"], "missing.jsonl: cannot read gold file"),
        (["evaluate", str(SEED.with_suffix(".gold.json")), "--layers", "weather"], "unknown layer 'weather'"),
    ],
)
def test_bad_input_is_one_line_and_exit_2(capsys, argv, message):
    code, _, err = run(capsys, *argv)
    assert code == 2
    assert err.endswith("\n") and err.count("\n") == 1 and message in err


def test_non_utf8_text_file_names_file_and_line(capsys, tmp_path):
    bad = tmp_path / "latin1.txt"
    bad.write_bytes("First line\nCaf\xe9 au lait\n".encode("latin-1"))
    code, out, err = run(capsys, "extract", str(bad))
    assert code == 2 and out == ""
    assert err == f"tidings: error: {bad}:2: not UTF-8 (byte 14)\n"


def test_module_entry_point_prints_no_traceback(tmp_path):
    bad = tmp_path / "bad.txt"
    bad.write_bytes(b"\xff\xfe\x00")
    proc = subprocess.run([sys.executable, "-m", "tidings", "extract", str(bad)], capture_output=True, text=True)
    assert proc.returncode == 2
    assert "Traceback" not in proc.stderr and proc.stderr.count("\n") == 1


def test_plugins_command_lists_as_text_and_json(capsys):
    code, out, _ = run(capsys, "plugins", "--json")
    assert code == 0
    plugins = json.loads(out)
    assert all({"name", "version", "extractors", "builtin"} <= set(p) for p in plugins)
    code, text, _ = run(capsys, "plugins")
    for p in plugins:
        assert p["name"] in text
        for e in p["extractors"]:
            assert e["name"] in text


def test_evaluate_prints_scores_per_layer(capsys, tmp_path):
    gold = tmp_path / "g.jsonl"
    gold.write_text(json.dumps({"id": "g1", "text": "Nothing.", "layers": ["money"], "money": []}) + "\n")
    code, out, _ = run(capsys, "evaluate", str(gold), "--json")
    assert code == 0
    assert json.loads(out)["money"]["overlap"]["f1"] == 1.0
