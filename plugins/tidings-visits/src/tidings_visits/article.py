"""One article as the visits extractor reads it: entities indexed by sentence,
clauses, the dateline, and where a travel word points.

Every lookup is a binary search in a sentence's sorted entities and every
clause is at most :data:`CLAUSE_REACH` characters either side of its travel
word, so reading an article takes time linear in its length even when it has
no sentence breaks at all. Only the sentences the extractor reads are indexed
(their entities, officials and clause ends), each when first asked about.
"""

from __future__ import annotations

import bisect
import functools
from collections import Counter
from collections.abc import Iterator, Sequence
from typing import Generic, Protocol, TypeVar

import regex

from tidings import Context, Entity, Place, Span
from tidings.actors.gazetteer import capital, demonym_country

from .dateline import dateline_place
from .lexicon import FRONTED, OFFICIAL_TITLE, ORIGIN
from .participants import Actor, Mention, Officials
from .scan import Scan
from .when import dating

_F = regex.IGNORECASE | regex.VERSION1

#: Where a clause ends inside a sentence: relative and reported clauses, contrasts, dashes.
_CLAUSE_END = regex.compile(
    r";|,\s(?:which|who|whose|where|while|although|whereas)\b|\s(?:[-–—_]{1,2}\s|but\s|that\s)", _F
)
#: The longest clause end: ", although".
_LONGEST_CLAUSE_END = 10
#: What no clause end holds: see :class:`~tidings_visits.scan.Scan`.
_CLAUSE_END_BARRIER = regex.compile(r"[^\p{L}\s;,_\-–—]", _F)
_SCHEDULED = regex.compile(
    r"\s*that\s+(?:was|is|had\s+been|has\s+been|were|are)\s+(?:due|scheduled|planned|set|expected|slated)\b"
    r"|,\s+where\s+(?:he|she|they|it)\s+(?:(?:was|is|were|are)\s+(?:due|scheduled|expected|set|slated)\b|will\b)",
    _F,
)
_WHERE = regex.compile(r",\s+where\b", _F)
_FRONTED_AT = regex.compile(r"(?:In|At)\s+(?:the\s+)?", regex.VERSION1)
_RELATIVE = regex.compile(r",\s(?:which|who|whose|where)\b", _F)
_THAT = regex.compile(r"\bthat\s\Z", _F)
#: A place list goes on across these: "Syria, Jordan, Egypt and other …", "Dar es Salaam, Tanzania".
_LIST_GLUE = regex.compile(r"\s*(?:,\s*(?:and\s+|or\s+|then\s+)?|\s+(?:and|or|then)\s+)(?:the\s+)?", _F)
_CAPITAL_PHRASE = regex.compile(r"\bthe\s+(\p{Lu}\p{L}+)\s+capital\b", regex.VERSION1)
#: A possessive after a name: "Al-Sharaa's visit", "Syria's reconstruction".
POSSESSIVE = regex.compile(r"\s*['’]s?\b")
#: A place between an indefinite article and a title names someone's country, not
#: where they go: "the first trip by a U.S. secretary of state to China".
_A = regex.compile(r"\b(?:a|an)\s+\Z", _F)
_TITLED = regex.compile(r"\s+(?:officials?\b|" + OFFICIAL_TITLE.pattern + ")", _F)
#: "in" or "at" before a place, across an unknown town: "in Kennebunkport, Maine".
_LOCATIVE = regex.compile(r"\b(?:in|at)\s+(?:the\s+)?(?:\p{Lu}\p{L}+,?\s+){0,2}\Z", regex.VERSION1)
#: A verb of saying between a travel word and a place starts a new statement.
SAYING = regex.compile(r"\b(?:said|says|told|tells|added|asked|announced|stated|declared)\b", _F)
#: A date that bounds a period, not the time of a trip: "the first visit since 2018".
_SINCE = regex.compile(r"\b(?:since|until|till)\s+\Z", _F)
_QUOTE_MARKS = regex.compile(r"[\"“”«»]|``|''")

# Every search below passes an end position: the regex module looks for a
# pattern's literal text ("by" in r"\s+by") up to the end position before it
# matches, so a search bounded only at the start would scan the rest of the text.

