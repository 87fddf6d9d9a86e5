"""The currency written around a number: a sign or code before it ("$", "US$",
"EUR", "Rs"), or a unit word, code or sign after it ("billion francs",
"Canadian dollars", "cents", "EUR", "kr", "RMB"). A code may carry a mark of its
own currency ("AUD$", "EUR€"), and a unit word its adjective ("Turkish lira").

>>> text = "profit of US$1.2 trillion and 4.7 million Canadian dollars"
>>> tag = currency_before(text, text.index("1.2"))
>>> text[tag.start:tag.end], tag.surface.key
('US$', 'US$')
>>> tag = currency_after(text, text.index("million") + len("million"))
>>> text[tag.start:tag.end], tag.named
('Canadian dollars', 'CAD')
"""

from __future__ import annotations

import attrs
import regex

from tidings.patterns import alternation
from tidings.numbers import Number

from .currencies import CUE_CODES, NAME_SPACE, Surface, Table, load_table

TABLE: Table = load_table()

# Signs after a number ("200 €", "500 kr"); "$", "#" and "R" only come before it.
_AFTER_EXCLUDED = frozenset({"$", "#", "R"})


_GAP = r"(?:[^\S\n]{1,3}|-)"
# An ISO code, and after it, perhaps, a one-character sign ("AUD$", "EUR€", "INR₹"):
# the pair counts where the sign is one of the code's own (see _code_tag).
_MARKS = "".join(s for s in TABLE.signs if len(s) == 1 and not s.isalpha())
_CODE = rf"(?P<code>[A-Z]{{3}})(?P<mark>[{regex.escape(_MARKS)}])?"
_PREFIX = regex.compile(
    r"(?<![\p{L}\p{N}_$£€¥#])(?:(?P<sign>" + alternation(TABLE.signs, space=NAME_SPACE) + rf")|{_CODE})[^\S\n]{{0,2}}\Z"
)
# The signs are tried before the codes, so that the capitals of a sign that is no
# code ("5 RMB", "50 million NIS", "5 CFA") are read as that sign.
_SUFFIX = regex.compile(
    rf"(?P<gap>{_GAP})?(?:"
    rf"(?i:(?P<adj>{alternation(TABLE.adjectives, space=NAME_SPACE)})){_GAP}(?i:(?P<aunit>{alternation(TABLE.units, space=NAME_SPACE)}))"
    rf"|(?i:(?P<unit>{alternation(TABLE.units, space=NAME_SPACE)}))"
    rf"|(?P<sign>{alternation((s for s in TABLE.signs if s not in _AFTER_EXCLUDED), space=NAME_SPACE)})"
    rf"|{_CODE}"
    r")(?![\p{L}\p{N}])"
)
# A unit word alone, to see whether one that starts with an adjective is longer than
# the adjective and the unit after it ("CFA franc BCEAO" against "CFA" + "franc").
_UNIT = regex.compile(rf"(?i:{alternation(TABLE.units, space=NAME_SPACE)})(?![\p{{L}}\p{{N}}])")
_WINDOW = 12
# Most numbers have no currency beside them, and the patterns above cost microseconds
# a try; a cheap test runs first. A sign, code or unit word that starts right after a
# number (after the gap) starts with the letters there, the whole run of them ("cfa"
# of "CFA francs"), or, where none is, with the mark there ("€"); one that ends right
# before a number ends with the letters (or the mark) there.
_LEADING_LETTERS = regex.compile(r"\p{L}*")
_TRAILING_LETTERS = regex.compile(r"(?r)\p{L}*")
_WORD_AFTER = regex.compile(r"(?:[^\S\n]{1,3}+|-)?+(\p{L}*)")  # the gap of _SUFFIX and the letters after it
_WORD_BEFORE = regex.compile(r"(?r)(\p{L}*)[^\S\n]{0,2}")  # the letters before the blanks of _PREFIX
_AFTER_WORDS = frozenset(
    _LEADING_LETTERS.match(w).group().lower()
    for w in [*TABLE.units, *TABLE.adjectives, *TABLE.signs, *TABLE.codes]
)
_AFTER_MARKS = frozenset(w[0] for w in [*TABLE.signs, *TABLE.units] if not _LEADING_LETTERS.match(w).group())
_BEFORE_WORDS = frozenset([*(_TRAILING_LETTERS.match(s).group() for s in TABLE.signs), *TABLE.codes])
_BEFORE_MARKS = frozenset(s[-1] for s in TABLE.signs if not _TRAILING_LETTERS.match(s).group())
_LONGEST_SIGN = max(len("AUD$"), *map(len, TABLE.signs))  # a sign, or a code and its mark
# Words that make "pounds" a weight: "weighs 150 to 175 pounds", "a 300-pound bomb".
_WEIGHT = regex.compile(
    r"(?<![\p{L}])(?:weigh\w*|heav(?:y|ier|iest)|light(?:er|est)|tall|feet|inches|ounces?|kilo\w*|kgs?|lbs?|"
    r"tons?|tonnes?|stone|body|obese|overweight)(?![\p{L}])",
    regex.IGNORECASE,
)
# A "$" of a program or a template: "$price", "$MY_VAR", "${1}", "$(date)", "x=$1", "$1;",
# "echo $HOME". A "$" before capitals alone is a cashtag ("Nvidia ($NVDA) rose").
_CODE_DOLLAR = regex.compile(
    r"\$[\p{Ll}_{(]|\$\p{Lu}+_|[={}]\$\d|\}\s*\$\d|\$\d(?:[;}]|\s*==)|(?<![\p{L}])(?:echo|printf|export)[^\S\n]+\$"
)
_CURRENCY_TALK = regex.compile(
    r"(?<![\p{L}])(?:dollars?|yen|euros?|currenc(?:y|ies)|exchange[^\S\n]rates?)(?![\p{L}])", regex.IGNORECASE
)
_OF = regex.compile(r"[^\S\n]+of[^\S\n]+(?!\p{Lu})")  # "pounds of food", not "of Britain"


