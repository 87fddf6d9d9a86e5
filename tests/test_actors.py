"""The built-in actor layer: places, people, organisations and coreference."""

from __future__ import annotations

import time
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import tidings
from tidings.actors.gazetteer import gazetteer
from tidings.actors import actors, antecedent, canonical, capital, country_code, demonym_country, lookup_place, mentions

SEED = Path(__file__).resolve().parent.parent / "seeds" / "rt-putin-al-sharaa.txt"
PIPELINE = tidings.Pipeline([actors], strict=True)


def run(text: str) -> tidings.Result:
    return PIPELINE(text)


def places(text: str) -> list[tuple[str, str | None, str]]:
    return [(e.text, e.value.country, e.value.type) for e in run(text).of_kind("place")]


def people(text: str) -> list[tuple[str, str, str | None, str | None]]:
    return [(e.text, e.value.name, e.value.title, e.value.country) for e in run(text).of_kind("person")]


def context(text: str) -> tidings.Context:
    result = run(text)
    return tidings.Context(result.article, result.entities)


# --- places -----------------------------------------------------------------


@pytest.mark.parametrize(
    ("mention", "code"),
    [
        ("the United States", "US"),
        ("the U.S.", "US"),
        ("America", "US"),
        ("Britain", "GB"),
        ("the UK", "GB"),
        ("Ivory Coast", "CI"),
        ("Côte d’Ivoire", "CI"),
        ("the Netherlands", "NL"),
        ("Czechia", "CZ"),
        ("Türkiye", "TR"),
        ("Turkey", "TR"),
        ("South Korea", "KR"),
        ("North Korea", "KP"),
        ("the DRC", "CD"),
        ("Syria", "SY"),
        ("Russia", "RU"),
        ("the People's Republic of China", "CN"),
        ("Lao People's Democratic Republic", "LA"),
        ("Bosnia and Herzegovina", "BA"),
        ("Guinea-Bissau", "GW"),
    ],
)
def test_country_names_and_aliases(mention: str, code: str) -> None:
    found = places(f"Officials from {mention} arrived on Monday.")
    assert len(found) == 1
    text, country, type_ = found[0]
    assert (country, type_) == (code, "country")
    assert text == mention.removeprefix("the ")


def test_every_country_is_found_by_its_name() -> None:
    countries = gazetteer().countries
    assert len(countries) >= 249  # ISO 3166-1, plus Kosovo
    for code, country in countries.items():
        found = places(f"Officials from {country.name} met on Monday.")
        assert [(c, t) for _, c, t in found] == [(code, "country")], country.name


def test_pronoun_us_is_not_a_country() -> None:
    assert places("Let us talk to them, who knows.") == []
    assert places("The US and us.") == [("US", "US", "country")]


@pytest.mark.parametrize(
    ("city", "code"), [("Moscow", "RU"), ("Washington", "US"), ("Damascus", "SY"), ("Tartus", "SY"), ("Kyiv", "UA")]
)
def test_capitals_and_cities(city: str, code: str) -> None:
    assert places(f"He flew to {city} on Tuesday.") == [(city, code, "city")]


def test_regions_supranational_and_geographic_features() -> None:
    found = places("The Middle East, the Gulf and the European Union watch the Euphrates River.")
    assert found == [
        ("Middle East", None, "region"),
        ("Gulf", None, "region"),
        ("European Union", None, "supranational"),
        ("Euphrates River", None, "geo"),
    ]


def test_ambiguous_names_default_to_best_known_reading() -> None:
    assert places("Georgia signed a deal with Armenia.") == [("Georgia", "GE", "country"), ("Armenia", "AM", "country")]
    assert places("The delegation reached Paris.") == [("Paris", "FR", "city")]


def test_ambiguous_names_follow_the_stated_context() -> None:
    assert places("Voters in Atlanta, Georgia, queued.")[1] == ("Georgia", "US", "state")
    assert places("Fires spread across Washington state.") == [("Washington", "US", "state")]
    assert places("Georgia and Texas passed laws, as did Florida.")[0] == ("Georgia", "US", "state")
    assert places("Tbilisi says Georgia will join.")[1] == ("Georgia", "GE", "country")
    assert places("Texans fear the invasions of Georgia and Ukraine.") == [
        ("Georgia", "GE", "country"),
        ("Ukraine", "UA", "country"),
    ]
    assert places("Miami, Dallas and Georgia voted.")[2] == ("Georgia", "US", "state")


def test_city_followed_by_its_state_or_country() -> None:
    assert places("A man from Paris, Texas, won.")[0][:2] in {("Paris", "US"), ("Paris", "FR")}
    assert places("A man from Paris, Texas, won.")[1] == ("Texas", "US", "state")


def test_demonyms_are_not_place_mentions_but_map_to_countries() -> None:
    assert places("Syrian and Russian officials met Emirati and Saudi envoys.") == []
    assert [demonym_country(d) for d in ("Syrian", "Russian", "Emirati", "Saudi", "Israeli", "Chinese")] == [
        "SY",
        "RU",
        "AE",
        "SA",
        "IL",
        "CN",
    ]
    assert [demonym_country(d) for d in ("American", "British", "Turkish", "Martian")] == ["US", "GB", "TR", None]


