"""Timing and memory of one measured system, inside its own worker process.

A system is set up (imports, data, a warm-up call: the *load*), then called on one
article after another until the articles or its CPU-time budget run out. Only the
calls are timed, in CPU time; preparing an article (for an extractor: running the
extractors it needs) happens between them, off the clock.

>>> result = run_timed(["ab", "cde"], prepare=str.upper, process=len, seconds=60)
>>> result["articles"], result["found"], len(result["durations"])
(2, 5, 2)
"""

from __future__ import annotations

import gc
import os
import resource
import sys
import time
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from typing import Any, TypeVar

from articles import WARM_UP, within

Item = TypeVar("Item")
Prepared = TypeVar("Prepared")

_MIB = 1024 * 1024


class Unavailable(Exception):
    """A system that cannot run here (not installed, model missing); the message says why."""


@dataclass(frozen=True)
class Options:
    """What every worker is told: the CPU-time budget per system and the extra inputs."""

    seconds: float = 20.0
    quotes_gold: str | None = None
    batch_articles: int = 2000


@dataclass(frozen=True)
class System:
    """Something measured: tidings (an extractor, the pipeline, a batch run) or a peer.

    ``measure(articles, options)`` runs in a worker process of its own and returns
    the figures (see :func:`run_timed`) plus ``load_s`` and ``version``. ``group``
    says what it is compared with: peers share the group of the extractor they rival.
    """

    name: str
    group: str
    measure: Callable[[list[dict[str, Any]], Options], dict[str, Any]]
    description: str = ""
    peer: bool = False
    pinned: bool = True


def run_timed(
    items: Iterable[Item],
    prepare: Callable[[Item], Prepared],
    process: Callable[[Prepared], int],
    seconds: float,
) -> dict[str, Any]:
    """Time ``process(prepare(item))`` per item, ``prepare`` off the clock.

    The clock is this process's CPU time: on a shared machine, other processes
    stretch the wall clock of a pinned single-threaded worker, not its CPU time
    (the wall-clock total is reported beside it). Stops after the item that takes
    the CPU total past ``seconds``. ``process`` returns how many things it found.
    Returns ``articles``, ``found``, ``seconds`` (CPU), ``wall_seconds``, the
    per-item CPU ``durations`` (for comparisons on a common prefix) and the
    process's ``peak_rss_mib`` so far.
    """
    durations: list[float] = []
    found = 0
    spent = wall = 0.0
    for item in items:
        ready = prepare(item)
        start, start_wall = time.process_time(), time.perf_counter()
        found += process(ready)
        took = time.process_time() - start
        wall += time.perf_counter() - start_wall
        durations.append(took)
        spent += took
        if spent >= seconds:
            break
    return {"articles": len(durations), "found": found, "seconds": spent, "wall_seconds": wall,
            "durations": durations, "peak_rss_mib": peak_rss_mib()}


def _same(item: Any) -> Any:
    return item


def warm_then_time(
    clock: Stopwatch,
    docs: Iterable[Any],
    process: Callable[[Any], int],
    seconds: float,
    prepare: Callable[[Any], Any] = _same,
) -> dict[str, Any]:
    """Run ``process`` once on the warm-up article, note the load (wall-clock seconds
    since ``clock`` started, resident memory), then :func:`run_timed` the articles.

    The loaded heap (modules, tables, models) is then frozen out of the garbage
    collector, for every system alike: otherwise a full collection of everything
    loaded may land inside one short timed pass (a 31 ms pass measured 16 ms
    slower by it), which says nothing about the code being timed."""
    process(prepare(WARM_UP))
    gc.collect()
    gc.freeze()
    loaded = {"load_s": clock.elapsed(), "rss_load_mib": current_rss_mib()}
    return {**run_timed(docs, prepare, process, seconds), **loaded}


