r"""A regex alternation of many literal words, written as a trie.

The regex engine tries the branches of ``dollar|dollars|dinar|...`` one after the
other at every position it looks at; written as a trie (``d(?:inar|ollar)s?``) it
follows the text one character at a time, and a few hundred currency words or
country names cost little more than one. The longer of two words that both fit is
tried first, as in a longest-first alternation.

>>> alternation(["dollar", "dollars", "dinar", "$"])
'(?:\\$|d(?:inar|ollar(?:s)?))'
>>> import regex
>>> regex.match(alternation(["a", "ab", "abc"]), "abd").group()
'ab'

Even a trie is tried at every position of a long text; :class:`Heads` says where
such words may start, so that the pattern need only be tried there (and at a few
more places, such as "Abuja", where it fails):

>>> Heads.of(["Abu Dhabi", "Bank of England", "U.S."]).offsets("In Abu Dhabi, the U.S. and Abuja")
[3, 18, 27]
"""

from __future__ import annotations

from collections.abc import Iterable

import attrs
import regex

_END = ""  # the key that marks the end of a word in a trie node


def alternation(words: Iterable[str]) -> str:
    """A pattern matching any of the (non-empty) literal ``words``, longest first."""
    trie: dict[str, dict] = {}
    for word in words:
        node = trie
        for char in word:
            node = node.setdefault(char, {})
        node[_END] = {}
    return _branches(trie)


def _branches(node: dict[str, dict]) -> str:
    options = [regex.escape(char) + _branches(child) for char, child in sorted(node.items()) if char != _END]
    if not options:
        return ""
    body = options[0] if len(options) == 1 else "(?:" + "|".join(options) + ")"
    return f"(?:{body})?" if _END in node else body


_ASCII_LETTERS_ONLY = bytes(b if chr(b).isascii() and chr(b).isalpha() else 0x20 for b in range(256))
_HEAD = regex.compile(r"[A-Za-z]*")


@attrs.frozen
class Heads:
    """Where words written as they are (case and all) may start in a text: at a
    whole run of ASCII letters that is the run a word starts with ("Abu" of "Abu
    Dhabi", "U" of "U.S."), as long as the word is a whole word itself (no letter
    or digit on either side); the runs of a text are listed with bytes operations.
    """

    tokens: frozenset[bytes]  # the runs the words start with
    words: tuple[str, ...]  # the words that start with no ASCII letter: looked for as they are

    @classmethod
    def of(cls, words: Iterable[str]) -> Heads:
        heads = {word: _HEAD.match(word).group() for word in words}
        return cls(
            tokens=frozenset(head.encode("ascii") for head in heads.values() if head),
            words=tuple(word for word, head in heads.items() if not head),
        )

    def offsets(self, text: str) -> list[int]:
        """Every offset in ``text`` where one of the words may start, sorted (and a few more)."""
        runs = text.encode("utf-8", "surrogatepass").translate(_ASCII_LETTERS_ONLY).split()
        found = set()
        for needle in [*(token.decode("ascii") for token in self.tokens.intersection(runs)), *self.words]:
            at = text.find(needle)
            while at >= 0:
                found.add(at)
                at = text.find(needle, at + 1)
        return sorted(found)
