"""Small module-level extractors for the batch, CLI and Dask tests: importable by
name, so they pickle to worker processes of any start method."""

from __future__ import annotations

import os
import time

import regex

from tidings import Entity, Pipeline, Span, extractor

CAPITALISED = regex.compile(r"\b\p{Lu}\p{Ll}+\b")
NUMBER = regex.compile(r"\b\d+\b")


@extractor(name="names", produces={"name"})
def names(ctx):
    """Capitalised words, with the id of the process that found them."""
    for m in CAPITALISED.finditer(ctx.text):
        yield Entity(kind="name", span=Span(m.start(), m.end()), text=m.group(), value={"pid": os.getpid()})


@extractor(name="numbers", needs={"name"}, produces={"number"})
def numbers(ctx):
    """Numbers, each with the count of names before it; slow on articles saying "slowly"."""
    if "slowly" in ctx.text.lower():
        time.sleep(0.002)
    for m in NUMBER.finditer(ctx.text):
        before = sum(1 for e in ctx.of_kind("name") if e.end <= m.start())
        yield Entity(kind="number", span=Span(m.start(), m.end()), text=m.group(), value={"names_before": before})


@extractor(name="boom", produces={"boom"})
def boom(ctx):
    """Raises on an article containing "BOOM"."""
    if "BOOM" in ctx.text:
        raise ValueError("boom at " + str(ctx.text.index("BOOM")))
    return []


@extractor(name="die", produces={"nothing"})
def die(ctx):
    """Kills its process on an article containing "DIE" (a worker lost to the OOM killer)."""
    if "DIE" in ctx.text:
        os._exit(3)
    return []


def pid() -> int:
    """Run on a worker: its process id."""
    return os.getpid()


def pipelines_built() -> int:
    """Run on a Dask worker: how many pipelines :mod:`tidings.dask` has built there."""
    from tidings.dask import _worker_pipeline

    return _worker_pipeline.cache_info().misses


def pipeline(**kwargs) -> Pipeline:
    """The test pipeline: names then numbers."""
    return Pipeline([names, numbers], **kwargs)


def corpus_lines(n: int) -> list[str]:
    """``n`` JSONL records of different lengths, some slow to process."""
    import json

    lines = []
    for i in range(n):
        extra = " Slowly we go on, slowly." if i % 7 == 3 else ""
        text = f"Article {i} by Ada Lovelace in London.{extra}" + " And then 42 more words." * (i % 5)
        lines.append(json.dumps({"id": f"a{i}", "text": text, "published": "2026-01-28"}))
    return lines
