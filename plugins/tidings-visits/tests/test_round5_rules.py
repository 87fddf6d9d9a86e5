"""Round 5: trips told apart from a call, next legs, and other wire phrasings of plans,
cancellations and trips mentioned in passing. Each rule on constructed sentences, with
hand-made entities (see ``conftest.py``)."""

from __future__ import annotations

import pytest

KISHIDA = ("Fumio Kishida", "Prime Minister", "JP")
MARCOS = ("Ferdinand Marcos", "President", "PH")
YOON = ("Yoon Suk Yeol", "President", "KR")
PEOPLE = {"Fumio Kishida": KISHIDA, "Ferdinand Marcos": MARCOS, "Yoon Suk Yeol": YOON}
PLACES = {"Manila": ("PH", "city"), "Seoul": ("KR", "city"), "Canada": ("CA", "country")}
PUBLISHED = "2024-03-06"
DATES = {
    "Wednesday": ("DATE", "2024-03-06"), "Monday": ("DATE", "2024-03-04"), "Friday": ("DATE", "2024-03-08"),
    "last month": ("DATE", "2024-02"), "in May": ("DATE", "2023-05"),
}
LEAD = "Japanese Prime Minister Fumio Kishida"


def seen(text, **kw):
    return sorted((v["destination_country"], v["host_name"], v["date"], v["status"]) for v in kw.pop("find")(
        text, PUBLISHED, people=PEOPLE, places=PLACES, dates=DATES))


def test_a_call_does_not_cancel_a_trip_told_apart_from_it(find_visits):
    # The one spoken with is not the "his" of the trip, and names no host.
    found = seen(f"{LEAD} spoke by video link with South Korean President Yoon Suk Yeol on Wednesday "
                 "after his trip to Seoul last month.", find=find_visits)
    assert found == [("KR", None, "2024-02", "occurred")]
    found = seen(f"{LEAD} held a phone call with President Yoon Suk Yeol on Wednesday, during a visit to Canada.",
                 find=find_visits)
    assert found == [("CA", None, "2024-03-06", "occurred")]
    # The call itself is still no visit, nor is a trip the call words describe.
    assert seen(f"{LEAD} spoke by phone with President Yoon Suk Yeol in Seoul on Wednesday.", find=find_visits) == []
    assert seen(f"{LEAD} joined the summit in Seoul by video link on Wednesday.", find=find_visits) == []
    assert seen(f"{LEAD} spoke on Wednesday after a virtual visit to Seoul.", find=find_visits) == []


@pytest.mark.parametrize("onward", [
    "before heading to Seoul", "before leaving for Seoul", "before flying to Seoul", ", ahead of a trip to Seoul",
    "and will then travel to Seoul", ", then travels to Seoul",
])
def test_the_next_leg_of_a_trip_on_the_day_is_planned(find_visits, onward):
    found = seen(f"{LEAD} met Philippine President Ferdinand Marcos in Manila on Wednesday {onward}.",
                 find=find_visits)
    assert ("KR", None, None, "planned") in found


def test_the_next_leg_happened_when_its_own_words_or_dates_say_so(find_visits):
    found = seen(f"{LEAD} met Philippine President Ferdinand Marcos in Manila on Wednesday before heading to "
                 "Seoul, where he met President Yoon Suk Yeol.", find=find_visits)
    assert ("KR", "Yoon Suk Yeol", "2024-03-06", "occurred") in found
    found = seen(f"{LEAD} met Philippine President Ferdinand Marcos in Manila on Wednesday, then flew to Seoul.",
                 find=find_visits)
    assert ("KR", None, "2024-03-06", "ongoing") in found  # flown there on the day: under way, not planned
    # Days before publication, the leg after the news is over too.
    found = seen(f"{LEAD} met Philippine President Ferdinand Marcos in Manila on Monday before heading to Seoul.",
                 find=find_visits)
    assert [s for _, _, _, s in found] == ["occurred", "occurred"]
    # An opening "Ahead of" tells no plan of the trip after it.
    assert seen(f"Ahead of the summit, {LEAD} visited Manila on Wednesday.", find=find_visits) == [
        ("PH", None, "2024-03-06", "occurred")]