def test_metonymy_keeps_cities_as_places() -> None:
    assert places("Moscow and Damascus plan to work together.") == [("Moscow", "RU", "city"), ("Damascus", "SY", "city")]


def test_the_demonym_capital_is_the_capital_city() -> None:
    found = [e for e in run("Al-Sharaa flew to the Russian capital.").of_kind("place")]
    assert [(e.text, e.value.name, e.value.country) for e in found] == [("the Russian capital", "Moscow", "RU")]


def test_lookup_functions() -> None:
    assert country_code("the United States") == "US"
    assert country_code("Moscow") is None
    assert capital("SY") == tidings.values.Place(name="Damascus", country="SY", type="city")
    assert capital("XX") is None
    assert [(p.country, p.type) for p in lookup_place("Washington")] == [("US", "city"), ("US", "state")]


# --- people -----------------------------------------------------------------


def test_titles_with_demonym_or_country_give_title_and_country() -> None:
    assert people("Russian President Vladimir Putin spoke.") == [("Vladimir Putin", "Vladimir Putin", "President", "RU")]
    assert people("US President Donald Trump spoke.") == [("Donald Trump", "Donald Trump", "President", "US")]
    assert people("Syria's Foreign Minister Asaad al-Shibani arrived.") == [
        ("Asaad al-Shibani", "Asaad al-Shibani", "Foreign Minister", "SY")
    ]
    assert people("Venezuela's Nicolás Maduro said no.") == [("Nicolás Maduro", "Nicolás Maduro", None, "VE")]


@pytest.mark.parametrize(
    ("text", "name", "title"),
    [
        ("Prime Minister Keir Starmer said so.", "Keir Starmer", "Prime Minister"),
        ("Crown Prince Mohammed bin Salman arrived.", "Mohammed bin Salman", "Crown Prince"),
        ("Secretary of State Marco Rubio flew in.", "Marco Rubio", "Secretary of State"),
        ("UN Secretary-General Antonio Guterres warned.", "Antonio Guterres", "Secretary-General"),
        ("Chancellor Friedrich Merz spoke.", "Friedrich Merz", "Chancellor"),
        ("Pope Leo met pilgrims.", "Leo", "Pope"),
        ("Emir Tamim bin Hamad Al Thani hosted talks.", "Tamim bin Hamad Al Thani", "Emir"),
        ("Minister of Foreign Affairs Sergey Lavrov said.", "Sergey Lavrov", "Minister"),
        ("Kremlin spokesman Dmitry Peskov said.", "Dmitry Peskov", "Spokesman"),
        ("Lt. Gen. Michael Flynn spoke.", "Michael Flynn", "Lt Gen"),
        ("Speaker of the House Newt Gingrich spoke.", "Newt Gingrich", "Speaker of the House"),
        ("Apple CEO Tim Cook spoke.", "Tim Cook", "CEO"),
    ],
)
def test_names_introduced_by_titles(text: str, name: str, title: str) -> None:
    assert [(p[0], p[2]) for p in people(text)][:1] == [(name, title)]


def test_country_after_the_name_and_regnal_numbers() -> None:
    assert people("King Abdullah II of Jordan arrived.") == [("Abdullah II", "Abdullah II", "King", "JO")]
    text = "Bashar Assad met the envoy. The president of Syria left."
    found = {e.text: e.value.name for e in run(text).of_kind("person")}
    assert found["The president"] == "Bashar Assad"


def test_initials_and_suffixes_keep_the_surname_for_later_mentions() -> None:
    found = people("Secretary of State James A. Baker III arrived. Baker said no.")
    assert [(p[0], p[1]) for p in found] == [("James A. Baker III", "James A. Baker III"), ("Baker", "James A. Baker III")]


def test_compound_adjectives_are_not_names() -> None:
    found = people("The Atlanta-based BellSouth and Cuban-Americans, who protested, met Ban Ki-moon.")
    assert [p[0] for p in found] == ["Ban Ki-moon"]
    assert [p[0] for p in people("Secretary-General Ban Ki-moon spoke.")] == ["Ban Ki-moon"]


def test_plural_titles_introduce_two_names() -> None:
    found = people("MOSCOW (AP) Presidents Leonid Kuchma of Ukraine and Boris Yeltsin met.")
    assert found == [
        ("Leonid Kuchma", "Leonid Kuchma", "President", "UA"),
        ("Boris Yeltsin", "Boris Yeltsin", "President", "RU"),  # not Ukraine's; Russia's from the leaders list
    ]
    assert [p[0] for p in people("Foreign Ministers Sergei Lavrov and Wang Yi spoke.")] == ["Sergei Lavrov", "Wang Yi"]


def test_a_title_ending_a_sentence_does_not_introduce_the_next_one() -> None:
    assert people("He met the president. Smith was not there.") == []


def test_apposition_introduces_a_name_with_its_country() -> None:
    found = people("Putin met his Syrian counterpart, Ahmed al-Sharaa, in Moscow.")
    assert ("Ahmed al-Sharaa", "Ahmed al-Sharaa", None, "SY") in found
    found = people("Ahmed al-Sharaa, Syria's interim president, arrived.")
    assert found == [("Ahmed al-Sharaa", "Ahmed al-Sharaa", "Interim President", "SY")]