#: How far after a travel word its destination may start.
REACH = 75
#: How far after a word of presence its place may start ("in India", "in the Russian capital").
_ADJACENT = 6
#: How far after a travel word the organisation visited may start ("visit Russian gas giant Gazprom").
_INSTITUTION_REACH = 25
#: The longest stretch either side of a travel word that counts as its clause.
CLAUSE_REACH = 300


class _Spanned(Protocol):
    @property
    def span(self) -> Span: ...


T = TypeVar("T", bound=_Spanned)


class Run(Generic[T]):
    """Things with spans in text order, searched by offset."""

    def __init__(self, items: Sequence[T]):
        self.items = list(items)
        self.starts = [x.span.start for x in self.items]

    def within(self, span: Span) -> list[T]:
        """The items inside ``span``."""
        lo, hi = bisect.bisect_left(self.starts, span.start), bisect.bisect_left(self.starts, span.end)
        return [x for x in self.items[lo:hi] if x.span.end <= span.end]

    def from_(self, at: int) -> Iterator[T]:
        """The items starting at or after ``at``, in order."""
        for i in range(bisect.bisect_left(self.starts, at), len(self.items)):
            yield self.items[i]

    def last_before(self, at: int, floor: int) -> T | None:
        """The last item ending by ``at`` and starting at or after ``floor``."""
        i = bisect.bisect_left(self.starts, at) - 1
        while i >= 0 and self.items[i].span.end > at and at - self.items[i].span.start < CLAUSE_REACH:
            i -= 1
        return self.items[i] if i >= 0 and floor <= self.items[i].span.start and self.items[i].span.end <= at else None


class BySentence(Generic[T]):
    """Things with spans, as a :class:`Run` for each sentence they start in (from its
    start to the next sentence's), each made when first asked for."""

    def __init__(self, ctx: Context, items: Sequence[T]):
        self.ctx = ctx
        self.items = list(items)
        self.starts = [x.span.start for x in self.items]
        if self.starts != sorted(self.starts):
            self.items.sort(key=lambda x: x.span.start)
            self.starts.sort()
        self._runs: dict[int, Run[T]] = {}

    def run(self, span: Span) -> Run[T]:
        """The things of the sentence that ``span`` starts in."""
        i = self.ctx.sentence_index(span.start)
        if i not in self._runs:
            sentences = self.ctx.sentences
            start = sentences[i].start if i >= 0 else -1
            end = sentences[i + 1].start if i + 1 < len(sentences) else len(self.ctx.text) + 1
            lo, hi = bisect.bisect_left(self.starts, start), bisect.bisect_left(self.starts, end)
            self._runs[i] = Run(self.items[lo:hi])
        return self._runs[i]


