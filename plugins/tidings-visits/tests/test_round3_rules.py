"""Round 3: a local official who meets a foreigner at home is the host, never a
visitor to the foreigner's country. Each rule on sentences of its own (not the
held-out articles), with hand-made entities (see ``conftest.py``)."""

from __future__ import annotations

import time

MODI = ("Narendra Modi", "Prime Minister", "IN")
KISHIDA = ("Fumio Kishida", "Prime Minister", "JP")
PEOPLE = {"Narendra Modi": MODI, "Modi": MODI, "Fumio Kishida": KISHIDA, "Kishida": KISHIDA}
PLACES = {"Tokyo": ("JP", "city"), "TOKYO": ("JP", "city"), "Japan": ("JP", "country"),
          "India": ("IN", "country"), "NEW DELHI": ("IN", "city")}
MONDAY = {"Monday": ("DATE", "2024-03-04")}


def trips(found):
    return sorted((v["visitor_name"], v["destination_country"], v["host_name"]) for v in found)


def test_a_passive_greeting_with_its_agent_later_makes_the_agent_host(find_visits):
    found = find_visits(
        "Modi arrived in Tokyo on Monday and was greeted at the airport by Kishida, beginning a three-day visit.",
        "2024-03-04", people=PEOPLE, places=PLACES, dates=MONDAY,
    )
    assert trips(found) == [("Narendra Modi", "JP", "Fumio Kishida")]


def test_a_reduced_passive_after_a_comma_is_passive_too(find_visits):
    found = find_visits(
        "TOKYO (AP) — Modi, welcomed at the palace by Kishida, spoke of a new partnership on Monday.",
        "2024-03-04", people=PEOPLE, places=PLACES, dates=MONDAY,
    )
    assert trips(found) == [("Narendra Modi", "JP", "Fumio Kishida")]


def test_an_active_greeting_keeps_the_subject_as_host(find_visits):
    found = find_visits(
        "Kishida greeted Modi at the airport on Monday, the start of a three-day stay.",
        "2024-03-04", people=PEOPLE, places=PLACES, dates=MONDAY,
    )
    assert trips(found) == [("Narendra Modi", "JP", "Fumio Kishida")]


def test_a_placeless_meeting_filed_from_the_visitors_home_is_no_trip_abroad(find_visits):
    # Modi is at home in the dateline's country: the passive is not seen (no "by"),
    # so "Modi … welcomed Kishida" must still not send Modi to Japan.
    found = find_visits(
        "NEW DELHI (AP) — Kishida was welcomed warmly on Monday, and Modi welcomed him.",
        "2024-03-04", people=PEOPLE, places=PLACES, dates=MONDAY,
    )
    assert ("Narendra Modi", "JP") not in {(v, c) for v, c, _ in trips(found)}
    found = find_visits(
        "NEW DELHI (AP) — Kishida, welcomed at the airport by Modi on Monday, said ties had never been closer.",
        "2024-03-04", people=PEOPLE, places=PLACES, dates=MONDAY,
    )
    assert trips(found) == [("Fumio Kishida", "IN", "Narendra Modi")]


def test_the_one_met_during_a_trip_is_not_its_traveller(find_visits):
    found = find_visits(
        "Modi will travel to Sydney on Monday. He is expected to meet Kishida during the trip, "
        "the first by an Indian leader to Australia in five years.",
        "2024-03-01", people=PEOPLE, places={**PLACES, "Sydney": ("AU", "city"), "Australia": ("AU", "country")},
        dates=MONDAY,
    )
    assert trips(found) == [("Narendra Modi", "AU", None)]


def test_a_country_that_qualifies_a_title_is_not_a_destination(find_visits):
    found = find_visits(
        "Kishida had been expected to meet Modi on the trip, the first by a Japan prime minister to India since 2017.",
        "2024-03-01", people=PEOPLE, places=PLACES, dates=MONDAY,
    )
    assert trips(found) == [("Fumio Kishida", "IN", "Narendra Modi")]


def test_long_passive_greetings_run_in_linear_time(find_visits):
    unit = "Modi was greeted at the airport by Kishida and by many others, "

    def seconds(n: int) -> float:
        start = time.perf_counter()
        find_visits(unit * n + ".", "2024-03-04", people=PEOPLE, places=PLACES)
        return time.perf_counter() - start

    small, large = seconds(50), seconds(400)
    assert large < 8 * small * 3 + 0.5


SCHOLZ = ("Olaf Scholz", None, "DE")
MACRON = ("Emmanuel Macron", "President", "FR")
EUROPE = {"Olaf Scholz": SCHOLZ, "Scholz": SCHOLZ, "Emmanuel Macron": MACRON, "Macron": MACRON,
          "Antony Blinken": ("Antony Blinken", "Secretary of State", "US")}
CITIES = {"PARIS": ("FR", "city"), "BERLIN": ("DE", "city"), "HANOI": ("VN", "city"), "Moscow": ("RU", "city"),
          "Vietnam": ("VN", "country")}
TUESDAY = {"Tuesday": ("DATE", "2024-05-07")}


def test_a_well_known_leader_named_without_a_title_is_an_official(find_visits):
    found = find_visits(
        "PARIS (AP) — Macron on Tuesday welcomed Olaf Scholz, who is on a two-day visit.",
        "2024-05-07", people=EUROPE, places=CITIES, dates=TUESDAY,
    )
    assert trips(found) == [("Olaf Scholz", "FR", "Emmanuel Macron")]


def test_landing_at_an_airport_abroad_is_arriving(find_visits):
    v = find_visits(
        "PARIS (AP) — Scholz landed at Orly airport on Tuesday for talks on defence.",
        "2024-05-07", people=EUROPE, places=CITIES, dates=TUESDAY,
    )
    assert [(x["visitor_name"], x["destination_country"], x["date"]) for x in v] == [("Olaf Scholz", "FR", "2024-05-07")]


def test_a_meeting_on_the_sidelines_of_an_event_is_no_visit_to_the_dateline(find_visits):
    found = find_visits(
        "BERLIN (AP) — Scholz met Antony Blinken on Tuesday on the sidelines of a meeting of NATO ministers.",
        "2024-05-07", people=EUROPE, places=CITIES, dates=TUESDAY,
    )
    assert trips(found) == []


def test_a_party_chief_met_who_travelled_is_the_traveller_and_the_visitor_abroad_no_host(find_visits):
    people = {**EUROPE, "To Lam": ("To Lam", "Chief", None)}
    found = find_visits(
        "HANOI (AP) — Macron toured Vietnam on Tuesday. Macron also met Communist Party chief To Lam, "
        "who visited Paris last year.",
        "2024-05-07", people=people, places={**CITIES, "Paris": ("FR", "city")},
        dates={**TUESDAY, "last year": ("DATE", "2023")},
    )
    assert trips(found) == [("Emmanuel Macron", "VN", "To Lam"), ("To Lam", "FR", None)]