def test_speech_verbs_introduce_names() -> None:
    assert [p[0] for p in people("“We are ready,” said Ivo Daalder.")] == ["Ivo Daalder"]
    assert [p[0] for p in people("Ivo Daalder told reporters nothing.")] == ["Ivo Daalder"]
    assert [p[0] for p in people("According to Ivo Daalder, talks failed.")] == ["Ivo Daalder"]


def test_more_ways_news_introduces_people() -> None:
    assert [p[0] for p in people("Mr. King added that he agreed.")] == ["King"]
    assert [p[0] for p in people("He worked for Jim Justice, a wealthy businessman.")] == ["Jim Justice"]
    assert [p[0] for p in people("Research Director Raj Shah said that. The Crown Prince said this.")] == ["Raj Shah"]
    assert [(p[0], p[2]) for p in people("Rep. G.K. Butterfield (D-N.C.) said so.")] == [("G.K. Butterfield", None)]
    assert [p[0] for p in people("Mehmet Oz — Ivy League-trained surgeon and host — spoke.")] == ["Mehmet Oz"]
    assert [p[0] for p in people("“Good,” Melanie said to the crowd.")] == ["Melanie"]
    assert [p[0] for p in people("Keron Blair, executive director of AROS, called for change.")] == ["Keron Blair"]
    assert [(p[0], p[2]) for p in people("According to talk radio host Rush Limbaugh, it failed.")] == [
        ("Rush Limbaugh", "Talk Radio Host")
    ]
    assert people("Grace said nothing.") == [("Grace", "Grace", None, None)]
    assert people("Talks, the officials said, went on.") == []
    assert [p[0] for p in people("Like Trump, who spoke first, they looked like winners.")] == ["Trump"]


def test_transcript_speakers_link_to_the_named_person() -> None:
    text = "Fox host Chris Wallace asked Gov. Mike Pence.\n\nWALLACE: Why?\n\nPENCE: Because.\n\nUPDATE: none."
    found = run(text).of_kind("person")
    assert [(e.text, e.value.name) for e in found] == [
        ("Chris Wallace", "Chris Wallace"),
        ("Mike Pence", "Mike Pence"),
        ("WALLACE", "Chris Wallace"),
        ("PENCE", "Mike Pence"),
    ]


def test_name_particles_hyphens_and_apostrophes() -> None:
    assert [p[0] for p in people("President Ahmed al-Sharaa spoke.")] == ["Ahmed al-Sharaa"]
    assert [p[0] for p in people("Minister Ursula von der Leyen spoke.")] == ["Ursula von der Leyen"]
    assert [p[0] for p in people("Ambassador Sean O'Brien-Smith spoke.")] == ["Sean O'Brien-Smith"]
    assert [p[0] for p in people("President Daniel arap Moi spoke.")] == ["Daniel arap Moi"]


def test_title_wins_over_a_city_of_the_same_name() -> None:
    assert places("Pilgrims reached Medina.") == [("Medina", "SA", "city")]
    assert people("Judge Medina met King Hussein.") == [
        ("Medina", "Medina", "Judge", None),
        ("Hussein", "Hussein", "King", "JO"),  # "King Hussein" is on the leaders list
    ]
    assert places("Judge Medina met King Hussein.") == []
    assert [p[0] for p in people("Putin called Russian President Vladimir Putin.")] == ["Putin", "Vladimir Putin"]


def test_possessive_is_not_part_of_the_name() -> None:
    found = run("President Ahmed al-Sharaa arrived. Al-Sharaa’s visit and Al-Sharaa's aides.").of_kind("person")
    assert [e.text for e in found] == ["Ahmed al-Sharaa", "Al-Sharaa", "Al-Sharaa"]


def test_no_person_from_sentence_initial_common_words() -> None:
    text = "During the meeting, officials talked. Relations continue. Credit: RT News. While this is true, it rains."
    assert people(text) == []


def test_given_names_find_untitled_people_and_headline_words_are_trimmed() -> None:
    assert [p[0] for p in people("Trump critic Mark Cuban sat in front.")] == ["Mark Cuban"]
    assert [p[0] for p in people("The former Miss Universe Alicia Machado said so.")] == ["Alicia Machado"]
    assert [p[0] for p in people("Prime Minister Theresa May met Hillary Clinton Thursday.")] == [
        "Theresa May",
        "Hillary Clinton",
    ]
    assert people("Black Lawmakers Rip Donald Trump As A ‘Disgusting Fraud.’\n\nNothing.") == []
    assert people("Mr. President, will you pledge? He met them in Executive Session.") == []
    assert people("Flight Attendants Union Backs Clinton\n\nFlight attendants' union endorses her.") == []
    headline = "Clinton Campaign Reportedly Scrambling For Black Voter Turnout In Florida\n\n"
    assert people(headline + "Nothing here.") == []
    assert [p[0] for p in people(headline + "Hillary Clinton spoke.")] == ["Clinton", "Hillary Clinton"]
    assert people("The Dallas Morning News and Kent County officials agreed.") == []


# --- coreference ---------------------------------------------------------------


