"""The tense of the clause around a time expression: past, future or unknown.

A bare weekday or month is resolved backwards in a past-tense clause and
forwards in a future-tense one. Each verb cue near the expression scores its
distance, plus a penalty when it is a weak cue, stands after the expression or
in another clause; the nearest wins. News reports the past, so only a cue
decides for the future:

- auxiliaries and plans: "will", "would" (reported future), "is to", "is due",
  "is expected", "is scheduled for", "is set to", "plans to", "next";
- a plan or an agreement in the past looks forward to what it names when it
  stands before the time ("agreed to buy the unit in March", "planned a rally on
  Saturday") and is an ordinary past verb when the time is fronted before it
  ("On Monday, Iran agreed to resume talks");
- a plan that *had been* made is past ("had been due to expire Friday");
- schedule verbs in the present tense, the way news announces a coming event
  ("they meet Monday", "she arrives in Berlin on Monday", "the case is heard
  in May"), are weak cues: not after an auxiliary, whose own tense decides
  ("did not meet"), nor as nouns after a determiner ("his visit", "that
  visit"), though an -s form after "that" is a relative clause's verb ("a law
  that takes effect in July"); "is" right before the time announces it ("the
  vote is on Sunday");
- modals ("should", "may", "must", "can") are weak future cues, and a modal
  with "have" is past ("may have come on Friday");
- a time fronted before its clause ("On Monday, ...") dates the verb after it;
- the verb of a span that a time ends ("until", "by", "through") decides:
  past when it is past ("stayed on until January"), unless it sets a
  deadline ("gave the bidder until mid-November"); "until" itself is a weak
  future cue, for when no verb decides ("the ban runs until Friday");
- the clause that holds the time decides: in a relative or content clause
  ("Francis, who met al-Sistani in Najaf on Saturday, is due to ..."), only its
  own verbs count, the one before the time first; the verbs of a clause closed
  before the time, or on the other side of "and", count less or not at all.

>>> text = "Putin said he will travel on Friday, but the talks ended Monday."
>>> tense(text, 0, len(text), text.index("Friday")), tense(text, 0, len(text), text.index("Monday"))
(1, -1)
>>> text = "Al-Sharaa is due in Washington on Sunday; they meet Monday."
>>> tense(text, 0, len(text), text.index("Sunday")), tense(text, 0, len(text), text.index("Monday"))
(1, 1)
>>> tense("Talks on Friday.", 0, 16, 9)
0
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Sequence
from typing import NamedTuple

import regex

from tidings.patterns import alternation

#: Words after which a verb's own form says nothing: the auxiliary before it
#: decides ("did not meet", "will meet").
_AUXILIARY = r"(?:will|would|shall|should|can|could|may|might|must|did|does|do|not|never|cannot)"
#: Contracted auxiliaries, glued to the word before ("didn't meet", "he'll meet").
_CONTRACTED = r"(?:n't|n’t|'ll|’ll)"
#: Words after which a verb form is a noun ("his visit", "the vote", "in return").
_DETERMINER = r"(?:the|a|an|his|her|its|their|our|my|your|this|that|whose|each|every|any|no|first|last|next|in|of|on|for)"
#: Determiners before a participle used as an adjective ("the lost ground");
#: "that" is left out, after which the form is a relative clause's verb ("a
#: convention that opened on Monday").
_MODIFIER = _DETERMINER.replace("|that|", "|")
#: Forms of "be", after which a participle is no past.
_BE = r"(?:is|are|am|was|were|be|been|being)"
#: Verbs that link a subject to a state, after which a participle is no past
#: ("remained closed").
_LINK = rf"(?:{_BE}|remains?|remained|stays?|stayed|seems?|seemed)"
#: Present forms of "be", after which "due", "expected", "set to" … look ahead.
_IS = r"(?:is|are|am)"
#: Adverbs that may stand between "be" and what follows it.
_ADVERB = r"(?:\s{1,3}(?:now|also|still|not|already|widely|officially|tentatively))?"
#: Plans and agreements in the past tense ("agreed to", "planned"):
#: forward-looking before the time, plain past verbs after it.
_PLANNED = (
    r"(?:agreed|decided|promised|pledged|vowed|offered|voted|proposed|planned|intended|hoped|wanted|"
    r"threatened|prepared|arranged|expected)"
)
#: Irregular past forms that are also participles: past unless after "be"
#: ("was held") or a determiner ("the lost ground").
_PARTICIPLE = (
    r"(?:held|made|paid|sold|bought|brought|thought|felt|got|led|left|lost|won|sent|found|heard|kept|caught|"
    r"built|spent|taught|dealt|fed|slept|meant|hung|shot|told|understood|upheld|withheld)"
)
#: Plans and agreements in the present tense ("agrees to", "hopes to").
_INTENDS = r"(?:agrees?|decides?|wants?|hopes?|aims?|seeks?|vows?|threatens?|intends?|proposes?|promises|pledges|offers)"
#: Present-tense verbs with which news announces a scheduled event.
_SCHEDULE = (
    r"(?:meets?|arrives?|leaves?|visits?|travels?|heads?(?!\s+of)|returns?|flies|fly|departs?|begins?|starts?|opens?|"
    r"resumes?|reopens?|expires?|ends?|closes?|convenes?|hosts?|attends?|gathers?|holds?|votes?|faces?|appears?|"
    r"testif(?:y|ies)|goes|go|takes\s+(?:place|office|effect)|take\s+(?:place|office|effect)|kicks?\s+off|"
    r"launch(?:es)?|plays?|competes?|wraps?\s+up)"
)
#: Participles with which the present passive announces a scheduled event
#: ("the case is heard in May").
_STAGED = (
    r"(?:held|heard|played|staged|launched|released|published|sworn\s+in|inaugurated|unveiled|signed|debated|"
    r"put\s+to\s+a\s+vote|tried|sentenced|buried|opened|reopened)"
)
#: Schedule verbs in the present progressive, a planned arrangement ("the two
#: leaders are meeting in November").
_ARRANGED = (
    r"(?:meeting|arriving|leaving|visiting|travell?ing|heading|returning|flying|departing|hosting|attending|"
    r"holding|voting|going|coming|playing|launching|opening|starting|beginning|facing|appearing|testifying)"
)
#: Verbs that follow "due to" when it means "scheduled to" (not "because of").
_DUE_VERB = (
    r"(?:be|begin|start|open|resume|meet|arrive|leave|visit|travel|return|take|hold|vote|end|close|expire|"
    r"sign|announce|report|release|fly|hear|rule|decide|face|appear|go|come)"
)

#: A past form that may be a participle: a weak past cue, unless after "be",
#: a linking verb or a determiner ("was held", "remained closed", "the lost ground").
_WEAK_PAST = rf"""(?<!(?<![\p{{L}}'’])(?:{_LINK}|{_MODIFIER})\s{{1,3}})(?P<weak_past>{_PARTICIPLE}|
         (?-i:(?!\p{{Ll}}*(?:ceed|need|speed|feed|breed|bleed|indeed|hundred|kindred)(?![\p{{L}}]))
            (?!(?:based|limited|related|interested|concerned|supposed|united|red|bed|shed)(?![\p{{L}}])|un)
            \p{{Ll}}{{3,}}ed))"""

_CUES = regex.compile(
    rf"""(?ix)
    (?<![\p{{L}}'’])(?:
      (?P<past>had\s+(?:not\s+)?(?:been\s+)?(?:due|scheduled|expected|set|slated|planned|planning|supposed|intended|meant|going)
         |(?:would|could|should|might|must|may)(?:\s+not|n't|n’t)?\s+have)
      |(?P<future>(?:was|were)\s+(?:planning|preparing|going\s+to)|will|shall|won't|won’t|going\s+to|gonna|plans?\s+to|planning|expects?|intends?|
         {_IS}{_ADVERB}\s+(?:due|expected|scheduled|slated|set|poised|likely|supposed|planned|planning|forecast|projected|predicted|to|about\s+to)|
         due\s+to\s+{_DUE_VERB}|
         (?:ready|poised|likely|set|supposed)\s+to|
         as\s+soon\s+as|as\s+early\s+as|payable|scheduled|slated|schedules?|upcoming|next(?!\s+to(?![\p{{L}}]))|(?<!(?<![\p{{L}}])(?:was|were)\s{{1,3}})coming|would|
         effective|runs\s+through)
      |(?P<planned>{_PLANNED}\s+to|planned|expected)
      |(?<!(?<![\p{{L}}'’])(?:{_DETERMINER})\s{{1,3}})(?P<future>{_INTENDS}\s+to)
      |(?P<past>(?:was|were|had|did)(?:n't|n’t)?|ago|last|earlier|since|previous|said|told|came|went|met|took|gave|
         began|rose|fell|saw|became|ran|announced|reported|posted|ended|spoke|wrote|flew|fled|fought|struck|
         knew|stood|threw|drove|broke|chose|grew|drew|sought|swore|withdrew|overcame|undertook|sank|shook|tore)
      |{_WEAK_PAST}
      |(?<!(?:(?<![\p{{L}}'’])(?:{_AUXILIARY}|{_DETERMINER})|{_CONTRACTED})\s{{1,3}})(?-i:(?P<weak_future>{_SCHEDULE}))
      |(?<=(?<![\p{{L}}'’])(?i:that)\s{{1,3}})(?=\p{{Ll}}+s(?![\p{{L}}]))(?-i:(?P<weak_future>{_SCHEDULE}))
      |(?P<weak_future>{_IS}\s+(?:being\s+{_STAGED}|{_STAGED}|{_ARRANGED})|until|till|(?-i:should|may|might|must|can|cannot))
    )(?![\p{{L}}])
    |(?<=\p{{L}})(?P<future>'ll|’ll|(?:'s|’s|'re|’re){_ADVERB}\s+(?:due|expected|scheduled|slated|set|poised|likely|to))(?![\p{{L}}])"""
)

#: The words a cue of :data:`_CUES` opens with, besides a past form in -ed;
#: keep in step with it (a cue whose word is missing here is never found).
_CUE_WORDS = """
    had would could should might must may can cannot wouldn't wouldn’t couldn't couldn’t shouldn't shouldn’t mightn't
    mightn’t mustn't mustn’t mayn't mayn’t was were will shall won't won’t going gonna plan plans planning
    expect expects intend intends is are am due ready poised likely set supposed as payable scheduled slated schedule
    schedules upcoming next coming effective runs until till
    agreed decided promised pledged vowed offered voted proposed planned intended hoped wanted threatened prepared arranged
    expected agree agrees decide decides want wants hope hopes aim aims seek seeks vow vows threaten threatens propose
    proposes promises pledges offers
    did wasn't wasn’t weren't weren’t hadn't hadn’t didn't didn’t ago last earlier since previous said told came went met took gave began rose fell saw became ran announced reported
    posted ended spoke wrote flew fled fought struck knew stood threw drove broke chose grew drew sought swore withdrew
    overcame undertook sank shook tore
    held made paid sold bought brought thought felt got led left lost won sent found heard kept caught built spent taught
    dealt fed slept meant hung shot understood upheld withheld
    meet meets arrive arrives leave leaves visit visits travel travels head heads return returns flies fly depart departs
    begin begins start starts open opens resume resumes reopen reopens expire expires end ends close closes convene
    convenes host hosts attend attends gather gathers hold holds vote votes face faces appear appears testify testifies
    goes go take takes kick kicks launch launches play plays compete competes wrap wraps
""".split()
#: Where a cue of :data:`_CUES` may start, in the lower-cased sentence after
#: the character before it: one of its words, a past form in -ed, or a
#: contraction ("'ll", "'s", "'re"). They are about one word in eight, found in
#: one scan by the stdlib engine, several times faster than ``regex``; the
#: costly pattern is tried only there. (The stdlib counts "²" or "½" as
#: letters: a cue glued to one is not looked for.)
_CUE_STARTS_SOURCE = (
    rf"[\W\d_](?:(?:(?P<word>{alternation(_CUE_WORDS)})|(?P<ed>(?=[^\W\d_]{{5}})[^\W\d_]++(?<=ed)))(?![^\W\d_])"
    r"|(?<=[^\W\d_]['’])(?:ll|s|re)(?![^\W\d_]))"
)
_CUE_STARTS = re.compile(_CUE_STARTS_SOURCE)
#: The same scan for a sentence of ASCII characters only (its classes then
#: tested against a table); on ASCII the two agree.
_CUE_STARTS_ASCII = re.compile(_CUE_STARTS_SOURCE, re.ASCII)
#: What :data:`_CUES` finds at a past form in -ed that is none of its words:
#: no other of its branches opens with such a word, so only this one is tried
#: there (a third of the cue starts; the whole pattern fails through every
#: branch before it).
_PAST_FORM = regex.compile(rf"(?ix)(?<![\p{{L}}'’]){_WEAK_PAST}(?![\p{{L}}])")

#: The word before a time that ends a span or sets a deadline ("until
#: January", "by mid-November", "through June").
SPAN_END = regex.compile(r"(?i)(?<!\p{L})(?P<word>until|till|by|through)\s+(?:(?:early|late)\s+|mid-?\s*)?\Z")
#: How far before the time (code points) :data:`SPAN_END` is looked for.
SPAN_REACH = 16
#: Words that set a deadline or move a time forward ("gave the bidder until
#: mid-November", "extended loans through January", "postponed until
#: Tuesday", "must repay by February"): the time after "until", "by" or
#: "through" lies near publication, on either side, whatever their tense.
DEADLINE_SETTER = regex.compile(
    r"(?i)(?<!\p{L})(?:gave|give[ns]?|giving|grant(?:s|ed)?|extend(?:s|ed)?|extension|postpone[sd]?|delay(?:s|ed)?|"
    r"adjourn(?:s|ed)?|defer(?:s|red)?|suspend(?:s|ed)?|impose[sd]?|declare[sd]?|order(?:s|ed)?|ban(?:s|ned)?|"
    r"deadline|program(?:me)?s?|plan(?:s|ned)?|aim(?:s|ed)?|target|goal|due|must|require[sd]?|expect(?:s|ed)?)(?!\p{L})"
)
#: Present-tense verbs that hold a span to its end ("the road remains closed
#: until Friday", "the firm has until Friday"): standing after a past verb,
#: they govern the span, not it ("officials said the curfew lasts until Friday").
_HOLDS = regex.compile(
    r"(?i)(?<![\p{L}'’])(?:is|are|am|has|have|remains?|stays?|continues?|lasts?|runs?|keeps?)(?![\p{L}'’])"
)
_PAST_KINDS = frozenset({"past", "weak_past"})
#: Punctuation between a cue and the expression: the cue is in another clause.
_CLAUSE = regex.compile(r"[,;:()\u2014]")
#: A conjunction between the expression and a verb: the verb is another
#: clause's ("held a rally on Saturday and is due in Arizona").
_AND = regex.compile(r"(?i)(?<!\p{L})(?:and|but|or|while|whereas)(?!\p{L})")
#: The word that opens a relative or content clause ("Francis, who met ...",
#: "a convention that opened ...", "said that ...").
_OPENER = regex.compile(r"(?i)(?<![\p{L}'’])(?:who|which|whose|where|when|that)(?![\p{L}'’])")
#: What follows a comma inside a clause: a name, a preposition or a determiner
#: (an apposition or an adjunct), not a verb.
_GOES_ON = regex.compile(
    r"(?:\s|\p{Pd}){0,3}(?:\p{Lu}|\p{N}|(?i:in|on|at|near|outside|inside|during|with|from|for|to|of|by|after|before|"
    r"the|a|an|his|her|its|their|some|two|three|four|five|several|about|nearly|more|less)(?![\p{L}]))"
)
#: How far before the expression (code points) the opener of its clause may stand.
_REACH = 240
#: A sentence opening with at most three small words before the time ("On",
#: "Also on", "Late on", "Until"): a time fronted before the verb it dates.
_FRONTED = regex.compile(
    r"""(?ix)[\W_]*(?:(?:and|but|also|then|so|yet|earlier|later|late|early|just|shortly|even|only|since|until|till|
    by|on|in|at|during|before|after|from|through|throughout|as|of|the|last|this|next|that|same|over|for|around|about)
    [\s\-]+){0,3}"""
)
#: How far into its sentence (code points) a time may still be fronted.
_FRONT = 40
#: "be" right before the time: a date announced ("the vote is on Sunday",
#: "elections are in May").
_ANNOUNCED = regex.compile(r"(?i)(?<![\p{L}'’])(?:is|are)\s+(?:(?:on|in|at|set\s+for)\s+)?\Z")
#: The comma that closes a fronted time ("On Monday, ...").
_COMMA = regex.compile(r"[^,;:()\u2014]{0,40},")
#: How far from the expression (code points) a cue may stand.
WINDOW = 120
#: Distance added for a weak cue, a cue after the expression, a cue in another clause.
WEAK, AFTER, CLAUSE = 25, 30, 40
_WEAK_KINDS = frozenset({"weak_past", "weak_future"})
_FUTURE_KINDS = frozenset({"future", "weak_future"})


class Cue(NamedTuple):
    """A tense cue: where it stands and its kind (a group name of :data:`_CUES`)."""

    start: int
    end: int
    kind: str


def find_cues(text: str, start: int, end: int) -> list[Cue]:
    """The tense cues of ``text[start:end]``, in text order: found once per
    sentence and shared by every time expression in it.

    >>> text = "They met, will meet again and did not meet; talks resume Monday."
    >>> [(c.kind, text[c.start:c.end]) for c in find_cues(text, 0, len(text))]
    [('past', 'met'), ('future', 'will'), ('past', 'did'), ('weak_future', 'resume')]
    """
    # A space before the first word, for the character before it; "İ" is the
    # one letter whose lower case is two characters long, made another letter.
    sentence = text[start:end]
    if sentence.isascii():
        lowered, scan = " " + sentence.lower(), _CUE_STARTS_ASCII
    else:
        lowered, scan = " " + sentence.replace("İ", "ı").lower(), _CUE_STARTS
    cues: list[Cue] = []
    for opening in scan.finditer(lowered):
        if opening["word"]:
            at, cue = start - 1 + opening.start("word"), _CUES
        elif opening["ed"]:
            at, cue = start - 1 + opening.start("ed"), _PAST_FORM
        else:
            at, cue = start - 1 + opening.start(), _CUES
        if cues and at < cues[-1].end:
            continue
        m = cue.match(text, at, end)
        if m is not None:
            cues.append(Cue(m.start(), m.end(), m.lastgroup or ""))
    return cues


def tense(
    text: str, start: int, end: int, at: int, stop: int | None = None, cues: Sequence[Cue] | None = None
) -> int:
    """-1 (past), +1 (future) or 0 for the expression ``text[at:stop]`` in the
    clause ``text[start:end]``: the verb cue nearest to it, within
    :data:`WINDOW`. ``stop`` defaults to ``at``; ``cues`` are the clause's
    :func:`find_cues`, found here when not given."""
    stop = at if stop is None else stop
    if _ANNOUNCED.search(text, max(start, at - 16), at):
        return 1
    lo, hi = max(start, at - WINDOW), min(end, stop + WINDOW)
    if cues is None:
        cues = find_cues(text, lo, hi)
    # A time fronted before its clause dates the verb that follows it: that
    # verb counts as if it stood before, and the comma after the time opens
    # no new clause.
    opened, later = stop, AFTER
    if at - start <= _FRONT and _FRONTED.fullmatch(text, start, at):
        comma = _COMMA.match(text, stop)
        opened, later = (comma.end() if comma else stop), 0
    governed = _span_verb(text, max(start, at - SPAN_REACH), at, lo, cues)
    if governed:
        return governed
    inside, skip = _clause(text, start, at, cues)
    if inside is not None:
        lo = inside
    best: tuple[int, int] | None = None
    for index in range(bisect.bisect_left(cues, lo, key=_start), len(cues)):
        cue = cues[index]
        if cue.start >= hi:
            break
        if skip[0] <= cue.start < skip[1]:
            continue
        after = cue.start >= stop
        if after:
            distance = cue.start - stop + later
            between = (opened, cue.start)
        else:
            distance = at - cue.end
            between = (cue.end, at)
        if cue.kind in _WEAK_KINDS or (cue.kind == "planned" and after):
            distance += WEAK
        if _CLAUSE.search(text, *between) or _AND.search(text, *between):
            if inside is not None:
                if after:
                    continue  # past the end of the clause that holds the time
            else:
                distance += CLAUSE
        elif inside is not None and after:
            distance += CLAUSE  # a relative clause's verb comes before its time ("that left Cairo on Monday is ...")
        if cue.kind == "planned":
            direction = -1 if after else 1
        else:
            direction = 1 if cue.kind in _FUTURE_KINDS else -1
        if best is None or distance < best[0]:
            best = (distance, direction)
    return best[1] if best else 0


def _span_verb(text: str, lo: int, at: int, reach: int, cues: Sequence[Cue]) -> int:
    """The tense of the verb that governs a span the time at ``at`` ends
    ("until", "till", "by", "through"), or 0 when it leaves it to the other
    cues: the word itself decides for the future only when no verb does.

    The verb is the last cue before that word in its clause, from ``reach``
    on, unless a present verb that holds the span stands after it. A past verb
    is past ("he stayed on until January", "talks continued until Friday",
    "had until Friday to reply"); one that sets a deadline or an order with
    an end ("postponed until Tuesday", "gave the bidder until mid-November",
    "imposed a curfew until Monday") leaves it to the other cues; a present
    verb that holds a span "until" or "till" ends looks forward ("said the
    road remains closed until Friday"), where "through" and "by" may count
    the year so far ("sales are up 5% through June").

    >>> def verb(text, word):
    ...     return _span_verb(text, 0, text.index(word), 0, find_cues(text, 0, len(text)))
    >>> verb("He stayed on until January, when he quit.", "January")
    -1
    >>> verb("Officials said the road remains closed until Friday.", "Friday")
    1
    >>> verb("Officials postponed until Tuesday any action.", "Tuesday")
    0
    """
    span = SPAN_END.search(text, lo, at)
    if span is None:
        return 0
    index = bisect.bisect_right(cues, span.start(), key=_end) - 1
    verb = cues[index] if index >= 0 and cues[index].start >= reach else None
    since = reach if verb is None else verb.end
    if _CLAUSE.search(text, since, span.start()) or _AND.search(text, since, span.start()):
        return 0
    if _HOLDS.search(text, since, span.start()):
        return 1 if span["word"].lower() in ("until", "till") else 0
    if verb is None or verb.kind not in _PAST_KINDS or DEADLINE_SETTER.search(text, verb.start, span.start()):
        return 0
    return -1


def _clause(text: str, start: int, at: int, cues: Sequence[Cue]) -> tuple[int | None, tuple[int, int]]:
    """The relative or content clause around the expression at ``at``: the verb
    of the clause that holds a time decides its tense, not the main clause's.

    Returns where the clause that holds the time opens (``None`` when it is
    not in one), and the stretch of a clause closed before the time, whose cues
    say nothing about it (both found from the last opener before the time). A
    clause is closed by a semicolon, or by a comma or dash after its first verb
    that no name, preposition or determiner follows ("Francis, who met X, is
    due to ... on Sunday"); it holds the time otherwise ("Francis, who met
    al-Sistani, the cleric, in Najaf on Saturday, is due ...").

    >>> text = "Francis, who met al-Sistani, the cleric, in Najaf on Saturday, is due to fly home."
    >>> _clause(text, 0, text.index("Saturday"), find_cues(text, 0, len(text)))
    (9, (0, 0))
    >>> text = "Francis, who met al-Sistani, is due to fly home on Sunday."
    >>> _clause(text, 0, text.index("Sunday"), find_cues(text, 0, len(text)))
    (None, (9, 27))
    """
    opener = None
    for opener in _OPENER.finditer(text, max(start, at - _REACH), at):
        pass
    if opener is None:
        return None, (0, 0)
    first = bisect.bisect_left(cues, opener.end(), key=_start)
    if first == len(cues) or cues[first].start >= at:
        return None, (0, 0)  # no verb of its own before the time: the opener is no clause's
    for mark in _CLAUSE.finditer(text, cues[first].end, at):
        if mark.group() in ";:" or not _GOES_ON.match(text, mark.end()):
            return None, (opener.start(), mark.start())
    return opener.start(), (0, 0)


def _start(cue: Cue) -> int:
    return cue.start


def _end(cue: Cue) -> int:
    return cue.end
