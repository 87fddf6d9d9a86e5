"""Numbers written in digits or words, with their scales, as exact decimals.

One small module shared by the extractors that count things: money, percentages,
durations ("four months"). :func:`parse_number` reads one expression;
:func:`find_numbers` finds every expression in a text, with offsets.

>>> parse_number("two billion"), parse_number("1.2bn"), parse_number("half a million")
(Decimal('2000000000'), Decimal('1200000000'), Decimal('500000'))
>>> [(n.text, n.value) for n in find_numbers("Twenty-two firms paid $3,5 mln and 6 3/8.")]
[('Twenty-two', Decimal('22')), ('3,5 mln', Decimal('3500000')), ('6 3/8', Decimal('6.375'))]

Digit grouping: ``1,234.5`` is read the English way; the European forms are read
only where they cannot be English: ``1.234,5``, ``1.234.567``, and a decimal comma
right before a scale or a percent sign (``3,5 mln``, ``2,5%``). Every pattern runs in
linear time.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Iterable, Iterator
from decimal import Decimal, InvalidOperation
from operator import attrgetter

import attrs
import regex

__all__ = ["Number", "parse_number", "find_numbers", "plain", "SCALES", "UNITS", "TENS"]

#: Cardinal words below twenty.
UNITS: dict[str, int] = {
    w: i
    for i, w in enumerate(
        "zero one two three four five six seven eight nine ten eleven twelve thirteen "
        "fourteen fifteen sixteen seventeen eighteen nineteen".split()
    )
}
#: Multiples of ten.
TENS: dict[str, int] = {
    w: 10 * i for i, w in enumerate("twenty thirty forty fifty sixty seventy eighty ninety".split(), 2)
}
#: Scale words and abbreviations (lower case) and their multipliers.
SCALES: dict[str, Decimal] = {
    "hundred": Decimal(100),
    "thousand": Decimal(10) ** 3,
    "k": Decimal(10) ** 3,
    "lakh": Decimal(10) ** 5,
    "lac": Decimal(10) ** 5,
    "million": Decimal(10) ** 6,
    "m": Decimal(10) ** 6,
    "mn": Decimal(10) ** 6,
    "mln": Decimal(10) ** 6,
    "mio": Decimal(10) ** 6,
    "crore": Decimal(10) ** 7,
    "billion": Decimal(10) ** 9,
    "b": Decimal(10) ** 9,
    "bn": Decimal(10) ** 9,
    "bln": Decimal(10) ** 9,
    "mld": Decimal(10) ** 9,
    "mrd": Decimal(10) ** 9,
    "trillion": Decimal(10) ** 12,
    "tn": Decimal(10) ** 12,
    "trn": Decimal(10) ** 12,
    "trln": Decimal(10) ** 12,
}
_BEFORE_SCALE = frozenset({"a", "unit", "tens", "tens-unit", "hundred", "half", "point"})
_DIGIT_WORDS = frozenset(w for w, i in UNITS.items() if i < 10)
_ONE = Decimal(1)
_DOZEN = Decimal(12)
_QUARTER = Decimal("0.25")
_HALF = Decimal("0.5")
_MAX_DIGITS = 40  # longer digit runs are identifiers, not quantities

_SCALE_WORDS = "hundred|thousand|million|billion|trillion|crore|lakh|lac"
_SCALE_ABBREVIATIONS = "bn|bln|mld|mrd|mln|mio|mn|tn|trn|trln"
_NO_WORD_AFTER = r"(?![\p{L}\p{N}])"
_SEP = r"(?:[^\S\n]+|-)"  # between the words of one number: blanks or a hyphen
# A scale after digits: "1.2 billion", "1.2-billion", "1billion", "5 bn", "5bn", "200m", "3k";
# Indian crores of a scale: "11.11 lakh crore" (10**12), "75 thousand crore".
_DIGIT_SCALE = (
    rf"(?:{_SEP}?(?P<word>{_SCALE_WORDS})(?:{_SEP}(?P<crore>crore))?|[^\S\n]?(?P<abbr>{_SCALE_ABBREVIATIONS})"
    rf"|(?P<letter>[mbk])){_NO_WORD_AFTER}"
)


def _digits(glued: bool) -> str:
    """The pattern of a number in digits; ``glued`` lets it follow a letter ("R5bn")."""
    before = r"\p{N}_" if glued else r"\p{L}\p{N}_"
    return rf"""
    (?<![{before}]|\p{{N}}[.,])(?!0\d)
    (?P<num>
        \d{{1,3}}(?:,\d{{3}})+(?:\.\d+)?           # 1,234,567.5
      | \d{{1,3}}(?:\.\d{{3}})+,\d+                # 1.234,5
      | \d{{1,3}}(?:\.\d{{3}}){{2,}}               # 1.234.567
      | \d{{1,3}}(?:[\u00A0\u2009\u202F]\d{{3}})+(?:[.,]\d+)?   # 5 000 (no-break or thin spaces)
      | \d+,\d{{1,2}}(?=[^\S\n]?(?:{_SCALE_ABBREVIATIONS}|{_SCALE_WORDS}|%|per[^\S\n]?cent|pct))
      | \d+\.\d+
      | (?<!\p{{L}})\.\d+                       # .5, but "Rs.500" is 500
      | \d+
    )(?!\d)
    (?:(?:[^\S\n]+|-)(?P<numer>\d+)/(?P<denom>\d+)(?![\p{{N}}/]) | (?P<vulgar>[½¼¾⅓⅔⅛⅜⅝⅞]))?
    (?:{_DIGIT_SCALE})?
