"""Word tokens with offsets, the unit the actor rules read.

A token is a run of letters, marks and digits, joined by inner apostrophes and
hyphens ("al-Sharaa", "O'Brien", "Guinea-Bissau"), or a dotted acronym ("U.S.").
A trailing possessive ("’s", "'s") is split off and recorded on the token, so
"Al-Sharaa’s" gives the token "Al-Sharaa" with ``possessive=True``.

>>> [(t.text, t.possessive) for t in tokenize("Al-Sharaa’s visit to the U.S. capital")]
[('Al-Sharaa', True), ('visit', False), ('to', False), ('the', False), ('U.S.', False), ('capital', False)]
"""

from __future__ import annotations

import bisect
import functools
import itertools
import operator
import re
from collections.abc import Iterable, Set
from typing import NamedTuple

import regex

#: A token, captured: splitting on it gives the gaps and the words in turn.
#: A dotted acronym is written "A(.B)+." and the word's runs are possessive
#: (the same matches as "(A.){2,}" and plain runs, a third faster to split).
_TOKEN = regex.compile(r"(\p{Lu}(?:\.\p{Lu})+\.|[\p{L}\p{M}\p{N}]++(?:['’‐\-][\p{L}\p{M}\p{N}]++)*+)")
#: The same on text whose letters, marks and digits are all ASCII (curly
#: quotes and dashes allowed), where the standard library's engine is faster.
_ASCII_TOKEN = re.compile(r"([A-Z](?:\.[A-Z])+\.|[A-Za-z0-9]++(?:['’‐\-][A-Za-z0-9]++)*+)")
#: A letter, mark or digit outside ASCII.
_FOREIGN = regex.compile(r"[\p{L}\p{M}\p{N}--\p{ASCII}]", regex.V1)
_INLINE_SPACE = regex.compile(r"[^\S\n]+")
#: A gap with each run of inline white space written as one space (cached:
#: articles repeat their gaps, ", " and ". " above all).
_one_space = functools.lru_cache(maxsize=1 << 12)(functools.partial(_INLINE_SPACE.sub, " "))


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


class Tokens(list[Token]):
    """The tokens of a text, with what the rules scan them for computed once:
    ``lowers`` (each token's ``lower``), ``caps`` (the indices of the
    capitalised tokens), ``cap_words`` and ``cap_lowers`` (their ``text`` and
    ``lower``, in the same order), ``common`` (the words written in lower
    case) and ``gaps`` (the text before each token, as :func:`gap` reads it).
    The indices of the tokens whose ``lower`` is one of ``keywords`` are found
    once, so that ``where`` asked about keywords only looks at those.

    >>> tokens = tokenize("The minister met Putin in the capital.")
    >>> tokens.caps, tokens.cap_words, tokens.cap_lowers, sorted(tokens.common)
    ([0, 3], ['The', 'Putin'], ['the', 'putin'], ['capital', 'in', 'met', 'minister', 'the'])
    >>> tokens.where({"the", "met"}), tokens.where({"the", "met"}, capitalised=True)
    ([0, 2, 5], [0])
    """

    def __init__(
        self,
        tokens: Iterable[Token],
        words: list[str],
        lowers: list[str],
        capitalised: list[bool],
        gaps: list[str],
        keywords: frozenset[str] = frozenset(),
    ):
        super().__init__(tokens)
        self.keywords = keywords
        self._at_keywords = list(itertools.compress(range(len(lowers)), map(keywords.__contains__, lowers)))
        self.gaps = gaps
        self.lowers = lowers
        self.caps = list(itertools.compress(range(len(lowers)), capitalised))
        self.cap_words = list(itertools.compress(words, capitalised))
        self.cap_lowers = list(itertools.compress(lowers, capitalised))
        self.common = frozenset(itertools.compress(lowers, map(operator.not_, capitalised)))
        self._vocabulary = self.common.union(self.cap_lowers)

    def where(self, words: Set[str], *, capitalised: bool = False) -> list[int]:
        """The indices of the tokens whose ``lower`` is one of ``words`` (of
        the capitalised tokens only, when ``capitalised``)."""
        if self._vocabulary.isdisjoint(words):
            return []
        if capitalised:
            return list(itertools.compress(self.caps, map(words.__contains__, self.cap_lowers)))
        if words <= self.keywords:
            hits = self._at_keywords
            return list(itertools.compress(hits, map(words.__contains__, map(self.lowers.__getitem__, hits))))
        return list(itertools.compress(range(len(self.lowers)), map(words.__contains__, self.lowers)))


