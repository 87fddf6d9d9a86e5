"""The ``visits`` extractor: diplomatic visit events from people, places and dates.

It reads each sentence for the words of travel, meeting and hosting
(:mod:`tidings_visits.lexicon`), ties them to the officials
(:mod:`tidings_visits.participants`), places and dates around them, and merges the
mentions of one journey into one event (:mod:`tidings_visits.trips`).
"""

from __future__ import annotations

import datetime as dt
from collections import Counter
from collections.abc import Iterator

import regex

from tidings import Context, Entity, Event, Place, Span, extractor
from tidings.actors.gazetteer import capital, country_name, demonym_country

from .dateline import dateline_place
from .lexicon import (
    CAMEO, FRONTED, HOST, MEET, NOT_A_VISIT, ORDINAL, ORIGIN, PRESENCE, PURPOSE, TRAVEL, ordinal_number,
)
from .participants import Actor, Mention, mentions
from .status import status_of
from .trips import Sighting, Trip
from .when import dating, interval

_F = regex.IGNORECASE | regex.VERSION1

#: Where a clause ends inside a sentence: relative clauses, contrasts, dashes.
_CLAUSE_END = regex.compile(r";|\s[-–—_]{1,2}\s|,\s(?:which|who|whose|where|while|although|whereas)\b|\sbut\s", _F)
#: A place list goes on across these: "Syria, Jordan, Egypt and other …", "Dar es Salaam, Tanzania".
_LIST_GLUE = regex.compile(r"\s*(?:,\s*(?:and\s+|or\s+|then\s+)?|\s+(?:and|or|then)\s+)(?:the\s+)?", _F)
_CAPITAL_PHRASE = regex.compile(r"\bthe\s+(\p{Lu}\p{L}+)\s+capital\b", regex.VERSION1)
_POSSESSIVE = regex.compile(r"\s*['’]s?\b")
_PASSIVE_BY = regex.compile(r"\s+by\b", _F)
#: "in" or "at" before a place, across an unknown town: "in Kennebunkport, Maine".
_LOCATIVE = regex.compile(r"\b(?:in|at)\s+(?:the\s+)?(?:\p{Lu}\p{L}+,?\s+){0,2}\Z", regex.VERSION1)
#: A verb of saying between a travel word and a place starts a new statement.
_SAYING = regex.compile(r"\b(?:said|says|told|tells|added|asked|announced|stated|declared)\b", _F)
_HERE = regex.compile(r"\bhere\b", _F)
_EVE = regex.compile(r"\beve\s+of\b", _F)
_HOME = regex.compile(r"\b(?:flew|returned|headed|went|left)\s+(?:back\s+)?home\b", _F)
_PAST_DEPARTURE = regex.compile(r"\b(?:flew|returned|headed|went|left)\b", _F)
_QUOTE_CHARS = regex.compile(r"[\"“”«»]|``|''")

#: How far after a trigger its destination may start, and the longest list gap.
_REACH = 75
_SUMMIT = regex.compile(r"summit\Z", _F)
_NOUN_TRIGGERS = regex.compile(r"(?:visits?|trips?|tours?|stops?|stopovers?|journey|mission|summit)\Z", _F)


def _clause(text: str, sentence: Span, at: int) -> Span:
    """The clause of ``sentence`` around offset ``at``."""
    start, end = sentence.start, sentence.end
    for m in _CLAUSE_END.finditer(text, sentence.start, sentence.end):
        if m.end() <= at:
            start = m.end()
        elif m.start() >= at:
            end = m.start()
            break
    return Span(start, end)


def _in_quotes(text: str, sentence: Span, at: int) -> bool:
    """Whether offset ``at`` lies inside quotation marks opened in its sentence."""
    return len(_QUOTE_CHARS.findall(text, sentence.start, at)) % 2 == 1


