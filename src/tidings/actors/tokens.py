"""Word tokens with offsets, the unit the actor rules read.

A token is a run of letters, marks and digits, joined by inner apostrophes and
hyphens ("al-Sharaa", "O'Brien", "Guinea-Bissau"), or a dotted acronym ("U.S.").
A trailing possessive ("’s", "'s") is split off and recorded on the token, so
"Al-Sharaa’s" gives the token "Al-Sharaa" with ``possessive=True``.

>>> [(t.text, t.possessive) for t in tokenize("Al-Sharaa’s visit to the U.S. capital")]
[('Al-Sharaa', True), ('visit', False), ('to', False), ('the', False), ('U.S.', False), ('capital', False)]
"""

from __future__ import annotations

from typing import NamedTuple

import regex

_TOKEN = regex.compile(r"(?:\p{Lu}\.){2,}|[\p{L}\p{M}\p{N}]+(?:['’‐\-][\p{L}\p{M}\p{N}]+)*")
_INLINE_SPACE = regex.compile(r"[^\S\n]+")


class Token(NamedTuple):
    """A word at ``start``…``end`` of the text; ``lower`` is its case-folded form
    without dots, ``cap`` whether it starts with a capital (after an "al-" style
    particle), ``possessive`` whether "'s" followed it."""

    start: int
    end: int
    text: str
    lower: str
    cap: bool
    possessive: bool


def _capitalised(word: str) -> bool:
    """"Putin", and "al-Sharaa" (a short particle, a hyphen, a capital)."""
    head, sep, rest = word.partition("-")
    return bool(sep and rest and rest[0].isupper() and len(head) <= 3)


def tokenize(text: str) -> list[Token]:
    """The word tokens of ``text`` in order (linear time)."""
    out: list[Token] = []
    size = len(text)
    for m in _TOKEN.finditer(text):
        word = m.group()
        start, end = m.span()
        possessive = False
        if word[-1] in "sS":
            if word[-2:-1] in ("'", "’") and len(word) > 2:
                possessive = True
                word, end = word[:-2], end - 2
            elif end < size and text[end] in "'’" and (end + 1 == size or not text[end + 1].isalnum()):
                possessive = True  # plural or s-final possessive: "Damascus’ efforts"
        lower = word.casefold() if "." not in word else word.replace(".", "").casefold()
        cap = word[0].isupper() or ("-" in word and _capitalised(word))
        out.append(Token(start, end, word, lower, cap, possessive))
    return out


def gap(text: str, tokens: list[Token], i: int) -> str:
    """The text between token ``i - 1`` and token ``i`` (possessive marks
    included), each run of spaces, tabs or no-break spaces written as one space.

    >>> text = "Gov.\u00a0Mike  Pence"
    >>> [gap(text, tokenize(text), i) for i in (1, 2)]
    ['. ', ' ']
    """
    between = text[tokens[i - 1].end : tokens[i].start] if i > 0 else text[: tokens[0].start]
    return between if between == " " else _INLINE_SPACE.sub(" ", between)


def sentence_initial(text: str, tokens: list[Token], k: int) -> bool:
    """Whether token ``k`` opens a sentence or a line.

    >>> text = "He left. Putin stayed"
    >>> [sentence_initial(text, tokenize(text), k) for k in range(4)]
    [True, False, True, False]
    """
    if k == 0:
        return True
    between = gap(text, tokens, k)
    return "\n" in between or between.rstrip(" \"“‘'«(").endswith((".", "!", "?", ":"))
