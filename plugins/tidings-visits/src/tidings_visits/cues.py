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
import functools
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


#: Any cue that opens with a letter, with the character before it: a search led
#: by a class of characters skips the letters between word starts quickly, where a
#: test at each position (the look-behind of :data:`_AT_WORD`) would not. The text
#: searched has a space before it, so a cue at its start has a character before it
#: too; a cue ends with a letter, so the character before the next is never part
#: of the last, and the matches are those of the look-behind, one character longer.
_WORD_CUES = re.compile(
    r"[^a-z0-9_]" + alternation([c for cues in CUES.values() for c in cues if c[:1].isalpha()],
                                end=lambda w: CUE_ENDS.get(w, ""))
)
#: Any cue that opens otherwise: "," of ", in".
_OTHER_CUES = re.compile(_pattern([c for cues in CUES.values() for c in cues if not c[:1].isalpha()]))
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
    words: dict[int, list[tuple[int, str]]] = {}
    first: dict[int, int] = {}
    several: set[int] = set()  # a cue of several words, or one begun before the sentence
    found_cues = [(m.start(), m.end() - 1, m.group()[1:]) for m in _WORD_CUES.finditer(" " + folded)]
    found_cues += [(m.start(), m.end(), m.group()) for m in _OTHER_CUES.finditer(folded)]
    for start, end, cue in found_cues:
        lo, hi = max(0, bisect.bisect_right(starts, start) - 1), bisect.bisect_left(starts, end)
        for i in range(lo, hi):
            first[i] = min(first.get(i, start), start)
            if i == lo and start >= sentences[i].start and end <= sentences[i].end and cue.isalpha():
                words.setdefault(i, []).append((start, cue))
            else:
                several.add(i)
    out = []
    for i in sorted(first):
        s = sentences[i]
        if i not in several:
            # A cue of one word, inside the sentence: the families whose cue it begins with.
            at: dict[str, int] = {}
            for start, cue in words[i]:
                for name in _families_of(cue):
                    at.setdefault(name, start)
        else:
            at = {}
            for name, pattern in _EACH.items():
                m = pattern.search(folded, max(s.start, first[i]), s.end)
                if m is not None:
                    at[name] = m.start()
        found = tuple((name, _SIMPLY_FOLDED[name], _word_before(text, at[name], s.start)) for name in _EACH if name in at)
        if found:
            out.append((s, found))
    return out


@functools.lru_cache(maxsize=None)
def _families_of(cue: str) -> tuple[str, ...]:
    """The families with a cue that ``cue``, a cue of one word found by the search
    for any, begins with: the cue found is the longest there, so every cue that
    matches where it starts matches a beginning of it."""
    return tuple(name for name, pattern in _EACH.items() if pattern.match(cue))


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
