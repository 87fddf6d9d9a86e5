"""Batch runs over a corpus: a pool of worker processes, results in input order,
constant memory, resumable output.

Each worker builds the pipeline once (it arrives pickled, by module reference, in
the pool's initializer); the input is cut into chunks and at most a few chunks per
worker are in flight at a time, so a corpus of any size streams through in
constant memory and comes out in the order it went in.

>>> from tidings import Pipeline, Entity, Span, extractor
>>> @extractor(name="caps", produces={"caps"})
... def caps(ctx):
...     return [Entity(kind="caps", span=Span(0, 3), text=ctx.text[:3])]
>>> [r.entities[0].text for r in imap(Pipeline([caps]), ["One.", "Two.", "Six."], jobs=1)]
['One', 'Two', 'Six']

Output written by :func:`run_file` is one complete JSON line per article, flushed
as it is written; :func:`resume_output` reads back what a previous run finished
(the :func:`resume_key` of each article), cutting off a last line that a crash
left unfinished.
"""

from __future__ import annotations

import collections
import functools
import gzip
import hashlib
import io
import json
import multiprocessing
import os
import signal
import sys
import threading
import time
import zlib
from collections.abc import Callable, Iterable, Iterator, Mapping
from concurrent.futures import Future, ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from typing import IO, Any, TypeVar, Union

import attrs

from . import corpus
from .errors import InputError, TidingsError
from .model import Article, Result
from .pipeline import Pipeline
from .serialize import article_to_dict, dumps
from .table import format_table

T = TypeVar("T")
R = TypeVar("R")

#: Articles sent to a worker at a time: large enough that the per-task overhead is
#: small, small enough that the workers stay evenly loaded.
CHUNKSIZE = 16

#: Chunks in flight per worker: bounds memory while keeping every worker busy.
CHUNKS_AHEAD = 4

#: Output formats :func:`run_file` writes.
FORMATS = ("jsonl", "json", "table")


def default_jobs() -> int:
    """The number of CPUs this process may use (at least 1)."""
    try:
        return max(1, len(os.sched_getaffinity(0)))
    except AttributeError:  # not on Linux
        return os.cpu_count() or 1


def _context(start_method: str | None) -> Any:
    """A multiprocessing context: ``fork`` (fast, workers inherit the loaded
    plugins) when this process runs a single thread, else ``forkserver`` (forking
    a threaded process can deadlock), else the platform's default;
    ``start_method`` overrides."""
    if start_method is None:
        available = multiprocessing.get_all_start_methods()
        wanted = "fork" if threading.active_count() == 1 else "forkserver"
        start_method = wanted if wanted in available else None
    return multiprocessing.get_context(start_method)


# State of one worker process, set once by the pool's initializer.
_worker_pipeline: Pipeline | None = None
_worker_step: Callable[[Pipeline, Any], Any] | None = None


def _init_worker(pipeline: Pipeline, step: Callable[[Pipeline, Any], Any]) -> None:
    global _worker_pipeline, _worker_step
    _worker_pipeline, _worker_step = pipeline, step
    # Ctrl-C reaches the whole process group: the parent stops the pool, cleanly.
    signal.signal(signal.SIGINT, signal.SIG_IGN)


def _run_chunk(items: list[Any]) -> list[Any]:
    assert _worker_pipeline is not None and _worker_step is not None
    return [_worker_step(_worker_pipeline, item) for item in items]


def _chunks(items: Iterable[T], size: int) -> Iterator[list[T]]:
    chunk: list[T] = []
    for item in items:
        chunk.append(item)
        if len(chunk) == size:
            yield chunk
            chunk = []
    if chunk:
        yield chunk


def _run(pipeline: Pipeline, article: Article | str) -> Result:
    return pipeline(article)


