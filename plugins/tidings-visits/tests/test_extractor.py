"""The visits extractor on hand-made entities: each pattern family, roles, merging, negatives."""

from __future__ import annotations

import time

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import tidings
from tidings_visits import visits

MACRON = {"Emmanuel Macron": ("Emmanuel Macron", "President", "FR"), "Macron": ("Emmanuel Macron", "President", "FR")}
XI = {"Xi Jinping": ("Xi Jinping", "President", "CN"), "Xi": ("Xi Jinping", "President", "CN")}
PLACES = {
    "Beijing": ("CN", "city"), "China": ("CN", "country"), "Moscow": ("RU", "city"), "Ankara": ("TR", "city"),
    "Washington": ("US", "city"), "Texas": ("US", "state"), "Paris": ("FR", "city"), "Vietnam": ("VN", "country"),
    "Laos": ("LA", "country"), "Cambodia": ("KH", "country"), "Johannesburg": ("ZA", "city"),
    "Southeast Asia": (None, "region"), "London": ("GB", "city"), "Berlin": ("DE", "city"),
}


def one(found):
    assert len(found) == 1, found
    return found[0]


# --- pattern families -------------------------------------------------------------------


def test_visited_place_with_weekday(find_visits):
    v = one(find_visits(
        "French President Emmanuel Macron visited Beijing on Tuesday.", "2026-01-28",
        people=MACRON, places=PLACES, dates={"Tuesday": ("DATE", "2026-01-27")},
    ))
    assert (v["visitor_name"], v["visitor_country"]) == ("Emmanuel Macron", "FR")
    assert (v["destination_name"], v["destination_country"]) == ("Beijing", "CN")
    assert (v["date"], v["status"]) == ("2026-01-27", "occurred")
    assert v["roles"] == {"visitor": "Emmanuel Macron", "destination": "Beijing", "date": "Tuesday"}


def test_arrived_on_state_visit_is_ongoing_today(find_visits):
    v = one(find_visits(
        "Emmanuel Macron arrived in Beijing today on a three-day state visit.", "2026-01-28",
        people=MACRON, places=PLACES, dates={"today": ("DATE", "2026-01-28")},
    ))
    assert (v["destination_country"], v["date"], v["status"]) == ("CN", "2026-01-28", "ongoing")


def test_possessive_ordinal_visit_to_the_capital(find_visits):
    v = one(find_visits(
        "This was Macron's second visit to the Chinese capital in four months.", "2026-01-28",
        people=MACRON, places=PLACES, dates={"four months": ("DURATION", "P4M")},
    ))
    assert (v["destination_name"], v["destination_country"]) == ("Beijing", "CN")
    assert (v["ordinal"], v["status"], v["date"]) == (2, "occurred", "2026-01-28")


def test_met_counterpart_at_home_is_hosted_visit(find_visits):
    v = one(find_visits(
        "Turkish President Recep Tayyip Erdogan met his Iranian counterpart Masoud Pezeshkian in Ankara on Monday.",
        "2026-01-28",
        people={"Recep Tayyip Erdogan": ("Recep Tayyip Erdogan", "President", "TR"),
                "Masoud Pezeshkian": ("Masoud Pezeshkian", "President", "IR")},
        places=PLACES, dates={"Monday": ("DATE", "2026-01-26")},
    ))
    assert (v["visitor_name"], v["visitor_country"], v["destination_country"]) == ("Masoud Pezeshkian", "IR", "TR")
    assert v["host_name"] == "Recep Tayyip Erdogan"
    assert v["cameo"] == {"visitor": "042", "host": "043"}


def test_hosted_without_place_is_visit_to_hosts_country(find_visits):
    v = one(find_visits(
        "Chinese President Xi Jinping hosted French President Emmanuel Macron on Friday.", "2026-01-31",
        people={**MACRON, **XI}, places=PLACES, dates={"Friday": ("DATE", "2026-01-30")},
    ))
    assert (v["visitor_name"], v["destination_country"], v["host_name"]) == ("Emmanuel Macron", "CN", "Xi Jinping")
    assert v["status"] == "occurred"


