"""Turning a speaker mention into the speaker: the entity id and fullest name.

A mention of a person, organisation or country found by the actor layer gives
its canonical entity. A pronoun ("he said") goes to a person who has opened a
sentence since the last speaker, else to the latest named speaker, when it
fits them; otherwise to the actor layer's coreference
(:func:`tidings.actors.coref.antecedent`), as does a definite description
("the president said"). A name the actor layer missed is completed from a
fuller form earlier in the text ("Caddell" → "Pat Caddell"). An indefinite
description ("a State Department spokesperson") is the speaker's name itself.

>>> from tidings import Article
>>> from tidings.extractor import Context
>>> ctx = Context(Article("Pat Caddell spoke. Caddell said so."))
>>> resolver = Resolver(ctx)
>>> resolver.resolve(Mention(19, 26, "name"))
Speaker(id=None, name='Pat Caddell')
"""

from __future__ import annotations

import bisect
from collections.abc import Iterable
from typing import Any

import attrs
import regex

from tidings import Entity
from tidings.actors import coref
from tidings.extractor import Context
from tidings.text import index_of

from .mentions import PRONOUNS, Mention, Speakers

#: How many paragraphs back a pronoun keeps to the last named speaker.
SPEAKER_WINDOW = 2
# What may stand before a name that opens a sentence: quotation marks, titles.
_TITLES_ONLY = regex.compile(r"[\s\"“‘']*(?:\p{Lu}[\p{L}.’'-]*\s+)*")
_NON_PERSONAL = frozenset({"it", "they", "we"})
_SINGULAR = frozenset({"he", "she", "him", "her"})
_THINGS = frozenset({"it"})
# Pronouns that never stand for one person: "it", and "they" (a group, an organisation).
_NO_PERSON = frozenset({"it", "they"})
# A one-word name in the plural ("Americans", "Democrats").
_PLURAL_NAME = regex.compile(r"\p{Lu}\p{Ll}+s")
_WORD = regex.compile(r"[\p{L}\p{N}]+")


@attrs.frozen
class Speaker:
    """Who said it: ``id`` of the speaker's entity (None for a description or
    a name the actor layer did not find), and the fullest ``name``."""

    id: str | None
    name: str | None


def speaker_of(entity: Entity) -> Speaker:
    """The speaker an actor entity stands for: its canonical id and name."""
    value: Any = entity.value
    name = getattr(value, "name", None) or entity.text
    return Speaker(getattr(value, "canonical", None) or entity.id, name)