def test_later_surname_mentions_resolve_to_the_fullest_name() -> None:
    result = run("Russian President Vladimir Putin met Ahmed al-Sharaa. Putin thanked al-Sharaa. Al-Sharaa smiled.")
    found = result.of_kind("person")
    full = {e.text: e.id for e in found if e.value.canonical is None}
    assert set(full) == {"Vladimir Putin", "Ahmed al-Sharaa"}
    linked = [(e.text, e.value.name, e.value.canonical) for e in found if e.value.canonical]
    assert linked == [
        ("Putin", "Vladimir Putin", full["Vladimir Putin"]),
        ("al-Sharaa", "Ahmed al-Sharaa", full["Ahmed al-Sharaa"]),
        ("Al-Sharaa", "Ahmed al-Sharaa", full["Ahmed al-Sharaa"]),
    ]
    assert all(e.value.country == "RU" for e in found if e.value.name == "Vladimir Putin")


def test_descriptions_resolve_to_the_person_they_name() -> None:
    text = (
        "Russian President Vladimir Putin met Ahmed al-Sharaa in Moscow after the fall of Bashar Assad’s "
        "government. The deposed Syrian leader fled to Russia. The Russian president said so."
    )
    found = {e.text: e.value for e in run(text).of_kind("person")}
    assert found["The deposed Syrian leader"].name == "Bashar Assad"
    assert found["Bashar Assad"].country == "SY"  # learnt from the description
    assert found["The Russian president"].name == "Vladimir Putin"


def test_offices_whose_holder_is_unnamed_are_people_named_by_the_description() -> None:
    text = "The Pope arrived in Havana. The Syrian president called. The Pope's visit matters; the Syrian president agreed."
    found = run(text).of_kind("person")
    assert [(e.text, e.value.name, e.value.title, e.value.country) for e in found] == [
        ("The Pope", "the Pope", "Pope", None),
        ("The Syrian president", "the Syrian president", "President", "SY"),
        ("The Pope", "the Pope", "Pope", None),
        ("the Syrian president", "the Syrian president", "President", "SY"),
    ]
    assert found[2].value.canonical == found[0].id and found[3].value.canonical == found[1].id
    assert all(e.confidence < 1 for e in found)
    assert people("The president called. The official agreed.") == []


def test_description_without_country_needs_a_fitting_title() -> None:
    found = people("Gennifer Flowers was invited. Then the president spoke.")
    assert [p[0] for p in found] == ["Gennifer Flowers"]


def test_a_given_name_alone_joins_the_one_person_who_has_it() -> None:
    found = people("Hillary Clinton spoke. Later Hillary said so. Jim Jordan and Jim Smith met; Jim said no.")
    assert [(p[0], p[1]) for p in found] == [
        ("Hillary Clinton", "Hillary Clinton"),
        ("Hillary", "Hillary Clinton"),
        ("Jim Jordan", "Jim Jordan"),
        ("Jim Smith", "Jim Smith"),
        ("Jim", "Jim"),
    ]


def test_names_that_are_months_or_countries() -> None:
    found = people("In May, Prime Minister Theresa May flew out. May said talks went well. Since May 3 she rested.")
    assert [p[0] for p in found] == ["Theresa May", "May"]
    text = "Officials in Chad said so. Chad Smith, a spokesman, confirmed it."
    assert [p[0] for p in people(text)] == ["Chad Smith"]
    assert places(text) == [("Chad", "TD", "country")]


def test_family_names_written_first() -> None:
    text = "Chinese President Xi Jinping met North Korean leader Kim Jong Un. Xi left; Kim stayed."
    found = [(e.text, e.value.name, e.value.country) for e in run(text).of_kind("person")]
    assert found == [
        ("Xi Jinping", "Xi Jinping", "CN"),
        ("Kim Jong Un", "Kim Jong Un", "KP"),
        ("Xi", "Xi Jinping", "CN"),
        ("Kim", "Kim Jong Un", "KP"),
    ]


def test_quotation_attribution_makes_a_lone_surname_a_person() -> None:
    assert [p[0] for p in people("“We will not back down,” Netanyahu told the Knesset.")] == ["Netanyahu"]
    assert people("Officials told the Knesset.") == []


def test_particles_open_names_and_a_middle_name_used_alone() -> None:
    text = (
        "Brazil's President Luiz Inácio Lula da Silva and French President Charles de Gaulle met "
        "Abu Mohammed al-Jolani, who leads HTS. Lula said so. De Gaulle agreed."
    )
    found = [(e.text, e.value.name) for e in run(text).of_kind("person")]
    assert found == [
        ("Luiz Inácio Lula da Silva", "Luiz Inácio Lula da Silva"),
        ("Charles de Gaulle", "Charles de Gaulle"),
        ("Abu Mohammed al-Jolani", "Abu Mohammed al-Jolani"),
        ("Lula", "Luiz Inácio Lula da Silva"),
        ("De Gaulle", "Charles de Gaulle"),
    ]


def test_two_people_with_one_surname_stay_apart() -> None:
    text = "Hafez Assad ruled until 2000. His son Bashar Assad took over. Bashar Assad fled; Assad lives in Moscow."
    found = run(text).of_kind("person")
    assert [(e.text, e.value.name) for e in found] == [
        ("Hafez Assad", "Hafez Assad"),
        ("Bashar Assad", "Bashar Assad"),
        ("Bashar Assad", "Bashar Assad"),
        ("Assad", "Bashar Assad"),
    ]


def test_an_office_outranks_a_role_as_title() -> None:
    found = people("Republican nominee Donald Trump spoke. Later President Donald Trump left.")
    assert {p[2] for p in found} == {"President"}