def imap(
    pipeline: Pipeline,
    items: Iterable[Any],
    *,
    jobs: int | None = None,
    step: Callable[[Pipeline, Any], R] = _run,  # type: ignore[assignment]
    chunksize: int = CHUNKSIZE,
    start_method: str | None = None,
) -> Iterator[R]:
    """``step(pipeline, item)`` for each item, computed by ``jobs`` worker
    processes (default: the CPU count), yielded lazily in input order.

    The default step runs the pipeline on an article (an :class:`Article` or a
    string) and yields its :class:`Result`. ``step`` must be a module-level
    function, and the pipeline's extractors too: both are sent to the workers by
    reference. With ``jobs=1`` everything runs in this process. Closing the
    iterator early stops the workers (after the chunks they are on). A worker
    that dies, or cannot start, raises :class:`~tidings.TidingsError`.
    """
    jobs = default_jobs() if jobs is None else jobs
    if jobs < 1:
        raise InputError(f"jobs: need at least 1 worker, got {jobs}")
    if jobs == 1:
        for item in items:
            yield step(pipeline, item)
        return
    ahead = jobs * CHUNKS_AHEAD
    context = _context(start_method)
    pool = ProcessPoolExecutor(jobs, mp_context=context, initializer=_init_worker, initargs=(pipeline, step))
    pending: collections.deque[Future[list[R]]] = collections.deque()
    try:
        for chunk in _chunks(items, chunksize):
            pending.append(pool.submit(_run_chunk, chunk))
            if len(pending) >= ahead:
                yield from pending.popleft().result()
        while pending:
            yield from pending.popleft().result()
    except BrokenProcessPool:
        raise TidingsError(
            f"a worker process died or could not start (start method {context.get_start_method()!r}); "
            "its error is above. Extractors must be module-level functions of importable modules"
        ) from None
    finally:
        pool.shutdown(wait=True, cancel_futures=True)


# -- running a corpus file ---------------------------------------------------


@attrs.frozen
class Outcome:
    """What became of one input record: its output text, or its error."""

    where: str
    output: str | None = None
    error: InputError | None = None


def _format(fmt: str, result: Result) -> str:
    if fmt == "table":
        return format_table(result)
    return dumps(result, indent=2) if fmt == "json" else dumps(result)


def _encodable(text: str) -> str:
    """``text`` with lone surrogates (from ``\\ud800`` escapes in the input JSON),
    which UTF-8 cannot carry, written as the same JSON escapes."""
    try:
        text.encode("utf-8")
    except UnicodeEncodeError:
        return text.encode("utf-8", "backslashreplace").decode("utf-8")
    return text


def _outcome(fmt: str, pipeline: Pipeline, record: corpus.Record) -> Outcome:
    if record.article is None:
        return Outcome(record.where, error=record.error)
    result = pipeline(record.article)
    return Outcome(record.where, output=_encodable(_format(fmt, result)))


@attrs.define
class Summary:
    """Counts of a :func:`run_file` run."""

    written: int = 0
    resumed: int = 0
    bad: int = 0
    seconds: float = 0.0

    @property
    def rate(self) -> float:
        """Articles written per second."""
        return self.written / self.seconds if self.seconds > 0 else 0.0


def run_file(
    path: str,
    output: str | None = None,
    /,
    *,
    pipeline: Pipeline | None = None,
    jobs: int | None = None,
    fmt: str = "jsonl",
    resume: bool = False,
    strict: bool = False,
    jsonl: bool | None = None,
    on_bad: Callable[[InputError], None] | None = None,
    on_progress: Callable[[int], None] | None = None,
    start_method: str | None = None,
    **fields: Any,
) -> Summary:
    """Run ``pipeline`` (default: every installed extractor) over the articles of
    ``path`` (a ``.txt`` article or a ``.jsonl[.gz]`` corpus, ``-`` for stdin)
    and write one result per article to ``output`` (``.gz`` compresses; ``None``
    or ``-`` is standard output), in input order.

    ``resume`` keeps what ``output`` already holds and skips those articles (by
    :func:`resume_key`: the id, or the whole article when it has none). A bad
    record is passed to ``on_bad`` and skipped, or raised when ``strict``.
    ``on_progress(n)`` is called with the count of written articles. Keyword
    arguments are Article fields for records that lack them (``published=…``,
    ``source=…``).
    """
    if fmt not in FORMATS:
        raise InputError(f"format: expected one of {', '.join(FORMATS)}, got {fmt!r}")
    pipeline = pipeline if pipeline is not None else Pipeline()
    summary = Summary()
    start = time.perf_counter()
    done: collections.Counter[ResumeKey] = collections.Counter()
    if resume:
        if output in (None, "-") or fmt != "jsonl":
            raise InputError("--resume needs an output file (-o) in the jsonl format")
        done = resume_output(output)
        summary.resumed = sum(done.values())
    records = corpus.read_articles(path, jsonl=jsonl, **fields)
    if done:
        records = _skip_done(records, done)
    step = functools.partial(_outcome, fmt)
    out = open_output(output, append=resume)
    try:
        for outcome in imap(pipeline, records, jobs=jobs, step=step, start_method=start_method):
            if outcome.error is not None:
                if strict:
                    raise outcome.error
                summary.bad += 1
                if on_bad is not None:
                    on_bad(outcome.error)
                continue
            if fmt == "table" and summary.written:
                out.write("\n\n")
            out.write(outcome.output + "\n")
            out.flush()
            summary.written += 1
            if on_progress is not None:
                on_progress(summary.written)
    finally:
        summary.seconds = time.perf_counter() - start
        if out is not sys.stdout:
            out.close()
    return summary


