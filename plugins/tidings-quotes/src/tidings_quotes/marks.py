"""Finding quoted passages: pairing quotation marks, in one pass over the text.

News uses straight and curly double quotes, single quotes (which must be told
apart from apostrophes), guillemets and low-9 marks. Each mark is given a role
from its neighbours (an opening mark follows a space and precedes a word; a
closing mark does the reverse), then marks are paired with a stack per
paragraph, so a mark left open by damaged text never reaches past its
paragraph. The newswire convention for a quote running over several
paragraphs (an opening mark on each, a closing mark only on the last) gives
one passage per paragraph, chained together so they share one speaker.

>>> text = "He said “it’s ‘fine’” and left. Al-Sharaa’s view: “We agree.”"
>>> [(text[q.start:q.end], q.depth) for q in quotations(text)]
[('it’s ‘fine’', 0), ('fine', 1), ('We agree.', 0)]
"""

from __future__ import annotations

import enum
import re
from collections.abc import Sequence

import attrs
import regex

from tidings import Span
from tidings.text import QUOTE_PAIRS, paragraphs

_MARK_CHARS = frozenset("\"“”„«»‹›‘’‚'`「」")
# The marks, found by one scan for a set of characters (stdlib re: fast). Two
# straight single quotes stand for a closing (or any) double quote in some
# archives, two backticks for an opening one (``Yes,'' he said): see _mark_at.
_MARK = re.compile("[" + "".join(sorted(_MARK_CHARS)) + "]")
_DOUBLED = frozenset("'`")
_SINGLE = frozenset("‘’'")  # marks that may be apostrophes
_DOUBLE = frozenset(["\"", "“", "”", "„", "«", "»", "「", "」", "''", "``"])
# Archive marks and the closing marks they pair with.
_ARCHIVE_PAIRS = {"``": "''\"", "`": "'’"}
_STRAIGHT = frozenset(['"', "''"])
# Words that start with an apostrophe: "’90s", "’em", "’til", "rock ’n’ roll".
_ELISION = regex.compile(r"(?:\d\d?s?\b|em\b|til\b|tis\b|twas\b|n\b|cause\b)", regex.IGNORECASE)
# How far _ELISION looks: its longest word and the character that ends it.
_ELISION_LONGEST = 8
_OPEN_BEFORE = frozenset("([{<—–―-/")
_CLOSE_AFTER = frozenset(".,;:!?)]}>…—–―-")
# Marks that stand for each other at the head of a run-on paragraph.
_SAME_MARK = {"“": "“„", "„": "“„", "«": "«»", "»": "«»"}


class Role(enum.Enum):
    """What a quotation mark does where it stands."""

    OPEN = "open"
    CLOSE = "close"
    EITHER = "either"  # a straight double quote between two spaces or two words
    CLOSE_OR_APOSTROPHE = "close-or-apostrophe"  # "Davis’ view" or "‘fine’ view"
    NONE = "none"  # an apostrophe


@attrs.frozen
class Quotation:
    """A quoted passage: ``start``/``end`` bound the text inside the marks.

    ``closing`` is None when no closing mark ends the passage: a paragraph of a
    quote that runs on, or a mark left open by damaged text (the passage then
    ends with its paragraph); ``depth`` is 0 for a quote that no other quote
    contains. The paragraphs of a quote that runs
    over several share ``chain``, the start of its first paragraph's passage
    (None for a quote within one paragraph).
    """

    start: int
    end: int
    opening: str
    closing: str | None
    depth: int = 0
    chain: int | None = None

    @property
    def span(self) -> Span:
        """The span of the quoted text."""
        return Span(self.start, self.end)


def _mark_at(text: str, i: int) -> str:
    """The mark at ``text[i]``: a doubled ``'`` or ````` is one mark.

    >>> _mark_at("''Yes", 0), _mark_at("’90s", 0)
    ("''", '’')
    """
    mark = text[i]
    return mark + mark if mark in _DOUBLED and text.startswith(mark, i + 1) else mark


def _in_word(text: str, i: int, mark: str) -> bool:
    """Whether ``mark`` at ``text[i]`` is a single mark between two letters or
    digits: an apostrophe inside a word.

    >>> _in_word("don’t", 3, "’"), _in_word("’90s", 0, "’"), _in_word('a"b', 1, '"')
    (True, False, False)
    """
    return mark in _SINGLE and 0 < i < len(text) - 1 and text[i - 1].isalnum() and text[i + 1].isalnum()


def _marks(text: str) -> list[tuple[int, str]]:
    """Every mark of ``text`` and where it stands, found by one scan, but
    for the apostrophes inside a word (whose role is none).

    >>> _marks("``Don’t,''' he")
    [(0, '``'), (8, "''"), (10, "'")]
    """
    found = []
    second = -1  # where the second character of a doubled mark stands
    for m in _MARK.finditer(text):
        i = m.start()
        if i != second:
            mark = _mark_at(text, i)
            if len(mark) == 2:
                second = i + 1
            elif _in_word(text, i, mark):
                continue  # an apostrophe (see role)
            found.append((i, mark))
    return found


def _boundary_before(text: str, i: int) -> bool:
    return i == 0 or text[i - 1].isspace() or text[i - 1] in _OPEN_BEFORE or text[i - 1] in _MARK_CHARS


def _boundary_after(text: str, i: int, width: int = 1) -> bool:
    j = i + width
    return j >= len(text) or text[j].isspace() or text[j] in _CLOSE_AFTER or text[j] in _MARK_CHARS


