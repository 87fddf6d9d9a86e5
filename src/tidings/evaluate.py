"""Scoring against gold files in the GUIDELINES format (``tidings evaluate``).

A gold file holds one JSON object per line (or one object, or a list, in a
``.json`` file): the article fields, ``layers`` (which layers were annotated) and
one list per layer. Each layer is scored the way its community scores it:

- ``dates``: TempEval-3 — strict (exact) and relaxed (overlap) span P/R/F1, and
  value and type F1 over relaxed matches.
- ``money``, ``percents``: exact and overlap span P/R/F1, value accuracy over
  overlap matches, and *full* F1 (overlap span and right value).
- ``quotes``: a match overlaps at least half of the longer span; quote F1,
  speaker accuracy over matches, quote-and-speaker F1.
- ``visits``: a match has the same destination country and the same visitor;
  visit F1, then host, date and status accuracy over matches.

Names (speakers, visitors, hosts) match when they are equal once case, accents,
punctuation and titles are folded away, or when the shorter is the tail of the
longer ("Putin" ~ "Vladimir Putin"): see :func:`same_name`.

>>> same_name("Vladimir Putin", "putin"), same_name("Putin", "Vladimir Putin"), same_name("Trump", "Putin")
(True, True, False)
"""

from __future__ import annotations

import json
import unicodedata
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from pathlib import Path
from typing import Any

import attrs
import regex

from .errors import InputError
from .model import Article, Result
from .pipeline import Pipeline

LAYERS = ("dates", "money", "percents", "quotes", "visits")

_TITLES = frozenset(
    "mr mrs ms dr sir president prime minister foreign secretary king queen the".split()
)
_NON_WORD = regex.compile(r"[^\p{L}\p{N}]+")


def name_tokens(name: str | None) -> list[str]:
    """Lower-cased, accent-free word tokens of a name, titles dropped."""
    if not name:
        return []
    folded = unicodedata.normalize("NFKD", name.casefold())
    folded = "".join(c for c in folded if not unicodedata.combining(c))
    tokens = [t for t in _NON_WORD.split(folded) if t]
    while len(tokens) > 1 and tokens[0] in _TITLES:
        tokens = tokens[1:]
    return tokens


def same_name(a: str | None, b: str | None) -> bool:
    """Whether two names denote the same person or body (see the module doc)."""
    ta, tb = name_tokens(a), name_tokens(b)
    if not ta or not tb:
        return not ta and not tb
    short, long = sorted((ta, tb), key=len)
    return long[-len(short) :] == short


# --- reading gold files -------------------------------------------------------------


def read_gold(path: str | Path) -> Iterator[dict[str, Any]]:
    """Gold documents from a ``.jsonl`` file (or a ``.json`` object or list)."""
    p = Path(path)
    try:
        raw = p.read_bytes()
    except OSError as exc:
        raise InputError(f"{p}: cannot read gold file ({exc.strerror})") from None
    try:
        content = raw.decode("utf-8")
    except UnicodeDecodeError as exc:
        raise InputError(f"{p}: not UTF-8 (byte {exc.start})") from None
    if p.suffix == ".json":
        try:
            data = json.loads(content)
        except json.JSONDecodeError as exc:
            raise InputError(f"{p}: invalid JSON at line {exc.lineno}: {exc.msg}") from None
        yield from data if isinstance(data, list) else [data]
        return
    for lineno, line in enumerate(content.splitlines(), 1):
        if not line.strip():
            continue
        try:
            doc = json.loads(line)
        except json.JSONDecodeError as exc:
            raise InputError(f"{p}:{lineno}: invalid JSON: {exc.msg}") from None
        if not isinstance(doc, dict) or not isinstance(doc.get("text"), str):
            raise InputError(f"{p}:{lineno}: a gold record needs a JSON object with 'text'")
        yield doc


def gold_article(doc: Mapping[str, Any]) -> Article:
    """The article of a gold document."""
    return Article(
        doc["text"],
        id=str(doc["id"]) if doc.get("id") is not None else None,
        title=doc.get("title"),
        published=doc.get("published"),
        source=doc.get("source"),
    )


# --- what the system said, as plain records like the gold ones -------------------------