def test_met_visiting_official_is_hosted(find_visits):
    v = one(find_visits(
        "U.S. Defense Secretary William Cohen met visiting Chinese Defense Minister Chi Haotian on Tuesday.",
        "1998-12-09",
        people={"William Cohen": ("William Cohen", "Defense Secretary", "US"),
                "Chi Haotian": ("Chi Haotian", "Defense Minister", "CN")},
        places={"U.S.": ("US", "country")}, dates={"Tuesday": ("DATE", "1998-12-08")},
    ))
    assert (v["visitor_name"], v["destination_country"], v["host_name"], v["date"], v["status"]) == (
        "Chi Haotian", "US", "William Cohen", "1998-12-08", "occurred")


def test_stay_in_a_city(find_visits):
    v = one(find_visits(
        "During his two-day stay in Seoul, Japanese Foreign Minister Masahiko Komura met President Kim Dae-jung.",
        "1999-01-10",
        people={"Masahiko Komura": ("Masahiko Komura", "Foreign Minister", "JP"),
                "Kim Dae-jung": ("Kim Dae-jung", "President", None)},
        places={"Seoul": ("KR", "city")},
    ))
    assert (v["visitor_name"], v["destination_name"], v["host_name"]) == ("Masahiko Komura", "Seoul", "Kim Dae-jung")


def test_welcomed_by_passive(find_visits):
    v = one(find_visits(
        "Macron was welcomed by Xi Jinping in Beijing.", "2026-01-28",
        people={**MACRON, **XI}, places=PLACES,
    ))
    assert (v["visitor_name"], v["host_name"], v["destination_country"]) == ("Emmanuel Macron", "Xi Jinping", "CN")


@pytest.mark.parametrize(
    "sentence",
    [
        "Macron is due to travel to Washington next week.",
        "Macron will visit Washington next week.",
        "Macron is expected to fly to Washington next week.",
        "Macron plans to make a trip to Washington next week.",
    ],
)
def test_planned(find_visits, sentence):
    v = one(find_visits(sentence, "2026-01-28", people=MACRON, places=PLACES,
                        dates={"next week": ("DATE", "2026-W06")}))
    assert (v["destination_country"], v["status"], v["date"]) == ("US", "planned", "2026-W06")


def test_planned_without_date_has_no_date(find_visits):
    v = one(find_visits("Macron said he looked forward to visiting China.", "2026-01-28",
                        people=MACRON, places=PLACES))
    assert (v["status"], v["date"]) == ("planned", None)


@pytest.mark.parametrize("verb", ["postponed", "called off", "cancelled"])
def test_cancelled(find_visits, verb):
    v = one(find_visits(f"Macron {verb} his visit to Beijing.", "2026-01-28", people=MACRON, places=PLACES))
    assert (v["destination_country"], v["status"]) == ("CN", "cancelled")


def test_held_talks_in_and_purpose(find_visits):
    v = one(find_visits(
        "Macron held talks in Ankara to discuss the war in Ukraine.", "2026-01-28",
        people=MACRON, places=PLACES,
    ))
    assert v["destination_country"] == "TR"
    assert v["purpose"] == "to discuss the war in Ukraine"


def test_tour_of_several_countries_is_one_visit_each(find_visits):
    found = find_visits(
        "Macron left on Sunday for a tour of Vietnam, Laos and Cambodia.", "2026-01-28",
        people=MACRON, places=PLACES, dates={"Sunday": ("DATE", "2026-01-25")},
    )
    assert [(v["destination_country"], v["status"]) for v in found] == [
        ("VN", "ongoing"), ("LA", "ongoing"), ("KH", "ongoing")
    ]


def test_summit_abroad(find_visits):
    v = one(find_visits("Macron will attend the G20 summit in Johannesburg.", "2026-01-28",
                        people=MACRON, places=PLACES))
    assert (v["destination_country"], v["status"]) == ("ZA", "planned")


