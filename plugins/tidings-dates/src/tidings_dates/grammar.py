"""Where time expressions are: one compiled pattern per family of news English.

Each :data:`RULES` entry finds candidates of one family; :func:`candidates`
runs them all and keeps the longest of overlapping ones. Every pattern is
linear: alternatives of literal words and bounded repetitions, no nested
quantifiers. A rule is tried only where a match of it can start: a little
before one of its trigger words (:data:`TRIGGERS`, found in one scan of the
article, and :data:`BEFORE`), at a word its matches open with
(:data:`OPENERS`). What a candidate means is decided in
:mod:`tidings_dates.resolve`.

>>> text = "He arrived on Wednesday, two days after the talks of Jan. 26, 2026."
>>> [(c.rule, text[c.start:c.end]) for c in candidates(text)]
[('weekday', 'Wednesday'), ('duration', 'two days'), ('absolute', 'Jan. 26, 2026')]
"""

from __future__ import annotations

import re

import attrs
import regex

from tidings.patterns import alternation

from .lexicon import MONTHS, WEEKDAYS


MONTH_FULL = "(?:January|February|March|April|May|June|July|August|September|October|November|December)"
MONTH_ABBR = r"(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\.?"
MONTH_ANY = rf"(?:{MONTH_FULL}|{MONTH_ABBR}|JAN|FEB|MAR|APR|MAY|JUN|JUL|AUG|SEPT?|OCT|NOV|DEC)"
WEEKDAY = "(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)"
DAY_PART = "(?:morning|afternoon|evening|night|overnight)"
SEASON = "(?i:spring|summer|fall|autumn|winter)"
_ONES = "one two three four five six seven eight nine".split()
_TEENS = "ten eleven twelve thirteen fourteen fifteen sixteen seventeen eighteen nineteen".split()
_TENS = "twenty thirty forty fifty sixty seventy eighty ninety".split()
#: Counts that are no numerals.
_COUNTS = (
    "a couple of", "couple of", "a couple", "a few", "a dozen", "a hundred", "half a", "a number of", "several", "few",
    "many", "dozens of", "hundreds of", "an", "a", "zero", "hundred", "dozen",
)
NUMBER = (
    rf"(?:(?i:{alternation([*_TENS, *_TEENS, *_ONES])})\s+(?i:and\s+a\s+half)|"
    r"\d{1,3}(?:,\d{3})+|\d+(?:\.\d+)?(?:\s+1/2)?|"
    + rf"(?i:(?:{alternation(_TENS)}(?:[-\s]{alternation(_ONES)})?|{alternation([*_TEENS, *_ONES])})(?:\s+(?:hundred|thousand))?"
    + rf"|{alternation(_COUNTS)}))"
)
UNIT = r"(?i:seconds?|minutes?|hours?|days?|nights?|weeks?|weekends?|months?|quarters?|years?|decades?|centur(?:y|ies)|millenni(?:um|a))"
UNIT_ONE = r"(?i:second|minute|hour|day|night|week|weekend|month|quarter|year|decade|century)"
_B = r"(?<![\p{L}\p{N}])"  # a word starts here
_E = r"(?![\p{L}\p{N}]|-(?i:to|over|by|on)-)"  # a word ends here, not in "quarter-to-quarter"
_YEAR = r"(?:1[0-9]\d\d|20\d\d)"
#: A year said in words, as broadcast transcripts write it ("nineteen ninety-four",
#: "two thousand and one"); not a count ("nineteen ninety-four percent").
SPOKEN_YEAR = rf"""(?:
    (?P<century>(?i:nineteen|eighteen|twenty))[-\s](?P<rest>(?i:{alternation(_TENS)}(?:[-\s]{alternation(_ONES)})?|{alternation(_TEENS)}|(?:oh[-\s])?{alternation(_ONES)}))
  | (?P<thousand>(?i:two\s+thousand)(?:(?:\s+and)?\s+(?P<ones>{alternation([*_ONES, *_TEENS])}))?)
  ){_E}(?![-\s](?i:{alternation([*_ONES, "percent", "hundred", "thousand", "million"])}))"""
