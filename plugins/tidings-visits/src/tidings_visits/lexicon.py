"""The words news English uses around official travel, as compiled patterns.

Every pattern is an alternation of literal words with bounded gaps, so it runs in
linear time. Families:

- ``TRAVEL``: the visitor moves or stays ("visited", "arrived in", "flew to",
  "trip to", "tour of", "en route to", "spent five hours in", "left for", "a
  tour that will take him to").
- ``MEET``: two officials meet ("met", "talks with", "news conference with").
- ``HOST``: the receiving side acts ("hosted", "welcomed", "received",
  "rolled out the red carpet for", "invited … to visit").
- ``PRESENCE``: an official is somewhere ("Thomson, in India to talk…",
  "is in Beijing for talks"); ``HERE``: "said here Friday" in a datelined story.
- ``HOMEWARD``: an official goes back home, which ends a visit under way.

Each family comes with its **cues** (:data:`CUES`): plain ``re`` patterns of which
one matches, in the case-folded text, inside every match of the family, so that a
sentence without any cue holds no trigger (see :mod:`tidings_visits.cues`).

>>> [m.group() for m in TRAVEL.finditer("She arrived in Nairobi on a state visit, her first trip.")]
['arrived in', 'state visit', 'trip']
>>> [m.group() for m in HOST.finditer("Clinton rolled out the red carpet for Blair, welcoming him.")]
['rolled out the red carpet for', 'welcoming']
"""

from __future__ import annotations

import regex

_F = regex.IGNORECASE | regex.VERSION1

#: Words before "stop" that make it a stop on a trip ("his final stop").
_STOP_AFTER = ("a", "an", "the", "his", "her", "first", "second", "third", "last", "next", "final", "brief")
#: Words of leaving, a travel word with "for" after them ("left Tuesday for Rome").
_LEAVING = ("left", "leave", "leaves", "leaving")
#: Words of going, which go home with "home" after them.
_HOMEWARD = ("flew", "returned", "headed", "went", "left")

#: The visitor moves toward, or stays in, the destination.
TRAVEL = regex.compile(
    r"\b(?:"
    r"(?:(?:state|official|working|formal|private|surprise|goodwill|return|\d+-day|"
    r"one-day|two-day|three-day|four-day|five-day|six-day|seven-day|week-long|weeklong)\s+)?"
    r"(?:visit(?:s|ed|ing)?|trips?|tour(?:s|ed|ing)?|stopovers?|journey|mission|summit)"
    r"|(?:(?:" + "|".join(_STOP_AFTER) + r")\s+)stop\b|stops?\s+in"
    r"|arriv(?:e|es|ed|ing)(?:\s+(?:in|at))?"
    r"|(?:fl(?:y|ies|ew|ying|own)|travel(?:s|led|ed|ling|ing)?|head(?:s|ed|ing)?|jet(?:s|ted)?)\s+(?:on\s+)?to"
    r"|(?:" + "|".join(_LEAVING) + r")(?:\s+\p{L}+){0,2}?\s+for"
    r"|en\s+route\s+to"
    r"|spen(?:d|ds|t|ding)"
    r"|expected\s+in|due\s+in"
    r"|land(?:s|ed|ing)?\s+(?:in|at)"
    r"|stay(?:s|ed|ing)?\s+in"
    r"|(?:held|holds|holding|hold)\s+talks\s+in"
    r"|(?:take|takes|taking|taken|took)\s+(?:him|her|them)\s+(?:on\s+)?to"
    r"|attend(?:s|ed|ing)?"
    r")\b",
    _F,
)

#: The other side of a meeting, before their name and title ("talks with Chancellor …",
#: "expected to meet President …"): not the one who travels, nor whom the next
#: sentence's "He" means.
COUNTERPART = regex.compile(r"\b(?:with|meet|meets|met)\s+(?:[\p{L}.'’-]+\s+){0,4}\Z", _F)

#: Two officials meet; the side at home is the host.
MEET = regex.compile(
    r"\b(?:met|meet(?:s|ing)?(?:\s+with)?|talks\s+with|(?:joint\s+)?(?:news|press)\s+conference\s+with"
    r"|summit\s+with|rendezvous)\b",
    _F,
)

#: The receiving side acts; the object is the visitor.
HOST = regex.compile(
    r"\b(?:host(?:s|ed|ing)?|welcom(?:e|es|ed|ing)|receiv(?:e|es|ed|ing)|greet(?:s|ed|ing)?"
    r"|roll(?:s|ed|ing)?\s+out\s+the\s+red\s+carpet\s+for|invit(?:e|es|ed|ing))\b",
    _F,
)

