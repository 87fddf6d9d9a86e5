"""One regular expression for many literal words, written as a trie.

An engine tries the branches of ``said|says|stressed|…`` one after the other
at every position it looks at; written as a trie (``s(?:a(?:id|ys)|tressed)``)
it follows the text a character at a time, and some hundreds of words cost
little more than one.
"""

from __future__ import annotations

import re
from typing import Any


def trie(words: dict[str, str]) -> str:
    """One pattern for many literal ``words`` (each with the pattern that must
    follow it), written as a trie so that the engine follows the text a
    character at a time instead of trying every word; a space in a word
    matches any run of spaces; the longer of two words that fit wins.

    >>> print(trie({"add": "$", "added": "$", "according to": "!"}))
    (?:a(?:ccording\\s+to!|dd(?:ed$|$)))
    """
    root: dict[str, Any] = {}
    for word, end in words.items():
        node = root
        for char in word:
            node = node.setdefault(char, {})
        node[""] = end

    def branches(node: dict[str, Any]) -> str:
        options = [(r"\s+" if c == " " else re.escape(c)) + branches(n) for c, n in sorted(node.items()) if c]
        if "" in node:
            options.append(node[""])
        return options[0] if len(options) == 1 else "(?:" + "|".join(options) + ")"

    return "(?:" + branches(root) + ")"
