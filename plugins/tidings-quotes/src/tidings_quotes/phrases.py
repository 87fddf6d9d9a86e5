"""Shallow phrase reading around a speech cue, without a parser.

Where the subject of a cue ends (skipping "has also", ", the Russian
president,", "(R-Wis.)", ", who"), which mention heads a noun phrase ("Clinton
campaign spokesman *Brian Fallon*"), the subject of a sentence, and whether a
cue closes its sentence. Every function looks at a bounded stretch of text.

>>> text = "“We agree,” Clinton campaign spokesman Brian Fallon, a former aide, has said."
>>> end = subject_end(text, 12, text.index("said"))
>>> head = noun_phrase_head(text, 12, text.index(", a former"), ())
>>> text[12:end], text[head.start:head.end]
('Clinton campaign spokesman Brian Fallon', 'Brian Fallon')
"""

from __future__ import annotations

from collections.abc import Sequence

import regex

from tidings import Entity

from .cues import Cue
from .mentions import HOMETOWN_REACH, PLACE_WORDS, Mention, mentions, names

# --- the end of a subject, read backwards from its cue -------------------------------------

# Words between a subject and its cue: auxiliaries and adverbs ("has also said").
_FILLER = frozenset(
    """has have had was is are were will would could can may might did does do be been also then
    later once previously again recently repeatedly earlier further himself herself themselves
    simply just only never even still already often always""".split()
)
_RELATIVE = frozenset({"who", "which", "that"})
_LAST_WORD = regex.compile(r"(?r)([\p{L}\p{N}'’-]+|[,)(])\s*")
# What opens an appositive: ", the Russian president," ", who", ", former …", ", Pyongyang's only ally,".
_APPOSITIVE = regex.compile(r"\s*(?:the|a|an|his|her|their|its|who|which|\p{Ll}|\p{Lu}[\p{L}.-]*['’]s\s)")
# A party and state tag: ", R-Wis.,".
_PARTY = regex.compile(r"\s*[RDI](?:-[\p{Lu}][\p{L}.]*)?\s*,")
# A hometown apposition ending where it is read from: ", 59, of Ashton, Md.,".
_HOMETOWN = regex.compile(
    r",\s(?:\d{1,3},\s)?of\s(?:" + PLACE_WORDS + r",\s){0,2}" + PLACE_WORDS + r",?\s*\Z"
)

# --- noun phrases --------------------------------------------------------------------------

# The end of a speaker phrase after a cue: punctuation, a sentence end, or a
# word that starts another phrase ("said Putin *on* Monday").
_PHRASE_STOP = regex.compile(
    r"[,;:!?()\n“”\"]|(?<=\p{Ll}\p{Ll})\.(?=\s*\Z|\s+\p{Lu}\p{Ll}+\s+\p{Ll})"
    r"|\s(?:in|on|at|during|after|before|when|while|to|about|who|which|that|of|from|"
    r"last|this|as|and|but|with|told|adding|referring|speaking|citing)(?![\p{L}])"
)
#: How far after a cue its speaker may be named.
PHRASE = 120
# Lower-case words to the end of a phrase: a name before them only modifies it.
_MODIFIED = regex.compile(r"(?:['’]s)?(?:\s+\p{Ll}[\p{L}-]*){1,4}\s*\Z")
# A lower-case word right after a name ("Clinton campaign", "Trump’s aides").
_MODIFIER = regex.compile(r"(?:['’]s)?\s+\p{Ll}")
_POSSESSIVE = regex.compile(r"['’]s?\s")
# A noun phrase with a determiner that ends a window: "the ad’s narrator", "one questioner", "my father".
_NOUN_PHRASE = regex.compile(
    r"(?r)(?<![\p{L}\p{N}])(?i:the|a|an|one|another|his|her|their|its|my|our|your)"
    r"(?:\s+(?!(?:and|or|but|that|which|who|is|was|are|were)\s)[\p{L}\p{N}’'-]+){1,4}\Z"
)
_DETERMINER = regex.compile(r"(?i:the|a|an|one|another|some|his|her|their|its|my|our|your)\s")
# A phrase cut off before its end: "the test and", "her view of".
_OPEN_END = regex.compile(r"(?r)(?<![\p{L}\p{N}])(?:and|or|but|of|the|a|an|to|with|for)\Z")
_PUNCTUATION = regex.compile(r"[.!?;:“”\"]")
# An apposition after a name: ", a former chairman", ", who".
_COMMA_END = regex.compile(r"(?r),\s*\Z")
# A short parenthesis after a name: "Bernie Sanders (Vt.)", "Paul Ryan (R-Wis.)".
_TAG = r"(?:\s*\([^()\n]{1,30}\))?"
_APPOSITION_AFTER = regex.compile(_TAG + r",\s+(?:a|an|the|who|\p{Ll}+ly)\s")
# A name set off by commas before its verb: "His former partner, *Lawrence Cummings*, called".
_COMMA_BEFORE = regex.compile(r"(?r),\s+\Z")
_VERB_AFTER_COMMA = regex.compile(
    _TAG + r",\s+(?!(?:and|or|but|who|which|that|a|an|the|in|on|at|of|for|to|with|by|as)\s)\p{Ll}+\s"
)
# Pronouns that are never a subject ("her discharge papers", "called him").
_NOT_SUBJECT = frozenset("him her them us me".split())
# A verb after a name: a lower-case word that is not a particle or preposition.
_VERB_AFTER = regex.compile(
    _TAG + r"\s+(?!(?:of|de|al|bin|van|von|the|and|or|in|on|at|for|to|from|with|among|about|against|into|over|under|"
    r"after|before|during|through|between|as|by|than|amid|across|toward|towards)\s)\p{Ll}"
)

