"""Round 2 of the actor layer: bare surnames, media and companies, islands,
newspapers referred to by their last word."""

from __future__ import annotations

import pytest

import tidings
from tidings.actors import actors

PIPELINE = tidings.Pipeline([actors], strict=True)


def people(text: str) -> list[str]:
    return [e.text for e in PIPELINE(text).of_kind("person")]


def organizations(text: str) -> list[tuple[str, str]]:
    return [(e.text, e.value.name) for e in PIPELINE(text).of_kind("organization")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the subject of a verb of saying, every later mention joins
        ("Ankara objected. Erdogan said on Tuesday that talks would go on. Erdogan left.", ["Erdogan", "Erdogan"]),
        ("Zelensky told reporters in Kyiv that the front was holding.", ["Zelensky"]),
        ("Britain's economy shrank. Sunak said the figures were disappointing.", ["Sunak"]),
        # a possessive before a noun only people have
        ("The talks stalled because Erdogan's government refused to budge.", ["Erdogan"]),
        # the object of a verb of meeting
        ("The envoy met Erdogan in Ankara on Monday.", ["Erdogan"]),
        # after a sentence-initial adverb
        ("Moscow denied it. Later Putin met the envoy.", ["Putin"]),
        # a plural-looking surname, with strong evidence or capitalised mid-sentence
        ("“We will win,” Williams said.", ["Williams"]),
        ("Reporters asked whether Williams said anything.", ["Williams"]),
    ],
)
def test_bare_surnames_with_evidence_are_people(text: str, expected: list[str]) -> None:
    assert people(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Officials said the talks failed. Analysts said so too.",
        "Police said the road was closed.",
        "Critics said the plan was flawed, and other critics agreed.",
        "Monday said little. Friday was calm.",
        "Boeing said it would cut jobs. Boeing said the plane was safe.",
        "Acme's shares fell. Acme said the outlook was weak.",
        "Octel Communications Corp. gained. Octel said sales rose.",
        "Quarrix told analysts that sales rose.",
        "Residents in Amherst said the storm was bad. Amherst said it was ready.",
        "Russia warned on Friday. Moscow said talks were over.",
        "Syrians said the war was over.",
    ],
)
def test_things_places_and_groups_are_no_bare_surnames(text: str) -> None:
    assert people(text) == []


def test_a_bare_surname_never_joins_a_company_of_the_same_word() -> None:
    # "Hewlett" alone is the company "Hewlett-Packard", not a person.
    assert people("Hewlett-Packard Co. raised its stake. Hewlett said it was pleased.") == []


def test_well_known_media_and_companies_are_organizations() -> None:
    text = "Apple said profits rose, The Hill reported, and Politifact agreed, as The New Yorker wrote."
    assert organizations(text) == [
        ("Apple", "Apple"),
        ("The Hill", "The Hill"),
        ("Politifact", "PolitiFact"),
        ("The New Yorker", "The New Yorker"),
    ]
    assert people(text) == []


def test_a_title_with_a_capital_the_inside_a_sentence_is_an_outlet_when_it_reports() -> None:
    assert organizations("Rates rose, The Hill reported.") == [("The Hill", "The Hill")]
    assert organizations("The Hill is steep, and they climbed The Hill slowly.") == []
    assert people("Rates rose, as The Rolling Stones said.") == []


def test_the_times_refers_back_to_the_newspaper_named_before() -> None:
    text = "The Los Angeles Times broke the story. The Times said the deal was off, at times loudly."
    found = [(e.text, e.value.name, e.value.canonical) for e in PIPELINE(text).of_kind("organization")]
    assert found == [
        ("Los Angeles Times", "Los Angeles Times", None),
        ("The Times", "Los Angeles Times", "organization-4-21"),
    ]


def test_the_times_without_a_newspaper_named_is_nothing() -> None:
    assert organizations("The Times said the deal was off.") == []


@pytest.mark.parametrize(
    ("text", "country", "type_"),
    [
        ("The summit was held in Bali, where leaders gathered.", "ID", "region"),
        ("Tourists flocked to Sicily.", "IT", "region"),
    ],
)
def test_an_island_is_its_best_known_reading(text: str, country: str, type_: str) -> None:
    found = [(e.value.country, e.value.type) for e in PIPELINE(text).of_kind("place")]
    assert found == [(country, type_)]


def test_plural_titles_give_each_name_its_own_country() -> None:
    text = "Presidents Leonid Kuchma of Ukraine and Boris Yeltsin of Russia signed the treaty."
    found = [(e.text, e.value.title, e.value.country) for e in PIPELINE(text).of_kind("person")]
    assert found == [("Leonid Kuchma", "President", "UA"), ("Boris Yeltsin", "President", "RU")]


