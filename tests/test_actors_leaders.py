"""Round 3 of the actor layer: names and countries the visits and quotes
plugins missed: appositions that open with a title, family names written like
pronouns ("He Lifeng"), middle names that are also common adjectives ("Shia"),
regnal numbers, and well-known leaders whose country the article leaves unsaid."""

from __future__ import annotations

import time

import pytest

import tidings
from tidings.actors import actors
from tidings.actors.coref import antecedent
from tidings.actors.leaders import key, leader_country
from tidings.actors.people import pronoun_surname
from tidings.actors.tokens import tokenize

PIPELINE = tidings.Pipeline([actors], strict=True)


def people(text: str) -> list[tuple[str, str, str | None, str | None]]:
    return [(e.text, e.value.name, e.value.title, e.value.country) for e in PIPELINE(text).of_kind("person")]


def test_an_apposition_that_opens_with_a_title_names_the_described_person() -> None:
    text = "The premier welcomed his Iraqi counterpart, Prime Minister Mohammed Shia al-Sudani, on Monday."
    assert people(text) == [
        ("his Iraqi counterpart", "Mohammed Shia al-Sudani", "Prime Minister", "IQ"),
        ("Mohammed Shia al-Sudani", "Mohammed Shia al-Sudani", "Prime Minister", "IQ"),
    ]
    text = "Ms. Okafor met her Kenyan counterpart, Foreign Minister Mary Wanjiru Otieno, in Nairobi."
    found = people(text)
    assert ("her Kenyan counterpart", "Mary Wanjiru Otieno", "Foreign Minister", "KE") in found
    # a capitalised phrase that is no title does not make the description name the person after it
    text = "Zorblat praised his Iraqi counterpart, Baghdad Airport Chief Ahmed Quonx, on Monday."
    assert not any(p[0] == "his Iraqi counterpart" and p[1] == "Ahmed Quonx" for p in people(text))


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Her guest was Deputy Minister Ahmed Shia Quonx, who runs a bakery.", "Ahmed Shia Quonx"),
        ("Mayor Hans Christian Quonx spoke.", "Hans Christian Quonx"),
    ],
)
def test_a_middle_name_that_is_also_an_adjective_stays_in_a_titled_name(text: str, name: str) -> None:
    assert name in [p[1] for p in people(text)]


def test_an_adjective_after_a_given_name_that_no_title_introduces_is_no_middle_name() -> None:
    assert people("Shia militias and Sunni Arab lawmakers met Kurdish leaders.") == []
    assert [p[0] for p in people("Mary Christian School opened its doors.")] == []
    found = [p[0] for p in people("Benjamin Franklin Federal Savings and Loan said it would close.")]
    assert not any("Federal" in name for name in found), found


def test_he_after_a_title_or_inside_a_sentence_is_a_family_name() -> None:
    text = "Chinese Vice Premier He Lifeng met Janet Yellen in Zurich. He said talks were candid. He Lifeng left."
    assert people(text) == [
        ("He Lifeng", "He Lifeng", "Vice Premier", "CN"),
        ("Janet Yellen", "Janet Yellen", None, None),
        ("He Lifeng", "He Lifeng", "Vice Premier", "CN"),
    ]
    # inside a sentence the pronoun is written "he": a capital "He" there is a name
    assert [p[0] for p in people("On Monday, officials met He Lifeng in London. He Lifeng said so.")] == ["He Lifeng", "He Lifeng"]
    # opening a sentence, "He" stays a pronoun
    assert people("He Said It Again: the show returns.") == []
    assert people("He Visited Paris.") == []


def test_coref_agrees_that_a_name_starting_with_he_is_no_pronoun() -> None:
    text = "Yellen met Vice Premier He Lifeng. He said the talks helped."
    result = PIPELINE(text)
    ctx = tidings.Context(result.article, result.entities)
    assert antecedent(ctx, text.index("He Lifeng"), description="He").value.name == "He Lifeng"
    assert antecedent(ctx, text.index("He said"), description="he").value.name == "He Lifeng"


@pytest.mark.parametrize(
    ("text", "name", "title"),
    [
        ("Pope Benedict XVI met Pope John XXIII's biographer.", "Benedict XVI", "Pope"),
        ("King Louis XIV built Versailles.", "Louis XIV", "King"),
        ("Queen Elizabeth II arrived in Dublin on Tuesday.", "Elizabeth II", "Queen"),
    ],
)
def test_regnal_numbers_stay_in_names(text: str, name: str, title: str) -> None:
    assert (name, title) == people(text)[0][1:3]


def test_a_lone_capital_i_is_no_regnal_number() -> None:
    assert [p[0] for p in people("Mr. Quonx said I would go. Then Mr. Quonx I think left.")] == ["Quonx", "Quonx"]