# --- cues in their sentence ----------------------------------------------------------------

# After a cue that closes its sentence: an adverbial or a participle clause at
# most, then the end ("…,” Trump said, looking out on the crowd.).
_ENDS = regex.compile(
    r"(?:\s+(?:in|on|at|during|after|before|to|last|this|earlier|later|yesterday|today|"
    r"\p{Lu}\p{Ll}+day)\b[^,;.!?]{0,40})?(?:,\s+\p{Ll}+ing\b[^;.!?]*)?[\s.!?”\"’',]*\Z"
)
_ENDS_WITHIN = 200
# "tweets accusing Machado": a participle right after a common noun modifies it
# (after a name, the name speaks: "footage of Clinton asking").
_BARE_PARTICIPLE = regex.compile(
    r"(?r)(?<![\p{L}'’])(?!(?:is|was|are|were|be|been|am|by|after|before|while|when|without|despite|of|for|in|on|from|"
    r"and|or|but|then|also|just|not|still|again|repeatedly|now)\s)\p{Ll}+\s+\Z"
)


def words(text: str, lo: int, hi: int) -> int:
    """How many words ``text[lo:hi]`` holds."""
    return len(text[lo:hi].split())


def subject_end(text: str, lo: int, hi: int) -> int:
    """Where the subject of a cue starting at ``hi`` ends: fillers ("has
    also"), a closing appositive (", the Russian president,"), a parenthesis
    ("(R-Wis.)"), a hometown (", 59, of Ashton, Md.,") and a relative pronoun
    (", who") are skipped back over.

    >>> text = "Paul Ryan (R-Wis.), the speaker, has also said"
    >>> text[:subject_end(text, 0, text.index("said"))]
    'Paul Ryan'
    """
    end = hi
    steps = 0
    while end > lo and steps < 12:
        steps += 1
        reach = max(lo, end - HOMETOWN_REACH)
        home = _HOMETOWN.search(text, reach, end) if text.find(" of ", reach, end) >= 0 else None
        if home is not None:
            end = home.start()
            continue
        m = _LAST_WORD.search(text, lo, end)
        if m is None or m.end() != end:
            break
        word = m.group(1).lower()
        if word in _FILLER or (word.endswith("ly") and len(word) > 4 and word.islower()):
            end = m.start()
        elif word in _RELATIVE and m.group(1).islower():
            end = m.start()
            comma = _LAST_WORD.search(text, lo, end)
            if comma is not None and comma.group(1) == ",":
                end = comma.start()
        elif word == ",":
            # ", the Russian president," or ", R-Wis.," – an appositive: its opening
            # comma, and that of any appositive just before it.
            opening = text.rfind(",", lo, m.start())
            if opening < 0 or not (_APPOSITIVE.match(text, opening + 1, end) or _PARTY.match(text, opening + 1, end)):
                break
            end = opening
            earlier = text.rfind(",", lo, end)
            while earlier >= 0 and steps < 12 and _APPOSITIVE.match(text, earlier + 1, end) and _name_ends(text, lo, earlier):
                steps += 1
                end, earlier = earlier, text.rfind(",", lo, earlier)
        elif word == ")":
            # "Paul Ryan (R-Wis.)" – a parenthesis.
            opening = text.rfind("(", lo, m.start())
            if opening < 0:
                break
            end = opening
        else:
            break
    while end > lo and text[end - 1].isspace():
        end -= 1
    return end


