"""One test per family of time expressions, each with its TIMEX3 value asserted.

The publication date of every article here is Wednesday 28 January 2026 unless
a test says otherwise.
"""

from __future__ import annotations

import datetime as dt

import pytest


# --- absolute dates ------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "mention", "value"),
    [
        ("The deal was signed on January 28, 2026.", "January 28, 2026", "2026-01-28"),
        ("The deal was signed on 28 January 2026.", "28 January 2026", "2026-01-28"),
        ("The deal was signed on Jan. 28.", "Jan. 28", "2026-01-28"),
        ("The deal was signed on 2026-01-28.", "2026-01-28", "2026-01-28"),
        ("He was born on Monday, Oct. 26, 1998.", "Monday, Oct. 26, 1998", "1998-10-26"),
        ("Talks ended in December 2015.", "December 2015", "2015-12"),
        ("Prices peaked in 1998.", "1998", "1998"),
        ("It was founded on the 4th of July 1976.", "the 4th of July 1976", "1976-07-04"),
        ("A hearing is set for the week of March 6, 2000.", "the week of March 6, 2000", "2000-W10"),
    ],
)
def test_absolute_dates(found, text, mention, value):
    assert found(text) == [(mention, "DATE", value, None)]


def test_day_without_year_is_placed_by_tense(found):
    # Written in January: a past December is last year's, a future March this year's.
    assert found("The vote took place on Dec. 15.") == [("Dec. 15", "DATE", "2025-12-15", None)]
    assert found("The vote will take place on March 3.") == [("March 3", "DATE", "2026-03-03", None)]


def test_range_of_days_across_new_year(found):
    assert found("The festival runs from Dec. 26 to Jan. 5.", published="2024-12-30") == [
        ("Dec. 26", "DATE", "2024-12-26", None),
        ("Jan. 5", "DATE", "2025-01-05", None),
    ]
    # the start of a range takes the year written at its end
    assert found("Prices fell between Dec. 3 and Jan. 9, 2020.") == [
        ("Dec. 3", "DATE", "2019-12-03", None),
        ("Jan. 9, 2020", "DATE", "2020-01-09", None),
    ]
    assert found("It ran from Nov. 26 to Dec. 5, 2023.") == [
        ("Nov. 26", "DATE", "2023-11-26", None),
        ("Dec. 5, 2023", "DATE", "2023-12-05", None),
    ]


def test_weekday_and_leap_day_place_the_year(found):
    assert found("The report came out on Tuesday, Sept. 11.") == [("Tuesday, Sept. 11", "DATE", "2018-09-11", None)]
    assert found("It fell on Feb. 29.") == [("Feb. 29", "DATE", "2024-02-29", None)]
    assert found("The deadline is midnight tonight.") == [("midnight tonight", "TIME", "2026-01-28T24:00", None)]


def test_numeric_dates_follow_the_articles_convention(found):
    # 28/01 can only be day-first, so 03/02 in the same article is 3 February.
    assert found("Filed 28/01/2026, heard 03/02/2026.") == [
        ("28/01/2026", "DATE", "2026-01-28", None),
        ("03/02/2026", "DATE", "2026-02-03", None),
    ]
    # 01/28 can only be month-first, so 03/02 is 2 March.
    assert found("Filed 01/28/2026, heard 03/02/2026.") == [
        ("01/28/2026", "DATE", "2026-01-28", None),
        ("03/02/2026", "DATE", "2026-03-02", None),
    ]


def test_numeric_date_order_from_the_source_domain(pipeline):
    import tidings

    article = tidings.Article("It opens on 03/02/2026.", published="2026-01-28", url="https://www.bbc.co.uk/news/1")
    assert [e.value.timex for e in pipeline(article).of_kind("date")] == ["2026-02-03"]
    article = tidings.Article("It opens on 03/02/2026.", published="2026-01-28", url="https://apnews.com/1")
    assert [e.value.timex for e in pipeline(article).of_kind("date")] == ["2026-03-02"]


def test_numeric_date_order_from_the_language_tag(pipeline):
    import tidings

    def value(language: str | None) -> list[str]:
        article = tidings.Article("It opens on 03/02/2026.", published="2026-01-28", language=language)
        return [e.value.timex for e in pipeline(article).of_kind("date")]

    assert value("en-GB") == ["2026-02-03"]
    assert value("fr") == ["2026-02-03"]
    assert value("en-US") == ["2026-03-02"]
    assert value(None) == ["2026-03-02"]