#: After a month or a season, "twenty-two" is a day or a count, not the year 2002.
_SPOKEN_YEAR_AFTER = rf"(?!(?i:twenty)[-\s](?i:{alternation(_ONES)}){_E}){SPOKEN_YEAR}"
#: Words before a month that make it the month ("in June Congress passed"); with
#: none, a capitalised word after it makes it a first name ("June Carter").
_MONTH_PREPOSITION = r"(?i:\b(?:in|of|on|since|until|till|by|from|through|last|next|this|early|late|mid-?|before|after|during|for|to))"
#: Names that a weekday begins ("the Sunday Times", "Saturday Night Live") or
#: ends ("the Mail on Sunday"): newspapers and shows, not days.
_TITLE = r"(?:Times|Telegraph|Mirror|Express|Herald|Tribune|Night\s+(?:Live|Football|Fever))"
_PAPER = r"(?:Mail|Independent)"
_ORDINAL = r"(?i:first|second|third|fourth|1st|2nd|3rd|4th)"
#: Nouns after a number that make it a count, not a year ("2025 euros").
_COUNTED = (
    r"(?i:euros?|dollars?|pounds?|yen|yuan|rubles?|roubles?|rupees?|francs?|pesos?|"
    r"people|persons|men|women|children|troops|soldiers|workers|jobs|votes|shares|units|cars|homes|"
    r"miles|kilometers|kilometres|km|meters|metres|feet|tons|tonnes|barrels|points|times)"
)
_CONTEXT_MONTHS = r"(?:May|March)"
#: "last" is the verb after "to" or an auxiliary ("expected to last three days").
_NOT_VERB = r"(?<!(?i:\b(?:to|will|would|could|can|may|might|should|must|did|does|do|not|n't)\s{1,3}))"  # also verbs: need a preposition or a day/year


@attrs.frozen
class Candidate:
    """A span found by one rule, with the match that found it."""

    start: int
    end: int
    rule: str
    match: regex.Match[str] = attrs.field(eq=False, repr=False)