@attrs.frozen
class Tag:
    """A currency marker at ``text[start:end]``: what it may mean (``surface``),
    and the code when the text fixes it (an ISO code, "Canadian" dollars)."""

    start: int
    end: int
    surface: Surface
    named: str | None = None
    written: str = ""


def _code_surface(code: str) -> Surface:
    return Surface(key=code, codes=(code,), needs_cue=code in CUE_CODES)


def currency_before(text: str, start: int) -> Tag | None:
    """The sign or ISO code right before the number at ``start``, if any."""
    lo = max(0, start - _WINDOW)
    end = _sign_end(text, lo, start)
    m = None if end is None else _PREFIX.search(text, max(lo, end - _LONGEST_SIGN), start)
    if m is None:
        return None
    if m.group("sign"):
        return Tag(m.start(), m.start() + len(m.group("sign")), TABLE.signs[m.group("sign")], written=m.group("sign"))
    tag = _code_tag(m)
    foreign_mark = tag is not None and m.group("mark") is not None and tag.end == m.end("code")
    return None if foreign_mark else tag  # "EUR$5" is nothing


def _code_tag(m: regex.Match[str]) -> Tag | None:
    """The tag of the ISO code matched by ``m``, if it is one, with the mark after it
    when that is one of the code's own signs ("AUD$"; "5 EUR$" is "5 EUR")."""
    code, mark = m.group("code"), m.group("mark")
    if code not in TABLE.codes:
        return None
    own = mark is not None and code in TABLE.signs[mark].codes
    start, end = m.start("code"), m.end("mark") if own else m.end("code")
    surface = _code_surface(code)
    return Tag(start, end, surface, named=None if surface.needs_cue else code, written=m.string[start:end])


def _sign_end(text: str, lo: int, start: int) -> int | None:
    """Where a sign or code right before ``start`` (and its blanks) ends, when the
    letters or the mark there can end one: the cheap test of :func:`currency_before`."""
    before = _WORD_BEFORE.match(text, lo, start)
    letters, at = before[1], before.start()
    ends = letters in _BEFORE_WORDS if letters else text[at - 1 : at] in _BEFORE_MARKS
    return before.end(1) if ends else None