def test_names_that_hold_a_weekday_or_a_month(found):
    text = "The Sunday Times said Saturday Night Live mocked him; he told the Mail on Sunday so."
    assert found(text) == []
    assert found("June Carter met August Wilson.") == []
    # after a preposition a month stays a month, and a paper that only speaks on a day is no name
    assert found("In June Congress passed it; the Telegraph on Friday said so.") == [
        ("June", "DATE", "2025-06", None),
        ("Friday", "DATE", "2026-01-23", None),
    ]


def test_and_a_half(found):
    assert found("Rates were held for a year and a half; talks ran for two and a half hours.") == [
        ("a year and a half", "DURATION", "P1Y6M", None),
        ("two and a half hours", "DURATION", "PT2H30M", None),
    ]
    # TimeBank marks the length, not the point it leads to
    assert found("A minute and a half later, the lights went out.") == [
        ("A minute and a half", "DURATION", "PT1M30S", None)
    ]


def test_a_kind_of_day_is_no_length(found):
    assert found("We may not see such a day again. What a year it has been. It took a day.") == [
        ("a day", "DURATION", "P1D", None)
    ]


def test_invalid_days_are_not_dates(found):
    assert found("Form 30/02/2026 and Feb. 30 were rejected.") == []


@pytest.mark.parametrize(
    ("text", "mention", "value"),
    [
        ("Growth slowed in the 1990s.", "the 1990s", "199"),
        ("Growth slowed in the '80s.", "the '80s", "198"),
        ("Profit rose in fiscal 2025.", "fiscal 2025", "2025"),
        ("Profit rose in Q3 2024.", "Q3 2024", "2024-Q3"),
        ("Profit rose in the fourth quarter of 2024.", "the fourth quarter of 2024", "2024-Q4"),
        ("Profit rose in the first half of 2025.", "the first half of 2025", "2025-H1"),
        ("It was built in the 19th century.", "the 19th century", "18"),
        ("Sales rose in H1 2024.", "H1 2024", "2024-H1"),
        # years said in words, as broadcast transcripts write them
        ("It happened in nineteen ninety-four.", "nineteen ninety-four", "1994"),
        ("January nineteen ninety-seven. Atlanta again.", "January nineteen ninety-seven", "1997-01"),
        ("Prices fell in May two thousand and one.", "May two thousand and one", "2001-05"),
        ("Oil fell to the level of the winter of nineteen ninety-four.", "the winter of nineteen ninety-four", "1994-WI"),
    ],
)
def test_years_decades_quarters(found, text, mention, value):
    assert found(text) == [(mention, "DATE", value, None)]


def test_twenty_two_after_a_month_is_no_year(found):
    assert found("In January twenty-two people died.") == [("January", "DATE", "2026-01", None)]


def test_year_ranges_are_two_years(found):
    assert [(m, v) for m, _, v, _ in found("He ruled in 2010-2015 and 1990–1995.")] == [
        ("2010", "2010"), ("2015", "2015"), ("1990", "1990"), ("1995", "1995"),
    ]


def test_quarter_still_to_come_in_a_future_clause(found):
    # published in the first quarter: a later quarter is last year's in a past
    # clause, this year's in a future one
    assert found("Sales fell in the fourth quarter. A recovery is expected in the fourth quarter.") == [
        ("the fourth quarter", "DATE", "2025-Q4", None),
        ("the fourth quarter", "DATE", "2026-Q4", None),
    ]
    # a quarter already begun stays the latest one even in a future clause
    assert found("The company will report first-quarter results on Friday.", published="2026-04-20") == [
        ("first-quarter", "DATE", "2026-Q1", None),
        ("Friday", "DATE", "2026-04-24", None),
    ]


def test_quarter_named_by_its_months(found):
    assert found("Sales fell in the April-June quarter and rose in the October-December period of 2024.") == [
        ("the April-June quarter", "DATE", "2025-Q2", None),
        ("the October-December period of 2024", "DATE", "2024-Q4", None),
    ]
    # months that are no calendar quarter stay months
    assert found("Sales fell in the June-August period.") == [
        ("June", "DATE", "2025-06", None),
        ("August", "DATE", "2025-08", None),
    ]


def test_quarter_without_year_is_the_latest_one(found):
    # Reported in late January, "the third quarter" is last year's, "the fourth quarter" too.
    assert found("Profit fell in the third quarter.") == [("the third quarter", "DATE", "2025-Q3", None)]
    assert found("Fourth-quarter profit fell.", published="2026-01-28") == [
        ("Fourth-quarter", "DATE", "2025-Q4", None)
    ]


