"""Reported (indirect) speech: what somebody said, in the reporter's words.

Three shapes, one sentence at a time:

- *Putin said (that) diplomatic ties … have always been friendly* – a subject, a
  cue, the content to the end of the sentence;
- *Businesses are ready to work jointly …, he noted.* – the content first;
- *Al-Sharaa thanked Putin, adding that Moscow plays a major role* – a participle
  whose speaker is the subject of the sentence;
- *Moscow and Damascus plan to work together …, according to Putin.* and
  *According to Putin, …* .

A sentence whose content opens with a quotation mark is a direct quote, left
to :mod:`.extract`.

>>> from tidings import Article
>>> text = "During talks, Putin said that trade has grown by 4%. Ties are good, he noted."
>>> [(text[r.start:r.end], r.cue, text[r.speaker.start:r.speaker.end]) for r in find_reported(Context(Article(text)))]
[('trade has grown by 4%', 'said', 'Putin'), ('Ties are good', 'noted', 'he')]
"""

from __future__ import annotations

import re
from collections.abc import Sequence

import attrs
import regex

from tidings import Entity, Span
from tidings.extractor import Context

from .attribution import WINDOW
from .phrases import closes_sentence, ends_with_comma, sentence_subject, subject_end
from .cues import REPORTING, Cue, CueIndex
from .mentions import SPEAKER_KINDS, Mention, clause_start, mentions

# What may sit between a cue and its content: "that" ("said that").
_THAT = regex.compile(r"\s*(?:that\s+)?")
# After "told", an addressee first ("told reporters that", "told the paper").
_ADDRESSEE = regex.compile(
    r"\s*(?:reporters|journalists|supporters|the\s+\p{L}+|him|her|them|us|me|\p{Lu}[\p{L}’'.-]*(?:\s\p{Lu}[\p{L}’'.-]*)*)"
    r"\s+(?:that\s+)?"
)
_TELL = frozenset({"told", "tells", "tell"})
# An adverbial between the cue and "that": "announced *in a statement this month* that".
_ADVERBIAL_THAT = regex.compile(
    r"\s+(?:in|on|at|during|to|this|last|earlier|later|after|before)\s[^,.;:!?“\"]{0,60}?\sthat\s+"
)
# Content must not start with these: "said in a statement", "said on Monday".
_NOT_CONTENT = regex.compile(
    r"(?:in|on|at|during|after|before|when|while|to|about|of|from|last|this|as|and|but|with|earlier|later|"
    r"today|yesterday|monday|tuesday|wednesday|thursday|friday|saturday|sunday)\b|[,.;:“\"‘'«(]",
    regex.IGNORECASE,
)
# How far _NOT_CONTENT looks: its longest word ("wednesday") and the character after.
_NOT_CONTENT_LONGEST = 10
_TAIL = frozenset(" \t\n\u00a0.!?,")
# A sentence end followed by a quote that opens the next sentence; looked for
# only where one of its quotation marks stands (a fast scan for a few characters).
_QUOTE_SENTENCE = regex.compile(r"[.!?](?=\s+(?:``|[“\"«]))")
_OPENING_MARK = re.compile(r"[`“\"«]")
# A second verb of the subject ends what they said: "said ties were good *and thanked* him".
_COORDINATED = regex.compile(r"\s(?:and|but)\s+\p{Ll}+ed\b")


@attrs.frozen
class Reported:
    """Reported content at ``start``/``end``, its ``cue`` and the mention of its speaker."""

    start: int
    end: int
    cue: str
    speaker: Mention


def _reported(text: str, start: int, end: int, cue: str, speaker: Mention) -> Reported | None:
    while start < end and text[start] in " ,":
        start += 1
    quote = _QUOTE_SENTENCE.search(text, start, end) if _OPENING_MARK.search(text, start, end) else None
    if quote is not None:  # a sentence splitter that missed "… Lebanon. ``This is new,'' he said."
        end = quote.start() + 1
    while end > start and text[end - 1] in _TAIL:
        end -= 1
    if len(text[start:end].split()) < 3:
        return None
    return Reported(start, end, cue, speaker)


def _content_start(text: str, cue: Cue, window: int) -> int:
    """Where the content after a cue starts: past "that", an addressee after
    "told" ("told reporters that"), or an adverbial and "that"."""
    lead = _ADVERBIAL_THAT.match(text, cue.end, window) or (_ADDRESSEE if cue.word in _TELL else _THAT).match(
        text, cue.end, window
    )
    return lead.end() if lead else cue.end


def _in_sentence(text: str, s: Span, cues: list[Cue], actors: Sequence[Entity]) -> Reported | None:
    """The first reported speech of the sentence ``s`` introduced by one of
    ``cues`` (each a reporting cue or "according to", within ``s``)."""
    for cue in cues:
        word = cue.word
        if word.lower().startswith("according"):
            named = mentions(text, cue.end, min(s.end, cue.end + WINDOW), actors)
            if not named:
                continue
            if cue.start - s.start <= 1:  # According to X, content.
                comma = text.find(",", named[0].end, s.end)
                return _reported(text, comma + 1, s.end, "according to", named[0]) if comma > 0 else None
            return _reported(text, s.start, cue.start, "according to", named[0])
        window = min(s.end, cue.end + WINDOW)
        start = _content_start(text, cue, window)
        no_content = _NOT_CONTENT.match(text, start, min(s.end, start + _NOT_CONTENT_LONGEST)) is not None
        if no_content and not closes_sentence(text, cue.end, s.end):
            continue  # no content after the cue ("said in a statement", “…”), none before it: no subject needed
        lo = max(s.start, cue.start - WINDOW)
        if word.endswith("ing") and ends_with_comma(text, lo, cue.start):
            # Al-Sharaa thanked Putin, adding that …: the subject of the sentence.
            subject = sentence_subject(text, lo, cue.start, actors)
        else:
            end = subject_end(text, lo, cue.start)
            # Only the last mention counts, and only when nothing but spaces follows it: the
            # clause before ``end`` holds it (the mentions there are the same as in text[lo:end]).
            before = [m for m in mentions(text, clause_start(text, lo, end, actors), end, actors) if m.end <= end]
            subject = before[-1] if before and not text[before[-1].end : end].strip() else None
        if subject is None or (subject.entity is not None and subject.entity.kind not in SPEAKER_KINDS):
            continue
        if ends_with_comma(text, lo, subject.start) and closes_sentence(text, cue.end, s.end):
            return _reported(text, s.start, subject.start, word, subject)  # Content, he noted.
        if no_content:
            continue
        second = _COORDINATED.search(text, start, s.end)
        return _reported(text, start, second.start() if second else s.end, word, subject)
    return None


def find_reported(ctx: Context, actors: Sequence[Entity] = (), cues: CueIndex | None = None) -> list[Reported]:
    """Reported speech in the sentences of ``ctx`` (at most one per sentence);
    ``actors`` are the actor layer's entities, ``cues`` the article's cues.
    Only the sentences holding a reporting cue or "according to" are read."""
    text = ctx.text
    index = cues if cues is not None else CueIndex(text)
    by_sentence: dict[int, list[Cue]] = {}
    for cue in index.cues:
        if cue.word in REPORTING or cue.word.lower().startswith("according"):
            by_sentence.setdefault(ctx.sentence_index(cue.start), []).append(cue)
    found = []
    for i, sentence_cues in by_sentence.items():
        if i < 0:
            continue
        s = ctx.sentences[i]
        inside = [c for c in sentence_cues if c.end <= s.end]
        r = _in_sentence(text, s, inside, actors) if inside else None
        if r is not None:
            found.append(r)
    return found
