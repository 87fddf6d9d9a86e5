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

import re
from collections.abc import Sequence

import attrs
import regex

from tidings import Entity

from .cues import REPORTING, Cue, CueIndex, cues_in
from .mentions import Mention, mentions
from .phrases import (
    bare_participle,
    closes_sentence,
    cue_subject,
    description,
    ends_with_comma,
    noun_phrase_head,
    phrase_after,
    phrase_end,
    sentence_subject,
    subject_end,
    words,
)

#: The longest stretch looked at on either side of a quote.
WINDOW = 300
# Cues that never put the speaker right after them ("told reporters", "called it").
_OBJECT_FIRST = regex.compile(
    r"(?:tell|tells|told|call|calls|called|describe[sd]?|condemn(?:s|ed)?|critici[sz]e[sd]?|accuse[sd]?|"
    r"blast(?:s|ed)?|slam(?:s|med)?|praise[sd]?|hail(?:s|ed)?|dismiss(?:es|ed)?|brand(?:s|ed)?|"
    r"attack(?:s|ed)?|mock(?:s|ed)?|denounce[sd]?|\w+ing)\Z"
)
# What ends the stretch after a quote: a new paragraph, the next quote, or the
# closing mark of a quote around it (“It feels like, ‘Meh,’” he said); stdlib
# re: a fast scan for a few characters.
_STOP = re.compile(r"[\n“”\"«]")
# A one-word nickname inside a name, which does not end the stretch: Marcia "Cia" Price.
_NICKNAME = regex.compile(r"(?<=\p{Lu}[\p{L}.]*\s)[\"“]\p{Lu}[\p{L}.-]*[\"”](?=\s\p{Lu})")
_NICKNAME_OPENING = frozenset('"“')
# A sentence or clause ending between a quote and a cue ("…” Rep. Moore (D-Wis.) said" does not).
_CLAUSE_END = regex.compile(r"[!?;:]|(?<=\p{Ll}\p{Ll})\.(?=\s+\p{Lu}\p{Ll}+\s+\p{Ll})")
_DASH = regex.compile(r"[\s\u00a0]*[―—–][\s\u00a0]*")
_TERMINAL = frozenset(".!?…")
_CLOSING_MARKS = frozenset("\"”’'»›」")
# A sentence end inside a stretch: a full stop, ! or ? before a space.
_TERMINAL_IN = regex.compile(r"[.!?…]\s")
_CAPITAL_NEXT = regex.compile(r"\s+\p{Lu}")
# A clause of its own between a quote and a cue: "“…” when he said", "“…” and says".
_OTHER_CLAUSE = regex.compile(
    r"(?i:when|while|because|as|after|before|if|since|although|though|that|which|where|until|unless|"
    r"and|but|or|so|yet)\b"
)
#: The most words between a quote and its cue, and in the subject there once
#: its appositions are left out ("Scott Pruitt, the attorney general of
#: Oklahoma, one of the states suing the EPA, said").
LEAD_WORDS = 25
SUBJECT_WORDS = 6
# What ends a report's content before another cue: "said X, and Y said", "said X; Y said".
_CLAUSE_BREAK = regex.compile(r"[;:.!?“”\"]|,\s+(?:and|but|or|while|as)\b")
_INFINITIVE = regex.compile(r"(?r)\sto\s+\Z")
# A participle after a subordinator: "Blige sings to Clinton before asking her, “…”".
_SUBORDINATOR = regex.compile(r"(?r)(?<![\p{L}])(?:before|after|while|when|by|without|since)\s+\Z")
# A possessive and a noun that reports words, then their content: "Trump’s claim that …",
# "Clinton’s words: “…”" (not "Trump’s statement was “true”": that is said of it).
_SPEECH_NOUN = regex.compile(
    r"(?r)['’]s?\s+(?:[\p{Ll}-]+\s+){0,2}?"
    r"(claims?|assertions?|remarks?|comments?|statements?|promises?|pledges?|warnings?|boasts?|"
    r"accusations?|insistence|predictions?|declarations?|vows?|quips?|tweets?|words)"
    r"(?=\s+that\s[^“”\"]*\Z|[\s,:\u00a0]*\Z)"
)
# The same nouns with their owner after "by": "this statement by Trump on June 11: “…”".
_SPEECH_NOUN_BY = regex.compile(
    r"(?r)(?<![\p{L}])(?:claims?|assertions?|remarks?|comments?|statements?|promises?|pledges?|warnings?|"
    r"boasts?|accusations?|predictions?|declarations?|vows?|quips?|tweets?|words)\s+by\s+"
)
# A comma or a dash right before the inner subject: a clause of its own ("When Clinton
# noted that …, Trump boasted", "When Clinton noted that … ― as was true ― Trump boasted").
_CLAUSE_ENDS = regex.compile(r"(?r)[,―—–]\s*\Z")
# "“…,” per the party’s bylaws": "per" right after a quote attributes it like "according to".
_PER = regex.compile(r"[\s,\u00a0]*(per)\s+(?=(?i:the|a|an|his|her|their|its)\s|\p{Lu})")
# "“…,” as a Homeland Security memo put it": a clause of comparison that only attributes.
_AS = regex.compile(r"as\s+")
# A quote inside a clause that goes on after it: "“resolutely opposed” to the test and warned".
_PREPOSITION = regex.compile(r"(?:to|in|at|for|with|from|about|on|by|into|against|over|of|than)\s")
# A verb coordinated with an earlier one: "stressed her support … and said", "… but warned".
_COORDINATED = regex.compile(r"(?r)(?<![\p{L}])(?:and|but)\s+\Z")
_LEAD = " ,—–-\u00a0"
_OBJECTS = frozenset({"him", "them", "us", "me"})