def test_year_earlier_quarter_counts_back_from_the_reported_one(found):
    text = "Third-quarter profit rose to $5 million from $4 million a year earlier."
    assert found(text, published="1989-10-26") == [
        ("Third-quarter", "DATE", "1989-Q3", None),
        ("a year earlier", "DATE", "1988-Q3", None),
    ]


def test_year_earlier_paragraphs_after_the_reported_quarter(found):
    text = (
        "Hadson Corp. said it expects to report a third-quarter net loss of $17 million to $19 million "
        "because of special reserves and continued low natural-gas prices.\n\n"
        "The Oklahoma City energy and defense concern said it will record a $7.5 million reserve for its "
        "defense group, including a $4.7 million charge related to problems under a fixed-price development "
        "contract and $2.8 million in overhead costs that won't be reimbursed.\n\n"
        "In addition, Hadson said it will write off about $3.5 million in costs related to international "
        "exploration leases where exploration efforts have been unsuccessful.\n\n"
        "A year earlier, net income was $2.1 million, or six cents a share."
    )
    assert found(text, published="1989-11-02") == [
        ("third-quarter", "DATE", "1989-Q3", None),
        ("A year earlier", "DATE", "1988-Q3", None),
    ]


def test_reported_quarter_stays_after_an_earlier_or_unfinished_one(found):
    text = (
        "Third-quarter profit rose 20%. After a flat second quarter, sales grew. "
        "Charges were taken in the year-earlier period. The trend should continue into the fourth quarter. "
        "In the 1989 period, costs fell from a year ago."
    )
    assert found(text, published="1989-11-01") == [
        ("Third-quarter", "DATE", "1989-Q3", None),
        ("second quarter", "DATE", "1989-Q2", None),
        ("the year-earlier period", "DATE", "1988-Q3", None),
        ("the fourth quarter", "DATE", "1989-Q4", None),
        ("the 1989 period", "DATE", "1989-Q3", None),
        ("a year ago", "DATE", "1988-Q3", None),
    ]
    # the current quarter, not yet over, gives way to one that is
    assert found("Sales this quarter are expected to fall. Third-quarter profit rose from a year earlier.", published="1989-10-26") == [
        ("this quarter", "DATE", "1989-Q4", None),
        ("Third-quarter", "DATE", "1989-Q3", None),
        ("a year earlier", "DATE", "1988-Q3", None),
    ]
    # a later quarter that is over takes its place
    assert found("Second-quarter sales fell. Third-quarter sales rose from a year earlier.", published="1989-11-01") == [
        ("Second-quarter", "DATE", "1989-Q2", None),
        ("Third-quarter", "DATE", "1989-Q3", None),
        ("a year earlier", "DATE", "1988-Q3", None),
    ]


def test_year_earlier_after_a_month_is_that_month_a_year_before(found):
    text = "Exports rose 5.1 percent in January from a year earlier. Imports fell from a year earlier."
    assert found(text, published="1993-02-11") == [
        ("January", "DATE", "1993-01", None),
        ("a year earlier", "DATE", "1992-01", None),
        # another sentence compares no month
        ("a year earlier", "DATE", "1992", None),
    ]


def test_year_earlier_after_nine_months_is_the_year_before(found):
    text = (
        "Third-quarter net rose to $5 million from $4 million a year earlier. "
        "For the nine months, net was $9 million, compared with year-earlier net of $8 million."
    )
    assert found(text, published="1989-10-26") == [
        ("Third-quarter", "DATE", "1989-Q3", None),
        ("a year earlier", "DATE", "1988-Q3", None),
        ("the nine months", "DURATION", "P9M", None),
        ("year-earlier", "DATE", "1988", None),
    ]


def test_this_quarters_results_are_the_reported_quarter(found):
    # Published on 1 November, in the fourth quarter, about the third.
    text = "It lost $8 million in the third quarter. This quarter's loss includes charges; this quarter will be better."
    assert found(text, published="1989-11-01") == [
        ("the third quarter", "DATE", "1989-Q3", None),
        ("This quarter", "DATE", "1989-Q3", None),
        ("this quarter", "DATE", "1989-Q4", None),
    ]


# --- relative dates and tense ----------------------------------------------------------