def _skip_done(records: Iterable[corpus.Record], done: collections.Counter[ResumeKey]) -> Iterator[corpus.Record]:
    """Records minus those already done; a key done twice is skipped twice. Once
    all are skipped, the rest pass untouched (no key computed)."""
    left = sum(done.values())
    for record in records:
        if left and record.article is not None:
            key = record.article.id if record.article.id is not None else resume_key(article_to_dict(record.article))
            if done[key] > 0:
                done[key] -= 1
                left -= 1
                continue
        yield record


def open_output(path: str | None, *, append: bool = False) -> IO[str]:
    """A text stream for results, like :func:`tidings.corpus.open_output`, that
    appends when ``append`` (a gzip file gets a new member, which readers join)."""
    if not append or path in (None, "-"):
        return corpus.open_output(path)
    try:
        if path.endswith(".gz"):
            return _gzip_text(path, "ab")
        return open(path, "a", encoding="utf-8")
    except OSError as exc:
        raise InputError(f"{path}: cannot write ({exc.strerror or exc})") from None


def _gzip_text(path: str, mode: str) -> IO[str]:
    return io.TextIOWrapper(gzip.open(path, mode), encoding="utf-8")


# -- resuming ------------------------------------------------------------------

#: What a resume knows a finished article by (see :func:`resume_key`).
ResumeKey = Union[str, tuple[str, str]]


def resume_key(article: Mapping[str, Any]) -> ResumeKey:
    """The key a resume matches an article by, from its JSON form (the ``article``
    of a result line): its id; for an article without one, ``("article", digest)``
    of all its fields (text, title, published…), which no id can equal. The same
    input record run with the same options has the same key in every run.

    >>> resume_key({"id": "a1", "text": "One."})
    'a1'
    >>> resume_key({"id": None, "text": "One."}) == resume_key({"id": None, "text": "One."})
    True
    >>> resume_key({"id": None, "text": "One."}) == resume_key({"id": None, "text": "Two."})
    False
    """
    article_id = article.get("id")
    if isinstance(article_id, str):
        return article_id
    blob = json.dumps(article, sort_keys=True, ensure_ascii=True).encode("ascii")
    return ("article", hashlib.blake2b(blob, digest_size=16).hexdigest())


def resume_output(path: str) -> collections.Counter[ResumeKey]:
    """The :func:`resume_key` of each complete record in ``path`` (with their
    counts), a JSONL output of an earlier run; prepares the file for appending.

    A last line without its newline (the run stopped while writing it) is cut
    off, as is the damaged end of a gzip file; everything before is kept. A
    complete line that is not a tidings result raises :class:`InputError` and
    leaves the file untouched: it is not ours to cut.
    """
    if not os.path.exists(path):
        return collections.Counter()
    done: collections.Counter[ResumeKey] = collections.Counter()
    kept = 0  # bytes of complete lines (of decompressed text, for gzip)
    damaged = False
    try:
        with _open_read(path) as fh:
            for lineno, raw in enumerate(fh, 1):
                if not raw.endswith(b"\n"):
                    damaged = True
                    break
                done[_result_key(raw, f"{path}:{lineno}")] += 1
                kept += len(raw)
    except (EOFError, zlib.error, gzip.BadGzipFile):
        damaged = True
    except OSError as exc:
        raise InputError(f"{path}: cannot read ({exc.strerror or exc})") from None
    if damaged:
        _cut(path, kept)
    return done


