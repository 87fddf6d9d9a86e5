"""From the workers' figures to the report: one row per system, speed-ups over the
peers on the articles both processed, the targets, and a plain-text rendering.

Speed-ups compare time on a *common prefix* of the article list: a slow peer that
ran out of its time budget after 40 articles is compared with tidings on the same
40 articles.

>>> speedup([0.1, 0.1, 0.1], [1.0, 2.0])
(2, 15.0)
>>> human(1234567), human(950), human(0.25)
('1.23M', '950', '0.25')
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any

from articles import Doc, characters
from measure import System

#: How much faster than its peers (the fastest one, where several) tidings should be.
TARGETS: dict[str, float] = {"dates": 5.0, "money": 10.0, "quotes": 20.0, "pipeline": 30.0, "batch": 1.8}

#: Above this, one long article costs suspiciously more than its parts apart...
LINEAR_LIMIT = 1.5
#: ...provided it is long enough for the difference to stand out from the noise.
LINEAR_MIN_CHARS = 50_000

Figures = Mapping[str, Any]


def speedup(mine: Sequence[float], theirs: Sequence[float]) -> tuple[int, float | None]:
    """(n, their time / my time) over the first n articles that both timed."""
    n = min(len(mine), len(theirs))
    spent = sum(mine[:n])
    return n, (sum(theirs[:n]) / spent if n and spent > 0 else None)


def human(x: float) -> str:
    """A number in about three significant figures, with k and M for the big ones."""
    if abs(x) >= 1e6:
        return f"{x / 1e6:.3g}M"
    if abs(x) >= 1e4:
        return f"{x / 1e3:.3g}k"
    return f"{x:.0f}" if abs(x) >= 100 else f"{x:.3g}"


def times(ratio: float) -> str:
    """A ratio as ``1.76x`` (or ``24.7x`` from 10 up), so a verdict is never contradicted
    by its rounding.

    >>> times(1.764), times(24.66)
    ('1.76x', '24.7x')
    """
    return f"{ratio:.1f}x" if ratio >= 10 else f"{ratio:.2f}x"


def _rounded(value: Any, digits: int) -> Any:
    return round(value, digits) if isinstance(value, float) else value


def _rates(articles: int, chars: int, seconds: float) -> dict[str, Any]:
    return {
        "articles": articles,
        "chars": chars,
        "seconds": round(seconds, 4),
        "chars_per_s": round(chars / seconds, 1) if seconds > 0 else None,
        "articles_per_s": round(articles / seconds, 2) if seconds > 0 else None,
    }


def row(system: System, figures: Figures) -> dict[str, Any]:
    """The report's row for one system: throughput, load and memory."""
    out: dict[str, Any] = {
        "system": system.name,
        "group": system.group,
        "peer": system.peer,
        "status": figures.get("status", "ok"),
        "description": figures.get("description") or system.description,
        "version": figures.get("version"),
    }
    if out["status"] != "ok":
        out["reason"] = figures.get("reason", "")
        return out
    if figures.get("seconds") is not None:
        out.update(_rates(figures["articles"], figures["chars"], figures["seconds"]),
                   wall_seconds=round(figures["wall_seconds"], 4),
                   found=figures.get("found"), errors=figures.get("errors", 0))
        if figures.get("first_error"):
            out["first_error"] = figures["first_error"]
        if figures.get("long_article"):
            out["long_article"] = {k: _rounded(v, 3) for k, v in figures["long_article"].items()}
    if figures.get("runs"):
        out.update(articles=figures["articles"], chars=figures["chars"])
        out["runs"] = [
            {"jobs": run["jobs"], **_rates(figures["articles"], figures["chars"], run["seconds"]),
             "cpu_seconds": round(run["cpu_seconds"], 3), "cores_used": round(run["cpu_seconds"] / run["seconds"], 2),
             "written": run["written"], "output_sha256": run["output_sha256"]}
            for run in figures["runs"]
        ]
    for key in ("load_s", "rss_load_mib", "peak_rss_mib", "worker_rss_mib", "worker_uss_mib",
                "rss_growth_mib", "kept_mib", "peak_alloc_mib"):
        if figures.get(key) is not None:
            out[key] = _rounded(figures[key], 3 if key == "load_s" else 1)
    return out


def comparisons(systems: Sequence[System], figures: Mapping[str, Figures], docs: Sequence[Doc]) -> list[dict[str, Any]]:
    """tidings against each measured peer of its group, on their common prefix."""
    out = []
    for peer in systems:
        if not peer.peer:
            continue
        mine, theirs = figures.get(f"tidings:{peer.group}", {}), figures.get(peer.name, {})
        if "durations" not in mine or "durations" not in theirs:
            continue
        n, ratio = speedup(mine["durations"], theirs["durations"])
        out.append({"group": peer.group, "tidings": f"tidings:{peer.group}", "peer": peer.name,
                    "articles": n, "chars": characters(docs[:n]),
                    "speedup": round(ratio, 2) if ratio else None})
    return out