#: (rule name, pattern) pairs; names are the handlers of :mod:`tidings_dates.resolve`.
RULES: list[tuple[str, regex.Pattern[str]]] = [
    ("absolute", regex.compile(rf"""(?x)
        {_B}(?:(?P<weekof>(?i:the\s+week\s+of))\s+)?(?:(?P<weekday>{WEEKDAY}),?\s+)?
        (?: (?P<month>{MONTH_ANY})\s+(?P<day>[0-3]?\d)(?:st|nd|rd|th)?{_E}(?!:\d|[.,]\d)(?:,?\s+(?P<year>{_YEAR}){_E})?
          | (?:the\s+)?(?P<day>[0-3]?\d)(?:st|nd|rd|th)?\s+(?:of\s+)?(?P<month>{MONTH_ANY}){_E}(?:,?\s+(?P<year>{_YEAR}){_E})?
          | (?P<month>{MONTH_FULL}|{MONTH_ABBR}),?\s+(?:of\s+)?(?:(?P<year>{_YEAR}){_E}|{_SPOKEN_YEAR_AFTER})
        )(?![.,]?\d)""")),
    ("numeric", regex.compile(r"""(?x)
        (?<![\d/.\-:,])
        (?: (?P<iso>(?:1[6-9]|20)\d\d-[01]\d-[0-3]\d)
          | (?P<a>[0-3]?\d)(?P<sep>[/.\-])(?P<b>[0-3]?\d)(?P=sep)(?P<y>(?:1[6-9]|20)\d\d|\d\d)
        )(?![\d/.\-]\d|\d)""")),
    ("weekday", regex.compile(rf"""(?x)
        {_B}(?:(?P<rel>(?i:this\s+(?:coming|past)|last|next|this|past|coming|that|the\s+following|the\s+previous))\s+)?
        (?<!{_PAPER}\s+on\s+)(?P<weekday>{WEEKDAY})(?!\s+{_TITLE}{_E})(?:\s+(?P<part>{DAY_PART}){_E})?{_E}""")),
    ("month", regex.compile(rf"""(?x)
        {_B}(?:(?P<rel>(?i:this\s+(?:coming|past)|last|next|this|past|coming|that))\s+)?
        (?: (?<={_MONTH_PREPOSITION}\s+)(?P<month>(?!{_CONTEXT_MONTHS}){MONTH_FULL})
          | (?<!{_MONTH_PREPOSITION}\s+)(?P<month>(?!{_CONTEXT_MONTHS}){MONTH_FULL})(?!\s+(?!{WEEKDAY}|{MONTH_FULL})\p{{Lu}}\p{{Ll}})
          | (?<=(?i:\b(?:in|of|since|until|till|by|from|through|last|next|this|early|late|mid-?|before|after|during)\s+))(?P<month>{_CONTEXT_MONTHS})
          | (?<=(?i:\b(?:for|to)\s+))(?P<month>March)(?!['’])
        ){_E}(?!\s+\d)(?:\s+(?P<yrel>(?i:this|last|next))\s+(?i:year){_E})?""")),
    ("year", regex.compile(rf"""(?x)
        (?<![\p{{L}}\p{{N}}$€£¥.,'’/])(?<!\p{{Sc}}[-–\s])(?:(?<=\d{{4}}[-–])|(?<!\p{{N}}[-–]))
        (?:(?P<fiscal>(?i:fiscal(?:\s+year)?|FY)\s*)|(?P<the>(?i:the\s+year)\s+))?
        (?P<year>{_YEAR})(?!\d|[.,]\d|\s*(?:%|(?i:percent|per\s+cent))|-(?i:year|old)|(?<=0)['’]s?{_E}|\s+{_COUNTED}{_E}|\s+(?:GMT|UTC){_E})""")),
    ("spoken_year", regex.compile(rf"""(?x)
        {_B}(?:(?i:the\s+year)\s+)?{SPOKEN_YEAR}""")),
    ("decade", regex.compile(rf"""(?x)
        {_B}(?:(?P<the>(?i:the))\s+)?
        (?: (?P<century>1[0-9]|20)(?P<decade>\d)0'?s
          | ['’](?P<short>\d)0'?s
          | (?<=(?i:the\s+))(?P<word>(?i:twenties|thirties|forties|fifties|sixties|seventies|eighties|nineties))
        ){_E}""")),
    ("century", regex.compile(rf"""(?x)
        {_B}(?:(?i:the)\s+)?(?P<ordinal>\d{{1,2}}(?:st|nd|rd|th)|(?i:twenty-first|twentieth|nineteenth|eighteenth))
        \s+(?i:century){_E}""")),
    ("quarter", regex.compile(rf"""(?x)
        {_B}(?:(?P<owner>(?:(?i:this|last|next)\s+year|{_YEAR}))['’]s\s+|(?i:the)\s+(?!{_ORDINAL}-))?
        (?:(?i:fiscal)\s+)?(?:(?P<latest>(?i:latest|current|year-ago|year-earlier|same|previous|prior|comparable|past|last|next|coming|recent))\s+|(?P<year>{_YEAR})\s+(?=(?:\p{{L}}+[-\s])?(?:quarter|period)))?
        (?:(?i:fiscal)\s+)?(?P<ordinal>{_ORDINAL})?
        [-\s]?(?:(?i:fiscal)\s+)?(?P<unit>(?i:quarter|half|(?<=(?:latest|year-ago|year-earlier|comparable|same|\d{{4}})\s)period))
        (?:\s+(?i:of)\s+(?:(?i:fiscal)\s+)?(?:(?P<year>{_YEAR})|(?P<rel>(?i:this|last|next))\s+(?i:year)|(?i:the\s+year)))?{_E}
        | {_B}(?i:the)\s+(?P<months>(?i:January-March|April-June|July-September|October-December))\s+
          (?P<unit>(?i:quarter|period))(?:\s+(?i:of)\s+(?P<year>{_YEAR}))?{_E}
        | {_B}Q(?P<qnum>[1-4])(?:\s+(?P<year>{_YEAR}))?{_E}
        | {_B}H(?P<hnum>[12])(?:\s+(?P<year>{_YEAR}))?{_E}""")),
    # "the year ended June 30": the twelve months of an accounting year, a length
    ("year_ended", regex.compile(rf"""(?x)
        {_B}(?i:the)\s+(?:(?i:fiscal|financial)\s+)?(?i:year)
        (?=\s+(?i:ended|ending|that\s+ended|that\s+ends|to)\s+(?:{MONTH_ANY}|(?i:today|tomorrow|yesterday))(?![\p{{L}}]))""")),
    # "for the year", "for the week": the year, week or month the story is in
    ("the_period", regex.compile(r"""(?x)
        (?<=(?i:\b(?:for|of|in|during|throughout|through)\s+))(?i:the)\s+(?P<unit>year|week|month)
        (?![\p{L}\p{N}\-]|['’](?!s(?![\p{L}\p{N}]))
          |\s+(?i:ended|ending|that|when|which|before|after|earlier|later|ago|to|of|in|following|\d))""")),
    ("offset", regex.compile(rf"""(?x)
        {_B}(?:(?P<the>(?i:the))\s+)?
        (?: (?P<rel>(?i:this\s+(?:coming|past)|last|next|this|past|coming|previous|following|prior|same|current|that|upcoming))\s+
            (?P<unit>(?i:week|weekend|month|quarter|year|decade|century|spring|summer|fall|autumn|winter|season|day))
          | (?<=(?i:\bthe\s+))(?P<unit>(?i:weekend))
          | (?<=(?i:\bthe\s+))(?P<rel>(?i:next|following|previous|same))\s+(?P<part>{DAY_PART})
          | (?<=(?i:\b(?:on|that|same)\s+))(?P<rel>(?i:that|same))\s+(?P<part>{DAY_PART})
          | (?<=(?i:\bthe\s+))(?:(?P<rel>(?i:current|full|latest|previous|prior|past))\s+)?(?P<fiscal>(?i:fiscal))\s+(?P<unit>(?i:year))
          | (?<=(?i:\bthe\s+))(?P<rel>(?i:full))\s+(?P<unit>(?i:year))
        ){_E}""")),
    ("edge", regex.compile(rf"""(?x)
        {_B}(?:(?P<pos>(?i:the\s+(?:end|beginning|start|middle)\s+of))\s+(?i:the)\s+(?P<unit>(?i:year|month|week|quarter|decade|century|day))
          | (?P<unit>(?i:year|month|quarter))[-\s](?P<pos>(?i:end)){_E}
          | (?P<unit>(?i:year|month))['’]s\s+(?P<pos>(?i:end))
          | (?P<unit>(?i:year))-(?P<pos>(?i:earlier|ago))(?!\s+(?i:quarter|period|half|levels?){_E})
        ){_E}""")),
    ("duration", regex.compile(rf"""(?x)
        {_B}(?:(?P<pre>(?i:the\s+(?:past|last|next|coming|first|final|previous|following|past\s+few|last\s+few|next\s+few)|past|{_NOT_VERB}last|next|coming|first|another|the))\s+)?
        (?P<num>{NUMBER})(?:\s+(?i:more|full|straight|consecutive|trading|business|working|additional|other|long|short))?\s+
        (?P<unit>{UNIT}){_E}(?!\s+(?i:old|of\s+age|(?:a|an|per)\s+{UNIT_ONE}){_E})(?P<half>\s+(?i:and\s+a\s+half){_E})?
        (?(half)|(?:\s+(?P<ago>(?i:ago|earlier|later|from\s+now|hence|back|or\s+so\s+ago|or\s+so)){_E})?)""")),
    ("adjective", regex.compile(rf"""(?x)
        {_B}(?P<num>\d+(?:\.\d+)?|{NUMBER})-(?P<unit>{UNIT_ONE})(?:-(?i:long))?(?!-(?i:old)|\s+(?i:old){_E}|-\p{{L}}*-(?i:old)){_E}
        | {_B}(?P<plural>(?i:years|decades|months|weeks|days|hours|centuries))-(?i:long){_E}""")),
    ("vague", regex.compile(rf"""(?x)
        (?<=(?i:\b(?:for|over|in|within|after|from|take|takes|took|last|lasted|spent)\s+))
        (?P<unit>(?i:years|months|weeks|days|decades|hours|minutes|centuries|ages))
        (?:\s+(?i:or)\s+(?P<unit2>(?i:years|months|weeks|days|decades|hours)))?{_E}
        | (?<=(?i:\b(?:in|for|during|over|within)\s+the\s+))(?P<unit>(?i:years|months|weeks|days|hours))
          (?=\s+(?i:before|after|following|ahead|that\s+followed|since|to\s+come){_E})""")),
    ("set", regex.compile(rf"""(?x)
        {_B}(?: (?P<every>(?i:every|each))\s+(?:(?P<num>{NUMBER})\s+)?(?:(?P<unit>{UNIT})|(?P<weekday>{WEEKDAY})s?|(?P<month>{MONTH_FULL})|(?P<part>(?i:morning|afternoon|evening|night)))
          | (?P<times>(?i:once|twice|(?:three|four|five|several|\d+)\s+times))\s+(?:(?i:a|an|per|each|every))\s+(?P<unit>{UNIT_ONE})
          | (?P<per>(?i:per))\s+(?P<unit>{UNIT_ONE})
          | (?P<weekday>{WEEKDAY})(?:s|\s+(?P<parts>(?i:mornings|afternoons|evenings|nights)))
          | (?P<freq>(?i:hourly|daily|nightly|weekly|biweekly|monthly|quarterly|annually|yearly))
            (?!\s+(?!(?:and|or|but|for|in|at|on|with|to|from|by|since|until|through|during|as|the|a|an|basis){_E})\p{{Ll}})
        ){_E}""")),
    ("clock", regex.compile(rf"""(?x)
        {_B}(?P<hour>[012]?\d)(?:[:.](?P<minute>[0-5]\d))?\s*
        (?P<ampm>(?i:a\.m\.|p\.m\.|am|pm|a\.m|p\.m)(?!\p{{L}}))
        (?:\s+(?P<zone>[A-Z]{{2}}T|GMT|UTC|(?i:local\s+time)){_E})?
        (?:,?\s+(?P<weekday>{WEEKDAY}|(?i:today|yesterday|tomorrow)){_E}
          |,?\s+(?P<date>(?:{MONTH_FULL}|{MONTH_ABBR})\s+[0-3]?\d(?:st|nd|rd|th)?(?:,?\s+{_YEAR})?){_E}(?![.,]?\d))?
        | (?<=(?i:\b(?:at|by|until|till|from|before|after|around|about)\s+))(?P<hour>[012]?\d):(?P<minute>[0-5]\d)
          (?:\s+(?P<zone>[A-Z]{{2}}T|GMT|UTC|(?i:local\s+time)){_E})?(?![\d:])
        | (?<=(?i:\b(?:at|by|until|till|from|before|after|around|about|since)\s+))
          (?P<hour>1[012]|[1-9]|(?i:{alternation([*_ONES, "ten", "eleven", "twelve"])}))(?:\s+(?i:o['’]clock))?
          \s+(?i:in\s+the\s+)(?P<inpart>(?i:morning|afternoon|evening|night)){_E}
        | {_B}(?P<named>(?i:noon|midnight|midday|mid-?\s?(?:morning|afternoon|evening)|(?<=\bin\s)the\s+(?:morning|afternoon|evening)))
          (?:\s+(?P<weekday>{WEEKDAY}|(?i:today|yesterday|tomorrow|tonight)))?{_E}""")),
    ("deictic", regex.compile(rf"""(?x)
        {_B}(?P<word>(?i:the\s+day\s+before\s+yesterday|the\s+day\s+after\s+tomorrow|today|yesterday|tomorrow|tonight))
        (?:\s+(?P<part>{DAY_PART}))?(?=['’]s{_E}|{_E})
        | {_B}(?P<this>(?i:this|last|tomorrow|yesterday))\s+(?P<part>{DAY_PART}){_E}""")),
    ("reference", regex.compile(rf"""(?x)
        {_B}(?P<word>(?i:right\s+now|now|currently|nowadays|at\s+present|these\s+days|recently|
             (?<=\bin\s+)the\s+past|(?<=\bin\s+)the\s+(?:near|distant|foreseeable)?\s*future|
             (?<=\bin\s+)(?:the\s+)?future|
             (?:the\s+)?coming\s+(?:days|weeks|months|years|quarters)|(?<=\bin\s+)past\s+years|
             recent\s+(?:years|months|weeks|days|times|decades|quarters)|
             more\s+recently|(?<=\b(?:in|over|for)\s+)the\s+(?:near|short|long)\s+term|until\s+recently|(?<=\bthe\s+)recent\s+past)){_E}""")),
    ("season", regex.compile(rf"""(?x)
        {_B}(?: (?:(?i:the)\s+)?(?P<season>{SEASON})\s+(?i:of\s+)?(?:(?P<year>{_YEAR})|{_SPOKEN_YEAR_AFTER})
          | (?<=(?i:\b(?:in|during|since|until|by|through|over|for|before|after)\s+))(?i:the)\s+(?P<season>{SEASON})
            (?!\s+(?i:of)\s+(?!\d))
          | (?<=(?i:\b(?:in|during|since|until|by|through|early|late|mid-?)\s*))(?P<season>{SEASON})
        ){_E}""")),
    ("holiday", regex.compile(rf"""(?x)
        {_B}(?:(?P<rel>(?i:last|next|this))\s+)?(?P<name>Christmas(?:\s+(?:Eve|Day))?|New\s+Year['’]s(?:\s+(?:Eve|Day))?|Thanksgiving(?:\s+Day)?|
          Easter(?:\s+Sunday)?|Halloween|Valentine['’]s\s+Day|Independence\s+Day|(?:the\s+)?Fourth\s+of\s+July|
          July\s+Fourth|Labor\s+Day|Memorial\s+Day|Boxing\s+Day|Election\s+Day)(?:\s+(?P<year>{_YEAR}))?{_E}""")),
]

