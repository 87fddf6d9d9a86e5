"""Is a quoted passage somebody's words? Titles, nicknames, scare quotes and
markup are not.

The decision reads the context: a speech cue makes even one word a partial
quote (“deplorables”); "so-called", "titled", "nicknamed" before the marks, a
quoted word inside a name (Robert C. "Bobby" Scott), a short Title Case
phrase with no cue (a show, a film), a short phrase introduced by "a" with no
cue (a separate “liquidating trust”) or a one- or two-word phrase used as a
modifier with no cue (“quack” medical cures) are not quotes.

>>> text = 'The so-called "Islamic State" lost. She called it "a disgrace."'
>>> from tidings_quotes.marks import quotations
>>> [(text[q.start:q.end], reason(text, q, attribution=None)) for q in quotations(text)]
[('Islamic State', 'so-called'), ('a disgrace.', None)]
"""

from __future__ import annotations

import itertools
import re

import regex

from .marks import Quotation

_NAMING = regex.compile(  # (?r): anchored at the end, read from there
    r"(?r)(?:so[\s-]called|titled|entitled|dubbed|nicknamed|named|headlined|labell?ed|"
    r"billed\s+as|known\s+as|tagged|hashtag|slogan|motto|series|show|program|programme|film|movie|"
    r"documentary|book|song|album|column|commentary|editorial|headline|op-ed|episode|article|essay|play|poem|"
    r"novel|operation)"
    r"[\s,]*\Z",
    regex.IGNORECASE,
)
_WORD = regex.compile(r"[\p{L}\p{N}][\p{L}\p{N}'’.-]*")
# Longer passages are quotes whatever their context.
_MOST_WORDS = 8
_SMALL_WORDS = frozenset("a an the of in on at to for and or but vs with from by as is".split())
_CAPITALISED_BEFORE = regex.compile(r"(?r)\p{Lu}[\p{L}.]*\s\Z")
_CAPITALISED_AFTER = regex.compile(r"\s\p{Lu}")
# How far _LOWER_WORD_AFTER looks: a space, its longest word ("because") and the character after.
_LOOK_AFTER = 12
_LOWER_WORD_AFTER = regex.compile(r"\s(?!(?:and|or|but|that|which|who|to|of|in|on|at|for|as|is|was|are|were|by|from|with|than|if|because|when)\b)\p{Ll}")
# What titles do not have: an exclamation, a question, a sentence break.
_SENTENCE_LIKE = regex.compile(r"[!?]|\.\s")
# A title right after a possessive or "on": "MSNBC's “Morning Joe”", "ABC News' “This Week”",
# "on “Face the Nation”".
_MEDIA_BEFORE = regex.compile(r"(?r)(?:['’]s|s['’]|\bon|\bof|\bin)\s*\Z")
# A media word right after a title: "“Keepin' It Real” radio program", "“Hamilton” tour".
_MEDIA_AFTER = regex.compile(
    r"\s+(?:(?:radio|television|TV|talk|news|cable|web|reality)\s+)?"
    r"(?:program|programme|show|series|podcast|film|movie|documentary|book|memoir|album|song|column|"
    r"newsletter|blog|tour|musical|play|novel)(?![\p{L}])"
)
# How far _MEDIA_AFTER looks: a space, its longest modifier and noun, and the character after.
_LOOK_MEDIA = 30
_FUNCTION_WORDS = frozenset(
    "he she it they we i you him her them us me his hers its their our a an the this that and or but not no yes".split()
)
# A term introduced by an indefinite article (and at most one adjective), not after a
# copula, a comparison, a naming verb or a conjunction (where it characterises someone:
# "pounding Trump as a “con artist”", "and a “spoiled brat”"): "a separate “liquidating
# trust”", "Roanoke, Va. - a “philanthropub” that …".
_TERM_BEFORE = regex.compile(
    r"(?:(?<![\p{L}])(?!(?i:as|to|like|and|or|is|was|are|were|be|been|being|become|became|call|calls|called)\s)"
    r"[\p{L}.]+|[-–—,:;(])\s+(?:a|an)\s+(?:\p{Ll}+\s+)?\Z"
)
_TERM_WORDS = 3
_MARKUP = re.compile(r"[<>{}=]|https?:")  # stdlib re: a fast scan for a few characters
_NO_WORD = regex.compile(r"\W*\Z")


def _title_case(words: list[str]) -> bool:
    return bool(words) and (words[0][0].isupper() or words[0][0].isdigit()) and all(
        w[0].isupper() or w[0].isdigit() or w.lower() in _SMALL_WORDS for w in words
    )


def reason(text: str, q: Quotation, *, attribution: str | None) -> str | None:
    """Why the passage ``q`` is not a quotation (None when it is one).

    ``attribution`` says where a speech cue attributes it (``after``,
    ``before``, ``colon``) or is None; reasons: ``markup``, ``word`` (a word
    quoted as a word: "she" is a "he"), ``so-called`` (or another naming word),
    ``nickname``, ``title``, ``term`` (a phrase introduced by "a": a
    separate “liquidating trust”) and ``scare``.
    """
    inside = text[q.start : q.end]
    open_at = q.start - len(q.opening)
    close_end = q.end + (len(q.closing) if q.closing else 0)
    if _MARKUP.search(inside) or _NO_WORD.match(inside) or (open_at > 0 and text[open_at - 1] == "="):
        return "markup"
    words = [m.group() for m in itertools.islice(_WORD.finditer(inside), _MOST_WORDS + 1)]
    if len(words) > _MOST_WORDS:
        return None
    if len(words) == 1 and words[0].lower() in _FUNCTION_WORDS and attribution != "after":
        return "word"
    before = text[max(0, open_at - 20) : open_at]
    naming = _NAMING.search(before)
    if naming is not None:
        return "so-called" if naming.group().lower().startswith("so") else "title"
    if (
        len(words) <= 2
        and _title_case(words)
        and _CAPITALISED_BEFORE.search(before)
        and _CAPITALISED_AFTER.match(text, close_end, close_end + 2)
    ):
        return "nickname"
    exclaims = bool(_SENTENCE_LIKE.search(inside))
    if _title_case(words) and not exclaims:
        if _MEDIA_BEFORE.search(before) or _MEDIA_AFTER.match(text, close_end, close_end + _LOOK_MEDIA):
            return "title"  # on CNN's “State of the Union”, DuVernay’s “13th”, his “Keepin’ It Real” radio program
        if attribution != "after" and (len(words) >= 3 or (len(words) >= 2 and attribution is None)):
            return "title"  # the chapter “Legend in the Coal Fields.”
    if attribution is not None:
        return None
    if _title_case(words) and not exclaims:
        return "title"
    if len(words) <= _TERM_WORDS and _TERM_BEFORE.search(before):
        return "term"
    ends_sentence = inside.rstrip()[-1:] in ".!?…"
    if len(words) <= 2 and _LOWER_WORD_AFTER.match(text, close_end, close_end + _LOOK_AFTER) and not ends_sentence:
        return "scare"
    return None
