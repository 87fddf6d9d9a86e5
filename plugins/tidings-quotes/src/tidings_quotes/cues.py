"""Speech cues: the verbs and phrases that attribute words to a speaker.

Every inflected form of the speech verbs, found a word at a time.

>>> [c.word for c in find_cues("Putin said, adding that he had warned them; she tweets")]
['said', 'adding', 'warned', 'tweets']
>>> "told" in CUE_FORMS, "table" in CUE_FORMS
(True, False)
"""

from __future__ import annotations

from collections.abc import Iterator

import attrs
import regex

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
chant comment""".split()

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

_WORD = regex.compile(r"[\p{L}\p{N}'’-]+")
_NEXT_WORD = regex.compile(r"\s+([\p{L}]+)")
_SINGLE = frozenset(f for f in CUE_FORMS if " " not in f)
#: Two-word cues by their first word: "according" → {"to"}, "went" → {"on"}.
_PAIRS: dict[str, frozenset[str]] = {
    first: frozenset(f.split()[1] for f in CUE_FORMS if f.split()[0] == first)
    for first in {f.split()[0] for f in CUE_FORMS if " " in f}
}


@attrs.frozen
class Cue:
    """A cue found in the text: ``word`` (one space between two words) at ``start``/``end``."""

    start: int
    end: int
    word: str


def find_cues(text: str, lo: int = 0, hi: int | None = None) -> Iterator[Cue]:
    """The cues of ``text[lo:hi]`` in text order: a word at a time, looked up
    in a set (much faster than one alternation of every form).

    >>> [c.word for c in find_cues("Putin said, adding that he went on, according to her")]
    ['said', 'adding', 'went on', 'according to']
    """
    hi = len(text) if hi is None else hi
    for m in _WORD.finditer(text, lo, hi):
        word = m.group()
        seconds = _PAIRS.get(word)
        if seconds is not None:
            nxt = _NEXT_WORD.match(text, m.end(), hi)
            if nxt is not None and nxt.group(1) in seconds:
                yield Cue(m.start(), nxt.end(), f"{word} {nxt.group(1)}")
                continue
        if word in _SINGLE:
            yield Cue(m.start(), m.end(), word)
