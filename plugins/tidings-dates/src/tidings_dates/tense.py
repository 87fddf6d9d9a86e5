"""The tense of the clause around a time expression: past, future or unknown.

A bare weekday or month is resolved backwards in a past-tense clause and
forwards in a future-tense one; the cue nearest to the expression decides.

>>> text = "Putin said he will travel on Friday, but the talks ended Monday."
>>> tense(text, 0, len(text), text.index("Friday")), tense(text, 0, len(text), text.index("Monday"))
(1, -1)
>>> tense("Talks on Friday.", 0, 16, 9)
0
"""

from __future__ import annotations

import regex

_CUES = regex.compile(
    r"""(?ix)\b(?:
      (?P<future>will|shall|won't|going\s+to|plans?|planning|planned|expects?|expected|
         scheduled|schedules?|intends?|due|upcoming|next|coming|would|could|might|should|
         hopes?\s+to|aims?\s+to|set\s+to|is\s+to|are\s+to|until|begins?|starts?|resumes?|
         opens?|ends|expire|expires|runs\s+through)
      |(?P<past>was|were|had|did|ago|last|earlier|since|previous|ended|
         said|told|came|went|met|made|took|gave|began|rose|fell|held|left|won|lost|saw|
         became|hit|led|ran|sent|put|set|paid|sold|bought|brought|thought|felt|got|
         \p{L}{3,}ed)
    )\b|(?P<future>'ll)\b"""
)

#: How far from the expression (code points) a cue may stand.
WINDOW = 120


def tense(text: str, start: int, end: int, at: int) -> int:
    """-1 (past), +1 (future) or 0 for the expression at ``at`` in the clause
    ``text[start:end]``: the verb cue nearest to it, within :data:`WINDOW`."""
    lo, hi = max(start, at - WINDOW), min(end, at + WINDOW)
    best: tuple[int, int] | None = None
    for m in _CUES.finditer(text, lo, hi):
        distance = abs(m.start() - at)
        if m.start() > at:
            distance += 10  # the governing verb usually comes first in news English
        direction = 1 if m["future"] else -1
        if best is None or distance < best[0]:
            best = (distance, direction)
    return best[1] if best else 0