"""

_NUMBER_WORD_LIST = [*UNITS, *TENS, *_SCALE_WORDS.split("|"), "dozen", "half", "quarter", "quarters"]
_NUMBER_WORDS = "|".join(sorted(_NUMBER_WORD_LIST, key=len, reverse=True))
_WORD = rf"(?:{_NUMBER_WORDS})\b"
# A run of number words; "a", "an", "and", "of", "point" only inside ("a quarter of a
# million", "one point six billion"). The look-ahead on the first letter lets the
# engine skip most words at once (three times faster).
_FIRST_LETTERS = "".join(sorted({w[0] for w in [*_NUMBER_WORD_LIST, "an"]}))
_WORDS = rf"""
    (?=[{_FIRST_LETTERS}])\b(?:an?{_SEP})?{_WORD}(?:{_SEP}(?:{_WORD}|(?:an?|and|of|point)\b))*
"""
_VULGAR_FRACTIONS = "½¼¾⅓⅔⅛⅜⅝⅞"
_VULGAR_ALONE = rf"(?<![\p{{L}}\p{{N}}])(?P<lone>[{_VULGAR_FRACTIONS}])"
_FLAGS = regex.VERBOSE | regex.IGNORECASE | regex.VERSION1
# Three scans merged by offset: one alternation of all three is ~100 times slower,
# as the regex engine then tries every branch at every position.
_DIGIT_PATTERN = regex.compile(_digits(False), _FLAGS)
_GLUED_DIGIT_PATTERN = regex.compile(_digits(True), _FLAGS)
_WORDS_PATTERN = regex.compile(_WORDS, _FLAGS)
_VULGAR_PATTERN = regex.compile(_VULGAR_ALONE)
_GROUPING_SPACES = str.maketrans("", "", "\u00a0\u2009\u202f")
_TOKEN = regex.compile(r"[\p{L}]+")
# Number words are rare in news text, yet the engine would try the words pattern at
# nearly every letter. So the number words a text holds are listed first, with bytes
# operations on its case folding (every byte but a-z made a blank, then split), and
# the pattern runs only where one of them starts: four times faster, same matches.
_LETTERS_ONLY = bytes(b if 0x61 <= b <= 0x7A else 0x20 for b in range(256))
_WORD_TOKENS = frozenset(w.encode("ascii") for w in _NUMBER_WORD_LIST)
_DIGIT_RUN = regex.compile(r"\d+", regex.VERSION1)


@attrs.frozen
class Number:
    """A number found in a text: ``text == source[start:end]``, its ``value``, and
    ``scale``, the multiplier of the largest scale word in it (1 when none:
    ``"2"`` in ``"2-3 billion"`` has scale 1, ``"3 billion"`` 10**9)."""

    start: int
    end: int
    text: str
    value: Decimal
    scale: Decimal = Decimal(1)


def plain(value: Decimal) -> Decimal:
    """``value`` without trailing zeros or exponent, as amounts are written.

    >>> plain(Decimal("1.20E+9")), plain(Decimal("0.4500"))
    (Decimal('1200000000'), Decimal('0.45'))
    """
    if value == value.to_integral_value():
        return Decimal(int(value))
    return value.normalize()


def _digit_value(m: regex.Match[str]) -> tuple[Decimal, Decimal] | None:
    """Value and scale of a ``digits`` match; None for an over-long digit run."""
    # The groups of the pattern, in order (by position: a lookup by name costs five times more).
    num, numer, denom, vulgar, word, crore, abbr, letter = m.groups()
    raw = num.translate(_GROUPING_SPACES)
    if raw.count(",") == 1 and "." not in raw and len(raw) - raw.index(",") <= 3:
        raw = raw.replace(",", ".")  # decimal comma: "3,5 mln"
    elif "," in raw and "." in raw and raw.index(".") < raw.index(","):
        raw = raw.replace(".", "").replace(",", ".")  # 1.234,5
    elif raw.count(".") > 1:
        raw = raw.replace(".", "")  # 1.234.567
    else:
        raw = raw.replace(",", "")
    if len(raw) - raw.count(".") > _MAX_DIGITS:  # raw is digits and at most one point now
        return None
    try:
        value = Decimal(raw)
    except InvalidOperation:  # pragma: no cover - the pattern admits only numerals
        return None
    if denom:
        if len(denom) > 3 or int(denom) == 0 or len(numer) > _MAX_DIGITS:
            return None
        value += Decimal(int(numer)) / Decimal(int(denom))
    elif vulgar:
        value += Decimal(str(unicodedata.numeric(vulgar)))
    scale_word = word or abbr or letter
    scale = SCALES[scale_word.lower()] if scale_word else _ONE
    if crore:
        scale *= SCALES["crore"]
    return value * scale, scale


class _WordReader:
    """Reads number words from a list of lower-case tokens, greedily.

    :meth:`read` returns the value, the largest scale and the index after the last
    token used, or None when no number starts at the token.
    """

    def __init__(self, tokens: list[str]):
        self.tokens = tokens

    def _at(self, i: int) -> str:
        return self.tokens[i] if i < len(self.tokens) else ""

    def _fraction(self, i: int) -> tuple[Decimal, int] | None:
        """A leading fraction: "half a(n)", "a half", "a quarter of a(n)", "three quarters of a(n)"."""
        t = self._at(i)
        if t == "half" and self._at(i + 1) in ("a", "an"):
            return _HALF, i + 2
        if t in ("a", "one") and self._at(i + 1) == "half":
            return _HALF, i + 2
        count, j = (Decimal(1), i + 1) if t in ("a", "one") else (Decimal(UNITS.get(t, 0)), i + 1)
        quarters = self._at(j) in ("quarter", "quarters") and self._at(j + 1) == "of"
        if count and quarters and self._at(j + 2) in ("a", "an"):
            return count * _QUARTER, j + 3
        return None

    def read(self, i: int) -> tuple[Decimal, Decimal, int] | None:
        fraction = self._fraction(i)
        if fraction is not None:
            value, j = fraction
            scale = SCALES.get(self._at(j))
            if scale is not None:
                return value * scale, scale, j + 1
            if self._at(j) == "dozen":
                return value * _DOZEN, Decimal(1), j + 1
            return value, Decimal(1), j
        total = current = Decimal(0)
        largest = Decimal(1)
        last = ""  # kind of the last token used: a, unit, tens, hundred, scale
        end = None
        j = i
        if self._at(j) in ("a", "an") and (self._at(j + 1) in SCALES or self._at(j + 1) == "dozen"):
            current, last, j = Decimal(1), "a", j + 1
        while j < len(self.tokens):
            t = self.tokens[j]
            if t in UNITS and (last in ("", "hundred", "and", "scale") or (last == "tens" and 0 < UNITS[t] < 10)):
                current += UNITS[t]
                last = "unit" if last != "tens" else "tens-unit"
            elif t in TENS and last in ("", "hundred", "and", "scale"):
                current += TENS[t]
                last = "tens"
            elif t == "hundred" and last in ("a", "unit", "tens", "tens-unit") and 0 < current < 100:
                current *= 100
                last = "hundred"
            elif t in SCALES and t != "hundred" and last in _BEFORE_SCALE:
                scale = SCALES[t]
                if total and scale >= largest:
                    break
                total += current * scale
                current = Decimal(0)
                largest = max(largest, scale)
                last = "scale"
            elif t == "dozen" and last in ("a", "unit", "tens", "tens-unit") and not total:
                current *= _DOZEN
                last = "dozen"
                end = j + 1
                break
            elif t == "and" and last in ("hundred", "scale") and (self._at(j + 1) in UNITS or self._at(j + 1) in TENS):
                last = "and"
                j += 1
                continue
            elif t == "point" and last in ("unit", "tens", "tens-unit") and self._at(j + 1) in _DIGIT_WORDS:
                j += 1
                place = Decimal("0.1")
                while self._at(j) in _DIGIT_WORDS:  # "one point two five": spoken decimals
                    current += UNITS[self.tokens[j]] * place
                    place /= 10
                    j += 1
                last = "point"
                end = j
                continue
            elif (
                t == "and" and last in ("unit", "tens", "tens-unit") and self._at(j + 1) in ("a", "an")
                and self._at(j + 2) == "half"
            ):
                current += _HALF
                last = "half"
                j += 3
                end = j
                continue
            else:
                break
            j += 1
            end = j
        if end is None or last == "a":
            return None
        return total + current, largest, end


def _words(text: str, m: regex.Match[str]) -> Iterator[Number]:
    """The numbers in one run of number words (a run may hold several, or none)."""
    run = m.group()
    if run.isalpha():  # one word, as most runs are
        tokens = [(m.start(), m.end(), run.lower())]
    else:
        tokens = [(t.start(), t.end(), t.group().lower()) for t in _TOKEN.finditer(text, m.start(), m.end())]
    reader = _WordReader([t for _, _, t in tokens])
    i = 0
    while i < len(tokens):
        found = reader.read(i)
        if found is None:
            i += 1
            continue
        value, scale, j = found
        start, end = tokens[i][0], tokens[j - 1][1]
        yield Number(start, end, text[start:end], plain(value), scale)
        i = j


def _matches_at(pattern: regex.Pattern[str], text: str, starts: Iterable[int], stop: int) -> Iterator[regex.Match[str]]:
    """What ``pattern.finditer`` gives in ``text[:stop]`` when each of its matches
    starts at one of ``starts`` (sorted): the pattern is tried only there."""
    last_end = -1
    for at in starts:
        if at >= last_end:
            m = pattern.match(text, at, stop)
            if m is not None:
                yield m
                last_end = m.end()


def _digit_starts(text: str, start: int, stop: int) -> Iterator[int]:
    """Where a number in digits may start: a run of digits, or the point before it (".5")."""
    for run in _DIGIT_RUN.finditer(text, start, stop):
        at = run.start()
        if at > start and text[at - 1] == ".":
            yield at - 1
        yield at


def _word_runs(text: str, start: int, stop: int) -> Iterator[regex.Match[str]]:
    """The runs of number words in ``text[start:stop]``, as the words pattern's
    ``finditer`` gives them, looked for only where a number word (or the "a" before
    it) starts.

    A match of the (case-insensitive) pattern is, at the same offsets, the word
    itself in the text's case folding whenever folding keeps the length; and its
    neighbours are no letters, so it is a token of the folding's a-z runs.
    """
    folded = text[start:stop].casefold()
    if len(folded) != stop - start:  # a letter folds to two ("ß"): offsets would shift
        return _WORDS_PATTERN.finditer(text, start, stop)
    tokens = folded.encode("utf-8", "surrogatepass").translate(_LETTERS_ONLY).split()
    starts = set()
    for token in _WORD_TOKENS.intersection(tokens):
        word = token.decode("ascii")
        at = folded.find(word)
        while at >= 0:
            starts.add(start + at)
            at = folded.find(word, at + 1)
    for at in list(starts):
        if text[at - 1 : at].isalpha():  # inside a word: no \b
            starts.discard(at)
        elif (article := _article_before(text, start, at)) is not None:
            starts.add(article)
    return _matches_at(_WORDS_PATTERN, text, sorted(starts), stop)


def _article_before(text: str, start: int, at: int) -> int | None:
    """Where the "a" or "an" of "a million" starts, when one (with the blanks or
    the hyphen after it) may end at ``at``; the words pattern then decides."""
    if text[at - 1 : at] == "-":
        gap = at - 1
    else:
        gap = at
        while gap > start and text[gap - 1].isspace() and text[gap - 1] != "\n":
            gap -= 1  # every blank the pattern takes, and a few more ("\x1c")
        if gap == at:
            return None
    if gap > start and text[gap - 1].lower() == "a":
        return gap - 1
    return gap - 2 if gap - 2 >= start and text[gap - 2 : gap].lower() == "an" else None


def find_numbers(text: str, start: int = 0, end: int | None = None, *, glued: bool = False) -> Iterator[Number]:
    """Every number expression in ``text[start:end]``, in text order.

    Digits right after a letter ("A320") are not a number unless ``glued`` is
    set, for callers that read signs written against the number ("R5bn", "DM100").

    >>> for n in find_numbers("between $2 billion and two hundred thousand euros"):
    ...     print(n.start, n.end, repr(n.text), n.value, n.scale)
    9 18 '2 billion' 2000000000 1000000000
    23 43 'two hundred thousand' 200000 1000
    >>> [n.value for n in find_numbers("a dozen, a quarter of a million, one and a half billion, ½")]
    [Decimal('12'), Decimal('250000'), Decimal('1500000000'), Decimal('0.5')]
    """
    start, stop, _ = slice(start, end).indices(len(text))
    digits = _GLUED_DIGIT_PATTERN if glued else _DIGIT_PATTERN
    # No two numbers of different scans start at one offset: sorting keeps the text's order.
    in_digits = _matches_at(digits, text, _digit_starts(text, start, stop), stop)
    found = [n for n in map(_from_digits, in_digits) if n is not None]
    found += [n for m in _word_runs(text, start, stop) for n in _words(text, m)]
    if any(text.find(c, start, stop) >= 0 for c in _VULGAR_FRACTIONS):
        found += map(_from_vulgar, _VULGAR_PATTERN.finditer(text, start, stop))
    found.sort(key=attrgetter("start"))
    last_end = -1
    for n in found:
        if n.start >= last_end:  # "billion" in "1.2-billion" is no number of its own
            yield n
            last_end = n.end


def _from_digits(m: regex.Match[str]) -> Number | None:
    found = _digit_value(m)
    return None if found is None else Number(m.start(), m.end(), m.group(), plain(found[0]), found[1])


def _from_vulgar(m: regex.Match[str]) -> Number:
    return Number(m.start(), m.end(), m.group(), plain(Decimal(str(unicodedata.numeric(m.group("lone"))))))


def parse_number(text: str) -> Decimal | None:
    """The value of ``text`` when all of it (but surrounding blanks) is one number.

    >>> [parse_number(s) for s in ("twenty-two", "a quarter of a million", "1,234.5", "6 3/8", "a dozen")]
    [Decimal('22'), Decimal('250000'), Decimal('1234.5'), Decimal('6.375'), Decimal('12')]
    >>> parse_number("3,5 mln"), parse_number("two and three"), parse_number("")
    (Decimal('3500000'), None, None)
    """
    stripped = text.strip()
    found = list(find_numbers(stripped))
    if len(found) == 1 and found[0].start == 0 and found[0].end == len(stripped):
        return found[0].value
    return None