def test_weekday_follows_tense(found):
    assert found("Putin met al-Sharaa on Wednesday.") == [("Wednesday", "DATE", "2026-01-28", None)]
    assert found("Putin met al-Sharaa on Monday.") == [("Monday", "DATE", "2026-01-26", None)]
    assert found("Putin will meet al-Sharaa on Monday.") == [("Monday", "DATE", "2026-02-02", None)]
    assert found("The talks resume next Friday.") == [("next Friday", "DATE", "2026-01-30", None)]
    assert found("They spoke last Wednesday.") == [("last Wednesday", "DATE", "2026-01-21", None)]


def test_deadline_month_is_the_nearest_one(found):
    # a deadline set by a grant, a plan or a duty, whatever the tense of the clause (written 30 October)
    published = "1989-10-30"
    assert found("The regulator gave the bidder until mid-November to reply.", published=published) == [
        ("mid-November", "DATE", "1989-11", "MID"),
    ]
    assert found("Lenders have extended loans through January.", published=published) == [
        ("January", "DATE", "1990-01", None),
    ]
    assert found("Sales changed little this year through August.", published=published)[-1] == (
        "August", "DATE", "1989-08", None,
    )
    assert found("The firm must repay the loan by February.", published=published) == [
        ("February", "DATE", "1990-02", None),
    ]
    # with no grant, plan or duty before it, a span in the story's past; "since" looks back
    assert found("By March, 20,000 refugees had fled the region.", published=published) == [
        ("March", "DATE", "1989-03", None),
    ]
    assert found("Shares have fallen since January.", published=published) == [("January", "DATE", "1989-01", None)]


def test_span_end_follows_the_verb_of_the_span(found):
    # written 15 October 2025: a past verb makes it this past January, a future one next March
    published = "2025-10-15"
    assert found("He stayed on until January, when he quit.", published=published) == [
        ("January", "DATE", "2025-01", None),
    ]
    assert found("He remained in office until June.", published=published) == [("June", "DATE", "2025-06", None)]
    assert found("He will stay until March.", published=published) == [("March", "DATE", "2026-03", None)]
    assert found("The ban remains in force until June.", published=published) == [("June", "DATE", "2026-06", None)]
    assert found("The museum was open through June.", published=published) == [("June", "DATE", "2025-06", None)]
    # written Wednesday 28 January 2026
    assert found("The strike lasted until Thursday.") == [("Thursday", "DATE", "2026-01-22", None)]
    assert found("The company had until Friday to respond.") == [("Friday", "DATE", "2026-01-23", None)]
    assert found("The polls stay open until Friday.") == [("Friday", "DATE", "2026-01-30", None)]
    assert found("By Thursday, officials had evacuated the town.") == [("Thursday", "DATE", "2026-01-22", None)]
    assert found("He worked there until last week.") == [("last week", "DATE", "2026-W04", None)]


def test_deadline_weekday_is_the_nearest_one(found):
    # a deadline set in the past lies near publication (Wednesday 28 January 2026), on either side
    assert found("Voting was extended until Friday.") == [("Friday", "DATE", "2026-01-30", None)]
    assert found("The court was given until Monday to rule.") == [("Monday", "DATE", "2026-01-26", None)]
    # with nothing that sets it, a span in the story's past
    assert found("Voting went on until Friday.") == [("Friday", "DATE", "2026-01-23", None)]


def test_month_follows_tense(found):
    assert found("The two presidents met in October.") == [("October", "DATE", "2025-10", None)]
    assert found("The two presidents will meet in October.") == [("October", "DATE", "2026-10", None)]
    assert found("Sales fell last October.") == [("last October", "DATE", "2025-10", None)]
    # "March" after "for" or "to" is the month; the verb is written in lower case
    assert found("A follow-up meeting is scheduled for March.") == [("March", "DATE", "2026-03", None)]
    assert found("Prices rose from January to March.", published="2026-05-10") == [
        ("January", "DATE", "2026-01", None),
        ("March", "DATE", "2026-03", None),
    ]