class Resolver:
    """Resolves the speaker mentions of one article.

    :meth:`learn` is given every speaker mention first; a pronoun then keeps
    to the latest named speaker within :data:`SPEAKER_WINDOW` paragraphs when
    it fits them (news keeps to one speaker: "Putin said … He added …"); see
    :meth:`resolve`. ``speakers`` are the article's people, organisations and
    places (:class:`Speakers`, found from ``ctx`` when not given).
    """

    def __init__(self, ctx: Context, speakers: Speakers | None = None) -> None:
        self.ctx = ctx
        self.text = ctx.text
        if speakers is None:
            speakers = Speakers(ctx.text, ctx.of_kind("person", "organization", "place"))
        self._speakers = speakers
        self._people = [e for e in speakers.entities if e.kind == "person"]
        self._actors = [e for e in speakers.entities if e.kind != "person"]  # organisations and places
        self._coref = coref if self._people else None
        self._fullest: dict[str, str | None] = {}  # last word -> the longest name ending with it
        self._surnames: dict[str, Entity] | None = None
        self._known: list[tuple[Mention, Speaker, Entity | None]] = []  # sorted by the mention's start
        self._para_starts = [p.start for p in ctx.paragraphs]
        self._fit: dict[tuple[str | None, str], bool] = {}
        self._resolved: dict[tuple[int, int, str, int, int], Speaker | None] = {}  # what is not a pronoun

    def learn(self, found: Iterable[Mention | None]) -> None:
        """Record the named speakers among ``found`` (pronouns are skipped)."""
        for mention in found:
            if mention is not None and mention.kind != "pronoun":
                speaker = self.resolve(mention)
                if speaker is not None:
                    self._known.append((mention, speaker, self._entity(mention)))
        self._known.sort(key=lambda k: k[0].start)

    def resolve(self, mention: Mention | None, before: int | None = None) -> Speaker | None:
        """The speaker a mention stands for (None when it cannot be told).

        A pronoun or description looks for its antecedent before ``before``
        (the quotation's start, so that names inside the quotation are not
        taken), or before the mention itself.
        """
        if mention is None:
            return None
        offset = mention.start if before is None else min(before, mention.start)
        if mention.kind == "pronoun":  # depends on the speakers learnt so far
            return self._pronoun(offset, self.text[mention.start : mention.end])
        key = (mention.start, mention.end, mention.kind, id(mention.entity), offset)
        if key not in self._resolved:
            self._resolved[key] = self._named(mention, offset)
        return self._resolved[key]

    def _named(self, mention: Mention, offset: int) -> Speaker | None:
        """The speaker a mention other than a pronoun stands for (see :meth:`resolve`)."""
        words = self.text[mention.start : mention.end]
        entity = self._entity(mention)
        if entity is not None:
            return speaker_of(entity)
        if mention.kind == "description" and words.lower().startswith("the "):
            return self._antecedent(offset, words) or Speaker(None, words)
        if mention.kind == "name":
            return Speaker(None, self._fuller(words))
        return Speaker(None, words)

    def latest(self, offset: int) -> tuple[Speaker, Mention] | None:
        """The latest named speaker before ``offset`` in the same paragraph, and
        the mention that names them."""
        i = bisect.bisect_left(self._known, offset, key=lambda k: k[0].start) - 1
        if i < 0 or index_of(self._para_starts, self._known[i][0].start) != index_of(self._para_starts, offset):
            return None
        mention, speaker, _ = self._known[i]
        return speaker, mention

    def _entity(self, mention: Mention) -> Entity | None:
        """The actor entity a mention names: "Trump said" is the person, though
        the actor layer may also know "Trump" as the Trump Foundation."""
        if mention.entity is None or mention.entity.kind == "person":
            return mention.entity
        return self._person_called(self.text[mention.start : mention.end]) or mention.entity

    def _pronoun(self, offset: int, words: str) -> Speaker | None:
        """"He said": the latest speaker if the pronoun fits them; but a person
        who has since opened a sentence ("Trump has also commented on Crutcher’s
        death. … he said") comes first, and a person named earlier in the same
        sentence sends the pronoun to the actor layer's antecedent."""
        i = bisect.bisect_left(self._known, offset, key=lambda k: k[0].start) - 1
        recent = None
        if i >= 0 and index_of(self._para_starts, offset) - index_of(self._para_starts, self._known[i][0].start) <= SPEAKER_WINDOW:
            recent = self._known[i]
        window = self._para_starts[max(0, index_of(self._para_starts, offset) - SPEAKER_WINDOW)] if self._para_starts else 0
        subject = self._subject_between(recent[0].end if recent else window, offset)
        if subject is not None and self._fits(subject, words):
            return speaker_of(subject)
        sentence = self.ctx.sentence_at(offset)
        if recent is None or (sentence is not None and self._speakers.has_person(sentence.start, offset)):
            found = self._antecedent(offset, words)
            if found is not None or recent is None:
                return found
        _, speaker, entity = recent
        if entity is None and words.lower() in _SINGULAR and _PLURAL_NAME.fullmatch(speaker.name or ""):
            return self._antecedent(offset, words)  # "he" is not "Americans"
        if entity is not None and not self._fits(entity, words):
            return self._antecedent(offset, words)
        return speaker

    def _fits(self, entity: Entity, words: str) -> bool:
        """Whether a pronoun can stand for ``entity``: "it" or "they" for an
        organisation or a country, and for a person whatever the actor layer's
        coreference allows (the person itself, when it is asked just after
        them). Asked once per speaker and pronoun."""
        if entity.kind != "person":
            return words.lower() in _NON_PERSONAL
        if words.lower() in _NO_PERSON:
            return False
        if self._coref is None:
            return True
        key = (speaker_of(entity).id, words.lower())
        if key not in self._fit:
            found = self._coref.antecedent(self.ctx, entity.span.end, description=words)
            self._fit[key] = found is not None and speaker_of(found).id == key[0]
        return self._fit[key]

    def _subject_between(self, start: int, end: int) -> Entity | None:
        """The last person that opens a sentence within ``text[start:end]``
        (titles before the name allowed: "Secretary General Ban Ki-moon")."""
        i = bisect.bisect_left(self._people, start, key=lambda e: e.span.start)
        found = None
        for k in range(i, len(self._people)):  # not islice: it would step over the first ones
            person = self._people[k]
            if person.span.end > end:
                break
            k = self.ctx.sentence_index(person.span.start)
            if k >= 0 and _TITLES_ONLY.fullmatch(self.text, self.ctx.sentences[k].start, person.span.start):
                found = person
        return found

    def _organisation_opening(self, offset: int) -> Entity | None:
        """The last organisation or country before ``offset`` that opens its
        sentence, in the sentence of ``offset`` or the one before."""
        first = max(0, self.ctx.sentence_index(offset) - 1)
        lo = self.ctx.sentences[first].start if self.ctx.sentences else 0
        i = bisect.bisect_left(self._actors, offset, key=lambda e: e.span.start) - 1
        while i >= 0 and self._actors[i].span.start >= lo:
            actor = self._actors[i]
            k = self.ctx.sentence_index(actor.span.start)
            if actor.kind != "person" and _TITLES_ONLY.fullmatch(self.text, self.ctx.sentences[k].start, actor.span.start):
                return actor
            i -= 1
        return None

    def _person_called(self, words: str) -> Entity | None:
        """The person of the article whose name ends with ``words`` ("Trump")."""
        if self._surnames is None:
            self._surnames = {}
            for person in self._people:
                name = _WORD.findall(getattr(person.value, "name", "") or person.text)
                if name:
                    self._surnames.setdefault(name[-1], person)
        tokens = _WORD.findall(words)
        return self._surnames.get(tokens[-1]) if len(tokens) == 1 else None

    def _antecedent(self, offset: int, words: str) -> Speaker | None:
        """The person a pronoun or "the president" before ``offset`` refers to;
        "it" is never a person, but the organisation or country opening this
        sentence or the one before ("The Security Council condemned the test
        … what it called “…”"); "they" is no one person either, and is left
        to a speaker it fits (an organisation) or to nobody."""
        if words.lower() in _THINGS:
            opening = self._organisation_opening(offset)
            return speaker_of(opening) if opening is not None else None
        if words.lower() in _NO_PERSON:
            return None
        if self._coref is not None:
            entity = self._coref.antecedent(self.ctx, offset, description=words)
            return speaker_of(entity) if entity is not None else None
        role = words.split()[-1].lower()
        if role in PRONOUNS:
            return None
        for person in reversed(self._people):
            title = getattr(person.value, "title", None) or ""
            if person.span.end <= offset and role in title.lower():
                return speaker_of(person)
        return None

    def _fuller(self, name: str) -> str:
        """The longest name in the article that ends like ``name`` (the first
        of the longest) when it has more words, looked for once per last word
        among the names of two words or more that hold that word."""
        words = _WORD.findall(name)
        if not words:
            return name
        last = words[-1]
        if last not in self._fullest:
            best, most = None, 0
            for start, end in self._speakers.longer_names_with(last):
                found = _WORD.findall(self.text, start, end)
                if found[-1] == last and (best is None or most < len(found)):
                    best, most = self.text[start:end], len(found)
            self._fullest[last] = best
        fuller = self._fullest[last]
        return fuller if fuller is not None and len(_WORD.findall(fuller)) > len(words) else name
