"""Bare surnames: a lone capitalised word that the article never introduces
with a title or a given name ("Erdogan said", "Zelensky told reporters").

Each occurrence of a candidate word is read for evidence that it names a
person, and the evidence is pooled over the article:

- strong (one occurrence is enough): a possessive before a noun only people
  have ("Erdogan's government", "Sunak's wife"); a verb of saying followed by
  a personal pronoun ("Erdogan said he …"); an attribution of a quotation
  (“…,” Erdogan said; “…,” said Erdogan); "told reporters";
- weak: the subject of a verb of saying, meeting or visiting ("Erdogan said
  on Tuesday …"), or the object of a verb of meeting ("met Erdogan").

A word is a surname with strong evidence or with weak evidence, except that a
word ending like a plural ("Officials", "Analysts", but also "Williams") needs
strong evidence unless it is also capitalised away from the start of a
sentence, and a title that is also a surname ("Shah", "King") always needs
strong evidence (“…,” Shah told …). A word is never a surname when the article treats it as a thing
("Boeing said it", "Apple's shares", "Intel told analysts", "in Amherst"), uses
it inside a capitalised phrase that names no person ("Intel Corp."), or when it
is a place, an organisation, a month, a weekday, a demonym, a title, a group of
people ("Police", "Democrats") or a word the article also writes in lower case
("Critics said … critics"). "The" before a word makes that occurrence no
evidence ("the Hill said").

>>> from tidings.actors.tokens import tokenize
>>> text = "Turkey objected. Erdogan said he would go. Officials said the talks failed."
>>> tokens = tokenize(text)
>>> common = frozenset(t.lower for t in tokens if not t.cap)
>>> [tokens[k].text for k in find(tokens, range(len(tokens)), set(), common)]
['Erdogan']
"""

from __future__ import annotations

import itertools
import operator
from collections import defaultdict
from collections.abc import Collection, Iterable

from .gazetteer import gazetteer
from .lexicon import (
    COMPANY_LISTENERS,
    EPONYMOUS_HEADS,
    GROUP_NOUNS,
    IT_ACTS,
    KIN_NOUNS,
    LOCATIVES,
    MEETING_VERBS,
    PRONOUNS_AFTER,
    QUOTE_CLOSE,
    SPEECH_ONLY,
    STOPWORDS,
    SUBJECT_VERBS,
    THING_NOUNS,
    TITLE_SURNAMES,
)
from .tokens import Token, Tokens, gap, sentence_initial


def _candidate(tokens: list[Token], k: int, common: frozenset[str]) -> bool:
    """Whether the name-like token ``k`` may be a bare surname: a word of
    letters only, no common word, group noun or given name (given names speak
    through :func:`tidings.actors.people.find`), and alone (no capitalised word
    joined to it, but a function or common word opening the sentence)."""
    tok = tokens[k]
    if len(tok.text) < 3 or not tok.text.isalpha() or tok.lower in common or tok.lower in GROUP_NOUNS:
        return False
    if tok.text in gazetteer().given_names:
        return False
    prev = tokens[k - 1] if k else None
    if prev is not None and prev.cap and prev.end + 1 == tok.start and not prev.possessive:
        if prev.lower not in STOPWORDS and prev.lower not in common:
            return False  # "Rolling Stones"; but "Later Putin"
    nxt = tokens[k + 1] if k + 1 < len(tokens) else None
    return tok.possessive or nxt is None or not (nxt.cap and nxt.start == tok.end + 1)


def _plural_looking(word: str) -> bool:
    """Whether ``word`` ends like an English plural ("Officials", "Analysts",
    "Williams"; not "Jones", "Davis", "Ross", "Morales").

    >>> [_plural_looking(w) for w in ("Officials", "Jones", "Davis", "Putin")]
    [True, False, False, False]
    """
    return len(word) > 4 and word.endswith("s") and word[-2] not in "sueiy'"