@pytest.mark.parametrize(
    ("text", "mention", "value"),
    [
        ("Exports fell last year.", "last year", "2025"),
        ("Exports will rise next month.", "next month", "2026-02"),
        ("Exports rose this week.", "this week", "2026-W05"),
        ("Exports fell last week.", "last week", "2026-W04"),
        ("He left two days ago.", "two days ago", "2026-01-26"),
        ("He left three years ago.", "three years ago", "2023"),
        ("The law passed yesterday.", "yesterday", "2026-01-27"),
        ("The law passes today.", "today", "2026-01-28"),
        ("The law passes tomorrow.", "tomorrow", "2026-01-29"),
        ("Sales fell last quarter.", "last quarter", "2025-Q4"),
        ("Sales fell last fall.", "last fall", "2025-FA"),
        ("Sales fell this past spring.", "this past spring", "2025-SP"),
        ("They meet this coming Sunday.", "this coming Sunday", "2026-02-01"),
        ("He left this past  Monday.", "this past  Monday", "2026-01-26"),
        ("The plant will reopen this autumn.", "this autumn", "2026-FA"),
        ("The summit is planned for the end of the year.", "the end of the year", "2026"),
        # said in January, an end of year already past is last year's
        ("The index has risen 5% since year-end.", "year-end", "2025"),
        ("The deal should close by year-end.", "year-end", "2026"),
    ],
)
def test_relative_to_publication(found, text, mention, value):
    assert [(m, v) for m, _, v, _ in found(text)] == [(mention, value)]


def test_days_counted_from_the_last_named_day(found):
    text = "The bomb exploded on Aug. 7, 1998. The next day, rescuers arrived; two days later they left."
    assert found(text) == [
        ("Aug. 7, 1998", "DATE", "1998-08-07", None),
        ("The next day", "DATE", "1998-08-08", None),
        ("two days later", "DATE", "1998-08-10", None),
    ]
    # "ago", "or so ago" still count from publication, whatever was named before
    assert found("The bomb exploded on Aug. 7, 1998. A week or so ago, the case was reopened.") == [
        ("Aug. 7, 1998", "DATE", "1998-08-07", None),
        ("A week or so ago", "DATE", "2026-W04", "APPROX"),
    ]


def test_years_and_months_later_count_from_the_last_date_named(found):
    assert found("He served from 1993 to 2001, and 20 years later returned.") == [
        ("1993", "DATE", "1993", None),
        ("2001", "DATE", "2001", None),
        ("20 years later", "DATE", "2021", None),
    ]
    assert found("The war began in March 2003. Three months later, Baghdad fell.") == [
        ("March 2003", "DATE", "2003-03", None),
        ("Three months later", "DATE", "2003-06", None),
    ]


def test_previous_day_and_earlier_this_month(found):
    assert found("Rebels struck on Friday; the previous day was calm.") == [
        ("Friday", "DATE", "2026-01-23", None),
        ("the previous day", "DATE", "2026-01-22", None),
    ]
    assert found("Prices rose earlier this month.") == [("earlier this month", "DATE", "2026-01", "START")]


def test_previous_and_following_weekday_count_from_the_last_named_day(found):
    # the stock market closed on Friday 23 January; "the previous Friday" is the one before it
    assert found("Shares closed on Friday 4% down from the previous Friday.") == [
        ("Friday", "DATE", "2026-01-23", None),
        ("the previous Friday", "DATE", "2026-01-16", None),
    ]
    assert found("The bomb exploded on Aug. 7, 1998. The following Monday, talks resumed.") == [
        ("Aug. 7, 1998", "DATE", "1998-08-07", None),
        ("The following Monday", "DATE", "1998-08-10", None),
    ]
    # with no day named before, they count from publication
    assert found("Shares are 4% down from the previous Friday.") == [("the previous Friday", "DATE", "2026-01-23", None)]


@pytest.mark.parametrize(
    ("text", "mention", "value"),
    [
        ("It is calm now.", "now", "PRESENT_REF"),
        ("The plant currently employs 400.", "currently", "PRESENT_REF"),
        ("The plant recently closed.", "recently", "PAST_REF"),
        ("Prices will rise in the coming weeks.", "the coming weeks", "FUTURE_REF"),
        ("Prices will rise in the future.", "the future", "FUTURE_REF"),
        ("Islam could one day be the second religion.", "one day", "FUTURE_REF"),
    ],
)
def test_references(found, text, mention, value):
    assert found(text) == [(mention, "DATE", value, None)]


def test_one_day_is_a_length_without_a_modal(found):
    assert found("The strike lasted one day.") == [("one day", "DURATION", "P1D", None)]
    assert found("He will stay one more day.") == [("one more day", "DURATION", "P1D", None)]


