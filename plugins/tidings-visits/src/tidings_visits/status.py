"""Whether a visit happened, is under way, is planned or was called off.

:func:`cue` reads the words of one clause; :func:`status_of` adds what the
clause's date and the article's publication date say. Every mention of a trip
gets a status with a strength, and the trip keeps its strongest mention's.

>>> cue("Sytenko is also expected to visit Baghdad")
'planned'
>>> cue("the visit was postponed because of the storm")
'cancelled'
>>> cue("Mr. Blair's current visit to Washington")
'ongoing'
>>> cue("In December, Al-Sharaa visited Washington") is None
True
"""

from __future__ import annotations

import datetime as dt

import regex

_F = regex.IGNORECASE | regex.VERSION1

_CANCELLED = regex.compile(
    r"\b(?:postpone[sd]?|postponing|call(?:ed|s)?\s+off|cancel(?:l?ed|s|ling|lation)?|scrap(?:ped|s)"
    r"|put\s+off|shelved|abandoned|delayed\s+indefinitely|called\s+it\s+off|on\s+hold|axed|pull(?:ed|s|ing)?\s+out\s+of"
    r"|(?:no\s+longer|(?-i:will|could|can)\s*not|won[’']t|couldn[’']t|can[’']t)\s+(?:(?:plans?|expected|due|be\s+able)\s+to\s+)?"
    r"(?:travel|visit|attend|go|come|make)"
    r"|(?:skip|delay)(?:s|ped|ping|ed|ing)?\s+(?:a|an|the|his|her|their|its|this|next)\s+(?:[\p{L}'’-]+\s+){0,2}?"
    r"(?:visit|trip|tour|summit))\b",
    _F,
)
#: Modal words of plans: they count only before the travel word ("will visit", not "visited …, would rise").
#: "will" is matched in lower case only, so "William" is no plan.
_PLANNED_MODAL = regex.compile(
    r"\b(?:(?-i:will|shall|would)|'ll|(?:'s|is|are|am)\s+(?:(?:also|now|still)\s+)?"
    r"(?:expected|scheduled|due|set|going|slated|poised|to)\b|\b(?-i:may|might|could)\b"
    r"|plans?\s+to|planning\s+to|intends?\s+to|hopes?\s+to|looks?\s+forward\s+to|looked\s+forward\s+to"
    r"|consider(?:s|ing)|mulling|accept(?:s|ed)?\s+(?:an\s+)?invitation"
    r"|eve\s+of|ahead\s+of\s+(?:[\p{L}'’-]+\s+){0,3}(?:visit|trip|tour|journey)|(?:a|an|the|his|her|its|their)\s+(?:slated|planned|proposed|prospective|scheduled)\b"
    r"|invit(?:ed|es|ing)\s+\p{Lu}[^.;]{0,80}?\bto\s+visit)",
    _F,
)
#: Words of plans that count anywhere in the clause.
_PLANNED = regex.compile(r"\b(?:upcoming|forthcoming|next\s+(?:week|month|year)|later\s+this\s+(?:week|month|year))\b", _F)
_ONGOING = regex.compile(
    r"\b(?:current(?:ly)?|en\s+route|ending|wrapping\s+up|under\s+way|underway"
    r"|(?:is|are)\s+(?:now\s+)?(?:visiting|touring|in)|(?:is|are)\s+on\s+(?:an?|his|her|their)\b)",
    _F,
)
#: "Thomson, in India to talk …": present there, unless a date says otherwise
#: ("received Kishida, in Paris on Monday").
_PRESENT = regex.compile(r", in\s+\p{Lu}", regex.VERSION1)
#: A trip told as earlier than the news: "weeks after his trip to Moscow".
PRIOR = regex.compile(
    r"\b(?:days|weeks|months|years|shortly|soon|just|a\s+(?:day|week|month|year))\s+(?:after|following)\s+"
    r"(?:[\p{L}'’-]+\s+){0,3}\Z",
    _F,
)
#: A trip told as the next leg after the clause's news: "met Marcos in Manila before
#: heading to Seoul", "then travels to Seoul" ("ahead of a trip to Seoul" is a plan outright).
ONWARD = regex.compile(
    r"\b(?:before\s+(?:[\p{L}'’-]+\s+){0,3}"
    r"|then\s+(?:(?:also|later)\s+)?)\Z",
    _F,
)
_TODAY = regex.compile(r"\b(?:today|tonight|this\s+(?:morning|afternoon|evening)|here)\b", _F)
#: Past verbs of travel, meeting and doing: what a traveller did there.
_DID = (
    r"visited|arrived|flew|travell?ed|headed|toured|spent|landed|met|held|hosted|welcomed|received"
    r"|went|came|left|jetted|stopped|returned|concluded|ended|wrapped\s+up|made|paid"
)
_PAST_VERB = regex.compile(r"\b(?:" + _DID + r"|was|were)\b", _F)

