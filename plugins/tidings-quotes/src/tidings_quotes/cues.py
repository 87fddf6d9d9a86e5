"""Speech cues: the verbs and phrases that attribute words to a speaker.

Every inflected form of the speech verbs, found by one compiled trie of all
of them; :class:`CueIndex` scans an article once and answers for any span.

>>> [c.word for c in find_cues("Putin said, adding that he had warned them; she tweets")]
['said', 'adding', 'warned', 'tweets']
>>> "told" in CUE_FORMS, "table" in CUE_FORMS
(True, False)
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterator

import attrs

from tidings.patterns import alternation

# Verbs whose forms are not base+ed/s/ing.
_IRREGULAR: dict[str, tuple[str, ...]] = {
    "say": ("say", "says", "said", "saying"),
    "tell": ("tell", "tells", "told", "telling"),
    "write": ("write", "writes", "wrote", "writing", "written"),
    "go on": ("went on", "goes on", "going on"),
    "point out": ("points out", "pointed out", "pointing out"),
    "cry": ("cries", "cried"),
    "quip": ("quips", "quipped", "quipping"),
    "admit": ("admits", "admitted", "admitting"),
    "speak": ("speaks", "spoke", "speaking"),
    "put it": ("put it", "puts it"),
    "slam": ("slams", "slammed", "slamming"),
    "brand": ("brands", "branded", "branding"),
    "read": ("reads", "read"),  # “…,” the letter reads.
}

# Verbs that take base+ed/s/ing.
_REGULAR = """add note stress warn claim explain continue ask insist argue tweet declare
announce acknowledge recall suggest urge vow promise concede counter respond remark
observe complain predict caution emphasize emphasise affirm maintain contend allege
charge boast agree conclude state report joke shout whisper scream yell exclaim muse
mutter lament opine confirm assert brag proclaim interject retort scoff concur reiterate
recount wonder demand describe call posit thunder fume chime condemn criticize criticise accuse
blast praise hail dismiss deny reject tout attack mock decry denounce lambaste rate reply testify
chant comment assure""".split()

# Forms that are mostly nouns or other verbs in news text ("the states", "a call").
_EXCLUDE = frozenset(
    """state states stating charge charges counter counters continue continues
    report demand demands promise promises remark note claim tweet stress chime thunder fume
    muse add agree rate rates rating claims comment comments""".split()
)


#: Cues that introduce reported content ("called", "asked" and the like do not).
REPORTING = frozenset(
    """said says added adds noted notes told tells warned warns claimed claims argued argues
    insisted insists explained explains stressed stresses announced announces acknowledged
    acknowledges admitted admits suggested suggests predicted predicts confirmed confirms
    asserted asserts maintained maintains contended contends alleged alleges stated wrote writes
    saying adding noting warning arguing insisting explaining stressing claiming
    reported reports declared declares recalled recalls conceded concedes emphasized emphasised
    emphasizes emphasises agreed agrees vowed vows promised promises complained complains
    testified testifies""".split()
)


def _regular_forms(base: str) -> tuple[str, ...]:
    """The base, third person, past and -ing forms of a regular verb.

    >>> _regular_forms("note"), _regular_forms("deny")
    (('note', 'notes', 'noted', 'noting'), ('deny', 'denies', 'denied', 'denying'))
    """
    if base.endswith("y") and base[-2:-1] not in "aeiou":
        return (base, base[:-1] + "ies", base[:-1] + "ied", base + "ing")
    if base.endswith("ee"):
        past, ing = base + "d", base + "ing"
    elif base.endswith("e"):
        past, ing = base + "d", base[:-1] + "ing"
    else:
        past, ing = base + "ed", base + "ing"
    third = base + ("es" if base.endswith(("s", "sh", "ch", "x")) else "s")
    return (base, third, past, ing)


def _all_forms() -> set[str]:
    forms = {f for group in _IRREGULAR.values() for f in group}
    for base in _REGULAR:
        forms.update(_regular_forms(base))
    return (forms - _EXCLUDE) | {"according to", "According to"}


#: Every cue form.
CUE_FORMS: frozenset[str] = frozenset(_all_forms())

#: The end of a one-word cue: no letter, digit, apostrophe or hyphen follows.
_WORD_END = r"(?![^\W_]|['’-])"
#: The end of a two-word cue: no letter follows its second word.
_PAIR_END = r"(?![^\W\d_])"


_FORMS = alternation(CUE_FORMS, end=lambda form: _PAIR_END if " " in form else _WORD_END)
# A cue and the character before it, which must not be part of a word
# (``[^\w'’-]``): one scan, whose test of that character is fast because its
# set is ASCII; a letter or digit outside ASCII, or ’, is then left out.
_CUE_AFTER = re.compile(r"[^0-9A-Za-z_'-](" + _FORMS + ")")
_IN_WORD = re.compile(r"[\w’]")
_CUE_AT = re.compile("(" + _FORMS + ")")


@attrs.frozen
class Cue:
    """A cue found in the text: ``word`` (one space between two words) at ``start``/``end``."""

    start: int
    end: int
    word: str


def _cue(m: re.Match[str]) -> Cue:
    word = m.group(1)
    return Cue(m.start(1), m.end(1), word if word.isalpha() else " ".join(word.split()))


def find_cues(text: str, lo: int = 0, hi: int | None = None) -> Iterator[Cue]:
    """The cues that are whole words of ``text`` within ``text[lo:hi]``, in
    text order, found by one compiled trie of every form.

    >>> [c.word for c in find_cues("Putin said, adding that he went on, according to her")]
    ['said', 'adding', 'went on', 'according to']
    """
    hi = len(text) if hi is None else hi
    first = _CUE_AT.match(text, 0, hi) if lo == 0 else None
    if first is not None:
        yield _cue(first)
    for m in _CUE_AFTER.finditer(text, max(lo - 1, 0), hi):
        if text[m.start()] == " " or not _IN_WORD.match(text, m.start()):
            yield _cue(m)


class CueIndex:
    """Every cue of one text, found in one scan, and looked up by span.

    >>> index = CueIndex("“Yes,” he said. She added, “No.”")
    >>> [c.word for c in index.between(0, 15)], [c.word for c in index.between(15, 30)]
    (['said'], ['added'])
    """

    def __init__(self, text: str) -> None:
        self.cues = list(find_cues(text))
        self._starts = [c.start for c in self.cues]

    def between(self, lo: int, hi: int) -> list[Cue]:
        """The cues that start at or after ``lo`` and end at or before ``hi``."""
        i, j = bisect.bisect_left(self._starts, lo), bisect.bisect_left(self._starts, hi)
        return [c for c in self.cues[i:j] if c.end <= hi]


def cues_in(text: str, lo: int, hi: int, index: CueIndex | None = None) -> list[Cue]:
    """The cues within ``text[lo:hi]``: from the article's ``index`` when there is one."""
    return index.between(lo, hi) if index is not None else list(find_cues(text, lo, hi))