#: An official placed somewhere: "X, in India to talk …", "X is in Beijing for talks".
PRESENCE = regex.compile(r"(?:,|\b(?:is|are|was|were|be|while|now|currently))\s+in\b", _F)

#: "Freeh said here Friday": the story's dateline is where the official is.
HERE = regex.compile(r"\bhere\b", _F)

#: An official going back home: "Freeh flew home", "left back home".
HOMEWARD = regex.compile(r"\b(?:" + "|".join(_HOMEWARD) + r")\s+(?:back\s+)?home\b", _F)

#: The trigger families, by name, in the order a sentence is read.
FAMILIES = {"travel": TRAVEL, "presence": PRESENCE, "here": HERE, "homeward": HOMEWARD, "meet": MEET, "host": HOST}

#: The forms of "fly", "travel", "head" and "jet", travel words before "to" or "on to".
_GOING = (
    "fly", "flies", "flew", "flying", "flown", "travel", "travels", "travelled", "traveled", "travelling", "traveling",
    "head", "heads", "headed", "heading", "jet", "jets", "jetted",
)

#: The cues of each family, by family name: phrases of the case-folded text (a space
#: stands for any run of white space), one of which every match of the family holds,
#: at the word it cannot do without, spelt as the family spells it (its forms and the
#: words that must follow it; :data:`CUE_ENDS` what must follow a word). A cue that
#: opens with a letter matches only where a word starts, as every family's ``\b``
#: demands; none asks more of the text around it than its family does, so whatever a
#: family matches in a sentence, one of its cues matches there too. A cue may match
#: more ("visitors"): the family then decides. A match starts where its cue does or
#: one word before ("state visit", "held talks in"), so a family is searched from the
#: word before its first cue in a sentence.
CUES: dict[str, tuple[str, ...]] = {
    "travel": (
        "visit", "trip", "tour", "stopover", "stop in", "stops in", "journey", "mission", "summit", "arriv", "spen",
        "attend", "en route", "expected in", "due in", "talks in", *_LEAVING,
        *(f"{word} stop" for word in _STOP_AFTER),
        *(f"{verb} {to}" for verb in _GOING for to in ("to", "on to")),
        *(f"{verb} {at}" for verb in ("land", "lands", "landed", "landing") for at in ("in", "at")),
        *(f"{verb} in" for verb in ("stay", "stays", "stayed", "staying")),
        *(f"{verb} {whom}" for verb in ("take", "takes", "taking", "taken", "took") for whom in ("him", "her", "them")),
    ),
    "presence": tuple(f"{word} in" for word in (",", "is", "are", "was", "were", "be", "while", "now", "currently")),
    "here": ("here",),
    "homeward": tuple(f"{word}{back} home" for word in _HOMEWARD for back in ("", " back")),
    "meet": (
        "met", "meet", "talks with", "joint news conference with", "joint press conference with",
        "news conference with", "press conference with", "summit with", "rendezvous",
    ),
    "host": (
        "host", "welcom", "receiv", "greet", "invit",
        *(f"{roll} out the red carpet" for roll in ("roll", "rolls", "rolled", "rolling")),
    ),
}
#: What must follow a cue word: "left Tuesday for", "leaving for".
CUE_ENDS = {word: r"\s+(?:\S+\s+){0,2}for" for word in _LEAVING}

#: A sentence that opens with a subordinate clause: its subject comes after it
#: ("After touring Dar es Salaam Thursday, the FBI chief said …").
FRONTED = regex.compile(
    r"(?:After|Before|While|When|During|Upon|On|Following|Having|Since)\b|\p{Lu}\p{Ll}+ing\b", regex.VERSION1
)

#: Words of talking at a distance: who speaks "by phone" with an official meets no one.
_REMOTE = (
    r"video\s*(?:call|link|conference)|phone\s+(?:call|talks|conversation)|telephone|virtual(?:ly)?"
    r"|by\s+phone|online"
)
REMOTE = regex.compile(r"\b(?:" + _REMOTE + r")\b", _F)
#: Words that make a trip not a diplomatic one, or not a trip at all.
NOT_A_VISIT = regex.compile(
    r"\b(?:website|web\s+site|site\s+visits?|tourists?|tourism\s+(?:trip|visit)|holiday|vacation|"
    + _REMOTE + r")\b",
    _F,
)

#: Origins: a place right after one of these is where the visitor came from.
ORIGIN = regex.compile(r"\b(?:from|home\s+to|back\s+to|returned\s+to|returning\s+to|return\s+to)\s+(?:the\s+)?\Z", _F)

