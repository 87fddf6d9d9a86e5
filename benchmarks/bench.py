#!/usr/bin/env python3
"""Speed and memory of tidings — each installed extractor, the whole pipeline, batch
runs, the actor gazetteer — and of the peers the issues name, side by side in one run.

    python benchmarks/bench.py                   # everything installed; a text report
    python benchmarks/bench.py --quick           # a small subset: a smoke test
    python benchmarks/bench.py --only dates,money --json

Each system runs in a fresh worker process of its own (clean peak RSS), pinned to
one core and timed in CPU seconds, on the same articles in the same order: the dev sets' texts beside the
repository (``../shared/eval/*/*.jsonl``), de-duplicated and mixed, up to
``--max-chars`` characters, each system stopping early once its ``--seconds`` budget
is spent. Speed-ups are measured on the articles both systems processed. Peers are
optional (``pip install -e '.[bench]'``); one that is missing is skipped, with the
reason printed. See docs/benchmarks.md for the figures and how to read them.
"""

from __future__ import annotations

import argparse
import dataclasses
import datetime as dt
import importlib.metadata
import json
import os
import platform
import subprocess
import sys
import tempfile
from collections.abc import Sequence
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
if str(HERE) not in sys.path:  # the helper modules beside this script
    sys.path.insert(0, str(HERE))

import articles  # noqa: E402
import report  # noqa: E402
from measure import Options, System, Unavailable, peak_rss_mib, pin_to_one_core  # noqa: E402
from peers import PEERS  # noqa: E402
from systems import tidings_systems  # noqa: E402

DEFAULTS = {"max_chars": 300_000, "seconds": 20.0, "batch_articles": 2000}
QUICK = {"max_chars": 20_000, "seconds": 1.0, "batch_articles": 40}
QUOTES_GOLD = articles.DEV_SETS / "quotes" / "polnear_dev.jsonl"
#: Native libraries (BLAS, OpenMP) of the peers get one thread, like everything else.
ONE_THREAD = {name: "1" for name in ("OMP_NUM_THREADS", "OPENBLAS_NUM_THREADS", "MKL_NUM_THREADS")}


def parse_args(argv: Sequence[str] | None) -> argparse.Namespace:
    p = argparse.ArgumentParser(prog="bench.py", description=__doc__.split("\n\n")[0])
    p.add_argument("--quick", action="store_true",
                   help=f"a small subset ({QUICK['max_chars']} chars, {QUICK['seconds']} CPU s per system,"
                        f" {QUICK['batch_articles']} batch articles, no quote scoring)")
    p.add_argument("--only", metavar="GROUPS", type=lambda v: [n.strip() for n in v.split(",") if n.strip()],
                   help="comma-separated groups: extractor names, text, pipeline, batch, gazetteer")
    p.add_argument("--no-peers", dest="peers", action="store_false", help="measure tidings only")
    p.add_argument("--json", action="store_true", help="print the report as JSON")
    p.add_argument("--save", type=Path, metavar="JSON", help="also write the JSON report to this file")
    p.add_argument("--corpus", nargs="+", type=Path, metavar="JSONL",
                   help="article files (default: ../shared/eval/*/*.jsonl)")
    p.add_argument("--max-chars", type=int, help=f"characters of text per system (default {DEFAULTS['max_chars']})")
    p.add_argument("--seconds", type=float, help=f"CPU-time budget per system (default {DEFAULTS['seconds']})")
    p.add_argument("--batch-articles", type=int,
                   help=f"articles in each batch run (default {DEFAULTS['batch_articles']})")
    p.add_argument("--quotes-gold", type=Path, help=f"quote gold file scored for quality (default {QUOTES_GOLD})")
    p.add_argument("--timeout", type=float, default=900, help="seconds before a worker is stopped (default 900)")
    p.add_argument("--worker", help=argparse.SUPPRESS)
    p.add_argument("--job", type=Path, help=argparse.SUPPRESS)
    p.add_argument("--out", type=Path, help=argparse.SUPPRESS)
    args = p.parse_args(argv)
    for key, value in (QUICK if args.quick else DEFAULTS).items():
        if getattr(args, key) is None:
            setattr(args, key, value)
    if args.quotes_gold is None and not args.quick and QUOTES_GOLD.exists():
        args.quotes_gold = QUOTES_GOLD
    return args


# --- inside a worker process -------------------------------------------------------------


def catalogue(steps: Sequence[str], peers: bool = True) -> list[System]:
    """Every system there is to measure, given the installed extractors' names: each
    tidings system followed by its peers (measured next to it, shown next to it)."""
    return [
        system
        for own in tidings_systems(steps)
        for system in (own, *(p for p in PEERS if peers and p.group == own.group))
    ]


def work(name: str, job_path: Path, out_path: Path) -> None:
    """Measure one system (a worker process) and write its figures as JSON."""
    job = json.loads(job_path.read_text(encoding="utf-8"))
    system = {s.name: s for s in catalogue(job["steps"])}[name]
    if system.pinned:
        pin_to_one_core()
    docs = job["articles"]
    try:
        figures = system.measure(docs, Options(**job["options"]))
    except Unavailable as exc:
        figures = {"status": "skipped", "reason": str(exc)}
    else:
        figures.setdefault("peak_rss_mib", peak_rss_mib())
        if "articles" in figures:
            figures.setdefault("chars", articles.characters(docs[: figures["articles"]]))
    out_path.write_text(json.dumps(figures), encoding="utf-8")


# --- the parent ---------------------------------------------------------------------------