def _name_ends(text: str, lo: int, end: int) -> bool:
    """Whether a name ends right at ``end`` ("*Scott Pruitt*, the …", not "Meanwhile, the …")."""
    return any(e == end for _, e in names(text, max(lo, end - 60), end))


def noun_phrase_head(text: str, lo: int, hi: int, entities: Sequence[Entity]) -> Mention | None:
    """The speaker named by the noun phrase ``text[lo:hi]``: its first person
    that no lower-case word follows ("Clinton campaign spokesman *Brian
    Fallon*"), else its last mention ("White House press secretary *Josh
    Earnest*"); the whole phrase when a name only modifies it ("Gary Johnson’s
    doctor")."""
    found = mentions(text, lo, hi, entities)
    people = [m for m in found if m.entity is not None and m.entity.kind == "person"]
    heads = [m for m in people if not _MODIFIER.match(text, m.end, hi)]
    head = (heads or people)[0] if people else (found[-1] if found else None)
    if head is not None and head.kind != "description" and _MODIFIED.match(text, head.end, hi):
        return description(text, lo, hi, determiner=False) or head
    return head


def phrase_end(text: str, lo: int, hi: int) -> int:
    """Where the noun phrase starting at ``lo`` ends, at the latest at ``hi``."""
    stop = _PHRASE_STOP.search(text, lo, hi)
    return stop.start() if stop else hi


def phrase_after(text: str, lo: int, hi: int, entities: Sequence[Entity]) -> Mention | None:
    """The speaker named right after a cue ("said *Putin*, …")."""
    return noun_phrase_head(text, lo, phrase_end(text, lo, min(hi, lo + PHRASE)), entities)


def description(text: str, lo: int, hi: int, *, determiner: bool = True) -> Mention | None:
    """A short phrase taken whole as a description ("one questioner"); it must
    open with a determiner unless ``determiner`` is False."""
    while lo < hi and text[lo] in " ,—–-":
        lo += 1
    while hi > lo and text[hi - 1] in " ,":
        hi -= 1
    if (
        hi > lo
        and not _OPEN_END.search(text, lo, hi)
        and words(text, lo, hi) <= 6
        and (not determiner or _DETERMINER.match(text, lo, hi))
        and not _PUNCTUATION.search(text, lo, hi)
    ):
        return Mention(lo, hi, "description")
    return None


def cue_subject(text: str, lo: int, hi: int, entities: Sequence[Entity]) -> Mention | None:
    """The speaker before a cue at ``hi``: the mention nearest to it, or the
    noun phrase it only modifies ("the *New York* businessman"), or a noun
    phrase with a determiner ("the announcer"), also after a mention in a
    clause of its own ("Asked about it, *a friend* commented")."""
    end = subject_end(text, lo, hi)
    found = [m for m in mentions(text, lo, end, entities) if m.end <= end]
    last = found[-1] if found else None
    if last is not None and last.kind != "pronoun" and _POSSESSIVE.match(text, last.end, hi):
        return None  # "Trump’s early-morning tweets": a possessive is no subject
    phrase = _NOUN_PHRASE.search(text, max(lo, end - 80), end)
    own_clause = phrase is not None and last is not None and "," in text[last.end : phrase.start()]
    if phrase is not None and (last is None or own_clause):
        return Mention(phrase.start(), end, "description")
    if last is not None and _MODIFIED.match(text, last.end, end):
        if phrase is not None and phrase.start() <= last.start:
            return Mention(phrase.start(), end, "description")
    if last is None:
        return None
    return last if words(text, last.end, end) <= 3 else None