_UNIT_WORDS = (
    "second seconds minute minutes hour hours day days night nights week weeks weekend weekends month months "
    "quarter quarters year years decade decades century centuries millennium millennia"
)
_PARTS = "morning afternoon evening night overnight"
_SEASONS = "spring summer fall autumn winter"
_MONTH_WORDS = " ".join(MONTHS)
_WEEKDAY_WORDS = " ".join(WEEKDAYS)
#: The words one of which every match of a rule contains. ``-year`` stands for
#: the word after a hyphen ("five-year"), ``years-`` before one ("years-long"),
#: ``year'`` before an apostrophe ("New Year's"); ``#y`` for a token that opens with a year ("2025", "FY2025"), ``#/`` for a
#: numeric date, ``#0s`` for a decade and ``#:`` for a clock time. A rule runs
#: only near its trigger words.
TRIGGERS: dict[str, str] = {
    "absolute": _MONTH_WORDS,
    "numeric": "#/",
    "weekday": _WEEKDAY_WORDS,
    "month": _MONTH_WORDS,
    "year": "#y",
    "spoken_year": "eighteen nineteen twenty thousand",
    "decade": "#0s twenties thirties forties fifties sixties seventies eighties nineties",
    "century": "century",
    "quarter": "quarter half period q1 q2 q3 q4 h1 h2",
    "year_ended": "year",
    "the_period": "year week month",
    "offset": f"{_UNIT_WORDS} {_SEASONS} {_PARTS} season fiscal",
    "edge": "end beginning start middle earlier ago",
    "duration": _UNIT_WORDS,
    "adjective": "-second -minute -hour -day -night -week -weekend -month -quarter -year -decade -century "
    "years- decades- months- weeks- days- hours- centuries-",
    "vague": "years months weeks days decades hours minutes centuries ages",
    "set": "every each once twice times per hourly daily nightly weekly biweekly monthly quarterly annually yearly "
    + " ".join(f"{day}s" for day in WEEKDAYS) + " mornings afternoons evenings nights",
    "clock": f"#: noon midnight midday {_PARTS}",
    "deictic": f"today yesterday tomorrow tonight {_PARTS}",
    "reference": "now currently nowadays present days recently recent past future coming term",
    "season": _SEASONS,
    "holiday": "christmas year' thanksgiving easter halloween valentine independence fourth july labor memorial boxing election",
}
#: How far before its first trigger word (code points) a match of each rule may
#: start: its longest opening ("the week of Wednesday, the 30th of" before a
#: month, "the past few twenty-seven consecutive" before a unit) with room to
#: spare; 0 where a match starts with its trigger word.
BEFORE: dict[str, int] = {
    "absolute": 48, "numeric": 0, "weekday": 24, "month": 24, "year": 24, "spoken_year": 24, "decade": 12,
    "century": 24, "quarter": 64, "year_ended": 24, "the_period": 12, "offset": 32, "edge": 32, "duration": 48,
    "adjective": 32, "vague": 0, "set": 24, "clock": 32, "deictic": 24, "reference": 24, "season": 24, "holiday": 24,
}
#: How far after a trigger word (code points) a match and what it looks ahead at may reach.
AFTER = 100
#: The words a match of a rule opens with, at the start of a word (``#``: a
#: digit), for a rule tried at many words that few of its matches open with:
#: it is tried only where one stands. Keep in step with the rule's pattern.
OPENERS: dict[str, str] = {
    "absolute": f"# the {_WEEKDAY_WORDS} {_MONTH_WORDS}",
    "month": f"this last next past coming that {_MONTH_WORDS}",
    "offset": "the this last next past coming previous following prior same current that upcoming weekend full latest fiscal",
    "weekday": f"this last next past coming that the {_WEEKDAY_WORDS}",
    "year": "# fiscal fy the",
    "edge": "the year month quarter",
    "clock": f"# {' '.join(_ONES)} ten eleven twelve noon midnight midday mid midmorning midafternoon midevening the",
    "reference": "right now currently nowadays at these recently the future coming past recent more until",
    "holiday": "last next this the christmas new thanksgiving easter halloween valentine independence fourth july labor "
    "memorial boxing election",
    "duration": " ".join(
        {"#", "the", "past", "last", "next", "coming", "first", "another", *_ONES, *_TEENS, *_TENS}
        | {count.split()[0] for count in _COUNTS}
    ),
}
#: Each trigger word → the rules it triggers, as (rule index, reach before) pairs.
_TRIGGERED: dict[str, tuple[tuple[int, int], ...]] = {}
for _index, (_name, _) in enumerate(RULES):
    for _word in TRIGGERS[_name].split():
        _TRIGGERED[_word] = (*_TRIGGERED.get(_word, ()), (_index, BEFORE[_name]))
