"""Modifiers before an amount: every one, in any case and spacing, and no others."""

from __future__ import annotations

import pytest

from tidings_money.modifiers import MODIFIERS, modifier_before


@pytest.mark.parametrize("words", sorted(MODIFIERS))
def test_every_modifier_is_read(words: str) -> None:
    for written in (words, words.upper(), words.title(), words.replace(" ", "  ") + " "):
        text = f"It cost ({written} $5)"
        assert modifier_before(text, text.index("$")) == MODIFIERS[words], written


@pytest.mark.parametrize("text", ["a fee of $5", "paid $5", "the abouts $5", "about\n$5", "without $5", "$5"])
def test_no_modifier(text: str) -> None:
    assert modifier_before(text, text.index("$")) is None