#: An apostrophe no letter, mark or digit follows (one that does is inside
#: its word, or after an acronym, which is looked at anyway for its dots).
_APOSTROPHE = regex.compile(r"['’](?![\p{L}\p{M}\p{N}])")


def _capitalised(word: str) -> bool:
    """"Putin", and "al-Sharaa" (a short particle, a hyphen, a capital)."""
    head, sep, rest = word.partition("-")
    return bool(sep and rest and rest[0].isupper() and len(head) <= 3)


def tokenize(text: str, keywords: frozenset[str] = frozenset()) -> Tokens:
    """The word tokens of ``text`` in order (linear time), with the tokens
    whose ``lower`` is one of ``keywords`` indexed for :meth:`Tokens.where`.

    The text is split once; the words that hold an apostrophe, a hyphen or a
    dot, or that an apostrophe follows, are then looked at one by one.
    """
    plain = text.isascii() or _FOREIGN.search(text) is None
    parts = (_ASCII_TOKEN if plain else _TOKEN).split(text)  # gap, word, gap, word, …, gap
    words = parts[1::2]
    if not words:
        return Tokens((), [], [], [], [])
    offsets = list(itertools.accumulate(map(len, parts)))
    starts, ends = offsets[0:-1:2], offsets[1::2]
    gaps = parts[0:-1:2]
    lowers = list(map(str.casefold, words))
    caps = list(map(str.isupper, map(operator.itemgetter(0), words)))
    possessives = [False] * len(words)
    odd = set(itertools.compress(itertools.count(), map(operator.not_, map(str.isalnum, words))))
    for m in _APOSTROPHE.finditer(text):  # an apostrophe right after a word: "Damascus’ efforts"
        i = bisect.bisect_left(ends, m.start())
        if i < len(ends) and ends[i] == m.start():
            odd.add(i)
    size = len(text)
    for i in odd:
        word, end = words[i], ends[i]
        if word[-1] in "sS":
            if word[-2:-1] in ("'", "’") and len(word) > 2:
                possessives[i] = True
                word = words[i] = word[:-2]
                lowers[i] = word.casefold()
                ends[i] = end - 2
                if i + 1 < len(gaps):
                    gaps[i + 1] = text[end - 2 : end] + gaps[i + 1]
            elif end < size and text[end] in "'’" and (end + 1 == size or not text[end + 1].isalnum()):
                possessives[i] = True  # plural or s-final possessive: "Damascus’ efforts"
        if "." in word:
            lowers[i] = word.replace(".", "").casefold()
        if not caps[i] and "-" in word:
            caps[i] = _capitalised(word)
    # tuple.__new__ by map: a Token without the Python-level __new__ of a named tuple.
    fields = zip(starts, ends, words, lowers, caps, possessives)
    return Tokens(map(tuple.__new__, itertools.repeat(Token), fields), words, lowers, caps, gaps, keywords)


def gap(tokens: Tokens, i: int) -> str:
    """The text between token ``i - 1`` and token ``i`` (possessive marks
    included; the text before the first token for ``i == 0``), each run of
    spaces, tabs or no-break spaces written as one space.

    >>> tokens = tokenize("Gov.\u00a0Mike  Pence’s  aide")
    >>> [gap(tokens, i) for i in (1, 2, 3)]
    ['. ', ' ', '’s ']
    """
    between = tokens.gaps[i]
    return between if between == " " else _one_space(between)


def line_starts(tokens: Tokens) -> list[int]:
    """The indices of the tokens that open a line: the first token and those
    after a line break.

    >>> line_starts(tokenize("One line\\n\\nTwo lines\\nthree"))
    [0, 2, 4]
    """
    breaks = map(operator.contains, itertools.islice(tokens.gaps, 1, None), itertools.repeat("\n"))
    return [0, *itertools.compress(range(1, len(tokens)), breaks)] if tokens else []


def sentence_initial(tokens: Tokens, k: int) -> bool:
    """Whether token ``k`` opens a sentence or a line.

    >>> [sentence_initial(tokenize("He left. Putin stayed"), k) for k in range(4)]
    [True, False, True, False]
    """
    if k == 0:
        return True
    between = gap(tokens, k)
    return "\n" in between or between.rstrip(" \"“‘'«(").endswith((".", "!", "?", ":"))