@attrs.frozen
class Attribution:
    """A cue and the mention of its speaker (None when the cue names nobody:
    "“…,” it said in a statement" names "it"; "said in a statement" alone does not)."""

    cue: str
    cue_start: int
    speaker: Mention | None
    place: str  # "after", "before" or "colon"


def after(
    text: str, pos: int, limit: int, entities: Sequence[Entity] = (), cues: CueIndex | None = None
) -> Attribution | None:
    """The attribution following a quote whose closing mark ends at ``pos``
    (``cues``: the article's, found once)."""
    limit = min(limit, pos + WINDOW)
    stop = _STOP.search(text, pos, limit)
    nickname = _nickname_at(text, stop, limit)
    while nickname is not None:  # Del. Marcia "Cia" Price shouted: the name goes on
        stop = _STOP.search(text, nickname.end(), limit)
        nickname = _nickname_at(text, stop, limit)
    end = stop.start() if stop else limit
    dash = _DASH.match(text, pos, end)
    if dash is not None:  # “…” ― Julie A. Diaz Martinez
        found = mentions(text, dash.end(), end, entities)
        if found and found[0].start == dash.end() and found[0].kind != "pronoun":
            return Attribution(dash.group().strip(), dash.start(), found[0], "after")
    per = _PER.match(text, pos, end) if text.find("per", pos, end) >= 0 else None
    if per is not None:  # “…,” per the party’s bylaws
        speaker = phrase_after(text, per.end(), end, entities) or description(
            text, per.end(), phrase_end(text, per.end(), end)
        )
        if speaker is not None:
            return Attribution("per", per.start(1), speaker, "after")
    found = cues_in(text, pos, end, cues)
    cue = found[0] if found else None
    if cue is not None and bare_participle(text, pos, cue):
        return None
    if cue is None or words(text, pos, cue.start) > LEAD_WORDS or _CLAUSE_END.search(text, pos, cue.start):
        return None
    new_sentence = text[pos - 2 : pos - 1] in _TERMINAL and _CAPITAL_NEXT.match(text, pos, end) is not None
    if new_sentence and not closes_sentence(text, cue.end, end):
        return None  # “….” Putin said the deal was done: a new sentence, not an attribution
    if new_sentence and stop is not None and stop.group() != "\n" and not text[cue.end : end].strip(" ,:\u00a0"):
        return None  # “….” She adds, “…”: the new sentence introduces the next quote
    if cue.word.lower().startswith("according"):
        # “…,” according to the Kremlin; “walk-in” at 2,000 schools, according to the organiser.
        return Attribution("according to", cue.start, phrase_after(text, cue.end, end, entities), "after")
    start = pos + len(text[pos : cue.start]) - len(text[pos : cue.start].lstrip(_LEAD))
    lead = text[start : cue.start].rstrip(_LEAD)
    comparison = _AS.match(lead)
    if comparison is not None and (closes_sentence(text, cue.end, end) or text.startswith(",", cue.end)):
        start += comparison.end()  # “…,” as the memo put it
        lead = lead[comparison.end() :]
    elif _OTHER_CLAUSE.match(lead):
        return None  # “…” when he said …, “…” but he has also intensified his attacks
    if _COORDINATED.search(text, max(pos, cue.start - 6), cue.start) or (
        _PREPOSITION.match(lead) and "," not in lead
    ):
        return None  # “resolutely opposed” to the test and warned: the cue goes with a subject before
    if not lead:
        if _OBJECT_FIRST.match(cue.word):
            return None
        return Attribution(cue.word, cue.start, phrase_after(text, cue.end, end, entities), "after")
    closing = closes_sentence(text, cue.end, end)
    end = subject_end(text, start, cue.start)
    if words(text, start, end) > SUBJECT_WORDS:
        # “…” to drive up the stock price and your compensation, she said: a cue that
        # closes the sentence attributes it, its subject after the last comma.
        comma = text.rfind(",", start, end)
        inside = pos - 1
        while inside > 0 and text[inside] in _CLOSING_MARKS:  # back over the closing mark, '' included
            inside -= 1
        if (
            not closing
            or text[inside] in _TERMINAL  # the quote ends its sentence: the cue is the next one's
            or comma < 0
            or _TERMINAL_IN.search(text, start, comma)
            or words(text, comma + 1, end) > SUBJECT_WORDS
        ):
            return None  # not a subject, even without its appositions: the cue is another clause's
        start = comma + 1 + len(text[comma + 1 : end]) - len(text[comma + 1 : end].lstrip())
    speaker = (
        noun_phrase_head(text, start, phrase_end(text, start, end), entities)
        or description(text, start, end)
        or cue_subject(text, start, cue.start, entities)  # “…” is held accountable, Warren said.
    )
    if speaker is not None and text[speaker.start : speaker.end].lower() in _OBJECTS:
        return None  # “fair” to him, engaging in what analysts described: no subject, another clause
    return Attribution(cue.word, cue.start, speaker, "after")