def test_delegation_without_person(find_visits):
    v = one(find_visits("Iran said an Iraqi diplomatic delegation was en route to Tehran.", "1990-08-15",
                        places={"Tehran": ("IR", "city"), "Iran": ("IR", "country")}))
    assert (v["visitor_name"], v["visitor_country"], v["destination_country"]) == (
        "Iraqi diplomatic delegation", "IQ", "IR")
    assert (v["status"], v["date"]) == ("ongoing", "1990-08-15")
    assert "visitor" not in v["roles"]


def test_official_described_by_office(find_visits):
    v = one(find_visits("The Indian foreign minister cancelled a planned trip to Islamabad.", "2026-01-28",
                        places={"Islamabad": ("PK", "city")}))
    assert (v["visitor_name"], v["visitor_country"], v["destination_country"], v["status"]) == (
        "Indian foreign minister", "IN", "PK", "cancelled")


def test_summit_abroad_is_a_visit_for_each_leader_named(find_visits):
    found = find_visits(
        "Emmanuel Macron met Xi Jinping on the sidelines of the G20 summit in Johannesburg on Monday.",
        "2026-01-28", people={**MACRON, **XI}, places=PLACES, dates={"Monday": ("DATE", "2026-01-26")},
    )
    assert sorted((v["visitor_name"], v["destination_country"], v["date"]) for v in found) == [
        ("Emmanuel Macron", "ZA", "2026-01-26"), ("Xi Jinping", "ZA", "2026-01-26")]


def test_presence_in_country(find_visits):
    v = one(find_visits(
        "Tourism Minister Andrew Thomson, in India to talk to airline chiefs, said flights would rise.",
        "1998-02-13", people={"Andrew Thomson": ("Andrew Thomson", "Tourism Minister", "AU")},
        places={"India": ("IN", "country")},
    ))
    assert (v["destination_country"], v["status"], v["date"]) == ("IN", "ongoing", "1998-02-13")


def test_dateline_gives_destination(find_visits):
    v = one(find_visits(
        "WARSAW, Poland (AP) _ German defense minister Rudolf Scharping, ending a two-day visit, "
        "said Poland was ready.", "1998-12-05",
        people={"Rudolf Scharping": ("Rudolf Scharping", "defense minister", "DE")},
        places={"WARSAW": ("PL", "city"), "Poland": ("PL", "country")},
    ))
    assert (v["destination_name"], v["destination_country"], v["status"]) == ("WARSAW", "PL", "ongoing")
    assert v["roles"] == {"visitor": "Rudolf Scharping", "destination": "WARSAW"}


def test_departure_home_ends_an_ongoing_visit(find_visits):
    v = one(find_visits(
        "NAIROBI, Kenya (AP) _ FBI Director Louis Freeh said here Friday that the probe goes on. "
        "Freeh flew to Washington after the press conference.", "1998-08-21",
        people={"Louis Freeh": ("Louis Freeh", "FBI Director", "US"), "Freeh": ("Louis Freeh", "FBI Director", "US")},
        places={"NAIROBI": ("KE", "city"), "Kenya": ("KE", "country"), "Washington": ("US", "city")},
        dates={"Friday": ("DATE", "1998-08-21")}, organizations={"FBI": "US"},
    ))
    assert (v["destination_country"], v["date"], v["status"]) == ("KE", "1998-08-21", "occurred")


# --- merging ------------------------------------------------------------------------------