#: A clause after the destination that says the trip happened: ", where he met …".
DONE_THERE = regex.compile(
    r",\s+where\s+(?:he|she|they)\s+(?:also\s+)?(?:" + _DID + r")\b", _F
)
_ARRIVAL = regex.compile(r"\b(?:arrived|landed|flew\s+(?:in)?to)\b", _F)
_DEPARTURE = regex.compile(r"\b(?:left|leaving|set\s+off|departed)\b", _F)

#: How much a status source is trusted: words beat dates, dates beat defaults.
CUE, DATE, DEFAULT = 3, 2, 1


def cue(clause: str, until: int | None = None, start: int | None = None) -> str | None:
    """The status the words of ``clause`` state outright, or None.

    Modal words ("will", "is expected to") count only before offset ``until``,
    the end of the travel word, so a later verb of the sentence does not make
    the trip a plan; a travel word starting at ``start`` after "weeks after"
    names a trip that is over.

    >>> cue("Macron, who visited Paris, said prices would rise", until=20) is None
    True
    >>> clause = "Modi will visit Ukraine on Friday, weeks after his trip to Moscow"
    >>> cue(clause, until=len(clause) - 10, start=clause.index("trip"))
    'occurred'
    """
    if _CANCELLED.search(clause):
        return "cancelled"
    if start is not None and PRIOR.search(clause, max(0, start - 40), start):
        return "occurred"
    if _PLANNED_MODAL.search(clause, 0, len(clause) if until is None else until) or _PLANNED.search(clause):
        return "planned"
    if _ONGOING.search(clause):
        return "ongoing"
    return None


def status_of(
    clause: str,
    interval: tuple[dt.date, dt.date] | None,
    published: dt.date | None,
    *,
    until: int | None = None,
    start: int | None = None,
    at_dateline: bool = False,
    earlier: bool = False,
    happened: bool = False,
) -> tuple[str, int]:
    """The status of one mention of a trip, with its strength.

    ``interval`` is the first and last day of the clause's date, if it has one;
    ``start`` and ``until`` bound the travel word in ``clause`` (see :func:`cue`);
    ``at_dateline`` says the story is filed from the destination; ``earlier`` that
    the trip is told as before the clause's news ("after his trip to Jakarta").
    A trip told as the next leg ("before heading to Seoul") is planned, unless the
    clause's date is before publication, the travel word is in the past tense or
    a clause of its own says it ``happened`` (", where he met …").

    >>> import datetime as dt
    >>> pub = dt.date(2026, 1, 28)
    >>> status_of("met with him on Wednesday", (pub, pub), pub)
    ('occurred', 2)
    >>> status_of("met with him today", (pub, pub), pub)
    ('ongoing', 2)
    >>> status_of("Last week, Freeh, on an official visit to Mexico", (dt.date(2026, 1, 19), dt.date(2026, 1, 25)), pub)
    ('occurred', 2)
    >>> status_of("he left Tuesday for consultations", (dt.date(2026, 1, 27),) * 2, pub)
    ('ongoing', 2)
    >>> clause = "met him on Wednesday before heading to Seoul"
    >>> status_of(clause, (pub, pub), pub, until=len(clause) - 6, start=clause.index("heading"))
    ('planned', 3)
    >>> status_of(clause, (pub - dt.timedelta(days=2),) * 2, pub, until=len(clause) - 6, start=clause.index("heading"))
    ('occurred', 2)
    """
    explicit = cue(clause, until, start)
    if explicit is not None:
        return explicit, CUE
    if earlier and interval is None:
        return "occurred", DEFAULT
    if (
        start is not None and not happened and ONWARD.search(clause, max(0, start - 40), start)
        and not _PAST_VERB.search(clause, start, len(clause) if until is None else until)
        and (interval is None or published is None or interval[1] >= published)
    ):
        return "planned", CUE
    at_dateline = at_dateline or _PRESENT.search(clause) is not None
    if interval is not None and published is not None:
        first, last = interval
        if first > published:
            return "planned", DATE
        if last < published:
            # Someone who left a few days ago for a tour is still on it, and one who
            # arrived the day before in the place the story is filed from is still there.
            if _DEPARTURE.search(clause) and (published - last).days <= 7 or (
                at_dateline and _ARRIVAL.search(clause) and (published - last).days <= 1
            ):
                return "ongoing", DATE
            return "occurred", DATE
        # The period holds the publication day; only the day itself is good evidence.
        strength = DATE if first == last else DEFAULT
        if at_dateline or _TODAY.search(clause) or _ARRIVAL.search(clause) or _DEPARTURE.search(clause):
            return "ongoing", strength  # filed from there, "today", or arrived or left for it on the day
        return ("occurred" if _PAST_VERB.search(clause) else "ongoing"), strength
    if at_dateline:
        return "ongoing", DEFAULT
    return ("occurred" if _PAST_VERB.search(clause) else "ongoing"), DEFAULT