def _nickname_at(text: str, stop: re.Match[str] | None, limit: int) -> regex.Match[str] | None:
    """A one-word nickname inside a name, opening where the stretch after a quote stops."""
    if stop is None or stop.group() not in _NICKNAME_OPENING:
        return None
    return _NICKNAME.match(text, stop.start(), limit)


def before(
    text: str,
    lo: int,
    pos: int,
    entities: Sequence[Entity] = (),
    cues: CueIndex | None = None,
    sentence: int | None = None,
) -> Attribution | None:
    """The attribution before a quote opening at ``pos``, within ``text[lo:pos]``:
    a possessive and a speech noun after the last cue ("Trump’s claim that"),
    else the last cue there whose speaker can be told, else the last cue.
    ``sentence`` (at most ``lo``) is where the sentence starts when an earlier
    quote ends in it: a cue that speaks for the sentence's subject ("… and
    said") finds it there."""
    lo = max(lo, pos - WINDOW)
    sentence = lo if sentence is None else max(min(sentence, lo), pos - WINDOW)
    found_cues = [c for c in cues_in(text, lo, pos, cues) if not bare_participle(text, lo, c)]
    owned = _speech_noun(text, found_cues[-1].end if found_cues else lo, pos, entities)
    if owned is not None:
        return owned
    if not found_cues:
        return _colon(text, lo, pos, entities)
    for cue in reversed(found_cues):
        found = _cue_before(text, lo, pos, cue, entities, sentence)
        if found.speaker is not None:
            return _outer(text, lo, pos, found_cues, found, entities, sentence)
    return _cue_before(text, lo, pos, found_cues[-1], entities, sentence)