def targets(compared: Sequence[Mapping[str, Any]], figures: Mapping[str, Figures]) -> list[dict[str, Any]]:
    """Each target against the measured speed-up (over the fastest peer, where several).
    ``met`` is None where the measurement cannot tell (see :func:`batch_target`)."""
    out = []
    for group, target in TARGETS.items():
        if group == "batch":
            runs = figures.get("tidings:batch", {}).get("runs")
            if runs and runs[1]["seconds"]:
                out.append(batch_target(runs, target))
            continue
        ratios = [(c["speedup"], c["peer"]) for c in compared if c["group"] == group and c["speedup"]]
        if ratios:
            ratio, versus = min(ratios)
            out.append({"group": group, "versus": versus, "speedup": round(ratio, 2),
                        "target": target, "met": ratio >= target})
    return out


def batch_target(runs: Sequence[Mapping[str, Any]], target: float) -> dict[str, Any]:
    """Wall-clock speed-up of 2 jobs over 1. It can only reach the target when the
    2-job run got two cores: where it got fewer (a busy machine), the verdict is None
    and ``idle_estimate`` says what CPU time predicts on two idle cores (2 x the
    1-job CPU time / the 2-job CPU time, i.e. 2 x the parallel efficiency).

    >>> t = batch_target([{"jobs": 1, "seconds": 10, "cpu_seconds": 9.5, "output_sha256": "ab"},
    ...                   {"jobs": 2, "seconds": 11, "cpu_seconds": 10, "output_sha256": "ab"}], 1.8)
    >>> t["speedup"], t["met"], t["idle_estimate"]
    (0.91, None, 1.9)
    """
    one, two = runs
    ratio = one["seconds"] / two["seconds"]
    cores = two["cpu_seconds"] / two["seconds"]
    same = one["output_sha256"] == two["output_sha256"]
    versus = "--jobs 1" + ("" if same else " (which wrote something else!)")
    return {"group": "batch", "versus": versus, "speedup": round(ratio, 2), "target": target,
            "met": ratio >= target if cores >= 1.5 else None, "cores_used": round(cores, 2),
            "idle_estimate": round(2 * one["cpu_seconds"] / two["cpu_seconds"], 2) if two["cpu_seconds"] else None}


def step_share(step_names: Sequence[str], figures: Mapping[str, Figures]) -> dict[str, Any] | None:
    """How the isolated steps (and the shared text helpers) add up against the whole
    pipeline, on the articles all of them timed: the rest is pipeline bookkeeping."""
    names = ["tidings:text", *(f"tidings:{n}" for n in step_names)]
    runs = [figures.get(n, {}).get("durations") for n in names]
    whole = figures.get("tidings:pipeline", {}).get("durations")
    if whole is None or any(r is None for r in runs):
        return None
    n = min(len(whole), *(len(r) for r in runs))
    pipeline_s = sum(whole[:n])
    parts = {name: round(sum(r[:n]) / pipeline_s, 4) if pipeline_s else None for name, r in zip(names, runs)}
    out: dict[str, Any] = {"articles": n, "pipeline_s": round(pipeline_s, 4), "share_of_pipeline": parts}
    if all(len(r) == len(whole) for r in runs):  # the same articles: the same things found
        found = sum(figures[f"tidings:{name}"]["found"] for name in step_names)
        out["found"] = {"steps": found, "pipeline": figures["tidings:pipeline"]["found"]}
    return out


_COLUMNS = (
    ("system", "system", "{}"),
    ("articles", "articles", "{}"),
    ("chars", "chars", None),
    ("chars/s", "chars_per_s", None),
    ("art/s", "articles_per_s", None),
    ("found", "found", "{}"),
    ("load s", "load_s", "{:.2f}"),
    ("RSS load MiB", "rss_load_mib", "{:.0f}"),
    ("peak RSS MiB", "peak_rss_mib", "{:.0f}"),
)


def _cell(value: Any, fmt: str | None) -> str:
    if value is None:
        return "-"
    return human(value) if fmt is None else fmt.format(value)


