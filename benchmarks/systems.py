"""The tidings side of the benchmark: each installed extractor, the shared text
helpers, the whole pipeline, and batch runs over worker processes.

Nothing here imports tidings at module level: a worker imports it inside the
measurement, so that the import counts towards the system's load time.

>>> [s.name for s in tidings_systems(["dates", "quotes"])][:4]
['tidings:text', 'tidings:dates', 'tidings:quotes', 'tidings:pipeline']
>>> needed_by("visits", [("actors", set(), {"person"}), ("dates", set(), {"date"}),
...                      ("money", set(), {"money"}), ("visits", {"person", "date"}, {"visit"})])
['actors', 'dates']
"""

from __future__ import annotations

import functools
import gc
import hashlib
import importlib
import importlib.metadata
import json
import multiprocessing
import tempfile
import tracemalloc
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any

from articles import WARM_UP, Doc, characters, repeated
from measure import (
    Options,
    Stopwatch,
    System,
    Unavailable,
    cpu_seconds,
    current_rss_mib,
    long_article_ratio,
    memory_of,
    warm_then_time,
)

if TYPE_CHECKING:
    from tidings import Article


def to_article(doc: Doc) -> Article:
    """The :class:`tidings.Article` of a benchmark article."""
    from tidings import Article

    return Article(doc["text"], id=doc.get("id"), published=doc.get("published"))


def needed_by(name: str, steps: Sequence[tuple[str, set[str], set[str]]]) -> list[str]:
    """Names of the steps that must run before step ``name`` (its needs, transitively),
    in pipeline order. ``steps`` are ``(name, needs, produces)`` in pipeline order."""
    position = [s[0] for s in steps].index(name)
    wanted = set(steps[position][1])
    chosen = []
    for other, needs, produces in reversed(steps[:position]):
        if produces & wanted:
            chosen.append(other)
            wanted |= needs
    return chosen[::-1]


def distribution_version(module: str) -> str:
    """Version of the distribution that ships ``module`` (a dotted name), or ``?``."""
    top = module.split(".")[0]
    for dist in importlib.metadata.packages_distributions().get(top, ()):
        return f"{dist} {importlib.metadata.version(dist)}"
    return "?"


def _count(found: Any) -> int:
    return sum(1 for _ in found or ())


def measure_step(name: str, docs: list[Doc], options: Options) -> dict[str, Any]:
    """One extractor alone: what it needs is computed off the clock for each article,
    and so are the shared sentence and paragraph spans (see ``tidings:text``)."""
    clock = Stopwatch()
    import tidings

    steps = tidings.Pipeline().steps
    by_name = {s.name: s for s in steps}
    if name not in by_name:
        raise Unavailable(f"no extractor {name!r} is installed")
    step = by_name[name]
    before = [by_name[n] for n in needed_by(name, [(s.name, s.needs, s.produces) for s in steps])]
    needs_pipeline = tidings.Pipeline(before) if before else None
    errors: list[str] = []

    def prepare(doc: Doc) -> tidings.Context:
        article = to_article(doc)
        if needs_pipeline is None:
            ctx = tidings.Context(article)
        else:
            done = needs_pipeline(article)
            ctx = tidings.Context(article, done.entities, done.events)
        ctx.sentences, ctx.paragraphs  # noqa: B018  (computed once per article, shared)
        return ctx

    def process(ctx: tidings.Context) -> int:
        try:
            return _count(step(ctx))
        except Exception as exc:  # the pipeline isolates a failing extractor; so do we
            errors.append(f"{ctx.article.id}: {type(exc).__name__}: {exc}")
            return 0

    result = warm_then_time(clock, docs, process, options.seconds, prepare)
    result["long_article"] = long_article_ratio(docs, result["durations"], prepare, process)
    module = getattr(step.function, "__module__", None) or "tidings"
    needs = ", ".join(sorted(step.needs)) or "nothing"
    result.update(errors=len(errors), first_error=errors[0] if errors else None,
                  version=distribution_version(module), description=f"extractor {name} ({step.plugin}); needs {needs}")
    if "quote" in step.produces and options.quotes_gold:
        result["quality"] = quote_quality(options.quotes_gold, tidings.Pipeline([*before, step]))
    return result


def quote_quality(gold_path: str, pipeline: Any) -> dict[str, Any] | None:
    """The ``quotes`` scores of ``pipeline`` on a gold file, as ``tidings evaluate`` gives them."""
    from tidings import evaluate

    scores = evaluate.evaluate(evaluate.read_gold(gold_path), pipeline, ["quotes"])
    return scores["quotes"].to_dict() if "quotes" in scores else None


def measure_text(docs: list[Doc], options: Options) -> dict[str, Any]:
    """The shared helpers every extractor gets through its context: sentences, paragraphs."""
    clock = Stopwatch()
    from tidings import text

    def process(doc: Doc) -> int:
        return len(text.sentences(doc["text"])) + len(text.paragraphs(doc["text"]))

    return {**warm_then_time(clock, docs, process, options.seconds), "version": distribution_version("tidings")}