def system_records(result: Result, layer: str) -> list[dict[str, Any]]:
    """The system's output for one layer, in the gold file's record shape."""
    if layer == "dates":
        return [
            {"start": e.start, "end": e.end, "text": e.text, "type": e.value.type,
             "value": e.value.timex, "mod": e.value.mod}
            for e in result.of_kind("date")
        ]
    if layer == "money":
        return [
            {"start": e.start, "end": e.end, "text": e.text,
             "amount": format(e.value.amount, "f"), "currency": e.value.currency}
            for e in result.of_kind("money")
        ]
    if layer == "percents":
        return [
            {"start": e.start, "end": e.end, "text": e.text,
             "value": format(e.value.amount, "f"), "unit": e.value.unit}
            for e in result.of_kind("percent")
        ]
    if layer == "quotes":
        return [
            {"start": e.start, "end": e.end, "text": e.text, "speaker": e.value.speaker_name,
             "speaker_start": e.value.source_start, "speaker_end": e.value.source_end}
            for e in result.of_kind("quote")
        ]
    if layer == "visits":
        out = []
        for v in result.events_of_kind("diplomatic_visit"):
            a = v.attributes
            out.append(
                {"start": v.start, "end": v.end, "visitor": a.get("visitor_name"),
                 "visitor_country": a.get("visitor_country"), "destination": a.get("destination_name"),
                 "destination_country": a.get("destination_country"), "host": a.get("host_name"),
                 "date": a.get("date"), "status": a.get("status")}
            )
        return out
    raise InputError(f"unknown layer {layer!r}; layers: {', '.join(LAYERS)}")


# --- counting -----------------------------------------------------------------------------


@attrs.define
class Counts:
    """Matches against system and gold totals; P, R and F1 from them."""

    correct: int = 0
    system: int = 0
    gold: int = 0

    def add(self, correct: int, system: int, gold: int) -> None:
        self.correct += correct
        self.system += system
        self.gold += gold

    @property
    def precision(self) -> float:
        return self.correct / self.system if self.system else (1.0 if not self.gold else 0.0)

    @property
    def recall(self) -> float:
        return self.correct / self.gold if self.gold else (1.0 if not self.system else 0.0)

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    def to_dict(self) -> dict[str, float | int]:
        return {"precision": round(self.precision, 4), "recall": round(self.recall, 4),
                "f1": round(self.f1, 4), "correct": self.correct, "system": self.system, "gold": self.gold}


def _bounds(r: Mapping[str, Any]) -> tuple[int, int]:
    return r.get("start") or 0, r.get("end") or 0


def _overlap(a: Mapping[str, Any], b: Mapping[str, Any]) -> int:
    (a0, a1), (b0, b1) = _bounds(a), _bounds(b)
    return max(0, min(a1, b1) - max(a0, b0))


def match(
    system: Sequence[Mapping[str, Any]],
    gold: Sequence[Mapping[str, Any]],
    ok: Callable[[Mapping[str, Any], Mapping[str, Any]], bool],
) -> list[tuple[int, int]]:
    """One-to-one pairs (system index, gold index) that ``ok`` accepts; exact
    spans first, then the largest overlaps."""
    candidates = [
        (_bounds(s) != _bounds(g), -_overlap(s, g), i, j)
        for i, s in enumerate(system)
        for j, g in enumerate(gold)
        if ok(s, g)
    ]
    used_s: set[int] = set()
    used_g: set[int] = set()
    pairs = []
    for _, _, i, j in sorted(candidates):
        if i not in used_s and j not in used_g:
            used_s.add(i)
            used_g.add(j)
            pairs.append((i, j))
    return pairs


def _overlaps(s: Mapping[str, Any], g: Mapping[str, Any]) -> bool:
    return _overlap(s, g) > 0


def _exact(s: Mapping[str, Any], g: Mapping[str, Any]) -> bool:
    return _bounds(s) == _bounds(g)


def _half_overlap(s: Mapping[str, Any], g: Mapping[str, Any]) -> bool:
    longer = max(b - a for a, b in (_bounds(s), _bounds(g)))
    return _overlap(s, g) * 2 >= longer > 0


def _same_visit(s: Mapping[str, Any], g: Mapping[str, Any]) -> bool:
    return (s.get("destination_country") or "").upper() == (g.get("destination_country") or "").upper() \
        and same_name(s.get("visitor"), g.get("visitor"))


_APPOSITION = regex.compile(r",\s|\s\(")


def same_speaker(system: Mapping[str, Any], gold: Mapping[str, Any]) -> bool:
    """A quote's speaker is right when the names match (the gold's apposition,
    "Kenneth Baer, a former official…", cut off), or when the system points at
    the very attribution the gold marks (``speaker_start``/``speaker_end``): the
    only check possible where the gold speaker is a pronoun or a description."""
    gold_name = _APPOSITION.split(gold.get("speaker") or "", maxsplit=1)[0]
    if not gold.get("speaker_is_pronoun") and same_name(system.get("speaker"), gold_name):
        return True
    spans = [(r.get("speaker_start"), r.get("speaker_end")) for r in (system, gold)]
    if any(a is None or b is None for a, b in spans):
        return False
    (s0, s1), (g0, g1) = spans
    return s0 < g1 and g0 < s1


def _decimal_equal(a: Any, b: Any) -> bool:
    from decimal import Decimal, InvalidOperation

    try:
        return Decimal(str(a)) == Decimal(str(b))
    except InvalidOperation:
        return False


