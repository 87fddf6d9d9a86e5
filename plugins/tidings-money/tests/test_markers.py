"""The currency beside a number: the quick tests in front of the full patterns
never hide one, for any sign, code or unit word of the table, in any case."""

from __future__ import annotations

import pytest

from tidings_money import markers
from tidings_money.markers import TABLE, currency_after, currency_before


class _Everything:
    """A set that holds everything: the quick tests then let every number through."""

    def __contains__(self, item: object) -> bool:
        return True


def _forms(word: str) -> set[str]:
    return {word, word.upper(), word.title(), word.lower()}


_WORDS = sorted({f for w in [*TABLE.units, *TABLE.adjectives, *TABLE.signs, *TABLE.codes] for f in _forms(w)})
# A code with a one-character sign of its own ("AUD$", "EUR€").
_WORDS += sorted(code + mark for mark in markers._MARKS for code in TABLE.signs[mark].codes if code in TABLE.codes)
# A number ends at "5" or starts there; the word is glued, spaced, hyphenated, in brackets.
_CONTEXTS = ["paid 5{w}, or", "paid 5 {w} in", "a 5-{w} fee", "paid {w}5 in", "paid ({w} 5)", "5  {w}. {w}  5"]


def _tags(text: str) -> list[markers.Tag | None]:
    at = [i for i, c in enumerate(text) if c == "5"]
    return [currency_before(text, i) for i in at] + [currency_after(text, i + 1) for i in at]


@pytest.mark.parametrize("context", _CONTEXTS)
def test_quick_tests_hide_no_currency(context: str, monkeypatch: pytest.MonkeyPatch) -> None:
    texts = [context.format(w=w) for w in _WORDS] + [context.format(w=f"{a} {u}") for a in TABLE.adjectives
                                                     for u in ("dollars", "Francs")]
    quick = [_tags(t) for t in texts]
    for name in ("_AFTER_WORDS", "_AFTER_MARKS", "_BEFORE_WORDS", "_BEFORE_MARKS"):
        monkeypatch.setattr(markers, name, _Everything())
    full = [_tags(t) for t in texts]
    assert quick == full
    assert sum(tag is not None for tags in quick for tag in tags) >= len(TABLE.codes)  # the test tests something


@pytest.mark.parametrize("text", ["in 1985 the", "5, 6 or 7.", "the 5 people", "a 5 x", "5\n\nUS", "tension 5"])
def test_no_currency_beside_plain_numbers(text: str) -> None:
    at = text.index("5")
    assert currency_before(text, at) is None
    assert currency_after(text, at + 1) is None


def test_an_adjective_narrows_its_unit_and_is_in_the_tag() -> None:
    text = "paid 5 Turkish lira"
    tag = currency_after(text, text.index("5") + 1)
    assert tag is not None and text[tag.start : tag.end] == "Turkish lira"
    assert tag.surface.codes == ("TRL", "TRY") and tag.named is None and not tag.surface.needs_cue
    text = "paid 5 CFA francs BEAC"
    tag = currency_after(text, text.index("5") + 1)
    assert tag is not None and (text[tag.start : tag.end], tag.surface.codes) == ("CFA francs BEAC", ("XAF",))


def test_a_code_takes_its_own_mark() -> None:
    text = "AUD$5 and 5 AUD$ and 5 EUR$"
    before, after, foreign = currency_before(text, 4), currency_after(text, 11), currency_after(text, 22)
    assert before is not None and (text[before.start : before.end], before.named) == ("AUD$", "AUD")
    assert after is not None and (text[after.start : after.end], after.named) == ("AUD$", "AUD")
    assert foreign is not None and (text[foreign.start : foreign.end], foreign.named) == ("EUR", "EUR")
    assert currency_before("EUR$5", 4) is None