def installed_steps() -> list[str]:
    """Names of the installed extractors, in pipeline order."""
    import tidings

    try:
        return [step.name for step in tidings.Pipeline().steps]
    except Exception as exc:  # a plugin that fails to import, or a need nobody produces
        raise SystemExit(
            f"bench.py: cannot build the pipeline of the installed extractors: {type(exc).__name__}: {exc}"
        ) from None


def plan(steps: Sequence[str], only: Sequence[str] | None, peers: bool) -> list[System]:
    """The systems to measure: tidings' and, unless ``peers`` is false, the peers of
    the extractors that are installed; ``only`` keeps some groups."""
    systems = catalogue(steps, peers)
    groups = {s.group for s in systems}
    if only:
        unknown = sorted(set(only) - groups)
        if unknown:
            raise SystemExit(f"bench.py: no group {unknown[0]!r}; groups: {', '.join(sorted(groups))}")
        systems = [s for s in systems if s.group in only]
    return systems


def measure(system: System, job_path: Path, timeout: float) -> dict[str, Any]:
    """Run one system's worker process and return its figures (or why it failed)."""
    with tempfile.TemporaryDirectory() as tmp:
        out = Path(tmp) / "figures.json"
        command = [sys.executable, str(Path(__file__).resolve()), "--worker", system.name,
                   "--job", str(job_path), "--out", str(out)]
        try:
            done = subprocess.run(command, capture_output=True, text=True, timeout=timeout,
                                  env={**os.environ, **ONE_THREAD})
        except subprocess.TimeoutExpired:
            return {"status": "failed", "reason": f"still running after {timeout:.0f} s"}
        if done.returncode != 0 or not out.exists():
            last = (done.stderr.strip().splitlines() or ["no message"])[-1]
            return {"status": "failed", "reason": f"worker exited {done.returncode}: {last}"}
        return json.loads(out.read_text(encoding="utf-8"))


def environment() -> dict[str, Any]:
    """Where the figures were measured."""
    cpu = platform.processor() or platform.machine()
    try:
        with open("/proc/cpuinfo") as info:
            cpu = next(line.split(":", 1)[1].strip() for line in info if line.startswith("model name"))
    except (OSError, StopIteration):
        pass
    try:
        commit = subprocess.run(["git", "rev-parse", "--short", "HEAD"], cwd=HERE, capture_output=True,
                                text=True, timeout=10).stdout.strip() or "?"
    except (OSError, subprocess.SubprocessError):
        commit = "?"
    return {
        "date": dt.datetime.now(dt.timezone.utc).strftime("%Y-%m-%d %H:%M UTC"),
        "tidings": importlib.metadata.version("tidings"),
        "commit": commit,
        "python": platform.python_version(),
        "platform": platform.platform(terse=True),
        "cpu": cpu,
        "cores": os.cpu_count(),
        "load_average": [round(x, 2) for x in os.getloadavg()] if hasattr(os, "getloadavg") else None,
    }


def build_report(
    args: argparse.Namespace,
    where: dict[str, Any],
    files: Sequence[Path],
    docs: Sequence[articles.Doc],
    steps: Sequence[str],
    systems: Sequence[System],
    figures: dict[str, dict[str, Any]],
) -> dict[str, Any]:
    """The whole report (the form ``--json`` prints)."""
    compared = report.comparisons(systems, figures, docs)
    return {
        "environment": where,
        "settings": {"quick": args.quick, "seconds": args.seconds, "max_chars": args.max_chars,
                     "batch_articles": args.batch_articles, "only": args.only, "peers": args.peers,
                     "quotes_gold": str(args.quotes_gold) if args.quotes_gold else None},
        "corpus": {"articles": len(docs), "chars": articles.characters(docs),
                   "sources": [Path(f).name for f in files]},
        "systems": [report.row(s, figures[s.name]) for s in systems],
        "comparisons": compared,
        "targets": report.targets(compared, figures),
        "step_share": report.step_share(steps, figures),
        "quality": {name: f["quality"] for name, f in figures.items() if f.get("quality")},
    }


def main(argv: Sequence[str] | None = None) -> int:
    args = parse_args(argv)
    if args.worker:
        work(args.worker, args.job, args.out)
        return 0
    files = args.corpus or articles.dev_set_files()
    if not files:
        raise SystemExit(f"bench.py: no articles: {articles.DEV_SETS} has no */*.jsonl; pass --corpus")
    docs = articles.within(articles.mixed(articles.unique(articles.read(files))), args.max_chars)
    steps = installed_steps()
    systems = plan(steps, args.only, args.peers)
    options = Options(seconds=args.seconds, batch_articles=args.batch_articles,
                      quotes_gold=str(args.quotes_gold) if args.quotes_gold else None)
    where = environment()
    figures: dict[str, dict[str, Any]] = {}
    with tempfile.TemporaryDirectory() as tmp:
        job = Path(tmp) / "job.json"
        job.write_text(json.dumps({"steps": steps, "articles": docs, "options": dataclasses.asdict(options)}),
                       encoding="utf-8")
        for i, system in enumerate(systems, 1):
            print(f"[{i}/{len(systems)}] {system.name} ...", file=sys.stderr, flush=True)
            figures[system.name] = measure(system, job, args.timeout)
    result = build_report(args, where, files, docs, steps, systems, figures)
    if args.save:
        args.save.write_text(json.dumps(result, indent=2) + "\n", encoding="utf-8")
    sys.stdout.write(json.dumps(result, indent=2) + "\n" if args.json else report.format_text(result))
    return 1 if any(r["status"] == "failed" for r in result["systems"]) else 0


if __name__ == "__main__":
    sys.exit(main())