def test_unresolved_without_publication_date(found):
    assert found("They met in October, on Wednesday, and again last year.", published=None) == [
        ("October", "DATE", "XXXX-10", None),
        ("Wednesday", "DATE", "XXXX-WXX-3", None),
        ("last year", "DATE", "XXXX", None),
    ]
    assert found("They met on Jan. 5 and yesterday.", published=None) == [
        ("Jan. 5", "DATE", "XXXX-01-05", None),
        ("yesterday", "DATE", "XXXX-XX-XX", None),
    ]


# --- durations, sets, times -----------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "mention", "value"),
    [
        ("His second visit in four months.", "four months", "P4M"),
        ("A two-day visit.", "two-day", "P2D"),
        ("It lasted a decade.", "a decade", "P10Y"),
        ("It lasted 48 hours.", "48 hours", "PT48H"),
        ("It lasted 2 1/2 years.", "2 1/2 years", "P2Y6M"),
        ("It lasted twenty-two days.", "twenty-two days", "P22D"),
        ("Sales in the first nine months rose.", "the first nine months", "P9M"),
        ("Prices rose over the past two years.", "the past two years", "P2Y"),
        ("It took several weeks.", "several weeks", "PXW"),
        ("The war has gone on for years.", "years", "PXY"),
        # a count with "hundred" or "thousand" is no spoken year ("two thousand")
        ("The craft has been passed down for two thousand years.", "two thousand years", "P2000Y"),
        ("The siege lasted one hundred days.", "one hundred days", "P100D"),
    ],
)
def test_durations(found, text, mention, value):
    assert found(text) == [(mention, "DURATION", value, None)]


@pytest.mark.parametrize(
    ("text", "mention", "value"),
    [
        ("The board meets every year.", "every year", "P1Y"),
        ("The figures are published weekly.", "weekly", "P1W"),
        ("They protest every Friday.", "every Friday", "XXXX-WXX-5"),
        ("The index is revised twice a year.", "twice a year", "P1Y"),
        ("Two flights leave on Mondays.", "Mondays", "XXXX-WXX-1"),
        ("Orangemen march each July.", "each July", "XXXX-07"),
        ("Two flights leave on Tuesday nights.", "Tuesday nights", "XXXX-WXX-2TNI"),
    ],
)
def test_sets(found, text, mention, value):
    assert found(text) == [(mention, "SET", value, None)]


@pytest.mark.parametrize(
    ("text", "mention", "value"),
    [
        ("They met on Monday evening.", "Monday evening", "2026-01-26TEV"),
        ("The blast came at 3pm local time.", "3pm local time", "2026-01-28T15:00"),
        ("The blast came at 10:35 a.m.", "10:35 a.m.", "2026-01-28T10:35"),
        ("The blast came at 4 a.m. EDT Thursday.", "4 a.m. EDT Thursday", "2026-01-22T04:00"),
        ("He will speak tonight.", "tonight", "2026-01-28TNI"),
        ("He spoke this morning.", "this morning", "2026-01-28TMO"),
        ("The deadline expires at midnight.", "midnight", "2026-01-28T24:00"),
        ("He was shot at 4 in the morning.", "4 in the morning", "2026-01-28T04:00"),
        ("They met at four in the afternoon.", "four in the afternoon", "2026-01-28T16:00"),
        ("It ended at 11 o'clock in the evening.", "11 o'clock in the evening", "2026-01-28T23:00"),
        ("Shares rose at mid-afternoon yesterday.", "mid-afternoon yesterday", "2026-01-27TAF"),
        ("Dealers placed orders in the morning.", "the morning", "2026-01-28TMO"),
    ],
)
def test_times_of_day(found, text, mention, value):
    assert found(text) == [(mention, "TIME", value, None)]


def test_part_of_day_takes_the_day_named_before(found):
    assert found("He met her on Friday; in the evening they dined.") == [
        ("Friday", "DATE", "2026-01-23", None),
        ("the evening", "TIME", "2026-01-23TEV", None),
    ]


def test_clock_time_in_a_past_clause_is_not_dated_by_a_day_to_come(found):
    # the day named just before is in the future: the past clause is about publication day
    assert found("The storm should reach Taiwan on Sunday. Gusts were recorded at 3 a.m. in Aparri.") == [
        ("Sunday", "DATE", "2026-02-01", None),
        ("3 a.m.", "TIME", "2026-01-28T03:00", None),
    ]
    assert found("Officials will meet on Sunday. They will speak at 3 p.m.") == [
        ("Sunday", "DATE", "2026-02-01", None),
        ("3 p.m.", "TIME", "2026-02-01T15:00", None),
    ]