def long_article_ratio(
    docs: Sequence[dict[str, Any]],
    durations: Sequence[float],
    prepare: Callable[[Any], Any],
    process: Callable[[Any], int],
    chars: int = 100_000,
) -> dict[str, Any] | None:
    """CPU time on one long article made of the first timed articles joined (about
    ``chars`` long) over the sum of their times apart: about 1 for work linear in the
    text, well above 1 for quadratic scans. None with fewer than two articles.

    >>> docs = [{"text": "One."}, {"text": "Two."}]
    >>> busy = lambda doc: sum(range(10**6))  # far slower than the 0.1 ms each took apart
    >>> r = long_article_ratio(docs, [0.0001, 0.0001], lambda d: d, busy)
    >>> r["articles"], r["chars"], r["ratio"] > 10
    (2, 10, True)
    """
    picked = within(docs[: len(durations)], chars)
    if len(picked) < 2:
        return None
    joined = {"id": "joined", "published": picked[0].get("published"),
              "text": "\n\n".join(doc["text"] for doc in picked)}
    ready = prepare(joined)
    start = time.process_time()
    process(ready)
    took = time.process_time() - start
    apart = sum(durations[: len(picked)])
    return {"articles": len(picked), "chars": len(joined["text"]), "seconds": took,
            "ratio": took / apart if apart > 0 else None}


def _proc_mib(path: str, field: str) -> float | None:
    """A ``kB`` field of a Linux ``/proc`` file, in MiB (None where unreadable)."""
    try:
        with open(path) as lines:
            for line in lines:
                if line.startswith(field + ":"):
                    return int(line.split()[1]) / 1024
    except (OSError, ValueError, IndexError):
        return None
    return None


def current_rss_mib() -> float:
    """Resident memory of this process now, in MiB (the peak so far without ``/proc``).

    >>> current_rss_mib() > 1
    True
    """
    now = _proc_mib("/proc/self/status", "VmRSS")
    return peak_rss_mib() if now is None else now


def peak_rss_mib() -> float:
    """Peak resident memory of this process so far, in MiB.

    Linux's ``VmHWM`` where there is one: ``ru_maxrss`` would also count the peak
    of the process this one was forked from, which exec does not reset.

    >>> peak_rss_mib() >= current_rss_mib() - 1
    True
    """
    hwm = _proc_mib("/proc/self/status", "VmHWM")
    if hwm is not None:
        return hwm
    scale = 1 if sys.platform == "darwin" else 1024  # bytes on macOS, KiB elsewhere
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss * scale / _MIB


def memory_of(pid: int) -> dict[str, float] | None:
    """Resident (``rss``) and private, unshared (``uss``) memory of a process in MiB,
    from Linux's ``smaps_rollup``; None where that cannot be read.

    >>> import os
    >>> mine = memory_of(os.getpid())
    >>> mine is None or 0 < mine["uss"] <= mine["rss"]
    True
    """
    path = f"/proc/{pid}/smaps_rollup"
    rss, clean, dirty = (_proc_mib(path, f) for f in ("Rss", "Private_Clean", "Private_Dirty"))
    if rss is None or clean is None or dirty is None:
        return None
    return {"rss": rss, "uss": clean + dirty}


def cpu_seconds() -> float:
    """CPU time (user + system) of this process and of its finished, reaped children.

    >>> cpu_seconds() > 0
    True
    """
    return sum(
        usage.ru_utime + usage.ru_stime
        for usage in (resource.getrusage(resource.RUSAGE_SELF), resource.getrusage(resource.RUSAGE_CHILDREN))
    )


def pin_to_one_core() -> int | None:
    """Restrict this process to one CPU (the first it may use); returns it, or None
    where the platform cannot pin."""
    if not hasattr(os, "sched_setaffinity"):
        return None
    cpu = min(os.sched_getaffinity(0))
    os.sched_setaffinity(0, {cpu})
    return cpu


class Stopwatch:
    """Seconds since it was made, for load times.

    >>> Stopwatch().elapsed() >= 0
    True
    """

    def __init__(self) -> None:
        self._start = time.perf_counter()

    def elapsed(self) -> float:
        return time.perf_counter() - self._start
