"""The ``tidings`` command: parses arguments, calls the library, prints.

Errors at the edges (missing file, bad UTF-8, malformed JSON line, bad option)
print one line naming what and where and exit with status 2; in a batch a bad
record is reported and skipped (exit status 1 at the end) unless ``--strict``.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Callable, Sequence
from typing import IO

from . import batch, corpus, evaluate as evaluation, render
from .errors import InputError, TidingsError
from .model import parse_published
from .pipeline import Pipeline
from .plugins import list_plugins
from .serialize import TIDINGS_VERSION

EXIT_OK, EXIT_RECORD_ERRORS, EXIT_USAGE = 0, 1, 2


def _names(value: str) -> list[str]:
    return [n.strip() for n in value.split(",") if n.strip()]


def _published(value: str):
    try:
        return parse_published(value)
    except TidingsError as exc:
        raise argparse.ArgumentTypeError(str(exc)) from None


class _Parser(argparse.ArgumentParser):
    """argparse, but a usage error is one line and exit status 2."""

    def error(self, message: str) -> None:  # type: ignore[override]
        self.exit(EXIT_USAGE, f"{self.prog}: error: {message}\n")


def build_parser() -> argparse.ArgumentParser:
    parser = _Parser(prog="tidings", description="Turn news articles into structured facts.")
    parser.add_argument("--version", action="version", version=f"tidings {TIDINGS_VERSION}")
    sub = parser.add_subparsers(dest="command", required=True)

    ex = sub.add_parser("extract", help="extract entities and events from a .txt article or a .jsonl corpus")
    ex.add_argument("path", help="a .txt file (one article), a .jsonl[.gz] file (one article a line) or - for stdin")
    ex.add_argument("--published", type=_published, help="publication date (ISO 8601) for articles without one")
    ex.add_argument("--title", help="title of a single .txt article")
    ex.add_argument("--source", help="source of a single .txt article")
    ex.add_argument("--id", dest="article_id", help="id of a single .txt article (default: the file name)")
    ex.add_argument("--jsonl", action="store_true", help="read the input as JSONL whatever its name (e.g. stdin)")
    ex.add_argument("--format", choices=("table", "json", "jsonl"), help="default: table for one article, jsonl for a corpus")
    ex.add_argument("-o", "--output", help="write here instead of standard output (.gz compresses)")
    ex.add_argument("-j", "--jobs", type=_jobs, default=None, help="worker processes for a corpus (default: the CPU count)")
    ex.add_argument("--resume", action="store_true", help="keep the records already in -o and skip their articles "
                    "(by id; an article without one by all its fields)")
    _pipeline_options(ex)

    rd = sub.add_parser("render", help="write an HTML page showing an article's extractions")
    rd.add_argument("path", help="a .txt article, or a .jsonl[.gz] or .json file of articles or of results saved by extract")
    rd.add_argument("-o", "--output", help="write the page here instead of standard output")
    which = rd.add_mutually_exclusive_group()
    which.add_argument("--id", dest="article_id", metavar="ID", help="the article with this id (default: the first good record)")
    which.add_argument("--record", type=_record_number, metavar="N", help="the N-th record of the file, from 1 (a line of a .jsonl)")
    rd.add_argument("--published", type=_published, help="publication date (ISO 8601) for an article without one")
    _pipeline_options(rd)

    pl = sub.add_parser("plugins", help="list installed plugins and their extractors")
    pl.add_argument("--json", action="store_true", help="print JSON")

    ev = sub.add_parser("evaluate", help="score the pipeline on gold files in the GUIDELINES format")
    ev.add_argument("gold", nargs="+", help="gold .jsonl (or .json) files")
    ev.add_argument("--layers", type=_names, help=f"comma-separated subset of: {', '.join(evaluation.LAYERS)}")
    ev.add_argument("--json", action="store_true", help="print the scores as JSON")
    ev.add_argument("--errors", type=int, default=0, metavar="N", help="also list up to N misses per layer")
    _pipeline_options(ev)
    return parser


def _pipeline_options(p: argparse.ArgumentParser) -> None:
    p.add_argument("--only", type=_names, help="run only these extractors (comma-separated names)")
    p.add_argument("--disable", type=_names, default=[], help="skip these extractors (comma-separated names)")
    p.add_argument("--enable", type=_names, default=[], help="also run these optional extractors (comma-separated names)")
    p.add_argument("--strict", action="store_true", help="stop at the first bad record or failing extractor")


def _pipeline(args: argparse.Namespace) -> Pipeline:
    return Pipeline(select=args.only, disable=args.disable, enable=args.enable, strict=args.strict)


def _at_least_one(noun: str, too_small: str) -> Callable[[str], int]:
    """An argparse type for a whole number from 1: ``noun`` names what is expected
    when the value is no number, ``too_small`` says what is wrong with 0 or less."""

    def parse(value: str) -> int:
        try:
            number = int(value)
        except ValueError:
            raise argparse.ArgumentTypeError(f"expected {noun}, got {value!r}") from None
        if number < 1:
            raise argparse.ArgumentTypeError(f"{too_small}, got {number}")
        return number

    return parse


_record_number = _at_least_one("a record number", "record numbers start at 1")
_jobs = _at_least_one("a number of worker processes", "need at least 1 worker process")


def cmd_extract(args: argparse.Namespace, err: IO[str]) -> int:
    jsonl = True if args.jsonl else None
    many = args.jsonl or corpus.is_jsonl(args.path)
    fields = {k: v for k, v in (("published", args.published),) if v is not None}
    if not many:
        fields.update({k: v for k, v in (("title", args.title), ("source", args.source), ("id", args.article_id)) if v})
    fmt = args.format or ("jsonl" if many else "table")
    progress = None
    to_terminal = args.output in (None, "-") and sys.stdout.isatty()
    if many and err.isatty() and not to_terminal:
        progress = batch.Progress(err, total=batch.count_lines(args.path))
    note = progress.note if progress is not None else (lambda line: print(line, file=err))
    try:
        summary = batch.run_file(
            args.path,
            args.output,
            pipeline=_pipeline(args),
            jobs=args.jobs if many else 1,
            fmt=fmt,
            resume=args.resume,
            strict=args.strict,
            jsonl=jsonl,
            on_bad=lambda error: note(f"tidings: skipped {error}"),
            on_progress=progress,
            **fields,
        )
    finally:
        if progress is not None:
            progress.close()
    if summary.resumed:
        print(f"tidings: resumed after {summary.resumed} article(s) already in {args.output}", file=err)
    if summary.bad:
        print(f"tidings: {summary.bad} bad record(s) skipped", file=err)
    return EXIT_RECORD_ERRORS if summary.bad else EXIT_OK


def cmd_render(args: argparse.Namespace) -> int:
    result = render.load_result(
        args.path, record_id=args.article_id, record=args.record, pipeline=_pipeline(args), published=args.published
    )
    page = render.render_html(result)
    if args.output in (None, "-"):
        sys.stdout.write(page)
        return EXIT_OK
    try:
        with open(args.output, "w", encoding="utf-8") as fh:
            fh.write(page)
    except OSError as exc:
        raise InputError(f"{args.output}: cannot write ({exc.strerror or exc})") from None
    return EXIT_OK


def cmd_plugins(args: argparse.Namespace, out: IO[str]) -> int:
    plugins = list_plugins()
    if args.json:
        out.write(json.dumps(plugins, indent=2) + "\n")
        return EXIT_OK
    for p in plugins:
        tag = " (built-in)" if p["builtin"] else ""
        out.write(f"{p['name']} {p['version']}{tag}  [{p['module']}]\n")
        for e in p["extractors"]:
            needs = ", ".join(e["needs"]) or "-"
            opt = "  (optional: --enable " + e["name"] + ")" if e["optional"] else ""
            out.write(f"  {e['name']:<16} needs: {needs:<24} produces: {', '.join(e['produces'])}{opt}\n")
    if not plugins:
        out.write("no plugins installed\n")
    return EXIT_OK


def cmd_evaluate(args: argparse.Namespace, out: IO[str]) -> int:
    pipeline = _pipeline(args)
    docs = (doc for path in args.gold for doc in evaluation.read_gold(path))
    scores = evaluation.evaluate(docs, pipeline, args.layers)
    if args.json:
        out.write(json.dumps({k: v.to_dict() for k, v in scores.items()}, indent=2) + "\n")
    else:
        out.write(evaluation.format_scores(scores) + "\n")
    for layer, score in scores.items():
        for miss in score.misses[: args.errors]:
            out.write(f"{layer}: {json.dumps(miss, ensure_ascii=False)}\n")
    return EXIT_OK


def main(argv: Sequence[str] | None = None) -> int:
    """Entry point of the ``tidings`` command; returns the exit status."""
    parser = build_parser()
    try:
        args = parser.parse_args(argv)
    except SystemExit as exc:  # usage errors, --help, --version
        return int(exc.code or 0)
    try:
        if args.command == "extract":
            return cmd_extract(args, sys.stderr)
        if args.command == "render":
            return cmd_render(args)
        if args.command == "plugins":
            return cmd_plugins(args, sys.stdout)
        return cmd_evaluate(args, sys.stdout)
    except TidingsError as exc:
        print(f"tidings: error: {exc}", file=sys.stderr)
        return EXIT_USAGE
    except BrokenPipeError:
        return EXIT_OK
    except KeyboardInterrupt:
        return 130


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
