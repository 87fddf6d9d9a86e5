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
"""

from __future__ import annotations

from collections.abc import Iterable

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