def format_text(report: Mapping[str, Any]) -> str:
    """The report as aligned plain text."""
    env, corpus = report["environment"], report["corpus"]
    lines = [
        f"tidings benchmark  {env['date']}  tidings {env['tidings']}  commit {env['commit']}",
        f"Python {env['python']}  {env['platform']}  {env['cpu']} x{env['cores']}"
        f"  load average {env['load_average'] and env['load_average'][0]}",
        "each system in its own process, pinned to one core (batch runs excepted)",
        f"articles: {corpus['articles']} ({human(corpus['chars'])} chars) from {', '.join(corpus['sources'])}"
        f"; budget {report['settings']['seconds']} CPU s per system",
        "speeds per CPU second of the worker (wall-clock seconds in --json); load is wall clock",
        "",
    ]
    measured = [r for r in report["systems"] if r["status"] == "ok" and "wall_seconds" in r]
    if measured:
        table = [[name for name, _, _ in _COLUMNS]]
        table += [[_cell(r.get(key), fmt) for _, key, fmt in _COLUMNS] for r in measured]
        widths = [max(len(line[i]) for line in table) for i in range(len(_COLUMNS))]
        for line in table:
            lines.append("  ".join(c.ljust(w) if i == 0 else c.rjust(w) for i, (c, w) in enumerate(zip(line, widths))))
        lines.append("")
    for r in report["systems"]:
        if r["status"] == "ok" and r.get("runs"):
            speeds = ", ".join(
                f"jobs={run['jobs']} {human(run['chars_per_s'])} chars/s on {run['cores_used']:.2f} cores"
                for run in r["runs"]
            )
            lines.append(
                f"batch ({r['articles']} articles, {human(r['chars'])} chars, wall clock): {speeds};"
                f" largest worker {_cell(r.get('worker_rss_mib'), '{:.0f}')} MiB resident,"
                f" {_cell(r.get('worker_uss_mib'), '{:.0f}')} MiB of it private"
            )
        if r["status"] == "ok" and r["system"] == "tidings:gazetteer":
            lines.append(
                f"gazetteer: loads in {r['load_s']:.3f} s; keeps {r['kept_mib']:.1f} MiB of Python objects"
                f" (RSS +{r['rss_growth_mib']:.1f} MiB)"
            )
        if r["status"] != "ok":
            lines.append(f"{r['system']}: {r['status']}: {r['reason']}")
        elif r.get("errors"):
            lines.append(f"{r['system']}: failed on {r['errors']} article(s), first: {r.get('first_error')}")
    versions = sorted({r["version"] for r in report["systems"] if r.get("version") and r["version"] != "?"})
    lines += [f"versions: {', '.join(versions)}", ""]
    for c in report["comparisons"]:
        ratio = times(c["speedup"]) if c["speedup"] else "-"
        lines.append(f"{c['tidings']} is {ratio} faster than {c['peer']} (same {c['articles']} articles)")
    for t in report["targets"]:
        if t["met"] is None:
            verdict = (f"cannot tell: jobs=2 got {t['cores_used']:.2f} cores;"
                       f" CPU time predicts {t['idle_estimate']}x on two idle cores")
        else:
            verdict = "met" if t["met"] else "NOT met"
        lines.append(f"target {t['group']}: {times(t['speedup'])} vs {t['versus']} (target >= {t['target']}x): {verdict}")
    scaling = [r for r in measured if r.get("long_article") and r["long_article"]["ratio"] is not None]
    if scaling:
        first = scaling[0]["long_article"]
        judged = first["chars"] >= LINEAR_MIN_CHARS
        ratios = ", ".join(
            f"{r['system'].split(':', 1)[1]} {times(r['long_article']['ratio'])}"
            + (" (super-linear?)" if judged and r["long_article"]["ratio"] > LINEAR_LIMIT else "")
            for r in scaling
        )
        lines.append(
            f"one {human(first['chars'])}-char article ({first['articles']} joined) vs the same apart: {ratios}"
            + ("" if judged else " (too short to judge)")
        )
    share = report.get("step_share")
    if share:
        parts = ", ".join(f"{k.split(':')[1]} {v:.0%}" for k, v in share["share_of_pipeline"].items() if v is not None)
        lines.append(f"share of pipeline time ({share['articles']} articles): {parts}")
        found = share.get("found")
        if found and found["steps"] != found["pipeline"]:
            lines.append(
                f"the steps alone found {found['steps']} things, the pipeline {found['pipeline']}: a step uses"
                " something it does not declare it needs (or the code changed during the run)"
            )
    for name, q in report["quality"].items():
        speaker = q.get("speaker") or {}
        acc = speaker.get("accuracy")
        lines.append(
            f"quotes quality of {name}: P {q['match']['precision']:.3f}  R {q['match']['recall']:.3f}"
            f"  F1 {q['match']['f1']:.3f}  speaker accuracy {acc if acc is None else format(acc, '.3f')}"
        )
    return "\n".join(lines).rstrip() + "\n"