#: Per layer: the match test, then (name, comparison) of each normalised attribute.
_ATTRIBUTES: dict[str, list[tuple[str, Callable[[Mapping[str, Any], Mapping[str, Any]], bool]]]] = {
    "dates": [
        ("value", lambda s, g: s.get("value") == g.get("value")),
        ("type", lambda s, g: s.get("type") == g.get("type")),
    ],
    "money": [
        ("value", lambda s, g: _decimal_equal(s["amount"], g["amount"]) and s["currency"] == g["currency"]),
    ],
    "percents": [
        ("value", lambda s, g: _decimal_equal(s["value"], g["value"]) and s.get("unit") == g.get("unit")),
    ],
    "quotes": [("speaker", lambda s, g: same_speaker(s, g))],
    "visits": [
        ("host", lambda s, g: same_name(s.get("host"), g.get("host"))),
        ("date", lambda s, g: (s.get("date") or None) == (g.get("date") or None)),
        ("status", lambda s, g: s.get("status") == g.get("status")),
    ],
}


@attrs.define
class LayerScore:
    """Running totals of one layer over many documents."""

    layer: str
    exact: Counts = attrs.field(factory=Counts)
    overlap: Counts = attrs.field(factory=Counts)
    attributes: dict[str, Counts] = attrs.field(factory=dict)
    misses: list[dict[str, Any]] = attrs.field(factory=list)

    def add(self, doc_id: str, system: list[dict[str, Any]], gold: list[dict[str, Any]]) -> None:
        main_ok = {"quotes": _half_overlap, "visits": _same_visit}.get(self.layer, _overlaps)
        pairs = match(system, gold, main_ok)
        self.overlap.add(len(pairs), len(system), len(gold))
        if self.layer != "visits":
            self.exact.add(len(match(system, gold, _exact)), len(system), len(gold))
        for name, same in _ATTRIBUTES[self.layer]:
            right = sum(1 for i, j in pairs if same(system[i], gold[j]))
            self.attributes.setdefault(name, Counts()).add(right, len(system), len(gold))
            for i, j in pairs:
                if not same(system[i], gold[j]):
                    self.misses.append({"doc": doc_id, "error": f"wrong {name}", "system": system[i], "gold": gold[j]})
        matched_s = {i for i, _ in pairs}
        matched_g = {j for _, j in pairs}
        self.misses.extend(
            {"doc": doc_id, "error": "spurious", "system": s} for i, s in enumerate(system) if i not in matched_s
        )
        self.misses.extend(
            {"doc": doc_id, "error": "missed", "gold": g} for j, g in enumerate(gold) if j not in matched_g
        )

    def to_dict(self) -> dict[str, Any]:
        """Scores as JSON-ready data (the form ``--json`` prints)."""
        n = self.overlap.correct
        out: dict[str, Any] = {"layer": self.layer, "documents_gold": self.overlap.gold}
        names = {"dates": "relaxed", "quotes": "match", "visits": "match"}
        if self.layer != "visits":
            out["strict" if self.layer == "dates" else "exact"] = self.exact.to_dict()
        out[names.get(self.layer, "overlap")] = self.overlap.to_dict()
        for name, counts in self.attributes.items():
            out[name] = {
                "accuracy": round(counts.correct / n, 4) if n else None,
                **counts.to_dict(),
            }
        return out


def evaluate(
    docs: Iterable[Mapping[str, Any]],
    pipeline: Pipeline,
    layers: Sequence[str] | None = None,
) -> dict[str, LayerScore]:
    """Run ``pipeline`` on each gold document and score the annotated layers."""
    for layer in layers or ():
        if layer not in LAYERS:
            raise InputError(f"unknown layer {layer!r}; layers: {', '.join(LAYERS)}")
    scores: dict[str, LayerScore] = {}
    for doc in docs:
        wanted = [l for l in doc.get("layers", LAYERS) if l in LAYERS and (not layers or l in layers)]
        if not wanted:
            continue
        result = pipeline(gold_article(doc))
        for layer in wanted:
            score = scores.setdefault(layer, LayerScore(layer))
            score.add(str(doc.get("id")), system_records(result, layer), list(doc.get(layer) or ()))
    return {layer: scores[layer] for layer in LAYERS if layer in scores}


def format_scores(scores: Mapping[str, LayerScore]) -> str:
    """A plain-text table of the scores, one block per layer."""
    lines = []
    for layer, score in scores.items():
        data = score.to_dict()
        lines.append(f"{layer}  (gold {score.overlap.gold}, system {score.overlap.system})")
        for key, val in data.items():
            if not isinstance(val, dict):
                continue
            acc = f"  accuracy {val['accuracy']:.3f}" if val.get("accuracy") is not None else ""
            lines.append(
                f"  {key:<9} P {val['precision']:.3f}  R {val['recall']:.3f}  F1 {val['f1']:.3f}{acc}"
            )
    return "\n".join(lines)