def _outer(
    text: str, lo: int, pos: int, cues: list[Cue], found: Attribution, entities: Sequence[Entity], sentence: int
) -> Attribution:
    """The attribution whose reported content holds ``found``: "Flynn said
    Trump was right when *he said* “…”" and "She said *she recalls* “…”" are
    Flynn's and her words as the sentence reports them."""
    inner = found.speaker.start if found.speaker is not None else lo
    for cue in cues:
        if cue.start >= inner:
            break
        if cue.word not in REPORTING:
            continue
        outer = _cue_before(text, lo, pos, cue, entities, sentence)
        if (
            outer.speaker is not None
            and outer.speaker.end <= cue.start
            and not _CLAUSE_BREAK.search(text, cue.end, inner)
            and not _CLAUSE_ENDS.search(text, cue.end, inner)  # "When Clinton noted that … ― Trump boasted"
        ):
            return outer
    return found


def _cue_before(text: str, lo: int, pos: int, cue: Cue, entities: Sequence[Entity], sentence: int) -> Attribution:
    """The attribution a cue in ``text[lo:pos]`` makes for a quote opening at
    ``pos`` (``sentence``: where the subject of the sentence is looked for)."""
    word = cue.word
    if word.lower().startswith("according"):
        return Attribution("according to", cue.start, phrase_after(text, cue.end, pos, entities), "before")
    if (
        word.endswith("ing")
        and (ends_with_comma(text, lo, cue.start) or _SUBORDINATOR.search(text, max(lo, cue.start - 10), cue.start))
    ) or _INFINITIVE.search(text, max(lo, cue.start - 5), cue.start):
        # "Trump attacked Clinton …, saying “…”", "Trump took to Twitter to accuse …",
        # "Blige sings to Clinton before asking her": the subject of the sentence speaks.
        speaker = sentence_subject(text, sentence, cue.start, entities)
    elif _COORDINATED.search(text, max(lo, cue.start - 6), cue.start):
        # "Clinton stressed her support … during a “Forum” sponsored by NBC News and said":
        # the subject of the first verb, even with a quote in between.
        speaker = sentence_subject(text, sentence, cue.start, entities)
    else:
        speaker = cue_subject(text, lo, cue.start, entities)
    if speaker is None and not _OBJECT_FIRST.match(word) and not text[lo : cue.start].strip():
        speaker = phrase_after(text, cue.end, pos, entities)  # Said Putin: “…”
    return Attribution(word, cue.start, speaker, "before")


def _speech_noun(text: str, lo: int, pos: int, entities: Sequence[Entity]) -> Attribution | None:
    """``Trump’s claim that there were “…”``, ``a statement by Trump: “…”``: the
    owner of a speech noun speaks."""
    possessive = text.find("’", lo, pos) >= 0 or text.find("'", lo, pos) >= 0
    noun = _SPEECH_NOUN.search(text, lo, pos) if possessive else None
    if noun is not None:
        owner = [m for m in mentions(text, max(lo, noun.start() - 80), noun.start(), entities) if m.end == noun.start()]
        if owner and owner[-1].kind != "pronoun":
            return Attribution(noun.group(1), noun.start(1), owner[-1], "before")
    by = _SPEECH_NOUN_BY.search(text, lo, pos) if text.find("by", lo, pos) >= 0 else None
    if by is not None:
        owner = phrase_after(text, by.end(), pos, entities)
        if owner is not None and owner.start == by.end() and owner.kind != "pronoun":
            return Attribution(text[by.start() : by.end()].split()[0], by.start(), owner, "before")
    return None


def _colon(text: str, lo: int, pos: int, entities: Sequence[Entity]) -> Attribution | None:
    """``Putin: “…”`` – a name and a colon introduce the quote; or a sentence
    ending in a colon, whose subject speaks ("Obama is rolling out a new
    message: “…”")."""
    head = text[lo:pos].rstrip()
    if not head.endswith(":"):
        return None
    end = lo + len(head) - 1
    found = [m for m in mentions(text, lo, end, entities) if words(text, m.end, end) == 0]
    speaker = found[-1] if found else sentence_subject(text, lo, end, entities)
    return Attribution(":", end, speaker, "colon") if speaker is not None else None
