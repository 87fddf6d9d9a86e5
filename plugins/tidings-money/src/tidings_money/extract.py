"""The ``money`` extractor: money amounts and percentages, from one pass over
the numbers of an article.

>>> import tidings
>>> result = tidings.Pipeline([money])("Paribas offered 1,850 francs, about $296.95, up 4%.", published="1989-10-26")
>>> for e in result.entities:
...     print(e.kind, repr(e.text), e.value.amount, getattr(e.value, "currency", ""), getattr(e.value, "mod", ""))
money '1,850 francs' 1850 FRF None
money '$296.95' 296.95 USD APPROX
percent '4%' 4
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from decimal import Decimal

import attrs
import regex

import tidings
from tidings.numbers import Number, find_numbers, plain
from tidings.values import Money, Percent

from .markers import (
    TABLE,
    Tag,
    currency_after,
    currency_before,
    is_weight,
    sign_fits,
    talks_of_code,
    talks_of_currencies,
    talks_of_weight,
)
from .modifiers import modifier_before
from .percent import fraction_before, percent_after
from .ranges import compares_with, joins_range
from .resolve import Cues, cue_pattern, resolve

_ONE = Decimal(1)
_CAPITAL_AFTER_BLANK = regex.compile(r" \p{Lu}")
cue_pattern(TABLE)  # compiled at import, like the table, rather than by the first article with cues


@attrs.define
class _Found:
    """A number and what follows or precedes it: a percent marker or a currency."""

    number: Number
    start: int
    end: int
    value: Decimal
    percent: str | None = None  # unit, for a percentage
    tag: Tag | None = None  # currency, for money
    tag_after: bool = False  # whether the currency follows the number ("5 francs")


def _looks_like_year(number: Number) -> bool:
    return len(number.text) == 4 and number.text.isdigit() and 1800 <= int(number.text) <= 2100


def _is_year_label(text: str, number: Number, tag: Tag) -> bool:
    """A year by a currency word: "in 1990 dollars", "the 2002 euro changeover"."""
    if not _looks_like_year(number):
        return False
    before = text[max(0, number.start - 10) : number.start].split()
    after_label = bool(before) and before[-1].lower() in {"in", "constant", "real"}
    return after_label or (tag.written.isalpha() and tag.written.lower() == tag.surface.key)


def _classify(text: str, number: Number) -> _Found | None:
    """What the number is: a percentage, money, a bare number, or (digits glued
    to a word that is no currency sign, "A320") nothing."""
    found = _Found(number, number.start, number.end, number.value)
    if number.start and text[number.start - 1].isalpha():
        before = currency_before(text, number.start)
        if before is None or not sign_fits(before, number):
            return None
        return _Found(number, before.start, number.end, number.value, tag=before)
    percent = percent_after(text, number.end)
    if percent is not None:
        found.end, found.percent = percent
        fraction = fraction_before(text, number.start, number.text)
        if fraction is not None:
            found.start, found.value = fraction
        return found
    before = currency_before(text, number.start)
    if before is not None and sign_fits(before, number):
        found.start, found.tag = before.start, before
        _code_after_sign(text, found, before)
        return found
    after = currency_after(text, number.end)
    if after is not None and not _is_year_label(text, number, after):
        found.end, found.tag, found.tag_after = after.end, after, True
    return found


def _names_shared_sign(tag: Tag | None, sign: Tag | None) -> bool:
    """Whether ``tag`` names one of the currencies that ``sign`` (not yet decided) may mean."""
    return tag is not None and sign is not None and sign.named is None and tag.named in sign.surface.codes


def _code_after_sign(text: str, found: _Found, sign: Tag) -> None:
    """A currency named after an amount whose sign several currencies share decides
    it and joins the span: "$5 AUD", "kr 200 SEK"."""
    # Most amounts with "$" have none: a quick test for the capital after one blank first.
    if len(sign.surface.codes) == 1 or not _CAPITAL_AFTER_BLANK.match(text, found.end):
        return
    after = currency_after(text, found.end)
    if _names_shared_sign(after, sign):
        found.end, found.tag = after.end, attrs.evolve(sign, named=after.named)


def _join_ranges(text: str, found: list[_Found]) -> None:
    """Give the bare end of a range the other end's currency, percent or scale,
    and the bare number a comparison writes after an amount its currency or percent."""
    for left, right in zip(found, found[1:], strict=False):
        if not joins_range(text, left.start, left.number.end, right.number.start):
            _join_comparison(text, left, right)
            continue
        if _looks_like_year(left.number) and not _looks_like_year(right.number):
            continue  # "rose in 1988 to 4.5%"
        left_bare = left.tag is None and left.percent is None
        right_bare = right.tag is None and right.percent is None
        if left_bare and right.percent is not None:
            left.percent = right.percent
        elif left_bare and right.tag is not None and right.tag_after:
            left.tag, left.tag_after = right.tag, True
        elif right_bare and left.tag is not None and not left.tag_after:
            right.tag = left.tag
        elif _names_shared_sign(right.tag, left.tag):  # "$2-3 billion NZD"
            left.tag = attrs.evolve(left.tag, named=right.tag.named)
        same_currency = left.tag is not None and right.tag is not None and (
            left.tag.surface == right.tag.surface or (left.tag.named is not None and left.tag.named == right.tag.named)
        )
        if same_currency and left.number.scale == _ONE and right.number.scale > _ONE:
            left.value = left.number.value * right.number.scale


def _join_comparison(text: str, left: _Found, right: _Found) -> None:
    """"rose to 3.2 billion euros from 2.9 billion": the bare number of the same
    scale after the amount takes its currency or percent."""
    right_bare = right.tag is None and right.percent is None
    if not right_bare or left.number.scale != right.number.scale or _looks_like_year(right.number):
        return
    if compares_with(text, left.start, left.end, right.start, right.end):
        right.tag, right.percent = left.tag, left.percent


class _Article:
    """What the amounts of one article share: its country cues, its sentences'
    facts (each found once per sentence, so that many amounts in one long
    sentence cost linear time), and the currencies already read."""

    def __init__(self, ctx: tidings.Context, found: list[_Found]):
        self.ctx = ctx
        self.cues = Cues(ctx.text, TABLE)
        self.year = ctx.article.published_date.year if ctx.article.published_date else None
        self._facts: dict[tuple[str, int], bool] = {}
        self.last_code: dict[int, str] = {}  # per sentence, the currency of its last amount
        self.money_sentences = {
            ctx.sentence_index(f.start) for f in found if f.tag is not None and not f.tag.surface.needs_cue
        }
        self.dollar = _article_dollar(found, self.cues)

    def window(self, offset: int) -> tuple[int, int]:
        sentence = self.ctx.sentence_at(offset)
        return (sentence.start, sentence.end) if sentence else (offset, offset)

    def fact(self, test: Callable[[str, tuple[int, int]], bool], window: tuple[int, int]) -> bool:
        key = (test.__name__, window[0])
        if key not in self._facts:
            self._facts[key] = test(self.ctx.text, window)
        return self._facts[key]

    def named(self, f: _Found, tag: Tag, sentence: int) -> str | None:
        """The currency the text fixes for ``tag``: its own code or adjective; for
        bare minor units, that of the amount before them in the sentence ("closed
        at C$35, up 12.5 cents"); for a bare "$" or "dollars", the article's one
        other dollar when it writes no US one (but "($4 million)" after an amount
        is a conversion, in US dollars)."""
        if tag.named is not None:
            return tag.named
        previous = self.last_code.get(sentence)
        if tag.surface.divisor != 1 and previous in tag.surface.codes:
            return previous
        bare_dollar = tag.written == "$" or (tag.surface.key == "dollar" and tag.surface.divisor == 1)
        if bare_dollar and self.dollar and not self.ctx.text[max(0, f.start - 3) : f.start].rstrip().endswith("("):
            return self.dollar
        return None

    def money(self, f: _Found) -> tidings.Entity | None:
        """The money entity of a number with a currency, or None when the currency
        word is not money here (a weight, program code, "won" the verb)."""
        tag, text = f.tag, self.ctx.text
        assert tag is not None
        window, sentence = self.window(f.start), self.ctx.sentence_index(f.start)
        if is_weight(text, tag, tag.surface.key == "pound" and self.fact(talks_of_weight, window)):
            return None
        if tag.written == "$" and self.fact(talks_of_code, window):
            return None
        # "5 million pounds" and "DM 100 million" are money, and so are "1.83 marks" by
        # "142 yen" or "the dollar"; "175 pounds" otherwise only in an article about Britain.
        scaled = f.number.scale > _ONE and (f.tag_after or len(tag.written) > 1)  # not "R5bn"
        about_money = tag.surface.needs_cue and (
            sentence in self.money_sentences or self.fact(talks_of_currencies, window)
        )
        decided = resolve(
            tag.surface,
            self.cues,
            year=self.year,
            window=window,
            at=f.start,
            named=self.named(f, tag, sentence),
            require_cue=False if scaled or about_money else None,
        )
        if decided is None:
            return None
        code, certain = decided
        self.last_code[sentence] = code
        amount = f.value / tag.surface.divisor if tag.surface.divisor != 1 else f.value
        value = Money(
            amount=plain(amount),
            currency=code,
            mod=modifier_before(text, f.start),
            symbol=None if certain else tag.written,
            uncertain=not certain,
        )
        return tidings.Entity(kind="money", span=tidings.Span(f.start, f.end), text=text[f.start : f.end], value=value)


_DOLLARS = frozenset(TABLE.signs["$"].codes)


def _article_dollar(found: list[_Found], cues: Cues) -> str | None:
    """The dollar an article is plainly about, other than the US one: the only
    dollar its amounts name ("C$5", "Australian dollars"; never "US$" or "U.S.
    dollars"), whose country it names more often than the United States."""
    named = set()
    for f in found:
        if f.tag is not None:
            codes = (f.tag.named,) if f.tag.named else f.tag.surface.codes
            if len(codes) == 1 and codes[0] in _DOLLARS:
                named.add(codes[0])
    if len(named) != 1 or "USD" in named:
        return None
    dollar = named.pop()
    counts = cues.counts((dollar, "USD"))
    return dollar if counts[dollar] > counts["USD"] else None


@tidings.extractor(name="money", produces={"money", "percent"})
def money(ctx: tidings.Context) -> Iterator[tidings.Entity]:
    """Money amounts (ISO 4217) and percentages."""
    text = ctx.text
    found = [f for f in (_classify(text, n) for n in find_numbers(text, glued=True)) if f is not None]
    _join_ranges(text, found)
    article = _Article(ctx, found)
    for f in found:
        if f.percent is not None:
            yield tidings.Entity(
                kind="percent",
                span=tidings.Span(f.start, f.end),
                text=text[f.start : f.end],
                value=Percent(amount=f.value, unit=f.percent),
            )
        elif f.tag is not None:
            entity = article.money(f)
            if entity is not None:
                yield entity