def test_mentions_of_one_trip_merge_keeping_the_richest_roles(find_visits):
    found = find_visits(
        "Russian President Vladimir Putin met with his Syrian counterpart, Ahmed al-Sharaa, on Wednesday "
        "to discuss Syria's reconstruction. This was Al-Sharaa's second visit to the Russian capital in four months. "
        "In December, Al-Sharaa visited Washington for talks with US President Donald Trump.",
        "2026-01-28",
        people={"Vladimir Putin": ("Vladimir Putin", "President", "RU"),
                "Ahmed al-Sharaa": ("Ahmed al-Sharaa", "President", "SY"),
                "Al-Sharaa": ("Ahmed al-Sharaa", "President", "SY"),
                "Donald Trump": ("Donald Trump", "President", "US")},
        places={"Syria": ("SY", "country"), "Washington": ("US", "city")},
        dates={"Wednesday": ("DATE", "2026-01-28"), "December": ("DATE", "2025-12"),
               "four months": ("DURATION", "P4M")},
    )
    got = [(v["visitor_name"], v["destination_country"], v["host_name"], v["date"], v["status"], v["ordinal"])
           for v in found]
    assert got == [
        ("Ahmed al-Sharaa", "RU", "Vladimir Putin", "2026-01-28", "occurred", 2),
        ("Ahmed al-Sharaa", "US", "Donald Trump", "2025-12", "occurred", None),
    ]
    assert found[0]["purpose"] == "to discuss Syria's reconstruction"


def test_visit_of_named_official_and_planned_adjective(find_visits):
    v = one(find_visits(
        "NAIROBI, Kenya (AP) _ Kimotho talked about the slated visit of U.S. Commerce Secretary William Daley "
        "in September.", "1998-08-26",
        people={"Kimotho": ("Joseph Kimotho", "trade minister", "KE"),
                "William Daley": ("William Daley", "Commerce Secretary", "US")},
        places={"NAIROBI": ("KE", "city"), "Kenya": ("KE", "country"), "U.S.": ("US", "country")},
        dates={"September": ("DATE", "1998-09")},
    ))
    assert (v["visitor_name"], v["destination_country"], v["date"], v["status"]) == (
        "William Daley", "KE", "1998-09", "planned")


def test_reported_clause_has_its_own_subject(find_visits):
    found = find_visits(
        "Cuban President Fidel Castro said that the boy's father would travel to the United States.", "2000-03-29",
        people={"Fidel Castro": ("Fidel Castro", "President", "CU")}, places={"United States": ("US", "country")},
    )
    assert found == []


def test_visits_months_apart_are_two_trips(find_visits):
    found = find_visits(
        "Macron visited Beijing on Tuesday. It was his second trip to China after a visit to Beijing in 2023.",
        "2026-01-28", people=MACRON, places=PLACES,
        dates={"Tuesday": ("DATE", "2026-01-27"), "2023": ("DATE", "2023")},
    )
    assert sorted((v["destination_country"], v["date"]) for v in found) == [("CN", "2023"), ("CN", "2026-01-27")]


# --- not visits ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "President Donald Trump visited flood-hit Texas on Monday.",  # domestic
        "French tourists visited Beijing in record numbers.",  # tourism, no official
        "Macron visited Beijing on a family holiday.",  # private
        "Macron held a phone call with Xi Jinping about Beijing's trade policy.",  # phone talks
        "Macron met Xi Jinping by video link from Paris.",  # video call
        "To learn more, visit our website or write to Paris.",  # not a trip
        "Actor Tom Hanks visited Beijing on Tuesday.",  # not an official
        "Macron and Xi Jinping will meet in London next week.",  # a third place
        "Xi Jinping praised the first-graders and their planned trip to Paris.",  # not the official's trip
        "Macron said the group would be met on arriving in Beijing.",  # the speaker does not travel
        "``No one wants to stay in Beijing,'' said Macron.",  # words in a quotation
        "During the talks on Monday, Macron said his team might travel to Beijing.",  # not the fronted clause
        "NAIROBI, Kenya (AP) _ U.S. Ambassador Prudence Bushnell met Kenyan trade minister Joseph Kimotho "
        "in Nairobi on Monday.",  # an ambassador at her post
    ],
)
def test_not_visits(find_visits, text):
    people = {**MACRON, **XI, "Donald Trump": ("Donald Trump", "President", "US"),
              "Tom Hanks": ("Tom Hanks", "Actor", "US"),
              "Prudence Bushnell": ("Prudence Bushnell", "Ambassador", "US"),
              "Joseph Kimotho": ("Joseph Kimotho", "trade minister", "KE")}
    places = {**PLACES, "NAIROBI": ("KE", "city"), "Nairobi": ("KE", "city"), "Kenya": ("KE", "country")}
    assert find_visits(text, "2026-01-28", people=people, places=places,
                       dates={"Monday": ("DATE", "2026-01-26"), "Tuesday": ("DATE", "2026-01-27")}) == []


