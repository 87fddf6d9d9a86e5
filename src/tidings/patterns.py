"""Regular-expression building blocks that extractors share.

An engine tries the branches of ``said|says|stressed|…`` one after the other at
every position it looks at; written as a trie (``s(?:a(?:id|ys)|tressed)``) it
follows the text a character at a time and rejects a word after a character
or two, so some hundreds of words cost little more than one.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from typing import Any

__all__ = ["alternation"]


def alternation(words: Iterable[str], *, space: str = r"\s+", end: Callable[[str], str] | None = None) -> str:
    r"""One pattern for many literal ``words``, factored into a trie.

    It matches what the longest-first alternation of the words matches: words
    that differ at a character cannot both match where they differ, and of
    words that extend one another the longest is tried first. Words are
    phrases, one space between two words and none at either end (otherwise two
    spaces in a row would make the trie ambiguous); a space matches ``space``
    (any run of white space by default). The result is a non-capturing group,
    valid for both ``re`` and ``regex``.

    >>> print(alternation(["last", "last few", "late"]))
    (?:la(?:st(?:\s+few|)|te))
    >>> import re
    >>> re.match(alternation(["a", "ab", "abc"]), "abd").group()
    'ab'

    ``end`` gives the pattern that must follow a word (the word then matches
    only where its own ending does):

    >>> print(alternation(["add", "added", "according to"], end=lambda w: "!" if " " in w else "$"))
    (?:a(?:ccording\s+to!|dd(?:ed$|$)))
    """
    root: dict[str, Any] = {}
    for word in words:
        if not word or "  " in word or word.strip(" ") != word:
            raise ValueError(f"not a phrase for an alternation: {word!r}")
        node = root
        for char in word:
            node = node.setdefault(char, {})
        node[""] = end(word) if end else ""
    return "(?:" + _branches(root, space) + ")"


def _branches(node: dict[str, Any], space: str) -> str:
    options = [(space if c == " " else re.escape(c)) + _branches(child, space) for c, child in sorted(node.items()) if c]
    if "" in node:
        options.append(node[""])
    return options[0] if len(options) == 1 else "(?:" + "|".join(options) + ")"