@pytest.mark.parametrize("words", [
    "has put his trip to Seoul on hold", "pulled out of a planned trip to Seoul", "will no longer travel to Seoul",
    "has axed a visit to Seoul", "will skip a trip to Seoul", "has delayed his trip to Seoul",
    "will not travel to Seoul", "could not attend the summit in Seoul", "won't be able to visit Seoul",
])
def test_wire_words_of_a_called_off_trip(find_visits, words):
    assert [s for *_, s in seen(f"{LEAD} {words}.", find=find_visits)] == ["cancelled"]


@pytest.mark.parametrize("words", [
    "is poised to visit Seoul", "is considering a visit to Seoul", "may visit Seoul", "could travel to Seoul",
    "accepted an invitation to visit Seoul",
])
def test_wire_words_of_a_possible_or_accepted_trip(find_visits, words):
    assert [s for *_, s in seen(f"{LEAD} {words}.", find=find_visits)] == ["planned"]


def test_a_flight_delayed_or_a_may_date_is_no_cancelled_or_planned_trip(find_visits):
    dates = {**DATES, "May 3": ("DATE", "2023-05-03")}
    found = find_visits(f"{LEAD} arrived in Seoul on May 3 after his flight was delayed.", PUBLISHED,
                        people=PEOPLE, places=PLACES, dates=dates)
    assert [v["status"] for v in found] == ["occurred"]


def test_a_trip_since_which_the_news_is_told_is_earlier(find_visits):
    found = seen(f"{LEAD} met Philippine President Ferdinand Marcos in Manila on Wednesday, his first trip abroad "
                 "since his visit to Seoul in May.", find=find_visits)
    assert found == [("KR", None, "2023-05", "occurred"), ("PH", "Ferdinand Marcos", "2024-03-06", "occurred")]


def test_an_arrival_the_day_before_in_the_dateline_city_is_under_way(find_visits):
    places = {**PLACES, "SEOUL": ("KR", "city")}
    dates = {"Tuesday": ("DATE", "2024-03-05")}
    found = find_visits(f"SEOUL (AP) — {LEAD} arrived in Seoul on Tuesday.", PUBLISHED,
                        people=PEOPLE, places=places, dates=dates)
    assert [(v["date"], v["status"]) for v in found] == [("2024-03-05", "ongoing")]
    # Filed from elsewhere, the same arrival is told as done.
    found = find_visits(f"{LEAD} arrived in Seoul on Tuesday.", PUBLISHED, people=PEOPLE, places=places, dates=dates)
    assert [(v["date"], v["status"]) for v in found] == [("2024-03-05", "occurred")]


def test_the_one_met_as_an_object_pronoun_is_not_the_subject(find_visits):
    people = {"Choe Son Hui": ("Choe Son Hui", "Foreign Minister", "KP"),
              "Sergei Lavrov": ("Sergei Lavrov", "Foreign Minister", "RU")}
    places = {"Moscow": ("RU", "city")}
    dates = {"Monday": ("DATE", "2024-11-04"), "Tuesday": ("DATE", "2024-11-05")}
    found = find_visits(
        "North Korean Foreign Minister Choe Son Hui arrived in Moscow on Monday. "
        "Russian Foreign Minister Sergei Lavrov will hold talks with her on Tuesday.",
        "2024-11-04", people=people, places=places, dates=dates,
    )
    assert [(v["visitor_name"], v["host_name"]) for v in found] == [("Choe Son Hui", "Sergei Lavrov")]
    # A possessive after "with" is still the subject's: "met with her counterpart" sends no one home.
    found = find_visits(
        "North Korean Foreign Minister Choe Son Hui arrived in Moscow on Monday and met with her "
        "counterpart Sergei Lavrov on Tuesday.",
        "2024-11-04", people=people, places=places, dates=dates,
    )
    assert [(v["visitor_name"], v["host_name"]) for v in found] == [("Choe Son Hui", "Sergei Lavrov")]


@pytest.mark.parametrize("passing", [", fresh from a trip to Seoul,", ", a week after visiting Seoul,"])
def test_a_trip_told_in_passing_as_earlier_is_not_dated_by_the_news(find_visits, passing):
    found = seen(f"{LEAD}{passing} met Philippine President Ferdinand Marcos in Manila on Wednesday.",
                 find=find_visits)
    assert found == [("KR", None, None, "occurred"), ("PH", "Ferdinand Marcos", "2024-03-06", "occurred")]