def test_a_country_comes_from_the_title_of_that_person_only() -> None:
    text = (
        "WASHINGTON (AP) - U.S. President George Bush said Iraq must withdraw from Kuwait. "
        "Iraqi President Saddam Hussein refused. Bush said he would wait."
    )
    found = {e.text: e.value.country for e in PIPELINE(text).of_kind("person")}
    assert found == {"George Bush": "US", "Saddam Hussein": "IQ", "Bush": "US"}


def test_a_clash_of_country_keeps_two_people_of_one_surname_apart() -> None:
    text = "Iraq's Saddam Hussein said no. Bush met King Hussein of Jordan at his home."
    found = [(e.text, e.value.name, e.value.title, e.value.country) for e in PIPELINE(text).of_kind("person")]
    assert found == [
        ("Saddam Hussein", "Saddam Hussein", None, "IQ"),
        ("Bush", "Bush", None, "US"),
        ("Hussein", "Hussein", "King", "JO"),
    ]


def test_a_surname_after_an_unknown_given_name_is_a_full_name() -> None:
    text = "King Hussein of Jordan met Bush. Iraqi leader Saddam Hussein defied them. Bush and Saddam Hussein met."
    found = [(e.text, e.value.name, e.value.country) for e in PIPELINE(text).of_kind("person")]
    assert found == [
        ("Hussein", "Hussein", "JO"),
        ("Bush", "Bush", "US"),
        ("Saddam Hussein", "Saddam Hussein", "IQ"),
        ("Bush", "Bush", "US"),
        ("Saddam Hussein", "Saddam Hussein", "IQ"),
    ]


def test_a_country_after_a_preposition_is_no_part_of_the_next_name() -> None:
    text = "The U.S. ambassador to Kenya Prudence Bushnell was injured."
    assert [(e.text, e.value.country) for e in PIPELINE(text).of_kind("person")] == [("Prudence Bushnell", None)]
    assert [e.text for e in PIPELINE(text).of_kind("place")] == ["U.S.", "Kenya"]


def test_a_known_surname_takes_a_repeated_capitalised_word_before_it_as_given_name() -> None:
    text = "Gonzalez said he would stay. Later, Elian Gonzalez played, and Elian Gonzalez slept."
    assert people(text) == ["Gonzalez", "Elian Gonzalez", "Elian Gonzalez"]
    assert people("Gonzalez said he would stay, and so Happily Gonzalez did.") == ["Gonzalez", "Gonzalez"]


def test_a_title_word_is_a_bare_surname_only_on_strong_evidence() -> None:
    assert people("“That is opining,” Shah told the site. Shah said more.") == ["Shah", "Shah"]
    assert people("King said nothing. Justice said little.") == []


def test_the_first_word_of_a_company_name_alone_is_that_company() -> None:
    text = "Peabody Energy Corp. filed for bankruptcy. In a statement, Peabody said: fine."
    assert organizations(text) == [("Peabody Energy Corp", "Peabody Energy Corp"), ("Peabody", "Peabody Energy Corp")]
    assert people(text) == []


def test_a_person_an_organisation_is_named_after_stays_a_person() -> None:
    text = "The Clinton Foundation paid. Clinton said so."
    assert organizations(text) == [("Clinton Foundation", "Clinton Foundation")]
    assert people(text) == ["Clinton"]


def test_said_it_makes_a_company_only_when_it_acts() -> None:
    assert people("And Geremek said it was a great day.") == ["Geremek"]
    assert people("Quarrix said it would cut jobs.") == []
    assert people("Quarrix said its profit fell.") == []


def test_a_plural_title_gives_every_listed_name_its_title_and_own_country() -> None:
    text = "Presidents Leonid Kuchma of Ukraine, Boris Yeltsin of Russia and Alexander Lukashenko of Belarus met."
    found = [(e.text, e.value.title, e.value.country) for e in PIPELINE(text).of_kind("person")]
    assert found == [
        ("Leonid Kuchma", "President", "UA"),
        ("Boris Yeltsin", "President", "RU"),
        ("Alexander Lukashenko", "President", "BY"),
    ]
    text = "Senators McCain, Republican of Arizona, and Smith agreed."
    assert [(e.text, e.value.title) for e in PIPELINE(text).of_kind("person")] == [("McCain", "Senator")]


def test_a_given_name_the_article_uses_as_a_place_does_not_speak() -> None:
    assert people("Protests spread in Charlotte. Charlotte remains tense.") == []
    assert people("Melanie said she would vote. Charlotte said so too.") == ["Melanie", "Charlotte"]
