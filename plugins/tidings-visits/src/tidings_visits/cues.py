"""Which sentences can hold a trigger word, found in one pass over the text.

Few sentences of a news article speak of travel, meetings or hosting, and the
trigger families of :mod:`tidings_visits.lexicon` are costly to search. Their
cues (:data:`~tidings_visits.lexicon.CUES`) are cheap: one search of the
case-folded text for any cue marks the sentences a cue touches, and in those the
cues of each family say which families to search, and from where (the word before
the family's first cue). A family can only match where one of its cues does, so
the sentences and families left out hold no trigger.

>>> from tidings import Span
>>> text = "Markets fell. Putin met Xi in Beijing. Prices rose."
>>> [(text[s.start:s.end], [(name, start) for name, _, start in found])
...  for s, found in cued(text, [Span(0, 13), Span(14, 38), Span(39, 51)])]
[('Putin met Xi in Beijing.', [('meet', 14)])]
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Sequence

import regex

from tidings import Span
from tidings.patterns import alternation

from .lexicon import CUE_ENDS, CUES, FAMILIES

#: A cue that opens with a letter matches where a word starts.
_AT_WORD = r"(?<![a-z0-9_])"


def _pattern(cues: Sequence[str]) -> str:
    """A pattern that finds ``cues``, a tree of their letters: those opening with a
    letter where a word starts, the others anywhere."""
    words = [c for c in cues if c[:1].isalpha()]
    others = [c for c in cues if not c[:1].isalpha()]
    return "|".join(
        ([_AT_WORD + alternation(words, end=lambda w: CUE_ENDS.get(w, ""))] if words else [])
        + ([alternation(others)] if others else [])
    )


#: Any cue (a search led by the word-start test runs fastest, so the cues that
#: open otherwise, "," of ", in", are searched for apart).
_ANY = [re.compile(_pattern([c for cues in CUES.values() for c in cues if c[:1].isalpha()])),
        re.compile(_pattern([c for cues in CUES.values() for c in cues if not c[:1].isalpha()]))]
_EACH = {name: re.compile(_pattern(cues)) for name, cues in CUES.items()}
#: The families for a text in which no letter folds to several letters: there,
#: simple case folding finds what full case folding ("ﬂew" for "flew") does, faster.
_SIMPLY_FOLDED = {name: regex.compile(p.pattern, regex.IGNORECASE | regex.VERSION0) for name, p in FAMILIES.items()}

#: A family to search in a sentence: its name, the pattern to search with, and where to start.
Family = tuple[str, regex.Pattern, int]


def cued(text: str, sentences: Sequence[Span]) -> list[tuple[Span, tuple[Family, ...]]]:
    """The ``sentences`` (sorted, not overlapping) that hold a cue, each with the
    families whose cue it holds (name, pattern to search with, where to start), in
    text order.

    A text in which some letter folds to several ("ß" to "ss") has no offsets in
    common with its folded form: then every sentence may hold every family.
    """
    folded = text.casefold()
    if len(folded) != len(text):
        return [(s, tuple((name, p, s.start) for name, p in FAMILIES.items())) for s in sentences]
    starts = [s.start for s in sentences]
    # Every cue in a sentence starts where the search found one, or inside what it found.
    # Inside one word, no cue starts: for a sentence where only single words were found
    # (none from the sentence before), the cues that start where they do are all; for
    # the others, each family's cue is looked for, from the first that was found.
    words: dict[int, list[int]] = {}
    first: dict[int, int] = {}
    several: set[int] = set()  # a cue of several words, or one begun before the sentence
    for pattern in _ANY:
        for m in pattern.finditer(folded):
            lo, hi = max(0, bisect.bisect_right(starts, m.start()) - 1), bisect.bisect_left(starts, m.end())
            for i in range(lo, hi):
                first[i] = min(first.get(i, m.start()), m.start())
                if i == lo and m.start() >= sentences[i].start and m.group().isalpha():
                    words.setdefault(i, []).append(m.start())
                else:
                    several.add(i)
    out = []
    for i in sorted(first):
        s = sentences[i]
        found = []
        for name, cue in _EACH.items():
            if i not in several:
                at = next((at for at in words[i] if cue.match(folded, at, s.end)), None)
            else:
                m = cue.search(folded, max(s.start, first[i]), s.end)
                at = m.start() if m else None
            if at is not None:
                found.append((name, _SIMPLY_FOLDED[name], _word_before(text, at, s.start)))
        if found:
            out.append((s, tuple(found)))
    return out


def _word_before(text: str, at: int, floor: int) -> int:
    """Where the word before offset ``at`` starts (with the word ``at`` is in), not
    before ``floor``: where a match with its cue at ``at`` can start at the earliest."""
    i = at
    for inside in (_in_word, str.isspace, _in_word):
        while i > floor and inside(text[i - 1]):
            i -= 1
    return i


def _in_word(char: str) -> bool:
    return char.isalnum() or char in "_-"
