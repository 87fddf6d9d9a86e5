"""The rules added after the held-out audit, each on sentences of its own (not the
held-out articles), with hand-made entities (see ``conftest.py``)."""

from __future__ import annotations

import time

from tidings_visits.status import cue

ALBANESE = {"Anthony Albanese": ("Anthony Albanese", "Prime Minister", "AU"),
            "Albanese": ("Anthony Albanese", "Prime Minister", "AU")}
PLACES = {
    "Beijing": ("CN", "city"), "Moscow": ("RU", "city"), "Tokyo": ("JP", "city"), "Jakarta": ("ID", "city"),
    "Hanoi": ("VN", "city"), "Seoul": ("KR", "city"), "Manila": ("PH", "city"), "Rome": ("IT", "city"),
    "Hawaii": ("US", "state"), "Kenya": ("KE", "country"), "Nairobi": ("KE", "city"), "Berlin": ("DE", "city"),
    "Delhi": ("IN", "city"), "India": ("IN", "country"), "Brasilia": ("BR", "city"), "Lima": ("PE", "city"),
}


def only(found):
    assert len(found) == 1, found
    return found[0]


def by_country(found):
    return {v["destination_country"]: v for v in found}


def test_an_office_with_a_is_anyone_who_holds_it(find_visits):
    found = find_visits(
        "Albanese flew to Beijing on Monday, the first trip by an Australian prime minister to China in seven years.",
        "2023-11-07", people=ALBANESE, places={**PLACES, "China": ("CN", "country")},
        dates={"Monday": ("DATE", "2023-11-06"), "seven years": ("DURATION", "P7Y")},
    )
    assert [(v["visitor_name"], v["destination_country"]) for v in found] == [("Anthony Albanese", "CN")]


def test_weeks_after_a_trip_it_is_over_and_not_dated_by_the_clause(find_visits):
    found = by_country(find_visits(
        "Albanese will visit Tokyo on Friday, weeks after his trip to Jakarta.", "2024-03-04",
        people=ALBANESE, places=PLACES, dates={"Friday": ("DATE", "2024-03-08")},
    ))
    assert (found["JP"]["status"], found["JP"]["date"]) == ("planned", "2024-03-08")
    assert (found["ID"]["status"], found["ID"]["date"]) == ("occurred", None)


def test_after_a_visit_the_clause_date_is_the_later_trips(find_visits):
    found = by_country(find_visits(
        "Albanese flew to Hanoi on Tuesday after a three-day visit to Jakarta.", "2024-03-08",
        people=ALBANESE, places=PLACES, dates={"Tuesday": ("DATE", "2024-03-05")},
    ))
    assert found["VN"]["date"] == "2024-03-05"
    assert (found["ID"]["status"], found["ID"]["date"]) == ("occurred", None)


def test_after_touring_keeps_its_own_date(find_visits):
    v = only(find_visits(
        "After touring Seoul on Thursday, Albanese said the talks went well.", "2024-03-09",
        people=ALBANESE, places=PLACES, dates={"Thursday": ("DATE", "2024-03-07")},
    ))
    assert (v["destination_country"], v["date"], v["status"]) == ("KR", "2024-03-07", "occurred")


def test_a_comma_in_place_yields_to_a_past_date(find_visits):
    v = only(find_visits(
        "Japanese Prime Minister Fumio Kishida received the visiting Australian leader, Albanese, "
        "in Tokyo on Monday.", "2024-03-06",
        people={**ALBANESE, "Fumio Kishida": ("Fumio Kishida", "Prime Minister", "JP")},
        places=PLACES, dates={"Monday": ("DATE", "2024-03-04")},
    ))
    assert (v["destination_country"], v["host_name"], v["status"]) == ("JP", "Fumio Kishida", "occurred")


def test_leaving_for_a_place_on_the_day_is_under_way(find_visits):
    v = only(find_visits(
        "Albanese left for Manila on Wednesday.", "2024-03-06",
        people=ALBANESE, places=PLACES, dates={"Wednesday": ("DATE", "2024-03-06")},
    ))
    assert (v["destination_country"], v["status"]) == ("PH", "ongoing")


def test_a_precise_date_refines_next_week(find_visits):
    v = only(find_visits(
        "Albanese is due to travel to Tokyo next week. He will meet Prime Minister Fumio Kishida on March 14.",
        "2024-03-08", people={**ALBANESE, "Fumio Kishida": ("Fumio Kishida", "Prime Minister", "JP")}, places=PLACES,
        dates={"next week": ("DATE", "2024-W11"), "March 14": ("DATE", "2024-03-14")},
    ))
    assert (v["destination_country"], v["date"], v["status"]) == ("JP", "2024-03-14", "planned")


