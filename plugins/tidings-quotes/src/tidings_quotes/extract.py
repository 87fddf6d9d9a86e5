"""The ``quotes`` extractor: quotations with their speakers, and reported speech.

>>> import tidings
>>> from tidings import Entity, Person, Span
>>> @tidings.extractor(name="people", produces={"person"})
... def people(ctx):
...     i = ctx.text.index("Vladimir Putin")
...     yield Entity(kind="person", span=Span(i, i + 14), text="Vladimir Putin", value=Person(name="Vladimir Putin"))
>>> text = "Vladimir Putin met him. “Relations continue to progress,” he said. “We agree.”"
>>> result = tidings.Pipeline([people, quotes])(text)
>>> [(q.text, q.value.speaker_name, q.value.cue) for q in result.of_kind("quote")]
[('Relations continue to progress', 'Vladimir Putin', 'said'), ('We agree.', 'Vladimir Putin', None)]
"""

from __future__ import annotations

from collections.abc import Iterator

import attrs
import regex

import tidings
from tidings import Entity, Quote, Span
from tidings.extractor import Context
from tidings.text import index_of

from .attribution import WINDOW, Attribution, after, before
from .classify import reason
from .cues import CueIndex
from .marks import Quotation, quotations
from .mentions import Mention, Speakers
from .phrases import sentence_subject
from .reported import find_reported
from .speakers import Resolver, Speaker


# After a quote's words: its closing mark, a comma that may stand outside it, the next word.
_COMMA = regex.compile(r"[”\"’'»]*,?\s+")


@attrs.define
class _Found:
    """A quotation that is somebody's words, its paragraph's index, its
    attribution, and (once resolved) its speaker and the mention the speaker
    was taken from (its own attribution's, or the one it inherits)."""

    quotation: Quotation
    paragraph: int
    attribution: Attribution | None
    subject: Mention | None = None  # of the sentence around a quote whose cue names nobody
    prior: Mention | None = None  # the person opening the sentence before, in the same paragraph
    speaker: Speaker | None = None
    source: Mention | None = None


def _attribute(
    ctx: Context, q: Quotation, lo: int, earlier: int, actors: Speakers, cues: CueIndex
) -> Attribution | None:
    """The attribution of ``q`` from its context (see :mod:`.attribution`);
    ``lo`` bounds the text before it (the end of the previous quote, which
    opens at ``earlier``)."""
    text = ctx.text
    open_at = q.start - len(q.opening)
    found = None
    if q.closing is not None:
        pos = q.end + len(q.closing)
        i = ctx.sentence_index(pos)
        if i < 0 or ctx.sentences[i].end <= pos:
            i += 1  # the closing mark ends a sentence: look at the next one
        limit = ctx.sentences[i].end if i < len(ctx.sentences) else len(text)
        found = after(text, pos, limit, actors, cues)
    if found is None:
        sentence = ctx.sentence_at(open_at)
        opening = sentence.start if sentence is not None else open_at
        # An earlier quote inside the sentence ("during a “Forum” sponsored by NBC News and
        # said"): the sentence's subject is still read from its start, unless that quote
        # opens it (“…,” he said, adding that “…”: the subject follows it).
        start = max(lo, opening)
        found = before(text, start, open_at, actors, cues, opening if text[opening:earlier].strip() else start)
    return found


def _same_sentence(ctx: Context, earlier: Quotation, offset: int) -> bool:
    """Whether the quotation ``earlier`` ends in the sentence holding ``offset``."""
    sentence = ctx.sentence_at(offset)
    return sentence is not None and earlier.end > sentence.start


def _colon_before(ctx: Context, paragraph: int, actors: Speakers, cues: CueIndex) -> Attribution | None:
    """A paragraph ending in a colon ("Caddell continued:") that introduces the next."""
    if paragraph == 0:
        return None
    prev = ctx.paragraphs[paragraph - 1]
    if not ctx.text[prev.start : prev.end].rstrip().endswith(":"):
        return None
    sentence = ctx.sentence_at(prev.end - 1)
    return before(ctx.text, sentence.start if sentence is not None else prev.start, prev.end, actors, cues)