#: Letters a year may open a token with ("FY2025").
_YEAR_PREFIXES = ("fiscal", "fy")
#: In the lower-cased text, the character before a token and the token: a
#: trigger word ("year", "q3"), or a token with one of the shapes of
#: :data:`TRIGGERS` (a year, a numeric date, a decade, a clock time). Tokens
#: are runs of letters and digits. The stdlib engine scans this one pattern
#: several times faster than ``regex``, and faster still from the character
#: before a token.
_TRIGGER_SOURCE = rf"""(?x)[\W_](?:
      (?P<word>{alternation({word.strip("-'") for word in _TRIGGERED if word.strip("-'").isalnum()})})(?![^\W_])
      | (?=\d|{alternation(_YEAR_PREFIXES)}\d)
        (?=(?P<year>(?:{alternation(_YEAR_PREFIXES)})?(?:1[0-9]\d\d|20\d\d)(?!\d)))?
        (?=(?P<numeric>\d{{1,4}}[/.\-]\d{{1,2}}[/.\-]\d)
          | (?P<decade>\d{{0,3}}0['’]?s(?![^\W_]))
          | (?P<clock>\d{{1,2}}(?:[:.][0-5]\d)?[\s\x1c-\x1f]*(?::|[ap]\.?m(?![^\W_]))))?
        (?(year)|(?(numeric)|(?(decade)|(?(clock)|(?!)))))  # no shape, no trigger
        (?P<num>[^\W_]+)
    )"""
