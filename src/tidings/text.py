"""Shared text helpers: paragraphs, sentences and quotation marks, with offsets.

Extractors get these through :class:`tidings.Context`, which computes each once per
article. All patterns run in linear time.

>>> text = "Mr. Putin met al-Sharaa. “Relations continue,” he said.\\nA new line."
>>> [text[s.start:s.end] for s in sentences(text)]
['Mr. Putin met al-Sharaa.', '“Relations continue,” he said.', 'A new line.']
"""

from __future__ import annotations

import bisect

import regex

from .model import Span

#: Opening quotation marks and the closing marks each may pair with.
QUOTE_PAIRS: dict[str, str] = {
    '"': '"',
    "“": "”",
    "„": "“”",
    "«": "»",
    "»": "«",
    "‹": "›",
    "‘": "’",
    "‚": "‘’",
    "'": "'",
    "「": "」",
}
OPENING_QUOTES = frozenset(QUOTE_PAIRS)
CLOSING_QUOTES = frozenset("".join(QUOTE_PAIRS.values()))

# Words after which a full stop does not end a sentence.
ABBREVIATIONS = frozenset(
    """mr mrs ms dr prof gen lt col maj capt sgt cmdr adm gov sen rep rev st mt ft
    sens reps del atty supt msgr fr hon det insp cpl pvt brig lieut
    jr sr co corp inc ltd no nos vs etc jan feb mar apr jun jul aug sep sept oct nov dec
    u.s u.k u.n e.g i.e a.m p.m pres sec dept est approx fig ave blvd""".split()
)

_PARAGRAPH = regex.compile(r"[^\n]+")
# A candidate sentence end: terminal punctuation, optional closers, then space.
_SENTENCE_END = regex.compile(r"[.!?…]+[\"”’'»)\]]*(?=\s+[\"“‘'«(\[]?[\p{Lu}\p{N}])")
_WORD_BEFORE = regex.compile(r"([\p{L}.]+)\Z")


def paragraphs(text: str) -> list[Span]:
    """The non-empty lines of ``text``, as spans (newswire puts a paragraph a line)."""
    return [Span(m.start(), m.end()) for m in _PARAGRAPH.finditer(text) if m.group().strip()]


def _ends_sentence(text: str, end: int) -> bool:
    """Whether the punctuation ending at ``end`` closes a sentence (not "Mr.", "U.S.")."""
    if text[end - 1] != "." and not (end >= 2 and text[end - 2] == "."):
        return True
    dot = text.rfind(".", max(0, end - 4), end)
    word = _WORD_BEFORE.search(text, max(0, dot - 12), dot)
    if word is None:
        return True
    w = word.group(1).lower().lstrip(".")
    if w in ABBREVIATIONS:
        return False
    # A single initial ("J. Smith"), not a one-letter word like "I".
    return not (len(w) == 1 and w.isalpha() and w != "i")


def _skip_space(text: str, start: int, end: int) -> int:
    while start < end and text[start].isspace():
        start += 1
    return start


def sentences(text: str) -> list[Span]:
    """Sentence spans, trimmed of surrounding white space, never crossing a line."""
    out: list[Span] = []
    for para in paragraphs(text):
        start = _skip_space(text, para.start, para.end)
        for m in _SENTENCE_END.finditer(text, para.start, para.end):
            if _ends_sentence(text, m.start() + len(m.group().rstrip("\"”’'»)]"))):
                out.append(Span(start, m.end()))
                start = _skip_space(text, m.end(), para.end)
        end = para.end
        while end > start and text[end - 1].isspace():
            end -= 1
        if end > start:
            out.append(Span(start, end))
    return out


def index_of(starts: list[int], offset: int) -> int:
    """The index of the last of the sorted ``starts`` at or before ``offset``
    (-1 when none is): with the starts of sorted spans, the span holding it."""
    return bisect.bisect_right(starts, offset) - 1