def test_mentions_that_clash_stay_apart() -> None:
    text = "Michelle Obama spoke first. Then Mr. Obama said he agreed, and Mrs. Obama smiled."
    found = [(e.text, e.value.name) for e in run(text).of_kind("person")]
    assert found == [("Michelle Obama", "Michelle Obama"), ("Obama", "Obama"), ("Obama", "Michelle Obama")]


def test_descriptions_of_other_roles_and_possessive_titles() -> None:
    text = "Barack Obama spoke. Rep. Jim Clyburn, the assistant leader, agreed. Ben Rhodes, one of the president's aides, too."
    found = run(text).of_kind("person")
    assert [e.text for e in found] == ["Barack Obama", "Jim Clyburn", "Ben Rhodes"]
    assert found[2].value.title is None


def test_shorter_forms_of_a_name_join_the_fullest() -> None:
    text = (
        "The FBI wants Osama bin Laden. Reno said Bin Laden hides. Juan Miguel Gonzalez flew in; "
        "Juan Miguel said so. Mr. Gonzalez left."
    )
    found = [(e.text, e.value.name) for e in run(text).of_kind("person")]
    assert ("Bin Laden", "Osama bin Laden") in found
    assert ("Juan Miguel", "Juan Miguel Gonzalez") in found
    assert ("Gonzalez", "Juan Miguel Gonzalez") in found


def test_country_must_stand_right_before_the_title() -> None:
    found = people("Women may leave Iraq. Spokesman Yuri Gremitskikh said so. Soviet spokesman Ivan Petrov agreed.")
    assert found == [
        ("Yuri Gremitskikh", "Yuri Gremitskikh", "Spokesman", None),
        ("Ivan Petrov", "Ivan Petrov", "Spokesman", "SU"),
    ]


def test_canonical_mentions_and_antecedent_api() -> None:
    text = (
        "Russian President Vladimir Putin met Ahmed al-Sharaa, Syria's interim president. "
        "Queen Rania Al Abdullah also came. Al-Sharaa thanked Putin. “Good,” she said. The Russian president agreed."
    )
    ctx = context(text)
    later = next(e for e in ctx.of_kind("person") if e.text == "Putin")
    head = canonical(ctx, later)
    assert head.text == "Vladimir Putin" and canonical(ctx, head) is head
    assert [e.text for e in mentions(ctx, later)] == ["Vladimir Putin", "Putin", "The Russian president"]
    assert antecedent(ctx, text.index("“Good"), description="she").value.name == "Rania Al Abdullah"
    assert antecedent(ctx, text.index("“Good"), description="he").value.name == "Vladimir Putin"
    assert antecedent(ctx, len(text), description="the Syrian leader").text == "Ahmed al-Sharaa"
    assert antecedent(ctx, text.index("Russian"), description="he") is None


# --- organisations ---------------------------------------------------------------


def test_listed_organisations_with_abbreviations_linked() -> None:
    text = "Al-Sharaa once led Hayat Tahrir al-Sham (HTS). HTS took Damascus. The Kremlin and NATO reacted."
    found = run(text).of_kind("organization")
    assert [(e.text, e.value.name, e.value.abbreviation) for e in found] == [
        ("Hayat Tahrir al-Sham", "Hayat Tahrir al-Sham", "HTS"),
        ("HTS", "Hayat Tahrir al-Sham", "HTS"),
        ("HTS", "Hayat Tahrir al-Sham", "HTS"),
        ("Kremlin", "Kremlin", None),
        ("NATO", "North Atlantic Treaty Organization", "NATO"),
    ]
    assert {e.value.canonical for e in found[1:3]} == {found[0].id}


def test_government_bodies_by_pattern() -> None:
    text = "Russia's Foreign Ministry, the State Department, the UN Security Council and the Ministry of Defence."
    found = run(text).of_kind("organization")
    assert [(e.text, e.value.country) for e in found] == [
        ("Foreign Ministry", "RU"),
        ("State Department", "US"),
        ("UN Security Council", None),
        ("Ministry of Defence", None),
    ]


def test_organisation_names_stop_where_the_name_ends() -> None:
    text = (
        "The Center for Strategic and International Studies, the Committee on Government Reform on Feb. 3, "
        "the Foreign Ministry and the Bank of America. Latest Police Shooting Stuns City. He flew from "
        "New York for the Kenya Tourist Office."
    )
    assert [e.text for e in run(text).of_kind("organization")] == [
        "Center for Strategic and International Studies",
        "Committee on Government Reform",
        "Foreign Ministry",
        "Bank of America",
        "Kenya Tourist Office",
    ]


def test_abbreviated_first_words_of_place_names() -> None:
    text = "He grew up in St. Louis and Ft. Worth. In Russia he saw St Petersburg and Mt. Elbrus."
    assert [(e.text, e.value.name) for e in run(text).of_kind("place")][:4] == [
        ("St. Louis", "St. Louis"),
        ("Ft. Worth", "Fort Worth"),
        ("Russia", "Russia"),
        ("St Petersburg", "Saint Petersburg"),
    ]