#: An ordinal before "visit/trip": "second visit", "his third trip", "first-ever visit".
ORDINAL = regex.compile(
    r"\b(first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|\d{1,2}(?:st|nd|rd|th))"
    r"(?:-ever)?\s+(?:\p{L}+[ -]){0,2}?(?:visit|trip|tour|stop)\b",
    _F,
)
_ORDINAL_WORDS = {
    w: i for i, w in enumerate("first second third fourth fifth sixth seventh eighth ninth tenth".split(), start=1)
}


_DIGITS = regex.compile(r"\d+")


def ordinal_number(word: str) -> int:
    """The number of an ordinal matched by :data:`ORDINAL` (which folds case fully:
    "ﬁrst" with a ligature, "1ﬆ" are ordinals too).

    >>> ordinal_number("Second"), ordinal_number("21st"), ordinal_number("ﬁrst"), ordinal_number("1ﬆ")
    (2, 21, 1, 1)
    """
    return _ORDINAL_WORDS.get(word.casefold()) or int(_DIGITS.match(word).group())

#: The stated purpose: "to discuss …", "for talks with …", "seeking to mediate …".
PURPOSE = regex.compile(
    r"\b(?:to\s+(?:discuss|talk|sign|attend|meet|mediate|deliver|seek|strengthen|boost|review|negotiate)"
    r"|for\s+(?:talks|consultations|a\s+summit|discussions|negotiations|meetings)"
    r"|seeking\s+to)\b[^.;,\n]{0,120}",
    _F,
)

#: Descriptions that stand for an official visitor when no person is named:
#: delegations (of a nationality of one or two words: "a North Korean delegation"), the Pope, "the Indian foreign minister" (an office with "a" is
#: anyone who holds it: "the first trip by an Indian prime minister to Austria").
DESCRIPTOR = regex.compile(
    r"\b(?:(?:[Tt]he|an?|An)\s+)?(?:(?P<demonym>\p{Lu}[\p{L}.]{2,20}(?:\s\p{Lu}[\p{L}.]{2,20})?)\s+)?"
    r"(?:(?:diplomatic|government|official|military|trade|parliamentary|high-level|ministerial|senior)\s+)?"
    r"delegation\b"
    r"|\b(?:the\s+)?(?P<pope>Pope)\b(?!\s+\p{Lu})"
    r"|\b[Tt]he\s+(?P<nation>\p{Lu}\p{L}+)\s+(?P<office>(?:foreign|prime|defen[cs]e|trade|finance)\s+minister"
    r"|president|vice[\s-]president|premier|chancellor|foreign\s+secretary|secretary\s+of\s+state"
    r"|king|queen|crown\s+prince|emir|envoy|ambassador)\b",
)

#: Heads of title phrases that make a person an official who can make a visit.
OFFICIAL_TITLE = regex.compile(
    r"\b(?:president|vice[\s-]president|prime\s+minister|premier|chancellor|minister|secretary"
    r"|secretary[\s-]general|king|queen|emperor|empress|emir|amir|sultan|prince|princess|crown\s+prince|monarch"
    r"|pope|envoy|ambassador|diplomat|foreign\s+secretary|counterpart|leader|head\s+of\s+state"
    r"|governor|mayor|senator|speaker|commissioner|delegation|sheikh|shah|taoiseach|presidents"
    r"|party\s+chief|general\s+secretary)\b",
    _F,
)
#: Titles that make an official only after a national body: "FBI Director", not "Ryanair chief".
AGENCY_TITLE = regex.compile(r"\b(?:director|chief|head)\b", _F)
#: Titles of business, whose holders' trips are not diplomatic visits.
CORPORATE_TITLE = regex.compile(
    r"\b(?:chief\s+executive|CEO|executive|chairman|chairwoman|founder|managing\s+director|tycoon|billionaire)\b",
    _F,
)

#: Titles of international office: their holders may have no country of their own.
INTERNATIONAL_OFFICE = regex.compile(
    r"\b(?:U\.?N\.?|United\s+Nations|secretary[\s-]general|NATO|E\.?U\.?|European|IAEA|IMF|World\s+Bank"
    r"|African\s+Union|Arab\s+League|OSCE|Pope|Vatican|Holy\s+See)\b",
    _F,
)

#: CAMEO event codes written on every visit: 042 "make a visit", 043 "host a visit".
CAMEO = {"visitor": "042", "host": "043"}

#: The Holy See is the country of a pope.
POPE_COUNTRY = "VA"