def test_a_counterpart_of_no_stated_country_hosts_at_the_place(find_visits):
    v = only(find_visits(
        "NEW DELHI (Reuters) - Albanese will meet Prime Minister Narendra Modi in Delhi on Friday.",
        "2024-03-04", people={**ALBANESE, "Narendra Modi": ("Narendra Modi", "Prime Minister", None)},
        places={**PLACES, "NEW DELHI": ("IN", "city")}, dates={"Friday": ("DATE", "2024-03-08")},
    ))
    assert (v["visitor_name"], v["destination_country"], v["host_name"]) == ("Anthony Albanese", "IN", "Narendra Modi")


def test_two_foreigners_meeting_at_a_third_place_is_no_visit(find_visits):
    found = find_visits(
        "Albanese met Chinese Premier Li Qiang in Jakarta on Friday.", "2024-03-09",
        people={**ALBANESE, "Li Qiang": ("Li Qiang", "Premier", "CN")}, places=PLACES,
        dates={"Friday": ("DATE", "2024-03-08")},
    )
    assert found == []


def test_the_one_met_is_not_the_traveller_of_the_next_trip_word(find_visits):
    found = find_visits(
        "Albanese flew to Rome on Monday for talks with Prime Minister Giorgia Meloni, after a visit to Berlin.",
        "2024-03-06", people={**ALBANESE, "Giorgia Meloni": ("Giorgia Meloni", "Prime Minister", None)},
        places=PLACES, dates={"Monday": ("DATE", "2024-03-04")},
    )
    assert sorted((v["visitor_name"], v["destination_country"]) for v in found) == [
        ("Anthony Albanese", "DE"), ("Anthony Albanese", "IT")]
    assert by_country(found)["IT"]["host_name"] == "Giorgia Meloni"


def test_he_after_talks_with_someone_is_still_the_traveller(find_visits):
    found = by_country(find_visits(
        "Albanese will travel to Lima, where he will hold talks with President Dina Boluarte. "
        "He will meet President Luiz Inacio Lula da Silva in Brasilia on Friday.", "2024-11-11",
        people={**ALBANESE, "Dina Boluarte": ("Dina Boluarte", "President", "PE"),
                "Luiz Inacio Lula da Silva": ("Luiz Inacio Lula da Silva", "President", "BR")},
        places=PLACES, dates={"Friday": ("DATE", "2024-11-15")},
    ))
    assert found["BR"]["visitor_name"] == "Anthony Albanese"
    assert found["BR"]["host_name"] == "Luiz Inacio Lula da Silva"
    assert "PE" in found


def test_hosted_by_names_the_host_of_the_guests(find_visits):
    found = by_country(find_visits(
        "Albanese and Chinese Premier Li Qiang attended the G20 summit in Rome on Saturday. "
        "The summit, hosted by Italian Prime Minister Giorgia Meloni, ended on Sunday.", "2024-03-11",
        people={**ALBANESE, "Li Qiang": ("Li Qiang", "Premier", "CN"),
                "Giorgia Meloni": ("Giorgia Meloni", "Prime Minister", "IT")},
        places=PLACES, dates={"Saturday": ("DATE", "2024-03-09"), "Sunday": ("DATE", "2024-03-10")},
    ))
    assert found["IT"]["host_name"] == "Giorgia Meloni"


def test_a_state_visit_to_the_dateline_country_is_made_by_a_foreigner(find_visits):
    v = only(find_visits(
        "NAIROBI, Kenya (AP) — Emperor Naruhito arrived in Nairobi on Monday for a three-day state visit.",
        "2024-03-04", people={"Naruhito": ("Naruhito", "Emperor", None)},
        places={**PLACES, "NAIROBI": ("KE", "city")}, dates={"Monday": ("DATE", "2024-03-04")},
    ))
    assert (v["visitor_name"], v["visitor_country"], v["destination_country"], v["status"]) == (
        "Naruhito", None, "KE", "ongoing")


def test_the_dateline_president_touring_his_own_capital_is_no_visit(find_visits):
    found = find_visits(
        "NAIROBI, Kenya (AP) — President William Ruto visited Nairobi's flooded districts on Monday.",
        "2024-03-04", people={"William Ruto": ("William Ruto", "President", None)},
        places={**PLACES, "NAIROBI": ("KE", "city")}, dates={"Monday": ("DATE", "2024-03-04")},
    )
    assert found == []


def test_a_tour_that_takes_him_to_a_list_of_capitals(find_visits):
    found = find_visits(
        "Albanese is in Hanoi on a tour that will also take him to Manila, Seoul and Tokyo.", "2024-03-04",
        people=ALBANESE, places=PLACES,
    )
    assert {v["destination_country"]: v["status"] for v in found} == {
        "VN": "ongoing", "PH": "planned", "KR": "planned", "JP": "planned"}


def test_a_closed_relative_clause_does_not_veto_the_visit(find_visits):
    v = only(find_visits(
        "Albanese, who spent a family holiday in Hawaii last year, will host Chinese Premier Li Qiang "
        "in Canberra next month.", "2024-05-10",
        people={**ALBANESE, "Li Qiang": ("Li Qiang", "Premier", "CN")},
        places={**PLACES, "Canberra": ("AU", "city")}, dates={"next month": ("DATE", "2024-06")},
    ))
    assert (v["visitor_name"], v["destination_country"], v["host_name"], v["date"], v["status"]) == (
        "Li Qiang", "AU", "Anthony Albanese", "2024-06", "planned")