def measure_pipeline(docs: list[Doc], options: Options) -> dict[str, Any]:
    """Every installed extractor through :class:`tidings.Pipeline`, one article at a time."""
    clock = Stopwatch()
    import tidings

    pipeline = tidings.Pipeline()
    errors = 0

    def process(article: Article) -> int:
        nonlocal errors
        result = pipeline(article)
        errors += len(result.errors)
        return len(result.entities) + len(result.events)

    result = warm_then_time(clock, docs, process, options.seconds, to_article)
    result["long_article"] = long_article_ratio(docs, result["durations"], to_article, process)
    steps = ", ".join(s.name for s in pipeline.steps) or "no extractors installed"
    return {**result, "errors": errors, "version": distribution_version("tidings"),
            "description": f"Pipeline() with {steps}"}


def measure_batch(docs: list[Doc], options: Options) -> dict[str, Any]:
    """What ``tidings extract corpus.jsonl --jobs N -o out.jsonl`` does
    (:func:`tidings.batch.run_file`: read the JSONL, run, write the JSONL results)
    on ``options.batch_articles`` articles (the benchmark articles repeated), with
    1 then 2 jobs in this one process, so both runs use the same code.

    Wall-clock times, and the CPU time of this process and its workers (CPU / wall
    = the cores a run got: on a busy machine, fewer than its jobs); a digest of each
    output, which must not depend on the jobs. The workers' memory is sampled while
    they run: the largest resident size, and the largest private (unshared) part."""
    clock = Stopwatch()
    import tidings

    try:
        from tidings.batch import run_file
    except ImportError as exc:
        raise Unavailable(f"tidings.batch is not in this tidings ({exc})") from None
    pipeline = tidings.Pipeline()
    pipeline(to_article(WARM_UP))
    loaded = {"load_s": clock.elapsed(), "rss_load_mib": current_rss_mib()}
    batch = repeated(docs, options.batch_articles)
    workers = {"rss": 0.0, "uss": 0.0}

    def sample(written: int) -> None:
        if written % 50 == 1:
            _sample_workers(workers)

    runs = []
    with tempfile.TemporaryDirectory() as tmp:
        source = Path(tmp) / "articles.jsonl"
        source.write_text("".join(json.dumps(doc) + "\n" for doc in batch), encoding="utf-8")
        for jobs in (1, 2):
            output = Path(tmp) / f"jobs{jobs}.jsonl"
            clock, cpu = Stopwatch(), cpu_seconds()
            summary = run_file(str(source), str(output), pipeline=pipeline, jobs=jobs,
                               on_progress=sample if jobs > 1 else None)
            runs.append({"jobs": jobs, "seconds": clock.elapsed(), "cpu_seconds": cpu_seconds() - cpu,
                         "written": summary.written,
                         "output_sha256": hashlib.sha256(output.read_bytes()).hexdigest()})
    return {
        **loaded,
        "articles": len(batch),
        "chars": characters(batch),
        "runs": runs,
        "worker_rss_mib": workers["rss"] or None,
        "worker_uss_mib": workers["uss"] or None,
        "version": distribution_version("tidings"),
        "description": "tidings.batch.run_file(corpus.jsonl, out.jsonl, jobs=1, then 2): tidings extract --jobs N",
    }


def _sample_workers(largest: dict[str, float]) -> None:
    """Raise ``largest`` to the memory of the biggest live worker process."""
    for child in multiprocessing.active_children():
        memory = memory_of(child.pid) if child.pid else None
        for key, value in (memory or {}).items():
            largest[key] = max(largest[key], value)


def measure_gazetteer(docs: list[Doc], options: Options) -> dict[str, Any]:
    """Load time and memory of the actor gazetteer (``tidings.actors.gazetteer``): once
    timed, once under tracemalloc for the memory its objects keep."""
    try:
        module = importlib.import_module("tidings.actors.gazetteer")
    except ImportError as exc:
        raise Unavailable(f"the built-in actors are not in this tidings ({exc})") from None
    if not hasattr(module.gazetteer, "cache_clear"):
        raise Unavailable("tidings.actors.gazetteer.gazetteer() is no longer a cached loader")
    module.gazetteer.cache_clear()  # in case importing the actors loaded it already
    gc.collect()
    before = current_rss_mib()
    clock = Stopwatch()
    module.gazetteer()
    load_s = clock.elapsed()
    rss_growth = current_rss_mib() - before
    module.gazetteer.cache_clear()
    gc.collect()
    tracemalloc.start()
    module.gazetteer()
    kept, peak = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    return {
        "load_s": load_s,
        "rss_growth_mib": rss_growth,
        "kept_mib": kept / 2**20,
        "peak_alloc_mib": peak / 2**20,
        "version": distribution_version("tidings"),
        "description": "tidings.actors.gazetteer.gazetteer(): read, parse and index the data",
    }


def tidings_systems(step_names: Sequence[str]) -> list[System]:
    """The tidings systems for the installed extractors, in report order."""
    systems = [System("tidings:text", "text", measure_text, "tidings.text sentences + paragraphs")]
    systems += [
        System(f"tidings:{name}", name, functools.partial(measure_step, name), f"extractor {name}")
        for name in step_names
    ]
    systems.append(System("tidings:pipeline", "pipeline", measure_pipeline, "every installed extractor"))
    systems.append(System("tidings:batch", "batch", measure_batch, "tidings extract --jobs 1 and 2", pinned=False))
    systems.append(System("tidings:gazetteer", "gazetteer", measure_gazetteer, "actor gazetteer load"))
    return systems
