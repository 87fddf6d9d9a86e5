"""Attribution: the cue and the speaker mention that a quote's context gives.

Three places are looked at, in this order:

- right after the closing mark: “…,” *Putin said* / *said Putin* / *Putin, the
  Russian president, said* / *he told reporters* / *according to the Kremlin*;
- before the opening mark in the same sentence: *Putin said:* “…” / *Trump,
  who said he was* “very satisfied” / *according to X,* “…”;
- a colon ending the paragraph before: *Caddell continued:* ¶ “…”.

Windows are bounded (a sentence, at most a few hundred characters), so the
work per quote is constant and the whole pass is linear.

>>> text = "“We agree,” Vladimir Putin, the Russian president, said on Monday."
>>> a = after(text, text.index("”") + 1, len(text))
>>> a.cue, text[a.speaker.start:a.speaker.end]
('said', 'Vladimir Putin')
>>> text = "Al-Sharaa met Trump, who said he was “very satisfied” with it."
>>> b = before(text, 0, text.index("“"))
>>> b.cue, text[b.speaker.start:b.speaker.end]
('said', 'Trump')
"""

from __future__ import annotations

from collections.abc import Sequence

import attrs
import regex

from tidings import Entity

from .cues import Cue, find_cues
from .mentions import Mention, mentions

#: The longest stretch looked at on either side of a quote.
WINDOW = 300
# Cues that never put the speaker right after them ("told reporters", "called it").
_OBJECT_FIRST = regex.compile(r"(?:tell|tells|told|call|calls|called|describe[sd]?|condemn(?:s|ed)?|"
                              r"critici[sz]e[sd]?|accuse[sd]?|blast(?:s|ed)?|slam(?:s|med)?|praise[sd]?|"
                              r"hail(?:s|ed)?|dismiss(?:es|ed)?|brand(?:s|ed)?|attack(?:s|ed)?|mock(?:s|ed)?|"
                              r"denounce[sd]?|\w+ing)\Z")
# The end of a speaker phrase after a cue: punctuation or a word that starts a new phrase.
_PHRASE_STOP = regex.compile(
    r"[,;:!?()\n“”\"]|(?<=\p{Ll}\p{Ll})\.(?=\s*\Z|\s+\p{Lu}\p{Ll}+\s+\p{Ll})|\s(?:in|on|at|during|after|before|when|while|to|about|who|which|that|of|from|"
    r"last|this|as|and|but|with|told|adding|referring|speaking|citing)(?![\p{L}])"
)
# Words between a subject and its cue: auxiliaries and adverbs ("has also said").
_FILLER = frozenset(
    """has have had was is are were will would could can may might did does do be been also then
    later once previously again recently repeatedly earlier further himself herself themselves
    simply just only never even still already often always""".split()
)
_LAST_WORD = regex.compile(r"(?r)([\p{L}\p{N}'’-]+|[,)(])\s*")
_RELATIVE = frozenset({"who", "which", "that"})
# After a cue that closes its sentence: an adverbial or a participle clause at
# most, then the end ("…,” Trump said, looking out on the crowd.).
_ENDS = regex.compile(
    r"(?:\s+(?:in|on|at|during|after|before|to|last|this|earlier|later|yesterday|today|"
    r"\p{Lu}\p{Ll}+day)\b[^,;.!?]{0,40})?(?:,\s+\p{Ll}+ing\b[^;.!?]*)?[\s.!?”\"’',]*\Z"
)
_CLAUSE_END = regex.compile(r"[!?;:]|(?<=\p{Ll}\p{Ll})\.(?=\s+\p{Lu}\p{Ll}+\s+\p{Ll})")
_STOP = regex.compile(r"\n|[“\"«]")
_DASH = regex.compile(r"[\s\u00a0]*[―—–][\s\u00a0]*")
_TERMINAL = frozenset(".!?…")
_MODIFIED = regex.compile(r"(?:['’]s)?(?:\s+\p{Ll}[\p{L}-]*){1,4}\s*\Z")
_VERB_AFTER = regex.compile(r"\s+(?!(?:of|de|al|bin|van|von|the|and|or|in|on|at|for|to|from|with)\s)\p{Ll}")
_ENDS_WITHIN = 200
# "tweets accusing Machado": a participle right after a noun modifies it; it is no cue.
# A noun phrase with a determiner that ends a window: "the ad’s narrator", "one questioner".
_NOUN_PHRASE = regex.compile(
    r"(?r)(?<![\p{L}\p{N}])(?i:the|a|an|one|another|his|her|their|its)"
    r"(?:\s+(?!(?:and|or|but|that|which|who|is|was|are|were)\s)[\p{L}\p{N}’'-]+){1,4}\Z"
)
_SUBORDINATE = regex.compile(
    r"(?i:when|while|because|as|after|before|if|since|although|though|that|which|where|until|unless)\b"
)
# A lower-case word right after a name: the name modifies what follows ("Clinton campaign").
_MODIFIER = regex.compile(r"(?:['’]s)?\s+\p{Ll}")
_POSSESSIVE = regex.compile(r"['’]s?\s")
_BARE_PARTICIPLE = regex.compile(
    r"(?r)(?<![\p{L}'’])(?!(?:is|was|are|were|be|been|am|by|after|before|while|when|without|of|for|in|on|from|"
    r"and|or|but|then|also|just|not|still|again|repeatedly|now)\s)\p{L}+\s+\Z",
    regex.IGNORECASE,
)
_PUNCTUATION = regex.compile(r"[.!?;:“”\"]")
_CAPITAL_NEXT = regex.compile(r"\s+\p{Lu}")
# A party and state tag: "R-Wis.", "D".
_PARTY = regex.compile(r"\s*[RDI](?:-[\p{Lu}][\p{L}.]*)?\s*,")
_INFINITIVE = regex.compile(r"(?r)\sto\s+\Z")
_DETERMINER_WORD = regex.compile(r"(?i:the|a|an|one|another|some|his|her|their|its)\s")
_DETERMINER = regex.compile(r"\s*(?:the|a|an|his|her|their|its|who|which|\p{Ll})")