def test_agency_clock_in_universal_time_is_no_year(found):
    # "2046 GMT" is a time of day, not the year 2046; like the TimeBank annotation
    # of "(0735 GMT) Friday", the agency's bracketed universal time is left out
    assert found("The quake hit at 5:46 a.m. (2046 GMT Monday).", published="1995-01-17") == [
        ("5:46 a.m.", "TIME", "1995-01-17T05:46", None),
        ("Monday", "DATE", "1995-01-16", None),
    ]
    # a year before other words stays a year
    assert found("Its 2046 target stands.") == [("2046", "DATE", "2046", None)]


def test_clock_time_takes_the_day_written_after_it(found):
    assert found("A ceasefire began at 06:00 GMT on Sunday.") == [
        ("06:00 GMT", "TIME", "2026-01-25T06:00", None),
        ("Sunday", "DATE", "2026-01-25", None),
    ]
    # across an agency's universal time in brackets
    assert found("The ceasefire took effect at 6 a.m. local time (0300 GMT) on Sunday.") == [
        ("6 a.m. local time", "TIME", "2026-01-25T06:00", None),
        ("Sunday", "DATE", "2026-01-25", None),
    ]
    assert found("Flights resumed at 7:30 on Tuesday morning.") == [
        ("7:30", "TIME", "2026-01-27T07:30", None),
        ("Tuesday morning", "TIME", "2026-01-27TMO", None),
    ]
    # and the weekday is the day the time was given, whatever its own clause says
    assert found("The deadline is midnight on Friday.") == [
        ("midnight", "TIME", "2026-01-30T24:00", None),
        ("Friday", "DATE", "2026-01-30", None),
    ]
    # a day written within the time is part of it, as TimeBank marks it
    assert found("The offer expires at 5 p.m. EST, Feb. 9.") == [("5 p.m. EST, Feb. 9", "TIME", "2026-02-09T17:00", None)]
    assert found("It expired at 5 p.m. EST Nov. 9, 1989.") == [("5 p.m. EST Nov. 9, 1989", "TIME", "1989-11-09T17:00", None)]


@pytest.mark.parametrize(
    ("text", "mention", "value", "mod"),
    [
        ("He rose to power in late 2024.", "late 2024", "2024", "END"),
        ("It will be done early next year.", "early next year", "2027", "START"),
        ("Prices fell in mid-November.", "mid-November", "2025-11", "MID"),
        ("He left about two years ago.", "two years ago", "2024", "APPROX"),
        ("They met around Wednesday.", "Wednesday", "2026-01-28", "APPROX"),
        ("It has lasted more than a decade.", "more than a decade", "P10Y", "MORE_THAN"),
        ("It has lasted nearly two weeks.", "nearly two weeks", "P2W", "EQUAL_OR_LESS"),
        ("The rules date from the end of 1990.", "the end of 1990", "1990", "END"),
        ("A ruling is due within a week.", "a week", "P1W", "EQUAL_OR_LESS"),
        ("The revolution began more than 30 years ago.", "more than 30 years ago", "1996", "BEFORE"),
        ("Late on Tuesday, rebels advanced.", "Late on Tuesday", "2026-01-27", "END"),
        ("It has lasted at least 72 hours.", "at least 72 hours", "PT72H", "EQUAL_OR_MORE"),
        ("Prices rose over three years.", "three years", "P3Y", "MORE_THAN"),
    ],
)
def test_modifiers(found, text, mention, value, mod):
    assert [(m, v, d) for m, _, v, d in found(text)] == [(mention, value, mod)]


# --- what a date denotes ----------------------------------------------------------------


def test_interval_and_granularity(pipeline):
    result = pipeline("Talks ended in December 2015, resumed in Q3 2024 and on Wednesday.", published="2026-01-28")
    values = [e.value for e in result.of_kind("date")]
    assert [(v.granularity, v.first, v.last) for v in values] == [
        ("month", dt.date(2015, 12, 1), dt.date(2015, 12, 31)),
        ("quarter", dt.date(2024, 7, 1), dt.date(2024, 9, 30)),
        ("day", dt.date(2026, 1, 28), dt.date(2026, 1, 28)),
    ]


def test_interval_is_in_the_json(pipeline):
    data = pipeline("Talks ended in December 2015.", published="2026-01-28").to_dict()
    (entity,) = [e for e in data["entities"] if e["kind"] == "date"]
    assert entity["value"]["first"] == "2015-12-01"
    assert entity["value"]["last"] == "2015-12-31"
    assert entity["value"]["granularity"] == "month"