def _subject(ctx: Context, q: Quotation, attribution: Attribution | None, actors: Speakers) -> Mention | None:
    """The subject of the sentence a quote with no cue (or a cue that names
    nobody) stands in ("Reid has been pounding Trump as a “con artist”"), when
    the quote does not open it; after a participle clause that opens the
    sentence and ends with the quote, the subject of the main clause that
    follows ("After saying her foot was “so swollen …,” *she* was taken")."""
    open_at = q.start - len(q.opening)
    sentence = ctx.sentence_at(open_at)
    lo = max(sentence.start, open_at - WINDOW) if sentence is not None else open_at
    if not ctx.text[lo:open_at].strip():
        return None
    found = sentence_subject(ctx.text, lo, open_at, actors)
    if found is None and attribution is not None and attribution.cue.endswith("ing") and sentence is not None:
        comma = _COMMA.match(ctx.text, q.end)
        if comma is not None and (ctx.text.startswith(",", q.end - 1) or "," in comma.group()):
            main = sentence_subject(ctx.text, comma.end(), min(sentence.end, comma.end() + WINDOW), actors)
            return main if main is not None and main.start == comma.end() else None
    return found


def _prior(ctx: Context, open_at: int, paragraph: int, actors: Speakers) -> Mention | None:
    """The person who is the subject of the sentence just before a quote that
    opens a sentence of its own, in the same paragraph ("Sanders said young
    voters are tired of it. “They are sick of racism.”")."""
    i = ctx.sentence_index(open_at)
    if i <= 0 or ctx.sentences[i].start != open_at or ctx.sentences[i - 1].start < ctx.paragraphs[paragraph].start:
        return None
    sentence = ctx.sentences[i - 1]
    lo = max(sentence.start, sentence.end - WINDOW)
    if not actors.has_person(lo, sentence.end):
        return None  # the subject found there would be no person
    found = sentence_subject(ctx.text, lo, sentence.end, actors)
    if found is None or found.entity is None or found.entity.kind != "person":
        return None
    return found


def _attributed(ctx: Context, actors: Speakers, cues: CueIndex) -> Iterator[_Found]:
    """The quotations of the article that are somebody's words, with their attributions."""
    text = ctx.text
    para_starts = [p.start for p in ctx.paragraphs]
    last_close = {0: 0}  # depth -> end of the last quote kept at that depth
    last_open = {0: 0}  # depth -> where that quote opens
    previous: _Found | None = None
    for q in quotations(text, ctx.paragraphs):
        open_at = q.start - len(q.opening)
        paragraph = index_of(para_starts, open_at)
        lo = max(last_close.get(q.depth, 0), ctx.paragraphs[paragraph].start)
        attribution = _attribute(ctx, q, lo, last_open.get(q.depth, 0), actors, cues)
        if attribution is None and open_at == ctx.paragraphs[paragraph].start:
            attribution = _colon_before(ctx, paragraph, actors, cues)
        if attribution is None and q.depth == 0 and previous is not None and _same_sentence(ctx, previous.quotation, open_at):
            # Trump called him a “liar” who is “amoral”: the cue before the first serves both
            # (not a quote inside another: “It feels like, ‘Meh,’” he said is his words only).
            attribution = previous.attribution
        if q.depth > 0 and (attribution is None or attribution.place != "after"):
            continue
        if reason(text, q, attribution=attribution.place if attribution else None) is not None:
            continue
        subject = _subject(ctx, q, attribution, actors) if attribution is None or attribution.speaker is None else None
        prior = _prior(ctx, open_at, paragraph, actors) if attribution is None and subject is None else None
        found = _Found(q, paragraph, attribution, subject, prior)
        last_close[q.depth] = q.end + len(q.closing or "")  # a title in between does not count
        last_open[q.depth] = open_at
        if q.depth == 0:
            previous = found
        yield found