def _open_read(path: str) -> IO[bytes]:
    return gzip.open(path, "rb") if path.endswith(".gz") else open(path, "rb")


def _result_key(raw: bytes, where: str) -> ResumeKey:
    try:
        article = json.loads(raw)["article"]
        ok = isinstance(article["text"], str) and isinstance(article["id"], (str, type(None)))
    except (ValueError, KeyError, TypeError):
        ok = False
    if not ok:
        raise InputError(f"{where}: not a tidings result line; not resuming into this file")
    return resume_key(article)


def _cut(path: str, size: int) -> None:
    """Keep the first ``size`` bytes of ``path`` (decompressed bytes for gzip)."""
    if not path.endswith(".gz"):
        os.truncate(path, size)
        return
    tmp = f"{path}.resume-tmp"
    with _open_read(path) as src, gzip.open(tmp, "wb") as dst:
        left = size
        while left:
            block = src.read(min(left, 1 << 16))
            dst.write(block)
            left -= len(block)
    os.replace(tmp, path)


# -- progress --------------------------------------------------------------------


def count_lines(path: str) -> int | None:
    """Lines in an uncompressed file, counted fast; None for stdin, gzip or a
    file that cannot be read (reading it properly will say why)."""
    if path == "-" or path.endswith(".gz"):
        return None
    n = 0
    last = b"\n"
    try:
        with open(path, "rb") as fh:
            for block in iter(functools.partial(fh.read, 1 << 20), b""):
                n += block.count(b"\n")
                last = block[-1:]
    except OSError:
        return None
    return n + (last != b"\n")


class Progress:
    """A progress bar on one terminal line: count, articles/s and, when the total
    is known, a bar and the time left. Redrawn at most every ``interval`` seconds.

    >>> import io
    >>> out = io.StringIO()
    >>> bar = Progress(out, total=4, interval=0)
    >>> bar(1)
    >>> "1/4" in out.getvalue() and "25%" in out.getvalue()
    True
    """

    WIDTH = 24

    def __init__(self, stream: IO[str], *, total: int | None = None, interval: float = 0.2) -> None:
        self.stream = stream
        self.total = total
        self.interval = interval
        self.start = self.last = time.perf_counter()
        self.count = 0

    def __call__(self, count: int) -> None:
        self.count = count
        now = time.perf_counter()
        if now - self.last >= self.interval:
            self.last = now
            self.stream.write("\r" + self.line(now) + "\x1b[K")
            self.stream.flush()

    def line(self, now: float) -> str:
        """The text of the bar at time ``now``."""
        elapsed = max(now - self.start, 1e-9)
        rate = self.count / elapsed
        counts = f"{self.count:,} articles  {rate:,.1f} articles/s"
        if not self.total:
            return counts
        done = min(self.count / self.total, 1.0)
        fill = round(done * self.WIDTH)
        left = (self.total - self.count) / rate if rate > 0 else 0.0
        bar = "#" * fill + "." * (self.WIDTH - fill)
        return f"[{bar}] {done:4.0%} {self.count:,}/{self.total:,}  {rate:,.1f} articles/s  {left:,.0f}s left"

    def note(self, message: str) -> None:
        """Print a line of its own above the bar (the bar is redrawn after it)."""
        self.stream.write("\r\x1b[K" + message + "\n" + self.line(time.perf_counter()) + "\x1b[K")
        self.stream.flush()

    def close(self) -> None:
        """Draw the final state and end the line."""
        self.stream.write("\r" + self.line(time.perf_counter()) + "\x1b[K\n")
        self.stream.flush()