def _may_start_after(text: str, end: int) -> bool:
    """Whether a unit word, code or sign can start after the gap past ``end``: the
    cheap test of :func:`currency_after`."""
    after = _WORD_AFTER.match(text, end)
    letters = after[1]
    if not letters:
        return text[after.end() : after.end() + 1] in _AFTER_MARKS
    return letters.lower() in _AFTER_WORDS or not letters.isascii()  # some fold to ASCII ones ("ſ" to "s")


def sign_fits(tag: Tag, number: Number) -> bool:
    """Whether ``number`` can go with the sign before it: "#", the pound sign of
    old wire files but also a hash mark ("#1 seed"), only with a scale word or
    decimals ("#89.7 million", "#10.86").

    >>> from tidings.numbers import find_numbers
    >>> text = "#89.7 million, #1 seed"
    >>> [sign_fits(currency_before(text, n.start), n) for n in find_numbers(text)]
    [True, False]
    """
    return tag.written != "#" or number.scale > 1 or "." in number.text


def currency_after(text: str, end: int) -> Tag | None:
    """The unit word, ISO code or sign right after the number ending at ``end``."""
    if not _may_start_after(text, end):
        return None
    m = _SUFFIX.match(text, end)
    if m is None:
        return None
    tag_start = m.end("gap") if m.group("gap") is not None else end
    if m.group("aunit"):
        longer = _UNIT.match(text, m.start("adj"))
        if longer is None or longer.end() <= m.end():
            return _adjective_tag(m)
        return Tag(longer.start(), longer.end(), TABLE.units[longer.group().lower()], written=longer.group())
    if m.group("unit"):
        unit = m.group("unit")
        if unit.lower() == "p" and m.group("gap") is not None:
            return None  # "40p" is pence, "40 p" is not
        return Tag(tag_start, m.end(), TABLE.units[unit.lower()], written=unit)
    if m.group("sign"):
        return Tag(tag_start, m.end(), TABLE.signs[m.group("sign")], written=m.group("sign"))
    return _code_tag(m)


def _adjective_tag(m: regex.Match[str]) -> Tag:
    """The tag of an adjective and a unit word ("Canadian dollars"): the currencies
    the adjective names among the unit's ("Russian" rubles: RUB or the 1990s RUR),
    or, for one that names none of them ("Swiss dollars"), the unit alone."""
    adjective, unit = m.group("adj"), m.group("aunit")
    surface = TABLE.units[unit.lower()]
    narrowed = TABLE.adjective_surface(adjective, surface)
    if narrowed is None:
        return Tag(m.start("aunit"), m.end(), surface, written=unit)
    return Tag(m.start("adj"), m.end(), narrowed, TABLE.adjective_code(adjective, surface), unit)


def is_weight(text: str, tag: Tag, weight_talk: bool) -> bool:
    """Whether a "pound" amount is a weight: "pounds of" something, "a 300-pound
    bomb", or a sentence that talks of weights (``weight_talk``, see :func:`talks_of_weight`).

    >>> text = "a gift of 500 pounds of food"
    >>> is_weight(text, currency_after(text, 13), weight_talk=False)
    True
    """
    if tag.surface.key != "pound":
        return False
    return weight_talk or _OF.match(text, tag.end) is not None or text[tag.start - 1 : tag.start] == "-"


def talks_of_weight(text: str, sentence: tuple[int, int]) -> bool:
    """Whether the sentence has weight words ("weighs", "tall", "kgs").

    >>> talks_of_weight("He weighs 175 pounds.", (0, 21))
    True
    """
    return _WEIGHT.search(text, *sentence) is not None


def talks_of_code(text: str, sentence: tuple[int, int]) -> bool:
    """Whether the sentence uses "$" the way shells and templates do
    ("echo $1 $HOME", "x=$2;"): its "$" amounts are program code.

    >>> talks_of_code("Run echo $1 $HOME to test.", (0, 26))
    True
    >>> talks_of_code("Nvidia ($NVDA) rose to $3.3 trillion.", (0, 37))
    False
    """
    return _CODE_DOLLAR.search(text, *sentence) is not None


def talks_of_currencies(text: str, sentence: tuple[int, int]) -> bool:
    """Whether the sentence talks about currencies ("the dollar was at 1.84 marks").

    >>> talks_of_currencies("The dollar was at 1.84 marks.", (0, 29))
    True
    """
    return _CURRENCY_TALK.search(text, *sentence) is not None