def test_a_city_of_several_countries_is_the_best_known_where_its_country_is_named() -> None:
    def country(text: str) -> str | None:
        return next(e.value.country for e in run(text).of_kind("place") if "Petersburg" in e.text)

    russia = "Texas and Ohio voters heard Trump call Estonia the suburbs of St. Petersburg, a jab at Russia."
    assert country(russia) == "RU"
    assert country("Texas and Ohio voters met in St. Petersburg on Monday.") == "US"
    assert country("Milton Roy, of St. Petersburg, Florida, said its Russia sales fell.") == "US"


def test_ap_state_abbreviations_are_states_and_place_the_city_before_them() -> None:
    assert places("A man was arrested in St. Petersburg, Fla., on Monday.") == [
        ("St. Petersburg", "US", "city"),
        ("Fla.", "US", "state"),
    ]
    # "Birmingham" alone is England's; "Birmingham, Ala." Alabama's.
    assert places("Officials met in Birmingham on Monday.") == [("Birmingham", "GB", "city")]
    assert places("Envoys from Portland, Ore., and Birmingham, Ala., and Newark, N.J., met.") == [
        ("Portland", "US", "city"),
        ("Ore.", "US", "state"),
        ("Birmingham", "US", "city"),
        ("Ala.", "US", "state"),
        ("Newark", "US", "city"),
        ("N.J.", "US", "state"),
    ]
    assert [(e.text, e.value.name) for e in run("FAIRVIEW, W.Va. - Coal left Buffalo, N.Y.").of_kind("place")] == [
        ("W.Va.", "West Virginia"),
        ("N.Y.", "New York"),
    ]
    # A lawmaker's party and state is a label of the person (the quotes layer
    # reads it so), no place.
    text = "Sen. Marsha Blackburn (R-Tenn.), Rep. Nancy Pelosi, D-Calif., and Sen. Joe Manchin (D-W.Va.) spoke."
    assert places(text) == []
    assert [e.text for e in run(text).of_kind("person")] == ["Marsha Blackburn", "Nancy Pelosi", "Joe Manchin"]


def test_ambiguous_state_abbreviations_only_after_a_city() -> None:
    def states(text: str) -> list[str]:
        return [e.value.name for e in run(text).of_kind("place") if e.value.type == "state"]

    assert states("Officials in Bloomington, Ind., met. TUPELO, Miss. (AP) — Rain fell.") == ["Indiana", "Mississippi"]
    assert states("The firm is based in Seattle, Wash., and Randolph, Mass.") == ["Washington", "Massachusetts"]
    # Ordinary words, a lower-case form, or no dot: no state.
    assert states("He attended Mass. Then he left. Thanks, Pa. Miss Smith came. Ind wrote it.") == []
    assert states("Prices in fla. and calif rose.") == []


def test_ap_state_abbreviations_keep_sentences_apart() -> None:
    text = "He moved to Tampa, Fla. He said so. Sen. Manchin (D-W.Va.) said no."
    assert [e.text for e in run(text).of_kind("place")] == ["Tampa", "Fla."]
    from tidings.text import sentences

    assert [text[s.start : s.end] for s in sentences(text)][:2] == ["He moved to Tampa, Fla.", "He said so."]


def test_short_forms_of_big_cities() -> None:
    assert places("Chinese President Xi Jinping arrived in Rio for the G20.") == [("Rio", "BR", "city")]
    assert [(e.text, e.value.name) for e in run("Flights from L.A. and Philly to D.C. were cut.").of_kind("place")] == [
        ("L.A.", "Los Angeles"),
        ("Philly", "Philadelphia"),
        ("D.C.", "Washington"),
    ]
    # Longer names that open with the short form are not the city.
    assert places("Lula visited Rio Grande do Sul. Migrants crossed the Rio Grande.") == [
        ("Rio Grande do Sul", "BR", "region"),
        ("Rio Grande", None, "geo"),
    ]
    assert [e.text for e in run("Rio Tinto said profits fell.").of_kind("organization")] == ["Rio Tinto"]
    assert places("Rio Tinto said profits fell.") == []


@pytest.mark.parametrize(
    "text, name, country",
    [
        ("North Korean Foreign Minister Choe Son Hui arrived in Moscow.", "Choe Son Hui", "KP"),
        ("North Korean leader Kim Jong Un met Putin.", "Kim Jong Un", "KP"),
        ("Defence Minister Ri Son Gwon said so.", "Ri Son Gwon", None),
        ("South Korean President Moon Jae-in spoke.", "Moon Jae-in", "KR"),
        ("South Korean President Yoon Suk Yeol spoke.", "Yoon Suk Yeol", "KR"),
        # A dateline's sentence opening with "A" is no title-case headline.
        (
            "MOSCOW, November 4. /TASS/. A North Korean delegation led by Foreign Minister Choe Son Hui "
            "arrived in Moscow on Monday, the Russian Foreign Ministry said.",
            "Choe Son Hui",
            "KP",
        ),
        ("A US team led by Secretary of State Antony Blinken arrived.", "Antony Blinken", "US"),
        ("Syria's diplomatic delegation led by Asaad al-Shaibani arrived.", "Asaad al-Shaibani", "SY"),
        ("A delegation led by Foreign Minister Choe Son Hui arrived.", "Choe Son Hui", None),
    ],
)
def test_east_asian_names_family_name_first(text: str, name: str, country: str | None) -> None:
    found = [(e.value.name, e.value.country) for e in run(text).of_kind("person")]
    assert found[0] == (name, country)