@pytest.mark.parametrize(
    ("text", "country"),
    [
        ("PEKING (AP) — President Nixon arrived in Peking today.", "US"),
        ("Queen Elizabeth II arrived in Dublin on Tuesday.", "GB"),
        ("Pope John Paul II landed in Havana.", "VA"),
        ("Chancellor Kohl flew to Moscow.", "DE"),
        ("Erdogan said Ankara would not yield.", "TR"),
        ("Talks with Bashar Assad resumed.", "SY"),
        ("Zelenskiy told reporters the front held.", "UA"),
        ("Xi Jinping met the delegates.", "CN"),
    ],
)
def test_a_well_known_leader_takes_the_country_news_leaves_unsaid(text: str, country: str) -> None:
    assert people(text)[0][3] == country


def test_the_leaders_list_never_overrides_a_country_the_text_states() -> None:
    # a namesake the article places elsewhere keeps the article's country
    assert people("Kenyan President Nixon Mwangi said so.")[0][3] == "KE"
    assert people("Brazilian President Lula da Silva said so.")[0][3] == "BR"


@pytest.mark.parametrize(
    "text",
    [
        "Julian Castro said he would run.",  # a Castro, but not Fidel or Raul
        "Kim Dae-hyun met reporters in Seoul, said Kim Dae-hyun.",  # a Kim of neither Korea's list
        "Abe Lincoln said so.",  # a given name, no Shinzo Abe
    ],
)
def test_a_namesake_of_a_leader_gets_no_country_from_the_list(text: str) -> None:
    assert all(p[3] is None for p in people(text)), people(text)


def test_leader_keys_fold_particles_accents_and_dots() -> None:
    assert key("Bashar al-Assad") == key("Bashar Assad") == "bashar assad"
    assert leader_country("Recep Tayyip Erdoğan") == leader_country("Erdogan") == "TR"
    assert leader_country("George H.W. Bush") == "US"
    assert leader_country("Abbas") is None and leader_country("Abbas", "President") == "PS"
    assert leader_country("Elizabeth", "Queen") == "GB" and leader_country("Elizabeth") is None


def test_pronoun_surnames_and_middle_names_stay_linear() -> None:
    def seconds(unit: str, times: int) -> float:
        best = float("inf")
        for _ in range(3):
            start = time.perf_counter()
            PIPELINE(unit * times)
            best = min(best, time.perf_counter() - start)
        return best

    for unit in ("Premier He He He ", "Mohammed Shia Shia Christian ", "Pope Leo XIV XIV II ", "his counterpart, Prime Minister "):
        small, large = seconds(unit, 300), seconds(unit, 2400)
        assert large < 8 * small * 3 + 0.1, (unit, small, large)


def test_a_place_that_speaks_is_the_person_of_that_surname() -> None:
    text = 'Rep. Jim Jordan (R-Ohio) objected. Mills "got a deal," Jordan said. Jordan told reporters more.'
    found = people(text)
    assert [(p[0], p[1]) for p in found] == [("Jim Jordan", "Jim Jordan"), ("Jordan", "Jim Jordan"), ("Jordan", "Jim Jordan")]
    # without a person of that surname the country stays a country
    text = "King Abdullah of Jordan met the envoy. Jordan said it would help."
    assert [p[0] for p in people(text)] == ["Abdullah"]
    places = [e.text for e in PIPELINE(text).of_kind("place")]
    assert places == ["Jordan", "Jordan"]


def test_an_apposition_with_a_demonym_and_title_or_a_title_after_the_name() -> None:
    text = "Putin met his counterpart, Iraqi Prime Minister Ali Quonx, on Monday."
    assert ("his counterpart", "Ali Quonx", "Prime Minister", "IQ") in people(text)
    text = "Blinken met his counterpart, Ali Quonx, Iraq's foreign minister, on Monday."
    assert people(text)[1:] == [
        ("his counterpart", "Ali Quonx", "Foreign Minister", "IQ"),
        ("Ali Quonx", "Ali Quonx", "Foreign Minister", "IQ"),
    ]
    # an apposition without a title gives none
    assert people("Blinken met his counterpart, Ali Quonx, a lawyer, on Monday.")[2] == ("Ali Quonx", "Ali Quonx", None, None)


def test_he_opening_a_quotation_stays_a_pronoun() -> None:
    text = 'The envoy replied, "He Knows better," and met He Lifeng.'
    tokens = tokenize(text)
    assert [tokens[k].start for k in range(len(tokens)) if pronoun_surname(tokens, k)] == [text.rindex("He")]


@pytest.mark.parametrize(
    ("text", "title"),
    [
        ('"No," Mr. Quonx, 82, told me. Mr. King left.', None),  # the apposition ends with its sentence
        ("And Ali Quonx, Mr. Bush's deputy national security adviser, spoke.", "National Security Adviser"),
        ("Ali Quonx, 58, executive vice president, spoke.", "Vice President"),
    ],
)
def test_an_apposition_title_stays_in_its_sentence(text: str, title: str | None) -> None:
    assert people(text)[0][2] == title
