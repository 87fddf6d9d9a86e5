"""The tense of the clause around a time expression: past, future or unknown.

A bare weekday or month is resolved backwards in a past-tense clause and
forwards in a future-tense one. Each verb cue near the expression scores its
distance, plus a penalty when it is a weak cue (a word ending in *-ed* may be an
adjective or participle), stands after the expression or in another clause;
the nearest wins.

>>> text = "Putin said he will travel on Friday, but the talks ended Monday."
>>> tense(text, 0, len(text), text.index("Friday")), tense(text, 0, len(text), text.index("Monday"))
(1, -1)
>>> tense("Talks on Friday.", 0, 16, 9)
0
"""

from __future__ import annotations

import regex

_CUES = regex.compile(
    r"""(?ix)(?<![\p{L}'])(?:
      (?P<future>will|shall|won't|going\s+to|plans?\s+to|planned\s+to|planning|expects?|expected|
         as\s+soon\s+as|as\s+early\s+as|payable|scheduled|slated|schedules?|intends?|due\s+to|upcoming|next(?!\s+to(?![\p{L}]))|coming|would|
         hopes?\s+to|aims?\s+to|set\s+to|is\s+to|are\s+to|until|till|effective|
         begins?|starts?|resumes?|opens?|expires?|runs\s+through)
      |(?P<past>was|were|had|did|ago|last|earlier|since|previous|said|told|came|went|met|took|gave|
         began|rose|fell|saw|became|ran|announced|reported|posted|ended)
      |(?<!(?:be|been|being)\s+)(?P<weak_past>held|made|paid|sold|bought|brought|thought|felt|got|led|left|lost|won|sent|
         (?-i:(?!\p{Ll}*(?:ceed|need|speed|feed|breed|bleed|indeed|hundred|kindred)(?![\p{L}]))
            (?!(?:based|limited|related|interested|concerned|supposed|united|red|bed|shed)(?![\p{L}]))
            \p{Ll}{3,}ed))
      |(?P<future>'ll)
    )(?![\p{L}])"""
)

#: Punctuation between a cue and the expression: the cue is in another clause.
_CLAUSE = regex.compile(r"[,;:()\u2014]")
#: How far from the expression (code points) a cue may stand.
WINDOW = 120
#: Distance added for a weak cue, a cue after the expression, a cue in another clause.
WEAK, AFTER, CLAUSE = 25, 30, 40


def tense(text: str, start: int, end: int, at: int) -> int:
    """-1 (past), +1 (future) or 0 for the expression at ``at`` in the clause
    ``text[start:end]``: the verb cue nearest to it, within :data:`WINDOW`."""
    lo, hi = max(start, at - WINDOW), min(end, at + WINDOW)
    best: tuple[int, int] | None = None
    for m in _CUES.finditer(text, lo, hi):
        distance = abs(m.start() - at)
        if m.start() > at:
            distance += AFTER
        if m["weak_past"]:
            distance += WEAK
        if _CLAUSE.search(text, min(m.end(), at), max(m.start(), at)):
            distance += CLAUSE
        direction = 1 if m["future"] else -1
        if best is None or distance < best[0]:
            best = (distance, direction)
    return best[1] if best else 0
