"""Turning a speaker mention into the speaker: the entity id and fullest name.

A mention of a person or organisation found by the actor layer gives its
canonical entity. A pronoun ("he said") or a definite description ("the
president said") goes to the actor layer's coreference
(:func:`tidings.actors.coref.antecedent`) when it is installed; otherwise to
the last speaker of the article, or the last person before it. A name the
actor layer missed is completed from a fuller form earlier in the text
("Caddell" → "Pat Caddell"). An indefinite description ("a State Department
spokesperson") is the speaker's name itself.

>>> from tidings import Article
>>> from tidings.extractor import Context
>>> ctx = Context(Article("Pat Caddell spoke. Caddell said so."))
>>> resolver = Resolver(ctx)
>>> resolver.resolve(Mention(19, 26, "name"))
Speaker(id=None, name='Pat Caddell')
"""

from __future__ import annotations

import importlib
from types import ModuleType
from typing import Any

import attrs
import regex

from tidings import Entity
from tidings.extractor import Context

from .mentions import PRONOUNS, Mention, names

_WORD = regex.compile(r"[\p{L}\p{N}]+")


@attrs.frozen
class Speaker:
    """Who said it: ``id`` of the speaker's entity (None for a description or
    a name the actor layer did not find), and the fullest ``name``."""

    id: str | None
    name: str | None


def _coref() -> ModuleType | None:
    try:
        return importlib.import_module("tidings.actors.coref")
    except ImportError:
        return None


def speaker_of(entity: Entity) -> Speaker:
    """The speaker an actor entity stands for: its canonical id and name."""
    value: Any = entity.value
    name = getattr(value, "name", None) or entity.text
    return Speaker(getattr(value, "canonical", None) or entity.id, name)


class Resolver:
    """Resolves the speaker mentions of one article, remembering the last speaker."""

    def __init__(self, ctx: Context):
        self.ctx = ctx
        self.text = ctx.text
        self.last: Speaker | None = None
        self._people = ctx.of_kind("person")
        self._coref = _coref() if self._people else None
        self._fullest: dict[str, str] | None = None

    def resolve(self, mention: Mention | None, before: int | None = None) -> Speaker | None:
        """The speaker a mention stands for (None when it cannot be told).

        A pronoun or description looks for its antecedent before ``before``
        (the quotation's start, so that names inside the quotation are not
        taken), or before the mention itself.
        """
        if mention is None:
            return None
        words = self.text[mention.start : mention.end]
        offset = mention.start if before is None else min(before, mention.start)
        if mention.kind == "entity" and mention.entity is not None:
            found: Speaker | None = speaker_of(mention.entity)
        elif mention.kind == "pronoun":
            found = self._antecedent(offset, words) or self.last
        elif mention.kind == "description" and words.lower().startswith("the "):
            found = self._antecedent(offset, words) or Speaker(None, words)
        elif mention.kind == "name":
            found = Speaker(None, self._fuller(words))
        else:
            found = Speaker(None, words)
        if found is not None and mention.kind != "pronoun":
            self.last = found
        return found

    def _antecedent(self, offset: int, words: str) -> Speaker | None:
        """The person a pronoun or "the president" before ``offset`` refers to."""
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
        """The longest name in the article that ends like ``name``."""
        if self._fullest is None:
            self._fullest = {}
            for start, end in names(self.text):
                words = _WORD.findall(self.text, start, end)
                known = self._fullest.get(words[-1])
                if known is None or len(_WORD.findall(known)) < len(words):
                    self._fullest[words[-1]] = self.text[start:end]
        words = _WORD.findall(name)
        fuller = self._fullest.get(words[-1]) if words else None
        return fuller if fuller is not None and len(_WORD.findall(fuller)) > len(words) else name