@attrs.frozen
class Attribution:
    """A cue and the mention of its speaker (None when the cue names nobody:
    "“…,” it said in a statement" names "it"; "said in a statement" alone does not)."""

    cue: str
    cue_start: int
    speaker: Mention | None
    place: str  # "after", "before" or "colon"


def _words(text: str, lo: int, hi: int) -> int:
    return len(text[lo:hi].split())


def _head(text: str, lo: int, hi: int, entities: Sequence[Entity]) -> Mention | None:
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
        return _description(text, lo, hi, determiner=False) or head
    return head


def _phrase_after(text: str, lo: int, hi: int, entities: Sequence[Entity]) -> Mention | None:
    """The speaker named right after a cue ("said *Putin*, …")."""
    stop = _PHRASE_STOP.search(text, lo, min(hi, lo + 120))
    return _head(text, lo, stop.start() if stop else min(hi, lo + 120), entities)


def _description(text: str, lo: int, hi: int, *, determiner: bool = True) -> Mention | None:
    """A short phrase taken whole as a description ("one questioner"); it must
    open with a determiner unless ``determiner`` is False."""
    while lo < hi and text[lo] in " ,—–-":
        lo += 1
    while hi > lo and text[hi - 1] in " ,":
        hi -= 1
    if (
        hi > lo
        and _words(text, lo, hi) <= 6
        and (not determiner or _DETERMINER_WORD.match(text, lo))
        and not _PUNCTUATION.search(text, lo, hi)
    ):
        return Mention(lo, hi, "description")
    return None


def subject_end(text: str, lo: int, hi: int) -> int:
    """Where the subject of a cue starting at ``hi`` ends: fillers ("has
    also"), a closing appositive (", the Russian president,"), a parenthesis
    ("(R-Wis.)") and a relative pronoun (", who") are skipped back over.

    >>> text = "Paul Ryan (R-Wis.), the speaker, has also said"
    >>> text[:subject_end(text, 0, text.index("said"))]
    'Paul Ryan'
    """
    end = hi
    steps = 0
    while end > lo and steps < 12:
        steps += 1
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
            # ", the Russian president," or ", R-Wis.," – an appositive: its opening comma.
            opening = text.rfind(",", lo, m.start())
            if opening < 0 or not (_DETERMINER.match(text, opening + 1) or _PARTY.match(text, opening + 1)):
                break
            end = opening
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


def _subject(text: str, lo: int, hi: int, entities: Sequence[Entity]) -> Mention | None:
    """The speaker before a cue at ``hi``: the mention nearest to it, or the
    noun phrase it only modifies ("the *New York* businessman"), or a noun
    phrase with a determiner ("the announcer")."""
    end = subject_end(text, lo, hi)
    found = [m for m in mentions(text, lo, end, entities) if m.end <= end]
    last = found[-1] if found else None
    if last is not None and _POSSESSIVE.match(text, last.end):
        return None  # "Trump’s early-morning tweets": a possessive is no subject
    if last is None or _MODIFIED.match(text, last.end, end):
        phrase = _NOUN_PHRASE.search(text, max(lo, end - 80), end)
        if phrase is not None and (last is None or phrase.start() <= last.start):
            return Mention(phrase.start(), end, "description")
    if last is None:
        return None
    return last if _words(text, last.end, end) <= 3 else None


def _bare_participle(text: str, lo: int, cue: Cue) -> bool:
    """Whether an -ing cue directly follows a word ("tweets *accusing* her"):
    then it modifies that word and attributes nothing."""
    return cue.word.endswith("ing") and _BARE_PARTICIPLE.search(text, max(lo, cue.start - 12), cue.start) is not None


def closes_sentence(text: str, pos: int, end: int) -> bool:
    """Whether a cue ending at ``pos`` closes the sentence ending at ``end``,
    but for a short adverbial ("…, he noted on Monday.").

    >>> text = "Ties are good, he noted on Monday. He said ties were good."
    >>> closes_sentence(text, 23, 34), closes_sentence(text, 42, len(text))
    (True, False)
    """
    return end - pos <= _ENDS_WITHIN and _ENDS.match(text, pos, end) is not None


