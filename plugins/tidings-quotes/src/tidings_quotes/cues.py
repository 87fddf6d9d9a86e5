"""Speech cues: the verbs and phrases that attribute words to a speaker.

One compiled alternation of every inflected form, matched on word boundaries.

>>> [m.group() for m in CUE.finditer("Putin said, adding that he had warned them; she tweets")]
['said', 'adding', 'warned', 'tweets']
>>> is_cue("told"), is_cue("table")
(True, False)
"""

from __future__ import annotations

import regex

# Verbs whose forms are not base+ed/s/ing.
_IRREGULAR: dict[str, tuple[str, ...]] = {
    "say": ("say", "says", "said", "saying"),
    "tell": ("tell", "tells", "told", "telling"),
    "write": ("write", "writes", "wrote", "writing", "written"),
    "go on": ("went on", "goes on", "going on"),
    "point out": ("points out", "pointed out", "pointing out"),
    "reply": ("reply", "replies", "replied", "replying"),
    "cry": ("cries", "cried"),
    "testify": ("testify", "testifies", "testified", "testifying"),
    "quip": ("quips", "quipped", "quipping"),
    "admit": ("admits", "admitted", "admitting"),
    "speak": ("speaks", "spoke", "speaking"),
    "put it": ("put it", "puts it"),
    "slam": ("slams", "slammed", "slamming"),
    "brand": ("brands", "branded", "branding"),
}

# Verbs that take base+ed/s/ing.
_REGULAR = """add note stress warn claim explain continue ask insist argue tweet declare
announce acknowledge recall suggest urge vow promise concede counter respond remark
observe complain predict caution emphasize emphasise affirm maintain contend allege
charge boast agree conclude state report joke shout whisper scream yell exclaim muse
mutter lament opine confirm assert brag proclaim interject retort scoff concur reiterate
recount wonder demand describe call posit thunder fume chime condemn criticize criticise accuse
blast praise hail dismiss deny reject tout attack mock decry denounce lambaste""".split()

# Forms that are mostly nouns or other verbs in news text ("the states", "a call").
_EXCLUDE = frozenset(
    """state states stating charge charges counter counters continue continues
    report demand demands promise promises remark note claim tweet stress chime thunder fume
    muse add agree""".split()
)


def _regular_forms(base: str) -> tuple[str, ...]:
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

#: A cue, on word boundaries (longest forms first so "went on" beats nothing shorter).
CUE = regex.compile(
    r"(?<![\p{L}\p{N}'’-])(?:"
    + "|".join(regex.escape(f).replace(r"\ ", r"\s+") for f in sorted(CUE_FORMS, key=lambda f: (-len(f), f)))
    + r")(?![\p{L}\p{N}'’-])"
)

#: Cues that report words without themselves saying they were spoken: they
#: make a short quote a partial quote ("called it “a disgrace”").
NAMING_CUES = frozenset({"call", "calls", "called", "calling", "describe", "describes", "described", "describing"})


def is_cue(word: str) -> bool:
    """Whether ``word`` (lower case) is a speech cue form."""
    return word in CUE_FORMS