def test_a_holiday_in_the_clause_itself_is_still_no_visit(find_visits):
    assert find_visits("Albanese spent a family holiday in Hawaii last year.", "2024-05-10",
                       people=ALBANESE, places=PLACES) == []


def test_a_since_date_does_not_date_the_trip(find_visits):
    v = only(find_visits(
        "Albanese arrived in Beijing, the first visit by an Australian leader since 2016.", "2023-11-04",
        people=ALBANESE, places=PLACES, dates={"2016": ("DATE", "2016")},
    ))
    assert v["date"] != "2016"


def test_a_pope_is_of_the_holy_see(find_visits):
    v = only(find_visits("Pope Leo arrived in Nairobi on Monday.", "2026-03-02",
                         people={"Leo": ("Leo", "Pope", None)}, places=PLACES,
                         dates={"Monday": ("DATE", "2026-03-02")}))
    assert (v["visitor_country"], v["destination_country"]) == ("VA", "KE")


def test_prior_cue():
    clause = "Albanese will visit Tokyo on Friday, days after his trip to Jakarta"
    assert cue(clause, until=len(clause) - 10, start=clause.index("trip")) == "occurred"
    assert cue(clause, until=clause.index("Tokyo"), start=clause.index("visit")) == "planned"


def test_new_patterns_stay_linear(find_visits):
    """The look-behind windows of the new rules are bounded: a long run of words
    after 'with' or 'after' and long relative clauses read in time linear in length."""
    unit = "after the long and winding talks with the many many officials, who said, "
    timings = []
    for n in (200, 800):
        text = "Albanese visited Tokyo. " + unit * n
        start = time.perf_counter()
        find_visits(text, "2024-03-04", people=ALBANESE, places=PLACES)
        timings.append(time.perf_counter() - start)
    assert timings[1] < timings[0] * 4 * 3 + 0.05


def test_a_place_travelled_from_where_the_visitor_stays_is_a_stop(find_visits):
    found = by_country(find_visits(
        "Albanese will travel to Tokyo from Seoul, where he is scheduled to hold talks with "
        "President Yoon Suk Yeol on Tuesday.", "2024-03-04",
        people={**ALBANESE, "Yoon Suk Yeol": ("Yoon Suk Yeol", "President", None)},
        places=PLACES, dates={"Tuesday": ("DATE", "2024-03-05")},
    ))
    assert set(found) == {"JP", "KR"}
    assert (found["KR"]["status"], found["KR"]["date"], found["KR"]["host_name"]) == (
        "planned", "2024-03-05", "Yoon Suk Yeol")
    assert found["JP"]["host_name"] is None


def test_a_place_travelled_from_is_otherwise_no_stop(find_visits):
    found = find_visits("Albanese flew to Tokyo from Seoul on Tuesday.", "2024-03-06",
                        people=ALBANESE, places=PLACES, dates={"Tuesday": ("DATE", "2024-03-05")})
    assert [v["destination_country"] for v in found] == ["JP"]


def test_a_trip_that_was_due_on_a_day_takes_that_day(find_visits):
    v = only(find_visits(
        "Albanese has called off a visit to Jakarta that was scheduled to start on Monday.", "2024-03-01",
        people=ALBANESE, places=PLACES, dates={"Monday": ("DATE", "2024-03-04")},
    ))
    assert (v["destination_country"], v["date"], v["status"]) == ("ID", "2024-03-04", "cancelled")


def test_a_reported_that_clause_does_not_date_the_trip(find_visits):
    v = only(find_visits(
        "Albanese visited Jakarta in January, officials said that markets rose on Monday.", "2024-03-01",
        people=ALBANESE, places=PLACES,
        dates={"January": ("DATE", "2024-01"), "Monday": ("DATE", "2024-02-26")},
    ))
    assert v["date"] == "2024-01"


def test_a_dateline_country_of_the_other_side_keeps_a_meeting_abroad_no_visit(find_visits):
    found = find_visits(
        "WASHINGTON (AP) — Secretary of State Antony Blinken met Chinese Foreign Minister Wang Yi "
        "in Jakarta on Friday.", "2024-03-09",
        people={"Antony Blinken": ("Antony Blinken", "Secretary of State", None),
                "Wang Yi": ("Wang Yi", "Foreign Minister", "CN")},
        places={**PLACES, "WASHINGTON": ("US", "city")}, dates={"Friday": ("DATE", "2024-03-08")},
    )
    assert found == []


def test_the_day_a_trip_is_called_off_does_not_date_it(find_visits):
    v = only(find_visits(
        "Albanese has cancelled his planned trip to Jakarta, officials said on Thursday.", "2024-03-07",
        people=ALBANESE, places=PLACES, dates={"Thursday": ("DATE", "2024-03-07")},
    ))
    assert (v["destination_country"], v["date"], v["status"]) == ("ID", None, "cancelled")