def sentence_subject(text: str, lo: int, hi: int, entities: Sequence[Entity]) -> Mention | None:
    """The subject of the sentence ``text[lo:hi]``: its first mention followed
    by a lower-case word (a verb: "Earlier, *Trump* attacked …"), else its
    first mention that is not a place."""
    found = mentions(text, lo, hi, entities)
    before_verb = [m for m in found if _VERB_AFTER.match(text, m.end, hi)]
    people = [m for m in before_verb if m.entity is not None and m.entity.kind == "person"]
    if people or before_verb:
        return (people or before_verb)[0]
    return next((m for m in found if m.entity is None or m.entity.kind != "place"), None)


def after(text: str, pos: int, limit: int, entities: Sequence[Entity] = ()) -> Attribution | None:
    """The attribution following a quote whose closing mark ends at ``pos``."""
    limit = min(limit, pos + WINDOW)
    stop = _STOP.search(text, pos, limit)
    end = stop.start() if stop else limit
    dash = _DASH.match(text, pos, end)
    if dash is not None:  # “…” ― Julie A. Diaz Martinez
        found = mentions(text, dash.end(), end, entities)
        if found and found[0].start == dash.end() and found[0].kind != "pronoun":
            return Attribution(dash.group().strip(), dash.start(), found[0], "after")
    cue = next(find_cues(text, pos, end), None)
    if cue is not None and _bare_participle(text, pos, cue):
        return None
    if cue is None or _words(text, pos, cue.start) > 14 or _CLAUSE_END.search(text, pos, cue.start):
        return None
    new_sentence = text[pos - 2 : pos - 1] in _TERMINAL and _CAPITAL_NEXT.match(text, pos, end) is not None
    if new_sentence and not closes_sentence(text, cue.end, end):
        return None  # “….” Putin said the deal was done: a new sentence, not an attribution
    lead = text[pos : cue.start].strip(" ,—–-\u00a0")
    if _SUBORDINATE.match(lead):
        return None  # “…” when he said …: the cue belongs to another clause
    if not lead:
        if _OBJECT_FIRST.match(cue.word):
            return None
        return Attribution(cue.word, cue.start, _phrase_after(text, cue.end, end, entities), "after")
    start = pos + len(text[pos : cue.start]) - len(text[pos : cue.start].lstrip(" ,—–-\u00a0"))
    end = subject_end(text, start, cue.start)
    np = _PHRASE_STOP.search(text, start, end)
    speaker = _head(text, start, np.start() if np else end, entities) or _description(text, start, end)
    return Attribution(cue.word, cue.start, speaker, "after")


def before(text: str, lo: int, pos: int, entities: Sequence[Entity] = ()) -> Attribution | None:
    """The attribution before a quote opening at ``pos``, within ``text[lo:pos]``:
    the last cue there whose speaker can be told, else the last cue."""
    lo = max(lo, pos - WINDOW)
    cues = [c for c in find_cues(text, lo, pos) if not _bare_participle(text, lo, c)]
    if not cues:
        return _colon(text, lo, pos, entities)
    for cue in reversed(cues):
        found = _cue_before(text, lo, pos, cue, entities)
        if found.speaker is not None:
            return found
    return _cue_before(text, lo, pos, cues[-1], entities)


def _cue_before(text: str, lo: int, pos: int, cue: Cue, entities: Sequence[Entity]) -> Attribution:
    """The attribution a cue in ``text[lo:pos]`` makes for a quote opening at ``pos``."""
    word = cue.word
    if word.lower().startswith("according"):
        return Attribution("according to", cue.start, _phrase_after(text, cue.end, pos, entities), "before")
    if (word.endswith("ing") and text[lo : cue.start].rstrip().endswith(",")) or _INFINITIVE.search(
        text, max(lo, cue.start - 5), cue.start
    ):
        # "Trump attacked Clinton …, saying “…”", "Trump took to Twitter to accuse …":
        # the subject of the sentence speaks.
        speaker = sentence_subject(text, lo, cue.start, entities)
    else:
        speaker = _subject(text, lo, cue.start, entities)
    if speaker is None and not _OBJECT_FIRST.match(word) and not text[lo : cue.start].strip():
        speaker = _phrase_after(text, cue.end, pos, entities)  # Said Putin: “…”
    return Attribution(word, cue.start, speaker, "before")


def _colon(text: str, lo: int, pos: int, entities: Sequence[Entity]) -> Attribution | None:
    """``Putin: “…”`` – a name and a colon introduce the quote."""
    head = text[lo:pos].rstrip()
    if not head.endswith(":"):
        return None
    end = lo + len(head) - 1
    found = [m for m in mentions(text, lo, end, entities) if _words(text, m.end, end) == 0]
    return Attribution(":", end, found[-1], "colon") if found else None
