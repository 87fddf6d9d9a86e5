"""The actor layer's shortcuts for speed: the token scans (`Tokens`), the line
starts, the gazetteer's opening words and cached look-ups, and the prefilters
that keep the rules to the words they can fire on. Each shortcut must give what
the plain reading gives."""

from __future__ import annotations

import random

import pytest

import tidings
from tidings.actors import actors
from tidings.actors.gazetteer import fold, gazetteer
from tidings.actors.tokens import Token, line_starts, tokenize

PIPELINE = tidings.Pipeline([actors], strict=True)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("", []),
        ("— … !", []),
        ("Al-Sharaa’s visit", [("Al-Sharaa", "al-sharaa", True, True), ("visit", "visit", False, False)]),
        ("Damascus’ efforts", [("Damascus", "damascus", True, True), ("efforts", "efforts", False, False)]),
        ("Damascus’s", [("Damascus", "damascus", True, True)]),
        ("the boss’ssister", [("the", "the", False, False), ("boss’ssister", "boss’ssister", False, False)]),
        ("U.S.’s", [("U.S.", "us", True, False), ("s", "s", False, False)]),
        ("U.S. envoy", [("U.S.", "us", True, False), ("envoy", "envoy", False, False)]),
        ("al-Assad and el-Sisi", [("al-Assad", "al-assad", True, False), ("and", "and", False, False),
                                  ("el-Sisi", "el-sisi", True, False)]),
        ("Émile Zola’", [("Émile", "émile", True, False), ("Zola", "zola", True, False)]),
        ("Jones’s’ x", [("Jones", "jones", True, True), ("x", "x", False, False)]),
        ("e\u0301tat 3RD snake_case", [("e\u0301tat", "e\u0301tat", False, False), ("3RD", "3rd", False, False),
                                       ("snake", "snake", False, False), ("case", "case", False, False)]),
    ],
)
def test_tokens(text: str, expected: list[tuple[str, str, bool, bool]]) -> None:
    tokens = tokenize(text)
    assert [(t.text, t.lower, t.cap, t.possessive) for t in tokens] == expected
    assert all(text[t.start : t.end] == t.text for t in tokens)


def _slow_tokenize(text: str) -> list[Token]:
    """The tokens as one match at a time gives them (the reading `tokenize` must equal)."""
    import regex

    out = []
    for m in regex.finditer(r"(?:\p{Lu}\.){2,}|[\p{L}\p{M}\p{N}]+(?:['’‐\-][\p{L}\p{M}\p{N}]+)*", text):
        word, (start, end) = m.group(), m.span()
        possessive = False
        if word[-1] in "sS":
            if word[-2:-1] in ("'", "’") and len(word) > 2:
                possessive, word, end = True, word[:-2], end - 2
            elif end < len(text) and text[end] in "'’" and (end + 1 == len(text) or not text[end + 1].isalnum()):
                possessive = True
        lower = word.replace(".", "").casefold()
        head, sep, rest = word.partition("-")
        cap = word[0].isupper() or bool(sep and rest and rest[0].isupper() and len(head) <= 3)
        out.append(Token(start, end, word, lower, cap, possessive))
    return out


@pytest.mark.parametrize("alphabet", ["aAsS'’.-‐ \n_é\u0301U1(),", "aAsS'.- \n_U1(),Z9", "aAsS'’.-‐ \n“”\u00a0U1"])
def test_tokenize_equals_the_match_by_match_reading_on_random_text(alphabet: str) -> None:
    rnd = random.Random(8)
    for _ in range(3000):
        text = "".join(rnd.choice(alphabet) for _ in range(rnd.randint(0, 16)))
        assert list(tokenize(text)) == _slow_tokenize(text), text


@pytest.mark.parametrize("alphabet", ["aAsS'’.-‐ \n_é\u0301U1(),", "sS'’ \u00a0\t.U"])
def test_the_gaps_are_the_text_between_the_tokens_on_random_text(alphabet: str) -> None:
    rnd = random.Random(9)
    for _ in range(3000):
        text = "".join(rnd.choice(alphabet) for _ in range(rnd.randint(0, 16)))
        tokens = tokenize(text)
        ends = [0] + [t.end for t in tokens]
        assert tokens.gaps == [text[end : t.start] for end, t in zip(ends, tokens)], text