class ArticleIndex:
    """What the extractor knows about one article while it reads it."""

    def __init__(self, ctx: Context):
        self.ctx = ctx
        self.text = ctx.text
        self.published = ctx.article.published_date
        self._mentions: dict[int, Run[Mention]] = {}
        self._clause_end_scan = Scan(self.text, _CLAUSE_END, _CLAUSE_END_BARRIER)
        self._clause_ends: dict[Span, list[tuple[int, int, bool]]] = {}

    @functools.cached_property
    def _dateline(self) -> tuple[Span, Place, Entity | None] | None:
        return dateline_place(self.text, self.ctx.of_kind("place"))

    @property
    def dateline(self) -> Place | None:
        """The place the story is filed from, if it has a dateline."""
        return self._dateline[1] if self._dateline else None

    @property
    def dateline_entity(self) -> Entity | None:
        """The place entity of the dateline, if the actor layer found one."""
        return self._dateline[2] if self._dateline else None

    @functools.cached_property
    def officials(self) -> Officials:
        """The officials of the article (of the dateline's country when no other is stated)."""
        return Officials(self.ctx, self.dateline.country if self.dateline else None)

    @functools.cached_property
    def _places(self) -> BySentence[Entity]:
        return BySentence(self.ctx, self.ctx.of_kind("place"))

    @functools.cached_property
    def _dates(self) -> BySentence[Entity]:
        return BySentence(self.ctx, [d for d in self.ctx.of_kind("date") if dating(d) is not None])

    @functools.cached_property
    def _organizations(self) -> BySentence[Entity]:
        return BySentence(self.ctx, self.ctx.of_kind("organization"))

    @functools.cached_property
    def _quote_marks(self) -> list[int]:
        return [m.start() for m in _QUOTE_MARKS.finditer(self.text)]

    @functools.cached_property
    def _country_counts(self) -> Counter[str]:
        counts = Counter(getattr(p.value, "country", None) for p in self.ctx.of_kind("place"))
        counts.pop(None, None)
        return counts

    def mentions_in(self, sentence: Span) -> Run[Mention]:
        """The officials named or pointed to in ``sentence``."""
        i = self.ctx.sentence_index(sentence.start)
        if i not in self._mentions:
            self._mentions[i] = Run(self.officials.in_sentence(i)) if i >= 0 else Run([])
        return self._mentions[i]

    def organizations_in(self, span: Span) -> list[Entity]:
        return self._organizations.run(span).within(span)

    def clause(self, sentence: Span, at: int) -> Span:
        """The clause of ``sentence`` around offset ``at`` (at most :data:`CLAUSE_REACH` each side).
        A relative clause set off by commas and closed before ``at`` is not part of it
        ("Sunak, who spent a holiday in California, is due to host Kishida")."""
        start, end = max(sentence.start, at - CLAUSE_REACH), min(sentence.end, at + CLAUSE_REACH)
        ends = self._clause_ends_of(sentence)
        i = bisect.bisect_left(ends, (at,))
        if i > 0 and ends[i - 1][1] <= at:
            _, after, relative = ends[i - 1]
            start = max(start, after)
            comma = self.text.rfind(",", start, at) if relative and after >= sentence.start else -1
            start = max(start, comma + 1)
        if i < len(ends):
            end = min(end, max(ends[i][0], at))
        return Span(start, max(start, end))

    def _clause_ends_of(self, sentence: Span) -> list[tuple[int, int, bool]]:
        """The clause ends that can bound a clause of ``sentence``: (start, end, relative).
        One before a clause counts only if it ends in the sentence, so it starts at most
        its longest before the sentence does; one after, only if it starts in it."""
        if sentence not in self._clause_ends:
            self._clause_ends[sentence] = [
                (m.start(), m.end(), _RELATIVE.match(m.group()) is not None)
                for m in self._clause_end_scan.starting_in(sentence.start - _LONGEST_CLAUSE_END, sentence.end)
            ]
        return self._clause_ends[sentence]

    def reported(self, clause: Span) -> bool:
        """Whether ``clause`` is what someone said or thought ("Castro said that …"):
        its subject is inside it, never the speaker."""
        return _THAT.search(self.text, max(0, clause.start - 6), clause.start) is not None

    def fronted(self, sentence: Span, at: int) -> bool:
        """Whether offset ``at`` lies in a subordinate clause that opens the sentence
        ("After touring Dar es Salaam Thursday, the FBI chief said …"), before its comma."""
        comma = self.text.find(",", sentence.start, min(sentence.end, sentence.start + CLAUSE_REACH))
        return at < comma and FRONTED.match(self.text, sentence.start, comma) is not None

    def in_quotes(self, sentence: Span, at: int) -> bool:
        """Whether offset ``at`` lies inside quotation marks opened in its sentence."""
        marks = bisect.bisect_left(self._quote_marks, at) - bisect.bisect_left(self._quote_marks, sentence.start)
        return marks % 2 == 1

    def _capitals(self, span: Span) -> list[tuple[Span, Place, Entity | None]]:
        """'The Russian capital' and the like, as the capital's place."""
        out = []
        places = self._places.run(span)
        for m in _CAPITAL_PHRASE.finditer(self.text, span.start, span.end):
            code = demonym_country(m.group(1))
            place = capital(code) if code else None
            if place is not None:
                phrase = Span(m.start(), m.end())
                out.append((phrase, place, next((p for p in places.within(phrase)), None)))
        return out

    def destinations(
        self, clause: Span, after: int, *, adjacent: bool = False, locative: bool = False
    ) -> list[tuple[Place, Entity | None]]:
        """The places a travel word ending at ``after`` points to: the first
        within reach (right after it when ``adjacent``; after "in" or "at" when
        ``locative``), then the ones listed with it. A place someone comes from,
        a possessor ("Syria's reconstruction"), a qualifier ("a U.S. official") or a
        place after a verb of saying is not a destination."""
        window = Span(after, clause.end)
        found = [(p.span, p.value, p) for p in self._places.run(clause).within(window)]
        taken = {c[0] for c in found}
        found += [c for c in self._capitals(window) if not any(c[0].overlaps(t) for t in taken)]
        found.sort(key=lambda c: c[0].start)
        out: list[tuple[Place, Entity | None]] = []
        end = after
        for span, place, entity in found:
            if (
                span.start < end or POSSESSIVE.match(self.text, span.end, span.end + 4)
                or (_A.search(self.text, max(0, span.start - 4), span.start) and _TITLED.match(self.text, span.end))
            ):
                continue
            if out:
                if not _LIST_GLUE.fullmatch(self.text, end, span.start):
                    break
            elif span.start - after > (_ADJACENT if adjacent else REACH):
                break
            elif (
                ORIGIN.search(self.text, max(0, span.start - 20), span.start)
                or SAYING.search(self.text, after, span.start)
                or (locative and not _LOCATIVE.search(self.text, max(0, span.start - 40), span.start))
            ):
                continue
            out.append((place, entity))
            end = span.end
        return out

    def may_be_adjacent(self, sentence: Span, after: int) -> bool:
        """Whether a place of ``sentence``, or "the … capital", may start right after
        offset ``after``: False when :meth:`destinations` with ``adjacent`` finds none
        there, whatever the clause (a quick test before the clause is worked out)."""
        last = after + _ADJACENT
        place = next(self._places.run(sentence).from_(after), None)
        return (place is not None and place.start <= last) or self.text.find("the", after, last + 3) >= 0

    def stop_from(self, sentence: Span, clause: Span, after: int) -> tuple[Place, Entity, Span] | None:
        """A place the traveller comes from that the sentence makes a stop of, with
        the clause that tells the stay: "will travel to Kyiv from Poland, where he
        is scheduled to hold talks with Donald Tusk"."""
        for p in self._places.run(clause).within(Span(after, clause.end)):
            if not p.value.country or not ORIGIN.search(self.text, max(0, p.start - 20), p.start):
                continue
            where = _WHERE.match(self.text, p.end, min(sentence.end, p.end + 10))
            if where is not None:
                return p.value, p, self.clause(sentence, where.end())
        return None

    def institution(self, clause: Span, after: int) -> Entity | None:
        """The organisation a travel word ending at ``after`` points to ("visited the
        White House", "visit Gazprom"), if one follows within a few words."""
        for o in self._organizations.run(clause).within(Span(after, clause.end)):
            return o if o.start - after <= _INSTITUTION_REACH else None
        return None

    def scheduled(self, sentence: Span, clause: Span) -> Span | None:
        """The relative clause after ``clause`` that tells when the trip was to be:
        "a visit to Beijing that was due to begin on Sunday", "a trip to Oman, where
        he is due to hold talks on Saturday"."""
        m = _SCHEDULED.match(self.text, clause.end, min(sentence.end, clause.end + 40))
        return self.clause(sentence, m.end()) if m else None

    def fronted_place(self, sentence: Span) -> tuple[Place, Entity] | None:
        """The place of "In Kuala Lumpur, Erdogan is due to meet …": a place the
        sentence opens with, after "In" or "At" and before a comma."""
        m = _FRONTED_AT.match(self.text, sentence.start, sentence.end)
        if m is None:
            return None
        p = next(iter(self._places.run(sentence).within(sentence)), None)
        if p is None or p.start != m.end() or not self.text.startswith(",", p.end) or not p.value.country:
            return None
        return p.value, p

    def nearest_date(self, clause: Span, at: int) -> Entity | None:
        """The calendar date in ``clause`` nearest to offset ``at``."""
        dates = [d for d in self._dates.run(clause).within(clause)
                 if not _SINCE.search(self.text, max(0, d.start - 8), d.start)]
        return min(dates, key=lambda d: abs(d.start - at)) if dates else None

    def main_country(self, visitor: Actor) -> str | None:
        """The country the article's places are mostly in, when it is not the visitor's."""
        if not self._country_counts:
            return None
        country, n = self._country_counts.most_common(1)[0]
        return country if n >= 2 and country != visitor.country else None