def _speak(found: list[_Found], resolver: Resolver) -> None:
    """Give each quotation its speaker: its own attribution's, else its run-on
    paragraphs', else that of the quotation before it in the same paragraph
    (“A,” he said. “B.”), else the last speaker named in its paragraph
    ("…, Schiff said. “B.”"), else the person opening the sentence before it in
    its paragraph, else that of the quotation in the paragraph before.
    The source mention goes with the speaker wherever it is taken from."""
    chains: dict[int, list[_Found]] = {}
    previous: _Found | None = None
    for f in found:
        q, attribution = f.quotation, f.attribution
        if attribution is not None and attribution.speaker is not None:
            f.speaker = resolver.resolve(attribution.speaker, q.start - len(q.opening))
            f.source = attribution.speaker
        if q.chain is not None:
            chain = chains.setdefault(q.chain, [])
            chain.append(f)
            known = next((c for c in chain if c.speaker is not None), None) or next(
                (c for c in chain if c.source is not None), None
            )
            for c in chain:
                if known is not None and c.speaker is None:
                    c.speaker, c.source = known.speaker, known.source
        if f.source is None and f.subject is not None:
            f.speaker, f.source = resolver.resolve(f.subject, q.start - len(q.opening)), f.subject
        if f.source is None:
            if previous is not None and previous.paragraph == f.paragraph:
                f.speaker, f.source = previous.speaker, previous.source
            elif (latest := resolver.latest(q.start)) is not None:
                f.speaker, f.source = latest
            elif f.prior is not None:
                f.speaker, f.source = resolver.resolve(f.prior), f.prior
            elif previous is not None and previous.paragraph == f.paragraph - 1:
                f.speaker, f.source = previous.speaker, previous.source
        if q.depth == 0:
            previous = f


@tidings.extractor(name="quotes", needs={"person"}, produces={"quote", "reported_speech"})
def quotes(ctx: Context) -> Iterator[Entity]:
    """Quotations with their speakers, and reported speech."""
    text = ctx.text
    actors = Speakers(text, ctx.of_kind("person", "organization", "place"))
    cues = CueIndex(text)
    found = list(_attributed(ctx, actors, cues))
    reported = find_reported(ctx, actors, cues)
    resolver = Resolver(ctx, actors)
    resolver.learn([f.attribution.speaker for f in found if f.attribution is not None])
    resolver.learn([r.speaker for r in reported])
    _speak(found, resolver)
    for f in found:
        start, end = _trimmed(text, f.quotation)
        yield _entity(text, "quote", start, end, f.speaker, f.source, f.attribution.cue if f.attribution else None)
    for r in reported:
        yield _entity(text, "reported_speech", r.start, r.end, resolver.resolve(r.speaker), r.speaker, r.cue)


def _trimmed(text: str, q: Quotation) -> tuple[int, int]:
    """The quoted words without the spaces French typography puts inside
    guillemets (« nous sommes d’accord »), and without a comma closing them
    (“continue to progress,” Putin said): that comma belongs to the attribution
    sentence, while a closing . ! ? stays with the words.

    >>> text = "“We agree ,” he said. « Oui. »"
    >>> [text[slice(*_trimmed(text, q))] for q in quotations(text)]
    ['We agree', 'Oui.']
    """
    start, end = q.start, q.end
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    if end > start and text[end - 1] == ",":
        end -= 1
        while end > start and text[end - 1].isspace():
            end -= 1
    return start, end


def _entity(
    text: str, kind: str, start: int, end: int, speaker: Speaker | None, source: Mention | None, cue: str | None
) -> Entity:
    value = Quote(
        speaker=speaker.id if speaker else None,
        speaker_name=speaker.name if speaker else None,
        cue=cue,
        source_start=source.start if source else None,
        source_end=source.end if source else None,
    )
    return Entity(kind=kind, span=Span(start, end), text=text[start:end], value=value, extractor="quotes")