def test_tokens_know_their_capitals_their_lower_case_words_and_where_a_word_is() -> None:
    tokens = tokenize("The minister met Putin in the capital. Putin left")
    assert tokens.caps == [0, 3, 7]
    assert tokens.common == frozenset({"minister", "met", "in", "the", "capital", "left"})
    assert tokens.where({"the", "putin"}) == [0, 3, 5, 7]
    assert tokens.where(set()) == []
    empty = tokenize("")
    assert (empty.caps, empty.common, empty.where({"the"})) == ([], frozenset(), [])


def test_where_over_indexed_keywords_finds_what_the_full_scan_finds() -> None:
    rnd = random.Random(10)
    vocabulary = ["the", "The", "minister", "Minister", "met", "Putin", "in", "IN", "capital"]
    keywords = frozenset({"the", "minister", "in"})
    for _ in range(500):
        text = " ".join(rnd.choice(vocabulary) for _ in range(rnd.randint(0, 12)))
        plain, indexed = tokenize(text), tokenize(text, keywords)
        for words in ({"the"}, {"minister", "in"}, keywords, {"met"}, {"the", "putin"}, set()):
            expected = [k for k, t in enumerate(plain) if t.lower in words]
            assert plain.where(words) == indexed.where(words) == expected, (text, words)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("", []),
        ("\n\n", []),
        ("One", [0]),
        ("\nOne two\n\n  Three\nfour five\n", [0, 2, 3]),
        ("One\n\n\n", [0]),
    ],
)
def test_line_starts(text: str, expected: list[int]) -> None:
    assert line_starts(tokenize(text)) == expected


@pytest.mark.parametrize(
    "name",
    ["Kenya", "U.S.", "US", "People's Republic of China", "Côte d'Ivoire", "Côte d’Ivoire", "NAIROBI", "Gulf"],
)
def test_every_name_the_gazetteer_knows_opens_with_an_opening_word(name: str) -> None:
    gaz = gazetteer()
    assert gaz.lookup(name)
    first = tokenize(name)[0]
    assert first.lower in gaz.opening_words or not first.text.isascii()


def test_every_word_that_opens_a_gazetteer_name_is_an_opening_word() -> None:
    """The prefilter of `places.find`: an ASCII token whose text (or text with
    its possessive) names something or opens a longer name has its ``lower``
    among the opening words."""
    gaz = gazetteer()
    for key in (*gaz._folded, *gaz._exact):
        for written in (key, key.title(), key.upper()):
            first = tokenize(written)[0] if tokenize(written) else None
            if first is None or not first.text.isascii():
                continue
            opens = gaz._lookup(first.text) or gaz._may_continue(first.text)
            opens = opens or first.possessive and gaz._may_continue(first.text + "'s")
            assert not opens or first.lower in gaz.opening_words, written


def test_cached_lookups_give_the_uncached_answer() -> None:
    gaz = gazetteer()
    for name in ("Georgia", "georgia", "WHO", "who", "Washington", "Nowhere Land", "People's"):
        assert gaz.lookup(name) == gaz._lookup(name)
        assert gaz.may_continue(name) == gaz._may_continue(name)
    assert fold("the  Côte d’Ivoire") == "cote d'ivoire"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The Syrian Observatory for Human Rights (SOHR) and Polly Peck International Inc disagreed. "
            "Later the Bank of America said SOHR was right.",
            ["Syrian Observatory for Human Rights", "SOHR", "Polly Peck International Inc", "Bank of America", "SOHR"],
        ),
        ("He joined the Kenya Ports Authority (KPA); KPA said the Authority grew.",
         ["Kenya Ports Authority", "KPA", "KPA", "the Authority"]),
        ("Reports from alpha beta gamma delta epsilon zeta eta theta iota kappa Lambda Mu Council say.",
         ["Lambda Mu Council"]),
    ],
)
def test_organisation_runs_start_near_their_head_word_or_bracket(text: str, expected: list[str]) -> None:
    assert [e.text for e in PIPELINE(text).of_kind("organization")] == expected