class _Article:
    """What the extractor knows about one article while it reads it."""

    def __init__(self, ctx: Context):
        self.ctx = ctx
        self.text = ctx.text
        self.published = ctx.article.published_date
        self.places = ctx.of_kind("place")
        found = dateline_place(self.text, self.places)
        self.dateline: Place | None = found[1] if found else None
        self.mentions = mentions(ctx, self.dateline.country if self.dateline else None)
        # Everything indexed by sentence, so no lookup scans the whole article.
        self._places = self._by_sentence(self.places)
        self._dates = self._by_sentence([d for d in ctx.of_kind("date") if dating(d) is not None])
        self._organizations = self._by_sentence(ctx.of_kind("organization"))
        self._mentions = self._by_sentence(self.mentions)
        self.sentences_of: dict[str, list[int]] = {}
        for i, ms in self._mentions.items():
            for key in {m.actor.key for m in ms}:
                self.sentences_of.setdefault(key, []).append(i)

    def _by_sentence(self, items: list) -> dict[int, list]:
        out: dict[int, list] = {}
        for x in items:
            out.setdefault(self.ctx.sentence_index(x.span.start), []).append(x)
        return out

    def _in(self, index: dict[int, list], span: Span) -> list:
        """The items of ``index`` inside ``span`` (which lies within one sentence)."""
        return [x for x in index.get(self.ctx.sentence_index(span.start), ()) if span.contains(x.span)]

    def mentions_in(self, sentence: Span) -> list[Mention]:
        return self._in(self._mentions, sentence)

    def organizations_in(self, span: Span) -> list[Entity]:
        return self._in(self._organizations, span)

    def capitals(self, span: Span) -> list[tuple[Span, Place, Entity | None]]:
        """'The Russian capital' and the like, as the capital's place."""
        out = []
        for m in _CAPITAL_PHRASE.finditer(self.text, span.start, span.end):
            code = demonym_country(m.group(1))
            place = capital(code) if code else None
            if place is not None:
                phrase = Span(m.start(), m.end())
                entity = next((p for p in self._in(self._places, span) if p.span.overlaps(phrase)), None)
                out.append((phrase, place, entity))
        return out

    def destinations(
        self, clause: Span, after: int, *, adjacent: bool = False, locative: bool = False
    ) -> list[tuple[Place, Entity | None]]:
        """The places a trigger ending at ``after`` points to: the first within reach,
        then the ones listed with it."""
        candidates = [(p.span, p.value, p) for p in self._in(self._places, clause) if p.start >= after]
        candidates += [c for c in self.capitals(clause) if c[0].start >= after]
        candidates.sort(key=lambda c: c[0].start)
        out: list[tuple[Place, Entity | None]] = []
        end = after
        for span, place, entity in candidates:
            if span.start < end:
                continue
            gap = self.text[end : span.start]
            if _POSSESSIVE.match(self.text, span.end):
                continue  # "Syria's reconstruction": a possessor, not a destination
            if not out:
                if (
                    span.start - after > (6 if adjacent else _REACH)
                    or ORIGIN.search(self.text, max(0, span.start - 20), span.start)
                    or _SAYING.search(self.text, after, span.start)
                    or (locative and not _LOCATIVE.search(self.text, max(0, span.start - 40), span.start))
                ):
                    if span.start - after > _REACH:
                        break
                    continue
            elif not _LIST_GLUE.fullmatch(gap):
                break
            out.append((place, entity))
            end = span.end
        return out

    def nearest_date(self, clause: Span, at: int) -> Entity | None:
        dates = self._in(self._dates, clause)
        return min(dates, key=lambda d: abs(d.start - at)) if dates else None

    def main_country(self, visitor: Actor) -> str | None:
        """The country the article's places are mostly in, when it is not the visitor's."""
        counts = Counter(getattr(p.value, "country", None) for p in self.places)
        counts.pop(None, None)
        if not counts:
            return None
        country, n = counts.most_common(1)[0]
        return country if n >= 2 and country != visitor.country else None


def _subject(ms: list[Mention], at: int, floor: int) -> Mention | None:
    before = [m for m in ms if floor <= m.span.start and m.span.end <= at]
    return before[-1] if before else None


def _object(ms: list[Mention], at: int, ceiling: int, not_actor: Actor | None = None) -> Mention | None:
    for m in ms:
        if at <= m.span.start < ceiling and m.actor != not_actor:
            return m
    return None