_TRIGGER = re.compile(_TRIGGER_SOURCE)
#: The same scan for a text of ASCII characters only, where the engine tests
#: its classes against a table (a fifth faster). On ASCII the two agree:
#: ``\s`` alone would differ, on the separators U+001C-U+001F, which the
#: pattern names besides it.
_TRIGGER_ASCII = re.compile(_TRIGGER_SOURCE, re.ASCII)
_SHAPES = {"year": "#y", "numeric": "#/", "decade": "#0s", "clock": "#:"}


def _opening(name: str) -> str:
    """A lookahead for the :data:`OPENERS` of rule ``name`` (empty without)."""
    words = OPENERS.get(name, "").split()
    if not words:
        return ""
    digit = r"\d|" if "#" in words else ""
    return rf"{_B}(?={digit}(?i:{alternation(w for w in words if w != '#')})(?![\p{{L}}]))"


#: Each rule's pattern, matched at a position, finds its first match that
#: starts at most :data:`BEFORE` characters further on (``\K`` leaves the
#: characters skipped out of the match).
_SCANNERS = [
    regex.compile(rf"(?s:.{{0,{BEFORE[name]}}}?)\K{_opening(name)}(?:{pattern.pattern})", pattern.flags)
    for name, pattern in RULES
]


def _triggered(lowered: str, token: re.Match[str]) -> tuple[tuple[int, int], ...]:
    """The (rule, reach before) pairs a trigger token triggers, by its word,
    its shapes and the hyphens or the apostrophe beside it."""
    if token["num"]:
        return tuple(pair for shape, key in _SHAPES.items() if token[shape] is not None for pair in _TRIGGERED[key])
    word = token["word"]
    keys = [word]
    if token.group()[0] == "-":
        keys.append("-" + word)
    after = lowered[token.end() : token.end() + 1]
    if after == "-":
        keys.append(word + "-")
    elif after in ("'", "’"):
        keys.append(word + "'")
    if len(keys) == 1:
        return _TRIGGERED.get(word, ())
    return tuple(pair for key in keys for pair in _TRIGGERED.get(key, ()))