def test_last_after_to_is_a_verb(found):
    assert found("Talks are expected to last three days.") == [("three days", "DURATION", "P3D", None)]
    assert found("Sales rose in the last three months.") == [("the last three months", "DURATION", "P3M", None)]


def test_accounting_year_named_by_its_last_day_is_a_length(found):
    assert found("Profit for the year ended June 30 rose.", published="1989-10-26") == [
        ("the year", "DURATION", "P1Y", None),
        ("June 30", "DATE", "1989-06-30", None),
    ]
    assert found("It expects a loss for the fiscal year ending tomorrow.")[0] == ("the fiscal year", "DURATION", "P1Y", None)
    # without its last day, "the fiscal year" is the current one
    assert found("Sales will rise in the fiscal year.") == [("the fiscal year", "DATE", "2026", None)]


def test_the_year_is_the_year_the_story_is_in(found):
    assert found("For the year, volume was flat; use was delayed earlier in the year.") == [
        ("the year", "DATE", "2026", None),
        ("earlier in the year", "DATE", "2026", "START"),
    ]
    # a year written just before sets it; a comparison with a year earlier does not
    assert found("Sales rose in 1998. For the year, volume was flat.") == [
        ("1998", "DATE", "1998", None),
        ("the year", "DATE", "1998", None),
    ]
    text = "Profit rose from $4 million a year earlier. Sales were delayed earlier in the year."
    assert found(text, published="1989-10-26")[-1] == ("earlier in the year", "DATE", "1989", "START")
    # "for the week" is the week of the day named just before
    assert found("The index tumbled on Friday. For the week, it dropped 3.8%.") == [
        ("Friday", "DATE", "2026-01-23", None),
        ("the week", "DATE", "2026-W04", None),
    ]
    # a title, "the year before" and "the year 2000" are something else
    assert found("He was Player of the Year. The year before, it fell.") == []
    assert found("In the year 2000, it rose.") == [("the year 2000", "DATE", "2000", None)]


def test_durations_name_no_interval(pipeline):
    (e,) = pipeline("It lasted four months.", published="2026-01-28").of_kind("date")
    assert (e.value.granularity, e.value.first, e.value.last) == (None, None, None)


# --- words that only look like dates --------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "We may march on the capital, and a second visit is possible.",
        "The sun rose over the 40-year-old man and his 12-year-old son.",
        "Four of them paid $2,024 and 1,990 others paid 2025 euros, up 1998%.",
        "The second round failed; he was 52 years old.",
        "May I ask whether March madness will return?",
        "Following the fall of Bashar Assad's government, prices fell.",
        "The quarterly dividend and the daily newspaper were cut.",
        "It costs $5 a year and 24 hours a day.",
        "Funds hold more than a quarter of the market and three quarters of the bonds.",
        "The quarter-to-quarter comparison, year-over-year growth and day-to-day work.",
        "The case is for today's youth what the blockade was for their parents in today's world.",
        # titles of programmes: capitalised inside a sentence
        'Gonzalez said on CBS\'s "60 Minutes" and Baker on ABC\'s "This Week."',
        "Israel captured the land in the Six-Day War.",
    ],
)
def test_no_false_positives(found, text):
    assert found(text) == []


def test_fourth_of_july_is_a_date(found):
    assert found("Fireworks lit up the sky on the Fourth of July.") == [
        ("the Fourth of July", "DATE", "2025-07-04", None)
    ]


@pytest.mark.parametrize(
    ("text", "published", "value"),
    [
        ("He came home last Thanksgiving.", "1998-10-26", "1997-11-27"),
        ("He came home at Thanksgiving.", "1998-12-01", "1998-11-26"),
        ("He will come home for Christmas.", "2025-12-26", "2026-12-25"),
        ("He will come next Christmas.", "2025-12-25", "2026-12-25"),
        ("Churches filled on Easter Sunday.", "2026-04-20", "2026-04-05"),
    ],
)
def test_holidays(found, text, published, value):
    assert [v for _, _, v, _ in found(text, published=published)] == [value]


def test_may_and_march_as_months_need_context(found):
    assert found("The vote was held in May and on March 3, 2025.") == [
        ("May", "DATE", "2025-05", None),
        ("March 3, 2025", "DATE", "2025-03-03", None),
    ]