def sentence_subject(text: str, lo: int, hi: int, entities: Sequence[Entity]) -> Mention | None:
    """The subject of the sentence ``text[lo:hi]``: the mention or the noun
    phrase with a determiner opening it (after an adverbial: "In August, …")
    before a verb ("*Oversight Committee Republicans* seethed after … Cheryl
    Mills was granted …", "*The article* closes with …"), else its first
    person followed by a lower-case word (a verb: "Earlier, *Trump* attacked
    …") or an apposition ("*Dean*, a former party chairman, poked at …"), or
    set off by commas before a verb ("His partner, *Lawrence Cummings*, called
    him …"), else its first such mention, else its first mention that is not
    a place; an object or possessive pronoun is none ("On *her* discharge
    papers")."""
    found = [
        m for m in mentions(text, lo, hi, entities) if m.kind != "pronoun" or text[m.start : m.end].lower() not in _NOT_SUBJECT
    ]
    first = None  # the first subject, while no person is
    opening = lo + len(text[lo : lo + PHRASE]) - len(text[lo : lo + PHRASE].lstrip())  # the first word
    fronted = _FRONTED.match(text, opening, hi)
    if fronted is not None:  # "In August, several groups granted …": the subject follows
        opening = fronted.end()
    if all(m.start != opening for m in found):
        for pattern in _OPENING_PHRASES:
            phrase = pattern.match(text, opening, hi)
            if phrase is not None:
                return Mention(opening, phrase.end(), "phrase")
    for m in found:
        person = m.entity is not None and m.entity.kind == "person"
        if person and _VERB_AFTER_COMMA.match(text, m.end, hi) and _COMMA_BEFORE.search(text, lo, m.start):
            return m
        if _VERB_AFTER.match(text, m.end, hi) or _APPOSITION_AFTER.match(text, m.end, hi):
            if person or (m.start == opening and _opens(text, m, hi)):
                return m
            if first is None:
                first = m
    if first is not None:
        return first
    return next((m for m in found if m.entity is None or m.entity.kind != "place"), None)


# A noun phrase with a determiner opening a sentence, then its verb: "*The article* closes
# with …", "*Other leaders* called …" (at most four words; not ending in a function word).
# A past or auxiliary verb is looked for first, as a present "-s" may be a plural noun
# ("several environmental *groups* granted").
_PHRASE_HEAD = (
    r"(?i:the|a|an|several|many|some|other|both|few|most)(?:\s+[\p{L}’'-]+){1,3}?"
    r"(?<![^\p{L}](?i:of|and|or|in|on|at|for|to|with|from|by|as|the|a|an|that|who|which))"
)
_OPENING_PHRASES = (
    regex.compile(
        _PHRASE_HEAD
        + r"(?=\s+(?:\p{Ll}+ed|said|told|has|have|had|is|was|are|were|will|would|could|can|may|might|did|does|do)[\s,.;:])"
    ),
    regex.compile(_PHRASE_HEAD + r"(?=\s+\p{Ll}+s[\s,.;:])"),
)


# An adverbial opening a sentence before its subject: "In August, ", "Meanwhile, ".
_FRONTED = regex.compile(
    r"(?i:in|on|at|after|before|during|last|earlier|later|meanwhile|yesterday|today|however|still|since|"
    r"by|for|under|with|over|from|then|now|instead|ironically|separately|also)(?![\p{L}])[^,.;:!?“”\"\n]{0,40},\s+"
)


def _opens(text: str, m: Mention, hi: int) -> bool:
    """Whether ``m``, opening its sentence, is its subject: a verb follows, and it
    is neither one capitalised word the actor layer does not know (a sentence's
    first word: "*Democratic* nominee …") nor a role description, which is
    left to the rules for persons ("In Havana, *the government* gave …" names
    no person)."""
    lone = m.kind == "name" and m.entity is None and " " not in text[m.start : m.end]
    return not lone and m.kind != "description" and _VERB_AFTER.match(text, m.end, hi) is not None


def ends_with_comma(text: str, lo: int, hi: int) -> bool:
    """Whether ``text[lo:hi]`` ends in a comma, spaces aside (read backwards
    from ``hi``, so the cost does not grow with ``lo``).

    >>> ends_with_comma("Ties are good, he", 0, 15), ends_with_comma("Ties are good", 0, 13)
    (True, False)
    """
    return _COMMA_END.search(text, lo, hi) is not None


def closes_sentence(text: str, pos: int, end: int) -> bool:
    """Whether a cue ending at ``pos`` closes the sentence ending at ``end``,
    but for a short adverbial ("…, he noted on Monday.").

    >>> text = "Ties are good, he noted on Monday. He said ties were good."
    >>> closes_sentence(text, 23, 34), closes_sentence(text, 42, len(text))
    (True, False)
    """
    return end - pos <= _ENDS_WITHIN and _ENDS.match(text, pos, end) is not None


def bare_participle(text: str, lo: int, cue: Cue) -> bool:
    """Whether an -ing cue directly follows a common noun ("tweets *accusing*
    her"): then it modifies that noun and attributes nothing."""
    return cue.word.endswith("ing") and _BARE_PARTICIPLE.search(text, max(lo, cue.start - 12), cue.start) is not None
