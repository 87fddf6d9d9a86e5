"""Money amounts: every form of the issue, with span, amount, currency and mod asserted."""

from __future__ import annotations

from decimal import Decimal

import pytest

import tidings
from tidings_money import money

PIPELINE = tidings.Pipeline([money])


def amounts(text: str, published: str | None = "2024-06-01") -> list[tuple[str, str, str]]:
    """(span text, amount, currency) of each money entity."""
    result = PIPELINE(text, published=published)
    assert not result.errors
    return [(e.text, format(e.value.amount, "f"), e.value.currency) for e in result.of_kind("money")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("It costs $3 billion.", [("$3 billion", "3000000000", "USD")]),
        ("a US$1.2 trillion plan", [("US$1.2 trillion", "1200000000000", "USD")]),
        ("a €200m fund", [("€200m", "200000000", "EUR")]),
        ("a £40 ticket", [("£40", "40", "GBP")]),
        ("₹12 crore was paid", [("₹12 crore", "120000000", "INR")]),
        ("5 billion rubles", [("5 billion rubles", "5000000000", "RUB")]),
        ("100,000 dollars", [("100,000 dollars", "100000", "USD")]),
        ("EUR 12.5 million", [("EUR 12.5 million", "12500000", "EUR")]),
        ("12.5 million euros", [("12.5 million euros", "12500000", "EUR")]),
        ("SFr 3 a cup", [("SFr 3", "3", "CHF")]),
        ("HK$10 each", [("HK$10", "10", "HKD")]),
        (
            "C$5, A$7, NZ$8 and R$9",
            [("C$5", "5", "CAD"), ("A$7", "7", "AUD"), ("NZ$8", "8", "NZD"), ("R$9", "9", "BRL")],
        ),
        ("CHF 2bn", [("CHF 2bn", "2000000000", "CHF")]),
        ("3 trillion yen", [("3 trillion yen", "3000000000000", "JPY")]),
        ("$5bn and $1.5 mln", [("$5bn", "5000000000", "USD"), ("$1.5 mln", "1500000", "USD")]),
        ("half a million euros", [("half a million euros", "500000", "EUR")]),
        ("two billion dollars", [("two billion dollars", "2000000000", "USD")]),
        ("a quarter of a million pounds sterling", [("a quarter of a million pounds sterling", "250000", "GBP")]),
        ("dlrs 14 billion", [("dlrs 14 billion", "14000000000", "USD")]),
        ("1,000 yuan and RMB 5 billion", [("1,000 yuan", "1000", "CNY"), ("RMB 5 billion", "5000000000", "CNY")]),
        ("₽100 or ₩1,000", [("₽100", "100", "RUB"), ("₩1,000", "1000", "KRW")]),
        ("3,5 mln euros", [("3,5 mln euros", "3500000", "EUR")]),
        ("$1billion", [("$1billion", "1000000000", "USD")]),
        ("one point six billion dollar cuts", [("one point six billion dollar", "1600000000", "USD")]),
        ("a twenty-two dollar barrel", [("twenty-two dollar", "22", "USD")]),
        ("a 10-dollar bill", [("10-dollar", "10", "USD")]),
    ],
)
def test_forms(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert amounts(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("45 cents a share", [("45 cents", "0.45", "USD")]),
        ("37.5 cents", [("37.5 cents", "0.375", "USD")]),
        ("16 pence a share", [("16 pence", "0.16", "GBP")]),
        ("4.6 pence", [("4.6 pence", "0.046", "GBP")]),
        ("12 Canadian cents a share", [("12 Canadian cents", "0.12", "CAD")]),
        ("eight U.S. cents", [("eight U.S. cents", "0.08", "USD")]),
        ("shares fell 40p in London", [("40p", "0.4", "GBP")]),
        ("gas rose 50¢ a gallon, or 3 ¢", [("50¢", "0.5", "USD"), ("3 ¢", "0.03", "USD")]),
    ],
)
def test_minor_units_are_converted(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert amounts(text) == expected


def test_adjectives_name_the_currency() -> None:
    assert amounts("4.7 million Canadian dollars and 10 billion Saudi riyals and 5 Russian rubles") == [
        ("4.7 million Canadian dollars", "4700000", "CAD"),
        ("10 billion Saudi riyals", "10000000000", "SAR"),
        ("5 Russian rubles", "5", "RUB"),
    ]


def test_crowns_by_their_adjective_or_country() -> None:
    text = "Volvo earned 5.4 billion Swedish crowns, Equinor 3.5 billion Norwegian crowns. In Prague, 80 crowns."
    assert amounts(text) == [
        ("5.4 billion Swedish crowns", "5400000000", "SEK"),
        ("3.5 billion Norwegian crowns", "3500000000", "NOK"),
        ("80 crowns", "80", "CZK"),
    ]
    assert amounts("The king wore two crowns and paid 3 crowns.") == []


def test_indian_scales_of_crores() -> None:
    assert amounts("capital spending of ₹11.11 lakh crore and Rs 75 thousand crore") == [
        ("₹11.11 lakh crore", "11110000000000", "INR"),
        ("Rs 75 thousand crore", "750000000000", "INR"),
    ]


def test_bare_dollar_stays_usd_beside_another_dollar() -> None:
    # The README convention: the "$" conversion after Canadian dollars is USD.
    assert amounts("net income of 4.7 million Canadian dollars ($4 million)") == [
        ("4.7 million Canadian dollars", "4700000", "CAD"),
        ("$4 million", "4000000", "USD"),
    ]


def _money(text: str, published: str | None = "2024-06-01") -> list[tidings.values.Money]:
    return [e.value for e in PIPELINE(text, published=published).of_kind("money")]


def test_yen_sign_by_the_surrounding_words() -> None:
    assert [(m.currency, m.uncertain) for m in _money("Beijing will spend ¥500 billion.")] == [("CNY", False)]
    assert [(m.currency, m.uncertain) for m in _money("Tokyo will spend ¥500 billion.")] == [("JPY", False)]


def test_undecided_sign_keeps_the_symbol_and_says_uncertain() -> None:
    [m] = _money("The ticket costs kr 200.")
    assert (m.currency, m.symbol, m.uncertain) == ("SEK", "kr", True)
    [m] = _money("The ticket costs ¥500.")
    assert (m.currency, m.symbol, m.uncertain) == ("JPY", "¥", True)
    [m] = _money("The ticket costs Rs 500.")
    assert (m.amount, m.currency, m.symbol, m.uncertain) == (Decimal(500), "INR", "Rs", True)


def test_kr_by_the_country_in_context() -> None:
    assert [m.currency for m in _money("In Oslo, the fund paid kr 200 million.")] == ["NOK"]
    assert [m.currency for m in _money("Copenhagen: it cost 500 kr.")] == ["DKK"]


def test_rupees_by_the_country_in_context() -> None:
    assert amounts("Karachi, Pakistan: Rs 500 crore") == [("Rs 500 crore", "5000000000", "PKR")]
    assert amounts("Mumbai, India: Rs 500 crore") == [("Rs 500 crore", "5000000000", "INR")]


def test_legacy_currencies_by_date() -> None:
    assert amounts("Paribas offered 1,850 francs in Paris.", published="1989-10-26") == [
        ("1,850 francs", "1850", "FRF")
    ]
    assert amounts("The Zurich bank paid 1,850 francs.", published="2020-01-01") == [("1,850 francs", "1850", "CHF")]
    assert amounts("2 million marks went to Bonn.", published="1989-05-01") == [("2 million marks", "2000000", "DEM")]
    assert amounts("100 million Finnish markkaa", published="1989-05-01") == [
        ("100 million Finnish markkaa", "100000000", "FIM")
    ]
    assert amounts("235 million guilders", published="1989-05-01") == [("235 million guilders", "235000000", "NLG")]
    assert amounts("5 billion lire", published="1995-05-01") == [("5 billion lire", "5000000000", "ITL")]
    assert amounts("5 billion pesetas", published="1995-05-01") == [("5 billion pesetas", "5000000000", "ESP")]


def test_pound_sign_of_the_wsj_files() -> None:
    text = "Reed, the British publisher, said profit slipped to #89.7 million."
    assert amounts(text, published="1989-10-26") == [("#89.7 million", "89700000", "GBP")]
    assert amounts("Press #1 for the menu.") == []
    assert amounts("The British band's #1 single sold #40,000 copies in London.") == []


@pytest.mark.parametrize(
    ("text", "mod"),
    [
        ("about $5 million", "APPROX"),
        ("nearly €3bn", "LESS_THAN"),
        ("more than $5 million", "MORE_THAN"),
        ("up to £10m", "EQUAL_OR_LESS"),
        ("at least $2 billion", "EQUAL_OR_MORE"),
        ("a fee of $2 billion", None),
    ],
)
def test_modifiers_outside_the_span(text: str, mod: str | None) -> None:
    [e] = PIPELINE(text).of_kind("money")
    assert e.value.mod == mod
    assert e.text.startswith(("$", "€", "£"))


def test_ranges_give_two_amounts() -> None:
    assert amounts("$2.5-3 billion") == [("$2.5", "2500000000", "USD"), ("3 billion", "3000000000", "USD")]
    assert amounts("between $2 billion and $3 billion") == [
        ("$2 billion", "2000000000", "USD"),
        ("$3 billion", "3000000000", "USD"),
    ]
    assert amounts("$115 to $125 a share") == [("$115", "115", "USD"), ("$125", "125", "USD")]
    assert amounts("2 million to 3 million marks", published="1989-05-01") == [
        ("2 million", "2000000", "DEM"),
        ("3 million marks", "3000000", "DEM"),
    ]
    assert amounts("between 2 and 3 billion euros") == [
        ("2", "2000000000", "EUR"),
        ("3 billion euros", "3000000000", "EUR"),
    ]


def test_exchange_rate_quotes_are_amounts() -> None:
    text = "In late trading the dollar was at 1.8400 marks and 142.10 yen, and the pound at $1.57."
    assert amounts(text, published="1989-11-01") == [
        ("1.8400 marks", "1.84", "DEM"),
        ("142.10 yen", "142.1", "JPY"),
        ("$1.57", "1.57", "USD"),
    ]


@pytest.mark.parametrize(
    "text",
    [
        "The dollar fell sharply against the yen.",
        "Billions of investors' dollars were lost; dollar volume rose.",
        "He weighs 175 pounds and is 6 feet tall.",
        "Police found more than 1,300 pounds (600 kgs) of fertilizer.",
        "a gift of 500 pounds of food",
        "The class got 5 marks out of 10.",
        "He won 3 races; they won 2.",
        "echo $1 and $HOME in the script; the ticker $AAPL rose.",
        "Priced in 1990 dollars, the plant was cheap; the 2002 euro changeover.",
        "The stock rose 4 5/8 to 112 5/8.",
        "A320 jets and the F-16.",
        "It was the R2 unit.",
        "",
    ],
)
def test_not_money(text: str) -> None:
    assert amounts(text) == []


def test_a_comparison_writes_the_currency_once() -> None:
    assert amounts("Net rose to a record 4.7 billion francs from 4.2 billion a year earlier.", "1989-10-26") == [
        ("4.7 billion francs", "4700000000", "FRF"),
        ("4.2 billion", "4200000000", "FRF"),
    ]
    # a count of something else, another scale, or a year is no amount
    assert amounts("It rose to $45 from 40 stores, to $3 million from 400, to $5 from 1989.") == [
        ("$45", "45", "USD"),
        ("$3 million", "3000000", "USD"),
        ("$5", "5", "USD"),
    ]


def test_an_equation_is_no_program_code() -> None:
    assert amounts("In 2024, €1 = $1.08.") == [("€1", "1", "EUR"), ("$1.08", "1.08", "USD")]
    assert amounts("Then $1 = 140 yen.") == [("$1", "1", "USD"), ("140 yen", "140", "JPY")]
    assert amounts("awk prints $1; if $2 == 5 it stops.") == []
    assert amounts("Set x=$1 in the script.") == []


def test_cashtags_leave_the_sentence_money() -> None:
    assert amounts("Bitcoin rose to $97,500, and Nvidia ($NVDA) regained its $3.3 trillion value.") == [
        ("$97,500", "97500", "USD"),
        ("$3.3 trillion", "3300000000000", "USD"),
    ]


def test_year_like_amounts() -> None:
    assert amounts("a fine of 2000 dollars and the 1500 euros he owed") == [
        ("2000 dollars", "2000", "USD"),
        ("1500 euros", "1500", "EUR"),
    ]
    assert amounts("in constant 1990 dollars, or 2009 dollar terms") == []


def test_money_values_are_decimals() -> None:
    [m] = _money("It cost $1.875.")
    assert m.amount == Decimal("1.875")


def test_nearest_country_decides_within_a_sentence() -> None:
    text = "China will spend ¥500 billion, while Japan will spend ¥3 trillion."
    assert [(m.currency, m.uncertain) for m in _money(text)] == [("CNY", False), ("JPY", False)]


def test_bare_minor_units_follow_the_amount_before_them() -> None:
    assert amounts("Hudson's Bay closed at C$35, up 12.5 cents.") == [
        ("C$35", "35", "CAD"),
        ("12.5 cents", "0.125", "CAD"),
    ]
    assert amounts("The shares rose 5 cents to €1.20, or 3 cents more than expected.") == [
        ("5 cents", "0.05", "USD"),
        ("€1.20", "1.2", "EUR"),
        ("3 cents", "0.03", "EUR"),
    ]
    assert amounts("Telerate closed at $19.50, up 12.5 cents.") == [
        ("$19.50", "19.5", "USD"),
        ("12.5 cents", "0.125", "USD"),
    ]


def test_bare_dollar_in_an_article_plainly_about_another_dollar() -> None:
    text = "Sydney's Qantas earned A$1.2 billion. Its new jets cost $300 million, or 2 billion dollars in all."
    assert amounts(text) == [
        ("A$1.2 billion", "1200000000", "AUD"),
        ("$300 million", "300000000", "AUD"),
        ("2 billion dollars", "2000000000", "AUD"),
    ]
    # A US amount anywhere keeps bare "$" in US dollars; so does a conversion in parentheses.
    assert amounts("Sydney's Qantas earned A$1.2 billion (US$800 million). Jets cost $300 million.")[-1] == (
        "$300 million",
        "300000000",
        "USD",
    )
    assert amounts("Toronto's firm earned 4.7 million Canadian dollars ($4 million).")[-1] == (
        "$4 million",
        "4000000",
        "USD",
    )
    # Without its country named more often than the United States, "$" stays US.
    assert amounts("HSBC paid HK$10 billion, and the $5 billion deal closed.")[-1] == (
        "$5 billion",
        "5000000000",
        "USD",
    )


@pytest.mark.parametrize(
    ("text", "published", "expected"),
    [
        # News abbreviations that are no ISO code, after the number as before it.
        ("The firm paid 5 RMB for it.", None, [("5 RMB", "5", "CNY")]),
        ("Teva paid 50 million NIS in fines.", None, [("50 million NIS", "50000000", "ILS")]),
        ("In Senegal, a bag of rice costs 5,000 CFA.", None, [("5,000 CFA", "5000", "XOF")]),
        ("In Cameroon, a bag of rice costs 5,000 CFA.", None, [("5,000 CFA", "5000", "XAF")]),
        ("Kenya's Safaricom earned Sh500 million, or 3 Sh a share.", None,
         [("Sh500 million", "500000000", "KES"), ("3 Sh", "3", "KES")]),
        ("Uganda's budget is Shs50 trillion.", None, [("Shs50 trillion", "50000000000000", "UGX")]),
        ("Volvo paid SKr5bn, Equinor NKr 3bn, Maersk DKr2bn.", None,
         [("SKr5bn", "5000000000", "SEK"), ("NKr 3bn", "3000000000", "NOK"), ("DKr2bn", "2000000000", "DKK")]),
        ("Nestle paid Sfr 4 and SwFr5.", None, [("Sfr 4", "4", "CHF"), ("SwFr5", "5", "CHF")]),
        ("Ghana raised GH¢5 million.", None, [("GH¢5 million", "5000000", "GHS")]),
        ("Manila will spend Php5 billion.", None, [("Php5 billion", "5000000000", "PHP")]),
        ("Thailand's PTT paid Bt5 billion.", None, [("Bt5 billion", "5000000000", "THB")]),
        # A code and its own sign: the span takes both; a sign not its own stays out.
        ("It costs 5 AUD$, 6 EUR€ or 7 INR₹.", None,
         [("5 AUD$", "5", "AUD"), ("6 EUR€", "6", "EUR"), ("7 INR₹", "7", "INR")]),
        ("It costs AUD$5, CAD$ 7 or USD$9.", None,
         [("AUD$5", "5", "AUD"), ("CAD$ 7", "7", "CAD"), ("USD$9", "9", "USD")]),
        ("It costs 7 EUR$ or EUR$8.", None, [("7 EUR", "7", "EUR")]),
        # The longest unit name: "CFA franc BCEAO" rather than "CFA" + "franc".
        ("It costs 5 cfa franc bceao now.", None, [("5 cfa franc bceao", "5", "XOF")]),
        ("It costs 5 CFA francs BEAC, or 5 francs CFA in Gabon.", None,
         [("5 CFA francs BEAC", "5", "XAF"), ("5 francs CFA", "5", "XAF")]),
        # An adjective keeps its unit among its own currencies, which the date and the country then decide.
        ("Cameroon's Camtel paid 5 billion CFA francs.", None, [("5 billion CFA francs", "5000000000", "XAF")]),
        ("Fiat, based in Rome and Milan, paid 5 billion Turkish lira.", "1995-06-01",
         [("5 billion Turkish lira", "5000000000", "TRL")]),
        ("Fiat, based in Rome and Milan, paid 5 billion Turkish lira.", "2010-06-01",
         [("5 billion Turkish lira", "5000000000", "TRY")]),
        ("It costs 5 Venezuelan bolivars.", "2003-06-01", [("5 Venezuelan bolivars", "5", "VEB")]),
        ("It costs 5 Venezuelan bolivars.", "2024-06-01", [("5 Venezuelan bolivars", "5", "VES")]),
        ("Minsk paid 5 Russian rubles, or 50 Russian kopecks.", "2024-06-01",
         [("5 Russian rubles", "5", "RUB"), ("50 Russian kopecks", "0.5", "RUB")]),
    ],
)
def test_news_abbreviations_codes_with_signs_and_adjectives(
    text: str, published: str | None, expected: list[tuple[str, str, str]]
) -> None:
    assert amounts(text, published=published or "2024-06-01") == expected


@pytest.mark.parametrize(
    "text",
    [
        "He passed the CFA Level 3 exam and holds 5 CFA charters.",
        "The NIS 2 directive applies from October.",
        "Upgrade to Php 8 now.",
        "Upgrade to PHP 8.2 now.",
        "Sh! Be quiet for 5 minutes.",
    ],
)
def test_abbreviations_that_need_their_country(text: str) -> None:
    assert amounts(text) == []


def test_a_shared_abbreviation_without_its_country_is_uncertain() -> None:
    [m] = _money("The levy is 50 million CFA.")
    assert (m.currency, m.symbol, m.uncertain) == ("XOF", "CFA", True)


def test_a_code_after_a_shared_sign_decides_it() -> None:
    assert amounts("Tickets cost $5 AUD, $7 CAD or kr 200 SEK; the $5 million AUD grant.") == [
        ("$5 AUD", "5", "AUD"),
        ("$7 CAD", "7", "CAD"),
        ("kr 200 SEK", "200", "SEK"),
        ("$5 million AUD", "5000000", "AUD"),
    ]
    # a code that is none of the sign's currencies stays out of the amount
    assert amounts("It costs $5 EUR.") == [("$5", "5", "USD")]
    # the code at the end of a range decides the sign at its start, and gives it its scale
    assert amounts("Fonterra will spend $2-3 billion NZD.") == [
        ("$2", "2000000000", "NZD"),
        ("3 billion NZD", "3000000000", "NZD"),
    ]


def test_country_names_as_adjectives_and_signs_with_a_point() -> None:
    assert amounts("It costs 5 Kenya shillings, 6 Uganda shillings or 7 Nepal rupees.") == [
        ("5 Kenya shillings", "5", "KES"),
        ("6 Uganda shillings", "6", "UGX"),
        ("7 Nepal rupees", "7", "NPR"),
    ]
    assert amounts("In Nairobi, it costs KSh. 500 or Kshs. 20.") == [
        ("KSh. 500", "500", "KES"),
        ("Kshs. 20", "20", "KES"),
    ]


def test_a_code_that_is_also_a_language_is_money_by_its_country_or_scale() -> None:
    assert amounts("Manila will spend PHP 500 on each pupil, PHP 5 billion in all.") == [
        ("PHP 500", "500", "PHP"),
        ("PHP 5 billion", "5000000000", "PHP"),
    ]
    assert amounts("The budget is PHP 5 billion.") == [("PHP 5 billion", "5000000000", "PHP")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Profit was 5 mln stg.", [("5 mln stg", "5000000", "GBP")]),
        ("Profit was 50 mln Australian dlrs, or 40 mln U.S. dlrs.",
         [("50 mln Australian dlrs", "50000000", "AUD"), ("40 mln U.S. dlrs", "40000000", "USD")]),
        ("Sales were 5 mln H.K. dlrs and 6 mln N.Z. dlrs.",
         [("5 mln H.K. dlrs", "5000000", "HKD"), ("6 mln N.Z. dlrs", "6000000", "NZD")]),
        ("Anglo paid 5 mln S. African rand.", [("5 mln S. African rand", "5000000", "ZAR")]),
        ("Cheung Kong paid 5 mln Hongkong dollars.", [("5 mln Hongkong dollars", "5000000", "HKD")]),
        ("Earnings rose 5 cts a share to 2.50 dlrs.", [("5 cts", "0.05", "USD"), ("2.50 dlrs", "2.5", "USD")]),
    ],
)
def test_wire_abbreviations_after_a_number(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert amounts(text, published="1989-06-01") == expected