class _Reader:
    """Reads the sentences of one article into trips."""

    def __init__(self, ctx: Context):
        self.a = _Article(ctx)
        self.trips: dict[tuple[str, str], Trip] = {}
        self.pairs: list[tuple[Actor, Actor, Entity | None, int, bool]] = []
        self.departed: dict[str, int] = {}

    # --- sightings ----------------------------------------------------------------------------

    def sight(self, visitor: Actor, place: Place, entity: Entity | None, clause: Span, sentence: Span,
              trigger: Span, *, explicit: int = 2, at_dateline: bool = False) -> Sighting | None:
        a = self.a
        country = place.country
        if not country or not visitor.may_travel:
            return None
        if country == visitor.country:
            if _PAST_DEPARTURE.search(a.text, trigger.start, trigger.end):
                self.departed[visitor.key] = trigger.start
            return None
        words = a.text[clause.start : clause.end]
        date_entity = a.nearest_date(clause, trigger.start)
        date = dating(date_entity) if date_entity else None
        if date is None and _EVE.search(words) and a.published is not None:
            date = (a.published + dt.timedelta(days=1)).isoformat()
        at_dateline = at_dateline or (a.dateline is not None and a.dateline.country == country)
        status, strength = status_of(
            words, interval(date), a.published, until=max(0, trigger.end - clause.start), at_dateline=at_dateline
        )
        if status == "planned" and date is not None and a.published is not None and interval(date)[1] <= a.published:
            date = None  # the day a plan was announced does not date the trip
        ordinal = ORDINAL.search(words)
        purpose = PURPOSE.search(a.text, trigger.start, sentence.end)
        s = Sighting(
            visitor=visitor, country=country, place=place, place_entity=entity, span=sentence,
            status=status, strength=strength, date=date, date_entity=date_entity if date else None,
            ordinal=ordinal_number(ordinal.group(1)) if ordinal else None,
            purpose=purpose.group().strip() if purpose else None, explicit=explicit,
        )
        trip = self.trips.setdefault((visitor.key, country), Trip(visitor=visitor, country=country))
        trip.sightings.append(s)
        return s

    def travel(self, m: regex.Match, sentence: Span, ms: list[Mention]) -> None:
        a = self.a
        trigger = Span(m.start(), m.end())
        clause = _clause(a.text, sentence, m.start())
        words = a.text[clause.start : clause.end]
        if NOT_A_VISIT.search(words):
            return
        noun = _NOUN_TRIGGERS.search(m.group()) is not None
        if _PASSIVE_BY.match(a.text, m.end()):
            # "was visited by X": the agent right after "by" travels.
            subject = _object(ms, m.end(), min(clause.end, m.end() + 8))
        else:
            subject = _subject(ms, m.start(), clause.start) or _subject(ms, m.start(), sentence.start)
            subject = subject or _object(ms, m.end(), min(clause.end, m.end() + _REACH // 2))
            if subject is None and FRONTED.match(a.text, sentence.start):
                subject = _object(ms, m.end(), sentence.end)
        if subject is None:
            return
        if noun and any(0 <= o.start - m.end() < 12 for o in a.organizations_in(sentence)):
            return  # a company or site visit: "visit Russian gas giant Gazprom"
        travellers = [subject]
        if _SUMMIT.search(m.group()):
            # Everyone named as meeting at a summit abroad travelled to it.
            travellers += [x for x in ms if clause.start <= x.span.start < m.start() and x.actor != subject.actor]
        places = [(p, e) for p, e in a.destinations(clause, m.end()) if p.country]
        for traveller in travellers:
            for place, entity in places:
                self.sight(traveller.actor, place, entity, clause, sentence, trigger)
        if not places:
            self.placeless(subject, clause, sentence, trigger, noun=noun)

    def placeless(self, subject: Mention, clause: Span, sentence: Span, trigger: Span, *, noun: bool) -> None:
        """A trip whose clause names no country: the dateline, else the article's main country."""
        a = self.a
        if a.dateline is not None:
            self.sight(subject.actor, a.dateline, None, clause, sentence, trigger, explicit=1, at_dateline=True)
            return
        possessive = _POSSESSIVE.match(a.text, subject.span.end)
        if noun and possessive and trigger.start - subject.span.end < 40:
            country = a.main_country(subject.actor)
            if country:
                place = Place(name=country_name(country) or country, country=country, type="country")
                self.sight(subject.actor, place, None, clause, sentence, trigger, explicit=1)

    def presence(self, m: regex.Match, sentence: Span, ms: list[Mention]) -> None:
        a = self.a
        before = _subject(ms, m.start() + 1, sentence.start)
        if before is None or (m.group().startswith(",") and m.start() - before.span.end > 1):
            return
        clause = _clause(a.text, sentence, m.start())
        for place, entity in a.destinations(clause, m.end(), adjacent=True)[:1]:
            self.sight(before.actor, place, entity, clause, sentence, Span(m.start(), m.end()))

    def here(self, m: regex.Match, sentence: Span, ms: list[Mention]) -> None:
        a = self.a
        if a.dateline is None or _in_quotes(a.text, sentence, m.start()):
            return
        before = _subject(ms, m.start(), sentence.start)
        if before is not None:
            clause = _clause(a.text, sentence, m.start())
            self.sight(before.actor, a.dateline, None, clause, sentence, Span(m.start(), m.end()),
                       explicit=1, at_dateline=True)

    def meeting(self, m: regex.Match, sentence: Span, ms: list[Mention], hosting: bool) -> None:
        """Two sides meet; with a place, the side at home hosts the other."""
        a = self.a
        clause = _clause(a.text, sentence, m.start())
        if NOT_A_VISIT.search(a.text, clause.start, clause.end):
            return
        first = _subject(ms, m.start(), sentence.start)
        second = _object(ms, m.end(), sentence.end, first.actor if first else None)
        if first is None and second is not None and not hosting:
            # "At a news conference with Gore in Jerusalem, Mr. Netanyahu said …"
            first = _object(ms, second.span.end, sentence.end, second.actor)
        if hosting and _PASSIVE_BY.match(a.text, m.end()):
            first, second = second, first
        if second is None or (first is not None and first.actor == second.actor):
            return
        found = [(p, e) for p, e in a.destinations(clause, m.end(), locative=True) if p.country]
        trigger = Span(m.start(), m.end())
        if found:
            place, entity = found[0]
            if hosting:
                # The receiving side needs no name: "… was welcomed in Paris".
                host, visitor = first, second
                if host is not None and host.actor.country not in (None, place.country):
                    return
            else:
                host = next((x for x in (first, second) if x and x.actor.country == place.country), None)
                if host is None or first is None:
                    return  # a meeting at a third place is not a visit
                visitor = second if host is first else first
            s = self.sight(visitor.actor, place, entity, clause, sentence, trigger)
            if s is not None and host is not None:
                s.host = host.actor
            return
        if first is None:
            return
        # No place: settled once every trip of the article is known.
        self.pairs.append((first.actor, second.actor, sentence, trigger, hosting))

    # --- the whole article --------------------------------------------------------------------

    def read(self) -> list[Trip]:
        a = self.a
        for sentence in self.a.ctx.sentences:
            ms = a.mentions_in(sentence)
            if not ms:
                continue
            for m in TRAVEL.finditer(a.text, sentence.start, sentence.end):
                self.travel(m, sentence, ms)
            for m in PRESENCE.finditer(a.text, sentence.start, sentence.end):
                self.presence(m, sentence, ms)
            for m in _HERE.finditer(a.text, sentence.start, sentence.end):
                self.here(m, sentence, ms)
            for m in _HOME.finditer(a.text, sentence.start, sentence.end):
                subject = _subject(ms, m.start(), sentence.start)
                if subject is not None:
                    self.departed[subject.actor.key] = m.start()
            for m in MEET.finditer(a.text, sentence.start, sentence.end):
                self.meeting(m, sentence, ms, hosting=False)
            for m in HOST.finditer(a.text, sentence.start, sentence.end):
                self.meeting(m, sentence, ms, hosting=True)
        self.settle_pairs()
        for trip in self.trips.values():
            if trip.host is None:
                self.find_host(trip)
        return list(self.trips.values())

    def settle_pairs(self) -> None:
        """Meetings without a place: the host of a known trip, or a visit at the dateline."""
        a = self.a
        for first, second, sentence, trigger, hosting in self.pairs:
            options = [(second, first)] if hosting else [(first, second), (second, first)]
            for visitor, host in options:
                same_sentence = [t for t in self.trips.values() if t.visitor.key == visitor.key
                                 and any(s.span == sentence for s in t.sightings)]
                trip = self.trips.get((visitor.key, host.country)) if host.country else None
                if trip is None and host.country is None:
                    # A host of unknown country: the trip in the same sentence, or the only one.
                    own = [t for t in self.trips.values() if t.visitor.key == visitor.key]
                    trip = same_sentence[0] if same_sentence else (own[0] if len(own) == 1 else None)
                if trip is not None and host.country in (None, trip.country) and visitor.country != trip.country:
                    trip.host = trip.host or host
                    place = Place(name=country_name(trip.country) or trip.country, country=trip.country, type="country")
                    clause = _clause(a.text, sentence, trigger.start)
                    self.sight(visitor, place, None, clause, sentence, trigger, explicit=0)
                    break
            else:
                for visitor, host in options:
                    home = host.country
                    if home is None or home == visitor.country:
                        continue
                    if hosting or (a.dateline is not None and a.dateline.country == home):
                        place = a.dateline if a.dateline is not None and a.dateline.country == home else \
                            Place(name=country_name(home) or home, country=home, type="country")
                        clause = _clause(a.text, sentence, trigger.start)
                        s = self.sight(visitor, place, None, clause, sentence, trigger, explicit=1)
                        if s is not None:
                            self.trips[(visitor.key, home)].host = host
                        break

    def find_host(self, trip: Trip) -> None:
        """An official of the destination country named in the visitor's sentences."""
        a = self.a
        counts: Counter[str] = Counter()
        hosts: dict[str, Actor] = {}
        for i in a.sentences_of.get(trip.visitor.key, ()):
            for m in a.mentions_in(a.ctx.sentences[i]):
                if m.actor.country == trip.country and m.actor.official and m.actor.entity is not None:
                    counts[m.actor.key] += 1
                    hosts[m.actor.key] = m.actor
        if counts:
            trip.host = hosts[counts.most_common(1)[0][0]]


def _event(trip: Trip, reader: _Reader) -> Event:
    a = reader.a
    best = trip.best()
    place, place_entity = trip.destination()
    host = trip.host or trip.first_of("host")
    dated = trip.dated()
    status = best.status
    if status == "ongoing" and reader.departed.get(trip.visitor.key, -1) > best.span.start:
        status = "occurred"
    date = dated.date if dated else None
    if date is None and status in ("ongoing", "occurred") and a.published is not None:
        date = a.published.isoformat()
    roles: dict[str, Entity] = {}
    if trip.visitor.entity is not None:
        roles["visitor"] = trip.visitor.entity
    if host is not None and host.entity is not None:
        roles["host"] = host.entity
    if place_entity is not None:
        roles["destination"] = place_entity
    if dated and dated.date_entity is not None:
        roles["date"] = dated.date_entity
    attributes = {
        "visitor_name": trip.visitor.name,
        "visitor_country": trip.visitor.country,
        "destination_name": place.name if place else (country_name(trip.country) or trip.country),
        "destination_country": trip.country,
        "host_name": host.name if host else None,
        "date": date,
        "status": status,
        "ordinal": trip.first_of("ordinal"),
        "purpose": trip.first_of("purpose"),
        "cameo": dict(CAMEO) if host is not None else {"visitor": CAMEO["visitor"]},
    }
    return Event(kind="diplomatic_visit", span=best.span, roles=roles, attributes=attributes)


@extractor(name="visits", needs={"person", "place", "date"}, produces={"diplomatic_visit"})
def visits(ctx: Context) -> Iterator[Event]:
    """Diplomatic visits: who travelled where, hosted by whom, when, and whether it happened."""
    reader = _Reader(ctx)
    for trip in sorted(reader.read(), key=lambda t: t.best().span.start):
        yield _event(trip, reader)
