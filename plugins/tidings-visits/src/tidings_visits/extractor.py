"""The ``visits`` extractor: diplomatic visit events from people, places and dates.

It reads each sentence for the words of travel, meeting and hosting
(:mod:`tidings_visits.lexicon`), ties them to the officials
(:mod:`tidings_visits.participants`), places and dates around them
(:mod:`tidings_visits.article`), and merges the mentions of one journey into one
event (:mod:`tidings_visits.trips`).
"""

from __future__ import annotations

import datetime as dt
import functools
from collections import Counter
from collections.abc import Iterator

import attrs
import regex

from tidings import Context, Entity, Event, Place, Span, extractor
from tidings.actors.gazetteer import country_name

from .article import CLAUSE_REACH, POSSESSIVE, REACH, SAYING, ArticleIndex, Run
from .cues import cued
from .lexicon import CAMEO, COUNTERPART, NOT_A_VISIT, ORDINAL, PURPOSE, REMOTE, TRAVEL, ordinal_number
from .participants import Actor, Mention
from .status import DONE_THERE, PRIOR, status_of
from .trips import Sighting, Trip
from .when import dating, interval

_F = regex.IGNORECASE | regex.VERSION1

_PASSIVE_BY = regex.compile(r"\s+by\b", _F)
#: A passive hosting verb whose agent comes later: "was greeted at the airport by …",
#: "Nixon, welcomed at the airport by …".
_PASSIVE_AUX = regex.compile(r"(?:\b(?:is|are|was|were|be|been|being)|,)\s+(?:\p{L}+ly\s+)?\Z", _F)
_BY = regex.compile(r"\bby\b", _F)
#: How far after a passive hosting word its "by" may come.
_AGENT_REACH = 100
#: A meeting held at an event, which is where the two met, not the dateline.
_SIDELINES = regex.compile(r"\b(?:on|at)\s+the\s+(?:sidelines|margins|fringes?)\s+of\b", _F)
_POSSESSIVE_PRONOUN = regex.compile(r"his|her|their|its", _F)
_PRONOUN = regex.compile(r"his|her|their|its|he|she|they", _F)
_VISITING = regex.compile(r"\bvisiting\b", _F)
_AGENT = regex.compile(r"\s+(?:by|of)\b", _F)
#: A trip that a possessive determiner gives to someone other than a named official.
_OTHERS_TRIP = regex.compile(r"\b(?:their|its|our|your|my)\s+(?:\p{L}+[ -]){0,2}\Z", _F)
#: A relative clause opened right after a name, whose subject that name is.
_WHO = regex.compile(r",?\s*who\b", _F)
#: A trip told as before the clause's news, which the clause's date does not date:
#: "flew to Vienna on Tuesday … after a two-day visit to Moscow" (but "After touring
#: Dar es Salaam Thursday" is dated by its own date).
_EARLIER = regex.compile(
    r"\b(?:after|following|since|(?:fresh|back)\s+from)\s+(?:a|an|the|his|her|their|its|\p{L}+['’]s)\s+(?:[\p{L}'’-]+\s+){0,2}\Z", _F
)
#: Visits that only a foreigner makes, even to the country of the story's dateline.
#: The guest of a host, named by the host's possessive: "talks with his guest".
_GUEST = regex.compile(r"\s+(?:his|her|their)\s+(?:[\p{L}-]+\s+){0,2}?guests?\b", _F)
#: Where the phrase of a trip told as earlier ends: "fresh from a trip to Seoul, met …".
_PHRASE_END = regex.compile(r"[,;:(—–]")
#: The word that opens a trip told as earlier.
_AFTER = regex.compile(r"\b(?:after|following|since)\s", _F)
#: A trip told in a phrase of its own, apart from the clause's news: "spoke by video
#: link with Widodo after his trip to Jakarta", "during a visit to Canada".
_APART = regex.compile(
    r"\b(?:after|following|during|before|ahead\s+of)\s+"
    r"(?:(?:a|an|the|his|her|their|its|\p{L}+['’]s)\s+(?:[\p{L}'’-]+\s+){0,2})?\Z",
    _F,
)
_STATE_VISIT = regex.compile(r"\bstate\s+visit\b", _F)
_ARRIVED = regex.compile(r"\barriv", _F)
#: A trip that carries its traveller, named by the pronoun inside the travel words.
_CARRIED = regex.compile(r"t[ao]o?k", _F)
_EVE = regex.compile(r"\beve\s+of\b", _F)
_PAST_DEPARTURE = regex.compile(r"\b(?:flew|returned|headed|went|left)\b", _F)
_SUMMIT = regex.compile(r"summit\Z", _F)
#: Travel words that name the trip itself, after which a company means a site visit.
_VISIT_WORDS = regex.compile(r"(?:visits?|trips?|tours?|stops?|stopovers?|journey|mission|summit)\Z", _F)
#: A conjunction that opens a participle clause ("before visiting Porto"), whose
#: traveller is the subject of the clause it hangs on.
_PARTICIPLE = regex.compile(r"\b(?:before|after|while|when|upon|on|without)\s+\Z", _F)
_ING = regex.compile(r"^\p{L}+ing\b", _F)
#: How many mentions after a meeting word may name the other side.
_LOOKAHEAD = 4