def _evidence(tokens: list[Token], k: int) -> str | None:
    """"strong", "weak", "thing" (the word names a thing here) or None."""
    n = len(tokens)
    tok = tokens[k]
    nxt = tokens[k + 1] if k + 1 < n else None
    after = tokens[k + 2] if k + 2 < n else None
    if nxt is not None and tok.possessive:
        if nxt.lower in THING_NOUNS:
            return "thing"
        return "strong" if nxt.lower in KIN_NOUNS else None
    prev = tokens[k - 1] if k > 0 else None
    if prev is not None and prev.lower in LOCATIVES:
        return "thing"  # "in Amherst", "at Octel"
    if prev is not None and prev.lower in {"the", "a", "an"}:
        return None  # "the Hill said"; but "the Erdogan government" is his
    if prev is not None and prev.lower in SPEECH_ONLY and gap(tokens, k) == " ":
        if k > 1 and QUOTE_CLOSE.search(gap(tokens, k - 1)):
            return "strong"  # “…,” said Erdogan
    if nxt is None or gap(tokens, k + 1) != " ":
        if prev is not None and prev.lower in MEETING_VERBS and gap(tokens, k) == " ":
            return "weak"
        return None
    if nxt.lower in SUBJECT_VERBS:
        if after is not None and (after.lower == "its" or after.lower in COMPANY_LISTENERS or _it_acts(tokens, k + 2)):
            return "thing"
        if k > 0 and nxt.lower in SPEECH_ONLY and QUOTE_CLOSE.search(gap(tokens, k)):
            return "strong"  # “…,” Erdogan said
        if after is not None and after.lower in PRONOUNS_AFTER:
            return "strong"  # "Erdogan said he …", "Zelensky told reporters"
        return "weak"
    if prev is not None and prev.lower in MEETING_VERBS and gap(tokens, k) == " " and not nxt.cap:
        return "weak"
    return None


def _it_acts(tokens: list[Token], j: int) -> bool:
    """Whether token ``j`` is "it" as the subject of a company's plans ("Boeing
    said it would cut jobs", "… it expects losses"), not the "it" of "Geremek said
    it was a great day"."""
    return tokens[j].lower == "it" and j + 1 < len(tokens) and tokens[j + 1].lower in IT_ACTS


def _in_phrases(tokens: Tokens, skip: Collection[int]) -> set[str]:
    """Words the article uses inside a capitalised phrase that names no person
    ("Intel" of "Intel Corp.", "Columbia" of "Columbia Pictures Entertainment
    Inc.", "Hewlett" of "Hewlett-Packard"): such a word alone is that phrase's
    short form. A phrase names no person when one of its words is an
    organisation or place word ("Corp.", "Services", "County"; not one that
    often follows a person's name, "Clinton Foundation") or an acronym."""
    marks = gazetteer().not_in_names
    caps, lowers = tokens.caps, tokens.lowers

    def member(k: int) -> bool:
        return k not in skip and lowers[k] not in STOPWORDS

    hyphenated = itertools.compress(caps, map(operator.contains, tokens.cap_words, itertools.repeat("-")))
    out = {lowers[k].partition("-")[0] for k in hyphenated if member(k)}
    # A phrase is a run of member tokens, each joined to the one before it by
    # a space or ". " after no possessive: first the capitals after a capital.
    after_capital = itertools.compress(caps[1:], map(operator.eq, caps, map(operator.sub, caps[1:], itertools.repeat(1))))
    runs: list[list[int]] = []
    for k in after_capital:
        if not (member(k) and member(k - 1)) or tokens[k - 1].possessive or gap(tokens, k) not in {" ", ". "}:
            continue
        if runs and runs[-1][-1] == k - 1:
            runs[-1].append(k)
        else:
            runs.append([k - 1, k])
    for run in runs:
        words = [tokens[k].text for k in run]
        if any(w in marks and w not in EPONYMOUS_HEADS or w.isupper() for w in words):
            out.update(lowers[k] for k in run)
    return out


def find(
    tokens: Tokens, candidates: Iterable[int], skip: Collection[int], common: frozenset[str]
) -> list[int]:
    """Indices of the tokens that are bare surnames by the evidence of the whole
    article (see the module docstring). ``candidates`` are the indices of the
    name-like tokens not yet part of a name, place or organisation; ``skip``
    those of tokens whose capitals say nothing (title-case headlines) or that
    are already names; ``common`` the words the article writes in lower case."""
    things = _in_phrases(tokens, skip)
    strong: dict[str, int] = defaultdict(int)
    weak: dict[str, int] = defaultdict(int)
    inside: dict[str, int] = defaultdict(int)
    where: dict[str, list[int]] = defaultdict(list)
    for k in candidates:
        if not _candidate(tokens, k, common):
            continue
        key = tokens[k].lower
        if not sentence_initial(tokens, k):
            inside[key] += 1
        found = _evidence(tokens, k)
        if found == "thing":
            things.add(key)
        elif found == "strong":
            strong[key] += 1
            where[key].append(k)
        elif found == "weak":
            weak[key] += 1
            where[key].append(k)
    out = []
    for key, ks in where.items():
        if key in things:
            continue
        if strong[key] or key not in TITLE_SURNAMES and weak[key] and (inside[key] or not _plural_looking(key)):
            out.extend(ks)
    return sorted(out)
