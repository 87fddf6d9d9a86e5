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
_POSSESSIVE = ("'s", "’s", "'S", "’S")
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
    if word[0].isupper():
        return True
    head, sep, rest = word.partition("-")
    return bool(sep and rest and rest[0].isupper() and len(head) <= 3)


def tokenize(text: str) -> list[Token]:
    """The word tokens of ``text`` in order (linear time)."""
    out: list[Token] = []
    for m in _TOKEN.finditer(text):
        word, start, end = m.group(), m.start(), m.end()
        possessive = word.endswith(_POSSESSIVE) and len(word) > 2
        if possessive:
            word, end = word[:-2], end - 2
        elif end < len(text) and text[end] in "'’" and word.endswith(("s", "S")) and (
            end + 1 == len(text) or not text[end + 1].isalnum()
        ):
            possessive = True  # plural or s-final possessive: "Damascus’ efforts"
        out.append(Token(start, end, word, word.replace(".", "").casefold(), _capitalised(word), possessive))
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