@pytest.mark.parametrize(
    "text, name",
    [
        # The given names are also on the given-name list ("Son", "Hui", "Yong"):
        # the family name before them stays.
        ("Choe Son Hui said the talks went well.", "Choe Son Hui"),
        ("The talks between Lavrov and Choe Son Hui lasted hours.", "Choe Son Hui"),
        ("Ri Yong Ho said so.", "Ri Yong Ho"),
        ("Under Park Chung Hee, South Korea grew.", "Park Chung Hee"),
        # Other capitalised words before a given name are still dropped.
        ("Rival Hillary Clinton said so.", "Hillary Clinton"),
    ],
)
def test_an_east_asian_family_name_before_a_given_name_is_kept(text: str, name: str) -> None:
    assert [e.text for e in run(text).of_kind("person")] == [name]


def test_a_country_ending_the_line_before_is_no_modifier_of_a_name() -> None:
    # "US President …" gives the country; a headline ending "… RUSSIA" does not.
    assert people("KIM JONG UN VISITS RUSSIA\nNorth Korean leader Kim Jong Un arrived.")[0][3] == "KP"
    assert people("Biden sanctions Russia\nKim Jong Un arrived on Monday.") == [("Kim Jong Un", "Kim Jong Un", None, "KP")]
    assert people("Trade with Russia\nPresident Joe Biden arrived.") == [("Joe Biden", "Joe Biden", "President", "US")]


def test_a_capitalised_small_word_inside_a_line_still_marks_a_headline() -> None:
    # ("A" opening a sentence of a dateline line does not: see the TASS case above.)
    assert people("Clinton Campaign Reportedly Scrambling For Black Voter Turnout In Florida.\nHe left.") == []


def test_a_run_holding_a_listed_organisation_does_not_hide_later_ones() -> None:
    # A capitalised run that holds a listed organisation ("NATO") is skipped;
    # the scan resumes right after it, however far into the article it is.
    text = (
        "Officials said on Monday that the talks, which had gone on for several weeks in the capital, "
        "were close to a deal. The Brussels NATO Office sent a letter to the University of Toronto."
    )
    assert [e.text for e in run(text).of_kind("organization")] == ["NATO", "University of Toronto"]


def test_short_form_of_a_company_is_not_a_person() -> None:
    text = "Polly Peck International Inc. bought Sansui. Polly Peck, a British conglomerate, said so."
    assert people(text) == []
    found = run(text).of_kind("organization")
    assert [(e.text, e.value.name) for e in found] == [
        ("Polly Peck International Inc", "Polly Peck International Inc"),
        ("Polly Peck", "Polly Peck International Inc"),
    ]
    assert found[1].value.canonical == found[0].id


def test_a_country_s_delegation_is_an_organisation() -> None:
    text = "Iran said an Iraqi diplomatic delegation was en route. Syria's delegation stayed home."
    found = run(text).of_kind("organization")
    assert [(e.text, e.value.country) for e in found] == [("Iraqi diplomatic delegation", "IQ"), ("delegation", "SY")]


def test_references_to_a_named_organisation() -> None:
    text = "Russia's Foreign Ministry and the Election Commission spoke. The ministry said so; the commission agreed."
    found = run(text).of_kind("organization")
    assert [(e.text, e.value.name) for e in found] == [
        ("Foreign Ministry", "Foreign Ministry"),
        ("Election Commission", "Election Commission"),
        ("The ministry", "Foreign Ministry"),
        ("the commission", "Election Commission"),
    ]
    assert found[2].value.canonical == found[0].id and found[2].value.country == "RU"
    assert run("The ministry said so.").of_kind("organization") == ()


def test_unlisted_organisation_with_abbreviation() -> None:
    text = "The Syrian Observatory for Human Rights (SOHR) counted. SOHR said 40 died."
    found = run(text).of_kind("organization")
    assert [(e.text, e.value.name) for e in found] == [
        ("Syrian Observatory for Human Rights", "Syrian Observatory for Human Rights"),
        ("SOHR", "Syrian Observatory for Human Rights"),
        ("SOHR", "Syrian Observatory for Human Rights"),
    ]


# --- the seed article ---------------------------------------------------------------


def test_seed_article_acceptance() -> None:
    result = run(SEED.read_text(encoding="utf-8"))
    persons = result.of_kind("person")
    heads = {e.value.name: e.value for e in persons if e.value.canonical is None}
    assert set(heads) == {"Vladimir Putin", "Ahmed al-Sharaa", "Bashar Assad", "Donald Trump"}
    assert (heads["Vladimir Putin"].title, heads["Vladimir Putin"].country) == ("President", "RU")
    assert heads["Ahmed al-Sharaa"].country == "SY"
    assert heads["Bashar Assad"].country == "SY"
    assert (heads["Donald Trump"].title, heads["Donald Trump"].country) == ("President", "US")
    by_text: dict[str, set[str]] = {}
    for e in persons:
        by_text.setdefault(e.text, set()).add(e.value.name)
    assert by_text["Putin"] == {"Vladimir Putin"}
    assert by_text["al-Sharaa"] == by_text["Al-Sharaa"] == {"Ahmed al-Sharaa"}
    assert by_text["The Russian president"] == {"Vladimir Putin"}
    assert by_text["The deposed Syrian leader"] == {"Bashar Assad"}
    assert by_text["his Syrian counterpart"] == {"Ahmed al-Sharaa"}

    found = {(e.text, e.value.country, e.value.type) for e in result.of_kind("place")}
    for expected in [
        ("Russia", "RU", "country"),
        ("Syria", "SY", "country"),
        ("US", "US", "country"),
        ("Moscow", "RU", "city"),
        ("Damascus", "SY", "city"),
        ("Washington", "US", "city"),
        ("Tartus", "SY", "city"),
        ("Euphrates River", None, "geo"),
        ("Middle East", None, "region"),
    ]:
        assert expected in found
    orgs = [(e.text, e.value.name, e.value.abbreviation) for e in result.of_kind("organization")]
    assert ("Hayat Tahrir al-Sham", "Hayat Tahrir al-Sham", "HTS") in orgs
    assert ("HTS", "Hayat Tahrir al-Sham", "HTS") in orgs


