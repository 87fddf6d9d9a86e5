"""Reported (indirect) speech: what somebody said, in the reporter's words.

Three shapes, one sentence at a time:

- *Putin said (that) diplomatic ties … have always been friendly* – a subject, a
  cue, the content to the end of the sentence;
- *Businesses are ready to work jointly …, he noted.* – the content first;
- *Moscow and Damascus plan to work together …, according to Putin.* and
  *According to Putin, …* .

A sentence whose content opens with a quotation mark is a direct quote, left
to :mod:`.extract`.

>>> from tidings import Article
>>> ctx = Context(Article("Putin said that trade has grown by 4%. Ties are good, he noted."))
>>> [(e.text, e.value.cue) for e in reported_speech(ctx)]
[('trade has grown by 4%', 'said'), ('Ties are good', 'noted')]
"""

from __future__ import annotations

from collections.abc import Iterator

import regex

from tidings import Entity, Quote, Span
from tidings.extractor import Context

from .attribution import subject_end
from .cues import CUE
from .mentions import Mention, mentions
from .speakers import Resolver

# Cues that introduce reported content ("called", "asked" and the like do not).
_REPORTING = frozenset(
    """said says added adds noted notes told tells warned warns claimed claims argued argues
    insisted insists explained explains stressed stresses announced announces acknowledged
    acknowledges admitted admits suggested suggests predicted predicts confirmed confirms
    asserted asserts maintained maintains contended contends alleged alleges stated wrote writes
    reported reports declared declares recalled recalls conceded concedes emphasized emphasised
    emphasizes emphasises agreed agrees vowed vows promised promises complained complains
    testified testifies""".split()
)
# What may sit between a cue and its content: "that", an addressee ("told reporters").
_LEAD = regex.compile(r"\s*(?:(?:reporters|journalists|the\s+\p{L}+|him|her|them|us|me|\p{Lu}\p{L}+)\s+)?(?:that\s+)?")
# Content must not start with these: "said in a statement", "said on Monday".
_NOT_CONTENT = regex.compile(
    r"(?:in|on|at|during|after|before|when|while|to|about|of|from|last|this|as|and|but|with|earlier|later|"
    r"today|yesterday|monday|tuesday|wednesday|thursday|friday|saturday|sunday|so|it)\b|[,.;:“\"‘'«(]",
    regex.IGNORECASE,
)
_TAIL = regex.compile(r"[\s.!?”\"’']+\Z")


def _trim(text: str, start: int, end: int) -> tuple[int, int]:
    while start < end and text[start] in " ,":
        start += 1
    tail = _TAIL.search(text, start, end)
    if tail is not None:
        end = tail.start()
    while end > start and text[end - 1] in " ,":
        end -= 1
    return start, end


def _entity(text: str, start: int, end: int, speaker: tuple[str | None, str | None], cue: str) -> Entity | None:
    start, end = _trim(text, start, end)
    if len(text[start:end].split()) < 3:
        return None
    return Entity(
        kind="reported_speech",
        span=Span(start, end),
        text=text[start:end],
        value=Quote(speaker=speaker[0], speaker_name=speaker[1], cue=cue),
        extractor="quotes",
    )


def _in_sentence(ctx: Context, resolver: Resolver, actors: list[Entity], s: Span) -> Entity | None:
    text = ctx.text

    def who(mention: Mention | None) -> tuple[str | None, str | None]:
        found = resolver.resolve(mention)
        return (found.id, found.name) if found is not None else (None, None)

    for cue in CUE.finditer(text, s.start, s.end):
        word = cue.group()
        if word.startswith("according"):
            named = mentions(text, cue.end(), s.end, actors)
            if not named:
                continue
            if cue.start() - s.start <= 1:  # According to X, content.
                comma = text.find(",", named[0].end, s.end)
                return _entity(text, comma + 1, s.end, who(named[0]), "according to") if comma > 0 else None
            return _entity(text, s.start, cue.start(), who(named[0]), "according to")
        if word not in _REPORTING:
            continue
        end = subject_end(text, s.start, cue.start())
        before = [m for m in mentions(text, s.start, end, actors) if m.end <= end]
        subject = before[-1] if before and len(text[before[-1].end : end].split()) == 0 else None
        if subject is None:
            continue
        if text[s.start : subject.start].rstrip().endswith(","):  # Content, he noted.
            return _entity(text, s.start, subject.start, who(subject), word)
        lead = _LEAD.match(text, cue.end(), s.end)
        start = lead.end() if lead else cue.end()
        if _NOT_CONTENT.match(text, start):
            continue
        return _entity(text, start, s.end, who(subject), word)
    return None


def reported_speech(ctx: Context) -> Iterator[Entity]:
    """Reported speech in every sentence of ``ctx`` (at most one per sentence)."""
    actors = ctx.of_kind("person", "organization", "place")
    resolver = Resolver(ctx)
    for s in ctx.sentences:
        found = _in_sentence(ctx, resolver, actors, s)
        if found is not None:
            yield found