def role(text: str, i: int, mark: str | None = None) -> Role:
    """The role of the quotation mark at ``text[i]`` (``mark``, when the caller has it).

    >>> [role(s, s.index(c)).value for s, c in [("say “yes", "“"), ("don’t", "’"), ("’90s", "’"), ('a "b" c', '"')]]
    ['open', 'none', 'none', 'open']
    """
    if mark is None:
        mark = _mark_at(text, i)
    if _in_word(text, i, mark):
        return Role.NONE  # an apostrophe (don’t, Al-Sharaa’s)
    before, after = _boundary_before(text, i), _boundary_after(text, i, len(mark))
    if mark in _ARCHIVE_PAIRS:
        return Role.OPEN
    if mark in ('"', "''"):
        if before != after:
            return Role.OPEN if before else Role.CLOSE
        return Role.EITHER
    if mark in "“„«‹「‚":
        return Role.CLOSE if after and not before and mark in "“«‹" else Role.OPEN
    if mark in "”»›」":
        return Role.OPEN if before and not after and mark != "」" else Role.CLOSE
    # ‘ ’ and ' outside a word: quotes or apostrophes.
    if before and not after:
        if _ELISION.match(text, i + 1, i + 1 + _ELISION_LONGEST) or mark == "’":
            return Role.NONE
        return Role.OPEN
    if after and not before:
        return Role.CLOSE if mark == "‘" else Role.CLOSE_OR_APOSTROPHE
    return Role.NONE


def _pairs_with(opening: str, closing: str) -> bool:
    if opening == closing or closing in QUOTE_PAIRS.get(opening, "") or closing in _ARCHIVE_PAIRS.get(opening, ()):
        return True
    # Damaged or mixed text: a straight double quote closes a curly one and back.
    return opening in _DOUBLE and closing in _DOUBLE and bool(_STRAIGHT.intersection((opening, closing)))


class _Stack:
    """Open marks, with the positions of each family's openers kept apart so
    that looking for a partner never scans marks of the other family."""

    def __init__(self) -> None:
        self.marks: list[tuple[int, str]] = []
        self.family: dict[bool, list[int]] = {True: [], False: []}

    def push(self, pos: int, mark: str) -> None:
        self.family[mark in _DOUBLE].append(len(self.marks))
        self.marks.append((pos, mark))

    def has(self, double: bool) -> bool:
        return bool(self.family[double])

    def top(self, double: bool) -> int:
        return self.family[double][-1]

    def cut(self, k: int) -> None:
        """Drop the opener at index ``k`` and every one above it."""
        while len(self.marks) > k:
            _, mark = self.marks.pop()
            self.family[mark in _DOUBLE].pop()


def _starts_with_opening(text: str, para: Span, mark: str) -> bool:
    first = _mark_at(text, para.start) if para.start < len(text) else ""
    if first not in _DOUBLE or role(text, para.start, first) not in (Role.OPEN, Role.EITHER):
        return False
    return first in _SAME_MARK.get(mark, mark)


def _block_marker(text: str, para: Span) -> bool:
    """Whether a paragraph opens with a straight double quote that nothing in it
    closes, in a text that closes its quotes with curly marks: the mark a
    conversion puts before each paragraph of a block quote or a transcript,
    not a quotation mark of the writer's."""
    return text.startswith('"', para.start) and text.count('"', para.start, para.end) == 1


def quotations(text: str, paras: Sequence[Span] | None = None) -> list[Quotation]:
    """Every quoted passage of ``text``, in text order (outer before inner).

    ``paras`` are the paragraph spans (computed when not given). Unclosed
    quotes end at their paragraph, unless the next paragraph opens with a
    quotation mark: then the quote carries on (newswire convention).

    >>> text = "“First part.\\n“Second part,” she said.\\nShe “left"
    >>> [(text[q.start:q.end], q.closing, q.chain) for q in quotations(text)]
    [('First part.', None, 1), ('Second part,', '”', 1), ('left', None, None)]
    """
    if paras is None:
        paras = paragraphs(text)
    found: list[Quotation] = []
    chain: int | None = None  # start of a quote running on from the last paragraph
    curly = "”" in text
    marks = _marks(text)  # no mark spans two paragraphs
    k = 0
    for n, para in enumerate(paras):
        while k < len(marks) and marks[k][0] < para.start:
            k += 1
        if k == len(marks) or marks[k][0] >= para.end:
            chain = None  # a paragraph without marks ends any quote running on
            continue
        stack = _Stack()
        skip = para.start if curly and _block_marker(text, para) else -1
        while k < len(marks) and marks[k][0] < para.end:
            i, mark = marks[k]
            k += 1
            if i == skip:
                continue
            r = role(text, i, mark)
            double = mark in _DOUBLE
            if r is Role.EITHER:
                r = Role.CLOSE if stack.has(True) else Role.OPEN
            elif r is Role.CLOSE_OR_APOSTROPHE:
                r = Role.CLOSE if stack.has(False) else Role.NONE
            if r is Role.OPEN:
                stack.push(i, mark)
            elif r is Role.CLOSE and stack.has(double):
                top = stack.top(double)
                pos, opening = stack.marks[top]
                if not _pairs_with(opening, mark):
                    continue
                stack.cut(top)
                found.append(Quotation(pos + len(opening), i, opening, mark, top, chain if top == 0 else None))
                if top == 0:
                    chain = None
        doubles = [(pos, mark) for pos, mark in stack.marks if mark in _DOUBLE]
        if not doubles:
            chain = None
            continue
        pos, mark = doubles[0]
        start = pos + len(mark)
        end = para.end
        while end > start and text[end - 1].isspace():
            end -= 1
        runs_on = n + 1 < len(paras) and _starts_with_opening(text, paras[n + 1], mark)
        if runs_on and chain is None:
            chain = start
        if end > start:
            found.append(Quotation(start, end, mark, None, 0, chain))
        if not runs_on:
            chain = None
    found.sort(key=lambda q: (q.start, -q.end))
    return found