def test_registered_as_a_default_plugin() -> None:
    from tidings.plugins import collect_extractors, new_plugin_manager

    pm = new_plugin_manager(entry_points=False)
    found = [e for e in collect_extractors(pm) if e.name == "actors"]
    assert len(found) == 1
    assert found[0].produces == {"person", "place", "organization"}
    assert found[0].plugin == "tidings.default_plugins.actors"


# --- robustness ---------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    ["", " ", "\n\n", "’s", "-", "Al-", "'s 's", "<p>President <b>Putin</b></p> &amp; NATO", "🇸🇾 Syria 🇷🇺", "ÀÉÎ Õü", "\u200b\u00a0"],
)
def test_odd_input_never_crashes(text: str) -> None:
    result = run(text)
    assert result.ok
    for e in result.entities:
        assert text[e.start : e.end] == e.text


def test_time_is_linear_on_adversarial_input() -> None:
    def seconds(unit: str, times: int) -> float:
        """Best of three, so that a busy machine does not fake a slowdown."""
        text = unit * times
        best = float("inf")
        for _ in range(3):
            start = time.perf_counter()
            run(text)
            best = min(best, time.perf_counter() - start)
        return best

    units = ("President Al-Al-Al ", "A B C D E F G H ", "the Syrian the Syrian ", "X (Y) ", "Mr. " * 3)
    bare = "Zorblat said he met Quonx. Quonx's government, in Amherst, Corp Zorblat told reporters. "
    for unit in (*units, bare):
        small, large = seconds(unit, 300), seconds(unit, 2400)
        assert large < 8 * small * 3 + 0.1, (unit, small, large)  # 8 times the text: linear, not 64 times


_PIECES = [
    "President ", "Putin", " al-", "Sharaa", "’s ", "'s ", "Mr. ", "U.S. ", "the ", "Syrian ", "leader", ", ",
    " who ", " said ", "(HTS) ", "Ministry of ", "Foreign ", "\n", "PENCE: ", "Georgia", " and ", "Washington",
    " state", "O'", "-", ".", " ", "\u00a0", "É", "🇸🇾", "<b>", "&amp;", "\u200b",
    "He ", "Shia ", " XIV", "Jordan", "Mohammed ", "counterpart", "Prime Minister ", "Nixon",
]


@settings(max_examples=150, deadline=None)
@given(st.lists(st.one_of(st.sampled_from(_PIECES), st.text(max_size=4)), max_size=40))
def test_any_mix_of_name_material_gives_consistent_entities(pieces: list[str]) -> None:
    text = "".join(pieces)
    result = run(text)
    assert result.ok
    ids = {e.id for e in result.entities}
    for e in result.entities:
        assert text[e.start : e.end] == e.text and e.text.strip() == e.text and e.text
        if e.kind in {"person", "organization"} and e.value.canonical is not None:
            assert e.value.canonical in ids


def test_many_antecedent_calls_stay_linear():
    """Asking for the antecedent of every pronoun costs time linear in the article."""
    import time

    from tidings.actors import antecedent

    unit = "Officials said Mr. {0}son met Ms. {0}berg. She said he would return. "

    def cost(n: int) -> float:
        text = "".join(unit.format(chr(65 + i % 26) + chr(97 + (i // 26) % 26)) for i in range(n))
        ctx = tidings.Context(tidings.Article(text), tidings.Pipeline([actors])(text).entities)
        offsets = [i for i in range(len(text)) if text.startswith(("She said", "he would"), i)]
        best = float("inf")
        for _ in range(3):
            t = time.process_time()
            for o in offsets:
                antecedent(ctx, o, description=text[o : o + 3].strip())
            best = min(best, time.process_time() - t)
        return best

    small, large = cost(100), cost(400)
    assert large < max(small, 0.01) * 4 * 2.5  # 4x the text; quadratic would be 16x


def test_the_people_index_does_not_keep_its_context_alive() -> None:
    # The index is cached under the context by a weak reference: nothing in it
    # may hold the context, or a long batch run keeps every article it read.
    import gc
    import weakref

    text = "Angela Merkel met Joe Biden. She said so."
    ctx = tidings.Context(tidings.Article(text), tidings.Pipeline([actors])(text).entities)
    assert antecedent(ctx, text.index("She"), description="She").value.name == "Angela Merkel"
    alive = weakref.ref(ctx)
    del ctx
    gc.collect()
    assert alive() is None