def _country_place(code: str) -> Place:
    return Place(name=country_name(code) or code, country=code, type="country")


def _nearest(trips: list[Trip], at: int) -> Trip | None:
    """The trip whose latest mention is nearest to offset ``at``."""
    return min(trips, key=lambda t: abs(t.sightings[-1].span.start - at), default=None)


def _other(run: Run[Mention], at: int, ceiling: int, other_than: Mention | None = None) -> Mention | None:
    """The first mention from ``at`` (before ``ceiling``) of another official than ``other_than``'s."""
    for n, m in enumerate(run.from_(at)):
        if m.span.start >= ceiling or n >= _LOOKAHEAD:
            return None
        if not m.same(other_than):
            return m
    return None


class _Reader:
    """Reads the sentences of one article into trips."""

    def __init__(self, ctx: Context):
        self.a = ArticleIndex(ctx)
        self.trips: dict[tuple[str, str], list[Trip]] = {}
        self.trips_of: dict[str, list[Trip]] = {}
        #: Meetings of no stated place: (first, second, sentence, trigger, hosting, aside).
        self.pairs: list[tuple[Actor, Actor, Span, Span, bool, bool]] = []
        self.departed: dict[str, int] = {}
        #: Officials who host an event in their country without naming a guest.
        self.hosts_at: dict[str, Actor] = {}

    def sight(self, visitor: Actor, place: Place, entity: Entity | None, clause: Span, sentence: Span,
              trigger: Span, *, explicit: int = 2, at_dateline: bool = False, host: Actor | None = None) -> Trip | None:
        """Record that ``clause`` shows ``visitor`` travelling to ``place`` (a home
        country records a departure instead); the trip it joins, if any."""
        a = self.a
        country = place.country
        if not country or not visitor.may_travel or (visitor.resident and explicit < 2) or country == visitor.posted:
            return None
        if visitor.assumed and country == visitor.country and (
            _STATE_VISIT.search(a.text, clause.start, clause.end)
            or (place.type == "country" and _ARRIVED.search(a.text, trigger.start, trigger.end))
        ):
            # The dateline is the story's place, not the visitor's home: "NAIROBI (AP) —
            # King Charles III arrived in Kenya on Tuesday for a four-day state visit".
            visitor = attrs.evolve(visitor, country=None, assumed=False)
        if country == visitor.country:
            if _PAST_DEPARTURE.search(a.text, trigger.start, trigger.end):
                self.departed[visitor.key] = trigger.start
            return None
        words = a.text[clause.start : clause.end]
        earlier = any(
            p.search(a.text, max(clause.start, trigger.start - 40), trigger.start) for p in (_EARLIER, PRIOR)
        )
        if earlier:
            # A trip told as earlier is dated only by a date of its own phrase ("after his trip to Jakarta last month").
            stop = _PHRASE_END.search(a.text, trigger.end, clause.end)
            date_entity = a.nearest_date(Span(trigger.end, stop.start() if stop else clause.end), trigger.end)
        else:
            date_entity = a.nearest_date(clause, trigger.start)
        if date_entity is None and not earlier and (later := a.scheduled(sentence, clause)) is not None:
            date_entity = a.nearest_date(later, later.start)
        date = dating(date_entity) if date_entity else None
        if date is None and _EVE.search(words) and a.published is not None:
            date = (a.published + dt.timedelta(days=1)).isoformat()
        at_dateline = at_dateline or (a.dateline is not None and a.dateline.country == country)
        days = interval(date)
        status, strength = status_of(
            words, days, a.published, until=max(0, trigger.end - clause.start),
            start=max(0, trigger.start - clause.start), at_dateline=at_dateline, earlier=earlier,
            happened=DONE_THERE.match(a.text, clause.end, sentence.end) is not None,
        )
        if status in ("planned", "cancelled") and days is not None and a.published is not None \
                and days[1] <= a.published:
            date, days = None, None  # the day a plan was announced or called off does not date the trip
        ordinal = ORDINAL.search(words)
        purpose = PURPOSE.search(a.text, trigger.start, clause.end)
        s = Sighting(
            visitor=visitor, country=country, place=place, place_entity=entity, span=sentence, clause=clause,
            status=status, strength=strength, date=date, date_entity=date_entity if date else None,
            ordinal=ordinal_number(ordinal.group(1)) if ordinal else None,
            purpose=purpose.group().strip() if purpose else None, explicit=explicit, host=host, earlier=earlier,
        )
        trips = self.trips.setdefault((visitor.key, country), [])
        if days is None:
            trip = _nearest(trips, sentence.start)
        else:
            trip = next((t for t in trips if t.fits(days)), None)
        if trip is None:
            trip = Trip(visitor=visitor, country=country)
            trips.append(trip)
            self.trips_of.setdefault(visitor.key, []).append(trip)
        trip.add(s)
        return trip

    # --- the families of trigger words ------------------------------------------------------

    def travel(self, m: regex.Match, sentence: Span) -> None:
        """'X visited Moscow', 'X's trip to Y', 'a summit in Z'."""
        a = self.a
        trigger = Span(m.start(), m.end())
        clause = a.clause(sentence, m.start())
        apart = _APART.search(a.text, max(clause.start, m.start() - 40), m.start())
        for w in NOT_A_VISIT.finditer(a.text, clause.start, clause.end):
            if apart is None or apart.start() <= w.start() < m.end() or not REMOTE.fullmatch(w.group()):
                return  # a call cancels the meeting it tells, not a trip told apart from it
        visit_word = _VISIT_WORDS.search(m.group()) is not None
        if visit_word and _OTHERS_TRIP.search(a.text, max(clause.start, m.start() - 30), m.start()):
            return  # "their planned trip": not an official's
        run = a.mentions_in(sentence)
        after = m.end()
        carried = run.within(trigger) if _CARRIED.match(m.group()) else []
        if carried:
            subject = carried[0]  # "a tour that will also take him to Malaysia"
        elif _AGENT.match(a.text, m.end(), m.end() + 6):
            # "was visited by X", "the slated visit of X": the agent after the word
            # travels, and the destination follows the agent's name and title.
            subject = _other(run, m.end(), min(clause.end, m.end() + 60))
            after = subject.span.end if subject is not None else after
        elif _PARTICIPLE.search(a.text, max(clause.start, m.start() - 12), m.start()) and _ING.search(m.group()) \
                and (first := next(run.from_(clause.start), None)) is not None and first.span.start < m.start():
            # "He will be received by President X in Lisbon, before visiting Porto": the
            # participle's traveller is the subject of its clause, not the one named last.
            subject = first
            if SAYING.search(a.text, subject.span.end, m.start()):
                return  # "He said the group would be met on arriving": the speaker does not travel
        else:
            subject = run.last_before(m.start(), clause.start)
            if subject is None and not a.reported(clause):
                subject = run.last_before(m.start(), sentence.start)
            while subject is not None and not _WHO.match(a.text, subject.span.end) and (
                COUNTERPART.search(a.text, max(0, subject.span.start - 60), subject.span.start)
                or self.met_before(run, subject, sentence)
            ):
                # "… for talks with Chancellor Karl Nehammer, … after a visit to Moscow":
                # the one met is not the traveller, nor is "his" pointing to them; the one
                # who met them is (but "met Nguyen Phu Trong, who visited Washington" is Trong's trip).
                subject = run.last_before(subject.span.start, sentence.start)
            if subject is not None and SAYING.search(a.text, subject.span.end, m.start()):
                return  # "He said the group would be met on arriving": the speaker does not travel
            subject = subject or _other(run, m.end(), min(clause.end, m.end() + REACH // 2))
            if subject is None and a.fronted(sentence, m.start()):
                subject = _other(run, m.end(), sentence.end)
        if subject is None:
            return
        if _POSSESSIVE_PRONOUN.fullmatch(a.text, subject.span.start, subject.span.end) and not (
            visit_word and m.start() - subject.span.end < 25
        ):
            return  # "his team might travel": the possessor is not the traveller; "his visit" he is
        if a.in_quotes(sentence, m.start()) and not a.in_quotes(sentence, subject.span.start):
            return  # "No one wants to stay in Lebanon," said Eitan: the speaker's words, not his trip
        travellers = [subject]
        if _SUMMIT.search(m.group()):
            # Everyone named as meeting at a summit abroad travelled to it.
            travellers += [x for x in run.within(Span(clause.start, m.start())) if not x.same(subject)]
        # The places after a trip told as earlier are that trip's: "arrived in Rio on
        # Sunday after a visit to Peru" does not take the arrival to Peru.
        following = None
        for w in _AFTER.finditer(a.text, after, clause.end):
            f = TRAVEL.search(a.text, w.end(), min(clause.end, w.end() + 40))
            if f is not None and _EARLIER.search(a.text, max(clause.start, f.start() - 40), f.start()):
                following = f
                break
        reach = Span(clause.start, following.start()) if following is not None else clause
        places = [(p, e) for p, e in a.destinations(reach, after) if p.country]
        institution = a.institution(clause, after)
        if institution is not None and not any(e is not None and e.start < institution.start for _, e in places):
            if not institution.value.country:
                return  # a company or site visit: "visited Tesla", "visit our plant"
            # A seat of government stands for its country: "visited the White House".
            places = [(_country_place(institution.value.country), None)]
        for traveller in travellers:
            for place, entity in places:
                self.sight(traveller.actor, place, entity, clause, sentence, trigger)
        stop = a.stop_from(sentence, clause, after)
        if stop is not None:
            place, entity, stay = stop
            self.sight(subject.actor, place, entity, stay, sentence, stay)
        if not places and following is None:
            self.placeless(subject, clause, sentence, trigger, visit_word=visit_word)

    def met_before(self, run: Run[Mention], subject: Mention, sentence: Span) -> bool:
        """Whether ``subject`` is a pronoun pointing to the one met earlier in ``sentence``
        ("spoke with President Joko Widodo after his trip to Jakarta")."""
        a = self.a
        if not _PRONOUN.fullmatch(a.text, subject.span.start, subject.span.end):
            return False
        return any(
            x.key == subject.key and COUNTERPART.search(a.text, max(0, x.span.start - 60), x.span.start)
            for x in run.within(Span(max(sentence.start, subject.span.start - CLAUSE_REACH), subject.span.start))
        )

    def placeless(self, subject: Mention, clause: Span, sentence: Span, trigger: Span, *, visit_word: bool) -> None:
        """A trip whose clause names no country: the dateline, else (for "X's
        visit") the country the article is about."""
        a = self.a
        if any(s.span == sentence and s.explicit == 2 for t in self.trips_of.get(subject.key, ())
               for s in t.sightings):
            return  # "expected in Beijing … the first Sino-Soviet summit": the trip is placed
        if a.dateline is not None:
            self.sight(subject.actor, a.dateline, a.dateline_entity, clause, sentence, trigger,
                       explicit=1, at_dateline=True)
            return
        possessive = POSSESSIVE.match(a.text, subject.span.end, subject.span.end + 4)
        if visit_word and possessive and trigger.start - subject.span.end < 40:
            country = a.main_country(subject.actor)
            if country:
                self.sight(subject.actor, _country_place(country), None, clause, sentence, trigger, explicit=1)

    def presence(self, m: regex.Match, sentence: Span) -> None:
        """'Thomson, in India to talk …', 'X is in Beijing for talks'."""
        a = self.a
        if not a.may_be_adjacent(sentence, m.end()):
            return
        clause = a.clause(sentence, m.start())
        places = a.destinations(clause, m.end(), adjacent=True)[:1]
        if not places:
            return
        before = a.mentions_in(sentence).last_before(m.start() + 1, sentence.start)
        if before is None or (m.group().startswith(",") and m.start() - before.span.end > 1):
            return
        for place, entity in places:
            self.sight(before.actor, place, entity, clause, sentence, Span(m.start(), m.end()))

    def here(self, m: regex.Match, sentence: Span) -> None:
        """'Freeh said here Friday' in a story datelined abroad."""
        a = self.a
        if a.dateline is None or a.in_quotes(sentence, m.start()):
            return
        before = a.mentions_in(sentence).last_before(m.start(), sentence.start)
        if before is not None:
            clause = a.clause(sentence, m.start())
            self.sight(before.actor, a.dateline, a.dateline_entity, clause, sentence, Span(m.start(), m.end()),
                       explicit=1, at_dateline=True)

    def meeting(self, m: regex.Match, sentence: Span, hosting: bool) -> None:
        """Two sides meet; with a place, the side at home hosts the other."""
        a = self.a
        clause = a.clause(sentence, m.start())
        if NOT_A_VISIT.search(a.text, clause.start, clause.end):
            return
        run = a.mentions_in(sentence)
        first = run.last_before(m.start(), sentence.start)
        second = _other(run, m.end(), sentence.end, first)
        if first is None and second is not None and not hosting:
            # "At a news conference with Gore in Jerusalem, Mr. Netanyahu said …"
            first = _other(run, second.span.end, sentence.end, second)
        if hosting and self.passive(m, second):
            # The guest is the subject of the passive: "al-Sharaa has arrived … since the
            # fall of Bashar al-Assad, and was received by …" is al-Sharaa's welcome.
            first, second = second, self.subject_before(run, sentence, clause, m.start()) or first
            if second is None and first is not None and first.actor.stated_country and first.actor.official:
                # "The summit, hosted by South African President Cyril Ramaphosa": the
                # host of whoever came to that country without a host of their own.
                self.hosts_at.setdefault(first.actor.country, first.actor)
        elif second is not None and _VISITING.search(a.text, m.end(), second.span.start):
            hosting = True  # "Cohen met visiting Chinese Defense Minister Chi Haotian"
        if first is not None and _GUEST.match(a.text, m.end(), min(sentence.end, m.end() + 40)) \
                and first.actor.official and first.actor.stated_country:
            # "Putin will hold talks with his guest in the Kremlin": the host of whoever
            # comes to that country without a host of their own.
            self.hosts_at.setdefault(first.actor.country, first.actor)
            return
        if second is None or second.same(first):
            return
        found = [(p, e) for p, e in a.destinations(clause, m.end(), locative=True) if p.country]
        if not found and (fronted := a.fronted_place(sentence)) is not None and clause.start <= fronted[1].end + 2:
            found = [fronted]  # "In Kuala Lumpur, Erdogan is due to meet Prime Minister Anwar Ibrahim"
        trigger = Span(m.start(), m.end())
        if found:
            place, entity = found[0]
            if any(x is not None and x.actor.resident for x in (first, second)):
                return  # an ambassador meets the officials of the country of posting
            if hosting:
                # The receiving side needs no name: "… was welcomed in Paris".
                host, visitor = first, second
                if host is not None and host.actor.stated_country not in (None, place.country):
                    return
            else:
                if first is None:
                    return
                host = next((x for x in (first, second) if x.actor.stated_country == place.country), None)
                if host is None:
                    # A counterpart of no stated country met by a foreigner who travelled
                    # there: "He will meet President Volodymyr Zelenskiy in Kyiv". A
                    # country assumed from a dateline that is not the foreigner's own
                    # still counts ("WASHINGTON — Blinken met Wang Yi in Bali").
                    host, other = next(
                        ((x, y) for x, y in ((second, first), (first, second))
                         if x.actor.stated_country is None and x.actor.official
                         and x.actor.country in (None, place.country, y.actor.stated_country)),
                        (None, None),
                    )
                    if host is None or other.actor.stated_country in (None, place.country):
                        return  # a meeting at a third place is not a visit
                visitor = second if host is first else first
            self.sight(visitor.actor, place, entity, clause, sentence, trigger, host=host.actor if host else None)
            return
        if first is not None:
            # No place: settled once every trip of the article is known.
            aside = _SIDELINES.search(a.text, clause.start, clause.end) is not None
            self.pairs.append((first.actor, second.actor, sentence, trigger, hosting, aside))

    def subject_before(self, run: Run[Mention], sentence: Span, clause: Span, at: int) -> Mention | None:
        """The first official named in ``clause`` before ``at``, outside a clause that
        opens the sentence and not as the one met ("talks with X"): the clause's subject."""
        a = self.a
        for x in run.from_(clause.start):
            if x.span.start >= at:
                return None
            if not a.fronted(sentence, x.span.start) and not COUNTERPART.search(
                a.text, max(0, x.span.start - 60), x.span.start
            ):
                return x
        return None

    def passive(self, m: regex.Match, agent: Mention | None) -> bool:
        """Whether hosting word ``m`` is passive, its agent ``agent`` after "by":
        "hosted by Ramaphosa", "was greeted at the airport by Premier Chou En-lai"."""
        text = self.a.text
        if _PASSIVE_BY.match(text, m.end(), m.end() + 8):
            return True
        return (
            agent is not None and _PASSIVE_AUX.search(text, max(0, m.start() - 20), m.start()) is not None
            and _BY.search(text, m.end(), min(agent.span.start, m.end() + _AGENT_REACH)) is not None
        )

    def homeward(self, m: regex.Match, sentence: Span) -> None:
        """'Freeh flew home': a visit under way before it is over."""
        subject = self.a.mentions_in(sentence).last_before(m.start(), sentence.start)
        if subject is not None:
            self.departed[subject.key] = m.start()

    # --- the whole article --------------------------------------------------------------------

    def read(self) -> list[Trip]:
        """Every trip the article states, with hosts found."""
        a = self.a
        readers = {
            "travel": self.travel, "presence": self.presence, "here": self.here, "homeward": self.homeward,
            "meet": functools.partial(self.meeting, hosting=False), "host": functools.partial(self.meeting, hosting=True),
        }
        for sentence, families in cued(a.text, a.ctx.sentences):
            # A reading finds the sentence's officials only when it gets that far.
            for name, pattern, start in families:
                for m in pattern.finditer(a.text, start, sentence.end):
                    readers[name](m, sentence)
        for pair in self.pairs:
            self.settle(*pair)
        trips = [t for ts in self.trips.values() for t in ts]
        for trip in trips:
            if trip.host is None:
                trip.host = self.host_named_with(trip) or self.hosts_at.get(trip.country)
        return trips

    def settle(self, first: Actor, second: Actor, sentence: Span, trigger: Span, hosting: bool, aside: bool) -> None:
        """A meeting without a place: the host of a trip the article states, else a
        visit to the host's country (when hosted, or filed from there, unless held
        ``aside`` an event: "on the sidelines of a meeting of ministers")."""
        a = self.a
        clause = a.clause(sentence, trigger.start)
        options = [(second, first)] if hosting else [(first, second), (second, first)]
        for visitor, host in options:
            own = self.trips_of.get(visitor.key, [])
            if host.stated_country is not None:
                trip = _nearest(self.trips.get((visitor.key, host.country), []), sentence.start)
            else:
                # A host of unknown country: the trip in the same sentence, or the only one.
                here = sorted(
                    (t for t in own if any(s.span == sentence for s in t.sightings)),
                    key=lambda t: not any(s.clause.start <= trigger.start < s.clause.end for s in t.sightings),
                )
                trip = here[0] if here else (own[0] if len(own) == 1 else None)
            if trip is not None:
                trip.host = trip.host or host
                self.sight(visitor, _country_place(trip.country), None, clause, sentence, trigger, explicit=0)
                return
        if aside:
            return
        for visitor, host in options:
            home = host.country
            if home is None or home == visitor.country or (
                a.dateline is not None and a.dateline.country == visitor.stated_country
            ):
                continue  # a meeting in a story filed from the visitor's own country is held at home
            at_dateline = a.dateline is not None and a.dateline.country == home
            if hosting or at_dateline:
                place, entity = (a.dateline, a.dateline_entity) if at_dateline else (_country_place(home), None)
                self.sight(visitor, place, entity, clause, sentence, trigger, explicit=1, host=host)
                return

    def host_named_with(self, trip: Trip) -> Actor | None:
        """The official of the destination country most often named in the visitor's
        sentences, not counting a sentence that has them abroad themselves ("Obama
        also met Trong, who visited Washington last year", told from Hanoi)."""
        a = self.a
        counts: Counter[str] = Counter()
        hosts: dict[str, Actor] = {}
        for i in a.officials.sentences_naming(trip.visitor.key):
            sentence = a.ctx.sentences[i]
            if REMOTE.search(a.text, sentence.start, sentence.end):
                continue  # "He spoke by phone with Chilean President Gabriel Boric": no one was received
            for m in a.mentions_in(sentence).items:
                if m.actor.country == trip.country and m.actor.official and m.actor.entity is not None \
                        and not self.abroad(m.actor, sentence):
                    counts[m.actor.key] += 1
                    hosts[m.actor.key] = m.actor
        return hosts[counts.most_common(1)[0][0]] if counts else None

    def abroad(self, actor: Actor, sentence: Span) -> bool:
        """Whether ``sentence`` tells a trip of ``actor``'s own."""
        return any(s.span == sentence for t in self.trips_of.get(actor.key, ()) for s in t.sightings)


def _event(trip: Trip, reader: _Reader) -> Event:
    """The event of one trip: roles from entities, attributes as plain values."""
    a = reader.a
    best = trip.best()
    place, place_entity = trip.destination()
    host = trip.first_of("host") or trip.host
    dated = trip.dated()
    status = best.status
    if status == "ongoing" and reader.departed.get(trip.visitor.key, -1) > best.span.start:
        status = "occurred"  # "Freeh flew to Washington immediately after the press conference"
    date = dated.date if dated else None
    if date is None and status in ("ongoing", "occurred") and a.published is not None and not best.earlier:
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
        "destination_name": (place or _country_place(trip.country)).name,
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