def test_chief_of_a_national_body_is_an_official_but_a_company_chief_is_not(find_visits):
    people = {"Louis Freeh": ("Louis Freeh", None, "US"), "Elon Musk": ("Elon Musk", None, "US")}
    found = find_visits("FBI chief Louis Freeh visited Mexico on Tuesday. Tesla chief executive Elon Musk "
                        "visited China on Tuesday.", "2026-01-28", people=people,
                        places={"Mexico": ("MX", "country"), "China": ("CN", "country")},
                        organizations={"FBI": "US", "Tesla": None})
    assert [(v["visitor_name"], v["destination_country"]) for v in found] == [("Louis Freeh", "MX")]


def test_company_site_visit_is_not_a_visit(find_visits):
    # The actor layer knows the country of seats of government, not of companies.
    found = find_visits("Macron plans to visit Siemens in Berlin.", "2026-01-28", people=MACRON, places=PLACES,
                        organizations={"Siemens": None})
    assert found == []


def test_seat_of_government_stands_for_its_country(find_visits):
    v = one(find_visits("Aung San Suu Kyi visited the White House on Wednesday as Burma's leader.", "2016-09-16",
                        people={"Aung San Suu Kyi": ("Aung San Suu Kyi", "leader", "MM")},
                        organizations={"White House": "US"}, dates={"Wednesday": ("DATE", "2016-09-14")}))
    assert (v["destination_name"], v["destination_country"], v["date"], v["status"]) == (
        "United States", "US", "2016-09-14", "occurred")


# --- robustness -------------------------------------------------------------------------------


def test_ordinal_with_a_ligature(find_visits):
    # Text extracted from PDF keeps ligatures: "ﬁrst" folds to "first" (it raised ValueError before).
    v = one(find_visits("Macron made his ﬁrst visit to Beijing on Tuesday.", "2026-01-28", people=MACRON,
                        places=PLACES, dates={"Tuesday": ("DATE", "2026-01-27")}))
    assert (v["destination_country"], v["ordinal"]) == ("CN", 1)


def test_no_entities_no_visits():
    result = tidings.Pipeline([_nothing, visits], strict=True)("Macron visited Beijing.", published="2026-01-28")
    assert result.events == ()


@tidings.extractor(name="nothing", produces={"person", "place", "date"})
def _nothing(ctx: tidings.Context) -> list[tidings.Entity]:
    return []


@settings(max_examples=60, deadline=None)
@given(st.text(max_size=300))
def test_any_text_never_crashes(text):
    result = tidings.Pipeline([_nothing, visits], strict=True)(text, published="2026-01-28")
    assert result.errors == ()


@pytest.mark.parametrize("breaks", ["<p>&amp;</p>\n", " "])
def test_time_grows_linearly_on_adversarial_text(find_visits, breaks):
    # Triggers, names, places and pronouns packed together, with and without sentence breaks.
    unit = "Macron visited Beijing, in Paris he met with Xi hosted the delegation visit to , in Pope " * 10 + breaks

    def seconds(n: int) -> float:
        start = time.perf_counter()
        find_visits(unit * n, "2026-01-28", people={**MACRON, "Xi": ("Xi Jinping", "President", "CN")},
                    places=PLACES)
        return time.perf_counter() - start

    small, large = seconds(10), seconds(40)
    assert large < 4 * small * 2.5 + 0.1, (small, large)