def _ranges(text: str) -> list[list[list[int]]]:
    """Per rule, the stretches ``[first, last, end]`` around its trigger words:
    its matches start between ``first`` (negative near the text's start) and
    ``last`` and read up to ``end``."""
    ranges: list[list[list[int]]] = [[] for _ in RULES]
    # A space before the first word, so that the offsets of the tokens in the
    # text are the offsets of their matches (which open with the character
    # before). "İ" is the one letter whose lower case is two characters long:
    # it is made another letter that no trigger holds, to keep the offsets.
    if text.isascii():
        lowered, scan = " " + text.lower(), _TRIGGER_ASCII
    else:
        lowered, scan = " " + text.replace("İ", "ı").lower(), _TRIGGER
    for token in scan.finditer(lowered):
        start, end = token.start(), token.end() - 1 + AFTER
        for index, before in _triggered(lowered, token):
            spans = ranges[index]
            if spans and start - before <= spans[-1][1] + 1:
                spans[-1][1] = start
                spans[-1][2] = end
            else:
                spans.append([start - before, start, end])
    return ranges


def candidates(text: str) -> list[Candidate]:
    """Every rule's matches, overlaps settled in favour of the longest, in text order."""
    found = []
    for (name, _), scanner, ranges in zip(RULES, _SCANNERS, _ranges(text)):
        skip = BEFORE[name] + 1
        seen = 0
        for first, last, end in ranges:
            pos = max(first, seen)
            while pos <= last:
                m = scanner.match(text, pos, end)
                if m is None:
                    pos += skip  # no match starts in pos .. pos + BEFORE
                elif m.start() > last:
                    break
                else:
                    if m.end() > m.start():
                        found.append(Candidate(m.start(), m.end(), name, m))
                        seen = m.end()
                    pos = max(m.end(), m.start() + 1)
    found.sort(key=lambda c: (c.start - c.end, c.start))
    taken: list[Candidate] = []
    occupied = bytearray(len(text) + 1)
    for c in found:
        if not any(occupied[c.start : c.end]):
            occupied[c.start : c.end] = b"\x01" * (c.end - c.start)
            taken.append(c)
    return sorted(taken, key=lambda c: c.start)
